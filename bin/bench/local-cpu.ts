import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time of DynamoDB Local's threads, read from /proc (Linux only; null elsewhere).
 *
 * DynamoDB Local runs every table operation as a job on one thread, sqlite4java's
 * SQLiteQueue ("SQLiteQueue[…]" in /proc): the HTTP threads parse requests in parallel,
 * but each item is written by that one thread, and for each item it parses the table's
 * stored description again (measured with Java Flight Recorder, docs/bench.md). That
 * thread's CPU time during a load is the floor of the load's wall time for any client.
 */
export interface LocalCpu {
  /** Milliseconds of CPU of the SQLiteQueue thread(s). */
  writerMs: number;
  /** Milliseconds of CPU of the whole Java process. */
  totalMs: number;
}

/** clock ticks per second: 100 on Linux for every architecture Node supports (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a /proc …/stat line, and the thread's name. */
export function parseStat(stat: string): { name: string; ms: number } | null {
  const open = stat.indexOf("(");
  const close = stat.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  // After "pid (comm) ": state is field 3, utime field 14, stime field 15 (proc(5)).
  const fields = stat.slice(close + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return { name: stat.slice(open + 1, close), ms: ((utime + stime) * 1000) / TICKS_PER_SECOND };
}

export function localCpu(pid: number | undefined): LocalCpu | null {
  if (pid === undefined || process.platform !== "linux") return null;
  try {
    let writerMs = 0, writers = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const thread = parseStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8"));
      if (thread?.name.startsWith("SQLiteQueue")) {
        writerMs += thread.ms;
        writers++;
      }
    }
    const total = parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
    // No writer thread (not yet started, or a DynamoDB Local that names it otherwise): no
    // figure rather than a writer that seems to cost nothing.
    return total && writers > 0 ? { writerMs, totalMs: total.ms } : null;
  } catch {
    // The process or a thread went away between the listing and the read.
    return null;
  }
}

/** CPU used between two readings, or null if either is missing. */
export function cpuSince(before: LocalCpu | null, after: LocalCpu | null): LocalCpu | null {
  if (!before || !after) return null;
  return { writerMs: after.writerMs - before.writerMs, totalMs: after.totalMs - before.totalMs };
}
