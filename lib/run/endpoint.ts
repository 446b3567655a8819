/**
 * Clients for `verify --endpoint URL --region R`: any DynamoDB endpoint the user names on
 * the command line (AWS with the usual credential chain, or a DynamoDB Local already
 * running). The CLI allows any endpoint because the user typed it; the server routes must
 * restrict endpoints by configuration instead (guide/architecture.md).
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export function isLoopback(endpoint: string): boolean {
  return LOOPBACK.has(new URL(endpoint).hostname);
}

export function endpointClients(endpoint: string, region: string): { client: DynamoDBClient; doc: DynamoDBDocumentClient } {
  // A DynamoDB Local accepts any credentials; without configured ones the default chain
  // would fail before the first request, so loopback endpoints get fake ones.
  const fake = isLoopback(endpoint) && !process.env["AWS_ACCESS_KEY_ID"] && !process.env["AWS_PROFILE"];
  const client = new DynamoDBClient({
    endpoint, region,
    ...(fake ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: false, convertClassInstanceToMap: false, convertEmptyValues: false },
    unmarshallOptions: { wrapNumbers: false },
  });
  return { client, doc };
}
