// Strings of the agreement panels and the timeline, in both languages. They ship with those chunks,
// which load after the first view, so the first load does not carry them.
import type { Lang } from '../../lib/i18n.ts';
import type { AgreementRole, ZoneState } from '../../lib/agreements/schema.ts';

const ar = {
  agreements: 'الاتفاقات',
  agreementsNone: 'لا اتفاقات مسجّلة لهذه المنطقة.',
  agreementsLoading: 'جارٍ تحميل الاتفاقات…',
  agreementsError: 'تعذّر تحميل الاتفاقات',
  role_made: 'أنشأ المنطقة',
  role_changed: 'عدّل المنطقة',
  role_ended: 'أنهى المنطقة',
  provisions: 'البنود',
  signed: 'التوقيع أو الإعلان',
  inForce: 'بدء النفاذ',
  place: 'المكان',
  signatories: 'الأطراف',
  brokers: 'الوسطاء أو الرعاة',
  zonesCovered: 'المناطق المعنية',
  outcome: 'ما آل إليه',
  theText: 'النص',
  published: 'نُشر النص.',
  unpublished: 'لم يُنشر النص.',
  disagreements: 'حيث تختلف المصادر',
  sources: 'المصادر',
  originalIn_ar: 'بالعربية',
  originalIn_en: 'بالإنجليزية',
  openAgreement: 'افتح الاتفاق',
  closeAgreement: 'إغلاق لوحة الاتفاق',
  agreementUnknown: 'لا يوجد اتفاق بهذا المعرّف.',
  timeline: 'الخط الزمني',
  timelineDate: 'التاريخ على الخريطة',
  play: 'تشغيل',
  pause: 'إيقاف',
  clearDay: 'دون تاريخ',
  state_label: 'حال المنطقة',
  'state_not-yet': 'لم يُتفق عليها بعد',
  'state_in-force': 'المذكرة سارية',
  'state_lines-agreed': 'الخطوط متفق عليها',
  'state_under-offensive': 'تحت هجوم',
  state_ended: 'انتهت',
  timelineHelp: 'الأسهم: يوم، Page Up وPage Down: شهر، Home وEnd: البداية والنهاية',
};

type Key = keyof typeof ar;

const en: Record<Key, string> = {
  agreements: 'Agreements',
  agreementsNone: 'No agreements are recorded for this zone.',
  agreementsLoading: 'Loading the agreements…',
  agreementsError: 'The agreements could not be loaded',
  role_made: 'made the zone',
  role_changed: 'changed the zone',
  role_ended: 'ended the zone',
  provisions: 'Provisions',
  signed: 'Signed or announced',
  inForce: 'In force',
  place: 'Place',
  signatories: 'Parties',
  brokers: 'Brokers or sponsors',
  zonesCovered: 'Zones',
  outcome: 'Outcome',
  theText: 'The text',
  published: 'The text was published.',
  unpublished: 'The text was never published.',
  disagreements: 'Where sources disagree',
  sources: 'Sources',
  originalIn_ar: 'in Arabic',
  originalIn_en: 'in English',
  openAgreement: 'Open the agreement',
  closeAgreement: 'Close the agreement panel',
  agreementUnknown: 'There is no agreement with this id.',
  timeline: 'Timeline',
  timelineDate: 'Date shown on the map',
  play: 'Play',
  pause: 'Pause',
  clearDay: 'No date',
  state_label: 'State of the zone',
  'state_not-yet': 'not yet agreed',
  'state_in-force': 'memorandum in force',
  'state_lines-agreed': 'lines agreed',
  'state_under-offensive': 'under offensive',
  state_ended: 'ended',
  timelineHelp: 'Arrows: a day, Page Up and Page Down: a month, Home and End: first and last day',
};

export function ta(lang: Lang, key: Key): string {
  return lang === 'ar' ? ar[key] : en[key];
}

export const roleKey = (role: AgreementRole): Key => `role_${role}`;
export const stateKey = (state: ZoneState): Key => `state_${state}`;
