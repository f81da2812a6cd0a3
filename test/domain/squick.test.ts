import { describe, expect, it } from 'vitest';
import { avoids, fold, NO_SQUICKS, squickFilter, validateSquickList } from '../../src/domain/squick.ts';

describe('avoids: whether a prompt contains a word the writer avoids', () => {
  const cases: [list: string, prompt: string, hidden: boolean][] = [
    ['blood', 'Blood', true],
    ['blood', 'Blood and bone', true],
    ['BLOOD', 'a trail of blood.', true],
    ['blood', 'Bloody knuckles', true],
    ['blood', 'Bloodstained', false],
    ['blood*', 'Bloodstained', true],
    ['blood*', 'Cold-blooded', true],
    ['spider', 'Spiders in the attic', true],
    ['spiders', 'A spider’s web', true],
    ['needles', 'Needle and thread', true],
    ['bruises', 'Bruised', true],
    ['boxes', 'A box of letters', true],
    ['butterflies', 'Butterfly', true],
    ['glass', 'Glas', false],
    ['spider', 'A spider’s web', true],
    ['needle', 'Needle and thread', true],
    ['needle', 'Needles', true],
    ['drown', 'Drowning', true],
    ['drown', 'Drowned', true],
    ['choke', 'Choking', true],
    ['choke', 'Choked up', true],
    ['fly', 'Flies', false],
    ['butterfly', 'Butterflies', true],
    ['die', 'Died twice', true],
    ['rat', 'Rated E', false],
    ['rat', 'Pirate ship', false],
    ['rat', 'Rats in the walls', true],
    ['eye', 'Eyebrow', false],
    ['eye trauma', 'Eye Trauma', true],
    ['eye trauma', 'Eye-trauma', true],
    ['eye trauma', 'Trauma, eye', false],
    ['hurt comfort', 'Hurt/Comfort', true],
    ['hurt/comfort', 'hurt comfort', true],
    ['cafe', 'Café au lait', true],
    ['café', 'Midnight cafe', true],
    ['naïve', 'Naive', true],
    ['strasse', 'Große Straße', true],
    ['i’m fine', '“I’m fine, really”', true],
    ["i'm fine", '“I’m fine, really”', true],
    ['fine', 'Finest hour', false],
    ['血', '血の味', true],
    ['血', '涙', false],
    ['vomit\nneedles', 'Needle and thread', true],
    ['vomit\nneedles', 'Fever dreams', false],
    ['', 'Blood', false],
    ['   \n\n', 'Blood', false],
  ];
  it.each(cases)('list %j, prompt %j → %s', (list, prompt, hidden) => {
    expect(avoids(squickFilter(list), prompt)).toBe(hidden);
  });

  it('hides nothing without a list', () => {
    expect(avoids(NO_SQUICKS, 'Blood')).toBe(false);
  });
});

describe('fold', () => {
  it.each([
    ['Éclair', 'eclair'],
    ['ÆON', 'aeon'],
    ['Smørrebrød', 'smorrebrod'],
    ['Łódź', 'lodz'],
    ['it’s', "it's"],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('validateSquickList', () => {
  const ok: [typed: string, entries: string[]][] = [
    ['', []],
    ['blood\nneedles', ['blood', 'needles']],
    ['  blood  \r\n\r\n  eye   trauma \n', ['blood', 'eye trauma']],
    ['Blood\nblood\nBLOOD', ['Blood']],
    ['café\ncafe', ['café']],
    ['blood*', ['blood*']],
    [`${'a'.repeat(100)}`, ['a'.repeat(100)]],
    [
      Array.from({ length: 100 }, (_, i) => `word${i}`).join('\n'),
      Array.from({ length: 100 }, (_, i) => `word${i}`),
    ],
    // Repeats do not count towards the limit.
    [
      [...Array.from({ length: 100 }, (_, i) => `w${i}`), 'w1'].join('\n'),
      Array.from({ length: 100 }, (_, i) => `w${i}`),
    ],
  ];
  it.each(ok)('keeps %j as %j', (typed, entries) => {
    expect(validateSquickList(typed)).toEqual({ ok: true, value: entries });
  });

  const refused: [typed: string, message: RegExp][] = [
    [`blood\n${'a'.repeat(101)}`, /Line 2 is longer than 100 characters/],
    ['blood\n***', /Line 2 has no letters or digits/],
    [
      Array.from({ length: 101 }, (_, i) => `word${i}`).join('\n'),
      /at most 100 words or phrases \(this list has 101\)/,
    ],
  ];
  it.each(refused)('refuses %j', (typed, message) => {
    const result = validateSquickList(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.squick_words).toMatch(message);
  });
});
