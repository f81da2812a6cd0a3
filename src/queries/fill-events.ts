import type { Db } from '../../db/client.ts';
import type { Event } from '../../db/schema.ts';
import type { ResolvedEvent } from '../domain/piece-json.ts';
import { cardCells } from './bingo-view.ts';
import { eventDayPositions } from './events.ts';

/** An event as a piece's fills may name it: its days' prompt positions, or for a bingo event the writer's card. */
export function resolveFillEvent(db: Db, event: Event, writerId: number): ResolvedEvent {
  if (event.kind === 'bingo') return { id: event.id, days: new Map(), card: cardCells(db, event, writerId) };
  return { id: event.id, days: eventDayPositions(db, event.id) };
}
