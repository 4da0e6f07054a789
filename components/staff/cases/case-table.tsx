import { getFormatter, getTranslations } from 'next-intl/server'
import type { ListSort } from '@/lib/cases/list-query'
import { isCaseStatus } from '@/lib/cases/workflow'
import { Link } from '@/lib/i18n/navigation'
import type { CaseListRow } from '@/lib/server/staff/case-list'

type Column = 'reference' | 'client' | 'status' | 'urgency' | 'path' | 'deadline' | 'grounds' | 'assignee' | 'submitted'
const COLUMNS: readonly Column[] = [
  'reference',
  'client',
  'status',
  'urgency',
  'path',
  'deadline',
  'grounds',
  'assignee',
  'submitted',
]

/** Which column a plain sort orders by, for aria-sort (the priority sort spans two columns). */
const SORTED: Partial<Record<ListSort, [Column, 'ascending' | 'descending']>> = {
  'submitted-desc': ['submitted', 'descending'],
  'submitted-asc': ['submitted', 'ascending'],
  deadline: ['deadline', 'ascending'],
  reference: ['reference', 'ascending'],
}

/**
 * One page of cases as a table. On a narrow screen it scrolls sideways inside its own focusable
 * region, with the reference (a row header and the link to the case) first. Critical cases carry
 * a marked row edge and the words of their urgency with a warning sign, so colour is never the only cue.
 */
export async function CaseTable({
  rows,
  sort,
  page,
  pageCount,
  today,
}: {
  rows: CaseListRow[]
  sort: ListSort
  page: number
  pageCount: number
  today: string
}) {
  const [t, tRules, tStatus, format] = await Promise.all([
    getTranslations('StaffCases'),
    getTranslations('Rules'),
    getTranslations('StaffCases.status'),
    getFormatter(),
  ])
  const none = <span className="text-muted">{t('table.none')}</span>
  // Legal dates are calendar days: formatted at UTC midnight in UTC so no time zone can move them.
  const calendarDate = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
  const [sortedColumn, direction] = SORTED[sort] ?? []
  return (
    <>
      <p id="case-table-hint" className="text-muted mt-2 text-sm sm:hidden">
        {t('table.scrollHint')}
      </p>
      <div
        role="region"
        aria-labelledby="case-table-caption"
        tabIndex={0}
        className="mt-2 overflow-x-auto rounded-lg border border-gray-300"
      >
        <table className="w-full min-w-[64rem] border-collapse text-left text-sm">
          <caption id="case-table-caption" className="sr-only">
            {t('table.caption', { page, pages: pageCount, sort: t(`sorts.${sort}`) })}
          </caption>
          <thead className="bg-brand-50">
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c}
                  scope="col"
                  aria-sort={c === sortedColumn ? direction : undefined}
                  className="px-3 py-2 font-semibold"
                >
                  {t(`table.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const critical = row.urgency === 'critical'
              return (
                <tr key={row.id} className={`border-t border-gray-300 align-top ${critical ? 'bg-red-50' : ''}`}>
                  <th
                    scope="row"
                    className={`px-3 py-2 font-semibold whitespace-nowrap ${critical ? 'border-l-8 border-l-red-700' : 'border-l-8 border-l-transparent'}`}
                  >
                    <Link href={`/staff/cases/${row.id}`} className="text-brand-800 underline underline-offset-4">
                      {row.reference}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{row.clientName || none}</td>
                  <td className="px-3 py-2">{isCaseStatus(row.status) ? tStatus(row.status) : row.status}</td>
                  <td className="px-3 py-2">
                    {row.urgency === null ? (
                      none
                    ) : critical ? (
                      <strong className="inline-flex items-center gap-1 rounded bg-red-700 px-2 py-0.5 text-white">
                        <span aria-hidden="true">⚠</span>
                        {tRules('urgency.critical')}
                      </strong>
                    ) : tRules.has(`urgency.${row.urgency}`) ? (
                      tRules(`urgency.${row.urgency}`)
                    ) : (
                      row.urgency
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {row.recommendedPath && tRules.has(`paths.${row.recommendedPath}.label`)
                      ? tRules(`paths.${row.recommendedPath}.label`)
                      : none}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {row.nextDeadline ? (
                      <>
                        <time dateTime={row.nextDeadline}>{calendarDate(row.nextDeadline)}</time>
                        {row.nextDeadline < today && <span className="text-muted"> ({t('table.deadlinePassed')})</span>}
                      </>
                    ) : (
                      none
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {row.activeGrounds.length === 0 ? (
                      none
                    ) : (
                      <ul className="space-y-1">
                        {row.activeGrounds.map((g) => (
                          <li key={g}>{tRules.has(`grounds.${g}.label`) ? tRules(`grounds.${g}.label`) : g}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {row.assigneeName ?? <span className="text-muted">{t('table.unassigned')}</span>}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={row.submittedAt}>
                      {format.dateTime(new Date(row.submittedAt), {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                        timeZone: 'Asia/Tokyo',
                      })}
                    </time>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
