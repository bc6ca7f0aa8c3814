import { describe, expect, it } from 'vitest';
import { entriesReporting } from '../../src/lib/coverage/reporting.ts';
import type { Excerpt, ZoneCoveragePage } from '../../src/lib/schema.ts';

const excerpt = (id: string, agreements: string[], start = 0): Excerpt => ({
  id,
  article_id: id.slice(0, id.lastIndexOf('-')),
  start,
  end: start + 10,
  text: 'نص كتبناه للاختبار',
  mentions: [],
  links: [],
  ...(agreements.length > 0 ? { agreements: agreements.map((agreement) => ({ agreement, rule: 'agreement-named' as const, evidence: [] })) } : {}),
});
const article = (id: string, date: string) => ({ id, title: 't', outlet: null, date, url: null, file: `${id}.txt` });
const page = (zone: ZoneCoveragePage['zone'], excerpts: Excerpt[], articles: ReturnType<typeof article>[]): ZoneCoveragePage =>
  ({ zone, page: 0, pages: 1, total: excerpts.length, excerpts, articles }) as unknown as ZoneCoveragePage;

describe('excerpts reporting on an agreement', () => {
  it('are grouped by the coverage file holding them, each once, oldest first, others left out', () => {
    const a = [article('aaaa', '2017-09-20'), article('bbbb', '2017-05-04')];
    const idlib = page('idlib', [excerpt('aaaa-001', ['astana-6-idlib']), excerpt('bbbb-002', ['astana-6-idlib']), excerpt('bbbb-003', ['astana-memorandum'])], a);
    const general = page('general', [excerpt('aaaa-001', ['astana-6-idlib']), excerpt('aaaa-004', ['astana-6-idlib'], 50)], a);
    const groups = entriesReporting('astana-6-idlib', [idlib, general]);
    expect(groups.map((g) => [g.zone, g.entries.map((e) => e.excerpt.id)])).toEqual([
      ['idlib', ['bbbb-002', 'aaaa-001']],
      ['general', ['aaaa-004']],
    ]);
    expect(entriesReporting('sochi-memorandum', [idlib, general])).toEqual([]);
  });
});
