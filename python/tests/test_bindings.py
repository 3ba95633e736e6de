"""The provers from Python: every function once, exact inputs in every accepted form, errors."""

import json
from decimal import Decimal
from fractions import Fraction

import pytest

import eoscert


def gd_p2(theta, eta, steps):
    """Exact GD on ℓ = ½(θ₁θ₂ − 1)² in Fractions (the independent reference)."""
    a, b = theta
    for _ in range(steps):
        e = eta * (a * b - 1)
        a, b = a - e * b, b - e * a
    return a, b


def test_simulate_encloses_the_exact_rational_run():
    eta, init = Fraction(1), (Fraction(5, 4), Fraction(17, 20))
    a, b = gd_p2(init, eta, 6)
    loss = (a * b - 1) ** 2 / 2
    exact = eoscert.simulate(depth=2, eta=1, init="1.25,0.85", steps=6, backend="rational")
    assert exact.verified and exact.quantities["loss"].lo == exact.quantities["loss"].hi == loss
    for init_form in (["1.25", "0.85"], [Fraction(5, 4), Fraction(17, 20)], [Decimal("1.25"), "17/20"]):
        cert = eoscert.trajectory(depth=2, eta="1", init=init_form, steps=6, progress=False)
        assert cert.verified and cert.backend == "mpfr:256"
        assert loss in cert.quantities["loss"]
        assert cert.quantities["loss"].width < Fraction(1, 10**60)
        assert cert.init == [Fraction(5, 4), Fraction(17, 20)]


def test_float_inputs_are_the_exact_double():
    by_float = eoscert.orbit(depth=2, target=1, eta=1.1)
    by_text = eoscert.orbit(depth=2, target=1, eta="1.1")
    assert by_float.eta == Fraction(1.1) != Fraction(11, 10) == by_text.eta
    assert by_float.verified and by_text.verified
    # Different η, different orbit: the two s₊ enclosures are disjoint.
    s1, s2 = by_float.quantities["s_plus"], by_text.quantities["s_plus"]
    assert s1.hi < s2.lo or s2.hi < s1.lo


def test_int_and_fraction_inputs():
    a = eoscert.orbit(depth=2, target=1, eta=Fraction(21, 20))
    b = eoscert.orbit(depth=2, target=Fraction(1), eta="21/20")
    assert a.quantities == b.quantities


def test_orbit_flip_boundary_contains_sqrt5_minus_1():
    cert = eoscert.orbit(depth=2, flip_boundary=True, width="1e-20")
    assert cert.verified and cert.claim == "flip-boundary"
    e = cert.quantities["eta_flip"]
    # lo ≤ √5 − 1 ≤ hi, decided exactly: (lo + 1)² ≤ 5 ≤ (hi + 1)².
    assert (e.lo + 1) ** 2 <= 5 <= (e.hi + 1) ** 2
    assert e.width <= Fraction(1, 10**20)
    assert eoscert.check(cert)


def test_critical_and_its_check():
    cert = eoscert.critical(depth=2, init=["13/10", "4/5"], steps="1e4", progress=False)
    assert cert.verified and cert.claim == "critical"
    t_loss = cert.quantities["t_loss"]
    assert isinstance(t_loss.lo, Fraction) and isinstance(t_loss.mid, float)
    assert Fraction(1, 5) < t_loss.lo <= t_loss.hi < Fraction(3, 10)  # → 1/4 as t → ∞
    assert eoscert.check(cert)


def test_subcritical_classify():
    sub = eoscert.subcritical(eta="0.5", init="1.3,0.8", progress=False)
    assert sub.verified and sub.quantities["eta_below_critical"] is True
    c = eoscert.classify(depth=2, eta="0.5", init="1.3,0.8", progress=False)
    assert c.verified and c.quantities["regime"] == "subcritical"
    fast = eoscert.classify(depth=2, eta="0.5", init="1.3,0.8", fast=True)
    assert not fast.verified and not fast.rigorous and fast.quantities["regime"] == "subcritical"
    # The classifier is not a checkable claim kind: the checker rejects it.
    assert not eoscert.check(c).accepted


def test_paper003_and_paper002_provers():
    cat = eoscert.catapult(n=1000, f0=1, lambda0=2, eta="1.25")
    assert cat.verified and cat.quantities["regime"] == "catapult"
    bal = eoscert.balance(phi="pseudo-huber", init="4,0.26", eta="0.2")
    assert bal.verified
    ib = eoscert.implicit_bias(data=[["1", "0.5", "1.25"], ["-0.4", "1.2", "-1.0"]], alpha="0.1", stepsize="0.5")
    assert ib.verified
    for cert in (cat, bal, ib):
        assert eoscert.check(cert), cert.claim


def test_bound():
    cert = eoscert.bound(phi="pseudo-huber", x=("3.9", "4.1"), y=("0.25", "0.27"), eta=("0.05", "0.06"))
    assert cert.claim == "nonasymptotic"
    assert eoscert.check(cert).accepted


