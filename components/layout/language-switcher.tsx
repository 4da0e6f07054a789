'use client'

import { useLocale, useTranslations } from 'next-intl'
import { Link, usePathname } from '@/lib/i18n/navigation'
import { locales } from '@/lib/i18n/routing'

/** Links to the same page in the other language; each link is written in its own language. */
export function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher')
  const current = useLocale()
  const pathname = usePathname()
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={
                locale === current
                  ? 'block rounded-md bg-brand-700 px-3 py-2 font-semibold text-white'
                  : 'block rounded-md px-3 py-2 text-brand-800 underline-offset-4 hover:bg-brand-50 hover:underline'
              }
            >
              {t(`names.${locale}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
