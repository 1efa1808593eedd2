"""Use cases shared by the GUI and the command line, without Qt.

``identities``: who a message goes from; ``replying``: a stored message (or a Message-ID,
or a thread key) turned into a reply or forward draft.
"""