def test_prove_path_text_and_dict_agree(proofs_dir):
    path = f"{proofs_dir}/period-two-p2-eta1.1.toml"
    with open(path) as f:
        text = f.read()
    by_path = eoscert.prove(path)
    by_text = eoscert.prove(text)
    claim = {"claim": "period-two", "eta": "1.1", "backend": "mpfr:256", "model": {"kind": "factorisation", "depth": 2, "target": "1"}}
    by_dict = eoscert.prove(claim)
    by_kwargs = eoscert.orbit(depth=2, target=1, eta="1.1")
    assert by_path.quantities == by_text.quantities == by_dict.quantities == by_kwargs.quantities


@pytest.mark.parametrize(
    "call",
    [
        lambda: eoscert.orbit(depth=2, eta="abc"),
        lambda: eoscert.orbit(depth=2, eta="-1"),
        lambda: eoscert.orbit(depth=1, eta="1.1"),
        lambda: eoscert.orbit(depth=2),
        lambda: eoscert.simulate(depth=2, eta=1, init="1,2,3", steps=3),
        lambda: eoscert.simulate(depth=2, eta=1, init="1,1", steps=-1),
        lambda: eoscert.simulate(depth=2, eta=float("nan"), init="1,1", steps=3),
        lambda: eoscert.critical(depth=2, init="1.3,0.8", steps="1.5"),
        lambda: eoscert.simulate(model="factorization", eta=1, init="1,1", steps=3),
        lambda: eoscert.prove("claim = 'trajectory'\nstep = 3\n"),
        lambda: eoscert.prove({"claim": "nope", "model": {"kind": "factorisation", "depth": 2, "target": "1"}}),
        lambda: eoscert.classify(depth=2, eta="1", init="1,1", steps=10**6),
        lambda: eoscert.check("{\"claim\": 1}"),
    ],
)
def test_bad_input_is_value_error(call):
    with pytest.raises(ValueError):
        call()


def test_wrong_types_and_missing_files():
    with pytest.raises(TypeError):
        eoscert.orbit(depth=2, eta=True)
    with pytest.raises(TypeError):
        eoscert.orbit(depth=2, eta=[1])
    with pytest.raises(OSError):
        eoscert.prove("no/such/claim.toml")
    with pytest.raises(OSError):
        eoscert.check("no/such/certificate.json")


def test_regime_map_and_basin_map_are_the_cli_claims():
    """`regime_map` proves the claims of `eoscert regime-map` (the cascade and the basin map),
    with the same certificate as the claim file with the same keys; bad input is a ValueError."""
    cascade = eoscert.regime_map(depth=2, eta_range=("1/2", "1.2992279396"), max_period=4, progress=False)
    assert cascade.verified and cascade.claim == "regime-map", cascade.reason
    assert eoscert.check(cascade)
    same = eoscert.prove(
        {
            "claim": "regime-map",
            "model": {"kind": "factorisation", "depth": 2, "target": "1"},
            "eta_range": "1/2:1.2992279396",
            "max_period": 4,
            "gap": "1e-6",
            "backend": "mpfr:256",
        },
        progress=False,
    )
    assert same.quantities == cascade.quantities
    basin = eoscert.regime_map(depth=2, eta="1.1", init_box=((0.5, 1.2), (0.5, 1.2)), cells=4, max_level=1)
    assert basin.claim == "basin-map" and basin.verified, basin.reason
    assert eoscert.check(basin)
    for bad in (
        dict(depth=2),
        dict(depth=2, eta_range="0.5:1.3", eta="1.1"),
        dict(depth=2, eta_range="0.5"),
        dict(depth=2, eta="1.1"),
    ):
        with pytest.raises(ValueError):
            eoscert.regime_map(**bad)


def test_catapult_map_and_progress_keywords():
    """`catapult(eta_range=…)` is `eoscert catapult --eta-range` (claim catapult-map); every
    prover takes `progress=`."""
    cmap = eoscert.catapult(n=10, f0=1, lambda0=2, eta_range="0.9:1.9", gap="1e-3", progress=False)
    assert cmap.claim == "catapult-map" and cmap.verified, cmap.reason
    assert eoscert.check(cmap)
    with pytest.raises(ValueError):
        eoscert.catapult(n=10, f0=1, lambda0=2, eta="1", eta_range="0.9:1.9")
    with pytest.raises(ValueError):
        eoscert.catapult(n=10, f0=1, lambda0=2)
    assert eoscert.balance(phi="quad", init="4,0.26", eta="0.1", progress=False).verified


def test_progress_bar_does_not_change_the_result(capsys):
    quiet = eoscert.critical(depth=2, init="1.3,0.8", steps=2000, progress=False)
    shown = eoscert.critical(depth=2, init="1.3,0.8", steps=2000, progress=True)
    assert quiet.quantities == shown.quantities


def test_certificate_json_round_trip(tmp_path):
    cert = eoscert.orbit(depth=2, eta="1.1")
    again = eoscert.Certificate(cert.to_json())
    assert again.quantities == cert.quantities and again.verified
    path = tmp_path / "c.json"
    cert.save(path)
    assert json.loads(path.read_text())["claim"] == "period-two"
    assert eoscert.check(path) and eoscert.check(str(path)) and eoscert.check(cert.to_dict())
