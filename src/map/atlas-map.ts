// The one place that owns a MapLibre map: creation, data, hover and selection state, events.
// Components hand it plain data and callbacks; it never reaches into the interface.
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import './map-controls.css';
import type { FeatureCollection } from 'geojson';
import { ZONE_IDS, type ZoneId, type ZonesMapCollection } from '../lib/schema.ts';
import { zoneBounds, zoneLabelPoints } from '../lib/zone-info.ts';
import type { MapView } from '../lib/url-state.ts';
import { basemapUrls } from './geo-urls.ts';
import { PATTERN_PIXEL_RATIO, patternFor } from './patterns.ts';
import { atlasStyle, deferredSources, ZONE_FILL_LAYERS, ZONE_LABELS_SOURCE, ZONES_SOURCE } from './style.ts';
import { DeferredSources } from './deferred-sources.ts';
import { OverlayLayers, type MapOverlay } from './overlay.ts';
import type { CoverageLayers } from './coverage-layers.ts';
import type { Excerpt, PlaceUse } from '../lib/schema.ts';
import { once } from '../lib/once.ts';
import type { MapPixels } from './snapshot.ts';
import { syncSize } from './sync-size.ts';

setWorkerUrl(workerUrl);

/** The excerpt-focus code (and the Turf it uses) and the coverage layers: needed only once coverage is shown, so fetched after the first idle. */
const loadFocus = once(() => import('../lib/coverage/focus.ts'));
const loadCoverageLayers = once(() => import('./coverage-layers.ts'));
const loadStateStyle = once(() => import('./state-style.ts'));

export const ATTRIBUTION =
  'Boundaries: UN OCHA / UNCS via HDX and geoBoundaries, CC BY 3.0 IGO · Names and P-codes: OpenSyria data-geography, CC BY 4.0 · Populated places: GeoNames, CC BY 4.0 · OCHA communities, CC BY 3.0 IGO · Natural Earth (public domain)';

/** The four zones (geo/zones.geojson's bbox) with a little margin, west-south-east-north: the opening view. */
const ZONES_BOUNDS: [number, number, number, number] = [35.45, 32.25, 37.75, 36.5];
/** Room for the attribution line at the bottom. */
const VIEW_PADDING = { top: 16, bottom: 44, left: 16, right: 16 };
export const IDLE_MARK = 'atlas:map-idle';

/** What the map's buttons are called in the interface language. */
export interface ControlLabels {
  zoomIn: string;
  zoomOut: string;
  sources: string;
}

export interface AtlasMapEvents {
  onZoneClick: (zone: ZoneId) => void;
  onZoneHover: (zone: ZoneId | null) => void;
  /** The view after the map stopped moving (pan, zoom, fit), for the shareable URL. */
  onViewChange?: (view: MapView) => void;
  /** A named place was clicked (see coverage-layers.ts). */
  onPlaceClick?: (placeId: string) => void;
}

function isZoneId(value: unknown): value is ZoneId {
  return typeof value === 'string' && (ZONE_IDS as readonly string[]).includes(value);
}

export class AtlasMap {
  readonly map: MapLibreMap;
  #hovered: ZoneId | null = null;
  #selected: ZoneId | null = null;
  #outlined: readonly ZoneId[] = [];
  #states: Partial<Record<ZoneId, string>> | null = null;
  /** Each zone's state as last written to the map's feature state. */
  #drawnStates: Partial<Record<ZoneId, string>> = {};
  #stateStyle = false;
  #zones: ZonesMapCollection | null = null;
  #marked = false;
  #navigation = new NavigationControl({ showCompass: false });
  #attribution = new AttributionControl({ compact: true, customAttribution: ATTRIBUTION });
  #rtl: boolean | null = null;
  #controlLabels: ControlLabels | null = null;
  /** A fit asked for before the zones were there; done once they are. */
  #fitPending = false;
  #overlays: OverlayLayers;
  #coverage: CoverageLayers | null = null;
  readonly #coverageLayers: () => Promise<CoverageLayers>;
  #resolveIdle: () => void = () => undefined;
  #deferred: DeferredSources;
  #placeIndex: ReadonlyMap<string, PlaceUse> = new Map();
  /** Counts showExcerpt calls, so a focus computed after its module arrived is dropped when a newer one was asked for. */
  #focusCalls = 0;

