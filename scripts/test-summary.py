#!/usr/bin/env python3
"""Turn meson's test logs into the one closing line CI reads.

Each argument is a meson-logs/testlog.json path, optionally prefixed with
"LABEL:".  For tests that speak TAP (our cmocka programs) every "ok" /
"not ok" line counts as one result and "# SKIP" as skipped; other tests
count once by their meson result.  In a run labelled (the valgrind pass)
each test program counts once, since its cases were already counted in the
main run.  A log that is missing counts as one failure.  Prints failures,
then "N passed, N failed, N skipped" as the very last line; exits 1 when
anything failed.
"""
import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count_tap(stdout):
    passed = failed = skipped = 0
    for line in stdout.splitlines():
        m = TAP_LINE.match(line.strip())
        if not m:
            continue
        rest = m.group(2)
        if re.search(r"#\s*skip", rest, re.IGNORECASE):
            skipped += 1
        elif m.group(1) == "ok":
            passed += 1
        else:
            failed += 1
    return passed, failed, skipped


def main(args):
    passed = failed = skipped = 0
    failures = []
    for arg in args:
        label, _, path = arg.rpartition(":") if ":" in arg else ("", "", arg)
        try:
            with open(path, encoding="utf-8") as f:
                entries = [json.loads(line) for line in f if line.strip()]
        except OSError as e:
            failures.append(f"{path}: {e.strerror}")
            failed += 1
            continue
        for t in entries:
            name = (label + ":" if label else "") + t.get("name", "?")
            result = t.get("result", "FAIL")
            stdout = t.get("stdout") or ""
            p, f_, s = count_tap(stdout) if not label else (0, 0, 0)
            if p + f_ + s > 0:
                passed += p
                skipped += s
                failed += f_
                if f_ or result not in ("OK", "SKIP", "EXPECTEDFAIL"):
                    if f_ == 0:
                        failed += 1
                    failures.append(f"{name}: {result}")
            elif result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
                failures.append(f"{name}: {result}")
    for f in failures:
        print(f"FAILED {f}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
