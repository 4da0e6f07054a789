import type { ConvictionAnswer } from './schemas/criminal'
import type { ChildAnswer } from './schemas/family'
import type { DepartureAnswer } from './schemas/history'
import { SECTION_IDS, type SectionId } from './sections'
import type { Answers, FieldId, SectionAnswers } from './types'

/**
 * "Only what applies". Every rule reads the facts that decide it through `context`,
 * which itself only reads visible answers: a person who first said "in Japan",
 * answered custody, then switched to "abroad" has no custody, whatever is stored.
 */
function context(answers: Answers) {
  const location = answers.situation?.location
  const inJapan = location === 'in-japan'
  const residence = inJapan ? answers.situation?.residence : undefined
  const stage = inJapan ? answers.proceedings?.stage : undefined
  const withoutStatus = inJapan && residence !== 'valid'
  return { location, inJapan, atPort: location === 'at-port', residence, stage, withoutStatus }
}

const when = <T extends string>(condition: boolean, ...fields: T[]): T[] => (condition ? fields : [])

type Rules = { [S in SectionId]: (answers: Answers) => FieldId<S>[] }

const RULES: Rules = {
  respondent: ({ respondent: r }) => [
    'respondent',
    ...when(r?.respondent !== undefined && r.respondent !== 'self', 'respondentName' as const),
    ...when(r?.respondent === 'family' || r?.respondent === 'supporter', 'respondentRelationship' as const),
  ],
  contact: () => ['name', 'nationality', 'email', 'phone', 'preferredLanguage'],
  situation: (answers) => {
    const { inJapan, residence } = context(answers)
    return [
      'location',
      ...when(inJapan, 'residence' as const),
      'yearsInJapan',
      ...when(residence === 'overstay' || residence === 'illegal-entry', 'illegalStayYears' as const),
      // Readiness to leave matters only for a departure order, which needs an overstay.
      ...when(residence === 'overstay' || residence === 'unknown', 'canDepartPromptly' as const),
    ]
  },
  proceedings: (answers) => {
    const { inJapan, atPort, stage, withoutStatus } = context(answers)
    const noticed =
      (inJapan && stage !== undefined && stage !== 'none' && stage !== 'unknown') ||
      (atPort && answers.proceedings?.portFinding === 'yes')
    return [
      ...when(inJapan, 'custody' as const, 'stage' as const),
      ...when(atPort, 'portFinding' as const),
      ...when(noticed, 'noticeDate' as const),
      ...when(withoutStatus, 'voluntaryAppearance' as const),
    ]
  },
  history: ({ history: h }) => [
    'hasDepartures',
    ...when(h?.hasDepartures === 'yes', 'departures' as const),
    'hasRefusals',
    ...when(h?.hasRefusals === 'yes', 'refusals' as const),
  ],
  consent: () => ['consent'],
  criminal: ({ criminal: c }) => ['everConvicted', ...when(c?.everConvicted === 'yes', 'convictions' as const)],
  other: () => ['prostitutionWork', 'traffickedOthers', 'infectiousDisease', 'cannotSupport', 'violentGroup'],
  family: (answers) => {
    const f = answers.family
    const { inJapan, withoutStatus, stage } = context(answers)
    const hasPartner = f?.partner !== undefined && f.partner !== 'none'
    const married = f?.partner === 'married'
    // Marrying after proceedings began is asked only where proceedings can have begun.
    const proceedingsPossible = inJapan && (withoutStatus || (stage !== undefined && stage !== 'none'))
    return [
      'partner',
      ...when(hasPartner, 'partnerStatus' as const),
      ...when(married, 'marriedOn' as const),
      ...when(hasPartner, 'cohabitingYears' as const),
      ...when(married && proceedingsPossible, 'marriedAfterProceedings' as const),
      'hasChildren',
      ...when(f?.hasChildren === 'yes', 'children' as const),
      'parentJapanese',
      'medicalNeed',
      ...when(inJapan, 'communityTies' as const),
    ]
  },
  goals: (answers) => {
    const { inJapan } = context(answers)
    const goal = answers.goals?.goal
    const coming = !inJapan || goal === 'leave-and-return'
    return [...when(inJapan, 'goal' as const), ...when(coming, 'returnPurpose' as const), 'message']
  },
}

/** Abroad there are no proceedings to ask about; without consent no criminal record is asked. */
export function visibleSections(answers: Answers): SectionId[] {
  return SECTION_IDS.filter((id) => {
    if (id === 'proceedings') return answers.situation?.location !== 'abroad'
    if (id === 'criminal') return answers.consent?.consent === true
    return true
  })
}

export function visibleFields<S extends SectionId>(section: S, answers: Answers): FieldId<S>[] {
  return (RULES[section] as (answers: Answers) => FieldId<S>[])(answers)
}

export const ITEM_RULES = {
  departures: (item: DepartureAnswer) => [
    'date',
    'kind',
    'ground',
    ...when(item.kind === 'deportation', 'reducedBanDecision' as const),
  ],
  refusals: () => ['date', 'reason'] as const,
  convictions: (item: ConvictionAnswer) => {
    const prison = item.penalty === 'imprisonment'
    const japan = item.country === 'japan'
    return [
      'country',
      'offence',
      'penalty',
      ...when(prison, 'termMonths' as const, 'suspended' as const),
      ...when(prison && item.suspended === 'no', 'servedMonths' as const),
      ...when(prison || item.penalty === 'life-imprisonment', 'political' as const),
      'finalOn',
      ...when(japan, 'statusAtTime' as const, 'leftBeforeFinal' as const),
    ]
  },
  children: (item: ChildAnswer) => [
    'otherParentStatus',
    'minor',
    'custody',
    ...when(item.minor === 'yes', 'japaneseSchool' as const),
  ],
}
export type ItemRules = typeof ITEM_RULES

/** The answers with every hidden section, field and list-item field removed. */
export function pruneHidden(answers: Answers): Answers {
  const pruned: Answers = {}
  for (const id of SECTION_IDS) {
    const values = answers[id]
    // Later sections are judged against the pruned earlier ones, so stale values never decide anything.
    if (values === undefined || !visibleSections({ ...pruned, [id]: values }).includes(id)) continue
    const fields = visibleFields(id, { ...pruned, [id]: values }) as string[]
    const kept: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(values)) {
      if (fields.includes(key)) kept[key] = pruneList(key, value)
    }
    ;(pruned as Record<string, unknown>)[id] = kept as SectionAnswers<typeof id>
  }
  return pruned
}

function pruneList(key: string, value: unknown): unknown {
  if (!(key in ITEM_RULES) || !Array.isArray(value)) return value
  const rule = ITEM_RULES[key as keyof ItemRules] as (item: unknown) => readonly string[]
  return value.map((item: Record<string, unknown>) => {
    const fields = rule(item)
    return Object.fromEntries(Object.entries(item).filter(([k]) => fields.includes(k)))
  })
}
