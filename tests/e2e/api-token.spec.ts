// The HTTP bridge: the API needs the per-run token, and the page is served with a Content-Security-Policy.
import { TOKEN_HEADER } from '../../shared/api/window-api';
import { expect, test } from './fixtures';

test('the API refuses calls without the token and answers with it', async ({ served }) => {
  const url = `${served.origin}/api/project.info`;
  const without = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(without.status).toBe(401);
  expect(await without.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

  const wrong = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 'x'.repeat(served.token.length) }, body: '{}' });
  expect(wrong.status).toBe(401);

  const withToken = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: served.token }, body: '{}' });
  expect(withToken.status).toBe(200);
  const body = (await withToken.json()) as { ok: boolean; result: { counts: { articles: number } } };
  expect(body.ok).toBe(true);
  expect(body.result.counts.articles).toBeGreaterThan(0);
});

test('the page carries a Content-Security-Policy and drops the token from the address bar', async ({ page, served }) => {
  const response = await page.goto(served.url);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);

  // A reload still works: the token is kept for this tab.
  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible();
});

test('without a token the page explains how to get in', async ({ page, served }) => {
  await page.goto(served.origin);
  await expect(page.getByRole('heading', { name: 'This page needs its access token' })).toBeVisible();
});
