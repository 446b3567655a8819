/**
 * A model full of hostile names (testing/hostile.ts) exports cleanly in every format, each
 * checked by a real reader of that language, and every name stays exact:
 * - TypeScript (data-access module, stream consumer), ElectroDB and the CDK app type-check
 *   with tsc --strict; ElectroDB builds the entities, each hostile attribute as its `field`;
 *   the CDK stack synthesizes;
 * - every request the generated module builds names attributes only through
 *   ExpressionAttributeNames (no name text inside an expression), and the module's reads
 *   return what verify's oracle expects on DynamoDB Local;
 * - CloudFormation YAML parses with the yaml package (and as JSON), Terraform with
 *   HashiCorp's HCL parser, the IAM policy as JSON; the names read back exactly;
 * - NoSQL Workbench round-trips through the importer with every name;
 * - the Markdown holds no raw HTML from a name, and reads back every name.
 * hostile-property.test.ts throws arbitrary names at every format's syntax.
 */
import { parse as parseHcl } from "@cdktf/hcl2json";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { designModel } from "../design";
import { parseModel } from "../model";
import { physicalItems } from "../run/items";
import { loadItems } from "../run/loader";
import { localClients, startDynamoLocal, type DynamoLocal } from "../run/local";
import { createTableInput } from "../run/table";
import { localTarget } from "../run/target";
import { chooseBindings } from "../run/verify/bindings";
import { compareResult } from "../run/verify/compare";
import { oracle } from "../run/verify/oracle";
import { ModelTypes, type EntityItem } from "../run/verify/values";
import { generateItems } from "../simulate";
import { exportModel } from "./index";
import { importNoSqlWorkbench } from "./nosql-import";
import { writeInputs, type GeneratedModule } from "./testing/examples";
import { load, typecheck, workspace, writeFiles } from "./testing/generated";
import { readMarkdown, unescapeMarkdown } from "./testing/markdown-read";
import { HOSTILE, HOSTILE_INCLUDE, HOSTILE_MODEL_JSON, HOSTILE_VALUES, hostileIncludeModel, hostileModel } from "./testing/hostile";
import type { ExportFile, ExportFormat } from "./types";

const model = hostileModel();
const design = designModel(model);
const files = (format: ExportFormat, options = {}): ExportFile[] => exportModel(model, format, options, design).files;
const text = (format: ExportFormat, path?: string, options = {}): string => {
  const all = files(format, options);
  const f = path ? all.find((x) => x.path === path) : all[0];
  if (!f) throw new Error(`${format}: no ${path ?? "file"}`);
  return f.content;
};
const NAMES = Object.values(HOSTILE);

