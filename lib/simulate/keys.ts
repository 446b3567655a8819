/**
 * Distinct keys for every item of an entity.
 *
 * - With a discriminator (a key attribute that is an id, a text or binary), that attribute
 *   carries a per-item number (values.ts `drawEmbedded`): keys are distinct by construction
 *   and nothing is remembered.
 * - Otherwise (keys made of refs, enums, numbers and datetimes, like OrderItem
 *   [orderId, lineNo]) the key is drawn at random and checked against a set of 52-bit hashes
 *   of the keys so far; a repeat is drawn again (a new attempt has its own random numbers),
 *   up to MAX_ATTEMPTS times, and then the key space is scanned from a random point for an
 *   unused key. A hash collision only costs a redraw, never a duplicate. The set holds one
 *   number per item of that entity: the only memory that grows with an entity that is not
 *   referenced (docs/sample-data.md).
 */
import type { Seed } from "./rng";
import { hashText } from "./rng";
import { isoDatetime, parseDatetime } from "./datetime";
import { EMBED_LIMIT } from "./ids";
import { createPermutation, type Permutation } from "./permute";
import { domainOf, type AttributePlan, type Domain, type EntityPlan } from "./plan";
import { drawEmbedded, drawValue, type ItemContext, type Parents } from "./values";

const MAX_ATTEMPTS = 24;

export interface KeySource extends Parents {
  /** Keys generated for a referenced entity so far (all of them once its key pass is done). */
  keysOf(entity: string): readonly unknown[];
  /** The item's main datetime (milliseconds) for attempt `attempt`. */
  anchorOf(plan: EntityPlan, index: number, attempt: number): number;
}

export class KeyMaker {
  private readonly seen: Set<number> | undefined;
  private readonly embed: Permutation | undefined;
  private readonly anchorInKey: AttributePlan | undefined;

  constructor(private readonly plan: EntityPlan, private readonly source: KeySource) {
    if (plan.discriminator) this.embed = createPermutation(EMBED_LIMIT, plan.discriminator.permutationSeed);
    else this.seen = new Set();
    this.anchorInKey = plan.anchor && plan.anchor.keyPosition >= 0 ? plan.anchor : undefined;
  }

  /** The key values of item `index`, in key order. Sets ctx.anchorMs when the main datetime is in the key. */
  make(index: number, ctx: ItemContext): unknown[] {
    if (this.embed) return this.draw(index, 0, ctx, this.embed.at(index));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const key = this.draw(index, attempt, ctx, undefined);
      if (this.claim(key)) return key;
    }
    return this.scan(index, ctx);
  }

  private draw(index: number, attempt: number, ctx: ItemContext, embedded: number | undefined): unknown[] {
    if (this.anchorInKey) ctx.anchorMs = this.source.anchorOf(this.plan, index, attempt);
    return this.plan.key.map((a) => {
      if (a === this.anchorInKey) return isoDatetime(ctx.anchorMs);
      const rng = a.rng.reseed(a.seed, index, attempt);
      if (a === this.plan.discriminator && embedded !== undefined) return drawEmbedded(a, rng, ctx, index, embedded);
      return drawValue(a, rng, ctx, this.source);
    });
  }

  private claim(key: readonly unknown[]): boolean {
    const seen = this.seen;
    if (!seen) return true;
    const h = keyHash(key);
    if (seen.has(h)) return false;
    seen.add(h);
    return true;
  }

  /**
   * Walks the key space (a mixed-radix counter over the key attributes' domains, the last
   * attribute fastest) from a random point until a key not used yet. At most one step more
   * than the keys already used, since each used key blocks one position.
   */
  private scan(index: number, ctx: ItemContext): unknown[] {
    const domains: Domain[] = this.plan.key.map((a) => {
      const d = domainOf(a.mode, (e) => this.source.keysOf(e));
      if (!d) throw new Error(`internal: key attribute ${a.name} of ${this.plan.name} has no finite domain`);
      return d;
    });
    const first = this.plan.key[0];
    const rng = first ? first.rng.reseed(first.seed, index, MAX_ATTEMPTS) : undefined;
    const digits = domains.map((d) => (rng ? rng.below(d.size) : 0));
    const limit = (this.seen?.size ?? 0) + 64;
    for (let step = 0; step < limit; step++) {
      const key = domains.map((d, j) => d.at(digits[j] ?? 0));
      if (this.claim(key)) {
        if (this.anchorInKey) ctx.anchorMs = parseDatetime(String(key[this.anchorInKey.keyPosition]));
        return key;
      }
      for (let j = digits.length - 1; j >= 0; j--) {
        const d = domains[j];
        const next = (digits[j] ?? 0) + 1;
        if (d && next < d.size) {
          digits[j] = next;
          break;
        }
        digits[j] = 0;
      }
    }
    throw new Error(`internal: no unused key left for ${this.plan.name} (item ${index})`);
  }
}

const HEX = "0123456789abcdef";

function keyPart(value: unknown): string {
  if (typeof value === "string") return `s${value}`;
  if (typeof value === "number") return `n${String(value)}`;
  if (value instanceof Uint8Array) {
    let out = "b";
    for (const byte of value) out += (HEX[byte >> 4] ?? "") + (HEX[byte & 15] ?? "");
    return out;
  }
  return `o${String(value)}`;
}

/** A 52-bit hash of a key (exact as a double, so usable in a Set<number>). */
export function keyHash(key: readonly unknown[]): number {
  const h: Seed = hashText(key.map(keyPart).join("\u0000"));
  return (h[1] & 0xfffff) * 4294967296 + h[0];
}
