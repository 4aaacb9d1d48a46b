// Stable GUIDs for things the schema keeps without one (articles, coders, notes): name-based UUIDs (RFC 4122 v5).
import { createHash, randomUUID } from 'node:crypto';

/** Framebench's own namespace for v5 UUIDs; fixed forever, so the same input always gives the same GUID. */
export const FRAMEBENCH_NAMESPACE = '3f1c6a52-8d0e-4b7a-9c35-2e6f0d9b4a17';

/** RFC 4122 version 5: SHA-1 of namespace bytes + name, with the version and variant bits set. */
export function uuidV5(name: string, namespace = FRAMEBENCH_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An article's GUID: v5 of "article:" + its content hash (SHA-256 of the whitespace-normalised NFC body). */
export const articleGuid = (contentHash: string) => uuidV5(`article:${contentHash}`);
/** A coder's GUID (REFI-QDA User): v5 of "coder:" + the lower-cased name, since coder names are unique regardless of case. */
export const coderGuid = (name: string) => uuidV5(`coder:${name.toLowerCase()}`);
/** Any other derived GUID, e.g. derivedGuid('selection', codingGuid). */
export const derivedGuid = (kind: string, key: string) => uuidV5(`${kind}:${key}`);

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** A GUID as Framebench stores it (lower case, no braces), or undefined if the text is not a GUID. */
export function normalizeGuid(text: string | undefined): string | undefined {
  const match = text === undefined ? null : GUID.exec(text.trim());
  return match ? match[1].toLowerCase() : undefined;
}

export const newGuid = () => randomUUID();
