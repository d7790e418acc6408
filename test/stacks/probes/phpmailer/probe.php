<?php
// PHPMailer 6 (Debian libphp-phpmailer) sending one message as a PHP application configures it.
// Prints OK, or the exception as apps log it: "PHPMailer\PHPMailer\Exception: <message>" and, when it says
// something else, "ErrorInfo: <ErrorInfo>" on a second line.
require '/usr/share/php/libphp-phpmailer/autoload.php';

use PHPMailer\PHPMailer\Exception;
use PHPMailer\PHPMailer\PHPMailer;

function env(string $name, string $fallback = ''): string
{
    $v = getenv($name);
    return $v === false || $v === '' ? $fallback : $v;
}

$security = env('SMTP_SECURITY', 'none');
$timeout = (int) ceil((float) env('SMTP_TIMEOUT', '10'));
$bodyBytes = (int) env('SMTP_BODY_BYTES', '0');

$mail = new PHPMailer(true);
try {
    $mail->isSMTP();
    $mail->Host = env('SMTP_HOST', '127.0.0.1');
    $mail->Port = (int) env('SMTP_PORT', '25');
    // 'tls' = STARTTLS, 'ssl' = implicit TLS; '' plus SMTPAutoTLS=false = plain text, no opportunistic upgrade.
    $secure = ['starttls' => PHPMailer::ENCRYPTION_STARTTLS, 'tls' => PHPMailer::ENCRYPTION_SMTPS];
    $mail->SMTPSecure = $secure[$security] ?? '';
    $mail->SMTPAutoTLS = $security !== 'none';
    $mail->SMTPAuth = env('SMTP_USER') !== '';
    $mail->Username = env('SMTP_USER');
    $mail->Password = env('SMTP_PASS');
    $mail->Timeout = $timeout;                         // connect and per-read socket timeout (default 300 s)
    $mail->getSMTPInstance()->Timelimit = $timeout;    // whole-reply time limit (default 300 s)
    if (env('SMTP_HELO') !== '') {
        $mail->Helo = env('SMTP_HELO');
    }
    if (env('SMTP_CA_FILE') !== '') {
        $mail->SMTPOptions = ['ssl' => ['cafile' => env('SMTP_CA_FILE'), 'verify_peer' => true,
            'verify_peer_name' => true]];
    }
    $mail->setFrom(env('SMTP_FROM'));
    $mail->addAddress(env('SMTP_TO'));
    $mail->Subject = 'smtp-doctor probe';
    $body = "smtp-doctor probe message (phpmailer)\r\n";
    while (strlen($body) < $bodyBytes) {
        $body .= str_repeat('x', 76) . "\r\n";
    }
    $mail->Body = $body;
    $mail->send();
    echo "OK\n";
    exit(0);
} catch (Exception $e) {
    echo get_class($e) . ': ' . $e->getMessage() . "\n";
    if ($mail->ErrorInfo !== '' && $mail->ErrorInfo !== $e->getMessage()) {
        echo 'ErrorInfo: ' . $mail->ErrorInfo . "\n";
    }
    exit(1);
} catch (\Throwable $e) {
    echo get_class($e) . ': ' . $e->getMessage() . "\n";
    exit(1);
}
