import { parseAo3, readAo3Listing } from '../../src/domain/ao3-import.ts';
import { readAo3Link } from '../../src/domain/ao3-url.ts';
import { readBingoPool } from '../../src/domain/bingo-pool.ts';
import { findDayLabel } from '../../src/domain/day-labels.ts';
import { slugify } from '../../src/domain/event-input.ts';
import { csvCell } from '../../src/domain/export-csv.ts';
import { formLimitProblem } from '../../src/domain/form-fields.ts';
import { escapeMarkdown } from '../../src/domain/masterpost.ts';
import { parseWordCount, splitFandoms } from '../../src/domain/piece-input.ts';
import { detectPrompts } from '../../src/domain/prompt-detect.ts';
import { parsePromptList } from '../../src/domain/prompt-list.ts';
import { findNamedEvent, matchPromptPositions, normalise } from '../../src/domain/prompt-match.ts';
import { avoids, squickFilter, validateSquickList } from '../../src/domain/squick.ts';
import { nameProblem, textProblem } from '../../src/domain/text-input.ts';
import { isUtf8Body } from '../../src/domain/utf8.ts';
import { countWords, decodeHtmlEntities } from '../../src/domain/word-count.ts';

/** One parser on one input built to make a backtracking or rescanning parser slow. */
export type AdversarialCase = { parser: string; input: string; run: () => unknown };

/** About `kb` KB of `unit` repeated. */
const times = (unit: string, kb: number) => unit.repeat(Math.ceil((kb * 1000) / unit.length));

// The AO3 work page header the issue's attack sat under, so that the page reader takes the paste.
const HEADER = 'Rating:\nGeneral Audiences\nFandom:\nX\n\n';
const DOWNLOAD = '<dl class="tags"><dt>Rating:</dt><dd>General Audiences</dd></dl>';
const CHAPTERS = '<div id="chapters">';
const TAGS = '<dl class="tags">';
const WORK_META = '<dl class="work meta group"><dt>Rating:</dt><dd class="rating tags">G</dd></dl>';
const BLURB = `<li class="work blurb group" id="work_1"><h4 class="heading"><a href="/works/1">T</a></h4><ul class="tags">${'<li><a class="tag">x</a></li>'.repeat(20)}</ul></li>`;

const ao3: [string, string][] = [
  ['the issue’s page: a title, 200,000 spaces, a letter', `${HEADER}Aaa${' '.repeat(200_000)}x`],
  ['a page: event words, then tabs and spaces', `${HEADER}Title\n\nWhumptober Aaa Bbb${times(' \t', 200)}x`],
  ['a page: "Day" and 200,000 spaces', `${HEADER}Title\n\nSummary:\nDay${' '.repeat(200_000)}x`],
  [
    'a page: a prompt, a dash, 200,000 spaces',
    `${HEADER}Title\n\nNotes:\nDay 2 -${' '.repeat(200_000)}\u2028`,
  ],
  ['a page: 20,000 header labels', times('Rating:\n', 200)],
  ['a page: one stats line of 20,000 labels', `${HEADER}Stats: ${times('Published: Words: ', 300)}`],
  [
    'a page: a chapter heading, spaces, a line separator',
    `${HEADER}T\n\nChapter Text\nChapter 1:${' '.repeat(200_000)}\u2028p`,
  ],
  ['a page: 40,000 "Part 1 of "', `${HEADER}T\n\nSeries this work belongs to:\n${times('Part 1 of ', 400)}`],
  ['a page: 50,000 lines of punctuation', `${HEADER}T\n\nNotes:\n${times('!?:;,.\n', 350)}`],
  ['a page: 100,000 "Day 1 "', `${HEADER}T\n\nNotes:\n${times('Day 1 ', 600)}`],
  ['a page: 60,000 "Prompt No. #"', `${HEADER}T\n\nNotes:\n${times('Prompt No. #', 700)}`],
  ['a page: 100,000 capitalised words', `${HEADER}T\n\nNotes:\n${times('Aa ', 300)}`],
  [
    'a page: long tokens of apostrophes before markers',
    `${HEADER}T\n\nNotes:\n${times(`${'’A'.repeat(40)}# Day 1 `, 300)}`,
  ],
  ['a page: a 200,000-character token before a marker', `${HEADER}T\n\nNotes:\n${times('’A', 200)}# Day 1`],
  ['a page: 50,000 words of a made-up event', `${HEADER}T\n\nNotes:\n${times('efest\t#c', 300)}`],
  ['a download: "<" and 100,000 letters in the tags', `${TAGS}<${'a'.repeat(100_000)}`],
  ['a download: 200,000 "<" in the tags', `${TAGS}${'<'.repeat(200_000)}`],
  ['a download: 20,000 nested "<div "', `${DOWNLOAD}${CHAPTERS}${times('<div ', 300)}`],
  ['a download: 25,000 "<h1>"', `${DOWNLOAD}${times('<h1>', 300)}${CHAPTERS}`],
  ['a download: 25,000 "<H1<"', `${DOWNLOAD}${times('<H1<', 300)}${CHAPTERS}`],
  ['a download: 50,000 "<BR/" in the tags', `${TAGS}${times('<BR/', 200)}`],
  ['a download: 50,000 "<p" in the tags', `${TAGS}${times('<p', 100)}`],
  ['a download: 50,000 "<!--P" in the tags', `${TAGS}${times('<!--P', 250)}`],
  ['a download: 30,000 "<script " in the tags', `${TAGS}${times('<script ', 250)}`],
  ['a download: 30,000 "<dl " in the tags', `${TAGS}${times('<dl ', 120)}`],
  [
    'a download: 10,000 chapter-content openings',
    `${DOWNLOAD}${CHAPTERS}${times('<!--chapter content-->', 250)}`,
  ],
  ['a download: 20,000 "<p>Summary:</p>"', `${DOWNLOAD}${times('<p> Summary: </p> ', 350)}${CHAPTERS}`],
  ['a download: a summary of 100,000 "<"', `${DOWNLOAD}<p>Summary:</p><blockquote>${'<'.repeat(100_000)}`],
  [
    'a download: chapters of 100,000 "<"',
    `${DOWNLOAD}${CHAPTERS}<!--chapter content--><!--/chapter content-->${times('<', 100)}`,
  ],
  ['a download: 100,000 "&#x"', `${DOWNLOAD}${CHAPTERS}${times('&#x', 300)}`],
  ['HTML text: 30,000 "<p>x</p"', `<p>${times('<p>x</p', 200)}`],
  ['plain text: 500 KB of "-"', times('-', 500)],
  ['a work page: 100,000 nested <div>', `${WORK_META}${times('<div>', 500)}`],
  [
    'a work page: 50,000 unclosed <dd class="fandom tags">',
    `${WORK_META}${times('<dd class="fandom tags">', 600)}`,
  ],
  [
    'a work page: 100,000 <a> in the tags',
    `<dl class="work meta"><dd class="freeform tags">${times('<a>Tag</a>, ', 800)}`,
  ],
  ['a work page: an attribute of 300,000 characters', `${WORK_META}<div title="${'x'.repeat(300_000)}">`],
  ['a work page: 50,000 close tags nothing opened', `${WORK_META}${times('</div></span>', 600)}`],
  ['a work URL and 200,000 slashes', `https://archiveofourown.org/works/1${'/'.repeat(200_000)}x`],
];

