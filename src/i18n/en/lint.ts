/** Checks of the given settings, before connecting; and the provider presets. */
export const enLint = {
  'lint.title': 'Before connecting',
  'lint.password-env-empty':
    'The environment variable {name} is unset or empty, so there is no password to send (MISSING_CREDENTIALS). Set ' +
    'it, e.g. export {name}=..., or use --password-file.',
  'lint.password-empty': 'A user name is given but the password is empty (MISSING_CREDENTIALS).',
  'lint.password-newline':
    'The password contains a line break, usually pasted or read from a file with an extra line. Remove it: servers ' +
    'compare it byte for byte.',
  'lint.password-whitespace': 'The password starts or ends with a space. If that is not part of the real password, remove it.',
  'lint.app-password-spaces':
    'This looks like a Google app password copied with its spaces ("xxxx xxxx xxxx xxxx"). Enter the 16 letters ' +
    'without spaces.',
  'lint.user-whitespace': 'The user name starts or ends with a space; remove it.',
  'lint.ses-iam-secret':
    'This looks like an IAM secret access key (40 characters). Amazon SES wants SMTP credentials: create them in ' +
    'the SES console (SMTP settings) for this region, or derive the SMTP password from the secret key; the IAM ' +
    'secret itself is rejected with 535.',
  'lint.ses-user-shape':
    'Amazon SES SMTP user names look like an access key id (AKIA... , 20 characters). Use the SMTP user name shown ' +
    'when the SMTP credentials were created.',
  'lint.sendgrid-user': 'SendGrid\'s SMTP user name is literally "apikey", not "{user}"; the password is the API key.',
  'lint.sendgrid-key': 'SendGrid API keys start with "SG.". Use an API key with "Mail Send" permission as the password.',
  'lint.user-without-domain': 'This provider expects the full e-mail address as the user name, not "{user}".',
  'lint.bare-domain-host':
    '"{host}" is a mail domain, not the SMTP server. The provider\'s submission server is {suggestion} (port ' +
    '{port}); try --provider or --host {suggestion}.',
  'err.explain-empty': 'nothing to explain: give the error text as an argument, with --file, or on standard input',
  'warn.explain-cut': 'The text is longer than {size}: only its first {size} were read and explained.',
  'err.explain-file': 'cannot read --file {path}: {reason}',
  'lint.tls-and-starttls':
    'Both implicit TLS ({implicit}) and STARTTLS ({starttls}) are switched on. They exclude each other: port {port} ' +
    'speaks one of them. Keep implicit TLS for 465 and STARTTLS for 587, and switch the other one off.',
  'lint.none': 'No contradictions or credential problems found in these settings.',
  'lint.starttls-on-465':
    'Port 465 with STARTTLS ({starttls}) and no implicit TLS: 465 speaks TLS from the first byte. Switch on ' +
    'implicit TLS (Spring mail.smtp.ssl.enable=true, nodemailer secure: true, Rails tls: true, Django ' +
    'EMAIL_USE_SSL=True) or use port 587 with STARTTLS.',
  'lint.tls-on-587':
    'Implicit TLS ({implicit}) on port {port}: that port speaks plain SMTP with STARTTLS. Switch implicit TLS off ' +
    'and STARTTLS on, or use port 465.',
  'lint.source-insecure':
    'Certificate checks are switched off in the settings ({where}). smtp-doctor still verifies; the application ' +
    'would accept any certificate.',
  'lint.unknown-key': 'Unknown key {key} (line {line}): it has no effect.',
  'lint.unknown-key-suggest': 'Unknown key {key} (line {line}): did you mean {suggestion}? As written it has no effect.',
  'lint.unknown-keys-more':
    'And {count} more unknown keys in the same file, not listed one by one: none of them has an effect.',
  'lint.missing-env': '{key} (line {line}) refers to the environment variable {name}, which is not set.',
  'lint.port25-cloud':
    'Port 25 with credentials on a cloud host ({env} is set): outbound 25 is usually blocked there, and 25 is for ' +
    'server-to-server mail. Use 587 or 465.',
  'lint.port25-credentials':
    'Port 25 is for server-to-server mail; for logging in and sending use the submission port 587 (STARTTLS) or 465 ' +
    '(implicit TLS).',
  'preset.unknown': 'unknown --provider "{value}"; did you mean {suggestions}? (smtp-doctor providers lists them)',
  'preset.list-header': 'Providers known to --provider (host, port, security):',
  'preset.origin-own': 'added by smtp-doctor',
} as const;
