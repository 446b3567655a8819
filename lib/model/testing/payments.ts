/**
 * A valid base model for tests (the payments example of the format), as a fresh object on
 * every call so tests can break one rule at a time without affecting each other.
 */
import type { Model } from "../types";

export function paymentsModel(): Model {
  return {
    format: "tablewright.model/1",
    name: "Multi-tenant payments",
    entities: [
      {
        name: "Tenant", count: 2000, key: ["tenantId"],
        attributes: [
          { name: "tenantId", type: "string", gen: "ulid" },
          { name: "name", type: "string", gen: "name" },
          { name: "plan", type: "string", values: ["free", "pro", "enterprise"] },
          { name: "balance", type: "number", min: 0, gen: "money" },
        ],
      },
      {
        name: "Payment", count: 4000000, key: ["tenantId", "paymentId"],
        attributes: [
          { name: "tenantId", type: "string", ref: "Tenant" },
          { name: "paymentId", type: "string", gen: "ulid" },
          { name: "idempotencyKey", type: "string", unique: true, gen: "uuid" },
          { name: "amount", type: "number", gen: "money" },
          { name: "status", type: "string", values: ["PENDING", "SETTLED", "FAILED"] },
          { name: "createdAt", type: "datetime" },
          { name: "version", type: "number", min: 1, max: 100 },
        ],
      },
    ],
    accessPatterns: [
      { id: "getTenant", name: "Get a tenant", kind: "get", entity: "Tenant", where: { tenantId: "eq" }, rps: 50 },
      { id: "getPayment", name: "Get a payment", kind: "get", entity: "Payment", where: { tenantId: "eq", paymentId: "eq" }, rps: 400 },
      {
        id: "recentPayments", name: "A tenant's payments in a date range, newest first", kind: "query", entity: "Payment",
        where: { tenantId: "eq", createdAt: "between" }, order: { by: "createdAt", dir: "desc" }, limit: 50, rps: 80,
      },
      {
        id: "pendingPayments", name: "A tenant's pending payments, oldest first", kind: "query", entity: "Payment",
        where: { tenantId: "eq", status: { eq: "PENDING" } }, order: { by: "createdAt", dir: "asc" }, rps: 10,
      },
      { id: "createPayment", name: "Create a payment exactly once", kind: "put", entity: "Payment", condition: "notExists", rps: 300 },
      {
        id: "settlePayment", name: "Settle a payment", kind: "update", entity: "Payment",
        where: { tenantId: "eq", paymentId: "eq" }, set: ["status"], condition: "version", rps: 250,
      },
      {
        id: "debitBalance", name: "Debit a tenant's prepaid balance, never below zero", kind: "update", entity: "Tenant",
        where: { tenantId: "eq" }, add: ["balance"], condition: "nonNegative", rps: 300,
      },
    ],
  };
}
