<?php
// Symfony Mailer 5.4 (Debian php-symfony-mailer) EsmtpTransport, configured the way Laravel's MailManager does:
// DSN scheme smtps:// for implicit TLS, smtp:// otherwise (5.4 then upgrades with STARTTLS whenever the server
// offers it, and goes on in plain text when it does not: there is no "require TLS" switch before Symfony 7.1),
// the socket timeout on the stream, the CA file as a stream context option.
// Prints OK, or "<exception class>: <message>" as Laravel/Symfony logs show it.
require '/usr/share/php/Symfony/Component/Mailer/autoload.php';

use Symfony\Component\Mailer\Transport\Dsn;
use Symfony\Component\Mailer\Transport\Smtp\EsmtpTransportFactory;
use Symfony\Component\Mailer\Transport\Smtp\Stream\SocketStream;
use Symfony\Component\Mime\Email;

function env(string $name, string $fallback = ''): string
{
    $v = getenv($name);
    return $v === false || $v === '' ? $fallback : $v;
}

$timeout = (float) env('SMTP_TIMEOUT', '10');
$bodyBytes = (int) env('SMTP_BODY_BYTES', '0');
$user = env('SMTP_USER');

try {
    $scheme = env('SMTP_SECURITY', 'none') === 'tls' ? 'smtps' : 'smtp';
    $options = env('SMTP_HELO') !== '' ? ['local_domain' => env('SMTP_HELO')] : [];
    $dsn = new Dsn($scheme, env('SMTP_HOST', '127.0.0.1'), $user !== '' ? $user : null,
        $user !== '' ? env('SMTP_PASS') : null, (int) env('SMTP_PORT', '25'), $options);
    $transport = (new EsmtpTransportFactory())->create($dsn);
    $stream = $transport->getStream();
    if ($stream instanceof SocketStream) {
        $stream->setTimeout($timeout);
        if (env('SMTP_CA_FILE') !== '') {
            $stream->setStreamOptions(['ssl' => ['cafile' => env('SMTP_CA_FILE'), 'verify_peer' => true,
                'verify_peer_name' => true]]);
        }
    }
    $body = "smtp-doctor probe message (symfony mailer)\r\n";
    while (strlen($body) < $bodyBytes) {
        $body .= str_repeat('x', 76) . "\r\n";
    }
    $email = (new Email())->from(env('SMTP_FROM'))->to(env('SMTP_TO'))->subject('smtp-doctor probe')->text($body);
    $transport->send($email);
    echo "OK\n";
    exit(0);
} catch (\Throwable $e) {
    echo get_class($e) . ': ' . $e->getMessage() . "\n";
    exit(1);
}
