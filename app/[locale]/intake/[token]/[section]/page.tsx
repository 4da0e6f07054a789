import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { IntakeProgress } from '@/components/intake/progress'
import { ResumeLink } from '@/components/intake/resume-link'
import { SectionForm } from '@/components/intake/section-form'
import { pickMessages } from '@/lib/i18n/pick'
import { redirect } from '@/lib/i18n/navigation'
import { isSectionId, visibleSections } from '@/lib/intake'
import { findDraft, storedAnswers } from '@/lib/server/intake'
import { todayInJapan } from '@/lib/time/tokyo'
import { privatePageMetadata } from '@/lib/i18n/private-page-metadata'

export const dynamic = 'force-dynamic'
type Params = Promise<{ locale: string; token: string; section: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, section } = await params
  return privatePageMetadata(locale, 'Intake', isSectionId(section) ? `sections.${section}.title` : 'review.title')
}

export default async function SectionPage({ params }: { params: Params }) {
  const { locale, token, section } = await params
  setRequestLocale(locale)
  if (!isSectionId(section)) notFound()
  const draft = await findDraft(token)
  if (!draft) notFound()
  if (draft.submittedAt) redirect({ href: `/case/${token}`, locale })

  const answers = storedAnswers(draft.answers)
  const sections = visibleSections(answers)
  // A step that no longer applies (e.g. custody after answering "abroad") sends the client on.
  if (!sections.includes(section)) redirect({ href: `/intake/${token}/${sections[0]}`, locale })
  const index = sections.indexOf(section)
  const respondent = !answers.respondent?.respondent || answers.respondent.respondent === 'self' ? 'self' : 'other'
  const [t, messages, requestHeaders] = await Promise.all([getTranslations('Intake'), getMessages(), headers()])
  // The link as the client reached us, so it works behind whatever address they used.
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host') ?? 'localhost'}`
  const resumeUrl = `${origin}/${locale}/intake/${token}`

  return (
    <section className="mx-auto max-w-3xl px-4 py-8">
      <IntakeProgress sections={sections} current={section} />
      <h1 className="text-2xl font-bold text-brand-800">{t(`sections.${section}.title`)}</h1>
      {t.has(`sections.${section}.intro`) && <p className="mt-2 mb-6">{t(`sections.${section}.intro`, { respondent })}</p>}
      {section === 'consent' && (
        <div className="mb-6 space-y-3 rounded-lg border border-amber-600 bg-amber-50 p-4">
          <h2 className="font-bold">{t('consent.title')}</h2>
          <p>{t('consent.body', { respondent })}</p>
          <p>{t('consent.declineMeans')}</p>
          <p className="text-sm text-muted">{t('consent.recorded')}</p>
        </div>
      )}
      <NextIntlClientProvider messages={pickMessages(messages, ['Intake', 'IntakeUi', 'Common'])}>
        {index === 0 && <ResumeLink url={resumeUrl} />}
        <SectionForm
          token={token}
          section={section}
          today={todayInJapan()}
          answers={answers}
          initial={(answers[section] ?? {}) as Record<string, unknown>}
          respondent={respondent}
          backHref={index > 0 ? `/intake/${token}/${sections[index - 1]}` : null}
          serverSavedAt={draft.updatedAt.getTime()}
        />
        {index > 0 && <ResumeLink url={resumeUrl} />}
      </NextIntlClientProvider>
    </section>
  )
}
