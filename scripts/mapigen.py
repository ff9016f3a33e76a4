#!/usr/bin/env python3
"""mapigen - write the generated parts of mapix's headers and tables.

Several lists in mapix are too long and too regular to keep correct by hand:
the COM interfaces (vtable structs, IFoo_Method() call macros, IIDs), the
property tags and the error codes.  Each list lives once, in a small text file
under spec/, and this script turns it into C:

  spec/interfaces.def  ->  include/<header>.h    region "forward"
                             (mapidefs.h, mapispi.h, edkmdb.h, mapiform.h)
                           include/<header>.h    region "interfaces"
                             (the header each interface names)
                           include/<header>.h    region "iids"
                             (mapiguid.h, edkguid.h, mapiaux.h)
                           tests/unit/test_vtbl_macros.c   (whole file)
                           tests/unit/misuse_calls.h       (whole file)
  spec/tags.def        ->  include/<header>.h    region "tags"
                             (mapitags.h and the header each section names)
                           src/core/tagname_table.c        region "tagnames"
  spec/errors.def      ->  include/mapicode.h    region "errors"
                           src/core/errname_table.c        region "errnames"
  spec/constants.def,  ->  include/<header>.h    region "constants"
  spec/guids.def             (mapigen_consts.py)
  spec/mapival.def     ->  include/mapival.h     region "validate"
                           src/core/mapival_table.c        (whole file)
                             (mapigen_mapival.py)
  spec/errmap.def      ->  src/core/errmap.c               region "errmap"
                             (mapigen_errmap.py; names checked against
                             spec/errors.def)
  ../shared/reference/ ->  tests/compat/identifiers.c      (whole file;
  windows-identifiers.tsv    mapigen_idents.py; skipped when the list is
                             not found)

A region is the text between two marker lines that a person puts into a
hand-written file:

  /* @generated-begin NAME: do not edit; see scripts/mapigen.py */
  /* @generated-end NAME */

Only the lines between the markers are rewritten; everything else in the file
is left as it is.  The test file is generated whole.  It calls every call
macro once against a stub vtable and checks that the call reached the right
slot, so a misspelt or misordered macro cannot go unnoticed.  So is the
misuse-call header: for each interface, a function that calls any method of
a real object through its call macro with zeroed arguments and reports the
result, which the misuse matrix (tests/unit/test_misuse.c) uses to call every
method of every object from the wrong security context without a hand-written
call per method.

Usage:
  scripts/mapigen.py            rewrite every stale output in place
  scripts/mapigen.py --check    change nothing; exit 1 and summarise the
                                differences if any output is stale
  --only GROUP[,GROUP]          run only some generator groups
                                (interfaces, tags, errors, constants,
                                mapival, errmap, identifiers)
  --root DIR                    work on another tree (default: the repository
                                that contains this script)

Exit status: 0 up to date (or rewritten), 1 stale (--check), 2 error in a spec
file or a target file (nothing is written then).

The formats of the spec files are described at the top of each of them, and
in the parse_* functions below.  Python 3 standard library only.
"""

import argparse
import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mapigen_base import (BEGIN_MARK, END_MARK, IDENT_RE,  # noqa: E402
                          GenError, clang_format_guard, guid_args,
                          parse_guid, read_text, strip_comment, where)
from mapigen_consts import parse_guids, run_constants  # noqa: E402
from mapigen_mapival import run_mapival  # noqa: E402
from mapigen_errmap import run_errmap  # noqa: E402
from mapigen_idents import run_identifiers  # noqa: E402

DEFAULT_ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# spec/interfaces.def
# ---------------------------------------------------------------------------

# Public header -> path of the file that receives its "interfaces" region.
INTERFACE_HEADERS = {
    "mapidefs.h": "include/mapidefs.h",
    "mapix.h": "include/mapix.h",
    "mapiutil.h": "include/mapiutil.h",
    "mapispi.h": "include/mapispi.h",
    "edkmdb.h": "include/edkmdb.h",
    "mapiform.h": "include/mapiform.h",
}

# Headers with a "forward" region (typedefs of the interfaces declared in
# them, or used by them before their declaration).
FORWARD_HEADERS = ("mapidefs.h", "mapispi.h", "edkmdb.h", "mapiform.h")

# Public header -> path of the file that receives its "iids" region: the
# interface IDs (spec/interfaces.def) and the other GUIDs (spec/guids.def)
# that Windows declares in that header.
GUID_HEADERS = {
    "mapiguid.h": "include/mapiguid.h",
    "edkguid.h": "include/edkguid.h",
    "mapiaux.h": "include/mapiaux.h",
}

# Return types a method may have, and what the test stubs return for each.
RETURN_TYPES = {
    "HRESULT": "0",
    "ULONG": "0",
    "SIZE_T": "0",
    "int": "0",
    "BOOL": "0",
    "LPVOID": "NULL",
    "void": None,
}

# Names a macro parameter must not take: they appear literally in the
# expansion of every call macro.
RESERVED_PARAM_NAMES = {"This", "lpVtbl"}

PARAM_TYPE_RE = re.compile(
    r"(?:const\s+)?(?:struct\s+|union\s+)?[A-Za-z_][A-Za-z0-9_]*\Z")
METHOD_RE = re.compile(r"([A-Za-z_]\w*)\s+([A-Za-z_]\w*)\s*\((.*)\)\Z", re.S)


@dataclass
class Param:
    base: str      # type without the trailing stars, e.g. "LPSPropValue"
    stars: str     # "", "*", "**"
    name: str

    def decl(self, name=None):
        """A declaration of the parameter (or of a variable named name)."""
        return f"{self.base} {self.stars}{name or self.name}"


@dataclass
class Method:
    ret: str
    name: str
    params: list
    line: int
    macro: str = None     # a METHODS macro starts at this method


