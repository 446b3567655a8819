/**
 * A small, deterministic ZIP writer (PKWARE APPNOTE.TXT 6.3): files stored uncompressed
 * (method 0), each with its CRC-32, UTF-8 names flagged by general-purpose bit 11, and one
 * fixed timestamp, so the same files always give the same bytes. No ZIP64: archives stay
 * under 65,535 entries and 4 GiB, far beyond an export.
 */

export interface ZipEntry {
  /** `/`-separated path inside the archive, no leading slash. */
  path: string;
  content: string | Uint8Array;
}

/** 1980-01-01 00:00:00, the earliest MS-DOS date: the archive carries no clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** General-purpose bit 11: file names are UTF-8 (APPNOTE 4.4.4, Appendix D). */
const UTF8_NAMES = 0x0800;
/** 2.0: the version that understands folders and the UTF-8 flag. */
const VERSION = 20;
const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xffffffff;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, the polynomial 0xEDB88320 reflected), as ZIP and gzip use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u16(n: number): void {
    this.bytes(new Uint8Array([n & 0xff, (n >>> 8) & 0xff]));
  }
  u32(n: number): void {
    this.bytes(new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]));
  }
  result(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function checkedPath(path: string): string {
  if (path === "" || path.startsWith("/") || path.split("/").some((p) => p === "" || p === "." || p === "..") || path.includes("\\")) {
    throw new RangeError(`zip entry path ${JSON.stringify(path)}: expected a relative /-separated path without empty, . or .. parts`);
  }
  return path;
}

/** The archive's bytes: entries in the order given (duplicate paths are refused). */
export function zip(entries: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
  if (entries.length > MAX_ENTRIES) throw new RangeError(`a zip holds at most ${MAX_ENTRIES} entries without ZIP64, got ${entries.length}`);
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const out = new Writer();
  const central = new Writer();
  for (const e of entries) {
    const path = checkedPath(e.path);
    if (seen.has(path)) throw new RangeError(`zip entry path ${JSON.stringify(path)} appears twice`);
    seen.add(path);
    const name = encoder.encode(path);
    const data = typeof e.content === "string" ? encoder.encode(e.content) : e.content;
    if (data.length > MAX_SIZE || out.length > MAX_SIZE) throw new RangeError("a zip over 4 GiB needs ZIP64, which this writer does not write");
    const crc = crc32(data);
    const offset = out.length;
    // Local file header (APPNOTE 4.3.7).
    out.u32(0x04034b50);
    out.u16(VERSION);
    out.u16(UTF8_NAMES);
    out.u16(0); // stored
    out.u16(DOS_TIME);
    out.u16(DOS_DATE);
    out.u32(crc);
    out.u32(data.length);
    out.u32(data.length);
    out.u16(name.length);
    out.u16(0);
    out.bytes(name);
    out.bytes(data);
    // Central directory header (APPNOTE 4.3.12): made by MS-DOS (0), so no Unix modes are implied.
    central.u32(0x02014b50);
    central.u16(VERSION);
    central.u16(VERSION);
    central.u16(UTF8_NAMES);
    central.u16(0);
    central.u16(DOS_TIME);
    central.u16(DOS_DATE);
    central.u32(crc);
    central.u32(data.length);
    central.u32(data.length);
    central.u16(name.length);
    central.u16(0); // extra field
    central.u16(0); // comment
    central.u16(0); // disk number start
    central.u16(0); // internal attributes
    central.u32(0); // external attributes
    central.u32(offset);
    central.bytes(name);
  }
  const centralOffset = out.length;
  const centralBytes = central.result();
  out.bytes(centralBytes);
  // End of central directory record (APPNOTE 4.3.16).
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(entries.length);
  out.u16(entries.length);
  out.u32(centralBytes.length);
  out.u32(centralOffset);
  out.u16(0);
  return out.result();
}
