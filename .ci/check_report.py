#!/usr/bin/env python3
"""Check an isnad JSON report: schema validity, code-point offsets, and (with --seeds) the
foundation's expectations on the five seed pages.

Usage: check_report.py REPORT.json SCHEMA.json [--seeds SEEDS_DIR] [--min-docs N]
"""
import argparse
import json
import pathlib
import sys


def fail(msg: str) -> None:
    print(f"FAIL: {msg}")
    sys.exit(1)


def validate(report: dict, schema: dict) -> None:
    try:
        import jsonschema
    except ImportError:
        fail("python package jsonschema is missing (.ci/run installs it into a venv)")
    v = jsonschema.Draft202012Validator(schema)
    errors = sorted(v.iter_errors(report), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"  schema: {'/'.join(map(str, e.path))}: {e.message[:200]}")
    if errors:
        fail(f"{len(errors)} schema violations")
    print("ok: report is valid against docs/report.schema.json")


def check_offsets(report: dict) -> None:
    texts = {d["id"]: d["text"] for d in report["documents"]}
    n = 0

    def check(doc: str, text: str, start: int, end: int, what: str) -> None:
        nonlocal n
        got = texts[doc][start:end]
        if got != text:
            fail(f"{what}: text[{start}:{end}] is {got!r}, report says {text!r}")
        n += 1

    for sec in ("quantities", "times"):
        for x in report[sec]:
            check(x["doc"], x["text"], x["start"], x["end"], sec)
    for e in report["entities"]:
        for m in e["mentions"]:
            check(m["doc"], m["text"], m["start"], m["end"], "entity mention")
    for q in report["quotes"]:
        check(q["doc"], q["text"], q["span"]["start"], q["span"]["end"], "quote")
    for d in report["documents"]:
        for r in d["removed"]:
            check(d["id"], r["text"], r["start"], r["end"], "removed block")
    print(f"ok: {n} spans match their code-point offsets")


def check_seeds(report: dict, seeds: pathlib.Path) -> None:
    docs = {pathlib.Path(d["path"]).name: d for d in report["documents"]}
    names = sorted(p.name for p in seeds.glob("*.txt"))
    if len(names) != 5:
        fail(f"expected five seed pages in {seeds}, found {len(names)}")
    missing = [n for n in names if n not in docs]
    if missing:
        fail(f"seeds missing from the report: {missing}")
    by_num = {n[:3]: docs[n] for n in names}
    for num, d in by_num.items():
        if len(d["body"]) < 500:
            fail(f"seed {num}: body too short ({len(d['body'])} chars)")
        if d["language"] != "ar":
            fail(f"seed {num}: language {d['language']}")
    expect_pub = {"000": "2019-03-20", "001": "2019-03-22", "002": "2019-03-23", "003": None, "004": None}
    for num, want in expect_pub.items():
        got = by_num[num]["published"]
        if got != want:
            fail(f"seed {num}: published {got}, expected {want}")
    for num in ("003", "004"):
        if not by_num[num]["published_estimate"]:
            fail(f"seed {num}: undated, but no published_estimate")
    for num in ("000", "001", "002", "004"):
        if not by_num[num]["headline"]:
            fail(f"seed {num}: no headline")
    if by_num["003"]["headline"] is not None:
        fail("seed 003: its first line is a photo caption, not a headline")
    print("ok: five seeds, headlines, bodies and publication dates as expected")
    check_seed_quotes(report, by_num)
    check_seed_entities(report)
    for num, d in by_num.items():
        print(f"  {num} {d['published'] or 'undated':10} {len(d['body']):5} chars  removed {len(d['removed']):2}  {(d['headline'] or '(no headline: ' + (d['headline_missing'] or '') + ')')[:70]}")


