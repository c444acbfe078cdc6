// cspell:words cmdstat resetstat commandstats
/**
 * The Redis room store's cost (run by `npm run bench:redis-store`): 40 rooms of 30 and one of 1,000, ten
 * questions each, every participant voting once per question, all votes of a question at once.
 */
import { randomBytes } from 'node:crypto';
import { newRoomCode } from '../src/lib/live/secrets';
import { startRedis } from '../tests/unit/live/redis-helpers';
import { connectRedis, RedisRoomStore } from './redis-room-store';

const ROOMS = [...Array.from({ length: 40 }, () => 30), 1000];
const QUESTIONS = 10;

const redis = await startRedis();
const client = await connectRedis(redis.url);
try {
  const store = new RedisRoomStore(client);
  const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await client.info('memory'))?.[1] ?? NaN);
  const voter = (n: number) => `voter-token-${String(n).padStart(8, '0')}`;
  const before = await usedMemory();
  await client.configResetStat();
  const roundTrips: number[] = [];
  const started = performance.now();
  for (const size of ROOMS) {
    const room = newRoomCode(randomBytes);
    await store.createRoom(room, '123456');
    for (let q = 0; q < QUESTIONS; q++) {
      await Promise.all(
        Array.from({ length: size }, async (_, i) => {
          const t = performance.now();
          await store.vote(room, `deck:q${q}`, voter(i), i % 4);
          roundTrips.push(performance.now() - t);
        }),
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const grown = (await usedMemory()) - before;
  const votes = roundTrips.length;
  const participants = ROOMS.reduce((a, b) => a + b, 0);
  const commands = Object.fromEntries(
    [...(await client.info('commandstats')).matchAll(/cmdstat_(\w+):calls=(\d+)/g)]
      .filter(([, name]) => name !== 'info' && name !== 'config|resetstat')
      .map(([, name, calls]) => [name, Math.round((Number(calls) / votes) * 100) / 100]),
  );
  roundTrips.sort((a, b) => a - b);
  const at = (p: number) => Math.round((roundTrips[Math.min(votes - 1, Math.floor(p * votes))] ?? 0) * 10) / 10;
  const figures = {
    rooms: ROOMS.length,
    participants,
    votes,
    seconds: Math.round(seconds * 100) / 100,
    votesPerSecond: Math.round(votes / seconds),
    bytesPerVote: Math.round(grown / votes),
    bytesPerParticipant: Math.round(grown / participants),
    roundTripMs: { p50: at(0.5), p95: at(0.95) },
    commandsPerVote: commands,
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await client.close();
  await redis.stop();
}
