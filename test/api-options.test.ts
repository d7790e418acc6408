/** The library's options: one value or a list for list options, and typos rejected with the closest name. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, explain, mx, OptionsError, probe } from '../src/index.js';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';

let pki: TestPki;
let server: RunningServer;
beforeAll(async () => {
  pki = await createTestPki();
  server = await startSmtpServer({ personality: 'implicit-tls', cert: pki.good });
});
afterAll(async () => server?.close());

const tlsStep = (r: { steps: Array<{ id: string; status: string }> }) => r.steps.find((s) => s.id === 'tls')?.status;

async function rejected(p: Promise<unknown>): Promise<OptionsError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(OptionsError);
  return err as OptionsError;
}

describe('library options', () => {
  it('ca as one path (a string) is that file: the certificate verifies', async () => {
    const r = await check({ host: '127.0.0.1', port: server.port, security: 'tls', ca: pki.caFile, timeout: 5 });
    expect(tlsStep(r)).toBe('pass');
    const list = await check({ host: '127.0.0.1', port: server.port, security: 'tls', ca: [pki.caFile], timeout: 5 });
    expect(tlsStep(list)).toBe('pass');
  });

  it('to as one address (a string) is one recipient', async () => {
    const err = await rejected(check({ host: '127.0.0.1', to: 'a@example.com' }));
    // The recipient was read as one address: the check asks for --from, not about "a", "@" …
    expect(err.key).toBe('err.to-without-from');
  });

  it('an unknown key is an OptionsError naming it and the closest known one', async () => {
    const err = await rejected(check({ host: 'h', securty: 'tls' } as never));
    expect(err.key).toBe('err.api-unknown-option-suggest');
    expect(err.params).toEqual({ name: 'securty', suggestion: 'security' });
    expect(err.message).toBe('unknown option securty (did you mean security?)');
    const ko = await rejected(check({ host: 'h', lang: 'ko', securty: 'tls' } as never));
    expect(ko.message).toContain('securty');
    const far = await rejected(check({ host: 'h', zzzzzz: 1 } as never));
    expect(far.message).toBe('unknown option zzzzzz');
  });

  it('probe, mx, explain and oauth2 reject unknown keys too (before any network)', async () => {
    expect((await rejected(probe('h', { prots: [587] } as never))).params.suggestion).toBe('ports');
    expect((await rejected(mx('example.com', { dnsSever: '127.0.0.1' } as never))).params.suggestion).toBe('dnsServer');
    expect((await rejected(explain('535', { lnag: 'ko' } as never))).params.suggestion).toBe('lang');
    const o = await rejected(check({ host: 'h', user: 'u', oauth2: { tokn: 'x' } } as never));
    expect(o.params).toEqual({ name: 'oauth2.tokn', suggestion: 'oauth2.token' });
    // security is a check option, not a probe one
    expect((await rejected(probe('h', { security: 'tls' } as never))).params.name).toBe('security');
  });
});
