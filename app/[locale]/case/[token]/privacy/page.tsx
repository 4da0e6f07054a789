import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { DeletionRequestForm } from '@/components/privacy/deletion-request-form'
import { CaseNav } from '@/components/result/case-nav'
import { pickMessages } from '@/lib/i18n/pick'
import { findCaseByToken } from '@/lib/server/intake'
import { getOfficeSettings } from '@/lib/server/settings'
import { privatePageMetadata } from '@/lib/i18n/private-page-metadata'

export const dynamic = 'force-dynamic'
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return privatePageMetadata((await params).locale, 'Privacy', 'title')
}

/** What the office keeps about the client, and their request to have it deleted (APPI Art. 35). */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const [found, settings, t, format, messages] = await Promise.all([
    findCaseByToken(token),
    getOfficeSettings(),
    getTranslations('Privacy'),
    getFormatter(),
    getMessages(),
  ])
  if (!found) notFound()
  const requestedAt = found.deletionRequestedAt
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <CaseNav token={token} current="privacy" />
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="kept-title" className="mt-6">
        <h2 id="kept-title" className="text-xl font-bold">
          {t('kept.title')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t('kept.answers')}</li>
          <li>{t('kept.assessment')}</li>
          <li>{t('kept.bookings')}</li>
          <li>{t('kept.messages')}</li>
        </ul>
        <p className="mt-3">{t('kept.who')}</p>
        <p className="mt-2">{t('kept.criminal')}</p>
        <p className="mt-2">{t('kept.drafts', { days: settings.draftRetentionDays })}</p>
      </section>
      <section aria-labelledby="delete-title" className="mt-8 rounded-lg border border-gray-300 p-5">
        <h2 id="delete-title" className="text-xl font-bold">
          {t('delete.title')}
        </h2>
        {requestedAt ? (
          <p role="status" className="mt-2">
            {t('delete.received', {
              date: format.dateTime(requestedAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }),
              phone: settings.profile.phone,
            })}
          </p>
        ) : (
          <>
            <p className="mt-2">{t('delete.lead')}</p>
            <p className="mt-2">{t('delete.consequence', { phone: settings.profile.phone })}</p>
            <div className="mt-4">
              <NextIntlClientProvider messages={pickMessages(messages, ['Privacy', 'Common'])}>
                <DeletionRequestForm token={token} phone={settings.profile.phone} />
              </NextIntlClientProvider>
            </div>
          </>
        )}
      </section>
    </article>
  )
}
