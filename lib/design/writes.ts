/**
 * Write patterns (guide §6, model-format.md "What a write pattern promises"):
 * - put: PutItem, `attribute_not_exists(PK)` for `notExists` (idempotent create); with
 *   `unique` attributes a TransactWriteItems that also puts one uniqueness item per value,
 *   each `attribute_not_exists`, so racing creates cannot share a value.
 * - update: UpdateItem on the table key; SET for `set`, ADD for `add` (atomic counter);
 *   `version` → `#version = :expected` and an increment (optimistic locking);
 *   `nonNegative` → `#x >= :minusX` for each added number, i.e. x + delta >= 0 checked
 *   before the write; index keys that contain changed attributes are re-rendered; a
 *   unique attribute in `set` moves its uniqueness item in a transaction.
 * - delete: DeleteItem with the version condition; uniqueness items freed in a transaction.
 */
import { TRANSACTION_WRITE_FACTOR } from "../dynamo/limits";
import type { AccessPattern } from "../model";
import type { EntityFacts, Facts } from "./facts";
import type { Layout } from "./layout";
import { entityBytes, writeUnitsFor } from "./size";
import { templateAttributes, type Tpl } from "./template";
import type { IndexKeyUpdate, Operation, TransactItemDesign, WriteUnits } from "./types";
import type { Technique } from "./techniques";

export interface WriteMapping {
  operation: Operation;
  condition: string | null;
  updateExpression?: string;
  transactItems?: TransactItemDesign[];
  indexKeyUpdates?: IndexKeyUpdate[];
  writeUnits: WriteUnits;
  techniques: Technique[];
  /** Indexes whose keys this write changes (GSI_KEY_UPDATE). */
  touched: IndexKeyUpdate[];
}

const SIMPLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `#name` for simple names, `#a3` otherwise (the request builder maps them). */
export function nameRef(name: string, i: number): string {
  return SIMPLE.test(name) ? `#${name}` : `#a${i}`;
}
export function valueRef(name: string, i: number): string {
  return SIMPLE.test(name) ? `:${name}` : `:v${i}`;
}

/** Index templates of an entity (not the table), in layout order. */
export function indexTemplates(layout: Layout, entity: string): Tpl[] {
  const m = layout.templates.get(entity);
  return layout.indexes.flatMap((s) => {
    const t = m?.get(s.name);
    return t ? [t] : [];
  });
}

/** Bytes of an index entry: the item (projection ALL) plus its key attributes. */
function entryUnits(e: EntityFacts): number {
  return writeUnitsFor(entityBytes(e) + 120);
}

