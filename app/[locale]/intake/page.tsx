import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { startIntakeAction } from './actions'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'IntakeUi.start' })
  return { title: t('title') }
}

export default async function IntakeStartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('IntakeUi.start')
  return (
    <section className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{t('title')}</h1>
      <p className="mt-4">{t('lead')}</p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>{t('points.time')}</li>
        <li>{t('points.onBehalf')}</li>
        <li>{t('points.link')}</li>
        <li>{t('points.privacy')}</li>
        <li>{t('points.review')}</li>
      </ul>
      <form action={startIntakeAction} className="mt-8">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
          {t('button')}
        </button>
      </form>
    </section>
  )
}
