#!/usr/bin/env python3
"""One trace id spans the gateway, dossiers and the par-index consumer of the same request (docs/observability.md).

On the running local stack: sends POST /api/v1/dossiers through the gateway with a W3C traceparent of a fresh trace
id (not sampled: nothing is exported, the ids still flow), then finds that trace id
  1. in the gateway's log (its access line for the request carries the trace id of its server span),
  2. in dossiers' outbox: the DossierReceived envelope written in the request's transaction carries the
     traceparent of dossiers' server span (CloudEvents distributed-tracing extension) — a trace id the service could
     only have taken from the gateway's request,
  3. in par-index's log: its consumer span for that event logs the trace id it continued from the envelope
     (and in inspections', the other consumer of cchc.dossiers.v1).
Each hop is a separate check; the run prints "N passed, N failed" and exits 1 on any failure.
"""
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
LOGS = REPO / ".local/logs"
BASE = os.environ.get("E2E_BASE_URL", "http://127.0.0.1:8080")
KEYCLOAK = os.environ.get("E2E_KEYCLOAK_URL", "http://127.0.0.1:8180")


def token(user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "cchc-web", "username": user,
                                   "password": os.environ.get("E2E_DEMO_PASSWORD", "demo")}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/realms/cchc/protocol/openid-connect/token", form, timeout=30) as r:
        return json.load(r)["access_token"]


def post_dossier(access_token, traceparent):
    body = {
        "procedureCode": "1.001193.000.00.00.H99",
        "receivingUnitCode": "H99.X01.MC",
        "decidingUnitCode": "H99.X01",
        "channel": "DIRECT",
        "applicant": {"name": "Kiểm thử vết", "phone": "0200000000"},
        "content": "Kiểm thử truy vết (trace e2e)",
        "components": [{"name": "Tờ khai", "copies": 1}],
        "returnMethod": "DIRECT",
    }
    request = urllib.request.Request(f"{BASE}/api/v1/dossiers", json.dumps(body).encode(), method="POST", headers={
        "Authorization": f"Bearer {access_token}", "Content-Type": "application/json", "traceparent": traceparent})
    with urllib.request.urlopen(request, timeout=30) as r:
        return r.status, json.load(r)


def log_has(name, needle):
    f = LOGS / f"{name}.log"
    return f.is_file() and needle in f.read_text(encoding="utf-8", errors="replace")


def outbox_has(trace_id):
    psql = shutil.which("psql") or next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"), reverse=True)), None)
    if psql is None:
        raise RuntimeError("psql not found")
    out = subprocess.run(
        [str(psql), "-h", "127.0.0.1", "-p", os.environ.get("CCHC_PG_PORT", "55432"), "-U", "postgres", "-d",
         "cchc_dossiers", "-tAc",
         f"select count(*) from outbox_event where event_type = 'DossierReceived' and payload like '%{trace_id}%'"],
        capture_output=True, text=True, timeout=30, check=True)
    return int(out.stdout.strip() or 0) > 0


def wait_for(check, seconds):
    deadline = time.time() + seconds
    while True:
        if check():
            return True
        if time.time() > deadline:
            return False
        time.sleep(0.5)


def main():
    if "--help" in sys.argv or "-h" in sys.argv:
        print(__doc__)
        return 0
    trace_id = secrets.token_hex(16)
    traceparent = f"00-{trace_id}-{secrets.token_hex(8)}-00"
    status, dossier = post_dossier(token("officer"), traceparent)
    print(f"POST /api/v1/dossiers -> {status} {dossier.get('code')} with trace id {trace_id}")
    checks = [
        ("gateway: access line with the trace id", lambda: log_has("gateway", f"trace:{trace_id}"), 10),
        ("dossiers: the event written by the request carries the trace", lambda: outbox_has(trace_id), 10),
        ("par-index: the consumer span continues the trace", lambda: log_has("par-index", f"traceId={trace_id}"), 60),
        ("inspections: the consumer span continues the trace", lambda: log_has("inspections", f"traceId={trace_id}"),
         60),
    ]
    passed = failed = 0
    for name, check, seconds in checks:
        if wait_for(check, seconds):
            passed += 1
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name} (not found within {seconds} s)")
            if name.startswith("gateway"):
                # what the gateway did log for the request, to tell a missing line from one without its trace id
                log = LOGS / "gateway.log"
                lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.is_file() else []
                for line in [l for l in lines if "POST /api/v1/dossiers" in l][-3:]:
                    print(f"     gateway.log: {line}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
