import type { FieldKit } from '../fields'
import type { SectionId } from '../sections'
import { consentSchema } from './consent'
import { contactSchema } from './contact'
import { criminalSchema } from './criminal'
import { familySchema } from './family'
import { goalsSchema } from './goals'
import { historySchema } from './history'
import { otherSchema } from './other'
import { proceedingsSchema } from './proceedings'
import { respondentSchema } from './respondent'
import { situationSchema } from './situation'

/** The shape of every section built with one field kit (loose for drafts, strict for submission). */
export function sectionShapes(kit: FieldKit) {
  return {
    respondent: respondentSchema(),
    contact: contactSchema(kit),
    situation: situationSchema(),
    proceedings: proceedingsSchema(kit),
    history: historySchema(kit),
    consent: consentSchema(),
    criminal: criminalSchema(kit),
    other: otherSchema(),
    family: familySchema(kit),
    goals: goalsSchema(),
  } satisfies Record<SectionId, unknown>
}
export type SectionSchemas = ReturnType<typeof sectionShapes>
