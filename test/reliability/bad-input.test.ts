import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writers } from '../../db/schema.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { saveWordLog } from '../../src/queries/word-logs.ts';
import { signUp, testApp, withCookie } from '../helpers.ts';

/**
 * The bad-input corpus: every form and API endpoint, with missing and extra fields, wrong types,
 * bad numbers and dates, huge and malformed bodies, other writers' ids. Each case must be answered
 * with its 4xx status and a message (`{ error }` from the API, the `message` in the page), and leave
 * every row of every table as it was.
 */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
type Case = {
  name: string;
  /** `METHOD /path`; defaults to the file's endpoint. `{{name}}` is replaced by the world's ids. */
  endpoint?: string;
  /** Who asks: `ana` (session cookie for pages, API token for /api), `visitor`, or `forged` (a bad token). */
  as?: 'ana' | 'visitor' | 'forged';
  json?: Value;
  form?: Record<string, Value>;
  /** Fields as multipart/form-data; `{ "$file": text }` is a file upload. */
  multipart?: Record<string, Value>;
  /** A body sent as it is; `{ "$repeat": text, "times": n }` for a long one. */
  raw?: Value;
  /** Bytes as hex, sent as they are (invalid UTF-8). */
  hex?: string;
  contentType?: string;
  headers?: Record<string, string>;
  status: number;
  /** A regular expression the error (API) or the page (HTML) must match. */
  message?: string;
  /** Tables whose rows the request may add (sign-in failures are counted by design). */
  grows?: string[];
};
type CorpusFile = { endpoint: string; as?: Case['as']; cases: Case[] };

const FOLDER = new URL('../fixtures/bad-input/', import.meta.url);
const CORPUS = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) => {
    const corpus = JSON.parse(readFileSync(new URL(file, FOLDER), 'utf8')) as CorpusFile;
    return corpus.cases.map((c) => ({
      ...c,
      endpoint: c.endpoint ?? corpus.endpoint,
      as: c.as ?? corpus.as ?? 'ana',
      file,
    }));
  });

/** `{ "$repeat": "x", "times": n }` becomes the string repeated; `{{id}}` is replaced in strings. */
function expand(value: Value, ids: Record<string, string>): Value {
  if (typeof value === 'string')
    return value.replace(/\{\{(\w+)\}\}/g, (_, k: string) => ids[k] ?? `{{${k}}}`);
  if (Array.isArray(value)) return value.map((v) => expand(v, ids));
  if (value && typeof value === 'object') {
    if (typeof value.$repeat === 'string' && typeof value.times === 'number')
      return value.$repeat.repeat(value.times);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, ids)]));
  }
  return value;
}

function formBody(fields: Record<string, Value>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields))
    for (const item of Array.isArray(v) ? v : [v])
      body.append(k, typeof item === 'string' ? item : JSON.stringify(item));
  return body;
}