@dataclass
class Interface:
    name: str
    base: object          # Interface or None
    line: int
    header: str = None
    iid: tuple = None     # (Data1, Data2, Data3, [Data4: 8 bytes])
    iidname: str = None
    lps: list = field(default_factory=list)
    methods: list = field(default_factory=list)
    has_iid: bool = False
    guidheader: str = "mapiguid.h"
    forward: str = None   # header of the forward typedefs
    pending_macro: str = None
    empty_macro: str = None

    def chain(self):
        """The interfaces from the root (IUnknown) down to this one."""
        out = []
        iface = self
        while iface is not None:
            out.append(iface)
            iface = iface.base
        return list(reversed(out))

    def slots(self):
        """(origin interface, method) for every vtable slot, in order."""
        return [(owner, m) for owner in self.chain() for m in owner.methods]


def parse_param(text, path, line):
    """Split "ULONG *lpcValues" into a Param; reject anything fancier."""
    text = " ".join(text.split())
    m = re.match(r"(.*?)([A-Za-z_][A-Za-z0-9_]*)\Z", text)
    if not m or not m.group(1).strip():
        raise GenError(f"{where(path, line)}: cannot read parameter "
                       f"'{text}' (expected 'TYPE name')")
    ctype, name = m.group(1), m.group(2)
    ctype = re.sub(r"\s*\*\s*", "*", ctype).strip()
    base = ctype.rstrip("*").strip()
    stars = ctype[len(ctype.rstrip("*")):]
    if "*" in base or not PARAM_TYPE_RE.match(base):
        raise GenError(f"{where(path, line)}: unsupported parameter type "
                       f"'{ctype}' in '{text}' (use a typedef name, "
                       f"optionally const and followed by '*'s)")
    if base.startswith("const") and not stars:
        raise GenError(f"{where(path, line)}: parameter '{text}': a const "
                       f"value parameter is pointless in a prototype; drop "
                       f"the const")
    return Param(base, stars, name)


def parse_method(text, path, line):
    m = METHOD_RE.match(" ".join(text.split()))
    if not m:
        raise GenError(f"{where(path, line)}: cannot read method '{text}' "
                       f"(expected 'RET Name(TYPE name, ...)')")
    ret, name, args = m.group(1), m.group(2), m.group(3).strip()
    if ret not in RETURN_TYPES:
        raise GenError(f"{where(path, line)}: method {name}: return type "
                       f"'{ret}' is not one of {', '.join(RETURN_TYPES)}")
    if "(" in args or ")" in args:
        raise GenError(f"{where(path, line)}: method {name}: parameters "
                       f"must not contain parentheses (use a typedef)")
    params = []
    if args and args != "void":
        params = [parse_param(a, path, line) for a in args.split(",")]
    seen = set()
    for p in params:
        if p.name in seen:
            raise GenError(f"{where(path, line)}: method {name}: parameter "
                           f"'{p.name}' appears twice")
        if p.name in RESERVED_PARAM_NAMES or p.name == name:
            raise GenError(f"{where(path, line)}: method {name}: parameter "
                           f"name '{p.name}' would clash inside the call "
                           f"macro; rename it")
        seen.add(p.name)
    return Method(ret, name, params, line)


def parse_interfaces(root, path):
    """Read spec/interfaces.def into a list of Interface, in file order.

    Format: see the comment at the top of spec/interfaces.def.
    """
    text = read_text(root, path)
    ifaces = []
    by_name = {}
    cur = None
    pending = None  # (first line number, text) of a method still open
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = strip_comment(raw)
        if pending is not None:
            start, acc = pending
            acc = f"{acc} {line}"
            if acc.count("(") > acc.count(")"):
                pending = (start, acc)
                continue
            pending = None
            add_method(cur, parse_method(acc, path, start))
            continue
        if not line:
            continue
        word, _, rest = line.partition(" ")
        rest = rest.strip()
        if cur is None:
            if word != "interface":
                raise GenError(f"{where(path, lineno)}: expected "
                               f"'interface NAME : BASE', got '{line}'")
            m = re.match(r"([A-Za-z_]\w*)\s*(?::\s*([A-Za-z_]\w*))?\Z", rest)
            if not m:
                raise GenError(f"{where(path, lineno)}: cannot read "
                               f"interface line '{line}'")
            name, base = m.group(1), m.group(2)
            if name in by_name:
                raise GenError(f"{where(path, lineno)}: interface {name} "
                               f"declared twice (first at line "
                               f"{by_name[name].line})")
            if base is None and name != "IUnknown":
                raise GenError(f"{where(path, lineno)}: interface {name} "
                               f"needs a base (': IUnknown' at least)")
            if base is not None and base not in by_name:
                raise GenError(f"{where(path, lineno)}: base {base} of "
                               f"{name} must be declared earlier")
            cur = Interface(name, by_name.get(base), lineno)
            continue
        if word == "end":
            finish_interface(cur, path)
            ifaces.append(cur)
            by_name[cur.name] = cur
            cur = None
        elif word == "header":
            if rest not in INTERFACE_HEADERS:
                raise GenError(f"{where(path, lineno)}: unknown header "
                               f"'{rest}' (known: "
                               f"{', '.join(INTERFACE_HEADERS)})")
            cur.header = rest
        elif word == "iid":
            cur.iid = (None if rest == "none"
                       else parse_guid(rest, path, lineno))
            cur.has_iid = True
        elif word == "iidname":
            if not IDENT_RE.match(rest):
                raise GenError(f"{where(path, lineno)}: bad iidname '{rest}'")
            cur.iidname = rest
        elif word == "lp":
            if not IDENT_RE.match(rest):
                raise GenError(f"{where(path, lineno)}: bad lp name '{rest}'")
            cur.lps.append(rest)
        elif word == "guidheader":
            if rest not in GUID_HEADERS:
                raise GenError(f"{where(path, lineno)}: unknown guid header "
                               f"'{rest}' (known: {', '.join(GUID_HEADERS)})")
            cur.guidheader = rest
        elif word == "forward":
            if rest not in FORWARD_HEADERS:
                raise GenError(f"{where(path, lineno)}: header '{rest}' has "
                               f"no forward typedefs (known: "
                               f"{', '.join(FORWARD_HEADERS)})")
            cur.forward = rest
        elif word == "methodsmacro":
            if not IDENT_RE.match(rest) or cur.pending_macro:
                raise GenError(f"{where(path, lineno)}: bad methodsmacro "
                               f"'{rest}' (one name, then a method)")
            cur.pending_macro = rest
        elif word == "method":
            if rest.count("(") > rest.count(")"):
                pending = (lineno, rest)
            else:
                add_method(cur, parse_method(rest, path, lineno))
        else:
            raise GenError(f"{where(path, lineno)}: unknown keyword "
                           f"'{word}' inside interface {cur.name}")
    if pending is not None:
        raise GenError(f"{where(path, pending[0])}: unbalanced parentheses "
                       f"in method")
    if cur is not None:
        raise GenError(f"{where(path, cur.line)}: interface {cur.name} has "
                       f"no 'end'")
    check_unique_names(ifaces, path)
    return ifaces


