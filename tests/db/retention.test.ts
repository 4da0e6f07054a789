import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { hashToken, newToken } from '@/lib/security/tokens'
import { purgeStaleDrafts, staleDraftCutoff } from '@/lib/server/retention-core'
import { seed } from '@/prisma/seed'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
const now = new Date('2026-11-22T03:00:00Z') // 12:00 in Japan
const DAY = 86_400_000

/** A draft last saved at `updatedAt`; Prisma keeps an explicit @updatedAt value on create. */
async function draft(db: Db, label: string, updatedAt: Date, submittedAt: Date | null = null) {
  const row = await db.intakeDraft.create({
    data: {
      tokenHash: hashToken(newToken()),
      locale: 'ja',
      answers: { contact: { name: label } },
      updatedAt,
      submittedAt,
    },
  })
  expect(row.updatedAt.toISOString(), 'the test controls updatedAt').toBe(updatedAt.toISOString())
  return row.id
}

const remaining = async (db: Db) =>
  (await db.intakeDraft.findMany({ select: { answers: true } }))
    .map((d) => (d.answers as { contact: { name: string } }).contact.name)
    .sort()

describe.each(providers)('draft retention on %s', (provider) => {
  let database: TestDatabase
  let db: Db

  beforeEach(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { root, log: () => {} })
    db = createDb(database.url)
    await seed(db)
  })
  afterEach(async () => {
    await db.$disconnect()
    await database.drop()
  })

  it('deletes only unsubmitted drafts last saved before the retention period, and counts them', async () => {
    const cutoff = staleDraftCutoff(now, 30)
    expect(cutoff.toISOString()).toBe('2026-10-23T03:00:00.000Z')
    await draft(db, 'stale, 31 days', new Date(now.getTime() - 31 * DAY))
    await draft(db, 'stale, 1 ms past', new Date(cutoff.getTime() - 1))
    await draft(db, 'exactly at the cutoff', cutoff)
    await draft(db, 'recent', new Date(now.getTime() - DAY))
    await draft(db, 'old but submitted', new Date(now.getTime() - 90 * DAY), new Date(now.getTime() - 89 * DAY))

    expect(await purgeStaleDrafts(db, now)).toBe(2)
    expect(await remaining(db)).toEqual(['exactly at the cutoff', 'old but submitted', 'recent'])
    expect(await purgeStaleDrafts(db, now)).toBe(0)
  })

  it('keeps a submitted draft and its case', async () => {
    const id = await draft(db, 'submitted', new Date(now.getTime() - 60 * DAY), new Date(now.getTime() - 60 * DAY))
    await db.case.create({ data: { reference: '2026-TEST-0001', locale: 'ja', clientName: 'A', draftId: id } })
    expect(await purgeStaleDrafts(db, now)).toBe(0)
    expect(await db.case.findUniqueOrThrow({ where: { reference: '2026-TEST-0001' } })).toMatchObject({ draftId: id })
  })

  it("follows the office's setting", async () => {
    await db.officeSettings.update({ where: { id: 1 }, data: { draftRetentionDays: 7 } })
    await draft(db, '8 days', new Date(now.getTime() - 8 * DAY))
    await draft(db, '6 days', new Date(now.getTime() - 6 * DAY))
    expect(await purgeStaleDrafts(db, now)).toBe(1)
    expect(await remaining(db)).toEqual(['6 days'])
  })

  it('uses the default period (30 days) when the office was never set up', async () => {
    await db.officeSettings.deleteMany()
    await draft(db, '29 days', new Date(now.getTime() - 29 * DAY))
    await draft(db, '31 days', new Date(now.getTime() - 31 * DAY))
    expect(await purgeStaleDrafts(db, now)).toBe(1)
    expect(await remaining(db)).toEqual(['29 days'])
  })

  it('refuses a stored period outside the settings schema and deletes nothing', async () => {
    await db.officeSettings.update({ where: { id: 1 }, data: { draftRetentionDays: 0 } })
    await draft(db, 'yesterday', new Date(now.getTime() - DAY))
    await expect(purgeStaleDrafts(db, now)).rejects.toThrow()
    expect(await remaining(db)).toEqual(['yesterday'])
  })
})

describe('npm run jobs:purge-drafts', () => {
  it('purges the database named by DATABASE_URL and says how many', async () => {
    const database = await freshDatabase('sqlite')
    try {
      await migrate(database.url, { root, log: () => {} })
      const db = createDb(database.url)
      await seed(db)
      await draft(db, 'a year old', new Date(Date.now() - 365 * DAY))
      await draft(db, 'today', new Date())
      await db.$disconnect()

      const out = execFileSync(
        process.execPath,
        [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/purge-drafts.ts'],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: database.url },
          encoding: 'utf8',
        },
      )
      expect(out).toContain('Deleted 1 draft(s)')
      const after = createDb(database.url)
      expect(await remaining(after)).toEqual(['today'])
      await after.$disconnect()
    } finally {
      await database.drop()
    }
  })
})
