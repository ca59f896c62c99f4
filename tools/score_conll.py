#!/usr/bin/env python3
"""Score `isnad ner --conll` output against a gold CoNLL file, outside isnad.

Usage:
  python3 tools/score_conll.py --newsfane-test ../shared/data/ner/newsfane OUTDIR
      writes OUTDIR/test.conll (NewsFANE's test part, the last 10% of its sentences, gold tags)
      and OUTDIR/test.tok (the same tokens, one per line, blank lines between sentences)
  ./target/release/isnad ner --conll < OUTDIR/test.tok > OUTDIR/pred.conll
  python3 tools/score_conll.py OUTDIR/test.conll OUTDIR/pred.conll

Scores exact entity spans (same first and last token, same type), micro over PER, ORG and
LOC+GPE as `isnad eval-ner` does, so the two figures can be compared. NewsFANE's fine types
(Politician, Nation, Population-Center…) are read through the same mapping as isnad's
(`newsfane_type` in crates/isnad-tagger/src/conll.rs); coarse tags (PER, ORG, GPE, LOC, FAC, NORP) pass through.
"""
import os
import re
import sys

FINE = {
    "PER": "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police PER PERS",
    "ORG": "Non-Governmental Sports Media Government Commercial Educational Religious_ORG Medical-Science Entertainment ORG",
    "LG": "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural Celestial GPE LOC",
    "FAC": "Building-Grounds Airport Path Subarea-Facility FAC",
    "NORP": "Group NORP",
}
TYPE = {fine: coarse for coarse, names in FINE.items() for fine in names.split()}
SCORED = ("PER", "ORG", "LG")


def sentences(path):
    """Sentences of (token, tag); blank lines and -DOCSTART- lines end a sentence."""
    out, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.lstrip("\ufeff").replace("\u200e", "").rstrip("\r\n")
            if not line.strip() or line.split()[0] == "-DOCSTART-":
                if cur:
                    out.append(cur)
                    cur = []
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            cur.append((cols[0], cols[-1] if len(cols) > 1 else "O"))
    if cur:
        out.append(cur)
    return out


def spans(tags):
    """(start, end, type) of each entity; an I- that does not continue its type starts one."""
    out, cur = [], None
    for i, tag in enumerate(tags):
        bio, _, fine = tag.partition("-")
        ty = TYPE.get(fine)
        if ty is None:
            if cur:
                out.append(cur)
            cur = None
        elif bio == "I" and cur and cur[2] == ty:
            cur = (cur[0], i + 1, ty)
        else:
            if cur:
                out.append(cur)
            cur = (i, i + 1, ty)
    if cur:
        out.append(cur)
    return {s for s in out if s[2] in SCORED}


def write_test_part(newsfane_dir, outdir):
    path = newsfane_dir if newsfane_dir.endswith(".txt") else f"{newsfane_dir}/NewsFANE_Gold_2014_170K.txt"
    sents = sentences(path)
    test = sents[len(sents) - len(sents) // 10:]
    os.makedirs(outdir, exist_ok=True)
    with open(f"{outdir}/test.conll", "w", encoding="utf-8") as gold, open(f"{outdir}/test.tok", "w", encoding="utf-8") as tok:
        for s in test:
            for w, t in s:
                gold.write(f"{w}\t{t}\n")
                tok.write(f"{w}\n")
            gold.write("\n")
            tok.write("\n")
    print(f"{len(test)} sentences, {sum(len(s) for s in test)} tokens")


def score(gold_path, pred_path):
    gold, pred = sentences(gold_path), sentences(pred_path)
    if [len(s) for s in gold] != [len(s) for s in pred]:
        sys.exit("the two files do not hold the same sentences")
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        gs, ps = spans([t for _, t in g]), spans([t for _, t in p])
        tp, fp, fn = tp + len(gs & ps), fp + len(ps - gs), fn + len(gs - ps)
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    print(f"micro (PER, ORG, LOC+GPE): P {prec:.4f} R {rec:.4f} F1 {f1:.4f} ({tp} right, {fp} false alarms, {fn} missed)")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--newsfane-test":
        write_test_part(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and not sys.argv[1].startswith("-"):
        score(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)
