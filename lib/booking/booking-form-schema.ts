import { z } from 'zod'

/**
 * The one schema of the booking form: the browser validates with it through zodResolver and the
 * server parses the same schema again. Messages are keys of the Booking namespace. What depends on
 * the office settings (allowed kinds, video platforms, open slots) is checked on the server too.
 */

export const BOOKING_KINDS = ['in-person', 'video'] as const
export type BookingKind = (typeof BOOKING_KINDS)[number]

export const BOOKING_LIMITS = { name: 120, email: 200, phone: 40, videoPlatform: 40, videoId: 120, note: 2000 } as const

const required = 'Booking.errors.required'
const tooLong = 'Booking.errors.tooLong'

const text = (max: number) => z.string({ error: required }).trim().max(max, { error: tooLong })

const requiredText = (max: number) => text(max).min(1, { error: required })

// An ISO instant with an explicit offset; checkSlot is the real judge of the value.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

export const BookingFormSchema = z
  .strictObject(
    {
      start: z
        .string({ error: 'Booking.errors.chooseSlot' })
        .max(40, { error: 'Booking.errors.chooseSlot' })
        .regex(INSTANT, {
          error: 'Booking.errors.chooseSlot',
        }),
      kind: z.enum(BOOKING_KINDS, { error: 'Booking.errors.chooseKind' }),
      name: requiredText(BOOKING_LIMITS.name),
      // NFKC: a Japanese keyboard types full-width digits, ＠, ＋ and （）; they mean the same characters.
      email: text(BOOKING_LIMITS.email)
        .min(1, { error: required })
        .normalize('NFKC')
        .pipe(z.email({ error: 'Booking.errors.email' })),
      phone: requiredText(BOOKING_LIMITS.phone)
        .normalize('NFKC')
        .regex(/^\+?[\d\s()-]{6,}$/, { error: 'Booking.errors.phone' }),
      locale: z.enum(['ja', 'en'], { error: required }),
      videoPlatform: text(BOOKING_LIMITS.videoPlatform).optional(),
      videoId: text(BOOKING_LIMITS.videoId).optional(),
      note: text(BOOKING_LIMITS.note).optional(),
      caseToken: z
        .string()
        .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Booking.errors.caseLink' })
        .optional()
        .or(z.literal('').transform(() => undefined)),
    },
    // Not an object, or keys the form does not have.
    { error: 'Common.errors.invalidInput' },
  )
  .superRefine((value, ctx) => {
    if (value.kind !== 'video') return
    if (!value.videoPlatform)
      ctx.addIssue({ code: 'custom', path: ['videoPlatform'], message: 'Booking.errors.choosePlatform' })
    if (!value.videoId) ctx.addIssue({ code: 'custom', path: ['videoId'], message: required })
  })

/** What the form holds (before parsing). */
export type BookingFormInput = z.input<typeof BookingFormSchema>
/** What the server stores (after parsing: trimmed, video fields only for video). */
export type BookingForm = z.output<typeof BookingFormSchema>
