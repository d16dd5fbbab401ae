"""The content digest at the head of every regiosim HDF5 file (docs/hdf5-schema.md), for tests that
craft files: a 512-byte user block holding "regiosim-file 1", the file's length and the SHA-256 of
every byte after the user block, padded with NUL bytes.

    from file_digest import stamp, header
    stamp(path)   # after changing a file on purpose, so that only regiosim's later checks see it
    write_huge_extent(results, copy, "name")   # a crafted file with a valid digest
"""
import hashlib

USER_BLOCK = 512


def header(data):
    """The user block regiosim writes for a file whose bytes are `data` (user block included)."""
    text = f"regiosim-file 1\nbytes {len(data)}\nsha256 {hashlib.sha256(data[USER_BLOCK:]).hexdigest()}\n"
    return text.encode("ascii").ljust(USER_BLOCK, b"\0")


def stamp(path):
    """Rewrites the digest of a file (with a user block) to match its present content."""
    with open(path, "r+b") as f:
        data = f.read()
        assert len(data) > USER_BLOCK, f"{path}: shorter than a user block"
        f.seek(0)
        f.write(header(data))


def write_huge_extent(source, target, scenario):
    """A copy of results file `source` whose scenario's seeds dataset claims 10^12 values, with a
    valid digest: only regiosim's own bounds on what it reads can refuse it."""
    import shutil

    import h5py

    shutil.copyfile(source, target)
    with h5py.File(target, "r+") as f:
        del f[f"/scenarios/{scenario}/seeds"]
        f.create_dataset(f"/scenarios/{scenario}/seeds", shape=(10**12,), dtype="u8", chunks=(1024,))
    stamp(target)


def has_valid_digest(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data) > USER_BLOCK and data[:USER_BLOCK] == header(data)
