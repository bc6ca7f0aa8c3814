// "Save map as image": the map's pixels (at twice the screen's resolution) framed with the title, a
// legend of the zones and their parts, the date shown where there is one, a scale bar and the
// attribution, drawn on a 2D canvas with the page's Arabic font (the browser shapes and orders the
// Arabic itself when the canvas direction is right to left), and written as PNG.
import type { Lang } from '../../lib/i18n.ts';
import type { MapPixels } from '../../map/snapshot.ts';
import { scaleBar } from '../../lib/export/scale-bar.ts';
import { formatNumber } from '../../lib/i18n.ts';

/** The map's pixels and what is said beside them, as the map hands them over (src/map/snapshot.ts). */
export type ImagePixels = MapPixels;

export interface ImageText {
  lang: Lang;
  title: string;
  /** The date or range the view shows, when one is set. */
  date: string | null;
  legend: { colour: string; label: string; pattern: 'solid' | 'hatch' | 'cross' }[];
  km: string;
}

const FONT = '"Noto Sans Arabic", "DejaVu Sans", sans-serif';

function swatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number, colour: string, pattern: ImageText['legend'][number]['pattern']): void {
  ctx.save();
  ctx.fillStyle = pattern === 'solid' ? colour : '#ffffff';
  ctx.fillRect(x, y, size, size);
  ctx.strokeStyle = colour;
  ctx.lineWidth = Math.max(1, size / 12);
  if (pattern !== 'solid') {
    ctx.beginPath();
    ctx.rect(x, y, size, size);
    ctx.clip();
    for (let d = -size; d < size * 2; d += size / 4) {
      ctx.moveTo(x + d, y + size);
      ctx.lineTo(x + d + size, y);
      if (pattern === 'cross') {
        ctx.moveTo(x + d, y);
        ctx.lineTo(x + d + size, y + size);
      }
    }
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = colour;
  ctx.strokeRect(x, y, size, size);
}

/** `words` cut into lines no wider than `max` (at the context's font). */
function wrap(ctx: CanvasRenderingContext2D, words: string[], sep: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line}${sep}${w}` : w;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The framed picture as a canvas: title and date above the map; legend, scale bar and attribution below. */
export function composeMapImage(pixels: ImagePixels, text: ImageText): HTMLCanvasElement {
  const r = pixels.ratio;
  const rtl = text.lang === 'ar';
  const w = pixels.image.width;
  const pad = 16 * r;
  const inner = w - 2 * pad;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const size = 14 * r;
  const gap = 18 * r;
  // Measure first: the legend's rows, the attribution's lines, the heights they need.
  ctx.font = `${13 * r}px ${FONT}`;
  const widths = text.legend.map((item) => size + 6 * r + ctx.measureText(item.label).width);
  const rows: number[][] = [[]];
  let used = 0;
  widths.forEach((width, i) => {
    if (rows.at(-1)!.length > 0 && used + width > inner) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(i);
    used += width + gap;
  });
  ctx.font = `${11 * r}px ${FONT}`;
  const credits = wrap(ctx, pixels.attribution.split(' · '), ' · ', inner);
  const head = (text.date ? 74 : 52) * r;
  const foot = rows.length * 24 * r + 44 * r + credits.length * 16 * r + 8 * r;
  canvas.width = w;
  canvas.height = head + pixels.image.height + foot;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(pixels.image, 0, head);
  const start = rtl ? w - pad : pad;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'start';
  ctx.fillStyle = '#1f2a37';
  ctx.font = `600 ${20 * r}px ${FONT}`;
  ctx.fillText(text.title, start, 26 * r, inner);
  if (text.date) {
    ctx.font = `${15 * r}px ${FONT}`;
    ctx.fillText(text.date, start, 56 * r, inner);
  }
  let y = head + pixels.image.height + 20 * r;
  ctx.font = `${13 * r}px ${FONT}`;
  for (const row of rows) {
    let x = start;
    for (const i of row) {
      const item = text.legend[i]!;
      swatch(ctx, rtl ? x - size : x, y - size / 2, size, item.colour, item.pattern);
      ctx.fillStyle = '#1f2a37';
      ctx.fillText(item.label, rtl ? x - size - 6 * r : x + size + 6 * r, y);
      x += (rtl ? -1 : 1) * (widths[i]! + gap);
    }
    y += 24 * r;
  }
  // Scale bar, at the start side.
  const bar = scaleBar(pixels.zoom, pixels.latitude, 160);
  const barPx = bar.px * r;
  const y2 = y + 16 * r;
  const barStart = rtl ? start - barPx : start;
  ctx.strokeStyle = '#1f2a37';
  ctx.lineWidth = 2 * r;
  ctx.beginPath();
  ctx.moveTo(barStart, y2 - 5 * r);
  ctx.lineTo(barStart, y2);
  ctx.lineTo(barStart + barPx, y2);
  ctx.lineTo(barStart + barPx, y2 - 5 * r);
  ctx.stroke();
  ctx.textAlign = 'center';
  ctx.fillText(`${formatNumber(bar.km, text.lang)} ${text.km}`, barStart + barPx / 2, y2 - 14 * r);
  // The attribution, in English as the data's licences give it.
  ctx.font = `${11 * r}px ${FONT}`;
  ctx.fillStyle = '#4b5563';
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  credits.forEach((line, i) => ctx.fillText(line, pad, y2 + (20 + i * 16) * r));
  return canvas;
}

export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) => canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the image could not be written'))), 'image/png'));
}
