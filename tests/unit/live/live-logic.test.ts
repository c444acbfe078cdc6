import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPin, isRoomCode } from '../../../src/lib/island-sync/live-protocol';
import { reconnectDelay } from '../../../src/lib/live/backoff';
import { csvField, resultsCsv } from '../../../src/lib/live/csv';
import { journalLine, readJournal, type JournalRecord } from '../../../src/lib/live/journal';
import { createBucket, take } from '../../../src/lib/live/rate-limit';
import { newPin, newRoomCode } from '../../../src/lib/live/secrets';
import { VoteBook } from '../../../src/lib/live/vote-book';

const room = 'abcdefghjk';
const voter = (n: number) => `voter-token-${String(n).padStart(8, '0')}`;

describe('VoteBook', () => {
  it('counts the first vote of each voter and reports later ones as duplicates', () => {
    const book = new VoteBook();
    expect(book.record(room, 'q', voter(1), 2)).toEqual({ status: 'counted', option: 2 });
    expect(book.record(room, 'q', voter(1), 0)).toEqual({ status: 'duplicate', option: 2 });
    expect(book.record(room, 'q', voter(2), 0)).toEqual({ status: 'counted', option: 0 });
    expect(book.counts(room, 'q', 4)).toEqual([1, 0, 1, 0]);
    expect(book.votesOf(room, voter(1))).toEqual({ q: 2 });
    expect(book.counts(room, 'empty')).toEqual([]);
    expect(book.total('other-room')).toBe(0);
  });

  it('refuses options out of range', () => {
    const book = new VoteBook();
    for (const bad of [-1, 8, Number.NaN, 1.5, Infinity])
      expect(() => book.record(room, 'q', voter(1), bad)).toThrow(RangeError);
  });

  it('property: total counts equal the number of distinct voters, whatever the order and repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ v: fc.nat(30), o: fc.nat(7) }), { maxLength: 200 }), (votes) => {
        const book = new VoteBook();
        for (const { v, o } of votes) book.record(room, 'q', voter(v), o);
        const sum = book.counts(room, 'q').reduce((a, b) => a + b, 0);
        expect(sum).toBe(new Set(votes.map((x) => x.v)).size);
        expect(book.total(room)).toBe(sum);
      }),
    );
  });
});

describe('journal', () => {
  const records: JournalRecord[] = [
    { k: 'room', room, pin: '123456', t: 1 },
    { k: 'poll', room, q: 'les:1', n: 3, open: true, t: 2 },
    { k: 'vote', room, q: 'les:1', o: 2, voter: voter(1), t: 3 },
    { k: 'state', room, key: 'deck:les', json: '{"slide":2}', t: 4 },
  ];

  it('reads back what it wrote', () => {
    const text = records.map(journalLine).join('');
    expect(readJournal(text)).toEqual({ records, cutBytes: 0, damaged: null });
    expect(readJournal('')).toEqual({ records: [], cutBytes: 0, damaged: null });
  });

  it('reads the room-control records (reset, door, end) back', () => {
    const more: JournalRecord[] = [
      { k: 'reset', room, q: 'les:1', t: 5 },
      { k: 'door', room, open: false, t: 6 },
      { k: 'end', room, next: 'bcdefghjkm', t: 7 },
      { k: 'end', room, t: 8 },
    ];
    expect(readJournal(more.map(journalLine).join('')).records).toEqual(more);
  });

  it('drops a last line cut off mid-write (a kill, a full disk) and says how many bytes to cut', () => {
    const full = records.map(journalLine).join('');
    const read = readJournal(`${full}{"k":"vote","ro`);
    expect(read.records).toEqual(records);
    expect(read.damaged).toBeNull();
    expect(read.cutBytes).toBe('{"k":"vote","ro'.length);
    // Counted in UTF-8 bytes, as the file is cut in bytes.
    expect(readJournal(`${full}{"é`).cutBytes).toBe(4);
  });

  it('names a damaged first line instead of reading on (it used to become a new room)', () => {
    const full = records.map(journalLine).join('');
    const damaged = full.replace('"k":"room"', '"k":"roem"');
    expect(readJournal(damaged)).toEqual({
      records: [],
      cutBytes: 0,
      damaged: { line: 1, reason: 'not a journal record' },
    });
    expect(readJournal(`x${full}`).damaged).toEqual({ line: 1, reason: 'not JSON' });
  });

  it('names a damaged complete last line and keeps the records before it', () => {
    const full = records.map(journalLine).join('');
    const read = readJournal(`${full}{"k":"vote","room":"${room}","q":"x","o":9,"voter":"${voter(2)}","t":5}\n`);
    expect(read.records).toEqual(records);
    expect(read.damaged).toEqual({ line: 5, reason: 'not a journal record' });
  });

  it('property: any cut of a valid journal keeps every complete line', () => {
    const text = records.map(journalLine).join('');
    fc.assert(
      fc.property(fc.nat(text.length), (cut) => {
        const read = readJournal(text.slice(0, cut));
        const complete = text.slice(0, cut).split('\n').length - 1;
        expect(read.damaged).toBeNull();
        expect(read.records).toEqual(records.slice(0, complete));
        expect(read.cutBytes).toBe(cut - (text.slice(0, cut).lastIndexOf('\n') + 1));
      }),
    );
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (s) => void readJournal(s)));
  });
});

