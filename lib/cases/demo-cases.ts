import { answersToFacts, makeCompleteAnswersSchema, type Answers } from '@/lib/intake'
import { assess } from '@/lib/rules'
import { addDays } from '@/lib/rules/calendar-date'
import { newReference } from '@/lib/security/references'
import { todayInJapan } from '@/lib/time/tokyo'
import {
  NATIONALITIES,
  SCENARIOS,
  SPOUSES,
  fictionalPerson,
  seededRandom,
  type Rng,
  type Scenario,
} from './demo-scenarios'
import { caseIndexFields } from './index-fields'
import { caseSearchText } from './search-text'
import { CASE_STATUSES, REASON_REQUIRED, isOnTrack, nextStatuses, type CaseStatus, type CaseTrack } from './workflow'

/**
 * Fictional cases for the demo office, the browser tests and the 100,000-case benchmark. Each one is
 * made the way a real case is: intake answers, checked by the intake's own complete-answers schema,
 * mapped to facts by `answersToFacts` and assessed by the real `assess`, so a demo case can never
 * hold an assessment the rules would not give. A seeded PRNG makes the output the same for the same
 * seed and day (only references are random, from lib/security, so they look like real ones). The
 * people and situations are in ./demo-scenarios.ts.
 */
export { seededRandom } from './demo-scenarios'

export type DemoEvent = {
  kind: 'submitted' | 'status'
  fromStatus: CaseStatus | null
  toStatus: CaseStatus
  reason: string | null
  createdAt: Date
}
export type DemoCase = ReturnType<typeof buildCase>
export type DemoOptions = { count: number; seed?: number; now?: Date; makeReference?: (year: number) => string }

const BASE = {
  history: { hasDepartures: 'no', hasRefusals: 'no' },
  criminal: { everConvicted: 'no' },
  other: {
    prostitutionWork: 'no',
    traffickedOthers: 'no',
    infectiousDisease: 'no',
    cannotSupport: 'no',
    violentGroup: 'no',
  },
} as const

// Moves a real office rarely makes on the way somewhere else: the walk to a status avoids them.
const DETOURS = new Set([
  'new>consulted',
  'new>declined',
  'consultation-booked>declined',
  'consultation-booked>new',
  'closed>new',
])
const LANDING_ONLY: ReadonlySet<CaseStatus> = new Set(['certificate-issued', 'visa-issued', 'landed'])
const EARLY: ReadonlySet<CaseStatus> = new Set(['new', 'consultation-booked', 'consulted', 'accepted'])
// Weighted towards the statuses a working office has most of.
const STATUS_WEIGHTS: readonly (readonly [CaseStatus, number])[] = CASE_STATUSES.map(
  (s) => [s, ['new', 'consultation-booked', 'preparing-documents', 'filed', 'closed'].includes(s) ? 4 : 1] as const,
)

/** The workflow moves from `new` to `target` on this track (shortest, without detours). */
export function workflowPath(target: CaseStatus, track: CaseTrack): CaseStatus[] {
  const previous = new Map<CaseStatus, CaseStatus | null>([['new', null]])
  const queue: CaseStatus[] = ['new']
  while (queue.length > 0) {
    const from = queue.shift()!
    for (const to of nextStatuses(from, track)) {
      if (previous.has(to) || DETOURS.has(`${from}>${to}`)) continue
      previous.set(to, from)
      queue.push(to)
    }
  }
  if (!previous.has(target)) throw new Error(`${target} cannot be reached on the ${track} track`)
  const path: CaseStatus[] = []
  for (let at: CaseStatus | null = target; at !== null && at !== 'new'; at = previous.get(at) ?? null) path.unshift(at)
  return path
}

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let roll = rng.next() * items.reduce((sum, [, w]) => sum + w, 0)
  for (const [item, w] of items) if ((roll -= w) < 0) return item
  return items[items.length - 1]![0]
}

const REASONS: Partial<Record<CaseStatus, string>> = {
  declined: '（デモ）面談の結果、今回はお引き受けを見送りました。',
  denied: '（デモ）不許可の通知を受け取りました。理由を入管で確認します。',
}

// Building the complete-answers schema costs ~4 ms, parsing with it ~0.1 ms: keep one per day.
const schemas = new Map<string, ReturnType<typeof makeCompleteAnswersSchema>>()
function completeSchema(today: string) {
  let schema = schemas.get(today)
  if (!schema) schemas.set(today, (schema = makeCompleteAnswersSchema({ today })))
  return schema
}

