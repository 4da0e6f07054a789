import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { ErrorSummary } from '@/components/forms/error-summary'
import { CaseFilters, filterId, type FilterProblem } from '@/components/staff/cases/case-filters'
import { CasePager } from '@/components/staff/cases/case-pager'
import { CaseTable } from '@/components/staff/cases/case-table'
import { isUnfiltered, listQueryString, parseListQuery, type ListFilter } from '@/lib/cases/list-query'
import { Link } from '@/lib/i18n/navigation'
import { isCalendarDate } from '@/lib/rules'
import { listCases } from '@/lib/server/staff/case-list'
import { requireStaffPage } from '@/lib/server/staff/session'
import { todayInJapan } from '@/lib/time/tokyo'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffCases' })
  return { title: t('metaTitle'), robots: { index: false } }
}

type SearchParams = Record<string, string | string[] | undefined>

/**
 * The staff case list. Filters live in the URL; the list itself is not a view of any case and is
 * not audited (opening a case is). Rows link to the case page, which checks and audits on its own.
 */
export default async function CasesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<SearchParams>
}) {
  const [{ locale }, raw] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  await requireStaffPage()
  const { query, ignored } = parseListQuery(raw)
  // The GET form sends every control, empty or not: tidy the address so a shared link is short.
  if (ignored.length === 0 && Object.values(raw).some((v) => v === ''))
    redirect(`/${locale}/staff/cases${listQueryString(query)}`)

  const [t, list] = await Promise.all([getTranslations('StaffCases'), listCases(query)])
  const problems: FilterProblem[] = ignored.map((field) => ({
    field,
    message: t(isRangeEnd(field, raw) ? 'problems.range' : 'problems.ignored'),
  }))
  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1">{t('lead')}</p>
      <div className="mt-4">
        {problems.length > 0 && (
          <ErrorSummary
            title={t('problems.title', { count: problems.length })}
            attempt={0}
            errors={problems.map((p) => ({
              label: filterLabel(t, p.field),
              message: p.message,
              fieldId: p.field === 'page' ? undefined : filterId(p.field),
            }))}
          />
        )}
        <CaseFilters query={query} problems={problems} />
      </div>
      <p className="mt-6 text-lg font-semibold" id="case-count">
        {list.totalCapped ? t('countCapped', { count: list.total }) : t('count', { count: list.total })}
      </p>
      {list.total === 0 ? (
        <div className="mt-2 rounded-lg border border-gray-300 p-4">
          <p>{isUnfiltered(query) ? t('empty.none') : t('empty.filtered')}</p>
          {!isUnfiltered(query) && (
            <Link
              href="/staff/cases"
              className="text-brand-800 mt-2 inline-block font-semibold underline underline-offset-4"
            >
              {t('filters.clear')}
            </Link>
          )}
        </div>
      ) : (
        <>
          <CaseTable
            rows={list.rows}
            sort={query.sort}
            page={list.page}
            pageCount={list.pageCount}
            today={todayInJapan()}
          />
          <CasePager query={query} page={list.page} pageCount={list.pageCount} />
        </>
      )}
    </div>
  )
}

/** A range end that is a real date but was dropped: it ended before its start. */
function isRangeEnd(field: ListFilter, raw: SearchParams) {
  return (field === 'submittedTo' || field === 'deadlineTo') && isCalendarDate(raw[field])
}

type T = Awaited<ReturnType<typeof getTranslations<'StaffCases'>>>
/** The name a staff member sees for a filter, for the problems summary. */
function filterLabel(t: T, field: ListFilter): string {
  switch (field) {
    case 'submittedFrom':
    case 'submittedTo':
      return `${t('filters.submitted')}: ${t(field === 'submittedFrom' ? 'filters.from' : 'filters.to')}`
    case 'deadlineFrom':
    case 'deadlineTo':
      return `${t('filters.deadline')}: ${t(field === 'deadlineFrom' ? 'filters.from' : 'filters.to')}`
    default:
      return t(`filters.${field}`)
  }
}
