// `npm run -s export -- [--data DIR] [--geo DIR] [--zones ID,ID] [--with-excerpts] [--weak-links] [--core-only] [--out FILE] [--csv FILE]`
// Writes one GeoJSON FeatureCollection (one feature per zone) to stdout, or atomically to --out.
// Exit codes: 0 done, 1 unreadable or invalid input, 2 bad arguments (e.g. an unknown zone id).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExport } from './export/run.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.exitCode = await runExport(process.argv.slice(2), process.cwd(), projectRoot);
