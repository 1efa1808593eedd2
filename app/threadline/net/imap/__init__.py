"""IMAP: one verified connection to an account's incoming server (imapclient underneath)."""
