/** The CPU readings the loader entry reports, against a real DynamoDB Local (Java 17 is installed here). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateItems } from "@/lib/simulate";
import { physicalItems } from "@/lib/run/items";
import { localClients, startDynamoLocal, type DynamoLocal } from "@/lib/run/local";
import { loadItems } from "@/lib/run/loader";
import { createTableInput } from "@/lib/run/table";
import { localTarget } from "@/lib/run/target";
import { cpuSince, localCpu } from "./local-cpu";
import { benchModel } from "./with-local";

let local: DynamoLocal;
beforeAll(async () => {
  local = await startDynamoLocal();
}, 60_000);
afterAll(async () => {
  await local?.stop();
});

describe("localCpu on DynamoDB Local", () => {
  it("finds the writer thread and sees it work while items are loaded", async () => {
    expect(local.pid).toBeGreaterThan(0);
    const { doc, client } = localClients(local.endpoint);
    try {
      const target = localTarget(doc);
      const { model, design } = benchModel();
      await target.createTable(createTableInput(model, design, "cpu-check"));
      const before = localCpu(local.pid);
      expect(before).not.toBeNull();
      const items = [...generateItems(model, { items: 2000, seed: 3 })].flatMap((x) => physicalItems(design, x));
      await loadItems(target, "cpu-check", items);
      const used = cpuSince(before, localCpu(local.pid));
      expect(used?.writerMs).toBeGreaterThan(0);
      // The writer is one of DynamoDB Local's threads: never more than the whole process.
      expect(used?.totalMs).toBeGreaterThanOrEqual(used?.writerMs ?? Infinity);
    } finally {
      client.destroy();
    }
  });

  it("gives no reading for a process that does not exist", () => {
    expect(localCpu(undefined)).toBeNull();
    expect(localCpu(2 ** 22 + 12345)).toBeNull();
  });
});
