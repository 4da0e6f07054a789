// Backup and restore of the embedded SQLite database, shared by scripts/backup.mjs and restore.mjs.
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { checkSqliteFile } from './sqlite-check.mjs'

/** 20261122-153000 in Japan time: the office reads these names, and its clock is Asia/Tokyo. */
export function tokyoStamp(now = new Date()) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}`
}

function fsyncFile(file) {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Copies the live database with SQLite's online backup API, which reads a consistent snapshot
 * (the WAL's committed pages included), so the app may keep running and writing. The copy is written under a temporary name, switched to a single-file journal (no -wal beside
 * it), checked, and only then given its final name.
 */
export async function backupSqlite(source, dir, now = new Date()) {
  if (!existsSync(source)) throw new Error(`No database at ${source}`)
  mkdirSync(dir, { recursive: true })
  const base = path.basename(source).replace(/\.db$/, '')
  let target = path.join(dir, `${base}-${tokyoStamp(now)}.db`)
  for (let n = 2; existsSync(target); n++) target = path.join(dir, `${base}-${tokyoStamp(now)}-${n}.db`)
  const partial = `${target}.partial`
  const db = new Database(source, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    // All pages in one step: one read snapshot, which in WAL mode never blocks the app's writers.
    // Small steps would restart from the first page after every write from the app's connection,
    // and under steady writes might never finish.
    await db.backup(partial, { progress: () => 0x7fffffff })
  } finally {
    db.close()
  }
  try {
    const copy = new Database(partial)
    copy.pragma('journal_mode = DELETE')
    copy.close()
    const check = checkSqliteFile(partial)
    if (!check.ok) throw new Error(`The backup failed its check: ${check.problem}`)
    fsyncFile(partial)
    renameSync(partial, target)
    return { file: target, bytes: statSync(target).size, migrations: check.migrations }
  } finally {
    rmSync(partial, { force: true })
  }
}

/**
 * Processes (Linux /proc) with the file open: a running server keeps its connection open, and
 * replacing the file under it would leave it writing to the old, unlinked one. Processes of other
 * users are invisible without root, hence the rule in docs/production.md: stop the app first.
 */
export function processesHolding(file) {
  if (!existsSync('/proc/self/fd')) return []
  const wanted = new Set([file, `${file}-wal`, `${file}-shm`].map((f) => path.resolve(f)))
  const holders = []
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e) && Number(e) !== process.pid)) {
    let fds = []
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      let link = ''
      try {
        link = readlinkSync(`/proc/${pid}/fd/${fd}`)
      } catch {
        continue
      }
      if (wanted.has(link)) {
        holders.push(Number(pid))
        break
      }
    }
  }
  return holders
}

/**
 * Checkpoints the WAL into the database file, so the kept copy is complete on its own. Returns
 * false when the file cannot be opened as a database (the damaged file a restore is often for).
 */
function foldWal(file) {
  try {
    const db = new Database(file, { fileMustExist: true })
    try {
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
    return true
  } catch {
    return false
  }
}

/** Our own copy in single-file journal mode, so checking it read-only leaves no -wal or -shm behind. */
function singleFile(file) {
  try {
    const db = new Database(file, { fileMustExist: true })
    try {
      db.pragma('journal_mode = DELETE')
    } finally {
      db.close()
    }
  } catch {
    // Not a database: the check that follows says so.
  }
}

/**
 * Replaces the database with a checked backup. Refuses (throws, touching nothing) when the backup
 * fails integrity_check or foreign_key_check, when a process holds the database, or when an
 * earlier `.before-restore` would be overwritten. The replaced database is kept as
 * `<file>.before-restore`, with its WAL folded in first so that file is complete on its own.
 * Only a copy of the backup is opened, so the backup file itself is never changed.
 */
export function restoreSqlite(backup, target) {
  const unchanged = 'The database was not changed.'
  if (!existsSync(backup)) throw new Error(`Refusing to restore ${backup}: no such file. ${unchanged}`)
  const holders = processesHolding(target)
  if (holders.length)
    throw new Error(
      `Refusing to restore: ${target} is open in process(es) ${holders.join(', ')}. Stop the app first. ${unchanged}`,
    )
  const keep = `${target}.before-restore`
  if (existsSync(target) && existsSync(keep)) {
    throw new Error(
      `Refusing to restore: ${keep} exists from an earlier restore. Move it somewhere safe first. ${unchanged}`,
    )
  }
  mkdirSync(path.dirname(target), { recursive: true })
  const incoming = `${target}.restoring`
  try {
    copyFileSync(backup, incoming)
    singleFile(incoming)
    const check = checkSqliteFile(incoming)
    if (!check.ok) throw new Error(`Refusing to restore ${backup}: ${check.problem}. ${unchanged}`)
    fsyncFile(incoming)
    const replacing = existsSync(target)
    if (replacing) {
      if (foldWal(target) && existsSync(`${target}-wal`) && statSync(`${target}-wal`).size > 0) {
        throw new Error(
          `Refusing to restore: ${target}-wal still holds changes, so something still uses it. Stop the app first. ${unchanged}`,
        )
      }
      renameSync(target, keep)
      // A damaged database keeps its WAL beside it under the matching name, where SQLite looks for it.
      if (existsSync(`${target}-wal`)) renameSync(`${target}-wal`, `${keep}-wal`)
    }
    // A stale -shm (or -wal) beside the new file would be read as part of it.
    for (const side of ['-wal', '-shm']) rmSync(`${target}${side}`, { force: true })
    renameSync(incoming, target)
    return { file: target, kept: replacing ? keep : null, migrations: check.migrations, pending: check.pending }
  } finally {
    for (const leftover of ['', '-journal', '-wal', '-shm']) rmSync(`${incoming}${leftover}`, { force: true })
  }
}
