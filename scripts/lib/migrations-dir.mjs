// Reads the committed migrations of one provider: folders named YYYYMMDDHHMMSS_name, each with
// migration.sql and a copy of the schema it leads to (the OLD side of the next diff).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { MIGRATIONS } from './schemas.mjs'

export function listMigrations(provider) {
  const dir = MIGRATIONS[provider]
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{14}_[a-z0-9_]+$/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const folder = path.join(dir, name)
      const schemaFile = path.join(folder, 'schema.prisma')
      return {
        name,
        sql: readFileSync(path.join(folder, 'migration.sql'), 'utf8'),
        schema: existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : null,
      }
    })
}
