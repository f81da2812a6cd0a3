import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { remembered } from './remembered.ts';

// A port of AO3's WordCounter (otwarchive lib/word_counter.rb) as one pass over char codes: per text
// node, `--` becomes a separator, ' ’ ‘ and - are deleted, then each Han, Hiragana, Katakana or Thai
// character is a word and every other run of word characters is a word.

const OTHER = 0;
const WORD = 1;
const SCRIPT = 2; // a character of a script counted one character per word
const DELETED = 3; // apostrophes: gone before counting, so they join what surrounds them
const HYPHEN = 4; // deleted alone, a separator in pairs
const HIGH_SURROGATE = 5;

const WORD_RE = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]/u;
const SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const KIND = buildBmpTable();
const astralKinds = remembered(new Map<number, number>());

function buildBmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  // Surrogates stay spaces so that the string indexes one code point per unit.
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let bmp = '';
  for (let c = 0; c < 0x10000; c += 0x1000) bmp += String.fromCharCode(...units.subarray(c, c + 0x1000));
  for (const [re, kind] of [
    [WORD_RE, WORD],
    [SCRIPT_RE, SCRIPT],
  ] as const) {
    for (const m of bmp.matchAll(new RegExp(`${re.source}+`, 'gu')))
      table.fill(kind, m.index, m.index + m[0].length);
  }
  table.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  table.fill(OTHER, 0xdc00, 0xe000);
  for (const c of [0x27, 0x2018, 0x2019]) table[c] = DELETED;
  table[0x2d] = HYPHEN;
  return table;
}

function astralKind(cp: number): number {
  let kind = astralKinds.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = SCRIPT_RE.test(ch) ? SCRIPT : WORD_RE.test(ch) ? WORD : OTHER;
    astralKinds.set(cp, kind);
  }
  return kind;
}

/** The number of words AO3 would count in `text`, read as plain text or as HTML. */
export function countWords(text: string, format: 'plain' | 'html' = 'plain'): number {
  if (format === 'html') return countHtmlWords(text);
  const n = text.length;
  let count = 0;
  let inWord = false;
  let hyphens = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i++);
    let kind = KIND[c]!;
    if (kind === HIGH_SURROGATE) {
      const d = i < n ? text.charCodeAt(i) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        kind = astralKind(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
      } else kind = OTHER;
    }
    if (kind === HYPHEN) {
      if (++hyphens >= 2) inWord = false;
      continue;
    }
    hyphens = 0;
    if (kind === WORD) {
      if (!inWord) {
        count++;
        inWord = true;
      }
    } else if (kind === SCRIPT) {
      count++;
      inWord = false;
    } else if (kind !== DELETED) inWord = false;
  }
  return count;
}

// Elements whose text AO3's counter never sees (raw text, or the document's head).
const UNCOUNTED = new Set(['script', 'style', 'title']);

/**
 * HTML counted text node by text node, as AO3 counts the nodes its HTML parser makes: htmlparser2's
 * tokenizer finds the markup (every tag or comment ends a text node), and each node's references are
 * decoded with the HTML 4 set libxml2 knows before it is counted as plain text.
 */
function countHtmlWords(html: string): number {
  let count = 0;
  let node: string[] = [];
  let skipping: string | null = null;
  let tag = '';
  const flush = () => {
    if (node.length > 0 && skipping === null) count += countWords(decodeHtmlEntities(node.join('')));
    node = [];
  };
  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => node.push(html.slice(start, end)),
    ontextentity: () => {},
    onopentagname: (start, end) => {
      flush();
      tag = html.slice(start, end).toLowerCase();
    },
    onopentagend: () => {
      if (UNCOUNTED.has(tag)) skipping ??= tag;
    },
    onselfclosingtag: () => {},
    onclosetag: (start, end) => {
      flush();
      if (skipping === html.slice(start, end).toLowerCase()) skipping = null;
    },
    onattribname: () => {},
    onattribdata: () => {},
    onattribentity: () => {},
    onattribend: () => {},
    oncomment: flush,
    oncdata: flush,
    ondeclaration: flush,
    onprocessinginstruction: flush,
    onend: flush,
  };
  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return count;
}

