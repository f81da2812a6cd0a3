import { describe, expect, it } from 'vitest';
import { form, post, testApp } from '../helpers.ts';
import { expectWithin } from '../time-bound.ts';

// The attacks of the issue, through HTTP and without an account: each took seconds to hours.
const PAGE = `Rating:\nGeneral Audiences\nFandom:\nX\n\nAaa${' '.repeat(60_000)}x`;
const DOWNLOAD = `<dl class="tags"><dt>Rating:</dt><dd>G</dd></dl><div id="chapters">${'<div '.repeat(40_000)}`;
const HEADINGS = `<dl class="tags">${'<h1>'.repeat(50_000)}<div id="chapters">`;
const TAGS = `<dl class="tags">${'<'.repeat(100_000)}`;

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

describe('parsing attacks answer at once', () => {
  // One app: its parse thread starts once (a second or so), then each parse takes milliseconds.
  const { app } = testApp();
  it.each([
    ['the issue’s page of spaces', PAGE],
    ['40,000 nested <div', DOWNLOAD],
    ['50,000 <h1>', HEADINGS],
    ['100,000 "<" in the tags', TAGS],
  ])('POST /api/v1/pieces/parse: %s', async (_, text) => {
    const started = performance.now();
    const res = await app.request('/api/v1/pieces/parse', json({ text }));
    expect(res.status).toBe(200);
    await res.json();
    expectWithin(started, 5000);
  });

  it.each([
    ['the issue’s page of spaces', PAGE],
    ['50,000 <h1>', HEADINGS],
  ])('the public word-count form: %s', async (_, paste) => {
    const started = performance.now();
    const res = await app.request('/pieces/word-count', post(form({ paste })));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('paste-count');
    expectWithin(started, 5000);
  });
});