function requestOf(
  c: Case,
  ids: Record<string, string>,
  auth: { cookie: string; token: string },
): [string, RequestInit] {
  const [method, rawPath] = (c.endpoint as string).split(' ') as [string, string];
  const path = expand(rawPath, ids) as string;
  const headers = new Headers(c.headers);
  let body: BodyInit | undefined;
  if (c.json !== undefined) {
    body = JSON.stringify(expand(c.json, ids));
    headers.set('Content-Type', 'application/json');
  } else if (c.form !== undefined) {
    body = formBody(expand(c.form, ids) as Record<string, Value>);
  } else if (c.multipart !== undefined) {
    // Written out by hand: a field per string, a file per { "$file": text }.
    const boundary = 'corpus-boundary-7d2f';
    const parts = Object.entries(expand(c.multipart, ids) as Record<string, Value>).map(([k, v]) => {
      const file = typeof v === 'object' && v !== null && !Array.isArray(v) ? String(v.$file) : undefined;
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="${k}"`;
      return file === undefined
        ? `${head}\r\n\r\n${String(v)}\r\n`
        : `${head}; filename="upload.json"\r\nContent-Type: application/json\r\n\r\n${file}\r\n`;
    });
    body = `${parts.join('')}--${boundary}--\r\n`;
    headers.set('Content-Type', `multipart/form-data; boundary=${boundary}`);
  } else if (c.raw !== undefined) {
    body = expand(c.raw, ids) as string;
  } else if (c.hex !== undefined) {
    body = Buffer.from(c.hex.replace(/\s/g, ''), 'hex');
  }
  if (c.contentType) headers.set('Content-Type', c.contentType);
  const api = path.startsWith('/api/');
  if (c.as === 'ana' && api) headers.set('Authorization', `Bearer ${auth.token}`);
  if (c.as === 'forged' && api) headers.set('Authorization', 'Bearer pr_forged');
  const init: RequestInit = { method, headers, body };
  return [path, c.as === 'ana' && !api ? withCookie(auth.cookie, init) : init];
}

describe('the bad-input corpus', () => {
  const t = testApp();
  const auth = { cookie: '', token: '' };
  const ids: Record<string, string> = {};

  /** Every row of every table, as JSON by table (a token's last use is not content). */
  const dump = () =>
    Object.fromEntries(
      (
        t.sqlite
          .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
          .all() as {
          name: string;
        }[]
      ).map(({ name }) => [
        name,
        JSON.stringify(
          t.sqlite
            .prepare(`select * from "${name}" order by rowid`)
            .all()
            .map((row) => ({ ...(row as object), last_used_at: undefined })),
        ),
      ]),
    );

  beforeAll(async () => {
    // The first account is the admin, who may edit every event: ana and bo are plain writers.
    await signUp(t.app, 'root');
    auth.cookie = await signUp(t.app, 'ana');
    await signUp(t.app, 'bo');
    const writerId = (name: string) =>
      t.db
        .select()
        .from(writers)
        .all()
        .find((w) => w.username === name)?.id as number;
    const ana = writerId('ana');
    const anaToken = createToken(t.db, ana, 'corpus');
    auth.token = anaToken.token;
    const boToken = createToken(t.db, writerId('bo'), 'bo');
    ids.anaTokenId = String(anaToken.id);
    ids.boTokenId = String(boToken.id);
    const api = (token: string, path: string, json: unknown) =>
      t.app.request(path, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(json),
      });
    const piece = (title: string) => ({
      title,
      words: 500,
      fandoms: ['Good Omens'],
      fills: [{ event: 'promptober-demo', day: 2, prompts: [1] }],
    });
    ids.anaPiece = String((await (await api(auth.token, '/api/v1/pieces', piece('Ana’s piece'))).json()).id);
    ids.boPiece = String((await (await api(boToken.token, '/api/v1/pieces', piece('Bo’s piece'))).json()).id);
    const event = (slug: string) => ({
      slug,
      name: `Fest ${slug}`,
      first_day: '2025-10-01',
      days: [
        { day: 1, prompts: ['One'] },
        { day: 2, prompts: ['Two', 'Deux'] },
      ],
      alternates: ['Spare'],
    });
    expect((await api(auth.token, '/api/v1/events', event('ana-fest'))).status).toBe(201);
    expect((await api(boToken.token, '/api/v1/events', event('bo-fest'))).status).toBe(201);
    const log = (writer: number) => {
      const saved = saveWordLog(t.db, writer, { date: '2025-10-01', words: 300, mode: 'add', pieceId: null });
      if (!saved.ok) throw new Error('word log');
      return String(saved.value.id);
    };
    ids.anaLog = log(ana);
    ids.boLog = log(writerId('bo'));
  });

  it('has cases for every endpoint file, and only 4xx expectations', () => {
    expect(CORPUS.length).toBeGreaterThan(100);
    for (const c of CORPUS) expect(c.status, `${c.file}: ${c.name}`).toBeGreaterThanOrEqual(400);
  });

  it.each(CORPUS)('$endpoint — $name', async (c) => {
    const before = dump();
    const [path, init] = requestOf(c, ids, auth);
    const res = await t.app.request(path, init);
    const text = await res.text();
    const api = path.startsWith('/api/');
    const type = res.headers.get('Content-Type') ?? '';
    let shown = text;
    if (api) {
      expect(type, text.slice(0, 300)).toMatch(/^application\/json/);
      const error = (JSON.parse(text) as { error?: unknown }).error;
      expect(typeof error === 'string' && error.length > 0, text.slice(0, 300)).toBe(true);
      shown = error as string;
    } else {
      expect(type).toMatch(/^text\/html/);
      if (!process.env.DISCOVER)
        expect(c.message, 'an HTML case names the message its page shows').toBeDefined();
    }
    if (process.env.DISCOVER) {
      const page = shown.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      const main = page.slice(page.indexOf('Please fix') >= 0 ? page.indexOf('Please fix') : 0);
      console.log(`DISCOVER ${c.file} | ${c.name} | ${res.status} | ${(api ? shown : main).slice(0, 160)}`);
    } else {
      if (c.message) expect(shown).toMatch(new RegExp(c.message, 'i'));
      expect(res.status, text.slice(0, 500)).toBe(c.status);
    }
    expect(res.status).toBeLessThan(500);
    const after = dump();
    for (const table of Object.keys(before))
      if (!c.grows?.includes(table)) expect(after[table], `rows of ${table}`).toBe(before[table]);
  });
});
