import type { Db } from '@/lib/db'
import { createStaffAccount, type NewStaff } from '@/lib/auth/staff-accounts-core'

/**
 * Staff accounts for administrators: list, create, change role, deactivate or reactivate, end all
 * sessions, reset two-factor. Deleting Session rows signs a browser out at once (no cookie cache).
 *
 * An administrator can never demote or deactivate themselves, and the office can never lose its last
 * active administrator. The last rule is checked before the write and again after it: without
 * interactive transactions nothing locks the other administrators' rows, so if two administrators
 * demote each other at the same moment, the one whose check then finds no administrator left undoes
 * its own write and reports it. Either way at least one active administrator remains.
 */

export interface StaffAccountView {
  id: string
  name: string
  email: string
  role: 'admin' | 'staff'
  twoFactorEnabled: boolean
  deactivated: boolean
  createdAt: string
  /** Browsers signed in now. */
  sessions: number
}

export async function listStaffAccounts(db: Db, now: Date): Promise<StaffAccountView[]> {
  const users = await db.user.findMany({
    orderBy: [{ banned: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      twoFactorEnabled: true,
      banned: true,
      createdAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  })
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role === 'admin' ? 'admin' : 'staff',
    twoFactorEnabled: u.twoFactorEnabled,
    deactivated: u.banned,
    createdAt: u.createdAt.toISOString(),
    sessions: u._count.sessions,
  }))
}

export const createAccount = (db: Db, input: NewStaff) => createStaffAccount(db, input)

export type AccountChange =
  | { ok: true; changed: boolean; sessionsEnded?: number }
  | { ok: false; reason: 'not-found' | 'self' | 'last-admin' | 'changed' }

const activeAdmins = (db: Db, except?: string) =>
  db.user.count({ where: { role: 'admin', banned: false, ...(except ? { id: { not: except } } : {}) } })

export async function changeRole(
  db: Db,
  input: { actorId: string; userId: string; role: 'admin' | 'staff' },
): Promise<AccountChange> {
  const { actorId, userId, role } = input
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, banned: true } })
  if (!target) return { ok: false, reason: 'not-found' }
  if (target.role === role) return { ok: true, changed: false }
  if (userId === actorId) return { ok: false, reason: 'self' }
  const demotesActiveAdmin = target.role === 'admin' && !target.banned
  if (demotesActiveAdmin && (await activeAdmins(db, userId)) === 0) return { ok: false, reason: 'last-admin' }
  const { count } = await db.user.updateMany({ where: { id: userId, role: target.role }, data: { role } })
  if (count !== 1) return { ok: false, reason: 'changed' }
  if (demotesActiveAdmin && (await activeAdmins(db)) === 0) {
    await db.user.updateMany({ where: { id: userId, role }, data: { role: 'admin' } })
    return { ok: false, reason: 'last-admin' }
  }
  return { ok: true, changed: true }
}

/** Deactivating also ends all of the person's sessions, in the same batch. */
export async function setActive(
  db: Db,
  input: { actorId: string; userId: string; active: boolean },
): Promise<AccountChange> {
  const { actorId, userId, active } = input
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, banned: true } })
  if (!target) return { ok: false, reason: 'not-found' }
  if (target.banned === !active) return { ok: true, changed: false }
  if (active) {
    const { count } = await db.user.updateMany({
      where: { id: userId, banned: true },
      data: { banned: false, banReason: null, banExpires: null },
    })
    return count === 1 ? { ok: true, changed: true } : { ok: false, reason: 'changed' }
  }
  if (userId === actorId) return { ok: false, reason: 'self' }
  const isAdmin = target.role === 'admin'
  if (isAdmin && (await activeAdmins(db, userId)) === 0) return { ok: false, reason: 'last-admin' }
  const [banned, sessions] = await db.$transaction([
    db.user.updateMany({ where: { id: userId, banned: false }, data: { banned: true } }),
    db.session.deleteMany({ where: { userId } }),
  ])
  if (banned.count !== 1) return { ok: false, reason: 'changed' }
  if (isAdmin && (await activeAdmins(db)) === 0) {
    await db.user.updateMany({ where: { id: userId, banned: true }, data: { banned: false } })
    return { ok: false, reason: 'last-admin' }
  }
  return { ok: true, changed: true, sessionsEnded: sessions.count }
}

/** Signs the person out everywhere; returns how many sessions ended. */
export async function endSessions(db: Db, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } })
  return count
}

/**
 * Removes the person's authenticator (a lost phone): their TOTP secret and backup codes go, and so do
 * their sessions, so they set two-factor up again at the next sign-in (administrators must).
 */
export async function resetTwoFactor(db: Db, input: { actorId: string; userId: string }): Promise<AccountChange> {
  if (input.userId === input.actorId) return { ok: false, reason: 'self' }
  const [, user, sessions] = await db.$transaction([
    db.twoFactor.deleteMany({ where: { userId: input.userId } }),
    db.user.updateMany({ where: { id: input.userId }, data: { twoFactorEnabled: false } }),
    db.session.deleteMany({ where: { userId: input.userId } }),
  ])
  if (user.count !== 1) return { ok: false, reason: 'not-found' }
  return { ok: true, changed: true, sessionsEnded: sessions.count }
}
