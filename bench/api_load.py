"""Load on the web API: claim lists and tallies over a ledger of a million claims.

usage: python bench/api_load.py [--claims 1000000] [--seconds 60] [--rate 300]
                                [--threads 8] [--workers 2] [--seed 7] [--refill]

Fills a SQLite ledger with seeded claims (bulk inserts; cached under build/bench/ by the
generator's parameters, so a second run starts at once), starts `truceline serve` on a free
loopback port in a second process, and drives GET /api/claims (filters, sorts and keyset
`after` paging) and GET /api/tallies (the dashboard's windows) at a paced target rate from
a few client threads. Prints p50 / p99 latency and achieved requests/s per endpoint and
overall. Target: p99 < 100 ms at 300 req/s. Figures only: speed is never asserted in tests.

The tallies table is filled by one SQL aggregate over the generated claims (day, province,
place, claimant), not by the ledger's tally rules: this measures the API, not the builder;
province_tallies is then summed from it by the builder's own `store.ledger.roll_up`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import orjson

from truceline.store import connect
from truceline.store.ledger import roll_up
from truceline.store.schema import claims, province_tallies, tallies

GENERATOR = 2  # bump when the generated data changes, so cached ledgers are remade
# 2: province_tallies filled (schema 0006)
COUNTRIES = {
    "SY": ["Idlib", "Hama", "Aleppo", "Latakia", "Homs", "Daraa", "Deir ez-Zor", "Raqqa"],
    "UA": ["Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv", "Sumy"],
    "YE": ["Hodeidah", "Taiz", "Marib", "Al Dhale", "Lahij"],
    "CD": ["North Kivu", "South Kivu", "Ituri"],
    "SD": ["North Kordofan", "South Kordofan", "North Darfur", "West Darfur", "Khartoum"],
    "MM": ["Rakhine", "Shan", "Kachin", "Sagaing"],
    "LY": ["Sirte", "Misrata", "Tripoli"],
    "SS": ["Upper Nile", "Jonglei", "Unity"],
}
NATIONAL = {
    "SY": ["Russian Center for Reconciliation", "Syrian Observatory for Human Rights",
           "Turkish Ministry of Defence", "Syrian Arab News Agency"],
    "UA": ["General Staff of the Armed Forces of Ukraine", "Russian Ministry of Defence",
           "OSCE Special Monitoring Mission"],
    "YE": ["Joint Forces on the west coast", "Houthi military spokesman", "UNMHA"],
    "CD": ["FARDC", "AFC/M23 rebel alliance", "MONUSCO"],
    "SD": ["Sudanese Armed Forces", "Rapid Support Forces", "Sudan Doctors Network"],
    "MM": ["Arakan Army", "military council", "Kachin Independence Army"],
    "LY": ["Joint Military Commission", "Government of National Accord", "Libyan National Army"],
    "SS": ["CTSAMVM", "SSPDF", "SPLA-IO"],
}  # fmt: skip
KINDS = (("violation_tally", 45), ("incident", 35), ("casualty_tally", 10), ("operation", 5),
         ("agreement", 5))  # fmt: skip
METHODS = ("shelling", "artillery", "mortar", "rocket", "missile", "air_strike", "drone",
           "sniper", "small_arms", "ground_attack")  # fmt: skip
CLAIMS_PER_REPORT = 5
DAYS = 1096  # three years, ending on LAST_DAY
LAST_DAY = dt.date(2026, 11, 30)


# ----------------------------------------------------------------------------- the ledger


def _places(rng: random.Random) -> list[dict[str, Any]]:
    """Ten settlements per province, with a few local claimants each."""
    out = []
    for country, provinces in COUNTRIES.items():
        for p_i, admin1 in enumerate(provinces):
            lat0, lon0 = rng.uniform(-5, 45), rng.uniform(15, 100)
            local = [f"{admin1} {w}" for w in ("governor", "police", "local council")]
            for s in range(10):
                out.append({
                    "country": country, "admin1": admin1, "name": f"{admin1} town {s + 1}",
                    "lat": round(lat0 + rng.uniform(-1, 1), 4),
                    "lon": round(lon0 + rng.uniform(-1, 1), 4),
                    "geonameid": 9_000_000 + len(out), "claimants": NATIONAL[country] + local,
                    "weight": rng.paretovariate(1.2) * (1 + p_i % 3),
                })  # fmt: skip
    return out


def _count(rng: random.Random, top: int) -> tuple[int, str]:
    value = (
        0
        if rng.random() < 0.15
        else int(rng.paretovariate(1.1))
        if top > 50
        else rng.randint(1, top)
    )
    return min(value, 5000), rng.choice(("exact", "exact", "exact", "approximate", "at_least"))


def _claim(rng: random.Random, report_id: int, n: int, day: dt.date,
           place: dict[str, Any]) -> tuple[Any, ...]:  # fmt: skip
    kinds, weights = zip(*KINDS, strict=True)
    kind = rng.choices(kinds, weights)[0]
    who = rng.choice(place["claimants"])
    count = _count(rng, 200) if kind == "violation_tally" else (None, None)
    killed = (
        _count(rng, 30)
        if kind in ("casualty_tally", "incident") and rng.random() < 0.5
        else (None, None)
    )
    injured = (
        _count(rng, 40)
        if kind in ("casualty_tally", "incident") and rng.random() < 0.4
        else (None, None)
    )
    span = rng.choice((0, 0, 0, 1)) if kind != "casualty_tally" else rng.choice((0, 6, 30))
    start = (day - dt.timedelta(days=span)).isoformat()
    methods = rng.sample(METHODS, rng.choice((0, 1, 1, 2))) if kind != "agreement" else []
    location = {"mention": place["name"], "name": place["name"], "role": "at",
                "precision": "settlement", "country": place["country"],
                "admin1": place["admin1"], "admin2": None, "geonameid": place["geonameid"],
                "lat": place["lat"], "lon": place["lon"], "aliases": []}  # fmt: skip
    party = {"name": who, "mention": who, "type": "military", "aliases": []}
    evidence = [{"start": 0, "end": 60, "text": f"{who} reported {kind} in {place['name']}"[:60]}]
    return (
        report_id, f"c{n}", kind, json.dumps(methods), count[0], count[1],
        None if count[0] is None else "violation", killed[0], killed[1], injured[0], injured[1],
        start, day.isoformat(), json.dumps([location]), place["name"], place["admin1"], who,
        json.dumps(party), "[]", None, None, None, None, json.dumps(evidence),
        round(rng.uniform(0.4, 0.95), 2), "bench", "unreviewed", None,
    )  # fmt: skip


CLAIM_COLUMNS = (
    "report_id", "cid", "kind", "methods", "count_value", "count_qualifier", "count_unit",
    "killed_value", "killed_qualifier", "injured_value", "injured_qualifier", "period_start",
    "period_end", "locations", "place", "admin1", "claimant_name", "claimant", "reported_by",
    "perpetrator", "target", "outcome", "part_of", "evidence", "confidence",
    "extractor_version", "review_status", "corrections",
)  # fmt: skip


def _batches(n_claims: int, seed: int, size: int = 20_000) -> Iterator[tuple[list, list]]:
    """(reports, claims) rows in chunks: five claims per report, days and places skewed."""
    rng = random.Random(seed)
    places = _places(rng)
    weights = [p["weight"] for p in places]
    reports: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    for i in range(0, n_claims, CLAIMS_PER_REPORT):
        report_id = i // CLAIMS_PER_REPORT + 1
        # more reports in recent months, as a conflict heats up
        day = LAST_DAY - dt.timedelta(days=int(DAYS * (1 - rng.random() ** 0.7)))
        digest = hashlib.sha256(f"{seed}:{report_id}".encode()).hexdigest()
        reports.append((report_id, f"https://bench.invalid/r/{report_id}", f"sha256:{digest}",
                        True, f"Bulletin {report_id}", day.isoformat(), day.isoformat(), "en",
                        "bench", f"Generated bulletin {report_id}."))  # fmt: skip
        for n in range(1, min(CLAIMS_PER_REPORT, n_claims - i) + 1):
            place = rng.choices(places, weights)[0]
            rows.append(_claim(rng, report_id, n, day, place))
        if len(rows) >= size:
            yield reports, rows
            reports, rows = [], []
    if rows:
        yield reports, rows


def fill(path: Path, n_claims: int, seed: int) -> None:
    """A fresh ledger at `path` with n_claims generated claims and their tallies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = connect(f"sqlite:///{path}")
    started = time.perf_counter()
    with engine.begin() as conn:  # indexes are rebuilt once at the end: faster than per row
        for index in (*claims.indexes, *tallies.indexes, *province_tallies.indexes):
            index.drop(conn)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        marks = ", ".join("?" * len(CLAIM_COLUMNS))
        claim_sql = f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({marks})"
        report_sql = ("INSERT INTO reports (id, url, text_hash, current, title, published,"
                      " fetched_at, language, extractor_version, text)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")  # fmt: skip
        for reports, rows in _batches(n_claims, seed):
            cur.executemany(report_sql, reports)
            cur.executemany(claim_sql, rows)
            raw.commit()
        cur.execute(TALLY_SQL)
        raw.commit()
    finally:
        raw.close()
    with engine.begin() as conn:
        roll_up(conn)  # province_tallies, as the ledger builder fills it after tallies
        for index in (*claims.indexes, *tallies.indexes, *province_tallies.indexes):
            index.create(conn)
    # No ANALYZE: ledgers in use never run it, and with its statistics SQLite's planner
    # drives the claim lists from the reports table and sorts (1 s instead of 1 ms).
    engine.dispose()
    print(f"filled {path} with {n_claims:,} claims in {time.perf_counter() - started:.0f} s")


