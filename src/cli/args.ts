import { parseArgs } from 'node:util';

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
    },
    summary: 'fill the database with a deterministic synthetic dataset (for benchmarks)',
    details:
      'Adds writers writer1…writerN (odd-numbered ones with public profiles), a dozen 31-day events and\nM pieces with fills and fandoms. Every seeded writer signs in with the password "promptly-bench".\nRun it on a database without those writers and events.',
  },
];

/** What the command line asks for: run a command, show help (exit 0), or a usage error (exit 2). */
export type Parsed =
  | {
      kind: 'run';
      command: string;
      args: Record<string, string>;
      flags: Record<string, string | boolean | number | undefined>;
    }
  | { kind: 'help'; text: string }
  | { kind: 'usage'; message: string };

const usageOf = (spec: CommandSpec): string => {
  const args = spec.args.map((a) => ` <${a}>`).join('');
  const flags = Object.entries(spec.flags)
    .map(([name, f]) => {
      const text = f.type === 'boolean' ? `--${name}` : `--${name} ${f.value}`;
      return f.type === 'count' && f.required ? ` ${text}` : ` [${text}]`;
    })
    .join('');
  return `promptly ${spec.name}${args}${flags}`;
};

/** The help of one command. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: ${usageOf(spec)}`, '', `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.`];
  if (spec.details) lines.push('', spec.details);
  const options = Object.entries(spec.flags).map(([name, f]): [string, string] => [
    f.type === 'boolean' ? `--${name}` : `--${name} ${f.value}`,
    f.help,
  ]);
  options.push(['-h, --help', 'show this help']);
  lines.push('', 'Options:', ...options.map(([left, help]) => `  ${left.padEnd(20)} ${help}`));
  return `${lines.join('\n')}\n`;
}

/** The top-level help: every command (or those starting with `group`) in a line each. */
export function topHelp(group?: string): string {
  const specs = COMMANDS.filter((c) => !group || c.name.startsWith(`${group} `));
  const rows = specs.map((c) => {
    const left = `${c.name}${c.args.map((a) => ` <${a}>`).join('')}`;
    return `  ${left.padEnd(34)} ${c.summary}`;
  });
  return [
    `Usage: promptly ${group ?? '<command>'} ${group ? '<command> ' : ''}[options]`,
    '',
    "Promptly's admin commands. They work on DATABASE_URL (default ./data/promptly.db), like the server.",
    '',
    'Commands:',
    ...rows,
    '',
    'Run "promptly <command> --help" for its options.',
    '',
  ].join('\n');
}

const isHelp = (a: string) => a === '--help' || a === '-h';

function readFlags(
  spec: CommandSpec,
  rest: string[],
):
  | { ok: true; positionals: string[]; flags: Record<string, string | boolean | number | undefined> }
  | string {
  // Values are collected as lists so that a flag given twice is an error, not the last one winning.
  const options = Object.fromEntries(
    Object.entries(spec.flags).map(([name, f]) => [
      name,
      f.type === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: true },
    ]),
  ) as Record<string, { type: 'boolean' } | { type: 'string'; multiple: true }>;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (err) {
    return (err as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
  }
  const flags: Record<string, string | boolean | number | undefined> = {};
  for (const [name, f] of Object.entries(spec.flags)) {
    const given = parsed.values[name];
    if (Array.isArray(given) && given.length > 1) return `--${name} is given more than once.`;
    const value = Array.isArray(given) ? given[0] : given;
    if (f.type !== 'count') {
      flags[name] = value;
      continue;
    }
    if (value === undefined) {
      if (f.required) return `${spec.name} needs --${name} ${f.value}.`;
      continue;
    }
    const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= f.min && n <= f.max))
      return `--${name} takes a whole number from ${f.min.toLocaleString('en')} to ${f.max.toLocaleString('en')}.`;
    flags[name] = n;
  }
  return { ok: true, positionals: parsed.positionals, flags };
}

/** Parses `promptly`'s arguments (without node and the script) against COMMANDS. */
export function parseCommandLine(argv: string[]): Parsed {
  const [first, second] = argv;
  if (first === undefined) return { kind: 'usage', message: topHelp() };
  if (isHelp(first) || first === 'help') return { kind: 'help', text: topHelp() };
  const spec =
    COMMANDS.find((c) => c.name === `${first} ${second}`) ?? COMMANDS.find((c) => c.name === first);
  if (!spec) {
    const group = COMMANDS.some((c) => c.name.startsWith(`${first} `)) ? first : undefined;
    if (group && (second === undefined || isHelp(second)))
      return second === undefined
        ? { kind: 'usage', message: topHelp(group) }
        : { kind: 'help', text: topHelp(group) };
    const named = group && second !== undefined ? `${first} ${second}` : first;
    return {
      kind: 'usage',
      message: `Unknown command "${named}". Run "promptly --help" for the commands.\n`,
    };
  }
  const rest = argv.slice(spec.name.split(' ').length);
  const dashDash = rest.indexOf('--');
  if (rest.slice(0, dashDash === -1 ? undefined : dashDash).some(isHelp))
    return { kind: 'help', text: commandHelp(spec) };
  const read = readFlags(spec, rest);
  const usage = (message: string): Parsed => ({
    kind: 'usage',
    message: `${message}\nUsage: ${usageOf(spec)}\nRun "promptly ${spec.name} --help" for more.\n`,
  });
  if (typeof read === 'string') return usage(read);
  if (read.positionals.length < spec.args.length)
    return usage(`${spec.name} needs <${spec.args[read.positionals.length]}>.`);
  if (read.positionals.length > spec.args.length)
    return usage(`Unexpected argument "${read.positionals[spec.args.length]}".`);
  const args = Object.fromEntries(spec.args.map((name, i) => [name, read.positionals[i] as string]));
  return { kind: 'run', command: spec.name, args, flags: read.flags };
}
