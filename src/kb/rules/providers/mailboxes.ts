import type { Rule } from '../../rule-types.js';
import { CHECKED } from './shared.js';

/**
 * Provider rules, part of PROVIDERS_RULES (../providers.ts, which keeps their order): Zoho, Yahoo
 * / AOL, iCloud, QQ, NetEase 163 / 126, Naver, Daum / Kakao.
 */
export const MAILBOX_RULES: Rule[] = [
  // ---------------------------------------------------------------- Zoho Mail
  {
    id: 'zoho.auth-failed',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['zoho'], responseCode: [535], text: /Authentication Failed/i },
    msg: 'prov.zoho.auth-failed',
    source: `https://www.zoho.com/mail/help/zoho-smtp.html (full address as user, application-specific password with two-factor authentication, regional hosts, smtppro for organisation accounts); https://github.com/nodemailer/nodemailer/issues/456 ${CHECKED}`,
    examples: [{ step: 'auth', provider: 'zoho', command: 'AUTH PLAIN', responseCode: 535, text: '535 Authentication Failed' }],
  },
  {
    id: 'zoho.relaying-disallowed',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { provider: ['zoho'], responseCode: [553, 550], text: /Relaying disallowed|Sender is not allowed to relay/i },
    msg: 'prov.zoho.relaying-disallowed',
    source: `https://www.zoho.com/mail/help/zoho-smtp.html ("The email address should match the email address/aliases of the account"); https://github.com/mattermost/mattermost/issues/13224; https://github.com/frappe/erpnext/issues/19057; https://github.com/mybb/mybb/issues/2644 ${CHECKED}`,
    examples: [
      { step: 'send', provider: 'zoho', command: 'DATA', responseCode: 553, text: '553 Relaying disallowed as @' },
      { step: 'send', provider: 'zoho', command: 'DATA', responseCode: 553, text: 'Relaying disallowed as "email add"' },
    ],
  },

  // ---------------------------------------------------------------- Yahoo / AOL
  {
    id: 'yahoo.app-password',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['yahoo'], responseCode: [535], text: /#AUTH005|Too many bad auth attempts/i },
    msg: 'prov.yahoo.app-password',
    source: `https://help.yahoo.com/kb/SLN15241.html (generate an app password); https://github.com/nodemailer/nodemailer/issues/1112; https://github.com/nedimf/maildroid/issues/17 ${CHECKED}`,
    examples: [
      { step: 'auth', provider: 'yahoo', command: 'AUTH PLAIN', code: 'EAUTH', responseCode: 535, enhancedCode: '5.7.0', text: '535 5.7.0 (#AUTH005) Too many bad auth attempts.' },
    ],
  },

  // ---------------------------------------------------------------- iCloud Mail
  {
    id: 'icloud.app-specific-password',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['icloud'], responseCode: [535] },
    msg: 'prov.icloud.app-password',
    source: `https://support.apple.com/en-us/HT204397 (app-specific passwords, as linked in https://github.com/Foundry376/Mailspring/issues/1544); https://support.apple.com/en-us/HT202304 (iCloud Mail server settings, as linked in https://github.com/dawidd6/action-send-mail/issues/84: smtp.mail.me.com, 587, STARTTLS); https://github.com/kellylford/QuickMail/issues/32 ${CHECKED}; exact reply wording not confirmed, so the example carries none`,
    examples: [{ step: 'auth', provider: 'icloud', command: 'AUTH PLAIN', responseCode: 535 }],
  },

  // ---------------------------------------------------------------- QQ Mail
  {
    id: 'qq.authorization-code',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['qq'], responseCode: [535] },
    msg: 'prov.qq.authorization-code',
    source: `https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256 (授权码); https://github.com/louislam/uptime-kuma/issues/3434; https://github.com/YMFE/yapi/issues/2219; https://github.com/lossme/ComicBook/issues/3 ${CHECKED}`,
    examples: [
      {
        step: 'auth',
        provider: 'qq',
        command: 'AUTH LOGIN',
        code: 'EAUTH',
        responseCode: 535,
        text:
          '535 Login Fail. Please enter your authorization code to login. More information in ' +
          'http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256',
      },
      { step: 'auth', provider: 'qq', command: 'AUTH PLAIN', responseCode: 535, text: '535 Error: authentication failed' },
    ],
  },
  {
    id: 'qq.secure-connection-required',
    category: 'STARTTLS_REQUIRED',
    when: { provider: ['qq'], responseCode: [530], text: /secure connection is requi/i },
    msg: 'prov.qq.secure-connection',
    source: `https://hkjyled.com/31e333372aa3bbed/f3068c1bb93960c0.html (Spring Boot + smtp.qq.com: 465 with SSL or 587 with STARTTLS) ${CHECKED}`,
    examples: [{ step: 'auth', provider: 'qq', command: 'AUTH LOGIN', responseCode: 530, text: '530 Login fail. A secure connection is requiered(such as ssl).' }],
  },

  // ---------------------------------------------------------------- NetEase 163 / 126
  {
    id: 'netease.authorization-code',
    category: 'APP_PASSWORD_REQUIRED',
    when: { provider: ['netease'], responseCode: [535] },
    msg: 'prov.netease.authorization-code',
    source: `http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html (客户端授权密码); https://github.com/hongrunhui/node_12306/issues/1; https://github.com/Vincedream/NodeMail/issues/11 ${CHECKED}`,
    examples: [{ step: 'auth', provider: 'netease', command: 'AUTH PLAIN', code: 'EAUTH', responseCode: 535, text: '535 Error: authentication failed' }],
  },
  {
    id: 'netease.smtp-not-enabled',
    category: 'AUTH_DISABLED_BY_PROVIDER',
    when: { provider: ['netease'], responseCode: [550], text: /User has no permission/i },
    msg: 'prov.netease.no-permission',
    source: `http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html; https://github.com/open-falcon/mail-provider/issues/6; https://github.com/testerSunshine/12306/issues/62 ${CHECKED}`,
    examples: [
      { step: 'send', provider: 'netease', command: 'MAIL FROM', responseCode: 550, text: '550 User has no permission' },
      { step: 'auth', provider: 'netease', command: 'AUTH LOGIN', responseCode: 550, text: "SMTPAuthenticationError(550, 'User has no permission')" },
    ],
  },

  // ---------------------------------------------------------------- Naver, Daum / Kakao
  {
    id: 'naver.auth-failed',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['naver'], responseCode: [535] },
    msg: 'prov.naver.auth-failed',
    source: `https://help.naver.com/support/contents/contents.help?serviceNo=2342&categoryNo=2288 (메일 환경설정 > POP3/IMAP 설정 > POP3/SMTP 사용 또는 IMAP/SMTP 사용); https://github.com/naver/guitar/issues/474 (IMAP/SMTP 사용 and port 587); Naver 2-step verification uses application passwords ${CHECKED}; exact reply wording not confirmed, so the example carries none`,
    examples: [{ step: 'auth', provider: 'naver', command: 'AUTH LOGIN', responseCode: 535 }],
  },
  {
    id: 'daum.auth-failed',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['daum'], responseCode: [535] },
    msg: 'prov.daum.auth-failed',
    source: `https://docs.channel.io/campaignus/ko/articles/%EB%8B%A4%EC%9D%8C%EC%9C%BC%EB%A1%9C-%EB%A9%94%EC%9D%BC-%EC%84%9C%EB%B9%84%EC%8A%A4-%EC%A0%9C%EA%B3%B5%EC%97%85%EC%B2%B4-%EC%A7%80%EC%A0%95-%EB%B0%A9%EB%B2%95-de33ee9c (다음 메일 환경설정 > IMAP/POP3 > IMAP/SMTP 사용; 2단계 인증이면 발급받은 비밀번호) ${CHECKED}; exact reply wording not confirmed, so the example carries none`,
    examples: [{ step: 'auth', provider: 'daum', command: 'AUTH LOGIN', responseCode: 535 }],
  },
];
