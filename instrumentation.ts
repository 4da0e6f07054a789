/**
 * Runs once when a Next.js server instance starts. The draft purge needs Node.js (the database
 * drivers), so it is imported only in that runtime; the Edge build never bundles it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startDraftPurgeSchedule } = await import('@/lib/server/draft-purge-schedule')
  startDraftPurgeSchedule()
}
