/** The README's first command: the demo, end to end through the built binary. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

describe('demo', () => {
  it('healthy checks with the received message (password, then OAuth 2.0), and diagnosed failures; exit 0', async () => {
    const r = await runBin(['demo', '--no-color'], { timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[1\/5\][\s\S]*All requested steps passed/);
    expect(r.stdout).toMatch(/sandbox received: from demo@sandbox\.test to inbox@sandbox\.test, "smtp-doctor test message/);
    expect(r.stdout).toMatch(/\[2\/5\][\s\S]*Diagnosis: TLS_MODE_MISMATCH/);
    expect(r.stdout).toMatch(/\[3\/5\][\s\S]*Diagnosis: WRONG_CREDENTIALS/);
    // OAuth 2.0: the refresh token is exchanged at the sandbox's token endpoint, then XOAUTH2.
    expect(r.stdout).toMatch(/\[4\/5\][\s\S]*--oauth2-refresh-token-env[\s\S]*AUTH +\d+ ms +mechanism XOAUTH2[\s\S]*All requested steps passed/);
    expect(r.stdout).toMatch(/sandbox received: from oauth@sandbox\.test to inbox@sandbox\.test/);
    expect(r.stdout).toMatch(/\[5\/5\][\s\S]*server challenge: status 401[\s\S]*access token has expired/);
    expect(r.stdout).toContain('Demo finished');
  });

  it('the printed commands name the demo CA file (gone at the end); the wrong-password one differs', async () => {
    const r = await runBin(['demo', '--no-color'], { timeoutMs: 60_000 });
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('$ smtp-doctor check'));
    expect(commands).toHaveLength(5);
    const ca = /--ca (\S+)/.exec(commands[0]!)?.[1];
    expect(ca).toBeDefined();
    expect(ca).toMatch(/smtp-doctor-demo-[^/]+\/demo-ca\.pem$/);
    // The file exists while the demo runs (test/demo-cleanup.test.ts): its temp folder goes when the demo ends.
    expect(existsSync(ca!)).toBe(false);
    expect(r.stdout).toContain(ca!); // named in the intro too
    expect(commands[2]).not.toBe(commands[0]);
    expect(commands[2]).toContain('--password-env WRONG_PASSWORD');
    // Walk order: QUIT last, after the skipped steps.
    const scenario3 = r.stdout.split('[3/5]')[1]!.split('[4/5]')[0]!;
    expect(scenario3.indexOf('QUIT')).toBeGreaterThan(scenario3.indexOf('Test send'));
  });

  it('--json gives the five check documents', async () => {
    const r = await runBin(['demo', '--json'], { timeoutMs: 60_000 });
    const docs = JSON.parse(r.stdout) as Array<{ verdict: string; diagnoses: Array<{ category: string }>; steps: Array<{ id: string; status: string }> }>;
    expect(docs.map((d) => [d.verdict, d.diagnoses[0]?.category])).toEqual([
      ['pass', undefined],
      ['fail', 'TLS_MODE_MISMATCH'],
      ['fail', 'WRONG_CREDENTIALS'],
      ['pass', undefined],
      ['fail', 'WRONG_CREDENTIALS'],
    ]);
    expect(docs[3]?.steps.find((s) => s.id === 'oauth')?.status).toBe('pass');
  });

  it('speaks Korean when asked', async () => {
    const r = await runBin(['demo', '--no-color', '--lang', 'ko'], { timeoutMs: 60_000 });
    expect(r.stdout).toContain('데모 완료');
  });
});
