"""A throwaway PostgreSQL server for the tests: `initdb` a cluster in a temp folder, start it on
127.0.0.1 (a free port) with `pg_ctl`, hand out fresh databases, stop it and delete the folder.

PostgreSQL refuses to run as root, so under root the cluster belongs to an unprivileged user
(`postgres` if the system has one, else `nobody`). The binaries come from Debian's `postgresql`
package (`.ci/run` installs it when missing); $WIREWATCH_PG_BIN names another folder.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def find_bin() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    candidates = [os.environ.get("WIREWATCH_PG_BIN", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One running cluster; `url(db)` of a database in it, `new_database()` a fresh one."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="wirewatch-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = "wirewatch"
        self._as: list[str] = []
        if os.geteuid() == 0:
            owner = "postgres" if _user_exists("postgres") else "nobody"
            shutil.chown(self.folder, owner)
            os.chmod(self.folder, 0o700)
            self._as = ["runuser", "-u", owner, "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, text=True, cwd=self.folder)

    def start(self) -> PgServer:
        try:
            self._run(
                str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
                "-E", "UTF8", "--no-locale",
            )  # fmt: skip
            options = (
                f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.folder}"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
            )
            self._run(
                str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"),
                "-o", options, "-w", "-t", "60", "start",
            )  # fmt: skip
        except subprocess.CalledProcessError as e:
            log = (self.folder / "log").read_text() if (self.folder / "log").exists() else ""
            self.cleanup()
            raise RuntimeError(f"PostgreSQL did not start: {e.stderr or e.stdout}\n{log}") from e
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new empty database; returns its URL."""
        import pg8000.native

        name = "t_" + uuid.uuid4().hex[:12]
        con = pg8000.native.Connection(self.user, host="127.0.0.1", port=self.port, database="postgres")
        try:
            con.run(f"CREATE DATABASE {name}")
        finally:
            con.close()
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.cleanup()

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
