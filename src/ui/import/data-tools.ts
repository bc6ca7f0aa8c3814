// The side column's data tools (export button, import panel) and the map's file drop, fetched as one
// chunk once the map is idle: none of it is needed to show the map.
export { Importer } from './importer.svelte.ts';
export { fileDrop } from './drop.ts';
export { default as DataSection } from '../export/DataSection.svelte';
export { default as DropHint } from './DropHint.svelte';
