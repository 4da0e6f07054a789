// Writes migration SQL with Prisma 6.19's WebAssembly schema engine (npm alias "prisma6"):
// no database and no native binary needed. Prisma 6 insists on a datasource url, so the
// schemas are copied to a temporary folder with a dummy one added.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from './schemas.mjs'

const DUMMY_URL = { sqlite: 'file:unused.db', postgresql: 'postgresql://unused@127.0.0.1/unused' }

function withUrl(schema, provider) {
  const re = new RegExp(`provider\\s*=\\s*"${provider}"`)
  if (!re.test(schema)) throw new Error(`schema is not a ${provider} schema`)
  return schema.replace(re, `provider = "${provider}"\n  url = "${DUMMY_URL[provider]}"`)
}

/** SQL that takes a database from `fromSchema` (null = empty) to `toSchema`. '' when nothing changed. */
export function diffSchemas({ provider, fromSchema, toSchema }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'prisma-diff-'))
  try {
    writeFileSync(path.join(dir, 'to.prisma'), withUrl(toSchema, provider))
    const from = fromSchema == null ? ['--from-empty'] : ['--from-schema-datamodel', path.join(dir, 'from.prisma')]
    if (fromSchema != null) writeFileSync(path.join(dir, 'from.prisma'), withUrl(fromSchema, provider))
    const noEngine = path.join(ROOT, 'scripts/no-schema-engine.sh')
    const out = execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/prisma6/build/index.js'), 'migrate', 'diff', '--config', path.join(ROOT, 'prisma/prisma6.config.mjs'),
        ...from, '--to-schema-datamodel', path.join(dir, 'to.prisma'), '--script'],
      {
        cwd: path.join(ROOT, 'prisma'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: noEngine, PRISMA_QUERY_ENGINE_LIBRARY: noEngine, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      },
    )
    const sql = out.replace(/^Loaded Prisma config.*\n/m, '').trim()
    return sql.startsWith('-- This is an empty migration.') ? '' : sql
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
