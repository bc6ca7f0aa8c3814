// The zone panel and the agreement panel in one chunk: they link to each other, are fetched together
// once the map is idle, and one chunk keeps the first load's list of chunk names short.
export { default as ZonePanel } from './ZonePanel.svelte';
export { default as AgreementPanel } from './agreements/AgreementPanel.svelte';
