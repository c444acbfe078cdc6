/**
 * The components a lesson's MDX gets when it renders as a workshop deck: the reading page's set
 * (`src/components/mdx/index.ts`), with the ones that behave differently on a slide swapped for deck
 * versions. Components added to the reading set later work in the deck as they are; if they carry
 * `data-slide-keep` on their root element they go on the slide (a slide of their own), else into the notes.
 */
import { lessonComponents } from '../mdx';
import DeckAside from './mdx/DeckAside.astro';
import DeckBigNumber from './mdx/DeckBigNumber.astro';
import DeckCalculator from './mdx/DeckCalculator.astro';
import DeckExample from './mdx/DeckExample.astro';
import DeckMythQuiz from './mdx/DeckMythQuiz.astro';
import DeckSelfTest from './mdx/DeckSelfTest.astro';
import DeckSlidePoints from './mdx/DeckSlidePoints.astro';
import DeckTerm from './mdx/DeckTerm.astro';

export const deckComponents = {
  ...lessonComponents,
  Aside: DeckAside,
  BigNumber: DeckBigNumber,
  Calculator: DeckCalculator,
  Example: DeckExample,
  MythQuiz: DeckMythQuiz,
  SelfTest: DeckSelfTest,
  SlidePoints: DeckSlidePoints,
  Term: DeckTerm,
  // The worksheet renders as on the reading page; without `data-slide-keep` it lands in the trainer's notes.
  Worksheet: lessonComponents.Worksheet,
};
