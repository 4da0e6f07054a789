import { getTranslations } from 'next-intl/server'
import type { Assessment } from '@/lib/rules'
import { CalendarDate } from './calendar-date'

/** Open deadlines and critical flags first, with the office's number and what to do today. */
export async function UrgentBox({ assessment, phone }: { assessment: Assessment; phone: string }) {
  const t = await getTranslations('Result.urgent')
  const tRules = await getTranslations('Rules')
  const open = assessment.deadlines.filter((d) => d.open)
  const passed = assessment.deadlines.filter((d) => !d.open)
  const critical = assessment.flags.filter((f) => f.severity === 'critical')
  if (open.length === 0 && passed.length === 0 && critical.length === 0) return null
  return (
    <section aria-labelledby="urgent-title" className="mb-8 rounded-lg border-2 border-red-700 bg-red-50 p-5">
      <h2 id="urgent-title" className="text-xl font-bold text-red-800">
        {open.length > 0 || critical.length > 0 ? t('title') : t('passedTitle')}
      </h2>
      <ul className="mt-3 space-y-3">
        {open.map((deadline) => (
          <li key={deadline.id} data-deadline={deadline.id} data-due={deadline.due} data-open="true">
            <p className="font-bold">
              {tRules(`deadlines.${deadline.id}.label`)}: <CalendarDate date={deadline.due} />
              <span className="font-normal"> ({t('article', { article: deadline.article })})</span>
            </p>
            <p>{tRules(`deadlines.${deadline.id}.explanation`)}</p>
          </li>
        ))}
        {passed.map((deadline) => (
          <li key={deadline.id} data-deadline={deadline.id} data-due={deadline.due} data-open="false">
            <p className="font-bold">
              {tRules(`deadlines.${deadline.id}.label`)}: {t('passed')} (<CalendarDate date={deadline.due} />)
            </p>
          </li>
        ))}
        {critical.map((flag) => (
          <li key={flag.id} data-flag={flag.id}>
            <p className="font-bold">{tRules(`flags.${flag.id}.label`)}</p>
            <p>{tRules(`flags.${flag.id}.explanation`)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-lg">
        {t('callToday')}{' '}
        <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} className="font-bold text-red-800 underline underline-offset-4">
          {phone}
        </a>
      </p>
      <p className="mt-1">{t('today')}</p>
    </section>
  )
}
