// Hatch patterns drawn on a canvas in code (no sprite, no network), added with map.addImage.
import { EXCLUDED_COLOUR, ZONE_COLOURS } from '../lib/zone-info.ts';
import { ZONE_IDS, type ZoneId } from '../lib/schema.ts';

const SIZE = 16;
const PIXEL_RATIO = 2;

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Image id of the partial-part hatch of a zone, as used by the fill-pattern expression. */
export function hatchId(zone: ZoneId): string {
  return `hatch-${zone}`;
}
export const EXCLUDED_PATTERN_ID = 'hatch-excluded';

/** Image id of a town's dot: an icon, so that dots take part in label collisions (a circle layer does not). */
export const TOWN_DOT_ID = 'town-dot';
/** The dot's radius in CSS pixels at icon-size 1, its white ring included. */
export const TOWN_DOT_RADIUS = 3.5;

function draw(paint: (ctx: CanvasRenderingContext2D, size: number) => void, cssSize = SIZE): PatternImage {
  const size = cssSize * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('patterns: no 2D canvas context to draw the hatch patterns');
  paint(ctx, size);
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}

/** Diagonal stripes in the zone's colour over a faint wash: clearly weaker than the solid core. */
function diagonal(colour: string): PatternImage {
  return draw((ctx, size) => {
    ctx.fillStyle = colour;
    ctx.globalAlpha = 0.12;
    ctx.fillRect(0, 0, size, size);
    ctx.globalAlpha = 0.85;
    ctx.strokeStyle = colour;
    ctx.lineWidth = size / 8;
    ctx.beginPath();
    // Three strokes so the stripes continue across tile edges.
    for (const offset of [-size, 0, size]) {
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
    }
    ctx.stroke();
  });
}

/** Grey cross-hatch for areas excluded from the deal. */
function crossHatch(colour: string): PatternImage {
  return draw((ctx, size) => {
    ctx.strokeStyle = colour;
    ctx.globalAlpha = 0.7;
    ctx.lineWidth = size / 12;
    ctx.beginPath();
    for (const offset of [-size, 0, size]) {
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + size, size);
    }
    ctx.stroke();
  });
}

/** A dark dot in a thin white ring, as big as its image (so its collision box is the dot). */
function townDot(): PatternImage {
  return draw((ctx, size) => {
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#3b3934';
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 2 - 0.8 * PIXEL_RATIO, 0, 2 * Math.PI);
    ctx.fill();
  }, 2 * TOWN_DOT_RADIUS);
}

/** The pattern (or icon) for an image id the style asks for, or null when the id is not one of ours. */
export function patternFor(id: string): PatternImage | null {
  if (id === TOWN_DOT_ID) return townDot();
  if (id === EXCLUDED_PATTERN_ID) return crossHatch(EXCLUDED_COLOUR);
  const zone = ZONE_IDS.find((z) => hatchId(z) === id);
  return zone ? diagonal(ZONE_COLOURS[zone]) : null;
}

export const PATTERN_PIXEL_RATIO = PIXEL_RATIO;
