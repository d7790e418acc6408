import type { ImportedSettings, ImportFormat } from '../types.js';
import { type MailEntry, applyJavaMail, javaMailUnknown, parseProperties, placeholderName, propertyLookup } from './javamail.js';
import { Collector, fileOrigin, parsePort, resolvePlaceholders } from './shared.js';

/** One property as a Spring source states it: spring.mail.port, spring.mail.properties[mail.smtp.auth] ... */
export interface SpringEntry {
  written: string;
  value: string;
  line?: number;
}

/** spring.mail.* (Spring Boot MailProperties), in relaxed form (lower case, no - or _). */
const SPRING_MAIL = ['host', 'port', 'username', 'password', 'protocol', 'default-encoding', 'jndi-name', 'test-connection', 'properties'] as const;
const SPRING_KNOWN = SPRING_MAIL.map((k) => `spring.mail.${k}`);
const relaxed = (s: string): string => s.toLowerCase().replace(/[-_]/g, '');
const SPRING_RELAXED = new Map(SPRING_MAIL.map((k) => [relaxed(k), k]));

/** spring.mail.properties[mail.smtp.auth] -> spring.mail.properties.mail.smtp.auth */
export function canonicalSpringKey(written: string): string {
  return written.replace(/\[([^\]]*)\]/g, '.$1').replace(/\.{2,}/g, '.').replace(/^\./, '');
}

/**
 * Spring's mail settings to imported settings. spring.mail.host/port/username/password win
 * over the JavaMail session properties under spring.mail.properties.*, as JavaMailSenderImpl does.
 */
export function applySpring(format: ImportFormat, entries: SpringEntry[], file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  const c = new Collector(format);
  // Later definitions of the same key win (as in a properties file or a later YAML document).
  const byKey = new Map<string, SpringEntry & { canon: string }>();
  for (const e of entries) {
    const canon = canonicalSpringKey(e.written);
    byKey.set(canon.toLowerCase(), { ...e, canon });
  }
  const lookup = propertyLookup(env, new Map([...byKey.values()].map((e) => [e.canon, e.value])));
  const resolve = (e: SpringEntry): string | undefined => resolvePlaceholders(e.value, lookup, (name) => c.missing(name, e.written, e.line)).value;

  const top = new Map<string, SpringEntry & { v: string | undefined }>();
  const mail: MailEntry[] = [];
  for (const e of byKey.values()) {
    const lc = e.canon.toLowerCase();
    if (!lc.startsWith('spring.mail.')) continue;
    const rest = e.canon.slice('spring.mail.'.length);
    if (lc.startsWith('spring.mail.properties.')) {
      const prop = rest.slice('properties.'.length);
      const entry: MailEntry = { key: prop.toLowerCase(), written: e.written, value: resolve(e), raw: e.value };
      if (e.line !== undefined) entry.line = e.line;
      mail.push(entry);
      if (/^smtps?\./i.test(prop)) c.unknown(e.written, e.line, [], `spring.mail.properties.mail.${prop}`);
      continue;
    }
    const name = SPRING_RELAXED.get(relaxed(rest));
    if (name) {
      top.set(name, { ...e, v: resolve(e) });
      continue;
    }
    // Common slips: spring.mail.user, spring.mail.smtp.auth (belongs under properties.mail.smtp).
    const hint = /^user$/i.test(rest)
      ? 'spring.mail.username'
      : /^pass(wd)?$/i.test(rest)
        ? 'spring.mail.password'
        : /^(mail\.)?smtps?\./i.test(rest)
          ? `spring.mail.properties.${rest.replace(/^mail\./i, '').replace(/^/, 'mail.')}`
          : undefined;
    c.unknown(e.written, e.line, SPRING_KNOWN, hint);
  }

  const o = (e: SpringEntry): ReturnType<typeof fileOrigin> => fileOrigin(file, e.line, e.written);
  const host = top.get('host');
  if (host?.v?.trim()) c.set('host', host.v.trim(), o(host));
  const port = top.get('port');
  const p = port?.v !== undefined ? parsePort(port.v) : undefined;
  if (port && p !== undefined) c.set('port', p, o(port));
  const user = top.get('username');
  if (user?.v) c.set('user', user.v, o(user));
  const pass = top.get('password');
  if (pass) {
    const env = placeholderName(pass.value);
    if (env) c.set('passwordEnv', env, o(pass));
    if (pass.v !== undefined) c.password(pass.v, o(pass));
  }
  const protocol = top.get('protocol');
  if (protocol?.v?.trim().toLowerCase() === 'smtps') c.set('implicitTls', true, o(protocol));

  applyJavaMail(c, mail, file, protocol?.v);
  javaMailUnknown(c, mail, 'spring.mail.properties.');
  return c.s;
}

export function importSpringProperties(text: string, file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  const entries = parseProperties(text).map((p) => ({ written: p.key, value: p.value, line: p.line }));
  return applySpring('spring-properties', entries, file, env);
}
