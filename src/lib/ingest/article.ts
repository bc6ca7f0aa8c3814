// One article from decoded text to metadata, cleaned text, excerpts with links, and what was not resolved.
import type { ArticleMeta, ArticleText, Excerpt } from '../schema.ts';
import { cleanArticle, type Cleaned } from './clean.ts';
import { buildExcerpts } from './excerpts.ts';
import { linkArticle, type Linker } from './linker.ts';
import { linkAgreements, type AgreementLinker } from './agreements.ts';
import { resolveMeta, type ResolvedMeta } from './meta.ts';
import type { RecordAbout } from './news-records.ts';
import type { SidecarMeta } from './sidecar.ts';

export interface SourceDoc {
  /** Display name: path relative to the input root, `#n` appended for the n-th record of a JSON file. */
  file: string;
  text: string;
  /** A title the container already gave (HTML <title>, a record's title). */
  title: string | null;
  /** Metadata given by a sidecar or by the record itself: it wins over the text. */
  given: SidecarMeta | undefined;
  /** What a news record says about itself besides the given metadata (source id, category, author, abstract). */
  about?: RecordAbout;
  /** Warnings about the document found while reading it (a record's unreadable <TIME>). */
  notes?: string[];
}

export interface PreparedArticle {
  doc: SourceDoc;
  cleaned: Cleaned;
  meta: ResolvedMeta;
}

export function prepareArticle(doc: SourceDoc): PreparedArticle {
  const cleaned = cleanArticle(doc.text, doc.title, doc.given?.outlet ?? null);
  const meta = resolveMeta(cleaned, doc.given, doc.file);
  if (doc.notes && doc.notes.length > 0) meta.warnings.unshift(...doc.notes);
  return { doc, cleaned, meta };
}

export interface UnresolvedUse {
  surface: string;
  file: string;
  article_id: string;
  /** Offset into the article's cleaned body. */
  offset: number;
}

export interface ProcessedArticle {
  meta: ArticleMeta;
  text: ArticleText;
  excerpts: Excerpt[];
  unresolved: UnresolvedUse[];
}

/** The record's own description and the dateline's place and credit (the record's author line first). */
function aboutOf(doc: SourceDoc, cleaned: Cleaned): { about?: RecordAbout } {
  const about: RecordAbout = { ...doc.about };
  const d = cleaned.dateline;
  if (d?.place && !about.filed_from) about.filed_from = d.place;
  if (d?.credit && !about.credit) about.credit = d.credit;
  return Object.keys(about).length > 0 ? { about } : {};
}

/** `agreements` (when given) links each excerpt to the agreements it reports on (see agreements.ts). */
export function processArticle(id: string, prepared: PreparedArticle, linker: Linker, agreements?: AgreementLinker): ProcessedArticle {
  const { doc, cleaned, meta } = prepared;
  const excerpts: Excerpt[] = [];
  const unresolved: UnresolvedUse[] = [];
  // A title made of the body's first words (a snippet without one) would read them twice: none then.
  const title = meta.inferred.includes('title') && !cleaned.title ? null : meta.title;
  for (const linked of linkArticle(linker, id, cleaned.body, buildExcerpts(id, cleaned.body), title, cleaned.dateline?.place ?? null)) {
    const reported = agreements ? linkAgreements(agreements, linked.excerpt, meta.date) : [];
    excerpts.push(reported.length > 0 ? { ...linked.excerpt, agreements: reported } : linked.excerpt);
    for (const u of linked.unresolved) unresolved.push({ surface: u.surface, file: doc.file, article_id: id, offset: u.start });
  }
  return {
    meta: { id, file: doc.file, title: meta.title, outlet: meta.outlet, date: meta.date, url: meta.url, inferred: meta.inferred },
    // Where each excerpt lands among the pages is known only once every article is in (see page-layout.ts).
    text: { id, title: meta.title, body: cleaned.body, comments: cleaned.comments, locations: [], ...aboutOf(doc, cleaned) },
    excerpts,
    unresolved,
  };
}
