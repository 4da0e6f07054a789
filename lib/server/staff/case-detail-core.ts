import { isCaseId } from '@/lib/cases/case-forms'
import type { CaseStatus, CaseTrack } from '@/lib/cases/workflow'
import type { Db } from '@/lib/db'
import { INTAKE_NOTE_IDS, type IntakeNoteId } from '@/lib/intake'
import { AssessmentSchema, FactsSchema, type Assessment, type Facts } from '@/lib/rules'

/**
 * Everything the staff case page and its printout show, as plain objects. Stored JSON (answers,
 * facts, assessment, notes) is validated on read: what no longer fits is reported as missing,
 * never shown half-understood. Names of staff come from the User table and stay on staff pages.
 */
export type CaseEventView = {
  id: string
  kind: string
  fromStatus: string | null
  toStatus: string | null
  fromValue: string | null
  toValue: string | null
  reason: string | null
  actorName: string | null
  createdAt: Date
  /** For assignment events: the people the case went from and to (null: nobody or a removed account). */
  fromUser: string | null
  toUser: string | null
}

export type CaseDetail = {
  id: string
  reference: string
  status: CaseStatus | (string & {})
  track: CaseTrack
  locale: 'ja' | 'en'
  clientName: string
  email: string | null
  phone: string | null
  respondent: string
  submittedAt: Date
  deletionRequestedAt: Date | null
  assignee: { id: string; name: string } | null
  answers: unknown
  facts: Facts | null
  intakeNotes: IntakeNoteId[]
  assessment: Assessment | null
  rulesVersion: string | null
  asOf: string | null
  events: CaseEventView[]
  notes: { id: string; body: string; authorName: string | null; createdAt: Date }[]
  updates: { id: string; body: string; locale: string; authorName: string | null; createdAt: Date }[]
  bookings: { id: string; reference: string; startsAt: Date; endsAt: Date; kind: string; status: string }[]
}

const intakeNotesOf = (raw: unknown): IntakeNoteId[] =>
  Array.isArray(raw) ? INTAKE_NOTE_IDS.filter((id) => raw.includes(id)) : []

const author = { select: { name: true } } as const

/** The case, or null for an unknown or malformed id (the page answers 404 either way). */
export async function getCaseDetail(db: Db, id: unknown): Promise<CaseDetail | null> {
  if (!isCaseId(id)) return null
  const row = await db.case.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true } },
      record: true,
      events: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], include: { actor: author } },
      notes: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], include: { author } },
      updates: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], include: { author } },
      bookings: {
        orderBy: { startsAt: 'asc' },
        select: { id: true, reference: true, startsAt: true, endsAt: true, kind: true, status: true },
      },
    },
  })
  if (!row) return null
  const assignedIds = row.events
    .filter((e) => e.kind === 'assignment')
    .flatMap((e) => [e.fromValue, e.toValue])
    .filter((x): x is string => Boolean(x))
  const users = assignedIds.length
    ? new Map(
        (
          await db.user.findMany({ where: { id: { in: [...new Set(assignedIds)] } }, select: { id: true, name: true } })
        ).map((u) => [u.id, u.name]),
      )
    : new Map<string, string>()
  const assessment = AssessmentSchema.safeParse(row.record?.assessment)
  const facts = FactsSchema.safeParse(row.record?.facts)
  return {
    id: row.id,
    reference: row.reference,
    // Kept as stored: a value outside the workflow is shown as it is and offers no moves.
    status: row.status,
    track: row.track === 'landing' ? 'landing' : 'stay',
    locale: row.locale === 'en' ? 'en' : 'ja',
    clientName: row.clientName,
    email: row.email,
    phone: row.phone,
    respondent: row.respondent,
    submittedAt: row.submittedAt,
    deletionRequestedAt: row.deletionRequestedAt,
    assignee: row.assignee,
    answers: row.record?.answers ?? null,
    facts: facts.success ? facts.data : null,
    intakeNotes: intakeNotesOf(row.record?.intakeNotes),
    assessment: assessment.success ? assessment.data : null,
    rulesVersion: row.rulesVersion,
    asOf: row.asOf,
    events: row.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      fromValue: e.fromValue,
      toValue: e.toValue,
      reason: e.reason,
      actorName: e.actor?.name ?? null,
      createdAt: e.createdAt,
      fromUser: e.kind === 'assignment' && e.fromValue ? (users.get(e.fromValue) ?? null) : null,
      toUser: e.kind === 'assignment' && e.toValue ? (users.get(e.toValue) ?? null) : null,
    })),
    notes: row.notes.map((n) => ({
      id: n.id,
      body: n.body,
      authorName: n.author?.name ?? null,
      createdAt: n.createdAt,
    })),
    updates: row.updates.map((u) => ({
      id: u.id,
      body: u.body,
      locale: u.locale,
      authorName: u.author?.name ?? null,
      createdAt: u.createdAt,
    })),
    bookings: row.bookings,
  }
}

/** Staff who can be given a case: every account that is not deactivated, by name. */
export async function listAssignableStaff(db: Db): Promise<{ id: string; name: string }[]> {
  return db.user.findMany({
    where: { banned: false },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true },
  })
}
