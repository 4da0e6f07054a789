/**
 * Demo data for a new machine: a clearly fictional office with the default settings from
 * ../shared/domain/office.md, and its year-end closed days. Safe to run more than once.
 */
import { createDb } from '@/lib/db'
import { yearInJapan } from '@/lib/time/tokyo'
import { DEFAULT_OFFICE_SETTINGS } from '@/lib/settings/schema'
import { settingsToRow } from '@/lib/settings/row'

export async function seed(db = createDb()) {
  const row = settingsToRow(DEFAULT_OFFICE_SETTINGS)
  await db.officeSettings.upsert({ where: { id: 1 }, create: { id: 1, ...row }, update: {} })
  const year = yearInJapan()
  const yearEnd = [`${year}-12-29`, `${year}-12-30`, `${year}-12-31`, `${year + 1}-01-02`, `${year + 1}-01-03`]
  for (const date of yearEnd) {
    await db.closedDay.upsert({ where: { date }, create: { date, note: 'Year-end holidays / 年末年始休業' }, update: {} })
  }
  return db
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const db = await seed()
  console.log('Seeded the demo office (fictional).')
  await db.$disconnect()
}
