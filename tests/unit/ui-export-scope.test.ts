import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrThrow, ZONE_IDS, ZonesCollection } from '../../src/lib/schema.ts';
import { citationsFileName, exportFileName, zonesForScope, zonesInBounds } from '../../src/ui/export/scope.ts';

const zones = parseOrThrow(ZonesCollection, JSON.parse(readFileSync(resolve('geo/zones.geojson'), 'utf8')), 'geo/zones.geojson');

describe('zones in the current view', () => {
  it('finds all four zones when the view shows the whole of Syria', () => {
    expect(zonesInBounds(zones, [35.4, 32.2, 42.6, 37.5], false)).toEqual([...ZONE_IDS]);
  });

  it('finds only Eastern Ghouta in a view around Douma', () => {
    expect(zonesInBounds(zones, [36.3, 33.5, 36.5, 33.65], false)).toEqual(['eastern-ghouta']);
  });

  it('finds nothing in a view over the eastern desert', () => {
    expect(zonesInBounds(zones, [39.5, 34.0, 40.5, 35.0], false)).toEqual([]);
  });

  it('ignores partial parts when the export is core only', () => {
    const partialOnly = zones.features.find((f) => f.properties.zone === 'idlib' && f.properties.part === 'partial');
    expect(partialOnly).toBeDefined();
    // Aleppo city lies in Idlib's partial ring, outside its core.
    const aleppo: [number, number, number, number] = [37.12, 36.18, 37.18, 36.22];
    expect(zonesInBounds(zones, aleppo, false)).toEqual(['idlib']);
    expect(zonesInBounds(zones, aleppo, true)).toEqual([]);
  });
});

describe('export scope and file names', () => {
  it('has no zones for the selected scope when nothing is selected', () => {
    expect(zonesForScope('selected', null, () => [])).toEqual([]);
    expect(zonesForScope('selected', 'south', () => [])).toEqual(['south']);
    expect(zonesForScope('all', null, () => [])).toEqual([...ZONE_IDS]);
    expect(zonesForScope('view', null, () => ['idlib'])).toEqual(['idlib']);
  });

  it('names the file after the zones and the options that differ from the default', () => {
    const plain = { withExcerpts: false, coreOnly: false };
    expect(exportFileName(ZONE_IDS, plain)).toBe('deescalation-zones-2017.geojson');
    expect(exportFileName(['idlib'], plain)).toBe('deescalation-zones-2017-idlib.geojson');
    expect(exportFileName(['south', 'idlib'], { withExcerpts: true, coreOnly: true })).toBe('deescalation-zones-2017-idlib-south-core-excerpts.geojson');
    expect(exportFileName(['idlib'], { ...plain, at: '2018-04-20' })).toBe('deescalation-zones-2017-idlib-2018-04-20.geojson');
    expect(citationsFileName('eastern-ghouta')).toBe('deescalation-zones-2017-eastern-ghouta-citations.csv');
  });
});
