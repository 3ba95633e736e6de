//! Set strategies: how an enclosure of a set of states is carried through one step of a map.
//!
//! Each strategy takes a map already evaluated in one backend ([`MapIn`]) and a set, and returns
//! a set that contains the image of every point of the input set (for a rigorous backend and a
//! map that keeps the contract of [`Map`](super::Map)):
//!
//! - [`naive`]: the interval box X ↦ G(X) (one evaluation in interval arithmetic; wraps where
//!   G rotates or shears the box);
//! - [`mean_value`]: the mean-value form at the midpoint intersected with the direct image,
//!   X ↦ (G(m) + DG(X)(X − m)) ∩ G(X) (needs the Jacobian);
//! - [`Parallelepiped`]: Lohner's method in the plane, sets c + M·B with a point centre c, a
//!   float frame M and an interval box B, carried by G(c) + DG(hull)·M·B and re-framed every
//!   step (needs the Jacobian);
//! - Krawczyk boxes for zeros (periodic orbits) live in `crate::certify::krawczyk`.

// `DoubleInterval` is `Copy` only with inari; the MPFR fallback (no AVX/FMA) needs the clones.
#![allow(clippy::clone_on_copy)]

use super::MapIn;
use crate::arith::{DoubleEndpoints, DoubleInterval as Interval, Scalar};

/// The naive interval step: the box G(X), one evaluation of the map on the box.
pub fn naive<S: Scalar, F: MapIn<S> + ?Sized>(map: &F, x: &[S]) -> Vec<S> {
    map.eval(x)
}

/// The mean-value step `(G(m) + DG(X)(X − m)) ∩ G(X)`, m the midpoint of X (a point).
///
/// # Guarantee
/// For x ∈ X the mean-value theorem gives Gᵢ(x) = Gᵢ(m) + ∇Gᵢ(ξᵢ)·(x − m) with ξᵢ ∈ X, so the
/// image lies in both terms. `None` if the map has no Jacobian or the intersection is empty
/// (only possible for a map or backend that breaks its contract). The sum is taken as
/// `G(m)ᵢ + DG₁ᵢ(X₁ − m₁) + …` left to right.
pub fn mean_value<S: Scalar, F: MapIn<S> + ?Sized>(map: &F, x: &[S]) -> Option<Vec<S>> {
    let m: Vec<S> = x.iter().map(Scalar::midpoint).collect();
    let fm = map.eval(&m);
    let jac = map.eval_jacobian(x)?;
    let direct = map.eval(x);
    fm.into_iter()
        .zip(jac)
        .zip(direct)
        .map(|((fmi, row), di)| {
            let mv = row
                .into_iter()
                .zip(x.iter().zip(&m))
                .fold(fmi, |acc, (j, (xj, mj))| {
                    acc + j * (xj.clone() - mj.clone())
                });
            mv.intersect(&di)
        })
        .collect()
}

/// A plane set c + M·B: a point centre c, a float frame M (any invertible matrix) and an
/// interval box B, in `f64` interval arithmetic ([`DoubleInterval`](crate::arith::DoubleInterval)).
#[derive(Clone, Debug)]
pub struct Parallelepiped {
    c: [f64; 2],
    m: [[f64; 2]; 2],
    b: [Interval; 2],
}

impl Parallelepiped {
    /// The set of the box `x` (c = its midpoint, M = I, B = x − c).
    pub fn of_box(x: &[Interval]) -> Self {
        let c = [x[0].midpoint().inf_f64(), x[1].midpoint().inf_f64()];
        Parallelepiped {
            c,
            m: [[1.0, 0.0], [0.0, 1.0]],
            b: [x[0].clone() - iv(c[0], c[0]), x[1].clone() - iv(c[1], c[1])],
        }
    }

    /// The interval hull of c + M·B.
    pub fn hull(&self) -> Vec<Interval> {
        (0..2)
            .map(|i| {
                iv(self.c[i], self.c[i])
                    + iv(self.m[i][0], self.m[i][0]) * self.b[0].clone()
                    + iv(self.m[i][1], self.m[i][1]) * self.b[1].clone()
            })
            .collect()
    }

