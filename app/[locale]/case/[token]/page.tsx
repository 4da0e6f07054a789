import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CaseNav } from '@/components/result/case-nav'
import { GroundsList } from '@/components/result/grounds-list'
import { DocumentsList, FeeBox, FlagsList } from '@/components/result/notes-and-documents'
import { PathsList } from '@/components/result/paths-list'
import { UrgentBox } from '@/components/result/urgent-box'
import { Link } from '@/lib/i18n/navigation'
import { getClientCase } from '@/lib/server/case-view'
import { getOfficeSettings } from '@/lib/server/settings'
import { privatePageMetadata } from '@/lib/i18n/private-page-metadata'

export const dynamic = 'force-dynamic'
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return privatePageMetadata((await params).locale, 'Result', 'title')
}

export default async function ResultPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const [view, settings, t, tRules] = await Promise.all([
    getClientCase(token),
    getOfficeSettings(),
    getTranslations('Result'),
    getTranslations('Rules'),
  ])
  if (!view) notFound()
  const { assessment } = view
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <CaseNav token={token} current="result" />
      <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{t('title')}</h1>
      <p className="mt-2">
        {t('reference')} <strong data-testid="case-reference">{view.reference}</strong>
      </p>
      <p className="mt-4 mb-8 rounded-lg border border-brand-100 bg-brand-50 p-4">{tRules('common.disclaimer')} {t('staffWillReview')}</p>
      <UrgentBox assessment={assessment} phone={settings.profile.phone} />
      <PathsList paths={assessment.paths} />
      <GroundsList grounds={assessment.grounds} />
      <FlagsList flags={assessment.flags} />
      <DocumentsList documents={assessment.documents} />
      <FeeBox fee={assessment.fee} fees={settings.fees} />
      <section aria-labelledby="book-title" className="mb-8 rounded-lg bg-brand-50 p-5">
        <h2 id="book-title" className="text-xl font-bold text-brand-800">
          {t('book.title')}
        </h2>
        <p className="mt-1">{t('book.body')}</p>
        <Link
          href={`/booking?case=${token}`}
          className="mt-4 inline-block min-h-11 rounded-lg bg-brand-700 px-6 py-3 font-bold text-white hover:bg-brand-800"
        >
          {t('book.button')}
        </Link>
      </section>
      <p className="text-sm text-muted" data-testid="rules-version">
        {tRules('common.rulesVersion', { version: assessment.rulesVersion })} · {t('asOf', { date: assessment.asOf })}
      </p>
    </article>
  )
}
