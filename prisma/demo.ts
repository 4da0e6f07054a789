/**
 * `npm run demo` data on top of the seed: fictional cases through the real assessment, and two
 * fictional staff accounts (README). Never run it against a real office's database.
 */
import { createDb } from '@/lib/db'
import { seedDemoCases } from './demo-cases'
import { seedDemoStaff } from './demo-staff'

// Known passwords and fictional cases belong on a developer's own SQLite file, never on a server.
if (/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '')) {
  console.error('The demo data is for the embedded SQLite database only; DATABASE_URL points to PostgreSQL.')
  process.exit(1)
}
const db = createDb()
const staff = await seedDemoStaff(db)
const { created } = await seedDemoCases(db)
await db.$disconnect()
console.log(`Demo data: ${created} case(s) and ${staff} staff account(s) added (fictional).`)