const words: [string, string][] = [
  ['500 KB of hyphens', times('-', 500)],
  ['500 KB of apostrophes and hyphens', times("'-’", 500)],
  ['500 KB of astral characters', times('𝒜😀', 500)],
  ['500 KB of lone surrogates', times('\ud800', 500)],
];
const wordsHtml: [string, string][] = [
  ['500 KB of "<"', times('<', 500)],
  ['"<a" and 500 KB of an unclosed attribute', `<a title="${times('x', 500)}`],
  ['100,000 "<a b=\'"', times("<a b='", 500)],
  ['60,000 "<script>" never closed', times('<script>', 500)],
  ['60,000 "<title>" never closed', times('<title>', 500)],
  ['100,000 "<!--"', times('<!--', 400)],
  ['100,000 "</"', times('</', 200)],
  ['200,000 "&"', times('&', 200)],
  ['60,000 "&abcdefg"', times('&abcdefghijklmnop', 500)],
  ['100,000 "&#"', times('&#', 200)],
];
const listings: [string, string][] = [
  ['100,000 nested <li class="work blurb group">', times('<li class="work blurb group">', 500)],
  ['20,000 works of 20 tags', `<ol class="work index group">${times(BLURB, 500)}</ol>`],
  ['200,000 "<"', `<ol class="work index group">${'<'.repeat(200_000)}`],
  ['100,000 headings "1 - 20 of 100 Works"', `<h2 class="heading">${times('1 - 20 of 100 Works in ', 500)}`],
];
const lists: [string, string][] = [
  ['199 KB of spaces and a letter', `1. A\n${' '.repeat(195_000)}x`],
  ['a prompt with 190,000 spaces inside', `1. a${' '.repeat(190_000)}b`],
  ['"alt" and 190,000 spaces', `1. a\nalt${' '.repeat(190_000)}x`],
  ['"alt (" and 190,000 spaces', `1. a\nalt (x)${' '.repeat(190_000)}x`],
  ['spaces around 30,000 "|"', `1. ${times('  |  ', 190)}`],
  ['30,000 " / " separators', `1. a${times(' \t/ ', 190)}`],
  ['"alt " and 60,000 " \\n"', `1. A\nALT ${times(' \n', 190)}T`],
  ['60,000 numbered lines', times('1.\n', 190)],
  ['a day label and 190,000 spaces', `Day 1:${' '.repeat(190_000)}x`],
  ['a date label and 190,000 spaces', `October 1st,${' '.repeat(190_000)}x`],
  ['40,000 hashtags on one line', `1. A\n${times('#tag ', 190)}!`],
  ['"Rules" and 190,000 colon-less characters', `1. A\nRules ${'x'.repeat(190_000)}`],
  ['30,000 lines of punctuation', times('!?.,;:\n', 190)],
  [
    '366 days of 10 long prompts',
    Array.from({ length: 366 }, (_, i) => `${i + 1}. ${times('word | ', 0.5)}`).join('\n'),
  ],
];
const other: [string, string, (s: string) => unknown][] = [
  ['prompt detection', 'a prompt, a colon and 200,000 tabs', (s) => detectPrompts([s])],
  ['day labels', '100,000 "day" without a number', findDayLabel],
  ['day labels', '50,000 "#no." and number words', findDayLabel],
  ['AO3 links', 'a link of 300,000 characters', (s) => readAo3Link(s)],
  ['HTML references', '100,000 "&a"', decodeHtmlEntities],
  ['squick list', '2,000 long lines', (s) => validateSquickList(s)],
  ['squick match', '100 entries over 100 KB of one word', (s) => avoids(squickFilter(SQUICK), s)],
  ['prompt match', '100 KB of words against three prompts', (s) => matchPromptPositions(s, PROMPTS)],
  ['prompt match: event name', '100 KB of one word', (s) => findNamedEvent(s, EVENTS, null)],
  ['normalise', '100 KB of accents', normalise],
  ['slugify', '100 KB of hyphens and letters', slugify],
  ['word count as typed', '100 KB of digits and commas', parseWordCount],
  ['fandoms', '100 KB of commas and spaces', splitFandoms],
  ['Markdown escaping', '100 KB of markup characters', escapeMarkdown],
  ['CSV cell', '100 KB of spaces, then a letter', csvCell],
  ['text check', '500 KB of surrogate pairs', (s) => textProblem(s, 'The text', true)],
  ['name check', '100 KB of zero-width spaces', (s) => nameProblem(s, 'The name')],
  ['form limits', '5 MB of one field sent again and again', (s) => formLimitProblem(BYTES(s), FORM)],
  ['UTF-8 check', '300 KB of escapes', (s) => isUtf8Body(BYTES(s), true)],
  ['bingo pool', '150 KB of one line of labels and spaces', readBingoPool],
  ['bingo pool', '150 KB of short repeated lines', readBingoPool],
];
const SQUICK = Array.from({ length: 100 }, (_, i) => `word word word word word${i}*`).join('\n');
const PROMPTS = [
  { position: 1, text: 'Word word' },
  { position: 2, text: 'Another word' },
  { position: 3, text: times('word ', 0.5) },
];
const EVENTS = [{ slug: 'word', name: 'Word' }];
const FORM = 'application/x-www-form-urlencoded';
const BYTES = (s: string) => new TextEncoder().encode(s);
const OTHER_INPUTS: Record<string, string> = {
  'a prompt, a colon and 200,000 tabs': `Whumptober Day 2:${'\t'.repeat(200_000)}x`,
  '100,000 "&a"': times('&a', 200),
  '100,000 "day" without a number': times('day ', 400),
  '50,000 "#no." and number words': times('#no. twenty-', 600),
  'a link of 300,000 characters': `https://archiveofourown.org/works/1${'/x'.repeat(150_000)}`,
  '2,000 long lines': times(`${'x'.repeat(99)}\n`, 200),
  '100 entries over 100 KB of one word': times('word ', 100),
  '100 KB of words against three prompts': times('word ', 100),
  '100 KB of one word': times('word ', 100),
  '100 KB of accents': times('e\u0301', 100),
  '100 KB of hyphens and letters': times('-a--', 100),
  '100 KB of digits and commas': times('1,', 100),
  '100 KB of commas and spaces': times(', ', 100),
  '100 KB of markup characters': times('*_[]<>#', 100),
  '100 KB of spaces, then a letter': `${' '.repeat(100_000)}x`,
  '500 KB of surrogate pairs': times('😀', 500),
  '100 KB of zero-width spaces': times('\u200b', 100),
  '5 MB of one field sent again and again': times('day=2&', 5000),
  '300 KB of escapes': times('%41', 300),
  '150 KB of one line of labels and spaces': times('day 1  - ', 150),
  '150 KB of short repeated lines': times('- Day 2: x\n', 150),
};

/** Every text parser of src/domain on inputs of 100–500 KB (5 MB for the form limit) built to be slow. */
export const ADVERSARIAL: AdversarialCase[] = [
  ...ao3.map(([name, input]) => ({ parser: `AO3 reader: ${name}`, input, run: () => parseAo3(input) })),
  ...words.map(([name, input]) => ({ parser: `word count: ${name}`, input, run: () => countWords(input) })),
  ...wordsHtml.map(([name, input]) => ({
    parser: `word count, HTML: ${name}`,
    input,
    run: () => countWords(input, 'html'),
  })),
  ...listings.map(([name, input]) => ({
    parser: `AO3 listing reader: ${name}`,
    input,
    run: () => readAo3Listing(input),
  })),
  ...lists.map(([name, input]) => ({
    parser: `prompt list: ${name}`,
    input,
    run: () => parsePromptList(input),
  })),
  ...other.map(([parser, name, run]) => {
    const input = OTHER_INPUTS[name] as string;
    return { parser: `${parser}: ${name}`, input, run: () => run(input) };
  }),
];
