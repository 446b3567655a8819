/** The unit prices a cost used, flat, with their sources: for `cost --json` and the Cost tab. */
import type { RegionPrices, TableClass, UnitPrice } from "../dynamo/prices";

export interface PriceLine extends UnitPrice {
  name: string;
}

export function priceList(p: RegionPrices, tableClass: TableClass): PriceLine[] {
  const c = p.classes[tableClass];
  const other = p.classes[tableClass === "standard" ? "standardInfrequentAccess" : "standard"];
  const label = tableClass === "standard" ? "Standard" : "Standard-IA";
  const otherLabel = tableClass === "standard" ? "Standard-IA" : "Standard";
  return [
    { name: `On-demand writes (${label})`, ...c.writeRequestUnitsPerMillion },
    { name: `On-demand reads (${label})`, ...c.readRequestUnitsPerMillion },
    { name: `Provisioned WCU (${label})`, ...c.writeCapacityUnitHour },
    { name: `Provisioned RCU (${label})`, ...c.readCapacityUnitHour },
    { name: `Storage (${label})`, ...c.storageGbMonth },
    { name: `Storage (${otherLabel})`, ...other.storageGbMonth },
    { name: "Streams reads", ...p.streamReadRequestUnitsPer100k },
    { name: "Point-in-time recovery", ...p.pointInTimeRecoveryGbMonth },
    { name: "On-demand backup", ...p.backupGbMonth },
    { name: "Restore", ...p.restoreGb },
  ];
}
