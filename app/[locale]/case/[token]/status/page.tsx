import type { Metadata } from 'next'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CaseNav } from '@/components/result/case-nav'
import { getClientCase } from '@/lib/server/case-view'
import { privatePageMetadata } from '@/lib/i18n/private-page-metadata'

export const dynamic = 'force-dynamic'
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return privatePageMetadata((await params).locale, 'CaseStatus', 'title')
}

/**
 * The client's view of their case's progress: the status in plain words (CaseStatus.status.*,
 * never the staff's labels) and the office's updates. Updates are signed "the office": staff
 * names, internal notes and the reasons staff record never reach this page.
 */
export default async function StatusPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const [view, t, format] = await Promise.all([getClientCase(token), getTranslations('CaseStatus'), getFormatter()])
  if (!view) notFound()
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' })
  const statusKey = `status.${view.status}`
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <CaseNav token={token} current="status" />
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('reference')}</dt>
        <dd>{view.reference}</dd>
        <dt className="font-semibold">{t('received')}</dt>
        <dd>{when(view.submittedAt)}</dd>
        <dt className="font-semibold">{t('currentStatus')}</dt>
        <dd data-testid="case-status">{t.has(statusKey) ? t(statusKey) : t('statusUnknown')}</dd>
      </dl>
      <section aria-labelledby="updates-title" className="mt-8">
        <h2 id="updates-title" className="text-brand-800 text-xl font-bold">
          {t('updatesTitle')}
        </h2>
        <p className="text-muted mt-1 text-sm">{t('updatesLanguage')}</p>
        {view.updates.length === 0 ? (
          <p className="mt-3">{t('noUpdates')}</p>
        ) : (
          <ol className="mt-3 space-y-4" data-testid="client-updates">
            {view.updates.map((update) => (
              <li key={update.id} className="rounded-lg border border-gray-300 p-4">
                <p className="text-muted text-sm">
                  <time dateTime={update.createdAt.toISOString()}>{when(update.createdAt)}</time> · {t('fromOffice')}
                </p>
                {update.locale !== locale && (
                  <p className="mt-1 text-sm font-semibold">{t('otherLanguage', { language: update.locale })}</p>
                )}
                <p lang={update.locale} className="mt-1 whitespace-pre-line">
                  {update.body}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  )
}
