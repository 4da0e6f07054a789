import type { z } from 'zod'
import { MAX_LONG_TEXT, choice, section, text } from '../fields'
import { GOALS, RETURN_PURPOSES } from '../options'

export const goalsSchema = () =>
  section({
    goal: choice(GOALS),
    returnPurpose: choice(RETURN_PURPOSES),
    message: text(MAX_LONG_TEXT),
  })
export type GoalsAnswers = z.infer<ReturnType<typeof goalsSchema>>
