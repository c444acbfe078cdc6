/**
 * The components a lesson's MDX can use without importing them. Lessons never import components:
 * the reading page and the workshop deck each pass their own mapping to `<Content components={…} />`,
 * so one MDX source renders both ways.
 */
import Aside from './Aside.astro';
import BenchmarkBars from './BenchmarkBars.astro';
import BenchmarkMethods from './BenchmarkMethods.astro';
import BenchmarkTable from './BenchmarkTable.astro';
import BigNumber from './BigNumber.astro';
import Calculator from './Calculator.astro';
import Cite from './Cite.astro';
import EngagementReferences from './EngagementReferences.astro';
import Example from './Example.astro';
import MythCards from './MythCards.astro';
import MythQuiz from './MythQuiz.astro';
import Num from './Num.astro';
import Out from './Out.astro';
import ReferenceRates from './ReferenceRates.astro';
import SelfTest from './SelfTest.astro';
import SlidePoints from './SlidePoints.astro';
import Term from './Term.astro';
import UserCounts from './UserCounts.astro';
import Worksheet from './Worksheet.astro';

export const lessonComponents = {
  Aside,
  BenchmarkBars,
  BenchmarkMethods,
  BenchmarkTable,
  BigNumber,
  Calculator,
  Cite,
  EngagementReferences,
  Example,
  MythCards,
  MythQuiz,
  Num,
  Out,
  ReferenceRates,
  SelfTest,
  SlidePoints,
  Term,
  UserCounts,
  Worksheet,
};
