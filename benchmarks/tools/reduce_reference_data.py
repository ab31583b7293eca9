#!/usr/bin/env python3
"""Writes the small reference files the benchmark's data generator reads.

Run from the repository root with the shared data folder available:

    python3 benchmarks/tools/reduce_reference_data.py --data /work/shared/data \
        --out benchmarks/src/main/resources/org/workingwin/benchmarks/data

The output is committed; the benchmark reads only the committed files, never the source CSVs. Each
file starts with comment lines (#) naming its source, licence and attribution, then a header row,
then tab-separated rows (multi-value cells joined with " | ").

- occupations.tsv: every ONS SOC 2020 unit group with its related job titles (qualifiers in
  brackets removed), the ESCO occupation labels that the engine's synonym generator merges into that
  unit group, the unit group's description (cut at a sentence end) and a few of its tasks.
- districts.tsv: every postcode district (outcode) of Great Britain with its centroid, postcode
  count (the generator's weight) and main local authority; for districts of the Sheffield City
  Region, every local authority with its share, so split districts (S80, DN10, S43...) land in
  each authority as often as their postcodes do.
- skills.tsv: skills (two or three words) labelled by hand in sentences of real UK job adverts.
"""

import argparse
import csv
import importlib.util
import json
import os
import re

SCR = ["Barnsley", "Doncaster", "Rotherham", "Sheffield", "Bassetlaw", "Bolsover", "Chesterfield",
       "Derbyshire Dales", "North East Derbyshire"]
# An outcode belongs to the region when at least this share of its postcodes lies in the nine LADs.
SCR_MIN_SHARE = 0.2
MAX_DESCRIPTION = 260
MAX_TASKS = 3
MAX_TASK = 110
MAX_ESCO_TITLES = 4

SOC_ATTRIBUTION = "Source: Office for National Statistics licensed under the Open Government Licence v.3.0."
ESCO_ATTRIBUTION = ("This service uses the ESCO classification of the European Commission. "
                    "Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Modified: labels "
                    "were lower-cased, filtered and regrouped with SOC unit groups.")
OS_ATTRIBUTION = ("Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal "
                  "Mail copyright and database right 2025. Contains National Statistics data © Crown copyright "
                  "and database right 2025.")


