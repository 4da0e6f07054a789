import { getTranslations } from 'next-intl/server'
import { CalendarDate } from '@/components/result/calendar-date'
import type { AnswerRow, AnswerSection, AnswerValue } from '@/lib/cases/answers-view'
import { panel, sectionTitle } from './labels'

/**
 * The client's answers, section by section, in the words of the questions they were asked (the
 * third-person form, which reads right whoever answered). Free text is shown as typed, never as HTML.
 */
export async function CaseAnswers({
  sections,
  headingLevel = 'h2',
  compact = false,
}: {
  sections: AnswerSection[]
  headingLevel?: 'h2' | 'h3'
  /** For the printout: no boxes, small headings. */
  compact?: boolean
}) {
  const [t, tIntake] = await Promise.all([getTranslations('StaffCase.answers'), getTranslations('Intake')])
  const args = { respondent: 'other' }
  const Heading = headingLevel
  const value = (v: AnswerValue) => {
    switch (v.kind) {
      case 'none':
        return <span className="text-muted">{t('notAnswered')}</span>
      case 'option':
        return tIntake.has(v.key) ? tIntake(v.key, args) : v.key
      case 'years':
        return tIntake('review.yearsValue', { years: v.value })
      case 'months':
        return tIntake('review.monthsValue', { months: v.value })
      case 'date':
        return /^\d{4}-\d{2}-\d{2}$/.test(v.date) ? <CalendarDate date={v.date} /> : v.date
      case 'text':
        return <span className="whitespace-pre-line">{v.text}</span>
    }
  }
  const row = (r: AnswerRow) => (
    <div key={r.field} className={compact ? 'contents' : 'border-t border-gray-200 py-2 first:border-t-0'}>
      <dt className={compact ? (r.kind === 'list' ? 'col-span-2' : 'pr-3') : 'font-semibold'}>
        {tIntake(r.labelKey, args)}
      </dt>
      <dd className={compact ? (r.kind === 'list' ? 'col-span-2 pl-4' : 'font-semibold') : 'mt-1'}>
        {r.kind === 'value' ? (
          value(r.value)
        ) : r.items.length === 0 ? (
          <span className="text-muted">{t('noItems')}</span>
        ) : compact ? (
          // One line per item on paper: "Departure 1: Date: …; How: …".
          <ol className="list-none">
            {r.items.map((item) => (
              <li key={item.number}>
                <span className="font-semibold">{tIntake(item.titleKey, { number: item.number })}</span>
                {t('labelSeparator')}
                {item.rows.map((ir, i) => (
                  <span key={ir.field}>
                    {i > 0 && t('itemSeparator')}
                    {tIntake(ir.labelKey, args)}
                    {t('labelSeparator')}
                    <span className="font-semibold">{ir.kind === 'value' ? value(ir.value) : null}</span>
                  </span>
                ))}
              </li>
            ))}
          </ol>
        ) : (
          <ol className="space-y-2">
            {r.items.map((item) => (
              <li key={item.number} className="rounded border border-gray-300 p-2">
                <p className="font-semibold">{tIntake(item.titleKey, { number: item.number })}</p>
                <dl className="mt-1 grid gap-x-4 text-sm sm:grid-cols-2">
                  {item.rows.map((ir) => (
                    <div key={ir.field} className="contents">
                      <dt className="text-muted">{tIntake(ir.labelKey, args)}</dt>
                      <dd>{ir.kind === 'value' ? value(ir.value) : null}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </dd>
    </div>
  )
  if (sections.length === 0) return <p>{t('none')}</p>
  return (
    <div className={compact ? 'space-y-2' : 'space-y-4'}>
      {sections.map((s) => (
        <section key={s.section} aria-labelledby={`answers-${s.section}`} className={compact ? '' : panel}>
          <Heading id={`answers-${s.section}`} className={compact ? 'font-bold' : sectionTitle}>
            {tIntake(s.titleKey)}
          </Heading>
          <dl
            className={
              compact ? 'grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-y-0.5 border-b border-gray-200 pb-1' : 'mt-2'
            }
          >
            {s.rows.map(row)}
          </dl>
        </section>
      ))}
    </div>
  )
}
