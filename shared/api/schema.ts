// Building blocks of the API contract: the method declarator and argument schemas several areas share.
import { z } from 'zod';

export function method<A extends z.ZodType>(args: A) {
  return { returns: <R>() => ({ args, result: undefined as unknown as R }) };
}

export const id = z.number().int().positive();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const none = z.object({}).strict();
export const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) };
export const name = (what: string) => z.string().trim().min(1, `${what} needs a name`).max(300);
export const text = z.string().max(100_000);
export const offset = z.number().int().min(0);
export const filePath = z.string().trim().min(1, 'a file path is required').max(4096);
