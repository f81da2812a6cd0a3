import { findAll, findFirst, type HtmlElement, isA, textOf } from './html.ts';

/** Why a page is not a readable work: what AO3 (or Cloudflare in front of it) answered instead. */
export type Ao3Problem = 'restricted' | 'sign-in' | 'not-found' | 'adult' | 'challenge' | 'retry-later';

const PASTE = 'paste the page instead (select all and copy it, or save it and paste its HTML)';

/** What to tell the writer about each kind of page, with what to do. */
export const PROBLEM_MESSAGES: Record<Ao3Problem, string> = {
  restricted: `This work is only shown to signed-in AO3 users, so Promptly cannot read it. Open it on AO3 while signed in, then ${PASTE}.`,
  'sign-in': `This is AO3’s sign-in page, not a work. Sign in on AO3, open the work, then ${PASTE}.`,
  'not-found':
    'AO3 has no such work (error 404): it was deleted, or the address is wrong. Check the link from your AO3 dashboard.',
  adult: `This is AO3’s adult-content warning, not the work. On AO3 choose “Yes, Continue”, then ${PASTE} — or paste the work’s link.`,
  challenge: `AO3 answered with a check for robots (Cloudflare) instead of the page. Open the work in your browser, then ${PASTE}.`,
  'retry-later': `AO3 is busy and asked to retry later. Try again in a few minutes, or ${PASTE}.`,
};

const headings = (root: HtmlElement) =>
  findAll(root, (e) => /^h[1-3]$/.test(e.name))
    .slice(0, 40)
    .map(textOf);

/** The kind of page `root` is when it is not a work: a sign-in, 404, adult-warning or challenge page. */
export function pageProblem(root: HtmlElement): Ao3Problem | null {
  // A work's header or a download's tags: a readable work, whatever its title says.
  if (findFirst(root, (e) => isA(e, 'dl', 'work', 'meta') || isA(e, 'dl', 'tags'))) return null;
  const title = textOf(findFirst(root, (e) => e.name === 'title'));
  const challenge =
    /^(?:Just a moment|Attention Required|Checking your browser)/i.test(title) ||
    findFirst(
      root,
      (e) =>
        [
          'challenge-form',
          'challenge-running',
          'cf-challenge-running',
          'challenge-stage',
          'cf-wrapper',
        ].includes(e.attrs.id ?? '') ||
        (e.name === 'script' && (e.attrs.src ?? '').includes('/cdn-cgi/challenge-platform/')),
    ) !== undefined;
  if (challenge) return 'challenge';
  const body = findFirst(root, (e) => e.name === 'body') ?? root;
  const text = textOf(body);
  if (/^Retry later\.?$/i.test(text)) return 'retry-later';
  if (headings(root).some((h) => /^Error 404\b/i.test(h)) || /\(404\)|\bError 404\b/.test(title))
    return 'not-found';
  const login = findFirst(
    root,
    (e) =>
      e.attrs.id === 'loginform' || (e.name === 'form' && (e.attrs.action ?? '').includes('/users/login')),
  );
  if (login && text.includes('only available to registered users')) return 'restricted';
  const caution = findFirst(root, (e) => isA(e, 'p', 'caution'));
  const continues = findFirst(
    root,
    (e) => e.name === 'a' && (e.attrs.href ?? '').includes('view_adult=true'),
  );
  if (caution && continues && /adult content/i.test(textOf(caution))) return 'adult';
  if (login && !findFirst(root, (e) => isA(e, 'li', 'blurb'))) return 'sign-in';
  return null;
}

/** The same kinds of page, copied as text rather than saved as HTML. */
export function textProblem(text: string): Ao3Problem | null {
  const head = text.slice(0, 20_000);
  if (/^\s*Retry later\.?\s*$/i.test(text.slice(0, 200)) && text.trim().length < 40) return 'retry-later';
  if (head.includes('Checking your browser') || head.includes('Enable JavaScript and cookies to continue'))
    return 'challenge';
  if (head.includes('only available to registered users of the Archive')) return 'restricted';
  if (/^Error 404$/m.test(head) && head.includes('doesn')) return 'not-found';
  if (head.includes('This work could have adult content')) return 'adult';
  return null;
}
