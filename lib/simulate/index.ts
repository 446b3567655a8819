/** lib/simulate: seeded sample data for a model (docs/sample-data.md). See README.md. */
export {
  generateItems, DEFAULT_ITEMS, DEFAULT_SEED, ZIPF_EXPONENT,
  type Distribution, type GenerateOptions, type GeneratedItem,
} from "./generate";
export { allocateCounts, type EntityCounts } from "./counts";
export { encodeItem, decodeItem, decimalText } from "./encode";
export { createRng, Rng, type Seed } from "./rng";
export { REFERENCE_DATE, REFERENCE_MS } from "./datetime";
