import { javaInsecure, javamailProps } from './javamail.js';
import { JAVA_INSECURE_NOTE, javaFamilyNote, propVal, type Ctx } from './shared.js';

/*
 * Spring Boot mail properties — https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail
 *   spring.mail.host, spring.mail.port, spring.mail.username, spring.mail.password,
 *   spring.mail.properties.* (any JavaMail property, see javamailProps), spring.mail.ssl.bundle.
 * SSL bundles (Spring Boot 3.1+) — https://docs.spring.io/spring-boot/reference/features/ssl.html
 *   spring.ssl.bundle.pem.<name>.truststore.certificate; "the STARTTLS command can use the
 *   corresponding SSLSocketFactory, even if mail.(protocol).ssl.enable is not set".
 * ${VAR} placeholders resolve against environment variables.
 */
interface SpringEntry {
  /** Path segments under the document root; the last one may contain dots (a JavaMail key). */
  path: string[];
  value: string | number | boolean;
  /** Comment text shown above the entry. */
  note?: string;
}

function springEntries(c: Ctx): SpringEntry[] {
  const e: SpringEntry[] = [];
  const mail = (k: string, value: SpringEntry['value'], note?: string): void => {
    e.push({ path: ['spring', 'mail', k], value, ...(note ? { note } : {}) });
  };
  mail('host', c.host);
  mail('port', c.port);
  if (c.user) {
    mail('username', c.user);
    mail('password', `\${${c.env}}`, `read from the ${c.env} environment variable, never written here`);
  }
  if (c.ca) mail('ssl.bundle', 'smtp-ca');
  for (const [k, v] of javamailProps(c)) {
    e.push({ path: ['spring', 'mail', 'properties', k], value: v === 'true' ? true : v === 'false' ? false : v });
  }
  javaInsecure(c).forEach(([k, v], i) => {
    e.push({
      path: ['spring', 'mail', 'properties', k],
      value: v === 'false' ? false : v,
      ...(i === 0 ? { note: JAVA_INSECURE_NOTE } : {}),
    });
  });
  if (c.ca) {
    e.push({
      path: ['spring', 'ssl', 'bundle', 'pem', 'smtp-ca', 'truststore', 'certificate'],
      value: `file:${c.ca}`,
      note: 'the extra CA (Spring Boot 3.1+ SSL bundle); it replaces the JVM default trust store for mail',
    });
  }
  return e;
}

export function springProperties(c: Ctx): string {
  const out = ['# application.properties — Spring Boot spring.mail.* (https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail)'];
  const fam = javaFamilyNote(c);
  if (fam) out.push(`# ${fam}`);
  for (const en of springEntries(c)) {
    if (en.note) out.push(`# ${en.note}`);
    out.push(`${en.path.join('.')}=${typeof en.value === 'string' ? propVal(en.value) : String(en.value)}`);
  }
  return out.join('\n') + '\n';
}

/** YAML scalar: JSON strings are valid YAML double-quoted scalars. */
function yamlScalar(v: SpringEntry['value']): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

export function springYaml(c: Ctx): string {
  interface Node {
    children: Map<string, Node>;
    value?: SpringEntry['value'];
    note?: string;
  }
  const root: Node = { children: new Map() };
  for (const en of springEntries(c)) {
    // `spring.mail.ssl.bundle` nests like any other key; JavaMail keys under `properties` stay
    // flat (`mail.smtp.auth` and `mail.smtp.auth.mechanisms` cannot both be YAML maps).
    const segs = en.path[2] === 'properties' ? en.path : en.path.flatMap((p) => p.split('.'));
    let n = root;
    for (const seg of segs) {
      let next = n.children.get(seg);
      if (!next) {
        next = { children: new Map() };
        n.children.set(seg, next);
      }
      n = next;
    }
    n.value = en.value;
    if (en.note) n.note = en.note;
  }
  const lines = ['# application.yml — Spring Boot spring.mail.* (https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail)'];
  const fam = javaFamilyNote(c);
  if (fam) lines.push(`# ${fam}`);
  const walk = (n: Node, depth: number): void => {
    for (const [k, child] of n.children) {
      const pad = '  '.repeat(depth);
      if (child.note) lines.push(`${pad}# ${child.note}`);
      if (child.value !== undefined) lines.push(`${pad}${k}: ${yamlScalar(child.value)}`);
      else {
        lines.push(`${pad}${k}:`);
        walk(child, depth + 1);
      }
    }
  };
  walk(root, 0);
  return lines.join('\n') + '\n';
}
