import { parseModelText, serializeModel, type Model, type ParseResult } from "@/lib/model";

/**
 * Share links carry the model in the URL fragment, deflated and base64url-encoded:
 * `https://host/#model=1.<data>`. The fragment never leaves the browser (it is not part
 * of the HTTP request), so a shared model is never sent to a server. The `1.` is the
 * link format's version, so later formats can still open old links.
 */
export const SHARE_PARAM = "model";
const VERSION = "1";

export async function encodeShareFragment(model: Model): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(serializeModel(model)), new CompressionStream("deflate-raw"));
  return `${SHARE_PARAM}=${VERSION}.${toBase64Url(bytes)}`;
}

/** The model in a fragment (`#model=…`), validated like any imported file; null when there is none. */
export async function decodeShareFragment(fragment: string): Promise<ParseResult | null> {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const value = params.get(SHARE_PARAM);
  if (value === null) return null;
  const dot = value.indexOf(".");
  const version = value.slice(0, dot);
  if (dot < 0 || version !== VERSION) {
    return failure(`this share link has format version "${dot < 0 ? value.slice(0, 8) : version}", which this workbench cannot read (it reads version ${VERSION})`);
  }
  try {
    const bytes = await pipe(fromBase64Url(value.slice(dot + 1)), new DecompressionStream("deflate-raw"));
    return parseModelText(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return failure("this share link is damaged (it may have been cut off when it was copied)");
  }
}

function failure(message: string): ParseResult {
  return { ok: false, problems: [{ path: "", severity: "error", message }] };
}

async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([input as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
