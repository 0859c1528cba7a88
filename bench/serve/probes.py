#!/usr/bin/env python3
"""Hostile-client probes of a classify server, for bench/serve/ab.sh: the behaviours issue 15 asks
of the server, each tried over raw sockets on a loopback address, each bounded in time.

    probes.py HOST PORT MAX_CONNECTIONS

MAX_CONNECTIONS is the bound the server was started with (the connection-limit probe opens that many
and 20 more). Prints one line per probe, tab-separated: name, PASS or FAIL, what was observed.
Every probe closes its own connections; the whole run takes about 70 s.
"""
import socket
import sys
import threading
import time

host, port, max_connections = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if not (host.startswith("127.") or host in ("localhost", "::1")):
    sys.exit("probes.py: loopback addresses only")

STALLED = 8          # stalled connections: four times the classification threads of a 2-core server
HEADER_WAIT = 20     # seconds to wait for the server to close a connection stalled mid-headers
BODY_WAIT = 40       # seconds to wait for an answer to a body that stops or trickles


def connect(timeout=5.0):
    s = socket.create_connection((host, port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_answer(s, deadline):
    """Reads until the peer closes or the deadline passes: (bytes, closed, seconds waited)."""
    start = time.monotonic()
    got = b""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return got, False, time.monotonic() - start
        s.settimeout(left)
        try:
            chunk = s.recv(4096)
        except socket.timeout:
            return got, False, time.monotonic() - start
        except OSError as e:
            return got + ("<%s>" % e.__class__.__name__).encode(), True, time.monotonic() - start
        if not chunk:
            return got, True, time.monotonic() - start
        got += chunk
        if b"\r\n\r\n" in got and answer_complete(got):
            return got, False, time.monotonic() - start


def answer_complete(data):
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return False


def status_line(data):
    return data.split(b"\r\n", 1)[0].decode("latin-1") if data else ""


def describe(data, closed, seconds):
    if data:
        return "%s after %.1f s%s" % (status_line(data), seconds, ", then closed" if closed else "")
    return ("closed with no answer after %.1f s" % seconds) if closed else ("no answer, still open after %.0f s" % seconds)


def health(timeout):
    """GET /health on a new connection: (status line or error, milliseconds)."""
    start = time.monotonic()
    try:
        s = connect(timeout)
    except OSError as e:
        return "connect failed: %s" % e.__class__.__name__, (time.monotonic() - start) * 1000
    try:
        s.sendall(b"GET /health HTTP/1.1\r\nHost: probe\r\n\r\n")
        data, closed, _ = read_answer(s, start + timeout)
        if not data:
            return ("closed with no answer" if closed else "no answer"), (time.monotonic() - start) * 1000
        return status_line(data), (time.monotonic() - start) * 1000
    finally:
        s.close()


def report(name, ok, observed):
    print("%s\t%s\t%s" % (name, "PASS" if ok else "FAIL", observed), flush=True)


def probe_head():
    s = connect()
    try:
        s.sendall(b"HEAD /health HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n")
        data, closed, seconds = read_answer(s, time.monotonic() + 5)
    finally:
        s.close()
    head, _, body = data.partition(b"\r\n\r\n")
    ok = status_line(data).startswith("HTTP/1.1 200") and b"content-length" in head.lower() and not body
    report("HEAD /health", ok, "%s, %s, %d body bytes" % (status_line(data) or describe(data, closed, seconds),
           "Content-Length given" if b"content-length" in head.lower() else "no Content-Length", len(body)))


def probe_malformed_chunk():
    s = connect()
    try:
        s.sendall(b"POST /v1/classify HTTP/1.1\r\nHost: probe\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{\"texts\": [\"good\"]}\r\n0\r\n\r\n")
        data, closed, seconds = read_answer(s, time.monotonic() + 5)
        # Whatever the server sends after its answer: a second answer would break the client's framing.
        more, closed, _ = read_answer(s, time.monotonic() + 1) if data and not closed else (b"", closed, 0)
    finally:
        s.close()
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")[1:]
                   if line.lower().startswith(b"content-length:")), len(body))
    more = body[length:] + more
    observed = describe(data, closed, seconds)
    if body:
        observed += ", body %s" % body[:length][:80].decode("utf-8", "replace")
    if more:
        observed += "; then %d more bytes: %s" % (len(more), more[:120].decode("latin-1").replace("\r\n", " / ").rstrip(" /"))
    report("malformed chunk size", status_line(data).startswith("HTTP/1.1 400") and not more, observed)


