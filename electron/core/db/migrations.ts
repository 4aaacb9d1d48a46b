// The schema's numbered migrations, in order; each lives in migrations/NNN-name.ts.
import corpus from './migrations/001-corpus';
import settingsWordCounts from './migrations/002-settings-word-counts';
import coding from './migrations/003-coding';
import libraryOrderIndex from './migrations/004-library-order-index';
import reliability from './migrations/005-reliability';
import comparison from './migrations/006-comparison';
import bulkImport from './migrations/007-bulk-import';
import consensusNone from './migrations/008-consensus-none';
import coverageAttach from './migrations/009-coverage-attach';
import sentenceCountIndex from './migrations/010-sentence-count-index';
import type { Migration } from './migrations/types';

export type { Migration } from './migrations/types';

export const migrations: Migration[] = [corpus, settingsWordCounts, coding, libraryOrderIndex, reliability, comparison, bulkImport, consensusNone, coverageAttach, sentenceCountIndex];

export const latestVersion = migrations[migrations.length - 1].version;
