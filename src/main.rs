//! The `eoscert` binary: parse, dispatch, exit. Everything else lives in the library.

use clap::Parser;

fn main() {
    let cli = eoscert::cli::Cli::parse();
    std::process::exit(eoscert::cli::run(cli) as i32);
}
