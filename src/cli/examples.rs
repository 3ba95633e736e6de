//! The runnable examples at the end of each subcommand's `--help` (clap `after_help`). Every
//! example works as written from any directory; examples that write files write under /tmp.

pub(super) const INFO: &str = "Examples:
  eoscert info --depth 2
  eoscert info --depth 5 --target 2 --backend interval
  eoscert info --model inner-product --dim 3 --json";

pub(super) const SIMULATE: &str = "Examples:
  eoscert simulate --depth 2 --eta 1 --init 1.25,0.85 --steps 100
  eoscert simulate --depth 2 --eta 1 --init 1.25,0.85 --steps 6 --backend rational
  eoscert simulate --depth 2 --eta 1 --init 1.25,0.85 --steps 100 --json > /tmp/trajectory.json";

pub(super) const PROVE: &str = "Examples:
  eoscert prove                              # the embedded default claims, summary table
  eoscert prove --out /tmp/eoscert-certs     # also write one certificate per claim";

pub(super) const CHECK: &str = "Examples:
  eoscert simulate --depth 2 --eta 1 --init 1.25,0.85 --steps 100 --json > /tmp/trajectory.json
  eoscert check /tmp/trajectory.json
  eoscert prove --out /tmp/eoscert-certs && eoscert check /tmp/eoscert-certs/*.json";

pub(super) const ORBIT: &str = "Examples:
  eoscert orbit --depth 2 --eta 1.1
  eoscert orbit --depth 3 --flip-boundary --width 1e-40
  eoscert orbit --depth 2 --eta 1.1 --plot /tmp/orbit.svg";

pub(super) const CATAPULT: &str = "Examples:
  eoscert catapult --n 1000 --f0 1 --lambda0 2 --eta 1.995    # ηλ₀ = 3.99: catapult
  eoscert catapult --n 1000 --f0 1 --lambda0 2 --eta 2.005    # ηλ₀ = 4.01: divergent
  eoscert catapult --n 1000 --f0 1 --lambda0 2 --eta 0.75 --json
  eoscert catapult --n 10 --f0 1 --lambda0 2 --eta-range 0.9:1.9 --gap 1e-4   # regime map";

pub(super) const BALANCE: &str = "Examples:
  eoscert balance --phi pseudo-huber --init 4,0.26 --eta 0.2
  eoscert balance --phi quad --init 4,0.26 --eta 0.2 --json
  eoscert balance --phi quartic --init 4,0.26 --eta 0.2    # claim divergence (escape lemma)";

pub(super) const BOUND: &str = "Examples:
  eoscert bound --phi quad --box x:3:5,y:0.2:0.3 --eta-range 0.05:0.06
  eoscert bound --phi pseudo-huber --box x:3.9:4.1,y:0.25:0.27 --eta-range 0.05:0.06 --json
  eoscert bound --phi quad --box x:3.4:3.42,y:0.4:0.402 --eta-range 0.58:0.6   # diverged boxes";

pub(super) const CRITICAL: &str = "Examples:
  eoscert critical --depth 2 --init 1.3,0.8 --steps 1e7
  eoscert critical --depth 2 --init 1.3,0.8 --steps 1e5 --all-time --plot /tmp/critical.svg
  eoscert critical --depth 5 --init 1.03,0.98,1.01,0.99,1.02 --steps 1e5";

pub(super) const IMPLICIT_BIAS: &str = "Examples:
  printf '1,0.5,-0.3,0.8,-0.6,0.2,1.25\\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\\n' > /tmp/dln.csv
  eoscert implicit-bias --data /tmp/dln.csv --alpha 0.1 --stepsize 1.4
  eoscert implicit-bias --data /tmp/dln.csv --alpha 0.1 --stepsize 0.5 --sgd --batch 1 --seed 1 --json";

pub(super) const DLN_THRESHOLD: &str =
    "Examples (/tmp/dln.csv as in `eoscert implicit-bias --help`):
  eoscert dln-threshold --data /tmp/dln.csv --alpha 0.1 --range 1:4
  eoscert dln-threshold --data /tmp/dln.csv --alpha 0.1 --range 1:4 --out /tmp/dln-threshold";

pub(super) const DLN_COMPARE: &str = "Examples:
  printf '1,0.5,-0.3,0.8,-0.6,0.2,0.75\\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\\n' > /tmp/dln-sparse.csv
  eoscert dln-compare --data /tmp/dln-sparse.csv --beta-star 1,-0.5,0,0,0,0 --alpha 0.1 --stepsize-gd 1 --stepsize-sgd 0.5 --seed 1
  eoscert dln-compare --data /tmp/dln-sparse.csv --alpha 0.1 --stepsize 0.5 --sampler with-replacement --seed 1 --json --out /tmp/dln-compare.json";

pub(super) const DLN_SWEEP: &str = "Examples:
  eoscert dln-sweep --gaussian 20,30,3 --alpha 0.1 --stepsizes 0.04:0.7:40 --seeds 5 --instance-seed 1 --plot /tmp/dln-sweep.svg --gains-plot /tmp/dln-gains.svg
  eoscert dln-sweep --gaussian 3,6,3 --alpha 0.1 --stepsizes 0.1:0.3:2 --seeds 1 --certify 2 --out /tmp/dln-spots";

pub(super) const SUBCRITICAL: &str = "Examples:
  eoscert subcritical --depth 2 --eta 0.9 --init 1.3,0.77
  eoscert subcritical --depth 2 --eta 0.9 --init 1.3,0.77 --json > /tmp/subcritical.json";

pub(super) const CLASSIFY: &str = "Examples:
  eoscert classify --depth 2 --eta 1.1 --init 1.3,0.77      # supercritical
  eoscert classify --depth 2 --eta 0.5 --init 3,3           # divergent
  eoscert classify --depth 2 --eta 1.3 --init 1.3,0.77 --fast";

pub(super) const SWEEP: &str = "Examples:
  eoscert sweep --depth 2 --eta-range 0.5:1.3 --points 2000 --init 1.3,0.77 --plot /tmp/sweep.svg --certify 8
  eoscert sweep --depth 2 --eta-range 0.5:1.3 --points 100000 --init 1.3,0.77 --last 4 --csv /tmp/sweep.csv
  eoscert sweep --depth 2 --eta-range 0.5:1.3 --points 100000 --init 1.3,0.77 --shard 0/2 --csv /tmp/sweep-0.csv";

pub(super) const TAMPER: &str = "Examples:
  eoscert simulate --depth 2 --eta 1 --init 1.25,0.85 --steps 100 --json > /tmp/trajectory.json
  eoscert tamper /tmp/trajectory.json
  eoscert tamper /tmp/trajectory.json --shard 0/2 --times /tmp/tamper-0.csv
  eoscert prove --out /tmp/eoscert-certs && eoscert tamper /tmp/eoscert-certs/period-two*.json";

pub(super) const REGIME_MAP: &str = "Examples:
  eoscert regime-map --depth 2 --eta-range 0.5:1.3 --max-period 8 --plot /tmp/cascade.svg
  eoscert regime-map --depth 5 --eta-range 0.2:0.45 --max-period 16 --json > /tmp/cascade.json
  eoscert regime-map --depth 2 --eta-range 0.5:1.3 --max-cell-width 1e-4 --shard 0/2 --json > /tmp/part0.json
  eoscert regime-map --depth 2 --eta 1.1 --init-box 0.5:1.2,0.5:1.2 --cells 8 --plot /tmp/basin.svg";

pub(super) const MERGE: &str = "Examples:
  eoscert merge /tmp/part0.json /tmp/part1.json --out /tmp/cascade.json
  eoscert merge /tmp/parts/*.json --out /tmp/cascade.json --json
  eoscert check /tmp/cascade.json";

pub(super) const PRECISION: &str = "Examples:
  eoscert precision --depth 2 --init 1.3,0.8 --eta 1 --steps 200
  eoscert precision --depth 2 --init 1.5,0.5 --eta 0.5 --steps 40 --formats f32,bf16 --json
  eoscert precision --depth 2 --init 1.3,0.8 --eta 1.2 --steps 200 --plot /tmp/precision.svg";

pub(super) const COMPLETIONS: &str = "Examples:
  eoscert completions bash > /tmp/eoscert.bash
  eoscert completions zsh > /tmp/_eoscert";

pub(super) const MAN: &str = "Examples:
  eoscert man > /tmp/eoscert.1
  eoscert man --out-dir /tmp/eoscert-man";
