/**
 * The write promises of model-format.md, run through the exact requests on an in-memory
 * table: duplicate creates, unique values under races and after release, optimistic
 * locking, the non-negative guard, and index keys that follow the attributes an update
 * changes (sparse membership included).
 */
import { describe, expect, it } from "vitest";
import { buildWriteRequest, designModelStrict, itemKeys } from ".";
import { entity, model, pattern } from "./testing/build";
import { MemoryTable } from "./testing/writes";

const status = { name: "status", type: "string" as const, values: ["OPEN", "DONE"] };
const m = model([
  entity("Account", ["accountId"], ["accountId", { name: "email", type: "string", unique: true }, "balance:number", "ownerId", status, "updatedAt:datetime", "version:number"]),
], [
  pattern({ id: "open", kind: "put", entity: "Account", condition: "notExists" }),
  pattern({ id: "rename", kind: "update", entity: "Account", where: { accountId: "eq" }, set: ["email"], condition: "version" }),
  pattern({ id: "debit", kind: "update", entity: "Account", where: { accountId: "eq" }, add: ["balance"], condition: "nonNegative" }),
  pattern({ id: "close", kind: "update", entity: "Account", where: { accountId: "eq" }, set: ["status", "updatedAt"] }),
  pattern({ id: "remove", kind: "delete", entity: "Account", where: { accountId: "eq" }, condition: "version" }),
  pattern({ id: "openByOwner", kind: "query", entity: "Account", where: { ownerId: "eq", status: { eq: "OPEN" } }, order: { by: "updatedAt" } }),
  pattern({ id: "richest", kind: "query", entity: "Account", where: { ownerId: "eq" }, order: { by: "balance", dir: "desc" }, limit: 3 }),
]);
const d = designModelStrict(m);
const a1 = { accountId: "a1", email: "x@y", balance: 10, ownerId: "o", status: "OPEN", updatedAt: "2026-01-01T00:00:00.000Z", version: 1 };
const a2 = { ...a1, accountId: "a2" };

