// Team coding and reliability: blind mode in the Code view, the agreement report against figures computed by hand,
// reviewing and settling a disagreement with the keyboard (as a value or as "(none)", and clearing it), CSV export,
// and seeded random samples.
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { CodingPage } from './pages/coding-page';
import { ReliabilityPage, seedTwoCoders } from './pages/reliability-page';

/**
 * Krippendorff's alpha for two coders, nominal, no missing values, from the coincidence matrix: every unit adds its
 * two ordered pairs (c, k) and (k, c) with weight 1/(m_u − 1) = 1; α = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k.
 */
function nominalAlpha(x: readonly string[], y: readonly string[]) {
  const o = new Map<string, number>();
  const add = (c: string, k: string) => o.set(`${c}|${k}`, (o.get(`${c}|${k}`) ?? 0) + 1);
  x.forEach((v, i) => {
    add(v, y[i]!);
    add(y[i]!, v);
  });
  const values = [...new Set([...x, ...y])];
  const marginal = (c: string) => values.reduce((sum, k) => sum + (o.get(`${c}|${k}`) ?? 0), 0);
  const n = values.reduce((sum, c) => sum + marginal(c), 0);
  let observed = 0;
  let expected = 0;
  for (const c of values) for (const k of values) if (c !== k) {
    observed += o.get(`${c}|${k}`) ?? 0;
    expected += marginal(c) * marginal(k);
  }
  return { alpha: 1 - ((n - 1) * observed) / expected, o, marginal, n };
}

/** Cohen's kappa for two coders: (p_o − p_e) / (1 − p_e), p_e from each coder's own marginals. */
function cohensKappa(x: readonly string[], y: readonly string[]) {
  const po = x.filter((v, i) => v === y[i]).length / x.length;
  const values = [...new Set([...x, ...y])];
  const pe = values.reduce((sum, v) => sum + (x.filter((a) => a === v).length / x.length) * (y.filter((b) => b === v).length / y.length), 0);
  return { po, kappa: (po - pe) / (1 - pe) };
}

/** Fleiss' kappa with m = 2 values per unit: P̄o = share of agreeing pairs, P̄e = Σ p_v² over all values. */
function fleissKappa(x: readonly string[], y: readonly string[]) {
  const all = [...x, ...y];
  const po = x.filter((v, i) => v === y[i]).length / x.length;
  const pe = [...new Set(all)].reduce((sum, v) => sum + (all.filter((a) => a === v).length / all.length) ** 2, 0);
  return (po - pe) / (1 - pe);
}

const three = (x: number) => x.toFixed(3);

test('blind mode: as Ben the Code view shows only Ben’s codings; switched off, Ana’s appear beside them', async ({ app, served }) => {
  const seeded = await seedTwoCoders(served);
  const rel = new ReliabilityPage(app);
  const coding = new CodingPage(app);
  await app.reload();
  await expect(app.getByTestId('coder-button')).toContainText('Ben');

  // Ctrl+4 opens the Reliability view; blind mode goes on from the Team tab.
  await app.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();
  await app.keyboard.press('Control+4');
  await expect(rel.view).toBeVisible();
  await rel.tab('Team');
  await expect(rel.view.getByText('While on, you see only your own codings')).toBeVisible();
  await expect(rel.blindBadge).toHaveCount(0);
  await rel.blindToggle.check();
  await expect(rel.blindBadge).toBeVisible();
  expect((await callApi(served, 'team.state', {})).blind).toBe(true);

  // The second article: Ana coded "a", Ben "b".
  const id = seeded.articleIds[1]!;
  expect(await callApi(served, 'codings.list', { articleId: id })).toHaveLength(1);
  await app.goto(`${served.url}#/code/${id}`);
  await expect(coding.variableBlock('Primary frame').locator('.var-value')).toHaveText(seeded.codes.b.label);
  const team = coding.panel.getByTestId('team-codings');
  await expect(team.getByTestId('team-codings-blind')).toContainText('you see only your own codings');
  await expect(team.getByTestId('team-coder-codings')).toHaveCount(0);
  await expect(rel.blindBadge).toBeVisible();

  // The badge leads to the switch; off again, the Code view shows Ana's coding too (read-only, under "Other coders").
  await rel.blindBadge.click();
  await expect(rel.blindToggle).toBeChecked();
  await rel.blindToggle.uncheck();
  await expect(rel.blindBadge).toHaveCount(0);
  await app.keyboard.press('Control+2');
  await expect(coding.variableBlock('Primary frame').locator('.var-value')).toHaveText(seeded.codes.b.label);
  const ana = team.locator('[data-testid="team-coder-codings"][data-coder="Ana"]');
  await expect(ana).toContainText(`Primary frame: ${seeded.codes.a.label}`);
  await expect(team.locator('[data-testid="team-coder-codings"][data-coder="Ben"]')).toHaveCount(0);
  expect(await callApi(served, 'codings.list', { articleId: id })).toHaveLength(2);

  // G then A is the other way to the Reliability view.
  await coding.reader.focus();
  await app.keyboard.press('Escape');
  await app.keyboard.press('g');
  await app.keyboard.press('a');
  await expect(rel.view).toBeVisible();
});

