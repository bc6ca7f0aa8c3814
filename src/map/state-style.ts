// Paint of the zones by their state on the timeline's day (feature-state `state`, see AtlasMap.setStates):
// not yet agreed and ended zones drawn faint and grey-edged, zones in force lighter than zones with
// agreed lines, zones under offensive strong with a thick dark edge. Fetched with the timeline only.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';

const state: ExpressionSpecification = ['coalesce', ['feature-state', 'state'], 'none'];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const byState = (values: Record<string, unknown>, otherwise: unknown): ExpressionSpecification =>
  ['match', state, ...Object.entries(values).flat(), otherwise] as unknown as ExpressionSpecification;

export function applyStateStyle(map: MapLibreMap): void {
  map.setPaintProperty('zones-core', 'fill-opacity', byState({ 'not-yet': 0.07, 'in-force': 0.32, 'under-offensive': 0.75, ended: 0.05 }, ['case', hovered, 0.78, 0.55]));
  map.setPaintProperty('zones-partial', 'fill-opacity', byState({ 'not-yet': 0.15, 'in-force': 0.45, ended: 0.12 }, ['case', hovered, 1, 0.75]));
  const colour = map.getPaintProperty('zones-outline', 'line-color') as ExpressionSpecification;
  const width = map.getPaintProperty('zones-outline', 'line-width') as ExpressionSpecification;
  map.setPaintProperty('zones-outline', 'line-color', byState({ 'not-yet': '#9aa1a6', ended: '#6f7478', 'under-offensive': '#1b1b1b' }, colour));
  map.setPaintProperty('zones-outline', 'line-width', byState({ 'under-offensive': 3.4 }, width));
}
