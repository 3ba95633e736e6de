//! Every subcommand's `--help` ends with runnable examples (`src/cli/examples.rs`), and the
//! examples use the subcommand they document.

use std::process::Command;

fn help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .args(args)
        .output()
        .expect("binary runs");
    assert!(out.status.success(), "eoscert {args:?} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The subcommands listed by `eoscert --help` (without `help`).
fn subcommands() -> Vec<String> {
    let text = help(&["--help"]);
    text.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn every_subcommand_help_ends_with_examples() {
    let commands = subcommands();
    assert!(commands.len() >= 16, "{commands:?}");
    for c in &commands {
        let text = help(&[c, "--help"]);
        let examples: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("Examples"))
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(
            (1..=4).contains(&examples.len()),
            "eoscert {c} --help: {} example lines",
            examples.len()
        );
        let own = format!("eoscert {c} ");
        assert!(
            examples.iter().any(|l| l.contains(&own)),
            "eoscert {c} --help: no example runs `{own}`"
        );
        for l in &examples {
            assert!(l.starts_with("  "), "eoscert {c} --help: {l:?}");
            // Examples that write files write under /tmp, never into the working directory.
            for flag in ["--out ", "--plot ", "--csv ", "--gains-plot ", "> "] {
                if let Some(rest) = l.split(flag).nth(1) {
                    assert!(
                        rest.trim_start().starts_with("/tmp/"),
                        "eoscert {c} --help: {l:?}"
                    );
                }
            }
        }
    }
}
