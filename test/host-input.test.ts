/** A host that is no host (a sentence, a URL, an address with a user) is a usage error before any DNS lookup. */
import { describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

const quick = ['--port', '9', '--security', 'none', '--timeout', '1', '--no-probe'];

describe('host input', () => {
  it.each([['a b'], ['smtp://smtp.example.com'], ['me@example.com'], ['smtp.example.com/path']])(
    'check --host %j: one line, exit 2, nothing looked up',
    async (host) => {
      const r = await runBin(['check', '--host', host, ...quick, '--json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`invalid host name "${host}"`);
    },
  );

  it('mx and probe refuse it the same way, in Korean too', async () => {
    const [mx, probe, ko] = await Promise.all([
      runBin(['mx', 'bad domain']),
      runBin(['probe', 'a b', '--ports', '9']),
      runBin(['mx', 'bad domain', '--lang', 'ko']),
    ]);
    for (const r of [mx, probe, ko]) expect(r.code).toBe(2);
    expect(mx.stderr).toContain('invalid host name "bad domain"');
    expect(ko.stderr).toContain('호스트 이름 "bad domain"');
  });

  it('names, IDN names and addresses (IPv6 bracketed or not) are taken as they are', async () => {
    const runs = await Promise.all(
      ['127.0.0.1', '::1', '[::1]', 'localhost'].map((host) => runBin(['check', '--host', host, ...quick, '--json'])),
    );
    for (const r of runs) {
      const doc = JSON.parse(r.stdout) as { diagnoses: Array<{ category: string }> };
      // Refused on port 9 of this machine: the name or address itself was fine.
      expect(doc.diagnoses[0]?.category, r.stdout).toBe('CONNECTION_REFUSED');
    }
    const idn = await runBin(['check', '--host', '메일.invalid', ...quick, '--json']);
    expect(idn.code).not.toBe(2);
  });
});
