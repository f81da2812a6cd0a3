import { Buffer } from 'node:buffer';

/**
 * What any form post may carry. The largest form Promptly sends, the AO3 import preview of 500
 * works, has about 13 fields a work (the work, its pick, its day, its prompts) and names two of
 * them once a work.
 */
export const FORM_LIMITS = { fields: 10_000, repeats: 1_000 } as const;

/** A form as Hono's `parseBody({ all: true })` reads it: a name's repeated values come as a list. */
export type FormBody = Record<string, string | File | (string | File)[]>;

const AMP = 0x26;
const EQUALS = 0x3d;
const utf8 = new TextDecoder();

function decodeName(raw: string): string {
  const spaced = raw.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced; // a stray "%": URLSearchParams keeps it as it is, and so does the count
  }
}

/** The field names of a URL-encoded body, read without decoding the values; null past `max` fields. */
function urlEncodedNames(bytes: Uint8Array, max: number): string[] | null {
  const names: string[] = [];
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(AMP, start);
    if (end < 0) end = bytes.length;
    if (end > start) {
      if (names.length === max) return null;
      const part = bytes.subarray(start, end);
      const eq = part.indexOf(EQUALS);
      names.push(decodeName(utf8.decode(eq < 0 ? part : part.subarray(0, eq))));
    }
    start = end + 1;
  }
  return names;
}

/** The field names of a multipart body (from each part's `name="…"`); null past `max` parts. */
function multipartNames(bytes: Uint8Array, boundary: string, max: number): string[] | null {
  const delimiter = new TextEncoder().encode(`--${boundary}`);
  const names: string[] = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const find = (from: number) => buffer.indexOf(delimiter, from);
  for (let at = find(0); at >= 0; at = find(at + delimiter.length)) {
    const head = utf8.decode(bytes.subarray(at + delimiter.length, at + delimiter.length + 1024));
    if (head.startsWith('--')) break; // the closing delimiter
    if (names.length === max) return null;
    const headers = head.slice(0, Math.max(0, head.indexOf('\r\n\r\n')));
    names.push(/\bname="([^"\r\n]*)"/i.exec(headers)?.[1] ?? '');
  }
  return names;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const QUOTED_STRING_TEXT = /^[\t\x20-\x7e\x80-\xff]*$/;
const HTTP_SPACE = /^[\t\n\r ]*/;

/**
 * The parameter `name` (lower case) of a MIME type, read as WHATWG's mimesniff reads it, as the
 * platform's form parser does: the first valid one counts, a quoted value may hold `;` and
 * backslash escapes, and whatever follows its closing quote is ignored. Any other reading lets a
 * body through under a boundary it does not use, its parts never counted.
 */
export function mimeParameter(contentType: string, name: string): string | undefined {
  const text = contentType.trim();
  let at = text.indexOf(';');
  if (at < 0) return undefined;
  while (at < text.length) {
    at++; // past the ';'
    at += HTTP_SPACE.exec(text.slice(at))?.[0].length ?? 0;
    let end = at;
    while (end < text.length && text[end] !== ';' && text[end] !== '=') end++;
    const key = text.slice(at, end).toLowerCase();
    at = end;
    if (at >= text.length) return undefined;
    if (text[at] === ';') continue;
    at++; // past the '='
    let value = '';
    if (text[at] === '"') {
      at++;
      while (at < text.length && text[at] !== '"') {
        if (text[at] === '\\' && at + 1 < text.length) at++;
        value += text[at];
        at++;
      }
      while (at < text.length && text[at] !== ';') at++;
    } else {
      end = text.indexOf(';', at);
      if (end < 0) end = text.length;
      value = text.slice(at, end).replace(/[\t\n\r ]+$/, '');
      at = end;
      if (value === '') continue;
    }
    if (key === name && TOKEN.test(key) && QUOTED_STRING_TEXT.test(value)) return value;
  }
  return undefined;
}

/**
 * Why a form body is refused before it is parsed, or null when it keeps FORM_LIMITS: more fields
 * than `fields`, or one name more than `repeats` times. Reads names only, and stops at the limit,
 * so a body of a million fields costs what a thousand do.
 */
export function formLimitProblem(bytes: Uint8Array, contentType: string): string | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  const boundary = mimeParameter(contentType, 'boundary');
  const names =
    type === 'application/x-www-form-urlencoded'
      ? urlEncodedNames(bytes, FORM_LIMITS.fields)
      : type === 'multipart/form-data' && boundary
        ? multipartNames(bytes, boundary, FORM_LIMITS.fields)
        : [];
  if (names === null)
    return `The form has more than ${FORM_LIMITS.fields.toLocaleString('en')} fields. Nothing was saved.`;
  const counts = new Map<string, number>();
  for (const name of names) {
    const n = (counts.get(name) ?? 0) + 1;
    if (n > FORM_LIMITS.repeats)
      return `The form sends “${name.slice(0, 100)}” more than ${FORM_LIMITS.repeats.toLocaleString('en')} times. Nothing was saved.`;
    counts.set(name, n);
  }
  return null;
}

/** The distinct text values posted under `key`, in the order first posted (files are left out). */
export function formValues(body: FormBody, key: string): string[] {
  const v = body[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return [...new Set(list.filter((x): x is string => typeof x === 'string'))];
}

/** The first text value posted under `key`, or ''. */
export const formValue = (body: FormBody, key: string): string => formValues(body, key)[0] ?? '';
