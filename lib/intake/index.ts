/** Public API of the intake interview: sections, schemas, visibility, and the one answers-to-facts mapping. */
export { SECTION_IDS, isSectionId, type SectionId } from './sections'
export { INTAKE_ERROR_KEYS, type IntakeErrorKey } from './error-keys'
export { MAX_ITEMS, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT } from './fields'
export * as IntakeOptions from './options'
export { LIST_FIELDS, type Answers, type FieldId, type ListId, type SectionAnswers } from './types'
export {
  DraftAnswersSchema,
  makeCompleteAnswersSchema,
  makeSchemas,
  makeSectionSchema,
  type CompleteAnswers,
} from './answers'
export { ITEM_RULES, pruneHidden, visibleFields, visibleSections } from './visibility'
export { INTAKE_NOTE_IDS, type IntakeNoteId } from './notes'
export { answersToFacts, type IntakeFactsResult } from './to-facts'
export type { ConvictionAnswer } from './schemas/criminal'
export type { ChildAnswer } from './schemas/family'
export type { DepartureAnswer, RefusalAnswer } from './schemas/history'
