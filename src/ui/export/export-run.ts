// What the Export dialog loads on first use: building the files, choosing zones, saving downloads.
export { agreementsDownload, citationsDownload, geojsonDownload, saveDownload } from './export-data.ts';
export { zonesForScope, zonesInBounds } from './scope.ts';
