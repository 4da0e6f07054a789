import { getTranslations } from 'next-intl/server'
import type { IntakeNoteId } from '@/lib/intake'
import type { Assessment } from '@/lib/rules'
import { panel, sectionTitle } from './labels'

/** Factors for and against, flags by severity, notes for staff, the fee case and the documents. */
export async function CaseFindings({
  assessment,
  intakeNotes,
}: {
  assessment: Assessment
  intakeNotes: IntakeNoteId[]
}) {
  const [t, tRules, tIntake] = await Promise.all([
    getTranslations('StaffCase.assessment'),
    getTranslations('Rules'),
    getTranslations('Intake.notes'),
  ])
  const list = (items: string[], label: (id: string) => string, empty: string) =>
    items.length === 0 ? (
      <p className="mt-1">{empty}</p>
    ) : (
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {items.map((id) => (
          <li key={id}>{label(id)}</li>
        ))}
      </ul>
    )
  return (
    <>
      <section aria-labelledby="factors-title" className={panel}>
        <h2 id="factors-title" className={sectionTitle}>
          {t('factors.title')}
        </h2>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="font-bold">{t('factors.positive')}</h3>
            {list(assessment.factors.positive, (id) => tRules(`factors.${id}.label`), t('none'))}
          </div>
          <div>
            <h3 className="font-bold">{t('factors.negative')}</h3>
            {list(assessment.factors.negative, (id) => tRules(`factors.${id}.label`), t('none'))}
          </div>
        </div>
      </section>

      <section aria-labelledby="flags-title" className={panel}>
        <h2 id="flags-title" className={sectionTitle}>
          {t('flags.title')}
        </h2>
        {assessment.flags.length === 0 ? (
          <p className="mt-1">{t('none')}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {assessment.flags.map((f) => (
              <li key={f.id} data-flag={f.id}>
                <span className="font-bold">{tRules(`flags.${f.id}.label`)}</span> ({tRules(`severity.${f.severity}`)})
                — {tRules(`flags.${f.id}.explanation`)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="review-notes-title" className={panel}>
        <h2 id="review-notes-title" className={sectionTitle}>
          {t('reviewNotes.title')}
        </h2>
        {assessment.reviewNotes.length + intakeNotes.length === 0 ? (
          <p className="mt-1">{t('none')}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {assessment.reviewNotes.map((id) => (
              <li key={id}>
                <span className="font-semibold">{tRules(`reviewNotes.${id}.label`)}</span>:{' '}
                {tRules(`reviewNotes.${id}.explanation`)}
              </li>
            ))}
            {intakeNotes.map((id) => (
              <li key={id}>{tIntake(id)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="fee-title" className={panel}>
        <h2 id="fee-title" className={sectionTitle}>
          {t('fee.title')}
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t('fee.service')}</dt>
          <dd>{tRules(`fee.services.${assessment.fee.service}`)}</dd>
          <dt className="font-semibold">{t('fee.case')}</dt>
          <dd>{tRules(`fee.cases.${assessment.fee.case}`)}</dd>
          <dt className="font-semibold">{t('fee.refund')}</dt>
          <dd>
            {assessment.fee.refundPolicy ? tRules(`fee.refundPolicies.${assessment.fee.refundPolicy}`) : t('none')}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="documents-title" className={panel}>
        <h2 id="documents-title" className={sectionTitle}>
          {t('documents.title')}
        </h2>
        {list(assessment.documents, (id) => tRules(`documents.${id}.label`), t('none'))}
      </section>
    </>
  )
}
