import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Event, events } from '../../db/schema.ts';
import { perDatabase } from './prepared.ts';

const newest = perDatabase((db) =>
  db.select().from(events).where(eq(events.hidden, false)).orderBy(desc(events.id)).limit(50).prepare(),
);

/** The 50 events created last (newest first), hidden ones left out: the new-events feed. */
export function newestEvents(db: Db): Event[] {
  return newest(db).all();
}
