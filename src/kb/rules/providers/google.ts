import type { Rule } from '../../rule-types.js';
import { CHECKED, GOOGLE_CODES, GOOGLE_LSA } from './shared.js';

/**
 * Provider rules, part of PROVIDERS_RULES (../providers.ts, which keeps their order): Gmail /
 * Google Workspace.
 */
export const GOOGLE_RULES: Rule[] = [
  // ---------------------------------------------------------------- Gmail / Google Workspace
  {
    id: 'gmail.web-login-required',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { provider: ['gmail'], responseCode: [534], enhanced: ['5.7.14'], text: /web browser|WebLoginRequired|answer\/78754/i },
    msg: 'prov.gmail.web-login',
    source: `https://support.google.com/mail/answer/78754; ${GOOGLE_LSA}; seen in https://pastebin.com/BPLPGWmA and https://gist.github.com/palash25/5f8c4fd4a67defa0c0ce3d9c8238c596 ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH PLAIN',
        code: 'EAUTH',
        responseCode: 534,
        enhancedCode: '5.7.14',
        text:
          '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbv_\n534-5.7.14 ' +
          'zR7mnH8igWdTeU9EPAHvZ_YlSTc0tUfckCSqFu09AaumeVPdDxTia6h8O4z6I3hXEDFzc1> Please log in via your web ' +
          'browser and\n534-5.7.14 then try again.\n534-5.7.14 Learn more at\n534 5.7.14 ' +
          'https://support.google.com/mail/answer/78754 y6sm6163530wrg.48 - gsmtp',
      },
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH LOGIN',
        responseCode: 534,
        enhancedCode: '5.7.14',
        text:
          'Please log in via your web browser and then try again. Learn more at ' +
          'https://support.google.com/mail/answer/78754 x66sm53059629pfb.86 - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.auth-required',
    category: 'MISSING_CREDENTIALS',
    when: { provider: ['gmail'], responseCode: [530], enhanced: ['5.7.0', '5.5.1'], text: /Authentication Required|WantAuthError/i },
    msg: 'prov.gmail.auth-required',
    source: `${GOOGLE_CODES}; https://github.com/dawidd6/action-send-mail/issues/186; https://github.com/node-red/node-red/issues/1199 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'MAIL FROM',
        code: 'EENVELOPE',
        responseCode: 530,
        enhancedCode: '5.7.0',
        text:
          'Mail command failed: 530-5.7.0 Authentication Required. Learn more at 530 5.7.0 ' +
          'https://support.google.com/mail/?p=WantAuthError j5-20020a05620a288500b0077d8526bcdesm2261723qkp.86 - ' +
          'gsmtp',
      },
      {
        step: 'send',
        provider: 'gmail',
        command: 'MAIL FROM',
        responseCode: 530,
        enhancedCode: '5.5.1',
        text:
          '530-5.5.1 Authentication Required. Learn more at\n530 5.5.1  ' +
          'https://support.google.com/mail/?p=WantAuthError j34sm20675690wre.7 - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.ehlo-try-again',
    category: 'HELO_REJECTED',
    when: { provider: ['gmail'], responseCode: [421], enhanced: ['4.7.0'], text: /Try again later, closing connection\.?\s*\(EHLO\)/i },
    msg: 'prov.gmail.ehlo-try-again',
    source: `${GOOGLE_CODES} ("Try again later, closing connection. This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage"); https://github.com/calcom/cal.diy/issues/5254; https://github.com/dawidd6/action-send-mail/pull/302 (fixed by sending a real EHLO name); https://help.passbolt.com/faq/hosting/why-email-not-sent ${CHECKED}`,
    examples: [
      {
        step: 'ehlo',
        provider: 'gmail',
        command: 'EHLO',
        responseCode: 421,
        enhancedCode: '4.7.0',
        text:
          '421 4.7.0 Try again later, closing connection. (EHLO) v6-20020a50c406000000b00461d375b0a5sm78344edf.43 - ' +
          'gsmtp',
      },
    ],
  },
  {
    id: 'gmail.temporary',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { provider: ['gmail'], replyClass: [4], enhanced: ['4.7.0', '4.3.0', '4.4.5'], text: /Temporary System Problem|try again later|Server busy/i },
    msg: 'prov.gmail.temporary',
    source: `${GOOGLE_CODES} (421 4.3.0 / 4.4.5 / 4.7.0 temporary replies) ${CHECKED}`,
    generic: true,
    examples: [
      { step: 'send', provider: 'gmail', command: 'MAIL FROM', responseCode: 421, enhancedCode: '4.3.0', text: 'Temporary System Problem. Try again later' },
      { step: 'send', provider: 'gmail', command: 'RCPT TO', responseCode: 421, enhancedCode: '4.4.5', text: 'Server busy, try again later.' },
    ],
  },
  {
    id: 'gmail.sending-limit',
    category: 'RATE_LIMITED',
    when: { provider: ['gmail'], enhanced: ['5.4.5', '4.4.5'], text: /sending (limit|quota)/i },
    msg: 'prov.gmail.sending-limit',
    source: `https://support.google.com/a/answer/166852 (Gmail sending limits in Google Workspace); https://github.com/woowacourse-teams/2025-ah-madda/issues/635; https://github.com/gen-smtp/gen_smtp/issues/140 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'MAIL FROM',
        responseCode: 550,
        enhancedCode: '5.4.5',
        text:
          '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending limits go ' +
          'to\n550 5.4.5  https://support.google.com/a/answer/166852 d2e1a72fcca58-76e7d551493sm9728466b3a.112 - ' +
          'gsmtp',
      },
      { step: 'send', provider: 'gmail', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.4.5', text: '550 5.4.5 Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp' },
    ],
  },
  {
    id: 'gmail.unsolicited-rate',
    category: 'RATE_LIMITED',
    when: { provider: ['gmail'], replyClass: [4], enhanced: ['4.7.28', '4.7.0'], text: /unusual rate of[\s\S]{0,40}unsolicited|UnsolicitedRateLimitError/i },
    msg: 'prov.gmail.unsolicited-rate',
    source: `${GOOGLE_CODES}; https://smtp.codes/google; https://github.com/mail-in-a-box/mailinabox/issues/1771 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 421,
        enhancedCode: '4.7.28',
        text:
          '421 4.7.28 [x.xx.xx.xx] Our system has detected an unusual rate of unsolicited mail originating from ' +
          'your IP address. To protect our users from spam, mail sent from your IP address has been temporarily ' +
          'rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our ' +
          'Bulk Email Senders Guidelines. - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.unsolicited-ip',
    category: 'CLIENT_IP_BLOCKED',
    when: { provider: ['gmail'], replyClass: [5], enhanced: ['5.7.1'], text: /UnsolicitedIPError|from your IP address has been blocked/i },
    msg: 'ip.blocked',
    source: `${GOOGLE_CODES} (550 5.7.1 ... mail sent from your IP address has been blocked, p=UnsolicitedIPError) ${CHECKED}`,
    examples: [
      {
        provider: 'gmail',
        responseCode: 550,
        enhancedCode: '5.7.1',
        text:
          'Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect ' +
          'our users from spam, mail sent from your IP address has been blocked. Please visit ' +
          'https://support.google.com/mail/?p=UnsolicitedIPError to review our Bulk Email Senders Guidelines. - ' +
          'gsmtp',
      },
    ],
  },
  {
    id: 'gmail.unsolicited-blocked',
    category: 'MESSAGE_REJECTED_POLICY',
    when: { provider: ['gmail'], replyClass: [5], enhanced: ['5.7.1'], text: /likely unsolicited mail|unusual rate of[\s\S]{0,40}unsolicited|UnsolicitedMessageError/i },
    msg: 'prov.gmail.unsolicited-blocked',
    source: `${GOOGLE_CODES}; https://github.com/cgeo/cgeo/issues/5737; https://github.com/maxking/docker-mailman/issues/303 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.1',
        text:
          '550-5.7.1 [193.95.241.239      12] Our system has detected that this message is\n550-5.7.1 likely ' +
          'unsolicited mail. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. ' +
          'Please visit\n550 5.7.1  https://support.google.com/mail/answer/188131 for more information. ' +
          'r11si2166wmb.87 - gsmtp',
      },
    ],
  },
  {
    id: 'mailbox-providers.unauthenticated-sender',
    category: 'MESSAGE_REJECTED_POLICY',
    when: {
      provider: ['gmail', 'yahoo'],
      enhanced: ['5.7.26', '5.7.27', '5.7.1', '5.7.9', '4.7.26', '4.7.27', '4.7.0'],
      text: /sender is unauthenticated|mail is unauthenticated|does not have authentication information|(?:does not|fails to) pass authentication checks|requires all senders to authenticate/i,
    },
    msg: 'prov.unauthenticated-sender',
    source: `https://support.google.com/mail/answer/81126#authentication (Gmail sender guidelines); https://senders.yahooinc.com/smtp-error-codes/#authentication-failures; seen in https://github.com/cloudflare/cloudflare-docs/issues/11542, https://github.com/docker-mailserver/docker-mailserver/issues/1137, https://github.com/docker-mailserver/docker-mailserver/issues/2996, https://github.com/docusealco/docuseal/issues/524 ${CHECKED}`,
    examples: [
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.26',
        text:
          '550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26 Gmail requires ' +
          'all senders to authenticate with either SPF or DKIM.\n550-5.7.26  Authentication results:\n550-5.7.26  ' +
          'DKIM = did not pass\n550 5.7.26  https://support.google.com/mail/answer/81126#authentication ' +
          'f18-20020a2e1f12000000b002c50bd6d1c8si1069648ljf.488 - gsmtp',
      },
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.1',
        text: '550-5.7.1 this message does not have authentication information or fails to pass authentication checks',
      },
      {
        step: 'send',
        provider: 'gmail',
        command: 'DATA',
        responseCode: 421,
        enhancedCode: '4.7.0',
        text:
          '421-4.7.0 This message does not pass authentication checks (SPF and DKIM both do 421-4.7.0 not pass). ' +
          'SPF check for [domain.com] does not pass with ip: 421-4.7.0 [ipaddress].To best protect our users from ' +
          'spam, the message has 421-4.7.0 been blocked. Please visit 421-4.7.0  ' +
          'https://support.google.com/mail/answer/81126#authentication for more 421 4.7.0 information. - gsmtp',
      },
      {
        step: 'send',
        provider: 'yahoo',
        command: 'DATA',
        responseCode: 550,
        enhancedCode: '5.7.9',
        text:
          '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders ' +
          'to authenticate with either SPF or DKIM. Authentication results: DKIM = FAILURE - SPF with ip ' +
          '209.85.215.170 = FAILURE. See https://senders.yahooinc.com/smtp-error-codes/#authentication-failures for ' +
          'more information.',
      },
    ],
  },
];
