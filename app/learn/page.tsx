import type { Metadata } from "next";
import Link from "next/link";
import { TOPICS } from "@/lib/teach";

export const metadata: Metadata = { title: "Learn · Tablewright" };

/** Every explanation: the findings the engine reports and the techniques it uses. */
export default function Learn() {
  const findings = TOPICS.filter((t) => t.kind === "finding");
  const techniques = TOPICS.filter((t) => t.kind === "technique");
  return (
    <main className="learn">
      <nav aria-label="Learn">
        <Link href="/">Back to the workbench</Link>
      </nav>
      <h1>Learn single-table design</h1>
      <p>Short explanations of what the design engine does and reports, and the DynamoDB behaviour behind each.</p>
      <h2>Techniques</h2>
      <ul>
        {techniques.map((t) => (
          <li key={t.slug}>
            <Link href={`/learn/${t.slug}`}>{t.title}</Link>
          </li>
        ))}
      </ul>
      <h2>Findings</h2>
      <ul>
        {findings.map((t) => (
          <li key={t.slug}>
            <Link href={`/learn/${t.slug}`}>
              <code>{t.ref}</code> {t.title}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
