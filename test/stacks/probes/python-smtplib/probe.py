"""Python smtplib probe for the client-stack error matrix (test/stacks): settings from SMTP_* env."""
import os
import smtplib
import ssl
import sys
import traceback
from email.message import EmailMessage

env = os.environ.get


def context():
    ca = env("SMTP_CA_FILE") or None
    return ssl.create_default_context(cafile=ca)


def message():
    msg = EmailMessage()
    msg["From"] = env("SMTP_FROM")
    msg["To"] = env("SMTP_TO")
    msg["Subject"] = "smtp-doctor matrix probe"
    body = "Hello from the smtp-doctor matrix.\n"
    size = int(env("SMTP_BODY_BYTES") or 0)
    if size > len(body):
        body += ("x" * 76 + "\n") * ((size - len(body)) // 77 + 1)
    msg.set_content(body)
    return msg


def main():
    host, port = env("SMTP_HOST"), int(env("SMTP_PORT"))
    timeout = float(env("SMTP_TIMEOUT") or 10)
    security = env("SMTP_SECURITY") or "none"
    helo = env("SMTP_HELO") or None
    if security == "tls":
        smtp = smtplib.SMTP_SSL(host, port, local_hostname=helo, timeout=timeout, context=context())
    else:
        smtp = smtplib.SMTP(host, port, local_hostname=helo, timeout=timeout)
    with smtp:
        if security == "starttls":
            smtp.starttls(context=context())
        if env("SMTP_USER"):
            smtp.login(env("SMTP_USER"), env("SMTP_PASS") or "")
        smtp.send_message(message())
    print("OK")


try:
    main()
except Exception as e:  # noqa: BLE001 - the probe prints what an application's log shows
    sys.stdout.write("".join(traceback.format_exception_only(type(e), e)))
    sys.exit(1)
