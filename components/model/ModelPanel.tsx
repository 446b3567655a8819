import type { Model } from "@/lib/model";
import { useReadOnly } from "@/components/workbench/readOnly";
import { AccessPatternTable } from "./AccessPatternTable";
import { EntityCard } from "./EntityCard";
import { ModelEditor } from "./edit/ModelEditor";
import { TableSettingsSummary } from "./TableSettingsSummary";

/** The Model tab: the editor for the user's own model; a shared model is shown read-only. */
export function ModelPanel({ model }: { model: Model }) {
  const readOnly = useReadOnly();
  if (!readOnly) return <ModelEditor model={model} />;
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
