/**
 * Things the mapping could not say honestly in the facts' vocabulary. Where the
 * facts allow no null, an "I don't know" becomes the neutral value (false, 'none',
 * 'never') and one of these notes tells staff the fact is unconfirmed; the
 * intake never turns "don't know" into "no" silently.
 */
export const INTAKE_NOTE_IDS = [
  'answered-by-other',
  'criminal-record-withheld',
  'criminal-record-unknown',
  'conviction-details-unknown',
  'residence-unknown',
  'stage-unknown',
  'port-finding-unknown',
  'voluntary-appearance-unknown',
  'departures-unknown',
  'refusals-unknown',
  'prostitution-unknown',
  'trafficking-unknown',
  'discretionary-ground-unknown',
  'parent-status-unknown',
  'japanese-parent-unknown',
  'goal-undecided',
] as const
export type IntakeNoteId = (typeof INTAKE_NOTE_IDS)[number]

export class NoteSet {
  private readonly ids = new Set<IntakeNoteId>()
  add(id: IntakeNoteId, when = true): void {
    if (when) this.ids.add(id)
  }
  /** In the declared order, so the same answers always give the same list. */
  list(): IntakeNoteId[] {
    return INTAKE_NOTE_IDS.filter((id) => this.ids.has(id))
  }
}