test('the report: % agreement, Cohen’s and Fleiss’ κ and α as computed by hand, the coincidence matrix, and CSV export', async ({ app, served }) => {
  const seeded = await seedTwoCoders(served);
  const rel = new ReliabilityPage(app);
  await app.reload();
  await rel.open('Report');
  // Only Ana and Ben (the project also has the default coder, who coded nothing).
  await rel.chooseCoders(['Ana', 'Ben']);
  await expect(rel.summary).toContainText('4 articles');
  await expect(rel.summary).toContainText('Ana, Ben');
  await expect(rel.view.getByTestId('rel-legend')).toContainText('0.667–0.800');

  const byHand = nominalAlpha(seeded.ana, seeded.ben);
  expect(byHand.alpha).toBeCloseTo(1 - 14 / 30, 12);
  const cohen = cohensKappa(seeded.ana, seeded.ben);
  expect(cohen.po).toBe(0.75);
  expect(cohen.kappa).toBeCloseTo(0.5, 12);

  const variable = seeded.variable.name;
  await expect(rel.cell(variable, 'units')).toHaveText('4');
  await expect(rel.cell(variable, 'agreement')).toHaveText('75.0%');
  await expect(rel.cell(variable, 'cohen')).toHaveText(three(cohen.kappa));
  await expect(rel.cell(variable, 'fleiss')).toHaveText(three(fleissKappa(seeded.ana, seeded.ben)));
  await expect(rel.cell(variable, 'alpha')).toContainText(three(byHand.alpha));
  await expect(rel.cell(variable, 'alpha')).toContainText('nominal');
  await expect(rel.cell(variable, 'alpha')).toHaveAttribute('data-band', 'poor');
  await expect(rel.cell(variable, 'ci')).toHaveText(/^−?\d\.\d{3} – \d\.\d{3}$/);
  // A variable nobody varied on: alpha is not defined, and the reason is shown.
  await expect(rel.cell('Frame', 'alpha')).toContainText('n/a');
  await expect(rel.cell('Frame', 'alpha')).toContainText('no variation');

  // Opened: the coincidence matrix is the one computed by hand, with its marginals, and the pair Ana–Ben.
  await rel.row(variable).getByRole('button', { name: `Details of ${variable}` }).click();
  const matrix = await rel.matrix();
  const label = { a: seeded.codes.a.label, b: seeded.codes.b.label };
  const order = matrix[0]!.slice(1, -1);
  expect(order.sort()).toEqual([label.a, label.b].sort());
  for (const row of matrix.slice(1, -1)) {
    const c = Object.entries(label).find(([, l]) => l === row[0])![0];
    order.forEach((l, j) => {
      const k = Object.entries(label).find(([, x]) => x === l)![0];
      expect(Number(row[j + 1]), `o(${c}, ${k})`).toBe(byHand.o.get(`${c}|${k}`) ?? 0);
    });
    expect(Number(row.at(-1))).toBe(byHand.marginal(c));
  }
  expect(Number(matrix.at(-1)!.at(-1))).toBe(byHand.n);
  const pair = rel.view.getByTestId('rel-pair');
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText('Ana – Ben');
  await expect(pair).toContainText(three(byHand.alpha));

  // A variable whose name would be a spreadsheet formula: after Re-run it is in the table; the CSV neutralises it.
  const formula = '=HYPERLINK("http://example.com","x")';
  const extra = await callApi(served, 'variables.create', { name: formula, unit: 'article', level: 'nominal' });
  const x = await callApi(served, 'codes.create', { variableId: extra.id, label: 'x' });
  for (const coder of ['Ana', 'Ben']) {
    await callApi(served, 'coders.setCurrent', { name: coder });
    await callApi(served, 'codings.create', { articleId: seeded.articleIds[0]!, variableId: extra.id, codeId: x.id });
  }
  await rel.view.getByRole('button', { name: 'Re-run' }).click();
  await expect(rel.row(formula)).toBeVisible();

  const [download] = await Promise.all([app.waitForEvent('download'), rel.view.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^reliability-.+\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines.at(-1)).toBe('');
  expect(lines[0]).toBe(
    "Variable,Unit,Level,Units,Pairable units,Percent agreement,Cohen's kappa,Fleiss' kappa,Krippendorff's alpha,Alpha reason,CI lower,CI upper,CI level,Bootstrap samples,Seed,Coders,Sample",
  );
  const primary = lines.find((l) => l.startsWith(`${variable},`))!;
  const four = (v: number) => String(Number(v.toFixed(4)));
  expect(primary.split(',').slice(0, 10)).toEqual([variable, 'article', 'nominal', '4', '4', '0.75', four(cohen.kappa), four(fleissKappa(seeded.ana, seeded.ben)), four(byHand.alpha), '']);
  expect(primary).toContain(',Ana; Ben,All articles coded by two or more coders');
  // RFC 4180 quoting (the comma and the doubled quotes) around the neutralising single quote.
  expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""x"")",article,nominal,`);
});

