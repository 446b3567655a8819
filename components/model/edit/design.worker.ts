/// <reference lib="webworker" />
/**
 * The key-design engine off the main thread for the Live design: on a large model a design
 * takes tens of milliseconds, which would otherwise stall typing. Pure lib/design, no DOM.
 */
import { designModel } from "@/lib/design";
import type { Model } from "@/lib/model";
import { liveSummary } from "./liveRows";

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ seq: number; model: Model }>) => {
  const { seq, model } = event.data;
  try {
    self.postMessage({ seq, summary: liveSummary(designModel(model)) });
  } catch (error) {
    self.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
};
