/** Pure edit operations on a model (README.md): each returns a new model and never mutates. */
export { addEntity, removeEntity, moveEntity, updateEntity } from "./entities";
export { addAttribute, removeAttribute, moveAttribute, updateAttribute } from "./attributes";
export { addPattern, updatePattern, removePattern, insertPattern, movePattern } from "./patterns";
export { renameEntity, followEntityRename } from "./rename-entity";
export { renameAttribute } from "./rename-attribute";
export { whereList, whereFromList, type WhereEntry } from "./where";
export { freshName, freshPatternId } from "./fresh";
export type { Patch } from "./patch";
