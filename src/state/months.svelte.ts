// data/months.json (each coverage file's excerpts per month), fetched once by the timeline's charts
// after the map is idle. Imported only by the timeline's chunk.
import { CoverageMonths } from '../lib/time-schema.ts';
import { once } from '../lib/once.ts';
import { fetchJson, messageOf, type Resource } from './fetch-json.ts';

export class MonthsState {
  file = $state.raw<Resource<CoverageMonths>>({ kind: 'loading' });
  readonly ensure: () => Promise<void>;

  constructor(url: string) {
    this.ensure = once(async () => {
      try {
        this.file = { kind: 'ready', value: await fetchJson(url, CoverageMonths) };
      } catch (error) {
        this.file = { kind: 'error', message: messageOf(error) };
      }
    });
  }
}
