/** OAuth 2.0 로그인 (XOAUTH2 / OAUTHBEARER), `oauth` 토큰 단계와 그 진단. 짝: ../en/oauth.ts. */
export const koOAuth = {
  'step.oauth': 'OAuth 토큰',
  'fact.oauth-token': '{endpoint}에서 받은 액세스 토큰, 범위 {scope}, {expiresIn}초 후 만료',
  'fact.oauth-challenge': '서버 챌린지: 상태 {status}, 범위 {scope}',
  'help.oauth2-token-env': 'OAuth 2.0 액세스 토큰을 이 환경 변수에서 읽기 (XOAUTH2/OAUTHBEARER)',
  'help.oauth2-token-file': 'OAuth 2.0 액세스 토큰을 이 파일에서 읽기',
  'help.oauth2-token-stdin': 'OAuth 2.0 액세스 토큰을 표준 입력에서 읽기',
  'help.oauth2-token-url': '리프레시 그랜트에 쓸 토큰 엔드포인트 (기본값: 서비스 제공자의 것)',
  'help.oauth2-tenant': '기본 토큰 엔드포인트에 쓸 Microsoft 테넌트 (ID, 도메인, organizations, common)',
  'help.oauth2-client-id':
    'OAuth 2.0 클라이언트(애플리케이션) ID: smtp-doctor가 리프레시 토큰으로 액세스 토큰을 ' +
    '받을 때 사용',
  'help.oauth2-client-secret-env': '클라이언트 시크릿을 이 환경 변수에서 읽기',
  'help.oauth2-client-secret-file': '클라이언트 시크릿을 이 파일에서 읽기',
  'help.oauth2-refresh-token-env': '리프레시 토큰을 이 환경 변수에서 읽기',
  'help.oauth2-refresh-token-file': '리프레시 토큰을 이 파일에서 읽기',
  'help.oauth2-scope': '요청할 범위 (기본값: 서비스 제공자의 것, 예: https://mail.google.com/)',
  'err.oauth2-one-source': '{flag}는 한 가지 방식으로만 주세요 (환경 변수 또는 파일)',
  'err.oauth2-file': '{path}를 읽을 수 없습니다: {reason}',
  'err.oauth2-needs-client-id': '리프레시 흐름에는 --oauth2-client-id가 필요합니다',
  'err.oauth2-needs-refresh-token':
    '리프레시 흐름에는 --oauth2-refresh-token-env 변수명 또는 --oauth2-refresh-token-file 경로가 ' +
    '필요합니다',
  'err.oauth2-bad-tenant':
    '--oauth2-tenant "{value}"가 올바르지 않습니다. 테넌트 ID, 도메인, organizations, common 중 ' +
    '하나를 쓰세요',
  'err.oauth2-needs-token-url':
    '이 서버의 토큰 엔드포인트를 알 수 없습니다. --oauth2-token-url을 주세요 (또는 ' +
    '--provider gmail / outlook365)',
  'err.oauth2-bad-token-url': '토큰 엔드포인트 "{value}"가 올바르지 않습니다. http(s) URL을 쓰세요',
  'err.oauth2-and-password': '비밀번호와 OAuth 2.0 토큰 중 하나만 주세요',
  'err.oauth2-method':
    '--auth-method {value}는 비밀번호용입니다. OAuth 2.0 토큰에는 XOAUTH2 또는 OAUTHBEARER를 ' +
    '쓰세요',
  'err.oauth2-needs-user': 'OAuth 2.0 로그인에는 --user (토큰의 대상 메일함)가 필요합니다',
  'err.oauth2-token-and-refresh': '액세스 토큰(--oauth2-token-*)과 리프레시 흐름(--oauth2-client-id ...) 중 하나만 주세요',
  'err.oauth2-several-token-sources':
    '액세스 토큰은 한 가지 방식으로만 주세요 (--oauth2-token-env, --oauth2-token-file, ' +
    '--oauth2-token-stdin 중 하나)',
  'err.oauth2-no-token-source':
    '액세스 토큰을 받을 방법이 없습니다. --oauth2-token-env 변수명, --oauth2-token-file 경로, ' +
    '--oauth2-token-stdin 중 하나를 쓰거나 (입력 프롬프트는 터미널에서만 가능합니다) ' +
    '리프레시 흐름을 쓰세요',

  'oauth.missing-token.cause':
    'OAuth 2.0 토큰이 없습니다. 토큰을 담도록 지정한 변수나 파일이 비어 있거나 ' +
    '설정되지 않았습니다.',
  'oauth.missing-token.fix':
    '변수(또는 파일)에 액세스 토큰을, 리프레시 흐름이라면 리프레시 토큰을 넣고 ' +
    '다시 실행하세요.',
  'oauth.invalid-grant.cause':
    '토큰 엔드포인트({endpoint})가 리프레시 토큰을 거부했습니다 (invalid_grant). ' +
    '만료되었거나 취소되었거나 동의가 철회되었습니다.',
  'oauth.invalid-grant.fix':
    '애플리케이션의 동의 흐름으로 다시 로그인해 새 리프레시 토큰을 받고 변수나 ' +
    '파일을 갱신하세요.',
  'oauth.invalid-grant.gmail.cause':
    'Google이 리프레시 토큰을 거부했습니다 (invalid_grant: "{oauthDescription}"). 취소되었거나, ' +
    '사용자가 비밀번호를 바꾸었거나, 동의 화면이 테스트 모드입니다 (이때 리프레시 ' +
    '토큰은 7일간만 유효합니다).',
  'oauth.invalid-grant.gmail.fix':
    '범위 https://mail.google.com/ 으로 다시 인증해 새 리프레시 토큰을 받으세요. 오래 ' +
    '쓰려면 OAuth 동의 화면을 게시하세요 (Google Cloud 콘솔 > API 및 서비스 > OAuth 동의 ' +
    '화면).',
  'oauth.invalid-grant.microsoft.cause':
    'Microsoft Entra ID가 리프레시 토큰을 거부했습니다 (invalid_grant: "{oauthDescription}"). ' +
    '만료되었거나(90일 미사용) 취소되었거나 사용자가 다시 동의해야 합니다.',
  'oauth.invalid-grant.microsoft.fix':
    '범위 https://outlook.office.com/SMTP.Send offline_access로 다시 로그인(인증 코드 또는 ' +
    '디바이스 코드 흐름)해 새 리프레시 토큰을 저장하세요.',
  'oauth.invalid-client.cause':
    '토큰 엔드포인트({endpoint})가 클라이언트를 거부했습니다 (invalid_client). 클라이언트 ' +
    'ID 나 클라이언트 시크릿이 틀렸습니다.',
  'oauth.invalid-client.fix':
    '애플리케이션을 등록한 곳에서 클라이언트 ID와 유효한 클라이언트 시크릿을 ' +
    '복사하고, 시크릿이 만료되지 않았는지 확인하세요.',
  'oauth.invalid-client.microsoft.cause':
    'Microsoft Entra ID가 애플리케이션을 거부했습니다 (invalid_client: "{oauthDescription}"). ' +
    '클라이언트 ID가 틀렸거나 클라이언트 시크릿이 틀렸거나 만료되었습니다.',
  'oauth.invalid-client.microsoft.fix':
    'Entra 관리 센터 > 앱 등록 > 해당 앱에서 애플리케이션(클라이언트) ID를 확인하고, ' +
    '인증서 및 비밀에서 새 비밀을 만드세요 (ID가 아니라 값을 쓰세요).',
  'oauth.unauthorized-client.cause':
    '토큰 엔드포인트({endpoint})가 이 클라이언트의 리프레시 그랜트 사용을 허용하지 ' +
    '않습니다 (unauthorized_client).',
  'oauth.unauthorized-client.fix':
    '서비스 제공자 설정에서 애플리케이션의 리프레시 토큰 그랜트를 허용하거나, ' +
    '리프레시 토큰을 발급받은 클라이언트를 쓰세요.',
  'oauth.invalid-scope.cause': '토큰 엔드포인트({endpoint})가 요청한 범위({scope})를 거부했습니다 (invalid_scope).',
  'oauth.invalid-scope.fix':
    '애플리케이션에 허용된 범위만 요청하세요. SMTP에는 서비스 제공자의 메일 범위가 ' +
    '필요합니다.',
  'oauth.invalid-scope.microsoft.cause':
    'Microsoft Entra ID가 요청한 범위({scope})를 거부했습니다 (invalid_scope). 애플리케이션에 ' +
    'SMTP.Send 권한이 없거나 범위 철자가 틀렸습니다.',
  'oauth.invalid-scope.microsoft.fix':
    '앱 등록 > API 사용 권한에서 Office 365 Exchange Online (또는 Microsoft Graph) > SMTP.Send를 ' +
    '추가하고 관리자 동의를 한 뒤 https://outlook.office.com/SMTP.Send offline_access를 ' +
    '요청하세요.',
  'oauth.invalid-scope.gmail.cause': 'Google이 요청한 범위({scope})를 거부했습니다 (invalid_scope).',
  'oauth.invalid-scope.gmail.fix': 'OAuth 동의 화면에 범위 https://mail.google.com/ 을 추가하고 그 범위로 다시 인증하세요.',
  'oauth.wrong-tenant.cause':
    'Microsoft Entra ID가 토큰 엔드포인트({endpoint})의 테넌트를 모르거나 애플리케이션이 ' +
    '그 테넌트에 등록되어 있지 않습니다 ("{oauthDescription}").',
  'oauth.wrong-tenant.fix':
    '애플리케이션이 등록된 테넌트를 주세요: --oauth2-tenant <테넌트 ID 또는 도메인> ' +
    '(다중 테넌트 앱이면 organizations).',
  'oauth.endpoint-unreachable.cause': '토큰 엔드포인트({endpoint})에 연결할 수 없습니다 ({oauthError}).',
  'oauth.endpoint-unreachable.fix':
    'URL(--oauth2-token-url), DNS, 그리고 이 컴퓨터와 엔드포인트 사이의 프록시나 방화벽을 ' +
    '확인하세요.',
  'oauth.endpoint-failed.cause': '토큰 엔드포인트({endpoint})가 토큰을 발급하지 않았습니다 ({oauthError} {oauthDescription}).',
  'oauth.endpoint-failed.fix':
    '토큰 URL과 요청 값(클라이언트 ID, 범위)을 확인하세요. 위에 있는 엔드포인트의 ' +
    '메시지가 무엇이 문제인지 알려 줍니다.',
  'oauth.not-offered.cause':
    '이 연결에서 서버가 XOAUTH2 나 OAUTHBEARER를 제공하지 않습니다 (제공하는 방식: ' +
    '{offered}).',
  'oauth.not-offered.fix':
    'OAuth 2.0을 받는 서버와 포트를 쓰거나 (Microsoft 365: smtp.office365.com:587, Gmail: ' +
    'smtp.gmail.com:587) 여기서는 비밀번호로 로그인하세요.',
  'oauth.token-refused.cause':
    '서버가 액세스 토큰을 거부했습니다 ({responseCode} "{reply}", 챌린지 상태 {challenge}). ' +
    '만료되었거나 취소되었거나 다른 사용자용이거나 메일 범위가 없습니다. 서버는 ' +
    '어느 쪽인지 알려 주지 않습니다.',
  'oauth.token-refused.fix':
    '{user} 용으로 서비스 제공자의 메일 범위를 가진 새 토큰을 받거나 (또는 ' +
    '--oauth2-client-id와 리프레시 토큰으로 smtp-doctor가 받게 하고) 다시 시도하세요.',
  'oauth.token-refused.microsoft.cause':
    'Microsoft 365가 {user}의 OAuth 2.0 로그인을 거부했습니다 ({responseCode} {enhancedCode} ' +
    '"{reply}"). 메일함이나 테넌트에서 SMTP AUTH가 꺼져 있거나, 토큰에 SMTP.Send가 없거나, ' +
    '다른 사용자나 테넌트용 토큰입니다.',
  'oauth.token-refused.microsoft.fix':
    '메일함의 SMTP AUTH를 켜고 (Set-CASMailbox -Identity {user} -SmtpClientAuthenticationDisabled $false), ' +
    '앱 등록에 SMTP.Send 권한과 관리자 동의를 주고, {user}의 테넌트에서 받은 그 ' +
    '사용자의 토큰을 쓰세요.',
  'oauth.token-refused.gmail.cause':
    'Gmail이 {user}의 액세스 토큰을 거부했습니다 (챌린지 상태 {challenge}). 만료되었거나 ' +
    '취소되었거나 다른 계정용이거나 범위 https://mail.google.com/ 이 없습니다.',
  'oauth.token-refused.gmail.fix':
    '범위 https://mail.google.com/ 으로 {user}를 다시 인증하고 (동의 화면에 그 범위가 있어야 ' +
    '합니다) 새 토큰을 쓰세요.',
  'oauth.token-expired.cause':
    '액세스 토큰이 만료되었습니다 (exp 클레임 기준 경과 시간: {secondsAgo}). 서버가 ' +
    '거부했습니다.',
  'oauth.token-expired.fix':
    '액세스 토큰은 약 한 시간 유효합니다. 새 토큰을 받거나 리프레시 토큰으로 ' +
    'smtp-doctor가 받게 하세요 (--oauth2-client-id, --oauth2-refresh-token-env).',
  'oauth.clock-skew.cause':
    '토큰은 방금(경과 시간: {fetchedSecondsAgo}) 받았는데 이 컴퓨터의 시계로는 이미 ' +
    '만료되었습니다 (경과 시간: {secondsAgo}). 토큰이 아니라 이 컴퓨터의 시계가 ' +
    '틀렸습니다.',
  'oauth.clock-skew.fix': '이 컴퓨터의 시계를 맞추고 (NTP 사용: timedatectl set-ntp true) 다시 실행하세요.',
  'oauth.wrong-user.cause':
    '토큰은 {tokenUser} 용인데 로그인은 {user}로 하고 있습니다. 서버는 다른 사용자의 ' +
    '토큰을 거부합니다.',
  'oauth.wrong-user.fix': '{tokenUser}로 로그인하거나 (--user) {user}로 로그인해 받은 토큰을 쓰세요.',
  'oauth.wrong-audience.cause':
    '토큰이 다른 서비스용이어서 (대상이 {expectedAudience}가 아님) 메일 서버가 ' +
    '거부합니다.',
  'oauth.wrong-audience.fix':
    '서비스 제공자의 메일 범위로 토큰을 받아 쓰세요 (Microsoft: Microsoft Graph의 Mail.Send가 ' +
    '아니라 https://outlook.office.com/SMTP.Send).',
  'oauth.missing-scope.cause':
    '토큰에 SMTP를 허용하는 범위가 없습니다 (필요한 범위: {expectedScopes} 중 하나, ' +
    '챌린지 상태 {challenge}).',
  'oauth.missing-scope.fix':
    '토큰을 받을 때 SMTP 범위를 요청하고 (--oauth2-scope) 애플리케이션에 그 범위가 ' +
    '허용되어 있는지 확인하세요.',
  'oauth.missing-scope.microsoft.cause':
    '토큰에 SMTP.Send 권한이 없어 (필요한 범위: {expectedScopes} 중 하나) Microsoft 365가 ' +
    '거부합니다.',
  'oauth.missing-scope.microsoft.fix':
    '앱 등록 > API 사용 권한에서 SMTP.Send (Office 365 Exchange Online)를 추가하고 관리자 ' +
    '동의를 한 뒤 https://outlook.office.com/SMTP.Send를 요청하세요.',
  'oauth.missing-scope.gmail.cause': '토큰에 Gmail SMTP에 필요한 범위 https://mail.google.com/ 이 없습니다.',
  'oauth.missing-scope.gmail.fix': 'OAuth 동의 화면에 https://mail.google.com/ 을 추가하고 그 범위로 다시 인증하세요.',
  'oauth.backend-failed.cause':
    '서버가 챌린지 없이 거부했습니다 ({responseCode}). 서버가 토큰을 전혀 확인하지 ' +
    '못했습니다 (OAuth 백엔드, 예를 들어 토큰 검사 엔드포인트가 실패함). 토큰이 ' +
    '잘못되었다는 뜻은 아닙니다.',
  'oauth.backend-failed.fix':
    '서버 관리자에게 OAuth 설정과 토큰 검사 엔드포인트를 확인해 달라고 하세요 (Dovecot ' +
    '로그에 실패 원인이 나옵니다). 그다음 다시 시도하세요.',
  "param.challenge": "표시되지 않음",
  "param.endpoint": "주소 미상",
  "param.oauthError": "그 오류",
  "param.oauthDescription": "설명 없음",
  "oauth.token-refused.cause.explain":
    "서버가 OAuth 2.0 액세스 토큰을 거부했습니다 (XOAUTH2 / OAUTHBEARER, 챌린지 상태 " +
    "{challenge}). 만료되었거나 취소되었거나 다른 사용자용이거나 메일 범위가 " +
    "없습니다. 서버는 어느 쪽인지 알려 주지 않습니다.",
  "oauth.token-refused.fix.explain":
    "서비스 제공자의 메일 범위로 메일함의 새 토큰을 받아 다시 시도하세요. `smtp-doctor " +
    "check --oauth2-token-env 변수명` (또는 --oauth2-client-id를 쓴 리프레시 흐름)이 토큰의 " +
    "클레임으로 원인을 좁혀 줍니다.",
  "oauth.token-refused.microsoft.cause.explain":
    "Microsoft 365가 OAuth 2.0 로그인을 거부했습니다 (\"{reply}\"). 메일함이나 테넌트에서 SMTP " +
    "AUTH가 꺼져 있거나, 토큰에 SMTP.Send가 없거나, 다른 사용자나 테넌트용 토큰입니다.",
  "oauth.token-refused.microsoft.fix.explain":
    "메일함의 SMTP AUTH를 켜고 (Set-CASMailbox -Identity <메일함> -SmtpClientAuthenticationDisabled " +
    "$false), 앱 등록에 SMTP.Send와 관리자 동의를 주고, 보내는 메일함 자신으로 로그인해 " +
    "토큰을 받으세요.",
  "oauth.token-refused.gmail.cause.explain":
    "Gmail이 OAuth 2.0 액세스 토큰을 거부했습니다 (챌린지 상태 {challenge}). 만료되었거나 " +
    "취소되었거나 다른 계정용이거나 범위 https://mail.google.com/ 이 없습니다.",
  "oauth.token-refused.gmail.fix.explain":
    "범위 https://mail.google.com/ 으로 보내는 계정을 다시 인증하고 (동의 화면에 그 범위가 " +
    "있어야 합니다) 새 토큰을 쓰세요.",
  "oauth.endpoint-failed.cause.explain":
    "클라이언트가 OAuth 2.0 액세스 토큰을 받지 못했습니다. 토큰 엔드포인트의 " +
    "리프레시 그랜트가 실패해 로그인은 시도조차 되지 않았습니다.",
  "oauth.endpoint-failed.fix.explain":
    "클라이언트 ID, 클라이언트 시크릿, 리프레시 토큰을 확인하세요 (리프레시 토큰은 " +
    "만료되거나 취소될 수 있습니다). --oauth2-client-id와 --oauth2-refresh-token-env를 쓴 " +
    "`smtp-doctor check`가 엔드포인트의 오류를 그대로 보여 줍니다.",
  "oauth.invalid-grant.cause.explain":
    "토큰 엔드포인트가 리프레시 토큰을 거부했습니다 (invalid_grant). 만료되었거나 " +
    "취소되었거나 동의가 철회되었습니다.",
  "oauth.invalid-client.cause.explain":
    "토큰 엔드포인트가 클라이언트를 거부했습니다 (invalid_client). 클라이언트 ID 나 " +
    "클라이언트 시크릿이 틀렸거나 만료되었습니다.",
  "param.scope": "표시되지 않음",
  "param.secondsAgo": "알 수 없음",
  "param.fetchedSecondsAgo": "조금",
  "param.tokenUser": "다른 사용자",
  "param.expectedAudience": "메일 서비스",
  "param.expectedScopes": "서비스 제공자의 SMTP 범위",
  "param.responseCode": "5xx 응답",
} as const;