def add_method(iface, method):
    """Appends a method; a pending methodsmacro starts at it."""
    method.macro = iface.pending_macro
    iface.pending_macro = None
    iface.methods.append(method)


def finish_interface(iface, path):
    if iface.pending_macro:
        if iface.methods:
            raise GenError(f"{where(path, iface.line)}: methodsmacro "
                           f"{iface.pending_macro} of {iface.name} has no "
                           f"method after it")
        # An interface that adds no method still has its (empty) macro.
        iface.empty_macro = iface.pending_macro
    if iface.header is None:
        raise GenError(f"{where(path, iface.line)}: interface {iface.name} "
                       f"has no 'header' line")
    if not iface.has_iid:
        raise GenError(f"{where(path, iface.line)}: interface {iface.name} "
                       f"has no 'iid' line ('iid none' if Windows has none)")
    if iface.forward is None:
        # The interfaces mapix had first are all forward-declared in
        # mapidefs.h; later ones in their own header, as on Windows.
        iface.forward = ("mapidefs.h" if iface.header in
                         ("mapidefs.h", "mapix.h", "mapiutil.h")
                         else iface.header)
    if iface.iidname is None:
        iface.iidname = "IID_" + iface.name
    seen = {}
    for owner, m in iface.slots():
        if m.name in seen:
            raise GenError(f"{where(path, m.line)}: method {m.name} of "
                           f"{iface.name} repeats {seen[m.name]}::{m.name}; "
                           f"a vtable cannot hold two members of one name")
        seen[m.name] = owner.name


def check_unique_names(ifaces, path):
    """Type names, IID names and IIDs must not collide across interfaces."""
    owner = {}
    by_iid = {}
    for iface in ifaces:
        names = [iface.name, iface.name + "Vtbl"] + iface.lps
        if iface.iid is not None:
            key = guid_args(iface.iid)
            if key in by_iid:
                raise GenError(f"{where(path, iface.line)}: {iface.name} has "
                               f"the same iid as {by_iid[key].name}")
            by_iid[key] = iface
            names.append(iface.iidname)
        for n in names:
            if n in owner and owner[n] is not iface:
                raise GenError(f"{where(path, iface.line)}: name {n} of "
                               f"{iface.name} is already used by "
                               f"{owner[n].name}")
            owner[n] = iface


# ---------------------------------------------------------------------------
# Interface generators
# ---------------------------------------------------------------------------

def member_decl(iface, m):
    args = [f"{iface.name} *This"] + [p.decl() for p in m.params]
    return (f"{m.ret} (STDMETHODCALLTYPE *{m.name})"
            f"({', '.join(args)});")


def call_macro(iface, m):
    names = ["This"] + [p.name for p in m.params]
    actuals = ", ".join(f"({n})" for n in names)
    return (f"#define {iface.name}_{m.name}({', '.join(names)}) "
            f"((This)->lpVtbl->{m.name}({actuals}))")


def gen_forward(ifaces):
    """Region "forward" of each interface header: the interfaces' typedefs.

    Each interface is forward-declared in the header its 'forward' names
    (see finish_interface), ahead of the declarations that use it.
    """
    out = {}
    for header in FORWARD_HEADERS:
        target = INTERFACE_HEADERS[header]
        lines = []
        for iface in ifaces:
            if iface.forward != header:
                continue
            if lines:
                lines.append("")
            lines.append(f"typedef struct {iface.name} {iface.name};")
            lines.append(f"typedef struct {iface.name}Vtbl "
                         f"{iface.name}Vtbl;")
            for lp in iface.lps:
                lines.append(f"typedef {iface.name} *{lp};")
        out[target] = {"forward": clang_format_guard(lines)}
    return out


def method_head(m):
    """MAPIMETHOD(Name) or MAPIMETHOD_(RET, Name), as Windows macros do."""
    if m.ret == "HRESULT":
        return f"MAPIMETHOD({m.name})"
    return f"MAPIMETHOD_({m.ret}, {m.name})"


def methods_macros(iface):
    """The Windows-style MAPI_IFOO_METHODS(IPURE) macros of an interface.

    Each expands to the member declarations of the methods it covers, in
    the DECLARE_MAPI_INTERFACE_ style (THIS_ and INTERFACE come from the
    including code), so a program can declare its own vtables with them.
    """
    groups = []
    for m in iface.methods:
        if m.macro:
            groups.append((m.macro, []))
        if groups:
            groups[-1][1].append(m)
    lines = []
    if iface.empty_macro:
        lines.append(f"#define {iface.empty_macro}(IPURE)")
    for name, methods in groups:
        body = []
        for m in methods:
            args = ", ".join(p.decl() for p in m.params)
            this = f"THIS_ {args}" if args else "THIS"
            body.append(f"\t{method_head(m)}({this}) IPURE;")
        lines.append(f"#define {name}(IPURE) \\")
        lines.extend(b + " \\" for b in body[:-1])
        lines.append(body[-1])
    return lines


def interface_block(iface):
    base = f" : {iface.base.name}" if iface.base else ""
    iidname = iface.iidname if iface.iid is not None else "no IID"
    lines = [f"/* {iface.name}{base}; {iidname} */",
             f"struct {iface.name}Vtbl {{"]
    for owner in iface.chain():
        if not owner.methods:
            continue
        lines.append(f"\t/* {owner.name} */")
        lines.extend("\t" + member_decl(iface, m) for m in owner.methods)
    lines += ["};",
              "",
              f"struct {iface.name} {{",
              f"\tCONST_VTBL {iface.name}Vtbl *lpVtbl;",
              "};",
              "",
              "#if !defined(__cplusplus) || defined(CINTERFACE)"]
    lines.extend(call_macro(iface, m) for _, m in iface.slots())
    lines.append("#endif")
    macros = methods_macros(iface)
    if macros:
        lines += [""] + macros
    return lines


