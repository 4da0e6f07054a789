'use client'

/** Opens the browser's print dialog; the page's print CSS gives an A4 page without the navigation. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-primary" onClick={() => window.print()}>
      {label}
    </button>
  )
}
