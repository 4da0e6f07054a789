import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { purgeStaleDrafts } from './retention-core'

/**
 * The draft purge inside the server process (started from instrumentation.ts): once at start-up,
 * then every DRAFT_PURGE_INTERVAL_SECONDS. No 'server-only' import here: instrumentation is not
 * compiled under the react-server condition, so that package would throw on import.
 */

const globalForSchedule = globalThis as unknown as { __draftPurgeTimer?: NodeJS.Timeout }

let running = false

async function runOnce() {
  // A slow database must not stack up overlapping purges.
  if (running) return
  running = true
  try {
    const deleted = await purgeStaleDrafts(db, new Date())
    if (deleted > 0) console.log(`draft purge: deleted ${deleted} draft(s) past the retention period`)
  } catch (error) {
    // The server keeps serving; the next run tries again.
    console.error('draft purge failed', error)
  } finally {
    running = false
  }
}

/** Starts the schedule once per process, even if called again (development reloads). */
export function startDraftPurgeSchedule() {
  if (globalForSchedule.__draftPurgeTimer) return
  const timer = setInterval(runOnce, env.DRAFT_PURGE_INTERVAL_SECONDS * 1000)
  // The timer alone must never keep a stopping process alive.
  timer.unref()
  globalForSchedule.__draftPurgeTimer = timer
  void runOnce()
}