def gen_interfaces(ifaces):
    """Region "interfaces" of each public header: vtables, structs, macros."""
    out = {}
    for header, target in INTERFACE_HEADERS.items():
        lines = []
        for iface in ifaces:
            if iface.header != header:
                continue
            if lines:
                lines.append("")
            lines.extend(interface_block(iface))
        out[target] = {"interfaces": clang_format_guard(lines)}
    return out


def gen_iids(ifaces, guids):
    """Region "iids" of each GUID header: one MAPIX_DEFINE_GUID per
    interface with an IID, then the other GUIDs of spec/guids.def."""
    out = {}
    for header, target in GUID_HEADERS.items():
        lines = [f"MAPIX_DEFINE_GUID({i.iidname}, {guid_args(i.iid)});"
                 for i in ifaces
                 if i.iid is not None and i.guidheader == header]
        lines += [f"MAPIX_DEFINE_GUID({g.name}, {guid_args(g.guid)});"
                  for g in guids if g.header == header]
        out[target] = {"iids": clang_format_guard(lines)}
    return out


TEST_PATH = "tests/unit/test_vtbl_macros.c"

TEST_HEAD = """\
/*
 * test_vtbl_macros.c - every IFoo_Method() call macro reaches its own slot.
 *
 * GENERATED FILE: do not edit.  scripts/mapigen.py writes it from
 * spec/interfaces.def; change the spec and rerun the script instead.
 *
 * For each interface the test builds an object whose vtable is filled, in
 * slot order, with stubs of exactly the declared signatures (so a member of
 * the wrong type fails to compile).  It then calls every call macro of the
 * interface, inherited ones included, with zeroed arguments and checks that
 * the stub which ran is the one for that macro's slot.
 */
/* clang-format off */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapispi.h>
#include <edkmdb.h>
#include <mapiform.h>

/* The stub that ran last: its interface and vtable slot. */
static struct {
\tconst char *iface;
\tint slot;
} last_called;

static void record_call(const char *iface, int slot)
{
\tlast_called.iface = iface;
\tlast_called.slot = slot;
}

static void forget_call(void)
{
\tlast_called.iface = NULL;
\tlast_called.slot = -1;
}

/* A macro, so that a failure is reported at the line of the call. */
#define check_call(want_iface, want_slot) \\
\tdo { \\
\t\tassert_non_null(last_called.iface); \\
\t\tassert_string_equal(last_called.iface, (want_iface)); \\
\t\tassert_int_equal(last_called.slot, (want_slot)); \\
\t} while (0)
"""


def stub_name(iface, slot):
    return f"stub_{iface.name}_{slot}"


def test_section(iface):
    lines = ["", f"/* {iface.name} */"]
    slots = iface.slots()
    for slot, (_, m) in enumerate(slots):
        args = [f"{iface.name} *This"] + [p.decl() for p in m.params]
        lines += ["",
                  f"static {m.ret} STDMETHODCALLTYPE "
                  f"{stub_name(iface, slot)}({', '.join(args)})",
                  "{",
                  "\t(void)This;"]
        lines.extend(f"\t(void){p.name};" for p in m.params)
        lines.append(f'\trecord_call("{iface.name}", {slot});')
        if RETURN_TYPES[m.ret] is not None:
            lines.append(f"\treturn {RETURN_TYPES[m.ret]};")
        lines.append("}")
    lines += ["",
              f"static CONST_VTBL {iface.name}Vtbl "
              f"stub_vtbl_{iface.name} = {{"]
    lines.extend(f"\t{stub_name(iface, s)}," for s in range(len(slots)))
    lines += ["};",
              "",
              f"static void test_{iface.name}(void **state)",
              "{",
              f"\t{iface.name} object = {{&stub_vtbl_{iface.name}}};",
              f"\t{iface.name} *obj = &object;",
              "",
              "\t(void)state;"]
    for slot, (owner, m) in enumerate(slots):
        lines += ["", f"\t/* slot {slot}: {owner.name}::{m.name} */", "\t{"]
        names = [f"a{i}" for i in range(1, len(m.params) + 1)]
        lines.extend(f"\t\t{p.decl(n)};" for p, n in zip(m.params, names))
        if m.params:
            lines.append("")
        lines.extend(f"\t\tmemset(&{n}, 0, sizeof({n}));" for n in names)
        lines += ["\t\tforget_call();",
                  f"\t\t{iface.name}_{m.name}({', '.join(['obj'] + names)});",
                  f'\t\tcheck_call("{iface.name}", {slot});',
                  "\t}"]
    lines.append("}")
    return lines


def gen_vtbl_test(ifaces):
    """The whole of tests/unit/test_vtbl_macros.c."""
    lines = TEST_HEAD.rstrip("\n").split("\n")
    for iface in ifaces:
        lines.extend(test_section(iface))
    lines += ["",
              "int main(void)",
              "{",
              "\tconst struct CMUnitTest tests[] = {"]
    lines.extend(f"\t\tcmocka_unit_test(test_{i.name})," for i in ifaces)
    lines += ["\t};",
              "",
              "\treturn cmocka_run_group_tests(tests, NULL, NULL);",
              "}",
              "/* clang-format on */"]
    return {TEST_PATH: "\n".join(lines) + "\n"}


MISUSE_PATH = "tests/unit/misuse_calls.h"

# A skip mask has one bit per slot.
MISUSE_MAX_SLOTS = 64

# Return type -> (result kind, member of struct misuse_result, cast).
MISUSE_RESULTS = {
    "HRESULT": ("MISUSE_HRESULT", "hr", ""),
    "ULONG": ("MISUSE_ULONG", "ul", ""),
    "SIZE_T": ("MISUSE_OTHER", "other", "(uint64_t)"),
    "int": ("MISUSE_OTHER", "other", "(uint64_t)(int64_t)"),
    "BOOL": ("MISUSE_OTHER", "other", "(uint64_t)(int64_t)"),
    "LPVOID": ("MISUSE_OTHER", "other", "(uint64_t)(uintptr_t)"),
    "void": ("MISUSE_VOID", None, ""),
}

