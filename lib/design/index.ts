/** lib/design: the key-design engine (docs/design-rules.md). See README.md. */
export { designModel, designModelStrict } from "./design";
export { createDesignMemo, designKey, designModelMemo, type DesignMemo } from "./memo";
export { designToJson } from "./json";
export { toPinnedDesign } from "./pinned";
export { itemKeys, uniquenessByAttribute, uniquenessItems } from "./items";
export { buildReadRequests, mergeShardResults } from "./requests";
export { buildWriteRequest } from "./write-requests";
export { TECHNIQUES } from "./techniques";
export { FINDING_CODES } from "./findings/codes";
export { encodeNumber, escapeString, reverseEncoded, encodeBinary } from "./encode";
export type * from "./types";
