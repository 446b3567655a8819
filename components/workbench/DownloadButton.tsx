"use client";
import { serializeModel, type Model } from "@/lib/model";

/** "Download model": saves the model on screen as a file in our format. */
export function DownloadButton({ model }: { model: Model | null }) {
  function download() {
    if (!model) return;
    const blob = new Blob([serializeModel(model)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${fileStem(model.name)}.json`;
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <button type="button" onClick={download} disabled={!model}>
      Download model
    </button>
  );
}

function fileStem(name: string): string {
  const stem = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return stem || "model";
}
