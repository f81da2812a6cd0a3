/** A flag of a command: a switch, a text value, or a whole number (with its bounds). */
export type FlagSpec =
  | { type: 'boolean'; help: string }
  | { type: 'string'; value: string; help: string }
  | { type: 'count'; value: string; help: string; min: number; max: number; required?: boolean };

/** A command of `promptly`: its words, positional arguments, flags and help. */
export type CommandSpec = {
  name: string;
  args: string[];
  flags: Record<string, FlagSpec>;
  summary: string;
  details?: string;
};

/** Every command the CLI knows. */
export const COMMANDS: CommandSpec[] = [
  {
    name: 'migrate',
    args: [],
    flags: {},
    summary: 'apply the database migrations not yet applied',
  },
  {
    name: 'writer add',
    args: ['username'],
    flags: {
      admin: { type: 'boolean', help: 'make the writer an administrator' },
      email: { type: 'string', value: 'ADDRESS', help: 'their email address' },
    },
    summary: 'add a writer; the password is read from stdin',
    details:
      'The password is read from stdin: typed twice without echo at a terminal, otherwise the first line.\nThe first writer with a password becomes the administrator.',
  },
  {
    name: 'writer reset-password',
    args: ['username'],
    flags: {},
    summary: 'set a new password (from stdin) and sign the writer out everywhere',
    details:
      'The new password is read from stdin: typed twice without echo at a terminal, otherwise the first line.',
  },
  {
    name: 'token create',
    args: ['username'],
    flags: { name: { type: 'string', value: 'NAME', help: 'what the token is for (default "CLI token")' } },
    summary: 'create an API token for a writer and print it',
    details: 'The token is printed once, alone on the last line; only its SHA-256 is stored.',
  },
  {
    name: 'backup',
    args: ['file'],
    flags: { force: { type: 'boolean', help: 'overwrite <file> if it exists' } },
    summary: 'copy the live database to <file>, consistently, while it runs',
    details: "Uses SQLite's online backup API: safe while the server is running.",
  },
  {
    name: 'seed',
    args: [],
    flags: {
      writers: {
        type: 'count',
        value: 'N',
        help: 'writers writer1…writerN',
        min: 1,
        max: 1_000_000,
        required: true,
      },
      pieces: {
        type: 'count',
        value: 'M',
        help: 'pieces spread over them',
        min: 0,
        max: 10_000_000,
        required: true,
      },
      events: {
        type: 'count',
        value: 'E',
        help: 'events to spread the pieces over (default 12: fewer makes each busier)',
        min: 1,
        max: 1000,
      },
      month: {
        type: 'string',
        value: 'YYYY-MM',
        help: 'run every event in this month (default: the Octobers from 2023 on)',
      },
      bingo: {
        type: 'count',
        value: 'B',
        help: 'bingo events to add too (5×5 cards dealt to the first 1,000 writers in each; default 0)',
        min: 0,
        max: 100,
      },
    },
    summary: 'fill the database with a deterministic synthetic dataset (for benchmarks)',
    details:
      'Adds writers writer1…writerN (odd-numbered ones with public profiles), E events (a dozen 31-day\nOctober challenges unless told) and M pieces with fills and fandoms. Every seeded writer signs in with the password "promptly-bench".\nRun it on a database without those writers and events.',
  },
];