TALLY_SQL = """
INSERT INTO tallies (day, admin1, zone, settlement, claimant, violations, explosions,
                     settlements, killed, injured, reports)
SELECT period_end, admin1, NULL, place, claimant_name,
       SUM(CASE WHEN kind = 'violation_tally' THEN count_value
                WHEN kind = 'incident' THEN 1 END),
       NULL, NULL, SUM(killed_value), SUM(injured_value), COUNT(DISTINCT report_id)
FROM claims WHERE period_start = period_end OR julianday(period_end) - julianday(period_start) < 2
GROUP BY period_end, admin1, place, claimant_name
"""


def ledger(n_claims: int, seed: int, refill: bool) -> Path:
    """The cached ledger for these parameters, made when missing (or when asked)."""
    path = Path("build/bench") / f"api_load-g{GENERATOR}-n{n_claims}-s{seed}.sqlite"
    if refill or not path.exists():
        partial = path.with_suffix(".partial")  # an interrupted fill is never taken as cached
        fill(partial, n_claims, seed)
        partial.replace(path)
    return path


# ----------------------------------------------------------------------------- the load


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(path: Path, workers: int = 1) -> tuple[subprocess.Popen[bytes], str]:
    """`truceline serve` over the ledger in a second process; waits until it answers."""
    port = _free_port()
    cmd = [sys.executable, "-c", "import sys; from truceline.cli import main; sys.exit(main())",
           "serve", "--port", str(port), "--db", f"sqlite:///{path.resolve()}",
           "--workers", str(workers)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env={**os.environ})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"truceline serve exited with {proc.returncode}")
        try:
            httpx.get(f"{base}/api/sources", timeout=2).raise_for_status()
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("truceline serve did not answer within 60 s")


