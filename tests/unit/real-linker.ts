// The linker on the geo build's real gazetteer and zones (npm run geo), for the tests that need them;
// null, with haveGeo false, when the build has not run.
import { existsSync, readFileSync } from 'node:fs';
import { Gazetteer, ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';
import { createLinker, type Linker } from '../../src/lib/ingest/linker.ts';

const ROOT = new URL('../../', import.meta.url);
const GAZ = new URL('geo/gazetteer.json', ROOT);
const ZONES = new URL('geo/zones.geojson', ROOT);

export const haveGeo = existsSync(GAZ) && existsSync(ZONES);

export const realLinker: Linker | null = haveGeo
  ? createLinker(parseOrThrow(Gazetteer, JSON.parse(readFileSync(GAZ, 'utf8')), 'gazetteer'), parseOrThrow(ZonesCollection, JSON.parse(readFileSync(ZONES, 'utf8')), 'zones'))
  : null;
