/**
 * The colour theme: "system" follows prefers-color-scheme; "light" and "dark" override it.
 * A preference of this browser, not of the model: kept in localStorage under its own key,
 * never in the document or a share link. Applied as `data-theme` on <html>.
 */
export const THEME_KEY = "tablewright.theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: unknown): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : "system";
}

/**
 * Runs in <head> before the first paint (app/layout.tsx), so a stored theme never
 * flashes the other one. Plain ES5 because it is inlined as text.
 */
export const THEME_SCRIPT =
  `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}})()`;
