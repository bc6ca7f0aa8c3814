// A scale bar's length: a round distance (1, 2 or 5 times a power of ten, in km) that fits in at most
// `maxPx` CSS pixels of a web-Mercator map at `zoom` and `latitude` (512-pixel tiles, as MapLibre's).

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

export function metresPerPixel(zoom: number, latitude: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export function scaleBar(zoom: number, latitude: number, maxPx: number): { km: number; px: number } {
  const perPx = metresPerPixel(zoom, latitude);
  const maxKm = (maxPx * perPx) / 1000;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * power).find((d) => d <= maxKm) ?? power;
  return { km, px: (km * 1000) / perPx };
}
