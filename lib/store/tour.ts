import { create } from "zustand";
import type { Tab } from "./session";

/** Set once the tour was finished or skipped: it is then never offered again. */
export const TOUR_KEY = "tablewright.tour";
/** The example the tour walks through (public/examples). */
export const TOUR_EXAMPLE = { file: "multi-tenant-payments.json", title: "Multi-tenant payments" };

export interface TourStep {
  tab: Tab;
  title: string;
  text: string;
}

export const TOUR_STEPS: TourStep[] = [
  {
    tab: "Model",
    title: "The model",
    text: "You describe what the application stores and asks, not the keys: entities with their attributes, and the access patterns, each with its kind (get, query, scan, put, update, delete), its conditions and its request rate. Everything else is derived from this.",
  },
  {
    tab: "Design",
    title: "The key design",
    text: "The engine proposes the table's keys and indexes, each entity's key templates, and for every access pattern the exact DynamoDB operation that serves it, or \"Not served\" with the reason. Findings point at hot keys, collisions and poor fits; each links to an explanation.",
  },
  {
    tab: "Query",
    title: "Query the sample data",
    text: "Pick a read pattern, give its parameters and run it against generated sample data in an in-memory DynamoDB: you see the request, the items it returns and the read units it consumed.",
  },
  {
    tab: "Partitions",
    title: "Partitions and hot keys",
    text: "At the model's request rates, how the load falls on partition key values: which keys run hot against DynamoDB's per-partition limits, and how many shards would spread them.",
  },
  {
    tab: "Cost",
    title: "Monthly cost",
    text: "What the table would cost a month on-demand and provisioned, per index and per pattern, with storage and extras, and the scale at which one mode becomes cheaper than the other.",
  },
  {
    tab: "Export",
    title: "Take it with you",
    text: "Export the design as TypeScript, CloudFormation, Terraform, CDK, an IAM policy, a NoSQL Workbench file, ElectroDB or Markdown. Use Library to keep several models, and Compare to review a change before you ship it.",
  },
];

export function tourDone(): boolean {
  try {
    return localStorage.getItem(TOUR_KEY) !== null;
  } catch {
    return true;
  }
}

function markDone(how: "finished" | "skipped"): void {
  try {
    localStorage.setItem(TOUR_KEY, how);
  } catch {
    // Storage blocked: the tour may be offered again next time, which is harmless.
  }
}

interface TourState {
  /** The current step, or null when the tour is not running. */
  step: number | null;
  begin: () => void;
  next: () => void;
  back: () => void;
  finish: () => void;
  skip: () => void;
}

/** Where the tour is: session state, not persisted (only the "done" flag is). */
export const useTour = create<TourState>()((set, get) => ({
  step: null,
  begin: () => set({ step: 0 }),
  next: () => {
    const step = get().step;
    if (step === null) return;
    if (step >= TOUR_STEPS.length - 1) get().finish();
    else set({ step: step + 1 });
  },
  back: () => set((s) => ({ step: s.step === null ? null : Math.max(0, s.step - 1) })),
  finish: () => {
    markDone("finished");
    set({ step: null });
  },
  skip: () => {
    markDone("skipped");
    set({ step: null });
  },
}));
