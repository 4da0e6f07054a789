import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { LIST_SORTS, type ListFilter, type ListQuery } from '@/lib/cases/list-query'
import { CASE_STATUSES } from '@/lib/cases/workflow'
import { Link } from '@/lib/i18n/navigation'
import { GROUND_IDS, PATH_IDS, URGENCY_LEVELS } from '@/lib/rules'

const control =
  'mt-1 block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700'

export type FilterProblem = { field: ListFilter; message: string }
export const filterId = (field: ListFilter) => `filter-${field}`

/**
 * The list's filters as a plain GET form: the filtered list has its own address (bookmark it, send
 * it to a colleague) and works without JavaScript. A value the page could not use is marked on its
 * control, and listed in the summary above (ErrorSummary, on the page).
 */
export async function CaseFilters({ query, problems }: { query: ListQuery; problems: FilterProblem[] }) {
  const [t, tRules, tStatus] = await Promise.all([
    getTranslations('StaffCases'),
    getTranslations('Rules'),
    getTranslations('StaffCases.status'),
  ])
  const problem = (field: ListFilter) => problems.find((p) => p.field === field)
  const a11y = (field: ListFilter, hint?: string) => {
    const p = problem(field)
    const describedBy = [hint, p ? `${filterId(field)}-error` : undefined].filter(Boolean).join(' ')
    return {
      id: filterId(field),
      name: field,
      'aria-invalid': p ? (true as const) : undefined,
      'aria-describedby': describedBy || undefined,
    }
  }
  const error = (field: ListFilter) => {
    const p = problem(field)
    return p ? (
      <p id={`${filterId(field)}-error`} className="text-sm font-semibold text-red-700">
        {p.message}
      </p>
    ) : null
  }
  const select = (
    field: 'status' | 'path' | 'urgency' | 'ground',
    options: readonly string[],
    label: (v: string) => string,
  ) => (
    <Labelled field={field} label={t(`filters.${field}`)} error={error(field)}>
      <select {...a11y(field)} defaultValue={query[field] ?? ''} className={control}>
        <option value="">{t('filters.any')}</option>
        {options.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    </Labelled>
  )
  const date = (field: 'submittedFrom' | 'submittedTo' | 'deadlineFrom' | 'deadlineTo', label: string) => (
    <Labelled field={field} label={label} error={error(field)}>
      <input type="date" {...a11y(field)} defaultValue={query[field] ?? ''} className={control} />
    </Labelled>
  )

  return (
    <form method="get" className="bg-brand-50 rounded-lg p-4" aria-labelledby="case-filters-heading">
      <h2 id="case-filters-heading" className="text-lg font-bold">
        {t('filters.heading')}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Labelled field="q" label={t('filters.q')} error={error('q')}>
            <p id="filter-q-hint" className="text-muted text-sm">
              {t('filters.qHint')}
            </p>
            <input
              type="search"
              {...a11y('q', 'filter-q-hint')}
              defaultValue={query.q ?? ''}
              maxLength={100}
              className={control}
            />
          </Labelled>
        </div>
        {select('status', CASE_STATUSES, (v) => tStatus(v))}
        {select('urgency', URGENCY_LEVELS, (v) => tRules(`urgency.${v}`))}
        {select('path', PATH_IDS, (v) => tRules(`paths.${v}.label`))}
        <div className="sm:col-span-2 lg:col-span-3">
          {select('ground', GROUND_IDS, (v) => tRules(`grounds.${v}.label`))}
          <div className="mt-2 flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              id={filterId('activeGround')}
              name="activeGround"
              value="1"
              defaultChecked={query.activeGround}
              className="h-5 w-5"
            />
            <label htmlFor={filterId('activeGround')}>{t('filters.activeGround')}</label>
          </div>
        </div>
        <fieldset className="sm:col-span-2">
          <legend className="font-semibold">{t('filters.submitted')}</legend>
          <div className="grid grid-cols-2 gap-3">
            {date('submittedFrom', t('filters.from'))}
            {date('submittedTo', t('filters.to'))}
          </div>
        </fieldset>
        <fieldset className="sm:col-span-2">
          <legend className="font-semibold">{t('filters.deadline')}</legend>
          <div className="grid grid-cols-2 gap-3">
            {date('deadlineFrom', t('filters.from'))}
            {date('deadlineTo', t('filters.to'))}
          </div>
        </fieldset>
        <div className="sm:col-span-2">
          <Labelled field="sort" label={t('filters.sort')} error={error('sort')}>
            <select {...a11y('sort')} defaultValue={query.sort} className={control}>
              {LIST_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
            </select>
          </Labelled>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t('filters.submit')}
        </button>
        <Link href="/staff/cases" className="text-brand-800 font-semibold underline underline-offset-4">
          {t('filters.clear')}
        </Link>
      </div>
    </form>
  )
}

function Labelled({
  field,
  label,
  error,
  children,
}: {
  field: ListFilter
  label: string
  error: ReactNode
  children: ReactNode
}) {
  return (
    <div>
      <label htmlFor={filterId(field)} className="font-semibold">
        {label}
      </label>
      {error}
      {children}
    </div>
  )
}
