import { z } from 'zod'
import { isCalendarDate } from '@/lib/booking/tokyo-time'
import type { BankTransfer, BookingRules, Fees, OfficeHours, OfficeProfile, OfficeSettings } from './schema'

/**
 * The office settings screen's forms: one schema per form, used by the browser (zodResolver) and
 * again by each server action. They accept what lib/settings/schema.ts accepts for the stored
 * settings, with message keys for errors (the stored schema's messages are not keys), plus the
 * checks a person filling in a form needs (closing after opening, fees within reason); the saved
 * group is parsed with the stored schema once more before it is written.
 *
 * The browser sends the form's raw values and the server parses them with the same schema, so the
 * transforms below (lines of text to a list, the Saturday switch to null) run on the server too.
 */
const E = (key: string) => `StaffSettings.errors.${key}`

const text = (max: number) =>
  z
    .string({ error: E('required') })
    .trim()
    .max(max, E('tooLong'))
const required = (max: number) => text(max).min(1, E('required'))
const time = z.string({ error: E('timeOfDay') }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, E('timeOfDay'))
const integer = (key: string, min: number, max: number) =>
  z
    .number({ error: E(key) })
    .int(E(key))
    .min(min, E(key))
    .max(max, E(key))

export const ProfileFormSchema = z.strictObject({
  nameJa: required(120),
  nameEn: required(120),
  representativeJa: text(120),
  representativeEn: text(120),
  postalCode: text(16),
  addressJa: text(300),
  addressEn: text(300),
  phone: required(40),
  fax: text(40),
  email: z
    .string({ error: E('email') })
    .trim()
    .max(200, E('tooLong'))
    .pipe(z.email(E('email'))),
}) satisfies z.ZodType<OfficeProfile>

const Opening = z
  .strictObject({ open: time, close: time })
  .refine((o) => o.open < o.close, { path: ['close'], message: E('closeAfterOpen') })

export const HoursFormSchema = z
  .strictObject({
    phone: Opening,
    consultationWeekday: Opening,
    saturdayOpen: z.boolean({ error: E('required') }),
    // Validated only when the office opens on Saturdays; kept in the form either way.
    consultationSaturday: z.strictObject({ open: z.string().max(5), close: z.string().max(5) }),
  })
  .superRefine((v, ctx) => {
    if (!v.saturdayOpen) return
    const parsed = Opening.safeParse(v.consultationSaturday)
    for (const issue of parsed.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', path: ['consultationSaturday', ...issue.path], message: issue.message })
  })
  .transform((v): OfficeHours => ({
    phone: v.phone,
    consultationWeekday: v.consultationWeekday,
    consultationSaturday: v.saturdayOpen ? v.consultationSaturday : null,
    timeZone: 'Asia/Tokyo',
  }))

export const VIDEO_PLATFORM_MAX = 40

/** One platform per line in the form; a list in the settings. */
const platformLines = z
  .string({ error: E('videoPlatforms') })
  .max(2000, E('tooLong'))
  .transform((s) => [
    ...new Set(
      s
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.length >= 1 && list.length <= 20, E('videoPlatforms'))
  .refine((list) => list.every((p) => p.length <= VIDEO_PLATFORM_MAX), E('videoPlatformTooLong'))

export const BookingRulesFormSchema = z.strictObject({
  slotMinutes: integer('slotMinutes', 15, 240),
  weekdayLeadHours: z
    .number({ error: E('leadHours') })
    .min(0, E('leadHours'))
    .max(72, E('leadHours')),
  saturdayCutoff: time,
  horizonDays: integer('horizonDays', 1, 120),
  kinds: z
    .array(z.enum(['in-person', 'video']), { error: E('kinds') })
    .min(1, E('kinds'))
    .transform((kinds) => (['in-person', 'video'] as const).filter((k) => kinds.includes(k))),
  videoPlatforms: platformLines,
}) satisfies z.ZodType<BookingRules, unknown>

export const FEE_MAX_YEN = 100_000_000

export const FeesFormSchema = z.strictObject({
  // A per-hour fee is multiplied into each booking's fee, which the database keeps as a 32-bit integer.
  consultationPerHourYen: integer('consultationFee', 0, 1_000_000),
  specialLandingStandardYen: integer('specialLandingFee', 0, FEE_MAX_YEN),
  taxIncluded: z.boolean({ error: E('required') }),
}) satisfies z.ZodType<Fees>

export const BankFormSchema = z.strictObject({
  bankName: text(120),
  branchName: text(120),
  accountType: z.enum(['ordinary', 'current'], { error: E('accountType') }),
  accountNumber: text(20),
  accountHolder: text(120),
}) satisfies z.ZodType<BankTransfer>

export const RetentionFormSchema = z.strictObject({
  draftRetentionDays: integer('retentionDays', 1, 365),
})

const CalendarDate = z
  .string({ error: E('date') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, E('date'))
  .refine(isCalendarDate, E('date'))

export const ClosedDayFormSchema = z.strictObject({ date: CalendarDate, note: text(200) })
export const RemoveClosedDaySchema = z.strictObject({ date: CalendarDate })

export const SETTINGS_GROUPS = ['profile', 'hours', 'booking', 'fees', 'bank', 'retention'] as const
export type SettingsGroup = (typeof SETTINGS_GROUPS)[number]

export const FORM_SCHEMAS = {
  profile: ProfileFormSchema,
  hours: HoursFormSchema,
  booking: BookingRulesFormSchema,
  fees: FeesFormSchema,
  bank: BankFormSchema,
  retention: RetentionFormSchema,
} as const

export type SettingsFormValues = { [G in SettingsGroup]: z.input<(typeof FORM_SCHEMAS)[G]> }

/** The stored settings as each form's starting values. */
export function formValuesOf(settings: OfficeSettings): SettingsFormValues {
  const saturday = settings.hours.consultationSaturday
  return {
    profile: settings.profile,
    hours: {
      phone: settings.hours.phone,
      consultationWeekday: settings.hours.consultationWeekday,
      saturdayOpen: saturday !== null,
      consultationSaturday: saturday ?? { open: '10:00', close: '18:00' },
    },
    booking: { ...settings.booking, videoPlatforms: settings.booking.videoPlatforms.join('\n') },
    fees: settings.fees,
    bank: settings.bank,
    retention: { draftRetentionDays: settings.draftRetentionDays },
  }
}
