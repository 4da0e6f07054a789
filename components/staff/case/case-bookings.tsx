import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import type { CaseDetail } from '@/lib/server/staff/case-detail'
import { caseLabels, panel, sectionTitle } from './labels'

const KINDS = ['in-person', 'video'] as const
const STATUSES = ['awaiting-payment', 'paid', 'attended', 'no-show', 'cancelled'] as const

/** Consultations booked from this case's private link, in Japan time, with the way to the bookings page. */
export async function CaseBookings({ bookings }: { bookings: CaseDetail['bookings'] }) {
  const [t, labels] = await Promise.all([getTranslations('StaffCase.bookings'), caseLabels()])
  const known = <T extends string>(list: readonly T[], value: string): value is T => list.includes(value as T)
  return (
    <section aria-labelledby="bookings-title" className={panel}>
      <h2 id="bookings-title" className={sectionTitle}>
        {t('title')}
      </h2>
      {bookings.length === 0 ? (
        <p className="mt-1">{t('none')}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {bookings.map((b) => (
            <li key={b.id} className="rounded border border-gray-300 p-2">
              <p className="font-semibold">
                <time dateTime={b.startsAt.toISOString()}>{labels.when(b.startsAt)}</time> ({t('japanTime')})
              </p>
              <p className="text-sm">
                {known(KINDS, b.kind) ? t(`kinds.${b.kind}`) : b.kind} ·{' '}
                {known(STATUSES, b.status) ? t(`statuses.${b.status}`) : b.status} · {b.reference}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2">
        <Link href="/staff/bookings" className="text-brand-800 font-semibold underline underline-offset-4">
          {t('open')}
        </Link>
      </p>
    </section>
  )
}
