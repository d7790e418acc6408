"""Django probe for the client-stack error matrix: django.core.mail's SMTP EmailBackend, configured in-process."""
import os
import sys
import traceback

env = os.environ.get

import django
from django.conf import settings

security = env("SMTP_SECURITY") or "none"
settings.configure(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    EMAIL_HOST=env("SMTP_HOST"),
    EMAIL_PORT=int(env("SMTP_PORT")),
    EMAIL_HOST_USER=env("SMTP_USER") or "",
    EMAIL_HOST_PASSWORD=env("SMTP_PASS") or "",
    EMAIL_USE_TLS=security == "starttls",
    EMAIL_USE_SSL=security == "tls",
    EMAIL_TIMEOUT=float(env("SMTP_TIMEOUT") or 10),
)
django.setup()

# Django's backend takes no CA file: trust SMTP_CA_FILE the way a deployment would, through OpenSSL's environment.
if env("SMTP_CA_FILE"):
    os.environ["SSL_CERT_FILE"] = env("SMTP_CA_FILE")
if env("SMTP_HELO"):
    from django.core.mail.utils import DNS_NAME
    DNS_NAME._fqdn = env("SMTP_HELO")

from django.core.mail import send_mail

body = "Hello from the smtp-doctor matrix.\n"
size = int(env("SMTP_BODY_BYTES") or 0)
if size > len(body):
    body += ("x" * 76 + "\n") * ((size - len(body)) // 77 + 1)

try:
    send_mail("smtp-doctor matrix probe", body, env("SMTP_FROM"), [env("SMTP_TO")], fail_silently=False)
    print("OK")
except Exception as e:  # noqa: BLE001 - the probe prints what an application's log shows
    sys.stdout.write("".join(traceback.format_exception_only(type(e), e)))
    sys.exit(1)
