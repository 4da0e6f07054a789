import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CaseAnswers } from '@/components/staff/case/case-answers'
import { CaseBookings } from '@/components/staff/case/case-bookings'
import { CaseContact } from '@/components/staff/case/case-contact'
import { CaseFindings } from '@/components/staff/case/case-findings'
import { CaseGrounds } from '@/components/staff/case/case-grounds'
import { CaseNotes, CaseUpdates } from '@/components/staff/case/case-messages'
import { CaseSummary } from '@/components/staff/case/case-summary'
import { CaseTimeline } from '@/components/staff/case/case-timeline'
import { CaseUrgent } from '@/components/staff/case/case-urgent'
import { CaseWorkflowPanel } from '@/components/staff/case/case-workflow-panel'
import { ReassessmentSection } from '@/components/staff/case/reassessment-section'
import { answersView } from '@/lib/cases/answers-view'
import { pickMessages } from '@/lib/i18n/pick'
import { Link } from '@/lib/i18n/navigation'
import { audit } from '@/lib/server/audit'
import { getCaseDetail, listAssignableStaff } from '@/lib/server/staff/case-detail'
import { requireStaffPage } from '@/lib/server/staff/session'
import { todayInJapan } from '@/lib/time/tokyo'

type Props = { params: Promise<{ locale: string; id: string }> }

// A fixed title: names and references in titles end up in browser history and window lists.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffCase' })
  return { title: t('metaTitle'), robots: { index: false, follow: false } }
}

export default async function StaffCasePage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const session = await requireStaffPage()
  const detail = await getCaseDetail(id)
  if (!detail) notFound()
  await audit({ actorId: session.user.id, action: 'case.view', targetType: 'case', targetId: detail.id })
  const [t, messages, staff] = await Promise.all([getTranslations('StaffCase'), getMessages(), listAssignableStaff()])
  const today = todayInJapan()
  const { assessment } = detail
  return (
    // Staff: the session errors staffAction answers with (Staff.errors.*) are shown by the forms.
    <NextIntlClientProvider messages={pickMessages(messages, ['StaffCase', 'Staff', 'Common'])}>
      <article className="space-y-6">
        <p>
          <Link href="/staff/cases" className="text-brand-800 font-semibold underline underline-offset-4">
            {t('backToList')}
          </Link>
        </p>
        <h1 className="text-brand-800 text-2xl font-bold">{t('title', { reference: detail.reference })}</h1>
        <CaseSummary detail={detail} />
        {assessment && <CaseUrgent assessment={assessment} today={today} />}
        <ReassessmentSection detail={detail} today={today} />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="min-w-0 space-y-6">
            <CaseContact detail={detail} />
            {assessment ? (
              <CaseGrounds assessment={assessment} />
            ) : (
              <p className="font-semibold">{t('summary.noAssessment')}</p>
            )}
            {assessment && <CaseFindings assessment={assessment} intakeNotes={detail.intakeNotes} />}
            <section aria-labelledby="answers-title" className="space-y-3">
              <h2 id="answers-title" className="text-brand-800 text-xl font-bold">
                {t('answers.title')}
              </h2>
              <CaseAnswers sections={answersView(detail.answers)} headingLevel="h3" />
            </section>
          </div>
          <div className="min-w-0 space-y-6">
            <CaseWorkflowPanel detail={detail} staff={staff} />
            <CaseUpdates detail={detail} />
            <CaseNotes detail={detail} />
            <CaseBookings bookings={detail.bookings} />
            <CaseTimeline events={detail.events} />
          </div>
        </div>
      </article>
    </NextIntlClientProvider>
  )
}
