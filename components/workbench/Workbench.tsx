"use client";
import { useEffect, useState } from "react";
import { useDocument, RECOVERED_KEY } from "@/lib/store/document";
import { useSession, type Tab } from "@/lib/store/session";
import { ExamplesGallery } from "@/components/gallery/ExamplesGallery";
import { ModelPanel } from "@/components/model/ModelPanel";
import { DesignPanel } from "@/components/design/DesignPanel";
import { QueryPanel } from "@/components/query/QueryPanel";
import { RunPanel } from "@/components/run/RunPanel";
import { PartitionsPanel } from "@/components/partitions/PartitionsPanel";
import { CostPanel } from "@/components/cost/CostPanel";
import { ExportPanel } from "@/components/export/ExportPanel";
import { DownloadButton } from "./DownloadButton";
import { HistoryButtons } from "./HistoryButtons";
import { ImportButton } from "./ImportButton";
import { ProblemsPanel } from "./ProblemsPanel";
import { SaveStatus } from "./SaveStatus";
import { Tabs } from "./Tabs";
import { ReadOnlyContext } from "./readOnly";
import { ShareButton } from "@/components/share/ShareButton";
import { SharedBanner } from "@/components/share/SharedBanner";
import { useSharedModel } from "@/components/share/useSharedModel";
import { ReviewButton } from "@/components/review/ReviewButton";
import { LibraryButton } from "@/components/library/LibraryButton";
import { ThemeSelect } from "@/components/preferences/ThemeSelect";
import { ShortcutsButton } from "@/components/shortcuts/ShortcutsButton";
import { TourButton } from "@/components/tour/TourButton";
import { TourDialog } from "@/components/tour/TourDialog";
import { TourOffer } from "@/components/tour/TourOffer";

export function Workbench() {
  const ownModel = useDocument((s) => s.model);
  const ownSource = useDocument((s) => s.source);
  const hydrated = useHydrated();
  const shared = useSharedModel();
  const [galleryOpen, setGalleryOpen] = useState(false);
  // A share link shows its model read-only, over the workspace, which stays as it was.
  const sharedModel = shared.result?.ok ? shared.result.model : null;
  const model = sharedModel ?? ownModel;
  const source = sharedModel ? "a share link" : ownSource;
  const showGallery = !sharedModel && (galleryOpen || (hydrated && !model));

  const panels: Record<Tab, React.ReactNode> = {
    Model: model ? <ModelPanel model={model} /> : null,
    Design: model ? <DesignPanel model={model} /> : null,
    Query: model ? <QueryPanel model={model} /> : null,
    Partitions: model ? <PartitionsPanel model={model} /> : null,
    Cost: model ? <CostPanel model={model} /> : null,
    Export: model ? <ExportPanel model={model} /> : null,
    Run: model ? <RunPanel model={model} /> : null,
  };

  return (
    <div className="workbench">
      <header className="topbar">
        <span className="brand">Tablewright</span>
        <div className="title">
          {model ? (
            <>
              <h1>{model.name}</h1>
              {source && <span className="muted">from {source}</span>}
            </>
          ) : (
            <h1>DynamoDB single-table design workbench</h1>
          )}
        </div>
        <nav aria-label="Model actions" className="actions">
          <button type="button" aria-pressed={showGallery} onClick={() => setGalleryOpen(!galleryOpen)} disabled={!model}>
            Examples
          </button>
          <LibraryButton readOnly={sharedModel !== null} />
          <HistoryButtons />
          {!sharedModel && <SaveStatus />}
          <ImportButton />
          <DownloadButton model={model} />
          <ShareButton model={model} />
          <ReviewButton model={model} readOnly={sharedModel !== null} />
          <ShortcutsButton />
          <TourButton disabled={sharedModel !== null} />
          <ThemeSelect />
        </nav>
      </header>
      <main>
        <Failures />
        {shared.result && !shared.result.ok && (
          <ProblemsPanel title="Could not open the share link" problems={shared.result.problems} onDismiss={shared.close} />
        )}
        {sharedModel && <SharedBanner model={sharedModel} onClose={shared.close} />}
        {!hydrated && <p className="muted">Opening your workspace…</p>}
        <TourOffer show={hydrated && !model} />
        {showGallery && <ExamplesGallery onOpened={() => setGalleryOpen(false)} />}
        {hydrated && model && (sharedModel || !galleryOpen) && (
          <ReadOnlyContext.Provider value={sharedModel !== null}>
            <Tabs panels={panels} />
          </ReadOnlyContext.Provider>
        )}
      </main>
      <TourDialog />
    </div>
  );
}

/** Import failures and a stored document that could not be restored. */
function Failures() {
  const failure = useSession((s) => s.failure);
  const setFailure = useSession((s) => s.setFailure);
  const recovery = useSession((s) => s.recoveryProblems);
  const setRecovery = useSession((s) => s.setRecoveryProblems);
  return (
    <>
      {failure && (
        <ProblemsPanel title={`Could not open ${failure.source}`} problems={failure.problems} onDismiss={() => setFailure(null)} />
      )}
      {recovery && (
        <ProblemsPanel title="Your saved model could not be restored" problems={recovery} onDismiss={() => setRecovery(null)}>
          <p>It is kept, unchanged, in this browser under the storage key <code>{RECOVERED_KEY}</code>.</p>
        </ProblemsPanel>
      )}
    </>
  );
}

/** The document lives in localStorage, which exists only after mount. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    const unsubscribe = useDocument.persist.onFinishHydration(() => setHydrated(true));
    void useDocument.persist.rehydrate();
    if (useDocument.persist.hasHydrated()) setHydrated(true);
    return unsubscribe;
  }, []);
  return hydrated;
}
