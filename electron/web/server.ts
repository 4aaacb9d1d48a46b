// The web bridge: the API contract over HTTP on 127.0.0.1 with a per-run token, plus the built renderer.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/api/dispatch';
import { TOKEN_HEADER } from '../../shared/api/window-api';
import { serveStatic } from './static';

const MAX_BODY = 512 * 1024 * 1024;

export interface BridgeOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  if (!fs.existsSync(options.rendererDir)) throw new Error(`the renderer is not built (${options.rendererDir}); run npm run build`);
  let port = 0;
  // DNS rebinding: only our own loopback host names are answered.
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!allowedHosts().has(req.headers.host ?? '')) return json(res, 403, { ok: false, error: { code: 'forbidden', message: 'bad host' } });
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { ok: false, error: { code: 'method', message: 'GET only' } });
      return serveStatic(options.rendererDir, url.pathname, res);
    }
    const origin = req.headers.origin;
    if (origin && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return json(res, 403, { ok: false, error: { code: 'forbidden', message: 'cross-origin calls are refused' } });
    }
    if (req.method !== 'POST') return json(res, 405, { ok: false, error: { code: 'method', message: 'POST only' } });
    if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      return json(res, 401, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } });
    }
    let args: unknown;
    try {
      const body = await readBody(req);
      args = body ? JSON.parse(body) : {};
    } catch (error) {
      return json(res, 400, { ok: false, error: { code: 'invalid-args', message: `bad request body: ${(error as Error).message}` } });
    }
    const response = await options.dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), args);
    json(res, response.ok || response.error.code !== 'unknown-method' ? 200 : 404, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