function buildCase(rng: Rng, index: number, now: Date, makeReference: (year: number) => string) {
  // The first cases cover every status once, so even a small demo shows the whole workflow.
  const target = index < CASE_STATUSES.length ? CASE_STATUSES[index]! : weighted(rng, STATUS_WEIGHTS)
  const fits = (s: Scenario) =>
    (s.track === 'landing' || !LANDING_ONLY.has(target)) &&
    (s.track === 'stay' || target !== 'status-granted') &&
    (!s.urgent || EARLY.has(target))
  const scenario = weighted(
    rng,
    SCENARIOS.filter(fits).map((s) => [s, s.weight] as const),
  )
  const steps = workflowPath(target, scenario.track)
  // Urgent cases move within days (a 3-day deadline does not wait), so their deadlines are live.
  const daysAgo = scenario.urgent
    ? rng.int(0, 1 + steps.length)
    : steps.length === 0
      ? rng.int(0, 10)
      : rng.int(steps.length * 10, steps.length * 30 + 30)
  const asOf = addDays(todayInJapan(now), -daysAgo)
  const submittedAt = new Date(
    Math.min(
      now.getTime() - 60_000,
      Date.parse(`${asOf}T${String(rng.int(9, 20)).padStart(2, '0')}:${String(rng.int(10, 59))}:00+09:00`),
    ),
  )

  const person = fictionalPerson(rng, index)
  const spouseAnswers = rng.chance(0.35)
  const locale = spouseAnswers || rng.chance(0.3) ? 'ja' : 'en'
  const consent = rng.chance(0.9)
  const specific = scenario.answers(rng, asOf)
  const raw: Answers = {
    ...BASE,
    respondent: spouseAnswers ? { respondent: 'spouse', respondentName: rng.pick(SPOUSES) } : { respondent: 'self' },
    contact: {
      name: person.name,
      nationality: rng.pick(NATIONALITIES),
      email: `${person.slug}@${locale === 'ja' ? 'example.jp' : 'example.com'}`,
      phone: rng.chance(0.8) ? `+81 90-0000-${String(rng.int(0, 9999)).padStart(4, '0')}` : '',
      preferredLanguage: locale,
    },
    consent: { consent },
    ...specific,
    criminal: consent ? (specific.criminal ?? BASE.criminal) : undefined,
  } as Answers
  const answers = completeSchema(asOf).parse(raw)
  const { facts, notes } = answersToFacts(answers)
  const assessment = assess(facts, { asOf })
  const { grounds, ...indexFields } = caseIndexFields(assessment, submittedAt, facts.location)
  const status: CaseStatus = isOnTrack(target, indexFields.track) ? target : 'new'
  const path = status === target ? steps : []

  const span = now.getTime() - submittedAt.getTime()
  const events: DemoEvent[] = [
    { kind: 'submitted', fromStatus: null, toStatus: 'new', reason: null, createdAt: submittedAt },
  ]
  path.forEach((to, i) => {
    const at = new Date(submittedAt.getTime() + Math.floor((span * (i + 1)) / (path.length + 1)))
    events.push({
      kind: 'status',
      fromStatus: events[events.length - 1]!.toStatus,
      toStatus: to,
      reason: REASON_REQUIRED.has(to) ? REASONS[to]! : null,
      createdAt: at,
    })
  })
  const reference = makeReference(Number(asOf.slice(0, 4)))
  return {
    reference,
    status,
    locale,
    clientName: person.name,
    email: answers.contact?.email || null,
    phone: answers.contact?.phone || null,
    respondent: answers.respondent?.respondent ?? 'self',
    searchText: caseSearchText({ clientName: person.name, email: answers.contact?.email || null, reference }),
    record: { answers, facts, intakeNotes: notes, assessment },
    rulesVersion: assessment.rulesVersion,
    asOf,
    ...indexFields,
    criminalConsentAt: consent ? submittedAt : null,
    submittedAt,
    createdAt: submittedAt,
    updatedAt: events[events.length - 1]!.createdAt,
    grounds,
    events,
  }
}

/** Yields `count` cases, one at a time (the benchmark makes 100,000 without holding them all). */
export function* demoCases({
  count,
  seed = 20261201,
  now = new Date(),
  makeReference = newReference,
}: DemoOptions): Generator<DemoCase> {
  const rng = seededRandom(seed)
  const used = new Set<string>()
  const unique = (year: number) => {
    for (;;) {
      const reference = makeReference(year)
      if (used.has(reference)) continue
      used.add(reference)
      return reference
    }
  }
  for (let i = 0; i < count; i++) yield buildCase(rng, i, now, unique)
}
