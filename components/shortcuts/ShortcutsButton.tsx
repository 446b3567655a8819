"use client";
import { useEffect, useState } from "react";
import { Modal } from "@/components/ui/Modal";
import { SHORTCUTS, isTypingTarget } from "./shortcuts";

/** "Keyboard shortcuts", also opened with "?" (outside text fields): the help sheet. */
export function ShortcutsButton() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      setOpen(true);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
      {open && (
        <Modal title="Keyboard shortcuts" onClose={() => setOpen(false)}>
          <table className="grid shortcuts" aria-label="Shortcuts">
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.action}>
                  <td>
                    {s.keys.map((combo, i) => (
                      <span key={i}>
                        {i > 0 && " or "}
                        {combo.map((k, j) => (
                          <span key={j}>
                            {j > 0 && "+"}
                            <kbd>{k}</kbd>
                          </span>
                        ))}
                      </span>
                    ))}
                  </td>
                  <td>{s.action}</td>
                  <td className="muted">{s.where}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Modal>
      )}
    </>
  );
}
