// A loader run at most once at a time: every caller shares its promise, and a failure is forgotten so
// that a later call tries again (a chunk that could not be fetched, say).

/** Wraps `load` (a dynamic import, usually) so that it runs once and every caller gets the same promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null; // let a later attempt try again
      throw error;
    });
    return pending;
  };
}
