"use client";
import { useState } from "react";

/**
 * A labelled number input that keeps what the user types, and reports a value only when
 * it is valid: an invalid entry is marked (aria-invalid) and explained, never applied.
 */
export function NumberField({
  label, value, onChange, min, max, step, valid, hint,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  valid: (n: number) => boolean;
  hint: string;
}) {
  const [text, setText] = useState(String(value));
  const n = text.trim() === "" ? NaN : Number(text);
  const ok = Number.isFinite(n) && valid(n);
  const id = `field-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        aria-label={label}
        aria-invalid={!ok}
        aria-describedby={ok ? undefined : `${id}-error`}
        value={text}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const v = Number(next);
          if (next.trim() !== "" && Number.isFinite(v) && valid(v)) onChange(v);
        }}
      />
      {!ok && (
        <span id={`${id}-error`} className="inline-error">
          {hint}
        </span>
      )}
    </label>
  );
}
