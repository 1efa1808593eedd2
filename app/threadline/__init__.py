"""Threadline: a desktop email composer whose replies land in the right conversation."""

__version__ = "0.1.0"

#: Reverse-DNS application id shared by the .desktop file, the AppStream metainfo,
#: the macOS bundle id and ``QGuiApplication.setDesktopFileName``.
APP_ID = "org.threadline.Threadline"

#: Human-readable application name (also the keyring service name).
APP_NAME = "Threadline"
