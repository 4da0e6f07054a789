// Applies the committed migrations the way `prisma migrate deploy` does, without Prisma's
// native schema engine: same _prisma_migrations table, sha256 checksum of migration.sql,
// a start row then a finish row, failures logged and blocking, and on PostgreSQL the same
// advisory lock. A connected machine's `prisma migrate deploy` therefore agrees with it.
// Needs only better-sqlite3 and pg, so it also runs in production.
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { listMigrations } from './migrations-dir.mjs'

const ADVISORY_LOCK = 72707369

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

export const checksum = (sql) => createHash('sha256').update(sql).digest('hex')

export function providerOf(url) {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql'
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)')
}

/** Resolves a file: URL to a path (relative paths are relative to the project root). */
export function sqlitePath(url, root) {
  const p = url.slice('file:'.length).split('?')[0]
  return path.isAbsolute(p) ? p : path.resolve(root, p)
}

/** Decides what to apply; throws on a failed or unknown migration, warns on an edited one. */
function plan(applied, migrations, log) {
  const failed = applied.find((row) => row.finished_at == null && row.rolled_back_at == null)
  if (failed) {
    throw new Error(`Migration ${failed.migration_name} failed earlier and must be resolved by hand before others run:\n${failed.logs ?? ''}`)
  }
  const done = new Map(applied.filter((r) => r.finished_at != null).map((r) => [r.migration_name, r]))
  for (const m of migrations) {
    const row = done.get(m.name)
    if (row && row.checksum !== checksum(m.sql)) log(`warning: ${m.name} was edited after it was applied`)
  }
  return migrations.filter((m) => !done.has(m.name))
}

/**
 * Runs one migration in a write transaction. BEGIN IMMEDIATE takes the write lock, so two runners
 * at once apply it once: the second sees it finished and returns false. Table rebuilds (SQLite's way
 * to alter a column) need foreign keys off, a pragma ignored inside a transaction, so it is turned
 * off around the transaction and integrity is checked before COMMIT instead.
 */
function applySqliteMigration(db, m) {
  db.pragma('foreign_keys = OFF')
  try {
    db.exec('BEGIN IMMEDIATE')
    const done = db.prepare('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL').get(m.name)
    if (!done) db.exec(m.sql)
    const broken = db.pragma('foreign_key_check')
    if (broken.length) throw new Error(`foreign key violations after migration: ${JSON.stringify(broken.slice(0, 5))}`)
    db.exec('COMMIT')
    return !done
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw error
  } finally {
    db.pragma('foreign_keys = ON')
  }
}

async function migrateSqlite(url, root, log) {
  const { default: Database } = await import('better-sqlite3')
  const file = sqlitePath(url, root)
  mkdirSync(path.dirname(file), { recursive: true })
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('busy_timeout = 5000')
    db.exec(SQLITE_TABLE)
    const pending = plan(db.prepare('SELECT * FROM "_prisma_migrations"').all(), listMigrations('sqlite'), log)
    const applied = []
    for (const m of pending) {
      const id = randomUUID()
      db.prepare('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES (?, ?, ?, ?)').run(id, checksum(m.sql), m.name, Date.now())
      let appliedHere
      try {
        appliedHere = applySqliteMigration(db, m)
      } catch (error) {
        db.prepare('UPDATE "_prisma_migrations" SET logs = ? WHERE id = ?').run(String(error?.message ?? error), id)
        throw new Error(`Migration ${m.name} failed: ${error?.message ?? error}`)
      }
      if (!appliedHere) {
        db.prepare('DELETE FROM "_prisma_migrations" WHERE id = ?').run(id)
        continue
      }
      db.prepare('UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = 1 WHERE id = ?').run(Date.now(), id)
      applied.push(m.name)
      log(`applied ${m.name}`)
    }
    return applied
  } finally {
    db.close()
  }
}

async function migratePostgres(url, log) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK])
    await client.query(POSTGRES_TABLE)
    const { rows } = await client.query('SELECT * FROM "_prisma_migrations"')
    const pending = plan(rows, listMigrations('postgresql'), log)
    for (const m of pending) {
      const id = randomUUID()
      await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [id, checksum(m.sql), m.name])
      try {
        await client.query('BEGIN')
        await client.query(m.sql)
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        await client.query('UPDATE "_prisma_migrations" SET logs = $1 WHERE id = $2', [String(error?.message ?? error), id])
        throw new Error(`Migration ${m.name} failed: ${error?.message ?? error}`)
      }
      await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id])
      log(`applied ${m.name}`)
    }
    return pending.map((m) => m.name)
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK]).catch(() => {})
    await client.end()
  }
}

/** Applies every pending migration to the database at `url`; returns the names applied. */
export async function migrate(url, { root = process.cwd(), log = console.log } = {}) {
  return providerOf(url) === 'sqlite' ? migrateSqlite(url, root, log) : migratePostgres(url, log)
}
