import { expect, test, type APIRequestContext } from '@playwright/test'
import fc from 'fast-check'
import { visibleSections, type Answers } from '@/lib/intake'
import { builtAction } from './support/actions'
import { draftAnswers } from './support/e2e-db'
import { startIntake } from './support/intake-driver'

async function newDraft(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/intake', { data: { locale: 'en' } })
  expect(response.status()).toBe(201)
  return (await response.json()).token
}

const put = (request: APIRequestContext, token: string, section: string, data: unknown, headers: Record<string, string> = {}) =>
  request.put(`/api/intake/${token}/sections/${section}`, { data: data as object, headers })

test('the JSON API answers bad input with clear, localized 4xx errors and saves nothing', async ({ request }) => {
  const token = await newDraft(request)
  const other = await newDraft(request)
  const cases: [string, () => Promise<{ status(): number; json(): Promise<unknown> }>, number][] = [
    ['missing locale', () => request.post('/api/intake', { data: {} }), 400],
    ['unknown locale', () => request.post('/api/intake', { data: { locale: 'fr' } }), 400],
    ['not JSON', () => request.post('/api/intake', { data: '{oops', headers: { 'content-type': 'application/json' } }), 400],
    ['huge body', () => request.post('/api/intake', { data: { locale: 'en', pad: 'x'.repeat(50_000) } }), 413],
    ['missing values', () => put(request, token, 'contact', { mode: 'next' }), 400],
    ['empty values', () => put(request, token, 'contact', { values: {} }), 422],
    ['wrong types', () => put(request, token, 'contact', { values: { name: 42, email: [] } }), 422],
    ['huge strings', () => put(request, token, 'contact', { values: { name: 'x'.repeat(15_000) } }), 422],
    ['unknown field', () => put(request, token, 'contact', { values: { name: 'A', isAdmin: true } }), 422],
    ['unknown option', () => put(request, token, 'situation', { values: { location: 'moon' } }), 422],
    ['impossible date', () => put(request, token, 'proceedings', { values: { noticeDate: '2025-02-30' } }), 422],
    ['unknown section', () => put(request, token, 'admin', { values: {} }), 404],
    ['malformed token', () => put(request, 'abc', 'contact', { values: { name: 'A' } }), 404],
    ['unknown token', () => put(request, 'A'.repeat(43), 'contact', { values: { name: 'A' } }), 404],
    ['unknown mode', () => put(request, token, 'contact', { values: {}, mode: 'force' }), 400],
    ['submit incomplete', () => request.post(`/api/intake/${token}/submit`), 422],
    ['submit unknown token', () => request.post(`/api/intake/${'B'.repeat(43)}/submit`), 404],
  ]
  for (const [name, send, status] of cases) {
    const response = await send()
    expect(response.status(), name).toBe(status)
    const body = (await response.json()) as { error: string; message: string }
    expect(body.error, name).toMatch(/^[A-Z]\w+\.errors\.\w+$/)
    expect(body.message, name).not.toBe(body.error)
  }
  const ja = await put(request, token, 'contact', { values: { name: 42 } }, { 'accept-language': 'ja' })
  expect((await ja.json()).message).toMatch(/[ぁ-んァ-ン一-龥]/)
  expect(draftAnswers(token)).toEqual({})
  expect(draftAnswers(other)).toEqual({})
})

test("one client's token never reads or writes another's draft", async ({ request, page }) => {
  const mine = await newDraft(request)
  const theirs = await newDraft(request)
  expect((await put(request, theirs, 'contact', { values: { name: 'Their name' }, mode: 'autosave' })).status()).toBe(200)
  expect((await put(request, mine, 'contact', { values: { name: 'Mine' }, mode: 'autosave' })).status()).toBe(200)
  expect(draftAnswers(theirs)).toEqual({ contact: { name: 'Their name' } })
  await page.goto(`/en/intake/${mine}/contact`)
  await expect(page.locator('#f-name')).toHaveValue('Mine')
  expect((await page.goto(`/en/intake/${mine.slice(0, 42)}x/contact`))?.status()).toBe(404)
})

test('script tags are kept as plain text and never run', async ({ request, page }) => {
  const token = await newDraft(request)
  const script = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">'
  await put(request, token, 'respondent', { values: { respondent: 'spouse', respondentName: script } })
  await page.goto(`/en/intake/${token}/respondent`)
  await expect(page.locator('#f-respondentName')).toHaveValue(script)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
})

test('random and hostile payloads never cause a 500 and never save invalid data', async ({ request }) => {
  const token = await newDraft(request)
  const sections = ['respondent', 'contact', 'situation', 'proceedings', 'history', 'consent', 'criminal', 'other', 'family', 'goals', 'x']
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...sections), fc.anything(), fc.constantFrom('next', 'autosave'), async (section, values, mode) => {
      const response = await put(request, token, section, { values, mode })
      expect([200, 400, 404, 409, 413, 422]).toContain(response.status())
      const stored = draftAnswers(token) as Record<string, unknown>
      // Whatever was accepted must still be valid for its section: re-saving it as-is succeeds. Only for
      // the steps still asked: a step that no longer applies (proceedings once "abroad" is saved) is refused.
      const asked = visibleSections(stored as Answers) as string[]
      for (const [name, value] of Object.entries(stored).filter(([name]) => asked.includes(name))) {
        const again = await put(request, token, name, { values: value, mode: 'autosave' })
        expect(again.status(), name).toBe(200)
      }
    }),
    { numRuns: 60 },
  )
})

test('the server action behind the form also survives hostile payloads (no 500)', async ({ page }) => {
  const token = await startIntake(page, 'en')
  const action = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']))
  await page.getByRole('radio').first().check()
  const captured = await action
  const headers = { 'next-action': captured.headers()['next-action']!, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' }
  for (const body of [
    '[]',
    '"string"',
    '[{"token":"x","section":"contact","values":{},"mode":"next"}]',
    JSON.stringify([{ token, section: 'contact', values: { name: 'x'.repeat(200_000) }, mode: 'next' }]),
    JSON.stringify([{ token, section: '__proto__', values: {}, mode: 'next' }]),
    '{not json',
  ]) {
    const response = await page.request.post(`/en/intake/${token}/respondent`, { headers, data: body })
    expect(response.status(), body.slice(0, 60)).toBeLessThan(500)
  }
  expect(draftAnswers(token)).not.toHaveProperty('contact')
})

test('a form post to a server action that does not parse gets a 400, not a 500', async ({ request }) => {
  const action = builtAction('app/[locale]/intake/actions.ts', 'startIntakeAction')
  for (const [contentType, body] of [
    ['multipart/form-data', 'garbage'],
    ['multipart/form-data; boundary=XYZ', '--XYZ\r\nContent-Disposition: form-data; name="1_$ACTION_ID"\r\n\r\nbroken'],
  ]) {
    const response = await request.post('/en/intake', {
      headers: { 'Next-Action': action.id, 'Content-Type': contentType!, Accept: 'text/x-component' },
      data: body,
      maxRedirects: 0,
    })
    expect(response.status(), contentType).toBe(400)
  }
})
