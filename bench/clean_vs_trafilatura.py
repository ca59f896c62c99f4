#!/usr/bin/env python3
"""isnad's page cleaning side by side with trafilatura on the same HTML pages.

Usage: python3 bench/clean_vs_trafilatura.py [path/to/isnad] [shared/data/html]   (from the repository root)

Installs trafilatura from PyPI into bench/.venv-trafilatura on first use (its own venv: trafilatura
needs a newer dateparser than the value-layer benchmark pins). The pages are every HTML page of the
project's gold set (tests/fixtures/clean/, written by us) and the pages of ../shared/data/html
(trafilatura's and newspaper4k's gold). Both tools are scored by this script with one scorer:
  - body tokens: multiset overlap of words (punctuation trimmed) with the gold body, P/R/F1 summed
    over pages (pages whose gold has a full body);
  - snippets: a gold `with` snippet found is a true positive, a `without` snippet found a false
    positive (trafilatura's own evaluation);
  - headline: equal after squashing spaces (trafilatura's `title`, isnad's `headline`);
  - date: the publication day (trafilatura's `date` from htmldate, isnad's `published`).
Time per page: each page is processed REPS (20) times per timed run; trafilatura in-process
(bare_extraction with metadata, best of 3 runs); isnad as one `isnad clean` process over the
pages with RAYON_NUM_THREADS=1 (one core), best of 3: wall time including process start, and
the time isnad reports for its own work (reading, decoding, template learning, zoning). isnad runs
page by page (--no-templates: no cross-page evidence, the same information trafilatura has)
and as one run (templates learnt across the pages).
"""
import collections
import json
import os
import pathlib
import re
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv-trafilatura"
# every page is processed this many times per timed run, so that start-up costs (Python imports,
# isnad's process start and table set-up) spread over many pages as they do in a real crawl
REPS = 20


def ensure_venv() -> pathlib.Path:
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "trafilatura==2.3.*", "lxml_html_clean"], check=True)
    return py


TRAFILATURA = r'''
import json, sys, time
import trafilatura
reps = int(sys.argv[1])
paths = sys.argv[2:]
pages = [open(p, "rb").read() for p in paths]
best = None
for run in range(3):
    out = []
    t0 = time.perf_counter()
    for raw in pages * reps:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, url=None)
        if doc is None:
            out.append({"body": "", "title": None, "date": None})
            continue
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        out.append({"body": d.get("text") or "", "title": d.get("title"), "date": d.get("date")})
    el = time.perf_counter() - t0
    best = el if best is None else min(best, el)
print(json.dumps({"elapsed": best / reps, "pages": out[:len(pages)]}, ensure_ascii=False))
'''


def tokens(s):
    out = []
    for w in s.split():
        w = re.sub(r"^[\W_]+|[\W_]+$", "", w)
        if w:
            out.append(w)
    return out


def squash(s):
    return " ".join((s or "").split())


def load_gold(shared_html: pathlib.Path):
    pages = []
    gold = ROOT / "tests" / "fixtures" / "clean" / "gold.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g["file"].endswith(".html"):
            pages.append({"path": gold.parent / "pages" / g["file"], "body": g["body"], "title": g["headline"], "date": g["published"], "with": [], "without": []})
    gj = shared_html / "gold.json"
    if gj.exists():
        for name, g in sorted(json.loads(gj.read_text(encoding="utf-8")).items()):
            date = g.get("date") or g.get("date_visible_on_page") or None
            pages.append({"path": shared_html / g.get("file", name), "body": [g["body"]] if g.get("body") else None, "title": g.get("title"),
                          "date": date[:10] if date else None, "with": g.get("with", []), "without": g.get("without", [])})
    return pages


def score(pages, results):
    hit = pred = goldn = 0
    tp = fn = fp = 0
    head = dates = ndates = 0
    for g, r in zip(pages, results):
        body = r["body"] or ""
        if g["body"] is not None:
            want = collections.Counter(t for p in g["body"] for t in tokens(p))
            got = collections.Counter(tokens(body))
            hit += sum((want & got).values())
            pred += sum(got.values())
            goldn += sum(want.values())
        flat = squash(body)
        for w in g["with"]:
            tp += squash(w) in flat
            fn += squash(w) not in flat
        for w in g["without"]:
            fp += squash(w) in flat
        head += squash(r["title"]) == squash(g["title"]) if g["title"] is not None else r["title"] in (None, "")
        if g["date"] is not None:
            ndates += 1
            dates += (r["date"] or "")[:10] == g["date"]
    p = hit / pred if pred else 0.0
    rc = hit / goldn if goldn else 0.0
    f = 2 * p * rc / (p + rc) if p + rc else 0.0
    sp = tp / (tp + fp) if tp + fp else 0.0
    sr = tp / (tp + fn) if tp + fn else 0.0
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    return {"P": p, "R": rc, "F1": f, "snip_F1": sf, "snip": f"{tp}/{tp + fn} with, {fp} without kept", "headline": head / len(pages), "date": dates / max(ndates, 1)}


