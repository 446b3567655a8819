/**
 * Small models for the export tests that the examples do not cover: a pinned design with a
 * local index and INCLUDE / KEYS_ONLY projections on provisioned billing, and a Global
 * Table with strong multi-Region consistency and a witness.
 */
import { designModel, toPinnedDesign } from "../../design";
import { parseModel, type Model } from "../../model";

const orders = {
  format: "tablewright.model/1",
  name: "Orders with a local index",
  table: { name: "orders-lsi", billing: "provisioned", tableClass: "standardInfrequentAccess", ttlAttribute: "expiresAt", stream: "keysOnly", pointInTimeRecovery: true },
  entities: [
    {
      name: "Order", key: ["customerId", "orderId"], count: 100000,
      attributes: [
        { name: "customerId", type: "string" }, { name: "orderId", type: "string" },
        { name: "placedAt", type: "datetime" }, { name: "status", type: "string", values: ["OPEN", "SHIPPED"] },
        { name: "total", type: "number" }, { name: "expiresAt", type: "number" },
      ],
    },
  ],
  accessPatterns: [
    { id: "getOrder", name: "Get an order", kind: "get", entity: "Order", where: { customerId: "eq", orderId: "eq" }, rps: 20 },
    { id: "customerOrders", name: "A customer's orders by date", kind: "query", entity: "Order", where: { customerId: "eq", placedAt: "between" }, order: { by: "placedAt" }, rps: 30, consistency: "strong" },
    { id: "placeOrder", name: "Place an order", kind: "put", entity: "Order", condition: "notExists", rps: 10 },
  ],
  design: {
    table: { partitionKey: { name: "PK", type: "S" }, sortKey: { name: "SK", type: "S" } },
    indexes: [
      { name: "LSI1", type: "local", partitionKey: { name: "PK", type: "S" }, sortKey: { name: "LSI1SK", type: "S" }, projection: { include: ["status", "total"] } },
      { name: "GSI1", type: "global", partitionKey: { name: "GSI1PK", type: "S" }, sortKey: { name: "GSI1SK", type: "S" }, projection: "KEYS_ONLY" },
    ],
    entities: [
      {
        entity: "Order", keys: [
          { index: null, partitionKey: "CUSTOMER#{customerId}", sortKey: "ORDER#{orderId}" },
          { index: "LSI1", partitionKey: "CUSTOMER#{customerId}", sortKey: "ORDER#{placedAt}#{orderId}" },
          { index: "GSI1", partitionKey: "ORDER#{orderId}", sortKey: "ORDER#" },
        ],
      },
    ],
  },
};

export function ordersWithLocalIndex(): Model {
  const parsed = parseModel(orders);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.model;
}

/** A model of an example, with MRSC replicas and a witness (and the proposed design pinned). */
export function strongGlobalTable(base: Model): Model {
  const model: Model = { ...base, table: { ...base.table, replicas: ["us-east-1", "us-east-2"], multiRegionConsistency: "strong", witness: "us-west-2", stream: "none" } };
  const parsed = parseModel({ ...model, design: toPinnedDesign(designModel(model)) });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.model;
}
