/** The rules of the model format (docs/model-format.md), so problems can link to them. */

export const RULES = [
  { id: "R1", title: "Format and model name" },
  { id: "R2", title: "Unique names and ids" },
  { id: "R3", title: "Entity key" },
  { id: "R4", title: "References" },
  { id: "R5", title: "Attribute modifiers and positive numbers" },
  { id: "R6", title: "Operators fit types, constants have the type" },
  { id: "R7", title: "Named attributes exist on every entity of the pattern" },
  { id: "R8", title: "get" },
  { id: "R9", title: "query conditions" },
  { id: "R10", title: "order.by" },
  { id: "R11", title: "scan" },
  { id: "R12", title: "put, update, delete addressing" },
  { id: "R13", title: "set and add" },
  { id: "R14", title: "Write conditions" },
  { id: "R15", title: "Consistency" },
  { id: "R16", title: "Table settings: TTL and replicas" },
] as const;

export type RuleId = (typeof RULES)[number]["id"];
