/** The README's first command: the demo, end to end through the built binary. */
import { describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

describe('demo', () => {
  it('one healthy check with the received message, then two diagnosed failures; exit 0', async () => {
    const r = await runBin(['demo', '--no-color'], { timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[1\/3\][\s\S]*All requested steps passed/);
    expect(r.stdout).toMatch(/sandbox received: from demo@sandbox\.test to inbox@sandbox\.test, "smtp-doctor test message/);
    expect(r.stdout).toMatch(/\[2\/3\][\s\S]*Diagnosis: TLS_MODE_MISMATCH/);
    expect(r.stdout).toMatch(/\[3\/3\][\s\S]*Diagnosis: WRONG_CREDENTIALS/);
    expect(r.stdout).toContain('Demo finished');
  });

  it('--json gives the three check documents', async () => {
    const r = await runBin(['demo', '--json'], { timeoutMs: 60_000 });
    const docs = JSON.parse(r.stdout) as Array<{ verdict: string; diagnoses: Array<{ category: string }> }>;
    expect(docs.map((d) => [d.verdict, d.diagnoses[0]?.category])).toEqual([
      ['pass', undefined],
      ['fail', 'TLS_MODE_MISMATCH'],
      ['fail', 'WRONG_CREDENTIALS'],
    ]);
  });

  it('speaks Korean when asked', async () => {
    const r = await runBin(['demo', '--no-color', '--lang', 'ko'], { timeoutMs: 60_000 });
    expect(r.stdout).toContain('데모 완료');
  });
});
