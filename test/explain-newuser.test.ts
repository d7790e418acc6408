import { describe, expect, it } from 'vitest';
import { explain } from '../src/explain/explain.js';
import { MAX_INPUT } from '../src/explain/normalize.js';
import { renderExplainHuman } from '../src/render/explain.js';
import { renderExplainJson } from '../src/render/explain-json.js';
import { RULES } from '../src/kb/rules/index.js';
import { hasKey, t } from '../src/i18n/index.js';

// What a new user found wrong in `explain` (issues 11/12 follow-up), one family per block.

describe('pasted escapes are made visible, as check does at ingestion', () => {
  const pasted = '535 5.7.8 \x1b]0;pwned\x07 \u202eevil\u202c\n';
  it.each(['en', 'ko'] as const)('no OSC, BEL or bidi override reaches human or JSON output (%s)', (lang) => {
    const r = explain(pasted);
    for (const out of [renderExplainHuman(r, lang, false), renderExplainJson(r, lang)]) {
      expect(out).not.toMatch(/[\x07\x1b\u202a-\u202e]/);
    }
    expect(r.evidence).toContain('\\x1b]0;pwned\\x07');
    expect(JSON.stringify(r)).not.toMatch(/\\u001b|\\u0007|\u202e/);
  });
});

describe('an AUTH failure beats the "not authenticated" it causes', () => {
  it('Microsoft 365: 535 5.7.139 after 5.7.57 is the root cause', () => {
    const r = explain(
      'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. ' +
        'The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication ' +
        'unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.',
    );
    expect(r.category).not.toBe('MISSING_CREDENTIALS');
    expect(r.reply?.code).toBe(535);
  });
  it('the same family without a provider: 530 authentication required and a 535', () => {
    const r = explain('530 5.7.0 Authentication required\nError: 535 5.7.8 Authentication credentials invalid');
    expect(r.category).toBe('WRONG_CREDENTIALS');
  });
});

describe('host names inside e-mail addresses are not the server', () => {
  it('a recipient at gmail.com does not make the provider Gmail', () => {
    const r = explain("smtplib.SMTPRecipientsRefused: {'user@gmail.com': (550, b'5.7.1 Unable to relay')}");
    expect(r.provider).toBeUndefined();
    expect(r.hints.map((h) => h.key).join()).not.toMatch(/gmail/);
  });
  it('a server host name still counts', () => {
    expect(explain('smtp.gmail.com:587 535 5.7.8 Username and Password not accepted').provider).toBe('gmail');
  });
});

describe('unknown recipients are a specific match', () => {
  it.each([
    '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in local recipient table",
    '550 5.1.1 The email account that you tried to reach does not exist.',
  ])('%s', (text) => {
    const r = explain(text);
    expect(r.category).toBe('RECIPIENT_REJECTED');
    expect(r.match).toBe('specific');
  });
});

describe('a paste cut at the limit', () => {
  const big = '535 5.7.8 auth failed\n'.repeat(Math.ceil((MAX_INPUT * 5) / 22));
  it('explains the last whole line, not the cut one', () => {
    const r = explain(big);
    expect(r.evidence).toBe('535 5.7.8 auth failed');
    expect(r.reply?.enhanced).toBe('5.7.8');
  });
  it('the library told the text was cut (CLI read exactly the limit) drops the partial line too', () => {
    const cut = big.slice(0, MAX_INPUT);
    expect(explain(cut, { truncated: true }).evidence).toBe('535 5.7.8 auth failed');
  });
  it('the JSON echoes a bounded text and says it was cut', () => {
    const log = `${'connecting to the mail server\n'.repeat(20_000)}Error: connect ECONNREFUSED 127.0.0.1:587\n`;
    for (const text of [big, log]) {
      const json = JSON.parse(renderExplainJson(explain(text), 'en')) as { finding: { text: string; textCut?: boolean } };
      expect(json.finding.text.length).toBeLessThanOrEqual(8192);
    }
    const json = JSON.parse(renderExplainJson(explain(log), 'en')) as { finding: { text: string; textCut?: boolean } };
    expect(json.finding.textCut).toBe(true);
  });
});

describe("a provider's own 535 wording names the provider and its advice", () => {
  it.each([
    ['535 Authentication failed: The provided authorization grant is invalid, expired, or revoked', 'sendgrid', 'hint.sendgrid.apikey'],
    ['535 5.7.1 Username and Password not accepted - nsmtp', 'naver', 'hint.naver.enable-smtp'],
    ['535 Authentication Credentials Invalid', 'ses', 'hint.ses.smtp-credentials'],
  ])('%s', (text, provider, hint) => {
    const r = explain(text);
    expect(r.provider).toBe(provider);
    expect(r.category).toBe('WRONG_CREDENTIALS');
    expect(r.rule).toMatch(new RegExp(`^${provider}\\.`));
    expect(r.hints.map((h) => h.key)).toContain(hint);
  });
});

