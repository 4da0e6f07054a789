import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { SECTION_IDS, type Answers } from '@/lib/intake'
import { detainedAfterFinding, overstayerMarried, TODAY } from '@/lib/intake/test-answers'
import { hashToken } from '@/lib/security/tokens'
import { findCaseByToken, findDraft, saveSection, startDraft, submitDraft } from '@/lib/server/intake-core'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const now = new Date('2025-06-10T03:00:00Z')
const save = (db: Db, token: string, section: string, values: unknown, mode: 'next' | 'autosave' = 'next') =>
  saveSection(db, { token, section, values, mode, today: TODAY, now })

/** Fills every section of a complete answer set through the same path the form uses. */
async function fill(db: Db, token: string, answers: Answers) {
  for (const section of SECTION_IDS) {
    const values = answers[section]
    if (values === undefined) continue
    const result = await save(db, token, section, values)
    expect(result, section).toMatchObject({ ok: true })
  }
}

describe.each(providers)('intake on %s', (provider) => {
  let database: TestDatabase
  let db: Db

  beforeEach(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { log: () => {} })
    db = createDb(database.url)
  })
  afterEach(async () => {
    await db.$disconnect()
    await database.drop()
  })

  it('keeps the token only as a hash and resumes from it', async () => {
    const { token } = await startDraft(db, 'ja')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const row = await db.intakeDraft.findFirstOrThrow()
    expect(row.tokenHash).toBe(hashToken(token))
    expect(JSON.stringify(row)).not.toContain(token)

    await save(db, token, 'contact', { name: 'Half typed', email: 'maria@exa' }, 'autosave')
    const draft = await findDraft(db, token)
    expect(draft?.answers).toEqual({ contact: { name: 'Half typed', email: 'maria@exa' } })
  })

  it('validates a step strictly on "next" and saves nothing invalid', async () => {
    const { token } = await startDraft(db, 'en')
    const result = await save(db, token, 'contact', { name: '', email: 'not-an-email', preferredLanguage: 'xx' })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    if (!result.ok && result.reason === 'invalid') {
      expect(result.fieldErrors).toMatchObject({ email: 'Intake.errors.invalidEmail', preferredLanguage: 'Intake.errors.invalidOption' })
    }
    expect((await findDraft(db, token))?.answers).toEqual({})
  })

  it('rejects hostile payloads without saving: unknown keys, wrong types, huge strings, unknown sections, bad tokens', async () => {
    const { token } = await startDraft(db, 'en')
    const other = await startDraft(db, 'en')
    const hostile = [
      { section: 'contact', values: { name: 'x', isAdmin: true } },
      { section: 'contact', values: { name: 42 } },
      { section: 'contact', values: { name: 'x'.repeat(100_000) } },
      { section: 'contact', values: 'not an object' },
      { section: '__proto__', values: {} },
      { section: 'contact', values: { name: '<script>alert(1)</script>'.repeat(10) } },
    ]
    for (const { section, values } of hostile) {
      for (const mode of ['next', 'autosave'] as const) {
        const result = await saveSection(db, { token, section, values, mode, today: TODAY, now })
        expect(result.ok, `${section} ${JSON.stringify(values).slice(0, 40)}`).toBe(false)
      }
    }
    for (const bad of ['', 'short', 'x'.repeat(43), null, 42, other.token.slice(0, 42)]) {
      expect(await save(db, bad as string, 'contact', { name: 'x' })).toMatchObject({ ok: false, reason: 'not-found' })
    }
    expect((await findDraft(db, token))?.answers).toEqual({})
    expect((await findDraft(db, other.token))?.answers).toEqual({})
  })

  it('records consent with its time, and keeps no criminal answers without it', async () => {
    const { token } = await startDraft(db, 'ja')
    await save(db, token, 'consent', { consent: true })
    await save(db, token, 'criminal', { everConvicted: 'no' })
    expect((await findDraft(db, token))?.criminalConsentAt?.toISOString()).toBe(now.toISOString())

    const withdrawn = await save(db, token, 'consent', { consent: false })
    expect(withdrawn).toMatchObject({ ok: true, next: 'other' })
    const draft = await findDraft(db, token)
    expect(draft?.criminalConsentAt).toBeNull()
    expect(draft?.answers).toEqual({ consent: { consent: false } })
  })

  it('submits a complete interview into one case with the assessment snapshot, however often it is sent', async () => {
    const { token } = await startDraft(db, 'en')
    await fill(db, token, overstayerMarried)
    const results = await Promise.all(Array.from({ length: 5 }, () => submitDraft(db, { token, today: TODAY, year: 2025 })))
    const references = new Set(results.map((r) => (r.ok ? r.reference : r.reason)))
    expect(references.size).toBe(1)
    expect(await db.case.count()).toBe(1)

    const stored = await findCaseByToken(db, token)
    expect(stored).toMatchObject({
      clientName: 'Maria Santos',
      recommendedPath: 'special-permission-to-stay',
      urgency: 'medium',
      asOf: TODAY,
      criminalConsentAt: now,
    })
    expect((stored?.record?.assessment as { rulesVersion: string }).rulesVersion).toBe(stored?.rulesVersion)
    expect(stored?.searchText).toBe('maria santos\nmaria@example.com\n' + stored?.reference.toLowerCase())
    const record = await db.caseRecord.findUniqueOrThrow({ where: { caseId: stored!.id } })
    expect(record.facts).toMatchObject({ location: 'in-japan', residence: 'overstay', goal: 'stay' })
    expect(await save(db, token, 'contact', { name: 'late edit' })).toMatchObject({ ok: false, reason: 'submitted' })
  })

  it('stores the nearest open deadline for a detained client', async () => {
    const { token } = await startDraft(db, 'en')
    await fill(db, token, detainedAfterFinding)
    expect(await submitDraft(db, { token, today: TODAY, year: 2025 })).toMatchObject({ ok: true })
    const stored = await findCaseByToken(db, token)
    expect(stored).toMatchObject({ urgency: 'critical', nextDeadline: '2025-06-12', respondent: 'spouse' })
  })

  it('refuses an incomplete interview and names the first section to finish', async () => {
    const { token } = await startDraft(db, 'en')
    await save(db, token, 'respondent', { respondent: 'self' })
    expect(await submitDraft(db, { token, today: TODAY, year: 2025 })).toMatchObject({ ok: false, reason: 'incomplete', section: 'contact' })
    expect(await db.case.count()).toBe(0)
  })
})
