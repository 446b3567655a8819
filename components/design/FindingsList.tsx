import Link from "next/link";
import type { DesignJson } from "@/lib/design";
import { findingSlug } from "@/lib/teach";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The engine's findings, errors first. Each says what is wrong, why, and what to do. */
export function FindingsList({ findings }: { findings: DesignJson["findings"] }) {
  if (findings.length === 0) return <p className="muted">No findings: nothing in this design needs attention.</p>;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul className="findings" aria-label="Findings">
      {sorted.map((f, i) => (
        <li key={i} className={`finding ${f.severity}`}>
          <span className="severity">{f.severity}</span> <code>{f.code}</code>
          {f.accessPattern && <span className="muted"> · {f.accessPattern}</span>}
          {f.entity && <span className="muted"> · {f.entity}</span>}
          <p>{f.message}</p>
          <Link className="learn-link" href={`/learn/${findingSlug(f.code)}`} aria-label={`Learn about ${f.code}`}>
            What does this mean?
          </Link>
        </li>
      ))}
    </ul>
  );
}
