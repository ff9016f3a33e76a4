"""mapigen_mapival - parameter validation (mapival.h) from the interfaces.

Windows providers start their methods with a macro of mapival.h, such as
Validate_IMAPIProp_GetProps(This, lpPropTagArray, ulFlags, lpcValues,
lppPropArray), which hands the arguments to HrValidateParameters together
with the method's number (the METHODS enumeration) and returns from the
method when they are bad.  Everything regular about that is generated here:

  spec/mapival.def       ->  include/mapival.h       region "validate"
  + spec/interfaces.def      (the METHODS enum; MakeArg/MakeArray and
                             ValidateParametersN/UlValidateParametersN/
                             CheckParametersN for N = 1..16; the
                             Validate_/UlValidate_/CheckParameters_ macro of
                             every method)
                         ->  src/core/mapival_table.c  (whole file: what
                             HrValidateParameters checks, per method and
                             argument)

spec/mapival.def lists the methods in enumeration order, one a line:

  ENUMNAME [PARAM=RULE ...]

ENUMNAME is Interface_Method (IStream's Read and Write are IStream__Read and
IStream__Write, as on Windows).  The method's parameters come from
spec/interfaces.def; each gets a check derived from its type (see
derive_rule), which a PARAM=RULE pair replaces:

  req, opt      a pointer that must not be / may be NULL
  none          no check
  flags:A|B     ulFlags may hold only these flags (else MAPI_E_UNKNOWN_FLAGS)
  KIND:COUNT    an array whose length is parameter COUNT (KIND: buf, props,
                eid, iids, names, notifs)
"""

import re
from dataclasses import dataclass

from mapigen_base import GenError, read_text, strip_comment, where

MAX_ARGS = 16

# C enumerators of struct mapival_param's kind (src/core/mapival_int.h).
KINDS = {
    "none": "MVP_NONE", "out": "MVP_OUT", "ptr": "MVP_PTR",
    "obj": "MVP_OBJ", "flags": "MVP_FLAGS", "tags": "MVP_TAGS",
    "props": "MVP_PROPS", "res": "MVP_RES", "sort": "MVP_SORT",
    "entrylist": "MVP_ENTRYLIST", "rowset": "MVP_ROWSET", "eid": "MVP_EID",
    "buf": "MVP_BUF", "iids": "MVP_IIDS", "names": "MVP_NAMES",
    "notifs": "MVP_NOTIFS", "str": "MVP_STR",
}
COUNTED = {"buf", "props", "eid", "iids", "names", "notifs"}

# Interface pointers that may be passed in (checked for a vtable).
OBJECT_TYPES = {
    "LPUNKNOWN", "LPMAPIADVISESINK", "LPMAPIPROGRESS", "LPMESSAGE",
    "LPMAPIFOLDER", "LPMAPIPROP", "LPMAPISUP", "LPSTREAM", "IStream",
    "LPMAPITABLE", "LPMDB",
}
STRING_TYPES = {"LPTSTR", "LPSTR", "LPWSTR", "LPCTSTR", "LPCSTR", "LPCWSTR"}


@dataclass
class Rule:
    kind: str
    req: bool = False
    flags: tuple = ()
    count: int = -1      # index of the count parameter


@dataclass
class ValMethod:
    enum: str
    iface: str
    method: object       # mapigen Method
    rules: list
    line: int


def is_count(p):
    return (p is not None and p.base == "ULONG" and not p.stars and
            re.match(r"c[A-Z]|cb|cValues|cNotif|ciid|cpval", p.name))


def derive_rule(params, i):
    """The check a parameter gets from its type alone."""
    p = params[i]
    prev = params[i - 1] if i > 0 else None
    if p.stars and p.base not in ("void", "const void"):
        return Rule("out", req=True)
    if p.base == "LPSPropTagArray":
        return Rule("tags")
    if p.base == "LPSRestriction":
        return Rule("res")
    if p.base == "LPSSortOrderSet":
        return Rule("sort")
    if p.base == "LPENTRYLIST":
        return Rule("entrylist")
    if p.base in ("LPADRLIST", "LPSRowSet"):
        return Rule("rowset")
    if p.base in OBJECT_TYPES:
        return Rule("obj")
    if p.base in STRING_TYPES:
        return Rule("str")
    if is_count(prev):
        kind = {"LPSPropValue": "props", "LPNOTIFICATION": "notifs",
                "LPENTRYID": "eid", "LPBYTE": "buf"}.get(p.base)
        if kind:
            return Rule(kind, count=i - 1)
    if p.base == "LPNOTIFICATION":
        return Rule("notifs", req=True)
    return Rule("none")


