// The duplicate key of an article: a hash of its body with whitespace and Unicode form normalised.
import { createHash } from 'node:crypto';

export function contentHash(body: string): string {
  const normalised = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