def synonym_generator():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "matching", "tools", "generate_job_title_synonyms.py")
    spec = importlib.util.spec_from_file_location("synonyms", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cell(text):
    return " ".join(text.replace("\t", " ").split())


def cut_sentences(text, limit):
    """Whole sentences up to limit characters (at least the first sentence, cut at a word if needed)."""
    sentences = re.split(r"(?<=[.!?])\s+", cell(text))
    out = ""
    for s in sentences:
        if out and len(out) + 1 + len(s) > limit:
            break
        out = (out + " " + s).strip()
    if len(out) > limit + 120:
        out = out[:limit].rsplit(" ", 1)[0] + "."
    return out


def strip_qualifier(title):
    stripped = " ".join(re.sub(r"\([^)]*\)", " ", title).split())
    return stripped if "(" not in stripped and ")" not in stripped and stripped else None


def occupations(data, out):
    gen = synonym_generator()
    soc = gen.read_soc(data + "/soc2020_unit_groups.csv")
    esco = gen.read_esco(data + "/esco_occupations_en.csv")
    groups, _ = gen.build(soc, esco)
    merged = {code: titles for code, titles in groups}
    soc_titles = {code: set(titles) for code, titles in soc}
    rows = 0
    with open(data + "/soc2020_unit_groups.csv", newline="", encoding="utf-8") as f, \
            open(out + "/occupations.tsv", "w", encoding="utf-8", newline="\n") as w:
        w.write("# ONS SOC 2020 Volume 1 unit groups (edition of 16/10/2024): code, groups, related job titles,\n")
        w.write("# description (cut at a sentence end) and up to %d tasks. %s\n" % (MAX_TASKS, SOC_ATTRIBUTION))
        w.write("# esco_titles: ESCO v1.2 occupation labels merged into the unit group by\n")
        w.write("# matching/tools/generate_job_title_synonyms.py. %s\n" % ESCO_ATTRIBUTION)
        w.write("soc_code\tmajor_group\tsub_major_group\ttitle\ttitles\tesco_titles\tdescription\ttasks\n")
        for row in csv.DictReader(f):
            code = row["soc2020_unit_group"]
            titles = []
            for t in row["related_job_titles"].split(" | "):
                t = strip_qualifier(t.strip()) if t.strip() else None
                if t and len(t) <= 60 and t.lower() not in (x.lower() for x in titles):
                    titles.append(t)
            if not titles:
                continue
            known = {t.lower() for t in titles} | soc_titles.get("soc:" + code, set())
            extra = [t for t in merged.get("soc:" + code, []) if t not in known][:MAX_ESCO_TITLES]
            tasks = [cell(t) for t in row["tasks"].split(" | ") if t.strip() and len(cell(t)) <= MAX_TASK][:MAX_TASKS]
            w.write("\t".join([code, row["major_group"], row["sub_major_group"], cell(row["title"]),
                               " | ".join(titles), " | ".join(extra),
                               cut_sentences(row["description"], MAX_DESCRIPTION), " | ".join(tasks)]) + "\n")
            rows += 1
    return rows


def districts(data, out):
    lads = {}
    with open(data + "/uk_outcode_to_lad.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["lad_code"]:
                lads.setdefault(row["outcode"], []).append((row["lad_name"], float(row["share"])))
    rows = 0
    with open(data + "/uk_outcode_centroids.csv", newline="", encoding="utf-8") as f, \
            open(out + "/districts.tsv", "w", encoding="utf-8", newline="\n") as w:
        w.write("# Postcode districts of Great Britain: centroid (WGS84), postcode count, main local authority;\n")
        w.write("# region = SCR for the Sheffield City Region, with every local authority and its share.\n")
        w.write("# From OS Code-Point Open 2025.4.0, OGL v3. %s\n" % OS_ATTRIBUTION)
        w.write("outcode\tlatitude\tlongitude\tpostcodes\tlocal_authority\tregion\tauthorities\n")
        for row in csv.DictReader(f):
            shares = lads.get(row["outcode"], [])
            in_scr = sum(s for name, s in shares if name in SCR)
            region = "SCR" if in_scr >= SCR_MIN_SHARE else ""
            split = ";".join("%s:%.3f" % (n, s) for n, s in shares if s >= 0.01) if region else ""
            w.write("\t".join([row["outcode"], row["latitude"], row["longitude"], row["postcode_count"],
                               row["lad_name"], region, split]) + "\n")
            rows += 1
    return rows


def skills(data, out):
    seen = {}
    with open(data + "/uk_job_ad_entity_testset.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for entity in json.loads(row["entities"]):
                text = cell(entity["text"])
                if entity["type"] == "Skill" and 2 <= len(text.split()) <= 3 \
                        and re.match(r"^[A-Za-z][A-Za-z' -]*[A-Za-z]$", text):
                    seen.setdefault(text.lower(), text.lower())
    with open(out + "/skills.tsv", "w", encoding="utf-8", newline="\n") as w:
        w.write("# Skills of two or three words labelled in sentences of UK job adverts: the gold test set of\n")
        w.write("# Green, Maynard and Lin (2022), Development of a Benchmark Corpus to Support Entity Recognition\n")
        w.write("# in Job Descriptions, LREC 2022 (github.com/acp19tag/skill-extraction-dataset). CC BY 4.0.\n")
        w.write("# Modified: lower-cased, de-duplicated, only 2-3 word skills kept.\n")
        w.write("skill\n")
        for s in seen.values():
            w.write(s + "\n")
    return len(seen)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="/work/shared/data")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    print("occupations", occupations(args.data, args.out))
    print("districts", districts(args.data, args.out))
    print("skills", skills(args.data, args.out))


if __name__ == "__main__":
    main()
