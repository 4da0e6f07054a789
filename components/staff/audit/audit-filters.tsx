import { getTranslations } from 'next-intl/server'
import { NO_ACTOR, type AuditFilter } from '@/lib/staff/audit-filter'

const control =
  'mt-1 block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700'

/** A plain GET form: the filtered view has its own address, and works without JavaScript. */
export async function AuditFilters({
  filter,
  invalid,
  actions,
  actors,
}: {
  filter: AuditFilter
  invalid: (keyof AuditFilter)[]
  actions: readonly string[]
  actors: { id: string; name: string; email: string }[]
}) {
  const t = await getTranslations('StaffAudit')
  const bad = (key: keyof AuditFilter) =>
    invalid.includes(key) ? { 'aria-invalid': true as const, 'aria-describedby': 'filter-error' } : {}
  return (
    <form method="get" className="bg-brand-50 mt-4 rounded-lg p-4" aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="font-bold">
        {t('filters.heading')}
      </h2>
      {invalid.length > 0 && (
        <p id="filter-error" role="alert" className="mt-2 font-semibold text-red-700">
          {t('filters.invalid', { fields: invalid.map((k) => t(`filters.${k}`)).join(', ') })}
        </p>
      )}
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="filter-action" className="font-semibold">
            {t('filters.action')}
          </label>
          <select
            id="filter-action"
            name="action"
            defaultValue={filter.action ?? ''}
            className={control}
            {...bad('action')}
          >
            <option value="">{t('filters.any')}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}` as 'actions.audit.view')}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-actor" className="font-semibold">
            {t('filters.actor')}
          </label>
          <select
            id="filter-actor"
            name="actor"
            defaultValue={filter.actor ?? ''}
            className={control}
            {...bad('actor')}
          >
            <option value="">{t('filters.any')}</option>
            <option value={NO_ACTOR}>{t('noActor')}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-target" className="font-semibold">
            {t('filters.target')}
          </label>
          <input
            id="filter-target"
            name="target"
            defaultValue={filter.target ?? ''}
            aria-describedby="filter-target-hint"
            className={control}
            {...bad('target')}
          />
          <p id="filter-target-hint" className="text-muted text-sm">
            {t('filters.targetHint')}
          </p>
        </div>
        <div>
          <label htmlFor="filter-from" className="font-semibold">
            {t('filters.from')}
          </label>
          <input
            id="filter-from"
            name="from"
            type="date"
            defaultValue={filter.from ?? ''}
            className={control}
            {...bad('from')}
          />
        </div>
        <div>
          <label htmlFor="filter-to" className="font-semibold">
            {t('filters.to')}
          </label>
          <input
            id="filter-to"
            name="to"
            type="date"
            defaultValue={filter.to ?? ''}
            className={control}
            {...bad('to')}
          />
        </div>
      </div>
      <p className="text-muted mt-2 text-sm">{t('filters.datesHint')}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="submit" className="btn-primary">
          {t('filters.apply')}
        </button>
        <a href="?" className="btn-secondary">
          {t('filters.clear')}
        </a>
      </div>
    </form>
  )
}
