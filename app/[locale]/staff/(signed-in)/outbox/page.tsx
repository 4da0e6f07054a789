import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { OutboxEmail } from '@/components/staff/outbox/outbox-email'
import { Pager } from '@/components/staff/outbox/pager'
import { audit } from '@/lib/server/audit'
import { listOutbox } from '@/lib/server/staff/outbox'
import { requireStaffPage } from '@/lib/server/staff/session'
import { pageOf } from '@/lib/staff/page-query'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffOutbox' })
  return { title: t('title'), robots: { index: false } }
}

/** Every email the application kept or sent, newest first. Reading it is audited (outbox.view). */
export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const session = await requireStaffPage()
  const page = pageOf(query.page)
  const [t, list] = await Promise.all([getTranslations('StaffOutbox'), listOutbox(page)])
  await audit({
    actorId: session.user.id,
    action: 'outbox.view',
    targetType: 'outbox',
    detail: { page, shown: list.emails.length },
  })
  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1">{t('lead')}</p>
      <p className="text-muted mt-1 text-sm">{t('total', { count: list.total })}</p>
      {list.emails.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {list.emails.map((email) => (
            <li key={email.id}>
              <OutboxEmail email={email} />
            </li>
          ))}
        </ul>
      )}
      <Pager pathname="/staff/outbox" page={page} hasNext={list.hasNext} />
    </div>
  )
}