MISUSE_HEAD = """\
/*
 * misuse_calls.h - calls any method of an object through its IFoo_Method()
 * call macro, with every argument zeroed, and reports what it returned.
 *
 * GENERATED FILE: do not edit.  scripts/mapigen.py writes it from
 * spec/interfaces.def; change the spec and rerun the script instead.
 *
 * The misuse matrix (test_misuse.c) calls every method of every object
 * from the wrong security context, and on dead objects, and checks each
 * answer; this header spares it a hand-written call per method, and keeps
 * it complete when an interface grows.  For each interface IFoo:
 *
 *   MISUSE_SLOTS_IFoo            the number of vtable slots
 *   misuse_call_IFoo(obj, slot, &result)
 *                                calls the method in that slot; returns 0,
 *                                or -1 for a slot out of range
 *   misuse_each_IFoo(obj, skip, report, arg)
 *                                calls every slot whose bit is clear in
 *                                skip (bit n: slot n), in slot order, and
 *                                passes each result to report(arg, result)
 *
 * Zeroed arguments are what a refused call must never look at: a method
 * that checks its object first refuses before it reads them.  A method
 * that does not check first may well crash on them.
 */
/* clang-format off */
#ifndef MAPIX_TESTS_MISUSE_CALLS_H
#define MAPIX_TESTS_MISUSE_CALLS_H

#include <stdint.h>
#include <string.h>

#include <mapix.h>
#include <mapiutil.h>
#include <mapispi.h>
#include <edkmdb.h>
#include <mapiform.h>

enum misuse_kind {
\tMISUSE_HRESULT, /* hr holds the result */
\tMISUSE_ULONG,   /* ul holds the result (AddRef, Release, OnNotify) */
\tMISUSE_OTHER,   /* other holds it (SIZE_T, int, LPVOID) */
\tMISUSE_VOID,    /* no result */
};

struct misuse_result {
\tconst char *iface;  /* "IPropData" */
\tconst char *owner;  /* the interface that declares the method */
\tconst char *method; /* "GetProps" */
\tint slot;
\tenum misuse_kind kind;
\tHRESULT hr;
\tULONG ul;
\tuint64_t other;
};

typedef void misuse_report_fn(void *arg, const struct misuse_result *result);
"""


def misuse_section(iface):
    slots = iface.slots()
    if len(slots) > MISUSE_MAX_SLOTS:
        raise GenError(f"interface {iface.name} has {len(slots)} slots; "
                       f"misuse_calls.h masks at most {MISUSE_MAX_SLOTS}")
    n = iface.name
    lines = ["",
             f"/* {n} */",
             "",
             f"#define MISUSE_SLOTS_{n} {len(slots)}",
             "",
             "static inline int",
             f"misuse_call_{n}({n} *obj, int slot,",
             "\t\t struct misuse_result *r)",
             "{",
             "\tmemset(r, 0, sizeof(*r));",
             f'\tr->iface = "{n}";',
             "\tr->slot = slot;",
             "\tswitch (slot) {"]
    for slot, (owner, m) in enumerate(slots):
        kind, member, cast = MISUSE_RESULTS[m.ret]
        names = [f"a{i}" for i in range(1, len(m.params) + 1)]
        call = f"{n}_{m.name}({', '.join(['obj'] + names)})"
        lines.append(f"\tcase {slot}: {{")
        lines.extend(f"\t\t{p.decl(a)};" for p, a in zip(m.params, names))
        if names:
            lines.append("")
        lines.extend(f"\t\tmemset(&{a}, 0, sizeof({a}));" for a in names)
        lines += [f'\t\tr->owner = "{owner.name}";',
                  f'\t\tr->method = "{m.name}";',
                  f"\t\tr->kind = {kind};"]
        if member is None:
            lines.append(f"\t\t{call};")
        else:
            lines.append(f"\t\tr->{member} = {cast}{call};")
        lines += ["\t\treturn 0;", "\t}"]
    lines += ["\tdefault:",
              "\t\treturn -1;",
              "\t}",
              "}",
              "",
              "static inline void",
              f"misuse_each_{n}({n} *obj, uint64_t skip,",
              "\t\t misuse_report_fn *report, void *arg)",
              "{",
              "\tstruct misuse_result r;",
              "\tint slot;",
              "",
              f"\tfor (slot = 0; slot < MISUSE_SLOTS_{n}; slot++) {{",
              "\t\tif (skip & ((uint64_t)1 << slot))",
              "\t\t\tcontinue;",
              f"\t\tmisuse_call_{n}(obj, slot, &r);",
              "\t\treport(arg, &r);",
              "\t}",
              "}"]
    return lines


def gen_misuse_calls(ifaces):
    """The whole of tests/unit/misuse_calls.h."""
    lines = MISUSE_HEAD.rstrip("\n").split("\n")
    for iface in ifaces:
        lines.extend(misuse_section(iface))
    lines += ["", "#endif", "/* clang-format on */"]
    return {MISUSE_PATH: "\n".join(lines) + "\n"}


# ---------------------------------------------------------------------------
# spec/tags.def
# ---------------------------------------------------------------------------

