import { caseIndexFields } from '@/lib/cases/index-fields'
import { caseSearchText } from '@/lib/cases/search-text'
import {
  DraftAnswersSchema,
  isSectionId,
  makeCompleteAnswersSchema,
  makeSectionSchema,
  pruneHidden,
  visibleSections,
  answersToFacts,
  type Answers,
  type SectionId,
} from '@/lib/intake'
import { assess } from '@/lib/rules'
import type { Db } from '@/lib/db'
import { fieldErrorsOf, type FieldErrors } from '@/lib/forms/action-result'
import { newReference } from '@/lib/security/references'
import { hashToken, isWellFormedToken, newToken } from '@/lib/security/tokens'
import { isUniqueViolation, prismaErrorCode } from './prisma-errors'

/**
 * The intake's data operations, taking the database as a parameter so tests run them on real
 * SQLite and PostgreSQL files. The private link's token is the caller's only credential: every
 * operation starts by hashing it and finding the one draft it opens.
 */

export type SaveMode = 'next' | 'autosave'
export type SaveResult =
  | { ok: true; next: SectionId | 'review' }
  | { ok: false; reason: 'not-found' | 'submitted' | 'conflict' }
  | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors }

export type SubmitResult =
  | { ok: true; reference: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'incomplete'; section: SectionId; fieldErrors: FieldErrors }

export async function startDraft(db: Db, locale: 'ja' | 'en'): Promise<{ token: string }> {
  const token = newToken()
  await db.intakeDraft.create({ data: { tokenHash: hashToken(token), locale, answers: {} } })
  return { token }
}

export async function findDraft(db: Db, token: unknown) {
  if (!isWellFormedToken(token)) return null
  return db.intakeDraft.findUnique({ where: { tokenHash: hashToken(token) } })
}

/** Stored answers are re-validated on read: a row that no longer fits is treated as empty, never trusted. */
export function storedAnswers(raw: unknown): Answers {
  const parsed = DraftAnswersSchema.safeParse(raw)
  return parsed.success ? (parsed.data as Answers) : {}
}

export function nextSection(section: SectionId, answers: Answers): SectionId | 'review' {
  const visible = visibleSections(answers)
  const index = visible.indexOf(section)
  return visible[index + 1] ?? 'review'
}

/** The answer to a save of a step the stored answers do not ask (its page redirects away from it). */
const NOT_ASKED: SaveResult = { ok: false, reason: 'invalid', fieldErrors: { _form: 'IntakeUi.errors.sectionNotAsked' } }

/**
 * Saves one step. `next` validates the step strictly (what the form's zodResolver checks);
 * `autosave` keeps whatever is typed so far, type-checked and length-limited. The write is
 * conditional on the row's `updatedAt` and consent, so two tabs cannot silently overwrite each other.
 *
 * A step that is not visible for the stored answers is refused: above all the criminal record,
 * which is asked only with consent. Visibility is judged on the row each attempt re-reads, and the
 * write is conditional on the consent time that row had, so a tab left open on the criminal step
 * cannot store an answer after consent was withdrawn in another (not even within the same millisecond,
 * which `updatedAt` alone would not tell apart).
 */
export async function saveSection(
  db: Db,
  input: { token: unknown; section: unknown; values: unknown; mode: SaveMode; today: string; now: Date },
): Promise<SaveResult> {
  if (!isSectionId(input.section)) return { ok: false, reason: 'not-found' }
  const section = input.section
  for (let attempt = 0; attempt < 3; attempt++) {
    const draft = await findDraft(db, input.token)
    if (!draft) return { ok: false, reason: 'not-found' }
    if (draft.submittedAt) return { ok: false, reason: 'submitted' }
    const answers = storedAnswers(draft.answers)
    if (!visibleSections(answers).includes(section)) return NOT_ASKED
    if (section === 'criminal' && !draft.criminalConsentAt) return NOT_ASKED
    const schema =
      input.mode === 'next'
        ? makeSectionSchema(section, { today: input.today, answers })
        : DraftAnswersSchema.shape[section].unwrap()
    const parsed = schema.safeParse(input.values)
    if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) }

    const updated: Answers = { ...answers, [section]: parsed.data }
    let consentAt = draft.criminalConsentAt
    if (section === 'consent') {
      const agreed = (parsed.data as { consent?: boolean }).consent === true
      consentAt = agreed ? (draft.criminalConsentAt ?? input.now) : null
      // Without consent nothing about a criminal record is kept, not even earlier answers.
      if (!agreed) delete updated.criminal
    }
    const next = nextSection(section, updated)
    const { count } = await db.intakeDraft.updateMany({
      where: { id: draft.id, updatedAt: draft.updatedAt, criminalConsentAt: draft.criminalConsentAt, submittedAt: null },
      data: { answers: updated, section: input.mode === 'next' && next !== 'review' ? next : section, criminalConsentAt: consentAt },
    })
    if (count === 1) return { ok: true, next }
  }
  return { ok: false, reason: 'conflict' }
}

