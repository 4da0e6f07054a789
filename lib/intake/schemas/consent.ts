import { z } from 'zod'
import { typeError } from '../error-keys'
import { section } from '../fields'

/**
 * Consent to collect the criminal record (special-care personal information,
 * APPI Art. 2(3)). Only the choice is an answer; the server stamps the time it
 * was given, because a client-sent time could not be trusted.
 */
export const consentSchema = () =>
  section({
    consent: z.boolean({ error: typeError }).optional(),
  })
export type ConsentAnswers = z.infer<ReturnType<typeof consentSchema>>
