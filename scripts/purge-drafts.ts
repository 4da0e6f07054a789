// npm run jobs:purge-drafts — deletes the drafts never submitted that are past the retention period
// (OfficeSettings.draftRetentionDays) in DATABASE_URL, once. The running server does the same at
// start-up and every DRAFT_PURGE_INTERVAL_SECONDS; this is for cron or a one-off run.
import { createDb } from '@/lib/db'
import { draftRetentionDays, purgeStaleDrafts } from '@/lib/server/retention-core'

const db = createDb()
try {
  const days = await draftRetentionDays(db)
  const deleted = await purgeStaleDrafts(db, new Date())
  console.log(`Deleted ${deleted} draft(s) not submitted and unchanged for more than ${days} day(s).`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await db.$disconnect()
}
