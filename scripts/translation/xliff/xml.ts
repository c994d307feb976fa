/**
 * The XML underneath XLIFF: escaping what Hexapla writes, and reading a file a CAT tool returned
 * into a small element tree (namespaces resolved, CDATA and entities as text, the line of every
 * element kept for messages). Parsing is saxes's, a conforming non-validating XML parser.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name and namespace URI. */
  name: string;
  ns: string;
  /** Attributes by their qualified name as written (`id`, `xml:space`, `xml:lang`). */
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}
export type XmlNode = XmlElement | string;

/** Text for element content: `&`, `<` and `>` escaped. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a double-quoted attribute value; line ends and tabs as character references, so they survive attribute normalisation. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Parses a whole XML document; malformed XML throws an XmlSyntaxError with its line. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlSyntaxError | undefined;
  parser.on('error', (error) => {
    failure ??= new XmlSyntaxError(error.message.replace(/^\d+:\d+: /, ''), parser.line);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const element: XmlElement = { name: tag.local, ns: tag.uri, attributes, children: [], line: parser.line };
    stack[stack.length - 1]?.children.push(element);
    if (!root) root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value;
    else parent.children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= new XmlSyntaxError((error as Error).message.replace(/^\d+:\d+: /, ''), parser.line);
  }
  if (failure) throw failure;
  if (!root) throw new XmlSyntaxError('no root element', 1);
  return root;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** All descendants named `name`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    found.push(...descendants(child, name));
  }
  return found;
}

/** An element's text content, descendants included. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}
