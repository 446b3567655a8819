/**
 * The body of a Run request, checked at the boundary like any other input
 * (architecture.md): a size limit first, then JSON, then the shape, then the model.
 */
import { z } from "zod";
import { parseModel, type Model, type Problem } from "@/lib/model";

/** No model comes near this; a larger body is refused before it is parsed. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_RUN_ITEMS = 20_000;

const bodySchema = z.object({
  model: z.unknown(),
  items: z.number().int().min(10).max(MAX_RUN_ITEMS).default(2000),
  seed: z.union([z.number().int(), z.string().min(1).max(64)]).default(1),
  endpoint: z.string().url().optional(),
});

export interface RunRequest {
  model: Model;
  items: number;
  seed: number | string;
  endpoint?: string;
}

export type Parsed = { ok: true; request: RunRequest } | { ok: false; status: number; problems: Problem[] };

export function parseRunRequest(text: string): Parsed {
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    return bad(413, "", `the request body is larger than ${MAX_BODY_BYTES} bytes`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return bad(400, "", "the request body is not JSON");
  }
  const shape = bodySchema.safeParse(json);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return bad(400, issue?.path.join(".") ?? "", issue?.message ?? "invalid request");
  }
  const model = parseModel(shape.data.model);
  if (!model.ok) {
    return { ok: false, status: 422, problems: model.problems.filter((p) => p.severity === "error").map((p) => ({ ...p, path: p.path ? `model.${p.path}` : "model" })) };
  }
  return { ok: true, request: { model: model.model, items: shape.data.items, seed: shape.data.seed, ...(shape.data.endpoint ? { endpoint: shape.data.endpoint } : {}) } };
}

function bad(status: number, path: string, message: string): Parsed {
  return { ok: false, status, problems: [{ path, message, severity: "error" }] };
}
