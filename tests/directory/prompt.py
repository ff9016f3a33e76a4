#!/usr/bin/env python3
# prompt.py - drives `mapix admin user passwd NAME` on a pseudo-terminal:
# answers its two password prompts and checks the exit status and that the
# password was never echoed.  Usage: prompt.py MAPIX NAME FIRST SECOND
# WANT_STATUS [TEXT_WANTED_IN_OUTPUT].  Exits 0 when all is as wanted.
import os
import pty
import sys
import time

mapix, name, first, second, want = sys.argv[1:6]
wanted_text = sys.argv[6] if len(sys.argv) > 6 else None

pid, fd = pty.fork()
if pid == 0:
    os.execv(mapix, [mapix, "admin", "user", "passwd", name])

out = b""


def read_until(marker, timeout=20.0):
    global out
    end = time.monotonic() + timeout
    while marker not in out and time.monotonic() < end:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return marker in out


ok = read_until(b"New password for")
if ok:
    os.write(fd, first.encode() + b"\n")
    ok = read_until(b"Retype")
if ok:
    os.write(fd, second.encode() + b"\n")
read_until(b"\0", timeout=10.0)  # everything until exit
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
text = out.decode(errors="replace")
problems = []
if not ok:
    problems.append("no prompts")
if code != int(want):
    problems.append("exit %d, wanted %s" % (code, want))
if first.encode() in out or second.encode() in out:
    problems.append("the password was echoed")
if wanted_text is not None and wanted_text not in text:
    problems.append("no '%s' in the output" % wanted_text)
if problems:
    sys.stderr.write("; ".join(problems) + "\n" + text + "\n")
    sys.exit(1)
