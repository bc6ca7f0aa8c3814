// Schema of geo/agreements.json (built by `npm run geo` from geo/curated/agreements.json): the agreements
// that made, changed or ended each zone, the Astana rounds, and each zone's state through time.
import { array, boolean, literal, object, optional, picklist, record, string, type InferOutput } from 'valibot';
import { ZoneIdSchema } from '../schema.ts';

// Formats (dates, ids, URLs) and the rules across fields are checked by check.ts when the geo build
// writes the file; the viewer's load checks the shape only (valibot's pipe would join the first load).
const IsoDate = string();
const AgreementId = string();

/** A text in both languages. */
export const Bilingual = object({ ar: string(), en: string() });
export type Bilingual = InferOutput<typeof Bilingual>;

/** A public source, described in both languages; the original's language is `lang`. */
export const AgreementSource = object({
  outlet_ar: string(),
  outlet_en: string(),
  date: IsoDate,
  lang: picklist(['ar', 'en']),
  url: string(),
  about_ar: string(),
  about_en: string(),
});
export type AgreementSource = InferOutput<typeof AgreementSource>;

export const AGREEMENT_ROLES = ['made', 'changed', 'ended'] as const;
export type AgreementRole = (typeof AGREEMENT_ROLES)[number];

export const Agreement = object({
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
  zones: array(ZoneIdSchema),
  /** What it did to its zones. */
  role: picklist(AGREEMENT_ROLES),
  signatories: array(Bilingual),
  brokers: array(Bilingual),
  /** Arabic names the press gives it (original spellings, NFC), matched by the ingest. */
  names_ar: array(string()),
  provisions: array(Bilingual),
  outcome_ar: string(),
  outcome_en: string(),
  text: object({ published: boolean(), note_ar: string(), note_en: string() }),
  disagreements: array(Bilingual),
  sources: array(AgreementSource),
});
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

/** More on each zone lifecycle event's source (its title in Arabic, notes in both languages) and its agreement, keyed by lifecycleKey (keys.ts). */
export const LifecycleSources = record(
  string(),
  object({ title_ar: string(), note_en: optional(string()), note_ar: optional(string()), agreement: optional(AgreementId) }),
);


/** The curated input: the output's body with a note on what the file is. */
export const AgreementsCurated = object({ _about: string(), ...AgreementsBody });
export type AgreementsCurated = InferOutput<typeof AgreementsCurated>;

/** geo/agreements.json */
export const AgreementsFile = object({
  type: literal('AgreementsFile'),
  attribution: string(),
  ...AgreementsBody,
  lifecycle_sources: LifecycleSources,
});
export type AgreementsFile = InferOutput<typeof AgreementsFile>;
