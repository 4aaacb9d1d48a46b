// README screenshots: serves a fresh sample project in browser mode, drives Chromium, writes docs/screenshot-*.png.
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
  await page.mouse.move(1300, 840);
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
  await page.mouse.move(1300, 840);
  await settle(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-import.png') });
  console.log(`wrote ${path.relative(root, path.join(docs, 'screenshot-library.png'))} and ${path.relative(root, path.join(docs, 'screenshot-import.png'))}`);
} finally {
  await browser?.close();
  server.child.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
}
