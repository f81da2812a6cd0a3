import { describe, expect, it } from 'vitest';
import {
  type Ao3Problem,
  PROBLEM_MESSAGES,
  pageProblem,
  textProblem,
} from '../../src/domain/ao3-problems.ts';
import { parseHtml } from '../../src/domain/html.ts';

const PASTE = 'paste the page instead (select all and copy it, or save it and paste its HTML)';
const problem = (html: string) => pageProblem(parseHtml(html));
const LOGIN = '<form action="/users/login" method="post"><input name="user[login]"></form>';

describe('the messages', () => {
  it('says what each page is and what to do', () => {
    expect(PROBLEM_MESSAGES).toEqual({
      restricted: `This work is only shown to signed-in AO3 users, so Promptly cannot read it. Open it on AO3 while signed in, then ${PASTE}.`,
      'sign-in': `This is AO3’s sign-in page, not a work. Sign in on AO3, open the work, then ${PASTE}.`,
      'not-found':
        'AO3 has no such work (error 404): it was deleted, or the address is wrong. Check the link from your AO3 dashboard.',
      adult: `This is AO3’s adult-content warning, not the work. On AO3 choose “Yes, Continue”, then ${PASTE} — or paste the work’s link.`,
      challenge: `AO3 answered with a check for robots (Cloudflare) instead of the page. Open the work in your browser, then ${PASTE}.`,
      'retry-later': `AO3 is busy and asked to retry later. Try again in a few minutes, or ${PASTE}.`,
    });
  });
});

describe('pageProblem', () => {
  it.each<[string, string, Ao3Problem | null]>([
    ['a plain page', '<html><body><p>Hello</p></body></html>', null],
    ['nothing', '', null],
    ['a challenge title', '<title>Just a moment...</title>', 'challenge'],
    ['a challenge title, any case', '<title>just a MOMENT</title>', 'challenge'],
    ['an attention title', '<title>Attention Required! | Cloudflare</title>', 'challenge'],
    ['a checking title', '<title>Checking your browser before accessing</title>', 'challenge'],
    ['a title that only mentions it', '<title>Wait, Just a moment</title>', null],
    ['#challenge-form', '<form id="challenge-form"></form>', 'challenge'],
    ['#challenge-running', '<div id="challenge-running"></div>', 'challenge'],
    ['#cf-challenge-running', '<div id="cf-challenge-running"></div>', 'challenge'],
    ['#challenge-stage', '<div id="challenge-stage"></div>', 'challenge'],
    ['#cf-wrapper', '<div id="cf-wrapper"></div>', 'challenge'],
    ['another id', '<div id="challenge"></div>', null],
    [
      'the challenge script',
      '<script src="/cdn-cgi/challenge-platform/h/b/orchestrate.js"></script>',
      'challenge',
    ],
    ['another script', '<script src="/cdn-cgi/scripts/email.js"></script>', null],
    ['an inline script', '<script>var x = 1;</script>', null],
    ['a form without an address', '<form><input></form>', null],
    ['the path on an image', '<img src="/cdn-cgi/challenge-platform/x.png">', null],
    ['retry later', '<body> Retry later </body>', 'retry-later'],
    ['retry later.', '<p>retry later.</p>', 'retry-later'],
    ['retry later and more', '<p>Retry later, please</p>', null],
    ['retry later in the body alone', '<div>Note</div><body>Retry later</body>', 'retry-later'],
    ['retry later among other text', '<div>Note</div><p>Retry later</p>', null],
    ['an Error 404 heading', '<h2 class="heading">Error 404</h2><p>The page was not found.</p>', 'not-found'],
    ['an error 404 h1', '<h1>error 404 - not found</h1>', 'not-found'],
    ['an Error 404 h3', '<h3>Error 404</h3>', 'not-found'],
    ['an Error 404 h4', '<h4>Error 404</h4>', null],
    ['an Error 4040 heading', '<h2>Error 4040</h2>', null],
    ['a heading that only mentions it', '<h2>About Error 404</h2>', null],
    ['a (404) title', '<title>Page Not Found (404)</title>', 'not-found'],
    ['an Error 404 title', '<title>Archive | Error 404 page</title>', 'not-found'],
    ['a lower-case title', '<title>error 404</title>', null],
    [
      'restricted',
      `<p>This work is only available to registered users of the Archive.</p>${LOGIN}`,
      'restricted',
    ],
    [
      'restricted, #loginform',
      '<p>This work is only available to registered users of the Archive.</p><div id="loginform"></div>',
      'restricted',
    ],
    ['the notice without a login form', '<p>This work is only available to registered users</p>', null],
    ['a login form', `<h2>Log In</h2>${LOGIN}`, 'sign-in'],
    ['#loginform', '<div id="loginform">x</div>', 'sign-in'],
    ['a form to another address', '<form action="/search"></form>', null],
    ['a login form beside blurbs', `${LOGIN}<ol><li class="work blurb">w</li></ol>`, null],
    [
      'the adult warning',
      '<p class="caution">This work could have Adult Content.</p><a href="/works/1?view_adult=true">Yes</a>',
      'adult',
    ],
    ['a caution without a way on', '<p class="caution">This work could have adult content.</p>', null],
    ['a caution and a link to nowhere', '<p class="caution">adult content</p><a name="x">Yes</a>', null],
    ['a way on without a caution', '<p>adult content</p><a href="/works/1?view_adult=true">Yes</a>', null],
    [
      'a caution about something else',
      '<p class="caution">Careful.</p><a href="/works/1?view_adult=true">Yes</a>',
      null,
    ],
    [
      'the adult warning with a login form',
      `${LOGIN}<p class="caution">adult content</p><a href="/works/1?view_adult=true">Yes</a>`,
      'adult',
    ],
    ['a challenge before retry later', '<title>Just a moment</title><p>Retry later</p>', 'challenge'],
    ['retry later before a 404', '<title>Error 404</title><body>Retry later</body>', 'retry-later'],
    ['a 404 before a login form', `<h2>Error 404</h2>${LOGIN}`, 'not-found'],
  ])('%s', (_, html, expected) => {
    expect(problem(html)).toBe(expected);
  });

  it('a work header or a download’s tags make any page a work', () => {
    expect(problem(`<title>Just a moment</title><dl class="work meta group"></dl>${LOGIN}`)).toBeNull();
    expect(problem('<title>Error 404</title><dl class="tags"></dl>')).toBeNull();
    expect(problem('<title>Error 404</title><dl class="meta"></dl>')).toBe('not-found');
  });

  it('only the first forty headings are read', () => {
    const headings = (n: number) => '<h3>x</h3>'.repeat(n);
    expect(problem(`${headings(39)}<h2>Error 404</h2>`)).toBe('not-found');
    expect(problem(`${headings(40)}<h2>Error 404</h2>`)).toBeNull();
  });
});

