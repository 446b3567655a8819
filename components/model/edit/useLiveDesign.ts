"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { createDesignMemo, designKey, designModelMemo } from "@/lib/design";
import type { Model } from "@/lib/model";
import { liveSummary, relabelSummary, type LiveSummary } from "./liveRows";

type Reply = { seq: number; summary: LiveSummary } | { seq: number; error: string };
type Sent = { seq: number; model: Model; key: string };

/**
 * The Live design of `model`, computed in a Web Worker: typing stays responsive while the
 * engine runs. At most one model is in flight; edits made meanwhile are coalesced into the
 * latest, so the view never falls behind a fast typist. Where workers are unavailable the
 * design is computed here, after the render.
 *
 * An edit that changes only access-pattern names (typing in a name) has the same designKey
 * as the last design, whose summary is then relabelled during this render: no worker round
 * trip, so the name shows in the same frame as the keystroke.
 */
export function useLiveDesign(model: Model): { summary: LiveSummary | null; stale: boolean; error: string | null } {
  const [state, setState] = useState<{ summary: LiveSummary | null; model: Model | null; key: string | null; error: string | null }>({ summary: null, model: null, key: null, error: null });
  const key = useMemo(() => designKey(model), [model]);
  const worker = useRef<Worker | null>(null);
  const inFlight = useRef<Sent | null>(null);
  const pending = useRef<{ model: Model; key: string } | null>(null);
  const seq = useRef(0);
  const memo = useRef(createDesignMemo());

  useEffect(() => {
    if (typeof Worker === "undefined") return;
    const w = new Worker(new URL("./design.worker.ts", import.meta.url));
    worker.current = w;
    w.onmessage = (event: MessageEvent<Reply>) => {
      const sent = inFlight.current;
      inFlight.current = null;
      const reply = event.data;
      if (sent && sent.seq === reply.seq) {
        setState("error" in reply ? { summary: null, model: sent.model, key: null, error: reply.error } : { summary: reply.summary, model: sent.model, key: sent.key, error: null });
      }
      const next = pending.current;
      pending.current = null;
      if (next) post(next.model, next.key);
    };
    const post = (m: Model, k: string) => {
      const s = ++seq.current;
      inFlight.current = { seq: s, model: m, key: k };
      w.postMessage({ seq: s, model: m });
    };
    // The model current at mount, or any edit made before the worker existed.
    const first = pending.current;
    pending.current = null;
    if (first) post(first.model, first.key);
    return () => {
      w.terminate();
      worker.current = null;
      inFlight.current = null;
    };
  }, []);

  useEffect(() => {
    const w = worker.current;
    if (typeof Worker === "undefined") {
      setState({ summary: liveSummary(designModelMemo(model, memo.current)), model, key, error: null });
      return;
    }
    // Only names changed since the last design: relabelled below, nothing to compute.
    if (key === state.key && !inFlight.current) return;
    if (!w || inFlight.current) {
      pending.current = { model, key };
      return;
    }
    const s = ++seq.current;
    inFlight.current = { seq: s, model, key };
    w.postMessage({ seq: s, model });
  }, [model, key, state.key]);

  const relabelled = state.summary && state.key === key && state.model !== model ? relabelSummary(state.summary, model) : null;
  return { summary: relabelled ?? state.summary, stale: relabelled === null && state.model !== model, error: state.error };
}
