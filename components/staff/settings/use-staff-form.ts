'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useRef, useState, type BaseSyntheticEvent } from 'react'
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path } from 'react-hook-form'
import type { z } from 'zod'
import type { SummaryError } from '@/components/forms/error-summary'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'

export type FieldInfo = { path: string; id: string; label: string }

/** The message key at a dotted path of react-hook-form's nested errors. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  const message = (node as { message?: unknown } | undefined)?.message
  return typeof message === 'string' ? message : undefined
}

/**
 * One staff form: validated in the browser with the form's zod schema, then its raw values go to the
 * server action, which parses them with the same schema. Server field errors land on their fields;
 * the error summary takes focus after every failed attempt; success is announced in a status line.
 */
export function useStaffForm<S extends z.ZodType<FieldValues, FieldValues>, T>({
  schema,
  defaultValues,
  action,
  fields,
  success,
  resetTo,
}: {
  schema: S
  defaultValues: z.input<S>
  action: (input: z.input<S>) => Promise<ActionResult<T>>
  fields: FieldInfo[]
  /** The status line after a save (a message key or text from the result). */
  success: (data: T, values: z.input<S>) => string
  /** Empties the form after a success (forms that add things rather than edit them). */
  resetTo?: z.input<S>
}) {
  const t = useTranslations()
  const router = useRouter()
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never),
    defaultValues: defaultValues as DefaultValues<z.input<S>>,
    shouldFocusError: false,
  })
  const [formError, setFormError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [saved, setSaved] = useState<string>()
  const savedRef = useRef<HTMLParagraphElement>(null)
  const errors = form.formState.errors
  const error = (path: string) => errorAt(errors, path)
  const summary: SummaryError[] = fields.flatMap((f) => {
    const message = error(f.path)
    return message ? [{ fieldId: f.id, label: f.label, message: t(message) }] : []
  })

  // Built on submit, not during render: the handlers use refs.
  const onSubmit = (event?: BaseSyntheticEvent) =>
    form.handleSubmit(
      async () => {
        setFormError(undefined)
        setSaved(undefined)
        const values = form.getValues()
        const result = await action(values).catch(() => null)
        if (result?.ok) {
          setSaved(success(result.data, values))
          requestAnimationFrame(() => savedRef.current?.focus())
          if (resetTo) form.reset(resetTo as DefaultValues<z.input<S>>)
          router.refresh()
          return
        }
        for (const [path, message] of Object.entries(result?.fieldErrors ?? {}))
          form.setError(path as Path<z.input<S>>, { message })
        setFormError(t(result ? result.formError : 'Staff.errors.unexpected'))
        setAttempt((n) => n + 1)
      },
      () => {
        setSaved(undefined)
        setAttempt((n) => n + 1)
      },
    )(event)
  return { form, error, summary, formError, attempt, onSubmit, saved, savedRef }
}
