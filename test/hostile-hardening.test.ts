/**
 * Issue 12 hardening: bounded config lints, TLS honesty under --insecure, `probe --ports`,
 * a greeting followed by a close, noise pasted into `explain`, QUIT after a failed send.
 * Real listeners on 127.0.0.1 and the built binary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const N = 60_000;
const FILES: Array<[string, () => string]> = [
  ['many.env', () => `SMTP_HOST=mail.example.com\n${Array.from({ length: N }, (_, i) => `SMTP_X${i}=v\n`).join('')}`],
  [
    'many.properties',
    () => `spring.mail.host=mail.example.com\n${Array.from({ length: N }, (_, i) => `spring.mail.${i.toString(36)}\n`).join('')}`,
  ],
  ['many.yml', () => `spring:\n  mail:\n    host: mail.example.com\n${Array.from({ length: N }, (_, i) => `    x${i}: v\n`).join('')}`],
];

describe('a config file with 60,000 unknown keys', () => {
  for (const [name, make] of FILES) {
    it(`${name}: finishes fast with a capped number of lints`, async () => {
      const file = join(dir, name);
      writeFileSync(file, make());
      const started = Date.now();
      const r = await runBin(['check', '--config', file, '--lint-only', '--json'], { timeoutMs: 60_000 });
      const took = Date.now() - started;
      const doc = JSON.parse(r.stdout) as { lints: Array<{ id: string; text: string }> };
      const unknown = doc.lints.filter((l) => l.id === 'unknown-key');
      expect(unknown).toHaveLength(20);
      const more = doc.lints.filter((l) => l.id === 'unknown-keys-more');
      expect(more).toHaveLength(1);
      expect(more[0]!.text).toContain(String(N - 20));
      expect(took).toBeLessThan(5000);
      const human = await runBin(['check', '--config', file, '--lint-only'], { timeoutMs: 60_000 });
      expect(human.stdout.split('\n').length).toBeLessThan(80);
      const ko = await runBin(['check', '--config', file, '--lint-only', '--lang', 'ko'], { timeoutMs: 60_000 });
      expect(ko.stdout).toContain(String(N - 20));
    }, 120_000);
  }
});
