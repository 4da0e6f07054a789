import type { Answers } from '@/lib/intake'
import { addDays } from '@/lib/rules/calendar-date'
import type { CaseTrack } from './workflow'

/**
 * What the demo cases are made of (lib/cases/demo-cases.ts): a seeded PRNG, fictional people, and
 * the situations the office sees, as intake answers. Names are each country's own placeholder names
 * (Juan dela Cruz, Fulano de Tal, Max Mustermann, 張 三, 山田 花子 ...), so nobody mistakes them for
 * clients; emails use the reserved example.com and example.jp domains.
 */

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return { next, int, pick, chance: (p: number) => next() < p }
}
export type Rng = ReturnType<typeof seededRandom>

const GIVEN = [
  'Juan',
  'Maria',
  'Fulano',
  'Ana',
  'Mario',
  'Erika',
  'Ivan',
  'Jan',
  'Somchai',
  'Budi',
  'Siti',
  'Jane',
  'John',
  'Max',
]
const FAMILY = [
  'dela Cruz',
  'de Tal',
  'Pérez',
  'Rossi',
  'Mustermann',
  'Kowalski',
  'Ivanova',
  'Jaidee',
  'Santoso',
  'Doe',
  'Sample',
]
// [as written, romanised for the email address]
const JAPANESE_SCRIPT: readonly (readonly [string, string])[] = [
  ['フアン・デラクルス', 'juan.delacruz'],
  ['マリア・サンプル', 'maria.sample'],
  ['グエン・ヴァン・アー', 'nguyen.vana'],
  ['張 三', 'zhang.san'],
  ['李 四', 'li.si'],
  ['王 五', 'wang.wu'],
  ['陳 小明', 'chen.xiaoming'],
]
export const SPOUSES = ['山田 花子', '山田 太郎', '佐藤 一郎', '鈴木 花子', '田中 太郎']
export const NATIONALITIES = [
  'Philippines',
  'Brazil',
  'Viet Nam',
  'China',
  'Thailand',
  'Indonesia',
  'Peru',
  'フィリピン',
  'ベトナム',
  '中国',
]

/** A name (Latin or Japanese script, about 3:7) and a unique email local part for case `index`. */
export function fictionalPerson(rng: Rng, index: number): { name: string; slug: string } {
  if (rng.chance(0.3)) {
    const [name, slug] = rng.pick(JAPANESE_SCRIPT)
    return { name, slug: `${slug}.${index}` }
  }
  const name = `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`
  const slug = name
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .replace(/ /g, '.')
    .toLowerCase()
  return { name, slug: `${slug}.${index}` }
}

