// Schema of geo/agreements.json (built by `npm run geo` from geo/curated/agreements.json): the agreements
// that made, changed or ended each zone, the Astana rounds, and each zone's state through time.
import { array, boolean, check, literal, object, optional, picklist, pipe, record, regex, string, type InferOutput } from 'valibot';
import { ZoneIdSchema } from '../schema.ts';

const IsoDate = pipe(string(), regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
const AgreementId = pipe(string(), regex(/^[a-z0-9-]{2,60}$/, 'expected an id of lower-case letters, digits and hyphens'));

/** A text in both languages. */
export const Bilingual = object({ ar: string(), en: string() });
export type Bilingual = InferOutput<typeof Bilingual>;

/** A public source, described in both languages; the original's language is `lang`. */
export const AgreementSource = object({
  outlet_ar: string(),
  outlet_en: string(),
  date: IsoDate,
  lang: picklist(['ar', 'en']),
  url: pipe(string(), regex(/^https?:\/\//, 'expected an http(s) URL')),
  about_ar: string(),
  about_en: string(),
});
export type AgreementSource = InferOutput<typeof AgreementSource>;

export const AGREEMENT_ROLES = ['made', 'changed', 'ended'] as const;
export type AgreementRole = (typeof AGREEMENT_ROLES)[number];

export const Agreement = pipe(
  object({
    id: AgreementId,
    kind: picklist(['memorandum', 'ceasefire', 'accession', 'statement', 'evacuation', 'surrender']),
    /** Signed or announced. */
    date: IsoDate,
    /** When it took effect, where that differs from or adds to `date`. */
    in_force: optional(IsoDate),
    title_ar: string(),
    title_en: string(),
    place_ar: string(),
    place_en: string(),
    zones: pipe(array(ZoneIdSchema), check((z) => z.length > 0, 'an agreement covers at least one zone')),
    /** What it did to its zones. */
    role: picklist(AGREEMENT_ROLES),
    signatories: array(Bilingual),
    brokers: array(Bilingual),
    /** Arabic names the press gives it (original spellings, NFC), matched by the ingest. */
    names_ar: array(string()),
    provisions: pipe(array(Bilingual), check((p) => p.length > 0, 'an agreement lists at least one provision')),
    outcome_ar: string(),
    outcome_en: string(),
    text: object({ published: boolean(), note_ar: string(), note_en: string() }),
    disagreements: array(Bilingual),
    sources: pipe(array(AgreementSource), check((s) => s.length > 0, 'an agreement cites at least one source')),
  }),
  check((a) => !a.in_force || a.in_force >= a.date, 'in_force is before date'),
);
export type Agreement = InferOutput<typeof Agreement>;

export const RoundEntry = object({
  id: AgreementId,
  date: IsoDate,
  end: optional(IsoDate),
  label_ar: string(),
  label_en: string(),
  note_en: optional(string()),
});
export type Round = InferOutput<typeof RoundEntry>;

export const ZONE_STATES = ['not-yet', 'in-force', 'lines-agreed', 'under-offensive', 'ended'] as const;
export type ZoneState = (typeof ZONE_STATES)[number];

/** From `from` on (until the next change) the zone stood in `state`; before the first change it was `not-yet`. */
export const StateChange = object({
  state: picklist(ZONE_STATES.filter((s) => s !== 'not-yet') as ['in-force', 'lines-agreed', 'under-offensive', 'ended']),
  from: IsoDate,
  basis: optional(AgreementId),
  note_en: optional(string()),
});
export type StateChange = InferOutput<typeof StateChange>;

const AgreementsBody = {
  rounds: array(RoundEntry),
  rounds_note_en: string(),
  agreements: array(Agreement),
  states: record(ZoneIdSchema, array(StateChange)),
  states_note_en: string(),
};

/** The curated input: the output's body with a note on what the file is. */
export const AgreementsCurated = object({ _about: string(), ...AgreementsBody });
export type AgreementsCurated = InferOutput<typeof AgreementsCurated>;

/** geo/agreements.json */
export const AgreementsFile = object({ type: literal('AgreementsFile'), attribution: string(), ...AgreementsBody });
export type AgreementsFile = InferOutput<typeof AgreementsFile>;
