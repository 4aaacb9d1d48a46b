// The duplicate key of an article: a hash of its body with whitespace and Unicode form normalised.
import { hash } from 'node:crypto';

// Replaces exactly what /\s+/ → ' ' would, but leaves the single spaces between words, which are most of the
// matches, alone: three times faster on article text.
const WHITESPACE_TO_COLLAPSE = /\s\s+|[^\S ]/g;

export function contentHash(body: string): string {
  const normalised = body.normalize('NFC').replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
  return hash('sha256', normalised, 'hex');
}
