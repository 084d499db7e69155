"""An email backend whose server refuses everything (a real SMTP error class, raised by the backend)."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class Backend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("SMTP server went away")
