import type { enStacks } from '../en/stacks.js';

import { koStackHints } from './stack-hints.js';

export const koStacks: Record<keyof typeof enStacks, string> = {
  'stack.auth-rejected.cause':
    '메일 라이브러리가 서버에서 로그인을 거부당했다고 알리지만, 서버가 보낸 응답 ' +
    '자체는 이 텍스트에 없습니다.',
  'stack.auth-rejected.fix':
    '사용자 이름(보통 전체 메일 주소)과 비밀번호를 확인하세요. Gmail, Outlook, 네이버, ' +
    '다음은 앱 비밀번호를 쓰거나 메일 설정에서 SMTP를 켜야 합니다. 서버 응답을 ' +
    '보려면 라이브러리의 디버그 로그를 켜거나(PHPMailer SMTPDebug = 2, JavaMail mail.debug=true, ' +
    'nodemailer logger: true, Python set_debuglevel(1)) `smtp-doctor check --user ...`를 실행하세요.',
  'stack.credentials-not-sent.cause':
    '라이브러리가 로그인을 시도하지도 않았습니다. 전달받은 비밀번호(또는 사용자 ' +
    '이름)가 비어 있습니다("no password specified?").',
  'stack.credentials-not-sent.fix':
    '비어 있지 않은 비밀번호를 넘기세요. JavaMail은 Transport.connect(host, user, password)나 ' +
    'mail.smtp.auth=true와 Session Authenticator, Spring은 spring.mail.username과 spring.mail.password, Rails는 ' +
    'smtp_settings의 user_name과 password입니다. 그 값을 채우는 환경 변수가 앱이 도는 곳에 ' +
    '설정돼 있는지도 확인하세요.',
  'stack.dotnet-not-authenticated.cause':
    '.NET SmtpClient가 로그인에 성공하지 못한 채 MAIL FROM까지 갔고, 서버가 이를 ' +
    '거부했습니다: "{reply}". SmtpClient는 AUTH가 거부되거나 건너뛰어져도 알려 주지 않고 ' +
    '여기서야 실패합니다.',
  'stack.dotnet-not-authenticated.fix':
    'SmtpClient에 로그인 정보를 주세요. 먼저 UseDefaultCredentials = false를 설정한 뒤 Credentials ' +
    '= new NetworkCredential(user, password)를 넣고(UseDefaultCredentials를 나중에 설정하면 자격 ' +
    '증명이 지워집니다), 587 포트에서는 EnableSsl = true로 하세요(많은 서버가 STARTTLS ' +
    '뒤에만 AUTH를 제공하고, 그러면 SmtpClient는 조용히 로그인을 건너뜁니다). 자격 ' +
    '증명이 이미 설정돼 있다면 비밀번호를 확인하세요(Gmail은 앱 비밀번호, Microsoft ' +
    '365는 사서함의 SMTP AUTH 허용이 필요합니다). MailKit을 쓰면 실제 AUTH 오류를 볼 수 ' +
    '있습니다.',
  'stack.starttls-not-offered.cause':
    '클라이언트는 STARTTLS를 고집하는데 서버가 이 연결에서 STARTTLS를 제공하지 ' +
    '않습니다. 이미 암호화된 연결(암묵적 TLS에서는 STARTTLS를 알리지 않습니다)이거나, ' +
    'TLS가 없는 평문 릴레이 포트입니다.',
  'stack.starttls-not-offered.fix':
    'TLS 설정을 포트에 맞추세요. 465에서는 STARTTLS 없이 암묵적 TLS를 쓰세요(Python은 ' +
    'starttls() 없이 SMTP_SSL, JavaMail은 starttls.required 없이 mail.smtp.ssl.enable=true, .NET ' +
    'System.Net.Mail은 465를 못 쓰니 MailKit의 SecureSocketOptions.SslOnConnect). STARTTLS를 쓰려면 ' +
    '제공자의 제출용 포트 587을 쓰세요. 믿을 수 있는 내부 릴레이에 TLS가 없을 때만 ' +
    '암호화를 끄세요(.NET EnableSsl = false).',
  'stack.python-not-connected.cause':
    'smtplib이 열려 있지 않은 연결로 명령을 보냈습니다("please run connect() first"). 호스트 ' +
    '없이 SMTP()를 만들었거나, 앞선 오류나 quit()으로 연결이 이미 닫혔습니다.',
  'stack.python-not-connected.fix':
    '호스트를 넣어 클라이언트를 만들거나(smtplib.SMTP(host, 587) 뒤 starttls(), 또는 ' +
    'smtplib.SMTP_SSL(host, 465)) 먼저 connect()를 호출하세요. quit() 뒤에는 다시 쓰지 마세요. ' +
    '로그에서 처음 난 예외를 찾아보세요. 그것이 진짜 원인입니다.',
  'stack.go-unencrypted-auth.cause':
    'Go의 net/smtp가 연결이 암호화되지 않아 비밀번호를 보내지 않았습니다. PlainAuth는 TLS ' +
    '연결이나 localhost에만 자격 증명을 보내는데, 서버가 이 포트에서 STARTTLS를 ' +
    '제공하지 않았습니다.',
  'stack.go-unencrypted-auth.fix':
    '제공자의 제출용 포트를 쓰세요. STARTTLS를 제공하는 587, 또는 암묵적 TLS인 465(tls.Dial ' +
    '뒤 smtp.NewClient, gomail은 d.SSL = true)입니다. `smtp-doctor probe {host}`로 확인할 수 ' +
    '있습니다. 믿을 수 있는 로컬 릴레이라면 인증을 빼는 방법도 있습니다.',
  'stack.connect-failed.cause':
    '메일 라이브러리가 SMTP 세션을 열지 못했는데, 이 텍스트에는 이유(연결, TLS, ' +
    '인증서)가 없습니다.',
  'stack.connect-failed.fix':
    '라이브러리의 연결 로그를 켜서 어느 단계에서 실패하는지 보세요(PHPMailer SMTPDebug = ' +
    'SMTP::DEBUG_CONNECTION, JavaMail mail.debug=true). 호스트, 포트, 암호화 방식(465는 암묵적 TLS, ' +
    '587은 STARTTLS)을 확인하거나 같은 서버로 `smtp-doctor check`를 실행하세요.',

  'stack.connect-failed-tls-mode.cause':
    'PHPMailer가 SMTP 세션을 열지 못했지만 이유는 알려 주지 않습니다("Could not connect to ' +
    'SMTP host."). 가장 흔한 원인은 포트와 맞지 않는 암호화 설정입니다. 587에서 SMTPSecure ' +
    '\'ssl\'(암묵적 TLS)을 쓰거나 465에서 \'tls\'(STARTTLS)를 쓰는 경우입니다.',
  'stack.connect-failed-tls-mode.fix':
    'SMTPSecure = PHPMailer::ENCRYPTION_SMTPS와 Port = 465, 또는 PHPMailer::ENCRYPTION_STARTTLS와 Port = 587 ' +
    '조합을 쓰세요. 어느 단계에서 실패하는지 보려면 SMTPDebug = SMTP::DEBUG_CONNECTION을 ' +
    '켜거나, 같은 호스트, 포트, 암호화 방식으로 `smtp-doctor check`를 실행하세요.',
  'stack.recipient-relay.cause':
    '서버가 이 수신자에게 메일을 중계하기를 거부했습니다. 라이브러리는 서버의 ' +
    '문구를 응답 코드 없이 출력했습니다. 이 서버는 로그인한 사용자나 자신의 ' +
    '도메인에 대해서만 중계합니다.',
  'stack.recipient-relay.fix':
    '제출용 포트(587 또는 465)에서 로그인하거나(PHPMailer SMTPAuth = true와 Username, Password), ' +
    '서버 자신의 도메인에 있는 수신자에게 보내세요.',
  'stack.recipient-login-required.cause':
    '이 클라이언트가 로그인하지 않아서 서버가 수신자를 거부했습니다("Client host ' +
    'rejected: Access denied" 등). 라이브러리는 서버의 문구를 응답 코드 없이 출력했습니다.',
  'stack.recipient-login-required.fix':
    '제출용 포트(STARTTLS를 쓰는 587 또는 465)에서 인증을 켜고 자격 증명을 ' +
    '주세요(PHPMailer SMTPAuth = true, Username, Password). SMTPDebug = 2로 MAIL FROM 전에 로그인이 ' +
    '이루어지는지 확인할 수 있습니다.',
  'stack.recipient-refused.cause':
    '서버가 수신자를 거부했습니다. 라이브러리는 서버의 문구를 응답 코드 없이 ' +
    '출력했습니다. 대개는 그 메일함이 없는 경우입니다.',
  'stack.recipient-refused.fix':
    '수신 주소에 오타가 없는지 확인하세요. 주소가 맞다면 그 메일함이 없거나 메일을 ' +
    '받지 않는 상태이며, 주소 뒤에 있는 서버의 문구가 어느 쪽인지 알려 줍니다. ' +
    'SMTPDebug = 2로 응답 코드까지 포함한 전체 응답을 볼 수 있습니다.',
  ...koStackHints,
};
