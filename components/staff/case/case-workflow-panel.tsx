import { getTranslations } from 'next-intl/server'
import { isCaseStatus, nextStatuses } from '@/lib/cases/workflow'
import type { CaseDetail } from '@/lib/server/staff/case-detail'
import { AssignForm } from './forms/assign-form'
import { StatusForm } from './forms/status-form'
import { TrackForm } from './forms/track-form'
import { caseLabels, panel, sectionTitle } from './labels'

/** The moves the workflow allows from the current status on this track, the track, and the assignee. */
export async function CaseWorkflowPanel({
  detail,
  staff,
}: {
  detail: CaseDetail
  staff: { id: string; name: string }[]
}) {
  const [t, labels] = await Promise.all([getTranslations('StaffCase'), caseLabels()])
  const status = detail.status
  const options = isCaseStatus(status)
    ? nextStatuses(status, detail.track).map((value) => ({ value, label: labels.status(value) }))
    : []
  // A deactivated assignee stays visible in the list so the form shows who has the case now.
  const people =
    detail.assignee && !staff.some((s) => s.id === detail.assignee!.id) ? [...staff, detail.assignee] : staff
  return (
    <>
      <section aria-labelledby="workflow-title" className={panel}>
        <h2 id="workflow-title" className={sectionTitle}>
          {t('workflow.title')}
        </h2>
        <p className="mt-1">{t('workflow.current', { status: labels.status(status) })}</p>
        {isCaseStatus(status) && options.length > 0 ? (
          <div className="mt-3">
            <StatusForm caseId={detail.id} from={status} options={options} />
          </div>
        ) : (
          <p className="mt-2 font-semibold">{t('workflow.unknown')}</p>
        )}
        <div className="mt-5 border-t border-gray-200 pt-4">
          <TrackForm caseId={detail.id} from={detail.track} />
        </div>
      </section>
      <section aria-labelledby="assign-title" className={panel}>
        <h2 id="assign-title" className={sectionTitle}>
          {t('assign.title')}
        </h2>
        <div className="mt-2">
          <AssignForm caseId={detail.id} current={detail.assignee?.id ?? ''} staff={people} />
        </div>
      </section>
    </>
  )
}
