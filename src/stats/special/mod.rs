//! Special functions behind the p-values: log-gamma, the regularized
//! incomplete gamma functions `P(a, x)`/`Q(a, x)` and the regularized
//! incomplete beta function `I_x(a, b)`.
//!
//! The algorithms are those of Cephes (`igam.c`, `incbet.c`, as in SciPy),
//! with three changes for accuracy far into the tails: the prefactor
//! `x^a e^(−x) / Γ(a)` is computed through Stirling's series so that large
//! `a` does not lose digits to cancelling logarithms; `I_x(a, b)` takes
//! `1 − x` as a separate argument so callers can pass it without rounding;
//! and for a ≥ 15, b ≤ 1 (Student t with df ≥ 30) `I_x(a, b)` uses the
//! DiDonato–Morris asymptotic expansion, as Boost does, because the
//! continued fractions drift by ~1e-12 once a reaches 10⁴.
//! Measured against mpmath (50 digits) the relative error is below 1e-13 for
//! the arguments our tests use, down to results of 1e-300 (see `tests.rs`
//! here and the `distributions` tests).
//!
//! Arguments outside the domain give NaN; callers in this module check their
//! inputs first so that NaN never reaches a result.

use std::f64::consts::PI;

/// Relative precision the series and continued fractions stop at.
const MACHEP: f64 = 1.110_223_024_625_156_5e-16;
/// Rescaling thresholds for the continued fractions (as in Cephes).
const BIG: f64 = 4.503_599_627_370_496e15;
const BIG_INV: f64 = 2.220_446_049_250_313e-16;
/// Enough for `a` up to about 10^6; beyond that results are still returned,
/// with whatever precision the last iteration reached.
const MAX_ITERATIONS: usize = 100_000;

/// Stirling's correction `ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π)` for x ≥ 10,
/// with absolute error below 1e-17.
fn stirling_correction(x: f64) -> f64 {
    // Coefficients B_2k / (2k (2k − 1)), k = 1..7.
    const C: [f64; 7] = [
        1.0 / 12.0,
        -1.0 / 360.0,
        1.0 / 1260.0,
        -1.0 / 1680.0,
        1.0 / 1188.0,
        -691.0 / 360_360.0,
        1.0 / 156.0,
    ];
    let inv = 1.0 / x;
    let inv_sq = inv * inv;
    let mut sum = 0.0;
    for c in C.iter().rev() {
        sum = sum * inv_sq + c;
    }
    sum * inv
}

/// `ln Γ(x)` for x > 0 (NaN otherwise). Absolute error about `1e-16 · |ln Γ(x)|`.
pub fn ln_gamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    // Shift up to x ≥ 10 with Γ(x) = Γ(x + k) / (x (x + 1) ⋯ (x + k − 1)).
    let mut shifted = x;
    let mut product = 1.0;
    while shifted < 10.0 {
        product *= shifted;
        shifted += 1.0;
    }
    (shifted - 0.5) * shifted.ln() - shifted + 0.5 * (2.0 * PI).ln() + stirling_correction(shifted)
        - product.ln()
}

/// `ln(1 + t) − t`, accurate also for small |t|.
fn ln_1p_minus(t: f64) -> f64 {
    if t.abs() < 0.25 {
        // ln(1 + t) − t = −t²/2 + t³/3 − …, written via atanh for faster
        // convergence: ln(1 + t) = 2 atanh(u) with u = t / (2 + t).
        let u = t / (2.0 + t);
        let u_sq = u * u;
        let mut term = u * u_sq;
        let mut sum = 0.0;
        let mut k = 3.0;
        while term.abs() > MACHEP * 1e-3 * u.abs() {
            sum += term / k;
            term *= u_sq;
            k += 2.0;
        }
        // 2 atanh(u) − t = 2u + 2 Σ u^k/k − t, and 2u − t = −t u.
        2.0 * sum - t * u
    } else {
        t.ln_1p() - t
    }
}

/// `ln(x^a e^(−x) / Γ(a))`, the logarithm of the prefactor of `P` and `Q`.
fn ln_gamma_prefactor(a: f64, x: f64) -> f64 {
    if a < 10.0 {
        return a * x.ln() - x - ln_gamma(a);
    }
    // With ln Γ(a) from Stirling and u = x/a − 1:
    // a ln x − x − ln Γ(a) = a (ln(1 + u) − u) + ½ ln(a / 2π) − corr(a).
    let u = (x - a) / a;
    a * ln_1p_minus(u) + 0.5 * (a / (2.0 * PI)).ln() - stirling_correction(a)
}

