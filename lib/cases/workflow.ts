/**
 * The office's case workflow: explicit statuses and the moves staff may make between them.
 * Pure data and functions; the server checks every move against `canMove` before writing it.
 *
 * consultation → decision (accepted / declined) → documents → filed → (more documents) → approved or
 * denied; after a denial the reasons are confirmed with the bureau and the case is re-filed; after
 * approval, landing cases go certificate → visa → landed and stay cases end with status granted.
 */
export const CASE_STATUSES = [
  'new',
  'consultation-booked',
  'consulted',
  'accepted',
  'declined',
  'preparing-documents',
  'filed',
  'additional-documents-requested',
  'approved',
  'denied',
  'denial-reasons-confirmed',
  'refiled',
  'certificate-issued',
  'visa-issued',
  'landed',
  'status-granted',
  'closed',
] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const CASE_TRACKS = ['stay', 'landing'] as const
export type CaseTrack = (typeof CASE_TRACKS)[number]

const UNDER_EXAMINATION: readonly CaseStatus[] = ['additional-documents-requested', 'approved', 'denied']

const MOVES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['consultation-booked', 'consulted', 'declined', 'closed'],
  'consultation-booked': ['consulted', 'new', 'declined', 'closed'],
  consulted: ['accepted', 'declined', 'consultation-booked'],
  accepted: ['preparing-documents', 'closed'],
  declined: ['closed'],
  'preparing-documents': ['filed', 'closed'],
  filed: UNDER_EXAMINATION,
  'additional-documents-requested': ['filed', 'approved', 'denied'],
  approved: [], // depends on the track, see nextStatuses
  denied: ['denial-reasons-confirmed', 'closed'],
  'denial-reasons-confirmed': ['refiled', 'closed'],
  refiled: UNDER_EXAMINATION,
  'certificate-issued': ['visa-issued', 'closed'],
  'visa-issued': ['landed', 'closed'],
  landed: ['closed'],
  'status-granted': ['closed'],
  closed: ['new'], // reopen
}

const AFTER_APPROVAL: Readonly<Record<CaseTrack, readonly CaseStatus[]>> = {
  landing: ['certificate-issued', 'closed'],
  stay: ['status-granted', 'closed'],
}

/** Moves that need a written reason (kept in the timeline, shown to staff only). */
export const REASON_REQUIRED: ReadonlySet<CaseStatus> = new Set<CaseStatus>(['declined', 'denied'])

export const isCaseStatus = (value: unknown): value is CaseStatus => CASE_STATUSES.includes(value as CaseStatus)

export function nextStatuses(from: CaseStatus, track: CaseTrack): readonly CaseStatus[] {
  return from === 'approved' ? AFTER_APPROVAL[track] : MOVES[from]
}

export const canMove = (from: CaseStatus, to: CaseStatus, track: CaseTrack): boolean =>
  nextStatuses(from, track).includes(to)

/** Statuses a case can never be in on this track (for filters and checks). */
export const isOnTrack = (status: CaseStatus, track: CaseTrack): boolean =>
  track === 'landing' ? status !== 'status-granted' : !['certificate-issued', 'visa-issued', 'landed'].includes(status)
