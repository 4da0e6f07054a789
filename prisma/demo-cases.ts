/**
 * Fictional cases for the demo office (lib/cases/demo-cases.ts makes them through the real intake
 * mapping and assessment): `npx tsx prisma/demo-cases.ts [count]`, or `seedDemoCases(db)` from a
 * setup script. Safe to run more than once.
 */
import { demoCases } from '@/lib/cases/demo-cases'
import { createDb, type Db } from '@/lib/db'

/**
 * Adds `count` demo cases, assigned in turn to the staff accounts that exist (none: unassigned).
 * Does nothing when the database already holds any case at all, demo or not: fictional cases must
 * never be mixed into an office's real ones, and a second run must not double the demo. All cases
 * are written in one batch transaction, so an interrupted run leaves none rather than some.
 */
export async function seedDemoCases(db: Db, count = 40): Promise<{ created: number }> {
  if ((await db.case.count()) > 0) return { created: 0 }
  const staff = await db.user.findMany({
    where: { banned: false },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  })
  const writes = [...demoCases({ count })].map(({ grounds, events, record, ...row }, i) => {
    // A case still "new" has not been picked up by anyone yet.
    const assigneeId = row.status === 'new' || staff.length === 0 ? null : staff[i % staff.length]!.id
    return db.case.create({
      data: {
        ...row,
        assigneeId,
        record: { create: record },
        grounds: { create: grounds },
        events: { create: events.map((e) => ({ ...e, actorId: e.kind === 'status' ? assigneeId : null })) },
      },
    })
  })
  await db.$transaction(writes)
  return { created: writes.length }
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const db = createDb()
  const { created } = await seedDemoCases(db, Number(process.argv[2] ?? 40))
  console.log(
    created ? `Added ${created} fictional demo cases.` : 'The database already has cases: no demo cases added.',
  )
  await db.$disconnect()
}
