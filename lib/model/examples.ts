import { z } from "zod";

/**
 * The examples gallery manifest (public/examples/index.json). The gallery trusts
 * nothing it fetches: the manifest is checked here, each model by parseModelText.
 */
const exampleEntry = z.object({
  file: z.string().regex(/^[a-z0-9][a-z0-9-]*\.json$/, "expected a file name such as orders.json"),
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(400),
  tags: z.array(z.string().min(1)).default([]),
  patterns: z.number().int().nonnegative(),
});

const manifestSchema = z.object({ examples: z.array(exampleEntry).min(1) });

export type ExampleEntry = z.infer<typeof exampleEntry>;

export type ManifestResult =
  | { ok: true; examples: ExampleEntry[] }
  | { ok: false; message: string };

export function parseExamplesManifest(value: unknown): ManifestResult {
  const parsed = manifestSchema.safeParse(value);
  if (parsed.success) return { ok: true, examples: parsed.data.examples };
  const first = parsed.error.issues[0];
  const where = first ? first.path.join(".") : "";
  return { ok: false, message: `examples manifest ${where}: ${first?.message ?? "invalid"}` };
}
