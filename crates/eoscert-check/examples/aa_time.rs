fn main() {
    let p = std::env::args().nth(1).unwrap();
    let t = std::time::Instant::now();
    let r = eoscert_check::check::check_file_with_budget(
        &p,
        eoscert_check::check::budget::Budget::unlimited(),
    );
    println!(
        "{:?} {:.2}s",
        r.map(|x| format!("{x:?}").chars().take(300).collect::<String>()),
        t.elapsed().as_secs_f64()
    );
}