describe("write requests", () => {
  it("a create delivered twice leaves one item; a second item cannot take the same unique value", () => {
    const t = new MemoryTable(d);
    expect(t.apply(buildWriteRequest(d, "open", { item: a1 }))).toBe(true);
    expect(t.apply(buildWriteRequest(d, "open", { item: a1 }))).toBe(false);
    expect(t.apply(buildWriteRequest(d, "open", { item: a2 }))).toBe(false);
    expect(t.items.size).toBe(2); // the account and its uniqueness item, nothing half-written
  });

  it("changing or deleting frees the unique value; a stale version loses", () => {
    const t = new MemoryTable(d);
    t.apply(buildWriteRequest(d, "open", { item: a1 }));
    expect(t.apply(buildWriteRequest(d, "rename", { item: { accountId: "a1", email: "new@y" }, expectedVersion: 1, previous: a1 }))).toBe(true);
    expect(t.apply(buildWriteRequest(d, "rename", { item: { accountId: "a1", email: "other@y" }, expectedVersion: 1, previous: a1 }))).toBe(false);
    expect(t.apply(buildWriteRequest(d, "open", { item: a2 }))).toBe(true); // x@y was released
    const current = { ...a1, email: "new@y", version: 2 };
    expect(t.apply(buildWriteRequest(d, "remove", { item: { accountId: "a1" }, expectedVersion: 2, previous: current }))).toBe(true);
    expect(t.apply(buildWriteRequest(d, "open", { item: { ...a1, accountId: "a3", email: "new@y" } }))).toBe(true);
  });

  it("never debits below zero, and the balance is the start plus the successful changes", () => {
    const t = new MemoryTable(d);
    t.apply(buildWriteRequest(d, "open", { item: a1 }));
    let balance = 10;
    const results: boolean[] = [];
    for (const delta of [-4, -4, -4, 3, -6]) {
      // `balance` is inside an index key (richest), so this is a compare-and-set from the current value.
      const previous = { ...a1, balance };
      let ok: boolean;
      try {
        ok = t.apply(buildWriteRequest(d, "debit", { item: { accountId: "a1" }, deltas: { balance: delta }, previous }));
      } catch {
        ok = false;
      }
      if (ok) balance += delta;
      results.push(ok);
    }
    expect(results).toEqual([true, true, false, true, false]);
    const stored = [...t.items.values()].find((x) => x["accountId"] === "a1");
    expect(stored?.["balance"]).toBe(5);
    expect(stored).toMatchObject(itemKeys(d, "Account", { ...a1, balance: 5 }));
  });

  it("an atomic ADD with the non-negative condition, when the counter is in no key", () => {
    const m2 = model([entity("Wallet", ["walletId"], ["walletId", "coins:number"])], [
      pattern({ id: "create", kind: "put", entity: "Wallet" }),
      pattern({ id: "spend", kind: "update", entity: "Wallet", where: { walletId: "eq" }, add: ["coins"], condition: "nonNegative" }),
    ]);
    const d2 = designModelStrict(m2);
    const t = new MemoryTable(d2);
    t.apply(buildWriteRequest(d2, "create", { item: { walletId: "w", coins: 5 } }));
    const spend = (delta: number) => t.apply(buildWriteRequest(d2, "spend", { item: { walletId: "w" }, deltas: { coins: delta } }));
    expect(buildWriteRequest(d2, "spend", { item: { walletId: "w" }, deltas: { coins: -3 } })).toMatchObject({ operation: "UpdateItem", UpdateExpression: "ADD #n0 :v1", ConditionExpression: "#n0 >= :v2" });
    expect([spend(-3), spend(-3), spend(2), spend(-4)]).toEqual([true, false, true, true]);
    expect([...t.items.values()][0]?.["coins"]).toBe(0);
  });

  it("a credit to an optional number the item lacks is written (ADD starts from 0); a debit below zero is not; a missing item is not created", () => {
    const m3 = model([entity("Wallet", ["walletId"], ["walletId", { name: "coins", type: "number", optional: true }])], [
      pattern({ id: "create", kind: "put", entity: "Wallet" }),
      pattern({ id: "spend", kind: "update", entity: "Wallet", where: { walletId: "eq" }, add: ["coins"], condition: "nonNegative" }),
    ]);
    const d3 = designModelStrict(m3);
    const t = new MemoryTable(d3);
    t.apply(buildWriteRequest(d3, "create", { item: { walletId: "w" } }));
    const spend = (walletId: string, delta: number) => t.apply(buildWriteRequest(d3, "spend", { item: { walletId }, deltas: { coins: delta } }));
    expect(buildWriteRequest(d3, "spend", { item: { walletId: "w" }, deltas: { coins: 2 } })).toMatchObject({ ConditionExpression: "attribute_exists(#n2)" });
    expect([spend("w", -1), spend("w", 4), spend("w", -5), spend("w", -4), spend("nobody", 3)]).toEqual([false, true, false, true, false]);
    expect([...t.items.values()].map((x) => x["coins"])).toEqual([0]);
  });

  it("compare-and-set on an optional number inside an index key starts from 0 when the item lacks it", () => {
    const m4 = model([entity("Stock", ["sku"], ["sku", "shelf", { name: "onHand", type: "number", optional: true }])], [
      pattern({ id: "add", kind: "put", entity: "Stock" }),
      pattern({ id: "move", kind: "update", entity: "Stock", where: { sku: "eq" }, add: ["onHand"], condition: "nonNegative" }),
      pattern({ id: "fullest", kind: "query", entity: "Stock", where: { shelf: "eq" }, order: { by: "onHand", dir: "desc" } }),
    ]);
    const d4 = designModelStrict(m4);
    const t = new MemoryTable(d4);
    const s1 = { sku: "s1", shelf: "A" };
    t.apply(buildWriteRequest(d4, "add", { item: s1 }));
    const move = (previous: Record<string, unknown>, delta: number) => {
      try {
        return t.apply(buildWriteRequest(d4, "move", { item: { sku: previous["sku"] }, deltas: { onHand: delta }, previous }));
      } catch {
        return false; // refused below zero before sending
      }
    };
    expect(buildWriteRequest(d4, "move", { item: { sku: "s1" }, deltas: { onHand: 4 }, previous: s1 })).toMatchObject({ operation: "UpdateItem", ConditionExpression: expect.stringMatching(/^attribute_exists\(#n\d+\) AND attribute_not_exists\(#n\d+\)$/) });
    expect(move(s1, -1)).toBe(false);
    expect(move({ sku: "nobody", shelf: "A" }, 4)).toBe(false);
    expect(move(s1, 4)).toBe(true);
    expect(move(s1, 4)).toBe(false); // stale: the number is there now
    expect(move({ ...s1, onHand: 4 }, 2)).toBe(true);
    const stored = [...t.items.values()].find((x) => x["sku"] === "s1");
    expect(stored?.["onHand"]).toBe(6);
    expect(stored).toMatchObject(itemKeys(d4, "Stock", { ...s1, onHand: 6 }));
  });

  it("an update re-renders index keys, and removes them when the item leaves a sparse index", () => {
    const t = new MemoryTable(d);
    t.apply(buildWriteRequest(d, "open", { item: a1 }));
    const closed = { ...a1, status: "DONE", updatedAt: "2026-02-01T00:00:00.000Z" };
    expect(t.apply(buildWriteRequest(d, "close", { item: { accountId: "a1", status: "DONE", updatedAt: closed.updatedAt }, previous: a1 }))).toBe(true);
    const stored = [...t.items.values()].find((x) => x["accountId"] === "a1") ?? {};
    const expected = itemKeys(d, "Account", closed);
    for (const k of Object.keys(stored)) if (/PK$|SK$/.test(k)) expect(stored[k]).toEqual(expected[k]);
    expect(Object.keys(stored).filter((k) => /PK$|SK$/.test(k)).sort()).toEqual(Object.keys(expected).filter((k) => /PK$|SK$/.test(k)).sort());
  });

  it("asks for what it cannot know", () => {
    expect(() => buildWriteRequest(d, "rename", { item: { accountId: "a1", email: "z" }, expectedVersion: 1 })).toThrow(/previous item/);
    expect(() => buildWriteRequest(d, "remove", { item: { accountId: "a1" } })).toThrow(/expectedVersion/);
    expect(() => buildWriteRequest(d, "openByOwner", { item: {} })).toThrow(/not a write pattern/);
  });
});
