// Turns a file's bytes into normalised text, detecting its encoding and refusing binary files.
import iconv from 'iconv-lite';
import { ImportError } from './types';

const BINARY_MESSAGE = 'looks like a binary file, not text';
const EMPTY_MESSAGE = 'file is empty';

const BINARY_SIGNATURES: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // PK zip (also docx, xlsx, epub)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
];

/** How many leading bytes are inspected to guess UTF-16 and binary content. */
const SAMPLE_SIZE = 4096;
/** Share of control characters above which text is treated as binary. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Decodes a file's bytes to NFC text with \n line endings.
 * The file name is not needed to decode; it is accepted so callers can pass the whole source.
 */
export function decodeText(bytes: Uint8Array, _fileName: string): string {
  if (bytes.length === 0) throw new ImportError(EMPTY_MESSAGE);
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) throw new ImportError(BINARY_MESSAGE);

  const text = decodeBytes(bytes);
  if (controlShare(text) > MAX_CONTROL_SHARE) throw new ImportError(BINARY_MESSAGE);

  const normalised = withNewlines(text.replace(/^\uFEFF/, '')).normalize('NFC');
  if (normalised.trim() === '') throw new ImportError(EMPTY_MESSAGE);
  return normalised;
}

/** \r\n and lone \r as \n; the search for \r is much cheaper than the replace, and most files have none. */
export const withNewlines = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

function decodeBytes(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8OrWindows1252(buffer.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(buffer.subarray(2), 'utf16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(buffer.subarray(2), 'utf16be');

  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return decodeUtf16(buffer, utf16);
  return decodeUtf8OrWindows1252(buffer);
}

function decodeUtf16(buffer: Buffer, encoding: 'utf16le' | 'utf16be'): string {
  const text = iconv.decode(buffer, encoding, { stripBOM: false });
  if (text.includes('\u0000')) throw new ImportError(BINARY_MESSAGE);
  return text;
}

function decodeUtf8OrWindows1252(buffer: Buffer): string {
  // NUL bytes that do not follow the UTF-16 pattern mean binary data: in UTF-8 and Windows-1252 alike a NUL
  // character is a zero byte, and the bytes are much cheaper to search than the decoded text.
  if (buffer.includes(0)) throw new ImportError(BINARY_MESSAGE);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    // Not valid UTF-8: the usual culprit is a legacy Windows export, where 0x93/0x94 are curly quotes.
    return iconv.decode(buffer, 'win1252');
  }
}

/** UTF-16 text in a Latin script has a NUL in every other byte: the high byte of each ASCII character. */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const sample = bytes.subarray(0, SAMPLE_SIZE - (SAMPLE_SIZE % 2));
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return undefined;
  let nulAtEven = 0;
  let nulAtOdd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) nulAtEven++;
    if (sample[i + 1] === 0) nulAtOdd++;
  }
  const mostly = (count: number) => count / pairs >= 0.3;
  const hardly = (count: number) => count / pairs <= 0.02;
  if (mostly(nulAtOdd) && hardly(nulAtEven)) return 'utf16le';
  if (mostly(nulAtEven) && hardly(nulAtOdd)) return 'utf16be';
  return undefined;
}

/** Share of characters that are control codes other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
  const sample = text.slice(0, SAMPLE_SIZE);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const isC0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
    const isDelOrC1 = code >= 0x7f && code <= 0x9f;
    if (isC0 || isDelOrC1) controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}
