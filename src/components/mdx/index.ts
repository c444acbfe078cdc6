/**
 * The components a lesson's MDX can use without importing them. Lessons never import components:
 * the reading page and the workshop deck each pass their own mapping to `<Content components={…} />`,
 * so one MDX source renders both ways.
 */
import Aside from './Aside.astro';
import BigNumber from './BigNumber.astro';
import Calculator from './Calculator.astro';
import Cite from './Cite.astro';
import Example from './Example.astro';
import MythCards from './MythCards.astro';
import MythQuiz from './MythQuiz.astro';
import SelfTest from './SelfTest.astro';
import SlidePoints from './SlidePoints.astro';
import Term from './Term.astro';

export const lessonComponents = {
  Aside,
  BigNumber,
  Calculator,
  Cite,
  Example,
  MythCards,
  MythQuiz,
  SelfTest,
  SlidePoints,
  Term,
};
