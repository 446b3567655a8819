import type { Tab } from "@/lib/store/session";

/**
 * What each later tab will hold. These tabs are laid out now so the layout and the
 * keyboard order stay stable; the text says plainly that the view is not built yet.
 */
const UPCOMING: Record<Exclude<Tab, "Model" | "Design">, string> = {
  Query: "Run any access pattern against seeded sample data on an exact in-memory DynamoDB, with pages and consumed read units.",
  Partitions: "Partition and key heat against the 3,000 RCU / 1,000 WCU / 10 GB per-partition limits, and write-sharding advice.",
  Cost: "Monthly cost, on-demand against provisioned, with GSI write amplification, table class, Global Tables and Streams.",
  Export: "TypeScript on @aws-sdk/lib-dynamodb, CloudFormation, Terraform, CDK, IAM, NoSQL Workbench JSON, ElectroDB and a Markdown design doc.",
  Run: "Create the table on DynamoDB Local, load the sample data and check every access pattern against what it means.",
};

export function UpcomingPanel({ tab }: { tab: Exclude<Tab, "Model" | "Design"> }) {
  return (
    <section aria-label={`${tab} view`} className="upcoming">
      <h2>{tab}</h2>
      <p>{UPCOMING[tab]}</p>
      <p className="muted">This view is not built yet. Until it is, the model can be checked from the command line with <code>./bin/tablewright validate MODEL</code>.</p>
    </section>
  );
}
