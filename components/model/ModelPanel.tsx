import type { Model } from "@/lib/model";
import { AccessPatternTable } from "./AccessPatternTable";
import { EntityCard } from "./EntityCard";
import { TableSettingsSummary } from "./TableSettingsSummary";

/** The Model tab: what the user designs, entities and access patterns (read-only for now). */
export function ModelPanel({ model }: { model: Model }) {
  return (
    <div className="model">
      {model.description && <p className="lead">{model.description}</p>}
      <TableSettingsSummary model={model} />
      <h2>Access patterns ({model.accessPatterns.length})</h2>
      <AccessPatternTable patterns={model.accessPatterns} />
      <h2>Entities ({model.entities.length})</h2>
      <div className="entities">
        {model.entities.map((entity) => (
          <EntityCard key={entity.name} entity={entity} />
        ))}
      </div>
    </div>
  );
}
