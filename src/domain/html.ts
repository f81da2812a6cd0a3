import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** An element of a parsed page: its lower-case name, attributes and children. */
export type HtmlElement = {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
};
/** A text node, its character references decoded. */
export type HtmlText = { type: 'text'; text: string };
export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen frame'.split(' '),
);
const BLOCKS =
  'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul li dd dt'.split(
    ' ',
  );
// The elements an opening tag closes when one of them is the current element (HTML's implied end tags).
const CLOSES: Record<string, Set<string>> = {
  ...Object.fromEntries(BLOCKS.map((name) => [name, new Set(['p'])])),
  li: new Set(['li', 'p']),
  dt: new Set(['dt', 'dd', 'p']),
  dd: new Set(['dt', 'dd', 'p']),
  option: new Set(['option']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
};

const element = (name: string, parent: HtmlElement | null): HtmlElement => ({
  type: 'element',
  name,
  attrs: {},
  children: [],
  parent,
});

/**
 * Parses HTML with htmlparser2's tokenizer into a small tree. The tree is built here rather than by
 * htmlparser2's Parser, whose element stack costs time in the square of the nesting depth: here each
 * tag costs a constant amortised time (a close tag nothing open matches is dropped at once).
 */
export function parseHtml(html: string): HtmlElement {
  const root = element('#document', null);
  const stack: HtmlElement[] = [root];
  const open = new Map<string, number>();
  let text: string[] = [];
  let pending: HtmlElement | null = null;
  let attr = '';
  let value = '';
  const top = () => stack[stack.length - 1]!;
  const flush = () => {
    if (text.length === 0) return;
    top().children.push({ type: 'text', text: text.join('') });
    text = [];
  };
  const pop = () => {
    const done = stack.pop()!;
    open.set(done.name, (open.get(done.name) ?? 1) - 1);
  };
  const openTag = () => {
    const el = pending;
    pending = null;
    if (!el) return;
    const closes = CLOSES[el.name];
    while (closes && stack.length > 1 && closes.has(top().name)) pop();
    el.parent = top();
    top().children.push(el);
    if (VOID.has(el.name)) return;
    stack.push(el);
    open.set(el.name, (open.get(el.name) ?? 0) + 1);
  };
  const slice = (start: number, end: number) => html.slice(start, end);
  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => text.push(slice(start, end)),
    ontextentity: (cp) => text.push(String.fromCodePoint(cp)),
    onopentagname: (start, end) => {
      flush();
      pending = element(slice(start, end).toLowerCase(), null);
    },
    onattribname: (start, end) => {
      attr = slice(start, end).toLowerCase();
      value = '';
    },
    onattribdata: (start, end) => {
      value += slice(start, end);
    },
    onattribentity: (cp) => {
      value += String.fromCodePoint(cp);
    },
    onattribend: () => {
      if (pending && !Object.hasOwn(pending.attrs, attr)) pending.attrs[attr] = value;
    },
    onopentagend: openTag,
    onselfclosingtag: openTag,
    onclosetag: (start, end) => {
      flush();
      const name = slice(start, end).toLowerCase();
      if (!open.get(name)) return;
      while (stack.length > 1 && top().name !== name) pop();
      if (stack.length > 1) pop();
    },
    oncomment: flush,
    oncdata: flush,
    ondeclaration: flush,
    onprocessinginstruction: flush,
    onend: flush,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return root;
}

/** The class names of an element. */
export const classesOf = (el: HtmlElement): string[] => (el.attrs.class ?? '').split(/\s+/).filter(Boolean);

/** True when `el` is a `name` element (any name when '*') carrying every class in `classes`. */
export function isA(el: HtmlElement, name: string, ...classes: string[]): boolean {
  if (name !== '*' && el.name !== name) return false;
  if (classes.length === 0) return true;
  const has = classesOf(el);
  return classes.every((c) => has.includes(c));
}

/** Every element under `root` (document order) for which `test` holds; a walk with its own stack that leaves
 * out the subtrees `skip` names, and with `outermost` the elements inside a match. */
export function findAll(
  root: HtmlElement,
  test: (el: HtmlElement) => boolean,
  opts: { skip?: (el: HtmlElement) => boolean; outermost?: boolean } = {},
): HtmlElement[] {
  const found: HtmlElement[] = [];
  const todo: HtmlNode[] = [...root.children].reverse();
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (node.type !== 'element') continue;
    if (opts.skip?.(node)) continue;
    if (test(node)) {
      found.push(node);
      if (opts.outermost) continue;
    }
    for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]!);
  }
  return found;
}

/** The first element under `root` for which `test` holds, or undefined. */
export function findFirst(root: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement | undefined {
  const todo: HtmlNode[] = [...root.children].reverse();
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (node.type !== 'element') continue;
    if (test(node)) return node;
    for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]!);
  }
  return undefined;
}

/** The element children of `el`. */
export const childElements = (el: HtmlElement): HtmlElement[] =>
  el.children.filter((n): n is HtmlElement => n.type === 'element');

/** True when `el` has an ancestor for which `test` holds. */
export function hasAncestor(el: HtmlElement, test: (el: HtmlElement) => boolean): boolean {
  for (let p = el.parent; p; p = p.parent) if (test(p)) return true;
  return false;
}

const LINE_BREAKS = new Set([...BLOCKS, 'br', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** The text of `node` as one line, white space collapsed. */
export function textOf(node: HtmlNode | undefined): string {
  if (!node) return '';
  return rawText(node).replace(/\s+/g, ' ').trim();
}

/** The text of `node` with its blocks and line breaks as lines, at most one blank line between paragraphs. */
export function blockText(node: HtmlNode | undefined): string {
  if (!node) return '';
  const lines = rawText(node, true)
    .split('\n')
    .map((l) => l.replace(/[^\S\n]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function rawText(node: HtmlNode, lines = false): string {
  const parts: string[] = [];
  const todo: (HtmlNode | '\n' | '\n\n')[] = [node];
  while (todo.length > 0) {
    const item = todo.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.type === 'text') {
      parts.push(lines ? item.text.replace(/\s+/g, ' ') : item.text);
      continue;
    }
    if (HIDDEN.has(item.name) && item !== node) continue;
    const breaks = lines && LINE_BREAKS.has(item.name);
    // A paragraph is followed by a blank line, other blocks by a line break.
    if (breaks) todo.push(item.name === 'p' ? '\n\n' : '\n');
    for (let k = item.children.length - 1; k >= 0; k--) todo.push(item.children[k]!);
    if (breaks) parts.push('\n');
  }
  return parts.join('');
}
