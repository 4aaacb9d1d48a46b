// The one API contract: every method's argument schema (validated at the boundary) and result type,
// assembled from one module per area.
import type { z } from 'zod';
import { codingMethods } from './contract-coding';
import { comparisonMethods } from './contract-comparison';
import { corpusMethods } from './contract-corpus';
import { exchangeMethods } from './contract-exchange';
import { reliabilityMethods } from './contract-reliability';

export const contract = { ...corpusMethods, ...codingMethods, ...reliabilityMethods, ...exchangeMethods, ...comparisonMethods };

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = Contract[M]['result'];

export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => Result<M> | Promise<Result<M>> };
export type HandlersFor<K extends Method> = Pick<Handlers, K>;

export type ApiError = { code: 'user' | 'invalid-args' | 'unknown-method' | 'internal'; message: string };
export type ApiResponse<R = unknown> = { ok: true; result: R } | { ok: false; error: ApiError };

/** What the renderer talks to; it never knows which transport is behind it. */
export interface ApiClient {
  call<M extends Method>(method: M, ...args: {} extends Args<M> ? [Args<M>?] : [Args<M>]): Promise<Result<M>>;
}

export const methods = Object.keys(contract) as Method[];
