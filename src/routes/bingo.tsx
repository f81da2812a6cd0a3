import { type Context, Hono } from 'hono';
import { AllCardsPage, BingoEventPage, CardPage } from '../../views/bingo-event.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, writerOf } from '../context.ts';
import { bingoStandings, currentCard, eventCards, joinBingo, rerollCard } from '../queries/bingo-cards.ts';
import { cardView } from '../queries/bingo-view.ts';
import { findEvent } from '../queries/events.ts';
import { canEditEvent } from '../queries/members.ts';
import { redirectAfterPost, render } from '../render.tsx';

type Ctx = Context<AppEnv>;

const at = (c: Ctx) => c.get('deps').now().toUTC().toISO() as string;
const bingoEvent = (c: Ctx) => {
  const event = findEvent(c.get('deps').db, c.req.param('slug') ?? '');
  return event?.kind === 'bingo' ? event : undefined;
};

/** `/events/:slug…` for bingo events: the event page, joining (deals a card), the card, its reroll, every card; daily events pass through. */
export function bingoRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:slug', async (c, next) => {
    const event = bingoEvent(c);
    if (!event) return next();
    const { db } = c.get('deps');
    const writer = writerOf(c);
    const props = {
      event,
      signedIn: writer !== null,
      hasCard: writer ? currentCard(db, event.id, writer.id) !== undefined : false,
      canEdit: canEditEvent(db, writer, event),
      standings: bingoStandings(db, event.id),
    };
    return render(c, { title: event.name, body: <BingoEventPage {...props} /> });
  });

  app.post('/:slug/join', requireWriter, async (c, next) => {
    const event = bingoEvent(c);
    if (!event) return next();
    joinBingo(c.get('deps').db, event, signedIn(c), at(c));
    return redirectAfterPost(c, `/events/${event.slug}/card`);
  });

  // No days, so no calendar: said in words rather than with an empty feed.
  app.get('/:slug/prompts.ics', async (c, next) => {
    const event = bingoEvent(c);
    if (!event) return next();
    return c.text(
      `${event.name} is a bingo event: it has cards, not days, so there is no calendar feed for it.\n`,
      404,
    );
  });

  app.get('/:slug/card', requireWriter, (c) => {
    const event = bingoEvent(c);
    if (!event) return c.notFound();
    const view = cardView(c.get('deps').db, event, signedIn(c).id, at(c));
    if (!view) return c.redirect(`/events/${event.slug}`, 303);
    const message =
      c.req.query('rerolled') === '1' ? 'Your card was rerolled; the old one is in your history.' : undefined;
    return render(c, {
      title: `Your card: ${event.name}`,
      body: <CardPage event={event} view={view} message={message} />,
    });
  });

  app.post('/:slug/card/reroll', requireWriter, (c) => {
    const event = bingoEvent(c);
    if (!event) return c.notFound();
    const { db } = c.get('deps');
    const rerolled = rerollCard(db, event, signedIn(c), at(c));
    if (rerolled.ok) return redirectAfterPost(c, `/events/${event.slug}/card?rerolled=1`);
    const view = cardView(db, event, signedIn(c).id, at(c));
    if (!view) return c.redirect(`/events/${event.slug}`, 303);
    const body = <CardPage event={event} view={view} message={rerolled.reason} />;
    return render(c, { title: `Your card: ${event.name}`, body, status: 409 });
  });

  app.get('/:slug/cards', requireWriter, (c) => {
    const event = bingoEvent(c);
    if (!event) return c.notFound();
    const { db } = c.get('deps');
    if (!canEditEvent(db, signedIn(c), event)) return c.notFound();
    const cards = eventCards(db, event.id).flatMap((w) => {
      const view = cardView(db, event, w.writerId, at(c));
      return view ? [{ name: w.displayName, view }] : [];
    });
    return render(c, {
      title: `Every card: ${event.name}`,
      body: <AllCardsPage event={event} cards={cards} />,
    });
  });

  return app;
}
