/** Builders for tests: a complete, valid facts object with only the interesting fields spelled out. */
import type { Child, Conviction, Departure, Facts, Spouse } from './facts-schema'

export function abroad(overrides: Partial<Facts> = {}): Facts {
  return {
    version: 1,
    location: 'abroad',
    residence: null,
    custody: 'none',
    proceedings: { stage: 'none', noticeDate: null },
    voluntaryAppearance: false,
    canDepartPromptly: null,
    illegalStayYears: null,
    yearsInJapan: null,
    departures: [],
    landingRefusals: [],
    convictions: [],
    prostitutionWork: 'never',
    traffickedOthers: false,
    spouse: null,
    children: [],
    isChildOfJapanese: false,
    medicalNeed: false,
    communityTies: false,
    goal: 'return',
    returnPurpose: 'family',
    possibleDiscretionaryGround: false,
    ...overrides,
  }
}

/** An overstayer in Japan, not in proceedings, who came forward and can leave: every departure-order condition holds. */
export function inJapan(overrides: Partial<Facts> = {}): Facts {
  return abroad({
    location: 'in-japan',
    residence: 'overstay',
    voluntaryAppearance: true,
    canDepartPromptly: true,
    illegalStayYears: 2,
    yearsInJapan: 4,
    goal: 'stay',
    returnPurpose: null,
    ...overrides,
  })
}

export function atPort(overrides: Partial<Facts> = {}): Facts {
  return abroad({
    location: 'at-port',
    proceedings: { stage: 'landing-finding', noticeDate: '2025-07-01' },
    ...overrides,
  })
}

export function conviction(overrides: Partial<Conviction> = {}): Conviction {
  return {
    country: 'japan',
    offence: 'other',
    penalty: 'imprisonment',
    termMonths: 12,
    suspended: false,
    servedMonths: null,
    life: false,
    political: false,
    finalOn: '2020-01-10',
    statusAtTime: 'none',
    leftBeforeFinal: false,
    ...overrides,
  }
}

/** Art. 5(1)(ix-2) applies (activity status, listed offence, left before finality) but the day of finality is unknown. */
export function undatedItem9Dash2Conviction(): Conviction {
  return conviction({
    offence: 'theft',
    termMonths: 6,
    suspended: true,
    statusAtTime: 'activity',
    leftBeforeFinal: true,
    finalOn: null,
  })
}

export function deportation(date: string, overrides: Partial<Departure> = {}): Departure {
  return { date, kind: 'deportation', ground: 'overstay', reducedBanDecision: false, ...overrides }
}

export function departureOrder(date: string): Departure {
  return { date, kind: 'departure-order', ground: 'overstay', reducedBanDecision: null }
}

export function married(status: Spouse['status'], overrides: Partial<Spouse> = {}): Spouse {
  return {
    status,
    relationship: 'married',
    marriedOn: '2020-01-01',
    cohabitingYears: 3,
    marriedAfterProceedings: false,
    ...overrides,
  }
}

export function child(overrides: Partial<Child> = {}): Child {
  return { parentStatus: 'japanese', minor: true, custody: true, japaneseSchool: false, ...overrides }
}
