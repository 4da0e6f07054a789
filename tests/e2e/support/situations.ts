import type { Answers } from '@/lib/intake'
import { addDays } from '@/lib/booking/tokyo-time'
import { todayInJapan } from '@/lib/time/tokyo'

/**
 * Four situations from the issue, dated relative to today in Japan so the deadlines and bans
 * they test are live whenever the suite runs.
 */
const today = todayInJapan()
const base = {
  respondent: { respondent: 'self' },
  contact: { name: 'Maria Santos', email: 'maria@example.com', phone: '+81 90-1234-5678', preferredLanguage: 'en' },
  history: { hasDepartures: 'no', hasRefusals: 'no' },
  consent: { consent: true },
  criminal: { everConvicted: 'no' },
  other: { prostitutionWork: 'no', traffickedOthers: 'no', infectiousDisease: 'no', cannotSupport: 'no', violentGroup: 'no' },
} as const satisfies Answers

const family = (partnerStatus: string, extra: Record<string, unknown> = {}) => ({
  partner: 'married',
  partnerStatus,
  marriedOn: '2020-01-15',
  cohabitingYears: 5,
  hasChildren: 'no',
  parentJapanese: 'no',
  medicalNeed: 'no',
  ...extra,
})

export const SITUATIONS: Record<string, Answers> = {
  'overstayer married to a Japanese national': {
    ...base,
    situation: { location: 'in-japan', residence: 'overstay', yearsInJapan: 12, illegalStayYears: 6, canDepartPromptly: 'yes' },
    proceedings: { custody: 'none', stage: 'none', voluntaryAppearance: 'intend' },
    family: family('japanese', { marriedAfterProceedings: 'no', communityTies: 'yes' }),
    goals: { goal: 'stay-in-japan' },
  } as Answers,
  'detained with an open deadline': {
    ...base,
    respondent: { respondent: 'spouse', respondentName: 'Ana Lima' },
    situation: { location: 'in-japan', residence: 'overstay', yearsInJapan: 3, illegalStayYears: 1, canDepartPromptly: 'unknown' },
    proceedings: { custody: 'detained', stage: 'inspector-finding', noticeDate: addDays(today, -1), voluntaryAppearance: 'no' },
    family: family('permanent-resident', { marriedAfterProceedings: 'no', communityTies: 'no' }),
    goals: { goal: 'stay-in-japan' },
  } as Answers,
  'deportee abroad with a ban': {
    ...base,
    respondent: { respondent: 'spouse', respondentName: '山田 花子' },
    situation: { location: 'abroad', yearsInJapan: 8 },
    history: {
      hasDepartures: 'yes',
      departures: [{ date: addDays(today, -2 * 365), kind: 'deportation', ground: 'overstay', reducedBanDecision: 'no' }],
      hasRefusals: 'no',
    },
    family: family('japanese'),
    goals: { returnPurpose: 'family' },
  } as Answers,
  'no ground at all': {
    ...base,
    situation: { location: 'abroad', yearsInJapan: 0 },
    family: { partner: 'none', hasChildren: 'no', parentJapanese: 'no', medicalNeed: 'no' },
    goals: { returnPurpose: 'work' },
  } as Answers,
}
