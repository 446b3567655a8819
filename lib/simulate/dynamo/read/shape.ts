/**
 * What a Query or Scan returns (Query.Select, SecondaryIndexes "attribute projections"):
 * Select and ProjectionExpression rules, and which attributes an index can give.
 * A GSI gives only what it projects (asking for more is a ValidationException); an LSI
 * fetches the table item for the rest, charged to the table (measured: 0.5 per item).
 */
import type { Select } from "@aws-sdk/client-dynamodb";
import type { Condition } from "../expr/ast";
import { conditionNames } from "../expr/names";
import type { Bindings } from "../expr/placeholders";
import { validation } from "../errors";
import type { Projection } from "../eval/projection";
import type { IndexSchema, TableSchema } from "../schema";

export interface ReadShape {
  readonly select: Select;
  readonly projection?: Projection;
  /** LSI read that needs attributes the index does not hold. */
  readonly fetch: boolean;
}

export function readShape(
  schema: TableSchema,
  index: IndexSchema | undefined,
  selectInput: Select | undefined,
  projection: Projection | undefined,
): ReadShape {
  const select = selectInput ?? (projection ? "SPECIFIC_ATTRIBUTES" : index ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES");
  if (select === "SPECIFIC_ATTRIBUTES" && !projection) {
    throw validation("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
  }
  if (select !== "SPECIFIC_ATTRIBUTES" && projection) {
    throw validation(`Cannot specify the ProjectionExpression when choosing to get ${select === "COUNT" ? "only the Count" : select}`);
  }
  if (select === "ALL_PROJECTED_ATTRIBUTES" && !index) {
    // Local says "Querying" for Scan too (measured).
    throw validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
  }
  if (!index || index.projectionType === "ALL") return { select, projection, fetch: false };
  if (select === "ALL_ATTRIBUTES") {
    if (index.kind === "GSI") {
      throw validation(
        `One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index ${index.name} because its projection type is not ALL`,
      );
    }
    return { select, projection, fetch: true };
  }
  if (projection) {
    const missing = projection.topNames.filter((n) => !index.projected.has(n)).sort();
    if (missing.length && index.kind === "GSI") {
      throw validation(`One or more parameter values were invalid: Global secondary index ${index.name} does not project [${missing.join(", ")}]`);
    }
    return { select, projection, fetch: missing.length > 0 };
  }
  return { select, projection, fetch: false };
}

/**
 * A Query's filter may not name the keys of what it reads, nor (on an index) attributes the
 * index does not project. Scan allows both; a Scan filter on an unprojected attribute just
 * sees it missing (measured: Local scans the LSI without fetching).
 */
export function checkFilter(schema: TableSchema, index: IndexSchema | undefined, filter: Condition, b: Bindings, operation: "Query" | "Scan"): void {
  const names = conditionNames(filter, b);
  if (operation === "Query") {
    const keys = index ? [index.pk.name, index.sk?.name] : [schema.pk.name, schema.sk?.name];
    for (const k of keys) {
      if (k && names.has(k)) throw validation(`Filter Expression can only contain non-primary key attributes: Primary key attribute: ${k}`);
    }
  }
  if (operation === "Query" && index && index.projectionType !== "ALL") {
    const missing = [...names].filter((n) => !index.projected.has(n)).sort();
    if (missing.length) {
      throw validation(`One or more parameter values were invalid: Secondary index ${index.name} does not project one or more filter attributes: [${missing.join(", ")}]`);
    }
  }
}
