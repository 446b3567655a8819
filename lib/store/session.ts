import { create } from "zustand";
import type { Problem } from "@/lib/model";

export const TABS = ["Model", "Design", "Query", "Partitions", "Cost", "Export", "Run"] as const;
export type Tab = (typeof TABS)[number];

/** A file or example that could not be opened, with every problem found in it. */
export interface OpenFailure {
  source: string;
  problems: Problem[];
}

interface SessionState {
  tab: Tab;
  failure: OpenFailure | null;
  recoveryProblems: Problem[] | null;
  setTab: (tab: Tab) => void;
  setFailure: (failure: OpenFailure | null) => void;
  setRecoveryProblems: (problems: Problem[] | null) => void;
}

/** The session store: what the user is looking at. Not persisted, not undoable. */
export const useSession = create<SessionState>()((set) => ({
  tab: "Model",
  failure: null,
  recoveryProblems: null,
  setTab: (tab) => set({ tab }),
  setFailure: (failure) => set({ failure }),
  setRecoveryProblems: (recoveryProblems) => set({ recoveryProblems }),
}));
