import { z } from 'zod'
import { isCalendarDate } from './calendar-date'
import {
  DEADLINE_IDS,
  DOCUMENT_IDS,
  FEE_CASES,
  FEE_SERVICES,
  FLAG_IDS,
  GROUND_IDS,
  NEGATIVE_FACTOR_IDS,
  PATH_IDS,
  POSITIVE_FACTOR_IDS,
  REFUND_POLICIES,
  REVIEW_NOTE_IDS,
  SEVERITIES,
  URGENCY_LEVELS,
} from './ids'
import { ARTICLES } from './articles'

/**
 * The assessment as stored and sent: JSON only, ids only. The app can parse a
 * stored assessment with this schema to know it still understands it.
 */
const CalendarDateSchema = z.string().refine(isCalendarDate)
const ArticleSchema = z.enum(ARTICLES)

export const GroundResultSchema = z.strictObject({
  id: z.enum(GROUND_IDS),
  article: ArticleSchema,
  permanent: z.boolean(),
  event: CalendarDateSchema.nullable(),
  lastBarredDay: CalendarDateSchema.nullable(),
  firstEligibleDay: CalendarDateSchema.nullable(),
  active: z.boolean(),
  route52: z.boolean(),
})

export const DeadlineResultSchema = z.strictObject({
  id: z.enum(DEADLINE_IDS),
  article: ArticleSchema,
  due: CalendarDateSchema,
  open: z.boolean(),
})

export const AssessmentSchema = z.strictObject({
  rulesVersion: z.string(),
  asOf: CalendarDateSchema,
  grounds: z.array(GroundResultSchema),
  deadlines: z.array(DeadlineResultSchema),
  paths: z.array(z.enum(PATH_IDS)),
  recommendedPath: z.enum(PATH_IDS).nullable(),
  factors: z.strictObject({
    positive: z.array(z.enum(POSITIVE_FACTOR_IDS)),
    negative: z.array(z.enum(NEGATIVE_FACTOR_IDS)),
  }),
  flags: z.array(z.strictObject({ id: z.enum(FLAG_IDS), severity: z.enum(SEVERITIES) })),
  urgency: z.enum(URGENCY_LEVELS),
  reviewNotes: z.array(z.enum(REVIEW_NOTE_IDS)),
  fee: z.strictObject({
    service: z.enum(FEE_SERVICES),
    case: z.enum(FEE_CASES),
    refundPolicy: z.enum(REFUND_POLICIES).nullable(),
  }),
  documents: z.array(z.enum(DOCUMENT_IDS)),
})

export type Assessment = z.infer<typeof AssessmentSchema>
export type GroundResult = z.infer<typeof GroundResultSchema>
export type DeadlineResult = z.infer<typeof DeadlineResultSchema>