# Property types by name (MAPI values).  PT_TSTRING and PT_MV_TSTRING have no
# value of their own: they stand for the Unicode or the 8-bit type, and a tag
# of either gets NAME_W and NAME_A forms as well.
PROP_TYPES = {
    "PT_UNSPECIFIED": 0x0000, "PT_NULL": 0x0001,
    "PT_I2": 0x0002, "PT_SHORT": 0x0002,
    "PT_LONG": 0x0003, "PT_I4": 0x0003,
    "PT_R4": 0x0004, "PT_FLOAT": 0x0004,
    "PT_DOUBLE": 0x0005, "PT_R8": 0x0005,
    "PT_CURRENCY": 0x0006, "PT_APPTIME": 0x0007,
    "PT_ERROR": 0x000A, "PT_BOOLEAN": 0x000B, "PT_OBJECT": 0x000D,
    "PT_I8": 0x0014, "PT_LONGLONG": 0x0014,
    "PT_STRING8": 0x001E, "PT_UNICODE": 0x001F,
    "PT_SYSTIME": 0x0040, "PT_CLSID": 0x0048,
    "PT_SVREID": 0x00FB, "PT_SRESTRICTION": 0x00FD, "PT_ACTIONS": 0x00FE,
    "PT_BINARY": 0x0102, "PT_PTR": 0x0103,
    "PT_FILE_HANDLE": 0x0103, "PT_FILE_EA": 0x0104, "PT_VIRTUAL": 0x0105,
    "PT_MV_I2": 0x1002, "PT_MV_SHORT": 0x1002,
    "PT_MV_LONG": 0x1003, "PT_MV_I4": 0x1003,
    "PT_MV_R4": 0x1004, "PT_MV_FLOAT": 0x1004,
    "PT_MV_DOUBLE": 0x1005, "PT_MV_R8": 0x1005,
    "PT_MV_CURRENCY": 0x1006, "PT_MV_APPTIME": 0x1007,
    "PT_MV_I8": 0x1014, "PT_MV_LONGLONG": 0x1014,
    "PT_MV_STRING8": 0x101E, "PT_MV_UNICODE": 0x101F,
    "PT_MV_SYSTIME": 0x1040, "PT_MV_CLSID": 0x1048,
    "PT_MV_BINARY": 0x1102,
}
# TSTRING type -> ((suffix, concrete type) for the wide and the 8-bit form)
TSTRING_FORMS = {
    "PT_TSTRING": (("_W", "PT_UNICODE"), ("_A", "PT_STRING8")),
    "PT_MV_TSTRING": (("_W", "PT_MV_UNICODE"), ("_A", "PT_MV_STRING8")),
}
WIDE_TYPES = {PROP_TYPES["PT_UNICODE"], PROP_TYPES["PT_MV_UNICODE"]}


# Public header -> path of the file that receives its "tags" region.  Tags
# go to the header Windows declares them in; mapitags.h is the default.
TAG_HEADERS = {
    "mapitags.h": "include/mapitags.h",
    "edkmdb.h": "include/edkmdb.h",
    "mapiaux.h": "include/mapiaux.h",
    "mspst.h": "include/mspst.h",
}
# 8-bit type -> the _W/_A forms a "+AW" tag gets besides its 8-bit NAME.
STRING8_FORMS = {
    "PT_STRING8": TSTRING_FORMS["PT_TSTRING"],
    "PT_MV_STRING8": TSTRING_FORMS["PT_MV_TSTRING"],
}


@dataclass
class Tag:
    name: str
    type: str
    id: int
    line: int
    header: str = "mapitags.h"
    forms: bool = False   # an 8-bit NAME that also has NAME_W and NAME_A

    def form_types(self):
        """(suffix, concrete type) of the extra _W/_A names, if any."""
        if self.type in TSTRING_FORMS:
            return TSTRING_FORMS[self.type]
        if self.forms:
            return STRING8_FORMS[self.type]
        return ()

    def concrete(self):
        """(name, type name, value) for each name with a fixed value."""
        out = []
        if self.type not in TSTRING_FORMS:
            out.append((self.name, self.type,
                        (self.id << 16) | PROP_TYPES[self.type]))
        out += [(self.name + sfx, t, (self.id << 16) | PROP_TYPES[t])
                for sfx, t in self.form_types()]
        return out

    def key(self):
        return (self.name, self.type, self.id, self.forms)


def parse_tags(root, path):
    """Read spec/tags.def: lines 'NAME TYPE ID [+AW]', '#' comments allowed.

    NAME is the macro name (PR_SUBJECT), TYPE a PT_* name, ID the 16-bit
    property id in hex (0x0037).  '+AW' after an 8-bit type keeps NAME 8-bit
    in every build but adds the NAME_W and NAME_A forms.  A line 'header
    FILE' sends the tags after it to FILE (one of TAG_HEADERS) instead of
    mapitags.h.  A tag Windows declares in two headers is listed in both,
    identically.  Comments are for the spec's readers only and are not
    copied into the header.
    """
    tags = []
    seen = {}
    header = "mapitags.h"
    for lineno, raw in enumerate(read_text(root, path).splitlines(), 1):
        body = strip_comment(raw)
        fields = body.split()
        if not fields:
            continue
        if fields[0] == "header":
            if len(fields) != 2 or fields[1] not in TAG_HEADERS:
                raise GenError(f"{where(path, lineno)}: expected 'header "
                               f"FILE' with FILE one of "
                               f"{', '.join(TAG_HEADERS)}, got '{body}'")
            header = fields[1]
            continue
        forms = len(fields) == 4 and fields[3] == "+AW"
        if len(fields) != 3 and not forms:
            raise GenError(f"{where(path, lineno)}: expected 'NAME TYPE ID "
                           f"[+AW]', got '{body}'")
        name, ptype, pid = fields[:3]
        if not IDENT_RE.match(name) or not name.isascii():
            raise GenError(f"{where(path, lineno)}: bad tag name '{name}'")
        if ptype not in PROP_TYPES and ptype not in TSTRING_FORMS:
            raise GenError(f"{where(path, lineno)}: unknown property type "
                           f"'{ptype}' for {name}")
        if forms and ptype not in STRING8_FORMS:
            raise GenError(f"{where(path, lineno)}: '+AW' needs an 8-bit "
                           f"string type, not {ptype} ({name})")
        if not re.match(r"0[xX][0-9A-Fa-f]{1,4}\Z", pid):
            raise GenError(f"{where(path, lineno)}: bad property id '{pid}' "
                           f"for {name} (expected hex, 0x0000..0xFFFF)")
        tag = Tag(name, ptype, int(pid, 16), lineno, header, forms)
        names = [tag.name] + [n for n, _, _ in tag.concrete()]
        if name in seen and seen[name][1].key() == tag.key() and \
                seen[name][1].header != header:
            tags.append(tag)   # the same tag in a second header
            continue
        for n in names:
            if n in seen:
                raise GenError(f"{where(path, lineno)}: duplicate tag name "
                               f"{n} (also defined at line {seen[n][0]})")
        for n in names:
            seen[n] = (lineno, tag)
        tags.append(tag)
    return tags


