// Separate an article from the page around it, line by line, keeping the reason for each decision.
// States: head (section label, update stamp, title, repeated title, dateline, byline) → body →
// comments (author / time / text) or tail (tags, related headlines, most read: all chrome).
import {
  isCommentTime,
  isCommentsHeader,
  isSectionLabel,
  isShareLine,
  isSignature,
  looksLikeTitle,
  parseByline,
  sameText,
  stripEndMarker,
  stripTitleSuffix,
  tailHeader,
  isRelatedLink,
} from './chrome.ts';
import { findDate, isDateline, isUpdateStamp } from './dates.ts';
import { clutterRule } from './clutter.ts';
import { teaserTail } from './teasers.ts';
import { isCredit, parseDatelineLine, parseLeadDateline, parsePairLine, parsePlaceLine, type Dateline } from './dateline.ts';

export type LineRole = 'title' | 'body' | 'chrome' | 'comment' | 'comment-meta' | 'blank';

export interface LineClass {
  /** 1-based line number in the decoded file. */
  line: number;
  role: LineRole;
  rule: string;
}

export interface CleanComment {
  /** Offsets into the decoded source text. */
  start: number;
  end: number;
  text: string;
}

export interface Cleaned {
  title: string | null;
  titleSuffix: string | null;
  /** Paragraphs kept as the article, joined by a blank line. */
  body: string;
  comments: CleanComment[];
  lines: LineClass[];
  outlet: { value: string; rule: string } | null;
  date: { value: string; rule: string } | null;
  /** Dates seen in the text that are not the article's (update stamps). */
  ignoredDates: string[];
  /** Place of filing and credit from a dateline or byline at the head (or a closing credit line). */
  dateline: Dateline | null;
}

interface Line {
  no: number;
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split('\n').forEach((t, i) => {
    out.push({ no: i + 1, text: t, start });
    start += t.length + 1;
  });
  return out;
}

const isBlank = (s: string): boolean => s.replace(/[\s\u00a0\u200b-\u200f]/g, '') === '';

/**
 * Clean decoded text. `givenTitle` (from a record or HTML) skips title detection; `knownOutlet` (given
 * metadata) is recognised as a dateline's credit.
 */
export function cleanArticle(text: string, givenTitle: string | null = null, knownOutlet: string | null = null): Cleaned {
  const lines = splitLines(text);
  const classes: LineClass[] = [];
  const mark = (l: Line, role: LineRole, rule: string): void => void classes.push({ line: l.no, role, rule });
  const result: Cleaned = {
    title: givenTitle,
    titleSuffix: null,
    body: '',
    comments: [],
    lines: classes,
    outlet: null,
    date: null,
    ignoredDates: [],
    dateline: null,
  };
  const body: { line: Line; text: string }[] = [];
  let state: 'head' | 'body' | 'comments' | 'tail' = 'head';
  let tailRule = '';
  let sawTitleLine = givenTitle !== null;

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l.text)) {
      mark(l, 'blank', 'blank');
      continue;
    }
    // Headers and link rows are short; long lines skip those checks (most of a body).
    const short = l.text.length <= 90;
    if (state !== 'tail' && short) {
      const tail = tailHeader(l.text);
      if (tail && (state !== 'comments' || tail === 'most-read')) {
        state = 'tail';
        tailRule = tail;
        mark(l, 'chrome', `${tail}-header`);
        continue;
      }
      if (state !== 'comments' && isCommentsHeader(l.text)) {
        state = 'comments';
        mark(l, 'chrome', 'comments-header');
        continue;
      }
    }
    if (state === 'tail') {
      mark(l, 'chrome', tailRule);
      continue;
    }
    if (state === 'comments') {
      classifyCommentLine(lines, i, mark, result);
      continue;
    }
    if (state === 'head') {
      const rule = clutterRule(l.text) ?? headRule(l.text, result, sawTitleLine, () => textFollows(lines, i), knownOutlet);
      if (rule === 'title') {
        const stripped = stripTitleSuffix(l.text, []);
        result.title = stripped.title;
        result.titleSuffix = stripped.suffix;
        sawTitleLine = true;
        mark(l, 'title', stripped.suffix ? 'title-without-site-suffix' : 'title');
        continue;
      }
      if (rule) {
        mark(l, 'chrome', rule);
        continue;
      }
      state = 'body';
      const lead = parseLeadDateline(l.text.trim(), knownOutlet);
      if (lead) {
        takeDateline(result, lead.dateline, 'dateline-in-lead');
        body.push({ line: l, text: l.text.trim().slice(lead.length) });
        mark(l, 'body', 'paragraph-after-dateline');
        continue;
      }
    }
    const clutter = clutterRule(l.text) ?? (short && isShareLine(l.text) ? 'print-share' : null) ?? (isRelatedLink(l.text) ? 'related-link' : null) ?? (short && isDateline(l.text) ? 'date-line' : null);
    if (clutter) {
      if (clutter === 'date-line' && !result.date) result.date = { value: findDate(l.text)!.date, rule: 'date-line' };
      mark(l, 'chrome', clutter);
      continue;
    }
    body.push({ line: l, text: l.text });
    mark(l, 'body', 'paragraph');
  }
  closeBody(body, classes, result, knownOutlet);
  dropTeasers(body, classes, result.title);
  if (result.title && result.titleSuffix === null && result.outlet && givenTitle === null) {
    const again = stripTitleSuffix(result.title, [result.outlet.value]);
    result.title = again.title;
    result.titleSuffix = again.suffix;
  }
  result.body = body.map((b) => stripEndMarker(b.text.trim())).join('\n\n');
  return result;
}

