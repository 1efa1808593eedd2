"""The mail domain: ids, subjects, replies, Outlook headers, building messages, threads.

Pure Python: no Qt, no sockets, no database.
"""
