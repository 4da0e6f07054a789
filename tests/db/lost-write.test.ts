import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '@/lib/db'
import { migratedDatabase, providers } from '@/tests/support/databases'

/**
 * prisma/orm issue 29933: with the better-sqlite3 adapter, a plain write made while a transaction is
 * open elsewhere ran inside that transaction and vanished when it rolled back, after its caller had
 * been told it succeeded. lib/sqlite-serial-adapter.ts makes such a write wait; this test fails
 * without it (checked by removing the wrapper from lib/db.ts).
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.each(providers)('confirmed writes survive a rollback elsewhere on %s', (provider) => {
  const database = migratedDatabase(provider)
  let db: Db
  beforeAll(async () => (db = await database.open()))
  afterAll(database.close)

  it('an interactive transaction that rolls back takes only its own writes with it', async () => {
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.closedDay.create({ data: { date: '2030-01-01', note: 'inside, rolled back' } })
        await sleep(150)
        throw new Error('roll back')
      })
      .catch((error: Error) => error.message)

    await sleep(30) // the transaction is open now
    const confirmed = await Promise.all(
      ['2030-01-02', '2030-01-03', '2030-01-04'].map((date) => db.closedDay.create({ data: { date, note: 'outside' } })),
    )
    expect(confirmed).toHaveLength(3)
    expect(await rolledBack).toBe('roll back')

    const dates = (await db.closedDay.findMany({ orderBy: { date: 'asc' } })).map((d) => d.date)
    expect(dates).toEqual(['2030-01-02', '2030-01-03', '2030-01-04'])
  })

  it('a failed nested write (unique violation) does not take concurrent writes with it', async () => {
    await db.closedDay.create({ data: { date: '2031-01-01' } })
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? db.closedDay.create({ data: { date: `2031-02-${String(i + 1).padStart(2, '0')}` } })
          : db.$transaction([db.closedDay.create({ data: { date: `2031-03-${String(i + 1).padStart(2, '0')}` } }), db.closedDay.create({ data: { date: '2031-01-01' } })]),
      ),
    )
    const ok = results.filter((r) => r.status === 'fulfilled').length
    expect(ok).toBe(10)
    const stored = await db.closedDay.count({ where: { date: { startsWith: '2031-02' } } })
    expect(stored).toBe(10)
    expect(await db.closedDay.count({ where: { date: { startsWith: '2031-03' } } })).toBe(0)
  })
})
