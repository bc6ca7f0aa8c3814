// Builds of the viewer against synthetic corpora for bench/panel.ts: write N generated articles to a
// temporary folder, run the real ingest over them, then `vite build` with ATLAS_DATA pointing at its output.
// The builds are served by static-server.ts (no compression, so byte counts are the files' own).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Gazetteer, CoverageIndex, parseOrThrow } from '../../src/lib/schema.ts';
import { articleStream } from './gen-corpus.ts';

const ROOT = resolve('.');

export interface BenchBuild {
  articles: number;
  excerpts: number;
  dist: string;
  ingestMs: number;
  buildMs: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const res = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed (${res.status}): ${res.stderr.trim().split('\n').slice(-5).join(' / ')}`);
}

/** Generate `articles` articles under `tmp`, ingest them and build the viewer into `dist`. */
export function buildWithCorpus(tmp: string, articles: number, dist: string): BenchBuild {
  const gazetteer = parseOrThrow(Gazetteer, JSON.parse(readFileSync(join(ROOT, 'geo/gazetteer.json'), 'utf8')), 'geo/gazetteer.json');
  const input = join(tmp, `corpus-${articles}`);
  const data = join(tmp, `data-${articles}`);
  mkdirSync(input, { recursive: true });
  let i = 0;
  for (const text of articleStream(gazetteer, articles)) {
    writeFileSync(join(input, `synthetic-${String(i++).padStart(6, '0')}.txt`), text);
  }
  const t0 = performance.now();
  run(process.execPath, ['--import', 'tsx', 'src/pipeline/ingest-cli.ts', input, '--out', data, '--quiet']);
  return buildOnData(data, dist, performance.now() - t0);
}

/** Build the viewer into `dist` on an ingest's output `data` (made in `ingestMs`). */
export function buildOnData(data: string, dist: string, ingestMs = 0): BenchBuild {
  const indexFile = join(data, 'index.json');
  const index = parseOrThrow(CoverageIndex, JSON.parse(readFileSync(indexFile, 'utf8')), indexFile);
  const t0 = performance.now();
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { ...process.env, ATLAS_DATA: data });
  return { articles: index.articles, excerpts: index.excerpts, dist: resolve(dist), ingestMs, buildMs: performance.now() - t0 };
}
