/** Public API of the assessment rules. Everything here is pure and framework-free. */
export { assess, type AssessOptions } from './assess'
export { FactsSchema, type Facts } from './facts-schema'
export { AssessmentSchema, type Assessment, type DeadlineResult, type GroundResult } from './result-schema'
export { RULES_VERSION } from './version'
export { isUndatedGround } from './ground'
export { FACTS_ERROR_KEYS, type FactsErrorKey } from './error-keys'
export { ARTICLES, DEADLINE_ARTICLES, GROUND_ARTICLES, PATH_ARTICLES, type Article } from './articles'
export { isCalendarDate, type CalendarDate } from './calendar-date'
export {
  DEADLINE_IDS,
  DOCUMENT_IDS,
  FACTOR_IDS,
  FEE_CASES,
  FEE_SERVICES,
  FLAG_IDS,
  FLAG_SEVERITY,
  GROUND_IDS,
  NEGATIVE_FACTOR_IDS,
  PATH_IDS,
  POSITIVE_FACTOR_IDS,
  REFUND_POLICIES,
  REVIEW_NOTE_IDS,
  SEVERITIES,
  URGENCY_LEVELS,
  type DeadlineId,
  type DocumentId,
  type FactorId,
  type FeeCase,
  type FeeService,
  type FlagId,
  type GroundId,
  type NegativeFactorId,
  type PathId,
  type PositiveFactorId,
  type RefundPolicy,
  type ReviewNoteId,
  type Severity,
  type Urgency,
} from './ids'
