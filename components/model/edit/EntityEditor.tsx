"use client";
import { memo } from "react";
import { ATTRIBUTE_TYPES, GENERATORS, type Attribute, type Entity } from "@/lib/model";
import {
  addAttribute, moveAttribute, moveEntity, removeAttribute, removeEntity, renameAttribute, renameEntity, updateAttribute, updateEntity,
} from "@/lib/model/edit";
import { CheckField, FieldProblems, SelectField, TextField, listFromText, numberFromText, textOfList, textOfNumber } from "./fields";
import type { ProblemIndex } from "./problems";
import { useEdit } from "./useEdit";

interface Props {
  entity: Entity;
  index: number;
  count: number;
  /** Names of every entity, for `ref`. */
  entityNames: ReadonlyArray<string>;
  problems: ProblemIndex;
}

/** One entity, editable: name (references follow), count, key and attributes. */
export const EntityEditor = memo(function EntityEditor({ entity, index, count, entityNames, problems }: Props) {
  const { edit, endEdit } = useEdit();
  const at = `entities[${index}]`;
  const name = entity.name;
  const key = Array.isArray(entity.key) ? entity.key : [];
  return (
    <section aria-label={`Entity ${name}`} className="entity">
      <div className="entity-head">
        <TextField
          label="Entity name"
          className="entity-name"
          value={name}
          problems={problems.under(`${at}.name`)}
          onText={(text) => edit(`${at}.name`, (m) => renameEntity(m, index, text))}
          onDone={endEdit}
        />
        <span className="row-actions">
          <button type="button" aria-label={`Move entity ${name} up`} disabled={index === 0} onClick={() => edit(null, (m) => moveEntity(m, index, index - 1))}>↑</button>
          <button type="button" aria-label={`Move entity ${name} down`} disabled={index === count - 1} onClick={() => edit(null, (m) => moveEntity(m, index, index + 1))}>↓</button>
          <button type="button" aria-label={`Remove entity ${name}`} onClick={() => edit(null, (m) => removeEntity(m, index))}>Remove</button>
        </span>
      </div>
      <FieldProblems id={`${at}-problems`} problems={problems.at(at)} />
      <div className="entity-fields">
        <label className="field">
          Items expected
          <TextField
            label={`Count of ${name}`}
            value={textOfNumber(entity.count)}
            placeholder="1000"
            size={10}
            problems={problems.under(`${at}.count`)}
            onText={(text) => edit(`${at}.count`, (m) => updateEntity(m, index, { count: numberFromText(text) }))}
            onDone={endEdit}
          />
        </label>
        <label className="field">
          Key (in order)
          <TextField
            label={`Key of ${name}`}
            value={textOfList(entity.key)}
            problems={problems.under(`${at}.key`)}
            onText={(text) => edit(`${at}.key`, (m) => updateEntity(m, index, { key: listFromText(text) ?? [] }))}
            onDone={endEdit}
          />
        </label>
        <label className="field">
          Notes
          <TextField
            label={`Notes of ${name}`}
            value={typeof entity.notes === "string" ? entity.notes : ""}
            problems={problems.under(`${at}.notes`)}
            onText={(text) => edit(`${at}.notes`, (m) => updateEntity(m, index, { notes: text === "" ? undefined : text }))}
            onDone={endEdit}
          />
        </label>
      </div>
      <div className="scroll-x">
        <table aria-label={`Attributes of ${name}`} className="grid attributes-editor">
          <thead>
            <tr>
              {["Attribute", "Type", "Key", "Optional", "Unique", "Ref", "Gen", "Values", "Min", "Max", "Size", ""].map((h, i) => (
                <th key={i} scope="col">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entity.attributes.map((attribute, a) => (
              <AttributeRow
                key={a}
                entity={index}
                entityName={name}
                attribute={attribute}
                index={a}
                count={entity.attributes.length}
                inKey={key.includes(attribute.name)}
                entityNames={entityNames}
                problems={problems}
              />
            ))}
          </tbody>
        </table>
      </div>
      <FieldProblems id={`${at}-attributes-problems`} problems={problems.at(`${at}.attributes`)} />
      <button type="button" aria-label={`Add attribute to ${name}`} onClick={() => edit(null, (m) => addAttribute(m, index))}>
        Add attribute
      </button>
    </section>
  );
});

interface RowProps {
  entity: number;
  entityName: string;
  attribute: Attribute;
  index: number;
  count: number;
  inKey: boolean;
  entityNames: ReadonlyArray<string>;
  problems: ProblemIndex;
}

function AttributeRow({ entity, entityName, attribute, index, count, inKey, entityNames, problems }: RowProps) {
  const { edit, endEdit } = useEdit();
  const at = `entities[${entity}].attributes[${index}]`;
  const a = attribute.name;
  const of = `of attribute ${a} of ${entityName}`;
  /** Text fields pass their path (keystrokes coalesce); selects and checkboxes pass null (one step each). */
  const set = (field: string, value: unknown, key: string | null = null) => edit(key, (m) => updateAttribute(m, entity, index, { [field]: value }));
  const text = (field: keyof Attribute, toValue: (t: string) => unknown, label: string, value: string, size = 6) => (
    <td>
      <TextField label={`${label} ${of}`} value={value} size={size} problems={problems.under(`${at}.${field}`)} onText={(t) => set(field, toValue(t), `${at}.${field}`)} onDone={endEdit} />
    </td>
  );
  return (
    <tr>
      <td>
        <TextField
          label={`Name ${of}`}
          value={a}
          size={14}
          problems={[...problems.at(at), ...problems.under(`${at}.name`)]}
          onText={(t) => edit(`${at}.name`, (m) => renameAttribute(m, entity, index, t))}
          onDone={endEdit}
        />
      </td>
      <td>
        <SelectField label={`Type ${of}`} value={String(attribute.type ?? "")} options={ATTRIBUTE_TYPES} problems={problems.under(`${at}.type`)} onPick={(v) => set("type", v)} />
      </td>
      <td>
        <CheckField
          label={`Key ${of}`}
          checked={inKey}
          onToggle={(on) =>
            edit(null, (m) => {
              const e = m.entities[entity];
              if (!e) return m;
              const key = Array.isArray(e.key) ? e.key : [];
              // A new key attribute goes last: the key's order is the user's (R3).
              return updateEntity(m, entity, { key: on ? [...key.filter((k) => k !== a), a] : key.filter((k) => k !== a) });
            })
          }
        />
      </td>
      <td>
        <CheckField label={`Optional ${of}`} checked={attribute.optional === true} problems={problems.under(`${at}.optional`)} onToggle={(on) => set("optional", on ? true : undefined)} />
      </td>
      <td>
        <CheckField label={`Unique ${of}`} checked={attribute.unique === true} problems={problems.under(`${at}.unique`)} onToggle={(on) => set("unique", on ? true : undefined)} />
      </td>
      <td>
        <SelectField label={`Ref ${of}`} value={typeof attribute.ref === "string" ? attribute.ref : ""} options={[...entityNames]} blank="—" problems={problems.under(`${at}.ref`)} onPick={(v) => set("ref", v === "" ? undefined : v)} />
      </td>
      <td>
        <SelectField label={`Gen ${of}`} value={typeof attribute.gen === "string" ? attribute.gen : ""} options={GENERATORS} blank="default" problems={problems.under(`${at}.gen`)} onPick={(v) => set("gen", v === "" ? undefined : v)} />
      </td>
      {text("values", listFromText, "Values", textOfList(attribute.values), 14)}
      {text("min", numberFromText, "Min", textOfNumber(attribute.min))}
      {text("max", numberFromText, "Max", textOfNumber(attribute.max))}
      {text("size", numberFromText, "Size", textOfNumber(attribute.size))}
      <td className="row-actions">
        <button type="button" aria-label={`Move attribute ${a} of ${entityName} up`} disabled={index === 0} onClick={() => edit(null, (m) => moveAttribute(m, entity, index, index - 1))}>↑</button>
        <button type="button" aria-label={`Move attribute ${a} of ${entityName} down`} disabled={index === count - 1} onClick={() => edit(null, (m) => moveAttribute(m, entity, index, index + 1))}>↓</button>
        <button type="button" aria-label={`Remove attribute ${a} of ${entityName}`} onClick={() => edit(null, (m) => removeAttribute(m, entity, index))}>✕</button>
      </td>
    </tr>
  );
}
