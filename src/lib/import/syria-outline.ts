// A coarse outline of Syria (60 vertices, 0.01° precision, buffered by 5 km), used only to tell
// swapped coordinates from real ones. Derived from the geoBoundaries / UN OCHA governorate
// boundaries (CC BY 3.0 IGO): union of the 14 governorates, 5 km buffer, simplified at 0.04°.
export const SYRIA_OUTLINE: readonly (readonly [number, number])[] = [
  [35.56, 32.9], [35.62, 32.64], [35.91, 32.68], [36.07, 32.48], [36.2, 32.48], [36.39, 32.34], [36.85, 32.27],
  [38.82, 33.34], [41.05, 34.39], [41.29, 34.77], [41.29, 35.24], [41.34, 35.47], [41.45, 35.62], [41.43, 35.85],
  [41.32, 36.06], [41.35, 36.34], [41.45, 36.48], [41.84, 36.55], [41.98, 36.64], [42.43, 37.04], [42.41, 37.25],
  [42.22, 37.36], [41.95, 37.2], [41.55, 37.13], [40.77, 37.16], [39.82, 36.8], [39.23, 36.71], [38.75, 36.75],
  [38.59, 36.88], [38.27, 36.96], [37.47, 36.68], [37.11, 36.7], [36.97, 36.82], [36.64, 36.88], [36.5, 36.5],
  [36.56, 36.31], [36.63, 36.27], [36.36, 36.26], [36.33, 36.05], [36.13, 35.91], [36, 35.99], [35.77, 35.89],
  [35.79, 35.76], [35.67, 35.59], [35.73, 35.48], [35.87, 35.41], [35.9, 35.21], [35.8, 34.85], [35.93, 34.62],
  [36.34, 34.61], [36.28, 34.49], [36.49, 34.4], [36.54, 34.2], [36.23, 33.9], [36.03, 33.85], [35.88, 33.65],
  [35.97, 33.58], [35.57, 33.29], [35.61, 33.16], [35.56, 32.9],
];

/** Ray casting against the outline. */
export function inSyria(x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = SYRIA_OUTLINE.length - 1; i < SYRIA_OUTLINE.length; j = i++) {
    const [xi, yi] = SYRIA_OUTLINE[i] ?? [0, 0];
    const [xj, yj] = SYRIA_OUTLINE[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
