/**
 * The sorted structure behind the table and each secondary index: partition key value →
 * item collection sorted by sort key (SortedList), so Query is O(log n + k) and never a
 * scan. Secondary index entries with equal index keys are ordered by the table's keys.
 * Partitions are also kept in scan order: by partitionHash, then encoded key
 * (docs/simulator.md "Scan order"; DynamoDB Local's own scan order differs).
 */
import { compareScalars } from "./compare";
import { encodeScalar, partitionHash } from "./keys";
import { SortedList } from "./sorted-list";
import type { Item, Value } from "./value";

/** One stored item: the table's record, shared by every index entry that refers to it. */
export interface Stored {
  readonly item: Item;
  readonly size: number;
  readonly pk: Value;
  readonly sk?: Value;
  readonly encoded: string;
}

export interface Entry {
  readonly stored: Stored;
  /** This index's key values (for the table: its own keys). */
  readonly pk: Value;
  readonly sk?: Value;
  /** What the index holds (projection applied) and its size in bytes. */
  readonly projected: Item;
  readonly size: number;
}

export interface Partition {
  readonly encoded: string;
  readonly hash: number;
  readonly entries: SortedList<Entry>;
}

/** Within a partition: sort key, then the table's keys (only secondary indexes have ties). */
export function compareEntries(a: Entry, b: Entry): number {
  if (a.sk && b.sk) {
    const c = compareScalars(a.sk, b.sk);
    if (c !== 0) return c;
  }
  if (a.stored === b.stored) return 0;
  const p = compareScalars(a.stored.pk, b.stored.pk);
  if (p !== 0) return p;
  return a.stored.sk && b.stored.sk ? compareScalars(a.stored.sk, b.stored.sk) : 0;
}

export function comparePartitions(a: { hash: number; encoded: string }, b: { hash: number; encoded: string }): number {
  if (a.hash !== b.hash) return a.hash < b.hash ? -1 : 1;
  return a.encoded === b.encoded ? 0 : a.encoded < b.encoded ? -1 : 1;
}

export class IndexStore {
  readonly partitions = new Map<string, Partition>();
  readonly order = new SortedList<Partition>(comparePartitions);
  count = 0;
  bytes = 0;

  partition(pk: Value): Partition | undefined {
    return this.partitions.get(encodeScalar(pk));
  }

  insert(e: Entry): void {
    const encoded = encodeScalar(e.pk);
    let p = this.partitions.get(encoded);
    if (!p) {
      p = { encoded, hash: partitionHash(encoded), entries: new SortedList<Entry>(compareEntries) };
      this.partitions.set(encoded, p);
      this.order.insert(p);
    }
    p.entries.insert(e);
    this.count++;
    this.bytes += e.size;
  }

  remove(e: Entry): void {
    const encoded = encodeScalar(e.pk);
    const p = this.partitions.get(encoded);
    if (!p || !p.entries.remove(e, (x) => x.stored === e.stored)) throw new Error("index entry not found");
    this.count--;
    this.bytes -= e.size;
    if (p.entries.size === 0) {
      this.partitions.delete(encoded);
      this.order.remove(p);
    }
  }
}
