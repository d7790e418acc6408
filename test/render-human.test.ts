/**
 * One human renderer: a finished Report rendered by renderHuman is, byte for byte, what the live
 * adapter printed while the check ran (steps as they ended, then the rest), for passing and failing
 * checks, with the transcript and --expect results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check.js';
import { evaluate, parseExpectations } from '../src/ci/expect.js';
import { systemContext } from '../src/core/context.js';
import type { CheckOptions } from '../src/core/options.js';
import { renderHuman } from '../src/render/human.js';
import { humanLive } from '../src/render/human-live.js';
import { startClosedPort } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { baseOptions, withLogin } from './support/run.js';

const PW = 'Render-Pw-8q';
let server: RunningServer;
let implicit: RunningServer;
let closed: number;

beforeAll(async () => {
  server = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': PW } });
  implicit = await startSmtpServer({ personality: 'implicit-tls', users: { 'me@example.com': PW } });
  closed = await startClosedPort();
});
afterAll(async () => {
  await Promise.all([server?.close(), implicit?.close()]);
});

type Style = { color: boolean; lang: 'en' | 'ko'; transcript: boolean };

async function liveAndFinished(over: Partial<CheckOptions>, style: Style) {
  const options = await baseOptions(over.port ?? server.port, { probeOnFailure: false, ...over });
  let printed = '';
  const live = await humanLive({ ...style, spinner: false, write: (s) => void (printed += s) });
  printed += `Checking ${options.host}:${options.port} (${options.security})\n`;
  const report = await runCheck(options, systemContext({}), live);
  const expectations = evaluate(report, parseExpectations(['auth=ok', 'tls=starttls']));
  live.finish(report, expectations);
  return { printed, finished: renderHuman(report, { ...style, expectations }), report };
}

describe('renderHuman(report) is what the live check printed', () => {
  const cases: Array<[string, () => Partial<CheckOptions>]> = [
    ['a passing check with a test message',
      () => ({ ...withLogin('me@example.com', PW), to: ['you@example.com'], from: 'me@example.com' })],
    ['a wrong password', () => withLogin('me@example.com', 'wrong')],
    ['a refused connection', () => ({ port: closed, security: 'none' })],
    ['implicit TLS (TLS ends before the greeting)',
      () => ({ port: implicit.port, security: 'tls', ...withLogin('me@example.com', PW) })],
    ['implicit TLS asked of a STARTTLS port', () => ({ security: 'tls', ...withLogin('me@example.com', PW) })],
  ];
  it.each(cases)('%s', async (_name, over) => {
    for (const style of [
      { color: false, lang: 'en' as const, transcript: false },
      { color: true, lang: 'ko' as const, transcript: true },
    ]) {
      const { printed, finished, report } = await liveAndFinished(over(), style);
      expect(report.steps.length).toBeGreaterThan(3);
      // The head is the catalog's wording; the live run above printed the English one.
      const head = (s: string): string => s.slice(s.indexOf('\n') + 1);
      expect(head(finished)).toBe(head(printed));
      expect(finished).toContain(style.lang === 'ko' ? '점검 중' : 'Checking');
    }
  });
});
