import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { databasePath, openDatabase } from '../../db/client.ts';
import { sessions, writers } from '../../db/schema.ts';
import { databaseProblemOf, openCheckedDatabase } from '../../db/startup.ts';
import { hashPassword } from '../auth/secrets.ts';
import { passwordError, usernameError, validateSignup } from '../domain/account.ts';
import { tokenNameError } from '../domain/api-token.ts';
import { createToken } from '../queries/tokens.ts';
import { findWriterByUsername, registerWriter, setPasswordHash } from '../queries/writers.ts';
import { type PasswordInput, readNewPassword } from './password.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { SeedConflict, seedDatabase } from './seed.ts';
import { seedBingo } from './seed-bingo.ts';
import { SEED_PASSWORD } from './seed-data.ts';

/** What a command runs with: the environment and the standard streams. */
export type Io = {
  env: Record<string, string | undefined>;
  stdin: PasswordInput;
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
};

/** A command that could not be done: its message goes to stderr and the exit code is 1. */
export class CommandFailed extends Error {}

type Flags = Record<string, string | boolean | number | undefined>;

const databaseUrl = (io: Io) => io.env.DATABASE_URL || './data/promptly.db';

/** Opens, checks (PRAGMA quick_check, writable) and migrates the database of DATABASE_URL, runs `work`, and closes it. */
async function withDatabase<T>(io: Io, work: (opened: ReturnType<typeof openDatabase>) => T | Promise<T>) {
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openCheckedDatabase(databaseUrl(io));
  } catch (err) {
    const problem = databaseProblemOf(databaseUrl(io), err);
    if (problem) throw new CommandFailed(problem);
    throw err;
  }
  try {
    return await work(opened);
  } finally {
    opened.sqlite.close();
  }
}

async function newPassword(io: Io): Promise<string> {
  const password = await readNewPassword(io.stdin, io.stderr as NodeJS.WritableStream);
  if (password === null) throw new CommandFailed('No password was given on stdin; nothing was changed.');
  const problem = passwordError(password);
  if (problem) throw new CommandFailed(`${problem} Nothing was changed.`);
  return password;
}

/** `migrate`. */
export async function migrate(io: Io): Promise<void> {
  await withDatabase(io, () => undefined);
  io.stdout.write(`The database ${databaseUrl(io)} is up to date.\n`);
}

/** `writer add <username> [--admin] [--email A]`: the username is checked before the password is asked for. */
export async function writerAdd(io: Io, args: Record<string, string>, flags: Flags): Promise<void> {
  const username = (args.username ?? '').trim();
  const problem = usernameError(username);
  if (problem) throw new CommandFailed(problem);
  const writer = await withDatabase(io, async ({ db }) => {
    if (findWriterByUsername(db, username)) throw new CommandFailed(`The username ${username} is taken.`);
    const password = await newPassword(io);
    const email = typeof flags.email === 'string' ? flags.email : '';
    const checked = validateSignup({ username, password, email });
    if (!checked.ok) throw new CommandFailed(Object.values(checked.errors).join(' '));
    const passwordHash = await hashPassword(password);
    // One transaction: an admin is never left added without the flag.
    return db.transaction(() => {
      const result = registerWriter(db, { username, passwordHash, email: checked.value.email });
      if (!result.ok) throw new CommandFailed(`The username ${username} is taken.`);
      if (!flags.admin || result.writer.isAdmin) return result.writer;
      return db
        .update(writers)
        .set({ isAdmin: true })
        .where(eq(writers.id, result.writer.id))
        .returning()
        .get();
    });
  });
  const role = writer?.isAdmin ? ', an administrator' : '';
  io.stdout.write(`Added the writer ${writer?.username} (id ${writer?.id})${role}.\n`);
}

/** `writer reset-password <username>`. */
export async function writerResetPassword(io: Io, args: Record<string, string>): Promise<void> {
  const username = args.username ?? '';
  if (usernameError(username)) throw new CommandFailed(`There is no writer named ${username}.`);
  await withDatabase(io, async ({ db }) => {
    const writer = findWriterByUsername(db, username);
    if (!writer) throw new CommandFailed(`There is no writer named ${username}.`);
    const passwordHash = await hashPassword(await newPassword(io));
    db.transaction((tx) => {
      setPasswordHash(tx as unknown as typeof db, writer.id, passwordHash);
      tx.delete(sessions).where(eq(sessions.writerId, writer.id)).run();
    });
    io.stdout.write(`Set a new password for ${writer.username} and signed them out everywhere.\n`);
  });
}

