import { Hono } from 'hono';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, todayOf } from '../context.ts';
import { piecesCsv } from '../domain/export-csv.ts';
import { writerExport } from '../queries/export.ts';

/** `/settings/export.json` and `.csv`: the signed-in writer downloads their whole collection. */
export function exportRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:file{export\\.(json|csv)}', requireWriter, (c) => {
    const { db, now } = c.get('deps');
    const writer = signedIn(c);
    const doc = writerExport(db, writer.id, now().toUTC().toISO() as string);
    const csv = c.req.param('file').endsWith('.csv');
    const name = `promptly-${writer.username}-${todayOf(c)}.${csv ? 'csv' : 'json'}`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    // A private collection: no shared cache may keep a copy.
    c.header('Cache-Control', 'private, no-store');
    if (csv) {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      return c.body(piecesCsv(doc.pieces));
    }
    return c.json(doc);
  });

  return app;
}
