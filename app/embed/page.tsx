import type { Metadata } from "next";
import { EmbedView } from "@/components/embed/EmbedView";

export const metadata: Metadata = { title: "Tablewright design (embedded)" };

/**
 * /embed#model=…: a compact, read-only view of a shared model for docs and wikis (in an
 * iframe). The model travels in the fragment, which never reaches the server, so the
 * page is static and everything happens in the browser.
 */
export default function Embed() {
  return <EmbedView />;
}
