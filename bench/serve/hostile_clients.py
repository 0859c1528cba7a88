#!/usr/bin/env python3
"""Hostile clients for bench/serve/hostile.sh: holds STALLED connections that send a request line and
one header and then nothing, and SLOW connections that pipeline requests and read the answers one
byte a second, both reopened when the server closes them, for SECONDS seconds (bounded, loopback only).

    hostile_clients.py HOST PORT STALLED SLOW SECONDS [SLOW_PATH]

Prints one line at the end: how many connections were opened and how many the server closed.
"""
import selectors
import socket
import sys
import time

host, port, stalled, slow, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
slow_path = sys.argv[6] if len(sys.argv) > 6 else "/openapi.json"
if not (host.startswith("127.") or host in ("localhost", "::1")):
    sys.exit("hostile_clients.py: loopback addresses only")

selector = selectors.DefaultSelector()
opened = closed = failed = 0
STALL = b"POST /v1/classify HTTP/1.1\r\nHost: bench\r\n"
# Enough answers to fill the socket buffers between them (about 6 KB each), so the server has writes
# waiting on the client; deeper pipelines only measure how fast it answers them up front.
PIPELINE = ("GET %s HTTP/1.1\r\nHost: bench\r\n\r\n" % slow_path).encode() * 20


def open_one(kind):
    global opened, failed
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if kind == "slow":
        # A tiny receive window, so that the server's answers back up in its send buffer.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    try:
        s.connect((host, port))
        s.sendall(STALL if kind == "stalled" else PIPELINE)
    except OSError:
        failed += 1
        s.close()
        return
    s.setblocking(False)
    opened += 1
    selector.register(s, selectors.EVENT_READ, kind)


for _ in range(stalled):
    open_one("stalled")
for _ in range(slow):
    open_one("slow")

end = time.monotonic() + seconds
while time.monotonic() < end:
    tick = time.monotonic() + 1.0
    for key, _ in selector.select(timeout=0.2):
        kind = key.data
        try:
            # Stalled ones never read on purpose; a readable one has been answered or closed.
            data = key.fileobj.recv(1)
        except BlockingIOError:
            continue
        except OSError:
            data = b""
        if not data or kind == "stalled":
            selector.unregister(key.fileobj)
            key.fileobj.close()
            closed += 1
            open_one(kind)
    time.sleep(max(0.0, tick - time.monotonic()))

print("hostile clients: %d stalled, %d slow; opened %d, closed by the server %d, failed to open %d"
      % (stalled, slow, opened, closed, failed))
