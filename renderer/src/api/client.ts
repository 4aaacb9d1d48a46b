// The renderer's ApiClient: IPC through window.api in Electron, else HTTP to the local bridge with the per-run token.
import type { ApiClient, ApiResponse, Method } from '../../../shared/api/contract';
import { ApiCallError } from '../../../shared/api/errors';
import { TOKEN_HEADER, type WindowApi } from '../../../shared/api/window-api';

const TOKEN_KEY = 'framebench.token';

function unwrap(response: ApiResponse): unknown {
  if (response.ok) return response.result;
  throw new ApiCallError(response.error.code, response.error.message);
}

/** Takes the token from ?token= on first load, keeps it for this tab, and removes it from the address bar. */
export function takeToken(location: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

function ipcClient(api: WindowApi): ApiClient {
  return {
    call: (async (method: Method, args?: unknown) => unwrap(await api.call(method, args ?? {}))) as ApiClient['call'],
  };
}

function httpClient(token: string | null, base = ''): ApiClient {
  return {
    call: (async (method: Method, args?: unknown) => {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
          body: JSON.stringify(args ?? {}),
        });
      } catch {
        throw new ApiCallError('network', 'cannot reach the Framebench server; is `framebench serve` still running?');
      }
      let body: ApiResponse;
      try {
        body = (await response.json()) as ApiResponse;
      } catch {
        throw new ApiCallError('network', `the server answered ${response.status} without a readable body`);
      }
      return unwrap(body);
    }) as ApiClient['call'],
  };
}

export function createApiClient(): ApiClient {
  const api = (window as Window & { api?: WindowApi }).api;
  return api ? ipcClient(api) : httpClient(takeToken());
}
