import { getTranslations } from 'next-intl/server'
import { diffAssessments, needsReassessment } from '@/lib/cases/reassessment'
import { assess, RULES_VERSION } from '@/lib/rules'
import type { CaseDetail } from '@/lib/server/staff/case-detail'
import { ReassessButton } from './forms/reassess-button'
import { ReassessmentPanel } from './reassessment-panel'

/**
 * Runs the current rules on the stored facts for today in Japan, and shows the difference when the
 * rules or the day differ from the snapshot. Nothing is saved until staff ask for it.
 */
export async function ReassessmentSection({ detail, today }: { detail: CaseDetail; today: string }) {
  const t = await getTranslations('StaffCase.reassess')
  if (!detail.facts) {
    return (
      <p role="note" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 font-semibold">
        {t('invalidFacts')}
      </p>
    )
  }
  if (!detail.assessment) {
    return (
      <section aria-labelledby="reassess-title" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
        <h2 id="reassess-title" className="text-brand-800 text-lg font-bold">
          {t('title')}
        </h2>
        <p className="mt-1">{t('noStored')}</p>
        <ReassessButton caseId={detail.id} rulesVersion={detail.rulesVersion ?? ''} asOf={detail.asOf ?? ''} />
      </section>
    )
  }
  if (!needsReassessment(detail.assessment, RULES_VERSION, today)) return null
  const current = assess(detail.facts, { asOf: today })
  return (
    <ReassessmentPanel
      caseId={detail.id}
      diff={diffAssessments(detail.assessment, current)}
      // The case's columns, which the save is conditional on (the JSON's copy is the same value).
      stored={{
        rulesVersion: detail.rulesVersion ?? detail.assessment.rulesVersion,
        asOf: detail.asOf ?? detail.assessment.asOf,
      }}
      current={{ rulesVersion: current.rulesVersion, asOf: current.asOf }}
    />
  )
}
