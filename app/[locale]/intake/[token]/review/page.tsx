import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { IntakeProgress } from '@/components/intake/progress'
import { ReviewAnswers } from '@/components/intake/review-answers'
import { SubmitIntake } from '@/components/intake/submit-intake'
import { pickMessages } from '@/lib/i18n/pick'
import { Link, redirect } from '@/lib/i18n/navigation'
import { visibleSections } from '@/lib/intake'
import { findDraft, storedAnswers } from '@/lib/server/intake'
import { privatePageMetadata } from '@/lib/i18n/private-page-metadata'

export const dynamic = 'force-dynamic'
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return privatePageMetadata((await params).locale, 'Intake', 'review.title')
}

export default async function ReviewPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const draft = await findDraft(token)
  if (!draft) notFound()
  if (draft.submittedAt) redirect({ href: `/case/${token}`, locale })
  const answers = storedAnswers(draft.answers)
  const sections = visibleSections(answers)
  const respondent = !answers.respondent?.respondent || answers.respondent.respondent === 'self' ? 'self' : 'other'
  const [t, messages] = await Promise.all([getTranslations('Intake'), getMessages()])
  return (
    <section className="mx-auto max-w-3xl px-4 py-8">
      <IntakeProgress sections={sections} current="review" />
      <h1 className="text-2xl font-bold text-brand-800">{t('review.title')}</h1>
      <p className="mt-2 mb-6">{t('review.intro')}</p>
      <ReviewAnswers token={token} answers={answers} respondent={respondent} />
      <p className="mt-6">{t('review.staffReview')}</p>
      <NextIntlClientProvider messages={pickMessages(messages, ['Intake', 'IntakeUi', 'Common'])}>
        <SubmitIntake token={token} />
      </NextIntlClientProvider>
      <p className="mt-4">
        <Link href={`/intake/${token}/${sections.at(-1)}`} className="font-semibold text-brand-800 underline underline-offset-4">
          {t('nav.back')}
        </Link>
      </p>
    </section>
  )
}