/** An expression with its #names, :values, functions, keywords, numbers and punctuation removed: what is left was written inline. */
function inlineText(expression: string): string {
  return expression
    .replace(/#[A-Za-z0-9_]+|:[A-Za-z0-9_]+/g, " ")
    .replace(/\b(attribute_exists|attribute_not_exists|attribute_type|begins_with|contains|size|if_not_exists|list_append|AND|OR|NOT|BETWEEN|IN|SET|ADD|REMOVE|DELETE)\b/g, " ")
    .replace(/\b\d+\b/g, " ")
    .replace(/[()=<>,.+\-[\]\s]/g, "");
}

/** Every DynamoDB request object inside a value (requests, transactions, batches). */
function expressionsOf(request: unknown, out: Array<{ expression: string; names: Record<string, string> }> = []): typeof out {
  if (Array.isArray(request)) for (const x of request) expressionsOf(x, out);
  else if (request && typeof request === "object") {
    const r = request as Record<string, unknown>;
    const names = (r["ExpressionAttributeNames"] ?? {}) as Record<string, string>;
    for (const key of ["KeyConditionExpression", "FilterExpression", "ConditionExpression", "UpdateExpression", "ProjectionExpression"]) {
      if (typeof r[key] === "string") out.push({ expression: r[key] as string, names });
    }
    for (const v of Object.values(r)) if (v && typeof v === "object") expressionsOf(v, out);
  }
  return out;
}

describe("a model full of hostile names", () => {
  it("is a valid model that holds every hostile name", () => {
    const attributes = new Set(model.entities.flatMap((e) => e.attributes.map((a) => a.name)));
    for (const n of NAMES) expect(attributes.has(n), n).toBe(true);
    expect(design.accessPatterns.every((p) => p.served)).toBe(true);
    expect(model.name).toBe(HOSTILE_MODEL_JSON.name);
  });

  it("TypeScript, the stream consumer, ElectroDB and the CDK app type-check with tsc --strict", async () => {
    const dir = workspace("tablewright-hostile-");
    const ts1 = files("typescript").map((f) => ({ ...f, path: `ts/${f.path}` }));
    const electro = files("electrodb").map((f) => ({ ...f, path: `electrodb/${f.path}` }));
    writeFiles(dir, [...ts1, ...electro]);
    expect(ts1.map((f) => f.path)).toContain("ts/stream-consumer.ts");
    // The enum's values become a union of string literals, each written exactly.
    const module = ts1.find((f) => f.path === "ts/data-access.ts")?.content ?? "";
    for (const v of HOSTILE_VALUES) expect(module, v).toContain(JSON.stringify(v));
    expect(await typecheck(dir, [...ts1, ...electro].map((f) => f.path))).toBe("");
    const cdkDir = workspace("tablewright-hostile-cdk-");
    writeFiles(cdkDir, files("cdk"));
    expect(await typecheck(cdkDir, ["bin/app.ts", "lib/table-stack.ts"], { module: "commonjs", moduleResolution: "node" })).toBe("");
    // And it synthesizes: the template's table carries the hostile TTL attribute exactly.
    const className = /export class (\w+) extends/.exec(text("cdk", "lib/table-stack.ts"))?.[1] ?? "";
    writeFiles(cdkDir, [{
      path: "synth.ts",
      content: [
        'import * as cdk from "aws-cdk-lib";',
        'import { Template } from "aws-cdk-lib/assertions";',
        `import { ${className} } from "./lib/table-stack";`,
        `export const resources = Template.fromStack(new ${className}(new cdk.App(), "Hostile")).toJSON().Resources;`,
      ].join("\n"),
    }]);
    const { resources } = await load<{ resources: Record<string, { Type: string; Properties: Record<string, unknown> }> }>(cdkDir, "synth.ts");
    const table = Object.values(resources).find((r) => r.Type === "AWS::DynamoDB::Table");
    expect((table?.Properties["TimeToLiveSpecification"] as { AttributeName: string }).AttributeName).toBe(HOSTILE.ttl);
  }, 600_000);

  it("the generated module names every attribute through ExpressionAttributeNames", async () => {
    const dir = workspace("tablewright-hostile-");
    writeFiles(dir, files("typescript"));
    const mod = await load<GeneratedModule>(dir, "data-access.ts");
    const types = new ModelTypes(model);
    const items = [...generateItems(model, { items: 60, seed: 5 })];
    const used = new Set<string>();
    let expressions = 0;
    for (const p of design.accessPatterns) {
      const entry = mod.ACCESS_PATTERNS[p.id];
      expect(entry, p.id).toBeDefined();
      const requests: unknown[] = [];
      if (p.kind === "get" || p.kind === "query" || p.kind === "scan") {
        for (const { binding } of chooseBindings(types, p.pattern, items, 1).slice(0, 3)) requests.push(entry?.requests?.(binding));
      } else {
        const own = items.filter((x) => x.entity === p.entities[0]);
        requests.push(entry?.request?.(writeInputs(design, p.id, own[0]?.item ?? {}, own[1]?.item ?? {}).generated));
      }
      for (const { expression, names } of expressionsOf(requests)) {
        expect(inlineText(expression), `${p.id}: ${expression}`).toBe("");
        for (const placeholder of expression.match(/#[A-Za-z0-9_]+/g) ?? []) expect(names[placeholder], `${p.id} ${placeholder}`).toBeDefined();
        for (const n of Object.values(names)) used.add(n);
        expressions++;
      }
    }
    expect(expressions).toBeGreaterThan(8);
    // The hostile names the patterns touch reach DynamoDB exactly, as ExpressionAttributeNames values.
    for (const n of [HOSTILE.proto, HOSTILE.toString, HOSTILE.ctor, HOSTILE.script, HOSTILE.version]) expect(used.has(n), n).toBe(true);
  }, 120_000);

  describe("on DynamoDB Local", () => {
    let local: DynamoLocal;
    let clients: ReturnType<typeof localClients>;
    beforeAll(async () => {
      local = await startDynamoLocal();
      clients = localClients(local.endpoint);
    }, 120_000);
    afterAll(async () => {
      clients?.client.destroy();
      await local?.stop();
    });

    it("every read function returns what verify's oracle expects", async () => {
      const dir = workspace("tablewright-hostile-");
      writeFiles(dir, files("typescript"));
      const mod = await load<GeneratedModule>(dir, "data-access.ts");
      const tableName = "export-hostile-names";
      const target = localTarget(clients.doc);
      await target.createTable(createTableInput(model, design, tableName));
      const items = [...generateItems(model, { items: 300, seed: 3 })];
      await loadItems(target, tableName, items.flatMap((x) => physicalItems(design, x)));
      const types = new ModelTypes(model);
      const db = { client: clients.doc, tableName };
      let checked = 0;
      for (const p of design.accessPatterns) {
        if (p.kind !== "get" && p.kind !== "query" && p.kind !== "scan") continue;
        for (const { binding } of chooseBindings(types, p.pattern, items, 1)) {
          // The SDK's unmarshall drops an attribute named __proto__ on reads (the export's notes say so).
          const expected = oracle(types, p.pattern, items, binding).map((x) => ({ ...x, item: withoutProto(x.item) }));
          const out = await mod.ACCESS_PATTERNS[p.id]?.run(db, binding);
          const list = p.operation === "GetItem" ? (out === undefined ? [] : [out]) : (out as { items: unknown[] }).items;
          const got: EntityItem[] = list.map((x) => ({ entity: p.entities[0] ?? "", item: x as Record<string, unknown> }));
          expect(compareResult(types, p.pattern, expected, got), `${p.id} ${JSON.stringify(binding)} ${JSON.stringify(expected.slice(0, 3))} GOT ${JSON.stringify(got.slice(0, 3))}`).toEqual([]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(5);
      expect(exportModel(model, "typescript", {}, design).notes.some((n) => n.includes("__proto__ is written"))).toBe(true);
      // A write with every hostile name goes through and reads back exactly.
      const created = items.find((x) => x.entity === "Constructor")?.item ?? {};
      const fresh: Record<string, unknown> = { ...created, [HOSTILE.order]: "fresh-order", [HOSTILE.proto]: "p", [HOSTILE.toString]: "t" };
      await mod.ACCESS_PATTERNS["valueOf"]?.run(db, { item: fresh });
      const read = (await mod.ACCESS_PATTERNS["constructor"]?.run(db, { [HOSTILE.tenant]: fresh[HOSTILE.tenant], [HOSTILE.created]: [fresh[HOSTILE.created], fresh[HOSTILE.created]] })) as { items: Array<Record<string, unknown>> };
      const back = read.items.find((x) => x[HOSTILE.order] === "fresh-order");
      expect(back?.[HOSTILE.toString]).toBe("t");
      expect(back?.[HOSTILE.ctor]).toBe(fresh[HOSTILE.ctor]);
      expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    }, 600_000);
  });

  it("ElectroDB builds every entity, each hostile attribute as its exact field", async () => {
    const dir = workspace("tablewright-hostile-");
    writeFiles(dir, files("electrodb"));
    const mod = await load<Record<string, () => { schema: { attributes: Record<string, { field?: string | null }> } }>>(dir, "entities.ts");
    const { notes } = exportModel(model, "electrodb", {}, design);
    for (const e of model.entities) {
      const entity = mod[`${e.name}Entity`]?.();
      // An attribute declared without `field` is stored under its own name.
      const fields = new Set(Object.entries(entity?.schema.attributes ?? {}).map(([name, a]) => a.field ?? name));
      for (const a of e.attributes) {
        // ElectroDB refuses fields named like Object.prototype members: left out, and said so.
        if (a.name in Object.prototype) expect(notes.some((n) => n.startsWith(`${e.name}.${a.name}: ElectroDB refuses`)), a.name).toBe(true);
        else expect(fields.has(a.name), `${e.name}.${a.name}`).toBe(true);
      }
      expect(Object.keys(entity?.schema.attributes ?? {}).length).toBeGreaterThan(3);
    }
  }, 120_000);

  it("CloudFormation: YAML (yaml package) and JSON parse, with the names exact", () => {
    for (const doc of [parseYaml(text("cloudformation")) as Record<string, unknown>, JSON.parse(text("cloudformation", "template.json", { cloudFormationJson: true })) as Record<string, unknown>]) {
      const table = (doc["Resources"] as Record<string, { Properties: Record<string, unknown> }>)["Table"]?.Properties ?? {};
      expect((table["TimeToLiveSpecification"] as { AttributeName: string }).AttributeName).toBe(HOSTILE.ttl);
      expect(String(doc["Description"])).toContain(model.name);
    }
    // YAML 1.1 readers too: every string is double-quoted, so no indicator or `: ` can change a value.
    expect(parseYaml(text("cloudformation"), { version: "1.1" })).toEqual(parseYaml(text("cloudformation")));
  });

  it("Terraform parses with HashiCorp's HCL parser; the names are exact", async () => {
    const hcl = (await parseHcl("main.tf", text("terraform"))) as { resource: Record<string, Record<string, Array<Record<string, unknown>>>> };
    const table = hcl.resource["aws_dynamodb_table"]?.["table"]?.[0] ?? {};
    const ttl = (table["ttl"] as Array<{ attribute_name: string }>)[0]?.attribute_name ?? "";
    // hcl2json keeps template escapes as written ($${ stays $${); Terraform reads them as literal ${.
    expect(ttl).toBe(hclEscaped(HOSTILE.ttl));
  });

  it("Terraform: a name that is not NFC (HCL would normalize it) reads back exactly through jsondecode", async () => {
    const ttl = "expire\u0301s ${at} \u212b"; // e + combining acute; the Angstrom sign (NFC: Å)
    expect(ttl).not.toBe(ttl.normalize("NFC"));
    const json = JSON.parse(JSON.stringify(HOSTILE_MODEL_JSON).split(JSON.stringify(HOSTILE.ttl).slice(1, -1)).join(JSON.stringify(ttl).slice(1, -1))) as unknown;
    const parsed = parseModel(json);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
    const tf = exportModel(parsed.model, "terraform").files[0]?.content ?? "";
    const hcl = (await parseHcl("main.tf", tf)) as { resource: Record<string, Record<string, Array<Record<string, unknown>>>> };
    const table = hcl.resource["aws_dynamodb_table"]?.["table"]?.[0] ?? {};
    const expression = (table["ttl"] as Array<{ attribute_name: string }>)[0]?.attribute_name ?? "";
    // hcl2json gives an expression as "${…}"; evaluate jsondecode("…") the way Terraform does.
    const literal = /^\$\{jsondecode\((".*")\)\}$/.exec(expression)?.[1] ?? "";
    expect(literal).toMatch(/^"[\x20-\x7e]*"$/);
    // The HCL literal: backslash escapes as in JSON, template sequences doubled ($${ is a literal ${).
    const hclValue = (JSON.parse(literal) as string).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
    expect(JSON.parse(hclValue)).toBe(ttl);
  });

  it("an INCLUDE projection of hostile names is exact in CloudFormation (YAML, JSON), Terraform and the synthesized CDK stack", async () => {
    const m = hostileIncludeModel();
    const d = designModel(m);
    const want = [...HOSTILE_INCLUDE, d.table.typeAttribute];
    const gsi1 = (p: Record<string, unknown>) => (p["GlobalSecondaryIndexes"] as Array<Record<string, unknown>>).find((g) => g["IndexName"] === "GSI1") ?? {};
    const yamlDoc = parseYaml(exportModel(m, "cloudformation", {}, d).files[0]?.content ?? "") as { Resources: { Table: { Properties: Record<string, unknown> } } };
    const jsonDoc = JSON.parse(exportModel(m, "cloudformation", { cloudFormationJson: true }, d).files[0]?.content ?? "") as typeof yamlDoc;
    for (const doc of [yamlDoc, jsonDoc]) expect(gsi1(doc.Resources.Table.Properties)["Projection"]).toEqual({ ProjectionType: "INCLUDE", NonKeyAttributes: want });
    const hcl = (await parseHcl("main.tf", exportModel(m, "terraform", {}, d).files[0]?.content ?? "")) as { resource: Record<string, Record<string, Array<Record<string, unknown>>>> };
    const gsis = hcl.resource["aws_dynamodb_table"]?.["table"]?.[0]?.["global_secondary_index"] as Array<Record<string, unknown>>;
    expect(gsis.find((g) => g["name"] === "GSI1")?.["non_key_attributes"]).toEqual(want.map(hclEscaped));
    const dir = workspace("tablewright-hostile-cdk-");
    const cdk = exportModel(m, "cdk", {}, d).files;
    writeFiles(dir, cdk);
    const className = /export class (\w+) extends/.exec(cdk.find((f) => f.path === "lib/table-stack.ts")?.content ?? "")?.[1] ?? "";
    writeFiles(dir, [{ path: "synth.ts", content: `import * as cdk from "aws-cdk-lib";\nimport { Template } from "aws-cdk-lib/assertions";\nimport { ${className} } from "./lib/table-stack";\nexport const resources = Template.fromStack(new ${className}(new cdk.App(), "H")).toJSON().Resources;\n` }]);
    const { resources } = await load<{ resources: Record<string, { Type: string; Properties: Record<string, unknown> }> }>(dir, "synth.ts");
    const table = Object.values(resources).find((r) => r.Type === "AWS::DynamoDB::Table");
    expect(gsi1(table?.Properties ?? {})["Projection"]).toEqual({ ProjectionType: "INCLUDE", NonKeyAttributes: want });
  }, 120_000);

  it("the IAM policy is JSON, least privilege, with no wildcard action", () => {
    for (const tenantIsolation of [false, true]) {
      const policy = JSON.parse(text("iam", undefined, { tenantIsolation })) as { Statement: Array<{ Action: string[]; Resource: string | string[] }> };
      expect(policy.Statement.length).toBeGreaterThan(0);
      for (const s of policy.Statement) for (const a of s.Action) expect(a).toMatch(/^dynamodb:[A-Za-z]+$/);
    }
  });

  it("NoSQL Workbench: JSON that imports back with every name and the design's keys", () => {
    const json = text("nosql-workbench");
    JSON.parse(json);
    const back = importNoSqlWorkbench(json);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const names = new Set(back.model.entities.flatMap((e) => e.attributes.map((a) => a.name)));
    for (const n of NAMES) expect(names.has(n), n).toBe(true);
    const again = designModel(back.model);
    expect(again.table.partitionKey).toEqual(design.table.partitionKey);
    expect(again.table.indexes.map((i) => i.name)).toEqual(design.table.indexes.map((i) => i.name));
    // A second trip changes nothing.
    expect(exportModel(back.model, "nosql-workbench", {}, again).files[0]?.content).toBe(json);
  });

  it("Markdown: no raw HTML from a name, every name readable", () => {
    const md = text("markdown");
    const { prose, code } = readMarkdown(md);
    expect(prose).not.toMatch(/[<>]/);
    const shown = unescapeMarkdown(prose);
    for (const p of model.accessPatterns) expect(shown, p.name).toContain(p.name.replace(/\r\n?|\n/g, " "));
    // A line break would end a table row or heading: it shows as a space.
    expect(shown).toContain(model.name.replace(/\r\n?|\n/g, " "));
    expect(shown).toContain(model.description?.replace(/\n/g, " "));
    // Names in code spans are literal: each key template shows every attribute exactly.
    for (const n of [HOSTILE.tenant, HOSTILE.order, HOSTILE.created, HOSTILE.status]) expect(code.some((c) => c.includes(n)), n).toBe(true);
  });
});

/** A string as hcl2json reports it: template sequences escaped, `${` as `$${` and `%{` as `%%{` (literal to Terraform). */
function hclEscaped(s: string): string {
  return s.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

function withoutProto(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (k !== "__proto__") out[k] = v;
  return out;
}
