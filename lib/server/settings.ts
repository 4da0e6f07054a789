import 'server-only'
import { db } from '@/lib/db'
import { DEFAULT_OFFICE_SETTINGS, OfficeSettingsSchema, type OfficeSettings } from '@/lib/settings/schema'
import { settingsFromRow } from '@/lib/settings/row'

/**
 * The office settings, public by nature (name, address, hours, fees): any page may read them.
 * When the row is missing (a database that was never seeded) the defaults apply.
 */
export async function getOfficeSettings(): Promise<OfficeSettings> {
  const row = await db.officeSettings.findUnique({ where: { id: 1 } })
  return row ? settingsFromRow(row) : DEFAULT_OFFICE_SETTINGS
}

export { OfficeSettingsSchema }
