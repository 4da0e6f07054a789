import { describe, expect, it } from 'vitest'
import {
  BankTransferSchema,
  BookingRulesSchema,
  DEFAULT_OFFICE_SETTINGS,
  FeesSchema,
  OfficeHoursSchema,
  OfficeProfileSchema,
} from './schema'
import {
  BankFormSchema,
  BookingRulesFormSchema,
  ClosedDayFormSchema,
  FeesFormSchema,
  formValuesOf,
  HoursFormSchema,
  ProfileFormSchema,
  RetentionFormSchema,
} from './forms'

const values = formValuesOf(DEFAULT_OFFICE_SETTINGS)
const firstError = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? 'ok' : `${r.error!.issues[0]!.path.join('.')}: ${r.error!.issues[0]!.message}`

describe('settings forms', () => {
  it('give back the stored defaults from their own starting values', () => {
    expect(ProfileFormSchema.parse(values.profile)).toEqual(DEFAULT_OFFICE_SETTINGS.profile)
    expect(HoursFormSchema.parse(values.hours)).toEqual(DEFAULT_OFFICE_SETTINGS.hours)
    expect(BookingRulesFormSchema.parse(values.booking)).toEqual(DEFAULT_OFFICE_SETTINGS.booking)
    expect(FeesFormSchema.parse(values.fees)).toEqual(DEFAULT_OFFICE_SETTINGS.fees)
    expect(BankFormSchema.parse(values.bank)).toEqual(DEFAULT_OFFICE_SETTINGS.bank)
    expect(RetentionFormSchema.parse(values.retention)).toEqual({ draftRetentionDays: 30 })
  })

  it('only produce what the stored schemas accept', () => {
    const samples = [
      { ...values.hours, saturdayOpen: false, consultationSaturday: { open: '', close: '' } },
      { ...values.hours, consultationWeekday: { open: '09:00', close: '21:30' } },
    ]
    for (const s of samples) expect(OfficeHoursSchema.safeParse(HoursFormSchema.parse(s)).success).toBe(true)
    const rules = BookingRulesFormSchema.parse({
      ...values.booking,
      weekdayLeadHours: 1.5,
      kinds: ['video'],
      videoPlatforms: 'Zoom\r\nLINE\n',
    })
    expect(rules).toMatchObject({ weekdayLeadHours: 1.5, kinds: ['video'], videoPlatforms: ['Zoom', 'LINE'] })
    expect(BookingRulesSchema.safeParse(rules).success).toBe(true)
    expect(FeesSchema.safeParse(FeesFormSchema.parse({ ...values.fees, consultationPerHourYen: 0 })).success).toBe(true)
    expect(BankTransferSchema.safeParse(BankFormSchema.parse({ ...values.bank, accountType: 'current' })).success).toBe(
      true,
    )
    expect(OfficeProfileSchema.safeParse(ProfileFormSchema.parse({ ...values.profile, fax: '' })).success).toBe(true)
  })

  it.each([
    [
      'closing before opening',
      () => HoursFormSchema.safeParse({ ...values.hours, phone: { open: '18:00', close: '10:00' } }),
      'phone.close: StaffSettings.errors.closeAfterOpen',
    ],
    [
      'a bad Saturday time when open',
      () => HoursFormSchema.safeParse({ ...values.hours, consultationSaturday: { open: '9', close: '18:00' } }),
      'consultationSaturday.open: StaffSettings.errors.timeOfDay',
    ],
    [
      'an empty number',
      () => FeesFormSchema.safeParse({ ...values.fees, consultationPerHourYen: Number.NaN }),
      'consultationPerHourYen: StaffSettings.errors.consultationFee',
    ],
    [
      'a fee the database cannot hold',
      () => FeesFormSchema.safeParse({ ...values.fees, consultationPerHourYen: 5_000_000_000 }),
      'consultationPerHourYen: StaffSettings.errors.consultationFee',
    ],
    [
      'no kind',
      () => BookingRulesFormSchema.safeParse({ ...values.booking, kinds: [] }),
      'kinds: StaffSettings.errors.kinds',
    ],
    [
      'no platform',
      () => BookingRulesFormSchema.safeParse({ ...values.booking, videoPlatforms: ' \n ' }),
      'videoPlatforms: StaffSettings.errors.videoPlatforms',
    ],
    [
      'a long platform name',
      () => BookingRulesFormSchema.safeParse({ ...values.booking, videoPlatforms: 'x'.repeat(41) }),
      'videoPlatforms: StaffSettings.errors.videoPlatformTooLong',
    ],
    [
      'an empty office name',
      () => ProfileFormSchema.safeParse({ ...values.profile, nameEn: ' ' }),
      'nameEn: StaffSettings.errors.required',
    ],
    ['an unknown field', () => FeesFormSchema.safeParse({ ...values.fees, admin: true }), ': '],
    [
      'February 30th',
      () => ClosedDayFormSchema.safeParse({ date: '2027-02-30', note: '' }),
      'date: StaffSettings.errors.date',
    ],
  ])('refuse %s with a message key', (_name, run, expected) => {
    const got = firstError(run())
    if (expected === ': ') expect(got).not.toBe('ok')
    else expect(got).toBe(expected)
  })
})
