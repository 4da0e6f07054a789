import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { AuditFilters } from '@/components/staff/audit/audit-filters'
import { AuditTable } from '@/components/staff/audit/audit-table'
import { Pager } from '@/components/staff/outbox/pager'
import { audit } from '@/lib/server/audit'
import { AUDIT_ACTIONS } from '@/lib/server/audit-core'
import { listActors, listAuditEntries } from '@/lib/server/staff/audit-view'
import { requireStaffPage } from '@/lib/server/staff/session'
import { parseAuditFilter } from '@/lib/staff/audit-filter'
import { pageOf } from '@/lib/staff/page-query'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffAudit' })
  return { title: t('title'), robots: { index: false } }
}

/** Administrators only. Reading the log is itself logged (audit.view, with the filter names used). */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const session = await requireStaffPage({ role: 'admin' })
  const { filter, invalid } = parseAuditFilter(query, AUDIT_ACTIONS)
  const page = pageOf(query.page)
  const [t, list, actors] = await Promise.all([
    getTranslations('StaffAudit'),
    listAuditEntries(filter, page),
    listActors(),
  ])
  const used = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([k]) => k)
  await audit({ actorId: session.user.id, action: 'audit.view', targetType: 'audit', detail: { filters: used, page } })
  const kept = Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])))
  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1">{t('lead')}</p>
      <AuditFilters filter={filter} invalid={invalid} actions={AUDIT_ACTIONS} actors={actors} />
      {list.entries.length === 0 ? <p className="mt-6">{t('empty')}</p> : <AuditTable entries={list.entries} />}
      <Pager pathname="/staff/audit" page={page} hasNext={list.hasNext} query={kept} />
    </div>
  )
}
