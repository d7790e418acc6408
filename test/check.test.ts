import { afterAll, describe, expect, it } from 'vitest';
import { Secret } from '../src/core/secret.js';
import { EXIT } from '../src/core/exit-codes.js';
import { createTestPki } from './helpers/certs.js';
import { startClosedPort, startRawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer, type ServerOptions } from './helpers/smtp-servers.js';
import { baseOptions, blackhole, check, fakeResolver, step, withLogin } from './support/run.js';
import { runCheck } from '../src/check.js';
import { systemContext } from '../src/core/context.js';
import { evidenceText } from '../src/render/evidence.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
/** The base64 characters only the secret decides when it starts at byte offset 0, 1 or 2 of what is encoded. */
const aligned = (secret: string): string[] =>
  [0, 1, 2].map((k) => {
    const n = Buffer.byteLength(secret);
    return b64(`${'\0'.repeat(k)}${secret}`).slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + n)) / 6));
  });

const servers: Array<{ close(): Promise<void> }> = [];
async function server(o: ServerOptions): Promise<RunningServer> {
  const s = await startSmtpServer(o);
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('healthy paths', () => {
  it('STARTTLS + AUTH + send: every step passes and the message arrives', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { security: 'starttls', ...withLogin(), from: 'me@example.com', to: ['you@example.com'] });
    expect(r.steps.map((x) => [x.id, x.status])).toEqual([
      ['dns', 'pass'],
      ['tcp', 'pass'],
      ['greeting', 'pass'],
      ['ehlo', 'pass'],
      ['tls', 'pass'],
      ['auth', 'pass'],
      ['send', 'pass'],
      ['quit', 'pass'],
    ]);
    expect(r.exitCode).toBe(EXIT.OK);
    expect(s.messages).toHaveLength(1);
    const raw = s.messages[0]!.raw.toString();
    const send = step(r, 'send');
    expect(raw).toContain(`Message-ID: ${String(send.facts.messageId)}`);
    expect(raw).toMatch(/^Subject: smtp-doctor test message \d{4}-\d\d-\d\dT/m);
    const tls = step(r, 'tls');
    expect(tls.facts.verified).toBe(true);
    expect(tls.facts.matchedName).toBe('DNS:localhost');
    expect(tls.facts.ehloChanges).toMatchObject({ authBefore: [], authAfter: expect.arrayContaining(['PLAIN', 'LOGIN']) });
    expect(step(r, 'auth').facts.mechanism).toBe('PLAIN');
    // transcript notation
    const lines = r.transcript.map((l) => `${l.dir}:${l.tls ? 'tls' : 'plain'}:${l.text}`);
    expect(lines).toContain('send:plain:STARTTLS');
    expect(lines.some((l) => /^recv:tls:235/.test(l))).toBe(true);
  });

  it('--auth-method forces the mechanism (CRAM-MD5 works too)', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { ...withLogin(), authMethod: 'CRAM-MD5' });
    expect(step(r, 'auth')).toMatchObject({ status: 'pass', facts: { mechanism: 'CRAM-MD5' } });
    expect(s.authAttempts.map((a) => a.method)).toEqual(['CRAM-MD5']);
  });

  it('implicit TLS on any port with --security tls', async () => {
    const s = await server({ personality: 'implicit-tls' });
    const r = await check(s.port, { security: 'tls', ...withLogin() });
    expect(r.verdict).toBe('pass');
    expect(r.steps.map((x) => x.id).slice(0, 4)).toEqual(['dns', 'tcp', 'tls', 'greeting']);
    expect(r.transcript.find((l) => l.dir === 'recv')?.tls).toBe(true);
  });

  it('--no-data tests the envelope and delivers nothing', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { ...withLogin(), from: 'me@example.com', to: ['you@example.com'], noData: true });
    expect(step(r, 'send')).toMatchObject({ status: 'pass', facts: { dataSent: false } });
    expect(s.messages).toHaveLength(0);
    const sent = r.transcript.filter((l) => l.dir === 'send').map((l) => l.text.split(/[ :]/)[0]);
    expect(sent).toContain('RSET');
    expect(sent).not.toContain('DATA');
  });
});

