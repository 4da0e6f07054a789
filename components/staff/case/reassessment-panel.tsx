import { getTranslations } from 'next-intl/server'
import { formatCalendarDate } from '@/components/result/calendar-date'
import type { AssessmentDiff } from '@/lib/cases/reassessment'
import type { GroundResult } from '@/lib/rules'
import { ReassessButton } from './forms/reassess-button'
import { sectionTitle } from './labels'

type Props = {
  caseId: string
  diff: AssessmentDiff
  stored: { rulesVersion: string; asOf: string }
  current: { rulesVersion: string; asOf: string }
}

/**
 * The same facts assessed today with the current rules, against the stored snapshot: what a ban
 * that ended, a deadline that passed or a rules change would alter. Staff choose to save it.
 */
export async function ReassessmentPanel({ caseId, diff, stored, current }: Props) {
  const [t, tRules] = await Promise.all([getTranslations('StaffCase.reassess'), getTranslations('Rules')])
  const date = (d: string | null) => (d ? formatCalendarDate(d) : Promise.resolve(t('noDate')))
  const ground = async (g: GroundResult) =>
    `${tRules(`grounds.${g.id}.label`)} (${t('from', { date: await date(g.event) })})`
  const items: string[] = []
  for (const g of diff.grounds.added) items.push(t('groundAdded', { ground: await ground(g) }))
  for (const g of diff.grounds.removed) items.push(t('groundRemoved', { ground: await ground(g) }))
  for (const c of diff.grounds.changed) {
    const parts = await Promise.all(
      c.fields.map(async (f) =>
        f === 'active'
          ? c.after.active
            ? t('nowActive')
            : t('nowExpired')
          : f === 'lastBarredDay' || f === 'firstEligibleDay'
            ? t(f, { before: await date(c.before[f]), after: await date(c.after[f]) })
            : t(f),
      ),
    )
    items.push(`${await ground(c.after)}: ${parts.join(t('separator'))}`)
  }
  for (const d of diff.deadlines.added)
    items.push(t('deadlineAdded', { deadline: tRules(`deadlines.${d.id}.label`), due: await date(d.due) }))
  for (const d of diff.deadlines.removed)
    items.push(t('deadlineRemoved', { deadline: tRules(`deadlines.${d.id}.label`) }))
  for (const c of diff.deadlines.changed) {
    const label = tRules(`deadlines.${c.after.id}.label`)
    items.push(
      c.fields.includes('due')
        ? t('deadlineMoved', { deadline: label, due: await date(c.after.due) })
        : c.after.open
          ? t('deadlineOpen', { deadline: label })
          : t('deadlinePassed', { deadline: label, due: await date(c.after.due) }),
    )
  }
  if (diff.paths) {
    const names = (ids: readonly string[]) =>
      ids.length ? ids.map((id) => tRules(`paths.${id}.label`)).join(t('separator')) : tRules('common.noPath')
    items.push(
      diff.paths.recommendationChanged
        ? t('recommendationChanged', {
            before: names(diff.paths.before.slice(0, 1)),
            after: names(diff.paths.after.slice(0, 1)),
          })
        : t('pathsChanged', { after: names(diff.paths.after) }),
    )
  }
  if (diff.urgency)
    items.push(
      t('urgencyChanged', {
        before: tRules(`urgency.${diff.urgency.before}`),
        after: tRules(`urgency.${diff.urgency.after}`),
      }),
    )
  const listed = (
    key: 'flag' | 'factor' | 'reviewNote' | 'document',
    change: { added: string[]; removed: string[] },
    label: (id: string) => string,
  ) => {
    for (const id of change.added) items.push(t(`${key}Added`, { item: label(id) }))
    for (const id of change.removed) items.push(t(`${key}Removed`, { item: label(id) }))
  }
  listed('flag', diff.flags, (id) => tRules(`flags.${id}.label`))
  listed('factor', diff.factors, (id) => tRules(`factors.${id}.label`))
  listed('reviewNote', diff.reviewNotes, (id) => tRules(`reviewNotes.${id}.label`))
  listed('document', diff.documents, (id) => tRules(`documents.${id}.label`))
  if (diff.fee)
    items.push(
      t('feeChanged', {
        before: tRules(`fee.cases.${diff.fee.before.case}`),
        after: tRules(`fee.cases.${diff.fee.after.case}`),
      }),
    )

  return (
    <section
      aria-labelledby="reassess-title"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
      data-testid="reassessment"
    >
      <h2 id="reassess-title" className={sectionTitle}>
        {t('title')}
      </h2>
      {diff.rulesChanged && (
        <p className="mt-1">{t('rulesChanged', { before: stored.rulesVersion, after: current.rulesVersion })}</p>
      )}
      {diff.dateMoved && (
        <p className="mt-1">{t('dateMoved', { before: await date(stored.asOf), after: await date(current.asOf) })}</p>
      )}
      {items.length === 0 ? (
        <p className="mt-2 font-semibold">{t('noChanges')}</p>
      ) : (
        <>
          <p className="mt-2 font-semibold">{t('changesIntro', { count: items.length })}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm">{t('saveHint')}</p>
      <div className="mt-2">
        <ReassessButton caseId={caseId} rulesVersion={stored.rulesVersion} asOf={stored.asOf} />
      </div>
    </section>
  )
}
