"use client";
import { CONSTANT_OPERATORS, OPERATORS, formatPath, type AccessPattern, type AttributeType, type Entity, type Model } from "@/lib/model";
import { updatePattern, whereFromList, whereList, type WhereEntry } from "@/lib/model/edit";
import { modeOf, operatorOf, valuesOf, withOperator, withValue, type Mode } from "./conditions";
import { FieldProblems, SelectField, TextField } from "./fields";
import type { ProblemIndex } from "./problems";
import { useEdit } from "./useEdit";

interface Props {
  pattern: AccessPattern;
  index: number;
  entities: ReadonlyArray<Entity>;
  problems: ProblemIndex;
}

/**
 * A pattern's `where`, one line per condition: attribute, run time or constant, operator,
 * and the constant's value (two for between). Every change is computed from the document
 * the store hands over, never from what was rendered, so coalesced keystrokes stay exact.
 */
export function WhereEditor({ pattern, index, entities, problems }: Props) {
  const { edit, endEdit } = useEdit();
  const entries = whereList(pattern.where);
  const attributes = attributesOf(pattern, entities);
  const typeOf = (name: string): AttributeType | undefined => attributes.find((a) => a.name === name)?.type;
  const at = `accessPatterns[${index}].where`;
  const of = (n: number) => `condition ${n + 1} of access pattern ${pattern.id}`;

  /** Apply `change` to condition `n` of the pattern as it is in `m`. */
  const changeEntry = (m: Model, n: number, change: (e: WhereEntry) => WhereEntry | null): Model => {
    const list = whereList(m.accessPatterns[index]?.where);
    const current = list[n];
    if (!current) return m;
    const next = change(current);
    const updated = next ? list.map((e, i) => (i === n ? next : e)) : list.filter((_, i) => i !== n);
    return updatePattern(m, index, { where: whereFromList(updated) });
  };

  const used = new Set(entries.map((e) => e.attribute));
  const free = attributes.filter((a) => !used.has(a.name));

  return (
    <div className="where-editor">
      {entries.map((entry, n) => {
        const mode = modeOf(entry.condition);
        const op = operatorOf(entry.condition);
        const [low, high] = valuesOf(entry.condition);
        const path = formatPath(["accessPatterns", index, "where", entry.attribute]);
        return (
          <div key={n} className="where-line">
            <SelectField
              label={`Attribute of ${of(n)}`}
              value={entry.attribute}
              // The attributes not used by another condition: a `where` names each once.
              options={attributes.filter((a) => a.name === entry.attribute || !used.has(a.name)).map((a) => a.name)}
              onPick={(name) => name && edit(null, (m) => changeEntry(m, n, (e) => ({ ...e, attribute: name })))}
            />
            <SelectField
              label={`Value kind of ${of(n)}`}
              value={mode}
              options={[{ value: "run time", label: "run time" }, { value: "constant", label: "constant" }] as Array<{ value: Mode; label: string }>}
              onPick={(next) =>
                next && edit(null, (m) => changeEntry(m, n, (e) => ({ ...e, condition: withOperator(e.condition, next, next === "constant" && (op === "exists" || op === "notExists") ? "eq" : op, typeOf(e.attribute)) })))
              }
            />
            <SelectField
              label={`Operator of ${of(n)}`}
              value={op}
              options={mode === "constant" ? CONSTANT_OPERATORS : OPERATORS}
              onPick={(next) => next && edit(null, (m) => changeEntry(m, n, (e) => ({ ...e, condition: withOperator(e.condition, modeOf(e.condition), next, typeOf(e.attribute)) })))}
            />
            {mode === "constant" && (
              <TextField
                label={`Value of ${of(n)}`}
                value={low}
                size={10}
                onText={(t) => edit(`${path}#0`, (m) => changeEntry(m, n, (e) => ({ ...e, condition: withValue(e.condition, 0, t, typeOf(e.attribute)) })))}
                onDone={endEdit}
              />
            )}
            {mode === "constant" && op === "between" && (
              <TextField
                label={`Upper value of ${of(n)}`}
                value={high}
                size={10}
                onText={(t) => edit(`${path}#1`, (m) => changeEntry(m, n, (e) => ({ ...e, condition: withValue(e.condition, 1, t, typeOf(e.attribute)) })))}
                onDone={endEdit}
              />
            )}
            <button type="button" aria-label={`Remove ${of(n)}`} onClick={() => edit(null, (m) => changeEntry(m, n, () => null))}>
              ✕
            </button>
            <FieldProblems id={`${path}-problems`} problems={problems.under(path)} />
          </div>
        );
      })}
      <FieldProblems id={`${at}-problems`} problems={problems.at(at)} />
      <button
        type="button"
        aria-label={`Add condition to access pattern ${pattern.id}`}
        disabled={free.length === 0}
        onClick={() =>
          edit(null, (m) => {
            const list = whereList(m.accessPatterns[index]?.where);
            const taken = new Set(list.map((e) => e.attribute));
            const name = attributes.find((a) => !taken.has(a.name))?.name;
            return name ? updatePattern(m, index, { where: whereFromList([...list, { attribute: name, condition: "eq" }]) }) : m;
          })
        }
      >
        + condition
      </button>
    </div>
  );
}

/** The attributes a pattern can name: those of its (first) entity; R7 checks the others have them too. */
function attributesOf(pattern: AccessPattern, entities: ReadonlyArray<Entity>) {
  const first = typeof pattern.entity === "string" ? pattern.entity : Array.isArray(pattern.entity) ? pattern.entity[0] : undefined;
  return entities.find((e) => e.name === first)?.attributes ?? [];
}
