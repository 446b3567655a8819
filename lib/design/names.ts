/**
 * Physical attribute names (PK, SK, GSI1PK…, the entity-type and owner attributes). They
 * must never equal an entity attribute's name (model-format.md, "Pinned design"): when one
 * would, an underscore is prefixed until it is free.
 */
import type { Facts } from "./facts";

export class NameAllocator {
  private readonly taken: Set<string>;
  constructor(facts: Facts) {
    this.taken = new Set(facts.attributeNames);
  }
  /** The first free name among base, _base, __base… (and marks it taken). */
  allocate(base: string): string {
    const name = this.peek(base);
    this.taken.add(name);
    return name;
  }
  /** The name allocate would return, without taking it. */
  peek(base: string): string {
    let name = base;
    while (this.taken.has(name)) name = `_${name}`;
    return name;
  }
  commit(name: string): void {
    this.taken.add(name);
  }
}
