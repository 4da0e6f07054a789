import { randomBytes, randomUUID } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseIndexFields } from '@/lib/cases/index-fields'
import type { CaseStatus } from '@/lib/cases/workflow'
import { createDb, type Db } from '@/lib/db'
import { assess, type Facts } from '@/lib/rules'
import { abroad, deportation, married } from '@/lib/rules/test-facts'
import { getCaseDetail, listAssignableStaff } from '@/lib/server/staff/case-detail-core'
import {
  addNote,
  addUpdate,
  assignCase,
  changeTrack,
  moveStatus,
  saveReassessment,
} from '@/lib/server/staff/case-workflow-core'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
// Deported 2020-03-01: the five-year ban's last day is 2025-03-01.
const deportee = abroad({ departures: [deportation('2020-03-01')], spouse: married('japanese') })

describe.each(providers)('case workflow on %s', (provider) => {
  let database: TestDatabase
  let db: Db
  let staff: { id: string; name: string }
  let other: { id: string; name: string }
  let banned: { id: string; name: string }

  const newUser = (name: string, isBanned = false) =>
    db.user.create({
      data: { id: randomUUID(), name, email: `${randomBytes(4).toString('hex')}@example.jp`, banned: isBanned },
      select: { id: true, name: true },
    })

  async function newCase(opts: { status?: CaseStatus; track?: 'stay' | 'landing'; facts?: Facts; asOf?: string } = {}) {
    const assessment = assess(opts.facts ?? deportee, { asOf: opts.asOf ?? '2025-02-01' })
    const submittedAt = new Date()
    const { grounds, ...index } = caseIndexFields(assessment, submittedAt, (opts.facts ?? deportee).location)
    const row = await db.case.create({
      data: {
        reference: `T-${randomBytes(5).toString('hex')}`,
        locale: 'en',
        clientName: 'Maria Santos',
        submittedAt,
        record: { create: { facts: opts.facts ?? deportee, assessment } },
        rulesVersion: assessment.rulesVersion,
        asOf: assessment.asOf,
        ...index,
        track: opts.track ?? index.track,
        status: opts.status ?? 'new',
        grounds: { create: grounds },
        events: { create: [{ kind: 'submitted', toStatus: 'new' }] },
      },
    })
    return row.id
  }
  const statusEvents = (caseId: string) => db.caseEvent.findMany({ where: { caseId, kind: 'status' } })
  const statusOf = async (caseId: string) => (await db.case.findUniqueOrThrow({ where: { id: caseId } })).status

  beforeAll(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { root, log: () => {} })
    db = createDb(database.url)
    staff = await newUser('Sota Staff')
    other = await newUser('Aiko Admin')
    banned = await newUser('Former Member', true)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await database?.drop()
  })

  it('moves a case along an allowed step and records who did it', async () => {
    const id = await newCase()
    const result = await moveStatus(db, {
      caseId: id,
      from: 'new',
      to: 'consultation-booked',
      reason: '',
      actorId: staff.id,
    })
    expect(result).toEqual({ ok: true, data: { status: 'consultation-booked' } })
    expect(await statusOf(id)).toBe('consultation-booked')
    expect(await statusEvents(id)).toMatchObject([
      { fromStatus: 'new', toStatus: 'consultation-booked', reason: null, actorId: staff.id },
    ])
  })

  it('refuses a step the workflow does not allow, and writes nothing', async () => {
    const id = await newCase()
    expect(await moveStatus(db, { caseId: id, from: 'new', to: 'approved', reason: '', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'not-allowed',
    })
    expect(await statusOf(id)).toBe('new')
    expect(await statusEvents(id)).toEqual([])
  })

  it('asks for a reason before declining or recording a denial, and keeps it', async () => {
    const id = await newCase({ status: 'consulted' })
    expect(
      await moveStatus(db, { caseId: id, from: 'consulted', to: 'declined', reason: '   ', actorId: staff.id }),
    ).toEqual({ ok: false, reason: 'reason-required' })
    expect(await statusOf(id)).toBe('consulted')
    const ok = await moveStatus(db, {
      caseId: id,
      from: 'consulted',
      to: 'declined',
      reason: ' Will not provide documents. ',
      actorId: staff.id,
    })
    expect(ok.ok).toBe(true)
    expect(await statusEvents(id)).toMatchObject([{ toStatus: 'declined', reason: 'Will not provide documents.' }])
  })

  it('tells the staff member when the case moved since they looked', async () => {
    const id = await newCase({ status: 'consulted' })
    expect(await moveStatus(db, { caseId: id, from: 'new', to: 'consulted', reason: '', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'moved',
    })
    expect(
      await moveStatus(db, { caseId: 'nosuchcase', from: 'new', to: 'consulted', reason: '', actorId: staff.id }),
    ).toEqual({ ok: false, reason: 'not-found' })
  })

  it('lets exactly one of many simultaneous moves from the same status win', async () => {
    const id = await newCase()
    const targets: CaseStatus[] = [
      'consultation-booked',
      'consulted',
      'closed',
      'declined',
      'consultation-booked',
      'consulted',
      'closed',
      'declined',
    ]
    const results = await Promise.all(
      targets.map((to, i) =>
        moveStatus(db, { caseId: id, from: 'new', to, reason: `reason ${i}`, actorId: i % 2 ? staff.id : other.id }),
      ),
    )
    const winners = results.flatMap((r, i) => (r.ok ? [targets[i]] : []))
    expect(winners).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(targets.length - 1).fill('moved'))
    expect(await statusOf(id)).toBe(winners[0])
    expect(await statusEvents(id)).toMatchObject([{ fromStatus: 'new', toStatus: winners[0] }])
  })

  it('lets one of two identical moves at once win, with one event', async () => {
    const id = await newCase({ status: 'filed' })
    const move = () => moveStatus(db, { caseId: id, from: 'filed', to: 'approved', reason: '', actorId: staff.id })
    const results = await Promise.all([move(), move(), move()])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(await statusEvents(id)).toHaveLength(1)
  })

  it('follows the track after approval: landing goes to the certificate, stay to the grant', async () => {
    const landing = await newCase({ status: 'approved', track: 'landing' })
    const stay = await newCase({ status: 'approved', track: 'stay' })
    expect(
      (
        await moveStatus(db, {
          caseId: stay,
          from: 'approved',
          to: 'certificate-issued',
          reason: '',
          actorId: staff.id,
        })
      ).ok,
    ).toBe(false)
    expect(
      (
        await moveStatus(db, {
          caseId: landing,
          from: 'approved',
          to: 'certificate-issued',
          reason: '',
          actorId: staff.id,
        })
      ).ok,
    ).toBe(true)
    expect(
      (await moveStatus(db, { caseId: stay, from: 'approved', to: 'status-granted', reason: '', actorId: staff.id }))
        .ok,
    ).toBe(true)
  })

  it('changes the track, but not away from a status that belongs to it', async () => {
    const id = await newCase({ track: 'stay' })
    expect(await changeTrack(db, { caseId: id, from: 'stay', to: 'landing', actorId: staff.id })).toEqual({
      ok: true,
      data: { track: 'landing' },
    })
    expect(await changeTrack(db, { caseId: id, from: 'stay', to: 'landing', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'moved',
    })
    expect(await db.caseEvent.findMany({ where: { caseId: id, kind: 'track' } })).toMatchObject([
      { fromValue: 'stay', toValue: 'landing', fromStatus: null, actorId: staff.id },
    ])
    const granted = await newCase({ status: 'status-granted', track: 'stay' })
    expect(await changeTrack(db, { caseId: granted, from: 'stay', to: 'landing', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'not-allowed',
    })
    expect((await db.case.findUniqueOrThrow({ where: { id: granted } })).track).toBe('stay')
  })

  it('assigns active staff only, and records the hand-over', async () => {
    const id = await newCase()
    expect(await assignCase(db, { caseId: id, current: null, assigneeId: banned.id, actorId: staff.id })).toEqual({
      ok: false,
      reason: 'unknown-assignee',
    })
    expect(await assignCase(db, { caseId: id, current: null, assigneeId: 'nobody', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'unknown-assignee',
    })
    expect((await assignCase(db, { caseId: id, current: null, assigneeId: staff.id, actorId: other.id })).ok).toBe(true)
    expect(await assignCase(db, { caseId: id, current: null, assigneeId: other.id, actorId: other.id })).toEqual({
      ok: false,
      reason: 'moved',
    })
    expect((await assignCase(db, { caseId: id, current: staff.id, assigneeId: other.id, actorId: other.id })).ok).toBe(
      true,
    )
    expect((await assignCase(db, { caseId: id, current: other.id, assigneeId: null, actorId: other.id })).ok).toBe(true)
    const detail = await getCaseDetail(db, id)
    expect(detail?.assignee).toBeNull()
    expect(
      detail?.events.filter((e) => e.kind === 'assignment').map((e) => [e.fromUser, e.toUser, e.actorName]),
    ).toEqual([
      ['Aiko Admin', null, 'Aiko Admin'],
      ['Sota Staff', 'Aiko Admin', 'Aiko Admin'],
      [null, 'Sota Staff', 'Aiko Admin'],
    ])
    expect((await listAssignableStaff(db)).map((u) => u.name)).not.toContain('Former Member')
  })

  it('keeps internal notes with author and time, newest first', async () => {
    const id = await newCase()
    expect(
      (await addNote(db, { caseId: id, body: 'First call: spouse will bring the koseki.', authorId: staff.id })).ok,
    ).toBe(true)
    await new Promise((r) => setTimeout(r, 5))
    expect((await addNote(db, { caseId: id, body: 'Second note', authorId: other.id })).ok).toBe(true)
    const detail = await getCaseDetail(db, id)
    expect(detail?.notes.map((n) => [n.body, n.authorName])).toEqual([
      ['Second note', 'Aiko Admin'],
      ['First call: spouse will bring the koseki.', 'Sota Staff'],
    ])
    expect(await addNote(db, { caseId: 'nosuchcase', body: 'x', authorId: staff.id })).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect(await db.caseNote.count({ where: { caseId: 'nosuchcase' } })).toBe(0)
  })

  it('stores progress updates for the client in the language they were written in', async () => {
    const id = await newCase()
    const result = await addUpdate(db, { caseId: id, body: '書類を受け取りました。', locale: 'ja', authorId: staff.id })
    expect(result.ok).toBe(true)
    expect(await db.caseUpdate.findMany({ where: { caseId: id } })).toMatchObject([
      { body: '書類を受け取りました。', locale: 'ja', authorId: staff.id },
    ])
    expect(await db.caseEvent.count({ where: { caseId: id, kind: 'update' } })).toBe(1)
    expect(await addUpdate(db, { caseId: 'nosuchcase', body: 'x', locale: 'en', authorId: staff.id })).toEqual({
      ok: false,
      reason: 'not-found',
    })
  })

  it('saves a new assessment with its index columns and ground rows, once', async () => {
    const id = await newCase({ asOf: '2025-02-01' })
    expect(await db.caseGround.findMany({ where: { caseId: id } })).toMatchObject([
      { groundId: 'deportation-first-5y', active: true },
    ])
    const seen = { rulesVersion: (await db.case.findUniqueOrThrow({ where: { id } })).rulesVersion, asOf: '2025-02-01' }
    const result = await saveReassessment(db, { caseId: id, seen, today: '2025-03-02', actorId: staff.id })
    expect(result).toEqual({ ok: true, data: { rulesVersion: seen.rulesVersion, asOf: '2025-03-02' } })
    const row = await db.case.findUniqueOrThrow({ where: { id }, include: { grounds: true, record: true } })
    const expected = assess(deportee, { asOf: '2025-03-02' })
    expect(row.record?.assessment).toEqual(expected)
    expect(row).toMatchObject({
      asOf: '2025-03-02',
      recommendedPath: expected.recommendedPath,
      urgency: expected.urgency,
    })
    // The ground rows carry the case's new sort key, for the list's ground filter.
    expect(row.grounds).toEqual([
      {
        caseId: id,
        groundId: 'deportation-first-5y',
        active: false,
        urgencyRank: row.urgencyRank,
        deadlineKey: row.nextDeadline ?? '9999-12-31',
        submittedAt: row.submittedAt,
      },
    ])
    expect(await db.caseEvent.count({ where: { caseId: id, kind: 'reassessed' } })).toBe(1)
    // A second save from the old page finds the snapshot changed; the same day again changes nothing.
    expect(await saveReassessment(db, { caseId: id, seen, today: '2025-03-02', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'moved',
    })
    const now = { rulesVersion: seen.rulesVersion, asOf: '2025-03-02' }
    expect(await saveReassessment(db, { caseId: id, seen: now, today: '2025-03-02', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'unchanged',
    })
    const twice = await Promise.all(
      [1, 2].map(() => saveReassessment(db, { caseId: id, seen: now, today: '2025-04-01', actorId: staff.id })),
    )
    expect(twice.filter((r) => r.ok)).toHaveLength(1)
    expect(await db.caseEvent.count({ where: { caseId: id, kind: 'reassessed' } })).toBe(2)
  })

  it('keeps one ground row per ground when the assessment repeats a ground', async () => {
    const facts = abroad({
      landingRefusals: [
        { date: '2025-01-01', reason: 'carrying-drugs' },
        { date: '2025-03-01', reason: 'carrying-weapons' },
      ],
    })
    const id = await newCase({ facts, asOf: '2025-06-01' })
    const seen = { rulesVersion: (await db.case.findUniqueOrThrow({ where: { id } })).rulesVersion, asOf: '2025-06-01' }
    // 2026-01-02: the first refusal's year is over, the second's is not, so the row stays active.
    expect((await saveReassessment(db, { caseId: id, seen, today: '2026-01-02', actorId: staff.id })).ok).toBe(true)
    expect(await db.caseGround.findMany({ where: { caseId: id } })).toMatchObject([
      { groundId: 'refused-landing-1y', active: true },
    ])
  })

  it('refuses to re-assess facts that no longer fit the rules', async () => {
    const id = await newCase()
    await db.caseRecord.update({ where: { caseId: id }, data: { facts: { version: 999 } } })
    const seen = { rulesVersion: (await db.case.findUniqueOrThrow({ where: { id } })).rulesVersion, asOf: '2025-02-01' }
    expect(await saveReassessment(db, { caseId: id, seen, today: '2025-03-02', actorId: staff.id })).toEqual({
      ok: false,
      reason: 'invalid-facts',
    })
  })

  it('re-assesses a case without any ground (no ground rows to write)', async () => {
    const id = await newCase({ facts: abroad(), asOf: '2025-02-01' })
    const seen = { rulesVersion: (await db.case.findUniqueOrThrow({ where: { id } })).rulesVersion, asOf: '2025-02-01' }
    expect((await saveReassessment(db, { caseId: id, seen, today: '2025-02-02', actorId: staff.id })).ok).toBe(true)
    expect(await db.caseGround.count({ where: { caseId: id } })).toBe(0)
  })

  it('lists the bookings linked to the case in time order, and staff-made events of removed accounts without a name', async () => {
    const id = await newCase()
    const booking = (hour: number, status: string) => ({
      reference: `B-${randomBytes(4).toString('hex')}`,
      tokenHash: randomBytes(16).toString('hex'),
      caseId: id,
      startsAt: new Date(`2027-02-01T${String(hour).padStart(2, '0')}:00:00+09:00`),
      endsAt: new Date(`2027-02-01T${String(hour + 1).padStart(2, '0')}:00:00+09:00`),
      kind: 'video',
      name: 'Maria Santos',
      email: 'maria@example.com',
      phone: '+63 912 345 6789',
      locale: 'en',
      feeYen: 5400,
      status,
    })
    await db.booking.create({ data: booking(15, 'paid') })
    await db.booking.create({ data: booking(11, 'cancelled') })
    const leaving = await newUser('Leaving Member')
    expect(
      (await moveStatus(db, { caseId: id, from: 'new', to: 'consulted', reason: '', actorId: leaving.id })).ok,
    ).toBe(true)
    await db.user.delete({ where: { id: leaving.id } })
    const detail = await getCaseDetail(db, id)
    expect(detail?.bookings.map((b) => [b.startsAt.toISOString(), b.status, b.kind])).toEqual([
      ['2027-02-01T02:00:00.000Z', 'cancelled', 'video'],
      ['2027-02-01T06:00:00.000Z', 'paid', 'video'],
    ])
    expect(detail?.events.find((e) => e.kind === 'status')).toMatchObject({ actorName: null, toStatus: 'consulted' })
  })

  it('finds no case for unknown or malformed ids', async () => {
    for (const id of ['nosuchcase', '', 'x'.repeat(500), "1' OR '1'='1", null, 42, { id: 'x' }]) {
      expect(await getCaseDetail(db, id)).toBeNull()
    }
  })
})
