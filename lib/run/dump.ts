/**
 * `verify --dump DIR` (spec/cli.md): what was checked, so anyone can re-check it with an
 * oracle of their own (for example /work/shared/tools/recheck-dump.py).
 * - DIR/items.jsonl: one line per generated entity item, `{"entity", "item"}` in the dump encodings.
 * - DIR/runs.jsonl: one line per read pattern and binding: the binding, the entity items
 *   returned in the order returned (pages followed, shards merged), pages, consumed read units.
 * Lines are written in chunks, so a large item count never builds one huge string.
 */
import { mkdirSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { encodeEntityItem } from "./verify/digest";
import type { RunRecord } from "./verify/patterns";
import type { EntityItem, ModelTypes } from "./verify/values";

const CHUNK_LINES = 2000;

export class DumpWriter {
  readonly itemsFile: string;
  readonly runsFile: string;
  private runs: string[] = [];

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.itemsFile = join(dir, "items.jsonl");
    this.runsFile = join(dir, "runs.jsonl");
    writeFileSync(this.itemsFile, "");
    writeFileSync(this.runsFile, "");
  }

  writeItems(types: ModelTypes, items: readonly EntityItem[]): void {
    for (let i = 0; i < items.length; i += CHUNK_LINES) {
      const lines = items.slice(i, i + CHUNK_LINES).map((x) => `${JSON.stringify(encodeEntityItem(types, x))}\n`);
      appendFileSync(this.itemsFile, lines.join(""));
    }
  }

  writeRun(run: RunRecord): void {
    this.runs.push(`${JSON.stringify(run)}\n`);
    if (this.runs.length >= CHUNK_LINES) this.flush();
  }

  flush(): void {
    if (this.runs.length) appendFileSync(this.runsFile, this.runs.join(""));
    this.runs = [];
  }
}
