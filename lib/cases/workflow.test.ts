import { describe, expect, it } from 'vitest'
import { CASE_STATUSES, canMove, isCaseStatus, isOnTrack, nextStatuses, REASON_REQUIRED, type CaseStatus } from './workflow'

describe('case workflow', () => {
  it.each([
    ['new', 'consultation-booked'],
    ['consultation-booked', 'consulted'],
    ['consulted', 'accepted'],
    ['consulted', 'declined'],
    ['accepted', 'preparing-documents'],
    ['preparing-documents', 'filed'],
    ['filed', 'additional-documents-requested'],
    ['additional-documents-requested', 'filed'],
    ['filed', 'denied'],
    ['denied', 'denial-reasons-confirmed'],
    ['denial-reasons-confirmed', 'refiled'],
    ['refiled', 'approved'],
    ['closed', 'new'],
  ] as const)('allows %s → %s on both tracks', (from, to) => {
    expect(canMove(from, to, 'stay')).toBe(true)
    expect(canMove(from, to, 'landing')).toBe(true)
  })

  it.each([
    ['new', 'approved'],
    ['consulted', 'filed'],
    ['declined', 'accepted'],
    ['denied', 'refiled'],
    ['filed', 'preparing-documents'],
    ['landed', 'approved'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canMove(from, to, 'stay')).toBe(false)
    expect(canMove(from, to, 'landing')).toBe(false)
  })

  it('after approval, landing cases go certificate → visa → landed; stay cases end with status granted', () => {
    expect(nextStatuses('approved', 'landing')).toEqual(['certificate-issued', 'closed'])
    expect(nextStatuses('approved', 'stay')).toEqual(['status-granted', 'closed'])
    expect(canMove('approved', 'status-granted', 'landing')).toBe(false)
    expect(canMove('approved', 'certificate-issued', 'stay')).toBe(false)
    expect(canMove('certificate-issued', 'visa-issued', 'landing')).toBe(true)
    expect(canMove('visa-issued', 'landed', 'landing')).toBe(true)
  })

  it('never allows staying in place, and every status can reach closed', () => {
    for (const track of ['stay', 'landing'] as const) {
      for (const status of CASE_STATUSES) {
        expect(canMove(status, status, track)).toBe(false)
        // Breadth-first search: closed is reachable from everywhere.
        const seen = new Set<CaseStatus>([status])
        const queue: CaseStatus[] = [status]
        while (queue.length) {
          for (const next of nextStatuses(queue.shift()!, track)) {
            if (seen.has(next)) continue
            seen.add(next)
            queue.push(next)
          }
        }
        expect(seen.has('closed'), `${status} on ${track}`).toBe(true)
      }
    }
  })

  it('asks a reason for declining and for a denial', () => {
    expect([...REASON_REQUIRED].sort()).toEqual(['declined', 'denied'])
  })

  it('knows its statuses and which belong to which track', () => {
    expect(isCaseStatus('filed')).toBe(true)
    expect(isCaseStatus('archived')).toBe(false)
    expect(isOnTrack('landed', 'stay')).toBe(false)
    expect(isOnTrack('status-granted', 'landing')).toBe(false)
    expect(isOnTrack('filed', 'landing')).toBe(true)
  })
})
