/**
 * Above the results: which fields keep the calculation from running right now. While any field is empty,
 * unreadable or ambiguous there is no result: the calculators never count with a number the form does
 * not show.
 */
import type { FormIssue } from '../../../lib/calculators/fields';

/** The sentence for one issue. */
export function issueText(issue: FormIssue): string {
  if (issue.kind === 'empty') return `Vul ‘${issue.label}’ in.`;
  if (issue.kind === 'ambiguous') return `Kies bij ‘${issue.label}’ wat je bedoelt.`;
  return `‘${issue.label}’ klopt nog niet.`;
}

/** The issues as a short list, or nothing when the form is fine. */
export function FormIssues({ issues }: { issues: readonly FormIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div class="calc-issues" data-testid="withheld">
      <p>Nog geen uitkomst: we rekenen alleen met wat er in de velden staat.</p>
      <ul>
        {issues.map((i) => (
          <li key={i.fieldId}>{issueText(i)}</li>
        ))}
      </ul>
    </div>
  );
}