def gen_tags(tags):
    """Region "tags" of each tag header and region "tagnames" of the table."""
    defs = {h: [] for h in TAG_HEADERS}
    for t in tags:
        out = defs[t.header]
        out.append(f"#define {t.name} PROP_TAG({t.type}, 0x{t.id:04X})")
        for sfx, ctype in t.form_types():
            out.append(f"#define {t.name}{sfx} "
                       f"PROP_TAG({ctype}, 0x{t.id:04X})")

    entries = sorted({(n, v) for t in tags for n, _, v in t.concrete()})

    def preferred_first(entry):
        # Among names of one value, the NAME_W form of a wide tag (and the
        # NAME_A form of an 8-bit one) comes first; then by name.
        name, value = entry
        sfx = "_W" if (value & 0xFFFF) in WIDE_TYPES else "_A"
        return (value, 0 if name.endswith(sfx) else 1, name)

    table = ["static const struct tagname_entry tagname_by_name[] = {"]
    table += [f'\t{{"{n}", 0x{v:08X}}},' for n, v in entries]
    table += ["};", "",
              "static const struct tagname_entry tagname_by_tag[] = {"]
    table += [f'\t{{"{n}", 0x{v:08X}}},'
              for n, v in sorted(entries, key=preferred_first)]
    table.append("};")
    out = {TAG_HEADERS[h]: {"tags": clang_format_guard(lines)}
           for h, lines in defs.items()}
    out["src/core/tagname_table.c"] = {"tagnames": clang_format_guard(table)}
    return out


# ---------------------------------------------------------------------------
# spec/errors.def
# ---------------------------------------------------------------------------

# Generic OLE codes that an '=' line may name, with their values (winerror.h).
BASE_CODES = {
    "S_OK": 0x00000000, "S_FALSE": 0x00000001,
    "E_UNEXPECTED": 0x8000FFFF, "E_NOTIMPL": 0x80004001,
    "E_NOINTERFACE": 0x80004002, "E_POINTER": 0x80004003,
    "E_ABORT": 0x80004004, "E_FAIL": 0x80004005,
    "E_ACCESSDENIED": 0x80070005, "E_HANDLE": 0x80070006,
    "E_OUTOFMEMORY": 0x8007000E, "E_INVALIDARG": 0x80070057,
}
MAPI_E_BASE = 0x80040000   # MAKE_MAPI_E(x): severity 1, FACILITY_ITF
MAPI_S_BASE = 0x00040000   # MAKE_MAPI_S(x): severity 0, FACILITY_ITF

ERROR_LINE_RE = re.compile(
    r"([A-Za-z_]\w*)\s+(E|S|=)\s+(\S+)\s+(0[xX][0-9A-Fa-f]{8})\s+"
    r'"((?:[^"\\]|\\.)*)"\s*(?:#.*)?\Z')


@dataclass
class ErrorCode:
    name: str
    kind: str      # "E", "S" or "="
    value: str     # the code (E, S) or the aliased macro name (=)
    full: int
    message: str   # C string contents, escapes kept as written
    line: int

    def definition(self):
        if self.kind == "=":
            return self.value
        macro = "MAKE_MAPI_E" if self.kind == "E" else "MAKE_MAPI_S"
        return f"{macro}(0x{int(self.value, 16):X})"


