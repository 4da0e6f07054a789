import { getLocale, getTranslations } from 'next-intl/server'
import { OfficeContact } from '@/components/office/office-contact'
import { getOfficeSettings } from '@/lib/server/settings'

export async function SiteFooter() {
  const [locale, settings, t] = await Promise.all([getLocale(), getOfficeSettings(), getTranslations('Layout')])
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm">
        <OfficeContact settings={settings} locale={locale} headingLevel="h2" />
        <p className="mt-6 text-muted">{t('disclaimer')}</p>
      </div>
    </footer>
  )
}
