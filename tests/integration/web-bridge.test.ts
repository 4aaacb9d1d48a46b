import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api/window-api';
import { createProjectFile } from '../../electron/core/project/session';
import { serveProject } from '../../electron/web/serve-project';
import { tempDir } from '../helpers/temp-project';

let bridge: Awaited<ReturnType<typeof serveProject>>;
let base: string;

beforeEach(async () => {
  bridge = await serveProject(createProjectFile(path.join(tempDir(), 'b.framebench'), { sample: true }));
  base = `http://127.0.0.1:${bridge.port}`;
});
afterEach(() => bridge.close());

const call = (method: string, body: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: bridge.token }) =>
  fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('web bridge', () => {
  it('listens on 127.0.0.1 and prints a URL with the token', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(bridge.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('refuses API calls without the right token', async () => {
    expect((await call('project.info', {}, {})).status).toBe(401);
    expect((await call('project.info', {}, { [TOKEN_HEADER]: 'x'.repeat(48) })).status).toBe(401);
    const ok = await call('project.info', {});
    expect(ok.status).toBe(200);
    expect((await ok.json()).result.counts.articles).toBe(11);
  });

  it('refuses other origins and unknown methods, and validates arguments', async () => {
    expect((await call('project.info', {}, { [TOKEN_HEADER]: bridge.token, origin: 'http://evil.example' })).status).toBe(403);
    expect(await (await call('nope.method', {})).json()).toEqual({ ok: false, error: { code: 'unknown-method', message: 'unknown method: nope.method' } });
    const invalid = await (await call('articles.get', { id: 'seven' })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(invalid.error.message).toMatch(/^articles\.get: id: /);
    const user = await (await call('articles.get', { id: 99999 })).json();
    expect(user).toEqual({ ok: false, error: { code: 'user', message: 'no article with id 99999' } });
  });

  it('serves the built renderer with a Content-Security-Policy, and nothing outside it', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${base}/../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/package.json`)).status).toBe(404);
  });

  it('imports through the contract and finds the article by search', async () => {
    const body = Buffer.from('# Bridge headline\n\nZanzibar appears only here.').toString('base64');
    const report = await (await call('import.files', { files: [{ name: 'n.md', base64: body }], defaults: { outlet: 'Bridge Times' } })).json();
    expect(report.result.files[0]).toMatchObject({ status: 'imported', imported: 1 });
    const found = await (await call('search.query', { query: 'zanzibar' })).json();
    expect(found.result.hits.map((h: { title: string; outlet: string }) => [h.title, h.outlet])).toEqual([['Bridge headline', 'Bridge Times']]);
  });
});
