/**
 * The Dutch messages about stored progress: storage that is blocked, or stored data that had to be set aside.
 */
import type { DecodeStatus } from './codec';
import { PARTS, type Part } from './format';

/** One part that could not be read as it was. */
export interface StorageProblem {
  part: Part;
  status: DecodeStatus;
  dropped: number;
}

/** What the notice knows: whether storage works, and which parts were set aside. */
export interface StorageState {
  /** True when this browser won't keep anything (private mode, storage disabled or full). */
  blocked: boolean;
  problems: readonly StorageProblem[];
}

const LABEL: Readonly<Record<Part, string>> = {
  lessons: 'je gelezen lessen en kennischecks',
  mythQuiz: 'je scores van de mythequiz',
  selfTest: 'je eerdere zelftests',
  plan: 'je plan',
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence about one problem. */
export function problemText({ part, status }: StorageProblem): string {
  const label = LABEL[part];
  // The plan is one thing ("het"), the other parts are lists ("ze").
  const one = part === 'plan';
  const it = one ? 'het' : 'ze';
  switch (status) {
    case 'repaired':
      return `Een deel van ${label} was beschadigd. Dat deel hebben we apart gezet; de rest staat er nog.`;
    case 'newer':
      return `${capital(label)} ${one ? 'komt' : 'komen'} uit een nieuwere versie van de cursus. We hebben ${it} apart gezet; laad de pagina opnieuw voor de nieuwste versie.`;
    case 'outdated':
      return `${capital(label)} ${one ? 'komt' : 'komen'} uit een versie die te oud is om over te nemen. We hebben ${it} apart gezet.`;
    default:
      return `${capital(label)} konden we niet lezen. We hebben ${it} apart gezet en beginnen daar opnieuw; de rest van je voortgang staat er nog.`;
  }
}

/** The sentence shown when storage is blocked. */
export const BLOCKED_TEXT =
  'Je browser laat deze site niets bewaren, bijvoorbeeld in een privévenster of als de opslag vol is. Alles werkt, maar je voortgang is weg zodra je dit venster sluit. Wil je hem houden? Bewaar hem dan als bestand via de startpagina van de cursus.';

/** All sentences to show, blocked storage first, then problems in part order; empty when all is well. */
export function noticeLines(state: StorageState): string[] {
  const lines = state.blocked ? [BLOCKED_TEXT] : [];
  for (const part of PARTS) {
    const problem = state.problems.find((p) => p.part === part);
    if (problem) lines.push(problemText(problem));
  }
  return lines;
}