def parse_rule(text, params, path, lineno):
    if text in ("req", "opt", "none"):
        return text
    m = re.match(r"flags:([A-Za-z_]\w*(?:\|[A-Za-z_]\w*)*)?\Z", text)
    if m:
        return Rule("flags", flags=tuple((m.group(1) or "").split("|"))
                    if m.group(1) else ())
    m = re.match(r"([a-z]+):([A-Za-z_]\w*)\Z", text)
    if m and m.group(1) in COUNTED:
        names = [p.name for p in params]
        if m.group(2) not in names:
            raise GenError(f"{where(path, lineno)}: no parameter "
                           f"{m.group(2)} to count {text}")
        return Rule(m.group(1), count=names.index(m.group(2)))
    raise GenError(f"{where(path, lineno)}: bad rule '{text}'")


def parse_mapival(root, path, ifaces):
    by_name = {i.name: i for i in ifaces}
    methods = []
    seen = set()
    for lineno, raw in enumerate(read_text(root, path).splitlines(), 1):
        fields = strip_comment(raw).split()
        if not fields:
            continue
        enum = fields[0]
        m = re.match(r"(I[A-Za-z]+)_(_?)([A-Za-z]+)\Z", enum)
        if not m or m.group(1) not in by_name:
            raise GenError(f"{where(path, lineno)}: '{enum}' is not "
                           f"Interface_Method of a known interface")
        if enum in seen:
            raise GenError(f"{where(path, lineno)}: {enum} listed twice")
        seen.add(enum)
        iface = by_name[m.group(1)]
        found = [meth for _, meth in iface.slots()
                 if meth.name == m.group(3)]
        if not found:
            raise GenError(f"{where(path, lineno)}: {iface.name} has no "
                           f"method {m.group(3)}")
        meth = found[0]
        if len(meth.params) + 1 > MAX_ARGS:
            raise GenError(f"{where(path, lineno)}: {enum} has more than "
                           f"{MAX_ARGS} arguments")
        rules = [derive_rule(meth.params, i)
                 for i in range(len(meth.params))]
        names = [p.name for p in meth.params]
        for pair in fields[1:]:
            name, _, text = pair.partition("=")
            if name not in names:
                raise GenError(f"{where(path, lineno)}: {enum} has no "
                               f"parameter {name}")
            i = names.index(name)
            rule = parse_rule(text, meth.params, path, lineno)
            if rule == "req":
                rules[i].req = True
                if rules[i].kind == "none":
                    rules[i].kind = "ptr"
            elif rule == "opt":
                rules[i].req = False
            elif rule == "none":
                rules[i] = Rule("none")
            else:
                rules[i] = rule
        methods.append(ValMethod(enum, iface.name, meth, rules, lineno))
    return methods


def args(n, first=1):
    return ", ".join(f"a{i}" for i in range(first, n + 1))


