// Checks that a file is a sound copy of this app's SQLite database, before anyone relies on it.
import Database from 'better-sqlite3'
import { listMigrations } from './migrations-dir.mjs'

/**
 * Returns { ok: true, migrations, pending } or { ok: false, problem }. Opened read-only, so a
 * file that is not a database is never modified (better-sqlite3 would otherwise create one).
 * A backup made by a newer version of the app (migrations this code does not know) is refused:
 * running old code on a newer schema is how data gets damaged.
 */
export function checkSqliteFile(file) {
  let db
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const integrity = db.pragma('integrity_check').map((row) => row.integrity_check)
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      return { ok: false, problem: `integrity_check failed: ${integrity.slice(0, 5).join('; ')}` }
    }
    const broken = db.pragma('foreign_key_check')
    if (broken.length)
      return {
        ok: false,
        problem: `foreign_key_check found ${broken.length} broken reference(s), e.g. ${JSON.stringify(broken[0])}`,
      }
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get()
    if (!table) return { ok: false, problem: 'not a database of this app (no _prisma_migrations table)' }
    const applied = db
      .prepare('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL')
      .all()
      .map((r) => r.migration_name)
    const known = listMigrations('sqlite').map((m) => m.name)
    const unknown = applied.filter((name) => !known.includes(name))
    if (unknown.length)
      return { ok: false, problem: `made by a newer version of the app (unknown migrations: ${unknown.join(', ')})` }
    return { ok: true, migrations: applied.length, pending: known.filter((name) => !applied.includes(name)) }
  } catch (error) {
    return {
      ok: false,
      problem: `not a readable SQLite database (${error?.code ?? ''} ${error?.message ?? error})`.replace('( ', '('),
    }
  } finally {
    db?.close()
  }
}

/** The equivalent commands for PostgreSQL, printed when someone runs the SQLite tools against it. */
export const POSTGRES_ADVICE = {
  backup: [
    "DATABASE_URL is a PostgreSQL database: use PostgreSQL's own tools, e.g.",
    '  pg_dump --format=custom --file="backups/app-$(date +%Y%m%d-%H%M%S).dump" "$DATABASE_URL"',
    'and see docs/production.md (PostgreSQL backups, point-in-time recovery).',
  ].join('\n'),
  restore: [
    "DATABASE_URL is a PostgreSQL database: use PostgreSQL's own tools, e.g. (with the app stopped)",
    '  pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="$DATABASE_URL" FILE.dump',
    'then `npm run db:migrate`, and see docs/production.md.',
  ].join('\n'),
}
