/**
 * The test MTA that `.ci/mta/setup.sh` starts (Postfix + Dovecot, and the OAuth listener), as the
 * integration suites see it: its env.json, whether CI makes it mandatory, and whether a port answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';

export interface MtaEnv {
  host: string;
  plainPort: number;
  submissionPort: number;
  smtpsPort: number;
  user: string;
  password: string;
  domain: string;
  localRecipient: string;
  unknownRecipient: string;
  caFile: string;
  maildir: string;
  oauthPort?: number;
  oauthIntrospectionPort?: number;
}

export const MTA_ENV_FILE = process.env.SMTP_DOCTOR_MTA_ENV ?? '/var/lib/smtp-doctor-mta/env.json';
/** CI=true makes the real-MTA suites fail instead of skipping when nothing answers. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** env.json, or undefined when the MTA was never set up on this machine. */
export function readMtaEnv(): MtaEnv | undefined {
  return existsSync(MTA_ENV_FILE) ? (JSON.parse(readFileSync(MTA_ENV_FILE, 'utf8')) as MtaEnv) : undefined;
}

/** Does something accept a TCP connection on 127.0.0.1:port within a second? */
export function portOpen(port: number | undefined): Promise<boolean> {
  if (!port) return Promise.resolve(false);
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1000, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}
