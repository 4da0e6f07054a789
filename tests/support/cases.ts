import type { Db } from '@/lib/db'
import { SECTION_IDS, type Answers } from '@/lib/intake'
import { TODAY } from '@/lib/intake/test-answers'
import { saveSection, startDraft, submitDraft } from '@/lib/server/intake-core'

/** A real case, made the way a client makes one: a draft, every section saved, then submitted. */
export async function submitCase(db: Db, answers: Answers, now = new Date('2025-06-10T03:00:00Z')) {
  const { token } = await startDraft(db, 'en')
  for (const section of SECTION_IDS) {
    const values = answers[section]
    if (values === undefined) continue
    const saved = await saveSection(db, { token, section, values, mode: 'next', today: TODAY, now })
    if (!saved.ok) throw new Error(`${section}: ${JSON.stringify(saved)}`)
  }
  const submitted = await submitDraft(db, { token, today: TODAY, year: 2025 })
  if (!submitted.ok) throw new Error(JSON.stringify(submitted))
  const row = await db.case.findUniqueOrThrow({ where: { reference: submitted.reference } })
  return { token, reference: submitted.reference, id: row.id, draftId: row.draftId }
}
