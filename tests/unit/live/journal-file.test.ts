import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalDamagedError, openJournal, type JournalFs } from '../../../server/journal-file';
import { journalLine, type JournalRecord } from '../../../src/lib/live/journal';

const room = 'abcdefghjk';
const vote = (n: number): JournalRecord => ({
  k: 'vote',
  room,
  q: 'les:1',
  o: 0,
  voter: `voter-token-${String(n).padStart(8, '0')}`,
  t: n,
});
const file = () => join(mkdtempSync(join(tmpdir(), 'journal-file-')), 'live', 'journal.jsonl');

/** node:fs whose writes follow `plan`: a number writes at most that many bytes, an Error is thrown. */
function scripted(plan: (number | Error)[]): JournalFs {
  return {
    ...fs,
    writeSync(fd, buffer, offset, length) {
      const step = plan.shift();
      if (step instanceof Error) throw step;
      return fs.writeSync(fd, buffer, offset, step === undefined ? length : Math.min(step, length));
    },
  };
}
const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

describe('journal file: the write path', () => {
  it('writes a batch in full, owner-only, and reads it back', () => {
    const path = file();
    const journal = openJournal(path);
    journal.append(vote(1));
    journal.append(vote(2));
    expect(journal.flush()).toEqual({ ok: true, written: 2 });
    expect(journal.close()).toEqual({ ok: true, written: 0 });
    expect(readFileSync(path, 'utf8')).toBe(journalLine(vote(1)) + journalLine(vote(2)));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(openJournal(path).initial).toEqual([vote(1), vote(2)]);
  });

  it('finishes a write the disk took in parts', () => {
    const path = file();
    const journal = openJournal(path, scripted([5, 7, 1000]));
    journal.append(vote(1));
    expect(journal.flush()).toEqual({ ok: true, written: 1 });
    journal.close();
    expect(readFileSync(path, 'utf8')).toBe(journalLine(vote(1)));
  });

  it('a short write then ENOSPC: the batch is returned and no half line stays in the file', () => {
    const path = file();
    const journal = openJournal(path, scripted([1000, 9, diskFull()]));
    journal.append(vote(1));
    expect(journal.flush().ok).toBe(true);
    journal.append(vote(2));
    journal.append(vote(3));
    expect(journal.flush()).toEqual({ ok: false, failed: [vote(2), vote(3)], error: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe(journalLine(vote(1)));
    // The disk is back: the next batch goes on after the last good line.
    journal.append(vote(4));
    expect(journal.flush().ok).toBe(true);
    journal.close();
    expect(openJournal(path).initial).toEqual([vote(1), vote(4)]);
  });

  it('a write that makes no progress is a failure, not a loop', () => {
    const path = file();
    const journal = openJournal(path, scripted([0]));
    journal.append(vote(1));
    expect(journal.flush()).toMatchObject({ ok: false, error: 'short write' });
  });

  it('cuts a last line cut off mid-write on opening, and says how many bytes', () => {
    const path = file();
    openJournal(path).close();
    writeFileSync(path, `${journalLine(vote(1))}{"k":"vote","ro`);
    const journal = openJournal(path);
    expect(journal.droppedBytes).toBe(15);
    expect(journal.initial).toEqual([vote(1)]);
    journal.append(vote(2));
    journal.close();
    expect(readFileSync(path, 'utf8')).toBe(journalLine(vote(1)) + journalLine(vote(2)));
  });

  it('refuses a damaged first line and a damaged complete last line, naming them, and changes nothing', () => {
    const path = file();
    openJournal(path).close();
    const damagedFirst = `{"k":"room","room":"${room}","pin":"12345","t":1}\n${journalLine(vote(1))}`;
    writeFileSync(path, damagedFirst, { mode: 0o644 });
    expect(() => openJournal(path)).toThrow(JournalDamagedError);
    expect(() => openJournal(path)).toThrow(/line 1/);
    expect(readFileSync(path, 'utf8')).toBe(damagedFirst);
    writeFileSync(path, `${journalLine(vote(1))}not json\n`);
    expect(() => openJournal(path)).toThrow(/line 2, is damaged \(not JSON\)/);
  });

  it('commits off the event loop: a short write then ENOSPC cuts the file back and returns the batch', async () => {
    const path = file();
    let calls = 0;
    const io: JournalFs = {
      ...fs,
      write(fd, buffer, offset, length, position, callback) {
        calls++;
        if (calls === 2) return fs.write(fd, buffer, offset, Math.min(length, 9), position, callback);
        if (calls === 3) return callback(diskFull(), 0);
        fs.write(fd, buffer, offset, length, position, callback);
      },
    };
    const journal = openJournal(path, io);
    const commit = () => new Promise((done) => journal.commit(done));
    journal.append(vote(1));
    expect(await commit()).toEqual({ ok: true, written: 1 });
    journal.append(vote(2));
    expect(await commit()).toEqual({ ok: false, failed: [vote(2)], error: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe(journalLine(vote(1)));
    journal.append(vote(3));
    expect(await commit()).toEqual({ ok: true, written: 1 });
    journal.close();
    expect(openJournal(path).initial).toEqual([vote(1), vote(3)]);
  });

  it('syncs off the event loop and reports a failed sync', async () => {
    const path = file();
    const failing: JournalFs = {
      ...fs,
      fdatasync: (_fd, done) => done(Object.assign(new Error('EIO'), { code: 'EIO' })),
    };
    const ok = openJournal(path);
    ok.append(vote(1));
    ok.flush();
    expect(await new Promise((done) => ok.sync(done))).toBeNull();
    ok.close();
    const bad = openJournal(path, failing);
    bad.append(vote(2));
    bad.flush();
    expect(await new Promise((done) => bad.sync(done))).toBe('EIO');
  });
});
