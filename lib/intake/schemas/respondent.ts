import type { z } from 'zod'
import { MAX_NAME, MAX_SHORT_TEXT, choice, section, text } from '../fields'
import { RESPONDENTS } from '../options'

/** Who is filling in: every later question is worded for them (ICU select on `respondent`). */
export const respondentSchema = () =>
  section({
    respondent: choice(RESPONDENTS),
    respondentName: text(MAX_NAME),
    respondentRelationship: text(MAX_SHORT_TEXT),
  })
export type RespondentAnswers = z.infer<ReturnType<typeof respondentSchema>>
