"""Sharded eoscert jobs on engines people already run: Ray, or local processes.

A sharded job is N runs of the same ``eoscert`` command with ``--shard I/N`` (I = 0 … N−1);
each writes a partial certificate, and ``eoscert merge`` combines the N parts into the
certificate the unsharded run writes (identical apart from ``elapsed_s``). This module fans the
shards out, streams progress, retries a failed shard, and merges::

    from eoscert import distributed
    cert = distributed.run(
        ["regime-map", "--depth", "2", "--eta-range", "0.5:1.3", "--max-cell-width", "1e-4"],
        shards=8, out="map.json", engine="ray")       # or engine="local"
    cert.verified, cert.quantities["cells"]

or from the shell::

    python -m eoscert.distributed --engine ray --shards 8 --out map.json \\
        regime-map --depth 2 --eta-range 0.5:1.3 --max-cell-width 1e-4

Each shard runs the ``eoscert`` executable (``binary=``, else ``$EOSCERT_BIN``, else
``eoscert`` on ``PATH``) on a worker; a Ray task returns its part as text through the object
store, so the workers need the executable but no shared file system. ``engine="ray"``
connects to a running cluster (``address=``, as :func:`ray.init` takes it) or starts a local
one. A shard that fails (exit status 2, a crash, no certificate on stdout) is run again up to
``retries`` times (default once); then :class:`ShardError` names it. The merge runs where
:func:`run` is called.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
from typing import Callable, List, Optional, Sequence, Tuple

from .certificate import Certificate

__all__ = ["ShardError", "shard_command", "run_shard", "merge", "run", "main"]

#: The commands whose work ``--shard I/N`` splits into partial certificates that ``eoscert merge``
#: combines: ``regime-map`` (η maps, and basin maps with ``--eta … --init-box …``) and ``bound``.
SHARDED_COMMANDS = ("regime-map", "bound")

Progress = Callable[[int, int, int], None]


class ShardError(RuntimeError):
    """A shard failed on every attempt, or the merge refused the parts."""


def _binary(binary: Optional[str]) -> str:
    found = binary or os.environ.get("EOSCERT_BIN") or shutil.which("eoscert")
    if not found:
        raise ShardError("no eoscert executable: pass binary=, set EOSCERT_BIN or put eoscert on PATH")
    return found


def shard_command(args: Sequence[str], index: int, count: int, binary: Optional[str] = None) -> List[str]:
    """The command line of shard ``index`` of ``count`` of the job ``args`` (an eoscert
    subcommand and its flags, without ``--shard`` and ``--json``)."""
    args = list(args)
    if not args or args[0] not in SHARDED_COMMANDS:
        raise ValueError(f"a sharded job is one of {', '.join(SHARDED_COMMANDS)}, got {args[:1]}")
    if any(a == "--shard" or a.startswith("--shard=") or a == "--json" for a in args):
        raise ValueError("give the job without --shard and --json; the driver adds them")
    if not 0 <= index < count:
        raise ValueError(f"shard must satisfy 0 <= index < count, got {index}/{count}")
    return [_binary(binary), *args, "--shard", f"{index}/{count}", "--json"]


def run_shard(args: Sequence[str], index: int, count: int, binary: Optional[str] = None) -> str:
    """Run one shard and return its partial certificate (JSON text).

    Exit status 0 (the shard's part proved) and 1 (part of it left undetermined, said in the
    reason) both give a partial certificate; anything else raises :class:`ShardError`."""
    cmd = shard_command(args, index, count, binary)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0, 1):
        err = proc.stderr.strip().splitlines()
        raise ShardError(f"shard {index}/{count}: exit {proc.returncode}: {err[-1] if err else ''}")
    try:
        data = json.loads(proc.stdout)
    except ValueError as e:
        raise ShardError(f"shard {index}/{count}: no certificate on stdout ({e})") from None
    if data.get("evidence", {}).get("shard", {}).get("index") != index:
        raise ShardError(f"shard {index}/{count}: the output is not the partial certificate of this shard")
    return proc.stdout


def merge(parts: Sequence[str], out: str, binary: Optional[str] = None) -> Certificate:
    """``eoscert merge PARTS… --out OUT``: the merged certificate (also written to ``out``)."""
    cmd = [_binary(binary), "merge", *map(str, parts), "--out", str(out), "--json"]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0, 1):
        raise ShardError(f"merge: {proc.stderr.strip()}")
    with open(out, encoding="utf-8") as f:
        return Certificate(f.read())


def _attempts(args, index, count, binary, retries) -> str:
    """Run a shard, again up to ``retries`` times if it fails."""
    for attempt in range(retries + 1):
        try:
            return run_shard(args, index, count, binary)
        except (ShardError, OSError) as e:
            if attempt == retries:
                raise ShardError(f"{e} (after {retries + 1} attempts)") from None
    raise AssertionError("unreachable")


def _local(args, count, binary, retries, workers, report) -> List[Tuple[int, str]]:
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        futures = {pool.submit(_attempts, args, i, count, binary, retries): i for i in range(count)}
        done = []
        for fut in concurrent.futures.as_completed(futures):
            done.append((futures[fut], fut.result()))
            report(futures[fut], len(done))
        return done


def _ray(args, count, binary, retries, address, report) -> List[Tuple[int, str]]:
    try:
        import ray
    except ImportError:
        raise ShardError("engine ray: the ray package is not installed (pip install ray)") from None
    started = False
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
        started = True
    try:
        task = ray.remote(num_cpus=1, max_retries=retries, retry_exceptions=True)(run_shard)
        pending = {task.remote(list(args), i, count, binary): i for i in range(count)}
        done = []
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            index = pending.pop(ready[0])
            try:
                done.append((index, ray.get(ready[0])))
            except Exception as e:  # a RayTaskError wrapping the last attempt's error
                raise ShardError(f"shard {index}/{count} failed after {retries + 1} attempts: {e}") from None
            report(index, len(done))
        return done
    finally:
        if started:
            ray.shutdown()


def run(
    args: Sequence[str],
    shards: int,
    out: str,
    engine: str = "local",
    workers: Optional[int] = None,
    binary: Optional[str] = None,
    retries: int = 1,
    address: Optional[str] = None,
    parts_dir: Optional[str] = None,
    progress: Optional[Progress] = None,
) -> Certificate:
    """Run the job ``args`` as ``shards`` shards on ``engine`` (``"local"``: subprocesses,
    ``workers`` at a time; ``"ray"``: one Ray task per shard), merge, write ``out`` and return
    the merged :class:`~eoscert.Certificate`.

    ``progress(index, done, total)`` is called as each shard finishes (default: one line on
    stderr). The parts are kept in ``parts_dir`` when given (``part-I-of-N.json``)."""
    if shards < 1:
        raise ValueError("shards must be at least 1")
    for i in range(shards):
        shard_command(args, i, shards, binary)  # validate before any work
    if progress is None:
        def progress(index: int, done: int, total: int) -> None:
            print(f"eoscert.distributed: shard {index}/{total} done ({done}/{total})", file=sys.stderr)
    def report(index: int, done: int) -> None:
        progress(index, done, shards)
    if engine == "local":
        done = _local(args, shards, binary, retries, workers, report)
    elif engine == "ray":
        done = _ray(args, shards, binary, retries, address, report)
    else:
        raise ValueError(f"engine must be 'local' or 'ray', got {engine!r}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = parts_dir or tmp
        os.makedirs(folder, exist_ok=True)
        paths = []
        for index, text in sorted(done):
            path = os.path.join(folder, f"part-{index}-of-{shards}.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(path)
        return merge(paths, out, binary)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m eoscert.distributed [options] COMMAND ARGS…``; exit status as ``eoscert``:
    0 verified, 1 not verified, 2 error."""
    parser = argparse.ArgumentParser(
        prog="python -m eoscert.distributed",
        description="Run an eoscert job as N shards on Ray or local processes and merge the parts.",
        epilog="example: python -m eoscert.distributed --engine ray --shards 8 --out map.json "
        "regime-map --depth 2 --eta-range 0.5:1.3 --max-cell-width 1e-4",
    )
    parser.add_argument("--engine", choices=["local", "ray"], default="local")
    parser.add_argument("--shards", type=int, default=os.cpu_count() or 1, help="number of shards N")
    parser.add_argument("--out", required=True, help="the merged certificate (JSON)")
    parser.add_argument("--workers", type=int, help="local engine: shards run at a time (default: CPUs)")
    parser.add_argument("--address", help="ray engine: cluster address (default: start a local one)")
    parser.add_argument("--retries", type=int, default=1, help="extra attempts per failed shard")
    parser.add_argument("--parts-dir", help="keep the partial certificates here")
    parser.add_argument("--binary", help="the eoscert executable (default: $EOSCERT_BIN or PATH)")
    parser.add_argument("job", nargs=argparse.REMAINDER, help="the eoscert command and its flags")
    ns = parser.parse_args(argv)
    try:
        cert = run(
            ns.job, ns.shards, ns.out, engine=ns.engine, workers=ns.workers, binary=ns.binary,
            retries=ns.retries, address=ns.address, parts_dir=ns.parts_dir,
        )
    except (ShardError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    status = "verified" if cert.verified else f"not verified: {cert.reason}"
    print(f"{ns.out}: {cert.claim} {status}")
    return 0 if cert.verified else 1


if __name__ == "__main__":
    sys.exit(main())
