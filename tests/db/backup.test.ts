import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { hashToken, newToken } from '@/lib/security/tokens'
import { seed } from '@/prisma/seed'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'

/**
 * `npm run backup` and `npm run restore`, run as the real scripts against real SQLite files.
 */
const root = path.resolve(import.meta.dirname, '../..')

type Run = { code: number | null; stdout: string; stderr: string }
function run(script: 'backup' | 'restore', args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, `scripts/${script}.mjs`), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function check(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      brokenReferences: (db.pragma('foreign_key_check') as unknown[]).length,
      drafts: (db.prepare('SELECT COUNT(*) AS n FROM IntakeDraft').get() as { n: number }).n,
      cases: (db.prepare('SELECT COUNT(*) AS n FROM "Case"').get() as { n: number }).n,
      references: new Set(
        (db.prepare('SELECT reference FROM "Case"').all() as { reference: string }[]).map((r) => r.reference),
      ),
      settings: (db.prepare('SELECT COUNT(*) AS n FROM OfficeSettings').get() as { n: number }).n,
    }
  } finally {
    db.close()
  }
}

/** A case and its submitted draft in one batch: a torn copy would show a case without its draft. */
async function writeCase(db: Db, reference: string) {
  const id = `draft-${reference}`
  await db.$transaction([
    db.intakeDraft.create({
      data: { id, tokenHash: hashToken(newToken()), locale: 'en', answers: {}, submittedAt: new Date() },
    }),
    db.case.create({ data: { reference, locale: 'en', clientName: 'Backup test', draftId: id } }),
  ])
}

