// npm run ingest -- [PATH ...] [--meta FILE] [--out DIR] [--gazetteer FILE] [--zones FILE] [--quiet]
import { runIngest, summarize } from './ingest/run.ts';

const DEFAULT_INPUT = '../shared/corpus/seeds';
const DEFAULT_META = '../shared/corpus/seeds.meta.json';

function parseArgs(argv: string[]): { inputs: string[]; meta: string | null; out: string; gazetteer: string; zones: string; quiet: boolean } {
  const inputs: string[] = [];
  let meta: string | null | undefined;
  let out = 'data';
  let gazetteer = 'geo/gazetteer.json';
  let zones = 'geo/zones.geojson';
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a}: needs a value`);
      return v;
    };
    if (a === '--meta') meta = value();
    else if (a === '--out') out = value();
    else if (a === '--gazetteer') gazetteer = value();
    else if (a === '--zones') zones = value();
    else if (a === '--quiet') quiet = true;
    else if (a.startsWith('--')) throw new Error(`${a}: unknown option`);
    else inputs.push(a);
  }
  if (inputs.length === 0) {
    inputs.push(DEFAULT_INPUT);
    meta ??= DEFAULT_META;
  }
  return { inputs, meta: meta ?? null, out, gazetteer, zones, quiet };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const result = await runIngest({ ...args, label: args.inputs.join(' '), progress: !args.quiet && process.stderr.isTTY === true });
  for (const e of result.errors) console.error(e);
  if (!args.quiet) for (const line of summarize(result)) console.log(line);
  return result.exitCode;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  },
);
