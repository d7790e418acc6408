import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS } from '../src/core/transcript.js';
import { startRawServer, type RawServer } from './helpers/raw-server.js';
import { check, step } from './support/run.js';
import { evidenceText } from '../src/render/evidence.js';

const servers: RawServer[] = [];
async function raw(script: Parameters<typeof startRawServer>[0]['script']): Promise<RawServer> {
  const s = await startRawServer({ script });
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('servers that misbehave', () => {
  it('EHLO refused: falls back to HELO and says so', async () => {
    const s = await raw([
      { send: '220 old.example ESMTP\r\n' },
      { expect: /^EHLO/ },
      { send: '502 5.5.2 Error: command not recognized\r\n' },
      { expect: /^HELO/ },
      { send: '250 old.example\r\n' },
    ]);
    const r = await check(s.port, { security: 'auto' });
    expect(step(r, 'ehlo')).toMatchObject({ status: 'warn', facts: { heloFallback: true } });
    expect(step(r, 'tls').warnings?.[0]?.key).toBe('warn.no-tls');
  });

  it('EHLO and HELO both refused for the name: HELO_REJECTED', async () => {
    const s = await raw([
      { send: '220 strict.example ESMTP\r\n' },
      { expect: /^EHLO/ },
      { send: '501 5.5.2 <client.smtp-doctor.test>: Helo command rejected: need fully-qualified hostname\r\n' },
      { expect: /^HELO/ },
      { send: '501 5.5.2 <client.smtp-doctor.test>: Helo command rejected: need fully-qualified hostname\r\n' },
    ]);
    const r = await check(s.port, { security: 'auto' });
    expect(r.diagnoses[0]?.category).toBe('HELO_REJECTED');
    expect(evidenceText('en', r.diagnoses[0]!.evidence)).toMatch(/^<- {2}501 5\.5\.2/);
  });

  it('a reply that never ends is cut off, quickly, and the transcript stays bounded', async () => {
    const s = await raw([{ send: `220-${'A'.repeat(400_000)}` }, { wait: 5000 }]);
    const started = Date.now();
    const r = await check(s.port, { security: 'none' });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(r.verdict).toBe('fail');
    expect(step(r, 'greeting').failure).toMatchObject({ code: 'EPROTOCOL', reason: 'greeting-too-large' });
    expect(r.diagnoses[0]).toMatchObject({ rule: 'greeting.too-large', category: 'PROTOCOL_ERROR' });
    expect(r.transcript.every((l) => l.text.length <= MAX_LINE_CHARS + 50)).toBe(true);
  });

  it('endless continuation lines are bounded too', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `250-EXT${i}\r\n`).join('');
    const s = await raw([{ send: '220 x ESMTP\r\n' }, { expect: /^EHLO/ }, { send: lines }, { wait: 3000 }]);
    const r = await check(s.port, { security: 'none' });
    expect(r.verdict).toBe('fail');
    expect(r.transcript.length).toBeLessThan(2100);
  });

  it('a server that goes silent mid-dialogue hits the command timeout', async () => {
    const s = await raw([{ send: '220 x ESMTP\r\n' }, { expect: /^EHLO/ }, { wait: 10_000 }]);
    const r = await check(s.port, { security: 'none', timeouts: { dns: 1000, connect: 1000, greeting: 1000, tls: 1000, command: 800, data: 800 } });
    expect(step(r, 'ehlo').status).toBe('fail');
    expect(step(r, 'ehlo').failure?.code).toBe('ETIMEDOUT');
  });

  it('no reply to MAIL FROM is a timeout, not a rejected sender', async () => {
    const s = await raw([{ send: '220 x ESMTP\r\n' }, { expect: /^EHLO/ }, { send: '250 x\r\n' }, { expect: /^MAIL/ }, { wait: 10_000 }]);
    const timeouts = { dns: 1000, connect: 1000, greeting: 1000, tls: 1000, command: 800, data: 800 };
    const r = await check(s.port, { security: 'none', from: 'a@example.com', to: ['b@example.com'], noData: true, timeouts });
    expect(step(r, 'send').failure).toMatchObject({ code: 'ETIMEDOUT', reason: 'send-failed', command: 'MAIL FROM' });
    expect(r.diagnoses[0]?.category).toBe('CONNECTION_TIMEOUT');
  });

  it('a greeting with control characters is shown escaped', async () => {
    const s = await raw([{ send: '220 evil\x1b[2J ESMTP\r\n' }, { expect: /^EHLO/ }, { send: '250 ok\r\n' }]);
    const r = await check(s.port, { security: 'none' });
    expect(r.transcript.find((l) => l.dir === 'recv')?.text).toBe('220 evil\\x1b[2J ESMTP');
  });

  it('control characters in a rejection and in the greeting fact never reach the report raw', async () => {
    const s = await raw([
      { send: '220 evil\x1b]0;owned\x07 ESMTP\r\n' },
      { expect: /^EHLO/ },
      { send: '250 ok\r\n' },
      { expect: /^MAIL FROM/ },
      { send: '550 5.7.1 \x1b[31mrejected\u202e\x1b[0m\r\n' },
    ]);
    const r = await check(s.port, { security: 'none', from: 'me@example.com', to: ['you@example.com'] });
    expect(step(r, 'send').failure?.response).toBe('\\x1b[31mrejected\\u{202e}\\x1b[0m');
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/\\u001b|\\u0007|\u202e/);
  });
});
