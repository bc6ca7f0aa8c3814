// Arguments of `npm run export`: parsed into options, or a UsageError (exit 2).
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ZONE_IDS, type ZoneId } from '../../lib/schema.ts';
import { isCalendarDate } from '../../lib/export/agreements.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ExportArgs {
  dataDir: string;
  geoDir: string;
  zones: ZoneId[] | undefined;
  withExcerpts: boolean;
  coreOnly: boolean;
  /** --weak-links: also the links weaker than partial-place (governorate only, general). */
  weakLinks: boolean;
  out: string | undefined;
  csv: string | undefined;
  /** --at YYYY-MM-DD: each zone's state and standing agreements that day. */
  at: string | undefined;
  /** --agreements: write the agreements (JSON array, and CSV with --csv) instead of the zones. */
  agreements: boolean;
}

export const USAGE =
  'usage: npm run -s export -- [--data DIR] [--geo DIR] [--zones ID,ID] [--with-excerpts] [--weak-links] [--core-only] [--at YYYY-MM-DD] [--out FILE] [--csv FILE]; ' +
  'or: npm run -s export -- --agreements [--geo DIR] [--zones ID,ID] [--out FILE] [--csv FILE]';

function isZoneId(value: string): value is ZoneId {
  return (ZONE_IDS as readonly string[]).includes(value);
}

/** Zone ids from a comma-separated list; unknown ids are a UsageError naming the valid ones. */
export function parseZoneList(list: string): ZoneId[] {
  const ids = list.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) throw new UsageError(`--zones needs at least one zone id; valid ids: ${ZONE_IDS.join(', ')}`);
  const unknown = ids.filter((id) => !isZoneId(id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown zone id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; valid ids: ${ZONE_IDS.join(', ')}`);
  }
  return [...new Set(ids.filter(isZoneId))];
}

/**
 * Parse argv (without node and the script). Paths given by the user resolve against `cwd`;
 * the defaults (data/, geo/) resolve against the project root.
 */
export function parseExportArgs(argv: readonly string[], cwd: string, projectRoot: string): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        data: { type: 'string' },
        geo: { type: 'string' },
        zones: { type: 'string' },
        'with-excerpts': { type: 'boolean', default: false },
        'core-only': { type: 'boolean', default: false },
        'weak-links': { type: 'boolean', default: false },
        out: { type: 'string' },
        csv: { type: 'string' },
        at: { type: 'string' },
        agreements: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const v = parsed.values;
  const fromCwd = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  if (v.at !== undefined && !isCalendarDate(v.at)) throw new UsageError(`--at needs a calendar day written YYYY-MM-DD, got "${v.at}"\n${USAGE}`);
  if (v.agreements === true) {
    const clash = (['with-excerpts', 'weak-links', 'core-only', 'at', 'data'] as const).filter((k) => v[k] !== undefined && v[k] !== false);
    if (clash.length > 0) throw new UsageError(`--agreements writes the agreements alone; it takes no ${clash.map((k) => `--${k}`).join(', ')}\n${USAGE}`);
  }
  return {
    dataDir: v.data !== undefined ? fromCwd(v.data) : resolve(projectRoot, 'data'),
    geoDir: v.geo !== undefined ? fromCwd(v.geo) : resolve(projectRoot, 'geo'),
    zones: v.zones !== undefined ? parseZoneList(v.zones) : undefined,
    withExcerpts: v['with-excerpts'] === true,
    coreOnly: v['core-only'] === true,
    weakLinks: v['weak-links'] === true,
    out: v.out !== undefined ? fromCwd(v.out) : undefined,
    csv: v.csv !== undefined ? fromCwd(v.csv) : undefined,
    at: v.at,
    agreements: v.agreements === true,
  };
}
