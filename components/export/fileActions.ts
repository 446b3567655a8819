/** Saving and copying an exported file, in the browser only (nothing is sent anywhere). */
import type { ExportFile } from "@/lib/export";

export function downloadFile(file: ExportFile): void {
  const blob = new Blob([file.content], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  // A multi-file export's path has folders; the download is named by its last part.
  link.download = file.path.split("/").pop() ?? "export.txt";
  link.click();
  URL.revokeObjectURL(url);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard permission (an insecure context, or denied)
  }
}
