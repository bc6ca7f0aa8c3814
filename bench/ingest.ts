// npm run bench:ingest: articles per second and peak memory of the ingest's processing
// (clean, metadata, excerpts, matching, linking, assembly) on synthetic 10k and 100k corpora.
// Each size runs in its own child process so peak memory is that run's own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer, ZonesCollection, parseOrThrow } from '../src/lib/schema.ts';
import { createLinker } from '../src/lib/ingest/linker.ts';
import { prepareArticle, processArticle, type ProcessedArticle } from '../src/lib/ingest/article.ts';
import { assemble } from '../src/lib/ingest/assemble.ts';
import { generateArticles } from './gen-corpus.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function measure(size: number): void {
  const gazetteer = parseOrThrow(Gazetteer, JSON.parse(readFileSync(`${ROOT}geo/gazetteer.json`, 'utf8')), 'gazetteer');
  const zones = parseOrThrow(ZonesCollection, JSON.parse(readFileSync(`${ROOT}geo/zones.geojson`, 'utf8')), 'zones');
  const linker = createLinker(gazetteer, zones);
  const texts = generateArticles(gazetteer, size);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t0 = performance.now();
  const processed: ProcessedArticle[] = [];
  for (let i = 0; i < texts.length; i++) {
    const prepared = prepareArticle({ file: `synthetic-${i}.txt`, text: texts[i]!, title: null, given: undefined });
    const id = createHash('sha256').update(prepared.cleaned.body).digest('hex').slice(0, 12);
    processed.push(processArticle(id, prepared, linker));
  }
  const data = assemble(processed, linker.byId, { generatedFrom: 'bench', attribution: '', warnings: [], errors: [] });
  const ms = performance.now() - t0;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ size, ms, chars, excerpts: data.index.excerpts, peakMb }));
}

function main(): void {
  const arg = process.argv.indexOf('--size');
  if (arg > 0) return measure(Number(process.argv[arg + 1]));
  const results: { size: number; ms: number; chars: number; excerpts: number; peakMb: number }[] = [];
  for (const size of [10_000, 100_000]) {
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=6144', fileURLToPath(import.meta.url), '--size', String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (res.status !== 0) throw new Error(`bench run of ${size} failed: ${res.stderr}`);
    const r = JSON.parse(res.stdout.trim().split('\n').pop()!) as (typeof results)[number];
    results.push(r);
    const perSec = Math.round(size / (r.ms / 1000));
    console.log(
      `${String(size).padStart(7)} articles: ${(r.ms / 1000).toFixed(2)} s, ${perSec} articles/s, ` +
        `${Math.round(r.chars / size)} chars/article, ${r.excerpts} excerpts, peak RSS ${Math.round(r.peakMb)} MB`,
    );
  }
  const [small, large] = results as [(typeof results)[number], (typeof results)[number]];
  const ratio = large.ms / small.ms;
  console.log(`100k / 10k time ratio: ${ratio.toFixed(2)} (goal <= 10.5); goal >= 1000 articles/s: ${small.size / (small.ms / 1000) >= 1000 && large.size / (large.ms / 1000) >= 1000 ? 'met' : 'NOT met'}`);
}

main();
