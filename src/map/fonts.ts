// Self-hosted font file for map labels, bundled by Vite (no glyph server, no network).
import type { StyleSpecification } from 'maplibre-gl';
import labelFontUrl from '../../geo/fonts/labels-arabic.woff2?url&no-inline';

export const LABEL_FONT = 'Noto Sans Arabic Regular';

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * The style's `font-faces`: Arabic script from the subset file geo/fonts/labels-arabic.woff2 (built by
 * src/pipeline/fonts from the label texts; the page's CSS draws the interface with the same file, so it
 * is fetched once); other characters fall back to the system's sans-serif, drawn locally.
 */
export function labelFontFaces(): NonNullable<StyleSpecification['font-faces']> {
  return {
    [LABEL_FONT]: [
      {
        url: absolute(labelFontUrl),
        'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+200C-200F', 'U+FB50-FDFF', 'U+FE70-FEFF'],
      },
    ],
  };
}