export function mapWrite(facts: Facts, layout: Layout, pattern: AccessPattern): WriteMapping {
  const entity = typeof pattern.entity === "string" ? pattern.entity : pattern.entity[0] ?? "";
  const e = facts.entities.get(entity);
  const pk = layout.table.pk.name;
  const units = e ? writeUnitsFor(entityBytes(e) + 160) : 1;
  const templates = indexTemplates(layout, entity);
  const indexUnits = e ? entryUnits(e) : 1;
  const unique = e?.uniqueAttrs ?? [];
  const owner = layout.ownerAttribute;
  const techniques: Technique[] = [];
  const total = (table: number, indexes: number): WriteUnits => ({ table, indexes, total: table + indexes });

  if (pattern.kind === "put") {
    const condition = pattern.condition === "notExists" ? `attribute_not_exists(${pk})` : null;
    if (condition) techniques.push("idempotent-create");
    const indexes = templates.length * indexUnits;
    if (unique.length === 0) return { operation: "PutItem", condition, writeUnits: total(units, indexes), techniques, touched: [] };
    techniques.push("uniqueness-item", "transaction");
    const claim = condition ? `attribute_not_exists(${pk})` : `attribute_not_exists(${pk}) OR ${owner} = :owner`;
    return {
      operation: "TransactWriteItems", condition,
      transactItems: [
        { action: "Put", target: "entity", ...(condition ? { condition } : {}) },
        ...unique.map((a): TransactItemDesign => ({ action: "Put", target: "uniqueness", attribute: a, condition: claim })),
      ],
      writeUnits: total(TRANSACTION_WRITE_FACTOR * (units + unique.length), indexes), techniques, touched: [],
    };
  }

  if (pattern.kind === "delete") {
    const condition = pattern.condition === "version" ? "#version = :expected" : null;
    if (condition) techniques.push("optimistic-locking");
    const indexes = templates.length * indexUnits;
    if (unique.length === 0) return { operation: "DeleteItem", condition, writeUnits: total(units, indexes), techniques, touched: [] };
    techniques.push("uniqueness-item", "transaction");
    return {
      operation: "TransactWriteItems", condition,
      transactItems: [
        { action: "Delete", target: "entity", ...(condition ? { condition } : {}) },
        ...unique.map((a): TransactItemDesign => ({ action: "Delete", target: "uniqueness", attribute: a, condition: `${owner} = :owner`, note: `frees the ${a} value the item held (read it first)` })),
      ],
      writeUnits: total(TRANSACTION_WRITE_FACTOR * (units + unique.length), indexes), techniques, touched: [],
    };
  }

  // update
  const set = pattern.set ?? [];
  const add = pattern.add ?? [];
  const changed = new Set([...set, ...add]);
  const touched: IndexKeyUpdate[] = [];
  let indexes = 0;
  const keyClauses: string[] = [];
  for (const t of templates) {
    const hit = [...templateAttributes(t)].filter((a) => changed.has(a));
    if (hit.length === 0) {
      indexes += indexUnits;
      continue;
    }
    indexes += 2 * indexUnits;
    const schema = layout.indexes.find((s) => s.name === t.index);
    const keyNames = [schema?.pk.name, schema?.sk?.name].filter((n): n is string => !!n);
    touched.push({
      index: t.index ?? "", attributes: hit,
      set: `SET ${keyNames.map((n) => `${n} = :${n}`).join(", ")}`,
      remove: `REMOVE ${keyNames.join(", ")}`,
      cannotRender: false,
    });
    keyClauses.push(...keyNames.map((n) => `${n} = :${n}`));
  }
  // An added number inside an index key: ADD cannot re-render the key, so the update reads
  // the item and writes the new value with the condition that the old one still holds
  // (compare-and-set); the key is re-rendered from the new value in the same write.
  const cas = add.filter((a) => touched.some((u) => u.attributes.includes(a)));
  const counters = add.filter((a) => !cas.includes(a));
  let i = 0;
  const setClauses = set.filter((a) => !(pattern.condition === "version" && a === "version")).map((a) => `${nameRef(a, i)} = ${valueRef(a, i++)}`);
  const casRefs = cas.map((a) => ({ name: nameRef(a, i), next: valueRef(`new_${a}`, i), old: valueRef(`old_${a}`, i++) }));
  setClauses.push(...casRefs.map((r) => `${r.name} = ${r.next}`));
  if (pattern.condition === "version") setClauses.push("#version = #version + :one");
  setClauses.push(...keyClauses);
  if (touched.length > 0) techniques.push("index-key-rewrite");
  const addRefs = counters.map((a) => ({ name: nameRef(a, i), value: valueRef(a, i), minus: valueRef(`minus_${a}`, i++) }));
  const updateExpression = [
    setClauses.length ? `SET ${setClauses.join(", ")}` : "",
    addRefs.length ? `ADD ${addRefs.map((r) => `${r.name} ${r.value}`).join(", ")}` : "",
  ].filter(Boolean).join(" ");
  const conditions: string[] = [];
  if (pattern.condition === "version") {
    conditions.push("#version = :expected");
    techniques.push("optimistic-locking");
  }
  conditions.push(...casRefs.map((r) => `${r.name} = ${r.old}`));
  if (pattern.condition === "nonNegative") {
    conditions.push(...addRefs.map((r) => `${r.name} >= ${r.minus}`));
    techniques.push("non-negative-guard");
  }
  if (conditions.length === 0) conditions.push(`attribute_exists(${pk})`);
  const condition = conditions.join(" AND ");
  if (counters.length > 0) techniques.push("atomic-counter");
  if (cas.length > 0) techniques.push("compare-and-set");
  const movedUnique = set.filter((a) => unique.includes(a));
  const base = { condition, updateExpression, writeUnits: total(units, indexes), techniques, touched, ...(touched.length ? { indexKeyUpdates: touched } : {}) };
  if (movedUnique.length === 0) return { operation: "UpdateItem", ...base };
  techniques.push("uniqueness-item", "transaction");
  return {
    ...base, operation: "TransactWriteItems",
    transactItems: [
      { action: "Update", target: "entity", condition },
      ...movedUnique.flatMap((a): TransactItemDesign[] => [
        { action: "Delete", target: "uniqueness", attribute: a, condition: `${owner} = :owner`, note: `the old ${a} value (skip both when it is unchanged: one transaction cannot act twice on one item)` },
        { action: "Put", target: "uniqueness", attribute: a, condition: `attribute_not_exists(${pk})` },
      ]),
    ],
    writeUnits: total(TRANSACTION_WRITE_FACTOR * (units + 2 * movedUnique.length), indexes),
  };
}
