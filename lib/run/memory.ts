/** The in-memory target: a fresh simulator (lib/simulate/dynamo) behind the Target interface. */
import { MemoryDynamo } from "@/lib/simulate/dynamo";
import { memoryTarget, type Target } from "./target";

export function newMemoryTarget(): Target {
  return memoryTarget(new MemoryDynamo());
}
