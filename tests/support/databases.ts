import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createDb, type Db } from '@/lib/db'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'

export type TestDatabase = { provider: 'sqlite' | 'postgresql'; url: string; drop: () => Promise<void> }

/** A fresh, empty SQLite file in its own temporary folder. */
export function freshSqlite(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'intake-sqlite-'))
  return { provider: 'sqlite', url: `file:${path.join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * A fresh, empty database on the PostgreSQL server the test command started
 * (scripts/pg-test-server.sh sets TEST_POSTGRES_URL).
 */
export async function freshPostgres(): Promise<TestDatabase> {
  const server = process.env.TEST_POSTGRES_URL
  if (!server) throw new Error('TEST_POSTGRES_URL is not set: run the tests with `npm test`, which starts PostgreSQL.')
  const name = `test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    provider: 'postgresql',
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: server })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** PostgreSQL tests run whenever a server is available, and must run in CI. */
export const postgresAvailable = Boolean(process.env.TEST_POSTGRES_URL) || process.env.CI === 'true'

export const providers = postgresAvailable ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const)

export const freshDatabase = (provider: 'sqlite' | 'postgresql') => (provider === 'sqlite' ? Promise.resolve(freshSqlite()) : freshPostgres())

/**
 * A fresh, migrated database and its client for one test file:
 *   const database = migratedDatabase(provider)
 *   beforeAll(async () => (db = await database.open()))
 *   afterAll(database.close)
 */
export function migratedDatabase(provider: 'sqlite' | 'postgresql') {
  let fresh: TestDatabase | undefined
  let db: Db | undefined
  return {
    open: async (): Promise<Db> => {
      fresh = await freshDatabase(provider)
      await migrate(fresh.url, { root: path.resolve(import.meta.dirname, '../..'), log: () => {} })
      db = createDb(fresh.url)
      return db
    },
    close: async () => {
      await db?.$disconnect()
      await fresh?.drop()
    },
  }
}
