/** --lang, --no-color and --json before the command, as a global option, through the binary. */
import { describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

const LINT = ['check', '--host', 'smtp.example.com', '--port', '465', '--security', 'starttls', '--lint-only'];

describe('global options before the command', () => {
  it('--lang ko before check and after it give the same Korean output', async () => {
    const before = await runBin(['--lang', 'ko', ...LINT]);
    const after = await runBin([...LINT, '--lang', 'ko']);
    expect(before.stderr).toBe('');
    expect(before.code).toBe(after.code);
    expect(before.stdout).toBe(after.stdout);
    expect(before.stdout).toMatch(/[가-힣]/);
    const eq = await runBin(['--lang=ko', ...LINT]);
    expect(eq.stdout).toBe(after.stdout);
  });

  it('--json and --no-color before the command', async () => {
    const r = await runBin(['--no-color', '--json', ...LINT], { env: { FORCE_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe('lint');
    const explain = ['--no-color', 'explain', '535 5.7.8 Authentication credentials invalid'];
    const human = await runBin(explain, { env: { FORCE_COLOR: '1' } });
    expect(human.code).toBe(0);
    expect(human.stdout).not.toContain('\u001b[');
  });

  it('--lang ko before a command without --lang (completion), before none, and before an unknown one', async () => {
    const completion = await runBin(['--lang', 'ko', 'completion', 'bash']);
    expect(completion.code).toBe(0);
    expect(completion.stdout).toContain('complete');
    const help = await runBin(['--lang', 'ko']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/[가-힣]/);
    const typo = await runBin(['--lang', 'ko', 'chek']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/chek/);
    expect(typo.stderr).toMatch(/[가-힣]/);
  });

  it('a bad --lang before the command is still a usage error', async () => {
    const r = await runBin(['--lang', 'fr', ...LINT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fr');
  });
});
