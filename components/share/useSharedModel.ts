"use client";
import { useEffect, useState } from "react";
import type { ParseResult } from "@/lib/model";
import { decodeShareFragment } from "@/lib/store/share";

/** The model carried by the page's URL fragment (a share link), re-read when the fragment changes. */
export function useSharedModel(): { result: ParseResult | null; close: () => void } {
  const [result, setResult] = useState<ParseResult | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void decodeShareFragment(window.location.hash).then((r) => live && setResult(r));
    read();
    window.addEventListener("hashchange", read);
    return () => {
      live = false;
      window.removeEventListener("hashchange", read);
    };
  }, []);
  function close() {
    // Drop the fragment without a reload; the workspace shows again.
    history.replaceState(null, "", window.location.pathname + window.location.search);
    setResult(null);
  }
  return { result, close };
}
