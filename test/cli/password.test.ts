import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Interrupted, readNewPassword } from '../../src/cli/password.ts';

/** A fake terminal: keys typed one chunk at a time, and what was echoed to the screen. */
function terminal(keys: string[]) {
  const input = Object.assign(new PassThrough(), { isTTY: true, raw: false, setRawMode: () => undefined });
  const screen: string[] = [];
  const output = Object.assign(new PassThrough(), { write: (s: string) => screen.push(s) > 0 });
  let next = 0;
  const typeNext = () => {
    const key = keys[next++];
    if (key !== undefined) setTimeout(() => input.write(key) && typeNext(), 1);
  };
  typeNext();
  return { input, output, screen };
}

describe('reading a new password', () => {
  it('reads the first line of piped input', async () => {
    const input = new PassThrough();
    input.end('first line\r\nsecond line\n');
    const output = new PassThrough();
    expect(await readNewPassword(input, output)).toBe('first line');
  });

  it('answers null for empty piped input', async () => {
    const input = new PassThrough();
    input.end('');
    expect(await readNewPassword(input, new PassThrough())).toBeNull();
  });

  it('reads twice at a terminal without echoing, honouring backspace', async () => {
    const t = terminal(['s', 'e', 'c', 'x', '\u007f', 'r', 'e', 't', '\r', 'secret', '\r']);
    expect(await readNewPassword(t.input, t.output)).toBe('secret');
    expect(t.screen.join('')).not.toContain('sec');
    expect(t.screen.join('')).toContain('Password again: ');
  });

  it('answers null when the two differ, and rejects on Ctrl-C', async () => {
    const differ = terminal(['one-password\r', 'two-password\r']);
    expect(await readNewPassword(differ.input, differ.output)).toBeNull();
    const interrupted = terminal(['abc', '\u0003']);
    await expect(readNewPassword(interrupted.input, interrupted.output)).rejects.toBeInstanceOf(Interrupted);
  });
});
