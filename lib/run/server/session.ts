/**
 * One Run from the workbench: the same `verify` as the CLI, on real DynamoDB (the shared
 * DynamoDB Local, or an endpoint the server allows) and on the in-memory simulator, so
 * the Run tab shows each pattern's result beside the simulator's numbers.
 */
import { randomBytes } from "node:crypto";
import { MemoryDynamo } from "@/lib/simulate/dynamo";
import { endpointClients } from "../endpoint";
import { JAVA_INSTALL_HINT, JavaMissingError, localClients } from "../local";
import { localTarget, memoryTarget, type Target } from "../target";
import { verifyModel, type VerifyReport } from "../verify/run";
import { chooseEndpoint } from "./policy";
import type { RunRequest } from "./request";
import { sharedDynamoLocal } from "./shared-local";

export type RunEvent =
  | { type: "phase"; target: "dynamodb" | "memory"; message: string }
  | { type: "load"; target: "dynamodb" | "memory"; written: number; total: number }
  | { type: "result"; dynamodb: VerifyReport; memory: VerifyReport; endpoint: string }
  | { type: "error"; message: string };

export async function runSession(request: RunRequest, env: Record<string, string | undefined>, emit: (event: RunEvent) => void): Promise<void> {
  const choice = chooseEndpoint(request.endpoint, env);
  if (choice.kind === "refused") {
    emit({ type: "error", message: choice.message });
    return;
  }
  let real: Target;
  let endpoint: string;
  try {
    if (choice.kind === "local") {
      emit({ type: "phase", target: "dynamodb", message: "Starting DynamoDB Local (the first run takes a few seconds)" });
      const local = await sharedDynamoLocal();
      endpoint = local.endpoint;
      real = localTarget(localClients(endpoint).doc, "local");
    } else {
      endpoint = choice.endpoint;
      real = localTarget(endpointClients(endpoint, env["AWS_REGION"] ?? "us-east-1").doc, "endpoint");
    }
  } catch (error) {
    emit({ type: "error", message: error instanceof JavaMissingError ? `DynamoDB Local needs Java 17: ${error.message}. Install it with \`${JAVA_INSTALL_HINT}\`; the Query tab keeps working on the simulator.` : String((error as Error).message ?? error) });
    return;
  }
  // A table of its own per run: runs from several tabs never share or delete each other's data.
  const tableName = `tablewright-run-${String(request.seed).replace(/[^a-zA-Z0-9_.-]/g, "-")}-${randomBytes(4).toString("hex")}`;
  const common = { model: request.model, items: request.items, seed: request.seed };
  const dynamodb = await verifyModel({
    ...common,
    target: real,
    tableName,
    onPhase: (message) => emit({ type: "phase", target: "dynamodb", message }),
    onLoad: (p) => emit({ type: "load", target: "dynamodb", written: p.written, total: p.total }),
  });
  const memory = await verifyModel({
    ...common,
    target: memoryTarget(new MemoryDynamo()),
    onPhase: (message) => emit({ type: "phase", target: "memory", message }),
    onLoad: (p) => emit({ type: "load", target: "memory", written: p.written, total: p.total }),
  });
  emit({ type: "result", dynamodb, memory, endpoint });
}
