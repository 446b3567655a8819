/**
 * A small pinned model whose capacity is worked by hand in the tests: every size, unit
 * and load follows from the AWS rules cited there. Pinned, so the key templates (and so
 * the key bytes) are fixed and not the engine's choice.
 */
import type { Model } from "../../model";

export function shopModel(overrides: { rps?: Partial<Record<string, number>> } = {}): Model {
  const rps = (id: string, fallback: number) => overrides.rps?.[id] ?? fallback;
  return {
    format: "tablewright.model/1",
    name: "Shop",
    entities: [
      {
        name: "Customer", count: 1000, key: ["customerId"],
        attributes: [
          { name: "customerId", type: "string", size: 10 },
          { name: "email", type: "string", size: 30, unique: true },
        ],
      },
      {
        name: "Order", count: 100000, key: ["customerId", "orderId"],
        attributes: [
          { name: "customerId", type: "string", ref: "Customer" },
          { name: "orderId", type: "string", size: 10 },
          { name: "status", type: "string", values: ["OPEN", "SHIPPED"] },
          { name: "total", type: "number", min: 0, max: 999 },
          { name: "note", type: "string", size: 2000, optional: true },
        ],
      },
    ],
    accessPatterns: [
      { id: "getCustomer", name: "Get a customer", kind: "get", entity: "Customer", where: { customerId: "eq" }, rps: rps("getCustomer", 100), consistency: "strong" },
      { id: "customerOrders", name: "A customer's orders", kind: "query", entity: "Order", where: { customerId: "eq" }, limit: 20, rps: rps("customerOrders", 50) },
      { id: "openOrders", name: "Open orders", kind: "query", entity: "Order", where: { status: { eq: "OPEN" } }, order: { by: "orderId" }, limit: 100, rps: rps("openOrders", 5) },
      { id: "createCustomer", name: "Create a customer", kind: "put", entity: "Customer", condition: "notExists", rps: rps("createCustomer", 10) },
      { id: "createOrder", name: "Create an order", kind: "put", entity: "Order", rps: rps("createOrder", 200) },
      { id: "shipOrder", name: "Ship an order", kind: "update", entity: "Order", where: { customerId: "eq", orderId: "eq" }, set: ["status"], rps: rps("shipOrder", 100) },
    ],
    design: {
      table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
      indexes: [{ name: "GSI1", type: "global", partitionKey: { name: "GSI1PK", type: "S" }, sortKey: { name: "GSI1SK", type: "S" }, projection: "ALL" }],
      entities: [
        { entity: "Customer", keys: [{ index: null, partitionKey: "CUSTOMER#{customerId}", sortKey: "CUSTOMER#" }] },
        {
          entity: "Order", keys: [
            { index: null, partitionKey: "CUSTOMER#{customerId}", sortKey: "ORDER#{orderId}" },
            { index: "GSI1", partitionKey: "OPEN", sortKey: "ORDER#{orderId}#{customerId}", when: { status: { eq: "OPEN" } } },
          ],
        },
      ],
    },
  };
}

/** One item, read strongly consistent at `rps`: the smallest model with a hot item. */
export function singletonModel(rps: number, consistency: "strong" | "eventual" = "strong"): Model {
  return {
    format: "tablewright.model/1",
    name: "Settings",
    entities: [{ name: "Setting", count: 1, key: ["settingId"], attributes: [{ name: "settingId", type: "string", size: 10 }, { name: "value", type: "string", size: 100 }] }],
    accessPatterns: [{ id: "getSetting", name: "Read the setting", kind: "get", entity: "Setting", where: { settingId: "eq" }, rps, consistency }],
  };
}
