/**
 * The engagement calculator's definition. Its presets are example numbers, not sourced figures, and say so.
 */
import type { CalculatorDefinition, Preset } from './calculator';
import { computeEngagement, engagementFields, engagementInputsFrom, type EngagementResult } from './engagement';

/** Where the two lesson personas come from. */
const vromant =
  'Gerrit Vromant, ‘Waarom likes een vergiftigd geschenk zijn’ (2019), en het rekenvoorbeeld in les 1 (per bericht).';

/** Example accounts: the two personas of lesson 1, per post as the lesson counts them, and a starter. */
export const engagementPresets: readonly Preset[] = [
  {
    id: 'niche-expert',
    label: 'Niche-expert',
    description:
      'De adviseur uit les 1: een Facebookpagina met 2.500 fans. Een bericht bereikt 1.200 mensen en krijgt 25 likes en 6 reacties.',
    basis: `${vromant} Dat hij op Facebook zit, nemen wij aan.`,
    values: {
      platform: 'facebook',
      bron: 'rival-iq-2023-facebook',
      volgers: '2.500',
      likes: '25',
      reacties: '6',
      gedeeld: '',
      bewaard: '',
      bereik: '1.200',
    },
  },
  {
    id: 'sportwagenpagina',
    label: 'Sportwagenpagina',
    description:
      'Victors pagina uit les 1: ruim een miljoen fans die komen voor de auto’s. Een bericht bereikt 400.000 mensen en krijgt 8.000 likes.',
    basis: `${vromant} Het aantal reacties (150) en keren gedeeld (300, ‘honderden keren’) nemen wij aan.`,
    values: {
      platform: 'facebook',
      bron: 'rival-iq-2023-facebook',
      volgers: '1.000.000',
      likes: '8.000',
      reacties: '150',
      gedeeld: '300',
      bewaard: '',
      bereik: '400.000',
    },
  },
  {
    id: 'yogastudio',
    label: 'Yogastudio',
    description:
      'Sanne uit les 2: een yogastudio met 1.800 volgers op Instagram en gemiddeld 60 likes, 9 reacties en 3 keer opslaan per post.',
    basis: 'geen, het is het verzonnen voorbeeld uit les 2. Vervang de cijfers door die van jezelf.',
    // Lesson 2's example (`../scenarios/yogastudio.ts`), written out: importing the scenario would put the
    // example's code into the island. tests/unit/scenarios checks that they are equal.
    values: {
      platform: 'instagram',
      bron: 'markerly-2016',
      volgers: '1.800',
      likes: '60',
      reacties: '9',
      gedeeld: '',
      bewaard: '3',
      bereik: '900',
    },
  },
  {
    id: 'starter',
    label: 'Net begonnen',
    description: 'Een zelfstandige met 350 volgers op Instagram, vooral bekenden.',
    basis: 'geen, het zijn voorbeeldcijfers van ons. Vervang ze door die van jezelf.',
    values: {
      platform: 'instagram',
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
