// npm run ingest -- [PATH ...] [--meta FILE] [--out DIR] [--gazetteer FILE] [--zones FILE] [--workers N] [--quiet]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest, summarize } from './ingest/run.ts';
import { abortOpenOutputs } from './ingest/staged-output.ts';
import { terminalSafe } from './terminal.ts';

const DEFAULT_INPUT = '../shared/corpus/seeds';
const DEFAULT_META = '../shared/corpus/seeds.meta.json';

const OPTIONS = {
  meta: { type: 'string' },
  out: { type: 'string', default: 'data' },
  gazetteer: { type: 'string', default: 'geo/gazetteer.json' },
  zones: { type: 'string', default: 'geo/zones.geojson' },
  agreements: { type: 'string', default: 'geo/agreements.json' },
  workers: { type: 'string' },
  quiet: { type: 'boolean', default: false },
} as const;

/** --workers N: a whole number of worker threads, at least 1 (1 works in the main thread alone). */
function workersArg(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,3}$/.test(value.trim())) throw new Error(`--workers: needs a whole number of threads, 1 or more (got ${JSON.stringify(value)})`);
  return Number(value);
}

/** parseArgs' own errors as this command's one-line messages: `--x: unknown option`, `--x: needs a value`. */
function argError(e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  const message = (e as Error).message;
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new Error(`${option}: unknown option`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new Error(`${option}: ${message.includes('does not take an argument') ? 'takes no value' : 'needs a value'}`);
  return e instanceof Error ? e : new Error(String(e));
}

function readArgs(argv: string[]): { inputs: string[]; meta: string | null; out: string; gazetteer: string; zones: string; agreements: string; workers: number | undefined; quiet: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw argError(e);
  }
  const { values, positionals } = parsed;
  const inputs = positionals.length > 0 ? positionals : [DEFAULT_INPUT];
  const meta = values.meta ?? (positionals.length > 0 ? null : DEFAULT_META);
  return { inputs, meta, out: values.out, gazetteer: values.gazetteer, zones: values.zones, agreements: values.agreements, workers: workersArg(values.workers), quiet: values.quiet };
}

/** Ctrl-C or a kill: remove the staging folder, keep the previous output, exit 128 + the signal's number. */
function onSignals(out: string): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      abortOpenOutputs();
      console.error(terminalSafe(`ingest: interrupted (${signal}); ${out} is left as it was`));
      process.exit(code);
    });
  }
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  onSignals(args.out);
  const result = await runIngest({ ...args, label: args.inputs.join(' '), progress: !args.quiet && process.stderr.isTTY === true });
  for (const e of result.errors) console.error(terminalSafe(e));
  if (!args.quiet) for (const line of summarize(result, join(args.out, 'report.json'))) console.log(terminalSafe(line));
  return result.exitCode;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(terminalSafe(e instanceof Error ? e.message : String(e)));
    process.exit(2);
  },
);
