import { expect, test, type Browser, type BrowserContextOptions, type Locator, type Page } from '@playwright/test'
import { bookViaApi } from './support/booking-api'
import { translator, type Locale } from './support/intake-driver'
import { createStaff, signIn } from './support/staff'

/**
 * Before a page's scripts have run (a slow phone, a blocked script), its scripted forms are plain
 * HTML. Such a form must not submit itself as a GET to its own address, which would put a
 * password, or a client's name, phone and answers, into the URL, and so into history and logs
 * (components/forms/scripted-form.tsx). With JavaScript off: every scripted form posts, its submit
 * buttons are disabled, Enter in a field sends nothing, and the page says that it needs JavaScript.
 */

async function pageWithoutScripts(browser: Browser, storageState?: BrowserContextOptions['storageState']) {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState })
  return { context, page: await context.newPage() }
}

/** `value` is typed into `field` first; a radio button or checkbox is only focused. */
async function expectNothingSentNatively(page: Page, locale: Locale, field: Locator, value?: string) {
  // Chromium with scripts turned off through the DevTools protocol still parses <noscript> as
  // text, so the notice is checked in the page's HTML rather than on screen.
  const html = await page.content()
  expect(html).toContain(`<noscript><p class=`)
  expect(html).toContain(translator(locale)('Layout.noScript'))
  // A form whose action is a server function (multipart, such as "Sign out") works without
  // scripts by design; every other form is scripted.
  const scripted = await page.locator('form:not([enctype="multipart/form-data"])').all()
  expect(scripted.length).toBeGreaterThan(0)
  for (const form of scripted) {
    await expect(form).toHaveAttribute('method', 'post')
    for (const button of await form.locator('button[type=submit]').all()) await expect(button).toBeDisabled()
  }

  const address = page.url()
  const sent: string[] = []
  page.on('request', (request) => sent.push(`${request.method()} ${request.url()}`))
  if (value === undefined) await field.focus()
  else await field.fill(value)
  await field.press('Enter')
  // Proving that nothing happens takes a wait: a native submit to this local server starts at once.
  await page.waitForTimeout(750)
  expect(sent).toEqual([])
  expect(page.url()).toBe(address)
}

for (const locale of ['ja', 'en'] as const) {
  test(`the staff sign-in form never puts the password in the address (${locale})`, async ({ browser }) => {
    const { context, page } = await pageWithoutScripts(browser)
    await page.goto(`/${locale}/staff/login`)
    await expectNothingSentNatively(page, locale, page.locator('input[type=password]'), 'correct horse battery')
    await context.close()
  })
}

test('the booking form and the interview wait for their scripts (en)', async ({ browser }) => {
  const t = translator('en')
  const { context, page } = await pageWithoutScripts(browser)
  await page.goto('/en/booking')
  await expectNothingSentNatively(page, 'en', page.getByLabel(t('Booking.form.name')), 'Maria Santos')

  // The start page's form is a server action, which works without scripts: it opens an interview.
  await page.goto('/en/intake')
  await page.getByRole('button', { name: t('IntakeUi.start.button') }).click()
  await page.waitForURL(/\/en\/intake\/[A-Za-z0-9_-]{43}\/respondent$/)
  await expectNothingSentNatively(page, 'en', page.getByRole('radio').first())
  await context.close()
})

test('the private booking page waits for its scripts (ja)', async ({ browser, request }) => {
  const booking = await bookViaApi(request, { locale: 'ja', name: 'Scriptless Ja', lane: 'formsWithoutScripts' })
  const { context, page } = await pageWithoutScripts(browser)
  await page.goto(new URL(booking.manageUrl).pathname)
  await expectNothingSentNatively(page, 'ja', page.getByRole('radio').first())
  await context.close()
})

test('staff screens wait for their scripts, and a native post only shows the page again (en)', async ({
  browser,
  page,
  request,
}) => {
  const admin = await createStaff('admin')
  await signIn(page, 'en', admin)
  const { context, page: scriptless } = await pageWithoutScripts(browser, await page.context().storageState())
  await scriptless.goto('/en/staff/settings')
  await expectNothingSentNatively(scriptless, 'en', scriptless.locator('input[type=number]').first(), '6600')
  await context.close()

  // If something did submit a form natively (a password manager calling form.submit()), the values
  // arrive in a POST body, and Next.js answers with the page itself: nothing is signed in or saved.
  const response = await request.post('/en/staff/login', { form: { email: admin.email, password: admin.password } })
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/html')
  const staffHome = await request.get('/en/staff/cases', { maxRedirects: 0 })
  expect(staffHome.headers()['location']).toContain('/en/staff/login')
})