function firstSectionOf(fieldErrors: FieldErrors): SectionId {
  const first = Object.keys(fieldErrors)[0]?.split('.')[0]
  return isSectionId(first) ? first : 'respondent'
}

/**
 * Turns a complete draft into a case: answers, facts, intake notes and the assessment snapshot
 * with its rulesVersion and asOf. Submitting twice (double click, retry) finds the first case:
 * `Case.draftId` is unique, so the database decides, not a check-then-insert.
 *
 * The case keeps only the visible answers (pruneHidden): no criminal record without consent, no
 * stale answers to steps that no longer apply. The draft row then keeps no copy of them: its
 * answers are emptied in the same batch (the row itself stays, `Case.draftId` refers to it). That
 * write is conditional on the draft being as it was read; if the client changed it meanwhile
 * (consent withdrawn in another tab), nothing is written and the submit starts again from the
 * stored answers.
 */
export async function submitDraft(db: Db, input: { token: unknown; today: string; year: number }): Promise<SubmitResult> {
  for (let read = 0; read < 5; read++) {
    const draft = await findDraft(db, input.token)
    if (!draft) return { ok: false, reason: 'not-found' }
    const existing = await db.case.findUnique({ where: { draftId: draft.id }, select: { reference: true } })
    if (existing) return { ok: true, reference: existing.reference }
    // Submitted, yet no case: it was erased in between. The link opens nothing any more.
    if (draft.submittedAt) return { ok: false, reason: 'not-found' }

    const parsed = makeCompleteAnswersSchema({ today: input.today }).safeParse(storedAnswers(draft.answers))
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error)
      return { ok: false, reason: 'incomplete', section: firstSectionOf(fieldErrors), fieldErrors }
    }
    const answers = pruneHidden(parsed.data)
    // Consent is recorded with its time; without that record no criminal answer is kept, whatever the answers say.
    if (!draft.criminalConsentAt) delete answers.criminal
    const { facts, notes } = answersToFacts(parsed.data)
    const assessment = assess(facts, { asOf: input.today })
    const contact = parsed.data.contact
    // Set here, not by the column default: the ground rows carry the same instant in their sort key.
    const submittedAt = new Date()
    const { grounds, ...indexFields } = caseIndexFields(assessment, submittedAt, facts.location)

    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = newReference(input.year)
      try {
        // A batch (not an interactive transaction): both writes or neither, with no awaits in between.
        await db.$transaction([
          db.intakeDraft.update({
            where: { id: draft.id, updatedAt: draft.updatedAt, criminalConsentAt: draft.criminalConsentAt, submittedAt: null },
            data: { submittedAt, answers: {} },
          }),
          db.case.create({
            data: {
              reference,
              locale: contact?.preferredLanguage ?? draft.locale,
              clientName: contact?.name ?? '',
              email: contact?.email || null,
              phone: contact?.phone || null,
              respondent: parsed.data.respondent?.respondent ?? 'self',
              searchText: caseSearchText({ clientName: contact?.name ?? '', email: contact?.email || null, reference }),
              record: { create: { answers, facts, intakeNotes: notes, assessment } },
              rulesVersion: assessment.rulesVersion,
              asOf: assessment.asOf,
              ...indexFields,
              grounds: { create: grounds },
              events: { create: [{ kind: 'submitted', toStatus: 'new' }] },
              criminalConsentAt: draft.criminalConsentAt,
              accessTokenHash: draft.tokenHash,
              draftId: draft.id,
              submittedAt,
            },
          }),
        ])
        return { ok: true, reference }
      } catch (error) {
        if (isUniqueViolation(error, 'draftId') || isUniqueViolation(error, 'accessTokenHash')) {
          const first = await db.case.findUnique({ where: { draftId: draft.id }, select: { reference: true } })
          if (first) return { ok: true, reference: first.reference }
        }
        // P2025: the draft changed (or was submitted) since it was read; read it again.
        if (prismaErrorCode(error) === 'P2025') break
        if (!isUniqueViolation(error, 'reference')) throw error
        if (attempt === 4) throw new Error('Could not find a free case reference')
      }
    }
  }
  throw new Error('The draft kept changing while it was being submitted')
}

/** The case a private link opens, with what the client may see. */
export async function findCaseByToken(db: Db, token: unknown) {
  if (!isWellFormedToken(token)) return null
  return db.case.findUnique({
    where: { accessTokenHash: hashToken(token) },
    include: { record: { select: { assessment: true } }, updates: { orderBy: { createdAt: 'desc' } } },
  })
}
