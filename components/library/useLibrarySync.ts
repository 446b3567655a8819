"use client";
import { useEffect } from "react";
import { useDocument } from "@/lib/store/document";
import { useLibrary } from "@/lib/store/library";
import { startLibrarySync } from "@/lib/store/library-sync";

/**
 * Load the library from storage after mount, and once both the library and the document
 * are loaded, keep the open entry in step with the document.
 */
export function useLibrarySync(): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    const start = () => {
      if (stop || !useDocument.persist.hasHydrated() || !useLibrary.persist.hasHydrated()) return;
      stop = startLibrarySync();
    };
    const offDocument = useDocument.persist.onFinishHydration(start);
    const offLibrary = useLibrary.persist.onFinishHydration(start);
    void useLibrary.persist.rehydrate();
    start();
    return () => {
      offDocument();
      offLibrary();
      stop?.();
    };
  }, []);
}
