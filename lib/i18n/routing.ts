import { defineRouting } from 'next-intl/routing'

export const locales = ['ja', 'en'] as const
export type Locale = (typeof locales)[number]

export const routing = defineRouting({
  locales,
  // Japanese when the browser's preference is unclear: most people who reach the office read it.
  defaultLocale: 'ja',
  localePrefix: 'always',
})
