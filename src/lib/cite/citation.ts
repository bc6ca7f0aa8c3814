// A citation of one excerpt: as text in the reader's language (outlet, date, title, URL where known,
// the date accessed, the quoted excerpt, and the atlas link that opens it), and as a CSL-JSON item for
// reference managers (Zotero, Mendeley, pandoc). Pure.
import { formatDate, type Lang } from '../i18n.ts';

export interface CiteSource {
  excerptId: string;
  articleId: string;
  title: string;
  outlet: string | null;
  /** ISO date of the article, when known. */
  date: string | null;
  url: string | null;
  text: string;
  /** The atlas address that opens the excerpt in its zone. */
  link: string;
}

/** A CSL date: [[year, month, day]] from an ISO date. */
function dateParts(iso: string): { 'date-parts': [[number, number, number]] } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : null;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL?: string;
  language: 'ar';
  note: string;
  source: string;
}

/** The CSL-JSON item (one element of a CSL-JSON array). `accessed` is an ISO date. */
export function cslItem(s: CiteSource, accessed: string): CslItem {
  const item: CslItem = {
    id: s.excerptId,
    type: 'article-newspaper',
    title: s.title,
    accessed: dateParts(accessed)!,
    language: 'ar',
    note: `«${s.text}» (article ${s.articleId}, excerpt ${s.excerptId}; ${s.link})`,
    source: 'De-escalation zone atlas',
  };
  if (s.outlet) item['container-title'] = s.outlet;
  const issued = s.date ? dateParts(s.date) : null;
  if (issued) item.issued = issued;
  if (s.url) item.URL = s.url;
  return item;
}

const WORDS = {
  ar: { undated: 'بلا تاريخ', unknown: 'مصدر غير معروف', accessed: 'اطُّلع عليه في', atlas: 'أطلس مناطق خفض التصعيد' },
  en: { undated: 'undated', unknown: 'unknown outlet', accessed: 'accessed', atlas: 'De-escalation zone atlas' },
} as const;

/** The citation as plain text in `lang`: outlet, date. «title». URL. accessed DATE. «excerpt». atlas link. */
export function citationText(s: CiteSource, lang: Lang, accessed: string): string {
  const w = WORDS[lang];
  const sep = lang === 'ar' ? '، ' : ', ';
  const head = `${s.outlet ?? w.unknown}${sep}${s.date ? formatDate(s.date, lang) : w.undated}. «${s.title}».`;
  const parts = [head];
  if (s.url) parts.push(`${s.url}.`);
  parts.push(`${w.accessed} ${formatDate(accessed, lang)}.`);
  parts.push(`«${s.text}»`);
  parts.push(`${w.atlas}: ${s.link}`);
  return parts.join(' ');
}