/// Regularized lower incomplete gamma function `P(a, x)`, a > 0, x ≥ 0.
pub fn regularized_gamma_p(a: f64, x: f64) -> f64 {
    if a.is_nan() || x.is_nan() || a <= 0.0 || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return 0.0;
    }
    if x.is_infinite() {
        return 1.0;
    }
    if x > 1.0 && x > a {
        return 1.0 - gamma_q_continued_fraction(a, x);
    }
    gamma_p_series(a, x)
}

/// Regularized upper incomplete gamma function `Q(a, x) = 1 − P(a, x)`,
/// computed without forming `1 − P` where `Q` is small.
pub fn regularized_gamma_q(a: f64, x: f64) -> f64 {
    if a.is_nan() || x.is_nan() || a <= 0.0 || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return 1.0;
    }
    if x.is_infinite() {
        return 0.0;
    }
    if x < 1.0 || x < a {
        return 1.0 - gamma_p_series(a, x);
    }
    gamma_q_continued_fraction(a, x)
}

/// Power series for `P(a, x)`; converges fast for x ≤ max(1, a).
fn gamma_p_series(a: f64, x: f64) -> f64 {
    let log_prefactor = ln_gamma_prefactor(a, x);
    let mut r = a;
    let mut c = 1.0;
    let mut sum = 1.0;
    for _ in 0..MAX_ITERATIONS {
        r += 1.0;
        c *= x / r;
        sum += c;
        if c / sum <= MACHEP {
            break;
        }
    }
    (log_prefactor + (sum / a).ln()).exp()
}

/// Continued fraction for `Q(a, x)`; converges fast for x > max(1, a).
fn gamma_q_continued_fraction(a: f64, x: f64) -> f64 {
    let log_prefactor = ln_gamma_prefactor(a, x);
    let mut y = 1.0 - a;
    let mut z = x + y + 1.0;
    let mut c = 0.0;
    let (mut pkm2, mut qkm2) = (1.0, x);
    let (mut pkm1, mut qkm1) = (x + 1.0, z * x);
    let mut ans = pkm1 / qkm1;
    for _ in 0..MAX_ITERATIONS {
        c += 1.0;
        y += 1.0;
        z += 2.0;
        let yc = y * c;
        let pk = pkm1 * z - pkm2 * yc;
        let qk = qkm1 * z - qkm2 * yc;
        let mut change = 1.0;
        if qk != 0.0 {
            let r = pk / qk;
            change = ((ans - r) / r).abs();
            ans = r;
        }
        (pkm2, pkm1, qkm2, qkm1) = (pkm1, pk, qkm1, qk);
        if pk.abs() > BIG {
            pkm2 *= BIG_INV;
            pkm1 *= BIG_INV;
            qkm2 *= BIG_INV;
            qkm1 *= BIG_INV;
        }
        if change <= MACHEP {
            break;
        }
    }
    (log_prefactor + ans.ln()).exp()
}

/// `ln Γ(a) − ln Γ(a + b)` for a ≥ 10, b > 0, from Stirling's series
/// without subtracting two large logarithms: with s = a + b,
/// (a − ½) ln a − (s − ½) ln s + b + corr(a) − corr(s)
/// = −(a − ½) ln(1 + b/a) − b ln s + b + corr(a) − corr(s).
fn ln_gamma_ratio(a: f64, b: f64) -> f64 {
    let sum = a + b;
    -(a - 0.5) * (b / a).ln_1p() - b * sum.ln() + b + stirling_correction(a)
        - stirling_correction(sum)
}

/// `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)` for a, b > 0, with the
/// large-argument part taken from Stirling's series so that `ln Γ(a)` and
/// `ln Γ(a + b)` do not cancel digits away when a is large.
pub fn ln_beta(a: f64, b: f64) -> f64 {
    let (small, large) = if a < b { (a, b) } else { (b, a) };
    if large < 10.0 {
        return ln_gamma(small) + ln_gamma(large) - ln_gamma(small + large);
    }
    let difference = ln_gamma_ratio(large, small);
    if small < 10.0 {
        ln_gamma(small) + difference
    } else {
        // Both large: ln Γ(small) from Stirling too.
        (small - 0.5) * small.ln() - small
            + 0.5 * (2.0 * PI).ln()
            + stirling_correction(small)
            + difference
    }
}

