"""Sending over SMTP: connections, TLS, authentication, error classes, credentials."""
