import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsv, type Cell } from '../../electron/core/exchange/csv-writer';
import { openCsv } from '../../electron/core/exchange/csv-reader';
import { DELIMITERS, resolveDialect, type DelimiterName } from '../../shared/exchange/dialect';
import { guardCell } from '../../shared/exchange/formula-guard';
import { HOSTILE, outFile } from '../helpers/exchange-setup';
import { tempDir } from '../helpers/temp-project';

const rows: Cell[][] = [[...HOSTILE], HOSTILE.map((_, i) => i - 7), [null, undefined, '', 0, -0.5, 1e6, 'x', 'y', 'z', 'a', 'b', 'c', 'd', 'e', 'f']];

describe('CSV writer', () => {
  for (const delimiter of ['comma', 'semicolon', 'tab'] as DelimiterName[]) {
    for (const bom of [false, true]) {
      it(`writes RFC 4180 CSV that parses back exactly (${delimiter}${bom ? ', BOM' : ''})`, async () => {
        const file = outFile('t.csv');
        const written = await writeCsv(file, resolveDialect({ delimiter, bom, formulaGuard: false }), ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10', 'h11', 'h12', 'h13', 'h14', 'h15'], rows);
        const bytes = fs.readFileSync(file);
        expect(written).toEqual({ path: file, rows: 3, bytes: bytes.length });
        expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
        const parsed = parse(bytes, { bom: true, delimiter: DELIMITERS[delimiter], record_delimiter: ['\r\n'] }) as string[][];
        expect(parsed[1]).toEqual([...HOSTILE]);
        expect(parsed[2]).toEqual(HOSTILE.map((_, i) => String(i - 7)));
        expect(parsed[3].slice(0, 6)).toEqual(['', '', '', '0', '-0.5', '1000000']);
        // Every line break inside a cell is quoted, so records end only at CRLF.
        expect(bytes.toString('utf8').split('\r\n').length).toBeGreaterThan(4);
      });
    }
  }

  it('guards text cells only, and the reader undoes the guard', async () => {
    const file = outFile('guarded.csv');
    await writeCsv(file, resolveDialect(), ['text', 'number'], HOSTILE.map((h, i) => [h, -i]));
    const parsed = parse(fs.readFileSync(file), { record_delimiter: ['\r\n'] }) as string[][];
    expect(parsed.slice(1).map((r) => r[0])).toEqual(HOSTILE.map(guardCell));
    expect(parsed.slice(1).map((r) => r[1])).toEqual(HOSTILE.map((_, i) => String(-i)));
    const csv = await openCsv(file);
    const back: string[] = [];
    for await (const row of csv.rows) back.push(row.get('text')!);
    expect(back).toEqual([...HOSTILE]);
  });

  it('streams a large export with backpressure and leaves no file when the folder is missing or a row throws', async () => {
    const file = outFile('big.csv');
    function* many(): Generator<Cell[]> {
      for (let i = 0; i < 50_000; i++) yield [i, `row ${i}`, 'x'.repeat(100)];
    }
    expect((await writeCsv(file, resolveDialect(), ['n', 'label', 'pad'], many())).rows).toBe(50_000);
    await expect(writeCsv(path.join(tempDir(), 'no', 'such.csv'), resolveDialect(), ['a'], [])).rejects.toThrow(/the folder .* does not exist/);
    const broken = outFile('broken.csv');
    function* failing(): Generator<Cell[]> {
      yield ['ok'];
      throw new Error('boom');
    }
    await expect(writeCsv(broken, resolveDialect(), ['a'], failing())).rejects.toThrow('boom');
    expect(fs.readdirSync(path.dirname(broken))).toEqual([]);
  });
});

describe('CSV reader', () => {
  it('numbers rows by the line they start on, across quoted line breaks of any kind', async () => {
    const file = outFile('lines.csv');
    fs.writeFileSync(file, '\uFEFFa;b\r\nx;"1\r\n2"\r\n\r\ny;"3\n4\r5"\nz;6\r\n;\r\nw;7');
    const csv = await openCsv(file);
    expect(csv.columns).toEqual(['a', 'b']);
    const seen: [number, string | undefined][] = [];
    for await (const row of csv.rows) seen.push([row.line, row.get('a')]);
    expect(seen).toEqual([
      [2, 'x'],
      [5, 'y'],
      [8, 'z'],
      [10, 'w'],
    ]);
  });
});
