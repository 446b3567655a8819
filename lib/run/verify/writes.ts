/**
 * Write scenarios (spec/cli.md, `writes` of `verify --json`; model-format.md "What a write
 * pattern promises"), run through a WritePort (the design's own requests, or an exported
 * module's functions) and checked on the stored items afterwards, with strongly
 * consistent reads. Which scenario a pattern gets comes from the *model's* pattern (what
 * it promises); the requests come from the design (what is checked).
 *
 * - put with `notExists`: `duplicate-create` (write-create.ts)
 * - put of an entity with `unique` attributes: `unique-race`, per attribute (write-create.ts)
 * - delete of such an entity, or an update that sets a unique attribute: `unique-release`,
 *   per attribute (write-release.ts)
 * - update with `version`: `version-race` (write-update.ts)
 * - update with `add` and `nonNegative`: `overdraw-race`, per added number (write-update.ts)
 *
 * Afterwards, when a unique-* scenario ran, a census of the table (orphans.ts) checks that
 * no uniqueness item is left without its entity item, nor the reverse.
 */
import { FreshItems } from "./fresh";
import { uniquenessCensus } from "./orphans";
import type { VerifyContext } from "./patterns";
import { designPort, type ScenarioContext, type WritePort } from "./write-check";
import { duplicateCreate, uniqueRace } from "./write-create";
import { uniqueRelease } from "./write-release";
import type { WriteReport } from "./write-report";
import { ItemPicker, overdrawRace, versionRace } from "./write-update";

export type { WriteReport, WriteScenario } from "./write-report";
export { SCENARIO_INVARIANTS, WRITE_SCENARIOS } from "./write-report";
export { designPort, type WritePort } from "./write-check";

export async function runWriteScenarios(base: VerifyContext, port?: WritePort): Promise<WriteReport[]> {
  const ctx: ScenarioContext = { ...base, port: port ?? designPort(base) };
  const fresh = new FreshItems(ctx.types, ctx.items);
  const picker = new ItemPicker(ctx.items);
  const out: WriteReport[] = [];
  const promised = new Map(ctx.types.model.accessPatterns.map((p) => [p.id, p]));
  for (const p of ctx.design.accessPatterns.filter((x) => x.served && (x.kind === "put" || x.kind === "update" || x.kind === "delete"))) {
    const model = promised.get(p.id);
    const entity = p.entities[0] ?? "";
    const uniques = ctx.types.entity(entity).attributes.filter((a) => a.unique).map((a) => a.name);
    if (p.kind === "put") {
      const template = ctx.items.find((x) => x.entity === entity);
      if (!template) continue;
      if (model?.condition === "notExists") out.push(await duplicateCreate(ctx, p, fresh, template));
      for (const a of uniques) out.push(await uniqueRace(ctx, p, fresh, template, a));
    } else if (p.kind === "delete") {
      for (const a of uniques) out.push(await uniqueRelease(ctx, p, a, fresh, picker));
    } else {
      for (const a of uniques.filter((a) => (model?.set ?? []).includes(a))) out.push(await uniqueRelease(ctx, p, a, fresh, picker));
      if (model?.condition === "version") out.push(await versionRace(ctx, p, fresh, picker));
      if (model?.condition === "nonNegative") for (const a of model.add ?? []) out.push(await overdrawRace(ctx, p, fresh, picker, a));
    }
  }
  await attachCensus(ctx, out);
  return out;
}

/**
 * The uniqueness census (orphans.ts) once all scenarios ran: its problems go to the
 * entity's unique-release entry (orphans come from freeing values), else its unique-race.
 */
async function attachCensus(ctx: ScenarioContext, reports: WriteReport[]): Promise<void> {
  const uniqueReports = reports.filter((r) => (r.scenario === "unique-race" || r.scenario === "unique-release") && !r.skipped);
  if (uniqueReports.length === 0) return;
  const entityOf = (r: WriteReport) => ctx.design.accessPatterns.find((p) => p.id === r.id)?.entities[0];
  for (const [entity, problems] of await uniquenessCensus(ctx)) {
    const report = uniqueReports.find((r) => entityOf(r) === entity && r.scenario === "unique-release") ?? uniqueReports.find((r) => entityOf(r) === entity) ?? uniqueReports[0];
    if (!report) continue;
    report.problems.push(...problems);
    report.invariantHeld = false;
  }
}
