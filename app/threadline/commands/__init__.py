"""Subcommands of the ``threadline`` command line, one module each (see threadline.cli)."""
