import { getTranslations } from 'next-intl/server'
import { CalendarDate, formatCalendarDate } from '@/components/result/calendar-date'
import { CaseAnswers } from '@/components/staff/case/case-answers'
import { caseLabels } from '@/components/staff/case/labels'
import type { AnswerSection } from '@/lib/cases/answers-view'
import { isUndatedGround, type Assessment } from '@/lib/rules'
import type { CaseDetail } from '@/lib/server/staff/case-detail'

const h2 = 'mt-4 border-b border-gray-400 pb-0.5 text-base font-bold'

/** The one-document summary staff take into a consultation: facts, findings and room to write. */
export async function PrintSummary({
  detail,
  assessment,
  situation,
}: {
  detail: CaseDetail
  assessment: Assessment | null
  situation: AnswerSection[]
}) {
  const [t, tRules, tIntake, labels] = await Promise.all([
    getTranslations('StaffCase'),
    getTranslations('Rules'),
    getTranslations('Intake.notes'),
    caseLabels(),
  ])
  const names = (ids: readonly string[], key: string) =>
    ids.length ? ids.map((id) => tRules(`${key}.${id}.label`)).join(t('reassess.separator')) : t('assessment.none')
  return (
    <div data-print-root className="space-y-1 text-sm">
      <header className="border-ink flex flex-wrap items-baseline justify-between gap-2 border-b-2 pb-1">
        <h1 className="text-xl font-bold">{t('print.title', { reference: detail.reference })}</h1>
        <p>{t('print.printed', { date: labels.when(new Date()) })}</p>
      </header>
      <p className="font-semibold">{t('print.notDecision')}</p>

      <section aria-labelledby="p-client">
        <h2 id="p-client" className={h2}>
          {t('contact.title')}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4">
          <dt className="font-semibold">{t('contact.name')}</dt>
          <dd>{detail.clientName || t('contact.notGiven')}</dd>
          <dt className="font-semibold">{t('contact.email')}</dt>
          <dd>{detail.email ?? t('contact.notGiven')}</dd>
          <dt className="font-semibold">{t('contact.phone')}</dt>
          <dd>{detail.phone ?? t('contact.notGiven')}</dd>
          <dt className="font-semibold">{t('contact.language')}</dt>
          <dd>{t(`languages.${detail.locale}`)}</dd>
          <dt className="font-semibold">{t('summary.status')}</dt>
          <dd>
            {labels.status(detail.status)} · {t(`track.${detail.track}`)}
          </dd>
          <dt className="font-semibold">{t('summary.assignee')}</dt>
          <dd>{detail.assignee?.name ?? t('assign.nobody')}</dd>
          <dt className="font-semibold">{t('summary.submitted')}</dt>
          <dd>{labels.when(detail.submittedAt)}</dd>
        </dl>
      </section>

      {assessment ? (
        <>
          <section aria-labelledby="p-grounds">
            <h2 id="p-grounds" className={h2}>
              {t('assessment.grounds.title')}
            </h2>
            {assessment.grounds.length === 0 ? (
              <p>{t('assessment.grounds.none')}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <thead>
                    <tr className="border-b border-gray-400">
                      <th scope="col" className="pr-2">
                        {t('print.ground')}
                      </th>
                      <th scope="col" className="pr-2">
                        {t('print.article')}
                      </th>
                      <th scope="col" className="pr-2">
                        {t('assessment.grounds.event')}
                      </th>
                      <th scope="col" className="pr-2">
                        {t('assessment.grounds.lastBarredDay')}
                      </th>
                      <th scope="col" className="pr-2">
                        {t('assessment.grounds.firstEligibleDay')}
                      </th>
                      <th scope="col">{t('assessment.grounds.state')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {assessment.grounds.map((g, i) => (
                      <tr key={`${g.id}-${i}`} className="border-b border-gray-200 align-top">
                        <td className="pr-2">{tRules(`grounds.${g.id}.label`)}</td>
                        <td className="pr-2 whitespace-nowrap">{t('assessment.article', { article: g.article })}</td>
                        <td className="pr-2">{g.event ? <CalendarDate date={g.event} /> : t('assessment.unknown')}</td>
                        <td className="pr-2">
                          {g.permanent ? (
                            tRules('common.noTimeLimit')
                          ) : g.lastBarredDay ? (
                            <CalendarDate date={g.lastBarredDay} />
                          ) : (
                            t('assessment.grounds.datesUnknown')
                          )}
                        </td>
                        <td className="pr-2">
                          {g.firstEligibleDay ? <CalendarDate date={g.firstEligibleDay} /> : '—'}
                        </td>
                        <td>
                          {isUndatedGround(g)
                            ? t('assessment.grounds.possiblyActive')
                            : g.active
                              ? t('assessment.grounds.active')
                              : t('assessment.grounds.expired')}
                          {g.route52 ? '' : ` · ${t('print.noRoute52')}`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="p-deadlines">
            <h2 id="p-deadlines" className={h2}>
              {t('assessment.deadlines.title')}
            </h2>
            {assessment.deadlines.length === 0 ? (
              <p>{t('assessment.deadlines.none')}</p>
            ) : (
              <ul className="list-disc pl-5">
                {assessment.deadlines.map((d) => (
                  <li key={d.id}>
                    {tRules(`deadlines.${d.id}.label`)} ({t('assessment.article', { article: d.article })}):{' '}
                    <CalendarDate date={d.due} /> —{' '}
                    {d.open ? t('assessment.deadlines.open') : t('assessment.deadlines.passed')}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="p-paths">
            <h2 id="p-paths" className={h2}>
              {t('assessment.paths.title')}
            </h2>
            {assessment.paths.length === 0 ? (
              <p>{t('assessment.paths.none')}</p>
            ) : (
              <ol className="list-decimal pl-5">
                {assessment.paths.map((id, i) => (
                  <li key={id}>
                    {tRules(`paths.${id}.label`)}
                    {i === 0 && ` (${t('assessment.paths.recommended')})`}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="p-findings">
            <h2 id="p-findings" className={h2}>
              {t('print.findings')}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4">
              <dt className="font-semibold">{t('assessment.factors.positive')}</dt>
              <dd>{names(assessment.factors.positive, 'factors')}</dd>
              <dt className="font-semibold">{t('assessment.factors.negative')}</dt>
              <dd>{names(assessment.factors.negative, 'factors')}</dd>
              <dt className="font-semibold">{t('assessment.flags.title')}</dt>
              <dd>
                {names(
                  assessment.flags.map((f) => f.id),
                  'flags',
                )}
              </dd>
              <dt className="font-semibold">{t('assessment.reviewNotes.title')}</dt>
              <dd>
                {[
                  ...assessment.reviewNotes.map((id) => tRules(`reviewNotes.${id}.label`)),
                  ...detail.intakeNotes.map((id) => tIntake(id)),
                ].join(t('reassess.separator')) || t('assessment.none')}
              </dd>
              <dt className="font-semibold">{t('assessment.fee.title')}</dt>
              <dd>
                {tRules(`fee.services.${assessment.fee.service}`)} · {tRules(`fee.cases.${assessment.fee.case}`)}
              </dd>
            </dl>
          </section>

          <section aria-labelledby="p-documents">
            <h2 id="p-documents" className={h2}>
              {t('assessment.documents.title')}
            </h2>
            {assessment.documents.length === 0 ? (
              <p>{t('assessment.none')}</p>
            ) : (
              <ul className="grid grid-cols-2 gap-x-4">
                {assessment.documents.map((id) => (
                  <li key={id}>☐ {tRules(`documents.${id}.label`)}</li>
                ))}
              </ul>
            )}
          </section>
          <p className="mt-2 text-xs">
            {t('summary.assessedWith', {
              asOf: await formatCalendarDate(assessment.asOf),
              rulesVersion: assessment.rulesVersion,
            })}
          </p>
        </>
      ) : (
        <p className="font-semibold">{t('summary.noAssessment')}</p>
      )}

      <section aria-labelledby="p-situation">
        <h2 id="p-situation" className={h2}>
          {t('print.situation')}
        </h2>
        <CaseAnswers sections={situation} headingLevel="h3" compact />
      </section>

      <section aria-labelledby="p-notes" className="break-before-auto">
        <h2 id="p-notes" className={h2}>
          {t('print.consultationNotes')}
        </h2>
        <div className="h-72 border border-gray-500" aria-hidden="true" />
      </section>
      <p className="mt-2 text-xs">{t('print.footer')}</p>
    </div>
  )
}
