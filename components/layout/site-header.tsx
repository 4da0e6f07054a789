import { getLocale } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { getOfficeSettings } from '@/lib/server/settings'
import { LanguageSwitcher } from './language-switcher'

export async function SiteHeader() {
  const [locale, settings] = await Promise.all([getLocale(), getOfficeSettings()])
  const name = locale === 'ja' ? settings.profile.nameJa : settings.profile.nameEn
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-base font-bold text-brand-800 sm:text-lg">
          {name}
        </Link>
        <LanguageSwitcher />
      </div>
    </header>
  )
}
