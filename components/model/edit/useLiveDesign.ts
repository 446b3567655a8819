"use client";
import { useEffect, useRef, useState } from "react";
import { createDesignMemo, designModelMemo } from "@/lib/design";
import type { Model } from "@/lib/model";
import { liveSummary, type LiveSummary } from "./liveRows";

type Reply = { seq: number; summary: LiveSummary } | { seq: number; error: string };

/**
 * The Live design of `model`, computed in a Web Worker: typing stays responsive while the
 * engine runs. At most one model is in flight; edits made meanwhile are coalesced into the
 * latest, so the view never falls behind a fast typist. Where workers are unavailable the
 * design is computed here, after the render.
 */
export function useLiveDesign(model: Model): { summary: LiveSummary | null; stale: boolean; error: string | null } {
  const [state, setState] = useState<{ summary: LiveSummary | null; model: Model | null; error: string | null }>({ summary: null, model: null, error: null });
  const worker = useRef<Worker | null>(null);
  const inFlight = useRef<{ seq: number; model: Model } | null>(null);
  const pending = useRef<Model | null>(null);
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
        setState("error" in reply ? { summary: null, model: sent.model, error: reply.error } : { summary: reply.summary, model: sent.model, error: null });
      }
      const next = pending.current;
      pending.current = null;
      if (next) post(next);
    };
    const post = (m: Model) => {
      const s = ++seq.current;
      inFlight.current = { seq: s, model: m };
      w.postMessage({ seq: s, model: m });
    };
    // The model current at mount, or any edit made before the worker existed.
    const first = pending.current;
    pending.current = null;
    if (first) post(first);
    return () => {
      w.terminate();
      worker.current = null;
      inFlight.current = null;
    };
  }, []);

  useEffect(() => {
    const w = worker.current;
    if (typeof Worker === "undefined") {
      setState({ summary: liveSummary(designModelMemo(model, memo.current)), model, error: null });
      return;
    }
    if (!w || inFlight.current) {
      pending.current = model;
      return;
    }
    const s = ++seq.current;
    inFlight.current = { seq: s, model };
    w.postMessage({ seq: s, model });
  }, [model]);

  return { summary: state.summary, stale: state.model !== model, error: state.error };
}
