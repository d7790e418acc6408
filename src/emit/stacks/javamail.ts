import { JAVA_INSECURE_NOTE, javaFamilyNote, javaStr, propVal, type Ctx } from './shared.js';

/*
 * Jakarta Mail (JavaMail) SMTP provider properties —
 * https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary.html and
 * the provider's list (com.sun.mail.smtp / org.eclipse.angus.mail.smtp package summary):
 *   mail.smtp.host, mail.smtp.port, mail.smtp.user, mail.smtp.auth, mail.smtp.auth.mechanisms,
 *   mail.smtp.starttls.enable, mail.smtp.starttls.required, mail.smtp.ssl.enable (implicit TLS),
 *   mail.smtp.ssl.trust ("*" trusts every certificate), mail.smtp.ssl.checkserveridentity,
 *   mail.smtp.from (envelope sender), mail.smtp.localhost (EHLO name).
 */
export function javamailProps(c: Ctx): Array<[string, string]> {
  const p: Array<[string, string]> = [];
  p.push(['mail.smtp.auth', c.user ? 'true' : 'false']);
  if (c.user && c.auth) p.push(['mail.smtp.auth.mechanisms', c.auth]);
  if (c.starttls) {
    p.push(['mail.smtp.starttls.enable', 'true']);
    p.push(['mail.smtp.starttls.required', 'true']);
  }
  if (c.implicit) p.push(['mail.smtp.ssl.enable', 'true']);
  if (c.helo) p.push(['mail.smtp.localhost', c.helo]);
  if (c.from) p.push(['mail.smtp.from', c.from]);
  return p;
}

/** The two insecure keys, preceded by their warning (JAVA_INSECURE_NOTE as a comment). */
export function javaInsecure(c: Ctx): Array<[string, string]> {
  return c.insecure
    ? [
        ['mail.smtp.ssl.trust', '*'],
        ['mail.smtp.ssl.checkserveridentity', 'false'],
      ]
    : [];
}

export function javamail(c: Ctx): string {
  const out = [
    '# Jakarta Mail / JavaMail session properties (SMTP provider: ' +
    'https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary.html)',
    `mail.smtp.host=${propVal(c.host)}`,
    `mail.smtp.port=${c.port}`,
  ];
  if (c.user) out.push(`mail.smtp.user=${propVal(c.user)}`);
  for (const [k, v] of javamailProps(c)) out.push(`${k}=${propVal(v)}`);
  const insecure = javaInsecure(c);
  if (insecure.length) {
    out.push(`# ${JAVA_INSECURE_NOTE}`);
    for (const [k, v] of insecure) out.push(`${k}=${v}`);
  }
  if (c.ca) {
    out.push(
      `# the extra CA ${c.ca}: JavaMail reads trust from the JVM; import it into a trust store and start the JVM with it`,
      `#   keytool -importcert -noprompt -alias smtp-ca -file ${c.ca} -keystore smtp-ca.p12 -storetype PKCS12 -storepass changeit`,
      '#   java -Djavax.net.ssl.trustStore=smtp-ca.p12 -Djavax.net.ssl.trustStorePassword=changeit …   (replaces ' +
      'the default cacerts)',
    );
  }
  const fam = javaFamilyNote(c);
  if (fam) out.push(`# ${fam}`);
  out.push('#', '# Properties props = new Properties();  // the lines above');
  if (c.user) {
    out.push(
      '# Session session = Session.getInstance(props, new Authenticator() {',
      '#     @Override protected PasswordAuthentication getPasswordAuthentication() {',
      `#         return new PasswordAuthentication(${javaStr(c.user)}, System.getenv(${javaStr(c.env)}));`,
      '#     }',
      '# });',
    );
  } else {
    out.push('# Session session = Session.getInstance(props);  // no AUTH');
  }
  return out.join('\n') + '\n';
}
