// The ingest as plain JavaScript: its command (ingest-cli.ts) and its worker threads' entry
// (ingest/ingest-worker.ts), with everything they import, bundled by esbuild into
// node_modules/.cache/ingest-bundle/<key>/, where <key> is a hash of the bundled files' contents, of
// this file (the options) and of esbuild's version. Loading one module costs a tenth of what loading
// the TypeScript through tsx does (its loader thread, resolving and compiling every file), and a
// worker thread pays that on every run. The saved-page reader stays a chunk of its own, loaded when
// the first page comes. A bundle is made again when a file it holds has changed (the manifest lists
// them); it is written under a temporary name and renamed into place, so runs started at the same
// time never load half of one. Plain JavaScript, so that `npm run ingest` can start without tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/ingest-bundle');
const MANIFEST = join(CACHE, 'manifest.json');
const ENTRIES = { 'ingest-cli': 'src/pipeline/ingest-cli.ts', 'ingest-worker': 'src/pipeline/ingest/ingest-worker.ts' };
const CHECK = 'ingest-worker.mjs';
/** Bundles kept (the newest): older ones go when a new one is made. */
const KEEP = 4;

/** The installed esbuild's version, read from its package.json (loading esbuild takes longer). */
function esbuildVersion() {
  try {
    return String(JSON.parse(readFileSync(join(ROOT, 'node_modules/esbuild/package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}

/** The key of a bundle of `inputs` (paths under the project root) as they are now (null when one is gone). */
function keyOf(inputs) {
  const hash = createHash('sha256').update(`esbuild ${esbuildVersion()}\n`).update(readFileSync(fileURLToPath(import.meta.url)));
  for (const input of inputs) {
    let bytes;
    try {
      bytes = readFileSync(join(ROOT, input));
    } catch {
      return null;
    }
    hash.update(`${input}\n`).update(createHash('sha256').update(bytes).digest('hex'));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The last bundle made: { key, inputs }, or null. */
function readManifest() {
  try {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    return typeof m.key === 'string' && Array.isArray(m.inputs) ? m : null;
  } catch {
    return null;
  }
}

/** Bundle the entries; returns the folder the bundle is in. */
async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(ROOT, path)])),
    outdir: CACHE,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages' ES modules where they have them (jsonc-parser's CommonJS build requires its parts by computed names).
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.mjs' },
    // esbuild itself (a native program) is only needed by code that is not bundled.
    external: ['esbuild'],
    // Tells worker-pool.ts that the worker's module is beside it.
    define: { INGEST_BUNDLED: 'true' },
    // The CommonJS packages (iconv-lite, chardet) require Node's own modules.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const key = keyOf(inputs);
  if (key === null) throw new Error('a file of the bundle vanished while it was made');
  const dir = join(CACHE, key);
  if (!existsSync(join(dir, CHECK))) {
    const tmp = `${dir}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    for (const file of result.outputFiles) {
      const path = join(tmp, file.path.slice(CACHE.length + 1));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another run put the same bundle there first.
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(join(dir, CHECK))) throw e;
    }
  }
  prune();
  const manifest = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(manifest, `${JSON.stringify({ key, inputs })}\n`);
  renameSync(manifest, MANIFEST);
  return dir;
}

/** Remove all but the KEEP newest bundles (a run started on an older one has long loaded it). */
function prune() {
  const dirs = readdirSync(CACHE, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{16}$/.test(e.name))
    .map((e) => ({ path: join(CACHE, e.name), time: statSync(join(CACHE, e.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const d of dirs.slice(KEEP)) rmSync(d.path, { recursive: true, force: true });
}

/** The bundled command and worker modules, bundled now when there is no bundle of the files as they are. */
export async function ingestBundle() {
  const last = readManifest();
  const key = last ? keyOf(last.inputs) : null;
  let dir = key !== null && key === last.key ? join(CACHE, key) : null;
  if (dir === null || !existsSync(join(dir, CHECK))) {
    try {
      mkdirSync(CACHE, { recursive: true });
      dir = await bundle();
    } catch (e) {
      throw new Error(`ingest: cannot bundle its code into ${CACHE} (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return { cli: pathToFileURL(join(dir, 'ingest-cli.mjs')), worker: pathToFileURL(join(dir, CHECK)) };
}
