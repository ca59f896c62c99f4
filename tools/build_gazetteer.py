#!/usr/bin/env python3
"""Build isnad's place gazetteer from GeoNames cities1000 (CC BY 4.0 / 3.0).

Usage: python3 tools/build_gazetteer.py ../shared/data/gazetteer/geonames_cities1000_arab_region.tsv

Writes resources/gazetteer/places.tsv: one row per (Arabic name, place):
  name  geonameid  lat  lon  country  admin1  population  feature_code
Only Arabic-script alternate names are kept; the lookup key is computed at load time.
The project's own additions (places GeoNames lacks) live in resources/gazetteer/extras.tsv.
"""
import csv
import re
import sys

ARABIC = re.compile(r"[\u0621-\u064A]")


def main(src: str, out: str = "resources/gazetteer/places.tsv") -> None:
    rows = []
    with open(src, encoding="utf-8") as f:
        for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(r) < 19:
                continue
            gid, _name, _ascii, alts, lat, lon, _fcl, fcode, cc, _cc2, adm1 = r[:11]
            pop = r[14] or "0"
            names = sorted({a.strip() for a in alts.split(",") if ARABIC.search(a) and 2 <= len(a.strip()) <= 40})
            for n in names:
                rows.append((n, gid, f"{float(lat):.5f}", f"{float(lon):.5f}", cc, adm1, pop, fcode))
    rows.sort(key=lambda x: (x[0], -int(x[6]), x[1]))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("# derived from GeoNames cities1000 (https://www.geonames.org, CC BY 4.0); see NOTICE\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} names written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
