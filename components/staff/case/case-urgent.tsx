import { getTranslations } from 'next-intl/server'
import { formatCalendarDate } from '@/components/result/calendar-date'
import { daysBetween } from '@/lib/rules/calendar-date'
import type { Assessment } from '@/lib/rules'

/**
 * Critical flags and every deadline with its strict due date (the notice day not counted, never
 * moved to a working day) and how many days are left today in Japan.
 */
export async function CaseUrgent({ assessment, today }: { assessment: Assessment; today: string }) {
  const [t, tRules] = await Promise.all([getTranslations('StaffCase.urgent'), getTranslations('Rules')])
  const critical = assessment.flags.filter((f) => f.severity === 'critical')
  if (critical.length === 0 && assessment.deadlines.length === 0) return null
  const rows = await Promise.all(
    assessment.deadlines.map(async (d) => ({
      ...d,
      dueText: await formatCalendarDate(d.due),
      left: daysBetween(today, d.due),
    })),
  )
  return (
    <section aria-labelledby="urgent-title" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
      <h2 id="urgent-title" className="text-lg font-bold text-red-800">
        {t('title')}
      </h2>
      <ul className="mt-2 space-y-2">
        {critical.map((flag) => (
          <li key={flag.id} data-flag={flag.id}>
            <span className="font-bold">{tRules(`flags.${flag.id}.label`)}</span>
          </li>
        ))}
        {rows.map((d) => (
          <li key={d.id} data-deadline={d.id} data-due={d.due}>
            <span className="font-bold">
              {tRules(`deadlines.${d.id}.label`)} ({t('article', { article: d.article })}):{' '}
              <time dateTime={d.due}>{d.dueText}</time>
            </span>{' '}
            —{' '}
            {d.left < 0
              ? t('passed', { days: -d.left })
              : d.left === 0
                ? t('lastDay')
                : t('daysLeft', { days: d.left })}
          </li>
        ))}
      </ul>
      {rows.length > 0 && <p className="mt-2 text-sm">{t('strict')}</p>}
    </section>
  )
}
