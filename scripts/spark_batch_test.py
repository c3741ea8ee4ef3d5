#!/usr/bin/env python3
"""`selaras batch` as a shard filter under PySpark `RDD.pipe` (local mode, loopback only).

Builds a small JSONL stream of document pairs from the bundled corpora (texts inline), runs it
once through `selaras batch` directly and once through `sc.parallelize(...).pipe(...)` in four
partitions, and exits non-zero unless both give the same pairs in the same order.

    python3 scripts/spark_batch_test.py [target/debug/selaras]
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


def documents(count=40):
    """Document pairs: NusaX rows grouped in threes and four-line windows of news-dev."""
    en = (CORPORA / "nusax-mt" / "valid.en").read_text(encoding="utf-8").splitlines()
    idn = (CORPORA / "nusax-mt" / "valid.id").read_text(encoding="utf-8").splitlines()
    lines = []
    for d in range(count):
        if d % 4 == 3:
            k = d % 30 + 1
            src = (CORPORA / "news-dev" / f"doc{k:02d}.en").read_text(encoding="utf-8").splitlines()[:4]
            tgt = (CORPORA / "news-dev" / f"doc{k:02d}.id").read_text(encoding="utf-8").splitlines()[:4]
        else:
            start = (d * 3) % (len(en) - 3)
            src, tgt = en[start:start + 3], idn[start:start + 3]
        lines.append(json.dumps({"id": f"doc{d}", "src": "\n".join(src), "tgt": "\n".join(tgt)},
                                ensure_ascii=False))
    # A broken record: it is skipped (and named on stderr), never fatal.
    lines.append(json.dumps({"id": "empty", "src": "", "tgt": "Kosong."}))
    return lines


def main():
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "target" / "debug" / "selaras").resolve()
    if not binary.exists():
        sys.exit(f"{binary}: build it first (cargo build -p selaras-cli)")
    command = [str(binary), "batch", "--threads", "1", "-"]
    lines = documents()

    plain = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True,
                           text=True, check=True).stdout.splitlines()

    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ.setdefault("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1")
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster("local[2]").setAppName("selaras-batch-test")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        piped = sc.parallelize(lines, 4).pipe(" ".join(command), checkCode=True).collect()
    finally:
        sc.stop()

    docs = {json.loads(line)["doc"] for line in plain}
    print(f"plain: {len(plain)} pairs from {len(docs)} documents; spark: {len(piped)} pairs")
    if len(docs) != len(lines) - 1:
        sys.exit("mismatch: a good document gave no pair")
    if piped != plain:
        for k, (a, b) in enumerate(zip(plain, piped)):
            if a != b:
                print(f"first difference at pair {k}:\n plain {a}\n spark {b}", file=sys.stderr)
                break
        sys.exit("mismatch: RDD.pipe output differs from the plain run")
    print("ok: RDD.pipe output equals the plain run")


if __name__ == "__main__":
    main()
