/**
 * verifyModel: the whole of `verify` on one target. Create the table from the design, load
 * the seeded sample items (checking that none was dropped), run every read pattern on its
 * bindings and compare with the oracle, run the write scenarios, delete the table.
 * Returns data; the CLI prints it.
 */
import { designModel, type Design } from "@/lib/design";
import { READ_KINDS, type Model } from "@/lib/model";
import { DEFAULT_ITEMS, DEFAULT_SEED, generateItems } from "@/lib/simulate";
import type { DumpWriter } from "../dump";
import { physicalItems, tableKeyText } from "../items";
import { countItems, loadItems, type LoadProgress } from "../loader";
import { createTableInput } from "../table";
import type { Target, TargetKind } from "../target";
import { verifyReadPattern, type PatternReport, type VerifyContext } from "./patterns";
import { ModelTypes, type EntityItem } from "./values";
import { runWriteScenarios, type WritePort, type WriteReport } from "./writes";

export interface VerifyOptions {
  model: Model;
  target: Target;
  /** Default: the design's table name. `--endpoint` passes `tablewright-verify-<seed>-<random>`. */
  tableName?: string;
  items?: number;
  seed?: string | number;
  /** Default: designModel(model) (the pinned design when the model has one). */
  design?: Design;
  dump?: DumpWriter;
  /** Run the write scenarios (default true). */
  writes?: boolean;
  /**
   * How the write scenarios send their writes. Default: the design's own requests. The
   * exported TypeScript module's tests pass its functions here, so generated code faces
   * the same scenarios.
   */
  writePort?: (ctx: VerifyContext) => WritePort;
  /** Delete the table at the end, also on failure (default true). */
  deleteTable?: boolean;
  onPhase?: (message: string) => void;
  onLoad?: (progress: LoadProgress) => void;
}

export interface LoadReport {
  entityItems: number;
  /** Entity items plus uniqueness items: what the table must hold. */
  physicalItems: number;
  written: number;
  retries: number;
}

export interface VerifyReport {
  target: TargetKind;
  items: number;
  seed: string | number;
  table: string;
  load: LoadReport;
  accessPatterns: PatternReport[];
  writes: WriteReport[];
  /** Problems outside any pattern (a load that dropped items, keys that collide). */
  problems: string[];
  passed: boolean;
}

/** Two items that would overwrite each other (a key collision): the load could never hold them both. */
function collisions(design: Design, physical: ReadonlyArray<Record<string, unknown>>, owners: readonly EntityItem[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  physical.forEach((item, i) => {
    const key = tableKeyText(design, item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else if (out.length < 5) out.push(`two items share one table key (${key.replace("\u0000", " / ")}): ${owners[first]?.entity} and ${owners[i]?.entity}`);
  });
  return out;
}

export async function verifyModel(options: VerifyOptions): Promise<VerifyReport> {
  const { model, target } = options;
  const design = options.design ?? designModel(model);
  const seed = options.seed ?? DEFAULT_SEED;
  const n = options.items ?? DEFAULT_ITEMS;
  const tableName = options.tableName ?? design.table.name;
  const types = new ModelTypes(model);
  const phase = options.onPhase ?? (() => {});
  const report: VerifyReport = {
    target: target.kind, items: n, seed, table: tableName,
    load: { entityItems: 0, physicalItems: 0, written: 0, retries: 0 },
    accessPatterns: [], writes: [], problems: [], passed: false,
  };
  phase(`generating ${n} items (seed ${seed})`);
  const items: EntityItem[] = [...generateItems(model, { items: n, seed })];
  options.dump?.writeItems(types, items);
  const physical: Array<Record<string, unknown>> = [];
  const owners: EntityItem[] = [];
  for (const x of items) {
    for (const p of physicalItems(design, x)) {
      physical.push(p);
      owners.push(x);
    }
  }
  report.load = { entityItems: items.length, physicalItems: physical.length, written: 0, retries: 0 };
  report.problems.push(...collisions(design, physical, owners));

  phase(`creating table ${tableName}`);
  await target.createTable(createTableInput(model, design, tableName));
  try {
    if (report.problems.length === 0) {
      phase(`loading ${physical.length} items`);
      const loaded = await loadItems(target, tableName, physical, { seed, onProgress: options.onLoad });
      report.load.written = loaded.written;
      report.load.retries = loaded.retries;
      const count = await countItems(target, tableName);
      if (count !== physical.length) report.problems.push(`the table holds ${count} items after loading ${physical.length}: items were dropped or overwritten`);
    }
    if (report.problems.length === 0) {
      const ctx: VerifyContext = { target, design, types, tableName, items, seed };
      for (const p of design.accessPatterns.filter((x) => READ_KINDS.includes(x.kind))) {
        phase(`reading ${p.id}`);
        report.accessPatterns.push(await verifyReadPattern(ctx, p, options.dump ? (r) => options.dump?.writeRun(r) : undefined));
      }
      options.dump?.flush();
      if (options.writes !== false) {
        phase("running write scenarios");
        report.writes = await runWriteScenarios(ctx, options.writePort?.(ctx));
      }
    }
  } finally {
    if (options.deleteTable !== false) await target.deleteTable({ TableName: tableName });
  }
  report.passed = report.problems.length === 0 &&
    report.accessPatterns.every((p) => p.failures.length === 0) &&
    report.writes.every((w) => w.invariantHeld);
  return report;
}
