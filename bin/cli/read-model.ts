import { readFile } from "node:fs/promises";
import { parseModelText, type ParseResult } from "@/lib/model";
import { UsageError } from "./args";

/** Reads a model file; a file that cannot be read is a usage error (exit 2), not a bad model. */
export async function readModelFile(file: string): Promise<ParseResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : String(code ?? error);
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  return parseModelText(text);
}
