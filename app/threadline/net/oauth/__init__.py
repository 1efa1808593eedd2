"""OAuth2 sign-in for SMTP (Google, Microsoft, custom providers): Qt-free."""
