// Exchange files through the dialogs: codebook CSV and .qdc exports, a codings CSV import that fails on one row
// and then goes in (and undoes with Ctrl+Z), and the data matrix and .qdpx exports.
import fs from 'node:fs';
import path from 'node:path';
import { CODEBOOK_COLUMNS, LONG_COLUMNS } from '../../shared/exchange/columns';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { ExchangeImportDialog, ExportDialog } from './pages/exchange-dialogs';
import { LibraryPage } from './pages/library-page';

const BOM = '\uFEFF';

/** One CSV cell, quoted when it needs to be (RFC 4180). */
const cell = (value: string | number) => (typeof value === 'number' || !/[",\r\n]/.test(value) ? String(value) : `"${value.replace(/"/g, '""')}"`);
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

test('export the codebook as CSV (plain and Excel preset) and as REFI-QDA .qdc', async ({ app, served }) => {
  await callApi(served, 'codebook.loadTemplate', { template: 'policy-frames' });
  const codebook = await callApi(served, 'codebook.get', {});
  const expectedRows = codebook.reduce((n, v) => n + Math.max(1, v.codes.length), 0);
  await new LibraryPage(app).ready();

  // Ctrl+E opens the dialog with the codebook CSV chosen and a file named after the project beside it.
  const exporter = await new ExportDialog(app).openWithKey();
  await expect(exporter.option('Codebook CSV')).toBeChecked();
  const csvPath = path.join(served.dir, 'e2e-codebook.csv');
  await expect(exporter.path).toHaveValue(csvPath);
  await expect(exporter.check('Formula-injection guard')).toBeChecked();
  await expect(exporter.dialog).toContainText("get a leading '");
  await exporter.submit.click();
  await expect(exporter.summary).toHaveText(new RegExp(`^Exported ${expectedRows} rows · `));
  await expect(exporter.writtenPath).toHaveText(csvPath);

  const text = fs.readFileSync(csvPath, 'utf8');
  expect(text.startsWith(BOM)).toBe(false);
  expect(text.split('\r\n')[0]).toBe(CODEBOOK_COLUMNS.join(','));
  expect(text).toContain('Primary frame');

  // The Excel preset is a BOM and semicolons; choosing both by hand shows it as on too.
  await exporter.check('Excel preset (BOM + semicolon)').check();
  await expect(exporter.option('Semicolon')).toBeChecked();
  await expect(exporter.check('UTF-8 with BOM')).toBeChecked();
  const excelPath = path.join(served.dir, 'codebook-excel.csv');
  await exporter.export('Codebook CSV', excelPath);
  await expect(exporter.writtenPath).toHaveText(excelPath);
  const excel = fs.readFileSync(excelPath, 'utf8');
  expect(excel.startsWith(BOM)).toBe(true);
  expect(excel.slice(1).split('\r\n')[0]).toBe(CODEBOOK_COLUMNS.join(';'));

  // A folder that does not exist: one line in the dialog, which stays open.
  await exporter.path.fill(path.join(served.dir, 'missing', 'codebook.csv'));
  await exporter.submit.click();
  await expect(exporter.error).toContainText('does not exist');
  await expect(exporter.result).toBeHidden();

  // .qdc: the suggested name follows the kind, and the CSV options go away.
  await exporter.path.fill(csvPath);
  await exporter.option('Codebook REFI-QDA (.qdc)').check();
  const qdcPath = path.join(served.dir, 'e2e-codebook.qdc');
  await expect(exporter.path).toHaveValue(qdcPath);
  await expect(exporter.csvOptions).toBeHidden();
  await exporter.submit.click();
  await expect(exporter.summary).toContainText(/^Exported \d+ codes · /);
  const qdc = fs.readFileSync(qdcPath, 'utf8');
  expect(qdc.startsWith('<?xml')).toBe(true);
  expect(qdc).toContain('urn:QDA-XML:codebook:1.0');
  expect(qdc).toContain('Primary frame');
  await exporter.close();
});

test('import codings: a bad row stops the import with its line number; fixed, it goes in and Ctrl+Z undoes it', async ({ app, served }) => {
  await callApi(served, 'codebook.loadTemplate', { template: 'policy-frames' });
  const [articles, codebook] = await Promise.all([
    callApi(served, 'articles.list', { filter: {}, offset: 0, limit: 1000 }),
    callApi(served, 'codebook.get', {}),
  ]);
  const [first, second] = articles.items;
  const primary = codebook.find((v) => v.name === 'Primary frame')!;
  const economic = primary.codes.find((c) => c.label === 'Economic')!;
  const tone = codebook.find((v) => v.name === 'Tone' && v.unit === 'article')!;
  const lib = await new LibraryPage(app).ready();

  const file = path.join(served.dir, 'codings-long.csv');
  const good = [first!.id, first!.title, 'Importer', 'Primary frame', 'Economic', 1];
  fs.writeFileSync(file, csv([[...LONG_COLUMNS], good, [987654, 'An article that is not here', 'Importer', 'Tone', 'Pro', 10]]));

  const importer = await new ExchangeImportDialog(app).open();
  await expect(importer.formulaGuard).toBeChecked();
  await importer.run('Codings CSV', file);
  await expect(importer.report).toHaveAttribute('data-imported', 'false');
  await expect(importer.summary).toContainText('Nothing imported');
  await expect(importer.errors).toHaveCount(1);
  await expect(importer.errors.first()).toContainText('Line 3');
  await expect(importer.report).toBeInViewport();
  await expect(importer.outcomes).toHaveCount(0);
  expect(await callApi(served, 'codings.list', { articleId: first!.id })).toHaveLength(0);
  expect((await callApi(served, 'coders.list', {})).map((c) => c.name)).not.toContain('Importer');

  // The fixed file goes in whole.
  fs.writeFileSync(file, csv([[...LONG_COLUMNS], good, [second!.id, second!.title, 'Importer', 'Tone', 'Pro', 10]]));
  await importer.submit.click();
  await expect(importer.report).toHaveAttribute('data-imported', 'true');
  // Two codings and the new coder.
  await expect(importer.summary).toHaveText('Imported: 3 added');
  await expect(importer.outcomes.filter({ hasText: 'coder "Importer"' })).toHaveAttribute('data-status', 'added');
  await expect(importer.outcomes.filter({ hasText: '1 coding of "Primary frame"' })).toHaveCount(1);
  await expect(importer.errors).toHaveCount(0);
  await expect(importer.undoHint).toContainText('Ctrl');
  await expect(importer.undoHint).toContainText('Z undoes this import');

  const coder = (await callApi(served, 'coders.list', {})).find((c) => c.name === 'Importer')!;
  expect(coder).toBeTruthy();
  const [onFirst] = await callApi(served, 'codings.list', { articleId: first!.id, coderId: coder.id });
  expect(onFirst).toMatchObject({ variableId: primary.id, codeId: economic.id, start: null });
  const [onSecond] = await callApi(served, 'codings.list', { articleId: second!.id, coderId: coder.id });
  expect(onSecond).toMatchObject({ variableId: tone.id, codeId: tone.codes.find((c) => c.label === 'Pro')!.id });

  // Ctrl+Z after closing the dialog takes the whole import back in one step.
  await importer.close();
  await app.keyboard.press('Control+z');
  await expect(lib.notice).toContainText('Undid: Import codings codings-long.csv');
  await expect.poll(async () => (await callApi(served, 'codings.list', { articleId: first!.id })).length).toBe(0);
});

test('export the data matrix with a labels file and the whole project as .qdpx', async ({ app, served }) => {
  await callApi(served, 'codebook.loadTemplate', { template: 'policy-frames' });
  const codebook = await callApi(served, 'codebook.get', {});
  const primary = codebook.find((v) => v.name === 'Primary frame')!;
  const [article] = (await callApi(served, 'articles.list', { filter: {}, offset: 0, limit: 1 })).items;
  await callApi(served, 'codings.create', { articleId: article!.id, variableId: primary.id, codeId: primary.codes[0]!.id });
  await new LibraryPage(app).ready();

  const exporter = await new ExportDialog(app).open();
  await exporter.option('Article data matrix CSV').check();
  await expect(exporter.path).toHaveValue(path.join(served.dir, 'e2e-matrix.csv'));
  await exporter.option('Value labels').check();
  await exporter.check('Also write a value-labels file').check();
  await expect(exporter.dialog).toContainText('e2e-matrix-labels.csv');
  await exporter.submit.click();
  await expect(exporter.summary).toHaveText(/^Exported 1 row · /);
  // The options make the dialog scroll; the result is brought into view.
  await expect(exporter.result).toBeInViewport();
  await expect(exporter.labelsFile).toContainText(path.join(served.dir, 'e2e-matrix-labels.csv'));
  const matrix = fs.readFileSync(path.join(served.dir, 'e2e-matrix.csv'), 'utf8').split('\r\n');
  expect(matrix[0]).toContain('Primary frame');
  expect(matrix[1]).toContain(primary.codes[0]!.label);
  expect(fs.readFileSync(path.join(served.dir, 'e2e-matrix-labels.csv'), 'utf8').split('\r\n')[0]).toBe('column,variable,numeric_code,label');

  await exporter.option('Whole project REFI-QDA (.qdpx)').check();
  const qdpxPath = path.join(served.dir, 'e2e.qdpx');
  await expect(exporter.path).toHaveValue(qdpxPath);
  await exporter.submit.click();
  await expect(exporter.summary).toContainText(/sources? · /);
  const zip = fs.readFileSync(qdpxPath);
  expect(zip.length).toBeGreaterThan(100);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  await exporter.close();
});
