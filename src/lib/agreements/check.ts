// Checks of the agreements file beyond its shape: formats of dates, ids and URLs, non-empty lists,
// unique ids, states in date order that follow the allowed sequence and cite known agreements, names
// stored NFC. Run by the geo build, which refuses a file with any problem.
import { ZONE_STATES, type Agreement, type AgreementsCurated, type AgreementsFile } from './schema.ts';

type Body = Pick<AgreementsFile | AgreementsCurated, 'agreements' | 'rounds' | 'states'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9-]{2,60}$/;

/** Format problems of agreement number `i`, each starting with its path in the file. */
function agreementFormat(a: Agreement, i: number): string[] {
  const at = `agreements.${i}`;
  const problems: string[] = [];
  if (!ID.test(a.id)) problems.push(`${at}.id: expected an id of lower-case letters, digits and hyphens`);
  if (!DATE.test(a.date)) problems.push(`${at}.date: expected a date YYYY-MM-DD`);
  if (a.in_force !== undefined && !DATE.test(a.in_force)) problems.push(`${at}.in_force: expected a date YYYY-MM-DD`);
  if (a.in_force !== undefined && a.in_force < a.date) problems.push(`${at}.in_force: before date`);
  if (a.zones.length === 0) problems.push(`${at}.zones: an agreement covers at least one zone`);
  if (a.provisions.length === 0) problems.push(`${at}.provisions: an agreement lists at least one provision`);
  if (a.sources.length === 0) problems.push(`${at}.sources: an agreement cites at least one source`);
  a.sources.forEach((s, j) => {
    if (!/^https?:\/\//.test(s.url)) problems.push(`${at}.sources.${j}.url: expected an http(s) URL`);
    if (!DATE.test(s.date)) problems.push(`${at}.sources.${j}.date: expected a date YYYY-MM-DD`);
  });
  return problems;
}

/** Problems found, each naming the entry; empty when the file is consistent. */
export function agreementProblems(file: Body): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of [...file.agreements, ...file.rounds]) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: id used twice`);
    ids.add(entry.id);
  }
  const agreementIds = new Set(file.agreements.map((a) => a.id));
  file.agreements.forEach((a, i) => problems.push(...agreementFormat(a, i)));
  file.rounds.forEach((r, i) => {
    if (!ID.test(r.id)) problems.push(`rounds.${i}.id: expected an id of lower-case letters, digits and hyphens`);
    if (!DATE.test(r.date) || (r.end !== undefined && !DATE.test(r.end))) problems.push(`rounds.${i}: expected dates YYYY-MM-DD`);
  });
  for (const a of file.agreements) {
    for (const name of a.names_ar) {
      if (name !== name.normalize('NFC')) problems.push(`${a.id}: name «${name}» is not NFC`);
      if (name.trim() === '') problems.push(`${a.id}: empty name`);
    }
  }
  for (const [zone, changes] of Object.entries(file.states)) {
    let rank = 0;
    let last = '';
    for (const change of changes) {
      if (!DATE.test(change.from)) problems.push(`states.${zone}: expected a date YYYY-MM-DD, got ${change.from}`);
      const next = ZONE_STATES.indexOf(change.state);
      if (next <= rank) problems.push(`states.${zone}: ${change.state} on ${change.from} does not follow the previous state`);
      if (change.from <= last) problems.push(`states.${zone}: ${change.from} is not after ${last}`);
      if (change.basis && !agreementIds.has(change.basis)) problems.push(`states.${zone}: unknown agreement ${change.basis}`);
      if (change.basis && !file.agreements.find((a) => a.id === change.basis)?.zones.includes(zone as never)) {
        problems.push(`states.${zone}: agreement ${change.basis} does not cover the zone`);
      }
      rank = next;
      last = change.from;
    }
  }
  return problems;
}
