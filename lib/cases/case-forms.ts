import { z } from 'zod'
import { CASE_STATUSES, CASE_TRACKS, REASON_REQUIRED } from './workflow'

/**
 * The staff case page's forms: one schema each, used by the form (zodResolver) and parsed again
 * by the server action. Errors are message keys. Each form carries what the staff member saw
 * (`from`, `current`) so the server can tell them when someone else changed the case meanwhile.
 */
export const REASON_MAX = 2000
export const NOTE_MAX = 4000
export const UPDATE_MAX = 4000

/** Case ids are cuids; anything longer or with other characters is refused before any query. */
export const CaseIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9]+$/i)
export const isCaseId = (value: unknown): value is string => CaseIdSchema.safeParse(value).success

const NOT_FOUND = 'StaffCase.errors.notFound'
const caseId = z
  .string({ error: NOT_FOUND })
  .min(1, NOT_FOUND)
  .max(40, NOT_FOUND)
  .regex(/^[a-z0-9]+$/i, NOT_FOUND)

const text = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong)

export const MoveStatusSchema = z
  .strictObject({
    caseId,
    from: z.enum(CASE_STATUSES, { error: 'StaffCase.errors.movedMeanwhile' }),
    to: z.enum(CASE_STATUSES, { error: 'StaffCase.errors.statusRequired' }),
    reason: z
      .string({ error: 'StaffCase.errors.reasonRequired' })
      .trim()
      .max(REASON_MAX, 'StaffCase.errors.reasonTooLong'),
  })
  .superRefine((value, ctx) => {
    if (REASON_REQUIRED.has(value.to) && value.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'StaffCase.errors.reasonRequired' })
    }
  })
export type MoveStatusInput = z.infer<typeof MoveStatusSchema>

export const ChangeTrackSchema = z.strictObject({
  caseId,
  from: z.enum(CASE_TRACKS, { error: 'StaffCase.errors.movedMeanwhile' }),
  to: z.enum(CASE_TRACKS, { error: 'StaffCase.errors.trackRequired' }),
})
export type ChangeTrackInput = z.infer<typeof ChangeTrackSchema>

/** '' means nobody: a select's "not assigned" option. */
const userIdOrNone = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, 'StaffCase.errors.unknownAssignee')

export const AssignSchema = z.strictObject({
  caseId,
  current: userIdOrNone,
  assigneeId: userIdOrNone,
})
export type AssignInput = z.infer<typeof AssignSchema>

export const NoteSchema = z.strictObject({
  caseId,
  body: text(NOTE_MAX, 'StaffCase.errors.noteRequired', 'StaffCase.errors.noteTooLong'),
})
export type NoteInput = z.infer<typeof NoteSchema>

export const UpdateSchema = z.strictObject({
  caseId,
  body: text(UPDATE_MAX, 'StaffCase.errors.updateRequired', 'StaffCase.errors.updateTooLong'),
  locale: z.enum(['ja', 'en'], { error: 'StaffCase.errors.languageRequired' }),
})
export type UpdateInput = z.infer<typeof UpdateSchema>

/** The snapshot the staff member compared against; '' for a case that has none. */
export const ReassessSchema = z.strictObject({
  caseId,
  rulesVersion: z.string().max(64),
  asOf: z.string().max(10),
})
export type ReassessInput = z.infer<typeof ReassessSchema>
