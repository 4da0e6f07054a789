import { OFFENCES } from '@/lib/rules/offences'

/**
 * Answer options, worded for people rather than for the rules. Every option has
 * a label under Intake.questions in messages; answers-to-facts translates them.
 * 'unknown' is offered wherever the person filling in may honestly not know
 * (most often a spouse answering for a partner abroad or detained).
 */
export const RESPONDENTS = ['self', 'spouse', 'family', 'supporter'] as const
export const LANGUAGES = ['ja', 'en'] as const
export const YES_NO = ['yes', 'no'] as const
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const

export const LOCATIONS = ['in-japan', 'abroad', 'at-port'] as const
export const RESIDENCES = ['valid', 'overstay', 'illegal-entry', 'unknown'] as const
export const CUSTODIES = ['none', 'detained', 'provisional-release', 'supervisory-measures'] as const
export const STAGES = ['none', 'inspector-finding', 'special-inquiry-decision', 'deportation-order', 'unknown'] as const
export const APPEARANCES = ['already', 'intend', 'no', 'unknown'] as const

export const DEPARTURE_KINDS = ['deportation', 'departure-order'] as const
export const DEPARTURE_GROUNDS = [
  'overstay',
  'illegal-work',
  'illegal-entry',
  'criminal',
  'public-security',
  'other',
  'unknown',
] as const
export const REFUSAL_REASONS = ['carrying-drugs', 'carrying-weapons', 'other'] as const

export const COUNTRIES = ['japan', 'other'] as const
export const CONVICTION_OFFENCES = OFFENCES
/** Life imprisonment is its own choice so nobody is asked for the "term" of a life sentence. */
export const PENALTIES = ['imprisonment', 'life-imprisonment', 'fine', 'other'] as const
export const STATUSES_AT_TIME = ['activity', 'family', 'none', 'unknown'] as const

export const PROSTITUTION_ANSWERS = ['no', 'yes', 'yes-trafficked', 'unknown'] as const

export const PARTNERS = ['married', 'engaged', 'cohabiting', 'none'] as const
export const PERSON_STATUS_ANSWERS = [
  'japanese',
  'special-permanent-resident',
  'permanent-resident',
  'long-term-resident',
  'other',
  'unknown',
] as const

/** In Japan only: a person abroad or at a port is always trying to come (back). */
export const GOALS = ['stay-in-japan', 'leave-and-return', 'leave', 'undecided'] as const
export const RETURN_PURPOSES = ['family', 'work', 'study', 'short-term', 'unknown'] as const
