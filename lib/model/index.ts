/** lib/model: the model format v1 (docs/model-format.md). See README.md. */
export { parseModel, parseModelText, type ParseResult } from "./parse";
export { reparseModel, type Checked } from "./reparse";
export { serializeModel } from "./serialize";
export { formatPath, type Path, type PathSegment } from "./path";
export { MAX_PROBLEMS, type Problem, type Severity } from "./problems";
export { RULES, type RuleId } from "./rules";
export { parseKeyTemplate, keyTemplateText, templateAttributes, type KeyTemplatePart, type KeyTemplateResult } from "./template";
export {
  DEFAULT_ENTITY_COUNT, DEFAULT_RPS, conditionOn, defaultTableName, describeCondition, entityCount, orderDirection,
  patternConsistency, patternEntities, patternRps, tableName, tableSettings, whereEntries,
} from "./defaults";
export { getOwn, hasOwn, withOwn, withoutOwn } from "./safe";
export { compareUtf8, compareDecimal, isDatetime, isBase64 } from "./values";
export { OPERATORS_BY_TYPE } from "./rules/where";
export { MAX_DEPTH } from "./json";
export * from "./types";
