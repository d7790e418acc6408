/** `check --lint-only` through the binary: contradictions named by the flags, and one line when nothing is found. */
import { describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

const lint = (args: string[], extra: string[] = []) =>
  runBin(['check', '--host', 'smtp.example.com', ...args, '--lint-only', ...extra]);

describe('check --lint-only on flags', () => {
  it('465 with --security starttls is the starttls-on-465 contradiction (exit 5)', async () => {
    const r = await lint(['--port', '465', '--security', 'starttls'], ['--json']);
    const doc = JSON.parse(r.stdout) as { lints: Array<{ id: string; text: string }> };
    expect(doc.lints.map((l) => l.id)).toEqual(['starttls-on-465']);
    expect(doc.lints[0]!.text).toContain('--security starttls');
    expect(r.code).toBe(5);
  });

  it.each([587, 25])('--security tls on %i is the implicit-TLS-on-a-STARTTLS-port contradiction', async (port) => {
    const r = await lint(['--port', String(port), '--security', 'tls']);
    expect(r.stdout).toContain(`Implicit TLS (--security tls) on port ${port}`);
    expect(r.code).toBe(5);
  });

  it('the consistent pairs are not contradictions', async () => {
    for (const [port, security] of [['465', 'tls'], ['587', 'starttls'], ['25', 'starttls']] as const) {
      const r = await lint(['--port', port, '--security', security], ['--json']);
      expect((JSON.parse(r.stdout) as { lints: unknown[] }).lints, `${port} ${security}`).toEqual([]);
      expect(r.code).toBe(0);
    }
  });

  it('nothing found: one line on stdout, in English and Korean, exit 0', async () => {
    const en = await lint(['--port', '587', '--security', 'starttls']);
    expect(en.stdout).toBe('No contradictions or credential problems found in these settings.\n');
    expect(en.code).toBe(0);
    const ko = await lint(['--port', '587', '--security', 'starttls'], ['--lang', 'ko']);
    expect(ko.stdout).toBe('이 설정에서 모순이나 자격 증명 문제를 찾지 못했습니다.\n');
  });
});
