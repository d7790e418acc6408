/**
 * The small mail site several tests share: the test CA, a STARTTLS + AUTH server with one user
 * (me@example.com) on 127.0.0.1, and a DNS server whose example.test MX is that address (plus any zones given).
 */
import { createTestPki } from './certs.js';
import { startDnsServer, type DnsServer, type Zone } from './dns-server.js';
import { startSmtpServer, type RunningServer } from './smtp-servers.js';

export interface MailSite {
  ok: RunningServer;
  dns: DnsServer;
  caFile: string;
}

export async function startMailSite(password: string, zones: Zone = {}): Promise<MailSite> {
  const caFile = (await createTestPki()).caFile;
  const ok = await startSmtpServer({ personality: 'starttls-auth', users: { 'me@example.com': password } });
  const dns = await startDnsServer({
    'example.test': { MX: [{ exchange: 'mx.example.test', priority: 10 }] },
    'mx.example.test': { A: ['127.0.0.1'] },
    ...zones,
  });
  return { ok, dns, caFile };
}
