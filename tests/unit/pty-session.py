"""Drives a command in a real pseudo-terminal, as a person at a keyboard would.

Usage: python3 pty-session.py '<steps as JSON>' command [args...]
Each step is [text to wait for, keys to type]; keys may be "\u0003" (Ctrl-C) or "\u0004" (Ctrl-D).
Prints everything the terminal showed and exits with the command's exit code. A step whose text does
not appear within the timeout ends the session with exit code 124, so the test sees where it stopped.
"""
import json
import os
import pty
import select
import sys
import time

TIMEOUT = 30.0

steps = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])

seen = b""
searched = 0


def read(deadline):
    global seen
    ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.time()))
    if not ready:
        return False
    try:
        chunk = os.read(fd, 4096)
    except OSError:  # the command has ended and closed the terminal
        return None
    if not chunk:
        return None
    seen += chunk
    return True


def finish(code):
    sys.stdout.write(seen.decode("utf-8", "replace"))
    sys.stdout.flush()
    os._exit(code)


for expect, keys in steps:
    wanted = expect.encode("utf-8")
    deadline = time.time() + TIMEOUT
    while wanted not in seen[searched:]:
        if time.time() > deadline or read(deadline) is None:
            sys.stdout.write(f"\n[pty-session: waited in vain for {expect!r}]\n")
            finish(124)
    searched = seen.index(wanted, searched) + len(wanted)
    os.write(fd, keys.encode("utf-8"))

deadline = time.time() + TIMEOUT
while time.time() < deadline and read(deadline) is not None:
    pass
_, status = os.waitpid(pid, 0)
finish(os.waitstatus_to_exitcode(status))
