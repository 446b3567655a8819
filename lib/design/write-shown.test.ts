/**
 * What the design shows for each write (operation, condition expression, update
 * expression: the Design tab, `design --json`) is what buildWriteRequest sends, on every
 * write pattern of every example: the same operation, and the same expressions once
 * placeholders are resolved (names to attribute names, every value to `:?`). Also the
 * units: an update that moves a GSI key pays two index writes for that index.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildWriteRequest, designModelStrict, designToJson } from ".";
import { parseModelText } from "../model";
import { generateItems } from "../simulate";
import type { WriteRequest } from "./types";

const dir = join(__dirname, "..", "..", "public", "examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "index.json").sort();

/** An expression with names resolved and values anonymised; clauses of SET and AND sorted (their order does not matter). */
function normal(text: string | undefined, names: Record<string, string> = {}): string {
  if (!text) return "";
  const resolved = text.replace(/#[A-Za-z0-9_]+/g, (ref) => names[ref] ?? ref.slice(1)).replace(/:[A-Za-z0-9_]+/g, ":?");
  return resolved
    .split(/ (?=SET |ADD |REMOVE )/)
    .map((part) => {
      const [, verb = "", rest = part] = /^(SET |ADD |REMOVE )?(.*)$/.exec(part) ?? [];
      return verb + rest.split(verb ? ", " : " AND ").sort().join(verb ? ", " : " AND ");
    })
    .join(" ");
}

/** A normalised update expression without the clauses that set or remove the given key attributes. */
function withoutKeys(text: string, keys: ReadonlySet<string>): string {
  return text
    .split(/ (?=SET |ADD |REMOVE )/)
    .map((part) => {
      const [, verb = "", rest = ""] = /^(SET |ADD |REMOVE )(.*)$/.exec(part) ?? [];
      const kept = rest.split(", ").filter((c) => !keys.has(c.split(" ")[0] ?? ""));
      return kept.length ? verb + kept.join(", ") : "";
    })
    .filter(Boolean)
    .join(" ");
}

function entityAction(r: WriteRequest) {
  if (r.operation !== "TransactWriteItems") return r;
  const first = r.TransactItems[0];
  return first?.Put ?? first?.Update ?? first?.Delete;
}

describe.each(files)("%s: the shown write expressions are the ones sent", (file) => {
  const parsed = parseModelText(readFileSync(join(dir, file), "utf8"));
  if (!parsed.ok) throw new Error(file);
  const model = parsed.model;
  const design = designModelStrict(model);
  const json = designToJson(design);
  const items = [...generateItems(model, { items: 300, seed: 4 })];

  it("operation, condition and update expression match buildWriteRequest for every write pattern", () => {
    let checked = 0;
    for (const shown of json.accessPatterns.filter((p) => ["put", "update", "delete"].includes(p.kind))) {
      const p = model.accessPatterns.find((x) => x.id === shown.id);
      const x = items.find((i) => i.entity === p?.entity && (p?.kind === "put" || typeof i.item["version"] === "number" || p?.condition !== "version"));
      if (!p || !x) throw new Error(`no item for ${shown.id}`);
      const version = typeof x.item["version"] === "number" ? x.item["version"] : 1;
      // A debit (negative change): the nonNegative guard applies to debits.
      const deltas = Object.fromEntries((p.add ?? []).map((a) => [a, -1]));
      const next = { ...x.item, ...Object.fromEntries((p.add ?? []).map((a) => [a, Number(x.item[a] ?? 0) + 5])) };
      // A unique value the update sets changes (an unchanged one moves no uniqueness item).
      const uniques = model.entities.find((e) => e.name === p.entity)?.attributes.filter((a) => a.unique && (p.set ?? []).includes(a.name)) ?? [];
      const item = { ...next, ...Object.fromEntries(uniques.map((a) => [a.name, `${String(next[a.name])}~changed`])) };
      const request = buildWriteRequest(design, shown.id, { item, deltas, expectedVersion: version, previous: next });
      const sent = entityAction(request);
      expect(request.operation, shown.id).toBe(shown.operation);
      const names = sent?.ExpressionAttributeNames ?? {};
      expect(normal(sent?.ConditionExpression, names), `${shown.id} condition`).toBe(normal(typeof shown.condition === "string" ? shown.condition : undefined));
      const update = sent && "UpdateExpression" in sent ? String(sent.UpdateExpression) : undefined;
      if (update !== undefined) {
        // Index keys an update touches are SET when the item stays in the index and REMOVEd
        // when it leaves a sparse one (indexKeyUpdates shows both forms): compared apart.
        const keyNames = new Set((shown.indexKeyUpdates ?? []).flatMap((u) => u.remove.replace(/^REMOVE /, "").split(", ")));
        const sentText = normal(update, names);
        expect(withoutKeys(sentText, keyNames), `${shown.id} update`).toBe(withoutKeys(normal(typeof shown.updateExpression === "string" ? shown.updateExpression : undefined), keyNames));
        for (const k of keyNames) expect(sentText.includes(`${k} = :?`) || new RegExp(`REMOVE .*\\b${k}\\b`).test(sentText), `${shown.id} moves ${k}`).toBe(true);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("an update pays one write per index of its entity, two for an index whose key it moves", () => {
    for (const shown of json.accessPatterns.filter((p) => p.kind === "update" && p.writeUnits)) {
      const entity = shown.entities[0] ?? "";
      const indexes = json.entityIndexes.filter((k) => k.entity === entity && k.index !== null).length;
      const moved = shown.indexKeyUpdates?.length ?? 0;
      const units = shown.writeUnits;
      if (!units) continue;
      expect(units.total, shown.id).toBe(units.table + units.indexes);
      expect(moved, shown.id).toBeLessThanOrEqual(indexes);
      // Every index entry costs the same units here (projection ALL), so the index units are
      // a whole multiple of (indexes + moved): each moved key is a delete plus a put.
      if (indexes > 0) {
        const perEntry = units.indexes / (indexes + moved);
        expect(Number.isInteger(perEntry) && perEntry >= 1, `${shown.id}: ${units.indexes} index units, ${indexes} indexes, ${moved} moved`).toBe(true);
      } else expect(units.indexes, shown.id).toBe(0);
    }
  });
});