/// Regularized incomplete beta function `I_x(a, b)` for a, b > 0 and
/// 0 ≤ x ≤ 1, where `x_complement` is `1 − x` (pass it computed directly
/// when x is close to 1, e.g. `t²/(ν + t²)` next to `ν/(ν + t²)`).
pub fn regularized_beta(a: f64, b: f64, x: f64, x_complement: f64) -> f64 {
    if [a, b, x, x_complement].iter().any(|v| v.is_nan())
        || a <= 0.0
        || b <= 0.0
        || !(0.0..=1.0).contains(&x)
    {
        return f64::NAN;
    }
    if x == 0.0 {
        return 0.0;
    }
    if x_complement <= 0.0 {
        return 1.0;
    }
    if b * x <= 1.0 && x <= 0.95 {
        return beta_power_series(a, b, x, x_complement);
    }
    if a >= 15.0 && b <= 1.0 {
        // The continued fractions lose about √a ulps here (3e-12 at a = 10⁴);
        // the asymptotic expansion keeps full precision. `None` only when
        // the result underflows its intermediate scale.
        if let Some(value) = beta_large_a_small_b(a, b, x, x_complement) {
            return value;
        }
    }
    // Work in the tail where the expansions converge: swap when x lies
    // above the mean a / (a + b), and return the complement.
    let swapped = x > a / (a + b);
    let (a, b, x, xc) = if swapped {
        (b, a, x_complement, x)
    } else {
        (a, b, x, x_complement)
    };
    let t = if swapped && b * x <= 1.0 && x <= 0.95 {
        beta_power_series(a, b, x, xc)
    } else {
        let w = if x * (a + b - 2.0) - (a - 1.0) < 0.0 {
            beta_continued_fraction(a, b, x)
        } else {
            beta_continued_fraction_d(a, b, x, xc) / xc
        };
        // Multiply by x^a (1 − x)^b / (a B(a, b)).
        let log_t = a * ln_of(x, xc) + b * ln_of(xc, x) - ln_beta(a, b) + (w / a).ln();
        log_t.exp()
    };
    if swapped { 1.0 - t } else { t }
}

/// `ln x`, through `ln(1 − complement)` when x is near 1: the complement is
/// exact there while x itself has lost its low digits, and a large exponent
/// `a` would multiply that loss.
fn ln_of(x: f64, complement: f64) -> f64 {
    if x > 0.5 {
        (-complement).ln_1p()
    } else {
        x.ln()
    }
}

/// Power series for `I_x(a, b)` when b·x ≤ 1 and x ≤ 0.95 (Cephes `pseries`).
fn beta_power_series(a: f64, b: f64, x: f64, xc: f64) -> f64 {
    let ai = 1.0 / a;
    let mut u = (1.0 - b) * x;
    let mut v = u / (a + 1.0);
    let t1 = v;
    let mut t = u;
    let mut n = 2.0;
    let mut s = 0.0;
    let z = MACHEP * ai;
    let mut iterations = 0;
    while v.abs() > z && iterations < MAX_ITERATIONS {
        u = (n - b) * x / n;
        t *= u;
        v = t / (a + n);
        s += v;
        n += 1.0;
        iterations += 1;
    }
    s += t1 + ai;
    (a * ln_of(x, xc) - ln_beta(a, b) + s.ln()).exp()
}

/// One step of the three-term recurrences shared by both beta continued
/// fractions: returns the new convergent, or `None` when q is zero.
fn recurrence_step(p: &mut [f64; 2], q: &mut [f64; 2], xk: f64) -> Option<f64> {
    let pk = p[1] + p[0] * xk;
    let qk = q[1] + q[0] * xk;
    *p = [p[1], pk];
    *q = [q[1], qk];
    (qk != 0.0).then(|| pk / qk)
}

/// Rescales the recurrence so the convergents neither overflow nor underflow.
fn rescale(p: &mut [f64; 2], q: &mut [f64; 2]) {
    let (pk, qk) = (p[1], q[1]);
    if pk.abs() + qk.abs() > BIG {
        p.iter_mut().chain(q.iter_mut()).for_each(|v| *v *= BIG_INV);
    }
    if qk.abs() < BIG_INV || pk.abs() < BIG_INV {
        p.iter_mut().chain(q.iter_mut()).for_each(|v| *v *= BIG);
    }
}

