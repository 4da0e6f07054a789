import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '@/lib/security/tokens'
import { freePort, freshDatabaseFile, requireBuild, startServer, type RunningServer } from './support/next-server'
import { emptyConfirmed, runWriteLoad, type Confirmed } from './support/write-load'

/**
 * Crash safety of the embedded database: the production server is SIGKILLed at a random moment
 * while clients submit interviews and book consultations, 20 times. After each restart the file
 * must pass PRAGMA integrity_check and foreign_key_check, and every write the server confirmed
 * to a client (in this round or any earlier one) must be in it. Run: npm run test:crash
 * (needs a production build; CRASH_SEED=n replays the kill moments of an earlier run).
 */
const ROUNDS = 20
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))

/** mulberry32: a tiny seeded generator, so a failing run's kill moments can be replayed. */
function seeded(a: number) {
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What is missing from the database, as readable lines; empty when every confirmed write is there. */
function missingWrites(file: string, confirmed: Confirmed): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const missing: string[] = []
    const draft = db.prepare('SELECT answers, submittedAt FROM IntakeDraft WHERE tokenHash = ?')
    // A submitted draft keeps no copy of its answers: the case's record holds them.
    const record = db.prepare('SELECT r.answers FROM CaseRecord r JOIN "Case" c ON c.id = r.caseId WHERE c.accessTokenHash = ?')
    const kase = db.prepare('SELECT reference FROM "Case" WHERE accessTokenHash = ?')
    const booking = db.prepare('SELECT 1 FROM Booking WHERE reference = ?')
    for (const token of confirmed.drafts) {
      const row = draft.get(hashToken(token)) as { answers: string; submittedAt: unknown } | undefined
      if (!row) {
        missing.push(`draft ${token.slice(0, 8)}…`)
        continue
      }
      const stored = row.submittedAt === null ? row.answers : (record.get(hashToken(token)) as { answers: string } | undefined)?.answers
      if (stored === undefined) {
        missing.push(`case record of draft ${token.slice(0, 8)}…`)
        continue
      }
      const answers = JSON.parse(stored) as Record<string, unknown>
      for (const section of confirmed.sections.get(token) ?? []) {
        if (!(section in answers)) missing.push(`section ${section} of draft ${token.slice(0, 8)}…`)
      }
    }
    for (const [token, reference] of confirmed.cases) {
      const row = kase.get(hashToken(token)) as { reference: string } | undefined
      if (row?.reference !== reference) missing.push(`case ${reference}`)
    }
    for (const reference of confirmed.bookings) if (!booking.get(reference)) missing.push(`booking ${reference}`)
    return missing
  } finally {
    db.close()
  }
}

function integrity(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return {
      check: db.pragma('integrity_check', { simple: true }),
      brokenReferences: (db.pragma('foreign_key_check') as unknown[]).length,
    }
  } finally {
    db.close()
  }
}

describe('the server killed at random moments under writes', () => {
  let file: string
  let remove: () => void
  let port: number
  let server: RunningServer | undefined

  beforeAll(async () => {
    requireBuild()
    ;({ file, remove } = freshDatabaseFile('crash'))
    port = await freePort()
  })
  afterAll(async () => {
    await server?.kill()
    remove?.()
  })

  it(`loses no confirmed write and keeps the file intact, ${ROUNDS} kills`, async () => {
    const random = seeded(seed)
    const confirmed = emptyConfirmed()
    const started = performance.now()
    let requests = 0
    let killedInFlight = 0
    const unexpected: string[] = []

    for (let round = 1; round <= ROUNDS; round++) {
      server = await startServer(file, port)
      // Checked on the restarted server's file (its recovery has run), before new writes.
      expect(integrity(file), `integrity after restart ${round - 1}`).toEqual({ check: 'ok', brokenReferences: 0 })
      expect(missingWrites(file, confirmed), `confirmed writes after restart ${round - 1} (seed ${seed})`).toEqual([])

      const running = server
      let stop!: () => void
      const stopped = new Promise<void>((resolve) => (stop = resolve))
      const load = runWriteLoad(running.url, confirmed, {
        intakeClients: 4,
        bookingClients: 1,
        bookingPauseMs: 150,
        random,
        stop: stopped,
      })
      // A random moment between 0.3 s and 3.3 s into the writes (the first second includes warm-up).
      await new Promise((r) => setTimeout(r, 300 + random() * 3000))
      stop()
      await running.kill()
      server = undefined
      const stats = await load
      requests += stats.requests
      killedInFlight += stats.inFlightAtEnd
      unexpected.push(...stats.unexpected)
    }
    server = await startServer(file, port)
    expect(integrity(file), `integrity after restart ${ROUNDS}`).toEqual({ check: 'ok', brokenReferences: 0 })
    expect(missingWrites(file, confirmed), `confirmed writes after restart ${ROUNDS} (seed ${seed})`).toEqual([])
    expect(unexpected, 'answers other than the documented ones').toEqual([])

    const sections = [...confirmed.sections.values()].reduce((sum, s) => sum + s.size, 0)
    const figures = {
      seed,
      kills: ROUNDS,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      requests,
      requestsInFlightWhenKilled: killedInFlight,
      confirmed: {
        drafts: confirmed.drafts.size,
        sectionSaves: sections,
        cases: confirmed.cases.size,
        bookings: confirmed.bookings.size,
      },
    }
    console.log(`crash test: ${JSON.stringify(figures)}`)
    // The kills must have landed on live traffic, or the test proved nothing.
    expect(killedInFlight).toBeGreaterThan(0)
    expect(confirmed.cases.size).toBeGreaterThan(0)
    expect(confirmed.bookings.size).toBeGreaterThan(0)

    // The checker itself can see a loss: remove one confirmed case and one booking from a copy.
    await server.kill()
    server = undefined
    const copy = `${file}.copy`
    const source = new Database(file)
    await source.backup(copy)
    source.close()
    const db = new Database(copy)
    const [token, reference] = [...confirmed.cases][0]!
    db.prepare('DELETE FROM "Case" WHERE reference = ?').run(reference)
    const booking = [...confirmed.bookings][0]!
    db.prepare('DELETE FROM Booking WHERE reference = ?').run(booking)
    db.close()
    // The case's record went with it, and with it the answers of its (submitted) draft.
    const answersLost = confirmed.drafts.has(token) ? [`case record of draft ${token.slice(0, 8)}…`] : []
    expect(missingWrites(copy, confirmed)).toEqual([...answersLost, `case ${reference}`, `booking ${booking}`])
  })
})
