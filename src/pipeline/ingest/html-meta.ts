// What a saved page says about its article in machine-readable form: the publication date (JSON-LD
// datePublished, article:published_time and its kin, a <time datetime> that is not a "last updated"
// stamp), the outlet (og:site_name, JSON-LD publisher) and the URL (canonical link, else og:url).
// Modification dates (dateModified, article:modified_time, og:updated_time) are never the article's date.
import { parseMachineDate } from '../../lib/ingest/machine-dates.ts';
import type { SidecarMeta } from '../../lib/ingest/sidecar.ts';

interface Doc {
  querySelectorAll(selector: string): Iterable<El>;
}
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
  parentElement: El | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|Report)$/;

/** JSON-LD objects of the page, flattened out of arrays and @graph. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // a broken block says nothing
    }
  }
  return out;
}

const typesOf = (o: Record<string, unknown>): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function publisherName(v: unknown): string | null {
  if (Array.isArray(v)) return publisherName(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['name']);
  return str(v);
}

function meta(doc: Doc, keys: string[]): string | null {
  for (const key of keys) {
    for (const el of doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)) {
      const v = str(el.getAttribute('content'));
      if (v) return v;
    }
  }
  return null;
}

/** A <time> inside something marked as an update ("updated", "modified", "تحديث") is not the date. */
function isUpdateTime(el: El): boolean {
  for (let e: El | null = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    const marks = `${e.getAttribute('class') ?? ''} ${e.getAttribute('itemprop') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (/updat|modif|dateModified/i.test(marks)) return true;
  }
  return /تحديث|محدث|updated/i.test(el.parentElement?.textContent ?? '');
}

function timeElementDate(doc: Doc): string | null {
  let fallback: string | null = null;
  for (const el of doc.querySelectorAll('time[datetime]')) {
    const day = parseMachineDate(el.getAttribute('datetime') ?? '');
    if (!day || isUpdateTime(el)) continue;
    if (el.getAttribute('itemprop') === 'datePublished' || el.getAttribute('pubdate') !== null) return day;
    fallback ??= day;
  }
  return fallback;
}

export function pageMeta(doc: Doc): SidecarMeta {
  const ld = jsonLd(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)) && o['datePublished']) ?? ld.find((o) => o['datePublished']);
  const found: SidecarMeta = {};
  const dateText = str(article?.['datePublished']) ?? meta(doc, ['article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate', 'DC.date.issued', 'parsely-pub-date']);
  const date = (dateText && parseMachineDate(dateText)) || timeElementDate(doc);
  if (date) found.date = date;
  const outlet = meta(doc, ['og:site_name']) ?? publisherName(ld.find((o) => o['publisher'])?.['publisher']);
  if (outlet) found.outlet = outlet.normalize('NFC');
  let url: string | null = null;
  for (const link of doc.querySelectorAll('link[rel="canonical"]')) url ??= str(link.getAttribute('href'));
  url ??= meta(doc, ['og:url']);
  if (url) found.url = url;
  return found;
}
