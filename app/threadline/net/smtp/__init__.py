"""Sending over SMTP: one connection, password and OAuth2 login, error classes."""
