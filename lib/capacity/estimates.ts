/** What is an estimate, said plainly (issue #5): shown by the CLI and both tabs. */
import { PRICES_CHECKED } from "../dynamo/prices";
import type { MonthlyCost } from "./cost";
import type { Capacity } from "./types";

export function capacityEstimates(c: Capacity): string[] {
  const measured = c.profiles.filter((p) => p.source === "measured");
  return [
    measured.length > 0
      ? `Item sizes are measured on ${measured.reduce((s, p) => s + p.samples, 0)} sample items (${measured.length} of ${c.profiles.length} entities), exact by DynamoDB's size rules; the samples come from the seeded generator, so they are as good as its guesses.`
      : "Item sizes are estimates from the declared types, sizes, enums and generators (optional attributes counted 70% of the time), with the physical keys the design adds.",
    "Result sizes assume the conditions of a pattern are independent; a range condition's selectivity is unknown and taken as the whole key value, up to the limit.",
    `Load per key value is exact for the model's counts and rps under the ${c.options.distribution} distribution of children per parent; real traffic is never that regular.`,
    "The partition count is the classic estimate max(ceil(RCU/3,000 + WCU/1,000), ceil(GB/10)), with the capacity the table keeps (twice the load on demand, load ÷ 0.7 provisioned); DynamoDB's real split points, hash and adaptive capacity are not published.",
    "The partition picture is illustrative: stand-in key values on a hash of our own; only how lumpy the load is carries over to DynamoDB.",
    `Transactions: the table's units are doubled; index writes are counted ${c.options.transactionIndexFactor}× (AWS and DynamoDB Local disagree).`,
  ];
}

export function costEstimates(cost: MonthlyCost): string[] {
  const out = [
    `Prices are us-east-1 list prices checked on ${PRICES_CHECKED}; provisioned rates and Standard-IA request prices come from secondary sources.`,
    "The model's rps are priced as steady averages for a whole month (730 hours). For spiky traffic on-demand costs less than shown, and provisioned needs more headroom.",
    `Provisioned assumes auto-scaling keeps consumed capacity at ${Math.round(cost.options.utilization * 100)}% of provisioned, never below ${cost.options.floor} unit${cost.options.floor === 1 ? "" : "s"} per table and index; real auto-scaling lags sudden rises.`,
    "Not included: the free tier (25 GB and 25 RCU/WCU per account), reserved capacity (up to 54% / 77% off provisioned Standard), data transfer, DAX, exports and restores.",
  ];
  if (cost.options.replicas > 1) {
    out.push(`Global Tables: every Region is priced at ${cost.region} rates; cross-Region replication traffic is not included${cost.options.multiRegion === "strong" ? "; MRSC is billed like MREC here, with a witness Region not billed" : ""}.`);
  }
  if (cost.extras.streams.enabled) out.push(cost.options.streamConsumer === "lambda" ? "Streams are read by Lambda, which AWS does not bill for stream reads." : "Stream reads assume one GetRecords per change record (an upper bound: a request returns up to 1,000 records).");
  return out;
}