def _day(days_back: int) -> str:
    return (LAST_DAY - dt.timedelta(days=days_back)).isoformat()


def requests(rng: random.Random) -> Iterator[tuple[str, str, dict[str, str]]]:
    """An endless mix of (endpoint label, path, query) like a morning on the dashboard."""
    provinces = [p for ps in COUNTRIES.values() for p in ps]
    claimants = [c for cs in NATIONAL.values() for c in cs]
    while True:
        r = rng.random()
        if r < 0.25:
            yield "claims newest", "/api/claims", {"limit": "100"}
        elif r < 0.40:
            yield "claims admin1", "/api/claims", {"admin1": rng.choice(provinces), "limit": "100"}
        elif r < 0.50:
            yield (
                "claims claimant",
                "/api/claims",
                {"claimant": rng.choice(claimants), "limit": "50"},
            )
        elif r < 0.60:
            back = rng.randint(0, 60)
            yield "claims week", "/api/claims", {"start": _day(back + 7), "end": _day(back),
                                                 "kind": "incident", "limit": "100"}  # fmt: skip
        elif r < 0.75:
            yield "tallies week", "/api/tallies", {"start": _day(7), "end": _day(0),
                                                   "by": "day,admin1,claimant"}  # fmt: skip
        elif r < 0.90:
            yield "tallies province", "/api/tallies", {
                "admin1": rng.choice(provinces), "start": _day(90), "end": _day(0),
                "by": "day,claimant"}  # fmt: skip
        else:
            yield "tallies map", "/api/tallies", {"start": _day(30), "end": _day(0), "by": "admin1"}


