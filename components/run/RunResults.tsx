import type { RunEvent } from "@/lib/run/server/session";
import { WriteScenarios } from "./WriteScenarios";

type Result = Extract<RunEvent, { type: "result" }>;

/** Pass or fail per pattern on DynamoDB, beside the simulator's numbers; then the write scenarios. */
export function RunResults({ result }: { result: Result }) {
  const { dynamodb, memory } = result;
  const simulated = new Map(memory.accessPatterns.map((p) => [p.id, p]));
  const passed = dynamodb.passed && memory.passed;
  return (
    <section aria-label="Verify results">
      <h2 className={passed ? "" : "not-served"}>
        {passed ? `Verified: every pattern holds on DynamoDB (${result.endpoint}) and on the simulator` : "Verify found problems"}
      </h2>
      <p className="muted">
        {dynamodb.load.written} items loaded into <code>{dynamodb.table}</code> ({dynamodb.items} entity items, seed {String(dynamodb.seed)}).
      </p>
      {[...dynamodb.problems, ...memory.problems].map((p, i) => (
        <p key={i} className="inline-error">
          {p}
        </p>
      ))}
      <div className="scroll-x">
        <table aria-label="Read patterns verified" className="grid">
          <thead>
            <tr>
              <th scope="col">Access pattern</th>
              <th scope="col">Result</th>
              <th scope="col">Bindings</th>
              <th scope="col">Pages</th>
              <th scope="col">Read units (DynamoDB)</th>
              <th scope="col">Read units (simulator)</th>
              <th scope="col">Same results</th>
            </tr>
          </thead>
          <tbody>
            {dynamodb.accessPatterns.map((p) => {
              const sim = simulated.get(p.id);
              const ok = p.failures.length === 0 && p.passed === p.bindings;
              return (
                <tr key={p.id} className={ok ? undefined : "unserved"}>
                  <td>
                    <code>{p.id}</code>
                  </td>
                  <td>{ok ? "pass" : `fail: ${p.failures[0]?.problems[0] ?? ""}`}</td>
                  <td>
                    {p.passed}/{p.bindings}
                  </td>
                  <td>{p.pages}</td>
                  <td>{p.consumedReadUnits}</td>
                  <td>{sim?.consumedReadUnits ?? "–"}</td>
                  <td>{sim && sim.resultDigest === p.resultDigest && sim.pages === p.pages ? "yes" : "no"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <WriteScenarios dynamodb={dynamodb.writes} memory={memory.writes} />
    </section>
  );
}
