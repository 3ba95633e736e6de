"""eoscert.distributed: a 2-shard regime map on a local Ray cluster (started here, loopback
only, 2 CPUs) and on local processes merges into exactly the unsharded certificate, which the
checker accepts; a shard that fails once is retried; a shard that always fails is named."""

import json
import os
import stat
import subprocess

import pytest

import eoscert
from eoscert import distributed

from conftest import ROOT

BIN = os.environ.get("EOSCERT_BIN") or os.path.join(ROOT, "target", "release", "eoscert")
JOB = ["regime-map", "--depth", "2", "--eta-range", "0.5:1.3", "--max-period", "4",
       "--backend", "mpfr:128", "--max-cell-width", "1/400"]

pytestmark = pytest.mark.skipif(not os.path.exists(BIN), reason=f"no eoscert binary at {BIN} (cargo build --release)")


def _unsharded():
    out = subprocess.run([BIN, *JOB, "--json"], stdout=subprocess.PIPE, check=True, text=True).stdout
    return json.loads(out)


def _same(merged_path, full):
    with open(merged_path, encoding="utf-8") as f:
        merged = json.load(f)
    merged["elapsed_s"] = full["elapsed_s"] = 0
    return merged == full


def _flaky(tmp_path, fail_shard):
    """A wrapper executable that fails the first run of `fail_shard` (exit 2), then behaves."""
    marker = tmp_path / "fail-once"
    marker.write_text("")
    script = tmp_path / "eoscert-flaky"
    script.write_text(
        "#!/bin/sh\n"
        f'case "$*" in *"--shard {fail_shard}"*) if [ -e "{marker}" ]; then rm -f "{marker}"; '
        'echo "error: injected failure" >&2; exit 2; fi;; esac\n'
        f'exec "{BIN}" "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script), marker


def test_local_engine_merges_to_the_unsharded_map_and_retries(tmp_path):
    full = _unsharded()
    binary, marker = _flaky(tmp_path, "1/2")
    seen = []
    cert = distributed.run(JOB, shards=2, out=str(tmp_path / "m.json"), engine="local", workers=2,
                           binary=binary, progress=lambda i, d, n: seen.append((i, d, n)))
    assert not marker.exists()  # shard 1 failed once and was run again
    assert cert.verified and eoscert.check(cert)
    assert _same(tmp_path / "m.json", full)
    assert sorted(i for i, _, _ in seen) == [0, 1] and all(n == 2 for *_, n in seen)


def test_a_shard_failing_every_time_is_named(tmp_path):
    bad = tmp_path / "eoscert-bad"
    bad.write_text('#!/bin/sh\necho "error: broken" >&2\nexit 2\n')
    bad.chmod(0o755)
    with pytest.raises(distributed.ShardError, match=r"shard \d/2.*broken.*2 attempts"):
        distributed.run(JOB, shards=2, out=str(tmp_path / "m.json"), binary=str(bad), workers=1)


def test_command_line_local(tmp_path):
    out = tmp_path / "m.json"
    code = distributed.main(["--engine", "local", "--shards", "3", "--out", str(out), "--binary", BIN,
                             "--parts-dir", str(tmp_path / "parts"), *JOB])
    assert code == 0
    assert _same(out, _unsharded())
    assert sorted(os.listdir(tmp_path / "parts")) == [f"part-{i}-of-3.json" for i in range(3)]
    assert distributed.main(["--out", str(out), "--binary", BIN, "orbit", "--eta", "1"]) == 2


def test_ray_engine_two_shards_on_a_local_cluster(tmp_path):
    ray = pytest.importorskip("ray", reason="ray is not installed (scripts/test-python.sh installs it)")
    full = _unsharded()
    binary, marker = _flaky(tmp_path, "0/2")
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
             log_to_driver=False, configure_logging=False)
    try:
        seen = []
        cert = distributed.run(JOB, shards=2, out=str(tmp_path / "m.json"), engine="ray",
                               binary=binary, progress=lambda i, d, n: seen.append(i))
    finally:
        ray.shutdown()
    assert not marker.exists()  # shard 0 failed once; Ray ran it again
    assert sorted(seen) == [0, 1]
    assert cert.verified and eoscert.check(cert)
    assert _same(tmp_path / "m.json", full)


BASIN = ["regime-map", "--depth", "2", "--eta", "1.1", "--init-box", "0.5:1.2,0.5:1.2", "--cells", "5"]
BOUND = ["bound", "--phi", "quad", "--box", "x:3.4:3.5,y:0.4:0.41", "--eta-range", "0.05:0.6",
         "--max-depth", "5", "--backend", "mpfr:128"]


@pytest.mark.parametrize("job", [BASIN, BOUND], ids=["basin-map", "bound"])
def test_local_engine_shards_basin_maps_and_bounds(tmp_path, job):
    full = json.loads(subprocess.run([BIN, *job, "--json"], stdout=subprocess.PIPE, text=True).stdout)
    binary, marker = _flaky(tmp_path, "0/3")
    cert = distributed.run(job, shards=3, out=str(tmp_path / "m.json"), engine="local", workers=2,
                           binary=binary, progress=lambda *a: None)
    assert not marker.exists()  # shard 0 failed once and was run again
    assert cert.verified == full["verified"]
    assert _same(tmp_path / "m.json", full)
