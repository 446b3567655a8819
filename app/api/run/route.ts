/**
 * POST /api/run: create the table on DynamoDB Local (or an endpoint the server allows),
 * load the sample data and run verify, streaming progress as NDJSON lines (RunEvent).
 * The only code path from the browser to DynamoDB; everything it does is in lib/run.
 */
import { readCapped } from "@/lib/run/server/body";
import { MAX_BODY_BYTES, parseRunRequest } from "@/lib/run/server/request";
import { runSession, type RunEvent } from "@/lib/run/server/session";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const body = await readCapped(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return Response.json({ problems: [{ path: "", severity: "error", message: `the request body is larger than ${MAX_BODY_BYTES} bytes` }] }, { status: 413 });
  }
  const parsed = parseRunRequest(body.text);
  if (!parsed.ok) return Response.json({ problems: parsed.problems }, { status: parsed.status });

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (event: RunEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        await runSession(parsed.request, process.env, emit);
      } catch (error) {
        // One line the Run tab shows; the server log keeps the details.
        console.error("run failed", error);
        emit({ type: "error", message: `the run failed: ${error instanceof Error ? error.message : String(error)}` });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
