/**
 * Short explanations, in our own words, of every finding code and every technique the
 * design engine can name, each citing the DynamoDB behaviour behind it. Pure data; the
 * app shows them under /learn/[slug].
 */
import { FINDING_CODES, TECHNIQUES, type FindingCode, type Technique } from "../design";
import { FINDING_TOPICS } from "./findings";
import { TECHNIQUE_TOPICS } from "./techniques";
import type { Topic } from "./types";

export type { Topic } from "./types";

export const findingSlug = (code: FindingCode): string => code.toLowerCase().replace(/_/g, "-");
export const techniqueSlug = (technique: Technique): string => technique;

export const TOPICS: Topic[] = [
  ...FINDING_CODES.map((code) => ({ slug: findingSlug(code), kind: "finding" as const, ref: code, ...FINDING_TOPICS[code] })),
  ...(Object.keys(TECHNIQUES) as Technique[]).map((t) => ({ slug: techniqueSlug(t), kind: "technique" as const, ref: t, ...TECHNIQUE_TOPICS[t] })),
];

const BY_SLUG = new Map(TOPICS.map((t) => [t.slug, t] as const));

export function topicBySlug(slug: string): Topic | undefined {
  return BY_SLUG.get(slug);
}
