import { describe, expect, it } from 'vitest';
import {
  blockText,
  childElements,
  classesOf,
  findAll,
  findFirst,
  type HtmlElement,
  type HtmlNode,
  hasAncestor,
  isA,
  parseHtml,
  textOf,
} from '../../src/domain/html.ts';

type Shape = string | [string, Record<string, string>, ...Shape[]];

/** A node as a plain value, without parent pointers: text as a string, an element as [name, attrs, ...children]. */
const shape = (node: HtmlNode): Shape =>
  node.type === 'text' ? node.text : [node.name, node.attrs, ...node.children.map(shape)];
const tree = (html: string): Shape[] => parseHtml(html).children.map(shape);
const byId = (root: HtmlElement, id: string) => findFirst(root, (e) => e.attrs.id === id)!;

describe('parseHtml: the tree', () => {
  it.each<[string, string, Shape[]]>([
    ['nothing', '', []],
    ['an empty element has no text child', '<a></a>', [['a', {}]]],
    ['text, elements and text', 'x<b>y</b>z', ['x', ['b', {}, 'y'], 'z']],
    ['names and attribute names lower-cased', '<DIV CLASS="A b">t</DIV>', [['div', { class: 'A b' }, 't']]],
    [
      'attribute entities decoded',
      '<a href="/w?a=1&amp;b=2" title="&lt;x&gt;">',
      [['a', { href: '/w?a=1&b=2', title: '<x>' }]],
    ],
    ['an attribute without a value is empty', '<input x="1" y>', [['input', { x: '1', y: '' }]]],
    ['the first of a repeated attribute wins', '<a x="1" x="2"></a>', [['a', { x: '1' }]]],
    ['text entities decoded', '<p>a &amp; b&nbsp;c &#39;d&#x27;</p>', [['p', {}, "a & b\u00a0c 'd'"]]],
    [
      'void elements take no children',
      '<p>a<br>b<img src="i">c<hr>d</p>',
      [['p', {}, 'a', ['br', {}], 'b', ['img', { src: 'i' }], 'c'], ['hr', {}], 'd'],
    ],
    ['a self-closing tag', '<div/>x', [['div', {}, 'x']]],
    [
      'a block closes an open paragraph',
      '<p>a<div>b</div>',
      [
        ['p', {}, 'a'],
        ['div', {}, 'b'],
      ],
    ],
    [
      'a paragraph closes a paragraph',
      '<p>a<p>b',
      [
        ['p', {}, 'a'],
        ['p', {}, 'b'],
      ],
    ],
    ['a paragraph does not close a div', '<div>a<p>b</div>c', [['div', {}, 'a', ['p', {}, 'b']], 'c']],
    ['list items close list items', '<ul><li>a<li>b</ul>', [['ul', {}, ['li', {}, 'a'], ['li', {}, 'b']]]],
    [
      'dt and dd close each other',
      '<dl><dt>a<dd>b<dt>c<dd>d</dl>',
      [['dl', {}, ['dt', {}, 'a'], ['dd', {}, 'b'], ['dt', {}, 'c'], ['dd', {}, 'd']]],
    ],
    [
      'options close options',
      '<select><option>a<option>b</select>',
      [['select', {}, ['option', {}, 'a'], ['option', {}, 'b']]],
    ],
    [
      'rows and cells',
      '<table><tr><td>a<td>b<tr><th>c</table>',
      [['table', {}, ['tr', {}, ['td', {}, 'a'], ['td', {}, 'b']], ['tr', {}, ['th', {}, 'c']]]],
    ],
    ['an end tag closes what is open inside it', '<div><b>x</div>y', [['div', {}, ['b', {}, 'x']], 'y']],
    ['a stray end tag is dropped', '<div><b>x</i>y</b>z</div>', [['div', {}, ['b', {}, 'x', 'y'], 'z']]],
    [
      'an end tag already implied is dropped',
      '<div><p><b>x</p></b>y</div>',
      [['div', {}, ['p', {}, ['b', {}, 'x']], 'y']],
    ],
    ['nested elements of one name', '<b><b>x</b>y</b>z', [['b', {}, ['b', {}, 'x'], 'y'], 'z']],
    ['upper-case end tags', '<DIV>a</DIV>b', [['div', {}, 'a'], 'b']],
    ['a comment splits the text', 'a<!-- c -->b', ['a', 'b']],
    ['a declaration splits the text', 'a<!DOCTYPE html>b', ['a', 'b']],
    ['a processing instruction splits the text', 'a<?xml version="1.0"?>b', ['a', 'b']],
    ['a CDATA section splits the text', 'a<![CDATA[x]]>b', ['a', 'b']],
  ])('%s', (_, html, expected) => {
    expect(tree(html)).toEqual(expected);
  });

  it('links each element to its parent', () => {
    const root = parseHtml('<div id="d"><p id="p">a<b id="b">b</b></p></div>');
    expect(root.name).toBe('#document');
    expect(root.parent).toBeNull();
    expect(byId(root, 'd').parent).toBe(root);
    expect(byId(root, 'p').parent).toBe(byId(root, 'd'));
    expect(byId(root, 'b').parent).toBe(byId(root, 'p'));
    const br = findFirst(parseHtml('<p id="x">a<br>b</p>'), (e) => e.name === 'br')!;
    expect(br.parent?.attrs.id).toBe('x');
  });
});

