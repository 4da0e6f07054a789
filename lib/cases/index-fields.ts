import type { Assessment, Facts, PathId } from '@/lib/rules'
import { URGENCY_LEVELS } from '@/lib/rules'
import type { CaseTrack } from './workflow'

/** Paths that end in landing (certificate, visa, landing); every other path ends in a grant of status. */
const LANDING_PATHS: ReadonlySet<PathId> = new Set<PathId>([
  'special-landing-permission',
  'landing-objection',
  'wait-for-ban-expiry',
  'standard-coe',
])

/**
 * The workflow track: landing for the landing paths, stay for the others. With no path open (a
 * permanent or undated ban without a family tie, missing facts), where the person is decides: outside
 * Japan anything that follows is a landing, in Japan a stay.
 */
export const trackForPath = (path: PathId | null, location: Facts['location']): CaseTrack =>
  path ? (LANDING_PATHS.has(path) ? 'landing' : 'stay') : location === 'in-japan' ? 'stay' : 'landing'

/** How CaseGround stores "no deadline": after every real date, so it sorts last without NULLs. */
export const NO_DEADLINE_KEY = '9999-12-31'

/**
 * The columns the staff list sorts and filters on, derived from a stored assessment, so the list
 * never has to read the assessment JSON: urgency and its sort rank (critical first), the nearest open
 * deadline, the recommended path, the workflow track and the grounds. `submittedAt` is the case's
 * own: the ground rows carry the case's whole sort key (see CaseGround in the schema).
 */
export function caseIndexFields(assessment: Assessment, submittedAt: Date, location: Facts['location']) {
  const urgencyRank = URGENCY_LEVELS.indexOf(assessment.urgency)
  const nextDeadline =
    assessment.deadlines
      .filter((d) => d.open)
      .map((d) => d.due)
      .sort()[0] ?? null
  const sortKey = { urgencyRank, deadlineKey: nextDeadline ?? NO_DEADLINE_KEY, submittedAt }
  return {
    urgency: assessment.urgency,
    urgencyRank,
    recommendedPath: assessment.recommendedPath,
    nextDeadline,
    track: trackForPath(assessment.recommendedPath, location),
    grounds: groundRows(assessment.grounds).map((g) => ({ ...g, ...sortKey })),
  }
}

/**
 * One row per ground id (the table's key): a ground can be found twice, e.g. two landing refusals
 * or two convictions; it is active if any of its findings is.
 */
function groundRows(grounds: Assessment['grounds']) {
  const active = new Map<string, boolean>()
  for (const g of grounds) active.set(g.id, (active.get(g.id) ?? false) || g.active)
  return [...active].map(([groundId, isActive]) => ({ groundId, active: isActive }))
}
