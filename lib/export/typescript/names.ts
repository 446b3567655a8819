/**
 * Identifiers and literals of the generated TypeScript: property access that is safe for
 * any attribute name, interface keys, value literals (binary as bytes), and names that
 * cannot collide with the runtime's own or with JavaScript's reserved words.
 */
import type { Attribute } from "../../model";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `obj.name`, or `obj["name"]` for any other attribute name (`created.at`, `__proto__`). */
export function prop(obj: string, name: string): string {
  if (name === "__proto__") return `own(${obj}, "__proto__")`;
  return IDENTIFIER.test(name) ? `${obj}.${name}` : `${obj}[${JSON.stringify(name)}]`;
}

/** A property key in an interface or object literal. */
export function keyOf(name: string): string {
  return IDENTIFIER.test(name) && name !== "__proto__" ? name : JSON.stringify(name);
}

/** A JavaScript value literal: JSON for text, numbers and booleans; bytes for binary. */
export function literal(value: unknown): string {
  if (value instanceof Uint8Array) return `new Uint8Array([${[...value].join(", ")}])`;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{ ${Object.entries(value).map(([k, v]) => `${keyOf(k)}: ${literal(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

const RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export",
  "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
  "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
  "implements", "interface", "package", "private", "protected", "public", "await", "arguments", "eval",
]);

/** Names the runtime defines (runtime-*.ts): generated names must avoid them. */
export const RUNTIME_NAMES = new Set([
  "KeyValue", "PhysicalItem", "Db", "PageOptions", "Page", "present", "own", "setOwn", "copy", "escapeString", "Decimal", "toDecimal",
  "encodeNumber", "HEX", "encodeBinary", "utf8", "reverseEncoded", "encode", "previousDatetime", "prefixSuccessor",
  "compareUtf8", "compareBytes", "compareKeyValues", "fnv1a", "shardOf", "stringRange", "ExpressionParts", "Expression",
  "PutRequest", "UpdateRequest", "DeleteRequest", "WriteRequest", "ConditionalWriteError", "ItemAlreadyExistsError",
  "ItemNotFoundError", "VersionConflictError", "BelowZeroError", "UniqueValueTakenError", "StaleItemError", "Role",
  "numberOf", "failure", "keyOfRequest", "sendWrite", "ShardState", "toJsonValue", "fromJsonValue", "encodeCursor",
  "decodeCursor", "ReadSpec", "readPage", "TABLE_NAME", "TABLE_KEY_NAMES", "TYPE_ATTRIBUTE", "PHYSICAL_ATTRIBUTES",
  "physicalToEntity", "claim", "release",
  // SDK imports
  "DynamoDBDocumentClient", "GetCommand", "QueryCommand", "ScanCommand", "PutCommand", "UpdateCommand", "DeleteCommand",
  "TransactWriteCommand", "GetCommandInput", "QueryCommandInput", "ScanCommandInput", "PutCommandInput",
  "UpdateCommandInput", "DeleteCommandInput", "TransactWriteCommandInput",
]);

/** Hands out names that are unique in the module, never reserved, never the runtime's. */
export class NameSpace {
  private used = new Set<string>(RUNTIME_NAMES);
  take(wanted: string): string {
    let base = wanted.replace(/[^A-Za-z0-9_$]/g, "_");
    if (!IDENTIFIER.test(base)) base = `_${base}`;
    if (RESERVED.has(base)) base = `${base}_`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The TypeScript type of an attribute's value, as lib-dynamodb reads and writes it. */
export function tsType(a: Attribute): string {
  switch (a.type) {
    case "string": return a.values ? a.values.map((v) => JSON.stringify(v)).join(" | ") : "string";
    case "number": return "number";
    case "boolean": return "boolean";
    case "datetime": return "string";
    case "binary": return "Uint8Array";
    case "list": return "unknown[]";
    case "map": return "Record<string, unknown>";
    case "stringSet": return "Set<string>";
    case "numberSet": return "Set<number>";
  }
}

/** A doc comment line: never closes the comment early. */
export function comment(text: string): string {
  // Every JavaScript line terminator (CR and U+2028/U+2029 too) would end a `//` comment.
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?|[\n\u2028\u2029]/g, " ");
}
