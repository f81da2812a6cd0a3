import { COMMANDS, type CommandSpec } from './spec.ts';

/** The one-line usage of a command: its words, arguments and flags. */
export const usageOf = (spec: CommandSpec): string => {
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
