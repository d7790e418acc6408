/**
 * A tiny raw SMTP client for OAuth logins in tests: greeting, EHLO, STARTTLS, EHLO, AUTH
 * XOAUTH2 / OAUTHBEARER with the initial response, the client's answer to an error
 * challenge, optionally one message, QUIT. Records every reply with its timing.
 */
import net from 'node:net';
import tls from 'node:tls';
import { ReplyReader } from '../../src/smtp/line-reader.js';
import { challengeResponse, saslBlob, type OAuthMechanism } from '../../src/oauth/index.js';

export interface LoginReply {
  code: number;
  text: string;
  /** ms since AUTH was sent */
  ms: number;
}

export interface LoginResult {
  /** the EHLO AUTH line after TLS (e.g. "AUTH XOAUTH2 OAUTHBEARER") */
  authLine?: string;
  /** replies from AUTH on: [final] or [334 challenge, final] */
  auth: LoginReply[];
  /** the reply to DATA's end, when a message was sent */
  sent?: string;
}

export interface LoginOptions {
  host: string;
  port: number;
  ca: string[];
  mech: OAuthMechanism;
  user: string;
  token: string;
  /** send one message to this address after a 235 */
  sendTo?: string;
  /** a header line to put into the message (to find it in the maildir) */
  header?: string;
  timeoutMs?: number;
}

const codeOf = (r: string): number => Number(r.slice(0, 3));
const textOf = (r: string): string => r.split('\n').map((l) => l.slice(4)).join('\n');

export async function oauthLogin(o: LoginOptions): Promise<LoginResult> {
  const timeout = o.timeoutMs ?? 15_000;
  const plain = net.connect({ host: o.host, port: o.port });
  await new Promise<void>((resolve, reject) => {
    plain.once('connect', resolve);
    plain.once('error', reject);
  });
  let reader = new ReplyReader(plain);
  let sock: net.Socket | tls.TLSSocket = plain;
  const cmd = async (line: string): Promise<string> => {
    sock.write(`${line}\r\n`);
    return reader.reply(timeout);
  };
  try {
    await reader.reply(timeout);
    await cmd('EHLO client.smtp-doctor.test');
    const st = await cmd('STARTTLS');
    if (codeOf(st) !== 220) throw new Error(`STARTTLS refused: ${st}`);
    sock = tls.connect({ socket: plain, ca: o.ca, servername: 'localhost' });
    await new Promise<void>((resolve, reject) => {
      (sock as tls.TLSSocket).once('secureConnect', resolve);
      sock.once('error', reject);
    });
    reader = new ReplyReader(sock);
    const ehlo = await cmd('EHLO client.smtp-doctor.test');
    const authLine = ehlo
      .split('\n')
      .map((l) => l.slice(4))
      .find((l) => /^AUTH\b/i.test(l));
    const start = Date.now();
    const blob = Buffer.from(saslBlob(o.mech, o.user, o.token, o.host, o.port)).toString('base64');
    const auth: LoginReply[] = [];
    let r = await cmd(`AUTH ${o.mech} ${blob}`);
    auth.push({ code: codeOf(r), text: textOf(r), ms: Date.now() - start });
    if (codeOf(r) === 334) {
      r = await cmd(challengeResponse(o.mech));
      auth.push({ code: codeOf(r), text: textOf(r), ms: Date.now() - start });
    }
    const result: LoginResult = { ...(authLine ? { authLine } : {}), auth };
    if (o.sendTo && codeOf(r) === 235) {
      await cmd(`MAIL FROM:<${o.user}>`);
      await cmd(`RCPT TO:<${o.sendTo}>`);
      await cmd('DATA');
      const head = [`From: <${o.user}>`, `To: <${o.sendTo}>`, 'Subject: oauth test', ...(o.header ? [o.header] : [])];
      const msg = [...head, '', 'hello', '.'];
      result.sent = await cmd(msg.join('\r\n'));
    }
    await cmd('QUIT').catch(() => undefined);
    return result;
  } finally {
    sock.destroy();
    plain.destroy();
  }
}