/** `token create <username> [--name N]`: the token alone on the last line. */
export async function tokenCreate(io: Io, args: Record<string, string>, flags: Flags): Promise<void> {
  const name = (typeof flags.name === 'string' ? flags.name : 'CLI token').trim();
  const problem = tokenNameError(name);
  if (problem) throw new CommandFailed(problem);
  await withDatabase(io, ({ db }) => {
    const writer = findWriterByUsername(db, args.username ?? '');
    if (!writer) throw new CommandFailed(`There is no writer named ${args.username}.`);
    const { token } = createToken(db, writer.id, name);
    io.stdout.write(
      `Created the API token “${name}” for ${writer.username}. Copy it now; it is not shown again:\n`,
    );
    io.stdout.write(`${token}\n`);
  });
}

/** `backup <file> [--force]`: SQLite's online backup into a temporary file, renamed into place. */
export async function backup(io: Io, args: Record<string, string>, flags: Flags): Promise<void> {
  const source = databasePath(databaseUrl(io));
  const target = resolve(args.file ?? '');
  if (source === ':memory:')
    throw new CommandFailed('DATABASE_URL is an in-memory database; there is nothing to back up.');
  if (!existsSync(source)) throw new CommandFailed(`There is no database at ${source}.`);
  if (resolve(source) === target) throw new CommandFailed('The backup cannot replace the live database.');
  if (!args.file || (existsSync(target) && statSync(target).isDirectory()))
    throw new CommandFailed('Name the backup file, not a folder.');
  if (!existsSync(dirname(target))) throw new CommandFailed(`There is no folder ${dirname(target)}.`);
  if (existsSync(target) && !flags.force)
    throw new CommandFailed(`${args.file} exists; pass --force to overwrite it.`);
  const partial = `${target}.partial-${process.pid}`;
  const opened = openDatabase(databaseUrl(io));
  try {
    // A bar at a terminal only: piped, a backup prints just its result.
    const progress = io.stderr.isTTY ? createProgress(io.stderr, 'backup (%)', 100) : undefined;
    // A write by the server between two steps restarts the copy from its first page, so under a
    // steady load a large database would never finish. Once a step gains nothing (a restart), the
    // rest goes in one step, which no write can interrupt (in WAL mode it blocks no writer either).
    let copied = -1;
    let restarted = false;
    await opened.sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (totalPages - remainingPages <= copied) restarted = true;
        copied = totalPages - remainingPages;
        progress?.update(totalPages === 0 ? 100 : Math.round((copied / totalPages) * 100));
        return restarted ? totalPages : 1000;
      },
    });
    progress?.finish();
    // A stale WAL beside an overwritten file would be replayed into the copy; remove it first.
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
    opened.sqlite.close();
  }
  io.stdout.write(`Backed up ${source} to ${target}.\n`);
}

/** `seed --writers N --pieces M [--events E] [--month YYYY-MM]`. */
export async function seed(io: Io, flags: Flags): Promise<void> {
  const month = typeof flags.month === 'string' ? flags.month : undefined;
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new CommandFailed(`--month takes a month as YYYY-MM, not "${month}".`);
  const passwordHash = await hashPassword(SEED_PASSWORD);
  const started = Date.now();
  const counts = await withDatabase(io, ({ sqlite }) => {
    try {
      return seedDatabase(sqlite, {
        writers: Number(flags.writers),
        pieces: Number(flags.pieces),
        events: flags.events === undefined ? undefined : Number(flags.events),
        month,
        passwordHash,
        progress: io.stderr,
      });
    } catch (err) {
      if (err instanceof SeedConflict) throw new CommandFailed(err.message);
      throw err;
    }
  });
  const bingo = Number(flags.bingo ?? 0);
  if (bingo > 0) {
    const opens = month ? `${month}-01` : '2025-10-01';
    const closes = month ? `${month}-28` : '2025-12-31';
    const made = await withDatabase(io, ({ sqlite }) => {
      try {
        return seedBingo(sqlite, { count: bingo, writers: Number(flags.writers), opens, closes });
      } catch (err) {
        if (err instanceof SeedConflict) throw new CommandFailed(err.message);
        throw err;
      }
    });
    io.stdout.write(
      `Added ${made.events} bingo events and dealt ${made.cards.toLocaleString('en')} cards.\n`,
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stdout.write(
    `Seeded ${counts.writers.toLocaleString('en')} writers, ${counts.events} events and ${counts.pieces.toLocaleString('en')} pieces in ${seconds} s. Writers sign in as writer1… with the password "${SEED_PASSWORD}".\n`,
  );
}
