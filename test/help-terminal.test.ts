/**
 * On a real terminal (util-linux `script` gives the child a pty): help wraps to the terminal's width, in
 * Korean too (Hangul takes two columns), and colours follow NO_COLOR, FORCE_COLOR and TERM=dumb.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './support/bin.js';

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Run the binary with stdout on a pty of `cols` columns; what the terminal showed. */
function onTerminal(args: string[], env: Record<string, string>, cols = 100): string {
  const cmd = `stty cols ${cols} rows 40; ${[process.execPath, BIN, ...args].map(q).join(' ')}`;
  const r = spawnSync('script', ['-qfec', cmd, '/dev/null'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', TERM: 'xterm', ...env },
    timeout: 20_000,
  });
  return r.stdout.replace(/\r\n/g, '\n');
}

/** Columns a line takes on the terminal: Hangul counts two. */
const columns = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u1100-\u115f\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0);

const ERROR = '535-5.7.8 Username and Password not accepted';
const COLOUR = /\x1b\[[0-9;]*m/;

describe('help on a terminal', () => {
  const widths = [['en', 60], ['ko', 60], ['en', 120]] as const;
  it.each(widths)('--lang %s wraps option descriptions at %i columns', (lang, cols) => {
    const screen = onTerminal(['check', '--help', '--lang', lang], {}, cols);
    const options = screen.split(/\n(?:Examples|예시):\n/)[0]!.split('\n');
    expect(options.length).toBeGreaterThan(60);
    const widest = Math.max(...options.map(columns));
    expect(widest).toBeLessThanOrEqual(cols);
    expect(widest).toBeGreaterThan(cols - 15);
  });
});

describe('colours: --no-color, NO_COLOR, FORCE_COLOR, TERM=dumb', () => {
  const explain = (env: Record<string, string>, extra: string[] = []): string =>
    onTerminal(['explain', ERROR, ...extra], env);

  it('a terminal gets colours; TERM=dumb none', () => {
    expect(explain({})).toMatch(COLOUR);
    expect(explain({ TERM: 'dumb' })).not.toMatch(COLOUR);
    expect(explain({ TERM: 'dumb' })).toContain('WRONG_CREDENTIALS');
  });

  it('FORCE_COLOR overrides TERM=dumb; FORCE_COLOR=0 or false turns colours off', () => {
    expect(explain({ TERM: 'dumb', FORCE_COLOR: '1' })).toMatch(COLOUR);
    expect(explain({ FORCE_COLOR: '0' })).not.toMatch(COLOUR);
    expect(explain({ FORCE_COLOR: 'false' })).not.toMatch(COLOUR);
  });

  it('NO_COLOR and --no-color win over FORCE_COLOR', () => {
    expect(explain({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toMatch(COLOUR);
    expect(explain({ FORCE_COLOR: '1' }, ['--no-color'])).not.toMatch(COLOUR);
  });
});
