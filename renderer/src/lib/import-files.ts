// Turns picked or dropped files into import.files calls: read as base64, sent in batches the bridge accepts.
import type { ApiClient } from '../../../shared/api/contract';
import type { ImportReport } from '../../../shared/domain/types';
import { toBase64 } from './base64';

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.csv'];

// The contract takes at most 1000 files a call; base64 grows data by a third, so batches stay well under the body limit.
const MAX_FILES_PER_CALL = 200;
const MAX_BYTES_PER_CALL = 48 * 1024 * 1024;

export interface ImportDefaultsInput {
  outlet?: string;
  date?: string;
  story?: string;
  title?: string;
}

export function batchFiles(files: File[]): File[][] {
  const batches: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length && (current.length >= MAX_FILES_PER_CALL || bytes + file.size > MAX_BYTES_PER_CALL)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length) batches.push(current);
  return batches;
}

export function mergeReports(reports: ImportReport[]): ImportReport {
  return {
    files: reports.flatMap((r) => r.files),
    imported: reports.reduce((n, r) => n + r.imported, 0),
    duplicates: reports.reduce((n, r) => n + r.duplicates, 0),
    failed: reports.reduce((n, r) => n + r.failed, 0),
  };
}

export async function importFiles(
  api: ApiClient,
  files: File[],
  defaults: ImportDefaultsInput,
  onProgress: (done: number, total: number) => void,
): Promise<ImportReport> {
  const batches = batchFiles(files);
  const reports: ImportReport[] = [];
  for (const [i, batch] of batches.entries()) {
    onProgress(i, batches.length);
    const payload = await Promise.all(batch.map(async (file) => ({ name: file.name, base64: toBase64(await file.arrayBuffer()) })));
    reports.push(await api.call('import.files', { files: payload, defaults }));
  }
  onProgress(batches.length, batches.length);
  return mergeReports(reports);
}

/** Only the defaults the user filled in; blank fields let the files speak. */
export function cleanDefaults(input: ImportDefaultsInput): ImportDefaultsInput {
  const out: ImportDefaultsInput = {};
  for (const key of ['outlet', 'date', 'story', 'title'] as const) {
    const value = input[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}
