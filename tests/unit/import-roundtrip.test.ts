// A file the exporter writes must come back through the import checker as the same zones.
import { describe, expect, it } from 'vitest';
import { buildExport, type ExportOptions } from '../../src/lib/export/build.ts';
import { serialiseExport } from '../../src/lib/export/serialise.ts';
import { checkImportText } from '../../src/lib/import/check.ts';
import { loadFixtureInputs } from '../fixtures/export/load.ts';

const inputs = loadFixtureInputs();

describe('export then import', () => {
  const cases: ExportOptions[] = [{}, { withExcerpts: true }, { coreOnly: true, zones: ['idlib', 'south'] }];
  for (const options of cases) {
    it(`gives back the same zone ids and areas within 0.1 % (${JSON.stringify(options)})`, () => {
      const exported = buildExport(inputs, options);
      const result = checkImportText(serialiseExport(exported), 'export.geojson');
      if (!result.ok) throw new Error(result.error.message);
      expect(result.warnings).toEqual([]);
      expect(result.features.map((f) => f.id)).toEqual(exported.features.map((f) => f.id));
      for (const [i, f] of exported.features.entries()) {
        const back = result.features[i]?.area_km2 ?? 0;
        expect(Math.abs(back - f.properties.area_km2) / f.properties.area_km2).toBeLessThan(0.001);
      }
      expect(result.features.map((f) => f.name)).toEqual(exported.features.map((f) => f.properties.name_en));
    });
  }
});
