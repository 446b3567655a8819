/**
 * DynamoDB Local lifecycle. These tests need Java 17: when it is missing they FAIL (never
 * skip), with the install hint, in CI and locally alike.
 */
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JavaMissingError, javaAvailable, localClients, startDynamoLocal, type DynamoLocal } from "./local";

function groupAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("Java", () => {
  it("is available (install: apt-get install -y openjdk-17-jre-headless)", async () => {
    const java = await javaAvailable();
    if (java !== true) throw new JavaMissingError(java);
    expect(java).toBe(true);
  });

  it("explains how to install it when missing", () => {
    const error = new JavaMissingError("`java` was not found on the PATH");
    expect(error.name).toBe("JavaMissingError");
    expect(error.message).toContain("apt-get install -y openjdk-17-jre-headless");
    expect(error.message).toContain("Java 17");
  });
});

describe("startDynamoLocal", () => {
  let local: DynamoLocal;
  beforeAll(async () => {
    local = await startDynamoLocal();
  }, 60_000);
  afterAll(() => local?.stop(), 30_000);

  it("answers on a loopback endpoint", async () => {
    expect(local.endpoint).toBe(`http://127.0.0.1:${local.port}`);
    const { client } = localClients(local.endpoint);
    const out = await client.send(new ListTablesCommand({}));
    expect(out.TableNames).toEqual([]);
    client.destroy();
  });

  it("stops: the process group is gone and the port is closed; stop is idempotent", async () => {
    const other = await startDynamoLocal();
    const { client } = localClients(other.endpoint);
    await client.send(new ListTablesCommand({}));
    const pids = (await import("node:child_process")).execFileSync("sh", ["-c", `pgrep -f "DynamoDBLocal.jar.*-port ${other.port}" || true`]).toString().trim().split("\n").filter(Boolean).map(Number);
    expect(pids.length).toBeGreaterThan(0);
    await other.stop();
    await other.stop();
    expect(pids.filter(groupAlive)).toEqual([]);
    await expect(client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(2000) })).rejects.toThrow();
    client.destroy();
  }, 60_000);

  it("refuses clients for endpoints that are not loopback", () => {
    expect(() => localClients("https://dynamodb.us-east-1.amazonaws.com")).toThrow(/loopback/);
  });

  it("uses a given free port, and refuses a busy one", async () => {
    const { freeLoopbackPort } = await import("./local");
    const port = await freeLoopbackPort();
    const chosen = await startDynamoLocal({ port });
    expect(chosen.endpoint).toBe(`http://127.0.0.1:${port}`);
    await chosen.stop();
    await expect(startDynamoLocal({ port: local.port })).rejects.toThrow(`port ${local.port} is already in use`);
  }, 60_000);
});
