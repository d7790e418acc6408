import type { Rule } from '../../rule-types.js';
import { CHECKED } from './shared.js';

/**
 * Provider rules, part of PROVIDERS_RULES (../providers.ts, which keeps their order): self-hosted:
 * Postfix, Exim, Exchange on-premises.
 */
export const SELFHOSTED_RULES: Rule[] = [
  // ---------------------------------------------------------------- self-hosted: Postfix, Exim, Exchange on-premises
  {
    id: 'postfix.sasl-authentication-failed',
    category: 'WRONG_CREDENTIALS',
    when: { text: /SASL (?:LOGIN |PLAIN |CRAM-MD5 |DIGEST-MD5 )?authentication failed/i },
    msg: 'prov.postfix.sasl-failed',
    source: `https://www.postfix.org/SASL_README.html; Postfix smtpd log wording seen in public fail2ban/log-parser fixtures ("warning: unknown[...]: SASL LOGIN authentication failed: ...") ${CHECKED}`,
    examples: [
      { text: 'Sep 19 17:12:33 mx postfix/submission/smtpd[399]: warning: unknown[203.0.113.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6' },
      { text: 'warning: unknown[11.22.33.44]: SASL PLAIN authentication failed: authentication failure' },
    ],
  },
  {
    id: 'postfix.unknown-client-hostname',
    category: 'CLIENT_IP_BLOCKED',
    when: { enhanced: ['4.7.1', '4.7.25', '5.7.1', '5.7.25'], text: /Client host rejected: cannot find your hostname/i },
    msg: 'prov.postfix.unknown-client-hostname',
    source: `https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname; bounce texts quoted in public repositories (Postfix log parsers, an LKML bounce) ${CHECKED}`,
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 450, enhancedCode: '4.7.25', text: '450 4.7.25 Client host rejected: cannot find your hostname, [181.229.197.169]' },
      { step: 'send', command: 'RCPT TO', responseCode: 450, enhancedCode: '4.7.1', text: '450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.5];' },
    ],
  },
  {
    id: 'exim.incorrect-authentication-data',
    category: 'WRONG_CREDENTIALS',
    when: { responseCode: [535], text: /Incorrect authentication data/i },
    msg: 'prov.exim.incorrect-auth',
    source: `https://www.exim.org/exim-html-current/doc/html/spec_html/ch-smtp_authentication.html; Exim mainlog "authenticator failed ... 535 Incorrect authentication data" seen in public log parsers; Symfony mailer error quoted in public repositories ${CHECKED}`,
    examples: [{ step: 'auth', command: 'AUTH LOGIN', responseCode: 535, text: '535 Incorrect authentication data' }],
  },
  {
    id: 'exim.relay-not-permitted',
    category: 'RELAY_DENIED',
    when: { responseCode: [550], text: /relay not permitted|relaying (?:denied|not permitted)/i },
    msg: 'prov.exim.relay-not-permitted',
    source: `https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html (default "relay not permitted" ACL); texts quoted in public repositories ${CHECKED}`,
    examples: [
      { code: 'EENVELOPE', responseCode: 550, text: '550 relay not permitted' },
      { responseCode: 550, text: '550 Relay not permitted' },
    ],
  },
  {
    id: 'exim.sender-verify-failed',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { responseCode: [550], text: /Sender verify failed|Verification failed for </i },
    msg: 'prov.exim.sender-verify-failed',
    source: `https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html (verify = sender); bounce texts quoted in public repositories ${CHECKED}`,
    examples: [
      {
        step: 'send',
        command: 'RCPT TO',
        responseCode: 550,
        text:
          '550-Verification failed for <noreply@samui-transfers.com>\n550-No Such User Here\n550 Sender verify ' +
          'failed',
      },
      { step: 'send', command: 'RCPT TO', responseCode: 550, text: '550-Verification failed for <nobody@whatever.com>\n550 Sender verify failed' },
    ],
  },
  {
    id: 'exchange.client-not-authenticated',
    category: 'RELAY_DENIED',
    when: { responseCode: [530], enhanced: ['5.7.1'], text: /Client was not authenticated/i },
    msg: 'prov.exchange.client-not-authenticated',
    source: `https://learn.microsoft.com/en-us/exchange/mail-flow/test-smtp-with-telnet ("530 5.7.1 Client was not authenticated": the server does not accept anonymous submission); https://github.com/jstedfast/MailKit/issues/1265 ${CHECKED}`,
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 530, enhancedCode: '5.7.1', text: '530 5.7.1 Client was not authenticated' },
    ],
  },
  {
    id: 'exchange.unable-to-relay',
    category: 'RELAY_DENIED',
    when: { responseCode: [550], enhanced: ['5.7.1'], text: /Unable to relay/i },
    msg: 'prov.exchange.unable-to-relay',
    source: `https://learn.microsoft.com/en-us/exchange/mail-flow/test-smtp-with-telnet; texts quoted in public repositories (Exchange and IIS SMTP: "Does the SMTP server allow you to relay (Exchange: SMTP server - Access) - Did you authenticate") ${CHECKED}`,
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.1', text: '550 5.7.1 Unable to relay' },
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.1', text: '550 5.7.1 Unable to relay for community@site' },
    ],
  },
];
