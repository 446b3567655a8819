import { SCENARIO_INVARIANTS, type WriteReport } from "@/lib/run/verify/write-report";

const keyOf = (w: WriteReport) => `${w.id}\u0000${w.scenario}\u0000${w.attribute ?? ""}`;

function verdict(w: WriteReport | undefined): string {
  if (!w) return "–";
  if (w.skipped) return `skipped: ${w.skipped}`;
  return w.invariantHeld ? `held (${w.succeeded} of ${w.attempts} written)` : `broken: ${w.problems.join("; ")}`;
}

/**
 * The write scenarios of verify (docs/verify.md, "Write scenarios"), each with the
 * invariant it checks and whether it held on DynamoDB and on the simulator. Races differ
 * between targets in their counts; the invariant must hold on both.
 */
export function WriteScenarios({ dynamodb, memory }: { dynamodb: WriteReport[]; memory: WriteReport[] }) {
  if (dynamodb.length === 0 && memory.length === 0) return <p className="muted">No write scenarios apply: the model has no write pattern with a condition or a unique value.</p>;
  const simulated = new Map(memory.map((w) => [keyOf(w), w]));
  return (
    <div className="scroll-x">
      <table aria-label="Write scenarios" className="grid">
        <thead>
          <tr>
            <th scope="col">Write pattern</th>
            <th scope="col">Scenario</th>
            <th scope="col">Invariant</th>
            <th scope="col">DynamoDB</th>
            <th scope="col">Simulator</th>
          </tr>
        </thead>
        <tbody>
          {dynamodb.map((w) => {
            const sim = simulated.get(keyOf(w));
            const ok = w.invariantHeld && (sim?.invariantHeld ?? false);
            return (
              <tr key={keyOf(w)} className={ok ? undefined : "unserved"}>
                <td>
                  <code>{w.id}</code>
                </td>
                <td>
                  {w.scenario}
                  {w.attribute ? (
                    <>
                      {" "}
                      (<code>{w.attribute}</code>)
                    </>
                  ) : null}
                </td>
                <td>{SCENARIO_INVARIANTS[w.scenario]}</td>
                <td>{verdict(w)}</td>
                <td>{verdict(sim)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
