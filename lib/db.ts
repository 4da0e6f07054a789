import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as SqliteClient } from '@/generated/sqlite/client'
import { PrismaClient as PostgresClient } from '@/generated/postgres/client'
import { databaseProvider, env } from '@/lib/env'
import { serializeSqliteAdapter } from '@/lib/sqlite-serial-adapter'

/**
 * The one Prisma client. SQLite (a file: URL) is the embedded default; a postgresql:// URL
 * selects PostgreSQL. Both generated clients share the models, so the SQLite client's type
 * is used for both (PostgreSQL-only query options are therefore not used anywhere).
 */
export type Db = SqliteClient

export function createDb(url: string = env.DATABASE_URL): Db {
  if (databaseProvider(url) === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: url, max: 10 })
    return new PostgresClient({ adapter }) as unknown as Db
  }
  const file = url.slice('file:'.length).split('?')[0] ?? ''
  const absolute = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)
  // Per-connection settings, run by the adapter as it connects (a `$queryRaw` here would never run:
  // Prisma's queries are lazy until awaited). cache_size: 64 MiB of pages instead of better-sqlite3's
  // 16 MB, so the staff list's scans of 100,000 cases (about 50 MB of Case rows and indexes) are
  // served from memory (docs/decisions/009-case-list-at-100k.md).
  const setup = [
    'journal_mode = WAL',
    'busy_timeout = 5000',
    'synchronous = NORMAL',
    'foreign_keys = ON',
    'cache_size = -65536',
  ]
    .map((pragma) => `PRAGMA ${pragma};`)
    .join('\n')
  const adapter = serializeSqliteAdapter(new PrismaBetterSqlite3({ url: absolute, timeout: 5000 }), { setup })
  const client = new SqliteClient({ adapter })
  return client
}

const globalForDb = globalThis as unknown as { __db?: Db }

/** Reused across hot reloads in development so connections are not leaked. */
export const db: Db = globalForDb.__db ?? createDb()
if (env.NODE_ENV !== 'production') globalForDb.__db = db
