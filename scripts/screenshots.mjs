// README screenshots: serves a fresh sample project in browser mode, drives Chromium, writes docs/screenshot-*.png
// (library, import, coding, codebook, suggestions, reliability, review, export, compare, coverage, stance).
// Usage: npx electron-vite build && node scripts/screenshots.mjs   (FRAMEBENCH_CHROMIUM overrides /usr/bin/chromium)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = path.join(root, 'docs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-shots-'));
const project = path.join(tmp, 'hamas-talks.framebench');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const cli = path.join(root, 'electron', 'cli', 'index.ts');
const executablePath = [process.env.FRAMEBENCH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => p && fs.existsSync(p),
);

function run(args) {
  const result = spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`framebench ${args.join(' ')} failed:\n${result.stderr}`);
}

function serve() {
  const child = spawn(tsx, [cli, 'serve', '--project', project, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /https?:\/\/\S+\?token=\S+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing its address:\n${out}`)));
  });
  return { child, url };
}

/** Files for the import screenshot: a new article, a CSV of three, a duplicate of a sample article, and a PDF. */
function importFiles() {
  const dir = path.join(tmp, 'incoming');
  fs.mkdirSync(dir);
  const md = path.join(dir, 'harbour-lantern-followup.md');
  fs.writeFileSync(
    md,
    [
      '---',
      'title: "Doha Channel Stays Open as Envoys Trade Drafts"',
      'outlet: "Harbour Lantern"',
      'author: "Mira Castellanos"',
      'date: 2025-03-08',
      '---',
      'Envoys kept the Doha channel open on Saturday, trading draft language on a hostage release and a longer truce.',
      '',
      'Officials on both sides described the talks as slow but serious.',
    ].join('\n'),
  );
  const csv = path.join(dir, 'wire-roundup.csv');
  fs.writeFileSync(
    csv,
    [
      'title,outlet,date,body',
      '"Talks continue in Doha",Northgate Wire,2025-03-08,"Negotiators met again in Doha on Saturday, officials said."',
      '"Families wait for word",Northgate Wire,2025-03-08,"Relatives of hostages gathered in Tel Aviv awaiting news from the talks."',
      '"Aid convoys held at crossing",Northgate Wire,2025-03-09,"Aid groups said trucks were held at the crossing for a third day."',
    ].join('\n'),
  );
  const duplicate = path.join(dir, '05-meridian-wire.md');
  fs.copyFileSync(path.join(root, 'resources', 'sample', 'articles', '05-meridian-wire.md'), duplicate);
  const pdf = path.join(dir, 'briefing-scan.pdf');
  fs.writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8])]));
  return [md, csv, duplicate, pdf];
}

async function settle(page) {
  // Dialog and notice animations are 140 ms; wait them out so nothing is caught half-faded.
  await page.waitForTimeout(400);
}

const views = (page) => page.getByRole('navigation', { name: 'Views' });

async function loadTemplate(page, name) {
  await page.getByRole('button', { name: 'Load template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load a codebook template' });
  await dialog.getByRole('button', { name: `Load ${name}`, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Presses keys one after another (the reader is keyboard-first, so the screenshots are made with keys). */
async function keys(page, ...list) {
  for (const key of list) await page.keyboard.press(key);
}

async function pickInComposer(page, actor, target) {
  const composer = page.getByTestId('stance-composer');
  await composer.getByRole('combobox', { name: 'Actor' }).waitFor();
  await page.keyboard.type(actor);
  await page.keyboard.press('Enter');
  await composer.getByRole('combobox', { name: 'Target' }).waitFor();
  await page.keyboard.type(target);
  await page.keyboard.press('Enter');
  await composer.waitFor({ state: 'hidden' });
}

/** Coding, codebook and suggestions: Policy Frames plus Stance and Tone, a few codings on the Capitol Dispatch piece. */
async function codingShots(page) {
  await views(page).getByRole('button', { name: 'Codebook', exact: true }).click();
  await loadTemplate(page, 'Policy Frames Codebook');
  await loadTemplate(page, 'Framebench Stance and Tone');
  // The pro/anti Tone variable shows nesting: graded leaves under Pro and Anti.
  await page.getByRole('navigation', { name: 'Variables' }).getByRole('button', { name: /^Tone article/ }).click();
  await page.getByTestId('variable-editor').waitFor();
  await page.mouse.move(560, 68);
  await page.getByTestId('notice').waitFor({ state: 'hidden', timeout: 8000 }).catch(() => undefined);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-codebook.png') });

  await views(page).getByRole('button', { name: 'Library', exact: true }).click();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await list.getByRole('option').filter({ hasText: 'Capitol Dispatch' }).click();
  await keys(page, 'Control+2');
  const reader = page.getByRole('region', { name: 'Reader' });
  await reader.getByTestId('reader-body').waitFor();
  const selection = page.getByTestId('selection-text');
  const margin = page.getByTestId('margin-item');
  /** From the top, J until the sentence with this text is selected. */
  const sentence = async (text) => {
    if (await selection.count()) await keys(page, 'Escape');
    for (let i = 0; i < 80; i++) {
      await keys(page, 'j');
      if (((await selection.textContent()) ?? '').includes(text)) return;
    }
    throw new Error(`no sentence with “${text}”`);
  };
  const coded = async (n) => margin.nth(n - 1).waitFor();

  await sentence('could backfire');
  await keys(page, '6');
  await coded(1);
  await sentence('It could complicate');
  await keys(page, '8', ']', '2');
  await pickInComposer(page, 'Mulroy', 'direct talks');
  await keys(page, ']');
  await page.getByTestId('accept-tone').waitFor();
  await keys(page, 't', ']', '2', '[', '[', '[');
  await coded(5);
  await sentence('That terse line came from');
  await keys(page, 'e', ']', '2');
  await pickInComposer(page, 'Israeli gov', 'direct talks');
  await keys(page, '[');
  await sentence('Trump warned on Truth Social');
  await keys(page, '8');
  await coded(8);
  // Article-level variables come after the span variables: primary frame, headline frame.
  await keys(page, ']', ']', ']', ']', '8', ']', '6', '[', '[', '[', '[', '[');
  // Leave a sentence selected with its tone hint showing, the article scrolled to the top.
  await sentence('The warning goes to the central question');
  await page.getByTestId('selection-section').getByTestId('tone-suggested').waitFor();
  await reader.evaluate((el) => (el.scrollTop = 0));
  await page.mouse.move(560, 68);
  await page.getByTestId('notice').waitFor({ state: 'hidden', timeout: 10000 });
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-coding.png') });

  // Suggestions: accept Leavitt's quote, then stand on Mulroy's.
  await keys(page, 'Escape', 's');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await suggestions.getByTestId('quote-suggestion').first().waitFor();
  const texts = await suggestions.locator('.suggestion').allTextContents();
  const at = texts.findIndex((t) => t.includes('the right thing'));
  for (let i = 0; i < at; i++) await keys(page, 'ArrowDown');
  if (at >= 0) {
    await keys(page, 'a');
    await page.getByTestId('notice').waitFor();
  }
  await keys(page, 'Home');
  await suggestions.locator('.suggestion.is-active').waitFor();
  await page.mouse.move(560, 68);
  await page.getByTestId('notice').waitFor({ state: 'hidden', timeout: 10000 });
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-suggestions.png') });
}

/** Calls the served API from the page, with the token the page keeps for its tab. */
async function api(page, method, args = {}) {
  return page.evaluate(
    async ([m, a]) => {
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-framebench-token': sessionStorage.getItem('framebench.token') ?? '' },
        body: JSON.stringify(a),
      });
      const body = await response.json();
      if (!body.ok) throw new Error(`${m}: ${body.error.message}`);
      return body.result;
    },
    [method, args],
  );
}

/**
 * Reliability and review: a seeded sample of eight articles coded by Ana and Ben (through the API: the codings are
 * the set-up, the screens are the subject), the report with Primary frame opened, then the review half-way through.
 */
async function reliabilityShots(page) {
  const sample = await api(page, 'samples.create', { name: 'Pilot sample', draw: { filter: {}, n: 8, seed: 20250308 } });
  const codebook = await api(page, 'codebook.get', {});
  const variable = (name, unit) => codebook.find((v) => v.name === name && (!unit || v.unit === unit));
  const code = (v, label) => v.codes.find((c) => c.label === label) ?? v.codes.find((c) => c.label.startsWith(label));
  const SEC = 'Security and defense', POL = 'Political', EXT = 'External regulation', MOR = 'Morality', PRE = 'Policy prescription';
  const plan = {
    'Primary frame': { Ana: [SEC, POL, EXT, SEC, MOR, POL, PRE, SEC], Ben: [SEC, POL, EXT, SEC, MOR, EXT, PRE, SEC] },
    'Headline frame': { Ana: [POL, SEC, EXT, POL, MOR, POL, SEC, POL], Ben: [POL, SEC, POL, POL, MOR, POL, SEC, SEC] },
    Tone: { Ana: ['Pro (implicit)', 'Anti (implicit)', 'Neutral', 'Anti (explicit)', 'Neutral', 'Pro (explicit)', 'Anti (implicit)', 'Neutral'], Ben: ['Pro (implicit)', 'Anti (explicit)', 'Neutral', 'Anti (implicit)', 'Anti (implicit)', 'Pro (explicit)', 'Neutral', 'Neutral'] },
    'Overall tone': { Ana: ['Positive', 'Negative', 'Neutral', 'Very negative', 'Neutral', 'Positive', 'Negative', 'Neutral'], Ben: ['Neutral', 'Negative', 'Negative', 'Negative', 'Positive', 'Very positive', 'Neutral', 'Negative'] },
  };
  // Span frames: the second and third sentences of each article; Ben reads the third one differently now and then.
  const spans = { Ana: [SEC, POL], Ben: [SEC, POL] };
  const benThird = [SEC, EXT, POL, POL, MOR, EXT, POL, SEC];
  const frame = variable('Frame', 'span');
  const articles = [];
  for (const id of sample.articleIds) articles.push(await api(page, 'articles.get', { id }));
  for (const coder of ['Ana', 'Ben']) {
    await api(page, 'coders.setCurrent', { name: coder });
    for (const [i, article] of articles.entries()) {
      for (const [name, values] of Object.entries(plan)) {
        const v = variable(name, 'article');
        await api(page, 'codings.create', { articleId: article.id, variableId: v.id, codeId: code(v, values[coder][i]).id });
      }
      const sentences = [...article.sentences].sort((a, b) => a.start - b.start);
      for (const [j, label] of spans[coder].entries()) {
        const s = sentences[j + 1];
        const value = coder === 'Ben' && j === 1 ? benThird[i] : label;
        if (s) await api(page, 'codings.create', { articleId: article.id, variableId: frame.id, codeId: code(frame, value).id, start: s.start, end: s.end });
      }
    }
  }
  await api(page, 'coders.setCurrent', { name: 'Ana' });
  await page.reload();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();

  await keys(page, 'Control+4');
  const view = page.getByRole('main', { name: 'Reliability view' });
  await view.getByRole('tab', { name: /^Report/ }).click();
  await view.getByLabel('Sample').selectOption({ label: 'Pilot sample (8 articles)' });
  for (const box of await view.getByTestId('rel-scope').getByRole('checkbox', { name: /^Coder / }).all()) {
    const name = (await box.getAttribute('aria-label')).replace(/^Coder /, '');
    if (name !== 'Ana' && name !== 'Ben') await box.uncheck();
  }
  await view.getByTestId('rel-summary').filter({ hasText: 'Ana, Ben' }).filter({ hasText: 'Pilot sample' }).waitFor();
  await view.getByRole('button', { name: 'Details of Primary frame' }).click();
  await view.getByTestId('coincidence-matrix').waitFor();
  await page.mouse.move(560, 68);
  await page.getByTestId('notice').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-reliability.png') });

  // Review: settle the first disagreement with the keyboard, then stand on the next one with a value picked.
  await view.getByRole('tab', { name: /^Review/ }).click();
  const list = view.getByRole('listbox', { name: 'Disagreements' });
  await list.getByTestId('disagreement').first().waitFor();
  await list.focus();
  await keys(page, '2', 'Enter');
  await list.getByTestId('consensus').first().waitFor();
  await keys(page, '1');
  await page.mouse.move(560, 68);
  await page.getByTestId('notice').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-review.png') });
}

/** Export: the dialog opened with Ctrl+E over the Library, coded segments as CSV with the Excel preset, just written. */
async function exportShot(page) {
  await keys(page, 'Escape', 'Control+1');
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();
  await keys(page, 'Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Coded segments CSV', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Excel preset (BOM + semicolon)' }).check();
  await dialog.getByTestId('export-submit').click();
  await dialog.getByTestId('export-result').waitFor();
  await page.mouse.move(560, 68);
  await page.getByTestId('notice').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-export.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Compare: the sample story side by side with Mulroy's quote pointed at (its counterparts lit in the other columns),
 * the coverage matrix, and the stance matrix toward the direct talks with its chart. The stance codings are set up
 * through the API: a handful of actors' positions, found by their words in each article of the story.
 */
async function compareShots(page) {
  const story = (await api(page, 'stories.list')).find((s) => s.name.startsWith('U.S.-Hamas direct talks'));
  const codebook = await api(page, 'codebook.get', {});
  const stance = codebook.find((v) => v.kind === 'stance');
  const code = (label) => stance.codes.find((c) => c.label === label);
  const target = (await api(page, 'targets.list')).find((t) => t.name === 'U.S. direct talks with Hamas');
  const actors = await api(page, 'actors.list');
  const actor = (name) => actors.find((a) => a.name === name);
  // Who takes which position, by the words that carry it; some outlets render the same position differently.
  const plan = [
    { actor: 'Karoline Leavitt', words: 'the right thing for the American people', value: () => 'Support' },
    { actor: 'Donald Trump', words: 'hell to pay', value: () => 'Support' },
    { actor: 'Mick Mulroy', words: 'It could complicate', value: (outlet) => (/Meridian|Cedar/.test(outlet) ? 'Neutral' : 'Oppose') },
    { actor: 'Israeli government', words: 'expressed its opinion', value: (outlet) => (/Jerusalem/.test(outlet) ? 'Oppose' : 'Neutral') },
    { actor: 'Hamas', words: 'Our door has always been open', value: () => 'Support' },
  ];
  // The view shows the current coder's codings: back to the coder who coded the Capitol Dispatch piece.
  const coder = (await api(page, 'coders.list')).find((c) => !['Ana', 'Ben'].includes(c.name) && !c.isConsensus);
  if (coder) await api(page, 'coders.setCurrent', { name: coder.name });
  const comparison = await api(page, 'compare.story', { storyId: story.id });
  for (const summary of comparison.articles) {
    const article = await api(page, 'articles.get', { id: summary.id });
    for (const step of plan) {
      const at = article.body.indexOf(step.words);
      const sentence = at < 0 ? null : article.sentences.find((x) => x.start <= at && at < x.end);
      if (!sentence) continue;
      await api(page, 'codings.create', {
        articleId: article.id,
        variableId: stance.id,
        codeId: code(step.value(summary.outlet)).id,
        start: sentence.start,
        end: sentence.end,
        actorId: actor(step.actor).id,
        targetId: target.id,
      });
    }
  }
  await page.reload();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();

  await keys(page, 'Control+5');
  const view = page.getByRole('main', { name: 'Compare view' });
  await view.getByLabel('Story', { exact: true }).selectOption(String(story.id));
  await view.getByRole('tab', { name: 'Side by side' }).click();
  const columns = view.getByTestId('compare-column');
  await columns.nth(3).getByTestId('compare-body').waitFor();
  const origin = view.locator('[data-testid="compare-column"][data-outlet="Capitol Dispatch"]');
  await origin.getByTestId('compare-text').locator('.seg', { hasText: 'complicate' }).first().hover();
  await view.locator('.seg.is-linked').first().waitFor();
  await page.waitForTimeout(900);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-compare.png') });

  await page.mouse.move(560, 68);
  await view.getByRole('tab', { name: /^Coverage/ }).click();
  const grid = view.getByRole('grid', { name: 'Coverage matrix' });
  await grid.getByTestId('coverage-row').first().waitFor();
  // With the keyboard: two rows selected for a merge (Space), the cursor standing on a cell.
  await grid.getByTestId('coverage-row').nth(1).getByRole('rowheader').focus();
  await keys(page, 'Space', 'ArrowDown', 'Space', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
  await page.getByTestId('notice').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-coverage.png') });

  await view.getByRole('tab', { name: 'Aggregates' }).click();
  const pane = view.getByTestId('aggregates-pane');
  await pane.getByRole('radio', { name: 'Stance', exact: true }).click();
  await pane.getByLabel('Target').selectOption({ label: target.name });
  await pane.locator('[data-testid="agg-cell"][data-row="Mick Mulroy"]').first().waitFor();
  await pane.getByTestId('agg-chart').locator('svg.recharts-surface').waitFor();
  await page.mouse.move(560, 68);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-stance.png') });
}

run(['init', project, '--sample']);
const server = serve();
let browser;
try {
  const url = await server.url;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(url);
  const list = page.getByRole('listbox', { name: 'Articles' });
  await list.getByRole('option').first().waitFor();

  // Library: a search for "Mulroy" with the Capitol Dispatch piece open in the reader.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Mulroy');
  await page.getByTestId('result-summary').filter({ hasText: 'results for' }).waitFor();
  await list.getByRole('option').filter({ hasText: 'Capitol Dispatch' }).click();
  await page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 }).waitFor();
  await page.mouse.move(560, 68);
  await settle(page);
  fs.mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: path.join(docs, 'screenshot-library.png') });

  // Import: four files, one of each outcome, filed under a story.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await dialog.getByTestId('import-file-input').setInputFiles(importFiles());
  await dialog.getByLabel('Story').fill('Doha follow-ups');
  await dialog.getByTestId('import-submit').click();
  await dialog.getByTestId('import-report-row').first().waitFor();
  await page.mouse.move(560, 68);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-import.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await codingShots(page);
  await reliabilityShots(page);
  await exportShot(page);
  await compareShots(page);
  console.log('wrote docs/screenshot-{library,import,coding,codebook,suggestions,reliability,review,export,compare,coverage,stance}.png');
} finally {
  await browser?.close();
  server.child.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
}
