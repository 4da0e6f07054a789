import { caseIndexFields } from '@/lib/cases/index-fields'
import {
  canMove,
  isCaseStatus,
  isOnTrack,
  REASON_REQUIRED,
  type CaseStatus,
  type CaseTrack,
} from '@/lib/cases/workflow'
import type { Db } from '@/lib/db'
import { assess, FactsSchema } from '@/lib/rules'
import { prismaErrorCode } from '@/lib/server/prisma-errors'

/**
 * Staff's changes to a case, taking the database as a parameter so the tests run them on real
 * SQLite and PostgreSQL. Every change that depends on what the staff member saw is ONE
 * conditional UPDATE (`WHERE id AND status = from ...`) with its CaseEvent as a nested create:
 * Prisma sends `UPDATE ... WHERE ... RETURNING` and inserts the event only when a row matched,
 * inside one short transaction, and answers P2025 (nothing written) when none did. So of two moves
 * from the same status exactly one wins, and the loser leaves no event behind (an updateMany plus
 * an event in a batch would write the loser's event too). No interactive transactions.
 *
 * For kind 'track' the event's from/to columns hold the tracks, for 'assignment' the user ids.
 */
export type WorkflowFailure =
  'not-found' | 'moved' | 'not-allowed' | 'reason-required' | 'unknown-assignee' | 'invalid-facts' | 'unchanged'
export type WorkflowResult<T = undefined> = { ok: true; data: T } | { ok: false; reason: WorkflowFailure }

const fail = (reason: WorkflowFailure): { ok: false; reason: WorkflowFailure } => ({ ok: false, reason })
const done = <T>(data: T): { ok: true; data: T } => ({ ok: true, data })

/** P2025: the conditional write matched no row. P2003: the case (or user) was deleted meanwhile. */
async function conditional<T>(write: () => Promise<T>, onMiss: WorkflowFailure): Promise<WorkflowResult<T>> {
  try {
    return done(await write())
  } catch (error) {
    if (prismaErrorCode(error) === 'P2025') return fail(onMiss)
    if (prismaErrorCode(error) === 'P2003') return fail('not-found')
    throw error
  }
}

const readState = (db: Db, id: string) =>
  db.case.findUnique({
    where: { id },
    select: {
      status: true,
      track: true,
      assigneeId: true,
      rulesVersion: true,
      asOf: true,
      submittedAt: true,
      record: { select: { facts: true } },
    },
  })

/**
 * One row per ground id (the table's key): a ground can appear more than once in an assessment
 * (two refusals, two judgments), and the row is active when any of them is.
 */
const asTrack = (value: string): CaseTrack => (value === 'landing' ? 'landing' : 'stay')

export async function moveStatus(
  db: Db,
  input: { caseId: string; from: CaseStatus; to: CaseStatus; reason: string; actorId: string },
): Promise<WorkflowResult<{ status: CaseStatus }>> {
  const row = await readState(db, input.caseId)
  if (!row) return fail('not-found')
  if (row.status !== input.from) return fail('moved')
  if (!isCaseStatus(row.status) || !canMove(row.status, input.to, asTrack(row.track))) return fail('not-allowed')
  const reason = input.reason.trim()
  if (REASON_REQUIRED.has(input.to) && reason === '') return fail('reason-required')
  return conditional(async () => {
    await db.case.update({
      // The track is part of the condition: the allowed moves after approval depend on it.
      where: { id: input.caseId, status: input.from, track: row.track },
      data: {
        status: input.to,
        events: {
          create: {
            kind: 'status',
            fromStatus: input.from,
            toStatus: input.to,
            reason: reason || null,
            actorId: input.actorId,
          },
        },
      },
    })
    return { status: input.to }
  }, 'moved')
}

export async function changeTrack(
  db: Db,
  input: { caseId: string; from: CaseTrack; to: CaseTrack; actorId: string },
): Promise<WorkflowResult<{ track: CaseTrack }>> {
  const row = await readState(db, input.caseId)
  if (!row) return fail('not-found')
  if (row.track !== input.from) return fail('moved')
  if (input.from === input.to) return fail('unchanged')
  // A case already at "visa issued" cannot become a stay case, nor a granted stay a landing case.
  if (!isCaseStatus(row.status) || !isOnTrack(row.status, input.to)) return fail('not-allowed')
  return conditional(async () => {
    await db.case.update({
      where: { id: input.caseId, track: input.from, status: row.status },
      data: {
        track: input.to,
        events: { create: { kind: 'track', fromValue: input.from, toValue: input.to, actorId: input.actorId } },
      },
    })
    return { track: input.to }
  }, 'moved')
}