test('review: the disagreement is settled with the keyboard, shows as settled, and the report still compares only Ana and Ben', async ({ app, served }) => {
  const seeded = await seedTwoCoders(served);
  // A second disagreement on another variable, so there is somewhere to move to.
  const headline = (await callApi(served, 'codebook.get', {})).find((v) => v.name === 'Headline frame')!;
  const [h1, h2] = headline.codes;
  for (const [coder, code] of [
    ['Ana', h1!],
    ['Ben', h2!],
  ] as const) {
    await callApi(served, 'coders.setCurrent', { name: coder });
    await callApi(served, 'codings.create', { articleId: seeded.articleIds[2]!, variableId: headline.id, codeId: code.id });
  }
  const rel = new ReliabilityPage(app);
  await app.reload();
  await rel.open('Review');
  await expect(rel.items).toHaveCount(2);
  await expect(rel.reviewCount).toHaveText('2 disagreements · 0 settled');

  const first = rel.items.nth(0);
  await expect(first).toContainText('Primary frame');
  await expect(first).toContainText('Whole article');
  const values = first.getByTestId('coder-value');
  await expect(values).toHaveCount(2);
  await expect(values.nth(0)).toHaveText(`Ana${seeded.codes.a.label}`);
  await expect(values.nth(1)).toHaveText(`Ben${seeded.codes.b.label}`);
  const list = await callApi(served, 'articles.list', { filter: {}, offset: 0, limit: 1000 });
  await expect(first).toContainText(list.items.find((a) => a.id === seeded.articleIds[1])!.title);

  // Keyboard only: ↓ and ↑ move, 2 picks Ben's value, Enter settles; the cursor goes on to the next open unit.
  await rel.disagreements.focus();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowDown');
  await expect(rel.items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('2');
  await expect(first.getByRole('button', { name: new RegExp(`^2.*${seeded.codes.b.label}`) })).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('Enter');
  await expect(first.getByTestId('consensus')).toHaveText(`Settled: ${seeded.codes.b.label}`);
  await expect(first).toHaveAttribute('data-settled', 'true');
  await expect(rel.items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(rel.reviewCount).toHaveText('2 disagreements · 1 settled');

  const stored = await callApi(served, 'reliability.disagreements', { variableId: seeded.variable.id });
  expect(stored).toHaveLength(1);
  expect(stored[0]!.consensus).toEqual({ codeId: seeded.codes.b.id, label: seeded.codes.b.label });

  // Filters: by variable, by coder pair.
  await rel.view.getByLabel('Variable').selectOption({ label: 'Headline frame' });
  await expect(rel.items).toHaveCount(1);
  await expect(rel.items.first()).toContainText('Headline frame');
  await rel.view.getByLabel('Variable').selectOption({ label: 'All variables' });
  await rel.view.getByLabel('Coder pair').selectOption({ label: 'Ana – Ben' });
  await expect(rel.items).toHaveCount(2);
  await expect(rel.items.first().getByTestId('consensus')).toBeVisible();

  // One click back to the report: the Consensus coder is not among its coders, and alpha is unchanged.
  await rel.view.getByRole('button', { name: 'Re-run report' }).click();
  await expect(rel.table).toBeVisible();
  const chips = rel.view.getByTestId('rel-scope').getByRole('checkbox', { name: /^Coder / });
  await expect(chips.filter({ has: app.locator('[aria-label="Coder Consensus"]') })).toHaveCount(0);
  expect(await chips.evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label')))).not.toContain('Coder Consensus');
  await rel.chooseCoders(['Ana', 'Ben']);
  await expect(rel.summary).toContainText('Ana, Ben');
  await expect(rel.summary).not.toContainText('Consensus');
  await expect(rel.cell(seeded.variable.name, 'alpha')).toContainText(three(1 - 14 / 30));
  const report = await callApi(served, 'reliability.report', { bootstrapSamples: 0 });
  expect(report.coders).not.toContain('Consensus');
  expect(report.coders).toEqual(expect.arrayContaining(['Ana', 'Ben']));
});

test('review: a sentence settled as (none) shows as settled with no Consensus coding; Del clears it, Ctrl+Z brings it back, Clear clears it', async ({ app, served }) => {
  await seedTwoCoders(served);
  // On the span variable "Frame", Ana codes the first two sentences of an article and Ben only the first: for Ben the
  // second sentence is "(none)", the one disagreement on "Frame".
  const frame = (await callApi(served, 'codebook.get', {})).find((v) => v.name === 'Frame')!;
  const code = frame.codes.find((c) => !c.archived)!;
  const list = await callApi(served, 'articles.list', { filter: {}, offset: 0, limit: 1000 });
  const articleId = list.items.map((a) => a.id).sort((x, y) => x - y)[5]!;
  const [s0, s1] = [...(await callApi(served, 'articles.get', { id: articleId })).sentences].sort((a, b) => a.start - b.start);
  for (const [coder, spans] of [
    ['Ana', [s0!, s1!]],
    ['Ben', [s0!]],
  ] as const) {
    await callApi(served, 'coders.setCurrent', { name: coder });
    for (const s of spans) await callApi(served, 'codings.create', { articleId, variableId: frame.id, codeId: code.id, start: s.start, end: s.end });
  }

  const rel = new ReliabilityPage(app);
  await app.reload();
  await rel.open('Review');
  await rel.view.getByLabel('Variable').selectOption({ label: 'Frame' });
  await expect(rel.items).toHaveCount(1);
  const item = rel.items.first();
  await expect(item).toContainText('Sentence 2');
  await expect(item.getByTestId('coder-value')).toHaveText([`Ana${code.label}`, 'Ben(none)']);
  await expect(rel.reviewCount).toHaveText('1 disagreement · 0 settled');

  // 2 picks Ben's "(none)", Enter settles.
  await rel.disagreements.focus();
  await app.keyboard.press('2');
  const none = item.getByRole('button', { name: /^2\s*\(none\)\s*Ben$/ });
  await expect(none).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('Enter');
  await expect(item.getByTestId('consensus')).toHaveText('Settled: (none)');
  await expect(item).toHaveAttribute('data-settled', 'true');
  await expect(rel.reviewCount).toHaveText('1 disagreement · 1 settled');
  const consensusId = (await callApi(served, 'team.state', {})).coders.find((c) => c.isConsensus)!.id;
  const stored = async () => (await callApi(served, 'reliability.disagreements', { variableId: frame.id }))[0]!.consensus;
  expect(await stored()).toEqual({ codeId: null, label: '(none)' });
  expect((await callApi(served, 'codings.list', { articleId })).filter((c) => c.coderId === consensusId)).toEqual([]);

  // Del takes it back to unsettled; the key hint says so.
  await expect(rel.view.getByText('Del', { exact: true }).first()).toBeVisible();
  await app.keyboard.press('Delete');
  await expect(item.getByTestId('consensus')).toHaveCount(0);
  await expect(item).toHaveAttribute('data-settled', 'false');
  await expect(rel.reviewCount).toHaveText('1 disagreement · 0 settled');
  expect(await stored()).toBeNull();

  // Ctrl+Z undoes the clearing: settled as "(none)" again.
  await app.keyboard.press('Control+z');
  await expect(rel.notice).toContainText('Undid: Unsettle Frame');
  await expect(item.getByTestId('consensus')).toHaveText('Settled: (none)');
  expect(await stored()).toEqual({ codeId: null, label: '(none)' });

  // The Clear button does what Del does.
  await item.getByRole('button', { name: /^Clear/ }).click();
  await expect(item.getByTestId('consensus')).toHaveCount(0);
  await expect(item.getByRole('button', { name: /^Clear/ })).toHaveCount(0);
  expect(await stored()).toBeNull();

  // O opens the article in the Code view at the unit's sentence, selected and in view.
  await rel.disagreements.focus();
  await app.keyboard.press('o');
  const coding = new CodingPage(app);
  const body = (await callApi(served, 'articles.get', { id: articleId })).body;
  await expect.poll(() => coding.selectedText()).toBe(body.slice(s1!.start, s1!.end));
  await expect(coding.body.locator('.seg.is-selected').first()).toBeInViewport();
});

test('samples: a random draw with a seed lists the same articles when drawn again with that seed', async ({ app, served }) => {
  const rel = new ReliabilityPage(app);
  await app.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();
  await rel.open('Samples');
  const form = rel.view.getByRole('complementary', { name: 'New sample' });
  const seedField = form.getByLabel('Seed', { exact: true });
  const before = await seedField.inputValue();
  await form.getByRole('button', { name: 'New seed' }).click();
  await expect(seedField).not.toHaveValue(before);

  await rel.drawSample('First draw', 4, 2024);
  await rel.drawSample('Second draw', 4, 2024);
  await expect(rel.sampleRow('First draw')).toContainText('seed 2024');
  const first = await rel.sampleTitles('First draw');
  const second = await rel.sampleTitles('Second draw');
  expect(first).toHaveLength(4);
  expect(second).toEqual(first);
  const samples = await callApi(served, 'samples.list', {});
  expect(samples.find((s) => s.name === 'Second draw')!.articleIds).toEqual(samples.find((s) => s.name === 'First draw')!.articleIds);

  // A hand-picked sample from the checklist, then deleted.
  await form.getByRole('tab', { name: 'Pick articles' }).click();
  await form.getByLabel('Search articles to pick').fill('Gamble');
  await form.getByTestId('pick-list').getByRole('checkbox').first().check();
  await form.getByLabel('Sample name').fill('By hand');
  await form.getByRole('button', { name: 'Create sample of 1 article' }).click();
  await expect(rel.sampleRow('By hand')).toContainText('Picked by hand');
  await expect(rel.sampleRow('By hand').getByTestId('sample-size')).toHaveText('1');
  await rel.sampleRow('By hand').getByRole('button', { name: 'Delete sample By hand' }).click();
  await app.getByRole('dialog', { name: 'Delete sample' }).getByRole('button', { name: 'Delete sample' }).click();
  await expect(rel.sampleRow('By hand')).toHaveCount(0);

  // "Report" on a sample scopes the report to it.
  await rel.sampleRow('First draw').getByRole('button', { name: 'Report', exact: true }).click();
  await expect(rel.summary).toContainText('4 articles in sample “First draw”');
});

test('merge: Ben’s copy of the project comes in as Ben’s codings and "(none)" settlements, with the MergeReport; merging again adds nothing', async ({ app, served }) => {
  // Ana codes in the project; Ben codes in his copy (Save as), including an article only his copy has.
  await callApi(served, 'codebook.loadTemplate', { template: 'policy-frames' });
  const variable = (await callApi(served, 'codebook.get', {})).find((v) => v.name === 'Primary frame')!;
  const [a, b] = variable.codes;
  const ids = (await callApi(served, 'articles.list', { filter: {}, offset: 0, limit: 1000 })).items.map((x) => x.id).sort((x, y) => x - y);
  await callApi(served, 'coders.setCurrent', { name: 'Ana' });
  for (const id of ids.slice(0, 3)) await callApi(served, 'codings.create', { articleId: id, variableId: variable.id, codeId: a!.id });
  const copy = `${served.dir}/ben-copy.framebench`;
  await callApi(served, 'project.saveAs', { path: copy });
  await callApi(served, 'coders.setCurrent', { name: 'Ben' });
  for (const [i, id] of ids.slice(0, 3).entries()) await callApi(served, 'codings.create', { articleId: id, variableId: variable.id, codeId: (i === 0 ? b : a)!.id });
  const extra = await callApi(served, 'import.text', { text: 'Only in Ben’s copy\n\nA short note that was never imported into the shared project.', defaults: { outlet: 'Test Desk' } });
  await callApi(served, 'codings.create', { articleId: extra.files[0]!.articleIds[0]!, variableId: variable.id, codeId: a!.id });
  // Ben also reviews his copy: the first article, where Ana says a and he b, settled as "(none)".
  await callApi(served, 'reliability.settle', { variableId: variable.id, articleId: ids[0]!, sentence: null, codeId: null });
  await callApi(served, 'project.open', { path: served.projectPath });
  await callApi(served, 'coders.setCurrent', { name: 'Ana' });

  const rel = new ReliabilityPage(app);
  await app.reload();
  await rel.open('Team');
  await expect(rel.view.locator('[data-testid="team-coder"][data-name="Ben"]')).toHaveCount(0);
  await rel.view.getByLabel('Project file to merge').fill(copy);
  await rel.view.getByRole('button', { name: 'Merge', exact: true }).click();
  const report = rel.view.getByTestId('merge-report');
  await expect(report.getByTestId('merge-added')).toHaveText('3');
  await expect(report.getByTestId('merge-present')).toHaveText('3');
  await expect(report.getByTestId('merge-none')).toHaveText('1');
  await expect(report.getByTestId('merge-coders')).toHaveText('Ben');
  const unmatched = report.getByTestId('merge-unmatched').getByRole('row', { name: /is not in this project/ });
  await expect(unmatched.getByRole('cell')).toHaveText(['article "Only in Ben’s copy" is not in this project', '1']);
  await expect(rel.view.locator('[data-testid="team-coder"][data-name="Ben"]')).toBeVisible();

  await rel.view.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(report.getByTestId('merge-added')).toHaveText('0');
  await expect(report.getByTestId('merge-present')).toHaveText('6');
  await expect(report.getByTestId('merge-none')).toHaveText('0');

  // Ana and Ben now disagree on the first article only.
  await rel.tab('Report');
  await rel.chooseCoders(['Ana', 'Ben']);
  await expect(rel.cell('Primary frame', 'units')).toHaveText('3');
  await expect(rel.cell('Primary frame', 'agreement')).toHaveText(`${((2 / 3) * 100).toFixed(1)}%`);
});
