// Fetch one JSON file and validate it with the shared schema; errors name the URL and the problem.
import type { GenericSchema, InferOutput } from 'valibot';
import { parseOrThrow } from '../lib/schema.ts';

export type Resource<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; message: string };

export async function fetchJson<S extends GenericSchema>(url: string, schema: S): Promise<InferOutput<S>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
  return parseOrThrow(schema, body, url);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
