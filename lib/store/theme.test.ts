import { describe, expect, it } from "vitest";
import { THEME_KEY, THEME_SCRIPT, parseTheme } from "./theme";

describe("theme", () => {
  it("reads only the known themes, anything else is system", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("system")).toBe("system");
    expect(parseTheme("purple")).toBe("system");
    expect(parseTheme(null)).toBe("system");
  });

  it("the inline script sets data-theme from storage, and survives storage that throws", () => {
    const run = (stored: string | null, throws = false) => {
      const attributes: Record<string, string> = {};
      const localStorage = { getItem: (key: string) => { if (throws) throw new Error("blocked"); return key === THEME_KEY ? stored : null; } };
      const document = { documentElement: { setAttribute: (k: string, v: string) => { attributes[k] = v; } } };
      new Function("localStorage", "document", THEME_SCRIPT)(localStorage, document);
      return attributes["data-theme"];
    };
    expect(run("dark")).toBe("dark");
    expect(run("light")).toBe("light");
    expect(run("system")).toBeUndefined();
    expect(run("<script>")).toBeUndefined();
    expect(run("dark", true)).toBeUndefined();
  });
});
