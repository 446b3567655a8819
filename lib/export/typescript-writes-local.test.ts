/**
 * The generated TypeScript module faces verify's write scenarios on DynamoDB Local
 * (docs/verify.md "Write scenarios"): verify loads the table as usual, and its scenarios
 * send every write through the module's functions instead of lib/design's requests. Every
 * example passes every scenario; the refusals are the module's typed errors, never a raw
 * SDK error, so a caller can retry safely (a create delivered twice is told
 * ItemAlreadyExistsError, not a failure); and a module generated from a design that
 * dropped a condition fails the scenario that guards it.
 *
 * Needs Java 17+: without it this file fails (it never skips), as the project asks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { designModel, type Design, type WriteInput } from "../design";
import type { Model } from "../model";
import { localClients, startDynamoLocal, type DynamoLocal } from "../run/local";
import { localTarget } from "../run/target";
import type { VerifyContext } from "../run/verify/patterns";
import { verifyModel, type VerifyReport } from "../run/verify/run";
import type { WritePort } from "../run/verify/writes";
import { classify, type Sent } from "../run/verify/write-send";
import { EXAMPLES, example, generatedModule, type GeneratedModule } from "./testing/examples";
import { buildContext, templateOn } from "./typescript/context";

let local: DynamoLocal;
let clients: ReturnType<typeof localClients>;
let tables = 0;

beforeAll(async () => {
  local = await startDynamoLocal();
  clients = localClients(local.endpoint);
}, 120_000);

afterAll(async () => {
  clients?.client.destroy();
  await local?.stop();
});

interface Call {
  pattern: string;
  outcome: Sent["outcome"];
  error?: string;
}

const CONFLICT_RETRIES = 10;

/**
 * Sends a scenario's write through the module's function for the pattern, its input
 * turned into the module's shape ({ item } | { key, set, add, expectedVersion, previous }).
 * A ConditionalWriteError (any of its classes) is a refusal; a transaction that lost a
 * conflict is retried, as for verify's own requests; anything else is a failure.
 */
function modulePort(mod: GeneratedModule, design: Design, calls: Call[]): (ctx: VerifyContext) => WritePort {
  const ctx = buildContext(design);
  const Conditional = mod["ConditionalWriteError"] as unknown as new (...a: unknown[]) => Error;
  return (verify) => ({
    async write(patternId: string, input: WriteInput): Promise<Sent> {
      const p = design.accessPatterns.find((x) => x.id === patternId);
      const entry = mod.ACCESS_PATTERNS[patternId];
      if (!p || !entry) throw new Error(`no function for ${patternId}`);
      const entity = p.entities[0] ?? "";
      const t = templateOn(ctx.layout, entity, null);
      const placed = new Set([...verify.types.entity(entity).key, ...[...(t?.pk ?? []), ...(t?.sk ?? [])].flatMap((x) => (x.kind === "attr" ? [x.name] : []))]);
      const whole = { ...(input.previous ?? {}), ...input.item };
      const key = Object.fromEntries([...placed].filter((a) => Object.hasOwn(whole, a)).map((a) => [a, whole[a]]));
      const versioned = p.pattern.condition === "version";
      const setNames = (p.pattern.set ?? []).filter((a) => !(versioned && a === "version") && Object.hasOwn(input.item, a));
      const arg = p.kind === "put" ? { item: input.item } : {
        key,
        ...(setNames.length ? { set: Object.fromEntries(setNames.map((a) => [a, input.item[a]])) } : {}),
        ...(p.pattern.add?.length ? { add: input.deltas ?? {} } : {}),
        ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
        ...(input.previous ? { previous: input.previous } : {}),
      };
      for (let attempt = 1; ; attempt++) {
        try {
          await entry.run({ client: clients.doc, tableName: verify.tableName }, arg);
          calls.push({ pattern: patternId, outcome: "written" });
          return { outcome: "written", attempts: attempt };
        } catch (error) {
          const name = (error as Error).name;
          if (error instanceof Conditional) {
            calls.push({ pattern: patternId, outcome: "refused", error: name });
            return { outcome: "refused", error: `${name}: ${(error as Error).message}`, attempts: attempt };
          }
          if (classify(error) === "conflict" && attempt < CONFLICT_RETRIES) {
            await new Promise((r) => setTimeout(r, 5 * attempt));
            continue;
          }
          calls.push({ pattern: patternId, outcome: "failed", error: name });
          return { outcome: "failed", error: `${name}: ${(error as Error).message}`, attempts: attempt };
        }
      }
    },
  });
}

