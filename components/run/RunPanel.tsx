"use client";
import { useState } from "react";
import type { Model } from "@/lib/model";
import { RunResults } from "./RunResults";
import { useRun } from "./useRun";

/**
 * The Run tab: the proof. It creates the table on real DynamoDB Local (through the
 * server: the browser never holds credentials), loads the sample data, runs every access
 * pattern against what it means, and shows each result beside the simulator's.
 */
export function RunPanel({ model }: { model: Model }) {
  const [items, setItems] = useState(2000);
  const { state, start } = useRun();
  const percent = state.load && state.load.total > 0 ? Math.round((100 * state.load.written) / state.load.total) : 0;

  return (
    <div className="run">
      <p>
        Verify creates the table on DynamoDB Local, loads seeded sample data, runs every read pattern on several bindings
        and compares each result with what the pattern means; the same run on the in-memory simulator is shown beside it.
      </p>
      <form
        className="parameters"
        onSubmit={(event) => {
          event.preventDefault();
          void start(model, items);
        }}
      >
        <label>
          Items
          <input aria-label="Items" type="number" min={10} max={20000} step={10} value={items} onChange={(e) => setItems(Number(e.currentTarget.value) || 2000)} />
        </label>
        <button type="submit" className="primary" disabled={state.running}>
          {state.running ? "Running…" : "Run verify"}
        </button>
      </form>
      {(state.running || state.load) && (
        <p>
          <label>
            Loading sample data into DynamoDB{" "}
            <progress aria-label="Load progress" max={100} value={percent} /> {state.load ? `${state.load.written} of ${state.load.total}` : ""}
          </label>
        </p>
      )}
      <ul className="phases" aria-label="Run log" aria-live="polite">
        {state.phases.slice(-6).map((p, i) => (
          <li key={i} className="muted">
            {p}
          </li>
        ))}
      </ul>
      {state.error && (
        <p role="alert" className="inline-error">
          {state.error}
        </p>
      )}
      {state.result && <RunResults result={state.result} />}
    </div>
  );
}
