import type { Answers } from './types'

/** Shared fixtures for the intake tests: a complete, minimal answer set per situation. */
export const TODAY = '2025-06-10'

const base = {
  respondent: { respondent: 'self' },
  contact: { name: 'Maria Santos', email: 'maria@example.com', phone: '+81 90-1234-5678', preferredLanguage: 'en' },
  history: { hasDepartures: 'no', hasRefusals: 'no' },
  consent: { consent: true },
  criminal: { everConvicted: 'no' },
  other: { prostitutionWork: 'no', traffickedOthers: 'no', infectiousDisease: 'no', cannotSupport: 'no', violentGroup: 'no' },
} as const satisfies Answers

/** (a) Overstayer married to a Japanese national, not in proceedings. */
export const overstayerMarried = {
  ...base,
  situation: { location: 'in-japan', residence: 'overstay', yearsInJapan: 12, illegalStayYears: 6, canDepartPromptly: 'yes' },
  proceedings: { custody: 'none', stage: 'none', voluntaryAppearance: 'intend' },
  family: {
    partner: 'married',
    partnerStatus: 'japanese',
    marriedOn: '2022-04-01',
    cohabitingYears: 4,
    marriedAfterProceedings: 'no',
    hasChildren: 'no',
    parentJapanese: 'no',
    medicalNeed: 'no',
    communityTies: 'yes',
  },
  goals: { goal: 'stay-in-japan', message: '' },
} as const satisfies Answers

/** (b) Detained, the inspector's finding notified yesterday, spouse a permanent resident. */
export const detainedAfterFinding = {
  ...base,
  respondent: { respondent: 'spouse', respondentName: 'Ana Lima' },
  situation: { location: 'in-japan', residence: 'overstay', yearsInJapan: 3, illegalStayYears: 1, canDepartPromptly: 'unknown' },
  proceedings: { custody: 'detained', stage: 'inspector-finding', noticeDate: '2025-06-09', voluntaryAppearance: 'no' },
  family: {
    partner: 'married',
    partnerStatus: 'permanent-resident',
    marriedOn: '2020-01-15',
    cohabitingYears: 5,
    marriedAfterProceedings: 'no',
    hasChildren: 'no',
    parentJapanese: 'no',
    medicalNeed: 'no',
    communityTies: 'no',
  },
  goals: { goal: 'stay-in-japan' },
} as const satisfies Answers

/** (c) Deported on 2021-03-15 for overstay, now abroad, married to a Japanese national who fills in. */
export const deporteeAbroad = {
  ...base,
  respondent: { respondent: 'spouse', respondentName: '山田 花子' },
  situation: { location: 'abroad', yearsInJapan: 8 },
  history: {
    hasDepartures: 'yes',
    departures: [{ date: '2021-03-15', kind: 'deportation', ground: 'overstay', reducedBanDecision: 'no' }],
    hasRefusals: 'no',
  },
  family: {
    partner: 'married',
    partnerStatus: 'japanese',
    marriedOn: '2020-10-01',
    hasChildren: 'no',
    parentJapanese: 'no',
    medicalNeed: 'no',
  },
  goals: { returnPurpose: 'family' },
} as const satisfies Answers

/** (d) Abroad, no history and no ground at all. */
export const cleanAbroad = {
  ...base,
  situation: { location: 'abroad', yearsInJapan: 0 },
  family: { partner: 'none', hasChildren: 'no', parentJapanese: 'no', medicalNeed: 'no' },
  goals: { returnPurpose: 'work' },
} as const satisfies Answers
