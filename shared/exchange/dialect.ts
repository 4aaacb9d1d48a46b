// CSV dialects of the exports: delimiter, byte order mark, formula guard; presets and delimiter detection.
// Shared by the Node side and the browser (the export dialog), so no Node or DOM imports here.

export type DelimiterName = 'comma' | 'semicolon' | 'tab';

export const DELIMITERS: Record<DelimiterName, string> = { comma: ',', semicolon: ';', tab: '\t' };

/** Rows end in CRLF, as RFC 4180 writes them; every reader we target (Excel, R, SPSS, pandas) accepts it. */
export const RECORD_DELIMITER = '\r\n';

export interface CsvDialect {
  delimiter: DelimiterName;
  /** Start the file with a UTF-8 byte order mark (EF BB BF), which Excel needs to read UTF-8 correctly. */
  bom: boolean;
  /** Prefix formula-like text cells with ' (see formula-guard.ts). */
  formulaGuard: boolean;
}

export const DIALECT_PRESETS = {
  /** Plain RFC 4180 CSV for R, Python, SPSS: comma, no BOM. */
  standard: { delimiter: 'comma', bom: false, formulaGuard: true },
  /** For Excel in locales whose decimal mark is a comma (most of Europe): semicolon and a BOM. */
  excel: { delimiter: 'semicolon', bom: true, formulaGuard: true },
  /** Tab-separated values. */
  tab: { delimiter: 'tab', bom: false, formulaGuard: true },
} as const satisfies Record<string, CsvDialect>;

export interface DialectOptions {
  delimiter?: DelimiterName;
  bom?: boolean;
  /** The "excel" preset: BOM + semicolon. An explicit delimiter or bom still wins over it. */
  excel?: boolean;
  formulaGuard?: boolean;
}

export function resolveDialect(options: DialectOptions = {}): CsvDialect {
  const base: CsvDialect = options.excel ? DIALECT_PRESETS.excel : DIALECT_PRESETS.standard;
  return {
    delimiter: options.delimiter ?? base.delimiter,
    bom: options.bom ?? base.bom,
    formulaGuard: options.formulaGuard ?? base.formulaGuard,
  };
}

/** Parses what a person types: "," ";" "tab" "\t" or a delimiter name. */
export function parseDelimiter(value: string): DelimiterName | undefined {
  const v = value.trim().toLowerCase();
  if (v === ',' || v === 'comma') return 'comma';
  if (v === ';' || v === 'semicolon') return 'semicolon';
  if (v === 'tab' || v === '\t' || v === '\\t' || value === '\t') return 'tab';
  return undefined;
}

/** Guesses a CSV file's delimiter from its header line: the most frequent of , ; and tab outside quotes. */
export function detectDelimiter(text: string): DelimiterName {
  const counts: Record<DelimiterName, number> = { comma: 0, semicolon: 0, tab: 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) for (const name of Object.keys(DELIMITERS) as DelimiterName[]) if (DELIMITERS[name] === ch) counts[name]++;
  }
  return (Object.keys(counts) as DelimiterName[]).reduce((best, name) => (counts[name] > counts[best] ? name : best), 'comma');
}