describe('classes and tests on elements', () => {
  const el = (html: string) => childElements(parseHtml(html))[0]!;

  it.each<[string, string[]]>([
    ['<a>', []],
    ['<a class="">', []],
    ['<a class="one">', ['one']],
    ['<a class="  one \t two\nthree  ">', ['one', 'two', 'three']],
  ])('classesOf %s', (html, classes) => {
    expect(classesOf(el(html))).toEqual(classes);
  });

  it.each<[string, string, string[], boolean]>([
    ['<div class="a b c">', 'div', [], true],
    ['<div class="a b c">', 'span', [], false],
    ['<div class="a b c">', '*', [], true],
    ['<div class="a b c">', '*', ['c', 'a'], true],
    ['<div class="a b c">', 'div', ['a', 'd'], false],
    ['<div class="a b c">', 'span', ['a'], false],
    ['<div class="ab">', 'div', ['a'], false],
    ['<div>', 'div', ['a'], false],
  ])('isA(%s, %s, %j) is %s', (html, name, classes, result) => {
    expect(isA(el(html), name, ...classes)).toBe(result);
  });
});

describe('walking the tree', () => {
  const root = parseHtml(
    '<div id="1"><span id="2"><b id="3">t</b></span>text<b id="4"><b id="5"></b></b></div><b id="6"></b>',
  );
  const ids = (els: HtmlElement[]) => els.map((e) => e.attrs.id);

  it('findAll: every match in document order', () => {
    expect(ids(findAll(root, (e) => e.name === 'b'))).toEqual(['3', '4', '5', '6']);
    expect(ids(findAll(root, () => true))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(findAll(root, (e) => e.name === 'i')).toEqual([]);
  });

  it('findAll: outermost matches only, and skipped subtrees', () => {
    expect(ids(findAll(root, (e) => e.name === 'b', { outermost: true }))).toEqual(['3', '4', '6']);
    expect(ids(findAll(root, (e) => e.name === 'b', { skip: (e) => e.name === 'span' }))).toEqual([
      '4',
      '5',
      '6',
    ]);
    // A skipped element is not itself a match.
    expect(ids(findAll(root, (e) => e.name === 'b', { skip: (e) => e.attrs.id === '4' }))).toEqual([
      '3',
      '6',
    ]);
  });

  it('findAll: the root itself is never a match', () => {
    const div = byId(root, '1');
    expect(ids(findAll(div, (e) => e.name === 'div' || e.name === 'span'))).toEqual(['2']);
  });

  it('findFirst: depth first, in document order', () => {
    expect(findFirst(root, (e) => e.name === 'b')?.attrs.id).toBe('3');
    expect(findFirst(byId(root, '4'), (e) => e.name === 'b')?.attrs.id).toBe('5');
    expect(findFirst(root, (e) => e.name === 'i')).toBeUndefined();
    expect(findFirst(byId(root, '5'), () => true)).toBeUndefined();
  });

  it('childElements: elements only, in order', () => {
    expect(ids(childElements(byId(root, '1')))).toEqual(['2', '4']);
    expect(childElements(byId(root, '5'))).toEqual([]);
  });

  it('hasAncestor', () => {
    const five = byId(root, '5');
    expect(hasAncestor(five, (e) => e.attrs.id === '4')).toBe(true);
    expect(hasAncestor(five, (e) => e.attrs.id === '1')).toBe(true);
    expect(hasAncestor(five, (e) => e.name === '#document')).toBe(true);
    expect(hasAncestor(five, (e) => e.attrs.id === '5')).toBe(false);
    expect(hasAncestor(five, (e) => e.attrs.id === '2')).toBe(false);
  });
});

describe('textOf: one line', () => {
  it.each<[string, string]>([
    ['', ''],
    ['  a  ', 'a'],
    ['<p> a\n\t b</p><p>c</p>', 'a bc'],
    ['<div>one <b>two</b> <i>three</i></div>', 'one two three'],
    ['a<script>x()</script><style>p{}</style><template>t</template><noscript>n</noscript>b', 'ab'],
    ['<head><title>T</title></head>body', 'body'],
    ['a&nbsp;&nbsp;b', 'a b'],
  ])('%j', (html, text) => {
    expect(textOf(parseHtml(html))).toBe(text);
  });

  it('is empty for nothing, and reads a text node or a hidden element it is given', () => {
    expect(textOf(undefined)).toBe('');
    expect(textOf({ type: 'text', text: ' x  y ' })).toBe('x y');
    const root = parseHtml('<script> run( ) </script><title>The  Title</title>');
    expect(textOf(findFirst(root, (e) => e.name === 'script'))).toBe('run( )');
    expect(textOf(findFirst(root, (e) => e.name === 'title'))).toBe('The Title');
  });
});

describe('blockText: lines', () => {
  it.each<[string, string]>([
    ['', ''],
    ['plain  text', 'plain text'],
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['<div>a</div>b', 'a\nb'],
    ['a<div>b</div>c', 'a\nb\nc'],
    ['<p>a</p>b', 'a\n\nb'],
    ['a<p>b</p>', 'a\nb'],
    ['a<br>', 'a'],
    ['<div><br>a</div>', 'a'],
    ['<p>a\n  b</p>', 'a b'],
    ['<p> a </p>\n\n<p>\n b\t</p>', 'a\n\nb'],
    ['<p></p><p></p><p>a</p><p></p><p></p><p>b</p><p></p>', 'a\n\nb'],
    ['a<br><br><br><br>b', 'a\n\nb'],
    ['<li>one</li>after', 'one\nafter'],
    ['<h2>Title</h2>text', 'Title\ntext'],
    ['<tr><td>a</td><td>b</td></tr>c', 'ab\nc'],
    ['<h5>a</h5>b', 'a\nb'],
    ['<blockquote><p>q1</p><p>q2</p></blockquote>after', 'q1\n\nq2\n\nafter'],
    ['<p>x<script>y</script><b>z</b></p>', 'xz'],
    ['<span>a</span><span>b</span>', 'ab'],
  ])('%j', (html, text) => {
    expect(blockText(parseHtml(html))).toBe(text);
  });

  it('is empty for nothing, and a text node keeps to one line', () => {
    expect(blockText(undefined)).toBe('');
    expect(blockText({ type: 'text', text: 'a\n\nb' })).toBe('a b');
  });
});