describe('connection failures', () => {
  it('refused port: CONNECTION_REFUSED, exit 4, later steps blocked by tcp', async () => {
    const port = await startClosedPort();
    const r = await check(port);
    expect(r.diagnoses[0]?.category).toBe('CONNECTION_REFUSED');
    expect(r.exitCode).toBe(EXIT.CONNECTION);
    expect(step(r, 'greeting')).toMatchObject({ status: 'skip', blockedBy: 'tcp' });
    expect(evidenceText('en', r.diagnoses[0]!.evidence)).toContain('refused (ECONNREFUSED)');
  });

  it('steps the user did not ask for stay "not requested" after a failure; asked-for ones are blocked', async () => {
    const port = await startClosedPort();
    const bare = await check(port);
    expect(step(bare, 'auth').status).toBe('skip');
    expect(step(bare, 'auth').blockedBy).toBeUndefined();
    expect(step(bare, 'send').blockedBy).toBeUndefined();
    const full = await check(port, { ...withLogin(), from: 'me@example.com', to: ['you@example.com'] });
    expect(step(full, 'auth')).toMatchObject({ status: 'skip', blockedBy: 'tcp' });
    expect(step(full, 'send')).toMatchObject({ status: 'skip', blockedBy: 'tcp' });
  });

  it('filtered port (no answer at all): CONNECTION_TIMEOUT', async () => {
    const r = await check(25, { timeouts: { dns: 1000, connect: 300, greeting: 300, tls: 300, command: 300, data: 300 } }, blackhole);
    expect(step(r, 'tcp').failure).toMatchObject({ reason: 'connect-timeout', code: 'ETIMEDOUT' });
    expect(r.diagnoses[0]?.category).toBe('CONNECTION_TIMEOUT');
    expect(r.diagnoses[0]?.hints.map((h) => h.key)).toContain('hint.port25-blocked');
  });

  it('the connect timeout bounds the whole step: four filtered addresses share it', async () => {
    const resolver = fakeResolver({ 'many.test': { a: ['192.0.2.1', '192.0.2.2', '192.0.2.3'], aaaa: ['2001:db8::1'] } });
    const r = await check(587, { host: 'many.test', timeouts: { dns: 1000, connect: 800, greeting: 800, tls: 800, command: 800, data: 800 } }, { ...blackhole, resolver });
    const attempts = step(r, 'tcp').facts.attempts as Array<{ outcome: string; ms: number }>;
    expect(attempts).toHaveLength(4);
    expect(attempts.every((a) => a.outcome === 'timeout')).toBe(true);
    // Each address got a share of the 800 ms, not 800 ms of its own (that would be 3.2 s in all).
    const total = attempts.reduce((n, a) => n + a.ms, 0);
    expect(total).toBeLessThan(800 + 4 * 50);
  });

  it('--family 6 with an IPv4 literal is not silently ignored', async () => {
    const s = await server({ personality: 'no-starttls' });
    const r = await check(s.port, { family: 6, security: 'none' });
    expect(step(r, 'dns').failure).toMatchObject({ reason: 'no-address-in-family', code: 'IPV6_NONE' });
    expect(r.diagnoses[0]).toMatchObject({ rule: 'dns.family', category: 'DNS_FAILURE' });
    expect(step(r, 'tcp')).toMatchObject({ status: 'skip', blockedBy: 'dns' });
    const ok = await check(s.port, { family: 4, security: 'none' });
    expect(ok.verdict).not.toBe('fail');
  });

  it('unknown host: DNS_FAILURE, exit 3', async () => {
    const r = await check(587, { host: 'smtp.exmaple.test' }, { resolver: fakeResolver({}) });
    expect(r.diagnoses[0]).toMatchObject({ category: 'DNS_FAILURE', rule: 'dns.no-such-host' });
    expect(r.exitCode).toBe(EXIT.DNS);
    expect(step(r, 'tcp')).toMatchObject({ status: 'skip', blockedBy: 'dns' });
  });

  it('a mail domain typed as host: says it has MX records', async () => {
    const r = await check(587, { host: 'example.test' }, { resolver: fakeResolver({ 'example.test': { mx: ['mx1.example.test'] } }) });
    expect(r.diagnoses[0]).toMatchObject({ category: 'DNS_FAILURE', rule: 'dns.mail-domain' });
    expect(step(r, 'dns').facts.mx).toEqual(['mx1.example.test']);
  });

  it('IPv6 fails, IPv4 works: tcp warns with per-address results', async () => {
    const s = await server({ personality: 'no-starttls' });
    const r = await check(s.port, { host: 'dual.test', security: 'none' }, { resolver: fakeResolver({ 'dual.test': { a: ['127.0.0.1'], aaaa: ['::1'] } }) });
    const tcp = step(r, 'tcp');
    expect(tcp.status).toBe('warn');
    expect(tcp.facts.attempts).toEqual([
      expect.objectContaining({ address: '::1', family: 6, outcome: expect.stringMatching(/refused|unreachable|error/) }),
      expect.objectContaining({ address: '127.0.0.1', family: 4, outcome: 'connected' }),
    ]);
    expect(r.verdict).toBe('warn');
    expect(r.exitCode).toBe(0);
  });

  it('greeting 554: CLIENT_IP_BLOCKED with the reply as evidence', async () => {
    const s = await server({ personality: 'greet-554' });
    const r = await check(s.port);
    expect(r.diagnoses[0]?.category).toBe('CLIENT_IP_BLOCKED');
    expect(evidenceText('en', r.diagnoses[0]!.evidence)).toMatch(/^<- {2}554 /);
    expect(r.exitCode).toBe(EXIT.CONNECTION);
  });

  it('a greeting that never comes, on a port that does not speak TLS either', async () => {
    const raw = await startRawServer({ script: [], silent: true });
    servers.push(raw);
    const r = await check(raw.port, { security: 'starttls' });
    expect(step(r, 'greeting').failure).toMatchObject({ reason: 'greeting-timeout' });
    expect(r.diagnoses[0]?.category).toBe('CONNECTION_TIMEOUT');
  });
});

