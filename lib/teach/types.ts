export interface Topic {
  /** URL segment under /learn. */
  slug: string;
  kind: "finding" | "technique";
  /** The finding code or technique id it explains. */
  ref: string;
  title: string;
  /** What it is and when it matters, in our own words (one paragraph). */
  summary: string;
  /** The DynamoDB behaviour behind it. */
  behaviour: string;
  /** Where AWS documents that behaviour: Developer Guide page names. */
  sources: string[];
  /** Slugs of related topics. */
  related: string[];
}
