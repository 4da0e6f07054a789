import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '@/lib/db'
import { overstayerMarried } from '@/lib/intake/test-answers'
import { eraseCase, exportCase, listDeletionRequests, requestDeletion } from '@/lib/server/data-rights-core'
import { submitCase } from '@/tests/support/cases'
import { migratedDatabase, providers } from '@/tests/support/databases'

/**
 * Makes every insert into AuditLog fail until the returned function is called: a real failure of
 * the database in the middle of a write (SQLite trigger syntax, so these tests run on SQLite).
 */
async function failAuditInserts(db: Db): Promise<() => Promise<void>> {
  await db.$executeRawUnsafe(
    `CREATE TRIGGER fail_audit BEFORE INSERT ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`,
  )
  return async () => void (await db.$executeRawUnsafe('DROP TRIGGER fail_audit'))
}

describe.each(providers)('data rights on %s', (provider) => {
  const database = migratedDatabase(provider)
  let db: Db
  beforeAll(async () => (db = await database.open()))
  afterAll(database.close)

  async function caseWithEverything() {
    const made = await submitCase(db, overstayerMarried)
    const staff = await db.user.create({ data: { id: `u-${made.id}`, name: 'Staff', email: `s-${made.id}@example.jp` } })
    await db.caseNote.create({ data: { caseId: made.id, authorId: staff.id, body: 'internal note' } })
    await db.caseUpdate.create({ data: { caseId: made.id, locale: 'en', body: 'update for the client' } })
    await db.booking.create({
      data: {
        reference: `B-${made.id.slice(0, 8)}`,
        tokenHash: `hash-${made.id}`,
        caseId: made.id,
        startsAt: new Date('2030-01-07T01:00:00Z'),
        endsAt: new Date('2030-01-07T02:00:00Z'),
        slotKey: `slot-${made.id}`,
        kind: 'in-person',
        name: 'Maria Santos',
        email: 'maria@example.com',
        phone: '+81 90',
        locale: 'en',
        feeYen: 5400,
      },
    })
    const bookingReference = `B-${made.id.slice(0, 8)}`
    await db.outboxEmail.create({
      data: { to: 'maria@example.com', subject: `Booked ${bookingReference}`, text: `Dear Maria\nReference: ${bookingReference}`, locale: 'en', status: 'kept' },
    })
    await db.outboxEmail.create({ data: { to: 'someone-else@example.com', subject: 'Other', text: 'x', locale: 'en', status: 'kept' } })
    return { ...made, staffId: staff.id, bookingReference }
  }

  it('records the client’s request once, by the private link only', async () => {
    const made = await caseWithEverything()
    expect(await requestDeletion(db, 'not-a-token', new Date())).toBeNull()
    const first = await requestDeletion(db, made.token, new Date('2026-12-01T01:00:00Z'))
    const again = await requestDeletion(db, made.token, new Date('2026-12-02T01:00:00Z'))
    expect(first?.toISOString()).toBe('2026-12-01T01:00:00.000Z')
    expect(again?.toISOString()).toBe('2026-12-01T01:00:00.000Z')
    expect((await listDeletionRequests(db)).map((r) => r.reference)).toContain(made.reference)
    expect(await db.auditLog.count({ where: { action: 'case.deletion-requested', targetId: made.id } })).toBe(1)
  })

  it('exports everything about the case without secrets', async () => {
    const made = await caseWithEverything()
    const exported = await exportCase(db, made.id)
    const text = JSON.stringify(exported)
    expect(exported?.case.reference).toBe(made.reference)
    expect(exported?.bookings).toHaveLength(1)
    expect(text).toContain('internal note')
    expect(text).toContain('update for the client')
    expect(text).not.toContain('tokenHash')
    expect(text).not.toContain('accessTokenHash')
    expect(await exportCase(db, 'missing')).toBeNull()
  })

  it('erases the case, its bookings, draft and emails; the audit log keeps only that it happened', async () => {
    const made = await caseWithEverything()
    expect(await eraseCase(db, { caseId: made.id, reference: 'WRONG', actorId: made.staffId })).toEqual({ ok: false, reason: 'reference-mismatch' })
    expect(await db.case.count({ where: { id: made.id } })).toBe(1)

    const result = await eraseCase(db, { caseId: made.id, reference: made.reference.toLowerCase(), actorId: made.staffId })
    expect(result).toMatchObject({ ok: true, bookings: 1 })
    expect(await db.case.count({ where: { id: made.id } })).toBe(0)
    expect(await db.booking.count({ where: { caseId: made.id } })).toBe(0)
    expect(await db.booking.count({ where: { tokenHash: `hash-${made.id}` } })).toBe(0)
    expect(await db.caseNote.count({ where: { caseId: made.id } })).toBe(0)
    expect(await db.caseUpdate.count({ where: { caseId: made.id } })).toBe(0)
    expect(await db.caseEvent.count({ where: { caseId: made.id } })).toBe(0)
    expect(await db.caseGround.count({ where: { caseId: made.id } })).toBe(0)
    expect(await db.intakeDraft.count({ where: { id: made.draftId! } })).toBe(0)
    expect(await db.outboxEmail.count({ where: { subject: { contains: made.bookingReference } } })).toBe(0)
    expect(await db.outboxEmail.count({ where: { to: 'someone-else@example.com' } })).toBeGreaterThan(0)

    const log = await db.auditLog.findMany({ where: { targetId: made.id } })
    expect(log.map((entry) => entry.action)).toContain('case.erased')
    const logText = JSON.stringify(log)
    for (const personal of ['Maria', 'maria@example.com', made.reference, 'internal note']) expect(logText).not.toContain(personal)
    expect(await eraseCase(db, { caseId: made.id, reference: made.reference, actorId: made.staffId })).toEqual({ ok: false, reason: 'not-found' })
  })

  it('records a deletion request whole or not at all, and a retry completes it', async () => {
    const made = await caseWithEverything()
    const requested = () => db.case.findUniqueOrThrow({ where: { id: made.id }, select: { deletionRequestedAt: true } })
    const events = () => db.caseEvent.count({ where: { caseId: made.id, kind: 'deletion-requested' } })
    const audits = () => db.auditLog.count({ where: { action: 'case.deletion-requested', targetId: made.id } })
    if (provider === 'sqlite') {
      const restore = await failAuditInserts(db)
      await expect(requestDeletion(db, made.token, new Date('2026-12-01T01:00:00Z'))).rejects.toThrow()
      await restore()
      // Nothing half-written: no date without its timeline event and audit entry.
      expect((await requested()).deletionRequestedAt).toBeNull()
      expect(await events()).toBe(0)
    }
    const at = new Date('2026-12-02T01:00:00Z')
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => requestDeletion(db, made.token, new Date(at.getTime() + i * 1000))))
    // Whichever request was first, every caller is told the one stored date.
    const stored = (await requested()).deletionRequestedAt?.toISOString()
    expect(new Set(results.map((r) => r?.toISOString()))).toEqual(new Set([stored]))
    expect(await requestDeletion(db, made.token, new Date('2026-12-09T01:00:00Z'))).toEqual(new Date(stored!))
    expect(await events()).toBe(1)
    expect(await audits()).toBe(1)
  })

  it('erases only the emails that belong to this case, not other clients’ emails to the same address', async () => {
    const made = await caseWithEverything()
    // A supporter who writes for two clients: one address, two clients' bookings.
    const other = await caseWithEverything()
    const caseEmail = await db.outboxEmail.create({
      data: { to: 'maria@example.com', subject: `About ${made.reference}`, text: 'x', locale: 'en', status: 'sent' },
    })
    const result = await eraseCase(db, { caseId: made.id, reference: made.reference, actorId: made.staffId })
    expect(result).toEqual({ ok: true, bookings: 1, emails: 2 })
    expect(await db.outboxEmail.count({ where: { subject: { contains: made.bookingReference } } })).toBe(0)
    expect(await db.outboxEmail.count({ where: { id: caseEmail.id } })).toBe(0)
    expect(await db.outboxEmail.count({ where: { subject: { contains: other.bookingReference } } })).toBe(1)
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'case.erased', targetId: made.id } })
    expect(entry.detail).toEqual({ bookings: 1, emails: 2 })
  })

  it('erases nothing when the audit entry cannot be written', async () => {
    if (provider !== 'sqlite') return
    const made = await caseWithEverything()
    const restore = await failAuditInserts(db)
    try {
      await expect(eraseCase(db, { caseId: made.id, reference: made.reference, actorId: made.staffId })).rejects.toThrow()
    } finally {
      await restore()
    }
    expect(await db.case.count({ where: { id: made.id } })).toBe(1)
    expect(await db.booking.count({ where: { caseId: made.id } })).toBe(1)
    expect(await db.outboxEmail.count({ where: { subject: { contains: made.bookingReference } } })).toBe(1)
  })

  it('two administrators erasing at once: one erases, the other is told the case is gone', async () => {
    const made = await caseWithEverything()
    const results = await Promise.allSettled(
      Array.from({ length: 3 }, () => eraseCase(db, { caseId: made.id, reference: made.reference, actorId: made.staffId })),
    )
    const values = results.map((r) => (r.status === 'fulfilled' ? r.value : { rejected: String(r.reason).slice(0, 200) }))
    expect(values.filter((v) => 'ok' in v && v.ok)).toHaveLength(1)
    expect(values.filter((v) => !('ok' in v && v.ok))).toEqual([
      { ok: false, reason: 'not-found' },
      { ok: false, reason: 'not-found' },
    ])
    expect(await db.auditLog.count({ where: { action: 'case.erased', targetId: made.id } })).toBe(1)
  })
})
