// The one dispatcher both transports use: allowlist, argument validation, errors as data.
import { z } from 'zod';
import { contract, type ApiResponse, type Handlers, type Method } from './contract';
import { UserError } from './errors';

function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export function createDispatcher(handlers: Handlers, onInternalError?: (method: string, error: unknown) => void) {
  return async function dispatch(name: string, rawArgs: unknown): Promise<ApiResponse> {
    if (!isMethod(name)) return { ok: false, error: { code: 'unknown-method', message: `unknown method: ${name}` } };
    const parsed = contract[name].args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-args', message: `${name}: ${firstIssue(parsed.error)}` } };
    }
    try {
      const handler = handlers[name] as (args: unknown) => unknown;
      return { ok: true, result: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, error: { code: 'user', message: error.message } };
      onInternalError?.(name, error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: message.split('\n')[0] } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