describe('TLS mode mismatch is confirmed before it is claimed', () => {
  it('plaintext client on an implicit-TLS port', async () => {
    const s = await server({ personality: 'implicit-tls' });
    const r = await check(s.port, { security: 'starttls' });
    expect(step(r, 'greeting').failure?.reason).toBe('expects-implicit-tls');
    expect(r.diagnoses[0]).toMatchObject({ category: 'TLS_MODE_MISMATCH', rule: 'mode.expects-implicit-tls' });
    expect(r.exitCode).toBe(EXIT.TLS);
    expect(r.transcript.some((l) => l.dir === 'note' && /works with implicit TLS/.test(l.text))).toBe(true);
  });

  it('TLS client on a STARTTLS port', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { security: 'tls' });
    const tls = step(r, 'tls');
    expect(tls.failure?.reason).toBe('expects-plain');
    expect(tls.facts.otherMode).toBe('starttls');
    expect(r.diagnoses[0]).toMatchObject({ category: 'TLS_MODE_MISMATCH', rule: 'mode.expects-plain' });
    expect(evidenceText('en', r.diagnoses[0]!.evidence)).toMatch(/wrong version number|WRONG_VERSION/i);
  });
});

describe('STARTTLS and AUTH policy', () => {
  it('STARTTLS required by the user but not offered', async () => {
    const s = await server({ personality: 'no-starttls' });
    const r = await check(s.port, { security: 'starttls' });
    expect(step(r, 'tls').failure?.reason).toBe('starttls-not-offered');
    expect(r.diagnoses[0]?.category).toBe('STARTTLS_REQUIRED');
  });

  it('530 5.7.0 Must issue a STARTTLS command first', async () => {
    const s = await server({ personality: 'require-starttls-530' });
    const r = await check(s.port, { security: 'none', from: 'me@example.com', to: ['you@example.com'] });
    expect(step(r, 'send').failure).toMatchObject({ responseCode: 530, enhancedCode: '5.7.0', command: 'MAIL FROM' });
    expect(r.diagnoses[0]?.category).toBe('STARTTLS_REQUIRED');
  });

  it('never sends credentials over plaintext: the check fails before AUTH', async () => {
    const s = await server({ personality: 'plain-auth' });
    const r = await check(s.port, { ...withLogin() });
    expect(step(r, 'auth').failure?.reason).toBe('plaintext-auth-refused');
    expect(r.diagnoses[0]?.category).toBe('STARTTLS_REQUIRED');
    expect(s.authAttempts).toHaveLength(0);
    expect(r.transcript.some((l) => l.dir === 'send' && /^AUTH/.test(l.text))).toBe(false);
  });

  it('--allow-plaintext-auth sends them, with a warning', async () => {
    const s = await server({ personality: 'plain-auth' });
    const r = await check(s.port, { ...withLogin(), allowPlaintextAuth: true });
    expect(step(r, 'auth').status).toBe('warn');
    expect(s.authAttempts).toHaveLength(1);
  });

  it('AUTH offered only after TLS: with --security none it says so', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { security: 'none', ...withLogin(), allowPlaintextAuth: true });
    expect(step(r, 'auth').failure?.reason).toBe('auth-after-starttls-only');
    expect(r.diagnoses[0]?.category).toBe('STARTTLS_REQUIRED');
  });

  it('a forced mechanism the server does not offer is not tried', async () => {
    const s = await server({ personality: 'implicit-tls' });
    const r = await check(s.port, { security: 'tls', ...withLogin(), authMethod: 'CRAM-MD5' });
    expect(r.diagnoses[0]?.category).toBe('AUTH_MECHANISM_UNSUPPORTED');
    expect(s.authAttempts).toHaveLength(0);
  });
});

