// A link rule in words, in the interface language; an unknown rule is shown as written.
import { coverageAr } from '../../lib/i18n-coverage.ts';
import { ruleParts } from '../../lib/coverage/evidence.ts';
import type { StringKey } from '../../lib/i18n.ts';

function known(key: string): key is StringKey {
  return key in coverageAr;
}

export function ruleWords(rule: string, t: (key: StringKey) => string): { link: string; reading: string | null } {
  const { reading, link } = ruleParts(rule);
  const linkKey = `rule_${link}`;
  const readingKey = `reading_${reading ?? ''}`;
  return {
    link: known(linkKey) ? t(linkKey) : link,
    reading: reading === null ? null : known(readingKey) ? t(readingKey) : reading,
  };
}
