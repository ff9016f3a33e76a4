"""mapigen_consts - the constants and GUIDs of the public headers.

Two spec lists, both cut into 'header FILE' sections so that every name
lands in the header Windows declares it in:

  spec/constants.def  ->  include/<header>.h  region "constants"
  spec/guids.def      ->  include/<header>.h  region "iids" (written by the
                          interfaces group of mapigen.py, together with the
                          interface IDs)

constants.def lines are 'NAME VALUE [TYPE]':

  VALUE   a hex (0x...) or decimal integer, possibly negative, written as
          Windows writes it (hex stays hex); or a string literal "..."
          (u"..." for a wide one: WCHAR is UTF-16 in mapix)
  TYPE    an optional C type the value is cast to, for values whose type
          matters: HRESULT codes, which must compare equal to an HRESULT
          without a signedness warning

A name Windows declares in two headers is listed under both, with the same
value; the two definitions are then identical, which C allows.

guids.def lines are 'NAME XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX'.
"""

import re
from dataclasses import dataclass

from mapigen_base import (IDENT_RE, GenError, clang_format_guard,
                          parse_guid, read_sections, where)

# Public header -> file with a "constants" region.
CONSTANT_HEADERS = {
    "mapidefs.h": "include/mapidefs.h",
    "mapiutil.h": "include/mapiutil.h",
    "mapispi.h": "include/mapispi.h",
    "edkmdb.h": "include/edkmdb.h",
    "mapiaux.h": "include/mapiaux.h",
    "mspst.h": "include/mspst.h",
    "imessage.h": "include/imessage.h",
    "mapiform.h": "include/mapiform.h",
}

GUID_SPEC_HEADERS = ("mapiguid.h", "edkguid.h", "mapiaux.h")

CAST_TYPES = {"HRESULT", "SCODE", "ULONG", "LONG", "DWORD", "WORD", "BYTE",
              "USHORT"}

INT_RE = re.compile(r"-?(?:0[xX][0-9A-Fa-f]+|[0-9]+)\Z")
STRING_RE = re.compile(r'(u?)"((?:[^"\\]|\\.)*)"\Z')


@dataclass
class Constant:
    name: str
    header: str
    text: str      # the value as the spec writes it
    ctype: str     # cast type or None
    line: int

    def definition(self):
        v = self.text
        if STRING_RE.match(v):
            return v
        if self.ctype:
            return f"(({self.ctype}){v})"
        if v.startswith("-"):
            return f"({v})"
        if not v.lower().startswith("0x") and int(v) >= 2**31:
            return f"{v}U"
        return v

    def value(self):
        """The integer value (None for a string)."""
        return int(self.text, 0) if INT_RE.match(self.text) else None


def parse_constants(root, path):
    consts = []
    seen = {}
    for lineno, header, body in read_sections(root, path, CONSTANT_HEADERS,
                                              "mapidefs.h"):
        m = re.match(r'([A-Za-z_]\w*)\s+(u?"(?:[^"\\]|\\.)*"|\S+)'
                     r'(?:\s+(\S+))?\Z', body)
        if not m:
            raise GenError(f"{where(path, lineno)}: expected 'NAME VALUE "
                           f"[TYPE]', got '{body}'")
        name, text, ctype = m.groups()
        if not INT_RE.match(text) and not STRING_RE.match(text):
            raise GenError(f"{where(path, lineno)}: {name}: value '{text}' "
                           f"is neither an integer nor a string literal")
        if ctype is not None and (ctype not in CAST_TYPES or
                                  not INT_RE.match(text)):
            raise GenError(f"{where(path, lineno)}: {name}: bad type "
                           f"'{ctype}' (one of {', '.join(sorted(CAST_TYPES))},"
                           f" integers only)")
        c = Constant(name, header, text, ctype, lineno)
        if name in seen:
            first = seen[name]
            if first.header == header or \
                    first.definition() != c.definition():
                raise GenError(f"{where(path, lineno)}: {name} is already "
                               f"defined at line {first.line}")
        else:
            seen[name] = c
        consts.append(c)
    return consts


def gen_constants(consts):
    """Region "constants" of every header that has constants."""
    out = {}
    for header, target in CONSTANT_HEADERS.items():
        lines = [f"#define {c.name} {c.definition()}" for c in consts
                 if c.header == header]
        out[target] = {"constants": clang_format_guard(lines)}
    return out


@dataclass
class Guid:
    name: str
    header: str
    guid: tuple
    line: int


def parse_guids(root, path):
    guids = []
    seen = {}
    for lineno, header, body in read_sections(root, path, GUID_SPEC_HEADERS,
                                              "mapiguid.h"):
        fields = body.split()
        if len(fields) != 2 or not IDENT_RE.match(fields[0]):
            raise GenError(f"{where(path, lineno)}: expected 'NAME GUID', "
                           f"got '{body}'")
        if fields[0] in seen:
            raise GenError(f"{where(path, lineno)}: {fields[0]} is already "
                           f"defined at line {seen[fields[0]]}")
        seen[fields[0]] = lineno
        guids.append(Guid(fields[0], header,
                          parse_guid(fields[1], path, lineno), lineno))
    return guids


def run_constants(root):
    return [gen_constants(parse_constants(root, "spec/constants.def"))]
