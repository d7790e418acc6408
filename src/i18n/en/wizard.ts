/** The wizard, the settings sources and --emit. */
export const enWizard = {
  'wizard.provider': 'Which provider?',
  'wizard.provider-other': 'Other (type the server name)',
  'wizard.host': 'SMTP server (host name)',
  'wizard.port': 'Port',
  'wizard.security': 'Encryption',
  'wizard.security.starttls': 'STARTTLS',
  'wizard.security.starttls.desc': 'Plain connection upgraded with STARTTLS before login (usually port 587).',
  'wizard.security.tls': 'Implicit TLS',
  'wizard.security.tls.desc': 'TLS from the first byte, called SSL in many settings (usually port 465).',
  'wizard.security.none': 'None',
  'wizard.security.none.desc': 'No encryption: only for a trusted internal relay; credentials are not sent.',
  'wizard.security.auto': 'Auto',
  'wizard.security.auto.desc': 'Implicit TLS on 465, otherwise STARTTLS whenever the server offers it.',
  'wizard.user': 'User name (empty: no login)',
  'wizard.send': 'Send a test message?',
  'wizard.from': 'Sender address (From)',
  'wizard.to': 'Recipient address (To)',
  'wizard.emit': 'Print the working settings for your stack?',
  'wizard.emit-none': 'No, thanks',
  'wizard.command': 'The same check without questions (for CI; set SMTP_PASSWORD in the environment):',
  'err.wizard-needs-tty': 'the wizard needs a terminal; give the settings as flags instead (see smtp-doctor check --help)',
  'ui.sources': 'Settings',
  'emit.header': 'Settings that worked, for {target}:',
  'emit.not-after-failure': '--emit prints settings only after a check that passed.',
  'err.bad-emit': 'invalid --emit "{value}": use one of {targets}',
  'err.config-read': 'cannot read {path}: {reason}',
  'config.too-large': '{path} is too large for a settings file ({size} bytes, limit {limit})',
  'config.binary': '{path} is not a text file',
  'config.empty': '{path} is empty',
  'config.unrecognised':
    '{path}: not a settings format smtp-doctor reads (application.yml/.properties, Rails environment file, ' +
    'settings.py, nodemailer JSON, JavaMail properties, .env)',
  'config.syntax': '{path}: cannot parse it as {format} (line {line})',
  'config.no-settings': '{path}: a {format} file, but without mail settings',
  'config.url-invalid': 'invalid --url: expected smtp://host:port or smtps://user@host:465',
  'config.url-scheme': 'invalid --url scheme "{scheme}": use smtp:// or smtps://',
  'ui.expect': 'expect',
  'err.targets-file': 'cannot use the targets file {path}: {reason}',
  'err.targets-secret':
    '{path}: target "{target}" has a password; give password_env (an environment variable name) instead, secrets do ' +
    'not belong in files',
  'err.targets-key': '{path}: target "{target}": unknown or invalid key "{key}"',
  'err.targets-duplicate': '{path}: two targets are named "{target}"',
  'err.bad-concurrency': 'invalid --concurrency "{value}": give a number from 1 to 64',
  'err.output-write': 'cannot write {path}: {reason}',
  'help.expect': 'assertions for smoke checks, e.g. tls=starttls auth=ok cert-days=30 (repeatable)',
  'help.junit': 'write a JUnit XML report to this file (one test case per step)',
  'help.report': 'write a redacted markdown report for a support ticket to this file',
  'help.share': 'print the redacted markdown report (to paste into a ticket)',
  'help.targets': 'check every endpoint listed in this YAML file',
  'help.concurrency': 'how many targets to check at once (default 4)',
  'note.local-ca': 'Trusting smtp-doctor\'s local sandbox CA ({path}) for this loopback server.',
  'ui.note': 'Note',
  'help.wizard': 'answer a few questions and check (the default on a terminal with no arguments)',
  'help.config':
    'read the settings from a file: application.yml/.properties, a Rails environment file, settings.py, nodemailer ' +
    'JSON, JavaMail properties or .env',
  'help.env-file': 'read SMTP_*, MAIL_* or EMAIL_* settings from this .env file',
  'help.from-env': 'read SMTP_*, MAIL_* or EMAIL_* settings from the environment',
  'help.url':
    'the settings as a URL: smtps://user@host:465 or smtp://host:587 (put the password in --password-env, not in ' +
    'the URL)',
  'help.emit':
    'after a check that passed, print the working settings for: nodemailer, spring-yaml, spring-properties, ' +
    'javamail, rails, python, django, laravel, phpmailer, dotenv, swaks',
  'help.lint-only': 'only look for contradictions in the settings; connect to nothing',
} as const;
