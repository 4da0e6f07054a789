// Fails when prisma/schema.prisma changed without a migration, or when the two providers'
// migration histories have drifted apart. Run by the test command.
import { readFileSync } from 'node:fs'
import { SQLITE_SCHEMA, postgresSchemaFrom } from './lib/schemas.mjs'
import { listMigrations } from './lib/migrations-dir.mjs'
import { diffSchemas } from './lib/prisma6-diff.mjs'

const sqliteSchema = readFileSync(SQLITE_SCHEMA, 'utf8')
const targets = { sqlite: sqliteSchema, postgresql: postgresSchemaFrom(sqliteSchema) }
const problems = []
const names = {}
for (const [provider, schema] of Object.entries(targets)) {
  const migrations = listMigrations(provider)
  names[provider] = migrations.map((m) => m.name)
  const latest = migrations.at(-1)
  if (!latest) {
    problems.push(`${provider}: no migrations`)
    continue
  }
  if (!latest.schema) problems.push(`${provider}: ${latest.name} has no schema.prisma copy`)
  const pending = diffSchemas({ provider, fromSchema: latest.schema, toSchema: schema })
  if (pending) problems.push(`${provider}: the schema changed without a migration:\n${pending}`)
}
if (JSON.stringify(names.sqlite) !== JSON.stringify(names.postgresql)) {
  problems.push(`migration folders differ between providers:\n sqlite: ${names.sqlite}\n postgresql: ${names.postgresql}`)
}
if (problems.length) {
  console.error(`Migration check failed. Run: npm run db:new-migration -- NAME\n${problems.join('\n')}`)
  process.exit(1)
}
console.log(`Migrations are up to date (${names.sqlite.length} per provider).`)
