import { describe, expect, it } from 'vitest';
import { entriesNaming, orderExcerpts } from '../../src/lib/coverage/order.ts';
import type { ArticleMeta, Excerpt, ZoneCoverage } from '../../src/lib/schema.ts';

const article = (id: string, date: string | null): ArticleMeta => ({
  id,
  file: `${id}.txt`,
  title: `title ${id}`,
  outlet: null,
  date,
  url: null,
  inferred: [],
});
const excerpt = (id: string, article_id: string, start: number, places: string[] = []): Excerpt => ({
  id,
  article_id,
  start,
  end: start + 5,
  text: 'xxxxx',
  mentions: places.map((place_id) => ({ start, end: start + 1, surface: 'x', place_id })),
  links: [],
});

describe('orderExcerpts', () => {
  it('orders by article date, oldest first, with undated articles last', () => {
    const coverage: ZoneCoverage = {
      zone: 'idlib',
      articles: [article('a', '2017-09-29'), article('b', null), article('c', '2016-12-16')],
      excerpts: [excerpt('a-1', 'a', 0), excerpt('b-1', 'b', 0), excerpt('c-1', 'c', 0)],
    };
    expect(orderExcerpts(coverage).map((e) => e.excerpt.id)).toEqual(['c-1', 'a-1', 'b-1']);
  });

  it('keeps the excerpts of one article in text order', () => {
    const coverage: ZoneCoverage = {
      zone: 'south',
      articles: [article('a', '2017-05-04')],
      excerpts: [excerpt('a-3', 'a', 300), excerpt('a-1', 'a', 10)],
    };
    expect(orderExcerpts(coverage).map((e) => e.excerpt.id)).toEqual(['a-1', 'a-3']);
  });

  it('gives a null article when the excerpt names an article the file lacks', () => {
    const coverage: ZoneCoverage = { zone: 'general', articles: [], excerpts: [excerpt('x-1', 'x', 0)] };
    expect(orderExcerpts(coverage)[0]?.article).toBeNull();
  });
});

describe('entriesNaming', () => {
  it('lists each excerpt naming the place once, across files, in date order', () => {
    const idlib: ZoneCoverage = {
      zone: 'idlib',
      articles: [article('a', '2017-09-29'), article('c', '2016-12-16')],
      excerpts: [excerpt('a-1', 'a', 0, ['adm1:SY07']), excerpt('c-1', 'c', 0, ['foreign:astana'])],
    };
    const general: ZoneCoverage = {
      zone: 'general',
      articles: [article('a', '2017-09-29'), article('c', '2016-12-16')],
      excerpts: [excerpt('a-1', 'a', 0, ['adm1:SY07']), excerpt('c-2', 'c', 40, ['adm1:SY07'])],
    };
    expect(entriesNaming('adm1:SY07', [idlib, general]).map((e) => e.excerpt.id)).toEqual(['c-2', 'a-1']);
  });
});
