/** All findings of a design, in a fixed order: per family, then as each family found them. */
import type { Finding } from "../types";
import type { FindingContext } from "./context";
import { fitFindings } from "./fit";
import { heatFindings } from "./heat";
import { keyFindings } from "./keys";
import { servedFindings } from "./served";
import { updateFindings } from "./updates";

export type { FindingContext } from "./context";

export function collectFindings(ctx: FindingContext): Finding[] {
  return [...servedFindings(ctx), ...keyFindings(ctx), ...heatFindings(ctx), ...updateFindings(ctx), ...fitFindings(ctx)];
}
