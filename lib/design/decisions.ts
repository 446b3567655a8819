/**
 * The Design tab's list of choices: naming, each entity's table layout, each index and
 * what it serves, sharding, uniqueness items. Each says the technique and why.
 */
import type { Facts } from "./facts";
import { templatesOn, type Layout } from "./layout";
import type { GroupLoad } from "./load";
import type { ReadMapping } from "./reads";
import { placeholders, textOf } from "./template";
import { fmt, listSome, listWords } from "./text";
import type { Technique } from "./techniques";
import type { Decision } from "./types";

export function decisionsOf(facts: Facts, layout: Layout, reads: ReadMapping[], groups: GroupLoad[], pinned: boolean): Decision[] {
  const out: Decision[] = [];
  const order = facts.order;
  const t = layout.table;
  const gsis = layout.indexes.filter((i) => i.kind === "global").length;
  out.push({
    subject: "naming", techniques: ["generic-key-names", "typed-prefix"],
    explanation: `${pinned ? "The pinned design uses" : "Generic key names"} ${t.pk.name}${t.sk ? `/${t.sk.name}` : ""}${gsis > 0 ? ", GSI1PK/GSI1SK…" : ""}: keys mean different things per entity, told apart by typed prefixes, so one table and a few indexes serve every entity. Every item carries ${layout.typeAttribute} (its entity name).`,
  });
  for (const e of facts.list) {
    const tpl = layout.templates.get(e.name)?.get(null);
    if (!tpl) continue;
    const pkText = textOf(tpl.pk), skText = textOf(tpl.sk ?? []);
    const mates = templatesOn(layout, null, order).filter((x) => x.entity !== e.name && textOf(x.pk) === pkText).map((x) => x.entity);
    const own = placeholders(tpl.sk).length === 0;
    const tech: Technique[] = ["typed-prefix"];
    let why: string;
    if (own) {
      tech.push("singleton-item");
      why = `${e.name} is the item at ${pkText} / ${skText}: its whole key is the partition key, and the constant sort key makes it the metadata item of its own collection${mates.length ? ` (which also holds ${listWords(mates)})` : ""}.`;
    } else {
      why = `${e.name} lives at ${pkText} / ${skText}: ${placeholders(tpl.pk).join(", ")} in the partition key, the rest of its key in the sort key${mates.length ? `, so it joins the item collection of ${listWords(mates)} and can be read with them in one Query` : ", so one partition holds them sorted by key"}.`;
    }
    if (mates.length > 0) tech.push("item-collection");
    out.push({ subject: "entity", entity: e.name, index: null, techniques: tech, explanation: why });
  }
  for (const s of layout.indexes) {
    const users = templatesOn(layout, s.name, order);
    const served = reads.filter((m) => m.plan?.index === s.name).map((m) => m.req.id);
    const tech: Technique[] = [];
    if (users.length > 1) tech.push("gsi-overloading");
    if (users.some((u) => u.when.length > 0)) tech.push("sparse-index");
    if (s.kind === "local") tech.push("local-secondary-index");
    const layouts = users.map((u) => `${u.entity}: ${textOf(u.pk)} / ${textOf(u.sk ?? [])}${u.when.length ? ` (only where ${u.when.map((c) => `${c.attr} ${c.op}${c.value !== undefined ? ` ${JSON.stringify(c.value)}` : ""}`).join(", ")})` : ""}`);
    const kind = s.kind === "local" ? "local secondary index (strongly consistent reads on another sort key of the table's partition)" : "global secondary index";
    out.push({
      subject: "index", index: s.name, techniques: tech,
      explanation: `${s.name}, a ${kind}, serves ${served.length ? listSome(served, 8) : "no pattern yet"}. ${layouts.slice(0, 8).join("; ")}${layouts.length > 8 ? `; and ${layouts.length - 8} more entities` : ""}.${users.length > 1 ? " Several entities share it (overloading), so fewer indexes carry the same patterns." : ""}`,
    });
  }
  for (const g of groups) {
    const shards = Math.max(1, ...g.templates.map((x) => x.shards));
    if (shards <= 1) continue;
    out.push({
      subject: "sharding", index: g.index, techniques: ["write-sharding"],
      explanation: `${g.index ?? "table"} key ${textOf(g.templates[0]?.pk ?? [])} takes about ${fmt(g.writeUnits)} write units/s on its busiest value: sharded ${shards} ways by a hash of the item's key (idempotent, even spread); ${listWords(g.readers) || "its reads"} fan out ${shards} Queries and merge in sort order.`,
    });
  }
  for (const e of facts.list) {
    if (e.uniqueAttrs.length === 0) continue;
    out.push({
      subject: "uniqueness", entity: e.name, techniques: ["uniqueness-item", "transaction"],
      explanation: `${listWords(e.uniqueAttrs)} of ${e.name} ${e.uniqueAttrs.length > 1 ? "are" : "is"} unique: each value is also an item (_UNIQUE#${e.prefix}#…) written in the same TransactWriteItems with attribute_not_exists, since DynamoDB enforces uniqueness only on primary keys.`,
    });
  }
  return out;
}
