// npm run geo [-- --sources DIR] [-- --check]: build geo/ from ../shared/geo-sources.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeo } from './geo/build.ts';
import { staleFiles, writeAtomic } from './files.ts';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface GeoArgs {
  sources: string;
  check: boolean;
}

export function parseGeoArgs(argv: string[], projectRoot: string): GeoArgs {
  const args: GeoArgs = { sources: resolve(projectRoot, '../shared/geo-sources'), check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') args.check = true;
    else if (arg === '--sources') {
      const dir = argv[++i];
      if (!dir) throw new Error('--sources needs a folder');
      args.sources = resolve(dir);
    } else if (arg?.startsWith('--sources=')) args.sources = resolve(arg.slice('--sources='.length));
    else throw new Error(`unknown argument ${arg} (expected --sources DIR or --check)`);
  }
  return args;
}

/** Rebuild in memory and list the committed outputs that differ from the rebuild (empty = up to date). */
export function checkGeo(projectRoot: string, sourcesDir: string): string[] {
  return staleFiles(projectRoot, buildGeo(projectRoot, sourcesDir).files);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main(argv: string[]): number {
  const args = parseGeoArgs(argv, PROJECT_ROOT);
  const build = buildGeo(PROJECT_ROOT, args.sources);
  if (args.check) {
    const stale = staleFiles(PROJECT_ROOT, build.files);
    for (const file of stale) console.error(`stale: ${file} (run npm run geo)`);
    if (stale.length === 0) console.log(`geo: ${build.files.size} files up to date`);
    return stale.length === 0 ? 0 : 1;
  }
  let total = 0;
  for (const [rel, text] of build.files) {
    writeAtomic(resolve(PROJECT_ROOT, rel), text);
    const size = Buffer.byteLength(text);
    total += size;
    console.log(`${rel.padEnd(38)} ${String(build.counts.get(rel)).padStart(5)} items ${kb(size).padStart(10)}`);
  }
  console.log(`total ${kb(total)}; basemap simplified at ${build.stats.simplifyTolerance} degrees`);
  console.log(`dropped region-name aliases: ${build.stats.droppedRegionAliases.join(', ') || 'none'}`);
  console.log(`extra spellings from gazetteer_sy_ar.tsv: ${build.stats.tsvExtraSpellings}`);
  for (const w of build.stats.warnings) console.warn(`warning: ${w}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`geo: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
