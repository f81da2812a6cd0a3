/** Where progress goes: stderr, or anything with write() and an isTTY flag. */
export type ProgressStream = { write(text: string): unknown; isTTY?: boolean };

/** One progress line: `label [#######.......]  45%  45,000/100,000`. */
export function progressLine(label: string, done: number, total: number, width = 30): string {
  const share = total <= 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * width);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}  ${counts}`;
}

/**
 * Reports progress of `total` steps on `stream`: a bar redrawn in place (at most ten times a
 * second) on a terminal, otherwise a plain line at every tenth of the way.
 */
export function createProgress(stream: ProgressStream, label: string, total: number) {
  let lastDraw = 0;
  let lastTenth = -1;
  return {
    update(done: number) {
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r${progressLine(label, done, total)}`);
        return;
      }
      const tenth = total <= 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')}\n`);
    },
    finish() {
      if (stream.isTTY) stream.write(`\r${progressLine(label, total, total)}\n`);
      else if (lastTenth !== 10)
        stream.write(`${label}: ${total.toLocaleString('en')}/${total.toLocaleString('en')}\n`);
    },
  };
}

/** A progress reporter's interface. */
export type Progress = ReturnType<typeof createProgress>;
