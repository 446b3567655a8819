/**
 * Provisioned capacity in the infrastructure exports comes from lib/capacity: the table's
 * and every GSI's ReadCapacityUnits / WriteCapacityUnits in CloudFormation, the synthesized
 * CDK stack and Terraform are exactly the units lib/capacity recommends (monthlyCost's
 * targets, the Cost tab's figures), for every example switched to provisioned billing, a
 * pinned design with an LSI, and a provisioned Global Table (read capacity per Region).
 */
import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { capacityOf, monthlyCost } from "../capacity";
import { designModel } from "../design";
import { parseModel, type Model } from "../model";
import { cdkFiles } from "./cdk";
import { cloudFormationTemplate } from "./cloudformation";
import { terraformText } from "./terraform";
import { EXAMPLES, example } from "./testing/examples";
import { load, workspace, writeFiles } from "./testing/generated";
import { ordersWithLocalIndex } from "./testing/models";

type Units = { read: number; write: number };

/** What lib/capacity recommends, per table (null) and GSI, computed here independently of the exporters. */
function recommended(model: Model): Map<string | null, Units> {
  const cost = monthlyCost(capacityOf(model, designModel(model)));
  return new Map(cost.targets.map((t) => [t.index, { read: t.readCapacityUnits, write: t.writeCapacityUnits }]));
}

function provisioned(model: Model, replicas?: string[]): Model {
  const parsed = parseModel({ ...model, table: { ...model.table, billing: "provisioned", ...(replicas ? { replicas } : {}) } });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  return parsed.model;
}

const cases: Array<[string, Model]> = [
  ...EXAMPLES.map((name): [string, Model] => [name, provisioned(example(name))]),
  ["orders with a local index", ordersWithLocalIndex()],
];

type Props = Record<string, unknown> & { GlobalSecondaryIndexes?: Array<Record<string, unknown>> };
const throughput = (x: unknown): Units => {
  const t = x as { ReadCapacityUnits: number; WriteCapacityUnits: number };
  return { read: t.ReadCapacityUnits, write: t.WriteCapacityUnits };
};
const minWrite = (x: unknown) => (x as { WriteCapacityAutoScalingSettings: { MinCapacity: number } }).WriteCapacityAutoScalingSettings.MinCapacity;

/**
 * The units a CloudFormation table declares, per table (null) and GSI: ProvisionedThroughput
 * of an AWS::DynamoDB::Table; for an AWS::DynamoDB::GlobalTable, each replica's read units
 * (all replicas must agree) and the auto-scaled write minimum.
 */
function declared(type: string, p: Props): Map<string | null, Units> {
  const out = new Map<string | null, Units>();
  if (type === "AWS::DynamoDB::Table") {
    out.set(null, throughput(p["ProvisionedThroughput"]));
    for (const g of p.GlobalSecondaryIndexes ?? []) out.set(String(g["IndexName"]), throughput(g["ProvisionedThroughput"]));
    return out;
  }
  const replicas = p["Replicas"] as Array<Record<string, unknown>>;
  const reads = (r: Record<string, unknown>, index: string | null) => index === null
    ? (r["ReadProvisionedThroughputSettings"] as { ReadCapacityUnits: number }).ReadCapacityUnits
    : ((r["GlobalSecondaryIndexes"] as Array<Record<string, unknown>>).find((g) => g["IndexName"] === index)?.["ReadProvisionedThroughputSettings"] as { ReadCapacityUnits: number }).ReadCapacityUnits;
  const read = (index: string | null) => {
    const all = new Set(replicas.map((r) => reads(r, index)));
    expect(all.size).toBe(1);
    return [...all][0] as number;
  };
  out.set(null, { read: read(null), write: minWrite(p["WriteProvisionedThroughputSettings"]) });
  for (const g of p.GlobalSecondaryIndexes ?? []) out.set(String(g["IndexName"]), { read: read(String(g["IndexName"])), write: minWrite(g["WriteProvisionedThroughputSettings"]) });
  return out;
}

