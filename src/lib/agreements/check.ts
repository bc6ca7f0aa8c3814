// Checks across entries of the agreements file that a schema cannot express: unique ids, states in date
// order that follow the allowed sequence and cite known agreements, names stored NFC.
import { ZONE_STATES, type AgreementsCurated, type AgreementsFile } from './schema.ts';

type Body = Pick<AgreementsFile | AgreementsCurated, 'agreements' | 'rounds' | 'states'>;

/** Problems found, each naming the entry; empty when the file is consistent. */
export function agreementProblems(file: Body): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of [...file.agreements, ...file.rounds]) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: id used twice`);
    ids.add(entry.id);
  }
  const agreementIds = new Set(file.agreements.map((a) => a.id));
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
