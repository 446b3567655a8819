import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCapped } from "./body";
import { ALLOW_REMOTE_ENV, chooseEndpoint, ENDPOINT_ENV } from "./policy";
import { MAX_BODY_BYTES, parseRunRequest } from "./request";

const model = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "e2e", "fixtures", "library-model.json"), "utf8"));

describe("Run route: request bodies", () => {
  it("accepts a model with defaults for items and seed", () => {
    const parsed = parseRunRequest(JSON.stringify({ model }));
    expect(parsed.ok && parsed.request).toMatchObject({ items: 2000, seed: 1 });
  });

  it("refuses a body over the size limit before parsing it", () => {
    const parsed = parseRunRequest(JSON.stringify({ model, pad: "x".repeat(MAX_BODY_BYTES) }));
    expect(parsed).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses non-JSON, a bad item count, and an invalid model with its JSON path", () => {
    expect(parseRunRequest("{")).toMatchObject({ ok: false, status: 400 });
    const items = parseRunRequest(JSON.stringify({ model, items: 10_000_000 }));
    expect(items).toMatchObject({ ok: false, status: 400, problems: [{ path: "items" }] });
    const bad = parseRunRequest(JSON.stringify({ model: { ...model, name: "" } }));
    expect(bad).toMatchObject({ ok: false, status: 422, problems: [{ path: "model.name" }] });
  });
});

describe("Run route: endpoint policy", () => {
  it("starts DynamoDB Local when nothing is configured", () => {
    expect(chooseEndpoint(undefined, {})).toEqual({ kind: "local" });
  });

  it("allows a loopback endpoint from the request or the configuration", () => {
    expect(chooseEndpoint("http://127.0.0.1:8000", {})).toEqual({ kind: "endpoint", endpoint: "http://127.0.0.1:8000" });
    expect(chooseEndpoint(undefined, { [ENDPOINT_ENV]: "http://localhost:9000" })).toEqual({ kind: "endpoint", endpoint: "http://localhost:9000" });
  });

  it("refuses a remote endpoint unless the server allows it", () => {
    expect(chooseEndpoint("https://dynamodb.us-east-1.amazonaws.com", {}).kind).toBe("refused");
    expect(chooseEndpoint("https://dynamodb.us-east-1.amazonaws.com", { [ALLOW_REMOTE_ENV]: "1" }).kind).toBe("endpoint");
  });
});

describe("Run route: reading a capped body", () => {
  it("stops reading past the limit even without Content-Length", async () => {
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(1000));
        controller.close();
      },
    });
    const request = new Request("http://127.0.0.1/api/run", { method: "POST", body: big, duplex: "half" } as RequestInit);
    expect(await readCapped(request, 5000)).toEqual({ ok: false });
    const small = new Request("http://127.0.0.1/api/run", { method: "POST", body: "hello" });
    expect(await readCapped(small, 5000)).toEqual({ ok: true, text: "hello" });
  });
});
