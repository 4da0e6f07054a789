import type { Db } from '@/lib/db'
import type { CaseStatus } from '@/lib/cases/workflow'

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
    if ((error as { code?: string }).code !== 'P2025') console.error('case status from booking failed', error)
    return false
  }
}
