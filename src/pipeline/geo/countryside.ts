// The directional countryside of each governorate as region entries: «ريف حمص الشمالي», «الريف الشمالي
// لحمص», «شمال حمص», «شمالي حمص», for eight directions, each mapped to its zone or to none.
import { ZONE_IDS, type ZoneId } from '../../lib/schema.ts';
import type { RegionsCurated } from './curated.ts';

const DIRECTIONS: Record<string, { adj: string; nouns: string[]; en: string }> = {
  north: { adj: 'الشمالي', nouns: ['شمال', 'شمالي'], en: 'Northern' },
  south: { adj: 'الجنوبي', nouns: ['جنوب', 'جنوبي'], en: 'Southern' },
  east: { adj: 'الشرقي', nouns: ['شرق', 'شرقي'], en: 'Eastern' },
  west: { adj: 'الغربي', nouns: ['غرب', 'غربي'], en: 'Western' },
  northwest: { adj: 'الشمالي الغربي', nouns: ['شمال غرب', 'شمال غربي', 'شمالي غرب', 'شمالي غربي'], en: 'North-western' },
  northeast: { adj: 'الشمالي الشرقي', nouns: ['شمال شرق', 'شمال شرقي', 'شمالي شرق', 'شمالي شرقي'], en: 'North-eastern' },
  southwest: { adj: 'الجنوبي الغربي', nouns: ['جنوب غرب', 'جنوب غربي', 'جنوبي غرب', 'جنوبي غربي'], en: 'South-western' },
  southeast: { adj: 'الجنوبي الشرقي', nouns: ['جنوب شرق', 'جنوب شرقي', 'جنوبي شرق', 'جنوبي شرقي'], en: 'South-eastern' },
};

export interface CountrysideRegion {
  id: string;
  name_ar: string;
  name_en: string;
  aliases_ar: string[];
  zones: ZoneId[];
  partial: boolean;
  adm1_pcode?: string;
}

function target(value: string | undefined, where: string): { zones: ZoneId[]; partial: boolean } {
  if (value === undefined) return { zones: [], partial: false };
  const partial = value.startsWith('partial:');
  const zone = partial ? value.slice('partial:'.length) : value;
  if (!(ZONE_IDS as readonly string[]).includes(zone)) throw new Error(`geo/curated/regions.json: countryside ${where}: unknown zone ${zone}`);
  return { zones: [zone as ZoneId], partial };
}

const slug = (en: string): string => en.toLowerCase().replace(/[^a-z]+/g, '-');

/** One region per governorate form and direction; names a curated region already has are skipped. */
export function countrysideRegions(
  curated: RegionsCurated,
  taken: Set<string>,
  key: (s: string) => string,
  governorateCode: (name: string) => string | undefined,
): CountrysideRegion[] {
  const out: CountrysideRegion[] = [];
  for (const g of curated.countryside.governorates) {
    for (const [dir, words] of Object.entries(DIRECTIONS)) {
      const names: string[] = [];
      if (g.forms !== 'direction') names.push(`ريف ${g.name} ${words.adj}`, `الريف ${words.adj} ل${g.name}`, `الريف ${words.adj} من ${g.name}`);
      if (g.forms !== 'countryside') names.push(...words.nouns.map((n) => `${n} ${g.name}`));
      const fresh = names.filter((n) => !taken.has(key(n)));
      if (fresh.length === 0) continue;
      for (const n of fresh) taken.add(key(n));
      const { zones, partial } = target(g.directions[dir], `${g.name_en} ${dir}`);
      out.push({
        id: `region:${slug(g.name_en)}-${dir}-${g.forms}`,
        name_ar: fresh[0]!,
        name_en: `${words.en} ${g.name_en} ${g.forms === 'direction' ? '(direction)' : 'countryside'}`,
        aliases_ar: fresh.slice(1),
        zones,
        partial,
        ...(governorateCode(g.name) ? { adm1_pcode: governorateCode(g.name)! } : {}),
      });
    }
  }
  return out;
}
