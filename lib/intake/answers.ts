import { z } from 'zod'
import { objectError } from './error-keys'
import { looseKit, strictKit } from './fields'
import { requireAll, requireSection } from './completeness'
import { sectionShapes } from './schemas'
import type { SectionId } from './sections'
import type { Answers, SectionAnswers } from './types'
import { pruneHidden } from './visibility'

export type { Answers, SectionAnswers } from './types'

function answersObject(sections: ReturnType<typeof sectionShapes>) {
  return z.strictObject(
    {
      respondent: sections.respondent.optional(),
      contact: sections.contact.optional(),
      situation: sections.situation.optional(),
      proceedings: sections.proceedings.optional(),
      history: sections.history.optional(),
      consent: sections.consent.optional(),
      criminal: sections.criminal.optional(),
      other: sections.other.optional(),
      family: sections.family.optional(),
      goals: sections.goals.optional(),
    },
    { error: objectError },
  )
}

/**
 * What "save and continue later" stores: any subset of sections, each field
 * type-checked and length-limited, unknown keys rejected, but nothing required
 * and half-typed dates kept, so saving progress never fails on an unfinished step.
 */
export const DraftAnswersSchema = answersObject(sectionShapes(looseKit()))

/**
 * What is submitted: every visible section and field answered, dates real and not
 * in the future. Built per day because lib/intake has no clock: the server passes
 * today's date in Asia/Tokyo. Branded so only checked answers reach answersToFacts.
 */
export function makeCompleteAnswersSchema({ today }: { today: string }) {
  return answersObject(sectionShapes(strictKit({ today })))
    .superRefine((answers, ctx) => requireAll(answers, ctx))
    .brand<'CompleteAnswers'>()
}
export type CompleteAnswers = z.infer<ReturnType<typeof makeCompleteAnswersSchema>>

/**
 * The schema for one step's form (zodResolver on the client, the same call on the
 * server). `answers` are the other steps as stored, which decide what this step shows.
 */
export function makeSectionSchema<S extends SectionId>(section: S, { today, answers }: { today: string; answers: Answers }) {
  const shape = sectionShapes(strictKit({ today }))[section] as unknown as z.ZodType<SectionAnswers<S>, SectionAnswers<S>>
  return shape.superRefine((value, ctx) => {
    const others = pruneHidden({ ...answers, [section]: undefined })
    requireSection(section, { ...others, [section]: value }, ctx, [])
  })
}

/** Every step's form schema for one day, e.g. `makeSchemas({ today }).section('family', answers)`. */
export function makeSchemas({ today }: { today: string }) {
  return {
    draft: DraftAnswersSchema,
    complete: makeCompleteAnswersSchema({ today }),
    section: <S extends SectionId>(section: S, answers: Answers) => makeSectionSchema(section, { today, answers }),
  }
}
