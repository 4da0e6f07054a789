import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { PrintButton } from '@/components/staff/case/print/print-button'
import { PrintStyles } from '@/components/staff/case/print/print-styles'
import { PrintSummary } from '@/components/staff/case/print/print-summary'
import { answersView } from '@/lib/cases/answers-view'
import { Link } from '@/lib/i18n/navigation'
import { audit } from '@/lib/server/audit'
import { getCaseDetail } from '@/lib/server/staff/case-detail'
import { requireStaffPage } from '@/lib/server/staff/session'

type Props = { params: Promise<{ locale: string; id: string }> }

/** The answers that describe the situation; who answered and how to reach them are printed above. */
const SITUATION_SECTIONS = ['situation', 'proceedings', 'history', 'criminal', 'family', 'goals'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffCase' })
  return { title: t('print.metaTitle'), robots: { index: false, follow: false } }
}

/** The printable A4 summary, in the language of the URL (staff print it in Japanese or English). */
export default async function StaffCasePrintPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const session = await requireStaffPage()
  const detail = await getCaseDetail(id)
  if (!detail) notFound()
  await audit({
    actorId: session.user.id,
    action: 'case.print',
    targetType: 'case',
    targetId: detail.id,
    detail: { locale },
  })
  const t = await getTranslations('StaffCase')
  return (
    <>
      <PrintStyles />
      <div className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t('print.button')} />
        <Link href={`/staff/cases/${detail.id}`} className="text-brand-800 font-semibold underline underline-offset-4">
          {t('print.back')}
        </Link>
      </div>
      <div className="mx-auto max-w-[180mm] bg-white">
        <PrintSummary
          detail={detail}
          assessment={detail.assessment}
          situation={answersView(detail.answers, SITUATION_SECTIONS)}
        />
      </div>
    </>
  )
}