/** True when a non-blank line follows line `i`. */
function textFollows(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j]!.text)) return true;
  return false;
}

/** Classify a head line; null means the body starts here. */
function headRule(text: string, result: Cleaned, sawTitle: boolean, bodyFollows: () => boolean, knownOutlet: string | null): string | null {
  if (isUpdateStamp(text)) {
    const d = findDate(text);
    if (d) result.ignoredDates.push(d.date);
    return 'last-updated-stamp';
  }
  if (isDateline(text)) {
    const d = findDate(text);
    if (d && !result.date) result.date = { value: d.date, rule: 'dateline' };
    return 'dateline';
  }
  const byline = parseByline(text);
  if (byline) {
    if (!result.outlet) result.outlet = { value: byline.outlet, rule: byline.rule };
    return 'byline';
  }
  const dateline = parseDatelineLine(text, knownOutlet) ?? (sawTitle ? (parsePlaceLine(text) ?? parsePairLine(text)) : null);
  if (dateline) {
    takeDateline(result, dateline, 'dateline');
    return dateline.credit === null ? 'dateline-place' : 'dateline-byline';
  }
  if (!sawTitle) {
    if (isSectionLabel(text)) return 'section-label';
    // A pasted snippet often starts with its lead sentence: that is the body, not a title.
    if (looksLikeTitle(text) && bodyFollows()) return 'title';
    return null;
  }
  if (result.title && sameText(stripTitleSuffix(text, []).title, result.title)) return 'repeated-title';
  return null;
}

function classifyCommentLine(
  lines: Line[],
  i: number,
  mark: (l: Line, role: LineRole, rule: string) => void,
  result: Cleaned,
): void {
  const l = lines[i]!;
  if (isCommentTime(l.text)) return mark(l, 'comment-meta', 'comment-time');
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j]!.text)) j++;
  const next = lines[j];
  if (next && isCommentTime(next.text)) return mark(l, 'comment-meta', 'comment-author');
  if (/^\s*\d+\s*$/.test(l.text)) return mark(l, 'chrome', 'counter');
  const lead = l.text.length - l.text.trimStart().length;
  const text = l.text.trim();
  result.comments.push({ start: l.start + lead, end: l.start + lead + text.length, text });
  mark(l, 'comment', 'comment-text');
}

/** The first dateline seen gives the place and credit; its date, when it has one, is the article's. */
function takeDateline(result: Cleaned, d: Dateline, rule: string): void {
  if (!result.dateline) result.dateline = d;
  if (d.date && !result.date) result.date = { value: d.date, rule };
}

/** Leads of other stories appended after the article (see teasers.ts) become chrome. */
function dropTeasers(body: { line: Line; text: string }[], classes: LineClass[], title: string | null): void {
  const n = teaserTail(title, body.map((b) => b.text));
  for (const b of body.splice(body.length - n, n)) {
    const c = classes.find((x) => x.line === b.line.no);
    if (c) {
      c.role = 'chrome';
      c.rule = 'other-story-teaser';
    }
  }
}

/**
 * The last body line may be a signature naming the outlet, or a closing credit («دمشق - وكالات»). A line
 * that reads as the start of a sentence cut off (a conjunction-led word, a number) stays in the text.
 */
function closeBody(body: { line: Line; text: string }[], classes: LineClass[], result: Cleaned, knownOutlet: string | null): void {
  const last = body[body.length - 1];
  if (!last || body.length < 2) return;
  const credit = parseDatelineLine(last.text, knownOutlet);
  const t = last.text.trim();
  const cutOff = /\d/.test(t) || (/^[وف]\S{3,}/.test(t) && !isCredit(t, knownOutlet)) || !/[.!؟?»"”)]\s*$/.test(body[body.length - 2]!.text.trim());
  if (!credit && (!isSignature(t) || cutOff)) return;
  body.pop();
  const c = classes.find((x) => x.line === last.line.no);
  if (c) {
    c.role = 'chrome';
    c.rule = credit ? 'closing-credit' : 'signature';
  }
  if (credit) {
    if (!result.dateline) result.dateline = credit;
  } else if (!result.outlet) result.outlet = { value: t, rule: 'signature' };
}
