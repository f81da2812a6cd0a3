import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/cli/progress.ts';

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { out, isTTY, write: (text: string) => out.push(text) };
}

describe('progress', () => {
  it('draws a bar with the share and the counts', () => {
    expect(progressLine('pieces', 45_000, 100_000, 10)).toBe('pieces [#####.....]  45%  45,000/100,000');
    expect(progressLine('pieces', 0, 0, 4)).toBe('pieces [####] 100%  0/0');
  });

  it('writes a plain line at each tenth when stderr is not a terminal', () => {
    const s = stream(false);
    const p = createProgress(s, 'pieces', 1000);
    for (let done = 1; done <= 1000; done++) p.update(done);
    p.finish();
    expect(s.out.length).toBeLessThanOrEqual(11);
    expect(s.out.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(s.out.at(-1)).toBe('pieces: 1,000/1,000\n');
  });

  it('redraws one line in place at a terminal, ending with a newline', () => {
    const s = stream(true);
    const p = createProgress(s, 'pieces', 1000);
    for (let done = 1; done <= 1000; done++) p.update(done);
    p.finish();
    expect(s.out.length).toBeLessThan(20);
    expect(s.out.every((line) => line.startsWith('\r'))).toBe(true);
    expect(s.out.at(-1)).toMatch(/100% {2}1,000\/1,000\n$/);
  });
});
