import { describeOrigin } from '../config/merge.js';
import type { ImportedSettings, Sourced } from '../config/types.js';
import type { CheckOptions } from '../core/options.js';
import type { Lint } from './credentials.js';

/** Cloud and PaaS runtimes that block or throttle outbound port 25 by default. */
const CLOUD_ENV = ['AWS_EXECUTION_ENV', 'AWS_REGION', 'ECS_CONTAINER_METADATA_URI', 'K_SERVICE', 'GOOGLE_CLOUD_PROJECT', 'GAE_ENV', 'WEBSITE_SITE_NAME', 'FLY_APP_NAME', 'DYNO', 'RENDER', 'RAILWAY_ENVIRONMENT', 'VERCEL', 'KUBERNETES_SERVICE_HOST'];

/** Unknown keys named one by one per file; the rest are counted in one lint. */
export const MAX_UNKNOWN_KEY_LINTS = 20;

const where = (s: Sourced<unknown>): string => describeOrigin(s.origin);

/**
 * Settings that contradict each other or the port, named in the source's own keys. These
 * are hypotheses: the check still runs and says whether the server agrees.
 */
export function lintContradictions(imports: ImportedSettings[], o: CheckOptions, env: NodeJS.ProcessEnv): Lint[] {
  const out: Lint[] = [];
  for (const s of imports) {
    const port = s.port?.value ?? o.port;
    const imp = s.implicitTls?.value === true ? s.implicitTls : undefined;
    const st = s.starttls?.value === true ? s.starttls : s.starttlsRequired?.value === true ? s.starttlsRequired : undefined;
    if (imp && st) {
      out.push({ id: 'tls-and-starttls', severity: 'error', field: 'security', category: 'TLS_MODE_MISMATCH', msg: { key: 'lint.tls-and-starttls', params: { implicit: where(imp), starttls: where(st), port } } });
      if (s.format === 'rails') {
        const params = { implicit: where(imp), starttls: where(st) };
        out.push({ id: 'rails-tls-wins', severity: 'warning', field: 'security', msg: { key: 'lint.rails-tls-wins', params } });
      }
    } else if (st && port === 465) {
      out.push({ id: 'starttls-on-465', severity: 'error', field: 'security', category: 'TLS_MODE_MISMATCH', msg: { key: 'lint.starttls-on-465', params: { starttls: where(st) } } });
    } else if (imp && (port === 587 || port === 25)) {
      out.push({ id: 'tls-on-submission-port', severity: 'error', field: 'security', category: 'TLS_MODE_MISMATCH', msg: { key: 'lint.tls-on-587', params: { implicit: where(imp), port } } });
    }
    if (s.insecure?.value === true) out.push({ id: 'source-insecure', severity: 'warning', field: 'security', msg: { key: 'lint.source-insecure', params: { where: where(s.insecure) } } });
    for (const u of s.unknownKeys.slice(0, MAX_UNKNOWN_KEY_LINTS)) {
      out.push({ id: 'unknown-key', severity: 'warning', field: 'host', msg: { key: u.suggestion ? 'lint.unknown-key-suggest' : 'lint.unknown-key', params: { key: u.key, line: u.line ?? '?', suggestion: u.suggestion ?? '' } } });
    }
    const more = s.unknownKeys.length - MAX_UNKNOWN_KEY_LINTS;
    if (more > 0) {
      const msg = { key: 'lint.unknown-keys-more', params: { count: more } };
      out.push({ id: 'unknown-keys-more', severity: 'warning', field: 'host', msg });
    }
    for (const m of s.missingEnv) {
      const l: Lint = { id: 'missing-env', severity: 'error', field: 'password', msg: { key: 'lint.missing-env', params: { name: m.name, key: m.key, line: m.line ?? '?' } } };
      if (/pass/i.test(m.key)) l.category = 'MISSING_CREDENTIALS';
      out.push(l);
    }
  }
  // The flags (or a file's port with the --security flag) contradict the port: the same lints, named by the flag.
  if (!out.some((l) => l.field === 'security' && l.category === 'TLS_MODE_MISMATCH')) out.push(...flagModeLints(o));
  if (o.port === 25 && o.user !== undefined) {
    const cloud = CLOUD_ENV.find((k) => env[k]);
    if (cloud) out.push({ id: 'port25-credentials-cloud', severity: 'warning', field: 'port', category: 'CONNECTION_TIMEOUT', msg: { key: 'lint.port25-cloud', params: { env: cloud } } });
    else out.push({ id: 'port25-credentials', severity: 'warning', field: 'port', msg: { key: 'lint.port25-credentials' } });
  }
  return out;
}

/** --security starttls on 465, --security tls on 587 or 25. */
function flagModeLints(o: CheckOptions): Lint[] {
  const flag = `--security ${o.security}`;
  if (o.security === 'starttls' && o.port === 465) {
    const msg = { key: 'lint.starttls-on-465', params: { starttls: flag } };
    return [{ id: 'starttls-on-465', severity: 'error', field: 'security', category: 'TLS_MODE_MISMATCH', msg }];
  }
  if (o.security === 'tls' && (o.port === 587 || o.port === 25)) {
    const msg = { key: 'lint.tls-on-587', params: { implicit: flag, port: o.port } };
    return [{ id: 'tls-on-submission-port', severity: 'error', field: 'security', category: 'TLS_MODE_MISMATCH', msg }];
  }
  return [];
}
