/**
 * `$deck`: where the workshop deck in this window stands (slide and blackout). The deck script drives it
 * from keys, buttons and the URL; the sync mirrors it to the other window under the key `deck:<lesson>`
 * (see `src/lib/workshop/deck-position.ts`); the presenter script reads it for its clock and notes.
 * Not persisted: the URL (`#/5`) keeps the slide over a reload, and the other window fills in the rest.
 */
import { atom } from 'nanostores';
import type { DeckPosition } from '../lib/workshop/deck-position';

/** The current slide (0-based) and whether the projector shows black. */
export const $deck = atom<DeckPosition>({ slide: 0, blackout: false });
