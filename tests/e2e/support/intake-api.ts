import { expect, type APIRequestContext } from '@playwright/test'
import { visibleSections, type Answers } from '@/lib/intake'

/**
 * Submits a whole interview through the public JSON API, section by section as the pages do, and
 * returns the private token and the case reference: a quick, real way to make a case for tests
 * that are about what comes after the interview.
 */
export async function submitIntakeViaApi(request: APIRequestContext, locale: 'ja' | 'en', answers: Answers) {
  const started = await request.post('/api/intake', { data: { locale } })
  expect(started.status()).toBe(201)
  const { token } = (await started.json()) as { token: string }
  for (const section of visibleSections(answers)) {
    const saved = await request.put(`/api/intake/${token}/sections/${section}`, { data: { values: answers[section] ?? {}, mode: 'next' } })
    expect(saved.status(), `${section}: ${await saved.text()}`).toBe(200)
  }
  const submitted = await request.post(`/api/intake/${token}/submit`)
  expect(submitted.status(), await submitted.text()).toBeLessThan(300)
  const { reference } = (await submitted.json()) as { reference: string }
  return { token, reference }
}
