import { createTranslator, type AbstractIntlMessages } from 'next-intl'
import { buildBookingEmail, type BookingEmailBooking, type BuiltEmail } from '@/lib/mail/booking-email'
import type { OfficeSettings } from '@/lib/settings/schema'
import enMessages from '@/messages/en.json'
import jaMessages from '@/messages/ja.json'

const MESSAGES: Record<'ja' | 'en', AbstractIntlMessages> = { ja: jaMessages, en: enMessages }

type Translate = (key: string) => string

/**
 * The cancellation email in the client's language (the same email and calendar cancellation a
 * client's own cancel sends), with the office's message placed right after the opening lines, so the
 * client reads why before the details.
 */
export function buildStaffCancelEmail(input: {
  booking: BookingEmailBooking
  message: string
  settings: OfficeSettings
  appUrl: string
  now: Date
}): BuiltEmail {
  const locale = input.booking.locale
  const messages = MESSAGES[locale]
  const email = buildBookingEmail({
    kind: 'cancellation',
    booking: input.booking,
    settings: input.settings,
    messages,
    manageUrl: input.appUrl,
    host: new URL(input.appUrl).hostname,
    now: input.now,
  })
  const booking = createTranslator({ locale, messages, namespace: 'Booking' }) as unknown as Translate
  const staff = createTranslator({ locale, messages, namespace: 'StaffBookings' }) as unknown as Translate
  const intro = booking('email.cancellation.intro')
  const note = `${intro}\n\n${staff('email.messageHeading')}\n${input.message}`
  // A function, not a string: a "$&" in the staff member's message must stay as typed.
  const text = email.text.includes(intro) ? email.text.replace(intro, () => note) : `${note}\n\n${email.text}`
  return { ...email, text }
}
