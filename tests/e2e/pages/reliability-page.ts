// Page object for the Reliability view (team, samples, report, review), plus the API set-up of two coders' codings.
import type { Locator, Page } from '@playwright/test';
import type { Served } from '../fixtures';
import { callApi } from './api';

type Tab = 'Team' | 'Samples' | 'Report' | 'Review';

export class ReliabilityPage {
  readonly view: Locator;
  readonly blindToggle: Locator;
  readonly blindBadge: Locator;
  readonly table: Locator;
  readonly summary: Locator;
  readonly disagreements: Locator;
  readonly items: Locator;
  readonly reviewCount: Locator;
  readonly samples: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('main', { name: 'Reliability view' });
    this.blindToggle = this.view.getByRole('switch', { name: 'Blind mode' });
    this.blindBadge = page.getByTestId('blind-badge');
    this.table = this.view.getByTestId('reliability-table');
    this.summary = this.view.getByTestId('rel-summary');
    this.disagreements = this.view.getByRole('listbox', { name: 'Disagreements' });
    this.items = this.disagreements.getByTestId('disagreement');
    this.reviewCount = this.view.getByTestId('review-count');
    this.samples = this.view.getByTestId('sample-row');
    this.notice = page.getByTestId('notice');
  }

  viewButton(): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reliability', exact: true });
  }

  async open(tab?: Tab) {
    if (!(await this.view.isVisible())) await this.viewButton().click();
    await this.view.waitFor();
    if (tab) await this.tab(tab);
  }

  async tab(name: Tab) {
    await this.view.getByRole('tablist', { name: 'Reliability sections' }).getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** Checks exactly these coders in the scope bar's coder chips. */
  async chooseCoders(names: string[]) {
    const boxes = this.view.getByTestId('rel-scope').getByRole('checkbox', { name: /^Coder / });
    for (const box of await boxes.all()) {
      const name = ((await box.getAttribute('aria-label')) ?? '').replace(/^Coder /, '');
      if (names.includes(name)) await box.check();
      else await box.uncheck();
    }
  }

  row(variable: string): Locator {
    return this.table.locator(`[data-testid="rel-row"][data-variable=${JSON.stringify(variable)}]`);
  }

  cell(variable: string, column: 'units' | 'agreement' | 'cohen' | 'fleiss' | 'alpha' | 'ci'): Locator {
    return this.row(variable).getByTestId(`rel-${column}`);
  }

  /** The matrix of an opened row, as text per cell: rows of [label, ...counts, marginal]. */
  async matrix(): Promise<string[][]> {
    const rows = this.view.getByTestId('coincidence-matrix').locator('tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('th, td').allTextContents()).map((t) => t.trim()));
    return out;
  }

  sampleRow(name: string): Locator {
    return this.view.locator(`[data-testid="sample-row"][data-name=${JSON.stringify(name)}]`);
  }

  async sampleTitles(name: string): Promise<string[]> {
    const row = this.sampleRow(name);
    const list = row.getByTestId('sample-articles');
    if (!(await list.isVisible())) await row.getByRole('button', { name: `Articles of ${name}` }).click();
    await list.getByTestId('sample-article').first().waitFor();
    return list.getByTestId('sample-article').allTextContents();
  }

  /** Draws a random sample of n articles with the seed, from all articles. */
  async drawSample(name: string, n: number, seed: number) {
    const form = this.view.getByRole('complementary', { name: 'New sample' });
    await form.getByRole('tab', { name: 'Draw at random' }).click();
    await form.getByLabel('Sample name').fill(name);
    await form.getByLabel('Number of articles').fill(String(n));
    await form.getByLabel('Seed', { exact: true }).fill(String(seed));
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await this.sampleRow(name).waitFor();
  }
}

export interface TwoCoders {
  variable: { id: number; name: string };
  codes: { a: { id: number; label: string }; b: { id: number; label: string } };
  articleIds: number[];
  ana: string[];
  ben: string[];
}

/**
 * Policy Frames codebook; four articles coded on the article-level "Primary frame" by Ana (a, a, b, b) and then by Ben
 * (a, b, b, b): one disagreement, on the second article. Leaves Ben as the current coder.
 */
export async function seedTwoCoders(served: Served): Promise<TwoCoders> {
  await callApi(served, 'codebook.loadTemplate', { template: 'policy-frames' });
  const codebook = await callApi(served, 'codebook.get', {});
  const variable = codebook.find((v) => v.name === 'Primary frame');
  if (!variable || variable.unit !== 'article' || variable.level !== 'nominal') throw new Error('expected an article-level nominal "Primary frame"');
  const [a, b] = variable.codes.filter((c) => c.parentId === null && !c.archived);
  if (!a || !b) throw new Error('"Primary frame" needs two codes');
  const list = await callApi(served, 'articles.list', { filter: {}, offset: 0, limit: 1000 });
  const articleIds = list.items
    .map((x) => x.id)
    .sort((x, y) => x - y)
    .slice(0, 4);
  const ana = ['a', 'a', 'b', 'b'];
  const ben = ['a', 'b', 'b', 'b'];
  const code = (key: string) => (key === 'a' ? a : b);
  for (const [coder, values] of [
    ['Ana', ana],
    ['Ben', ben],
  ] as const) {
    await callApi(served, 'coders.setCurrent', { name: coder });
    for (const [i, articleId] of articleIds.entries()) {
      await callApi(served, 'codings.create', { articleId, variableId: variable.id, codeId: code(values[i]!).id });
    }
  }
  return { variable: { id: variable.id, name: variable.name }, codes: { a: { id: a.id, label: a.label }, b: { id: b.id, label: b.label } }, articleIds, ana, ben };
}