describe('SQLite backup and restore', () => {
  let dir: string
  let url: string
  let file: string
  let db: Db

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'intake-backup-'))
    file = path.join(dir, 'app.db')
    url = `file:${file}`
    await migrate(url, { root, log: () => {} })
    db = createDb(url)
    await seed(db)
  })
  afterEach(async () => {
    await db.$disconnect()
    rmSync(dir, { recursive: true, force: true })
  })

  it('backs up while another connection writes, and the backup restores into a fresh path', async () => {
    // Enough pages (about 10 MB) that copying them takes a while.
    const answers = { contact: { name: 'x'.repeat(1000) } }
    for (let batch = 0; batch < 10; batch++) {
      await db.intakeDraft.createMany({
        data: Array.from({ length: 1000 }, () => ({ tokenHash: hashToken(newToken()), locale: 'ja', answers })),
      })
    }
    // From here on, committed writes stay in the WAL (as the latest ones do on a running server) and
    // are not folded into the file by an automatic checkpoint: a plain file copy would miss them.
    await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)')
    await db.$queryRawUnsafe('PRAGMA wal_autocheckpoint = 0')
    const before = Array.from({ length: 20 }, (_, i) => `B-${i}`)
    for (const reference of before) await writeCase(db, reference)

    const backup = run('backup', [path.join(dir, 'backups')], url)
    let done = false
    void backup.then(() => (done = true))
    let during = 0
    while (!done) {
      await writeCase(db, `D-${during++}`)
      // better-sqlite3 answers synchronously: without a turn of the event loop, the child's exit is never seen.
      await new Promise((r) => setImmediate(r))
    }
    const result = await backup
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(during, 'writes made while the backup ran').toBeGreaterThan(0)

    const [name] = readdirSync(path.join(dir, 'backups'))
    expect(name).toMatch(/^app-\d{8}-\d{6}\.db$/)
    const backupFile = path.join(dir, 'backups', name!)
    expect(result.stdout).toContain(backupFile)
    expect(existsSync(`${backupFile}-wal`), 'a single self-contained file').toBe(false)

    const fresh = path.join(dir, 'restored', 'app.db')
    const restored = await run('restore', [backupFile], `file:${fresh}`)
    expect(restored.stderr).toBe('')
    expect(restored.code).toBe(0)
    const copy = check(fresh)
    expect(copy.integrity).toBe('ok')
    expect(copy.brokenReferences).toBe(0)
    expect(copy.settings).toBe(1)
    for (const reference of before) expect(copy.references.has(reference), reference).toBe(true)
    // Each case arrived with its draft: 10,000 open drafts plus one per case, nothing torn.
    expect(copy.drafts).toBe(10_000 + copy.cases)
    expect(copy.cases).toBeGreaterThanOrEqual(before.length)
    expect(copy.cases).toBeLessThanOrEqual(before.length + during)
  })

  it('refuses a garbage file and a corrupted backup, and leaves the database untouched', async () => {
    await writeCase(db, 'KEEP-1')
    await db.$disconnect()
    const original = sha256(file)

    const garbage = path.join(dir, 'garbage.db')
    writeFileSync(garbage, randomBytes(64 * 1024))
    const backedUp = await run('backup', [path.join(dir, 'backups')], url)
    expect(backedUp.code).toBe(0)
    const [name] = readdirSync(path.join(dir, 'backups'))
    const corrupt = path.join(dir, 'corrupt.db')
    const bytes = readFileSync(path.join(dir, 'backups', name!))
    // Overwrite pages in the middle (b-tree pages of the tables), keeping the valid header.
    randomBytes(256 * 1024).copy(bytes, 40 * 4096)
    writeFileSync(corrupt, bytes)

    for (const bad of [garbage, corrupt, path.join(dir, 'missing.db')]) {
      const result = await run('restore', [bad], url)
      expect(result.code, bad).toBe(1)
      expect(result.stderr, bad).toMatch(/^Refusing to restore .*The database was not changed\./s)
      expect(sha256(file), bad).toBe(original)
      expect(existsSync(`${file}.before-restore`), bad).toBe(false)
    }
    db = createDb(url)
  })

  it('keeps the replaced database as .before-restore, and will not overwrite that file', async () => {
    const backedUp = await run('backup', [path.join(dir, 'backups')], url)
    expect(backedUp.code).toBe(0)
    const [name] = readdirSync(path.join(dir, 'backups'))
    const backupFile = path.join(dir, 'backups', name!)
    await writeCase(db, 'AFTER-BACKUP')
    await db.$disconnect()

    const restored = await run('restore', [backupFile], url)
    expect(restored.code).toBe(0)
    expect(restored.stdout).toContain(`${file}.before-restore`)
    expect(check(file).references.has('AFTER-BACKUP')).toBe(false)
    const kept = check(`${file}.before-restore`)
    expect(kept.integrity).toBe('ok')
    expect(kept.references.has('AFTER-BACKUP')).toBe(true)

    const current = sha256(file)
    const again = await run('restore', [backupFile], url)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('.before-restore exists')
    expect(sha256(file)).toBe(current)
    db = createDb(url)
  })

  it('refuses while another process has the database open', async () => {
    const backedUp = await run('backup', [path.join(dir, 'backups')], url)
    const [name] = readdirSync(path.join(dir, 'backups'))
    expect(backedUp.code).toBe(0)
    await db.$disconnect()
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); new D(${JSON.stringify(file)}).pragma('journal_mode'); console.log('open'); setInterval(() => {}, 1000)`,
      ],
      {
        cwd: root,
      },
    )
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve))
      const original = sha256(file)
      const result = await run('restore', [path.join(dir, 'backups', name!)], url)
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`is open in process(es) ${holder.pid}`)
      expect(sha256(file)).toBe(original)
    } finally {
      holder.kill('SIGKILL')
    }
    db = createDb(url)
  })
})

describe('SQLite backup and restore with a PostgreSQL DATABASE_URL', () => {
  it('refuses and names the PostgreSQL tools instead', async () => {
    const pgUrl = 'postgresql://app@127.0.0.1:1/app'
    const backup = await run('backup', [], pgUrl)
    expect(backup.code).toBe(2)
    expect(backup.stderr).toContain('pg_dump --format=custom')
    const restore = await run('restore', ['x.dump'], pgUrl)
    expect(restore.code).toBe(2)
    expect(restore.stderr).toContain('pg_restore')
  })
})
