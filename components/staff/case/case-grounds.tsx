import { getTranslations } from 'next-intl/server'
import { CalendarDate } from '@/components/result/calendar-date'
import { StatuteText } from '@/components/result/statute-text'
import { isUndatedGround, PATH_ARTICLES, type Assessment } from '@/lib/rules'
import { panel, sectionTitle } from './labels'

/** The grounds with their article and exact dates, then the paths in order, each with the statute on demand. */
export async function CaseGrounds({ assessment }: { assessment: Assessment }) {
  const [t, tRules] = await Promise.all([getTranslations('StaffCase.assessment'), getTranslations('Rules')])
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'))
  return (
    <>
      <section aria-labelledby="grounds-title" className={panel}>
        <h2 id="grounds-title" className={sectionTitle}>
          {t('grounds.title')}
        </h2>
        {assessment.grounds.length === 0 ? (
          <p className="mt-2">{t('grounds.none')}</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {assessment.grounds.map((g, index) => (
              <li
                key={`${g.id}-${index}`}
                className="rounded border border-gray-300 p-3"
                data-ground={g.id}
                data-active={g.active}
              >
                <h3 className="font-bold">
                  {tRules(`grounds.${g.id}.label`)}{' '}
                  <span className="font-normal">({t('article', { article: g.article })})</span>
                </h3>
                <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t('grounds.state')}</dt>
                  <dd className={g.active ? 'font-bold text-red-800' : ''}>
                    {isUndatedGround(g)
                      ? t('grounds.possiblyActive')
                      : g.active
                        ? t('grounds.active')
                        : t('grounds.expired')}
                  </dd>
                  <dt className="font-semibold">{t('grounds.event')}</dt>
                  <dd>{g.event ? <CalendarDate date={g.event} /> : t('unknown')}</dd>
                  {g.permanent ? (
                    <>
                      <dt className="font-semibold">{t('grounds.period')}</dt>
                      <dd>{tRules('common.noTimeLimit')}</dd>
                    </>
                  ) : isUndatedGround(g) ? (
                    // A time-limited ground whose day is unknown (the incomplete-conviction note asks for it).
                    <>
                      <dt className="font-semibold">{t('grounds.period')}</dt>
                      <dd data-dates-unknown="true">{t('grounds.datesUnknown')}</dd>
                    </>
                  ) : (
                    <>
                      <dt className="font-semibold">{t('grounds.lastBarredDay')}</dt>
                      <dd>{g.lastBarredDay && <CalendarDate date={g.lastBarredDay} />}</dd>
                      <dt className="font-semibold">{t('grounds.firstEligibleDay')}</dt>
                      <dd>{g.firstEligibleDay && <CalendarDate date={g.firstEligibleDay} />}</dd>
                    </>
                  )}
                  <dt className="font-semibold">{t('grounds.route52')}</dt>
                  <dd>{yesNo(g.route52)}</dd>
                </dl>
                <StatuteText article={g.article} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="deadlines-title" className={panel}>
        <h2 id="deadlines-title" className={sectionTitle}>
          {t('deadlines.title')}
        </h2>
        {assessment.deadlines.length === 0 ? (
          <p className="mt-2">{t('deadlines.none')}</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {assessment.deadlines.map((d) => (
              <li key={d.id} className="rounded border border-gray-300 p-3">
                <p className="font-bold">
                  {tRules(`deadlines.${d.id}.label`)} ({t('article', { article: d.article })})
                </p>
                <p>
                  {t('deadlines.due')}: <CalendarDate date={d.due} /> —{' '}
                  {d.open ? t('deadlines.open') : t('deadlines.passed')}
                </p>
                <StatuteText article={d.article} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="paths-title" className={panel}>
        <h2 id="paths-title" className={sectionTitle}>
          {t('paths.title')}
        </h2>
        {assessment.paths.length === 0 ? (
          <p className="mt-2">{t('paths.none')}</p>
        ) : (
          <ol className="mt-2 list-decimal space-y-3 pl-6">
            {assessment.paths.map((id, index) => {
              const article = (PATH_ARTICLES as Record<string, string | null>)[id] ?? null
              return (
                <li key={id} data-path={id}>
                  <p className="font-bold">
                    {tRules(`paths.${id}.label`)}
                    {index === 0 && (
                      <span className="bg-brand-700 ml-2 rounded px-2 py-0.5 text-sm text-white">
                        {t('paths.recommended')}
                      </span>
                    )}
                  </p>
                  {article && <StatuteText article={article} />}
                </li>
              )
            })}
          </ol>
        )}
      </section>
    </>
  )
}
