/// <reference lib="webworker" />
/**
 * The key-design engine off the main thread for the Live design: on a large model a design
 * takes tens of milliseconds, which would otherwise stall typing. Pure lib/design, no DOM.
 */
import { createDesignMemo, designModelMemo } from "@/lib/design";
import type { Model } from "@/lib/model";
import { liveSummary } from "./liveRows";

declare const self: DedicatedWorkerGlobalScope;

/** The last design: typing a pattern's name relabels it instead of re-running the engine. */
const memo = createDesignMemo();

self.onmessage = (event: MessageEvent<{ seq: number; model: Model }>) => {
  const { seq, model } = event.data;
  try {
    self.postMessage({ seq, summary: liveSummary(designModelMemo(model, memo)) });
  } catch (error) {
    self.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
};
