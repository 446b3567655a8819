import type { CapacityOptions } from "@/lib/capacity";
import { parseModelText, type Model } from "@/lib/model";
import type { Args } from "./args";
import { UsageError } from "./args";
import { formatProblem } from "./problems";
import { readModelFile } from "./read-model";
import type { Io } from "./io";

/** Flags `partitions` and `cost` share: the rps scale, item sizes and children per parent. */
export const CAPACITY_FLAGS = ["scale", "sizes", "distribution"] as const;

export function numberFlag(args: Args, name: string, check: (n: number) => boolean, expected: string): number | undefined {
  const raw = args.flags.get(name);
  if (raw === undefined) return undefined;
  const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} expects ${expected}, got ${String(raw)}`);
  return n;
}

export function choiceFlag<T extends string>(args: Args, name: string, choices: readonly T[]): T | undefined {
  const raw = args.flags.get(name);
  if (raw === undefined) return undefined;
  if (typeof raw !== "string" || !(choices as readonly string[]).includes(raw)) throw new UsageError(`--${name} expects one of ${choices.join(", ")}, got ${String(raw)}`);
  return raw as T;
}

export function capacityOptions(args: Args): CapacityOptions {
  const scale = numberFlag(args, "scale", (n) => n > 0, "a number above 0 (1 = the model's rps)");
  const sizes = choiceFlag(args, "sizes", ["declared", "measured"] as const);
  const distribution = choiceFlag(args, "distribution", ["uniform", "skewed"] as const);
  return { ...(scale !== undefined ? { scale } : {}), ...(sizes ? { sizes } : {}), ...(distribution ? { distribution } : {}) };
}

/** The one model file of a command, parsed; its problems printed (exit 1) when it is invalid. */
export async function readModelArg(args: Args, usage: string, io: Io): Promise<{ model: Model } | { exit: number }> {
  if (args.positionals.length !== 1) throw new UsageError(`expected one model file: ${usage}`);
  const file = args.positionals[0] as string;
  const parsed: ReturnType<typeof parseModelText> = await readModelFile(file);
  if (!parsed.ok) {
    for (const p of parsed.problems.filter((x) => x.severity === "error")) io.err(formatProblem(file, p));
    return { exit: 1 };
  }
  return { model: parsed.model };
}

/** Compact numbers for terminals: 1,234 / 12.3 / 0.042. */
export function num(n: number): string {
  if (n === 0) return "0";
  const a = Math.abs(n);
  if (a >= 100) return Math.round(n).toLocaleString("en-US");
  if (a >= 1) return (Math.round(n * 10) / 10).toLocaleString("en-US");
  return n.toPrecision(2);
}

export function money(n: number): string {
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function bytesText(n: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let v = n, i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${num(v)} ${units[i]}`;
}
