import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoCases, workflowPath } from '@/lib/cases/demo-cases'
import { caseIndexFields } from '@/lib/cases/index-fields'
import { CASE_STATUSES, canMove, type CaseTrack } from '@/lib/cases/workflow'
import { createDb, type Db } from '@/lib/db'
import { answersToFacts, makeCompleteAnswersSchema } from '@/lib/intake'
import { AssessmentSchema, assess } from '@/lib/rules'
import { listCases } from '@/lib/server/staff/case-list-core'
import { parseListQuery } from '@/lib/cases/list-query'
import { seedDemoCases } from '@/prisma/demo-cases'
import { caseSearchText } from '@/lib/cases/search-text'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

/** The demo office's fictional cases (lib/cases/demo-cases.ts, prisma/demo-cases.ts). */

describe.each(providers)('demo cases on %s', (provider) => {
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

  it('seeds the fictional demo cases once, each one the real assessment of valid answers', async () => {
    await db.user.createMany({
      data: [
        { id: 's1', name: 'Demo Staff 1', email: 's1@example.jp' },
        { id: 's2', name: 'Demo Staff 2', email: 's2@example.jp' },
      ],
    })
    expect(await seedDemoCases(db)).toEqual({ created: 40 })
    expect(await seedDemoCases(db)).toEqual({ created: 0 })
    const cases = await db.case.findMany({
      include: { grounds: true, record: true, events: { orderBy: { createdAt: 'asc' } } },
    })
    expect(cases).toHaveLength(40)
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES))
    for (const c of cases) {
      expect(c.email).toMatch(/@example\.(com|jp)$/)
      const answers = makeCompleteAnswersSchema({ today: c.asOf! }).parse(c.record?.answers)
      const { facts } = answersToFacts(answers)
      expect(c.record?.facts).toEqual(facts)
      expect(c.searchText).toBe(caseSearchText(c))
      const assessment = assess(facts, { asOf: c.asOf! })
      expect(AssessmentSchema.parse(c.record?.assessment)).toEqual(assessment)
      const { grounds, ...index } = caseIndexFields(assessment, c.submittedAt, facts.location)
      expect(c).toMatchObject(index)
      expect(
        c.grounds.map((g) => ({ ...g, caseId: undefined })).sort((a, b) => a.groundId.localeCompare(b.groundId)),
      ).toEqual(grounds.map((g) => ({ ...g, caseId: undefined })).sort((a, b) => a.groundId.localeCompare(b.groundId)))
      // The timeline is a walk the workflow allows, ending at the case's status.
      expect(c.events[0]).toMatchObject({ kind: 'submitted', toStatus: 'new' })
      for (const e of c.events.slice(1))
        expect(canMove(e.fromStatus as never, e.toStatus as never, c.track as CaseTrack)).toBe(true)
      expect(c.events.at(-1)!.toStatus).toBe(c.status)
      expect(c.assigneeId === null).toBe(c.status === 'new')
    }
    expect((await listCases(db, parseListQuery({}).query)).total).toBe(40)
  })

  it('are never added to a database that already has cases', async () => {
    await db.case.create({ data: { reference: '2026-REAL-CASE', locale: 'ja', clientName: '実在 の依頼者' } })
    expect(await seedDemoCases(db)).toEqual({ created: 0 })
    expect(await db.case.count()).toBe(1)
  })
})

describe('demo cases', () => {
  const now = new Date('2026-12-01T03:00:00Z')
  let n = 0
  const counter = (year: number) => `${year}-DEMO-${String(n++).padStart(4, '0')}`

  it('are the same for the same seed and day', () => {
    n = 0
    const first = [...demoCases({ count: 30, now, makeReference: counter })]
    n = 0
    expect([...demoCases({ count: 30, now, makeReference: counter })]).toEqual(first)
    n = 0
    expect([...demoCases({ count: 30, now, seed: 7, makeReference: counter })]).not.toEqual(first)
  })

  it('walk the workflow from new to each status on its track', () => {
    expect(workflowPath('new', 'stay')).toEqual([])
    expect(workflowPath('landed', 'landing')).toEqual([
      'consultation-booked',
      'consulted',
      'accepted',
      'preparing-documents',
      'filed',
      'approved',
      'certificate-issued',
      'visa-issued',
      'landed',
    ])
    expect(() => workflowPath('landed', 'stay')).toThrow()
  })
})
