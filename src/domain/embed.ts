import { escapeHtml, escapeMarkdown } from './masterpost.ts';

/** Where a writer pastes the card, and the code each place takes. */
export type EmbedFormat = {
  key: 'ao3' | 'tumblr' | 'dreamwidth' | 'markdown';
  title: string;
  hint: string;
  code: string;
};

/**
 * The code to paste the progress card with, per site: HTML for AO3 and Dreamwidth (the wide card),
 * for Tumblr's sidebar (the narrow one), and Markdown. The image links to the writer's profile.
 */
export function embedCodes(p: {
  origin: string;
  username: string;
  slug: string;
  displayName: string;
  eventName: string;
}): EmbedFormat[] {
  const card = `${p.origin}/@${p.username}/events/${p.slug}/card.svg`;
  const profile = `${p.origin}/@${p.username}`;
  const alt = `${p.displayName}’s progress in ${p.eventName}`;
  const img = (src: string, w: number, h: number) =>
    `<a href="${escapeHtml(profile)}"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" width="${w}" height="${h}"></a>`;
  return [
    {
      key: 'ao3',
      title: 'AO3',
      hint: 'Your profile’s “About me”, or a work’s notes.',
      code: img(card, 400, 110),
    },
    {
      key: 'tumblr',
      title: 'Tumblr',
      hint: 'The narrow card, for the sidebar: paste it into your blog description or a text post’s HTML.',
      code: img(`${card}?size=narrow`, 240, 140),
    },
    {
      key: 'dreamwidth',
      title: 'Dreamwidth',
      hint: 'A post’s HTML editor, or your profile’s bio.',
      code: img(card, 400, 110),
    },
    {
      key: 'markdown',
      title: 'Markdown',
      hint: 'For Carrd, GitHub and other sites that take Markdown.',
      code: `[![${escapeMarkdown(alt)}](${card})](${profile})`,
    },
  ];
}
