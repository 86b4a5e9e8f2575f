// A virtual X display for the one thing headless browsers cannot do: take a keyboard shortcut
// the browser itself handles (an extension's `commands`). xdotool presses real keys there.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface Display {
  /** Presses keys (xdotool syntax, e.g. "alt+shift+g") in the focused window. */
  press(keys: string): void;
  close(): void;
}

/** Starts Xvfb on a free display and points DISPLAY at it for the browsers launched after. */
export async function startDisplay(): Promise<Display> {
  const number = 90 + Math.floor(Math.random() * 400);
  const display = `:${number}`;
  const xvfb: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const previous = process.env.DISPLAY;
  process.env.DISPLAY = display;
  for (let i = 0; i < 50; i++) {
    try {
      execFileSync('xdotool', ['getdisplaygeometry'], { stdio: 'ignore' });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    press: (keys) => execFileSync('xdotool', ['key', '--clearmodifiers', keys]),
    close: () => {
      xvfb.kill();
      if (previous === undefined) delete process.env.DISPLAY;
      else process.env.DISPLAY = previous;
    },
  };
}
