// A zone as it stood on a given day, from the dated state changes of geo/agreements.json. Pure.
import type { ZoneId } from '../schema.ts';
import type { Agreement, AgreementsFile, StateChange, ZoneState } from './schema.ts';

/** ISO dates compare as strings; a date is one day (YYYY-MM-DD). */
export function zoneStateAt(changes: readonly StateChange[], date: string): ZoneState {
  let state: ZoneState = 'not-yet';
  for (const change of changes) {
    if (change.from > date) break;
    state = change.state;
  }
  return state;
}

/** When the agreement took effect (its signing date when no separate date is given). */
export function effectiveDate(agreement: Agreement): string {
  return agreement.in_force ?? agreement.date;
}

/**
 * The agreements of `zone` that stood on `date`: those signed or taking effect that day, and those
 * already in effect. Once a zone has ended only the agreements that ended it remain; before that, an
 * ending agreement counts from its signing on.
 */
export function agreementsAt(file: Pick<AgreementsFile, 'agreements' | 'states'>, zone: ZoneId, date: string): string[] {
  const ended = zoneStateAt(file.states[zone] ?? [], date) === 'ended';
  return file.agreements
    .filter((a) => a.zones.includes(zone))
    .filter((a) => a.date === date || a.in_force === date || (effectiveDate(a) <= date && (!ended || a.role === 'ended')))
    .map((a) => a.id);
}

export interface ZoneAtDate {
  zone: ZoneId;
  state: ZoneState;
  agreements: string[];
}

/** Every zone's state and standing agreements on `date`. */
export function zonesAt(file: Pick<AgreementsFile, 'agreements' | 'states'>, zones: readonly ZoneId[], date: string): ZoneAtDate[] {
  return zones.map((zone) => ({ zone, state: zoneStateAt(file.states[zone] ?? [], date), agreements: agreementsAt(file, zone, date) }));
}

/** The agreements that made, changed or ended `zone`, by date. */
export function agreementsOfZone(agreements: readonly Agreement[], zone: ZoneId): Agreement[] {
  return agreements.filter((a) => a.zones.includes(zone)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