describe('credentials', () => {
  it('535: WRONG_CREDENTIALS, exactly one attempt, exit 6', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { ...withLogin('me@example.com', 'not-the-password') });
    expect(step(r, 'auth').failure).toMatchObject({ responseCode: 535, command: 'AUTH PLAIN' });
    expect(r.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
    expect(r.exitCode).toBe(EXIT.AUTH);
    expect(s.authAttempts).toHaveLength(1);
  });

  it('Gmail-style 535 5.7.8 BadCredentials points to app passwords', async () => {
    const s = await server({ personality: 'reject-auth' });
    const r = await check(s.port, { ...withLogin() });
    expect(r.diagnoses[0]).toMatchObject({ category: 'WRONG_CREDENTIALS', rule: 'gmail.bad-credentials', provider: 'gmail' });
    expect(r.diagnoses[0]?.hints.map((h) => h.key)).toContain('hint.gmail.app-password');
  });

  it('Gmail multi-line 534-5.7.9 Application-specific password required', async () => {
    const pki = await createTestPki();
    const raw = await startRawServer({
      script: [
        { send: '220 smtp.gmail.com ESMTP x1-20020a170902 - gsmtp\r\n' },
        { expect: /^EHLO/ },
        { send: '250-smtp.gmail.com at your service\r\n250-STARTTLS\r\n250 SMTPUTF8\r\n' },
        { expect: 'STARTTLS' },
        { send: '220 2.0.0 Ready to start TLS\r\n' },
        { starttls: true },
        { expect: /^EHLO/ },
        { send: '250-smtp.gmail.com at your service\r\n250-AUTH LOGIN PLAIN XOAUTH2\r\n250 SMTPUTF8\r\n' },
        { expect: /^AUTH PLAIN/ },
        {
          send: '534-5.7.9 Application-specific password required. For more information, go to\r\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x1-20020a170902 - gsmtp\r\n',
        },
      ],
      starttlsCert: pki.good,
    } as Parameters<typeof startRawServer>[0]);
    servers.push(raw);
    const r = await check(raw.port, { security: 'starttls', ...withLogin('me@gmail.com', 'hunter2-not-app') });
    expect(step(r, 'auth').failure).toMatchObject({ responseCode: 534, enhancedCode: '5.7.9' });
    expect(r.diagnoses[0]).toMatchObject({ category: 'APP_PASSWORD_REQUIRED', provider: 'gmail' });
  });

  it('a user without a password is MISSING_CREDENTIALS (the server is still checked)', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { user: 'me@example.com', passwordSource: 'env' });
    expect(step(r, 'tls').status).toBe('pass');
    expect(r.diagnoses[0]?.category).toBe('MISSING_CREDENTIALS');
    expect(s.authAttempts).toHaveLength(0);
  });
});