const family = (rng: Rng, tie: 'japanese' | 'permanent-resident', extra: Record<string, unknown> = {}) => ({
  partner: 'married',
  partnerStatus: tie,
  marriedOn: `20${rng.int(12, 22)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
  cohabitingYears: rng.int(1, 8),
  hasChildren: 'no',
  parentJapanese: 'no',
  medicalNeed: rng.chance(0.1) ? 'yes' : 'no',
  ...extra,
})
const overstay = (rng: Rng) => ({
  location: 'in-japan',
  residence: 'overstay',
  yearsInJapan: rng.int(3, 20),
  illegalStayYears: rng.int(1, 10),
  canDepartPromptly: rng.pick(['yes', 'no', 'unknown']),
})
/** An overstayer in Japan with a spouse there, at some stage of proceedings. */
const inJapan = (rng: Rng, proceedings: Record<string, unknown>, goal = 'stay-in-japan') =>
  ({
    situation: overstay(rng),
    proceedings,
    family: family(rng, rng.chance(0.7) ? 'japanese' : 'permanent-resident', {
      marriedAfterProceedings: 'no',
      communityTies: rng.chance(0.6) ? 'yes' : 'no',
    }),
    goals: { goal },
  }) as Answers
/** Notified of a decision 0-2 days before the interview: the 3-day deadline is open. */
const notified = (rng: Rng, asOf: string, custody: string, stage: string) => ({
  custody,
  stage,
  noticeDate: addDays(asOf, -rng.int(0, 2)),
  voluntaryAppearance: 'no',
})
/** Abroad, married in Japan, with these departures from Japan. */
const abroad = (
  rng: Rng,
  departures: [string, string, string][],
  tie: 'japanese' | 'permanent-resident' = 'japanese',
) =>
  ({
    situation: { location: 'abroad', yearsInJapan: rng.int(2, 15) },
    history: {
      hasDepartures: 'yes',
      departures: departures.map(([date, kind, ground]) => ({
        date,
        kind,
        ground,
        ...(kind === 'deportation' ? { reducedBanDecision: 'no' } : {}),
      })),
      hasRefusals: 'no',
    },
    family: family(rng, tie),
    goals: { returnPurpose: 'family' },
  }) as Answers

export type Scenario = {
  track: CaseTrack
  urgent: boolean
  weight: number
  answers: (rng: Rng, asOf: string) => Answers
}
const ago = (rng: Rng, asOf: string, min: number, max: number) => addDays(asOf, -rng.int(min, max))

/** The situations the office sees, weighted roughly as an intake would bring them in. */
export const SCENARIOS: readonly Scenario[] = [
  {
    track: 'stay',
    urgent: false,
    weight: 6,
    answers: (rng) =>
      inJapan(rng, { custody: 'none', stage: 'none', voluntaryAppearance: rng.pick(['intend', 'already', 'no']) }),
  },
  {
    track: 'stay',
    urgent: true,
    weight: 2,
    answers: (rng, asOf) => inJapan(rng, notified(rng, asOf, 'detained', 'inspector-finding')),
  },
  {
    track: 'stay',
    urgent: true,
    weight: 1,
    answers: (rng, asOf) => inJapan(rng, notified(rng, asOf, 'provisional-release', 'special-inquiry-decision')),
  },
  {
    track: 'stay',
    urgent: false,
    weight: 1,
    answers: (rng, asOf) =>
      inJapan(
        rng,
        { ...notified(rng, asOf, 'supervisory-measures', 'deportation-order'), noticeDate: ago(rng, asOf, 20, 200) },
        'undecided',
      ),
  },
  {
    track: 'stay',
    urgent: false,
    weight: 2,
    answers: (rng) =>
      ({
        situation: { ...overstay(rng), canDepartPromptly: 'yes' },
        proceedings: { custody: 'none', stage: 'none', voluntaryAppearance: 'intend' },
        family: { partner: 'none', hasChildren: 'no', parentJapanese: 'no', medicalNeed: 'no', communityTies: 'no' },
        goals: { goal: 'leave-and-return', returnPurpose: 'work' },
      }) as Answers,
  },
  {
    track: 'stay',
    urgent: false,
    weight: 2,
    answers: (rng) =>
      ({
        situation: { location: 'in-japan', residence: 'valid', yearsInJapan: rng.int(1, 15) },
        proceedings: { custody: 'none', stage: 'none' },
        family: family(rng, 'japanese', { communityTies: 'yes' }),
        goals: { goal: 'stay-in-japan' },
      }) as Answers,
  },
  {
    track: 'landing',
    urgent: false,
    weight: 5,
    answers: (rng, asOf) =>
      abroad(rng, [[ago(rng, asOf, 200, 1700), 'deportation', rng.pick(['overstay', 'illegal-work', 'unknown'])]]),
  },
  {
    track: 'landing',
    urgent: false,
    weight: 2,
    answers: (rng, asOf) => abroad(rng, [[ago(rng, asOf, 60, 330), 'departure-order', 'overstay']]),
  },
  {
    track: 'landing',
    urgent: false,
    weight: 1,
    answers: (rng, asOf) =>
      abroad(
        rng,
        [
          [ago(rng, asOf, 3000, 4000), 'deportation', 'overstay'],
          [ago(rng, asOf, 300, 2000), 'deportation', 'illegal-work'],
        ],
        'permanent-resident',
      ),
  },
  {
    track: 'landing',
    urgent: false,
    weight: 1,
    answers: (rng, asOf) => ({
      ...abroad(rng, []),
      history: { hasDepartures: 'no', hasRefusals: 'no' },
      criminal: {
        everConvicted: 'yes',
        convictions: [{ country: 'other', offence: 'drugs', penalty: 'fine', finalOn: ago(rng, asOf, 400, 3000) }],
      },
    }),
  },
  {
    track: 'landing',
    urgent: true,
    weight: 1,
    answers: (rng, asOf) =>
      ({
        situation: { location: 'at-port', yearsInJapan: rng.int(0, 5) },
        proceedings: { portFinding: 'yes', noticeDate: ago(rng, asOf, 0, 2) },
        family: family(rng, 'japanese'),
        goals: { returnPurpose: 'family' },
      }) as Answers,
  },
  {
    track: 'landing',
    urgent: false,
    weight: 2,
    answers: (rng) =>
      ({
        situation: { location: 'abroad', yearsInJapan: 0 },
        family: family(rng, 'japanese'),
        goals: { returnPurpose: rng.pick(['family', 'work', 'study']) },
      }) as Answers,
  },
]
