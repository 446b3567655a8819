/** Every keyboard shortcut of the workbench, as the help sheet lists it. */
export interface Shortcut {
  keys: string[][];
  action: string;
  where: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: [["Ctrl", "Z"], ["⌘", "Z"]], action: "Undo the last committed edit", where: "anywhere outside a text field" },
  { keys: [["Shift", "Ctrl", "Z"], ["Shift", "⌘", "Z"], ["Ctrl", "Y"]], action: "Redo", where: "anywhere outside a text field" },
  { keys: [["←"], ["→"]], action: "Previous / next tab", where: "on the workbench tabs" },
  { keys: [["Home"], ["End"]], action: "First / last tab", where: "on the workbench tabs" },
  { keys: [["Enter"]], action: "Commit a note or a new name", where: "in a note or name field" },
  { keys: [["?"]], action: "Show these keyboard shortcuts", where: "anywhere outside a text field" },
  { keys: [["Esc"]], action: "Close a dialog", where: "in a dialog" },
];

/**
 * Typing in a field keeps its own meaning for every key: a shortcut never fires there.
 * Checks the element itself, so it also holds for fields inside dialogs.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== "string") return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  if (el.tagName !== "INPUT") return false;
  const type = (el as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "submit", "reset", "file", "range", "color"].includes(type);
}