describe('certificates', () => {
  it.each([
    ['selfSigned', 'CERT_UNTRUSTED', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['expired', 'CERT_EXPIRED', 'CERT_HAS_EXPIRED'],
    ['wrongName', 'CERT_HOSTNAME_MISMATCH', 'ERR_TLS_CERT_ALTNAME_INVALID'],
  ] as const)('%s certificate: %s, and AUTH is not attempted', async (which, category, code) => {
    const pki = await createTestPki();
    const s = await server({ personality: 'starttls-auth', cert: pki[which] });
    const r = await check(s.port, { security: 'starttls', ...withLogin() });
    expect(step(r, 'tls').failure).toMatchObject({ code });
    expect(r.diagnoses[0]?.category).toBe(category);
    expect(r.exitCode).toBe(EXIT.TLS);
    expect(step(r, 'auth')).toMatchObject({ status: 'skip', blockedBy: 'tls' });
    expect(s.authAttempts).toHaveLength(0);
    expect(step(r, 'tls').facts.subject).toBeTruthy();
  });

  it('--insecure continues past a bad certificate, as a warning', async () => {
    const pki = await createTestPki();
    const s = await server({ personality: 'starttls-auth', cert: pki.selfSigned });
    const r = await check(s.port, { ...withLogin(), insecure: true });
    expect(step(r, 'tls').status).toBe('warn');
    expect(step(r, 'tls').warnings?.[0]?.key).toBe('warn.insecure-cert');
    expect(step(r, 'auth').status).toBe('pass');
    expect(r.verdict).toBe('warn');
  });

  it('without --ca the test CA is not trusted', async () => {
    const s = await server({ personality: 'starttls-auth' });
    const r = await check(s.port, { ca: [] });
    expect(r.diagnoses[0]?.category).toBe('CERT_UNTRUSTED');
  });

  it('a certificate that expires within 14 days is a warning', async () => {
    const pki = await createTestPki();
    const s = await server({ personality: 'starttls-auth', cert: pki.expiring });
    const r = await check(s.port);
    expect(step(r, 'tls')).toMatchObject({ status: 'warn', facts: { verified: true } });
    expect(step(r, 'tls').warnings?.[0]?.key).toBe('warn.cert-expiring');
  });
});

describe('sending', () => {
  it.each([
    ['reject-sender', 'SENDER_NOT_AUTHORIZED', 'MAIL FROM', 553],
    ['reject-recipient', 'RECIPIENT_REJECTED', 'RCPT TO', 550],
    ['relay-denied', 'RELAY_DENIED', 'RCPT TO', 554],
    ['tempfail', 'SERVER_TEMPORARY_FAILURE', 'MAIL FROM', 451],
  ] as const)('%s: %s', async (personality, category, command, code) => {
    const s = await server({ personality });
    const r = await check(s.port, { from: 'me@example.com', to: ['you@example.com'] });
    expect(step(r, 'send').failure).toMatchObject({ command, responseCode: code });
    expect(r.diagnoses[0]?.category).toBe(category);
    expect(r.exitCode).toBe(EXIT.SEND);
    expect(s.messages).toHaveLength(0);
  });

  it('421 at RCPT: temporary failure', async () => {
    const s = await server({ personality: 'reject-recipient', rcptReply: { code: 421, message: '4.7.0 Try again later, closing connection.' } });
    const r = await check(s.port, { from: 'me@example.com', to: ['you@example.com'] });
    expect(r.diagnoses[0]?.category).toBe('SERVER_TEMPORARY_FAILURE');
  });
});

describe('secrets never leave', () => {
  it('the password is not in the report in any form', async () => {
    const canary = 'Canary-PW-7f3a9q';
    const s = await server({ personality: 'starttls-auth', users: { 'me@example.com': canary } });
    for (const method of ['PLAIN', 'LOGIN', 'CRAM-MD5'] as const) {
      const r = await check(s.port, { user: 'me@example.com', password: new Secret(canary), passwordSource: 'env', authMethod: method, from: 'me@example.com', to: ['you@example.com'] });
      expect(r.verdict).toBe('pass');
      const text = JSON.stringify(r);
      for (const form of new Secret(canary).forms('me@example.com')) expect(text).not.toContain(form);
      expect(r.transcript.some((l) => l.text.includes('********'))).toBe(true);
    }
  });

  it('a server that echoes the password back in its rejection does not leak it', async () => {
    const canary = 'Echo-Canary-9x2k';
    const pki = await createTestPki();
    const raw = await startRawServer({
      script: [
        { send: '220 echo.example ESMTP\r\n' },
        { expect: /^EHLO/ },
        { send: '250-echo.example\r\n250-STARTTLS\r\n250 8BITMIME\r\n' },
        { expect: 'STARTTLS' },
        { send: '220 2.0.0 Ready\r\n' },
        { starttls: true },
        { expect: /^EHLO/ },
        { send: '250-echo.example\r\n250 AUTH LOGIN\r\n' },
        { expect: /^AUTH LOGIN/ },
        { send: '334 VXNlcm5hbWU6\r\n' },
        { expect: /./ },
        { send: '334 UGFzc3dvcmQ6\r\n' },
        { expect: /./ },
        {
          send:
            `535-5.7.8 ${canary.toUpperCase()} ${canary.toLowerCase()} ${b64(`x${canary}`)} ${b64(`xy${canary}`)}\r\n` +
            `535 5.7.8 password ${canary} is wrong\r\n`,
        },
      ],
      starttlsCert: pki.good,
    });
    servers.push(raw);
    // What the live renderer is handed, step by step, is already redacted (not only the final report).
    const live: string[] = [];
    const r = await runCheck(await baseOptions(raw.port, { security: 'starttls', ...withLogin('me@example.com', canary), authMethod: 'LOGIN' }), systemContext({}), {
      stepEnd: (s) => live.push(JSON.stringify(s)),
      line: (l) => live.push(l.text),
    });
    expect(step(r, 'auth').failure).toMatchObject({ responseCode: 535, enhancedCode: '5.7.8' });
    expect(step(r, 'auth').failure?.response).toContain('********');
    expect(JSON.stringify(r)).not.toContain(canary);
    expect(live.some((l) => l.includes('535'))).toBe(true);
    expect(live.join('\n')).not.toContain(canary);
    // Every shape: upper and lower case, and base64 at each of the three byte alignments.
    for (const shape of [canary.toUpperCase(), canary.toLowerCase(), ...aligned(canary)]) {
      expect(JSON.stringify(r)).not.toContain(shape);
      expect(live.join('\n')).not.toContain(shape);
    }
  });
});
