import { FactsSchema, type Facts, type Spouse } from '@/lib/rules/facts-schema'
import type { CompleteAnswers } from './answers'
import { NoteSet, type IntakeNoteId } from './notes'
import { dateOrNull, toChild, toConviction, toDeparture, toRefusal, tri } from './to-facts-lists'
import type { Answers } from './types'
import { pruneHidden } from './visibility'

export interface IntakeFactsResult {
  facts: Facts
  notes: IntakeNoteId[]
  /** Consent to the criminal record was declined: `convictions: []` means "not asked", not "none". */
  criminalRecordWithheld: boolean
}

/**
 * The one place answers become facts. It reads only what is visible
 * (pruneHidden), so stale answers to questions no longer shown never become facts.
 */
export function answersToFacts(complete: CompleteAnswers): IntakeFactsResult {
  const a = pruneHidden(complete)
  const notes = new NoteSet()
  const location = a.situation?.location ?? 'in-japan'
  const inJapan = location === 'in-japan'
  notes.add('answered-by-other', a.respondent?.respondent !== undefined && a.respondent.respondent !== 'self')

  const withheld = a.consent?.consent !== true
  notes.add('criminal-record-withheld', withheld)
  notes.add('criminal-record-unknown', a.criminal?.everConvicted === 'unknown')

  const facts: Facts = {
    version: 1,
    location,
    ...status(a, notes),
    proceedings: proceedings(a, notes),
    voluntaryAppearance: voluntaryAppearance(a, notes),
    canDepartPromptly: tri(a.situation?.canDepartPromptly),
    illegalStayYears: a.situation?.illegalStayYears ?? null,
    yearsInJapan: a.situation?.yearsInJapan ?? null,
    ...history(a, notes),
    convictions: (a.criminal?.convictions ?? []).map((item) => toConviction(item, notes)),
    ...other(a, notes),
    spouse: spouse(a),
    children: (a.family?.children ?? []).map((item) => toChild(item, notes)),
    isChildOfJapanese: a.family?.parentJapanese === 'yes',
    medicalNeed: a.family?.medicalNeed === 'yes',
    communityTies: inJapan && a.family?.communityTies === 'yes',
    ...intentions(a, notes),
  }
  notes.add('japanese-parent-unknown', a.family?.parentJapanese === 'unknown')
  // Parsing is the contract check: a mapping bug fails here, not inside the rules.
  return { facts: FactsSchema.parse(facts), notes: notes.list(), criminalRecordWithheld: withheld }
}

function status(a: Answers, notes: NoteSet): Pick<Facts, 'residence' | 'custody'> {
  const residence = a.situation?.residence
  notes.add('residence-unknown', residence === 'unknown')
  return {
    residence: residence === undefined || residence === 'unknown' ? null : residence,
    custody: a.proceedings?.custody ?? 'none',
  }
}

/**
 * Facts have no "unknown" stage. In Japan an unknown stage becomes 'none' with a
 * note (custody still raises urgency). At a port it becomes 'landing-finding'
 * without a date: the rules then keep the objection path open, because hiding a
 * possibly running 3-day deadline is the worse mistake.
 */
function proceedings(a: Answers, notes: NoteSet): Facts['proceedings'] {
  const p = a.proceedings
  const noticeDate = dateOrNull(p?.noticeDate)
  if (p?.portFinding !== undefined) {
    notes.add('port-finding-unknown', p.portFinding === 'unknown')
    return p.portFinding === 'no' ? { stage: 'none', noticeDate: null } : { stage: 'landing-finding', noticeDate }
  }
  notes.add('stage-unknown', p?.stage === 'unknown')
  if (p?.stage === undefined || p.stage === 'none' || p.stage === 'unknown') return { stage: 'none', noticeDate: null }
  return { stage: p.stage, noticeDate }
}

/** Only "I came forward" or "I will" counts; an unknown answer claims no positive factor. */
function voluntaryAppearance(a: Answers, notes: NoteSet): boolean {
  const answer = a.proceedings?.voluntaryAppearance
  notes.add('voluntary-appearance-unknown', answer === 'unknown')
  return answer === 'already' || answer === 'intend'
}

function history(a: Answers, notes: NoteSet): Pick<Facts, 'departures' | 'landingRefusals'> {
  notes.add('departures-unknown', a.history?.hasDepartures === 'unknown')
  notes.add('refusals-unknown', a.history?.hasRefusals === 'unknown')
  return {
    departures: (a.history?.departures ?? []).map(toDeparture),
    landingRefusals: (a.history?.refusals ?? []).map(toRefusal),
  }
}

function other(a: Answers, notes: NoteSet): Pick<Facts, 'prostitutionWork' | 'traffickedOthers' | 'possibleDiscretionaryGround'> {
  const o = a.other
  notes.add('prostitution-unknown', o?.prostitutionWork === 'unknown')
  notes.add('trafficking-unknown', o?.traffickedOthers === 'unknown')
  const hints = [o?.infectiousDisease, o?.cannotSupport, o?.violentGroup]
  notes.add('discretionary-ground-unknown', hints.includes('unknown'))
  return {
    prostitutionWork:
      o?.prostitutionWork === 'yes' ? 'yes' : o?.prostitutionWork === 'yes-trafficked' ? 'yes-as-trafficking-victim' : 'never',
    traffickedOthers: o?.traffickedOthers === 'yes',
    possibleDiscretionaryGround: hints.includes('yes'),
  }
}

function spouse(a: Answers): Spouse | null {
  const f = a.family
  if (f?.partner === undefined || f.partner === 'none') return null
  const status = f.partnerStatus
  return {
    status: status === undefined || status === 'unknown' ? null : status,
    relationship: f.partner,
    marriedOn: dateOrNull(f.marriedOn),
    cohabitingYears: f.cohabitingYears ?? null,
    marriedAfterProceedings: tri(f.marriedAfterProceedings),
  }
}

/** Abroad or at a port, the person is coming (back) to Japan; only people in Japan are asked. */
function intentions(a: Answers, notes: NoteSet): Pick<Facts, 'goal' | 'returnPurpose'> {
  const goal = a.goals?.goal
  notes.add('goal-undecided', goal === 'undecided')
  const purpose = a.goals?.returnPurpose
  return {
    goal: goal === undefined ? 'return' : goal === 'leave' ? 'leave' : goal === 'leave-and-return' ? 'return' : 'stay',
    returnPurpose: purpose === undefined || purpose === 'unknown' ? null : purpose,
  }
}
