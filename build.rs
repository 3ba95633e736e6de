//! Build script: decide whether the `interval` backend (inari) is compiled in.
//!
//! inari 2.0 compiles only on AArch64 and on x86-64 with the `avx` and `fma` target features
//! (its SIMD rounding code raises `compile_error!` otherwise). Cargo.toml depends on inari only
//! for those targets (the same condition as a `cfg` on the `[target]` table), and this script
//! sets `cfg(eoscert_inari)` under exactly that condition, so a crate that depends on eoscert
//! builds with the default `target-cpu` (the `interval` backend is then an error at parse
//! time; MPFR at 53 bits stands in for internal double-precision intervals). eoscert's own
//! `.cargo/config.toml` selects `target-cpu=haswell`, so its binary and tests have inari.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(eoscert_inari)");
    println!("cargo::rerun-if-changed=build.rs");
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let has = |f: &str| features.split(',').any(|x| x == f);
    if arch == "aarch64" || (arch == "x86_64" && has("avx") && has("fma")) {
        println!("cargo::rustc-cfg=eoscert_inari");
    }
}
