/**
 * Which DynamoDB the Run route may talk to. A request alone can never point the server
 * at a remote endpoint (architecture.md, "Talking to DynamoDB"): loopback is always
 * allowed; anything else only when the server's operator sets
 * TABLEWRIGHT_ALLOW_REMOTE_ENDPOINTS=1. Credentials come from the server's environment
 * and never reach the browser.
 */
import { isLoopback } from "../endpoint";

export const ALLOW_REMOTE_ENV = "TABLEWRIGHT_ALLOW_REMOTE_ENDPOINTS";
/** An endpoint configured by the operator, used instead of starting DynamoDB Local. */
export const ENDPOINT_ENV = "TABLEWRIGHT_DYNAMODB_ENDPOINT";

export type EndpointChoice = { kind: "local" } | { kind: "endpoint"; endpoint: string } | { kind: "refused"; message: string };

export function chooseEndpoint(requested: string | undefined, env: Record<string, string | undefined>): EndpointChoice {
  const endpoint = requested ?? env[ENDPOINT_ENV];
  if (!endpoint) return { kind: "local" };
  if (isLoopback(endpoint) || env[ALLOW_REMOTE_ENV] === "1") return { kind: "endpoint", endpoint };
  return { kind: "refused", message: `the endpoint ${endpoint} is not on this machine; the server allows it only when ${ALLOW_REMOTE_ENV}=1 is set` };
}
