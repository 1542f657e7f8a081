#!/usr/bin/env python3
"""No personal data or tokens in the logs of an end-to-end run (docs/observability.md).

Scans the logs the local stack wrote during the run (.local/logs/<service>.log of the gateway and the four services)
for the demo and end-to-end ID numbers and phone numbers, and for JSON Web Tokens, and fails naming the file, the
line number and the kind of leak (never the leaked value itself). What it looks for:

  * ID numbers (CCCD, 12 digits): every 12-digit literal of the end-to-end specs (frontend/e2e) and of the demo data
    (DemoDossiers, the local realm's id_number attributes), and the specs' generated ones (0011900 + 5 digits);
  * phone numbers: the specs' and the demo data's (09 + 8 digits, generated);
  * tokens: eyJ[A-Za-z0-9_-]{10,}\\. (the header of a JWT, base64url of '{"').

Run after the Playwright suite (deploy/local/test-all does); `--logs DIR` scans another log directory. `--self-test` first proves that a planted leak of each
kind is found and a clean log passes. Prints "N passed, N failed"; exit 1 on any failure.
"""
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SERVICES = ["gateway", "procedures", "dossiers", "inspections", "par-index"]
SOURCES = [REPO / "frontend/e2e", REPO / "services/dossiers/src/main/java/vn/cchc/dossiers/service/DemoDossiers.java",
           REPO / "deploy/local/realm"]


def literal_id_numbers():
    found = set()
    for source in SOURCES:
        files = [source] if source.is_file() else [p for p in source.rglob("*") if p.is_file()]
        for f in files:
            found.update(re.findall(r"(?<!\d)\d{12}(?!\d)", f.read_text(encoding="utf-8", errors="replace")))
    return found


def patterns():
    ids = sorted(literal_id_numbers())
    kinds = [
        ("a JSON Web Token", re.compile(r"eyJ[A-Za-z0-9_-]{10,}\.")),
        ("a generated end-to-end ID number", re.compile(r"(?<![\dA-Za-z])0011900\d{5}(?![\dA-Za-z])")),
        ("a demo or end-to-end phone number", re.compile(r"(?<![\dA-Za-z])09\d{8}(?![\dA-Za-z])")),
    ]
    if ids:
        kinds.append(("a demo ID number", re.compile(r"(?<!\d)(" + "|".join(map(re.escape, ids)) + r")(?!\d)")))
    return kinds


def scan(files, kinds):
    """[(file, line number, kind)] of every leak."""
    leaks = []
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as text:
            for n, line in enumerate(text, 1):
                for kind, pattern in kinds:
                    if pattern.search(line):
                        leaks.append((f, n, kind))
    return leaks


def self_test(kinds):
    passed = failed = 0
    planted = {
        "a JSON Web Token": "INFO auth header Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
        "a demo ID number": "INFO looked up citizen 046190001234",
        "a generated end-to-end ID number": "INFO idNumber=001190012345 received",
        "a demo or end-to-end phone number": "INFO SMS to 0912345678",
    }
    clean = ("01:02:03.456 INFO  [vn.cc.sh.ev.EventTracing] par-index.dossiers received DossierReceived event "
             "0af76519-16cd-43dd-8448-eb211c80319c traceId=4bf92f3577b34da6a3ce929d0e0e4736\n"
             "SMS to ******678 (120 characters)\n")
    with tempfile.TemporaryDirectory() as tmp:
        ok = Path(tmp, "clean.log")
        ok.write_text(clean, encoding="utf-8")
        if scan([ok], kinds):
            failed += 1
            print("FAIL self-test: a clean log is reported", scan([ok], kinds))
        else:
            passed += 1
        for kind, line in planted.items():
            bad = Path(tmp, "bad.log")
            bad.write_text(clean + line + "\n", encoding="utf-8")
            if any(k == kind for _, _, k in scan([bad], kinds)):
                passed += 1
            else:
                failed += 1
                print(f"FAIL self-test: {kind} planted in a log is not found")
    return passed, failed


def main():
    if "--help" in sys.argv or "-h" in sys.argv:
        print(__doc__)
        return 0
    kinds = patterns()
    passed, failed = self_test(kinds) if "--self-test" in sys.argv else (0, 0)
    logs = Path(sys.argv[sys.argv.index("--logs") + 1]) if "--logs" in sys.argv else REPO / ".local/logs"
    files = [logs / f"{s}.log" for s in SERVICES if (logs / f"{s}.log").is_file()]
    if len(files) != len(SERVICES):
        print(f"FAIL logs missing in {logs}: found {[f.name for f in files]}")
        failed += 1
    leaks = scan(files, kinds)
    for f, n, kind in leaks[:50]:
        print(f"FAIL {f}:{n} contains {kind}")
    if leaks:
        failed += 1
    elif files:
        lines = sum(1 for f in files for _ in open(f, encoding="utf-8", errors="replace"))
        print(f"log privacy: {lines} lines of {len(files)} logs, no ID number, phone number or token")
        passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
