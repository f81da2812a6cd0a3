const fatal = new TextDecoder('utf-8', { fatal: true });

function decodes(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a request body is valid UTF-8; for a URL-encoded form, the bytes its `%XX` escapes
 * spell too (browsers always send UTF-8 there; URLSearchParams would quietly turn the rest into �).
 */
export function isUtf8Body(bytes: Uint8Array, urlEncoded: boolean): boolean {
  if (!decodes(bytes)) return false;
  if (!urlEncoded) return true;
  const text = new TextDecoder().decode(bytes);
  for (const run of text.match(/(?:%[0-9A-Fa-f]{2})+/g) ?? []) {
    const escaped = Uint8Array.from(run.split('%').slice(1), (hex) => Number.parseInt(hex, 16));
    if (!decodes(escaped)) return false;
  }
  return true;
}
