"""One writer per dataset: an advisory lock on ``OUT/.lock`` (``fcntl.flock``), taken atomically.

``flock`` is atomic (two runs started at the same instant: exactly one gets it) and belongs to
the open file, so the system releases it when the holder dies however it dies: a lock file left
by a killed run is stale by construction and the next run takes it. The file holds the holder's
process id and host, for the message a refused run prints. The file itself is never removed
(removing a lock file while another process opens it is how two writers come about). Where
``flock`` is not available (Windows, some network file systems), an exclusive create
(``O_CREAT | O_EXCL``) is the lock, and a lock left by a dead process is reported with what to do.
"""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

from ..errors import ArticleError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".lock"
# Errors of a file system that does not implement flock.
_NO_FLOCK = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


def _holder(path: Path) -> tuple[int, str]:
    """(process id, host) written in the lock file, or (0, "") when it holds none."""
    try:
        pid, _, host = path.read_text(encoding="utf-8").strip().partition(" ")
        return int(pid), host
    except (OSError, ValueError):
        return 0, ""


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


class DatasetLock:
    """Held from construction until `release` (or the death of this process)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.exclusive_file = False
        # O_NOFOLLOW: a symlink planted as .lock is refused, never written through.
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            self._flock()
        except OSError as exc:
            os.close(self.fd)
            if fcntl is not None and exc.errno not in _NO_FLOCK:
                raise
            self.fd = self._exclusive_create()
            self.exclusive_file = True
        self._write_holder()

    def _flock(self) -> None:
        if fcntl is None:
            raise OSError(errno.ENOSYS, "no fcntl")
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            pid, host = _holder(self.path)
            who = f"process {pid}" + (f" on {host}" if host and host != socket.gethostname() else "") if pid else "another process"
            raise ArticleError(str(self.path.parent), f"another run ({who}) is writing this dataset; wait for it to finish or stop it") from None

    def _exclusive_create(self) -> int:
        """The fallback lock: ``.lock.pid``, created exclusively, removed on release."""
        self.path = self.path.with_name(LOCK_NAME + ".pid")
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pid, host = _holder(self.path)
            here = not host or host == socket.gethostname()
            if pid and here and not _process_alive(pid):
                problem = f"a stale lock of process {pid}, which is no longer running: if no run is writing, delete {self.path} and rerun"
            else:
                problem = f"another run (process {pid or '?'}{'' if here else ' on ' + host}) is writing this dataset; if it is not, delete {self.path}"
            raise ArticleError(str(self.path.parent), problem) from None

    def _write_holder(self) -> None:
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()} {socket.gethostname()}\n".encode(), 0)

    def release(self) -> None:
        """Let the next run in: the holder line is cleared, then the lock let go."""
        if self.fd < 0:
            return
        if self.exclusive_file:
            os.close(self.fd)
            self.path.unlink(missing_ok=True)
        else:
            os.ftruncate(self.fd, 0)
            os.close(self.fd)  # closing the file releases the flock
        self.fd = -1
