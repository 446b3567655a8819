"use client";
import { useId, useState } from "react";
import type { Problem } from "@/lib/model";

interface Common {
  label: string;
  problems?: ReadonlyArray<Problem>;
  className?: string;
}

/** Messages at a field, tied to it with aria-describedby; the text is lib/model's, as the CLI prints it. */
export function FieldProblems({ id, problems }: { id: string; problems?: ReadonlyArray<Problem> }) {
  if (!problems?.length) return null;
  return (
    <span id={id} className="inline-error" role="alert">
      {problems.map((p, i) => (
        <span key={i} className="field-problem">
          {p.message}
        </span>
      ))}
    </span>
  );
}

/**
 * A text input that keeps exactly what the user types while it has focus (so "1." or
 * "a, " are not reformatted under the cursor) and commits on every keystroke; it shows the
 * document's value again once it loses focus.
 */
export function TextField({
  label, value, onText, onDone, problems, className, placeholder, size,
}: Common & { value: string; onText: (text: string) => void; onDone: () => void; placeholder?: string; size?: number }) {
  const [typing, setTyping] = useState<string | null>(null);
  const errorId = useId();
  const invalid = !!problems?.length;
  return (
    <span className={`edit-field ${className ?? ""}`}>
      <input
        type="text"
        aria-label={label}
        value={typing ?? value}
        size={size}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onFocus={() => setTyping(value)}
        onChange={(e) => {
          setTyping(e.target.value);
          onText(e.target.value);
        }}
        onBlur={() => {
          setTyping(null);
          onDone();
        }}
      />
      <FieldProblems id={errorId} problems={problems} />
    </span>
  );
}

export function SelectField<T extends string>({
  label, value, options, onPick, problems, className, blank,
}: Common & { value: string; options: ReadonlyArray<T | { value: T; label: string }>; onPick: (value: T | "") => void; blank?: string }) {
  const errorId = useId();
  const invalid = !!problems?.length;
  const list = options.map((o) => (typeof o === "string" ? { value: o, label: o } : o));
  return (
    <span className={`edit-field ${className ?? ""}`}>
      <select
        aria-label={label}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => onPick(e.target.value as T | "")}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {/* A value the options do not know (a typo kept in a draft) is still shown, never replaced. */}
        {value !== "" && !list.some((o) => o.value === value) && <option value={value}>{value}</option>}
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={errorId} problems={problems} />
    </span>
  );
}

export function CheckField({ label, checked, onToggle, problems }: Common & { checked: boolean; onToggle: (checked: boolean) => void }) {
  const errorId = useId();
  const invalid = !!problems?.length;
  return (
    <span className="edit-field">
      <input
        type="checkbox"
        aria-label={label}
        checked={checked}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => onToggle(e.target.checked)}
      />
      <FieldProblems id={errorId} problems={problems} />
    </span>
  );
}

/** Text → number for a numeric field: empty removes the field, anything unreadable is kept as typed (the checks report it). */
export function numberFromText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : text;
}

export const textOfNumber = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** "a, b" ⇄ ["a", "b"]; empty text removes the field. */
export function listFromText(text: string): string[] | undefined {
  const list = text.split(",").map((s) => s.trim()).filter((s) => s !== "");
  return list.length ? list : undefined;
}

export const textOfList = (value: unknown) => (Array.isArray(value) ? value.join(", ") : typeof value === "string" ? value : "");
