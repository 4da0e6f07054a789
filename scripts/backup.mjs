// npm run backup [-- DIR] — copies the embedded SQLite database (DATABASE_URL, default data/app.db)
// to DIR (default backups/) as <name>-YYYYMMDD-HHMMSS.db, Japan time. Safe while the app runs:
// SQLite's online backup API takes a consistent snapshot. PostgreSQL: prints the pg_dump command.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_DATABASE_URL } from './lib/defaults.mjs'
import { providerOf, sqlitePath } from './lib/migrator.mjs'
import { ROOT } from './lib/schemas.mjs'
import { backupSqlite } from './lib/sqlite-backup.mjs'
import { POSTGRES_ADVICE } from './lib/sqlite-check.mjs'

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
try {
  if (providerOf(url) !== 'sqlite') {
    console.error(POSTGRES_ADVICE.backup)
    process.exit(2)
  }
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'backups'))
  const source = sqlitePath(url, ROOT)
  const result = await backupSqlite(source, dir)
  console.log(
    `Backed up to ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.migrations} migrations, integrity ok).`,
  )
  // The staff sign-in secret lives beside the database (lib/auth/secret.ts) and is not in the copy.
  const secret = path.join(path.dirname(source), 'auth-secret')
  if (existsSync(secret))
    console.log(
      `Not included: ${secret} (the staff sign-in secret). Keep a copy of it somewhere safe once; it does not change.`,
    )
} catch (error) {
  console.error(error?.message ?? error)
  process.exit(1)
}
