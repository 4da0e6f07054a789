import Database from 'better-sqlite3'
import path from 'node:path'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { axe } from './support/axe'
import { caseIndexFields } from '@/lib/cases/index-fields'
import type { CaseStatus } from '@/lib/cases/workflow'
import type { Answers } from '@/lib/intake'
import { assess, FactsSchema } from '@/lib/rules'
import { addDays, addYears } from '@/lib/rules/calendar-date'
import { todayInJapan } from '@/lib/time/tokyo'
import { caseIdOf, e2eDb } from './support/e2e-db'
import { submitIntakeViaApi } from './support/intake-api'
import { translator, type Locale } from './support/intake-driver'
import { SITUATIONS } from './support/situations'
import { createStaff, signIn, type StaffAccount } from './support/staff'

/**
 * The staff case page end to end: a case sent through the intake JSON API, moved through the
 * workflow by a signed-in staff member, updated for the client (seen on the client's own page in
 * another browser), assigned, noted (never seen by the client) and printed. Both languages.
 */

type Submitted = { token: string; reference: string; id: string }

async function submitCase(request: APIRequestContext, locale: Locale, answers: Answers): Promise<Submitted> {
  const { token, reference } = await submitIntakeViaApi(request, locale, answers)
  return { token, reference, id: caseIdOf(reference) }
}

/** The server's database, writable: only to date a case's stored assessment back, as if it had been sent earlier. */
function backdateAssessment(id: string, asOf: string) {
  const file = path.resolve(import.meta.dirname, `../../tmp/e2e-${process.env.E2E_PORT ?? '3210'}/e2e.db`)
  const db = new Database(file, { timeout: 5000 })
  try {
    const row = db.prepare('SELECT facts FROM "CaseRecord" WHERE caseId = ?').get(id) as { facts: string }
    const assessment = assess(FactsSchema.parse(JSON.parse(row.facts)), { asOf })
    const index = caseIndexFields(assessment, new Date(), 'abroad') // only the case columns are used here
    db.transaction(() => {
      db.prepare('UPDATE "CaseRecord" SET assessment = ? WHERE caseId = ?').run(JSON.stringify(assessment), id)
      db.prepare('UPDATE "Case" SET asOf = ?, urgency = ?, urgencyRank = ?, recommendedPath = ? WHERE id = ?').run(
        asOf,
        index.urgency,
        index.urgencyRank,
        index.recommendedPath,
        id,
      )
    })()
  } finally {
    db.close()
  }
}

function auditFor(id: string): { action: string; detail: string | null; actorId: string | null }[] {
  const db = e2eDb()
  try {
    return db
      .prepare('SELECT action, detail, actorId FROM "AuditLog" WHERE targetId = ? ORDER BY createdAt')
      .all(id) as never
  } finally {
    db.close()
  }
}

async function moveTo(page: Page, locale: Locale, to: CaseStatus, reason?: string) {
  const t = translator(locale)
  const label = t(`StaffCases.status.${to}`)
  await page.getByLabel(t('StaffCase.workflow.to')).selectOption({ label })
  if (reason !== undefined) await page.getByLabel(t('StaffCase.workflow.reason')).fill(reason)
  await page.getByRole('button', { name: t('StaffCase.workflow.submit') }).click()
  await expect(page.getByTestId('case-status')).toHaveText(label)
  await expect(
    page.getByRole('status').filter({ hasText: t('StaffCase.workflow.moved', { status: label }) }),
  ).toBeVisible()
}

const STAY_CHAIN: CaseStatus[] = [
  'consultation-booked',
  'consulted',
  'accepted',
  'preparing-documents',
  'filed',
  'denied',
  'denial-reasons-confirmed',
  'refiled',
  'approved',
  'status-granted',
]

