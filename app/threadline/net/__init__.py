"""The network edge: the TLS client context, the OS keyring, SMTP and OAuth2 sign-in.

Never imports the store, the UI or the commands: callers hand it plain settings
(:class:`threadline.net.smtp.settings.SmtpSettings`), so it can be used and tested alone.
"""
