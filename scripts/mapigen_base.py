"""mapigen_base - what every mapigen generator shares.

scripts/mapigen.py is the driver and holds the first generators (interfaces,
tags, errors); the later ones live in modules of their own
(mapigen_consts.py, mapigen_mapival.py, mapigen_idents.py) and all of them
use the helpers here: the error type that carries a file and line, the spec
reader, the comment stripper, GUID parsing and formatting, and the guard
that keeps clang-format away from generated text.  Python 3 standard
library only.
"""

import re

BEGIN_MARK = "/* @generated-begin {}: do not edit; see scripts/mapigen.py */"
END_MARK = "/* @generated-end {} */"

IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

GUID_RE = re.compile(
    r"\{?([0-9A-Fa-f]{8})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{4})-"
    r"([0-9A-Fa-f]{4})-([0-9A-Fa-f]{12})\}?\Z")


class GenError(Exception):
    """A problem in a spec file or a target file; the message says where."""


def where(path, line):
    return f"{path}:{line}" if line else str(path)


def strip_comment(line):
    """Drop a '#' comment and surrounding blanks."""
    return line.split("#", 1)[0].strip()


def read_text(root, relpath):
    try:
        return (root / relpath).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GenError(f"{relpath}: not found") from None


def clang_format_guard(lines):
    """Keep code formatters away from generated text (and --check quiet)."""
    return ["/* clang-format off */"] + lines + ["/* clang-format on */"]


def parse_guid(text, path, line):
    """XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX (braces allowed) as a tuple
    (Data1, Data2, Data3, [8 bytes of Data4])."""
    m = GUID_RE.match(text)
    if not m:
        raise GenError(f"{where(path, line)}: bad GUID '{text}' (expected "
                       f"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX)")
    tail = m.group(4) + m.group(5)
    return (int(m.group(1), 16), int(m.group(2), 16), int(m.group(3), 16),
            [int(tail[i:i + 2], 16) for i in range(0, 16, 2)])


def guid_args(guid):
    """The GUID as the argument list of MAPIX_DEFINE_GUID after the name."""
    data1, data2, data3, data4 = guid
    return ", ".join([f"0x{data1:08X}", f"0x{data2:04X}", f"0x{data3:04X}"] +
                     [f"0x{x:02X}" for x in data4])


def guid_text(guid):
    """The GUID in registry form, {XXXXXXXX-XXXX-...}."""
    data1, data2, data3, data4 = guid
    tail = "".join(f"{x:02X}" for x in data4)
    return f"{{{data1:08X}-{data2:04X}-{data3:04X}-{tail[:4]}-{tail[4:]}}}"


def read_sections(root, path, known, default):
    """Lines of a spec file that is cut into 'header FILE' sections.

    Yields (line number, header, fields) for every non-blank line outside
    the 'header' lines themselves; FILE must be one of known.  '#' starts a
    comment unless it is inside a double-quoted string.
    """
    header = default
    for lineno, raw in enumerate(read_text(root, path).splitlines(), 1):
        body = strip_unquoted_comment(raw)
        if not body:
            continue
        fields = body.split(None, 2)
        if fields[0] == "header":
            if len(fields) != 2 or fields[1] not in known:
                raise GenError(f"{where(path, lineno)}: expected 'header "
                               f"FILE' with FILE one of "
                               f"{', '.join(known)}, got '{body}'")
            header = fields[1]
            continue
        yield lineno, header, body


def strip_unquoted_comment(line):
    """Drop a '#' comment that is not inside a "string"; strip blanks."""
    quoted = False
    escaped = False
    for i, ch in enumerate(line):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted:
            return line[:i].strip()
    return line.strip()
