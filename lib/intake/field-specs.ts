import * as O from './options'
import type { SectionId } from './sections'

/**
 * How each question is asked on screen. The schemas decide what is valid; this decides the
 * control. Kept beside the schemas so a new field needs both (a test checks they agree).
 */
export type FieldSpec =
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'text'; multiline?: boolean; autoComplete?: string }
  | { kind: 'email' }
  | { kind: 'phone' }
  | { kind: 'date' }
  | { kind: 'years' }
  | { kind: 'months' }
  | { kind: 'list'; list: ListName }

export type ListName = 'departures' | 'refusals' | 'convictions' | 'children'

const choice = (options: readonly string[]): FieldSpec => ({ kind: 'choice', options })

export const FIELD_SPECS: { [S in SectionId]: Record<string, FieldSpec> } = {
  respondent: {
    respondent: choice(O.RESPONDENTS),
    respondentName: { kind: 'text', autoComplete: 'name' },
    respondentRelationship: { kind: 'text' },
  },
  contact: {
    name: { kind: 'text', autoComplete: 'name' },
    nationality: { kind: 'text', autoComplete: 'country-name' },
    email: { kind: 'email' },
    phone: { kind: 'phone' },
    preferredLanguage: choice(O.LANGUAGES),
  },
  situation: {
    location: choice(O.LOCATIONS),
    residence: choice(O.RESIDENCES),
    yearsInJapan: { kind: 'years' },
    illegalStayYears: { kind: 'years' },
    canDepartPromptly: choice(O.YES_NO_UNKNOWN),
  },
  proceedings: {
    custody: choice(O.CUSTODIES),
    stage: choice(O.STAGES),
    portFinding: choice(O.YES_NO_UNKNOWN),
    noticeDate: { kind: 'date' },
    voluntaryAppearance: choice(O.APPEARANCES),
  },
  history: {
    hasDepartures: choice(O.YES_NO_UNKNOWN),
    departures: { kind: 'list', list: 'departures' },
    hasRefusals: choice(O.YES_NO_UNKNOWN),
    refusals: { kind: 'list', list: 'refusals' },
  },
  consent: { consent: { kind: 'boolean' } },
  criminal: {
    everConvicted: choice(O.YES_NO_UNKNOWN),
    convictions: { kind: 'list', list: 'convictions' },
  },
  other: {
    prostitutionWork: choice(O.PROSTITUTION_ANSWERS),
    traffickedOthers: choice(O.YES_NO_UNKNOWN),
    infectiousDisease: choice(O.YES_NO_UNKNOWN),
    cannotSupport: choice(O.YES_NO_UNKNOWN),
    violentGroup: choice(O.YES_NO_UNKNOWN),
  },
  family: {
    partner: choice(O.PARTNERS),
    partnerStatus: choice(O.PERSON_STATUS_ANSWERS),
    marriedOn: { kind: 'date' },
    cohabitingYears: { kind: 'years' },
    marriedAfterProceedings: choice(O.YES_NO_UNKNOWN),
    hasChildren: choice(O.YES_NO),
    children: { kind: 'list', list: 'children' },
    parentJapanese: choice(O.YES_NO_UNKNOWN),
    medicalNeed: choice(O.YES_NO),
    communityTies: choice(O.YES_NO),
  },
  goals: {
    goal: choice(O.GOALS),
    returnPurpose: choice(O.RETURN_PURPOSES),
    message: { kind: 'text', multiline: true },
  },
}

export const ITEM_SPECS: { [L in ListName]: Record<string, FieldSpec> } = {
  departures: {
    date: { kind: 'date' },
    kind: choice(O.DEPARTURE_KINDS),
    ground: choice(O.DEPARTURE_GROUNDS),
    reducedBanDecision: choice(O.YES_NO_UNKNOWN),
  },
  refusals: { date: { kind: 'date' }, reason: choice(O.REFUSAL_REASONS) },
  convictions: {
    country: choice(O.COUNTRIES),
    offence: choice(O.CONVICTION_OFFENCES),
    penalty: choice(O.PENALTIES),
    termMonths: { kind: 'months' },
    suspended: choice(O.YES_NO_UNKNOWN),
    servedMonths: { kind: 'months' },
    political: choice(O.YES_NO_UNKNOWN),
    finalOn: { kind: 'date' },
    statusAtTime: choice(O.STATUSES_AT_TIME),
    leftBeforeFinal: choice(O.YES_NO_UNKNOWN),
  },
  children: {
    otherParentStatus: choice(O.PERSON_STATUS_ANSWERS),
    minor: choice(O.YES_NO),
    custody: choice(O.YES_NO),
    japaneseSchool: choice(O.YES_NO),
  },
}