/** `html` with its character references (&amp;, &rsquo;, &#8217;, &#x2014;...) replaced by characters. */
export function decodeHtmlEntities(html: string): string {
  return html.replace(
    /&(?:[A-Za-z][A-Za-z0-9]{0,31};|#[xX][0-9A-Fa-f]{1,6};?|#[0-9]{1,7};?)/g,
    (ref, at: number) => {
      const cp = decodeEntity(html, at + 1);
      return cp < 0 ? ref : String.fromCodePoint(cp);
    },
  );
}

const ENTITY_NAME = /[A-Za-z][A-Za-z0-9]{0,31};|#[xX]([0-9A-Fa-f]{1,6});?|#([0-9]{1,7});?/y;

/** The code point of the character reference after the `&` at `i - 1`, or -1. */
function decodeEntity(text: string, i: number): number {
  ENTITY_NAME.lastIndex = i;
  const m = ENTITY_NAME.exec(text);
  if (!m) return -1;
  let cp: number;
  if (m[1] !== undefined || m[2] !== undefined) {
    cp = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number.parseInt(m[2]!, 10);
    if (cp >= 0x80 && cp <= 0x9f) cp = WINDOWS_1252.charCodeAt(cp - 0x80);
    else if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  } else {
    const named = ENTITIES.get(m[0].slice(0, -1));
    if (named === undefined) return -1;
    cp = named;
  }
  return cp;
}

// What browsers (and HTML5) make of &#128; to &#159;: the Windows-1252 characters, curly quotes included.
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

// The HTML 4 entities (the set libxml2 decodes for AO3) plus &apos; and &hyphen;: runs of consecutive
// code points, "_" for a gap, separated by ";".
const ENTITY_RUNS = `
  34 quot; 38 amp apos; 60 lt _ gt;
  160 nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3;
  180 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde;
  196 Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute;
  212 Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde;
  228 auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute;
  244 ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml; 338 OElig oelig;
  352 Scaron scaron; 376 Yuml; 402 fnof; 710 circ; 732 tilde;
  913 Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau;
  933 Upsilon Phi Chi Psi Omega;
  945 alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma;
  964 tau upsilon phi chi psi omega; 977 thetasym upsih _ _ _ piv;
  8194 ensp emsp _ _ _ _ _ thinsp _ _ zwnj zwj lrm rlm hyphen _ _ ndash mdash _ _ _ lsquo rsquo sbquo _;
  8220 ldquo rdquo bdquo _ dagger Dagger bull _ _ _ hellip;
  8240 permil _ prime Prime _ _ _ _ _ lsaquo rsaquo _ _ _ oline _ _ _ _ _ frasl; 8364 euro;
  8465 image _ _ _ _ _ _ weierp _ _ _ real _ _ _ _ _ trade; 8501 alefsym; 8592 larr uarr rarr darr harr;
  8629 crarr; 8656 lArr uArr rArr dArr hArr;
  8704 forall _ part exist _ empty _ nabla isin notin _ ni _ _ _ prod _ sum minus _ _ _ _ lowast _ _ radic;
  8733 prop infin _ ang _ _ _ _ _ _ and or cap cup int; 8756 there4; 8764 sim; 8773 cong _ _ asymp;
  8800 ne equiv _ _ le ge; 8834 sub sup nsub _ sube supe; 8853 oplus _ otimes; 8869 perp; 8901 sdot;
  8968 lceil rceil lfloor rfloor; 9001 lang rang; 9674 loz; 9824 spades _ _ clubs _ hearts diams
`;

const ENTITIES = new Map<string, number>(
  ENTITY_RUNS.split(';').flatMap((run) => {
    const [start, ...names] = run.trim().split(/\s+/);
    return names.flatMap((name, k) => (name === '_' ? [] : [[name, Number(start) + k] as const]));
  }),
);
