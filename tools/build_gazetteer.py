#!/usr/bin/env python3
"""Build isnad's place gazetteer from GeoNames cities1000 (CC BY 4.0 / 3.0).

Usage: python3 tools/build_gazetteer.py ../shared/data/gazetteer/geonames_cities1000_arab_region.tsv

Writes resources/gazetteer/places.tsv: one row per (Arabic name, place):
  name  geonameid  lat  lon  country  admin1  population  feature_code
Only Arabic-script alternate names are kept; the lookup key is computed at load time.
The project's own additions (places GeoNames lacks) live in resources/gazetteer/extras.tsv.

It also writes resources/gazetteer/latin.tsv: every place (with or without an Arabic name) under its
Latin-script names, one row per place:
  geonameid  lat  lon  country  admin1  population  feature_code  names (|-separated)
Two thirds of the rows have no Arabic name at all; the geocoder reaches them by comparing an Arabic
name's consonants with these (crates/isnad-entities/src/translit.rs).

It also writes tests/fixtures/geo/heldout.tsv, the geocoding evaluation set: for every place with an
even geonameid and two or more Arabic names that the matcher's folding does not already unite, the
name closest in spelling to another of its names. `isnad eval-geo` removes those names from the gazetteer it tests with and asks the
geocoder to find each place under the held-out spelling.
"""
import csv
import re
import sys

ARABIC = re.compile(r"[\u0621-\u064A]")
# a Latin-script name: letters (accented ones too), spaces, hyphens and apostrophes, no codes in capitals
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F '\u2019-]{2,39}")


def fold(name: str) -> str:
    """Roughly the matcher's lossy key: no marks or tatweel, one alef, yeh and heh, no article."""
    s = re.sub(r"[\u064B-\u065F\u0670\u0640]", "", name)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("\u06cc", "ي").replace("\u06a9", "ك").replace("ة", "ه")
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split())


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def write_table(path: str, comments: list, rows: list) -> None:
    """A tab-separated table with its comment lines first."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        for c in comments:
            f.write(f"# {c}\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


def latin_names(name: str, ascii_name: str, alts: str) -> list:
    """The place's Latin-script names: its main name, its ASCII form and the alternates that look like names.

    Codes in capitals are no names. Names in lower case are letter-for-letter romanisations of the
    Arabic (or Hebrew) names, such as `dyr alzwr`: they would hand the geocoding evaluation the very
    spellings it holds out, so they are left out.
    """
    out = {name.strip(), ascii_name.strip()}
    out.update(a.strip() for a in alts.split(",") if LATIN.fullmatch(a.strip()) and not a.strip().isupper() and not a.strip().islower())
    return sorted(n for n in out if n and "|" not in n and "\t" not in n)


def main(src: str, out: str = "resources/gazetteer/places.tsv", heldout: str = "tests/fixtures/geo/heldout.tsv", latin: str = "resources/gazetteer/latin.tsv") -> None:
    rows = []
    held = []
    latin_rows = []
    with open(src, encoding="utf-8") as f:
        for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(r) < 19:
                continue
            gid, name, ascii_name, alts, lat, lon, _fcl, fcode, cc, _cc2, adm1 = r[:11]
            pop = r[14] or "0"
            lat_names = latin_names(name, ascii_name, alts)
            if lat_names:
                latin_rows.append((gid, f"{float(lat):.5f}", f"{float(lon):.5f}", cc, adm1, pop, fcode, "|".join(lat_names)))
            names = sorted({a.strip() for a in alts.split(",") if ARABIC.search(a) and 2 <= len(a.strip()) <= 40})
            # spellings the matcher's folding already unites (ة/ه, أ/ا, the article) are one name
            folded = {fold(n) for n in names}
            if len(folded) >= 2 and int(gid) % 2 == 0:
                # the spelling variant: the name nearest to another name of the same place
                best = min(names, key=lambda n: (min(edit_distance(fold(n), m) for m in folded if m != fold(n)), n))
                held.append((best, gid, f"{float(lat):.5f}", f"{float(lon):.5f}", cc))
            for n in names:
                rows.append((n, gid, f"{float(lat):.5f}", f"{float(lon):.5f}", cc, adm1, pop, fcode))
    rows.sort(key=lambda x: (x[0], -int(x[6]), x[1]))
    write_table(out, ["derived from GeoNames cities1000 (https://www.geonames.org, CC BY 4.0); see NOTICE"], rows)
    print(f"{len(rows)} names written to {out}")
    held.sort()
    write_table(heldout, ["held-out spellings from GeoNames cities1000 (CC BY 4.0), see tools/build_gazetteer.py and NOTICE", "name\tgeonameid\tlat\tlon\tcountry"], held)
    print(f"{len(held)} held-out spellings written to {heldout}")
    latin_rows.sort(key=lambda x: int(x[0]))
    write_table(latin, ["derived from GeoNames cities1000 (https://www.geonames.org, CC BY 4.0); see NOTICE", "geonameid\tlat\tlon\tcountry\tadmin1\tpopulation\tfeature_code\tLatin-script names (|-separated)"], latin_rows)
    print(f"{len(latin_rows)} places written to {latin} under their Latin names")

if __name__ == "__main__":
    main(*sys.argv[1:])
