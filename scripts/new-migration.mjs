// Writes a new migration for both providers from the change to prisma/schema.prisma.
// Usage: npm run db:new-migration -- add_booking_table
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MIGRATIONS, SQLITE_SCHEMA, writePostgresSchema } from './lib/schemas.mjs'
import { listMigrations } from './lib/migrations-dir.mjs'
import { diffSchemas } from './lib/prisma6-diff.mjs'

const name = (process.argv[2] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')
if (!name) {
  console.error('Usage: npm run db:new-migration -- short_name_of_the_change')
  process.exit(2)
}

const targets = { sqlite: readFileSync(SQLITE_SCHEMA, 'utf8'), postgresql: writePostgresSchema() }
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const folder = `${stamp}_${name}`
let wrote = 0
for (const [provider, toSchema] of Object.entries(targets)) {
  const previous = listMigrations(provider).at(-1)
  const sql = diffSchemas({ provider, fromSchema: previous?.schema ?? null, toSchema })
  if (!sql) {
    console.log(`${provider}: no changes`)
    continue
  }
  const dir = path.join(MIGRATIONS[provider], folder)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'migration.sql'), `-- ${folder}\n${sql}\n`)
  writeFileSync(path.join(dir, 'schema.prisma'), toSchema)
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it by hand (no data-loss warnings are shown).`)
  wrote++
}
if (wrote === 0) console.log('The schema matches the latest migration: nothing to write.')
if (wrote > 0) {
  const { execFileSync } = await import('node:child_process')
  execFileSync(process.execPath, [path.join(import.meta.dirname, 'prisma-generate.mjs')], { stdio: 'inherit' })
}
