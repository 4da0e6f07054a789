'use server'

import {
  AssignSchema,
  ChangeTrackSchema,
  MoveStatusSchema,
  NoteSchema,
  ReassessSchema,
  UpdateSchema,
} from '@/lib/cases/case-forms'
import { failure, type ActionResult } from '@/lib/forms/action-result'
import { audit } from '@/lib/server/audit'
import { staffAction } from '@/lib/server/staff/session'
import {
  addNote,
  addUpdate,
  assignCase,
  changeTrack,
  moveStatus,
  saveReassessment,
  type WorkflowFailure,
  type WorkflowResult,
} from '@/lib/server/staff/case-workflow'

/**
 * The case page's actions. Each is a public endpoint: staffAction checks the session first and
 * parses the form's own schema; the workflow core re-checks the move against the case as stored.
 * Audit entries hold ids and codes only.
 */
const FAILURE_KEYS: Record<WorkflowFailure, string> = {
  'not-found': 'StaffCase.errors.notFound',
  moved: 'StaffCase.errors.movedMeanwhile',
  'not-allowed': 'StaffCase.errors.notAllowed',
  'reason-required': 'StaffCase.errors.reasonRequired',
  'unknown-assignee': 'StaffCase.errors.unknownAssignee',
  'invalid-facts': 'StaffCase.errors.invalidFacts',
  unchanged: 'StaffCase.errors.unchanged',
}

function answer<T>(result: WorkflowResult<T>): ActionResult<T> {
  if (result.ok) return { ok: true, data: result.data }
  if (result.reason === 'reason-required')
    return {
      ok: false,
      formError: FAILURE_KEYS['reason-required'],
      fieldErrors: { reason: FAILURE_KEYS['reason-required'] },
    }
  return failure(FAILURE_KEYS[result.reason])
}

export const moveStatusAction = staffAction({ schema: MoveStatusSchema }, async (input, session) => {
  const result = await moveStatus({
    caseId: input.caseId,
    from: input.from,
    to: input.to,
    reason: input.reason,
    actorId: session.user.id,
  })
  if (result.ok) {
    await audit({
      actorId: session.user.id,
      action: 'case.status',
      targetType: 'case',
      targetId: input.caseId,
      detail: { from: input.from, to: input.to },
    })
  }
  return answer(result)
})

export const changeTrackAction = staffAction({ schema: ChangeTrackSchema }, async (input, session) => {
  const result = await changeTrack({ caseId: input.caseId, from: input.from, to: input.to, actorId: session.user.id })
  if (result.ok) {
    await audit({
      actorId: session.user.id,
      action: 'case.track',
      targetType: 'case',
      targetId: input.caseId,
      detail: { from: input.from, to: input.to },
    })
  }
  return answer(result)
})

export const assignAction = staffAction({ schema: AssignSchema }, async (input, session) => {
  const result = await assignCase({
    caseId: input.caseId,
    current: input.current || null,
    assigneeId: input.assigneeId || null,
    actorId: session.user.id,
  })
  if (result.ok) {
    await audit({
      actorId: session.user.id,
      action: 'case.assign',
      targetType: 'case',
      targetId: input.caseId,
      detail: { from: input.current || null, to: input.assigneeId || null },
    })
  }
  return answer(result)
})

export const addNoteAction = staffAction({ schema: NoteSchema }, async (input, session) => {
  const result = await addNote({ caseId: input.caseId, body: input.body, authorId: session.user.id })
  if (result.ok) {
    // The note's text stays out of the log: only its id and length.
    await audit({
      actorId: session.user.id,
      action: 'case.note',
      targetType: 'case',
      targetId: input.caseId,
      detail: { noteId: result.data.id, length: input.body.length },
    })
  }
  return answer(result)
})

export const addUpdateAction = staffAction({ schema: UpdateSchema }, async (input, session) => {
  const result = await addUpdate({
    caseId: input.caseId,
    body: input.body,
    locale: input.locale,
    authorId: session.user.id,
  })
  if (result.ok) {
    await audit({
      actorId: session.user.id,
      action: 'case.update',
      targetType: 'case',
      targetId: input.caseId,
      detail: { updateId: result.data.id, locale: input.locale, length: input.body.length },
    })
  }
  return answer(result)
})

export const reassessAction = staffAction({ schema: ReassessSchema }, async (input, session) => {
  const result = await saveReassessment({
    caseId: input.caseId,
    seen: { rulesVersion: input.rulesVersion || null, asOf: input.asOf || null },
    actorId: session.user.id,
  })
  if (result.ok) {
    await audit({
      actorId: session.user.id,
      action: 'case.reassess',
      targetType: 'case',
      targetId: input.caseId,
      detail: {
        fromRules: input.rulesVersion || null,
        fromAsOf: input.asOf || null,
        rulesVersion: result.data.rulesVersion,
        asOf: result.data.asOf,
      },
    })
  }
  return answer(result)
})
