/** Saving and copying an exported file, in the browser only (nothing is sent anywhere). */
import type { ExportFile } from "@/lib/export";

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function downloadFile(file: ExportFile): void {
  // A multi-file export's path has folders; the download is named by its last part.
  save(new Blob([file.content], { type: file.mediaType }), file.path.split("/").pop() ?? "export.txt");
}

/** A zip archive made in the browser (lib/export's exportZip). */
export function downloadZip(bytes: Uint8Array<ArrayBuffer>, name: string): void {
  save(new Blob([bytes], { type: "application/zip" }), name);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard permission (an insecure context, or denied)
  }
}