def probe_stalled_headers():
    stalled = []
    for _ in range(STALLED):
        s = connect()
        s.sendall(b"POST /v1/classify HTTP/1.1\r\nHost: probe\r\n")
        stalled.append(s)
    time.sleep(0.5)
    status, ms = health(5)
    report("/health with %d connections stalled mid-headers" % STALLED, status.startswith("HTTP/1.1 200") and ms < 2000,
           "%s after %.0f ms" % (status, ms))
    outcomes = [None] * STALLED
    start = time.monotonic()

    def watch(i, s):
        outcomes[i] = read_answer(s, start + HEADER_WAIT)

    watchers = [threading.Thread(target=watch, args=(i, s)) for i, s in enumerate(stalled)]
    for w in watchers:
        w.start()
    for w in watchers:
        w.join()
    for s in stalled:
        s.close()
    closed = [o for o in outcomes if o[1] or o[0]]
    if closed:
        longest = max(o[2] for o in closed)
        kinds = sorted({status_line(o[0]) or "no answer" for o in closed})
        observed = "%d of %d closed within %.1f s (%s)" % (len(closed), STALLED, longest, ", ".join(kinds))
    else:
        observed = "none of %d closed within %d s" % (STALLED, HEADER_WAIT)
    report("stalled headers closed by a timeout", len(closed) == STALLED, observed)


def probe_slow_bodies():
    results = {}

    def stopped():
        s = connect()
        try:
            s.sendall(b"POST /v1/classify HTTP/1.1\r\nHost: probe\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 100\r\n\r\n{\"texts\": [")
            results["stopped"] = read_answer(s, time.monotonic() + BODY_WAIT)
        finally:
            s.close()

    def trickled():
        s = connect()
        start = time.monotonic()
        sent = 0
        try:
            s.sendall(b"POST /v1/classify HTTP/1.1\r\nHost: probe\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 100\r\n\r\n")
            # One byte a second, never the whole body within the wait: only a body deadline ends it.
            while time.monotonic() - start < BODY_WAIT:
                data, closed, _ = read_answer(s, time.monotonic() + 1)
                if data or closed:
                    results["trickled"] = (data, closed, time.monotonic() - start)
                    return
                try:
                    s.sendall(b" ")
                    sent += 1
                except OSError:
                    results["trickled"] = (b"", True, time.monotonic() - start)
                    return
            results["trickled"] = (b"", False, time.monotonic() - start)
        finally:
            s.close()

    threads = [threading.Thread(target=stopped), threading.Thread(target=trickled)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, label in (("stopped", "body that stops after 11 of 100 bytes"), ("trickled", "body trickled a byte a second")):
        data, closed, seconds = results[name]
        report(label, bool(data or closed) and seconds < BODY_WAIT, describe(data, closed, seconds))


def probe_connection_limit():
    held = []
    extra = 20
    try:
        for _ in range(max_connections + extra):
            try:
                held.append(connect(2))
            except OSError:
                break
        time.sleep(1)
        status, ms = health(3)
        bounded = not status.startswith("HTTP/1.1 200")
        over = "with %d idle connections open (bound %d), /health: %s after %.0f ms" % (len(held), max_connections, status, ms)
        for s in held[:2 * extra]:
            s.close()
        held = held[2 * extra:]
        time.sleep(0.5)
        status, ms = health(5)
        after = "; after closing %d: %s in %.0f ms" % (2 * extra, status, ms)
        report("connection limit", bounded and status.startswith("HTTP/1.1 200"), over + after)
    finally:
        for s in held:
            s.close()


for probe in (probe_head, probe_malformed_chunk, probe_stalled_headers, probe_slow_bodies, probe_connection_limit):
    try:
        probe()
    except OSError as e:
        report(probe.__name__, False, "probe failed: %s: %s" % (e.__class__.__name__, e))
