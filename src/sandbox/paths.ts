/**
 * Where smtp-doctor keeps its own state (the sandbox's local CA). Only paths: a check of a loopback
 * host reads the CA from here without loading the certificate library that creates it (./local-ca.ts).
 */
import os from 'node:os';
import path from 'node:path';

export const CA_FILE = 'ca.pem';

/** The directory smtp-doctor keeps its own state in (the local CA). */
export function configDir(env: NodeJS.ProcessEnv): string {
  const own = env.SMTP_DOCTOR_CONFIG_DIR?.trim();
  if (own) return path.resolve(own);
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME?.trim();
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'smtp-doctor');
  if (process.platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'smtp-doctor');
  const home = env.HOME?.trim() || os.homedir();
  return path.join(home, '.config', 'smtp-doctor');
}

/** Where the local CA certificate is (or will be); it may not exist yet. */
export function localCaPath(env: NodeJS.ProcessEnv): string {
  return path.join(configDir(env), CA_FILE);
}
