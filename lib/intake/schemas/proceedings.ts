import type { z } from 'zod'
import { choice, section, type FieldKit } from '../fields'
import { APPEARANCES, CUSTODIES, STAGES, YES_NO_UNKNOWN } from '../options'

/**
 * In Japan the stage of deportation proceedings is asked; at a port only whether
 * a special inquiry officer has found the landing conditions unmet. Two fields,
 * not one, so a stale in-Japan answer can never leak into a port case.
 */
export const proceedingsSchema = (kit: FieldKit) =>
  section({
    custody: choice(CUSTODIES),
    stage: choice(STAGES),
    portFinding: choice(YES_NO_UNKNOWN),
    noticeDate: kit.date().optional(),
    voluntaryAppearance: choice(APPEARANCES),
  })
export type ProceedingsAnswers = z.infer<ReturnType<typeof proceedingsSchema>>
