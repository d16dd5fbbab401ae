"""Byte-exact comparison of HDF5 result files, shared by the end-to-end tests (determinism, sweep,
calibration): every dataset by content, floats by bit pattern (NaN equals NaN, -0.0 differs from
0.0), strings by value, and the root attributes except those that describe how a file was made.

    from h5_content import datasets, content, root_attributes_differ
"""
import struct

import h5py
import numpy as np


def datasets(f):
    """Every dataset of an open file by its path."""
    out = {}
    f.visititems(lambda name, obj: out.__setitem__(name, obj) if isinstance(obj, h5py.Dataset) else None)
    return out


def exact(value):
    """A comparable form in which NaN equals NaN and -0.0 differs from 0.0 (bit patterns of floats)."""
    if isinstance(value, float):
        return struct.pack("<d", value)
    if isinstance(value, (tuple, list)):
        return tuple(exact(v) for v in value)
    return value


def content(ds):
    """A dataset's content in a form that compares equal only for identical data."""
    value = ds[()]
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        return [exact(tuple(row)) for row in value.tolist()]
    if isinstance(value, np.ndarray) and value.dtype.kind != "O":
        return value.tobytes()
    if isinstance(value, np.ndarray):
        return [exact(v) for v in value.tolist()]
    return exact(value)


def root_attributes_differ(a, b, ignore):
    """The root attributes, other than those in `ignore`, missing from one file or different."""
    return sorted(key for key in set(a.attrs) | set(b.attrs)
                  if key not in ignore and (key not in a.attrs or key not in b.attrs or
                                            not np.array_equal(np.asarray(a.attrs[key]), np.asarray(b.attrs[key]))))
