"use client";
import { useSyncExternalStore } from "react";
import { THEME_KEY, THEMES, parseTheme, type Theme } from "@/lib/store/theme";

const LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };
const listeners = new Set<() => void>();

function read(): Theme {
  try {
    return parseTheme(localStorage.getItem(THEME_KEY));
  } catch {
    return "system";
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed it: follow.
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_KEY) {
      apply(read());
      listener();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function apply(theme: Theme) {
  if (theme === "system") document.documentElement.removeAttribute("data-theme");
  else document.documentElement.setAttribute("data-theme", theme);
}

function choose(theme: Theme) {
  try {
    if (theme === "system") localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage blocked: the theme still applies to this page.
  }
  apply(theme);
  listeners.forEach((l) => l());
}

/** "Theme": System (follows the operating system), Light or Dark. */
export function ThemeSelect() {
  const theme = useSyncExternalStore(subscribe, read, () => "system" as Theme);
  return (
    <label className="theme-select">
      <span className="visually-hidden">Theme</span>
      <select aria-label="Theme" value={theme} onChange={(e) => choose(parseTheme(e.currentTarget.value))}>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
