// Town ranks shared by the geo build and the map style: rank 1 is the capital, 5 the smallest towns.

/** Towns of this rank and above (smaller) go to geo/basemap/places-minor.geojson, loaded after the first idle. */
export const MINOR_PLACE_RANK = 4;
/** The zoom from which the minor towns are drawn. */
export const MINOR_PLACES_MINZOOM = 7.5;
