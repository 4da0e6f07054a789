export default function CasesPlaceholder() {
  return <h1>Cases</h1>
}