def gen_header(methods):
    """Region "validate" of mapival.h."""
    out = ["/* The arguments after This, each copied into its own slot(s). */"]
    for n in range(1, MAX_ARGS + 1):
        if n == 1:
            body = "memcpy(__rgArgs + (idx), &(a1), sizeof(a1))"
        else:
            body = (f"MakeArg1(idx, a1); MakeArg{n - 1}((idx) + "
                    f"ArgSize(a1), {args(n, 2)})")
        out.append(f"#define MakeArg{n}(idx, {args(n)}) {body}")
    for n in range(1, MAX_ARGS + 1):
        size = " + ".join(f"ArgSize(a{i})" for i in range(1, n + 1))
        out.append(f"#define MakeArray{n}({args(n)}) "
                   f"DWORD_PTR __rgArgs[{size}] = {{0}}; "
                   f"MakeArg{n}(0, {args(n)})")
    out.append("")
    out.append("/* Validation of a method's arguments a2..aN (a1 is This, named")
    out.append(" * so that a method that only validates uses it). */")
    for prefix, ret in (("ValidateParameters", "_hr_"),
                        ("UlValidateParameters", "(ULONG)_hr_")):
        out.append(f"#define {prefix}1(m, a1) "
                   f"do {{ (void)(m); (void)(a1); }} while (0)")
        for n in range(2, MAX_ARGS + 1):
            out.append(
                f"#define {prefix}{n}(m, {args(n)}) do {{ HRESULT _hr_; "
                f"MakeArray{n - 1}({args(n, 2)}); (void)(a1); "
                f"_hr_ = HrValidateParameters((m), (LPVOID *)__rgArgs); "
                f"if (HR_FAILED(_hr_)) return {ret}; }} while (0)")
    out.append("#define CheckParameters1(m, a1) "
               "do { (void)(m); (void)(a1); } while (0)")
    for n in range(2, MAX_ARGS + 1):
        out.append(
            f"#define CheckParameters{n}(m, {args(n)}) do {{ "
            f"MakeArray{n - 1}({args(n, 2)}); (void)(a1); "
            f"(void)HrValidateParameters((m), (LPVOID *)__rgArgs); "
            f"}} while (0)")
    out.append("")
    out.append("/* The methods HrValidateParameters knows. */")
    out.append("typedef enum _tagMethods {")
    out.extend(f"\t{m.enum} = {i}," for i, m in enumerate(methods))
    out.append("} METHODS;")
    out.append("")
    out.append("/* One validation macro of each kind per method. */")
    for m in methods:
        n = len(m.method.params) + 1
        a = args(n)
        name = m.iface + "_" + m.method.name
        for prefix, inner in (("Validate_", "ValidateParameters"),
                              ("UlValidate_", "UlValidateParameters"),
                              ("CheckParameters_", "CheckParameters")):
            out.append(f"#define {prefix}{name}({a}) "
                       f"{inner}{n}({m.enum}, {a})")
    return {"include/mapival.h": {"validate": ["/* clang-format off */"] +
                                  out + ["/* clang-format on */"]}}


TABLE_PATH = "src/core/mapival_table.c"

TABLE_HEAD = """\
/*
 * mapival_table.c - what HrValidateParameters checks: for each method of
 * the METHODS enumeration, the argument after This in each slot and the
 * rule it is held to.
 *
 * GENERATED FILE: do not edit.  scripts/mapigen.py writes it from
 * spec/mapival.def and spec/interfaces.def; change those and rerun it.
 * The rules are described in src/core/mapival_int.h.
 */
/* clang-format off */
#include <mapival.h>
#include <mapispi.h>
#include <edkmdb.h>

#include "lib.h"
#include "mapival_int.h"
"""


def gen_table(methods):
    lines = TABLE_HEAD.rstrip("\n").split("\n")
    for m in methods:
        if not m.rules:
            continue
        lines.append("")
        lines.append(f"static const struct mapival_param p_{m.enum}[] = {{")
        for p, r in zip(m.method.params, m.rules):
            flags = " | ".join(r.flags) if r.flags else "0"
            # Counted kinds hold the count's index + 1; 0 means "one".
            aux = flags if r.kind == "flags" else str(r.count + 1)
            req = "true" if r.req else "false"
            lines.append(f'\t{{{KINDS[r.kind]}, {req}, {aux}, '
                         f'"{p.name}"}},')
        lines.append("};")
    lines += ["", "const struct mapival_method mapival_methods[] = {"]
    for m in methods:
        params = (f"p_{m.enum}, N_ELEMENTS(p_{m.enum})" if m.rules
                  else "NULL, 0")
        lines.append(f'\t[{m.enum}] = {{"{m.iface}::{m.method.name}", '
                     f'{params}}},')
    lines += ["};", "",
              "const unsigned int mapival_method_count = "
              "N_ELEMENTS(mapival_methods);",
              "/* clang-format on */"]
    return {TABLE_PATH: "\n".join(lines) + "\n"}


def run_mapival(root, ifaces):
    methods = parse_mapival(root, "spec/mapival.def", ifaces)
    return [gen_header(methods), gen_table(methods)]
