#!/usr/bin/env python3
"""Throughput of dossiers with and without tracing (docs/observability.md, "Overhead"). Not a test.

On the running local stack: for SECONDS (default 30) with THREADS (default 8) clients, each loop does one
POST /api/v1/dossiers and three GET /api/v1/dossiers/{code}, straight to dossiers (:8082, the service validates the
token itself; the gateway's per-client rate limit would otherwise cap the load). Prints requests per second and the
latency percentiles, and the time of one /q/metrics scrape. Run it once per configuration (deploy/local/cchc up with
the environment to compare, e.g. QUARKUS_OTEL_SDK_DISABLED=true), see docs/observability.md.

usage: python3 deploy/local/bench/overhead.py [SECONDS] [THREADS]
"""
import json
import os
import sys
import threading
import time
import urllib.parse
import urllib.request

DOSSIERS = os.environ.get("BENCH_DOSSIERS_URL", "http://127.0.0.1:8082")
KEYCLOAK = os.environ.get("E2E_KEYCLOAK_URL", "http://127.0.0.1:8180")


def token():
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "cchc-web", "username": "officer",
                                   "password": "demo"}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/realms/cchc/protocol/openid-connect/token", form, timeout=30) as r:
        return json.load(r)["access_token"]


def call(method, path, bearer, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(DOSSIERS + path, data, method=method,
                                 headers={"Authorization": f"Bearer {bearer}", "Content-Type": "application/json"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=30) as r:
        payload = r.read()
        status = r.status
    return status, payload, time.perf_counter() - t0


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    bearer = token()
    body = {"procedureCode": "1.001193.000.00.00.H99", "receivingUnitCode": "H99.X01.MC", "decidingUnitCode": "H99.X01",
            "channel": "DIRECT", "applicant": {"name": "Đo tải", "phone": "0200000000"},
            "components": [{"name": "Tờ khai", "copies": 1}], "returnMethod": "DIRECT"}
    latencies, errors = [], [0]
    lock = threading.Lock()
    stop = time.time() + seconds

    def worker():
        local, bad = [], 0
        while time.time() < stop:
            try:
                status, payload, dt = call("POST", "/api/v1/dossiers", bearer, body)
                local.append(dt)
                code = json.loads(payload)["code"]
                for _ in range(3):
                    local.append(call("GET", "/api/v1/dossiers/" + urllib.parse.quote(code, safe=""), bearer)[2])
            except Exception:  # counted, the run goes on
                bad += 1
        with lock:
            latencies.extend(local)
            errors[0] += bad

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    t0 = time.time()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.time() - t0
    latencies.sort()
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")
    t1 = time.perf_counter()
    with urllib.request.urlopen(DOSSIERS + "/q/metrics", timeout=30) as r:
        size = len(r.read())
    scrape_ms = (time.perf_counter() - t1) * 1000
    print(f"{len(latencies)} requests in {elapsed:.1f} s = {len(latencies) / elapsed:.1f} req/s, {errors[0]} errors; "
          f"p50 {pct(0.5):.1f} ms, p95 {pct(0.95):.1f} ms, p99 {pct(0.99):.1f} ms; "
          f"one /q/metrics scrape {scrape_ms:.0f} ms ({size} bytes)")


if __name__ == "__main__":
    main()
