import type { Child, Conviction, Departure, LandingRefusal, PersonStatus } from '@/lib/rules/facts-schema'
import type { NoteSet } from './notes'
import type { ConvictionAnswer } from './schemas/criminal'
import type { ChildAnswer } from './schemas/family'
import type { DepartureAnswer, RefusalAnswer } from './schemas/history'

/** yes/no/unknown to a nullable fact: only a clear answer becomes a boolean. */
export const tri = (value: string | undefined): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null)
export const dateOrNull = (value: string | undefined): string | null => (value ? value : null)

// Required fields are guaranteed by CompleteAnswersSchema; these fallbacks only satisfy the types.
export function toDeparture(item: DepartureAnswer): Departure {
  return {
    date: item.date ?? '',
    kind: item.kind ?? 'deportation',
    ground: item.ground ?? 'unknown',
    reducedBanDecision: item.kind === 'deportation' ? tri(item.reducedBanDecision) : null,
  }
}

export function toRefusal(item: RefusalAnswer): LandingRefusal {
  return { date: item.date ?? '', reason: item.reason ?? 'other' }
}

/**
 * Unknown suspension maps to "not suspended": the cautious reading, because a
 * suspended term is what softens the rules' serious-sentence flag. Unknown
 * political / left-before-final map to false (the ordinary case) with a note.
 */
export function toConviction(item: ConvictionAnswer, notes: NoteSet): Conviction {
  const life = item.penalty === 'life-imprisonment'
  const prison = item.penalty === 'imprisonment'
  const japan = item.country === 'japan'
  notes.add('conviction-details-unknown', [item.suspended, item.political, item.leftBeforeFinal, item.statusAtTime].includes('unknown'))
  return {
    country: item.country ?? 'other',
    offence: item.offence ?? 'other',
    penalty: prison || life ? 'imprisonment' : item.penalty === 'fine' ? 'fine' : 'other',
    termMonths: prison ? (item.termMonths ?? null) : null,
    suspended: prison && item.suspended === 'yes',
    servedMonths: prison && item.suspended === 'no' ? (item.servedMonths ?? null) : null,
    life,
    political: item.political === 'yes',
    finalOn: dateOrNull(item.finalOn),
    statusAtTime: japan && item.statusAtTime !== undefined && item.statusAtTime !== 'unknown' ? item.statusAtTime : null,
    leftBeforeFinal: japan && item.leftBeforeFinal === 'yes',
  }
}

/** A child's parentStatus has no null; an unknown status becomes 'other', which creates no tie. */
export function toChild(item: ChildAnswer, notes: NoteSet): Child {
  const status = item.otherParentStatus
  notes.add('parent-status-unknown', status === undefined || status === 'unknown')
  const parentStatus: PersonStatus = status === undefined || status === 'unknown' ? 'other' : status
  return {
    parentStatus,
    minor: item.minor === 'yes',
    custody: item.custody === 'yes',
    japaneseSchool: item.minor === 'yes' && item.japaneseSchool === 'yes',
  }
}
