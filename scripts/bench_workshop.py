#!/usr/bin/env python3
"""A workshop with many participants giving dots at the same time, against a running server.

Called by scripts/bench-workshop, which starts a release build and prepares a closed round. Every
participant joins through the guest link as a separate browser would (own cookies, own CSRF
token, own event stream that reloads its part of the page), then all give their dots at once: each dot once, one dot twice (the same form sent again,
as a double click or a retry does), and one dot more than allowed. The facilitator's page listens
to the server-sent events and reloads its counts like htmx does; the script records when the
counts show each dot. Prints one line of JSON with the figures.

Only the Python standard library; traffic goes to 127.0.0.1 only.
"""

import http.client
import json
import re
import sys
import threading
import time
import urllib.parse

HOST, PORT = "127.0.0.1", int(sys.argv[1])
TOKEN_PATH = sys.argv[2]          # /w/<token>
FACILITATOR_PATH = sys.argv[3]    # /m/<ags>/selbstcheck/workshops/<id>
COORDINATOR_COOKIE = sys.argv[4]  # session and csrf cookies of the coordinator
PARTICIPANTS = int(sys.argv[5])
DOTS = int(sys.argv[6])

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
DOT_FORM = re.compile(
    r'name="action" value="add">\s*<input type="hidden" name="item" value="([^"]+)">\s*'
    r'<input type="hidden" name="nonce" value="([^"]+)">'
)
TOTAL = re.compile(r'<td class="table__numeric"><strong>(\d+)</strong></td>')
ROLES = ["administration", "politics", "civil_society", "business", "other"]


class Client:
    """One browser: a connection and its cookies."""

    def __init__(self):
        self.conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
        self.cookies = {}

    def request(self, method, path, fields=None, headers=None):
        body = urllib.parse.urlencode(fields, doseq=True) if fields is not None else None
        h = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Sec-Fetch-Site"] = "same-origin"
        h.update(headers or {})
        for attempt in range(3):
            try:
                self.conn.request(method, path, body=body, headers=h)
                response = self.conn.getresponse()
                text = response.read().decode("utf-8")
                break
            except (ConnectionError, http.client.HTTPException):
                if attempt == 2:
                    raise
                self.conn.close()
                self.conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                self.cookies[key.strip()] = val.strip()
        return response.status, text


def total_of(fragment):
    return sum(int(n) for n in TOTAL.findall(fragment))


