import { OfficeSettingsSchema, type OfficeSettings } from './schema'

type SettingsRow = {
  profile: unknown
  hours: unknown
  booking: unknown
  fees: unknown
  bank: unknown
  draftRetentionDays: number
}

/** Validates a stored row; a row that no longer fits the schema is a bug worth failing on. */
export function settingsFromRow(row: SettingsRow): OfficeSettings {
  return OfficeSettingsSchema.parse({
    profile: row.profile,
    hours: row.hours,
    booking: row.booking,
    fees: row.fees,
    bank: row.bank,
    draftRetentionDays: row.draftRetentionDays,
  })
}

export function settingsToRow(settings: OfficeSettings) {
  const s = OfficeSettingsSchema.parse(settings)
  return { profile: s.profile, hours: s.hours, booking: s.booking, fees: s.fees, bank: s.bank, draftRetentionDays: s.draftRetentionDays }
}
