// npm run db:migrate — applies pending migrations to DATABASE_URL (default: the embedded SQLite file).
import { ROOT } from './lib/schemas.mjs'
import { migrate } from './lib/migrator.mjs'
import { DEFAULT_DATABASE_URL } from './lib/defaults.mjs'

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
try {
  const applied = await migrate(url, { root: ROOT })
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'The database is up to date.')
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
