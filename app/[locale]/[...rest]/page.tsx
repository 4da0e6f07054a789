import { notFound } from 'next/navigation'

/** Any path under a known locale that no page claims gets the localized 404. */
export default function CatchAll() {
  notFound()
}
