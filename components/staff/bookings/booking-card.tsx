import { getFormatter, getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { Link } from '@/lib/i18n/navigation'
import type { StaffBookingView } from '@/lib/server/staff/bookings-admin'
import { BookingActions, type CancelAction, type MarkAction } from './booking-actions'

const STATUS_STYLE: Record<string, string> = {
  'awaiting-payment': 'border-amber-700 bg-amber-50 text-amber-900',
  paid: 'border-brand-700 bg-brand-50 text-brand-800',
  attended: 'border-green-800 bg-green-50 text-green-900',
  'no-show': 'border-gray-700 bg-gray-100 text-gray-900',
  cancelled: 'border-gray-700 bg-gray-100 text-gray-900',
}

/** One consultation with everything staff need to run it, and the moves open now. */
export async function BookingCard({
  booking,
  markAction,
  cancelAction,
}: {
  booking: StaffBookingView
  markAction: MarkAction
  cancelAction: CancelAction
}) {
  const [t, format] = await Promise.all([getTranslations('StaffBookings'), getFormatter()])
  const time = (iso: string) =>
    format.dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' })
  const stamp = (iso: string) =>
    format.dateTime(new Date(iso), {
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Tokyo',
    })
  const when = `${time(booking.startsAt)}–${time(booking.endsAt)}`
  const cancelled = booking.status === 'cancelled'
  const row = (label: string, value: ReactNode) => (
    <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
      <dt className="text-muted text-sm font-semibold sm:text-base">{label}</dt>
      <dd className="break-words">{value}</dd>
    </div>
  )
  const titleId = `booking-${booking.id}`
  return (
    <article
      aria-labelledby={titleId}
      className={`rounded-lg border p-4 ${cancelled ? 'border-gray-300 bg-gray-50' : 'border-gray-400'}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={titleId} className="text-lg font-bold">
          <span className={cancelled ? 'line-through' : undefined}>{when}</span> {booking.name}
        </h3>
        <span className={`rounded border px-2 text-sm font-semibold ${STATUS_STYLE[booking.status] ?? ''}`}>
          {t(`status.${booking.status}` as 'status.paid')}
        </span>
      </div>
      <dl className="mt-3 space-y-1">
        {row(
          t('fields.kind'),
          booking.kind === 'video'
            ? t('videoDetails', { platform: booking.videoPlatform ?? '', id: booking.videoId ?? '' })
            : t('kinds.in-person'),
        )}
        {row(
          t('fields.phone'),
          <a
            href={`tel:${booking.phone.replace(/[^\d+]/g, '')}`}
            className="text-brand-800 underline underline-offset-4"
          >
            {booking.phone}
          </a>,
        )}
        {row(
          t('fields.email'),
          <a href={`mailto:${booking.email}`} className="text-brand-800 underline underline-offset-4">
            {booking.email}
          </a>,
        )}
        {row(t('fields.language'), t(`locales.${booking.locale}`))}
        {row(t('fields.fee'), format.number(booking.feeYen, { style: 'currency', currency: 'JPY' }))}
        {booking.paidAt && row(t('fields.paidAt'), `${stamp(booking.paidAt)} (${t('japanTime')})`)}
        {row(t('fields.reference'), <span className="font-mono">{booking.reference}</span>)}
        {row(
          t('fields.case'),
          booking.caseId ? (
            <Link
              href={`/staff/cases/${booking.caseId}`}
              className="text-brand-800 font-mono underline underline-offset-4"
            >
              {booking.caseReference}
            </Link>
          ) : (
            t('noCase')
          ),
        )}
        {booking.note && row(t('fields.note'), <span className="whitespace-pre-wrap">{booking.note}</span>)}
        {cancelled &&
          row(t('fields.cancelledBy'), t(`cancelledBy.${booking.cancelledBy === 'staff' ? 'staff' : 'client'}`))}
        {booking.cancelMessage &&
          row(t('fields.cancelMessage'), <span className="whitespace-pre-wrap">{booking.cancelMessage}</span>)}
      </dl>
      {/* Always there, even with no moves left, so the result of the last one stays announced. */}
      <BookingActions
        bookingId={booking.id}
        label={`${when} ${booking.name}`}
        moves={booking.moves}
        markAction={markAction}
        cancelAction={cancelAction}
      />
    </article>
  )
}
