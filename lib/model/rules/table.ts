/** R16: table settings that refer to the model (ttlAttribute) or to each other (replicas, witness). */
import { arr, obj, str, strings, type RuleContext } from "./context";

export function checkTable(ctx: RuleContext): void {
  const table = obj(ctx.root, "table");
  if (!table) return;
  const p = ctx.problems;
  const path = ["table"];

  const ttl = str(table, "ttlAttribute");
  if (ttl !== undefined) {
    const declared = ctx.entityList.flatMap((e) => {
      const a = e.attributes.get(ttl);
      return a ? [{ entity: e.name, type: a.type }] : [];
    });
    if (declared.length === 0) {
      p.error([...path, "ttlAttribute"], `expected a number attribute (epoch seconds) of at least one entity, found ${JSON.stringify(ttl)}, which no entity declares`, "R16");
    } else if (!declared.some((d) => d.type === "number")) {
      const where = declared.map((d) => `${d.type ?? "?"} on ${d.entity}`).join(", ");
      p.error([...path, "ttlAttribute"], `expected a number attribute (epoch seconds), found ${JSON.stringify(ttl)} declared as ${where}`, "R16");
    }
  }

  const replicasRaw = arr(table, "replicas");
  const replicas = strings(table, "replicas");
  if (replicasRaw !== undefined) {
    if (replicasRaw.length < 2) p.error([...path, "replicas"], `expected at least 2 replica Regions, found ${replicasRaw.length}`, "R16");
    const seen = new Set<string>();
    for (const { name, index } of replicas) {
      if (seen.has(name)) p.error([...path, "replicas", index], `Region ${JSON.stringify(name)} is listed twice; replicas must be distinct`, "R16");
      seen.add(name);
    }
  }

  const consistency = str(table, "multiRegionConsistency");
  if (Object.hasOwn(table, "multiRegionConsistency") && replicasRaw === undefined) {
    p.error([...path, "multiRegionConsistency"], "multiRegionConsistency applies only to a table with replicas", "R16");
  }

  const witness = str(table, "witness");
  if (witness !== undefined) {
    const at = [...path, "witness"];
    if (consistency !== "strong") {
      p.error(at, `a witness is only for strong multi-Region consistency (multiRegionConsistency "strong"), found ${consistency === undefined ? "none" : JSON.stringify(consistency)}`, "R16");
    } else if (replicasRaw?.length !== 2) {
      p.error(at, `a witness needs exactly 2 replicas, found ${replicasRaw?.length ?? 0}`, "R16");
    } else if (replicas.some((r) => r.name === witness)) {
      p.error(at, `the witness must be a Region other than the replicas, found ${JSON.stringify(witness)}, which is a replica`, "R16");
    }
  } else if (consistency === "strong" && replicasRaw?.length === 2) {
    p.warning([...path, "multiRegionConsistency"], "strong multi-Region consistency spans three Regions: with 2 replicas, add a witness", "R16");
  }
  if (consistency === "strong" && replicasRaw !== undefined && replicasRaw.length > 3) {
    p.warning([...path, "replicas"], `strong multi-Region consistency spans exactly three Regions, found ${replicasRaw.length} replicas`, "R16");
  }
}