def run_isnad(isnad, paths, extra, reps):
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    best = None
    inner = None
    out = None
    for _ in range(3):
        t0 = time.perf_counter()
        p = subprocess.run([isnad, "clean", "--stats", *extra, *map(str, paths * reps)], capture_output=True, text=True, env=env)
        el = time.perf_counter() - t0
        if p.returncode not in (0, 1):
            sys.exit(f"isnad clean failed: {p.stderr}")
        m = re.search(r"in ([\d.]+) s", p.stderr)
        if best is None or el < best:
            best, out = el, p.stdout
            inner = float(m.group(1)) if m else el
    res = []
    for line in out.splitlines()[: len(paths)]:
        d = json.loads(line)
        res.append({"body": d.get("body") or "", "title": d.get("headline"), "date": d.get("published")})
    return best / reps, inner / reps, res


def main():
    isnad = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "release" / "isnad")
    shared = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "data" / "html"
    if not pathlib.Path(isnad).exists():
        sys.exit(f"{isnad} not found: build it first with `cargo build --release -p isnad-cli`")
    pages = load_gold(shared)
    paths = [p["path"] for p in pages]
    py = ensure_venv()
    t = subprocess.run([str(py), "-c", TRAFILATURA, str(REPS), *map(str, paths)], capture_output=True, text=True, check=True)
    tr = json.loads(t.stdout)
    n = len(pages)
    rows = [("trafilatura " + subprocess.run([str(py), "-c", "import trafilatura;print(trafilatura.__version__)"], capture_output=True, text=True).stdout.strip(), tr["elapsed"], tr["elapsed"], tr["pages"])]
    # (with the pages repeated, the template run learns each page's own blocks as repeated; its
    # timing is representative, its scores come from a separate single-copy run)
    for label, extra in [("isnad, page by page", ["--no-templates"]), ("isnad, one run (templates)", [])]:
        wall, inner, res = run_isnad(isnad, paths, extra, REPS)
        if extra == []:
            res = run_isnad(isnad, paths, extra, 1)[2]
        assert len(res) == n, f"isnad returned {len(res)} pages for {n}"
        rows.append((label, wall, inner, res))
    print(f"{n} HTML pages ({sum(1 for p in pages if 'tests' in str(p['path']))} from tests/fixtures/clean, {sum(1 for p in pages if 'tests' not in str(p['path']))} from {shared})")
    print(f"{'tool':<30} {'body P':>7} {'R':>6} {'F1':>6} {'snip F1':>8} {'headline':>9} {'date':>6} {'ms/page':>9} {'(own work)':>11}")
    base = None
    for label, wall, inner, res in rows:
        s = score(pages, res)
        ms = 1e3 * wall / n
        own = 1e3 * inner / n
        print(f"{label:<30} {100 * s['P']:7.1f} {100 * s['R']:6.1f} {100 * s['F1']:6.1f} {100 * s['snip_F1']:8.1f} {100 * s['headline']:8.1f}% {100 * s['date']:5.1f}% {ms:9.2f} {own:11.2f}")
        if base is None:
            base = own
        else:
            print(f"{'':<30} speed-up over trafilatura: {base / own:.0f}x on own work, {1e3 * rows[0][1] / n / ms:.0f}x wall time with process start")
    # per-set detail for the shared gold (trafilatura's and newspaper4k's own test pages)
    shared_idx = [i for i, p in enumerate(pages) if "tests" not in str(p["path"])]
    if shared_idx:
        print(f"on {shared} only:")
        for label, _, _, res in rows:
            s = score([pages[i] for i in shared_idx], [res[i] for i in shared_idx])
            print(f"  {label:<28} body F1 {100 * s['F1']:.1f}  snippets {s['snip']}  headline {100 * s['headline']:.0f}%  date {100 * s['date']:.0f}%")


if __name__ == "__main__":
    main()
