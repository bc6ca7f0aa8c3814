// One export run: read inputs, build, validate, write. Returns the process exit code.
import { buildExport } from '../../lib/export/build.ts';
import { citationRows, citationsCsv, type CitationRow } from '../../lib/export/csv.ts';
import { ExportCollectionSchema, ExportCollectionWithExcerptsSchema } from '../../lib/export/schema.ts';
import { serialiseExport } from '../../lib/export/serialise.ts';
import { parseOrThrow, ZONE_IDS } from '../../lib/schema.ts';
import { parseExportArgs, UsageError, type ExportArgs } from './args.ts';
import { InputError, readAgreements, readExportInputs } from './read-inputs.ts';
import { agreementsCsv, exportAgreements } from '../../lib/export/agreements.ts';
import { writeAllAtomic } from '../files.ts';
import { writeStdout } from './write-output.ts';
import { terminalSafe } from '../terminal.ts';

/** --agreements: the agreements as a JSON array (stdout or --out) and, with --csv, as CSV; both or neither. */
async function runAgreementsExport(args: ExportArgs): Promise<number> {
  const rows = exportAgreements(await readAgreements(args.geoDir), args.zones);
  const text = `${JSON.stringify(rows, null, 2)}\n`;
  const files: { file: string; data: string }[] = [];
  if (args.csv !== undefined) files.push({ file: args.csv, data: agreementsCsv(rows) });
  if (args.out !== undefined) files.push({ file: args.out, data: text });
  writeAllAtomic(files);
  if (args.out === undefined) await writeStdout(text);
  return 0;
}

export async function runExport(argv: readonly string[], cwd: string, projectRoot: string): Promise<number> {
  try {
    const args = parseExportArgs(argv, cwd, projectRoot);
    if (args.agreements) return await runAgreementsExport(args);
    const needCoverage = args.withExcerpts || args.csv !== undefined;
    const inputs = await readExportInputs(args.geoDir, args.dataDir, args.zones, needCoverage);
    if (args.at !== undefined) inputs.agreements = await readAgreements(args.geoDir);
    const collection = buildExport(inputs, { zones: args.zones, withExcerpts: args.withExcerpts, weakLinks: args.weakLinks, coreOnly: args.coreOnly, at: args.at });
    const schema = args.withExcerpts ? ExportCollectionWithExcerptsSchema : ExportCollectionSchema;
    parseOrThrow(schema, collection, args.out ?? 'export (stdout)');
    const text = serialiseExport(collection);
    // --csv and --out are written together: both or, on any failure, neither.
    const files: { file: string; data: string }[] = [];
    if (args.csv !== undefined) {
      const rows: CitationRow[] = [];
      for (const zone of args.zones ?? ZONE_IDS) {
        const coverage = inputs.coverage?.[zone];
        if (coverage) rows.push(...citationRows(zone, coverage, args.weakLinks));
      }
      files.push({ file: args.csv, data: citationsCsv(rows, inputs.index.attribution) });
    }
    if (args.out !== undefined) files.push({ file: args.out, data: text });
    writeAllAtomic(files);
    if (args.out === undefined) await writeStdout(text);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`export: ${terminalSafe(message)}\n`);
    if (error instanceof UsageError) return 2;
    if (error instanceof InputError) return 1;
    return 1;
  }
}
