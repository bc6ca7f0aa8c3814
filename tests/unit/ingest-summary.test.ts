import { describe, expect, it } from 'vitest';
import { groupWarnings, warningKind } from '../../src/lib/ingest/warning-kinds.ts';
import { summarize, type RunResult } from '../../src/pipeline/ingest/run.ts';
import { corpusSummary } from '../../src/lib/coverage/corpus-summary.ts';

const warnings = [
  'a.txt: no date (none given, no dateline in the text)',
  'b/c.txt: no date (none given, no dateline in the text)',
  'd.html: contradictory date: metadata says "2017-09-30", the text says "2017-09-29" (metadata kept)',
  'e.txt: same article as a.txt (id 0123456789ab); processed once',
  'x.csv#2: date "غدا" is not a date (ignored)',
  'meta.json: metadata for gone.txt, which is not among the inputs',
  'f.txt: no date (none given, no dateline in the text)',
];

describe('the run summary', () => {
  it('groups warnings by kind, taking out the file and the values', () => {
    expect(warningKind(warnings[2]!)).toEqual({ kind: 'contradictory date (metadata kept)', unit: 'articles' });
    expect(warningKind('g.txt: something new with "x" and 42 more')).toEqual({ kind: 'something new with "…" and N more', unit: 'warnings' });
    expect(groupWarnings(warnings)).toEqual([
      { kind: 'no date (none given, no dateline in the text)', unit: 'articles', count: 3 },
      { kind: 'contradictory date (metadata kept)', unit: 'articles', count: 1 },
      { kind: 'date cell not a date (ignored)', unit: 'rows', count: 1 },
      { kind: 'same body as another input (processed once)', unit: 'articles', count: 1 },
      { kind: 'sidecar entry for a file not among the inputs', unit: 'entries', count: 1 },
    ]);
  });

  it('prints the counts by kind and names the report file', () => {
    const r: RunResult = {
      errors: ['bad.txt: empty file'],
      warnings,
      exitCode: 1,
      data: {
        index: { generated_from: 'in', articles: 4, excerpts: 9, per_zone: {}, attribution: '' },
        report: { unresolved: [], warnings, errors: ['bad.txt: empty file'] },
      },
    };
    const lines = summarize(r, 'out/report.json');
    expect(lines).toContain('  warnings by kind, each listed in out/report.json:');
    expect(lines).toContain('        3 articles: no date (none given, no dateline in the text)');
    expect(lines.at(-1)).toBe('  inputs refused: 1, each with its reason above and in out/report.json');
  });
});

describe('the corpus a build shows', () => {
  it('names it by its folder and spans the dates of every coverage file', () => {
    const per = (first: string | null, last: string | null) => ({ excerpts: 1, articles: 1, first, last, pages: 1 });
    const s = corpusSummary({
      generated_from: '../shared/corpus/ant-2018',
      articles: 5330,
      excerpts: 1,
      per_zone: { idlib: per('2018-02-01', '2018-09-30'), general: per('2012-10-11', '2018-10-20'), south: per(null, null) },
      attribution: '',
    });
    expect(s).toEqual({ name: 'ant-2018', articles: 5330, first: '2012-10-11', last: '2018-10-20' });
  });
});
