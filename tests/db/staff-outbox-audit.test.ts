import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { writeAudit } from '@/lib/server/audit-core'
import { AUDIT_PAGE_SIZE, listAuditEntries } from '@/lib/server/staff/audit-view-core'
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/lib/server/staff/outbox-core'
import { NO_ACTOR } from '@/lib/staff/audit-filter'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')

describe.each(providers)('outbox and audit log views on %s', (provider) => {
  let database: TestDatabase
  let db: Db

  beforeAll(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { root, log: () => {} })
    db = createDb(database.url)
    await db.user.create({ data: { id: 'aiko', name: 'Aiko Admin', email: 'aiko@example.jp', role: 'admin' } })
    const base = new Date('2027-02-01T00:00:00Z').getTime()
    await db.outboxEmail.createMany({
      data: Array.from({ length: OUTBOX_PAGE_SIZE + 5 }, (_, i) => ({
        to: `c${i}@example.com`,
        subject: `Email ${i}`,
        text: 'Hello',
        locale: 'en',
        status: i === 0 ? 'failed' : 'kept',
        error: i === 0 ? 'connection refused' : null,
        createdAt: new Date(base + i * 60_000),
      })),
    })
    // 2027-02-01 23:30 and 2027-02-02 00:30 in Japan: either side of a Japan midnight.
    const at = (iso: string) =>
      db.auditLog.updateMany({
        where: { createdAt: { gte: new Date(0) }, action: 'auth.sign-in' },
        data: { createdAt: new Date(iso) },
      })
    await writeAudit(db, {
      actorId: 'aiko',
      action: 'auth.sign-in',
      targetType: 'user',
      targetId: 'aiko',
      address: '203.0.113.7',
    })
    await at('2027-02-01T14:30:00Z')
    await writeAudit(db, {
      actorId: 'aiko',
      action: 'case.view',
      targetType: 'case',
      targetId: 'case-1',
      detail: { fields: ['status', 'note'], count: 2 },
    })
    await db.auditLog.updateMany({
      where: { action: 'case.view' },
      data: { createdAt: new Date('2027-02-01T15:30:00Z') },
    })
    await writeAudit(db, { actorId: null, action: 'auth.sign-in-failed', detail: { reason: 'password' } })
    await db.auditLog.updateMany({
      where: { action: 'auth.sign-in-failed' },
      data: { createdAt: new Date('2027-02-01T16:00:00Z') },
    })
    await writeAudit(db, { actorId: 'gone', action: 'booking.status', targetType: 'booking', targetId: 'b-1' })
    await db.auditLog.updateMany({
      where: { action: 'booking.status' },
      data: { createdAt: new Date('2027-02-01T17:00:00Z') },
    })
  })
  afterAll(async () => {
    await db?.$disconnect()
    await database?.drop()
  })

  it('pages the outbox newest first', async () => {
    const first = await listOutbox(db, 1)
    expect(first.total).toBe(OUTBOX_PAGE_SIZE + 5)
    expect(first.hasNext).toBe(true)
    expect(first.emails[0]!.subject).toBe(`Email ${OUTBOX_PAGE_SIZE + 4}`)
    const second = await listOutbox(db, 2)
    expect(second.hasNext).toBe(false)
    expect(second.emails.map((e) => e.subject)).toEqual(['Email 4', 'Email 3', 'Email 2', 'Email 1', 'Email 0'])
    expect(second.emails.at(-1)).toMatchObject({ status: 'failed', error: 'connection refused', hasCalendar: false })
  })

  it('lists the audit log newest first with names, codes and the address hash only', async () => {
    const { entries, hasNext } = await listAuditEntries(db, {}, 1)
    expect(hasNext).toBe(false)
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([
      ['booking.status', null],
      ['auth.sign-in-failed', null],
      ['case.view', 'Aiko Admin'],
      ['auth.sign-in', 'Aiko Admin'],
    ])
    // PostgreSQL's jsonb keeps its own key order.
    expect(entries[2]!.detail.sort()).toEqual([
      ['count', '2'],
      ['fields', 'status, note'],
    ])
    expect(entries[3]!.addressHash).toMatch(/^[0-9a-f]{16}$/)
    expect(JSON.stringify(entries)).not.toContain('203.0.113.7')
    expect(AUDIT_PAGE_SIZE).toBeGreaterThan(entries.length)
  })

  it('filters by action, actor (or none), target and Japan dates', async () => {
    const actions = async (filter: Parameters<typeof listAuditEntries>[1]) =>
      (await listAuditEntries(db, filter, 1)).entries.map((e) => e.action)
    expect(await actions({ action: 'case.view' })).toEqual(['case.view'])
    expect(await actions({ actor: 'aiko' })).toEqual(['case.view', 'auth.sign-in'])
    expect(await actions({ actor: NO_ACTOR })).toEqual(['auth.sign-in-failed'])
    expect(await actions({ target: 'case-1' })).toEqual(['case.view'])
    expect(await actions({ target: 'b-1' })).toEqual(['booking.status'])
    expect(await actions({ to: '2027-02-01' })).toEqual(['auth.sign-in'])
    expect(await actions({ from: '2027-02-02' })).toEqual(['booking.status', 'auth.sign-in-failed', 'case.view'])
    expect(await actions({ from: '2027-02-02', to: '2027-02-02', actor: 'aiko' })).toEqual(['case.view'])
    expect(await actions({ action: 'case.view', actor: NO_ACTOR })).toEqual([])
  })
})
