/**
 * The zip of every format, read back by independent readers: Python's zipfile (which
 * checks every CRC-32 and decodes names as UTF-8 only when bit 11 is set) and Info-ZIP's
 * `unzip -t`. Every file's bytes equal the single-format export; the same model gives the
 * same archive, byte for byte; arbitrary names and contents (any Unicode) round-trip.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { tableSettings } from "../model";
import { allExportFiles, exportZip, zipFileName } from "./all";
import { exportModel } from "./index";
import { EXAMPLES, example } from "./testing/examples";
import { EXPORT_FORMATS } from "./types";
import { crc32, zip } from "./zip";

const dir = mkdtempSync(join(tmpdir(), "tablewright-zip-"));

/** Python reads each archive: testzip() (every CRC), then each entry's name, UTF-8 flag, method, date and text. */
const READER = `
import json, sys, zipfile
out = []
for path in sys.argv[1:]:
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        out.append({"bad": bad, "entries": [
            {"name": i.filename, "utf8": bool(i.flag_bits & 0x800), "method": i.compress_type, "date": list(i.date_time), "text": z.read(i).decode("utf-8")}
            for i in z.infolist()]})
print(json.dumps(out))
`;

type PyEntry = { name: string; utf8: boolean; method: number; date: number[]; text: string };

function pythonRead(archives: Uint8Array[]): Array<{ bad: string | null; entries: PyEntry[] }> {
  const paths = archives.map((bytes, i) => {
    const path = join(dir, `a${i}-${Math.random().toString(36).slice(2)}.zip`);
    writeFileSync(path, bytes);
    return path;
  });
  return JSON.parse(execFileSync("python3", ["-c", READER, ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })) as Array<{ bad: string | null; entries: PyEntry[] }>;
}

describe("crc32", () => {
  it("gives the standard check values", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("the zip of every format", () => {
  for (const name of EXAMPLES) {
    it(`${name}: Python and unzip read it; each file equals its single-format export`, () => {
      const model = example(name);
      const design = designModel(model);
      const bytes = exportZip(model, {}, design);
      expect(exportZip(model, {}, design)).toEqual(bytes);
      const [read] = pythonRead([bytes]);
      expect(read?.bad).toBeNull();
      const expected = EXPORT_FORMATS.flatMap((format) => exportModel(model, format, {}, design).files.map((f) => ({ name: `${format}/${f.path}`, text: f.content })));
      expect(read?.entries.map((e) => ({ name: e.name, text: e.text }))).toEqual(expected);
      for (const e of read?.entries ?? []) {
        expect(e.utf8).toBe(true);
        expect(e.method).toBe(0);
        expect(e.date).toEqual([1980, 1, 1, 0, 0, 0]);
      }
      // Every format is there; the stream consumer too when the model has a stream.
      for (const format of EXPORT_FORMATS) expect(read?.entries.some((e) => e.name.startsWith(`${format}/`)), format).toBe(true);
      if (tableSettings(model).stream !== "none") expect(read?.entries.map((e) => e.name)).toContain("typescript/stream-consumer.ts");
      const path = join(dir, zipFileName(design));
      writeFileSync(path, bytes);
      expect(execFileSync("unzip", ["-t", path], { encoding: "utf8" })).toMatch(/No errors detected/);
    });
  }

  it("names the files as each format does, under the format's folder", () => {
    const model = example("multi-tenant-payments");
    const names = allExportFiles(model).files.map((f) => f.path);
    expect(names).toEqual(expect.arrayContaining([
      "typescript/data-access.ts", "typescript/stream-consumer.ts", "cloudformation/template.yaml", "terraform/main.tf",
      "cdk/bin/app.ts", "cdk/lib/table-stack.ts", "iam/policy.json", "electrodb/entities.ts", "markdown/design.md",
    ]));
    expect(names.some((n) => /^nosql-workbench\/.+\.json$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(allExportFiles(model, { cloudFormationJson: true }).files.map((f) => f.path)).toContain("cloudformation/template.json");
  });

  it("property: any Unicode names and contents round-trip through Python's zipfile, bytes deterministic", () => {
    const segment = fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }).filter((s) => !s.includes("/") && !s.includes("\\") && s !== "." && s !== ".." && !s.includes("\0"));
    const entries = fc.uniqueArray(
      fc.record({ path: fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => p.join("/")), content: fc.string({ unit: "grapheme", maxLength: 200 }) }),
      { selector: (e) => e.path, minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const bytes = zip(list);
        expect(zip(list)).toEqual(bytes);
        const [read] = pythonRead([bytes]);
        expect(read?.bad).toBeNull();
        expect(read?.entries.map((e) => ({ path: e.name, content: e.text }))).toEqual(list);
      }),
      { numRuns: 40, seed: 11 },
    );
  }, 120_000);

  it("refuses paths a reader would resolve elsewhere, and duplicates", () => {
    for (const bad of ["", "/abs", "a//b", "../up", "a/./b", "a\\b"]) expect(() => zip([{ path: bad, content: "" }])).toThrow(/zip entry path/);
    expect(() => zip([{ path: "a", content: "" }, { path: "a", content: "x" }])).toThrow(/twice/);
  });
});
