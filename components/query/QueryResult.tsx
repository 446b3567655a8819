import type { Model } from "@/lib/model";
import type { ReadRequest } from "@/lib/design";
import type { ReadRun } from "@/lib/run/verify/execute";

/** The request as sent (per shard), what came back, the pages and the read units it cost. */
export function QueryResult({ model, requests, run }: { model: Model; requests: ReadRequest[]; run: ReadRun }) {
  const order = new Map(model.entities.map((e) => [e.name, e.attributes.map((a) => a.name)]));
  return (
    <div className="query-result">
      <section aria-label="Request">
        <h3>Request{requests.length > 1 ? `s (${requests.length} shards, merged in order)` : ""}</h3>
        {requests.map((r, i) => (
          <pre key={i} className="request">
            {JSON.stringify(requestView(r), replacer, 2)}
          </pre>
        ))}
      </section>
      <p className="stats">
        <span>
          {run.items.length} {run.items.length === 1 ? "item" : "items"}
        </span>
        <span>
          {run.pages} {run.pages === 1 ? "page" : "pages"}
        </span>
        <span>
          Consumed read units: <output>{run.consumedReadUnits}</output>
        </span>
      </p>
      <div className="scroll-x">
        <table aria-label="Query result" className="grid">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Entity</th>
              <th scope="col">Item</th>
            </tr>
          </thead>
          <tbody>
            {run.items.map((x, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                <td>{x.entity}</td>
                <td className="attributes">
                  {(order.get(x.entity) ?? Object.keys(x.item))
                    .filter((a) => Object.hasOwn(x.item, a))
                    .map((a) => `${a}: ${show(x.item[a])}`)
                    .join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function requestView(r: ReadRequest): Record<string, unknown> {
  const { operation, ...rest } = r;
  return { operation, ...rest };
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return `<binary ${value.length} bytes>`;
  if (value instanceof Set) return [...value];
  return value;
}

function show(value: unknown): string {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (value instanceof Set) return `{${[...value].join(", ")}}`;
  return typeof value === "string" ? value : JSON.stringify(value);
}
