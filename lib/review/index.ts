/** lib/review: compare two versions of a model (README.md). */
export { reviewSide, type ReviewSide, type ReviewCost } from "./side";
export { diffReview, diffModels, diffDesigns, isEmptyReview, type ReviewDiff, type CostDelta, type EntityChanges } from "./diff";
export { canonical, diffList, fieldChanges, sameValue, type Changed, type FieldChange, type ListDiff } from "./changes";
export { describeValue } from "./describe";
export { withPatternNote, type NoteResult } from "./notes";
