"use client";
import { useState } from "react";
import type { Model } from "@/lib/model";
import { encodeShareFragment } from "@/lib/store/share";
import { embedSnippet } from "@/lib/store/embed";

/** "Share": a link that carries the model itself, compressed in the fragment; nothing is uploaded. */
export function ShareButton({ model }: { model: Model | null }) {
  const [link, setLink] = useState<string | null>(null);
  const [embed, setEmbed] = useState<string>("");
  const [copied, setCopied] = useState(false);

  async function share() {
    if (!model) return;
    const fragment = await encodeShareFragment(model);
    setLink(`${window.location.origin}${window.location.pathname}#${fragment}`);
    setEmbed(embedSnippet(window.location.origin, fragment, model.name));
    setCopied(false);
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard access can be refused; the link stays selectable in the textbox.
      setCopied(false);
    }
  }

  return (
    <>
      <button type="button" onClick={() => void share()} disabled={!model}>
        Share
      </button>
      {link && (
        <div className="share-popover" role="group" aria-label="Share this model">
          <input aria-label="Share link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy()}>
            {copied ? "Copied" : "Copy link"}
          </button>
          <button type="button" onClick={() => setLink(null)} aria-label="Close share link">
            ×
          </button>
          <p className="muted">The model travels inside the link; it is never sent to a server.</p>
          <label>
            Embed code{" "}
            <span className="muted">(a read-only view for docs and wikis)</span>
            <textarea className="embed-snippet" aria-label="Embed code" readOnly rows={3} value={embed} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </div>
      )}
    </>
  );
}
