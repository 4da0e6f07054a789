'use client'

import { useEffect, useRef } from 'react'

export type ProblemEntry = { label: string; message: string; href?: string }

/**
 * The filters the list could not use (a mistyped link, a range that ends before it starts): shown
 * above the form and focused when the page opens, so a keyboard or screen-reader user hears at once
 * that the list is not filtered the way they asked (WCAG 3.3.1). Strings come translated from the server.
 */
export function FilterProblems({ title, problems }: { title: string; problems: ProblemEntry[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="filter-problems-title"
      className="mb-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 focus:outline-3 focus:outline-amber-700"
    >
      <h2 id="filter-problems-title" className="font-bold text-red-800">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {problems.map((p) => (
          <li key={p.label}>
            {p.href ? (
              <a href={p.href} className="text-red-800 underline underline-offset-4">
                {p.label}: {p.message}
              </a>
            ) : (
              <span className="text-red-800">
                {p.label}: {p.message}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