describe('textProblem', () => {
  it.each<[string, string, Ao3Problem | null]>([
    ['a story', 'Once upon a time.', null],
    ['nothing', '', null],
    ['retry later', 'Retry later', 'retry-later'],
    ['retry later., spaced', '  \n retry later. \n', 'retry-later'],
    ['retry later and text', 'Retry later\nor not', null],
    ['retry later far from text', `Retry later${' '.repeat(300)}and then a story`, null],
    ['checking your browser', 'archiveofourown.org\nChecking your browser before accessing', 'challenge'],
    ['enable JavaScript', 'Enable JavaScript and cookies to continue', 'challenge'],
    ['restricted', 'Sorry! This work is only available to registered users of the Archive.', 'restricted'],
    ['restricted, another site', 'only available to registered users of the club', null],
    ['404', 'Error 404\nThe page you were looking for doesn’t exist.', 'not-found'],
    ['404, apostrophe', "x\nError 404\nIt doesn't exist", 'not-found'],
    ['404 without the sentence', 'Error 404\nGone.', null],
    ['404 inside a line', 'An Error 404\nThe page doesn’t exist.', null],
    ['adult', 'Adult Content Warning\nThis work could have adult content. If you continue…', 'adult'],
    [
      'a challenge before restricted',
      'Checking your browser\nonly available to registered users of the Archive',
      'challenge',
    ],
    [
      'restricted before 404',
      'Error 404\ndoesn’t\nonly available to registered users of the Archive',
      'restricted',
    ],
    ['404 before adult', 'Error 404\ndoesn’t\nThis work could have adult content', 'not-found'],
  ])('%s', (_, text, expected) => {
    expect(textProblem(text)).toBe(expected);
  });

  it('reads the first 20,000 characters', () => {
    const sign = 'Checking your browser';
    expect(textProblem('x'.repeat(20_000 - sign.length) + sign)).toBe('challenge');
    expect(textProblem('x'.repeat(20_001 - sign.length) + sign)).toBeNull();
  });
});
