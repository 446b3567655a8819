import type { Tab } from "@/lib/store/session";

/**
 * What each later tab will hold. These tabs are laid out now so the layout and the
 * keyboard order stay stable; the text says plainly that the view is not built yet.
 */
const UPCOMING: Partial<Record<Tab, string>> = {};

export function UpcomingPanel({ tab }: { tab: Tab }) {
  return (
    <section aria-label={`${tab} view`} className="upcoming">
      <h2>{tab}</h2>
      <p>{UPCOMING[tab]}</p>
      <p className="muted">This view is not built yet. Until it is, the model can be checked from the command line with <code>./bin/tablewright validate MODEL</code>.</p>
    </section>
  );
}
