import { expect, test } from '@playwright/test'
import fc from 'fast-check'
import { newToken } from '@/lib/security/tokens'
import { builtActions, callAction } from './support/actions'
import { laneDay, type Slots } from './support/booking-api'
import { e2eDb } from './support/e2e-db'

/**
 * Random and hostile input against the public endpoints a client reaches without signing in: the
 * booking JSON API, every private link (booking, calendar file, case result, status, privacy,
 * interview section) and every public server action. Never a 500, and nothing is stored unless the
 * endpoint said it was (the intake API and the sign-in form have their own fuzz tests:
 * intake-endpoints.spec.ts, staff-auth.spec.ts).
 */

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\'; DROP TABLE "Booking"; --',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '\u0000\u202e\ufeff',
  '{{7*7}}${7*7}',
  '$1',
  '$@',
  'x'.repeat(30_000),
  '山田　花子'.repeat(500),
  '__proto__',
]
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
)
const hostileValue = fc.oneof(
  hostileString,
  fc.anything({ maxDepth: 2 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
)

function counts() {
  const db = e2eDb()
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    return {
      bookings: n('SELECT COUNT(*) AS n FROM "Booking"'),
      deletionRequests: n('SELECT COUNT(*) AS n FROM "Case" WHERE deletionRequestedAt IS NOT NULL'),
    }
  } finally {
    db.close()
  }
}

/** Bookings held in these slots (other workers book on other days, so only this test's count). */
function bookingsIn(starts: string[]): number {
  const db = e2eDb()
  try {
    const marks = starts.map(() => '?').join(', ')
    return (
      db.prepare(`SELECT COUNT(*) AS n FROM "Booking" WHERE slotKey IN (${marks})`).get(...starts) as { n: number }
    ).n
  } finally {
    db.close()
  }
}

test('the booking API answers random and hostile payloads with clear 4xx and books only what it confirms', async ({
  request,
}) => {
  const { slots } = (await (await request.get('/api/bookings/slots')).json()) as Slots
  const open = laneDay(slots, 'fuzz')
    .slots.map((s) => s.start)
    .slice(0, 5)
  const field = (valid: fc.Arbitrary<unknown>) => fc.oneof(valid, hostileValue)
  const plausible = fc.record(
    {
      start: field(fc.constantFrom(...open, '2020-01-06T10:00:00+09:00', '2027-01-03T10:00:00+09:00')),
      kind: field(fc.constantFrom('in-person', 'video')),
      videoPlatform: field(fc.constantFrom('Zoom', 'Teams')),
      videoId: field(fc.constant('maria.s')),
      name: field(fc.constant('Maria Santos')),
      email: field(fc.constant('maria@example.com')),
      phone: field(fc.constant('+63 912 345 6789')),
      locale: field(fc.constantFrom('ja', 'en')),
      note: field(fc.constant('')),
      caseToken: field(fc.constant(newToken())),
    },
    { requiredKeys: [] },
  )
  let confirmed = 0
  const before = bookingsIn(open)
  await fc.assert(
    fc.asyncProperty(fc.oneof(plausible, fc.anything()), async (payload) => {
      const response = await request.post('/api/bookings', {
        data: JSON.stringify(payload ?? null),
        headers: { 'content-type': 'application/json' },
      })
      expect([201, 400, 404, 409, 413, 422], await response.text()).toContain(response.status())
      if (response.status() === 201) confirmed++
      else expect(((await response.json()) as { message?: string }).message).toBeTruthy()
    }),
    { numRuns: 120 },
  )
  expect(bookingsIn(open) - before).toBe(confirmed)
})

test('private links with random, malformed or hostile tokens give a page, never a 500 or someone else’s data', async ({
  request,
}) => {
  const links = (token: string) => [
    `/en/booking/${token}`,
    `/ja/booking/${token}`,
    `/api/bookings/${token}/ics`,
    `/en/case/${token}`,
    `/ja/case/${token}/status`,
    `/en/case/${token}/privacy`,
    `/ja/intake/${token}/contact`,
    `/en/intake/${token}/review`,
  ]
  await fc.assert(
    fc.asyncProperty(fc.oneof(hostileString, fc.constant(newToken())), async (raw) => {
      const token = encodeURIComponent(raw)
      // "." and ".." are path steps, not tokens: the URL means another page.
      fc.pre(token !== '' && token !== '.' && token !== '..')
      for (const url of links(token)) {
        const response = await request.get(url, { maxRedirects: 0 })
        expect(response.status(), url.slice(0, 120)).toBeLessThan(500)
        // No random or hostile token opens anything: well-formed ones are unknown, the rest malformed.
        expect([200, 201, 204], url.slice(0, 120)).not.toContain(response.status())
      }
    }),
    { numRuns: 25 },
  )
})

// Tagged @isolated (playwright.config.ts): it counts every booking and deletion request, so it runs alone, last.
test('every public server action survives hostile arguments: no 500, nothing stored @isolated', async ({ request }) => {
  const actions = builtActions().filter((a) => !a.filename.includes('/staff/') && a.pages.length > 0)
  expect(actions.map((a) => a.exportedName)).toEqual(
    expect.arrayContaining([
      'createBookingAction',
      'cancelBookingAction',
      'moveBookingAction',
      'requestDeletionAction',
    ]),
  )
  const before = counts()
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...actions),
      fc.oneof(fc.array(hostileValue, { maxLength: 3 }), fc.constantFrom('{not json', '[', '"x"', '[{"$$typeof":1}]')),
      async (action, args) => {
        const { status } = await callAction(request, action, args)
        expect(status, `${action.name} ${JSON.stringify(args).slice(0, 80)}`).toBeLessThan(500)
      },
    ),
    { numRuns: 80 },
  )
  expect(counts()).toEqual(before)
})
