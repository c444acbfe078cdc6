import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentMythPoll,
  mythQuestionId,
  mythRoundKey,
  parseMythRound,
  toMythStatement,
  type MythStatement,
} from '../../../src/lib/live/myth-poll';
import { isValidKey } from '../../../src/lib/island-sync/protocol';
import { describeVotes, votesChartConfig } from '../../../src/lib/live/results-chart';

const statements: MythStatement[] = [
  { number: 1, statement: 'Meer volgers is meer omzet.', verdict: 'fabel' },
  { number: 4, statement: 'Kleine accounts halen vaak een hogere engagementratio.', verdict: 'feit' },
];

describe('myth poll', () => {
  it('opens the statement on screen until the trainer answers it', () => {
    expect(currentMythPoll('twintig-mythes', { answers: [null, null], index: 1, finished: false }, statements)).toEqual(
      {
        question: 'myth:twintig-mythes:4',
        index: 1,
        total: 2,
        statement: statements[1]!.statement,
        open: true,
        verdict: null,
      },
    );
    // The trainer's answer is the reveal, whatever it was: the verdict shown is the statement's own.
    const answered = currentMythPoll(
      'twintig-mythes',
      { answers: [null, 'fabel'], index: 1, finished: false },
      statements,
    );
    expect(answered).toMatchObject({ open: false, verdict: 'feit' });
  });

  it('starts at statement 1 without a valid round and has no poll once the round is over', () => {
    expect(currentMythPoll('les', null, statements)).toMatchObject({ question: 'myth:les:1', open: true });
    expect(currentMythPoll('les', { answers: [null], index: 0, finished: false }, statements)).toMatchObject({
      index: 0,
    });
    expect(currentMythPoll('les', { answers: ['feit', 'feit'], index: 1, finished: true }, statements)).toBeNull();
    expect(currentMythPoll('les', null, [])).toBeNull();
    expect(currentMythPoll('Les met spaties', null, statements)).toBeNull();
  });

  it('gives every statement a valid, distinct question id and the round a valid sync key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,80}$/), fc.integer({ min: 1, max: 9999 }), (lesson, n) => {
        expect(isValidKey(mythQuestionId(lesson, n))).toBe(true);
        expect(isValidKey(mythRoundKey(lesson))).toBe(true);
        expect(mythQuestionId(lesson, n)).not.toBe(mythQuestionId(lesson, n + 1));
      }),
    );
  });

  it('never throws and never opens a poll outside the statements, whatever the round', () => {
    fc.assert(
      fc.property(fc.anything(), (round) => {
        const poll = currentMythPoll('les', round, statements);
        if (poll) expect(statements.map((s) => mythQuestionId('les', s.number))).toContain(poll.question);
      }),
    );
  });

  it('reads statements from the slide and rejects anything off', () => {
    expect(toMythStatement('7', 'feit', '  Een stelling. ')).toEqual({
      number: 7,
      verdict: 'feit',
      statement: 'Een stelling.',
    });
    for (const [n, v, t] of [
      ['0', 'feit', 'x'],
      ['-1', 'feit', 'x'],
      ['1.5', 'feit', 'x'],
      ['NaN', 'feit', 'x'],
      ['99999', 'feit', 'x'],
      [undefined, 'feit', 'x'],
      ['1', 'misschien', 'x'],
      ['1', 'feit', '   '],
      ['1', 'feit', null],
    ] as const)
      expect(toMythStatement(n, v, t)).toBeNull();
  });

  it('parses a round from sync JSON, or nothing', () => {
    expect(parseMythRound('{"answers":[null,"feit"],"index":1,"finished":false}', 2)).toEqual({
      answers: [null, 'feit'],
      index: 1,
      finished: false,
    });
    expect(parseMythRound('{"answers":[null],"index":0,"finished":false}', 2)).toBeNull();
    expect(parseMythRound('{"answers":', 2)).toBeNull();
    expect(parseMythRound(undefined, 2)).toBeNull();
  });
});

describe('vote chart with named options', () => {
  it('names the options in the sentence and on the axis', () => {
    expect(describeVotes([18, 12], ['Fabel', 'Feit'])).toBe('30 stemmen: Fabel 18, Feit 12.');
    expect(votesChartConfig([1, 2], undefined, ['Fabel', 'Feit']).data.labels).toEqual(['Fabel', 'Feit']);
    // Letters where no label is given.
    expect(describeVotes([1, 0, 2], ['Ja'])).toBe('3 stemmen: Ja 1, B 0, C 2.');
  });
});
