#!/usr/bin/env python3
# Writes the profile the native engine is compiled with (engine/pgo.cmake): runs an instrumented
# heapscope-cli (-fprofile-generate) over every case of the fidelity corpus, the course-style programs
# users run. The bench workloads are deliberately not part of it, so the bench measures programs the
# profile never saw. Cases run in parallel: libgcov merges concurrent processes' counts under a lock.
#
# Usage: pgo_train.py --cli INSTRUMENTED_CLI --profile-dir DIR CORPUS_DIR
import argparse
import concurrent.futures
import os
import pathlib
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True)
    p.add_argument("--profile-dir", required=True)
    p.add_argument("corpus")
    args = p.parse_args()

    profile_dir = pathlib.Path(args.profile_dir)
    profile_dir.mkdir(parents=True, exist_ok=True)
    for stale in profile_dir.rglob("*.gcda"):  # counts would otherwise add up across retrainings
        stale.unlink()
    cases = sorted(pathlib.Path(args.corpus).glob("*/*.py"))
    if not cases:
        sys.exit(f"pgo_train: no cases under {args.corpus}")

    def run(case):
        try:
            subprocess.run([args.cli, str(case)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           stdin=subprocess.DEVNULL, timeout=120)
        except subprocess.TimeoutExpired:
            return case  # its counts up to the kill are lost (the profile is written at exit)
        return None

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        timed_out = [c for c in pool.map(run, cases) if c is not None]
    profiles = list(profile_dir.rglob("*.gcda"))
    print(f"pgo_train: {len(cases)} programs in {time.monotonic() - start:.1f} s, "
          f"{len(profiles)} profile files in {profile_dir}")
    for case in timed_out:
        print(f"pgo_train: timed out (not in the profile): {case}")
    if not profiles:
        sys.exit("pgo_train: the CLI wrote no profile (is it built with -fprofile-generate?)")


if __name__ == "__main__":
    main()
