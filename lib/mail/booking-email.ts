import { createTranslator, type AbstractIntlMessages } from 'next-intl'
import { calendarFile } from '@/lib/booking/calendar-file'
import { formatInZone, JAPAN_TIME_ZONE } from '@/lib/booking'
import type { OfficeSettings } from '@/lib/settings/schema'

/**
 * Pure builders of the booking emails (confirmation, change, cancellation) in the client's language,
 * with the calendar file. Words come from the Booking namespace of the messages passed in.
 */

export type BookingEmailKind = 'confirmation' | 'moved' | 'cancellation'

export interface BookingEmailBooking {
  id: string
  reference: string
  startsAt: Date
  endsAt: Date
  kind: string
  name: string
  email: string
  locale: 'ja' | 'en'
  videoPlatform: string | null
  videoId: string | null
  feeYen: number
  sequence: number
}

export interface BuiltEmail {
  to: string
  subject: string
  text: string
  ics: string
  locale: 'ja' | 'en'
}

export interface BookingEmailInput {
  kind: BookingEmailKind
  booking: BookingEmailBooking
  settings: OfficeSettings
  /** The whole messages file of the booking's locale (only Booking is read). */
  messages: AbstractIntlMessages
  manageUrl: string
  /** Host for the calendar UID, e.g. from APP_URL. */
  host: string
  now: Date
}

type Translate = (key: string, values?: Record<string, string | number>) => string

const WHEN: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
}

export function bookingWhen(startsAt: Date, locale: string): string {
  return formatInZone(startsAt, JAPAN_TIME_ZONE, locale, WHEN)
}

const yenFormats = new Map<string, Intl.NumberFormat>()

export function formatYen(amount: number, locale: string): string {
  let format = yenFormats.get(locale)
  if (!format) yenFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' })))
  return format.format(amount)
}

/**
 * One translator per messages object and locale: a translator keeps the messages it has compiled,
 * and compiling them again for every email was most of the cost of a booking request.
 */
const translators = new WeakMap<AbstractIntlMessages, Map<string, Translate>>()
function translatorFor(messages: AbstractIntlMessages, locale: string): Translate {
  let byLocale = translators.get(messages)
  if (!byLocale) translators.set(messages, (byLocale = new Map()))
  let t = byLocale.get(locale)
  if (!t) byLocale.set(locale, (t = createTranslator({ locale, messages, namespace: 'Booking' }) as unknown as Translate))
  return t
}

export function buildBookingEmail(input: BookingEmailInput): BuiltEmail {
  const { booking, settings, kind } = input
  const locale = booking.locale
  // Keys are checked by the messages test, not by types: the messages arrive as plain data.
  const t = translatorFor(input.messages, locale)
  const office = locale === 'ja' ? settings.profile.nameJa : settings.profile.nameEn
  const address = locale === 'ja' ? settings.profile.addressJa : settings.profile.addressEn
  const when = bookingWhen(booking.startsAt, locale)
  const fee = formatYen(booking.feeYen, locale)
  const kindLabel = t(`kinds.${booking.kind === 'video' ? 'video' : 'in-person'}`)
  const location =
    booking.kind === 'video' ? t('email.videoLocation', { platform: booking.videoPlatform ?? '' }) : address

  const details = [
    t('email.reference', { reference: booking.reference }),
    t('email.when', { when }),
    t('email.kind', { kind: kindLabel }),
    t('email.where', { location }),
    ...(booking.kind === 'video' ? [t('email.videoId', { id: booking.videoId ?? '' })] : []),
    t('email.fee', { fee }),
  ]
  const bank = settings.bank
  const payment =
    kind === 'cancellation'
      ? []
      : [
          t('email.payHeading'),
          t('email.payLead', { fee }),
          t('email.bank', { bank: bank.bankName, branch: bank.branchName }),
          t('email.account', {
            type: t(`confirmation.accountTypes.${bank.accountType}`),
            number: bank.accountNumber,
            holder: bank.accountHolder,
          }),
          t('email.cardUnavailable'),
          '',
        ]
  const manage = kind === 'cancellation' ? [] : [t('email.manage'), input.manageUrl, '']
  const text = [
    t('email.greeting', { name: booking.name }),
    '',
    t(`email.${kind}.intro`),
    '',
    ...details,
    '',
    ...payment,
    ...manage,
    t('email.signature'),
    office,
    `${settings.profile.phone}  ${settings.profile.email}`,
    '',
  ].join('\n')

  const ics = calendarFile({
    id: booking.id,
    host: input.host,
    start: booking.startsAt,
    end: booking.endsAt,
    title: t('email.calendarTitle', { office }),
    description: [
      t('email.reference', { reference: booking.reference }),
      t('email.fee', { fee }),
      input.manageUrl,
    ].join('\n'),
    location,
    organizer: { name: office, email: settings.profile.email },
    sequence: booking.sequence,
    cancelled: kind === 'cancellation',
    stamp: input.now,
  })

  return {
    to: booking.email,
    subject: t(`email.${kind}.subject`, { reference: booking.reference, when }),
    text,
    ics,
    locale,
  }
}