def parse_errors(root, path):
    """Read spec/errors.def: lines 'NAME KIND VALUE 0xFULLHEX "message"'.

    KIND E: VALUE is the code, NAME = MAKE_MAPI_E(VALUE).
    KIND S: VALUE is the code, NAME = MAKE_MAPI_S(VALUE).
    KIND =: VALUE is another macro (E_FAIL, or a name defined earlier in the
            file), NAME = VALUE.
    FULLHEX is the resulting 32-bit value; it is checked against KIND/VALUE.
    The message is a C string literal (escapes allowed).  '#' comments are
    allowed on their own lines and after the message.
    """
    codes = []
    known = dict(BASE_CODES)
    seen = {}
    for lineno, raw in enumerate(read_text(root, path).splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = ERROR_LINE_RE.match(line)
        if not m:
            raise GenError(f"{where(path, lineno)}: expected "
                           f"'NAME KIND VALUE 0xFULLHEX \"message\"', got "
                           f"'{line}'")
        name, kind, value, full, message = m.groups()
        full = int(full, 16)
        if name in seen:
            raise GenError(f"{where(path, lineno)}: duplicate error name "
                           f"{name} (also defined at line {seen[name]})")
        if kind in ("E", "S"):
            if not re.match(r"0[xX][0-9A-Fa-f]{1,4}\Z", value):
                raise GenError(f"{where(path, lineno)}: {name}: code "
                               f"'{value}' must be hex, 0x0..0xFFFF")
            base = MAPI_E_BASE if kind == "E" else MAPI_S_BASE
            expect = base | int(value, 16)
            what = f"MAKE_MAPI_{kind}({value})"
        else:
            if value not in known:
                raise GenError(f"{where(path, lineno)}: {name}: '{value}' "
                               f"is neither a known OLE code nor defined "
                               f"earlier in the file")
            expect = known[value]
            what = value
        if expect != full:
            raise GenError(f"{where(path, lineno)}: {name}: {what} is "
                           f"0x{expect:08X}, but the line says 0x{full:08X}")
        seen[name] = lineno
        known[name] = full
        codes.append(ErrorCode(name, kind, value, full, message, lineno))
    return codes


def gen_errors(codes):
    """Region "errors" of mapicode.h and region "errnames" of the table."""
    defs = [f"#define {c.name} {c.definition()} /* 0x{c.full:08X} */"
            for c in codes]
    # Sorted by value as unsigned; names sharing a value keep file order.
    table = ["static const struct errname_entry errname_table[] = {"]
    table += [f'\t{{(HRESULT)0x{c.full:08X}, "{c.name}", "{c.message}"}},'
              for c in sorted(codes, key=lambda c: c.full)]
    table.append("};")
    return {"include/mapicode.h": {"errors": clang_format_guard(defs)},
            "src/core/errname_table.c":
                {"errnames": clang_format_guard(table)}}


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

def run_interfaces(root):
    ifaces = parse_interfaces(root, "spec/interfaces.def")
    guids = parse_guids(root, "spec/guids.def")
    names = {i.iidname: i for i in ifaces if i.iid is not None}
    for g in guids:
        if g.name in names:
            raise GenError(f"spec/guids.def:{g.line}: {g.name} is the IID of "
                           f"{names[g.name].name} in spec/interfaces.def")
    return [gen_forward(ifaces), gen_interfaces(ifaces),
            gen_iids(ifaces, guids), gen_vtbl_test(ifaces),
            gen_misuse_calls(ifaces)]


def run_tags(root):
    return [gen_tags(parse_tags(root, "spec/tags.def"))]


def run_errors(root):
    return [gen_errors(parse_errors(root, "spec/errors.def"))]


# Generator groups: name -> function(root) returning a list of outputs.  An
# output maps a path (relative to the root) either to {region: [lines]} for a
# hand-written file with markers, or to the full text of a generated file.
GROUPS = {
    "interfaces": run_interfaces,
    "tags": run_tags,
    "errors": run_errors,
    "constants": run_constants,
    "mapival": lambda root: run_mapival(
        root, parse_interfaces(root, "spec/interfaces.def")),
    "errmap": lambda root: run_errmap(
        root, {c.name for c in parse_errors(root, "spec/errors.def")
               if c.full & 0x80000000}),
    "identifiers": run_identifiers,
}


def replace_region(text, relpath, name, lines):
    """Return text with the body of region name replaced by lines."""
    begin, end = BEGIN_MARK.format(name), END_MARK.format(name)
    rows = text.splitlines(keepends=True)
    starts = [i for i, r in enumerate(rows) if r.strip() == begin]
    ends = [i for i, r in enumerate(rows) if r.strip() == end]
    if not starts or not ends:
        missing = begin if not starts else end
        raise GenError(f"{relpath}: marker line missing: {missing}\n"
                       f"  (put the pair\n    {begin}\n    {end}\n"
                       f"  where the generated {name} code belongs)")
    if len(starts) > 1 or len(ends) > 1:
        raise GenError(f"{relpath}: region {name} is marked more than once")
    if ends[0] < starts[0]:
        raise GenError(f"{relpath}: region {name} ends before it begins")
    body = "".join(line + "\n" for line in lines)
    return "".join(rows[:starts[0] + 1]) + body + "".join(rows[ends[0]:])


def build(root, groups):
    """Compute every output file: {relpath: (old text or None, new, why)}.

    All errors are collected and raised together, so one run reports every
    missing marker at once; nothing has been written at that point.
    """
    results = {}
    errors = []
    for group in groups:
        try:
            outputs = GROUPS[group](root)
        except GenError as e:
            errors.append(str(e))
            continue
        for output in outputs:
            for relpath, content in output.items():
                try:
                    results[relpath] = apply_output(root, relpath, content,
                                                    results.get(relpath))
                except GenError as e:
                    errors.append(str(e))
    if errors:
        raise GenError("\n".join(errors))
    return results


def apply_output(root, relpath, content, previous):
    """Apply one generator output to a file (or to its pending new text)."""
    if isinstance(content, str):
        path = root / relpath
        old = path.read_text(encoding="utf-8") if path.exists() else None
        return (old, content, "whole file")
    if previous is None:
        old = read_text(root, relpath)
        previous = (old, old, "")
    old, new, why = previous
    for region, lines in content.items():
        new = replace_region(new, relpath, region, lines)
        if region_body(old, region) != lines:
            why = f"{why}, {region}" if why else f"region {region}"
    return (old, new, why)


def region_body(text, name):
    """The current lines of a region (None if the markers are missing)."""
    begin, end = BEGIN_MARK.format(name), END_MARK.format(name)
    rows = [r.strip("\n") for r in text.splitlines()]
    stripped = [r.strip() for r in rows]
    if begin not in stripped or end not in stripped:
        return None
    return rows[stripped.index(begin) + 1:stripped.index(end)]


def diff_summary(relpath, old, new, max_lines=40):
    diff = list(difflib.unified_diff(
        (old or "").splitlines(), new.splitlines(),
        f"a/{relpath}", f"b/{relpath}", lineterm="", n=1))
    added = sum(1 for d in diff if d.startswith("+") and
                not d.startswith("+++"))
    removed = sum(1 for d in diff if d.startswith("-") and
                  not d.startswith("---"))
    out = [f"  +{added} -{removed} lines"]
    out += ["    " + d for d in diff[:max_lines]]
    if len(diff) > max_lines:
        out.append(f"    ... ({len(diff) - max_lines} more diff lines)")
    return "\n".join(out)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Write the generated regions of mapix's headers and "
                    "tables from spec/*.def.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if any output is stale")
    parser.add_argument("--only", metavar="GROUP[,GROUP]",
                        help="run only these generator groups: " +
                             ", ".join(GROUPS))
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT,
                        help="tree to work on (default: this repository)")
    args = parser.parse_args(argv)

    groups = list(GROUPS)
    if args.only:
        groups = [g.strip() for g in args.only.split(",") if g.strip()]
        unknown = [g for g in groups if g not in GROUPS]
        if unknown:
            parser.error(f"unknown group(s) {', '.join(unknown)}; "
                         f"known: {', '.join(GROUPS)}")
    root = args.root.resolve()

    try:
        results = build(root, groups)
    except GenError as e:
        for line in str(e).splitlines():
            print(f"mapigen: error: {line}" if not line.startswith(" ")
                  else line, file=sys.stderr)
        return 2

    stale = {p: r for p, r in sorted(results.items()) if r[0] != r[1]}
    if args.check:
        if not stale:
            return 0
        print(f"mapigen: {len(stale)} generated file(s) out of date; "
              f"run scripts/mapigen.py", file=sys.stderr)
        for relpath, (old, new, why) in stale.items():
            state = "missing" if old is None else "stale"
            print(f"{relpath}: {state} ({why})", file=sys.stderr)
            print(diff_summary(relpath, old, new), file=sys.stderr)
        return 1
    for relpath, (_, new, why) in stale.items():
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new, encoding="utf-8")
        print(f"mapigen: wrote {relpath} ({why})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
