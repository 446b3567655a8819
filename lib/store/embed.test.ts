import { describe, expect, it } from "vitest";
import { paymentsModel } from "@/lib/model/testing/payments";
import { encodeShareFragment } from "./share";
import { embedSnippet, embedUrl } from "./embed";

describe("embed snippet", () => {
  it("points an iframe at /embed with the share fragment", async () => {
    const fragment = await encodeShareFragment(paymentsModel());
    expect(embedUrl("https://tw.example", `#${fragment}`)).toBe(`https://tw.example/embed#${fragment}`);
    const html = embedSnippet("https://tw.example", fragment, "Multi-tenant payments");
    expect(html).toMatch(/^<iframe src="https:\/\/tw\.example\/embed#model=1\.[A-Za-z0-9_-]+" title="Multi-tenant payments \(Tablewright\)"/);
    expect(html.endsWith("></iframe>")).toBe(true);
  });

  it("escapes the model name so it cannot break out of the attribute", () => {
    const html = embedSnippet("https://x", "model=1.abc", `"><script>alert(1)</script> & co`);
    expect(html).not.toContain("<script>");
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co (Tablewright)"');
  });
});