async function runThroughModule(model: Model, design: Design, calls: Call[]): Promise<VerifyReport> {
  const mod = await generatedModule(model, design);
  return verifyModel({
    model, design, target: localTarget(clients.doc), tableName: `export-writes-${++tables}`, items: 400, seed: 1,
    writePort: modulePort(mod, design, calls),
  });
}

/** The typed errors a refusal of each kind of pattern may carry. */
function allowedRefusals(model: Model, id: string): string[] {
  const p = model.accessPatterns.find((x) => x.id === id);
  if (p?.kind === "put") return ["ItemAlreadyExistsError", "UniqueValueTakenError"];
  if (p?.condition === "version") return ["VersionConflictError", "UniqueValueTakenError"];
  if (p?.condition === "nonNegative") return ["BelowZeroError", "StaleItemError"];
  return ["UniqueValueTakenError"];
}

describe("the exported TypeScript module passes verify's write scenarios on DynamoDB Local", () => {
  for (const name of EXAMPLES) {
    it(`${name}: every write scenario holds through the module's functions, refusals typed`, async () => {
      const model = example(name);
      const calls: Call[] = [];
      const report = await runThroughModule(model, designModel(model), calls);
      expect(report.writes.length).toBeGreaterThan(0);
      for (const w of report.writes) {
        expect(w.skipped, `${w.id} ${w.scenario}`).toBeUndefined();
        expect(w.invariantHeld, `${w.id} ${w.scenario}: ${w.problems.join("; ")}`).toBe(true);
      }
      expect(calls.filter((c) => c.outcome === "failed"), "writes that failed for another reason than a condition").toEqual([]);
      for (const c of calls.filter((x) => x.outcome === "refused")) expect(allowedRefusals(model, c.pattern), `${c.pattern} refused with ${c.error}`).toContain(c.error);
      // A create delivered twice is told it already exists, for every idempotent create.
      for (const w of report.writes.filter((x) => x.scenario === "duplicate-create")) {
        const refusals = calls.filter((c) => c.pattern === w.id && c.error === "ItemAlreadyExistsError");
        expect(refusals.length, w.id).toBeGreaterThanOrEqual(10);
      }
      for (const w of report.writes.filter((x) => x.scenario === "version-race")) expect(calls.some((c) => c.pattern === w.id && c.error === "VersionConflictError"), w.id).toBe(true);
      for (const w of report.writes.filter((x) => x.scenario === "overdraw-race")) expect(calls.some((c) => c.pattern === w.id && c.error === "BelowZeroError"), w.id).toBe(true);
    }, 300_000);
  }

  it("a module generated from a design without the notExists and version conditions fails those scenarios", async () => {
    const model = example("multi-tenant-payments");
    const design = designModel(model);
    const broken: Design = {
      ...design,
      accessPatterns: design.accessPatterns.map((p) => (p.id === "createRefund" || p.id === "settlePayment" ? { ...p, pattern: { ...p.pattern, condition: undefined } } : p)),
    };
    const report = await runThroughModule(model, broken, []);
    expect(report.writes.find((w) => w.id === "createRefund" && w.scenario === "duplicate-create")).toMatchObject({ invariantHeld: false, succeeded: 20 });
    expect(report.writes.find((w) => w.id === "settlePayment" && w.scenario === "version-race")?.invariantHeld).toBe(false);
    expect(report.passed).toBe(false);
  }, 300_000);
});
