import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import {
  changeRole,
  createAccount,
  endSessions,
  listStaffAccounts,
  resetTwoFactor,
  setActive,
} from '@/lib/server/staff/accounts-core'
import { verifyPassword } from '@/lib/auth/password'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
const NOW = new Date()
const password = 'correct horse battery'

describe.each(providers)('staff accounts on %s', (provider) => {
  let database: TestDatabase
  let db: Db

  beforeAll(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { root, log: () => {} })
    db = createDb(database.url)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await database?.drop()
  })
  beforeEach(async () => {
    await db.user.deleteMany()
  })

  const make = async (name: string, role: 'admin' | 'staff') => {
    const made = await createAccount(db, { name, email: `${name.toLowerCase()}@example.jp`, role, password })
    if (made === 'email-taken') throw new Error('taken')
    return made.id
  }
  const session = (userId: string, n: number) =>
    db.session.create({
      data: { id: `${userId}-s${n}`, token: `${userId}-t${n}`, userId, expiresAt: new Date(NOW.getTime() + 3_600_000) },
    })

  it('creates an account with an argon2id password and refuses a duplicate email', async () => {
    const id = await make('Aiko', 'admin')
    expect(await createAccount(db, { name: 'Other', email: 'aiko@example.jp', role: 'staff', password })).toBe(
      'email-taken',
    )
    const account = await db.account.findFirstOrThrow({ where: { userId: id } })
    expect(account.providerId).toBe('credential')
    expect(account.password).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword({ hash: account.password!, password })).toBe(true)
    await session(id, 1)
    expect(await listStaffAccounts(db, NOW)).toEqual([
      expect.objectContaining({
        id,
        name: 'Aiko',
        email: 'aiko@example.jp',
        role: 'admin',
        twoFactorEnabled: false,
        deactivated: false,
        sessions: 1,
      }),
    ])
  })

  it('changes roles, but never demotes oneself or the last active administrator', async () => {
    const a = await make('Aiko', 'admin')
    const s = await make('Sota', 'staff')
    expect(await changeRole(db, { actorId: a, userId: a, role: 'staff' })).toEqual({ ok: false, reason: 'self' })
    expect(await changeRole(db, { actorId: a, userId: s, role: 'admin' })).toEqual({ ok: true, changed: true })
    expect(await changeRole(db, { actorId: a, userId: s, role: 'admin' })).toEqual({ ok: true, changed: false })
    expect(await changeRole(db, { actorId: a, userId: s, role: 'staff' })).toEqual({ ok: true, changed: true })
    // A demoted administrator's stale request (their role changed after they loaded the page).
    expect(await changeRole(db, { actorId: s, userId: a, role: 'staff' })).toEqual({ ok: false, reason: 'last-admin' })
    expect((await db.user.findUniqueOrThrow({ where: { id: a } })).role).toBe('admin')
    expect(await changeRole(db, { actorId: a, userId: 'nobody', role: 'admin' })).toEqual({
      ok: false,
      reason: 'not-found',
    })
  })

  it('keeps an administrator when two demote each other at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      await db.user.deleteMany()
      const a = await make('Aiko', 'admin')
      const b = await make('Ben', 'admin')
      await Promise.all([
        changeRole(db, { actorId: a, userId: b, role: 'staff' }),
        changeRole(db, { actorId: b, userId: a, role: 'staff' }),
      ])
      expect(await db.user.count({ where: { role: 'admin', banned: false } })).toBeGreaterThanOrEqual(1)
    }
  })

  it('deactivates (ending every session at once) and reactivates', async () => {
    const a = await make('Aiko', 'admin')
    const s = await make('Sota', 'staff')
    await session(s, 1)
    await session(s, 2)
    await session(a, 1)
    expect(await setActive(db, { actorId: a, userId: s, active: false })).toEqual({
      ok: true,
      changed: true,
      sessionsEnded: 2,
    })
    expect(await db.session.count({ where: { userId: s } })).toBe(0)
    expect(await db.session.count({ where: { userId: a } })).toBe(1)
    expect((await db.user.findUniqueOrThrow({ where: { id: s } })).banned).toBe(true)
    expect(await setActive(db, { actorId: a, userId: s, active: false })).toEqual({ ok: true, changed: false })
    expect(await setActive(db, { actorId: a, userId: s, active: true })).toEqual({ ok: true, changed: true })
    expect((await db.user.findUniqueOrThrow({ where: { id: s } })).banned).toBe(false)
  })

  it('never deactivates oneself or the last active administrator', async () => {
    const a = await make('Aiko', 'admin')
    const b = await make('Ben', 'admin')
    expect(await setActive(db, { actorId: a, userId: a, active: false })).toEqual({ ok: false, reason: 'self' })
    expect((await setActive(db, { actorId: a, userId: b, active: false })).ok).toBe(true)
    // b, now deactivated, cannot have sent this; the check holds regardless of who asks.
    expect(await setActive(db, { actorId: b, userId: a, active: false })).toEqual({ ok: false, reason: 'last-admin' })
    expect((await db.user.findUniqueOrThrow({ where: { id: a } })).banned).toBe(false)
  })

  it('ends sessions and resets two-factor', async () => {
    const a = await make('Aiko', 'admin')
    const s = await make('Sota', 'staff')
    await session(s, 1)
    expect(await endSessions(db, s)).toBe(1)
    await db.user.update({
      where: { id: s },
      data: { twoFactorEnabled: true, twoFactors: { create: { id: 'tf1', secret: 'x', backupCodes: 'y' } } },
    })
    await session(s, 2)
    expect(await resetTwoFactor(db, { actorId: a, userId: s })).toEqual({ ok: true, changed: true, sessionsEnded: 1 })
    expect(await db.twoFactor.count({ where: { userId: s } })).toBe(0)
    expect((await db.user.findUniqueOrThrow({ where: { id: s } })).twoFactorEnabled).toBe(false)
    expect(await resetTwoFactor(db, { actorId: a, userId: a })).toEqual({ ok: false, reason: 'self' })
    expect(await resetTwoFactor(db, { actorId: a, userId: 'nobody' })).toEqual({ ok: false, reason: 'not-found' })
  })
})
