import type { Assessment, DeadlineResult, GroundResult } from '@/lib/rules'

/**
 * What changed between a case's stored assessment and the same facts assessed again today with
 * the current rules. Pure: the page shows it, and staff decide whether to save the new one.
 *
 * Grounds can repeat (one per refusal, one per final judgment), so a ground is matched by its id
 * and the date it rests on; moving that date reads as one removed and one added, which is what
 * staff need to see.
 */
export type GroundField = 'active' | 'lastBarredDay' | 'firstEligibleDay' | 'route52' | 'permanent' | 'article'
export type GroundChange = { before: GroundResult; after: GroundResult; fields: GroundField[] }
export type DeadlineField = 'open' | 'due'
export type DeadlineChange = { before: DeadlineResult; after: DeadlineResult; fields: DeadlineField[] }
export type ListChange<T> = { added: T[]; removed: T[] }

export type AssessmentDiff = {
  rulesChanged: boolean
  dateMoved: boolean
  grounds: { added: GroundResult[]; removed: GroundResult[]; changed: GroundChange[] }
  deadlines: { added: DeadlineResult[]; removed: DeadlineResult[]; changed: DeadlineChange[] }
  /** Set when the list of paths or its order (the first is the recommendation) differs. */
  paths: { before: Assessment['paths']; after: Assessment['paths']; recommendationChanged: boolean } | null
  urgency: { before: Assessment['urgency']; after: Assessment['urgency'] } | null
  flags: ListChange<Assessment['flags'][number]['id']>
  factors: ListChange<Assessment['factors']['positive'][number] | Assessment['factors']['negative'][number]>
  reviewNotes: ListChange<Assessment['reviewNotes'][number]>
  documents: ListChange<Assessment['documents'][number]>
  fee: { before: Assessment['fee']; after: Assessment['fee'] } | null
  /** True when anything but the dates of the snapshot itself differs. */
  hasChanges: boolean
}

const GROUND_FIELDS: readonly GroundField[] = [
  'active',
  'lastBarredDay',
  'firstEligibleDay',
  'route52',
  'permanent',
  'article',
]
const DEADLINE_FIELDS: readonly DeadlineField[] = ['open', 'due']

/** Keys each item by `key`, numbering repeats so two identical keys still pair up in order. */
function keyed<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const seen = new Map<string, number>()
  const out = new Map<string, T>()
  for (const item of items) {
    const base = key(item)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.set(`${base}#${n}`, item)
  }
  return out
}

function diffKeyed<T, F extends keyof T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  fields: readonly F[],
) {
  const old = keyed(before, key)
  const now = keyed(after, key)
  const added = [...now].filter(([k]) => !old.has(k)).map(([, v]) => v)
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, v]) => v)
  const changed: { before: T; after: T; fields: F[] }[] = []
  for (const [k, was] of old) {
    const is = now.get(k)
    if (!is) continue
    const differing = fields.filter((f) => was[f] !== is[f])
    if (differing.length > 0) changed.push({ before: was, after: is, fields: differing })
  }
  return { added, removed, changed }
}

function diffSet<T>(before: readonly T[], after: readonly T[]): ListChange<T> {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) }
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i])

export function diffAssessments(stored: Assessment, current: Assessment): AssessmentDiff {
  const grounds = diffKeyed(stored.grounds, current.grounds, (g) => `${g.id}@${g.event ?? ''}`, GROUND_FIELDS)
  const deadlines = diffKeyed(stored.deadlines, current.deadlines, (d) => d.id, DEADLINE_FIELDS)
  const paths = sameList(stored.paths, current.paths)
    ? null
    : {
        before: stored.paths,
        after: current.paths,
        recommendationChanged: stored.recommendedPath !== current.recommendedPath,
      }
  const urgency = stored.urgency === current.urgency ? null : { before: stored.urgency, after: current.urgency }
  const flags = diffSet(
    stored.flags.map((f) => f.id),
    current.flags.map((f) => f.id),
  )
  const factors = diffSet(
    [...stored.factors.positive, ...stored.factors.negative],
    [...current.factors.positive, ...current.factors.negative],
  )
  const reviewNotes = diffSet(stored.reviewNotes, current.reviewNotes)
  const documents = diffSet(stored.documents, current.documents)
  const sameFee =
    stored.fee.service === current.fee.service &&
    stored.fee.case === current.fee.case &&
    stored.fee.refundPolicy === current.fee.refundPolicy
  const fee = sameFee ? null : { before: stored.fee, after: current.fee }
  const lists = [grounds.added, grounds.removed, grounds.changed, deadlines.added, deadlines.removed, deadlines.changed]
  const sets = [flags, factors, reviewNotes, documents]
  const hasChanges =
    lists.some((l) => l.length > 0) ||
    sets.some((s) => s.added.length > 0 || s.removed.length > 0) ||
    paths !== null ||
    urgency !== null ||
    fee !== null
  return {
    rulesChanged: stored.rulesVersion !== current.rulesVersion,
    dateMoved: stored.asOf !== current.asOf,
    grounds,
    deadlines,
    paths,
    urgency,
    flags,
    factors,
    reviewNotes,
    documents,
    fee,
    hasChanges,
  }
}

/** Worth showing (and saving) when the rules or the day differ from the snapshot's. */
export const needsReassessment = (
  stored: Pick<Assessment, 'rulesVersion' | 'asOf'>,
  rulesVersion: string,
  today: string,
) => stored.rulesVersion !== rulesVersion || stored.asOf !== today
