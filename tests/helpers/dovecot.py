"""A private Dovecot IMAP server on 127.0.0.1: an independent threading oracle.

Messages are delivered straight into its Maildir; ``thread_references()`` asks Dovecot
for ``UID THREAD REFERENCES UTF-8 ALL`` and returns the threads as Message-ID sets.
"""

from __future__ import annotations

import contextlib
import email
import imaplib
import os
import re
import shutil
import signal
import ssl
import subprocess
import tempfile
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from imapclient import IMAPClient

from helpers.smtp_server import free_port

USER, PASSWORD = "tester", "testpass"
MAIL_UID = MAIL_GID = 8  # Debian's "mail" user


def require_dovecot() -> str:
    """The dovecot binary; skip without it, except in CI where it must be installed."""
    binary = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot is not installed in CI (.ci/system-deps installs dovecot-imapd)")
        pytest.skip("Dovecot (dovecot-imapd) is not installed")
    return binary


#: What the test Dovecot advertises without QRESYNC and CONDSTORE.
PLAIN_CAPABILITIES = (
    "IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "SORT",
    "THREAD=REFERENCES", "MULTIAPPEND", "UNSELECT", "CHILDREN", "NAMESPACE", "UIDPLUS",
    "LIST-EXTENDED", "ESEARCH", "LIST-STATUS", "MOVE", "SPECIAL-USE",
)  # fmt: skip


def capability_config(without: tuple[str, ...] = ()) -> str:
    """Configuration that advertises :data:`PLAIN_CAPABILITIES` less ``without`` (pass it
    as ``extra_config``). Dovecot still accepts the commands: the client must go by the
    list, as with a server that lacks them."""
    offered = " ".join(c for c in PLAIN_CAPABILITIES if c not in without)
    return f"protocol imap {{\n  imap_capability = {offered}\n}}\n"


