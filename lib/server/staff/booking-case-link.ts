import type { Db } from '@/lib/db'
import type { CaseStatus } from '@/lib/cases/workflow'
import { HELD_STATUSES } from '@/lib/staff/booking-status'
import { prismaErrorCode } from '@/lib/server/prisma-errors'

/**
 * Moves a linked case on with its timeline event, both or neither: one batch whose UPDATE only
 * matches a case still in `from` (Prisma's `update` then fails with P2025 and the batch rolls back).
 * Never throws: the booking change that caused it already stands.
 */
export async function advanceCase(
  db: Db,
  input: { caseId: string; from: CaseStatus; to: CaseStatus; actorId: string | null; now: Date },
): Promise<boolean> {
  try {
    await db.$transaction([
      db.case.update({
        where: { id: input.caseId, status: input.from },
        data: { status: input.to },
        select: { id: true },
      }),
      db.caseEvent.create({
        data: {
          caseId: input.caseId,
          actorId: input.actorId,
          kind: 'booking',
          fromStatus: input.from,
          toStatus: input.to,
          createdAt: input.now,
        },
      }),
    ])
    return true
  } catch (error) {
    if (prismaErrorCode(error) !== 'P2025') console.error('case status from booking failed', error)
    return false
  }
}

/**
 * After a booking is cancelled (by the client or the office): a case whose consultation was booked
 * goes back to "new" when no other booking of it still holds a slot, with a timeline event, so the
 * case list does not show a consultation that will not happen. Never fails the cancellation.
 */
export async function releaseCaseAfterCancel(
  db: Db,
  input: { bookingId: string; actorId: string | null; now: Date },
): Promise<boolean> {
  const booking = await db.booking.findUnique({ where: { id: input.bookingId }, select: { caseId: true } })
  if (!booking?.caseId) return false
  const held = await db.booking.count({
    where: { caseId: booking.caseId, status: { in: [...HELD_STATUSES] } },
  })
  if (held > 0) return false
  return advanceCase(db, {
    caseId: booking.caseId,
    from: 'consultation-booked',
    to: 'new',
    actorId: input.actorId,
    now: input.now,
  })
}
