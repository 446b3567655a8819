/**
 * The Terraform export, parsed by a real HCL parser (@cdktf/hcl2json, HashiCorp's HCL
 * library compiled to WebAssembly): the aws_dynamodb_table resource must say what the
 * design says (keys, attributes, every index with its projection) and carry the model's
 * table settings; Global Tables get one replica block per Region beyond the home Region;
 * a stream gets its event source mapping.
 */
import { parse } from "@cdktf/hcl2json";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designModel } from "../design";
import { tableSettings, type Model } from "../model";
import { hclString } from "./hcl";
import { terraformFiles, terraformText } from "./terraform";
import { EXAMPLES, example } from "./testing/examples";
import { ordersWithLocalIndex, strongGlobalTable } from "./testing/models";

type Block = Record<string, unknown>;
const one = (x: unknown): Block => (Array.isArray(x) ? x[0] : x) as Block;
const list = (x: unknown): Block[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]) as Block[];

async function parsed(model: Model, options = {}) {
  const text = terraformText(model, designModel(model), options);
  const json = (await parse("main.tf", text)) as { resource: Record<string, Record<string, unknown>>; variable?: Record<string, unknown>; output?: Record<string, unknown> };
  return { text, json, table: one(json.resource["aws_dynamodb_table"]?.["table"]) };
}

const projection = (p: string | { include: string[] }, typeAttribute: string) =>
  typeof p === "string" ? { projection_type: p } : { projection_type: "INCLUDE", non_key_attributes: p.include.includes(typeAttribute) ? p.include : [...p.include, typeAttribute] };

describe("the Terraform export", () => {
  const cases: Array<[string, () => Model]> = [
    ...EXAMPLES.map((name): [string, () => Model] => [name, () => example(name)]),
    ["orders with a local index", ordersWithLocalIndex],
    ["a strong-consistency Global Table with a witness", () => strongGlobalTable(example("saas-teams"))],
  ];
  for (const [label, make] of cases) {
    it(`${label}: parses as HCL, and the table resource is the design's table`, async () => {
      const model = make();
      const design = designModel(model);
      const { json, table } = await parsed(model);
      const t = design.table;
      const settings = tableSettings(model);
      expect(table["name"]).toBe(t.name);
      expect(table["hash_key"]).toBe(t.partitionKey.name);
      expect(table["range_key"]).toBe(t.sortKey?.name);
      const keys = [t.partitionKey, t.sortKey, ...t.indexes.flatMap((i) => [i.partitionKey, i.sortKey])].filter((k) => k !== undefined);
      expect(list(table["attribute"]).map((a) => `${String(a["name"])}:${String(a["type"])}`).sort()).toEqual([...new Set(keys.map((k) => `${k.name}:${k.type}`))].sort());
      const gsis = list(table["global_secondary_index"]);
      expect(gsis.map((g) => ({ name: g["name"], hash_key: g["hash_key"], range_key: g["range_key"], projection_type: g["projection_type"], ...(g["non_key_attributes"] ? { non_key_attributes: g["non_key_attributes"] } : {}) }))).toEqual(
        t.indexes.filter((i) => i.type === "global").map((i) => ({ name: i.name, hash_key: i.partitionKey.name, range_key: i.sortKey?.name, ...projection(i.projection, t.typeAttribute) })),
      );
      expect(list(table["local_secondary_index"]).map((g) => ({ name: g["name"], range_key: g["range_key"], projection_type: g["projection_type"], ...(g["non_key_attributes"] ? { non_key_attributes: g["non_key_attributes"] } : {}) }))).toEqual(
        t.indexes.filter((i) => i.type === "local").map((i) => ({ name: i.name, range_key: i.sortKey?.name, ...projection(i.projection, t.typeAttribute) })),
      );
      expect(table["billing_mode"]).toBe(settings.billing === "provisioned" ? "PROVISIONED" : "PAY_PER_REQUEST");
      if (settings.billing === "provisioned") {
        expect(table["read_capacity"]).toBeGreaterThan(0);
        for (const g of gsis) expect(g["write_capacity"]).toBeGreaterThan(0);
      }
      expect(one(table["ttl"])?.["attribute_name"]).toBe(settings.ttlAttribute);
      expect(one(table["point_in_time_recovery"])?.["enabled"] ?? false).toBe(settings.pointInTimeRecovery);
      expect(table["table_class"] ?? "STANDARD").toBe(settings.tableClass === "standard" ? "STANDARD" : "STANDARD_INFREQUENT_ACCESS");
      const replicas = list(table["replica"]);
      expect(replicas.map((r) => r["region_name"])).toEqual((settings.replicas ?? []).slice(1));
      if (settings.multiRegionConsistency === "strong") for (const r of replicas) expect(r["consistency_mode"]).toBe("STRONG");
      expect(one(table["global_table_witness"])?.["region_name"]).toBe(settings.witness);
      const mapping = one(json.resource["aws_lambda_event_source_mapping"]?.["stream_consumer"]);
      expect(mapping !== undefined).toBe(settings.stream !== "none");
      if (settings.stream !== "none") {
        expect(table["stream_enabled"]).toBe(true);
        expect(mapping).toMatchObject({
          event_source_arn: "${aws_dynamodb_table.table.stream_arn}", batch_size: 100, bisect_batch_on_function_error: true,
          function_response_types: ["ReportBatchItemFailures"],
        });
        expect(one(one(mapping["destination_config"])["on_failure"])["destination_arn"]).toBe("${aws_sqs_queue.stream_failures.arn}");
      }
    });
  }

  it("encryption: a customer managed key through a variable when asked", async () => {
    const { json, table } = await parsed(example("ecommerce-orders"), { encryption: "customerManaged" });
    expect(one(table["server_side_encryption"])).toEqual({ enabled: true, kms_key_arn: "${var.kms_key_arn}" });
    expect(json.variable?.["kms_key_arn"]).toBeDefined();
    expect((await parsed(example("ecommerce-orders"))).table["server_side_encryption"]).toBeUndefined();
  });

  // HCL normalizes every string to NFC (escapes too): text that is not NFC cannot be written exactly.
  it("property: any NFC text is a valid HCL string that reads back as itself (template sequences escaped)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary" }).filter((s) => s === s.normalize("NFC")), async (s) => {
        const json = (await parse("x.tf", `locals {\n  x = ${hclString(s)}\n}\n`)) as { locals: Array<{ x: string }> };
        expect(json.locals[0]?.x).toBe(s.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{"));
      }),
      { numRuns: 150, seed: 7 },
    );
  }, 120_000);

  it("template sequences in a name are escaped, never interpolated", async () => {
    expect(hclString("${var.secret} %{ if x }")).toBe('"$${var.secret} %%{ if x }"');
    for (const s of ["${var.secret}", "a ${b} %{ if c }d%{ endif }", "$${x}", "${", "%{"]) {
      const text = `locals {\n  x = ${hclString(s)}\n}\n`;
      const json = (await parse("x.tf", text)) as { locals: Array<{ x: string }> };
      // hcl2json keeps escapes as written: `$${` and `%%{` are literal `${` and `%{` to Terraform.
      expect(json.locals[0]?.x.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{")).toBe(s);
      expect(json.locals[0]?.x).toBe(s.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{"));
    }
  });

  it("is deterministic and one file", () => {
    const model = example("iot-telemetry");
    const a = terraformFiles(model, designModel(model));
    expect(a).toEqual(terraformFiles(model, designModel(model)));
    expect(a.map((f) => f.path)).toEqual(["main.tf"]);
  });
});
