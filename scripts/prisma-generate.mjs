// Generates both Prisma clients (SQLite and PostgreSQL) without the downloadable engine.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { ROOT, SQLITE_SCHEMA, POSTGRES_SCHEMA, writePostgresSchema } from './lib/schemas.mjs'

writePostgresSchema()
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(ROOT, 'scripts/no-schema-engine.sh'),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
}
const prismaBin = path.join(ROOT, 'node_modules/prisma/build/index.js')
for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA]) {
  execFileSync(process.execPath, [prismaBin, 'generate', '--schema', schema], { env, stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT })
}
console.log('Generated Prisma clients: generated/sqlite, generated/postgres')
