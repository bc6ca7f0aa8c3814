// Saved HTML pages: the article's main text through @mozilla/readability on a linkedom document,
// turned into one line per block so the cleaner and the excerpt splitter see paragraphs.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SidecarMeta } from '../../lib/ingest/sidecar.ts';
import { pageMeta } from './html-meta.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

/** A page whose text outside links has fewer words than this holds no article (a script shell, a menu). */
const MIN_PROSE_WORDS = 3;

/** Words with letters in `root`'s text, not counting the text of links. */
function proseWords(root: Element): number {
  const copy = root.cloneNode(true) as Element;
  for (const a of copy.querySelectorAll('a, nav, script, style, noscript')) a.remove();
  return (copy.textContent ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export function extractHtml(html: string, file: string): { title: string | null; text: string; meta: SidecarMeta } {
  const { document } = parseHTML(html);
  // Before Readability, which takes the page apart.
  const meta = pageMeta(document as never);
  const article = new Readability(document as unknown as Document).parse();
  if (!article || !article.content) throw new Error(`${file}: no article text found in the HTML page`);
  const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  if (proseWords(inner.body) < MIN_PROSE_WORDS) {
    throw new Error(`${file}: no article text in the HTML page (nothing but links, menus or scripts)`);
  }
  const lines: string[] = [];
  for (const el of inner.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost blocks carry the text
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
  }
  const text = lines.length > 0 ? lines.join('\n\n') : (article.textContent ?? '').trim();
  if (!text) throw new Error(`${file}: no article text found in the HTML page`);
  return { title: article.title?.trim() || null, text, meta };
}
