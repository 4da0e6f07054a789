import { z } from 'zod'

/**
 * The office's settings: everything the product shows or computes about one office
 * (identity, hours, fees, bank details). Stored as one row; the defaults below come
 * from ../shared/domain/office.md with a clearly fictional office identity.
 */

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.timeOfDay')
const Text = (max: number) => z.string().trim().max(max)

export const OfficeProfileSchema = z.object({
  nameJa: Text(120).min(1),
  nameEn: Text(120).min(1),
  representativeJa: Text(120),
  representativeEn: Text(120),
  postalCode: Text(16),
  addressJa: Text(300),
  addressEn: Text(300),
  phone: Text(40).min(1),
  fax: Text(40),
  email: z.email().max(200),
})
export type OfficeProfile = z.infer<typeof OfficeProfileSchema>

const OpeningSchema = z.object({ open: TimeOfDay, close: TimeOfDay })

export const OfficeHoursSchema = z.object({
  /** When the phone is answered (Mon-Fri). */
  phone: OpeningSchema,
  /** Consultation hours on weekdays and Saturdays; Sundays and holidays are always closed. */
  consultationWeekday: OpeningSchema,
  consultationSaturday: OpeningSchema.nullable(),
  timeZone: z.literal('Asia/Tokyo'),
})
export type OfficeHours = z.infer<typeof OfficeHoursSchema>

export const BookingRulesSchema = z.object({
  slotMinutes: z.number().int().min(15).max(240),
  /** Weekday slots: bookable until this many hours before the start. */
  weekdayLeadHours: z.number().min(0).max(72),
  /** Saturday slots: bookable until this time on the previous business day. */
  saturdayCutoff: TimeOfDay,
  /** How far ahead a client may book. */
  horizonDays: z.number().int().min(1).max(120),
  kinds: z.array(z.enum(['in-person', 'video'])).min(1),
  videoPlatforms: z.array(Text(40).min(1)).min(1),
})
export type BookingRules = z.infer<typeof BookingRulesSchema>

export const FeesSchema = z.object({
  consultationPerHourYen: z.number().int().min(0),
  specialLandingStandardYen: z.number().int().min(0),
  taxIncluded: z.boolean(),
})
export type Fees = z.infer<typeof FeesSchema>

export const BankTransferSchema = z.object({
  bankName: Text(120),
  branchName: Text(120),
  accountType: z.enum(['ordinary', 'current']),
  accountNumber: Text(20),
  accountHolder: Text(120),
})
export type BankTransfer = z.infer<typeof BankTransferSchema>

export const OfficeSettingsSchema = z.object({
  profile: OfficeProfileSchema,
  hours: OfficeHoursSchema,
  booking: BookingRulesSchema,
  fees: FeesSchema,
  bank: BankTransferSchema,
  /** Drafts never submitted are deleted after this many days. */
  draftRetentionDays: z.number().int().min(1).max(365),
})
export type OfficeSettings = z.infer<typeof OfficeSettingsSchema>

/** Defaults from office.md. The identity is fictional demo data; the seed writes these. */
export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  profile: {
    nameJa: '行政書士さくら坂国際事務所（デモ）',
    nameEn: 'Sakurazaka International Immigration Office (demo)',
    representativeJa: '行政書士 山田 花子（架空）',
    representativeEn: 'Hanako Yamada, Gyoseishoshi lawyer (fictional)',
    postalCode: '000-0000',
    addressJa: '神奈川県横浜市中区架空町1-2-3 デモビル5階',
    addressEn: 'Demo Bldg. 5F, 1-2-3 Kakū-chō, Naka-ku, Yokohama, Kanagawa (fictional)',
    phone: '045-000-0000',
    fax: '045-000-0001',
    email: 'office@example.jp',
  },
  hours: {
    phone: { open: '10:00', close: '18:00' },
    consultationWeekday: { open: '10:00', close: '20:00' },
    consultationSaturday: { open: '10:00', close: '18:00' },
    timeZone: 'Asia/Tokyo',
  },
  booking: {
    slotMinutes: 60,
    weekdayLeadHours: 3,
    saturdayCutoff: '18:00',
    horizonDays: 28,
    kinds: ['in-person', 'video'],
    videoPlatforms: ['Skype', 'Zoom', 'Google Meet', 'Microsoft Teams'],
  },
  fees: {
    consultationPerHourYen: 5400,
    specialLandingStandardYen: 378000,
    taxIncluded: true,
  },
  bank: {
    bankName: 'デモ銀行',
    branchName: '横浜支店',
    accountType: 'ordinary',
    accountNumber: '0000000',
    accountHolder: 'サクラザカコクサイジムショ',
  },
  draftRetentionDays: 30,
}
