// Keys shared by the geo build and the viewer (kept apart from the schema, which the viewer loads late).

/** Key of one zone's lifecycle event in geo/agreements.json's `lifecycle_sources_ar`. */
export function lifecycleKey(zone: string, event: { kind: string; date: string }): string {
  return `${zone}:${event.kind}:${event.date}`;
}
