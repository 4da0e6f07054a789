import { getTranslations } from 'next-intl/server'
import { isUndatedGround, type Assessment } from '@/lib/rules'
import { CalendarDate } from './calendar-date'
import { StatuteText } from './statute-text'

/**
 * Each ground for denial of landing with its article, its exact dates and the statute on demand.
 * A time-limited ground without dates (its event day is unknown) says so and that staff will
 * confirm them; it may still be in force. A permanent ground has no time limit.
 */
export async function GroundsList({ grounds }: { grounds: Assessment['grounds'] }) {
  const t = await getTranslations('Result.grounds')
  const tRules = await getTranslations('Rules')
  return (
    <section aria-labelledby="grounds-title" className="mb-8">
      <h2 id="grounds-title" className="text-brand-800 text-xl font-bold">
        {t('title')}
      </h2>
      {grounds.length === 0 ? (
        <p className="mt-2">{t('none')}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {grounds.map((ground, index) => (
            <li
              key={`${ground.id}-${index}`}
              className="rounded-lg border border-gray-300 p-4"
              data-ground={ground.id}
              data-last-barred-day={ground.lastBarredDay ?? ''}
              data-first-eligible-day={ground.firstEligibleDay ?? ''}
              data-active={ground.active}
            >
              <h3 className="font-bold">
                {tRules(`grounds.${ground.id}.label`)}{' '}
                <span className="text-muted font-normal">({t('article', { article: ground.article })})</span>
              </h3>
              <p className="mt-1">{tRules(`grounds.${ground.id}.explanation`)}</p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                {ground.permanent ? (
                  <>
                    <dt className="font-semibold">{t('duration')}</dt>
                    <dd>{tRules('common.noTimeLimit')}</dd>
                  </>
                ) : isUndatedGround(ground) ? (
                  <>
                    <dt className="font-semibold">{t('duration')}</dt>
                    <dd data-dates-unknown="true">{t('datesUnknown')}</dd>
                  </>
                ) : (
                  <>
                    {ground.event && (
                      <>
                        <dt className="font-semibold">{t('from')}</dt>
                        <dd>
                          <CalendarDate date={ground.event} />
                        </dd>
                      </>
                    )}
                    <dt className="font-semibold">{t('lastBarredDay')}</dt>
                    <dd>{ground.lastBarredDay && <CalendarDate date={ground.lastBarredDay} />}</dd>
                    <dt className="font-semibold">{t('firstEligibleDay')}</dt>
                    <dd>{ground.firstEligibleDay && <CalendarDate date={ground.firstEligibleDay} />}</dd>
                  </>
                )}
                <dt className="font-semibold">{t('status')}</dt>
                <dd>
                  {isUndatedGround(ground)
                    ? t('possiblyActive')
                    : ground.active
                      ? t('active')
                      : tRules('common.expired')}
                </dd>
              </dl>
              <StatuteText article={ground.article} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
