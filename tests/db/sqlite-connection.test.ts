import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Db } from '@/lib/db'
import { migratedDatabase } from '@/tests/support/databases'

// The per-connection settings lib/db.ts asks for are in force on the connection the app queries.
const database = migratedDatabase('sqlite')
let db: Db
beforeAll(async () => {
  db = await database.open()
})
afterAll(database.close)

it('runs every query with WAL, foreign keys, a busy timeout and the 64 MiB page cache', async () => {
  const read = async (pragma: string) => Object.values((await db.$queryRawUnsafe<object[]>(`PRAGMA ${pragma}`))[0]!)[0]
  expect(await read('journal_mode')).toBe('wal')
  expect(Number(await read('foreign_keys'))).toBe(1)
  expect(Number(await read('busy_timeout'))).toBe(5000)
  expect(Number(await read('synchronous'))).toBe(1)
  expect(Number(await read('cache_size'))).toBe(-65536)
})
