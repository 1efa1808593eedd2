"""Threadline: a desktop email composer whose replies land in the right conversation."""

import logging

# A library's records go where the application sends them, never to Python's last-resort
# handler on stderr: a script using the Mailer gets each refusal once, in its result.
logging.getLogger("threadline").addHandler(logging.NullHandler())

__version__ = "0.1.0"

#: Reverse-DNS application id shared by the .desktop file, the AppStream metainfo,
#: the macOS bundle id and ``QGuiApplication.setDesktopFileName``.
APP_ID = "org.threadline.Threadline"

#: Human-readable application name (also the keyring service name).
APP_NAME = "Threadline"
