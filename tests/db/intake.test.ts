import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { pruneHidden, SECTION_IDS, type Answers } from '@/lib/intake'
import { detainedAfterFinding, overstayerMarried, TODAY } from '@/lib/intake/test-answers'
import { hashToken } from '@/lib/security/tokens'
import { exportCase } from '@/lib/server/data-rights-core'
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
    expect(record.answers).toEqual(pruneHidden(overstayerMarried))
    // The case holds the answers; the submitted draft row keeps no second copy.
    expect((await findDraft(db, token))?.answers).toEqual({})
    expect(await save(db, token, 'contact', { name: 'late edit' })).toMatchObject({ ok: false, reason: 'submitted' })
  })

  it('stores the nearest open deadline for a detained client', async () => {
    const { token } = await startDraft(db, 'en')
    await fill(db, token, detainedAfterFinding)
    expect(await submitDraft(db, { token, today: TODAY, year: 2025 })).toMatchObject({ ok: true })
    const stored = await findCaseByToken(db, token)
    expect(stored).toMatchObject({ urgency: 'critical', nextDeadline: '2025-06-12', respondent: 'spouse' })
  })

  /** A complete interview whose client declined the criminal-record questions. */
  const declined = (): Answers => {
    const answers: Answers = { ...overstayerMarried, consent: { consent: false } }
    delete answers.criminal
    return answers
  }
  const refusedAsHidden = { ok: false, reason: 'invalid', fieldErrors: { _form: 'IntakeUi.errors.sectionNotAsked' } }

  it('refuses a criminal-record step without consent, and neither the case nor the draft keeps one', async () => {
    const { token } = await startDraft(db, 'en')
    await fill(db, token, declined())
    for (const mode of ['autosave', 'next'] as const) {
      const values = mode === 'next' ? { everConvicted: 'no' } : { everConvicted: 'yes', convictions: [] }
      expect(await save(db, token, 'criminal', values, mode), mode).toEqual(refusedAsHidden)
    }
    const draft = await findDraft(db, token)
    expect(draft?.criminalConsentAt).toBeNull()
    expect(draft?.answers).not.toHaveProperty('criminal')

    const submitted = await submitDraft(db, { token, today: TODAY, year: 2025 })
    expect(submitted).toMatchObject({ ok: true })
    const stored = await db.case.findFirstOrThrow({ where: { draftId: draft!.id }, include: { record: true } })
    expect(stored.criminalConsentAt).toBeNull()
    expect(stored.record?.answers).not.toHaveProperty('criminal')
    expect(stored.record?.answers).toEqual(pruneHidden(declined()))
    // The submitted draft keeps no second copy of the answers.
    expect((await findDraft(db, token))?.answers).toEqual({})
    expect(JSON.stringify(await exportCase(db, stored.id))).not.toContain('everConvicted')
  })

  it('keeps criminal answers stored before consent was checked out of the case (what is sent is what is visible)', async () => {
    const { token } = await startDraft(db, 'en')
    await fill(db, token, declined())
    // A row written before saves were checked against visibility (or by any other path).
    const row = (await findDraft(db, token))!
    await db.intakeDraft.update({
      where: { id: row.id },
      data: { answers: { ...(row.answers as object), criminal: { everConvicted: 'yes', convictions: [] } } },
    })
    expect(await submitDraft(db, { token, today: TODAY, year: 2025 })).toMatchObject({ ok: true })
    const stored = await db.case.findFirstOrThrow({ where: { draftId: row.id }, include: { record: true } })
    expect(stored.record?.answers).not.toHaveProperty('criminal')
    expect((await findDraft(db, token))?.answers).toEqual({})
  })

  it('refuses a stale save of the criminal-record step after consent was withdrawn', async () => {
    const { token } = await startDraft(db, 'en')
    await save(db, token, 'consent', { consent: true })
    expect(await save(db, token, 'criminal', { everConvicted: 'yes', convictions: [] }, 'autosave')).toMatchObject({ ok: true })
    expect(await save(db, token, 'consent', { consent: false })).toMatchObject({ ok: true })
    // The other tab, still open on the criminal step, saves again on its next keystroke or retry.
    expect(await save(db, token, 'criminal', { everConvicted: 'yes', convictions: [] }, 'autosave')).toEqual(refusedAsHidden)
    expect(await save(db, token, 'criminal', { everConvicted: 'no' })).toEqual(refusedAsHidden)
    const draft = await findDraft(db, token)
    expect(draft?.answers).toEqual({ consent: { consent: false } })
    expect(draft?.criminalConsentAt).toBeNull()
  })

  it('never keeps criminal answers when consent is withdrawn while the criminal step saves', async () => {
    for (let round = 0; round < 20; round++) {
      const { token } = await startDraft(db, 'en')
      await save(db, token, 'consent', { consent: true })
      const criminal = () => save(db, token, 'criminal', { everConvicted: 'yes', convictions: [] }, 'autosave')
      const withdraw = () => save(db, token, 'consent', { consent: false })
      // Both orders: the criminal save reads before the withdrawal writes, or retries after it.
      await Promise.all(round % 2 ? [criminal(), withdraw()] : [withdraw(), criminal()])
      const draft = await findDraft(db, token)
      expect(draft?.criminalConsentAt, `round ${round}`).toBeNull()
      expect(draft?.answers, `round ${round}`).not.toHaveProperty('criminal')
    }
  })

  it('refuses other steps that do not apply either (no proceedings when abroad)', async () => {
    const { token } = await startDraft(db, 'en')
    await save(db, token, 'situation', { location: 'abroad', yearsInJapan: 2 })
    expect(await save(db, token, 'proceedings', { custody: 'none' }, 'autosave')).toEqual(refusedAsHidden)
    expect((await findDraft(db, token))?.answers).not.toHaveProperty('proceedings')
  })

  it('a submit whose answers changed after it read them starts again from the stored answers', async () => {
    const { token } = await startDraft(db, 'en')
    await fill(db, token, overstayerMarried)
    // Consent is withdrawn between the submit's read of the draft and its write.
    let withdrawn = false
    const racing = new Proxy(db, {
      get(target, prop) {
        const value = Reflect.get(target, prop)
        if (prop === 'case' && !withdrawn) {
          return new Proxy(target.case, {
            get(model, name) {
              const fn = Reflect.get(model, name)
              if (name !== 'findUnique' || withdrawn) return typeof fn === 'function' ? fn.bind(model) : fn
              return async (...args: unknown[]) => {
                withdrawn = true
                expect(await save(target, token, 'consent', { consent: false })).toMatchObject({ ok: true })
                return (fn as (...a: unknown[]) => unknown).apply(model, args)
              }
            },
          })
        }
        return typeof value === 'function' ? value.bind(target) : value
      },
    }) as Db
    expect(await submitDraft(racing, { token, today: TODAY, year: 2025 })).toMatchObject({ ok: true })
    expect(withdrawn).toBe(true)
    const stored = await db.case.findFirstOrThrow({ include: { record: true } })
    expect(stored.criminalConsentAt).toBeNull()
    expect(stored.record?.answers).not.toHaveProperty('criminal')
    expect(stored.record?.answers).toMatchObject({ consent: { consent: false } })
  })

  it('refuses an incomplete interview and names the first section to finish', async () => {
    const { token } = await startDraft(db, 'en')
    await save(db, token, 'respondent', { respondent: 'self' })
    expect(await submitDraft(db, { token, today: TODAY, year: 2025 })).toMatchObject({ ok: false, reason: 'incomplete', section: 'contact' })
    expect(await db.case.count()).toBe(0)
  })
})
