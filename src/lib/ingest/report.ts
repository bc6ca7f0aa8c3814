// data/report.json: what a curator should look at after a run.
import { array, number, object, string, type InferOutput } from 'valibot';

export const IngestReport = object({
  unresolved: array(object({ surface: string(), file: string(), article_id: string(), offset: number() })),
  warnings: array(string()),
  errors: array(string()),
});
export type IngestReport = InferOutput<typeof IngestReport>;