class Client:
    """One keep-alive HTTP/1.1 connection on a plain socket. The load generator shares the
    machine's cores with the server, so it spends as little as it can: httpx took 1.6 ms of
    CPU a request, http.client 0.5 ms (its header parsing mostly). Still a whole exchange:
    the status line checked, every body byte read (Content-Length or chunked). A broken
    connection is reopened and its request counted as an error."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.address = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.host = parts.netloc.encode()
        self.sock: socket.socket | None = None
        self.buffer = b""

    def get(self, path: str, query: dict[str, str]) -> tuple[int, bytes]:
        """(status, body) of GET path?query; status 0 when the request failed."""
        target = f"{path}?{urlencode(query)}" if query else path
        request = b"GET %s HTTP/1.1\r\nHost: %s\r\nAccept: */*\r\n\r\n" % (
            target.encode(), self.host)  # fmt: skip
        try:
            if self.sock is None:
                self.sock = socket.create_connection(self.address, timeout=30)
                self.buffer = b""
            self.sock.sendall(request)
            return self._response()
        except (OSError, ValueError):
            self.close()
            return 0, b""

    def _response(self) -> tuple[int, bytes]:
        head = self._until(b"\r\n\r\n")
        status_line, *lines = head.split(b"\r\n")
        status = int(status_line.split(b" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(b":") for x in lines)}
        if b"content-length" in headers:
            body = self._exactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding") == b"chunked":
            parts = []
            while size := int(self._until(b"\r\n").split(b";")[0], 16):
                parts.append(self._exactly(size))
                self._until(b"\r\n")
            self._until(b"\r\n")  # no trailers are sent
            body = b"".join(parts)
        else:
            raise ValueError("a response without a length on a kept-alive connection")
        if headers.get(b"connection") == b"close":
            self.close()
        return status, body

    def _fill(self) -> None:
        assert self.sock is not None
        chunk = self.sock.recv(262144)
        if not chunk:
            raise ValueError("the server closed the connection")
        self.buffer += chunk

    def _until(self, mark: bytes) -> bytes:
        while (at := self.buffer.find(mark)) < 0:
            self._fill()
        found, self.buffer = self.buffer[:at], self.buffer[at + len(mark) :]
        return found

    def _exactly(self, n: int) -> bytes:
        while len(self.buffer) < n:
            self._fill()
        found, self.buffer = self.buffer[:n], self.buffer[n:]
        return found

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None


class Recorder:
    """Latencies by endpoint label, shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.elapsed = 0.0

    def add(self, label: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.times.setdefault(label, []).append(seconds)
            if not ok:
                self.errors[label] = self.errors.get(label, 0) + 1


def drive(base: str, seconds: float, rate: float, threads: int, seed: int) -> Recorder:
    """Send requests on a fixed schedule (request i at start + i/rate) from `threads`
    clients until `seconds` are up; a thread that falls behind sends at once and what is
    still due at the end is never sent, so the achieved rate shows a server that lags."""
    rec = Recorder()
    mix = requests(random.Random(seed))
    pages: list[tuple[str, dict[str, str]]] = []  # next-page cursors to follow
    counter = iter(range(10**9))
    lock = threading.Lock()
    start = time.perf_counter() + 0.5
    stop = start + seconds

    def next_request() -> tuple[float, str, str, dict[str, str]] | None:
        with lock:
            i = next(counter)
            due = start + i / rate
            if due >= stop or time.perf_counter() >= stop:  # late requests are not sent
                return None
            if pages and i % 5 == 0:  # one request in five follows a `next` cursor
                path, query = pages.pop(0)
                return due, "claims next page", path, query
            label, path, query = next(mix)
            return due, label, path, query

    def worker() -> None:
        client = Client(base)
        try:
            while (job := next_request()) is not None:
                due, label, path, query = job
                if (wait := due - time.perf_counter()) > 0:
                    time.sleep(wait)
                t0 = time.perf_counter()
                status, body = client.get(path, query)
                rec.add(label, time.perf_counter() - t0, status == 200)
                if status == 200 and path == "/api/claims":
                    cursor = orjson.loads(body).get("next")
                    if cursor:
                        with lock:
                            if len(pages) < 100:
                                pages.append((path, {**query, "after": cursor}))
        finally:
            client.close()

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    rec.elapsed = time.perf_counter() - start
    return rec


def _pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _line(name: str, times: list[float], errors: int, elapsed: float) -> None:
    print(f"{name:<20} {len(times):>8} {len(times) / elapsed:>7.1f} "
          f"{1000 * _pct(times, 50):>7.1f} {1000 * _pct(times, 99):>7.1f} "
          f"{1000 * max(times):>7.1f} {errors:>6}")  # fmt: skip


def report(rec: Recorder, rate: float) -> bool:
    """Print the figures; True when the overall p99 meets the target at the target rate."""
    rows = sorted(rec.times.items())
    every = [t for _, ts in rows for t in ts]
    print(f"{'endpoint':<20} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'max ms':>7} {'errors':>6}")  # fmt: skip
    for name, ts in rows:
        _line(name, ts, rec.errors.get(name, 0), rec.elapsed)
    for endpoint in ("claims", "tallies"):
        ts = [t for name, times in rows if name.startswith(endpoint) for t in times]
        errs = sum(v for k, v in rec.errors.items() if k.startswith(endpoint))
        if ts:
            _line(f"GET /api/{endpoint}", ts, errs, rec.elapsed)
    _line("overall", every, sum(rec.errors.values()), rec.elapsed)
    achieved = len(every) / rec.elapsed
    p99 = 1000 * _pct(every, 99)
    met = p99 < 100 and achieved >= 0.95 * rate and not rec.errors
    print(f"target p99 < 100 ms at {rate:.0f} req/s: {'met' if met else 'MISSED'} "
          f"(p99 {p99:.1f} ms at {achieved:.1f} req/s over {rec.elapsed:.1f} s)")  # fmt: skip
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rate", type=float, default=300, help="target requests/s")
    parser.add_argument("--threads", type=int, default=8, help="client threads")
    parser.add_argument("--workers", type=int, default=2,
                        help="`truceline serve --workers`: server processes")  # fmt: skip
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--refill", action="store_true", help="remake the cached ledger")
    args = parser.parse_args(argv)
    path = ledger(args.claims, args.seed, args.refill)
    proc, base = serve(path, args.workers)
    try:
        for path_, query in (("/api/claims", {"limit": "1"}), ("/api/tallies", {"start": _day(7)})):
            httpx.get(base + path_, params=query, timeout=60).raise_for_status()  # warm up
        print(f"driving {base} ({args.workers} server processes) for {args.seconds:.0f} s at "
              f"{args.rate:.0f} req/s with {args.threads} threads")  # fmt: skip
        rec = drive(base, args.seconds, args.rate, args.threads, args.seed)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    report(rec, args.rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
