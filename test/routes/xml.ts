import { type Element, xml2js } from 'xml-js';

/** An XML element as the tests read it: its name, attributes, child elements and text. */
export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string };

function toNode(el: Element): XmlNode {
  const kids = el.elements ?? [];
  return {
    name: el.name ?? '',
    attrs: Object.fromEntries(Object.entries(el.attributes ?? {}).map(([k, v]) => [k, String(v)])),
    children: kids.filter((k) => k.type === 'element').map(toNode),
    text: kids
      .filter((k) => k.type === 'text' || k.type === 'cdata')
      .map((k) => String(k.text ?? k.cdata ?? ''))
      .join(''),
  };
}

/** Parses `text` as XML with a strict parser (sax, through xml-js): throws unless it is well-formed. */
export function parseXml(text: string): XmlNode {
  const doc = xml2js(text, { compact: false }) as Element;
  const root = (doc.elements ?? []).find((e) => e.type === 'element');
  if (!root) throw new Error('no root element');
  return toNode(root);
}

/** The child elements of `node` named `name`. */
export const childrenNamed = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);

/** The text of `node`'s first child element named `name`, or undefined. */
export const childText = (node: XmlNode, name: string) => childrenNamed(node, name)[0]?.text;
