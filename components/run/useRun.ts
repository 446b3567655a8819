"use client";
import { useRef, useState } from "react";
import type { Model } from "@/lib/model";
import type { RunEvent } from "@/lib/run/server/session";

type ResultEvent = Extract<RunEvent, { type: "result" }>;

export interface RunState {
  running: boolean;
  phases: string[];
  load: { written: number; total: number } | null;
  result: ResultEvent | null;
  error: string | null;
}

const idle: RunState = { running: false, phases: [], load: null, result: null, error: null };

/** Posts the model to /api/run and follows its NDJSON progress lines. */
export function useRun(): { state: RunState; start: (model: Model, items: number) => Promise<void> } {
  const [state, setState] = useState<RunState>(idle);
  const busy = useRef(false);

  async function start(model: Model, items: number) {
    if (busy.current) return;
    busy.current = true;
    setState({ ...idle, running: true });
    const apply = (event: RunEvent) =>
      setState((s) => {
        switch (event.type) {
          case "phase":
            return { ...s, phases: [...s.phases, `${event.target === "memory" ? "Simulator" : "DynamoDB"}: ${event.message}`] };
          case "load":
            return event.target === "dynamodb" ? { ...s, load: { written: event.written, total: event.total } } : s;
          case "result":
            return { ...s, result: event };
          case "error":
            return { ...s, error: event.message };
        }
      });
    try {
      const response = await fetch("/api/run", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model, items }) });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { problems?: Array<{ path: string; message: string }> } | null;
        const problems = body?.problems?.map((p) => `${p.path}: ${p.message}`).join("; ");
        throw new Error(problems || `the server answered ${response.status}`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) if (line.trim()) apply(JSON.parse(line) as RunEvent);
      }
    } catch (error) {
      apply({ type: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      busy.current = false;
      setState((s) => ({ ...s, running: false }));
    }
  }
  return { state, start };
}
