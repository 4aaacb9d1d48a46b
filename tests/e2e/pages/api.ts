// Calls the running project's API from the test (Node side) with the per-run token, to check what was stored.
import type { Result, Method, Args } from '../../../shared/api/contract';
import { TOKEN_HEADER } from '../../../shared/api/window-api';
import type { Served } from '../fixtures';

export async function callApi<M extends Method>(served: Served, method: M, args: Args<M>): Promise<Result<M>> {
  const response = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: served.token },
    body: JSON.stringify(args ?? {}),
  });
  const body = (await response.json()) as { ok: boolean; result: Result<M>; error?: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
  return body.result;
}

/** The id of the sample article whose title matches. */
export async function articleId(served: Served, title: RegExp): Promise<number> {
  const list = await callApi(served, 'articles.list', { filter: {}, offset: 0, limit: 1000 });
  const hit = list.items.find((a) => title.test(a.title));
  if (!hit) throw new Error(`no article titled ${title}`);
  return hit.id;
}

/** How many sentences come before the one containing `text` (so J pressed that many times plus one selects it). */
export async function sentenceIndex(served: Served, id: number, text: string): Promise<{ index: number; start: number; end: number }> {
  const article = await callApi(served, 'articles.get', { id });
  const at = article.body.indexOf(text);
  if (at < 0) throw new Error(`“${text}” is not in article ${id}`);
  const sentences = [...article.sentences].sort((a, b) => a.start - b.start);
  const index = sentences.findIndex((s) => s.start <= at && at < s.end);
  return { index, start: sentences[index]!.start, end: sentences[index]!.end };
}
