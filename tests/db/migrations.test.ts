import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { DEFAULT_OFFICE_SETTINGS } from '@/lib/settings/schema'
import { settingsFromRow, settingsToRow } from '@/lib/settings/row'
import { seed } from '@/prisma/seed'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
const quiet = { root, log: () => {} }

describe.each(providers)('database on %s', (provider) => {
  let database: TestDatabase
  let db: Db | undefined

  afterEach(async () => {
    await db?.$disconnect()
    db = undefined
    await database?.drop()
  })

  it('applies every migration to an empty database, once', async () => {
    database = await freshDatabase(provider)
    const first: string[] = await migrate(database.url, quiet)
    expect(first.length).toBeGreaterThan(0)
    expect(await migrate(database.url, quiet)).toEqual([])

    db = createDb(database.url)
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown; applied_steps_count: number }[]>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(rows.map((r) => r.migration_name)).toEqual(first)
    for (const row of rows) {
      const sql = readFileSync(path.join(root, 'prisma/migrations', provider, row.migration_name, 'migration.sql'))
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'))
      expect(row.finished_at).not.toBeNull()
      expect(Number(row.applied_steps_count)).toBe(1)
    }
  })

  it('stores the office settings and reads them back', async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, quiet)
    db = createDb(database.url)
    await seed(db)
    await seed(db) // the seed is idempotent

    const row = await db.officeSettings.findUniqueOrThrow({ where: { id: 1 } })
    expect(settingsFromRow(row)).toEqual(DEFAULT_OFFICE_SETTINGS)
    expect(await db.closedDay.count()).toBe(5)

    const changed = { ...DEFAULT_OFFICE_SETTINGS, fees: { ...DEFAULT_OFFICE_SETTINGS.fees, consultationPerHourYen: 6000 } }
    await db.officeSettings.update({ where: { id: 1 }, data: settingsToRow(changed) })
    const reread = settingsFromRow(await db.officeSettings.findUniqueOrThrow({ where: { id: 1 } }))
    expect(reread.fees.consultationPerHourYen).toBe(6000)
    expect(reread.profile.nameJa).toBe(DEFAULT_OFFICE_SETTINGS.profile.nameJa)
  })

  it('20261207120000: submitted drafts keep no answers, cases keep no criminal answers without consent', async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, quiet)
    db = createDb(database.url)
    const criminal = { everConvicted: 'yes' }
    const answers = { contact: { name: 'テスト 花子' }, criminal }
    const submitted = await db.intakeDraft.create({ data: { tokenHash: 'a', locale: 'ja', answers, submittedAt: new Date() } })
    const open = await db.intakeDraft.create({ data: { tokenHash: 'b', locale: 'ja', answers } })
    const caseWith = (reference: string, criminalConsentAt: Date | null) =>
      db!.case.create({ data: { reference, locale: 'ja', clientName: 'テスト', criminalConsentAt, record: { create: { answers } } } })
    const withoutConsent = await caseWith('C-2026-000001', null)
    const withConsent = await caseWith('C-2026-000002', new Date())
    const noAnswers = await db.case.create({ data: { reference: 'C-2026-000003', locale: 'ja', clientName: 'テスト', record: { create: {} } } })

    // The migration as written, run again on these rows (it is idempotent).
    const sql = readFileSync(path.join(root, 'prisma/migrations', provider, '20261207120000_minimize_kept_answers/migration.sql'), 'utf8')
    const statements = sql.replace(/^--.*$/gm, '').split(';').map((s) => s.trim()).filter(Boolean)
    for (const statement of statements) await db.$executeRawUnsafe(statement)

    const draftAnswers = async (id: string) => (await db!.intakeDraft.findUniqueOrThrow({ where: { id } })).answers
    const caseAnswers = async (caseId: string) => (await db!.caseRecord.findUniqueOrThrow({ where: { caseId } })).answers
    expect(await draftAnswers(submitted.id)).toEqual({})
    expect(await draftAnswers(open.id)).toEqual(answers)
    expect(await caseAnswers(withoutConsent.id)).toEqual({ contact: answers.contact })
    expect(await caseAnswers(withConsent.id)).toEqual(answers)
    expect(await caseAnswers(noAnswers.id)).toBeNull()
  })

  it('rejects a second case with the same reference', async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, quiet)
    db = createDb(database.url)
    const data = { reference: 'C-2026-000001', locale: 'ja', clientName: 'テスト 太郎' }
    await db.case.create({ data })
    await expect(db.case.create({ data })).rejects.toMatchObject({ code: 'P2002' })
    expect(await db.case.count()).toBe(1)
  })
})
