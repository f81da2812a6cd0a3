import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.tsx';
import { verifyPassword } from '../../src/auth/secrets.ts';
import { SEED_PASSWORD } from '../../src/cli/seed-data.ts';
import { TEST_NOW } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'promptly-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real bin as `npx promptly` would, on the database file `db`. */
function promptly(db: string, args: string[], input = '') {
  const run = spawnSync(process.execPath, ['src/cli.mjs', ...args], {
    input,
    env: { ...process.env, DATABASE_URL: db },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the promptly bin', () => {
  const live = join(dir, 'live.db');

  it('adds a writer from stdin and creates a token that works against the app', async () => {
    expect(promptly(live, ['writer', 'add', 'ana'], '').code).toBe(1); // no password given
    const added = promptly(
      live,
      ['writer', 'add', 'ana', '--email', 'ana@example.org'],
      'correct horse\nignored\n',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Added the writer ana/);
    expect(promptly(live, ['writer', 'add', 'ANA'], 'another password\n').code).toBe(1);

    const created = promptly(live, ['token', 'create', 'ana', '--name', 'bin test']);
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split('\n').at(-1)?.split(' ').at(-1) ?? '';
    expect(token).toMatch(/^pr_[A-Za-z0-9_-]{43}$/);
    expect(promptly(live, ['token', 'create', 'nobody']).code).toBe(1);

    const { db, sqlite } = openDatabase(live);
    try {
      const app = createApp({ db, now: () => TEST_NOW });
      const res = await app.request('/api/v1/me/pieces', { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ pieces: [], total: 0 });
      const row = sqlite.prepare('select password_hash from writers where username = ?').get('ana') as {
        password_hash: string;
      };
      expect(await verifyPassword('correct horse', row.password_hash)).toBe(true);
    } finally {
      sqlite.close();
    }
  });

  it('resets a password from stdin', async () => {
    expect(promptly(live, ['writer', 'reset-password', 'ana'], 'a new password\n').code).toBe(0);
    expect(promptly(live, ['writer', 'reset-password', 'ana'], 'short\n').code).toBe(1);
    const db = new Database(live, { readonly: true });
    const row = db.prepare('select password_hash from writers where username = ?').get('ana') as {
      password_hash: string;
    };
    db.close();
    expect(await verifyPassword('a new password', row.password_hash)).toBe(true);
  });

  it('backs up to a file that passes the integrity check, and will not overwrite without --force', () => {
    const copy = join(dir, 'copy.db');
    const first = promptly(live, ['backup', copy]);
    expect(first.code).toBe(0);
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('select count(*) as n from writers').get() as { n: number }).n).toBe(1);
    db.close();
    const again = promptly(live, ['backup', copy]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--force/);
    expect(promptly(live, ['backup', copy, '--force']).code).toBe(0);
    expect(promptly(live, ['backup', live, '--force']).code).toBe(1);
    expect(promptly(join(dir, 'missing.db'), ['backup', join(dir, 'x.db')]).code).toBe(1);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });

  it('seeds exactly the counts asked for', async () => {
    const file = join(dir, 'seed.db');
    const seeded = promptly(file, ['seed', '--writers', '7', '--pieces', '120']);
    expect(seeded.code).toBe(0);
    expect(count(file, 'writers')).toBe(7);
    expect(count(file, 'pieces')).toBe(120);
    expect(count(file, 'events')).toBe(12);
    expect(count(file, 'event_days')).toBe(12 * 31);
    expect(count(file, 'fills')).toBeGreaterThanOrEqual(120);
    expect(count(file, 'piece_fandoms')).toBeGreaterThanOrEqual(120);
    const db = new Database(file, { readonly: true });
    const writers = db
      .prepare('select username, profile_public, password_hash from writers order by id')
      .all() as {
      username: string;
      profile_public: number;
      password_hash: string;
    }[];
    db.close();
    expect(writers.map((w) => w.username)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `writer${n}`));
    expect(writers.map((w) => w.profile_public)).toEqual([1, 0, 1, 0, 1, 0, 1]);
    expect(await verifyPassword(SEED_PASSWORD, writers[0]?.password_hash ?? null)).toBe(true);
    expect(promptly(file, ['seed', '--writers', '1', '--pieces', '1']).code).toBe(1); // writer1 exists
    expect(count(file, 'pieces')).toBe(120);
  });

  it('answers --help with 0 and unknown commands or flags with 2', () => {
    const help = promptly(live, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/writer add <username>/);
    expect(promptly(live, ['seed', '--help']).code).toBe(0);
    expect(promptly(live, ['frob']).code).toBe(2);
    expect(promptly(live, ['backup', 'x.db', '--frob']).code).toBe(2);
    expect(promptly(live, []).code).toBe(2);
  });
});
