"""mapigen_errmap - the errno -> HRESULT map.

  spec/errmap.def  ->  src/core/errmap.c  region "errmap"

Lines are 'ERRNO MAPI_CODE STG_CODE # why' (see the top of the spec): the
errno's name, the MAPI_E_* code a MAPI call returns for it, the STG_E_*
code an IStream method returns for it ('-' for the caller's default), and
a comment saying why, which every row must have: the map is only as good
as the reasons behind its rows, and the generated table repeats each
reason above its row.

The MAPI code must be a failure code of spec/errors.def (or one of the
few Exchange codes errmap.h defines); the STG code one that mapiwin.h
defines.  An errno may be listed once.
"""

import re
from dataclasses import dataclass

from mapigen_base import GenError, clang_format_guard, read_text, where

SPEC = "spec/errmap.def"
TARGET = "src/core/errmap.c"

# MAPI codes defined outside spec/errors.def that a row may name: the
# Exchange store codes errmap.h defines when edkmdb.h has not.
EXTRA_MAPI_CODES = {"MAPI_E_STORE_FULL"}

# The STG_E_* codes of include/mapiwin.h.
STG_CODES = {
    "STG_E_INVALIDFUNCTION", "STG_E_FILENOTFOUND", "STG_E_PATHNOTFOUND",
    "STG_E_TOOMANYOPENFILES", "STG_E_ACCESSDENIED",
    "STG_E_INSUFFICIENTMEMORY", "STG_E_INVALIDPOINTER", "STG_E_WRITEFAULT",
    "STG_E_READFAULT", "STG_E_SHAREVIOLATION", "STG_E_LOCKVIOLATION",
    "STG_E_FILEALREADYEXISTS", "STG_E_INVALIDPARAMETER", "STG_E_MEDIUMFULL",
    "STG_E_REVERTED", "STG_E_CANTSAVE",
}

ERRNO_RE = re.compile(r"E[A-Z0-9]+\Z")
ROW_RE = re.compile(r"(\S+)\s+(\S+)\s+(\S+)\s*(?:#\s*(.*))?\Z")


@dataclass
class Row:
    errno: str
    mapi: str
    stg: str       # None for '-'
    why: str
    line: int


def parse_errmap(root, path, mapi_codes):
    """Read spec/errmap.def into a list of Row, in file order."""
    rows = []
    seen = {}
    for lineno, raw in enumerate(read_text(root, path).splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = ROW_RE.match(line)
        if not m:
            raise GenError(f"{where(path, lineno)}: expected 'ERRNO "
                           f"MAPI_CODE STG_CODE # why', got '{line}'")
        errno, mapi, stg, why = m.groups()
        why = (why or "").strip()
        if not ERRNO_RE.match(errno):
            raise GenError(f"{where(path, lineno)}: '{errno}' is not an "
                           f"errno name (E followed by capitals)")
        if errno in seen:
            raise GenError(f"{where(path, lineno)}: {errno} is listed "
                           f"twice (first at line {seen[errno]})")
        if not mapi.startswith("MAPI_E_") or (
                mapi not in mapi_codes and mapi not in EXTRA_MAPI_CODES):
            raise GenError(f"{where(path, lineno)}: {errno}: '{mapi}' is "
                           f"not a MAPI_E_* code of spec/errors.def")
        if stg != "-" and stg not in STG_CODES:
            raise GenError(f"{where(path, lineno)}: {errno}: '{stg}' is "
                           f"neither '-' nor an STG_E_* code of mapiwin.h")
        if not why:
            raise GenError(f"{where(path, lineno)}: {errno}: the row needs "
                           f"a '# why' comment")
        if "*/" in why:
            raise GenError(f"{where(path, lineno)}: {errno}: the comment "
                           f"may not hold '*/'")
        seen[errno] = lineno
        rows.append(Row(errno, mapi, None if stg == "-" else stg, why,
                        lineno))
    if not rows:
        raise GenError(f"{path}: no rows")
    return rows


def gen_errmap(rows):
    """Region "errmap" of src/core/errmap.c: the table, a row a line."""
    lines = ["const struct errmap_row errmap_rows[] = {"]
    for r in rows:
        stg = r.stg if r.stg else "0"
        lines.append(f"\t/* {r.why} */")
        lines.append(f'\t{{{r.errno}, "{r.errno}", {r.mapi}, {stg}}},')
    lines += ["};", "",
              "const size_t errmap_count = sizeof(errmap_rows) / "
              "sizeof(errmap_rows[0]);"]
    return {TARGET: {"errmap": clang_format_guard(lines)}}


def run_errmap(root, mapi_codes):
    return [gen_errmap(parse_errmap(root, SPEC, mapi_codes))]
