import { createInterface } from 'node:readline';

/** The input a password is read from: process.stdin, or a stream in tests. */
export type PasswordInput = NodeJS.ReadableStream & {
  isTTY?: boolean;
  setRawMode?: (raw: boolean) => unknown;
};

/** Thrown when the person at the terminal presses Ctrl-C. */
export class Interrupted extends Error {}

/** Reads the first line of a piped stdin (without its line ending); null when stdin is empty. */
export function readFirstLine(input: NodeJS.ReadableStream): Promise<string | null> {
  return new Promise((resolve) => {
    const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve(null);
    });
  });
}

/** Reads one line typed at a terminal without echoing it; Enter ends it, Ctrl-C rejects. */
function readHidden(input: PasswordInput, output: NodeJS.WritableStream, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode?.(true);
  input.resume();
  input.setEncoding?.('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string | Buffer) => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new Interrupted('Interrupted.'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    input.on('data', onData);
  });
}

/**
 * A new password from stdin: at a terminal typed twice without echo (null when the two differ),
 * otherwise the first line of the input (null when there is none).
 */
export async function readNewPassword(
  input: PasswordInput,
  output: NodeJS.WritableStream,
): Promise<string | null> {
  if (!input.isTTY) return readFirstLine(input);
  const first = await readHidden(input, output, 'Password: ');
  const again = await readHidden(input, output, 'Password again: ');
  if (first !== again) {
    output.write('The two passwords differ.\n');
    return null;
  }
  return first;
}
