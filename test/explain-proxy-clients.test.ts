/**
 * explain of a pasted proxy error names the setting of the program that printed it (JavaMail properties,
 * PySocks, curl, the socks package, nodemailer), never smtp-doctor's own --proxy / SMTP_DOCTOR_PROXY.
 */
import { describe, expect, it } from 'vitest';
import { runBin } from './support/bin.js';

interface Doc {
  category?: string;
  fix: string;
  hints: string[];
}
const explain = async (text: string, lang = 'en'): Promise<Doc> => {
  const r = await runBin(['explain', text, '--json', '--lang', lang]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Doc;
};
const SMTP_DOCTOR_WORDS = /SMTP_DOCTOR_PROXY|--no-proxy|--proxy-password-env|smtp-doctor/;

describe('explain: a pasted proxy error is fixed in that program\'s proxy setting', () => {
  it.each([
    ['java.net.SocketException: Malformed reply from SOCKS server', 'mail.smtp.socks.host', 'mail.smtp.proxy.host'],
    ["java.net.SocketException: Can't connect to SOCKS proxy:Connection refused", 'mail.smtp.socks.port',
      'socksProxyHost'],
    ['socks.GeneralProxyError: Socket error: SOCKS5 proxy server sent invalid data', 'socks.set_default_proxy(',
      'socket.socket = socks.socksocket'],
    ['socks.SOCKS5AuthError: All offered SOCKS5 authentication methods were rejected', 'socks.set_default_proxy(',
      'username='],
    ["curl: (97) Can't complete SOCKS5 connection to smtp.example.com. (2)", '--socks5-hostname', 'ALL_PROXY'],
    ['SocksClientError: Socks5 proxy rejected connection - NotAllowed', 'SocksClient.createConnection({ proxy })',
      'type: 5'],
    ["Error: Socks5 Authentication failed\n    code: 'ESOCKET', command: 'CONN'", 'createTransport({ proxy })',
      'proxy_socks_module'],
  ])('%s', async (text, inFix, inHint) => {
    const d = await explain(text);
    expect(d.category).toBe('PROXY_FAILURE');
    expect(d.fix).toContain(inFix);
    expect(d.fix).not.toMatch(SMTP_DOCTOR_WORDS);
    expect(d.hints.join('\n')).toContain(inHint);
    const ko = await explain(text, 'ko');
    expect(ko.fix).toContain(inFix);
    expect(ko.fix).not.toMatch(SMTP_DOCTOR_WORDS);
  });

  it('no program recognised: the program\'s proxy setting, still no smtp-doctor flags', async () => {
    for (const text of ['SOCKS server general failure', 'Received invalid version in initial SOCKS5 response.']) {
      const d = await explain(text);
      expect(d.category).toBe('PROXY_FAILURE');
      expect(d.fix).toContain('the program\'s proxy setting');
      expect(d.fix).not.toMatch(SMTP_DOCTOR_WORDS);
      expect(d.fix).not.toMatch(/--proxy\b/);
    }
  });
});
