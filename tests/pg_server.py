"""A throwaway PostgreSQL server for the tests: ``initdb`` + ``pg_ctl start`` in a temporary
directory, on a free TCP port of 127.0.0.1, trust authentication, UTF-8 with the C collation.

PostgreSQL refuses to run as root; when the tests run as root (CI containers) the server runs as
``nobody`` (``runuser``) in a directory handed to it.  The programs are looked up on PATH, in
/usr/local/bin and in Debian's /usr/lib/postgresql/*/bin; missing, :func:`start` raises (the
tests fail: ``.ci/run`` installs Debian's ``postgresql``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "dashiji"


def find_program(name: str) -> str:
    """The path of a PostgreSQL program; FileNotFoundError naming the package to install."""
    found = shutil.which(name)
    if found:
        return found
    debian = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    for candidate in [Path("/usr/local/bin") / name, *debian]:
        if candidate.is_file():
            return str(candidate)
    raise FileNotFoundError(
        f"PostgreSQL's {name} not found (on PATH, /usr/local/bin, /usr/lib/postgresql/*/bin): "
        "install it (Debian: apt-get install postgresql)"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    root: Path
    port: int
    as_user: list[str]
    pg_ctl: str

    @property
    def url(self) -> str:
        """The URL of the server's first database (``postgres``)."""
        return self.database_url("postgres")

    def database_url(self, dbname: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        subprocess.run(
            [*self.as_user, self.pg_ctl, "stop", "-D", str(self.root / "data"), "-m", "immediate"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start(*, durable: bool = False, root: Path | None = None, settings: str = "") -> Server:
    """Start a server; the caller stops it (:meth:`Server.stop`).

    For tests (default) nothing is flushed to disk; ``durable=True`` (benchmarks) keeps fsync
    and full-page writes, and commits as SQLite's WAL mode with ``synchronous=NORMAL`` does:
    without waiting for the log to reach the disk (``synchronous_commit=off``).  ``root``: an
    empty directory to hold it (default: a new temporary one), removed by :meth:`Server.stop`;
    ``settings``: more server options (``-c name=value ...``)."""
    initdb, pg_ctl = find_program("initdb"), find_program("pg_ctl")
    root = Path(tempfile.mkdtemp(prefix="dashiji-pg-")) if root is None else root
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as nobody
        runuser = shutil.which("runuser") or "/usr/sbin/runuser"
        as_user = [runuser, "-u", "nobody", "--"]
        os.chown(root, 65534, 65534)
    data, log = root / "data", root / "server.log"
    subprocess.run(
        [
            *as_user,
            initdb,
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    port = _free_port()
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c synchronous_commit=off"
    if not durable:
        options += " -c fsync=off -c full_page_writes=off"
    if settings:  # more "-c name=value" options
        options += " " + settings
    proc = subprocess.run(
        [
            *as_user,
            pg_ctl,
            "start",
            "-D",
            str(data),
            "-l",
            str(log),
            "-w",
            "-t",
            "120",
            "-o",
            options,
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    if proc.returncode != 0:
        text = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {proc.stderr.decode(errors='replace')}\n{text}")
    return Server(root, port, as_user, pg_ctl)


def start_server(root: Path) -> Server:
    """A server for benchmarks (durable, :func:`start`) in the empty directory ``root``."""
    return start(durable=True, root=root)
