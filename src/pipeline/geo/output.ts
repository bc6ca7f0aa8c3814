// Deterministic text for the geo outputs.

/**
 * JSON with the array under `listKey` written one item per line (readable diffs, small size).
 * Other members keep the order in which the object was built; the list comes last.
 */
export function stringifyWithList(value: object, listKey: string): string {
  const entries = Object.entries(value);
  const list = entries.find(([k]) => k === listKey)?.[1];
  if (!Array.isArray(list)) throw new Error(`stringifyWithList: member ${listKey} is not an array`);
  const head = entries
    .filter(([k]) => k !== listKey)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(',');
  const items = list.map((item) => JSON.stringify(item)).join(',\n');
  return `{${head}${head ? ',' : ''}${JSON.stringify(listKey)}:[\n${items}\n]}\n`;
}
