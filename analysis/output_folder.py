"""Output folders written completely or not at all (``regiosim export`` and ``regiosim report``).

    with OutputFolder("report") as out:          # out.path: a new temporary folder next to "report"
        write(os.path.join(out.path, "report.html"))
    # complete: the files are in report/; an exception: the temporary folder is removed, report/ as before

Files are written into a new folder under an unpredictable name (``tempfile.mkdtemp``: never an
existing file or link): ``<target>.tmp-<pid>-<random>`` next to the target, which is renamed to the
target when everything was written; or, when the target folder already exists,
``<target>/.tmp-<pid>-<random>`` inside it, whose files are then moved into the target one by one
(renames on the same file system: they need no space, so a full disk stops the writing, never the
moving). On any exception the temporary folder and every folder made for it are removed: a failed
export or report leaves nothing partial behind. Temporary folders of processes that no longer run
(killed exports) are removed by the next export or report to the same target.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile


class OutputFolderError(Exception):
    """The target cannot be an output folder (it is a file, a device, ...): bad input."""


def _pid_of(name: str, prefix: str) -> int:
    """The pid in ``<prefix><pid>-<random>``, or 0 when the name is not one of ours."""
    digits = name[len(prefix):].split("-", 1)[0]
    if not digits.isdigit() or len(digits) > 10:
        return 0
    pid = int(digits)
    return pid if 0 < pid < 2 ** 31 else 0


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_stale(parent: str, base: str) -> None:
    """Removes temporary folders ``<base>.tmp-<pid>-...`` in parent whose process is gone (base ""
    for the ``.tmp-<pid>-...`` folders inside an existing target)."""
    prefix = base + ".tmp-"
    try:
        names = os.listdir(parent)
    except OSError:
        return
    for name in names:
        if not name.startswith(prefix):
            continue
        pid = _pid_of(name, prefix)
        path = os.path.join(parent, name)
        if pid and not _running(pid) and os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)


def check_target(target: str, option: str) -> None:
    """Raises OutputFolderError when target cannot be an output folder."""
    if not target:
        raise OutputFolderError(f"{option}: the folder name is empty")
    if os.path.exists(target) and not os.path.isdir(target):
        raise OutputFolderError(f"{option} {target}: is a file, not a folder")


class OutputFolder:
    """See the module notes. ``path``: the temporary folder to write into (inside the ``with``)."""

    def __init__(self, target: str, option: str = "--out"):
        check_target(target, option)
        self.target = os.path.normpath(target)
        self.path = None  # absolute: tempfile.mkdtemp with an absolute folder
        self._made = []  # folders created for the target's parent, removed again on failure

    def __enter__(self) -> "OutputFolder":
        if os.path.isdir(self.target):
            remove_stale(self.target, "")
            self.path = tempfile.mkdtemp(prefix=f".tmp-{os.getpid()}-", dir=os.path.abspath(self.target))
        else:
            parent = os.path.dirname(os.path.abspath(self.target))
            missing = []
            p = parent
            while not os.path.exists(p):
                missing.append(p)
                p = os.path.dirname(p)
            for p in reversed(missing):
                os.mkdir(p)
                self._made.append(p)
            base = os.path.basename(os.path.abspath(self.target))
            remove_stale(parent, base)
            self.path = tempfile.mkdtemp(prefix=f"{base}.tmp-{os.getpid()}-", dir=parent)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(self.path, 0o777 & ~mask)  # mkdtemp makes 0700; the folder is the user's output
        return self

    def __exit__(self, kind, value, traceback) -> bool:
        if kind is None:
            try:
                self._commit()
                return False
            except BaseException:
                self._discard()
                raise
        self._discard()
        return False

    def _commit(self):
        if os.path.dirname(self.path) != os.path.abspath(self.target):
            os.rename(self.path, self.target)
            return
        _move_into(self.path, self.target)
        shutil.rmtree(self.path)  # only the emptied subfolders of merged folders are left in it

    def _discard(self):
        if self.path:
            shutil.rmtree(self.path, ignore_errors=True)
        for p in reversed(self._made):
            try:
                os.rmdir(p)
            except OSError:
                pass


def _move_into(source: str, target: str):
    """Moves every entry of source into the existing folder target (folders merged)."""
    for name in sorted(os.listdir(source)):
        src, dst = os.path.join(source, name), os.path.join(target, name)
        if os.path.isdir(src) and os.path.isdir(dst) and not os.path.islink(dst):
            _move_into(src, dst)
        else:
            if os.path.isdir(dst) and not os.path.islink(dst):
                raise OSError(errno.EISDIR, f"{dst} is a folder; cannot replace it with a file")
            os.replace(src, dst)