/// Continued fraction for `I_x(a, b)` (Cephes `incbcf`).
fn beta_continued_fraction(a: f64, b: f64, x: f64) -> f64 {
    let (mut k1, mut k2, mut k3, mut k4) = (a, a + b, a, a + 1.0);
    let (mut k5, mut k6, mut k7, mut k8) = (1.0, b - 1.0, a + 1.0, a + 2.0);
    let (mut p, mut q) = ([0.0, 1.0], [1.0, 1.0]);
    let mut ans = 1.0;
    for _ in 0..MAX_ITERATIONS {
        recurrence_step(&mut p, &mut q, -(x * k1 * k2) / (k3 * k4));
        let r = recurrence_step(&mut p, &mut q, (x * k5 * k6) / (k7 * k8)).unwrap_or(ans);
        let change = if r != 0.0 { ((ans - r) / r).abs() } else { 1.0 };
        if r != 0.0 {
            ans = r;
        }
        if change < 3.0 * MACHEP {
            break;
        }
        (k1, k2, k3, k4) = (k1 + 1.0, k2 + 1.0, k3 + 2.0, k4 + 2.0);
        (k5, k6, k7, k8) = (k5 + 1.0, k6 - 1.0, k7 + 2.0, k8 + 2.0);
        rescale(&mut p, &mut q);
    }
    ans
}

/// Second continued fraction for `I_x(a, b)`, in z = x / (1 − x)
/// (Cephes `incbd`).
fn beta_continued_fraction_d(a: f64, b: f64, x: f64, xc: f64) -> f64 {
    let (mut k1, mut k2, mut k3, mut k4) = (a, b - 1.0, a, a + 1.0);
    let (mut k5, mut k6, mut k7, mut k8) = (1.0, a + b, a + 1.0, a + 2.0);
    let (mut p, mut q) = ([0.0, 1.0], [1.0, 1.0]);
    let z = x / xc;
    let mut ans = 1.0;
    for _ in 0..MAX_ITERATIONS {
        recurrence_step(&mut p, &mut q, -(z * k1 * k2) / (k3 * k4));
        let r = recurrence_step(&mut p, &mut q, (z * k5 * k6) / (k7 * k8)).unwrap_or(ans);
        let change = if r != 0.0 { ((ans - r) / r).abs() } else { 1.0 };
        if r != 0.0 {
            ans = r;
        }
        if change < 3.0 * MACHEP {
            break;
        }
        (k1, k2, k3, k4) = (k1 + 1.0, k2 - 1.0, k3 + 2.0, k4 + 2.0);
        (k5, k6, k7, k8) = (k5 + 1.0, k6 + 1.0, k7 + 2.0, k8 + 2.0);
        rescale(&mut p, &mut q);
    }
    ans
}

/// `I_x(a, b)` for a ≥ 15, b ≤ 1 by the asymptotic expansion of DiDonato
/// and Morris (1992, algorithm 708, `BGRAT`, eqs. 9–9.6), in the form Boost
/// uses (`beta_small_b_large_a_series`): a series in `Q(b, u)`, u = −t ln x,
/// t = a + (b − 1)/2. `None` if the scale factor underflows.
fn beta_large_a_small_b(a: f64, b: f64, x: f64, xc: f64) -> Option<f64> {
    const TERMS: usize = 30;
    let bm1 = b - 1.0;
    let t = a + bm1 / 2.0;
    let lx = ln_of(x, xc);
    let u = -t * lx;
    // h = u^b e^(−u) / Γ(b); prefix = h Γ(a + b) / (Γ(a) t^b).
    let ln_h = ln_gamma_prefactor(b, u);
    if ln_h < -700.0 {
        return None;
    }
    let h = ln_h.exp();
    let prefix = (ln_h - ln_gamma_ratio(a, b) - b * t.ln()).exp();
    let mut j = regularized_gamma_q(b, u) / h;
    let mut sum = prefix * j;
    // (2k + 1)! for k = 0..TERMS.
    let mut odd_factorial = [1.0; TERMS + 1];
    let mut f = 1.0;
    for (k, slot) in odd_factorial.iter_mut().enumerate().skip(1) {
        f *= (2 * k) as f64 * (2 * k + 1) as f64;
        *slot = f;
    }
    let mut p = [0.0; TERMS];
    p[0] = 1.0;
    let lx2 = (lx / 2.0) * (lx / 2.0);
    let mut lxp = 1.0;
    let t4 = 4.0 * t * t;
    let mut b2n = b;
    for n in 1..TERMS {
        // Eq. 9.3: p_n from all earlier p_m.
        let mut pn = 0.0;
        for m in 1..n {
            pn += (m as f64 * b - n as f64) * p[n - m] / odd_factorial[m];
        }
        pn = pn / n as f64 + bm1 / odd_factorial[n];
        p[n] = pn;
        // Eq. 9.6: J_n from J_(n−1).
        j = (b2n * (b2n + 1.0) * j + (u + b2n + 1.0) * lxp) / t4;
        lxp *= lx2;
        b2n += 2.0;
        let r = prefix * pn * j;
        sum += r;
        if r.abs() <= MACHEP * 1e-2 * sum.abs() {
            break;
        }
    }
    Some(sum)
}

#[cfg(test)]
mod tests;
