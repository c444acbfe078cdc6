/**
 * The link between a calculator embedded in a lesson and the worked example above it (`mdx/example/edit.ts`):
 * once hydrated, the island hands its instance to its embed element, where the example finds it to set the
 * example's values or read the reader's own. Values the example set before hydration wait on the element and
 * are taken here, after the island has rendered its server HTML (set during hydration, the inputs would keep
 * the server's text). Through the element, a lesson's example needs no import of the calculators' store,
 * whose chunks every lesson shares.
 */
import type { CalculatorState } from '../../../lib/calculators/calculator';

/** What the example may do with the instance: set a whole state (validated) and read the current one. */
interface LinkedInstance {
  setState(state: unknown): boolean;
  $state: { get(): CalculatorState };
}

/** A calculator embed (`mdx/Calculator.astro`) with what the island and the example leave on it. */
export interface ExampleEmbed extends HTMLElement {
  calculator?: LinkedInstance;
  exampleState?: CalculatorState;
}

/** Hands the instance to its embed, if it is embedded; returns the function that takes it back. */
export function linkToExample(instance: LinkedInstance & { id: string }): () => void {
  const embed = document.querySelector<ExampleEmbed>(`.calculator-embed[data-instance="${instance.id}"]`);
  if (!embed) return () => {};
  embed.calculator = instance;
  if (embed.exampleState) instance.setState(embed.exampleState);
  return () => delete embed.calculator;
}