/** `current` and `assigneeId` are user ids or null for nobody. Deactivated accounts cannot be assigned. */
export async function assignCase(
  db: Db,
  input: { caseId: string; current: string | null; assigneeId: string | null; actorId: string },
): Promise<WorkflowResult<{ assigneeId: string | null }>> {
  const [row, user] = await Promise.all([
    readState(db, input.caseId),
    input.assigneeId
      ? db.user.findFirst({ where: { id: input.assigneeId, banned: false }, select: { id: true } })
      : null,
  ])
  if (!row) return fail('not-found')
  if (row.assigneeId !== input.current) return fail('moved')
  if (input.assigneeId && !user) return fail('unknown-assignee')
  if (input.current === input.assigneeId) return fail('unchanged')
  return conditional(async () => {
    await db.case.update({
      where: { id: input.caseId, assigneeId: input.current },
      data: {
        assigneeId: input.assigneeId,
        events: {
          create: { kind: 'assignment', fromValue: input.current, toValue: input.assigneeId, actorId: input.actorId },
        },
      },
    })
    return { assigneeId: input.assigneeId }
  }, 'moved')
}

export async function addNote(
  db: Db,
  input: { caseId: string; body: string; authorId: string },
): Promise<WorkflowResult<{ id: string }>> {
  return conditional(async () => {
    // Nested in the case's update, so a deleted case gives P2025 and no orphan rows.
    const updated = await db.case.update({
      where: { id: input.caseId },
      data: {
        notes: { create: { body: input.body, authorId: input.authorId } },
        events: { create: { kind: 'note', actorId: input.authorId } },
      },
      select: { notes: { orderBy: { createdAt: 'desc' }, take: 1, select: { id: true } } },
    })
    return { id: updated.notes[0]!.id }
  }, 'not-found')
}

export async function addUpdate(
  db: Db,
  input: { caseId: string; body: string; locale: 'ja' | 'en'; authorId: string },
): Promise<WorkflowResult<{ id: string }>> {
  return conditional(async () => {
    const updated = await db.case.update({
      where: { id: input.caseId },
      data: {
        updates: { create: { body: input.body, locale: input.locale, authorId: input.authorId } },
        events: { create: { kind: 'update', actorId: input.authorId } },
      },
      select: { updates: { orderBy: { createdAt: 'desc' }, take: 1, select: { id: true } } },
    })
    return { id: updated.updates[0]!.id }
  }, 'not-found')
}

/**
 * Replaces the stored assessment with the facts assessed today under the current rules: the
 * snapshot, its index columns and the CaseGround rows, in one batch. The case's update is first
 * and conditional on the snapshot the staff member compared against, so two saves at once
 * cannot both write (and on PostgreSQL its row lock orders the ground rows' delete and insert).
 */
export async function saveReassessment(
  db: Db,
  input: { caseId: string; seen: { rulesVersion: string | null; asOf: string | null }; today: string; actorId: string },
): Promise<WorkflowResult<{ rulesVersion: string; asOf: string }>> {
  const row = await readState(db, input.caseId)
  if (!row) return fail('not-found')
  if (row.rulesVersion !== input.seen.rulesVersion || row.asOf !== input.seen.asOf) return fail('moved')
  const facts = FactsSchema.safeParse(row.record?.facts)
  if (!facts.success) return fail('invalid-facts')
  const assessment = assess(facts.data, { asOf: input.today })
  if (assessment.rulesVersion === row.rulesVersion && assessment.asOf === row.asOf) return fail('unchanged')
  // The track is staff's to change once the case is under way; the new path does not override it.
  const { grounds, urgency, urgencyRank, recommendedPath, nextDeadline } = caseIndexFields(assessment, row.submittedAt, facts.data.location)
  const index = { urgency, urgencyRank, recommendedPath, nextDeadline }
  return conditional(async () => {
    await db.$transaction([
      db.case.update({
        where: { id: input.caseId, rulesVersion: row.rulesVersion, asOf: row.asOf },
        data: {
          record: { update: { assessment } },
          rulesVersion: assessment.rulesVersion,
          asOf: assessment.asOf,
          ...index,
          events: { create: { kind: 'reassessed', actorId: input.actorId } },
        },
      }),
      db.caseGround.deleteMany({ where: { caseId: input.caseId } }),
      db.caseGround.createMany({ data: grounds.map((g) => ({ ...g, caseId: input.caseId })) }),
    ])
    return { rulesVersion: assessment.rulesVersion, asOf: assessment.asOf }
  }, 'moved')
}
