// Self-hosted font files for map labels, bundled by Vite (no glyph server, no network).
import type { StyleSpecification } from 'maplibre-gl';
import arabicWoff2 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';

export const LABEL_FONT = 'Noto Sans Arabic Regular';

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * The style's `font-faces`: Arabic script from the self-hosted file (the one the page's CSS uses too,
 * so it is fetched once); other characters fall back to the system's sans-serif, drawn locally.
 */
export function labelFontFaces(): NonNullable<StyleSpecification['font-faces']> {
  return {
    [LABEL_FONT]: [
      {
        url: absolute(arabicWoff2),
        'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+200C-200E', 'U+FB50-FDFF', 'U+FE70-FEFF'],
      },
    ],
  };
}
