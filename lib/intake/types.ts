import type { z } from 'zod'
import type { SectionSchemas } from './schemas'
import type { SectionId } from './sections'

/** One section's answers; every field may be missing while the person is still drafting. */
export type SectionAnswers<S extends SectionId> = z.infer<SectionSchemas[S]>

/** Everything answered so far. A section is undefined until its step is first saved. */
export type Answers = { [S in SectionId]?: SectionAnswers<S> }

export type FieldId<S extends SectionId> = keyof SectionAnswers<S> & string

/** The lists whose items are added, edited and removed one by one. */
export const LIST_FIELDS = {
  history: ['departures', 'refusals'],
  criminal: ['convictions'],
  family: ['children'],
} as const
export type ListSection = keyof typeof LIST_FIELDS
export type ListId = (typeof LIST_FIELDS)[ListSection][number]
