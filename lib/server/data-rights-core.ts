import type { Db } from '@/lib/db'
import { auditLogCreate } from './audit-core'
import { findCaseByToken } from './intake-core'
import { prismaErrorCode } from './prisma-errors'

/**
 * Data rights under Japan's privacy law (APPI Arts. 33-35): a client asks from their private link to
 * have their data deleted; an administrator confirms, and everything about the case is erased. The
 * audit log keeps only that an erasure happened (ids and counts).
 */

/**
 * The client's request. Asking twice keeps the first time. Returns when it was asked, or null for a bad link.
 * The date, its timeline event (a nested create) and the audit entry are one batch, and the update is
 * conditional on no date yet (decision 008): all three are written once, or nothing is, so a retry
 * after a failure writes them then, and a repeated or concurrent request writes nothing more.
 */
export async function requestDeletion(db: Db, token: unknown, now: Date): Promise<Date | null> {
  const found = await findCaseByToken(db, token)
  if (!found) return null
  if (found.deletionRequestedAt) return found.deletionRequestedAt
  try {
    await db.$transaction([
      db.case.update({
        where: { id: found.id, deletionRequestedAt: null },
        data: { deletionRequestedAt: now, events: { create: { kind: 'deletion-requested' } } },
      }),
      auditLogCreate(db, { actorId: null, action: 'case.deletion-requested', targetType: 'case', targetId: found.id }),
    ])
    return now
  } catch (error) {
    // P2025: asked meanwhile (the first date stands), or the case was erased (the link opens nothing).
    if (prismaErrorCode(error) !== 'P2025') throw error
    const row = await db.case.findUnique({ where: { id: found.id }, select: { deletionRequestedAt: true } })
    return row?.deletionRequestedAt ?? null
  }
}

export type DeletionRequest = { id: string; reference: string; status: string; requestedAt: Date; bookings: number }

export async function listDeletionRequests(db: Db): Promise<DeletionRequest[]> {
  const rows = await db.case.findMany({
    where: { deletionRequestedAt: { not: null } },
    orderBy: { deletionRequestedAt: 'asc' },
    select: { id: true, reference: true, status: true, deletionRequestedAt: true, _count: { select: { bookings: true } } },
  })
  return rows.map((r) => ({ id: r.id, reference: r.reference, status: r.status, requestedAt: r.deletionRequestedAt!, bookings: r._count.bookings }))
}

export type ErasureResult = { ok: true; bookings: number; emails: number } | { ok: false; reason: 'not-found' | 'reference-mismatch' }

/**
 * Erases a case and everything that holds its client's data: the case (with its answers, facts,
 * assessment, timeline, notes and updates, by cascade), its bookings, the interview draft, and the
 * emails kept for the client, with the audit entry. One batch: all of it or none. The caller must be
 * an administrator; typing the reference again guards against erasing the wrong case. A case erased
 * meanwhile (another administrator, a second click) answers not-found and writes nothing.
 */
export async function eraseCase(db: Db, input: { caseId: string; reference: string; actorId: string; address?: string | null }): Promise<ErasureResult> {
  const found = await db.case.findUnique({
    where: { id: input.caseId },
    select: { id: true, reference: true, email: true, draftId: true, bookings: { select: { id: true, email: true, reference: true } } },
  })
  if (!found) return { ok: false, reason: 'not-found' }
  if (found.reference !== input.reference.trim().toUpperCase()) return { ok: false, reason: 'reference-mismatch' }
  // Which kept emails are this case's: OutboxEmail has no case or booking column, and one address may
  // serve several clients (a spouse, a supporter or an NGO writing for more than one person). So an
  // email is this case's when it went to the case's or its bookings' address AND names the case's
  // reference or one of its bookings' references in its subject or text (every booking email names its
  // booking's reference in both). Another client's email to the same address names other references
  // and is kept. References are random (lib/security/references.ts), so one never matches by chance.
  const addresses = [...new Set([found.email, ...found.bookings.map((b) => b.email)].filter((e): e is string => Boolean(e)))]
  const references = [found.reference, ...found.bookings.map((b) => b.reference)]
  const ownEmails = {
    to: { in: addresses },
    OR: references.flatMap((reference) => [{ subject: { contains: reference } }, { text: { contains: reference } }]),
  }
  const emails = addresses.length ? await db.outboxEmail.count({ where: ownEmails }) : 0
  try {
    await db.$transaction([
      db.booking.deleteMany({ where: { caseId: found.id } }),
      db.outboxEmail.deleteMany({ where: addresses.length ? ownEmails : { id: { in: [] } } }),
      // Fails with P2025 when the case is already gone, which rolls the whole batch back.
      db.case.delete({ where: { id: found.id } }),
      db.intakeDraft.deleteMany({ where: { id: found.draftId ?? '' } }),
      auditLogCreate(db, {
        actorId: input.actorId,
        action: 'case.erased',
        targetType: 'case',
        targetId: found.id,
        detail: { bookings: found.bookings.length, emails },
        address: input.address,
      }),
    ])
  } catch (error) {
    if (prismaErrorCode(error) === 'P2025') return { ok: false, reason: 'not-found' }
    throw error
  }
  return { ok: true, bookings: found.bookings.length, emails }
}

/** Everything stored about one case, for an administrator's export (a client's disclosure request). */
export async function exportCase(db: Db, caseId: string) {
  const found = await db.case.findUnique({
    where: { id: caseId },
    include: {
      events: { orderBy: { createdAt: 'asc' } },
      notes: { orderBy: { createdAt: 'asc' } },
      updates: { orderBy: { createdAt: 'asc' } },
      bookings: { orderBy: { startsAt: 'asc' } },
      grounds: true,
      record: true,
    },
  })
  if (!found) return null
  // Secrets are not data about the client: leave the token hashes out.
  const { bookings, ...rest } = found
  return {
    exportedAt: new Date().toISOString(),
    case: withoutKey(rest, 'accessTokenHash'),
    bookings: bookings.map((booking) => withoutKey(booking, 'tokenHash')),
  }
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value }
  delete copy[key]
  return copy
}
