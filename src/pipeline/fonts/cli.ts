// npx tsx src/pipeline/fonts/cli.ts [--check]: rebuild geo/fonts/ (the label font subset), or with
// --check fail when the committed files differ from a fresh build. Run after `npm run geo` or an ingest.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles, writeAtomic } from '../files.ts';
import { buildLabelFont } from './subset.ts';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

async function main(argv: string[]): Promise<number> {
  const unknown = argv.find((arg) => arg !== '--check');
  if (unknown) throw new Error(`unknown argument ${unknown} (expected --check)`);
  const build = await buildLabelFont(PROJECT_ROOT);
  if (argv.includes('--check')) {
    const stale = staleFiles(PROJECT_ROOT, build.files);
    for (const rel of stale) console.error(`stale: ${rel} (run npx tsx src/pipeline/fonts/cli.ts)`);
    if (stale.length === 0) console.log(`fonts: ${build.files.size} files up to date`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const [rel, bytes] of build.files) {
    writeAtomic(join(PROJECT_ROOT, rel), bytes);
    console.log(`${rel.padEnd(34)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KB`);
  }
  console.log(`${build.codePoints.length} code points`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(`fonts: ${(err as Error).message}`);
      process.exitCode = 1;
    },
  );
}
