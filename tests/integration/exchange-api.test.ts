import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchangeHandlers } from '../../electron/core/api/exchange-handlers';
import { ProjectSession } from '../../electron/core/project/session';
import { exchangeMethods } from '../../shared/api/contract-exchange';
import type { ExportResult, ImportReport } from '../../shared/exchange/types';
import { codedProject, outFile } from '../helpers/exchange-setup';
import { tempProject } from '../helpers/temp-project';

/** Calls a handler the way the dispatcher does: arguments validated by the contract's schema first. */
function api(session: ProjectSession) {
  const handlers = exchangeHandlers(session);
  return {
    export: async (args: unknown): Promise<ExportResult> => handlers['exchange.export'](exchangeMethods['exchange.export'].args.parse(args)),
    import: async (args: unknown): Promise<ImportReport> => handlers['exchange.import'](exchangeMethods['exchange.import'].args.parse(args)),
  };
}

describe('exchange API methods', () => {
  it('exports to the path the caller gives and imports from one, returning the result and the report', async () => {
    const { ctx } = codedProject();
    const call = api(new ProjectSession(ctx));
    const file = outFile('codebook.csv');
    const result = await call.export({ kind: 'codebook', path: file, delimiter: 'semicolon', bom: true });
    expect(result).toMatchObject({ kind: 'codebook', path: file, warnings: [] });
    expect(result.bytes).toBe(fs.statSync(file).size);
    expect(fs.readFileSync(file, 'utf8').startsWith('\uFEFFvariable_guid;variable;')).toBe(true);

    const other = api(new ProjectSession(tempProject()));
    const report = await other.import({ kind: 'codebook', path: file });
    expect(report).toMatchObject({ kind: 'codebook', imported: true, errors: [], undoLabel: 'Import codebook codebook.csv' });
    expect(report.totals.added).toBeGreaterThan(50);

    const qdpx = await call.export({ kind: 'qdpx', path: outFile('p.qdpx') });
    expect(qdpx.counts).toMatchObject({ sources: 11 });
  });

  it('rejects unknown kinds and options at the boundary', () => {
    expect(() => exchangeMethods['exchange.export'].args.parse({ kind: 'xlsx', path: 'x' })).toThrow();
    expect(() => exchangeMethods['exchange.export'].args.parse({ kind: 'long', path: '' })).toThrow('a file path is required');
    expect(() => exchangeMethods['exchange.import'].args.parse({ kind: 'codings', path: 'x', delimiter: 'tab' })).toThrow();
  });
});
