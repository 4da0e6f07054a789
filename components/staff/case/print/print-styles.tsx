/**
 * A4 with 15 mm margins. Only the summary is printed: the site header, footer, staff menu and
 * every other element outside the summary are hidden, whatever layout wraps the page.
 */
const CSS = `
@page { size: A4; margin: 15mm; }
@media print {
  html, body { background: #fff !important; }
  body { font-size: 10.5pt; line-height: 1.5; }
  body > :not(main) { display: none !important; }
  main *:not(:has([data-print-root])):not([data-print-root]):not([data-print-root] *) { display: none !important; }
  main, main * { max-width: none !important; }
  main :has([data-print-root]) { margin: 0 !important; padding: 0 !important; border: 0 !important; }
  [data-print-root] section { break-inside: avoid; }
  [data-print-root] a { color: inherit; text-decoration: none; }
}
`

export function PrintStyles() {
  return <style>{CSS}</style>
}
