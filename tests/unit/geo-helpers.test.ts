import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { arabicKey, spellingVariants } from '../../src/lib/geo/arabic-key.ts';
import { bboxOf, roundGeometry, roundNumber } from '../../src/lib/geo/round.ts';
import { followsRightHandRule, orientRightHand, signedRingArea } from '../../src/lib/geo/winding.ts';
import { stringifyWithList } from '../../src/pipeline/geo/output.ts';
import { pickArabicName } from '../../src/pipeline/geo/places.ts';

const clockwiseSquare: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };

describe('geo helpers', () => {
  it('rounds to the given decimals and never writes -0', () => {
    expect(roundNumber(36.1234567, 5)).toBe(36.12346);
    expect(Object.is(roundNumber(-0.000001, 5), 0)).toBe(true);
  });

  it('drops positions that repeat after rounding', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0.000001, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(roundGeometry(g, 5).coordinates[0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(bboxOf([g], 5)).toEqual([0, 0, 1, 1]);
  });

  it('reorients a clockwise exterior ring to counter-clockwise', () => {
    expect(signedRingArea(clockwiseSquare.coordinates[0] ?? [])).toBeLessThan(0);
    expect(followsRightHandRule(clockwiseSquare)).toBe(false);
    expect(followsRightHandRule(orientRightHand(clockwiseSquare))).toBe(true);
  });

  it('folds hamza, alef maqsura and ta marbuta for comparison', () => {
    expect(arabicKey('أستانة')).toBe(arabicKey('استانه'));
    expect(arabicKey('مُستَشفى')).toBe('مستشفي');
  });

  it('spells a curated name with and without hamza and with ه for a final ة', () => {
    expect(spellingVariants('أستانة')).toEqual(['أستانة', 'أستانه', 'استانة', 'استانه']);
  });

  it('prefers the Arabic spelling OpenSyria uses, then the one with hamza', () => {
    expect(pickArabicName(['ادلب', 'إدلب', 'مدينة إدلب'], new Set())).toBe('إدلب');
    expect(pickArabicName(['حماه', 'حماة'], new Set(['حماه']))).toBe('حماه');
  });

  it('writes one list item per line so that diffs stay readable', () => {
    expect(stringifyWithList({ type: 'X', items: [{ a: 1 }, { b: 2 }] }, 'items')).toBe('{"type":"X","items":[\n{"a":1},\n{"b":2}\n]}\n');
  });
});
