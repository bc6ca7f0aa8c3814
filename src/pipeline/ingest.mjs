// npm run ingest: the ingest command (ingest-cli.ts) run from its bundle (bundle.mjs), made first
// when the sources changed since the last run.
import { ingestBundle } from './bundle.mjs';

const { cli } = await ingestBundle();
await import(cli.href);
