/** Text with what XML 1.0 cannot hold taken out: C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF. */
export function xmlSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters taken out.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu, '');
}
