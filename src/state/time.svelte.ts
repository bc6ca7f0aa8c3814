// The timeline's day (null: none chosen, the map drawn without a day). Kept in the URL (date=) by
// UrlSync; the timeline itself loads once the map is idle. The lists' range (from=, to=) belongs to the
// search filters (src/lib/search/filters.ts), which keep it in the URL themselves.
import type { TimeQuery } from '../lib/url-state.ts';

export class TimeState implements TimeQuery {
  date = $state<string | null>(null);

  set(time: TimeQuery | undefined): void {
    this.date = time?.date ?? null;
  }
}