describe("provisioned capacity comes from lib/capacity", () => {
  it("the examples under load need more than the 1-unit floor somewhere (the comparison is not trivial)", () => {
    const all = cases.flatMap(([, m]) => [...recommended(m).values()]);
    expect(all.some((u) => u.read > 1)).toBe(true);
    expect(all.some((u) => u.write > 1)).toBe(true);
  });

  for (const [label, model] of cases) {
    it(`${label}: CloudFormation and Terraform declare lib/capacity's units`, async () => {
      const design = designModel(model);
      const want = recommended(model);
      const t = (cloudFormationTemplate(model, design)["Resources"] as Record<string, { Type: string; Properties: Props }>)["Table"] as { Type: string; Properties: Props };
      expect(t.Properties["BillingMode"]).toBe("PROVISIONED");
      expect(declared(t.Type, t.Properties)).toEqual(want);

      const hcl = (await parse("main.tf", terraformText(model, design))) as { resource: Record<string, Record<string, unknown>> };
      const table = ([] as Array<Record<string, unknown>>).concat(hcl.resource["aws_dynamodb_table"]?.["table"] as never)[0] ?? {};
      expect({ read: table["read_capacity"], write: table["write_capacity"] }).toEqual(want.get(null));
      for (const g of ([] as Array<Record<string, unknown>>).concat((table["global_secondary_index"] as never) ?? [])) {
        expect({ read: g["read_capacity"], write: g["write_capacity"] }, String(g["name"])).toEqual(want.get(String(g["name"])));
      }
    });
  }

  it("the synthesized CDK stacks declare lib/capacity's units", async () => {
    const dir = workspace("tablewright-cdk-capacity-");
    const picked = cases.filter(([label]) => ["ecommerce-orders", "multi-tenant-payments", "orders with a local index"].includes(label) || label === "saas-teams");
    for (const [label, model] of picked) {
      const files = cdkFiles(model, designModel(model));
      const className = /export class (\w+) extends/.exec(files.find((f) => f.path === "lib/table-stack.ts")?.content ?? "")?.[1] ?? "";
      const folder = label.replace(/\W/g, "-");
      writeFiles(dir, files.map((f) => ({ ...f, path: `${folder}/${f.path}` })));
      const region = model.table?.replicas?.[0];
      const env = region ? `{ env: { region: ${JSON.stringify(region)}, account: "123456789012" } }` : "{}";
      writeFiles(dir, [{
        path: `${folder}/synth.ts`,
        content: [
          'import * as cdk from "aws-cdk-lib";',
          'import { Template } from "aws-cdk-lib/assertions";',
          `import { ${className} } from "./lib/table-stack";`,
          `export const resources = Template.fromStack(new ${className}(new cdk.App(), "S", ${env})).toJSON().Resources;`,
        ].join("\n"),
      }]);
      const { resources } = await load<{ resources: Record<string, { Type: string; Properties: Props }> }>(dir, `${folder}/synth.ts`);
      const table = Object.values(resources).find((r) => r.Type.startsWith("AWS::DynamoDB::"));
      expect(declared(table?.Type ?? "", table?.Properties ?? {}), label).toEqual(recommended(model));
    }
  }, 300_000);

  it("a provisioned Global Table: read capacity per Region and write capacity from lib/capacity", () => {
    const model = provisioned(example("saas-teams"), ["us-east-1", "eu-west-1", "ap-southeast-2"]);
    const want = recommended(model);
    const cost = monthlyCost(capacityOf(model, designModel(model)));
    expect(cost.options.replicas).toBe(3);
    const t = (cloudFormationTemplate(model, designModel(model))["Resources"] as Record<string, { Type: string; Properties: Props }>)["Table"] as { Type: string; Properties: Props };
    expect(t.Type).toBe("AWS::DynamoDB::GlobalTable");
    expect((t.Properties["Replicas"] as unknown[]).length).toBe(3);
    expect(declared(t.Type, t.Properties)).toEqual(want);
    // Reads are spread over the Regions: each replica keeps a third of the single-Region units (rounded up).
    const single = recommended(provisioned(example("saas-teams")));
    expect(want.get(null)?.read).toBeLessThanOrEqual(single.get(null)?.read ?? 0);
  });
});
