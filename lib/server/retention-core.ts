import type { Db } from '@/lib/db'
import { DEFAULT_OFFICE_SETTINGS, OfficeSettingsSchema } from '@/lib/settings/schema'

/**
 * Retention of interviews that were started and never sent: the office keeps them only for
 * `OfficeSettings.draftRetentionDays` after the client last saved them. Takes the database and
 * the time as parameters so tests run it on real SQLite and PostgreSQL databases.
 */

const DAY_MS = 86_400_000

/**
 * The instant before which an untouched draft is stale. The period is a duration (days of 24 h),
 * so the office's time zone does not enter: Japan has no daylight saving time.
 */
export function staleDraftCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS)
}

/**
 * The retention period from the settings row, or the default when the office was never set up.
 * A stored value outside the settings schema (0, negative) throws rather than delete every draft.
 */
export async function draftRetentionDays(db: Db): Promise<number> {
  const row = await db.officeSettings.findUnique({ where: { id: 1 }, select: { draftRetentionDays: true } })
  return OfficeSettingsSchema.shape.draftRetentionDays.parse(
    row?.draftRetentionDays ?? DEFAULT_OFFICE_SETTINGS.draftRetentionDays,
  )
}

/**
 * Deletes the drafts never submitted whose last save is older than the retention period; returns
 * how many. One DELETE, so running it from two server instances at once is harmless. Submitted
 * drafts stay: their case refers to them and has its own lifecycle.
 */
export async function purgeStaleDrafts(db: Db, now: Date): Promise<number> {
  const cutoff = staleDraftCutoff(now, await draftRetentionDays(db))
  const { count } = await db.intakeDraft.deleteMany({ where: { submittedAt: null, updatedAt: { lt: cutoff } } })
  return count
}
