// Configuration for Prisma 6.19's CLI (npm alias "prisma6"), used only to WRITE migrations:
// its WebAssembly schema engine diffs two datamodels with no database and no native binary.
// The adapter is an in-memory SQLite that is never written to.
import { defineConfig } from 'prisma6/config'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'schema.prisma',
  adapter: async () => new PrismaBetterSqlite3({ url: ':memory:' }),
})
