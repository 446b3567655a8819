/* eslint-disable no-restricted-imports -- a test helper: it reads the example models from public/examples */
/**
 * What the export tests share: the example models, the generated data-access module loaded
 * as JavaScript, and the inputs of a write pattern in both the generated module's shape and
 * lib/design's WriteInput, built from the same sample items.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Design, WriteInput } from "../../design";
import { parseModel, type Model } from "../../model";
import { typescriptFiles } from "../typescript";
import { buildContext, templateOn } from "../typescript/context";
import { load, workspace, writeFiles } from "./generated";

const root = join(__dirname, "..", "..", "..");

export const EXAMPLES = ["chat-messaging", "content-platform", "ecommerce-orders", "game-leaderboard", "iot-telemetry", "multi-tenant-payments", "saas-teams"];

export function example(name: string): Model {
  const parsed = parseModel(JSON.parse(readFileSync(join(root, "public", "examples", `${name}.json`), "utf8")));
  if (!parsed.ok) throw new Error(`${name} is not a valid model`);
  return parsed.model;
}

export interface PatternEntry {
  kind: string;
  run: (...args: unknown[]) => Promise<unknown>;
  requests?: (binding: unknown) => unknown;
  request?: (input: unknown) => unknown;
}
export type GeneratedModule = Record<string, (...args: unknown[]) => unknown> & { ACCESS_PATTERNS: Record<string, PatternEntry> };

/** The generated data-access module of a design, bundled and imported. */
export async function generatedModule(model: Model, design: Design): Promise<GeneratedModule> {
  const dir = workspace();
  writeFiles(dir, typescriptFiles(model, design));
  return load<GeneratedModule>(dir, "data-access.ts");
}

/** The input of a generated write function and the WriteInput lib/design takes for the same write. */
export function writeInputs(design: Design, patternId: string, item: Record<string, unknown>, other: Record<string, unknown>): { generated: Record<string, unknown>; lib: WriteInput } {
  const p = design.accessPatterns.find((x) => x.id === patternId);
  if (!p) throw new Error(patternId);
  const entity = p.entities[0] ?? "";
  const ctx = buildContext(design);
  const t = templateOn(ctx.layout, entity, null);
  const e = ctx.facts.entities.get(entity);
  const placed = new Set([...(e?.key ?? []), ...[...(t?.pk ?? []), ...(t?.sk ?? [])].flatMap((x) => (x.kind === "attr" ? [x.name] : []))]);
  const pick = (src: Record<string, unknown>, names: Iterable<string>) => {
    const out: Record<string, unknown> = {};
    for (const n of names) if (Object.hasOwn(src, n)) Object.defineProperty(out, n, { value: src[n], enumerable: true, writable: true, configurable: true });
    return out;
  };
  if (p.kind === "put") return { generated: { item }, lib: { item } };
  const key = pick(item, placed);
  const versioned = p.pattern.condition === "version";
  const expectedVersion = typeof item["version"] === "number" ? item["version"] : 1;
  if (p.kind === "delete") {
    return { generated: { key, ...(versioned ? { expectedVersion } : {}), previous: item }, lib: { item: key, ...(versioned ? { expectedVersion } : {}), previous: item } };
  }
  const setNames = (p.pattern.set ?? []).filter((a) => !(versioned && a === "version"));
  const set = pick(other, setNames);
  for (const a of setNames) {
    if (Object.hasOwn(set, a)) continue;
    // An optional attribute neither item has: the write sets a value of its type.
    const value = Object.hasOwn(item, a) ? item[a] : valueFor(e?.attrs.get(a)?.type);
    Object.defineProperty(set, a, { value, enumerable: true, writable: true, configurable: true });
  }
  const add = Object.fromEntries((p.pattern.add ?? []).map((a) => [a, 3]));
  const generatedInput: Record<string, unknown> = { key, previous: item, ...(versioned ? { expectedVersion } : {}) };
  if (setNames.length) generatedInput["set"] = set;
  if (p.pattern.add?.length) generatedInput["add"] = add;
  const libItem = { ...key };
  for (const [k, v] of Object.entries(set)) Object.defineProperty(libItem, k, { value: v, enumerable: true, writable: true, configurable: true });
  return { generated: generatedInput, lib: { item: libItem, deltas: add, ...(versioned ? { expectedVersion } : {}), previous: item } };
}


function valueFor(type: string | undefined): unknown {
  switch (type) {
    case "number": return 7;
    case "boolean": return true;
    case "datetime": return "2026-03-04T05:06:07.089Z";
    case "binary": return new Uint8Array([1, 2, 3]);
    case "list": return ["x"];
    case "map": return { x: "y" };
    case "stringSet": return new Set(["x"]);
    case "numberSet": return new Set([1]);
    default: return "set-by-test";
  }
}