    /// One step of Lohner's method in 2-D.
    ///
    /// # Guarantee
    /// With X = c + M·B, G(X) ⊆ G(c) + DG(hull X)·M·B (mean-value theorem, row by row). In the
    /// new frame M′ (the orthonormal basis led by the dominant column of mid(DG·M)·diag(width
    /// B), a float choice: [`new_frame`]) and the new centre c′ = mid G(c):
    /// B′ = [M′⁻¹](G(c) − c′) + ([M′⁻¹]·DG·M)·B, with [M′⁻¹] the exact 2×2 inverse formula
    /// evaluated in interval arithmetic. `None` if the map has no Jacobian, the centre is not
    /// finite or the new frame is not proved invertible.
    pub fn step<F: MapIn<Interval> + ?Sized>(&self, map: &F) -> Option<Self> {
        let hull = self.hull();
        let cc = [iv(self.c[0], self.c[0]), iv(self.c[1], self.c[1])];
        let fc = map.eval(&cc);
        let jm = map.eval_jacobian(&hull)?;
        let pt = |v: f64| iv(v, v);
        let a: [[Interval; 2]; 2] = std::array::from_fn(|i| {
            std::array::from_fn(|k| {
                jm[i][0].clone() * pt(self.m[0][k]) + jm[i][1].clone() * pt(self.m[1][k])
            })
        });
        let mid = |v: &Interval| 0.5 * (v.inf_f64() + v.sup_f64());
        let widths = [self.b[0].width_f64(), self.b[1].width_f64()];
        let m2 = new_frame(
            std::array::from_fn(|i| std::array::from_fn(|k| mid(&a[i][k]))),
            widths,
        );
        let c2 = [mid(&fc[0]), mid(&fc[1])];
        if !(c2[0].is_finite() && c2[1].is_finite()) {
            return None;
        }
        let det = pt(m2[0][0]) * pt(m2[1][1]) - pt(m2[0][1]) * pt(m2[1][0]);
        if det.contains_zero() {
            return None;
        }
        let inv = [
            [pt(m2[1][1]) / det.clone(), -pt(m2[0][1]) / det.clone()],
            [-pt(m2[1][0]) / det.clone(), pt(m2[0][0]) / det],
        ];
        let d = [fc[0].clone() - pt(c2[0]), fc[1].clone() - pt(c2[1])];
        let b: [Interval; 2] = std::array::from_fn(|i| {
            let shift = inv[i][0].clone() * d[0].clone() + inv[i][1].clone() * d[1].clone();
            let ia0 = inv[i][0].clone() * a[0][0].clone() + inv[i][1].clone() * a[1][0].clone();
            let ia1 = inv[i][0].clone() * a[0][1].clone() + inv[i][1].clone() * a[1][1].clone();
            shift + ia0 * self.b[0].clone() + ia1 * self.b[1].clone()
        });
        Some(Parallelepiped { c: c2, m: m2, b })
    }
}

/// The new frame: the unit vector along the dominant scaled column of `a` and its rotation by
/// 90° (identity if degenerate). A float choice; any invertible frame is sound.
pub fn new_frame(a: [[f64; 2]; 2], widths: [f64; 2]) -> [[f64; 2]; 2] {
    let col = |k: usize| [a[0][k] * widths[k], a[1][k] * widths[k]];
    let norm = |v: [f64; 2]| (v[0] * v[0] + v[1] * v[1]).sqrt();
    let (c0, c1) = (col(0), col(1));
    let v = if norm(c0) >= norm(c1) { c0 } else { c1 };
    let n = norm(v);
    if !(n.is_finite() && n > 0.0) {
        return [[1.0, 0.0], [0.0, 1.0]];
    }
    let q = [v[0] / n, v[1] / n];
    [[q[0], -q[1]], [q[1], q[0]]]
}

fn iv(lo: f64, hi: f64) -> Interval {
    Interval::from_f64_bounds(lo, hi)
}

#[cfg(test)]
mod tests {
    use num_rational::BigRational;

    use super::*;
    use crate::arith::{DOUBLE_CTX, parse_rational};
    use crate::dynamics::{Line, Map, Plane};

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    fn contains(x: &Interval, v: &BigRational) -> bool {
        let (lo, hi) = x.bounds().unwrap();
        &lo <= v && v <= &hi
    }

    /// The mean-value step of φ (depth 3) on [0.98, 1.02] contains φ at 41 exact points of the
    /// interval and is narrower than the naive box; a step that drops the correction term
    /// DG(X)(X − m) (the point image G(m) alone) misses some of them.
    #[test]
    fn mean_value_encloses_the_image_and_beats_naive() {
        let line = Line::new(3, q("1"), q("3/10"));
        let f = line.constants::<Interval>(&DOUBLE_CTX);
        let x = [Interval::from_f64_bounds(0.98, 1.02)];
        let mv = mean_value(&f, &x).unwrap();
        let nv = naive(&f, &x);
        assert!(mv[0].width_f64() < nv[0].width_f64());
        let mid = f.eval(&[x[0].midpoint()]);
        let mut missed = false;
        for k in 0..=40 {
            let s = q("98/100") + q("4/100") * BigRational::from_integer(k.into()) / q("40");
            let exact = line.step(
                &[crate::arith::RationalInterval::from_rational(&s, &())],
                &(),
            );
            let v = exact[0].bounds().unwrap().0;
            assert!(contains(&mv[0], &v), "φ({s}) not enclosed");
            missed |= !contains(&mid[0], &v);
        }
        assert!(missed, "the mutant (no correction term) must miss");
    }

    /// Three parallelepiped steps of the rotated depth-2 map from a small box contain the
    /// exact images of its corners and centre.
    #[test]
    fn parallelepiped_encloses_exact_images() {
        let plane = Plane::new(q("1"), q("9/10"));
        let f = plane.constants::<Interval>(&DOUBLE_CTX);
        let x0 = [
            Interval::from_f64_bounds(1.1, 1.1 + 1e-3),
            Interval::from_f64_bounds(0.2, 0.2 + 1e-3),
        ];
        let mut set = Parallelepiped::of_box(&x0);
        for _ in 0..3 {
            set = set.step(&f).unwrap();
        }
        let hull = set.hull();
        for (a, b) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.5, 0.5)] {
            let start = [1.1 + 1e-3 * a, 0.2 + 1e-3 * b];
            let mut x: Vec<crate::arith::RationalInterval> = start
                .iter()
                .map(|v| {
                    let v = crate::arith::parse::rational_from_f64(*v).unwrap();
                    crate::arith::RationalInterval::from_rational(&v, &())
                })
                .collect();
            for _ in 0..3 {
                x = plane.step(&x, &());
            }
            for i in 0..2 {
                assert!(
                    contains(&hull[i], &x[i].bounds().unwrap().0),
                    "corner ({a}, {b})"
                );
            }
        }
    }
}
