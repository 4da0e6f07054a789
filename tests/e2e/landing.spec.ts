import { expect, test } from '@playwright/test'

const pages = {
  ja: {
    heading: '日本で家族と暮らし続けたい方、もう一度日本に戻りたい方へ',
    start: '質問に答えて相談を始める',
    switchTo: 'English',
  },
  en: {
    heading: 'For people who want to keep living in Japan with their family, or to come back',
    start: 'Answer the questions and get started',
    switchTo: '日本語',
  },
} as const

for (const [locale, text] of Object.entries(pages)) {
  test(`landing page in ${locale} @phone`, async ({ page }) => {
    await page.goto(`/${locale}`)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.heading)
    const start = page.getByRole('link', { name: text.start }).first()
    await expect(start).toHaveAttribute('href', `/${locale}/intake`)
    // The office's contact details come from the settings (the fictional demo office).
    await expect(page.getByRole('contentinfo')).toContainText('045-000-0000')
    await expect(page.getByRole('contentinfo')).toContainText(
      locale === 'ja' ? 'さくら坂国際事務所' : 'Sakurazaka International',
    )
  })

  test(`language switcher keeps the path (${locale})`, async ({ page }) => {
    const other = locale === 'ja' ? 'en' : 'ja'
    await page.goto(`/${locale}/some/missing/page`)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await page.getByRole('link', { name: text.switchTo }).click()
    await expect(page).toHaveURL(new RegExp(`/${other}/some/missing/page$`))
    await expect(page.locator('html')).toHaveAttribute('lang', other)
  })
}

test('the root redirects by Accept-Language, Japanese when unsure', async ({ browser }) => {
  // The context's locale is what Chromium sends as Accept-Language.
  for (const [browserLocale, expected] of [
    ['en-US', '/en'],
    ['ja-JP', '/ja'],
    ['fr-FR', '/ja'],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(new RegExp(`${expected}$`))
    await context.close()
  }
})

test('an unknown page gives a 404 in a real language', async ({ page }) => {
  for (const [path, locale, heading] of [
    ['/en/no-such-page', 'en', 'Page not found'],
    ['/ja/no-such-page', 'ja', 'ページが見つかりません'],
    ['/xx/unknown', 'ja', 'ページが見つかりません'],
    // A "%" in the decoded path, or an escape that does not decode: once a bare 500.
    ['/en/booking/%25', 'en', 'Page not found'],
    ['/ja/case/abc%25def/status', 'ja', 'ページが見つかりません'],
    ['/en/%E3', 'en', 'Page not found'],
    ['/%25', 'ja', 'ページが見つかりません'],
  ] as const) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  }
})

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')
  expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true, provider: 'sqlite' } })
  expect((await response.json()).database.migrations).toBeGreaterThan(0)
})

test('security headers are sent', async ({ request }) => {
  const response = await request.get('/ja')
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(response.headers()['x-powered-by']).toBeUndefined()
  expect(response.headers()['x-frame-options']).toBe('DENY')
  const policy = response.headers()['content-security-policy']!
  expect(policy).toContain("frame-ancestors 'none'")
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!
  // The nonce is fresh per request and is on the page's own scripts.
  expect((await request.get('/ja')).headers()['content-security-policy']).not.toContain(nonce)
  expect(await response.text()).toContain(`nonce="${nonce}"`)
  const api = await request.get('/api/health')
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
  expect(api.headers()['x-content-type-options']).toBe('nosniff')
})

test.describe('under the content security policy', () => {
  test.use({ timezoneId: 'Europe/London' })
  test('pages still run their scripts', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto('/en/booking')
    // The visitor's own local time is added by client-side script only.
    await expect(page.locator('label:has(input[type=radio])').first()).toContainText('your time')
    expect(violations).toEqual([])
  })
})

test('the page asks for nothing that is missing: the icon and robots.txt are served', async ({ page, request }) => {
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  await page.goto('/en')
  const icon = page.locator('link[rel="icon"]')
  await expect(icon).toHaveCount(1)
  const iconResponse = await request.get((await icon.getAttribute('href'))!)
  expect(iconResponse.status()).toBe(200)
  expect(iconResponse.headers()['content-type']).toContain('image/svg+xml')
  // Browsers fetch the icon on their own schedule; wait until the page is idle before judging.
  await page.waitForLoadState('networkidle')
  expect(failed).toEqual([])

  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(200)
  const rules = await robots.text()
  // Private links (they carry a secret) are kept out of crawlers' way; the landing page is not.
  for (const prefix of ['/ja/case/', '/en/intake/', '/ja/booking/', '/en/staff'])
    expect(rules).toContain(`Disallow: ${prefix}`)
  expect(rules).not.toMatch(/^Disallow: \/$/m)
})
