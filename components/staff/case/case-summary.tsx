import { getTranslations } from 'next-intl/server'
import { formatCalendarDate } from '@/components/result/calendar-date'
import { Link } from '@/lib/i18n/navigation'
import type { CaseDetail } from '@/lib/server/staff/case-detail'
import { caseLabels } from './labels'

/** The case at a glance: where it stands, who has it, how urgent it is and which snapshot this is. */
export async function CaseSummary({ detail }: { detail: CaseDetail }) {
  const [t, tRules, labels] = await Promise.all([getTranslations('StaffCase'), getTranslations('Rules'), caseLabels()])
  const { assessment } = detail
  const urgency = assessment?.urgency
  const tone =
    urgency === 'critical'
      ? 'border-red-700 bg-red-50'
      : urgency === 'high'
        ? 'border-amber-600 bg-amber-50'
        : 'border-brand-100 bg-brand-50'
  return (
    <section aria-labelledby="summary-title" className={`rounded-lg border-2 p-4 ${tone}`}>
      <h2 id="summary-title" className="sr-only">
        {t('summary.title')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <dt className="text-muted text-sm font-semibold">{t('summary.status')}</dt>
          <dd className="text-lg font-bold" data-testid="case-status">
            {labels.status(detail.status)}
          </dd>
        </div>
        <div>
          <dt className="text-muted text-sm font-semibold">{t('summary.urgency')}</dt>
          <dd className="text-lg font-bold">{urgency ? tRules(`urgency.${urgency}`) : t('summary.unknown')}</dd>
        </div>
        <div>
          <dt className="text-muted text-sm font-semibold">{t('summary.track')}</dt>
          <dd data-testid="case-track">{t(`track.${detail.track}`)}</dd>
        </div>
        <div>
          <dt className="text-muted text-sm font-semibold">{t('summary.assignee')}</dt>
          <dd data-testid="case-assignee">{detail.assignee?.name ?? t('assign.nobody')}</dd>
        </div>
        <div>
          <dt className="text-muted text-sm font-semibold">{t('summary.submitted')}</dt>
          <dd>{labels.when(detail.submittedAt)}</dd>
        </div>
        <div>
          <dt className="text-muted text-sm font-semibold">{t('summary.recommended')}</dt>
          <dd>
            {assessment?.recommendedPath
              ? tRules(`paths.${assessment.recommendedPath}.label`)
              : tRules('common.noPath')}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm" data-testid="assessed-with">
        {detail.asOf && detail.rulesVersion
          ? t('summary.assessedWith', {
              asOf: await formatCalendarDate(detail.asOf),
              rulesVersion: detail.rulesVersion,
            })
          : t('summary.noAssessment')}
      </p>
      {detail.deletionRequestedAt && (
        <p className="mt-2 font-semibold text-red-800">
          {t('summary.deletionRequested', { date: labels.date(detail.deletionRequestedAt) })}
        </p>
      )}
      <p className="mt-3 flex flex-wrap gap-3">
        <Link href={`/staff/cases/${detail.id}/print`} className="btn-secondary">
          {t('print.link')}
        </Link>
      </p>
    </section>
  )
}
