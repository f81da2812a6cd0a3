import { describe, expect, it } from 'vitest';
import { findNamedEvent, matchPromptPositions, normalise } from '../../src/domain/prompt-match.ts';

const EVENTS = [
  { slug: 'whumptober-2025', name: 'Whumptober 2025' },
  { slug: 'fictober-2025', name: 'Fictober 2025' },
  { slug: 'fictober-2024', name: 'Fictober 2024' },
];

describe('normalise', () => {
  it.each([
    ['Whumptober 2025', 'whumptober 2025'],
    ['  “Shaking Hands!” ', 'shaking hands'],
    ['Naïve Café', 'naive cafe'],
    ['No. 5 — RUNNING ON EMPTY', 'no 5 running on empty'],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});

describe('findNamedEvent', () => {
  it.each([
    ['Whumptober 2025', 'whumptober-2025'],
    ['whumptober 2025', 'whumptober-2025'],
    ['WHUMPTOBER-2025', 'whumptober-2025'],
    ['Whumptober', 'whumptober-2025'],
    ['Fictober', null],
    ['Fictober 2024', 'fictober-2024'],
    ['Inktober 2025', null],
    [null, null],
  ])('%j → %j', (name, slug) => {
    expect(findNamedEvent(name, EVENTS, null)).toBe(slug);
  });

  it('falls back to the chosen event when the name is missing or unknown', () => {
    expect(findNamedEvent(null, EVENTS, 'fictober-2025')).toBe('fictober-2025');
    expect(findNamedEvent('Inktober', EVENTS, 'fictober-2025')).toBe('fictober-2025');
  });
});

describe('matchPromptPositions', () => {
  const prompts = [
    { position: 1, text: 'Exhaustion' },
    { position: 2, text: 'Fainting' },
    { position: 3, text: 'Dehydration' },
  ];
  it.each([
    ['“Fainting”', [2]],
    ['Exhaustion | Dehydration', [1, 3]],
    ['exhaustion', [1]],
    ['Faintingly', []],
    ['Running on empty', []],
    [null, []],
  ])('%j → %j', (text, positions) => {
    expect(matchPromptPositions(text, prompts)).toEqual(positions);
  });
});
