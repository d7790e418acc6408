/** Help and error texts the new-user trial found wrong, through the binary. */
import { describe, expect, it } from 'vitest';
import { SMTP_SETTING_NAMES, ENV_KEY_NAMES } from '../src/config/formats/env.js';
import { runBin } from './support/bin.js';

describe('help and error texts', () => {
  it('exit code 4 mentions a proxy failure (en, ko)', async () => {
    expect((await runBin(['--help'])).stdout).toMatch(/^ {2}4 {4}connection:[^\n]*(\n {7}[^\n]*)*proxy failed/m);
    expect((await runBin(['--help', '--lang', 'ko'])).stdout).toMatch(/프록시\s+실패/);
  });

  it('the help lists exactly the SMTP_* names --from-env reads (the table in src/config)', async () => {
    const out = (await runBin(['--help'])).stdout;
    const section = out.slice(out.indexOf('Environment variables:'));
    const names = new Set(section.match(/\bSMTP_(?!DOCTOR_)[A-Z_]+\b/g));
    expect([...names].sort()).toEqual([...SMTP_SETTING_NAMES].sort());
    expect(names.has('SMTP_OPPORTUNISTIC_TLS')).toBe(true);
    // Every name in the list is one the table reads; an ignored one (SMTP_CIPHER_SPEC) sets nothing and is not listed.
    for (const n of names) expect(ENV_KEY_NAMES).toContain(n);
    expect(names.has('SMTP_CIPHER_SPEC')).toBe(false);
  });

  it('--ca DIRECTORY says it is a directory, not "a FIFO, device or socket"', async () => {
    const r = await runBin(['check', '--host', 'x', '--ca', '/tmp', '--lint-only']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read --ca /tmp: it is a directory, not a file (EISDIR)');
    expect(r.stderr).not.toContain('FIFO');
  });

  it('completion without a shell names what is missing and how to call it', async () => {
    const r = await runBin(['completion']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing shell: smtp-doctor completion bash|zsh|fish');
    const ko = await runBin(['--lang', 'ko', 'completion']);
    expect(ko.stderr).toContain('빠진 인자 shell: smtp-doctor completion bash|zsh|fish');
  });
});