def main():
    seen = []  # (time, total dots the facilitator's counts show)
    stop = threading.Event()
    facilitator_ready = threading.Event()

    def facilitator():
        cookies = COORDINATOR_COOKIE
        events = http.client.HTTPConnection(HOST, PORT, timeout=120)
        events.request("GET", FACILITATOR_PATH + "/events", headers={"Cookie": cookies, "Accept": "text/event-stream"})
        stream = events.getresponse()
        assert stream.status == 200, stream.status
        page = http.client.HTTPConnection(HOST, PORT, timeout=60)
        facilitator_ready.set()
        while not stop.is_set():
            line = stream.fp.readline()
            if not line:
                break
            if line.startswith(b"event: changed"):
                page.request("GET", FACILITATOR_PATH + "/moderation", headers={"Cookie": cookies, "HX-Request": "true"})
                fragment = page.getresponse().read().decode("utf-8")
                seen.append((time.monotonic(), total_of(fragment)))

    watcher = threading.Thread(target=facilitator, daemon=True)
    watcher.start()
    facilitator_ready.wait(10)

    # Everyone joins first (as people do when the facilitator shows the link).
    clients = [Client() for _ in range(PARTICIPANTS)]
    forms = [None] * PARTICIPANTS
    join_errors = []

    def join(i):
        c = clients[i]
        status, page = c.request("GET", TOKEN_PATH)
        csrf = CSRF.search(page)
        fields = {"csrf": csrf.group(1), "name": f"Person {i + 1}", "role": ROLES[i % len(ROLES)]}
        if i % 2 == 0:
            fields["show_name"] = "on"
        status, _ = c.request("POST", TOKEN_PATH, fields)
        if status != 303:
            join_errors.append(status)
            return
        status, page = c.request("GET", TOKEN_PATH)
        forms[i] = (CSRF.search(page).group(1), DOT_FORM.findall(page))

    run_all(join, PARTICIPANTS)
    # Each participant's page listens to the events too and reloads its part, as htmx does.
    guest_reloads = [0]

    def listen(i):
        c = clients[i]
        cookie = "; ".join(f"{k}={v}" for k, v in c.cookies.items())
        events = http.client.HTTPConnection(HOST, PORT, timeout=120)
        events.request("GET", TOKEN_PATH + "/events", headers={"Cookie": cookie, "Accept": "text/event-stream"})
        stream = events.getresponse()
        page = http.client.HTTPConnection(HOST, PORT, timeout=60)
        while not stop.is_set():
            line = stream.fp.readline()
            if not line:
                break
            if line.startswith(b"event: changed"):
                page.request("GET", TOKEN_PATH, headers={"Cookie": cookie, "HX-Request": "true"})
                page.getresponse().read()
                with lock:
                    guest_reloads[0] += 1

    lock = threading.Lock()
    for i in range(PARTICIPANTS):
        threading.Thread(target=listen, args=(i,), daemon=True).start()
    if join_errors or any(f is None or not f[1] for f in forms):
        print(json.dumps({"error": "joining failed", "statuses": join_errors[:5]}))
        return 1
    time.sleep(0.5)
    baseline = seen[-1][1] if seen else 0

    counted = []  # time each counted dot's response arrived
    outcomes = {"counted": 0, "replayed": 0, "refused": 0, "other": 0}
    barrier = threading.Barrier(PARTICIPANTS)

    def give(i):
        c = clients[i]
        csrf, targets = forms[i]
        barrier.wait()
        sent = []
        for n in range(DOTS + 1):
            item, nonce = targets[(i + n) % len(targets)]
            # Each dot its own nonce, as each page view's form has (the page's own nonces are one
            # per view and target, and this participant does not reload between dots).
            fields = {"csrf": csrf, "action": "add", "item": item, "nonce": f"bench-{i}-{n}-{nonce[:8]}"}
            status, _ = c.request("POST", TOKEN_PATH + "/dots", fields)
            at = time.monotonic()
            with lock:
                if status == 303 and n < DOTS:
                    outcomes["counted"] += 1
                    counted.append(at)
                elif status == 409 and n == DOTS:
                    outcomes["refused"] += 1
                else:
                    outcomes["other"] += 1
            if n == 0:
                sent.append(fields)
        # The first dot again, same nonce: must not count twice.
        status, _ = c.request("POST", TOKEN_PATH + "/dots", sent[0])
        with lock:
            outcomes["replayed" if status in (303, 409) else "other"] += 1

    started = time.monotonic()
    run_all(give, PARTICIPANTS)
    elapsed = time.monotonic() - started
    # Let the last nudge arrive.
    deadline = time.monotonic() + 5
    expected = baseline + outcomes["counted"]
    while time.monotonic() < deadline and (not seen or seen[-1][1] < expected):
        time.sleep(0.05)
    stop.set()

    # Latency of a dot: from its response to the first facilitator reload whose counts include at
    # least as many dots as had been confirmed by then.
    counted.sort()
    latencies = []
    for k, at in enumerate(counted, start=1):
        shown = next((t for t, total in seen if t >= at and total >= baseline + k), None)
        latencies.append(None if shown is None else shown - at)
    missing = sum(1 for latency in latencies if latency is None)
    values = sorted(latency for latency in latencies if latency is not None)

    def pct(p):
        return round(values[min(len(values) - 1, int(p * len(values)))] * 1000, 1) if values else None

    # What the facilitator shows in the end, read once more without the event stream.
    final = Client()
    final.cookies = dict(kv.split("=", 1) for kv in COORDINATOR_COOKIE.split("; "))
    _, fragment = final.request("GET", FACILITATOR_PATH + "/moderation", headers={"HX-Request": "true"})
    print(json.dumps({
        "participants": PARTICIPANTS,
        "dots_per_participant": DOTS,
        "dots_sent": PARTICIPANTS * (DOTS + 2),
        "counted": outcomes["counted"],
        "refused_over_limit": outcomes["refused"],
        "replays_not_counted": outcomes["replayed"],
        "other": outcomes["other"],
        "final_total": total_of(fragment) - baseline,
        "expected_total": PARTICIPANTS * DOTS,
        "reloads": len(seen),
        "participant_reloads": guest_reloads[0],
        "dots_per_second": round(outcomes["counted"] / elapsed, 1),
        "seconds": round(elapsed, 2),
        "latency_ms_p50": pct(0.50),
        "latency_ms_p99": pct(0.99),
        "latency_ms_max": pct(1.0),
        "not_shown": missing,
    }))
    return 0


def run_all(work, n):
    threads = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    sys.exit(main())
