// The schemas of data/months.json and data/agreement-excerpts.json, apart from schema.ts so that the
// first load (which carries schema.ts) does not carry them: only the timeline's and the agreement panel's
// chunks and the ingest use them.
import { array, number, object, record, string, type InferOutput } from 'valibot';
import { PageRef } from './schema.ts';

/** data/months.json: per coverage file (zone or general), its excerpts per month (YYYY-MM) of their article's date; for the timeline's charts. */
export const CoverageMonths = object({ months: record(string(), record(string(), number())) });
export type CoverageMonths = InferOutput<typeof CoverageMonths>;

/** data/agreement-excerpts.json: per agreement of geo/agreements.json, the excerpts that report on it and the pages holding them. */
export const AgreementUse = object({ agreement: string(), excerpt_ids: array(string()), pages: array(PageRef) });
export type AgreementUse = InferOutput<typeof AgreementUse>;
export const AgreementUses = array(AgreementUse);

