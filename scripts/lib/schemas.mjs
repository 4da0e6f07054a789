// Derives the PostgreSQL schema from the SQLite source of truth (one schema cannot serve
// two providers in Prisma). Only the datasource provider and the client output differ.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const SQLITE_SCHEMA = path.join(ROOT, 'prisma/schema.prisma')
export const POSTGRES_SCHEMA = path.join(ROOT, 'prisma/postgres/schema.prisma')
export const MIGRATIONS = {
  sqlite: path.join(ROOT, 'prisma/migrations/sqlite'),
  postgresql: path.join(ROOT, 'prisma/migrations/postgresql'),
}

const HEADER = '// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs. Do not edit.\n'

export function postgresSchemaFrom(sqliteSchema) {
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../generated/sqlite"', 'output       = "../../generated/postgres"')
  if (replaced === sqliteSchema || !replaced.includes('generated/postgres')) {
    throw new Error('Could not derive the PostgreSQL schema: datasource or generator block changed shape.')
  }
  return HEADER + replaced
}

export function writePostgresSchema() {
  const text = postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, 'utf8'))
  mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true })
  writeFileSync(POSTGRES_SCHEMA, text)
  return text
}
