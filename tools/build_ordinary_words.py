#!/usr/bin/env python3
"""Derive isnad's list of ordinary words from NewsFANE Gold (CC BY-SA 3.0).

Usage: python3 tools/build_ordinary_words.py ../shared/data/ner/newsfane/NewsFANE_Gold_2014_170K.txt

A word that occurs at least twice in NewsFANE and is a whole one-word entity on its own less
than 10% of the time is an ordinary word (it may still be part of a longer name, as الحكومة is
in "الحكومة السورية"). GeoNames lists many such words as alternate names of small
places; the entity stage only reads them as places with a place head before them.
Writes resources/ordinary_words.txt, one lossy-normalised stem per line (article removed).
"""
import re
import sys
from collections import Counter

DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")


def key(w: str) -> str:
    w = DIACRITICS.sub("", w)
    w = re.sub("[أإآٱ]", "ا", w).replace("ى", "ي").replace("ة", "ه")
    if w.startswith("ال") and len(w) >= 5:
        w = w[2:]
    return w


def main(src: str, out: str = "resources/ordinary_words.txt") -> None:
    total, alone = Counter(), Counter()
    rows = []
    with open(src, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip().replace("\u200e", "")
            rows.append(line.split("\t")[:2] if "\t" in line else None)
    for i, row in enumerate(rows):
        if row is None or not re.search(r"[\u0621-\u064A]", row[0]):
            continue
        k = key(row[0])
        total[k] += 1
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if row[1].startswith("B-") and not (nxt and nxt[1].startswith("I-")):
            alone[k] += 1
    words = sorted(k for k, n in total.items() if n >= 2 and alone[k] / n < 0.1 and len(k) >= 2)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# ordinary words derived from NewsFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0); see NOTICE\n")
        f.write("\n".join(words) + "\n")
    print(f"{len(words)} ordinary words written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
