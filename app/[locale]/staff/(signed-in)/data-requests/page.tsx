import type { Metadata } from 'next'
import { z } from 'zod'
import { NextIntlClientProvider } from 'next-intl'
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { EraseCaseForm } from '@/components/staff/data-requests/erase-case-form'
import { Link } from '@/lib/i18n/navigation'
import { pickMessages } from '@/lib/i18n/pick'
import { listDeletionRequests } from '@/lib/server/data-rights'
import { requireStaffPage } from '@/lib/server/staff/session'

/** The confirmation after an erasure, carried in the URL the form goes to. */
const ErasedQuery = z
  .object({
    erased: z
      .string()
      .regex(/^[0-9A-Z-]{1,32}$/)
      .transform((reference) => reference),
    bookings: z.coerce.number().int().min(0),
    emails: z.coerce.number().int().min(0),
  })
  .transform(({ erased, bookings, emails }) => ({ reference: erased, bookings, emails }))

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'StaffDataRequests' })
  return { title: t('title'), robots: { index: false } }
}

/** Clients' deletion requests, for administrators to confirm: export first if needed, then erase. */
export default async function DataRequestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  const erased = ErasedQuery.safeParse(query)
  setRequestLocale(locale)
  await requireStaffPage({ role: 'admin' })
  const [requests, t, tStatus, format, messages] = await Promise.all([
    listDeletionRequests(),
    getTranslations('StaffDataRequests'),
    getTranslations('StaffCases.status'),
    getFormatter(),
    getMessages(),
  ])
  return (
    <div>
      <h1 className="text-brand-800 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('lead')}</p>
      {erased.success && (
        <p role="status" className="border-brand-700 bg-brand-50 mt-4 rounded-lg border-l-4 p-4">
          {t('erase.done', erased.data)}
        </p>
      )}
      {requests.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {requests.map((request) => (
            <li key={request.id} className="rounded-lg border border-gray-300 p-4">
              <h2 className="text-lg font-bold">
                <Link href={`/staff/cases/${request.id}`} className="text-brand-800 underline underline-offset-4">
                  {request.reference}
                </Link>
              </h2>
              <dl className="mt-2 grid gap-x-4 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t('requestedAt')}</dt>
                <dd>
                  {format.dateTime(request.requestedAt, {
                    dateStyle: 'long',
                    timeStyle: 'short',
                    timeZone: 'Asia/Tokyo',
                  })}
                </dd>
                <dt className="font-semibold">{t('status')}</dt>
                <dd>{tStatus.has(request.status) ? tStatus(request.status) : request.status}</dd>
                <dt className="font-semibold">{t('bookings')}</dt>
                <dd>{request.bookings}</dd>
              </dl>
              <p className="mt-3 flex flex-wrap gap-4">
                <a
                  href={`/api/staff/cases/${request.id}/export`}
                  className="text-brand-800 underline underline-offset-4"
                  download
                >
                  {t('export')}
                </a>
                <Link href={`/staff/cases/${request.id}/print`} className="text-brand-800 underline underline-offset-4">
                  {t('print')}
                </Link>
              </p>
              <div className="mt-4">
                <NextIntlClientProvider messages={pickMessages(messages, ['StaffDataRequests', 'Staff', 'Common'])}>
                  <EraseCaseForm caseId={request.id} reference={request.reference} />
                </NextIntlClientProvider>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
