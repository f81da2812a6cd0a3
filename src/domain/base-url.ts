/**
 * PROMPTLY_BASE_URL checked: the origin of an http(s) address with no path, query or fragment
 * (`https://promptly.example/` gives `https://promptly.example`), or why it is not one.
 */
export function parseBaseUrl(text: string): { ok: true; value: string } | { ok: false; errors: string[] } {
  const example = 'like https://promptly.example';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, errors: [`PROMPTLY_BASE_URL must be an address ${example}, not "${text}".`] };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, errors: [`PROMPTLY_BASE_URL must start with https:// or http:// (${example}).`] };
  if (
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== '' ||
    url.username !== '' ||
    url.password !== ''
  )
    return {
      ok: false,
      errors: [`PROMPTLY_BASE_URL is where Promptly is served, ${example}: no path, query or password.`],
    };
  return { ok: true, value: url.origin };
}