def check_seed_entities(report: dict) -> None:
    """Issue 5's acceptance on the seeds: one entity per referent, the right types, places geocoded,
    and nothing merged that must stay apart."""
    ents = report["entities"]
    def holding(alias):
        return [e for e in ents if alias in e["aliases"]]
    # referent: (type, aliases that must all sit in one entity, words no other entity of the type may hold)
    referents = {
        "SDF": ("ORG", ["قسد", "قوات سوريا الديمقراطية"], ["قسد", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية"]),
        "ISIS": ("ORG", ["داعش", "تنظيم الدولة الإسلامية"], ["داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية"]),
        "Mustafa Bali": ("PER", ["مصطفى بالي"], ["بالي", "مصطفى بالي"]),
        "Adnan Afrin/Afrini": ("PER", ["عدنان عفرين", "عدنان عفريني"], ["عفريني", "عدنان عفرين", "عدنان عفريني"]),
        "Trump": ("PER", ["ترامب"], ["ترامب", "ترمب", "دونالد ترامب", "دونالد ترمب"]),
        "Syria": ("GPE", ["سوريا", "سورية"], ["سوريا", "سورية"]),
        "SOHR": ("ORG", ["المرصد السوري لحقوق الإنسان"], ["المرصد السوري لحقوق الإنسان", "المرصد السوري"]),
    }
    for name, (etype, together, exclusive) in referents.items():
        homes = {e["id"] for a in together for e in holding(a)}
        if len(homes) != 1:
            fail(f"seeds: {name} should be one entity holding {together}, found in {sorted(homes) or 'none'}")
        home = next(e for e in ents if e["id"] in homes)
        if home["type"] != etype:
            fail(f"seeds: {name} is typed {home['type']}, expected {etype}")
        strays = sorted({e["id"] + " " + e["name"] for a in exclusive for e in holding(a) if e["id"] not in homes})
        if strays:
            fail(f"seeds: {name} is split; other entities hold its names: {strays}")
    # places and where they are (km from the true spot)
    import math
    def km(a, b):
        la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 2 * 6371 * math.asin(math.sqrt(h))
    for alias, spot in {"الباغوز": (34.46, 40.95), "درعا": (32.62, 36.10), "حمص": (34.73, 36.72), "دمشق": (33.51, 36.29)}.items():
        es = holding(alias)
        if len(es) != 1 or not es[0].get("geo"):
            fail(f"seeds: {alias} should be one geocoded entity, found {[(e['id'], e.get('geo')) for e in es]}")
        d = km((es[0]["geo"]["lat"], es[0]["geo"]["lon"]), spot)
        if d > 30:
            fail(f"seeds: {alias} geocoded {d:.0f} km from where it is")
    for a, b in [("التحالف الدولي", "التحالف العربي الكردي"), ("التحالف الدولي", "قسد"), ("بشار الأسد", "حافظ الأسد")]:
        if {e["id"] for e in holding(a)} & {e["id"] for e in holding(b)}:
            fail(f"seeds: {a} and {b} must stay apart, but share an entity")
    print(f"ok: seed entities ({', '.join(referents)} one entity each; Baghuz, Daraa, Homs, Damascus geocoded; the coalitions and the two Assads apart)")


def check_seed_quotes(report: dict, by_num: dict) -> None:
    """Issue 6's acceptance on the seeds: who said what, through which channel and agency."""
    ids = {num: d["id"] for num, d in by_num.items()}
    quotes = {num: [q for q in report["quotes"] if q["doc"] == i] for num, i in ids.items()}
    spk = lambda q: (q.get("speaker") or {}).get("text") or ""
    office = [q for q in quotes["001"] if "المكتب الإعلامي" in spk(q)]
    if len(office) < 2:
        fail(f"seed 001: the coalition media office should carry both its quotes, found {len(office)}")
    if not any("بالي" in spk(q) and q["channel"] == "tweet" for q in quotes["004"]):
        fail("seed 004: Bali's tweet should carry the channel tweet")
    if not any("بالي" in spk(q) and q["channel"] == "interview" and any(c["role"] == "agency" and c["name"] == "Reuters" for c in q["chain"]) for q in quotes["003"]):
        fail("seed 003: Bali's Reuters interview should carry channel interview and agency Reuters")
    wh = [q for n in ("001", "002") for q in quotes[n] if "ساندرز" in spk(q) and q.get("cluster")]
    clusters = {}
    for q in wh:
        clusters.setdefault(q["cluster"], set()).add(q["doc"])
    if not any(len(docs) == 2 for docs in clusters.values()):
        fail("seeds 001/002: the White House spokeswoman's words should be one quote cluster across both outlets")
    print("ok: seed attributions (media office, Bali's tweet and Reuters interview, the spokeswoman's quote cluster)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("schema")
    ap.add_argument("--seeds")
    ap.add_argument("--min-docs", type=int, default=1)
    a = ap.parse_args()
    report = json.loads(pathlib.Path(a.report).read_text(encoding="utf-8"))
    schema = json.loads(pathlib.Path(a.schema).read_text(encoding="utf-8"))
    validate(report, schema)
    if len(report["documents"]) < a.min_docs:
        fail(f"{len(report['documents'])} documents, expected at least {a.min_docs}")
    check_offsets(report)
    if a.seeds:
        check_seeds(report, pathlib.Path(a.seeds))
    c = {k: len(report[k]) for k in ("documents", "entities", "quotes", "quantities", "times", "events", "stories", "claims", "relations", "quote_clusters", "diagnostics")}
    print("summary: " + ", ".join(f"{k} {v}" for k, v in c.items()))


if __name__ == "__main__":
    main()
