#!/usr/bin/env python3
"""Build the tokenizer's list of whole words from a news corpus (SaudiNewsNet's daily zips).

Usage: python3 tools/build_whole_words.py ../shared/data/corpus/saudinewsnet/*.zip

Writes crates/isnad-text/data/whole_words.txt: words that begin with a letter the tokenizer takes
off as a proclitic (the conjunctions و ف, or ب ك ف before the article) but whose rest is no word
of its own. فاطمة is no ف + اطمة, فلوريدا no ف + لوريدا, كاليفورنيا no ك + اليفورنيا, والده no
و + الده: the rest never turns up in the corpus, neither alone nor with any other proclitic.

A word is listed when it occurs at least MIN_COUNT times and all the other forms of its rest
together occur under a fifth as often as it does (a real conjunction or preposition
leaves a rest that occurs some ten to two hundred times as often as the word with it). Two guards against sparse counts, where a rare
conjunction + word looks whole only because the corpus is small:
  - a rest ending in a pronoun (وشعوبه) is a word if its base without the pronoun is one;
  - a conjunction before the article (والبحريات) needs CONJ_ARTICLE_MIN occurrences.
A rest with a hamza on its first alef (وأضاف), or one the corpus mostly writes so (واضاف), or one that
opens like a derived or future verb (واستطرد, وسيتحرك), is a word.
Words are compared letter for letter (no diacritics, no tatweel) and written folded (أ إ آ → ا,
ى → ي, ة → ه), as the tokenizer looks them up.

It also writes resources/ner/conjunction_words.tsv for the entity stage: the words that open with ف
or و, are seen twice or more and whose rest (alone or with the article) is seen no more often than
they are, with three counts each: the word, its rest, and the word after the article. The stage
reads it to give a name back the letter the tokenizer took off (فيريرا, فالنسيا, فالح العيساوي; ونستون
تشرشل, ويندي شيرمان), which this list's rule is too strict for: a rare foreign name is under
MIN_COUNT, بيريرا (Pereira) counts as a form of يريرا and كيندي (Kennedy) as one of يندي. The counts
let the stage weigh the page's own evidence against the corpus's.
"""
import collections
import glob
import json
import re
import sys
import zipfile

MIN_COUNT = 8
CONJ_ARTICLE_MIN = 30
OUT = "crates/isnad-text/data/whole_words.txt"
F_OUT = "resources/ner/conjunction_words.tsv"

MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")
WORD = re.compile("[\u0621-\u063A\u0641-\u064A]+")
PRONOUNS = ("هما", "ها", "هم", "كم", "كن", "ه")
FOLD = str.maketrans("أإآىة", "ااايه")
HAMZA_ALEFS = "أإآ"
# a rest that opens like a derived or future verb is one (واستطرد, وسيتحرك, وتتشابك)
VERB_STARTS = ("است", "اجت", "افت", "اعت", "اكت", "سي", "ست", "سن", "يست", "تت", "تست")


def fold(w):
    return w.translate(FOLD)


def root_initial(path="crates/isnad-text/src/token.rs"):
    """The tokenizer's hand list of root-initial و/ف words (never split)."""
    src = open(path, encoding="utf-8").read()
    block = src.split("const ROOT_INITIAL")[1].split("];")[0]
    return set(re.findall(r'"([^"]+)"', block))


def proclitics(w, roots):
    """(letters taken off in front, of which the article) as the tokenizer does it (token.rs, stem_of)."""
    n, p = len(w), 0
    if n < 3:
        return 0, 0
    if w[0] in "وف" and n > 3 and fold(w) not in roots and (w[1] != "و" or fold(w[2]) == "ا"):
        p = 1
    rem, art = n - p, 0
    if w[p:p + 1] in ("ب", "ك", "ف") and w[p + 1:p + 3] == "ال" and rem >= 5:
        p, art = p + 3, 2
    elif w[p:p + 2] == "لل" and rem >= 4:
        p, art = p + 2, 1
    elif w[p:p + 2] == "ال" and rem >= 4:
        p, art = p + 2, 2
    return p, art


def other_forms(rest):
    if rest.startswith("ال"):
        bare = rest[2:]
        return {rest, bare, "ل" + rest[1:], "و" + rest, "ف" + rest, "ب" + rest, "ك" + rest, "وب" + rest, "ول" + rest[1:]}
    return {rest, "ال" + rest, "ب" + rest, "ل" + rest, "ك" + rest, "و" + rest, "ف" + rest}


def main(paths):
    counts = collections.Counter()
    for z in sorted(paths):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                try:
                    articles = json.loads(zf.read(name))
                except ValueError:
                    continue
                for a in articles:
                    text = MARKS.sub("", (a.get("title") or "") + " " + (a.get("content") or "")).replace("\u0671", "ا")
                    counts.update(WORD.findall(text))
    roots = root_initial()
    whole = set()
    for w, n in counts.items():
        if n < MIN_COUNT or w[0] not in "وفبك":
            continue
        p, art = proclitics(w, roots)
        pre = p - art
        if w[0] == "ل" or pre <= 0:
            continue
        rest = w[pre:]
        if sum(counts.get(f, 0) for f in other_forms(rest) if f != w) * 5 > n:
            continue
        if w[0] in "وف" and pre == 1 and rest.startswith("ال") and n < CONJ_ARTICLE_MIN:
            continue
        # a rest written with a hamza on its alef is a word (وأضاف), and so is one written without
        # it where the corpus mostly writes the hamza (واضاف); names never take one (فاطمة, فارس)
        if rest[0] in HAMZA_ALEFS or rest.startswith(VERB_STARTS):
            continue
        if rest[0] == "ا" and sum(counts.get(w[:pre] + h + rest[1:], 0) for h in HAMZA_ALEFS) * 5 > n:
            continue
        base = next((rest[: -len(s)] for s in PRONOUNS if rest.endswith(s) and len(rest) - len(s) >= 3), None)
        if base and sum(counts.get(f, 0) for f in other_forms(base)) >= 5:
            continue
        whole.add(fold(w))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Words the tokenizer keeps whole although they begin with a proclitic's letter: their rest is\n")
        f.write("# no word of its own in SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0). Built by\n")
        f.write("# tools/build_whole_words.py; folded (أ إ آ → ا, ى → ي, ة → ه).\n")
        for w in sorted(whole):
            f.write(w + "\n")
    print(f"{len(whole)} words from {sum(counts.values())} tokens, written to {OUT}")
    write_conjunction_words(counts, whole)


def write_conjunction_words(counts, whole):
    """The ف- and و-words whose rest is no commoner than they are (see the module's doc)."""
    folded = collections.Counter()
    for w, n in counts.items():
        folded[fold(w)] += n
    rows = []
    for w, n in folded.items():
        if n < 2 or w[0] not in "فو" or len(w) < 4 or w in whole:
            continue
        rest = w[1:]
        other = rest[2:] if rest.startswith("ال") else "ال" + rest
        r = folded.get(rest, 0) + folded.get(other, 0)
        if r <= n:
            rows.append((w, n, r, folded.get("ال" + w, 0)))
    with open(F_OUT, "w", encoding="utf-8") as f:
        f.write("# Words that open with ف or و whose rest SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0) writes no more\n")
        f.write("# often than the word: word, its count, its rest's (alone or with the article), the word's\n")
        f.write("# after the article. Built by tools/build_whole_words.py; folded (أ إ آ → ا, ى → ي, ة → ه).\n")
        for row in sorted(rows):
            f.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} words that open with ف or و, written to {F_OUT}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main([p for a in sys.argv[1:] for p in glob.glob(a)])