  /** `view` (from a shared link) replaces the default view of the four zones. */
  constructor(container: HTMLElement, events: AtlasMapEvents, view: MapView | null = null) {
    const urls = basemapUrls();
    this.map = new MapLibreMap({
      container,
      style: atlasStyle(urls),
      ...(view ? { center: view.center, zoom: view.zoom } : { bounds: ZONES_BOUNDS, fitBoundsOptions: { padding: VIEW_PADDING } }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 11,
      minZoom: 4,
      // No label fade: the map is idle (and usable) as soon as labels are placed.
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.setDirection(document.documentElement.dir !== 'ltr');
    this.map.on('moveend', () => events.onViewChange?.(this.getView()));
    // The hatch patterns are drawn when the style first asks for them (an event listener would come too
    // late for that request, and MapLibre would warn that the image could not be loaded).
    this.map.setMissingStyleImageResolver((id) => {
      const image = patternFor(id);
      if (image && !this.map.hasImage(id)) this.map.addImage(id, image, { pixelRatio: PATTERN_PIXEL_RATIO });
    });
    for (const layer of ZONE_FILL_LAYERS) {
      this.map.on('mousemove', layer, (e: MapLayerMouseEvent) => {
        const zone = e.features?.[0]?.properties['zone'];
        if (!isZoneId(zone)) return;
        this.map.getCanvas().style.cursor = 'pointer';
        if (zone !== this.#hovered) events.onZoneHover(zone);
      });
      this.map.on('mouseleave', layer, () => {
        this.map.getCanvas().style.cursor = '';
        events.onZoneHover(null);
      });
    }
    this.map.on('click', (e) => {
      const place = this.#coverage?.placeAt(e.point);
      if (place) return events.onPlaceClick?.(place);
      const hit = this.map.queryRenderedFeatures(e.point, { layers: [...ZONE_FILL_LAYERS] })[0];
      const zone = hit?.properties['zone'];
      if (isZoneId(zone)) events.onZoneClick(zone);
    });
    this.map.on('idle', () => this.#markIdle());
    this.#overlays = new OverlayLayers(this.map, VIEW_PADDING);
    // Added once the map is first idle (its style loaded, so the layers can go in at once).
    const idle = new Promise<void>((resolve) => (this.#resolveIdle = resolve));
    this.#coverageLayers = once(async () => {
      const { CoverageLayers } = await loadCoverageLayers();
      await idle;
      return (this.#coverage ??= new CoverageLayers(this.map, VIEW_PADDING, urls));
    });
    this.#deferred = new DeferredSources(this.map, deferredSources(urls));
    // A read-only hook for the end-to-end tests, which ask the map what it rendered.
    (window as unknown as { __atlas?: { map: MapLibreMap } }).__atlas = { map: this.map };
  }

  /** Record the User Timing mark once: the first idle with the zones source filled and drawn. */
  #markIdle(): void {
    if (this.#marked || !this.#zones || !this.map.isSourceLoaded(ZONES_SOURCE)) return;
    if (this.map.queryRenderedFeatures({ layers: [...ZONE_FILL_LAYERS] }).length === 0) return;
    this.#marked = true;
    performance.mark(IDLE_MARK);
    this.#resolveIdle();
    this.#deferred.loadAll();
    loadFocus().catch(() => undefined); // fetched now, so the first excerpt shows without waiting
    this.#coverageLayers().catch(() => undefined);
  }

  setZones(collection: ZonesMapCollection): void {
    const zones = this.map.getSource<GeoJSONSource>(ZONES_SOURCE);
    const labels = this.map.getSource<GeoJSONSource>(ZONE_LABELS_SOURCE);
    const apply = (): void => {
      this.map.getSource<GeoJSONSource>(ZONES_SOURCE)?.setData(collection as FeatureCollection);
      this.map
        .getSource<GeoJSONSource>(ZONE_LABELS_SOURCE)
        ?.setData({ type: 'FeatureCollection', features: zoneLabelPoints(collection) });
      this.#zones = collection;
      this.#fitSelected();
      this.setOutlined(this.#outlined);
      this.#drawnStates = {};
      this.setStates(this.#states);
      this.#setState(this.#selected, 'selected', null);
      this.#setState(this.#hovered, 'hover', null);
    };
    if (zones && labels) apply();
    else this.map.once('style.load', apply);
  }

  #setState(zone: ZoneId | null, key: 'hover' | 'selected', previous: ZoneId | null): void {
    if (previous) this.map.setFeatureState({ source: ZONES_SOURCE, id: previous }, { [key]: false });
    if (zone) this.map.setFeatureState({ source: ZONES_SOURCE, id: zone }, { [key]: true });
  }

  setHovered(zone: ZoneId | null): void {
    if (zone === this.#hovered) return;
    if (this.map.getSource(ZONES_SOURCE)) this.#setState(zone, 'hover', this.#hovered);
    this.#hovered = zone;
  }

  /** Mark `zone` selected; `fit` moves the map to it (not when a shared link already gave the view). */
  setSelected(zone: ZoneId | null, fit = true): void {
    if (zone === this.#selected) return;
    if (this.map.getSource(ZONES_SOURCE)) this.#setState(zone, 'selected', this.#selected);
    this.#selected = zone;
    this.#fitPending = fit && zone !== null;
    this.#fitSelected();
  }

  /**
   * Draw each zone as it stood on the timeline's day (null: as today, without a day). Only the zones whose
   * state changed are touched (most days change none, and each feature-state change redraws the map), and
   * the paint that tells the states apart is applied once (it wraps the layers' own expressions).
   */
  setStates(states: Partial<Record<ZoneId, string>> | null): void {
    this.#states = states;
    if (!this.#zones) return; // setZones calls again
    for (const id of ZONE_IDS) {
      const state = states?.[id] ?? 'none';
      if (this.#drawnStates[id] === state) continue;
      this.map.setFeatureState({ source: ZONES_SOURCE, id }, { state });
      this.#drawnStates[id] = state;
    }
    if (states && !this.#stateStyle) {
      this.#stateStyle = true;
      void loadStateStyle().then((m) => m.applyStateStyle(this.map));
    }
  }

  /** Outline `zones` together (an agreement's) and fit the map to them; an empty list clears the outline. */
  setOutlined(zones: readonly ZoneId[]): void {
    this.#outlined = zones;
    if (!this.#zones) return; // setZones calls again
    for (const id of ZONE_IDS) this.map.setFeatureState({ source: ZONES_SOURCE, id }, { outlined: zones.includes(id) });
    if (zones[0]) this.#fit(zoneBounds(this.#zones, zones));
  }

  #fit(bounds: [number, number, number, number] | null): void {
    if (!bounds) return;
    syncSize(this.map);
    this.map.fitBounds(bounds, { padding: VIEW_PADDING, maxZoom: 9, duration: 600 });
  }

  #fitSelected(): void {
    if (!this.#fitPending || !this.#selected || !this.#zones) return;
    this.#fitPending = false;
    this.#fit(zoneBounds(this.#zones, this.#selected));
  }

  /** After the map's box changed: fit the excerpt shown again, else the selected zone, else the four zones. */
  refit(): void {
    this.map.resize();
    if (this.#coverage?.refit()) return;
    const bounds = (this.#selected && this.#zones && zoneBounds(this.#zones, this.#selected)) || ZONES_BOUNDS;
    this.map.fitBounds(bounds, { padding: VIEW_PADDING, maxZoom: 9, duration: 0 });
  }

  getView(): MapView {
    const { lng, lat } = this.map.getCenter();
    return { zoom: this.map.getZoom(), center: [lng, lat] };
  }

  setView(view: MapView): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  /** The map's buttons (zoom, sources) named in the interface language; kept when the controls move. */
  setControlLabels(labels: ControlLabels): void {
    this.#controlLabels = labels;
    this.#applyControlLabels();
  }

  #applyControlLabels(): void {
    const labels = this.#controlLabels;
    if (!labels) return;
    const container = this.map.getContainer();
    const buttons: [string, string][] = [
      ['.maplibregl-ctrl-zoom-in', labels.zoomIn],
      ['.maplibregl-ctrl-zoom-out', labels.zoomOut],
      ['.maplibregl-ctrl-attrib-button', labels.sources],
    ];
    for (const [selector, text] of buttons) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', text);
      button?.setAttribute('aria-label', text);
    }
  }

  /** The canvas's accessible name, in the interface language. */
  setLabel(label: string): void {
    this.map.getCanvas().setAttribute('aria-label', label);
  }

  /** Controls sit at the inline end: top-left and bottom-left in Arabic, mirrored in English. */
  setDirection(rtl: boolean): void {
    if (rtl === this.#rtl) return;
    if (this.#rtl !== null) {
      this.map.removeControl(this.#navigation);
      this.map.removeControl(this.#attribution);
    }
    this.#rtl = rtl;
    this.map.addControl(this.#navigation, rtl ? 'top-left' : 'top-right');
    this.map.addControl(this.#attribution, rtl ? 'bottom-left' : 'bottom-right');
    // Compact and closed from the start (MapLibre opens it until the first drag): the (i) shows the sources.
    this.map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    this.#applyControlLabels(); // MapLibre names the buttons in English each time they are added
  }

  /** Imported overlays to draw above the zones (see overlay.ts). */
  setOverlays(overlays: readonly MapOverlay[]): void {
    this.#overlays.set(overlays);
  }

  /** The map drawn at `ratio` device pixels per CSS pixel, with its zoom and attribution (snapshot.ts, fetched when first asked). */
  snapshot(ratio: number): Promise<MapPixels> {
    return import('./snapshot.ts').then((m) => m.mapPixels(this.map, ratio, ATTRIBUTION));
  }

  /** What the view shows: west, south, east, north in degrees. */
  getBounds(): [number, number, number, number] {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  /** The named places (data/places.json) by id, drawn as the "mentioned places" layer. */
  setPlaces(places: ReadonlyMap<string, PlaceUse>): void {
    this.#placeIndex = places;
    void Promise.all([loadFocus(), this.#coverageLayers()]).then(([{ placesCollection }, layers]) => {
      if (places === this.#placeIndex) void layers.setPlaces(placesCollection([...places.values()]));
    });
  }

  /** Show an excerpt's places and linked zones (or nothing); `fit` moves the view to them. */
  showExcerpt(excerpt: Excerpt | null, fit: boolean): void {
    const call = ++this.#focusCalls;
    if (!excerpt) return this.#coverage?.setFocus(null, fit);
    void Promise.all([loadFocus(), this.#coverageLayers()]).then(([{ excerptFocus }, layers]) => {
      if (call !== this.#focusCalls) return;
      const zones = this.#zones;
      layers.setFocus(excerptFocus(excerpt, this.#placeIndex, (z) => (zones ? zoneBounds(zones, z) : null)), fit);
    });
  }

  destroy(): void {
    this.map.remove();
    delete (window as unknown as { __atlas?: unknown }).__atlas;
  }
}
