import Database from 'better-sqlite3'
import path from 'node:path'
import { hashToken } from '@/lib/security/tokens'

/**
 * Read-only access to the browser tests' database (scripts/e2e-server.mjs creates it), so a test
 * can prove what was and was not stored, not only what the page says.
 */
export function e2eDb() {
  const port = process.env.E2E_PORT ?? '3210'
  const file = path.resolve(import.meta.dirname, `../../../tmp/e2e-${port}/e2e.db`)
  return new Database(file, { readonly: true, fileMustExist: true })
}

export function draftAnswers(token: string): unknown {
  const db = e2eDb()
  try {
    const row = db.prepare('SELECT answers FROM IntakeDraft WHERE tokenHash = ?').get(hashToken(token)) as { answers: string } | undefined
    return row ? JSON.parse(row.answers) : undefined
  } finally {
    db.close()
  }
}

export function casesForToken(token: string): number {
  const db = e2eDb()
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM "Case" WHERE accessTokenHash = ?').get(hashToken(token)) as { n: number }).n
  } finally {
    db.close()
  }
}

/** The id (as in /staff/cases/ID) of the case with this reference. */
export function caseIdOf(reference: string): string {
  const db = e2eDb()
  try {
    return (db.prepare('SELECT id FROM "Case" WHERE reference = ?').get(reference) as { id: string }).id
  } finally {
    db.close()
  }
}
