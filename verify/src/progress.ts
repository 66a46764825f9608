// A progress bar on stderr while a large file is read, drawn only on a terminal so that logs and
// pipes receive the report alone.
import readline from 'node:readline';

const MIN_BYTES = 16 * 1024 * 1024;
const REDRAW_MS = 100;
const WIDTH = 30;

export interface Progress {
  update(bytesRead: number, events: number): void;
  done(): void;
}

const silent: Progress = { update: () => undefined, done: () => undefined };

function size(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export function progressBar(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || totalBytes < MIN_BYTES) return silent;
  const started = Date.now();
  let drawnAt = 0;
  const draw = (bytesRead: number, events: number) => {
    const fraction = Math.min(1, bytesRead / totalBytes);
    const filled = Math.round(fraction * WIDTH);
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = Math.round(events / seconds);
    readline.cursorTo(stream, 0);
    stream.write(`verifying [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}%  ${size(bytesRead)} / ${size(totalBytes)}  ${rate} events/s`);
    readline.clearLine(stream, 1);
  };
  return {
    update(bytesRead, events) {
      const now = Date.now();
      if (now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      draw(bytesRead, events);
    },
    done() {
      readline.cursorTo(stream, 0);
      readline.clearLine(stream, 0);
    },
  };
}
