import { describe, expect, it } from "vitest";
import { SHORTCUTS, isTypingTarget } from "./shortcuts";

const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, isContentEditable: false, ...extra }) as unknown as EventTarget;

describe("shortcuts", () => {
  it("lists undo, redo (both forms), the tab keys, ? and Escape", () => {
    const text = SHORTCUTS.map((s) => s.keys.map((k) => k.join("+")).join(" ")).join(" | ");
    for (const combo of ["Ctrl+Z", "⌘+Z", "Shift+Ctrl+Z", "Ctrl+Y", "←", "→", "?", "Esc"]) expect(text).toContain(combo);
  });

  it("treats text fields as typing, buttons and the page as not", () => {
    expect(isTypingTarget(el("INPUT", { type: "text" }))).toBe(true);
    expect(isTypingTarget(el("INPUT", { type: "search" }))).toBe(true);
    expect(isTypingTarget(el("TEXTAREA"))).toBe(true);
    expect(isTypingTarget(el("DIV", { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el("INPUT", { type: "checkbox" }))).toBe(false);
    expect(isTypingTarget(el("BUTTON"))).toBe(false);
    expect(isTypingTarget(el("BODY"))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
