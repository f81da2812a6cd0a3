import { describe, expect, it } from 'vitest';
import { embedCodes } from '../../src/domain/embed.ts';

const ANN = {
  origin: 'https://p.example',
  username: 'ann',
  slug: 'whumptober-2025',
  displayName: 'Ann',
  eventName: 'Whumptober 2025',
};
const WIDE =
  '<a href="https://p.example/@ann"><img src="https://p.example/@ann/events/whumptober-2025/card.svg" alt="Ann’s progress in Whumptober 2025" width="400" height="110"></a>';

describe('embedCodes: the code to paste the progress card with, per site', () => {
  it('gives AO3, Tumblr, Dreamwidth and Markdown in that order, with their hints', () => {
    expect(embedCodes(ANN)).toEqual([
      { key: 'ao3', title: 'AO3', hint: 'Your profile’s “About me”, or a work’s notes.', code: WIDE },
      {
        key: 'tumblr',
        title: 'Tumblr',
        hint: 'The narrow card, for the sidebar: paste it into your blog description or a text post’s HTML.',
        code: '<a href="https://p.example/@ann"><img src="https://p.example/@ann/events/whumptober-2025/card.svg?size=narrow" alt="Ann’s progress in Whumptober 2025" width="240" height="140"></a>',
      },
      {
        key: 'dreamwidth',
        title: 'Dreamwidth',
        hint: 'A post’s HTML editor, or your profile’s bio.',
        code: WIDE,
      },
      {
        key: 'markdown',
        title: 'Markdown',
        hint: 'For Carrd, GitHub and other sites that take Markdown.',
        code: '[![Ann’s progress in Whumptober 2025](https://p.example/@ann/events/whumptober-2025/card.svg)](https://p.example/@ann)',
      },
    ]);
  });

  it('escapes the names in the HTML alt text and in the Markdown alt text', () => {
    const codes = embedCodes({ ...ANN, displayName: "O'Neil *x* [y]", eventName: 'A & <B>  _c_ "q"' });
    const alt = 'O&#39;Neil *x* [y]’s progress in A &amp; &lt;B&gt;  _c_ &quot;q&quot;';
    expect(codes.map((c) => c.code)).toEqual([
      `<a href="https://p.example/@ann"><img src="https://p.example/@ann/events/whumptober-2025/card.svg" alt="${alt}" width="400" height="110"></a>`,
      `<a href="https://p.example/@ann"><img src="https://p.example/@ann/events/whumptober-2025/card.svg?size=narrow" alt="${alt}" width="240" height="140"></a>`,
      `<a href="https://p.example/@ann"><img src="https://p.example/@ann/events/whumptober-2025/card.svg" alt="${alt}" width="400" height="110"></a>`,
      '[![O\'Neil \\*x\\* \\[y\\]’s progress in A \\& \\<B\\> \\_c\\_ "q"](https://p.example/@ann/events/whumptober-2025/card.svg)](https://p.example/@ann)',
    ]);
  });

  it('escapes the profile and card addresses in the HTML attributes', () => {
    const [ao3, tumblr] = embedCodes({ ...ANN, origin: 'https://p.example/?a=1&b="2"', slug: "s'<x>" });
    expect(ao3?.code).toBe(
      '<a href="https://p.example/?a=1&amp;b=&quot;2&quot;/@ann"><img src="https://p.example/?a=1&amp;b=&quot;2&quot;/@ann/events/s&#39;&lt;x&gt;/card.svg" alt="Ann’s progress in Whumptober 2025" width="400" height="110"></a>',
    );
    expect(tumblr?.code).toBe(
      '<a href="https://p.example/?a=1&amp;b=&quot;2&quot;/@ann"><img src="https://p.example/?a=1&amp;b=&quot;2&quot;/@ann/events/s&#39;&lt;x&gt;/card.svg?size=narrow" alt="Ann’s progress in Whumptober 2025" width="240" height="140"></a>',
    );
  });
});