describe('rate limit', () => {
  const limit = { burst: 3, perSecond: 2 };
  it('lets a burst through, then refills over time', () => {
    const b = createBucket(limit, 0);
    expect([take(b, limit, 0), take(b, limit, 0), take(b, limit, 0), take(b, limit, 0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(take(b, limit, 499)).toBe(false);
    expect(take(b, limit, 500)).toBe(true);
  });
  it('is not fooled by a clock going back or NaN', () => {
    const b = createBucket(limit, 1000);
    for (let i = 0; i < 3; i++) take(b, limit, 1000);
    expect(take(b, limit, 0)).toBe(false);
    expect(take(b, limit, Number.NaN)).toBe(false);
    expect(take(b, limit, 1500)).toBe(true);
  });
  it('property: never more than burst + rate × time passes', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { maxLength: 300 }), (times) => {
        const sorted = [...times].sort((a, b) => a - b);
        const b = createBucket(limit, 0);
        const passed = sorted.filter((t) => take(b, limit, t)).length;
        expect(passed).toBeLessThanOrEqual(limit.burst + ((sorted.at(-1) ?? 0) / 1000) * limit.perSecond);
      }),
    );
  });
});

describe('secrets', () => {
  it('makes valid room codes and PINs from any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (seed) => {
        let i = 0;
        // Cycle through the seed, shifted each round so the all-rejected case still ends.
        const random = (n: number) =>
          Uint8Array.from({ length: n }, () => (seed[i % seed.length]! + Math.floor(i++ / seed.length)) % 256);
        expect(isRoomCode(newRoomCode(random))).toBe(true);
        expect(isPin(newPin(random))).toBe(true);
      }),
    );
  });
});

describe('reconnect delay', () => {
  it('doubles up to the maximum, with jitter, never zero', () => {
    expect(reconnectDelay(0, 0)).toBe(100);
    expect(reconnectDelay(0, 1)).toBe(200);
    expect(reconnectDelay(1, 1)).toBe(400);
    expect(reconnectDelay(10, 0)).toBe(500);
    expect(reconnectDelay(10, 1)).toBe(1000);
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.double(), (attempt, random) => {
        const d = reconnectDelay(attempt, random);
        expect(d).toBeGreaterThanOrEqual(100);
        expect(d).toBeLessThanOrEqual(1000);
      }),
    );
  });
});

describe('results CSV', () => {
  it('writes one row per option, with a BOM for spreadsheets', () => {
    expect(resultsCsv([{ question: 'les:1', counts: [2, 0] }])).toBe(
      '\uFEFFvraag;antwoord;stemmen\r\nles:1;A;2\r\nles:1;B;0\r\n',
    );
    expect(resultsCsv([])).toBe('\uFEFFvraag;antwoord;stemmen\r\n');
  });
  it('quotes separators and defuses formulas', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x"\n')).toBe('"x""\n"');
  });
});

describe('following the trainer', () => {
  const entry = (key: string, json: string, t: number) => ({ key, json, t });
  it('follows the deck changed last and ignores broken entries', async () => {
    const { livePosition, isRevealed, shownSlide } = await import('../../../src/lib/live/follow');
    expect(livePosition([])).toBeNull();
    expect(
      livePosition([
        entry('deck:les-a', '{"slide":3,"blackout":false}', 10),
        entry('deck:les-b', '{"slide":1,"blackout":true}', 20),
        entry('deck:les-c', 'not json', 30),
        entry('deck:les-d', '{"slide":-1,"blackout":false}', 40),
        entry('island:x', '{"slide":9,"blackout":false}', 50),
      ]),
    ).toEqual({ lesson: 'les-b', slide: 1, blackout: true });
    const map = new Map([['quiz:les:1', entry('quiz:les:1', '{"revealed":true}', 1)]]);
    expect(isRevealed(map, 'les:1')).toBe(true);
    expect(isRevealed(map, 'les:2')).toBe(false);
    expect(shownSlide(4, null, 10)).toBe(4);
    expect(shownSlide(4, 2, 10)).toBe(2);
    expect(shownSlide(40, null, 10)).toBe(9);
    expect(shownSlide(4, Number.NaN, 10)).toBe(0);
    expect(shownSlide(4, null, 0)).toBe(0);
  });

  it('property: the shown slide is always a slide of the deck', async () => {
    const { shownSlide } = await import('../../../src/lib/live/follow');
    fc.assert(
      fc.property(fc.integer(), fc.option(fc.double()), fc.integer({ min: 1, max: 500 }), (live, own, total) => {
        const s = shownSlide(live, own, total);
        return Number.isInteger(s) && s >= 0 && s < total;
      }),
    );
  });
});

describe('results chart', () => {
  it('describes and charts the counts, cleaning bad numbers', async () => {
    const { describeVotes, votesChartConfig, cleanCounts } = await import('../../../src/lib/live/results-chart');
    expect(describeVotes([1, 2])).toBe('3 stemmen: A 1, B 2.');
    expect(describeVotes([1])).toBe('1 stem: A 1.');
    expect(describeVotes([])).toBe('0 stemmen.');
    expect(cleanCounts([Number.NaN, -3, Infinity, 2.7])).toEqual([0, 0, 0, 2]);
    expect(describeVotes([1234, 0])).toBe('1.234 stemmen: A 1.234, B 0.');
    const config = votesChartConfig([0, 0, 0]);
    expect(config.data.labels).toEqual(['A', 'B', 'C']);
    expect(config.options?.scales?.['y']?.suggestedMax).toBe(1);
  });
});
