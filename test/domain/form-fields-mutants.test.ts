import { describe, expect, it } from 'vitest';
import { formLimitProblem } from '../../src/domain/form-fields.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const repeated = (name: string) => `The form sends “${name}” more than 1,000 times. Nothing was saved.`;

/** A multipart body by hand: each part's header lines, then its value, then the closing delimiter. */
const multipart = (boundary: string, parts: string[]) =>
  bytes(
    `${parts.map((headers) => `--${boundary}\r\n${headers}\r\n\r\nvalue\r\n`).join('')}--${boundary}--\r\n`,
  );

describe('formLimitProblem: URL-encoded bodies', () => {
  it('counts the fields of a body that begins with "&"', () => {
    const body = bytes(`&${Array(1001).fill('day=1').join('&')}`);
    expect(formLimitProblem(body, 'application/x-www-form-urlencoded')).toBe(repeated('day'));
  });
});

describe('formLimitProblem: multipart bodies', () => {
  // The boundary a browser picks, 38 characters long.
  const BOUNDARY = '----WebKitFormBoundary7MA4YWxkTrZu0gW';
  const TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
  /** A file part's headers, its file name padded so the headers are `length` bytes long. */
  const fileHeaders = (length: number) => {
    const around = 'Content-Disposition: form-data; name="a"; filename=".txt"\r\nContent-Type: text/plain';
    return around.replace('filename="', `filename="${'x'.repeat(length - around.length)}`);
  };

  // After the boundary come CRLF, the headers, then CRLF CRLF: 2 + 1018 + 4 = 1024 bytes.
  it('reads the name when the headers end on the 1,024th byte after the boundary', () => {
    expect(formLimitProblem(multipart(BOUNDARY, Array(1001).fill(fileHeaders(1018))), TYPE)).toBe(
      repeated('a'),
    );
  });

  it('reads no name when the headers end one byte later', () => {
    expect(formLimitProblem(multipart(BOUNDARY, Array(1001).fill(fileHeaders(1019))), TYPE)).toBe(
      repeated(''),
    );
  });

  it('takes a boundary holding a quote as sent, as the form parser does', () => {
    const parts = Array(1001).fill('Content-Disposition: form-data; name="a"');
    expect(formLimitProblem(multipart('ab"cd', parts), 'multipart/form-data; boundary=ab"cd')).toBe(
      repeated('a'),
    );
  });

  it('leaves multipart bodies that are not forms alone', () => {
    const parts = Array(1001).fill('Content-Disposition: form-data; name="a"');
    expect(formLimitProblem(multipart('B', parts), 'multipart/mixed; boundary=B')).toBeNull();
    expect(formLimitProblem(multipart('B', parts), 'multipart/form-data; boundary=B')).toBe(repeated('a'));
  });
});
