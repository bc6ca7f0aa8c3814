// The address that opens one excerpt in its zone's panel: the zone and the excerpt side by side, in
// the reader's language. Pure: the caller gives the page's address without its query.
import type { Lang } from '../i18n.ts';
import type { ZoneKey } from '../coverage/order.ts';

export function excerptLink(page: string, lang: Lang, excerptId: string, zone: ZoneKey | null): string {
  const params = [`lang=${lang}`];
  if (zone === 'general') params.push('coverage=general');
  else if (zone) params.push(`zone=${zone}`);
  params.push(`excerpt=${encodeURIComponent(excerptId)}`);
  return `${page}?${params.join('&')}`;
}
