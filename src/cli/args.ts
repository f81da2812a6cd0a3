import { parseArgs } from 'node:util';
import { commandHelp, topHelp, usageOf } from './help.ts';
import { COMMANDS, type CommandSpec } from './spec.ts';

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
