import type { z } from 'zod'
import { choice, section } from '../fields'
import { PROSTITUTION_ANSWERS, YES_NO_UNKNOWN } from '../options'

/**
 * The last three only suggest a discretionary ground (infectious disease, public
 * charge, violent organisations); the rules never decide them, staff review them.
 */
export const otherSchema = () =>
  section({
    prostitutionWork: choice(PROSTITUTION_ANSWERS),
    traffickedOthers: choice(YES_NO_UNKNOWN),
    infectiousDisease: choice(YES_NO_UNKNOWN),
    cannotSupport: choice(YES_NO_UNKNOWN),
    violentGroup: choice(YES_NO_UNKNOWN),
  })
export type OtherAnswers = z.infer<ReturnType<typeof otherSchema>>
