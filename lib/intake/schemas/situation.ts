import type { z } from 'zod'
import { choice, section, years } from '../fields'
import { LOCATIONS, RESIDENCES, YES_NO_UNKNOWN } from '../options'

export const situationSchema = () =>
  section({
    location: choice(LOCATIONS),
    residence: choice(RESIDENCES),
    yearsInJapan: years(),
    illegalStayYears: years(),
    canDepartPromptly: choice(YES_NO_UNKNOWN),
  })
export type SituationAnswers = z.infer<ReturnType<typeof situationSchema>>
