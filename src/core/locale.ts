/** The languages the bot speaks. zh-CN first, then English. */
export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** Picks a supported locale from a BCP-47 tag such as "zh-Hans-CN" or "en-US"; English otherwise. */
export function normaliseLocale(tag: string | undefined | null, fallback: Locale = 'zh-CN'): Locale {
  if (!tag) return fallback;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return fallback;
}
