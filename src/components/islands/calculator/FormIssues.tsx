/**
 * Above the results: which fields the calculation could not use right now, and that it uses their last
 * valid value meanwhile. Empty fields read "Vul … in", so the reader knows what to do.
 */
import type { FormIssue } from '../../../lib/fields';

/** The sentence for one issue. */
export function issueText(issue: FormIssue): string {
  return issue.kind === 'empty' ? `Vul ‘${issue.label}’ in.` : `‘${issue.label}’ klopt nog niet.`;
}

/** The issues as a short list, or nothing when the form is fine. */
export function FormIssues({ issues }: { issues: readonly FormIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div class="calc-issues">
      <ul>
        {issues.map((i) => (
          <li key={i.fieldId}>{issueText(i)}</li>
        ))}
      </ul>
      <p>Tot dan rekenen we met de laatste geldige waarde van {issues.length === 1 ? 'dat veld' : 'die velden'}.</p>
    </div>
  );
}
