import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { DraftAnswersSchema, SECTION_IDS } from '@/lib/intake'
import { findDraft, saveSection, startDraft } from '@/lib/server/intake-core'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshSqlite, type TestDatabase } from '@/tests/support/databases'

/** Random and hostile payloads straight at the server-side validation, on a real database. */
describe('intake validation under random payloads', () => {
  let database: TestDatabase
  let db: Db
  beforeAll(async () => {
    database = freshSqlite()
    await migrate(database.url, { log: () => {} })
    db = createDb(database.url)
  })
  afterAll(async () => {
    await db.$disconnect()
    await database.drop()
  })

  it('never throws, and what is stored always passes the draft schema', async () => {
    const { token } = await startDraft(db, 'en')
    const section = fc.oneof(fc.constantFrom(...SECTION_IDS), fc.string(), fc.anything())
    const values = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('name', 'email', 'location', 'departures', 'consent', 'noticeDate', '__proto__', 'constructor'), fc.anything()),
    )
    await fc.assert(
      fc.asyncProperty(section, values, fc.constantFrom('next', 'autosave' as const), async (s, v, mode) => {
        const result = await saveSection(db, { token, section: s, values: v, mode, today: '2026-11-22', now: new Date() })
        expect(typeof result.ok).toBe('boolean')
        const draft = await findDraft(db, token)
        expect(DraftAnswersSchema.safeParse(draft?.answers).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
