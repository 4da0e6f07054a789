import { SUMMARY_ENTRIES } from './summary-entries'
import type { StatuteEntry } from './types'
import { VERBATIM_ENTRIES } from './verbatim-entries'

export type { StatuteEntry } from './types'

/** Verbatim entries first, then summaries; callers look entries up by id. */
const ENTRIES: readonly StatuteEntry[] = [...VERBATIM_ENTRIES, ...SUMMARY_ENTRIES]
const BY_ID: ReadonlyMap<string, StatuteEntry> = new Map(ENTRIES.map((entry) => [entry.id, entry]))

export const STATUTE_IDS: readonly string[] = ENTRIES.map((entry) => entry.id)

/** The entry for an article as the assessment cites it ('5(1)(ix)', '48(1)', ...), or undefined. */
export function getStatute(id: string): StatuteEntry | undefined {
  return BY_ID.get(id)
}

export function listStatutes(): readonly StatuteEntry[] {
  return ENTRIES
}
