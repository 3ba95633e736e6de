//! The `eoscert` binary: parse, dispatch, exit. Everything else lives in the library.

fn main() {
    let cli = eoscert::cli::parse();
    std::process::exit(eoscert::cli::run(cli) as i32);
}
