import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { hashToken, newToken } from '@/lib/security/tokens'
import { freePort, freshDatabaseFile, requireBuild, startServer, type RunningServer } from './support/next-server'

/**
 * The draft purge scheduled inside the production server (instrumentation.ts): it runs when the
 * server starts, and again every DRAFT_PURGE_INTERVAL_SECONDS while it runs.
 */
const DAY = 86_400_000

async function addDraft(db: Db, label: string, ageDays: number, submitted = false) {
  const at = new Date(Date.now() - ageDays * DAY)
  await db.intakeDraft.create({
    data: {
      tokenHash: hashToken(newToken()),
      locale: 'en',
      answers: { contact: { name: label } },
      updatedAt: at,
      submittedAt: submitted ? at : null,
    },
  })
}

const labels = async (db: Db) =>
  (await db.intakeDraft.findMany({ select: { answers: true } }))
    .map((d) => (d.answers as { contact: { name: string } }).contact.name)
    .sort()

/** Polls the database (the server deletes on its own schedule); gives up after `seconds`. */
async function until(check: () => Promise<boolean>, seconds: number) {
  for (let waited = 0; waited < seconds * 1000; waited += 200) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 200))
  }
  return false
}

describe('the scheduled draft purge in the server', () => {
  let file: string
  let remove: () => void
  let db: Db
  let server: RunningServer | undefined

  beforeAll(() => {
    requireBuild()
    ;({ file, remove } = freshDatabaseFile('draft-purge'))
    db = createDb(`file:${file}`)
  })
  afterEach(async () => {
    await server?.kill()
    server = undefined
  })
  afterAll(async () => {
    await db.$disconnect()
    remove?.()
  })

  it('purges at start-up, then every interval, and keeps recent and submitted drafts', async () => {
    await addDraft(db, 'stale before start', 40)
    await addDraft(db, 'recent', 2)
    await addDraft(db, 'stale but submitted', 90, true)

    // An hour's interval: only the start-up run can delete within this test.
    server = await startServer(file, await freePort(), { DRAFT_PURGE_INTERVAL_SECONDS: '3600' })
    const gone = await until(async () => !(await labels(db)).includes('stale before start'), 30)
    expect(gone, `start-up purge; server output:\n${server.output()}`).toBe(true)
    expect(await labels(db)).toEqual(['recent', 'stale but submitted'])
    await server.kill()

    server = await startServer(file, await freePort(), { DRAFT_PURGE_INTERVAL_SECONDS: '1' })
    // Written after start-up, so only a later, scheduled run can delete it.
    await addDraft(db, 'stale while running', 31)
    expect(await labels(db)).toContain('stale while running')
    const purged = await until(async () => !(await labels(db)).includes('stale while running'), 30)
    expect(purged, `scheduled purge; server output:\n${server.output()}`).toBe(true)
    expect(await labels(db)).toEqual(['recent', 'stale but submitted'])
    expect(server.output()).toContain('draft purge: deleted 1 draft(s) past the retention period')
  })
})
