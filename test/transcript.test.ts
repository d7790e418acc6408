import { describe, expect, it } from 'vitest';
import { Secret } from '../src/core/secret.js';
import { MAX_LINES, MAX_LINE_CHARS, Transcript, formatLine } from '../src/core/transcript.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('transcript recorder masks at the sink', () => {
  it('AUTH PLAIN initial response', () => {
    const tr = new Transcript({ now: () => 0 });
    tr.sent(`AUTH PLAIN ${b64('\0me\0pw')}`, true);
    tr.received('235 2.7.0 Authentication successful', true);
    expect(tr.lines.map((l) => formatLine(l))).toEqual([' ~> AUTH PLAIN ********', '<~  235 2.7.0 Authentication successful']);
  });

  it('AUTH LOGIN exchange: 334 challenges and both answers', () => {
    const tr = new Transcript({ now: () => 0 });
    tr.sent('AUTH LOGIN', true);
    tr.received('334 VXNlcm5hbWU6', true);
    tr.sent(b64('me@example.com'), true);
    tr.received('334 UGFzc3dvcmQ6', true);
    tr.sent(b64('secret'), true);
    tr.received('535 5.7.8 bad', true);
    tr.sent('QUIT', true);
    expect(tr.lines.map((l) => l.text)).toEqual(['AUTH LOGIN', '334 ********', '********', '334 ********', '********', '535 5.7.8 bad', 'QUIT']);
  });

  it('XOAUTH2 tokens and any literal secret anywhere', () => {
    const secret = new Secret('S3cr3t-Canary');
    const tr = new Transcript({ now: () => 0, secrets: secret.forms('me') });
    tr.sent(`AUTH XOAUTH2 ${b64('user=me\x01auth=Bearer tok\x01\x01')}`, true);
    tr.received('235 ok', true);
    tr.received(`550 your password S3cr3t-Canary is wrong, ${b64('S3cr3t-Canary')}`, true);
    const text = tr.lines.map((l) => l.text).join('\n');
    expect(text).not.toContain('S3cr3t-Canary');
    expect(text).not.toContain(b64('S3cr3t-Canary'));
    expect(text).toContain('AUTH XOAUTH2 ********');
  });

  it('stays bounded whatever the server sends', () => {
    const tr = new Transcript({ now: () => 0 });
    tr.received(`250 ${'x'.repeat(10 * MAX_LINE_CHARS)}`, false);
    expect(tr.lines[0]!.text.length).toBeLessThan(MAX_LINE_CHARS + 50);
    for (let i = 0; i < MAX_LINES + 500; i++) tr.received('250-ok', false);
    expect(tr.lines.length).toBe(MAX_LINES + 1);
    expect(tr.lines.at(-1)!.text).toMatch(/limit reached/);
  });

  it('escapes control characters instead of printing them', () => {
    const tr = new Transcript({ now: () => 0 });
    tr.received('220 hi\x1b[31mred', false);
    expect(tr.lines[0]!.text).toBe('220 hi\\x1b[31mred');
  });

  it('notes are data: kind and params, server words escaped and scrubbed, rendered in the language asked', () => {
    const tr = new Transcript({ now: () => 0, secrets: ['Canary-Pw-77'] });
    tr.note('tls-handshake-failed', { error: 'bad\x1b[31m record Canary-Pw-77\nnext' });
    tr.note('greeting-timeout', { seconds: 3 });
    const [failed, timeout] = tr.lines;
    expect(failed!.note).toEqual({ kind: 'tls-handshake-failed', params: { error: 'bad\\x1b[31m record ********\\nnext' } });
    expect(failed!.text).toBe('TLS handshake failed: bad\\x1b[31m record ********\\nnext');
    expect(timeout!.note).toEqual({ kind: 'greeting-timeout', params: { seconds: 3 } });
    expect(formatLine(timeout!)).toBe('=== no greeting within 3 s');
    expect(formatLine(timeout!, 'ko')).toBe('=== 3초 안에 인사말이 오지 않았습니다');
    for (let i = 0; i < MAX_LINES + 5; i++) tr.note('closed-before-greeting');
    expect(tr.lines.at(-1)!.note).toEqual({ kind: 'transcript-limit', params: {} });
    expect(formatLine(tr.lines.at(-1)!, 'ko')).toMatch(/한도/);
  });

  it('Secret never prints itself', () => {
    const s = new Secret('Canary-123');
    expect(String(s)).not.toContain('Canary');
    expect(JSON.stringify({ s })).not.toContain('Canary');
    expect(`${s}`).not.toContain('Canary');
    expect(s.reveal()).toBe('Canary-123');
  });
});
