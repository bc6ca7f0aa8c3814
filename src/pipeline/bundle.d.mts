// Types of bundle.mjs (plain JavaScript, so that the ingest command starts without tsx).

/** The bundled ingest command and worker-thread modules, bundled first when the sources changed. */
export function ingestBundle(): Promise<{ cli: URL; worker: URL }>;
