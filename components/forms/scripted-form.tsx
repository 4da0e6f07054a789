'use client'

import { useSyncExternalStore, type ButtonHTMLAttributes, type FormHTMLAttributes } from 'react'

/**
 * Forms whose submit is handled by script (react-hook-form, a server action called from code).
 *
 * Until React has hydrated the page, such a form is plain HTML, and the browser would submit it
 * itself: a GET to the page's own address with every field in the query string. For the sign-in
 * form that is the password; for the booking and intake forms, a person's name, phone and answers
 * about their record. Addresses end up in browser history, server logs and Referer headers.
 *
 * So a scripted form is always `method="post"` (if anything still submits it natively, the values
 * travel in the body, never in the address), and its submit button stays disabled until the page
 * is hydrated (a click before then would otherwise be lost, or submit natively). Enter in a field
 * does nothing either while the form's default button is disabled (HTML's implicit submission).
 */
export function ScriptedForm(props: Omit<FormHTMLAttributes<HTMLFormElement>, 'method' | 'action'>) {
  return <form {...props} method="post" />
}

export function SubmitButton({ disabled, ...props }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>) {
  const hydrated = useHydrated()
  return <button {...props} type="submit" disabled={!hydrated || disabled} />
}

/** False in the server's HTML and while React hydrates it; true from then on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, isClient, isServer)
}

function subscribeToNothing() {
  return () => {}
}
const isClient = () => true
const isServer = () => false
