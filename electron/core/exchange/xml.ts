// QDA-XML reading and writing with fast-xml-parser: exact escaping (line breaks in attributes survive),
// characters XML 1.0 cannot hold replaced, namespaces and prefixes dropped when reading.
import fs from 'node:fs';
import path from 'node:path';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { packageRoot } from '../paths';

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

const version = (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
export const ORIGIN = `Framebench ${version}`;

// Control characters (except tab, LF, CR), lone surrogates and U+FFFE/U+FFFF cannot appear in XML 1.0 at all.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(value: unknown): string {
  // A literal CR would be read back as LF (XML end-of-line handling), so it is written as a reference.
  return String(value).replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(value: unknown): string {
  // Parsers turn literal tabs and line breaks in attribute values into spaces, so they are written as references.
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** True if writing `text` to XML has to replace characters (the export warns about it). */
export const hasNonXmlCharacters = (text: string) => new RegExp(NOT_XML.source, 'u').test(text);

export const xmlBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Otherwise isCodable="true" would be written as a bare attribute, which is not XML.
  suppressBooleanAttributes: false,
  processEntities: false,
  tagValueProcessor: (_name, value) => escapeText(value),
  attributeValueProcessor: (_name, value) => escapeAttribute(value),
});

/** Elements that may repeat, always read as arrays. */
const REPEATING = new Set([
  'Code', 'Set', 'MemberCode', 'MemberSource', 'MemberNote', 'User', 'Variable', 'Case', 'VariableValue', 'CodeRef', 'SourceRef', 'SelectionRef',
  'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'Link', 'Graph',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#10;) are only decoded with this on.
  htmlEntities: true,
  isArray: (name) => REPEATING.has(name),
});

export type XmlElement = { [key: string]: unknown };

export class XmlFileError extends Error {}

/** Parses QDA-XML; throws XmlFileError with a one-line reason if it is not XML or has another root. */
export function parseQdaXml(text: string, root: 'CodeBook' | 'Project'): XmlElement {
  let doc: XmlElement;
  try {
    doc = parser.parse(text, true) as XmlElement;
  } catch (error) {
    const e = error as { err?: { msg?: string; line?: number } } & Error;
    throw new XmlFileError(`not valid XML: ${e.err ? `${e.err.msg} (line ${e.err.line})` : e.message.split('\n')[0]}`);
  }
  const element = doc[root];
  if (!element || typeof element !== 'object') {
    const found = Object.keys(doc).find((k) => !k.startsWith('?') && k !== '#text');
    throw new XmlFileError(`not a REFI-QDA ${root === 'CodeBook' ? 'codebook (.qdc)' : 'project (project.qdpx)'}: the root element is <${found ?? '?'}>, not <${root}>`);
  }
  return element as XmlElement;
}

/** Child elements of a parsed element (always an array). */
export const children = (element: XmlElement | undefined, name: string): XmlElement[] => (element?.[name] as XmlElement[] | undefined) ?? [];
/** An attribute value, or undefined. */
export const attr = (element: XmlElement | undefined, name: string): string | undefined => element?.[`@_${name}`] as string | undefined;
/** The text of a single child element such as <Description>, or undefined. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return ((value as XmlElement)['#text'] as string | undefined) ?? '';
}

/** Names of an element's attributes and child elements that are not in `known` (namespace declarations aside). */
export function unknownParts(element: XmlElement, known: readonly string[]): string[] {
  return Object.keys(element)
    .filter((k) => k !== '#text' && !k.startsWith('@_xmlns') && k !== '@_schemaLocation' && !known.includes(k.replace(/^@_/, '@')))
    .map((k) => (k.startsWith('@_') ? `attribute ${k.slice(2)}` : `<${k}>`));
}
