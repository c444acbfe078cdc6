/**
 * The engagement calculator's definition. Its presets are example numbers, not sourced figures, and say so.
 */
import type { CalculatorDefinition, Preset } from './calculator';
import { computeEngagement, engagementFields, engagementInputsFrom, type EngagementResult } from './engagement';

const exampleNumbers = 'geen, het zijn voorbeeldcijfers van ons. Vervang ze door die van jezelf.';

/** Example accounts. */
export const engagementPresets: readonly Preset[] = [
  {
    id: 'niche-expert',
    label: 'Niche-expert',
    description: 'Een coach met 2.500 volgers op Instagram.',
    basis: exampleNumbers,
    values: {
      bron: 'markerly-2016',
      volgers: '2.500',
      likes: '95',
      reacties: '6',
      gedeeld: '',
      bewaard: '',
      bereik: '',
    },
  },
  {
    id: 'sportwagenpagina',
    label: 'Sportwagenpagina',
    description: 'Een pagina met een miljoen volgers die komen voor de auto’s.',
    basis: exampleNumbers,
    values: {
      bron: 'markerly-2016',
      volgers: '1.000.000',
      likes: '12.000',
      reacties: '150',
      gedeeld: '300',
      bewaard: '',
      bereik: '',
    },
  },
  {
    id: 'starter',
    label: 'Net begonnen',
    description: 'Een zelfstandige met 350 volgers, vooral bekenden.',
    basis: exampleNumbers,
    values: {
      bron: 'markerly-2016',
      volgers: '350',
      likes: '30',
      reacties: '4',
      gedeeld: '1',
      bewaard: '2',
      bereik: '420',
    },
  },
];

/** Engagement: an account's rate against the benchmark for its follower tier. */
export const engagementCalculator: CalculatorDefinition<EngagementResult> = {
  kind: 'engagement',
  fields: engagementFields,
  presets: engagementPresets,
  defaultPreset: 'niche-expert',
  compute: (values) => computeEngagement(engagementInputsFrom(values)),
};
