import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.ts';
import { COMMANDS } from '../../src/cli/spec.ts';

describe('parseCommandLine', () => {
  it.each([
    [['migrate'], 'migrate', {}, {}],
    [['writer', 'add', 'ana'], 'writer add', { username: 'ana' }, { admin: undefined, email: undefined }],
    [
      ['writer', 'add', 'ana', '--admin', '--email', 'a@example.org'],
      'writer add',
      { username: 'ana' },
      { admin: true, email: 'a@example.org' },
    ],
    [['writer', 'add', '--email=a@b.c', 'ana'], 'writer add', { username: 'ana' }, { email: 'a@b.c' }],
    [['writer', 'add', '--', '-dash'], 'writer add', { username: '-dash' }, {}],
    [['writer', 'reset-password', 'ana'], 'writer reset-password', { username: 'ana' }, {}],
    [['token', 'create', 'ana'], 'token create', { username: 'ana' }, { name: undefined }],
    [
      ['token', 'create', 'ana', '--name', 'my script'],
      'token create',
      { username: 'ana' },
      { name: 'my script' },
    ],
    [['backup', 'copy.db'], 'backup', { file: 'copy.db' }, { force: undefined }],
    [['backup', 'copy.db', '--force'], 'backup', { file: 'copy.db' }, { force: true }],
    [['seed', '--writers', '2000', '--pieces', '100000'], 'seed', {}, { writers: 2000, pieces: 100_000 }],
    [['seed', '--pieces=0', '--writers=1'], 'seed', {}, { writers: 1, pieces: 0 }],
  ])('%j runs %s', (argv, command, args, flags) => {
    const parsed = parseCommandLine(argv);
    expect(parsed).toMatchObject({ kind: 'run', command, args });
    if (parsed.kind === 'run') expect(parsed.flags).toMatchObject(flags);
  });

  it.each([
    [['--help']],
    [['-h']],
    [['help']],
    [['writer', '--help']],
    [['writer', 'add', '--help']],
    [['writer', 'add', 'ana', '-h']],
    [['seed', '--help']],
    [['backup', '--frob', '--help']],
  ])('%j shows help', (argv) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.kind).toBe('help');
    if (parsed.kind === 'help') expect(parsed.text).toMatch(/^Usage: promptly /);
  });

  it('has help for every command naming its flags', () => {
    for (const spec of COMMANDS) {
      const parsed = parseCommandLine([...spec.name.split(' '), '--help']);
      if (parsed.kind !== 'help') throw new Error(spec.name);
      expect(parsed.text).toContain(`promptly ${spec.name}`);
      for (const flag of Object.keys(spec.flags)) expect(parsed.text).toContain(`--${flag}`);
    }
  });

  it.each([
    [[], /Usage: promptly <command>/],
    [['frob'], /Unknown command "frob"/],
    [['writer'], /Usage: promptly writer <command>/],
    [['writer', 'delete', 'ana'], /Unknown command "writer delete"/],
    [['writer', 'add'], /writer add needs <username>/],
    [['writer', 'add', 'ana', 'bo'], /Unexpected argument "bo"/],
    [['writer', 'add', 'ana', '--frob'], /Unknown option '--frob'/],
    [['writer', 'add', 'ana', '--email'], /--email/],
    [['writer', 'add', 'ana', '--admin=yes'], /--admin/],
    [['token', 'create', 'ana', '--name', 'a', '--name', 'b'], /more than once/],
    [['backup'], /backup needs <file>/],
    [['seed'], /seed needs --writers N/],
    [['seed', '--writers', '10'], /seed needs --pieces M/],
    [['seed', '--writers', '0', '--pieces', '1'], /--writers takes a whole number from 1/],
    [['seed', '--writers', '1.5', '--pieces', '1'], /--writers takes a whole number/],
    [['seed', '--writers', '-3', '--pieces', '1'], /--writers/],
    [['seed', '--writers', 'ten', '--pieces', '1'], /--writers takes a whole number/],
    [
      ['seed', '--writers', '1', '--pieces', '99999999999'],
      /--pieces takes a whole number from 0 to 10,000,000/,
    ],
  ])('%j is a usage error', (argv, message) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.kind).toBe('usage');
    if (parsed.kind === 'usage') expect(parsed.message).toMatch(message);
  });
});
