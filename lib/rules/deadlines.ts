import { DEADLINE_ARTICLES, type Article } from './articles'
import type { CalendarDate } from './calendar-date'
import type { Facts } from './facts-schema'
import type { DeadlineId } from './ids'
import { threeDayDeadline } from './periods'

export interface Deadline {
  id: DeadlineId
  article: Article
  due: CalendarDate
  open: boolean
}

type Stage = Facts['proceedings']['stage']

/**
 * The 3-day deadline each stage starts. Judgement call: the stage alone decides,
 * not `location`; the stage already says where the person is, and a contradictory
 * location answer must never hide a deadline.
 */
const STAGE_DEADLINE: Readonly<Record<Stage, DeadlineId | null>> = {
  none: null,
  'inspector-finding': 'oral-hearing-request',
  'special-inquiry-decision': 'objection-deportation',
  'deportation-order': null,
  'landing-finding': 'objection-landing',
}

export function deadlineForStage(stage: Stage): DeadlineId | null {
  return STAGE_DEADLINE[stage]
}

/** A stage with a deadline but no notice date: the due date cannot be computed and may still be open. */
export function isNoticeDateMissing(facts: Facts): boolean {
  return deadlineForStage(facts.proceedings.stage) !== null && facts.proceedings.noticeDate === null
}

/** `open` includes the due day itself: the request may be made until the end of that day. */
export function findDeadlines(facts: Facts, asOf: CalendarDate): Deadline[] {
  const id = deadlineForStage(facts.proceedings.stage)
  const notice = facts.proceedings.noticeDate
  if (id === null || notice === null) return []
  const due = threeDayDeadline(notice)
  return [{ id, article: DEADLINE_ARTICLES[id], due, open: asOf <= due }]
}
