'use client'

import { useTranslations } from 'next-intl'
import { useTransition } from 'react'
import { reassessAction } from '@/app/[locale]/staff/(signed-in)/cases/[id]/actions'
import { ErrorSummary } from '@/components/forms/error-summary'
import { useSubmitState } from './use-submit-state'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

/** Saves today's assessment in place of the stored one (the server assesses again; nothing is sent but ids). */
export function ReassessButton({ caseId, rulesVersion, asOf }: { caseId: string; rulesVersion: string; asOf: string }) {
  const t = useTranslations()
  const state = useSubmitState()
  const [pending, startTransition] = useTransition()
  return (
    <ScriptedForm
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault()
        startTransition(() =>
          state.run(() => reassessAction({ caseId, rulesVersion, asOf }), {
            setFieldError: () => {},
            success: t('StaffCase.reassess.saved'),
          }),
        )
      }}
    >
      <ErrorSummary errors={[]} formError={state.formError && t(state.formError)} attempt={state.attempt} />
      <SubmitButton className="btn-primary" disabled={pending}>
        {t('StaffCase.reassess.save')}
      </SubmitButton>
      <p role="status" className="text-brand-800 font-semibold">
        {state.done}
      </p>
    </ScriptedForm>
  )
}
