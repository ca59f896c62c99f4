//! `isnad values` as scripts call it: one JSON line per input line, in order, whatever the input.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], input: &[u8]) -> (Vec<serde_json::Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_isnad")).arg("values").args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("isnad runs");
    child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    let out = child.wait_with_output().expect("isnad finishes");
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let lines = String::from_utf8(out.stdout).expect("UTF-8 output").lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    (lines, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_bad_line_gets_an_error_and_the_others_go_on() {
    let mut input = "قتل 3 أمس\n".as_bytes().to_vec();
    input.extend_from_slice(b"\xff\xfe bad\n");
    input.extend_from_slice("وصل الجمعة\n".as_bytes());
    let (lines, err) = run(&["--anchor", "2019-03-20", "--threads", "2"], &input);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["mentions"].as_array().map(Vec::len), Some(2));
    assert!(lines[1]["error"].as_str().is_some_and(|e| e.contains("UTF-8")), "{:?}", lines[1]);
    assert!(err.contains("line 2"), "{err}");
    assert_eq!(lines[2]["mentions"][0]["value"]["value"], "2019-03-15T00:00:00");
}

#[test]
fn jsonl_lines_carry_their_own_anchor() {
    let input = "{\"text\": \"أمس\", \"anchor\": \"2019-03-20\"}\n{\"text\": \"أمس\"}\nnot json\n";
    let (lines, _) = run(&["--jsonl", "--anchor", "2020-01-02"], input.as_bytes());
    assert_eq!(lines[0]["mentions"][0]["value"]["value"], "2019-03-19T00:00:00");
    assert_eq!(lines[1]["mentions"][0]["value"]["value"], "2020-01-01T00:00:00");
    assert!(lines[2]["error"].is_string());
}

/// The canonicalisation fixture suite (tests/fixtures/entities/canon.jsonl): nothing that must
/// stay apart merges, and most alias groups join.
#[test]
fn canonicalisation_suite_holds() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let out = Command::new(env!("CARGO_BIN_EXE_isnad")).args(["eval-entities", &format!("{root}/tests/fixtures/entities/canon.jsonl")]).output().expect("isnad runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let num = |label: &str| -> f64 { text.split(label).nth(1).and_then(|r| r.split_whitespace().next()).and_then(|x| x.parse().ok()).unwrap_or(-1.0) };
    assert_eq!(num("precision"), 1.0, "{text}");
    assert!(num("recall") >= 0.85, "{text}");
}