describe("explain's neutral wordings: no other stack's code, no transcript it does not have", () => {
  const dotnet =
    'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the ' +
    'transport connection: net_io_connectionclosed.';
  it.each(['en', 'ko'] as const)('.NET net_io_connectionclosed (%s)', (lang) => {
    const r = explain(dotnet);
    const out = renderExplainHuman(r, lang, false);
    expect(out).not.toMatch(/ECONNECTION|transcript|대화 기록/i);
    expect(out).not.toContain(lang === 'en' ? 'Only the reply code class' : '응답 코드의 종류');
    expect(r.hints.map((h) => h.key)).toContain('stack.dotnet.closed');
    expect(out).toMatch(/465/);
  });
  it('a stack code is a parameter only when the text prints it', () => {
    expect(explain("Error: Connection closed unexpectedly\n  code: 'ECONNECTION', command: 'CONN'").cause.params?.code).toBe('ECONNECTION');
    expect(explain(dotnet).cause.params?.code).toBeUndefined();
  });
  it('the reply-class disclaimer still shows when a reply code was found', () => {
    const r = explain('550 5.7.99 something odd');
    expect(r.match).toBe('generic');
    expect(renderExplainHuman(r, 'en', false)).toContain('Only the reply code class');
  });
});

describe('every wording explain can pick', () => {
  it.each(['en', 'ko'] as const)('speaks of no transcript it does not have (%s)', (lang) => {
    const key = (k: string): string => (hasKey(`${k}.explain`) ? `${k}.explain` : k);
    for (const r of RULES) {
      for (const part of ['cause', 'fix']) {
        const s = t(lang, key(`${r.msg}.${part}`), {});
        expect(s.replace(/--transcript/g, ''), `${r.id} ${part}`).not.toMatch(/transcript|대화 기록/i);
      }
    }
  });
});

describe("Symfony's quoted replies end at their closing quote", () => {
  const auth = (m: string, c: number): string =>
    `Authenticator "${m}" returned "Expected response code "${c}" but got code "535", with message ` +
    '"535 5.7.8 Error: authentication failed: authentication failure".".';
  const text =
    'local.ERROR: Failed to authenticate on SMTP server with username "app@example.com" using the following ' +
    `authenticators: "LOGIN", "PLAIN". ${auth('LOGIN', 250)} ${auth('PLAIN', 235)} {"exception":"[object] ` +
    '(Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 535): at ' +
    '/var/www/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php:247)"}';
  it('the quoted server reply is the message alone, and a source file is not a host', () => {
    const r = explain(text);
    expect(r.cause.params?.reply).toBe('535 5.7.8 Error: authentication failed: authentication failure');
    expect(r.cause.params?.host).toBeUndefined();
    expect(renderExplainHuman(r, 'en', false)).not.toMatch(/Cause:.*(EsmtpTransport|Authenticator "PLAIN")/);
  });
});

describe('Go net/smtp and Korean Windows socket errors are recognised', () => {
  it.each([
    ["smtp: server doesn't support AUTH", 'AUTH_MECHANISM_UNSUPPORTED'],
    // WSAECONNREFUSED, WSAETIMEDOUT, WSAHOST_NOT_FOUND, WSAECONNRESET, WSAECONNABORTED as a Korean Windows prints them
    ['System.Net.Sockets.SocketException (10061): 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다. 127.0.0.1:25', 'CONNECTION_REFUSED'],
    [
      'System.Net.Sockets.SocketException: 연결된 구성원으로부터 응답이 없어 연결하지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다',
      'CONNECTION_TIMEOUT',
    ],
    ['System.Net.Sockets.SocketException (11001): 알려진 호스트가 없습니다.', 'DNS_FAILURE'],
    ['System.IO.IOException: 전송 연결에서 데이터를 읽을 수 없습니다: 현재 연결은 원격 호스트에 의해 강제로 끊겼습니다.', 'PROTOCOL_ERROR'],
    ['System.Net.Sockets.SocketException (10053): 현재 연결은 사용자의 호스트 시스템의 소프트웨어의 의해 중단되었습니다.', 'PROTOCOL_ERROR'],
  ])('%s', (text, category) => {
    const r = explain(text);
    expect(r.category).toBe(category);
    expect(r.match).not.toBe('none');
  });
});
