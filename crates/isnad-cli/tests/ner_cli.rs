//! `isnad ner` as scripts call it: one JSON line per input line, in order, whatever the input.

use std::io::Write;
use std::process::{Command, Stdio};

/// JSON lines out, stderr, exit code.
fn run(args: &[&str], input: &[u8]) -> (Vec<serde_json::Value>, String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_isnad")).arg("ner").args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("isnad runs");
    // (a run refused at its arguments exits before reading: its stdin may already be closed)
    let _ = child.stdin.take().expect("stdin").write_all(input);
    let out = child.wait_with_output().expect("isnad finishes");
    let lines = String::from_utf8(out.stdout).expect("UTF-8 output").lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    (lines, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code())
}

/// Regression: a line that was not UTF-8 stopped `isnad ner`, and every line after it was lost.
#[test]
fn regression_a_line_that_is_not_utf8_stopped_the_run() {
    for args in [&[][..], &["--rules"][..]] {
        let mut input = "وصل وزير الخارجية إلى دمشق أمس.\n".as_bytes().to_vec();
        input.extend_from_slice(b"\xff\xfe bad\n");
        input.extend_from_slice("التقى الرئيس في القاهرة وفداً من الأمم المتحدة.\n".as_bytes());
        let (lines, err, code) = run(args, &input);
        assert_eq!(lines.len(), 3, "{args:?}: {lines:?}");
        assert!(lines[1]["error"].as_str().is_some_and(|e| e.contains("line 2") && e.contains("UTF-8")), "{:?}", lines[1]);
        assert!(err.contains("line 2"), "{err}");
        assert!(lines[2]["entities"].as_array().is_some_and(|e| !e.is_empty()), "{:?}", lines[2]);
        // some input was skipped: exit 1, as `isnad analyze` does
        assert_eq!(code, Some(1));
    }
}

#[test]
fn with_rules_the_whole_stage_names_its_rules_events_and_places() {
    let (lines, _, code) = run(&["--rules"], "أعلن التحالف انتهاء عملية «عاصفة الحزم»، وقال المتحدث باسم قوات سوريا الديمقراطية مصطفى بالي إن معركة الباغوز انتهت.\n".as_bytes());
    assert_eq!(code, Some(0));
    let ents = lines[0]["entities"].as_array().cloned().unwrap_or_default();
    let find = |text: &str| ents.iter().find(|e| e["text"] == text).cloned().unwrap_or_else(|| panic!("{text} not found: {ents:?}"));
    assert_eq!((find("عاصفة الحزم")["type"].clone(), find("عاصفة الحزم")["rule"].clone()), ("EVENT".into(), "event-quoted".into()));
    assert_eq!(find("قوات سوريا الديمقراطية")["rule"], "actor-alias");
    let battle = find("معركة الباغوز");
    assert_eq!(battle["type"], "EVENT");
    assert!(battle["geo"]["lat"].as_f64().is_some_and(|lat| (lat - 34.46).abs() < 0.1), "{battle:?}");
    // the tagger alone knows no events and no rules
    let (alone, _, _) = run(&[], "أعلن التحالف انتهاء عملية «عاصفة الحزم».\n".as_bytes());
    assert!(alone[0]["entities"].as_array().is_some_and(|e| e.iter().all(|x| x["type"] != "EVENT" && x.get("rule").is_none())), "{alone:?}");
}

#[test]
fn rules_and_conll_together_are_refused_with_the_command_to_use() {
    let (_, err, code) = run(&["--rules", "--conll"], b"x\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("eval-ner") && err.contains("--system"), "{err}");
}

/// `token<TAB>tag` lines of `isnad ner --conll`, and its exit code.
fn run_conll(input: &str) -> (Vec<String>, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_isnad")).args(["ner", "--conll"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("isnad runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("input written");
    let out = child.wait_with_output().expect("isnad finishes");
    (String::from_utf8(out.stdout).expect("UTF-8 output").lines().map(str::to_string).collect(), out.status.code())
}

/// Regression: `isnad ner --conll` tagged each sentence on its own, so a name the document
/// introduced with a title was missed where it stood alone, and the file scored 0.722 where
/// `eval-ner --conll` scored the same file 0.747. Sentences are now read a document at a time.
#[test]
fn regression_conll_tagging_read_no_document_context() {
    let one = |s: &str| s.split_whitespace().map(|w| format!("{w}\n")).collect::<String>();
    let intro = one("قال الباحث الروسي إيغور سولوفييف في مؤتمر صحفي إن النتائج مشجعة");
    let alone = one("ودرس سولوفييف الطب في جامعة كبيرة");
    let tag_of = |lines: &[String], w: &str| lines.iter().rev().find(|l| l.starts_with(&format!("{w}\t"))).cloned().unwrap_or_default();
    // in its document the bare surname is the person the first sentence named
    let (lines, code) = run_conll(&format!("{intro}\n{alone}"));
    assert_eq!(code, Some(0));
    assert_eq!(tag_of(&lines, "سولوفييف"), "سولوفييف\tB-PER", "{lines:?}");
    // a document marker ends the document: behind it the name stands alone again, and the
    // marker is passed through, so the output keeps the input's tokens in order
    let input = format!("{intro}\n-DOCSTART- -X- -X- O\n\n{alone}");
    let (lines, _) = run_conll(&input);
    let first = |l: &str| l.split_whitespace().next().unwrap_or("").to_string();
    let words = |ls: Vec<String>| ls.iter().map(|l| first(l)).filter(|w| !w.is_empty()).collect::<Vec<_>>();
    assert_eq!(words(lines.clone()), words(input.lines().map(str::to_string).collect()));
    let (by_itself, _) = run_conll(&alone);
    assert_eq!(tag_of(&lines, "سولوفييف"), tag_of(&by_itself, "سولوفييف"));
    assert_eq!(tag_of(&by_itself, "سولوفييف"), "سولوفييف\tO", "{by_itself:?}");
}
