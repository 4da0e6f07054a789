// npm run restore -- FILE — replaces the embedded SQLite database (DATABASE_URL, default
// data/app.db) with a backup, after PRAGMA integrity_check and foreign_key_check pass on it.
// Stop the app first (it refuses while a process it can see holds the file). The replaced
// database is kept as <file>.before-restore. PostgreSQL: prints the pg_restore command.
import path from 'node:path'
import { DEFAULT_DATABASE_URL } from './lib/defaults.mjs'
import { providerOf, sqlitePath } from './lib/migrator.mjs'
import { ROOT } from './lib/schemas.mjs'
import { restoreSqlite } from './lib/sqlite-backup.mjs'
import { POSTGRES_ADVICE } from './lib/sqlite-check.mjs'

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
const file = process.argv[2]
try {
  if (providerOf(url) !== 'sqlite') {
    console.error(POSTGRES_ADVICE.restore)
    process.exit(2)
  }
  if (!file) {
    console.error('usage: npm run restore -- backups/app-YYYYMMDD-HHMMSS.db')
    process.exit(2)
  }
  const result = restoreSqlite(path.resolve(file), sqlitePath(url, ROOT))
  console.log(`Restored ${result.file} from ${file} (integrity ok).`)
  if (result.kept) console.log(`The replaced database is kept as ${result.kept}.`)
  if (result.pending.length)
    console.log(
      `The backup predates ${result.pending.length} migration(s): run \`npm run db:migrate\` before starting the app.`,
    )
} catch (error) {
  console.error(error?.message ?? error)
  process.exit(1)
}
