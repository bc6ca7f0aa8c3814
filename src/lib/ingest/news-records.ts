// TREC / CLEF-style news records, recognised by content whatever the file is called: one or many
// <DOC> … </DOC> blocks (optionally inside one wrapping element), each with <DOCNO>, <URL>, <SRC>, <CAT>,
// <TITLE>, <TIME> (RFC 2822), <AUTHOR>, <ABSTRACT> and <TEXT>. The fields become the article's metadata
// (given, so they win over what the text suggests); the abstract is kept as metadata, never as text; the
// TEXT body becomes the article, each of its lines (or <P> blocks) a paragraph.
import type { SourceDoc } from './article.ts';
import { splitAuthor } from './dateline.ts';
import { parseMachineDate } from './machine-dates.ts';
import type { SidecarMeta } from './sidecar.ts';

/** What a record says about itself beyond title, date, outlet and URL. */
export interface RecordAbout {
  source_id?: string;
  category?: string;
  author?: string;
  abstract?: string;
  /** Place of filing, from the author line («باريس - …») or a dateline. */
  filed_from?: string;
  /** Who filed it, as a dateline names them («مراسلنا», «وكالات», «CNN»). */
  credit?: string;
}

const HEAD = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<[A-Za-z][\w.-]*(?:\s[^>]*)?>\s*)?<DOC(?:\s[^>]*)?>/i;

/** True when the text is a file of <DOC> records (the first element, or the first inside one wrapper). */
export function isNewsRecordFile(text: string): boolean {
  return HEAD.test(text.slice(0, 4096));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A field's text: CDATA unwrapped, entities decoded, inner tags dropped, whitespace runs folded. */
function fieldText(raw: string): string {
  const unwrapped = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  return decodeEntities(unwrapped.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The body: one paragraph per non-blank line or <P> block, joined by blank lines; other tags dropped. */
export function recordBody(raw: string): string {
  const unwrapped = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const broken = unwrapped.replace(/<\/?(?:p|br|div)(?:\s[^>]*)?\/?>/gi, '\n').replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  return decodeEntities(broken)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n\n')
    .normalize('NFC');
}

const FIELD_NAMES = ['DOCNO', 'URL', 'SRC', 'CAT', 'TITLE', 'HEADLINE', 'TIME', 'DATE', 'DATE_TIME', 'AUTHOR', 'ABSTRACT', 'TEXT'] as const;
type FieldName = (typeof FIELD_NAMES)[number];
const FIELD_RE = new RegExp(`<(${FIELD_NAMES.join('|')})(?:\\s[^>]*)?>([\\s\\S]*?)</\\1\\s*>`, 'gi');

function fields(block: string): Map<FieldName, string> {
  const out = new Map<FieldName, string>();
  for (const m of block.matchAll(FIELD_RE)) {
    const name = m[1]!.toUpperCase() as FieldName;
    if (!out.has(name)) out.set(name, m[2]!);
  }
  return out;
}

/** Feed codes of known Arabic outlets (the ANT corpus's <SRC> values) and the names the outlets use. */
const OUTLET_NAMES: ReadonlyMap<string, string> = new Map([
  ['alarabia', 'العربية'],
  ['alarabiya', 'العربية'],
  ['bbc', 'BBC عربي'],
  ['cnn', 'CNN بالعربية'],
  ['skynews', 'سكاي نيوز عربية'],
]);

export function outletName(src: string): string {
  return OUTLET_NAMES.get(src.toLowerCase()) ?? src;
}

export interface ParsedRecords {
  docs: SourceDoc[];
  errors: string[];
}

/** Every <DOC> record of `text` (named `file`); `sidecar` (by file name) applies to a file of one record. */
export function parseNewsRecords(text: string, file: string, sidecar?: SidecarMeta): ParsedRecords {
  const blocks: string[] = [];
  const errors: string[] = [];
  // One pass over the <DOC> and </DOC> tags in order: an opening tag while a record is open means that
  // record was never closed.
  const tags = /<(\/?)DOC(?:\s[^>]*)?>/gi;
  let openAt = -1;
  const unclosed = (before: string): void => {
    errors.push(`${file}: record ${blocks.length + 1} is not closed (no </DOC> before ${before})`);
    blocks.push('');
  };
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[1] === '') {
      if (openAt >= 0) unclosed('the next <DOC>');
      openAt = m.index + m[0].length;
    } else if (openAt >= 0) {
      blocks.push(text.slice(openAt, m.index));
      openAt = -1;
    }
  }
  if (openAt >= 0) unclosed('the end of the file');
  const docs: SourceDoc[] = [];
  blocks.forEach((block, i) => {
    if (block === '') return;
    const at = blocks.length > 1 ? `${file}#${i + 1}` : file;
    const doc = recordDoc(block, at, blocks.length === 1 ? sidecar : undefined);
    if (typeof doc === 'string') errors.push(doc);
    else docs.push(doc);
  });
  if (blocks.length === 0) errors.push(`${file}: no <DOC> record found`);
  return { docs, errors };
}

/** One record as a document, or an error line. */
function recordDoc(block: string, at: string, sidecar: SidecarMeta | undefined): SourceDoc | string {
  const f = fields(block);
  const rawText = f.get('TEXT');
  if (rawText === undefined) return `${at}: record has no <TEXT>`;
  const body = recordBody(rawText);
  if (body === '') return `${at}: record's <TEXT> is empty`;
  const given: SidecarMeta = {};
  const notes: string[] = [];
  const title = fieldText(f.get('TITLE') ?? f.get('HEADLINE') ?? '');
  if (title) given.title = title.normalize('NFC');
  const src = fieldText(f.get('SRC') ?? '');
  if (src) given.outlet = outletName(src).normalize('NFC');
  const url = fieldText(f.get('URL') ?? '');
  if (url) given.url = url;
  const time = fieldText(f.get('TIME') ?? f.get('DATE_TIME') ?? f.get('DATE') ?? '');
  if (time) {
    const day = parseMachineDate(time);
    if (day) given.date = day;
    else notes.push(`${at}: <TIME> "${time}" is not an RFC 2822 or ISO date (ignored)`);
  }
  const about: RecordAbout = {};
  const docno = fieldText(f.get('DOCNO') ?? '');
  if (docno) about.source_id = docno;
  const cat = fieldText(f.get('CAT') ?? '');
  if (cat) about.category = cat;
  const author = fieldText(f.get('AUTHOR') ?? '');
  if (author) {
    const { place, who } = splitAuthor(author.normalize('NFC'));
    about.author = who;
    if (place) about.filed_from = place;
  }
  const abstract = fieldText(f.get('ABSTRACT') ?? '');
  if (abstract) about.abstract = abstract.normalize('NFC');
  return { file: at, text: body, title: given.title ?? null, given: { ...given, ...sidecar }, about, notes };
}