class Dovecot:
    """A Dovecot instance in a folder of its own, stopped and removed on exit.

    The folder is not under pytest's tmp_path: Dovecot's unprivileged processes must be
    able to walk into it, and pytest makes its folders private (0700).
    """

    def __init__(
        self,
        *,
        tls: bool = False,
        qresync: bool = True,
        extra_config: str = "",
        user: str = USER,
        password: str = PASSWORD,
    ) -> None:
        """``tls``: ``ssl = required`` with a trustme certificate, implicit TLS on
        ``tls_port`` and STARTTLS on ``port``, SPECIAL-USE Sent and Trash folders.
        ``qresync=False`` advertises neither QRESYNC nor CONDSTORE. ``user`` and
        ``password``: the one mailbox's log-in (default ``tester`` / ``testpass``)."""
        self.binary = require_dovecot()
        root = Path(tempfile.mkdtemp(prefix="threadline-dovecot-"))
        root.chmod(0o755)
        self.root = root
        self.port = free_port()
        self.tls = tls
        self.tls_port = free_port() if tls else 0
        self.qresync = qresync
        self.extra_config = extra_config
        self.ca_file = root / "ca.pem"
        self.user, self.password = user, password
        self.maildir = root / "mail" / user / "Maildir"
        self.process: subprocess.Popen[bytes] | None = None

    def _tls_config(self) -> str:
        if not self.tls:
            return "ssl = no\n"
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        server_pem = self.root / "server.pem"
        cert.private_key_and_cert_chain_pem.write_to_path(str(server_pem))
        ca.cert_pem.write_to_path(str(self.ca_file))
        return (
            f"ssl = required\nssl_cert = <{server_pem}\nssl_key = <{server_pem}\n"
            "namespace inbox {\n  inbox = yes\n"
            "  mailbox Sent {\n    special_use = \\Sent\n    auto = subscribe\n  }\n"
            "  mailbox Trash {\n    special_use = \\Trash\n    auto = subscribe\n  }\n}\n"
        )

    def _capability_config(self) -> str:
        if self.qresync:
            return ""
        return capability_config()

    def __enter__(self) -> Dovecot:
        root = self.root
        for folder in ("run", "state", "mail"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        for sub in ("cur", "new", "tmp"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
        (root / "users").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        (root / "dovecot.conf").write_text(
            f"""base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{self._tls_config()}{self._capability_config()}
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = {MAIL_UID}
first_valid_gid = {MAIL_GID}
mail_location = maildir:{root}/mail/%u/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={MAIL_UID} gid={MAIL_GID} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
  }}
}}
{self.extra_config}"""
        )
        for path in [root / "mail", *(root / "mail").rglob("*")]:
            os.chown(path, MAIL_UID, MAIL_GID)
        self.process = self._spawn(root / "dovecot.conf")
        return self

    def _spawn(self, config: Path) -> subprocess.Popen[bytes]:
        """Dovecot in a process group of its own, so its children go with it."""
        return subprocess.Popen(
            [self.binary, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            try:  # login and imap processes that outlived the master (a test stopped it)
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def deliver(self, raw: bytes, name: str) -> None:
        """Put a message in the Maildir as a local delivery agent would."""
        target = self.maildir / "new" / f"{name}.threadline"
        target.write_bytes(raw)
        os.chown(target, MAIL_UID, MAIL_GID)

    def _login(self) -> imaplib.IMAP4:
        last: Exception | None = None
        restarts = 0
        for _ in range(100):  # until Dovecot listens: each try is a real connect attempt
            try:
                client = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
            except OSError as error:
                last = error
                assert self.process is not None
                if self.process.poll() is not None:  # it died: most likely a port taken
                    restarts += 1  # between free_port() and its bind; take others
                    assert restarts <= 3, f"dovecot died: {self._log_tail()}"
                    self._restart_on_new_ports()
                self.process_wait_briefly()
                continue
            if (self.user + self.password).isascii():
                client.login(self.user, self.password)
            else:  # imaplib's LOGIN is ASCII only; PLAIN carries UTF-8
                credentials = f"\0{self.user}\0{self.password}".encode()
                client.authenticate("PLAIN", lambda _challenge, c=credentials: c)
            return client
        raise RuntimeError(f"Dovecot did not start: {last}")

    def print_log(self) -> None:
        """The end of the server's log on stdout: pytest shows it when a test failed."""
        path = self.root / "dovecot.log"
        if path.exists():
            print("dovecot.log (end):", *path.read_text().splitlines()[-40:], sep="\n")

    def _log_tail(self) -> str:
        try:
            return " | ".join((self.root / "dovecot.log").read_text().splitlines()[-5:])
        except OSError:
            return "(no log)"

    def _restart_on_new_ports(self) -> None:
        config = self.root / "dovecot.conf"
        text = config.read_text()
        new_port = free_port()
        text = text.replace(f"port = {self.port}\n", f"port = {new_port}\n")
        self.port = new_port
        if self.tls:
            new_tls = free_port()
            text = text.replace(f"port = {self.tls_port}\n", f"port = {new_tls}\n")
            self.tls_port = new_tls
        config.write_text(text)
        self.process = self._spawn(config)

    def ready(self) -> Dovecot:
        """Wait until the server answers a log-in (connect attempts, not sleeps)."""
        self._login().logout()
        return self

    def ssl_context(self) -> ssl.SSLContext:
        """A client context trusting this server's test CA (what the app is given)."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    @contextlib.contextmanager
    def admin(self) -> Iterator[IMAPClient]:
        """A logged-in imapclient connection for a test's own setup and checks."""
        self.ready()
        if self.tls:
            client = IMAPClient("127.0.0.1", self.tls_port, ssl_context=self.ssl_context())
        else:
            client = IMAPClient("127.0.0.1", self.port, ssl=False)
        if (self.user + self.password).isascii():
            client.login(self.user, self.password)
        else:
            client.plain_login(self.user, self.password)
        try:
            yield client
        finally:
            client.logout()

    def drop_connections(self) -> None:
        """Kill every process serving a client (as a crash or a network cut would)."""
        assert self.process is not None
        master = str(self.process.pid)
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:  # a process may end while we look: that is no error
                fields = stat.read_text().rsplit(")", 1)[1].split()
                name = stat.parent.joinpath("comm").read_text().strip()
                if fields[1] == master and name in ("imap", "imap-login"):
                    os.kill(int(stat.parent.name), signal.SIGKILL)
            except (OSError, IndexError):
                continue

    def process_wait_briefly(self) -> None:
        """Give the starting server a moment (waits on the process, not a sleep)."""
        assert self.process is not None
        try:
            self.process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            return

    def thread_references(self) -> list[set[str]]:
        """Dovecot's REFERENCES threads of INBOX, as sets of Message-IDs (bare)."""
        client = self._login()
        try:
            client.select("INBOX")
            status, data = client.uid("THREAD", "REFERENCES", "UTF-8", "ALL")
            assert status == "OK", data
            raw_threads = data[0].decode() if data and data[0] else ""
            ids_by_uid: dict[str, str] = {}
            status, fetched = client.uid("FETCH", "1:*", "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            for item in fetched:
                if isinstance(item, tuple):
                    uid = re.search(rb"UID (\d+)", item[0])
                    header = email.message_from_bytes(item[1], policy=policy.default)
                    if uid:
                        ids_by_uid[uid.group(1).decode()] = str(header["Message-ID"]).strip("<>")
        finally:
            client.logout()
        threads: list[set[str]] = []
        depth = 0
        current: set[str] = set()
        for token in re.findall(r"\(|\)|\d+", raw_threads):
            if token == "(":
                depth += 1
            elif token == ")":
                depth -= 1
                if depth == 0:
                    threads.append(current)
                    current = set()
            else:
                current.add(ids_by_uid[token])
        return threads


def append(server: Dovecot, folder: str, raw: bytes, flags: tuple[bytes, ...] = ()) -> int:
    """APPEND a message through a test connection; its UID (UIDPLUS)."""
    with server.admin() as client:
        reply = client.append(folder, raw, flags=flags)
    match = re.search(rb"APPENDUID \d+ (\d+)", reply)
    assert match, reply
    return int(match.group(1))


def flags_of(server: Dovecot, folder: str) -> dict[int, set[str]]:
    """The flags of every message in ``folder``, by UID, as the server has them."""
    with server.admin() as client:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["FLAGS"]) if uids else {}
    return {
        uid: {flag.decode() for flag in data[b"FLAGS"] if flag != b"\\Recent"}
        for uid, data in fetched.items()
    }


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A Dovecot with ``ssl = required`` (trustme CA), SPECIAL-USE Sent, QRESYNC."""
    with Dovecot(tls=True) as server:
        yield server.ready()
        server.print_log()


@pytest.fixture(params=["qresync", "plain"])
def any_dovecot(request: pytest.FixtureRequest) -> Iterator[Dovecot]:
    """The same server with QRESYNC/CONDSTORE, and without them (the fallback path)."""
    with Dovecot(tls=True, qresync=request.param == "qresync") as server:
        yield server.ready()
        server.print_log()


def ids_in(server: Dovecot, folder: str) -> list[str]:
    """The Message-IDs in a server folder (expunged ones are not), sorted."""
    with server.admin() as client:
        client.select_folder(folder, readonly=True)
        uids = client.search(["NOT", "DELETED"])
        fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
    return sorted(
        data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split("<")[1].split(">")[0]
        for data in fetched.values()
    )