for (const locale of ['ja', 'en'] as const) {
  test.describe(`the staff case page in ${locale}`, () => {
    let staff: StaffAccount

    test.beforeAll(async () => {
      staff = await createStaff('staff', locale === 'ja' ? '佐藤 職員' : 'Sota Staff')
    })

    test('moves a stay case through the workflow; the client sees the update, never the note', async ({
      page,
      request,
      browser,
    }) => {
      const t = translator(locale)
      const other = locale === 'ja' ? 'en' : 'ja'
      const submitted = await submitCase(request, locale, SITUATIONS['overstayer married to a Japanese national']!)
      await signIn(page, locale, staff)
      await page.goto(`/${locale}/staff/cases/${submitted.id}`)
      await expect(
        page.getByRole('heading', { level: 1, name: t('StaffCase.title', { reference: submitted.reference }) }),
      ).toBeVisible()
      await expect(page.getByTestId('client-name')).toHaveText('Maria Santos')
      await expect(page.getByTestId('case-track')).toHaveText(t('StaffCase.track.stay'))
      await expect(page.getByRole('heading', { name: t('StaffCase.answers.title') })).toBeVisible()

      const denial = 'The bureau doubts the marriage; meet the examiner with the spouse.'
      for (const to of STAY_CHAIN) {
        if (to === 'denied') {
          // Without a reason the move is refused, with the problem named and focused.
          await page.getByLabel(t('StaffCase.workflow.to')).selectOption({ label: t('StaffCases.status.denied') })
          await page.getByRole('button', { name: t('StaffCase.workflow.submit') }).click()
          const problems = page.getByRole('alert').filter({ hasText: t('StaffCase.errors.reasonRequired') })
          await expect(problems).toBeFocused()
          await expect(page.getByLabel(t('StaffCase.workflow.reason'))).toHaveAttribute('aria-invalid', 'true')
          await moveTo(page, locale, to, denial)
        } else await moveTo(page, locale, to)
      }
      // Only the moves the workflow allows are offered: after the grant, closing the case.
      await expect(page.getByLabel(t('StaffCase.workflow.to')).locator('option')).toHaveText([
        t('StaffCase.workflow.choose'),
        t('StaffCases.status.closed'),
      ])

      const timeline = page.getByTestId('timeline')
      await expect(timeline.locator('li[data-kind=status]')).toHaveCount(STAY_CHAIN.length)
      await expect(timeline).toContainText(
        t('StaffCase.timeline.status', { from: t('StaffCases.status.filed'), to: t('StaffCases.status.denied') }),
      )
      await expect(timeline).toContainText(denial)
      await expect(timeline.locator('li[data-kind=status]').first()).toContainText(staff.name)

      await page.getByLabel(t('StaffCase.assign.label')).selectOption({ label: staff.name })
      await page.getByRole('button', { name: t('StaffCase.assign.submit') }).click()
      await expect(page.getByTestId('case-assignee')).toHaveText(staff.name)
      await expect(timeline).toContainText(t('StaffCase.timeline.assigned', { name: staff.name }))

      const note = `Internal: spouse's income is low, check tax certificates (${locale})`
      await page.getByRole('textbox', { name: t('StaffCase.notes.body') }).fill(note)
      await page.getByRole('button', { name: t('StaffCase.notes.submit') }).click()
      await expect(page.getByTestId('notes')).toContainText(note)

      const update =
        locale === 'ja'
          ? 'Your residence status has been granted. Please come to collect your card.'
          : '在留資格が許可されました。在留カードを受け取りにお越しください。'
      await page.getByLabel(t('StaffCase.updates.body')).fill(update)
      await page.getByLabel(t('StaffCase.updates.language')).selectOption(other)
      await page.getByRole('button', { name: t('StaffCase.updates.submit') }).click()
      await expect(page.getByTestId('updates')).toContainText(update)

      // The client's own page, in a browser with no staff session: plain status, the update, nothing internal.
      const client = await browser.newContext()
      const clientPage = await client.newPage()
      await clientPage.goto(`/${locale}/case/${submitted.token}/status`)
      await expect(clientPage.getByTestId('case-status')).toHaveText(t('CaseStatus.status.status-granted'))
      const updates = clientPage.getByTestId('client-updates')
      await expect(updates).toContainText(update)
      await expect(updates).toContainText(t('CaseStatus.otherLanguage', { language: other }))
      await expect(updates).toContainText(t('CaseStatus.fromOffice'))
      const body = (await clientPage.locator('body').textContent()) ?? ''
      for (const secret of [note, denial, staff.name]) expect(body).not.toContain(secret)
      expect((await axe(clientPage)).violations).toEqual([])
      await client.close()

      await page.getByRole('link', { name: t('StaffCase.print.link') }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/staff/cases/${submitted.id}/print$`))
      await expect(
        page.getByRole('heading', { level: 1, name: t('StaffCase.print.title', { reference: submitted.reference }) }),
      ).toBeVisible()
      await expect(page.getByText(t('StaffCase.print.notDecision'))).toBeVisible()
      await expect(page.getByRole('heading', { name: t('StaffCase.print.consultationNotes') })).toBeVisible()

      const audit = auditFor(submitted.id)
      const actions = audit.map((a) => a.action)
      for (const action of ['case.view', 'case.status', 'case.assign', 'case.note', 'case.update', 'case.print'])
        expect(actions).toContain(action)
      expect(actions.filter((a) => a === 'case.status')).toHaveLength(STAY_CHAIN.length)
      // Ids and codes only: no name, note, reason or message in the log.
      const logged = JSON.stringify(audit)
      for (const personal of ['Maria Santos', note, denial, update, staff.name]) expect(logged).not.toContain(personal)
    })

    test('says so when someone else moved the case meanwhile, and shows the current status', async ({
      page,
      request,
      context,
    }) => {
      const t = translator(locale)
      const submitted = await submitCase(request, locale, SITUATIONS['no ground at all']!)
      await signIn(page, locale, staff)
      await page.goto(`/${locale}/staff/cases/${submitted.id}`)
      const second = await context.newPage()
      await second.goto(`/${locale}/staff/cases/${submitted.id}`)
      await moveTo(second, locale, 'consulted')

      await page
        .getByLabel(t('StaffCase.workflow.to'))
        .selectOption({ label: t('StaffCases.status.consultation-booked') })
      await page.getByRole('button', { name: t('StaffCase.workflow.submit') }).click()
      await expect(page.getByRole('alert').filter({ hasText: t('StaffCase.errors.movedMeanwhile') })).toBeFocused()
      await expect(page.getByTestId('case-status')).toHaveText(t('StaffCases.status.consulted'))
      // The form now starts from the current status: the next move goes through.
      await moveTo(page, locale, 'accepted')
      const db = e2eDb()
      try {
        const events = db
          .prepare(`SELECT toStatus FROM "CaseEvent" WHERE caseId = ? AND kind = 'status' ORDER BY createdAt`)
          .all(submitted.id)
        expect(events).toEqual([{ toStatus: 'consulted' }, { toStatus: 'accepted' }])
      } finally {
        db.close()
      }
    })

    test('unknown and malformed case ids answer with the not-found page', async ({ page }) => {
      await signIn(page, locale, staff)
      for (const id of ['cnosuchcase0000000000000', 'x'.repeat(300), '%27%20OR%201%3D1', 'abc.def']) {
        const response = await page.goto(`/${locale}/staff/cases/${id}`)
        expect(response?.status(), id).toBe(404)
        const print = await page.goto(`/${locale}/staff/cases/${id}/print`)
        expect(print?.status(), id).toBe(404)
      }
    })
  })
}

test('a landing case: a ban that ended since the snapshot is shown, saved, and the case goes through to landing', async ({
  page,
  request,
}) => {
  const t = translator('en')
  const today = todayInJapan()
  // Deported five years and ten days ago: the ban ended ten days ago; the snapshot is from twenty days ago.
  const answers = structuredClone(SITUATIONS['deportee abroad with a ban']!)
  answers.history = {
    ...answers.history!,
    departures: [
      { date: addDays(addYears(today, -5), -10), kind: 'deportation', ground: 'overstay', reducedBanDecision: 'no' },
    ],
  }
  const submitted = await submitCase(request, 'en', answers)
  backdateAssessment(submitted.id, addDays(today, -20))
  const staff = await createStaff('staff', 'Rin Reviewer')
  await signIn(page, 'en', staff)
  await page.goto(`/en/staff/cases/${submitted.id}`)

  const panel = page.getByTestId('reassessment')
  await expect(panel.getByRole('heading', { name: t('StaffCase.reassess.title') })).toBeVisible()
  await expect(panel).toContainText(t('StaffCase.reassess.nowExpired'))
  await expect(page.locator('[data-ground=deportation-first-5y]')).toHaveAttribute('data-active', 'true')
  await panel.getByRole('button', { name: t('StaffCase.reassess.save') }).click()
  await expect(page.getByTestId('reassessment')).toHaveCount(0)
  await expect(page.locator('[data-ground=deportation-first-5y]')).toHaveAttribute('data-active', 'false')
  await expect(page.getByTestId('timeline')).toContainText(t('StaffCase.timeline.reassessed'))

  await expect(page.getByTestId('case-track')).toHaveText(t('StaffCase.track.landing'))
  for (const to of [
    'consulted',
    'accepted',
    'preparing-documents',
    'filed',
    'additional-documents-requested',
    'filed',
    'approved',
    'certificate-issued',
    'visa-issued',
    'landed',
  ] as const) {
    await moveTo(page, 'en', to)
  }
  // A landed case cannot become a stay case.
  await page.getByLabel(t('StaffCase.track.label')).selectOption('stay')
  await page.getByRole('button', { name: t('StaffCase.track.submit') }).click()
  await expect(page.getByRole('alert').filter({ hasText: t('StaffCase.errors.notAllowed') })).toBeVisible()
  await expect(page.getByTestId('case-track')).toHaveText(t('StaffCase.track.landing'))
  expect(auditFor(submitted.id).map((a) => a.action)).toContain('case.reassess')
})

for (const locale of ['ja', 'en'] as const) {
  test(`the case page and the printout are accessible in ${locale} @phone`, async ({ page, request }) => {
    const t = translator(locale)
    const submitted = await submitCase(request, locale, SITUATIONS['detained with an open deadline']!)
    backdateAssessment(submitted.id, addDays(todayInJapan(), -3))
    const staff = await createStaff('staff', locale === 'ja' ? '高橋 職員' : 'Tomo Staff')
    await signIn(page, locale, staff)
    await page.goto(`/${locale}/staff/cases/${submitted.id}`)
    await expect(page.getByTestId('reassessment')).toBeVisible()
    await expect(page.getByRole('heading', { name: t('StaffCase.urgent.title') })).toBeVisible()
    expect((await axe(page)).violations).toEqual([])
    // Errors shown: still accessible.
    await page.getByRole('button', { name: t('StaffCase.notes.submit') }).click()
    await expect(page.getByRole('alert').filter({ hasText: t('StaffCase.errors.noteRequired') })).toBeFocused()
    expect((await axe(page)).violations).toEqual([])

    await page.goto(`/${locale}/staff/cases/${submitted.id}/print`)
    expect((await axe(page)).violations).toEqual([])
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: t('Staff.nav.label') })).toBeHidden()
    await expect(page.getByRole('button', { name: t('StaffCase.print.button') })).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const css = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
        .find((text) => text.startsWith('@page')),
    )
    expect(css?.toLowerCase()).toContain('size: a4')
    expect(css).toContain('15mm')
  })
}
