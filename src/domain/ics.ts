// Control characters iCalendar text cannot carry (RFC 5545 §3.3.11: none but HTAB, and line breaks as \n).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point: they are dropped.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LINE_BREAK = /\r\n|\r|\n/g;
const SPECIAL = /[\\;,]/g;

/** Text safe to hand a library that escapes it: control characters dropped, every line break `\n`. */
export function icsPlain(text: string): string {
  return text.replace(CONTROL, '').replace(LINE_BREAK, '\n');
}

/**
 * A TEXT property value escaped per RFC 5545 §3.3.11 (`\\`, `\;`, `\,`, line breaks as `\n`), for
 * the properties ical-generator writes as given (NAME, X-WR-CALNAME, X-WR-CALDESC); folding is the
 * generator's, at 75 octets.
 */
export function icsText(text: string): string {
  return icsPlain(text)
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}
