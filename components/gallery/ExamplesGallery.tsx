"use client";
import { useEffect, useState } from "react";
import { parseExamplesManifest, type ExampleEntry } from "@/lib/model/examples";
import { useSession } from "@/lib/store/session";
import { useOpenModel } from "@/components/workbench/useOpenModel";

type Load = { state: "loading" } | { state: "failed"; message: string } | { state: "ready"; examples: ExampleEntry[] };

/** The examples gallery: the first thing a newcomer sees, and a way back to the examples later. */
export function ExamplesGallery({ onOpened }: { onOpened?: () => void }) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [tag, setTag] = useState<string | null>(null);
  const openText = useOpenModel();
  const setFailure = useSession((s) => s.setFailure);

  useEffect(() => {
    let live = true;
    fetch("/examples/index.json")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((json: unknown) => {
        const parsed = parseExamplesManifest(json);
        if (!live) return;
        setLoad(parsed.ok ? { state: "ready", examples: parsed.examples } : { state: "failed", message: parsed.message });
      })
      .catch((error: unknown) => live && setLoad({ state: "failed", message: String(error) }));
    return () => {
      live = false;
    };
  }, []);

  async function openExample(example: ExampleEntry) {
    try {
      const response = await fetch(`/examples/${example.file}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      if (openText(await response.text(), example.title)) onOpened?.();
    } catch (error) {
      setFailure({ source: example.title, problems: [{ path: "", severity: "error", message: `could not load the example: ${String(error)}` }] });
    }
  }

  return (
    <section aria-labelledby="gallery-title" className="gallery">
      <h2 id="gallery-title">Examples</h2>
      <p className="muted">Start from a worked design. Each opens as a model you can read, then change.</p>
      {load.state === "loading" && <p>Loading examples…</p>}
      {load.state === "failed" && <p role="alert">The examples could not be loaded: {load.message}</p>}
      {load.state === "ready" && (
        <TagFilter tags={allTags(load.examples)} selected={tag} onSelect={setTag} />
      )}
      {load.state === "ready" && (
        <ul className="cards">
          {load.examples.filter((e) => tag === null || e.tags.includes(tag)).map((example) => (
            <li key={example.file} className="card">
              <h3>{example.title}</h3>
              <p>{example.summary}</p>
              <p className="muted">{example.patterns} access patterns</p>
              <ul className="tags" aria-label={`Tags of ${example.title}`}>
                {example.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
              <button type="button" onClick={() => void openExample(example)} aria-label={`Open example ${example.title}`}>
                Open
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every tag of the examples, most used first, then by name (a stable order). */
function allTags(examples: ExampleEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const e of examples) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** Toggle buttons that show only the examples with one tag. */
function TagFilter({ tags, selected, onSelect }: { tags: string[]; selected: string | null; onSelect: (tag: string | null) => void }) {
  return (
    <div role="group" aria-label="Filter examples by tag" className="row tag-filter">
      <button type="button" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        All
      </button>
      {tags.map((t) => (
        <button key={t} type="button" aria-pressed={selected === t} onClick={() => onSelect(selected === t ? null : t)}>
          {t}
        </button>
      ))}
    </div>
  );
}
