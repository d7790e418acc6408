/**
 * What the help pages list, as tables: which group each option is shown under, which group each command,
 * the examples, the environment variables. Applied by help.ts after every option has been added; an option
 * missing here is shown under commander's plain "Options:" and fails test/help.test.ts.
 */

import { SMTP_SETTING_NAMES } from '../config/formats/env.js';

export const GROUP_ORDER = [
  'server', 'network', 'login', 'oauth', 'message', 'tls', 'sources', 'input', 'sandbox',
  'output', 'monitoring', 'ci', 'general',
] as const;
export type GroupId = (typeof GROUP_ORDER)[number];

/** Every long option of every command -> its group (catalog `help.group.<id>`). */
export const OPTION_GROUP: Readonly<Record<string, GroupId>> = {
  '--host': 'server', '--provider': 'server', '--port': 'server', '--security': 'server', '--helo': 'server',
  '--family': 'server', '--timeout': 'server', '--ports': 'server',
  '--dns-server': 'network', '--proxy': 'network', '--no-proxy': 'network', '--proxy-password-env': 'network',
  '--user': 'login', '--password-env': 'login', '--password-file': 'login', '--password-stdin': 'login',
  '--password': 'login', '--auth-method': 'login',
  '--oauth2-token-env': 'oauth', '--oauth2-token-file': 'oauth', '--oauth2-token-stdin': 'oauth',
  '--oauth2-token-url': 'oauth', '--oauth2-tenant': 'oauth', '--oauth2-client-id': 'oauth',
  '--oauth2-client-secret-env': 'oauth', '--oauth2-client-secret-file': 'oauth',
  '--oauth2-refresh-token-env': 'oauth', '--oauth2-refresh-token-file': 'oauth', '--oauth2-scope': 'oauth',
  '--from': 'message', '--to': 'message', '--no-data': 'message',
  '--ca': 'tls', '--insecure': 'tls', '--tls-servername': 'tls', '--allow-plaintext-auth': 'tls',
  '--config': 'sources', '--env-file': 'sources', '--from-env': 'sources', '--url': 'sources',
  '--file': 'input',
  '--json': 'output', '--transcript': 'output', '--lang': 'output', '--no-color': 'output', '--junit': 'output',
  '--report': 'output', '--share': 'output', '--emit': 'output', '--format': 'output',
  '--warning': 'monitoring', '--critical': 'monitoring', '--cert-warning': 'monitoring',
  '--cert-critical': 'monitoring', '--output': 'monitoring',
  '--expect': 'ci', '--targets': 'ci', '--concurrency': 'ci', '--deadline': 'ci', '--grace': 'ci',
  '--no-probe': 'ci', '--lint-only': 'ci',
  '--help': 'general', '--version': 'general',
};

/** Where an option means something else on one command (serve's --port is its own listening port). */
export const COMMAND_OPTION_GROUP: Readonly<Record<string, Readonly<Record<string, GroupId>>>> = {
  serve: {
    '--listen': 'sandbox', '--port': 'sandbox', '--tls-port': 'sandbox', '--auth': 'sandbox',
    '--auth-password-env': 'sandbox', '--require-starttls': 'sandbox', '--maildir': 'sandbox',
    '--persona': 'sandbox', '--list-personas': 'sandbox', '--oauth2': 'sandbox', '--oauth2-port': 'sandbox',
  },
};

export type CommandGroupId = 'diagnose' | 'offline' | 'sandbox' | 'shell';

/** Every command -> its group in the top-level help (catalog `help.cmds.<id>`). */
export const COMMAND_GROUP: Readonly<Record<string, CommandGroupId>> = {
  check: 'diagnose', wizard: 'diagnose', probe: 'diagnose', mx: 'diagnose',
  explain: 'offline', providers: 'offline',
  serve: 'sandbox', demo: 'sandbox',
  help: 'shell', completion: 'shell',
};

/** Examples per command: the command lines; their captions are `help.ex.<command>.<n>` (1-based). */
export const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  check: [
    'smtp-doctor check --provider gmail --user me@gmail.com --password-env SMTP_PASSWORD ' +
      '--from me@gmail.com --to me@gmail.com',
    'smtp-doctor check --host smtp.example.com --port 465 --security tls --json',
    'smtp-doctor check --env-file .env --expect tls=starttls auth=ok cert-days=30 --junit smtp.xml',
  ],
  wizard: ['smtp-doctor wizard', 'smtp-doctor wizard --env-file .env'],
  probe: ['smtp-doctor probe smtp.example.com', 'smtp-doctor probe smtp.example.com --ports 465,587 --json'],
  mx: ['smtp-doctor mx example.com', 'smtp-doctor mx example.com --dns-server 1.1.1.1 --json'],
  explain: [
    'smtp-doctor explain "535-5.7.8 Username and Password not accepted"',
    'smtp-doctor explain --file app.log --lang ko',
    'tail -n 50 app.log | smtp-doctor explain --json',
  ],
  providers: ['smtp-doctor providers', 'smtp-doctor providers --json'],
  serve: [
    'smtp-doctor serve',
    'smtp-doctor serve --require-starttls --auth tester --maildir ./mail',
    'smtp-doctor serve --persona gmail-app-password',
  ],
  demo: ['smtp-doctor demo', 'smtp-doctor demo --transcript --lang ko'],
  completion: [
    'smtp-doctor completion bash > ~/.local/share/bash-completion/completions/smtp-doctor',
    'smtp-doctor completion zsh > "${fpath[1]}/_smtp-doctor"',
    'smtp-doctor completion fish > ~/.config/fish/completions/smtp-doctor.fish',
  ],
  help: ['smtp-doctor help check', 'smtp-doctor help check --lang ko'],
};

/** The environment variables smtp-doctor reads -> `help.env.<key>`. */
export const ENV_VARS: ReadonlyArray<readonly [names: string, key: string]> = [
  // Exactly the SMTP_* names --from-env and --env-file read (their table in src/config).
  [SMTP_SETTING_NAMES.join(', '), 'settings'],
  ['SMTP_DOCTOR_PROXY, ALL_PROXY, all_proxy', 'proxy'],
  ['NO_PROXY, no_proxy', 'no-proxy'],
  ['NODE_EXTRA_CA_CERTS', 'extra-ca'],
  ['NO_COLOR', 'no-color'],
  ['FORCE_COLOR', 'force-color'],
  ['TERM', 'term'],
  ['LC_ALL, LC_MESSAGES, LANG', 'lang'],
  ['GITHUB_ACTIONS, GITHUB_STEP_SUMMARY', 'github'],
  ['SMTP_DOCTOR_CONFIG_DIR, XDG_CONFIG_HOME', 'config-dir'],
  ['SMTP_DOCTOR_DEBUG', 'debug'],
];
