#!/usr/bin/env python3
"""Writes the job-title synonym file the matching engine expands queries with.

Run from the repository root (or anywhere) with the shared data folder available:

    python3 matching/tools/generate_job_title_synonyms.py \
        --data /work/shared/data \
        --out matching/src/main/resources/org/workingwin/matching/synonym/job-title-synonyms.txt

The output is committed; tests and the running engine read only the committed file, never the
source CSVs. Re-run it when the sources change and review the diff like code.

How groups are built (each rule keeps "assistant" from meaning everything):

1. One group per ONS SOC 2020 unit group: its title made singular ("Receptionists" becomes
   "receptionist") plus its related job titles. A SOC qualifier in brackets is removed
   ("Support worker (nursing home)" becomes "support worker"); if that leaves a single word, the
   title is dropped, because a word that needed a qualifier ("Owner (HGV/LGV)") is too vague alone.
2. One group per ESCO occupation: its preferred label plus its alternative labels. ESCO labels with
   a bracketed qualifier are dropped (ESCO uses the qualifier to tell occupations apart).
3. "a/b c" becomes "a c" and "b c" ("LGV/HGV driver" gives "lgv driver" and "hgv driver").
4. A title is dropped when it is an over-generic single word or phrase (GENERIC), an acronym alone
   ("PA", "KP"), longer than MAX_WORDS words, holds a stop word or a character other than letters,
   spaces, hyphens and apostrophes, or differs in seniority from its group's head (a "care home
   manager" is not another name for a "care home worker").
5. A SOC title gets a closed-compound spelling where the data uses one ("fork lift driver" also
   gives "forklift driver", because "forklift" is a word in other titles).
6. An ESCO group that shares its preferred label, or two titles, with exactly one SOC group (compared
   without spaces and hyphens) is merged into it, minus any ESCO title that SOC files under a
   different unit group: SOC is the UK's own classification, so it wins. Other ESCO groups stay
   groups of their own, except that one sharing at least two titles and half of the smaller group's
   titles with an earlier one is merged into it (ESCO lists "warehouse worker" and its narrower
   "warehouse order picker" with mostly the same labels).
7. A title found in more than MAX_GROUPS_PER_TITLE groups is dropped everywhere: it names no one
   job. Groups are cut to MAX_GROUP_SIZE titles (SOC titles first) and dropped below two titles.
"""

import argparse
import csv
import re
import unicodedata
from collections import defaultdict

MAX_WORDS = 4
MAX_GROUP_SIZE = 16
MAX_GROUPS_PER_TITLE = 3

# Lucene's English stop words: the engine analyses each synonym with its English analyser, and a
# stop word inside a multi-word synonym would leave a gap that the synonym map cannot represent.
STOP_WORDS = {
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
    "this", "to", "was", "will", "with",
}

# Words and phrases that name a rank or a kind of contract, not a job.
GENERIC = {
    "manager", "worker", "assistant", "officer", "operative", "operator", "owner", "director",
    "driver", "member", "supervisor", "engineer", "technician", "consultant", "administrator",
    "clerk", "analyst", "specialist", "adviser", "advisor", "executive", "head", "partner",
    "proprietor", "controller", "coordinator", "co-ordinator", "agent", "associate", "helper",
    "trainee", "apprentice", "labourer", "hand", "attendant", "inspector", "instructor", "aide",
    "leader", "employee", "staff", "servant", "super", "carrier", "seller", "team member",
    "team leader", "crew member", "staff member", "shift leader", "project support", "support",
    "general manager", "office worker", "team worker", "support assistant", "assistant manager",
    "deputy manager", "area manager", "sales", "temp", "casual",
}

# A title ending in one of these ("customer service team member") names a rank in a team.
GENERIC_ENDINGS = {"team member", "crew member", "staff member"}

SENIORITY = {
    "senior", "head", "chief", "principal", "lead", "leader", "manager", "supervisor", "director",
    "deputy", "superintendent", "foreman", "forewoman", "master", "executive", "managing",
}

ALLOWED = re.compile(r"^[a-z][a-z' -]*[a-z]$")
ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")


def clean(label, strip_brackets):
    """Normalised lower-case variants of one label; an empty list when it is unusable."""
    text = unicodedata.normalize("NFKC", label).replace("\u2019", "'").replace("\u2018", "'").strip()
    if ACRONYM.match(text):
        return []
    if "(" in text or ")" in text:
        if not strip_brackets:
            return []
        stripped = re.sub(r"\([^)]*\)", " ", text)
        if "(" in stripped or ")" in stripped:
            return []
        stripped = " ".join(stripped.split())
        if len(stripped.split()) < 2:
            return []
        text = stripped
    text = " ".join(text.lower().split())
    variants = [text]
    halves = [h.strip() for h in text.split("/")]
    if len(halves) == 2 and all(len(h.split(" ")) > 1 for h in halves):
        # "head waiter/head waitress": two whole titles.
        variants = halves
    else:
        # "lgv/hgv driver", "waiter/waitress": alternatives for one word.
        words = text.split(" ")
        slashed = [i for i, w in enumerate(words) if "/" in w]
        if len(slashed) > 1:
            return []
        if slashed:
            i = slashed[0]
            variants = [" ".join(words[:i] + [alt] + words[i + 1:]) for alt in words[i].split("/") if alt]
    return [v for v in variants if usable(v)]


def usable(title):
    if not ALLOWED.match(title) or "cloudnt" in title:  # the ESCO copy has "restcloudnt" for "restaurant"
        return False
    words = title.split(" ")
    if len(words) > MAX_WORDS or any(w in STOP_WORDS for w in words):
        return False
    if any(w.startswith("-") or w.endswith("-") or w.startswith("'") for w in words):
        return False
    return title not in GENERIC and not any(title.endswith(" " + e) for e in GENERIC_ENDINGS)


def senior(title):
    return any(w in SENIORITY for w in re.split(r"[ -]", title))


def singular(title):
    words = title.split(" ")
    last = words[-1]
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("sses") or last.endswith("ches") or last.endswith("shes"):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def key(title):
    return title.replace(" ", "").replace("-", "")


def same_seniority(head, titles):
    level = senior(head)
    return [t for t in titles if senior(t) == level]


def unique(titles):
    return list(dict.fromkeys(titles))


def read_soc(path):
    groups = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            head = [singular(t) for t in clean(row["title"], strip_brackets=False)]
            related = [v for t in row["related_job_titles"].split(" | ") if t.strip()
                       for v in clean(t, strip_brackets=True)]
            titles = unique(head + related)
            if titles:
                level_of = head[0] if head else titles[0]
                groups.append(("soc:" + row["soc2020_unit_group"], unique(same_seniority(level_of, titles))))
    return groups


def read_esco(path):
    groups = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            head = clean(row["preferred_label"], strip_brackets=False)
            alts = [v for t in row["alt_labels"].split(" | ") if t.strip()
                    for v in clean(t, strip_brackets=False)]
            titles = unique(head + alts)
            if titles:
                level_of = head[0] if head else titles[0]
                groups.append(("esco:" + row["esco_code"], unique(same_seniority(level_of, titles))))
    return groups


def closed_compounds(groups):
    """Every single word used in any title, so "fork lift" can be spelt "forklift" where the data does."""
    return {w for _, titles in groups for t in titles for w in t.split(" ")}


def with_compounds(titles, words):
    out = list(titles)
    for t in titles:
        parts = t.replace("-", " ").split(" ")
        for i in range(len(parts) - 1):
            joined = parts[i] + parts[i + 1]
            if joined in words:
                out.append(" ".join(parts[:i] + [joined] + parts[i + 2:]))
    return unique(out)


def merge_near_duplicates(groups):
    """ESCO lists a job and its narrower variants with mostly the same labels; one group will do."""
    kept = []
    by_title = defaultdict(list)
    for code, titles in groups:
        keys = {key(t) for t in titles}
        candidates = {i for k in keys for i in by_title[k]}
        target = None
        for i in sorted(candidates):
            shared = len(keys & {key(t) for t in kept[i][1]})
            if shared >= 2 and shared * 2 >= min(len(keys), len(kept[i][1])):
                target = i
                break
        if target is None:
            kept.append((code, list(titles)))
            target = len(kept) - 1
        else:
            kept[target] = (kept[target][0], unique(kept[target][1] + titles))
        for k in keys:
            by_title[k].append(target)
    return kept


def build(soc, esco):
    words = closed_compounds(soc + esco)
    soc = [(code, with_compounds(titles, words)) for code, titles in soc]
    soc_owner = {}
    for code, titles in soc:
        for t in titles:
            soc_owner.setdefault(key(t), set()).add(code)
    merged = {code: list(titles) for code, titles in soc}
    merged_esco = 0
    standalone = []
    for code, titles in esco:
        owners = set()
        for t in titles:
            owners |= soc_owner.get(key(t), set())
        shared = [t for t in titles if soc_owner.get(key(t))]
        # One shared alternative label is too weak a link: ESCO lists "cctv operator" under sewer
        # inspection as well as under security. The preferred label, or two titles, will do.
        strong = len(shared) >= 2 or (titles and titles[0] in shared)
        if len(owners) == 1 and strong:
            target = next(iter(owners))
            extra = [t for t in titles if soc_owner.get(key(t), {target}) == {target}]
            merged[target] = unique(merged[target] + extra)
            merged_esco += 1
        else:
            standalone.append((code, titles))
    groups = [(c, merged[c]) for c, _ in soc] + merge_near_duplicates(standalone)
    counts = defaultdict(int)
    for _, titles in groups:
        for t in set(key(t) for t in titles):
            counts[t] += 1
    result = []
    seen = set()
    for code, titles in groups:
        kept = [t for t in titles if counts[key(t)] <= MAX_GROUPS_PER_TITLE][:MAX_GROUP_SIZE]
        signature = tuple(sorted(kept))
        if len(kept) >= 2 and signature not in seen:
            seen.add(signature)
            result.append((code, kept))
    return result, merged_esco


HEADER = """\
# Job-title synonyms for the Working Win matching engine, in Solr synonym format: each line is one
# group of equivalent titles, lower case, separated by commas. Used at query time only, so editing
# this file needs no reindex. Generated by matching/tools/generate_job_title_synonyms.py; do not
# edit by hand, re-run the generator and review the diff.
#
# Sources and attributions:
# - ONS SOC 2020 Volume 1, unit group titles and related job titles ({soc_rows} unit groups).
#   Source: Office for National Statistics licensed under the Open Government Licence v.3.0.
# - ESCO v1.2 occupations, preferred and alternative labels ({esco_rows} occupations).
#   This service uses the ESCO classification of the European Commission.
#   Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Modified: labels were
#   lower-cased, filtered, split at slashes and regrouped with SOC unit groups.
#
# {groups} groups with {titles} titles: {soc_groups} from SOC unit groups ({merged} ESCO occupations
# merged into them), {esco_groups} from ESCO occupations alone.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="/work/shared/data")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    soc = read_soc(args.data + "/soc2020_unit_groups.csv")
    esco = read_esco(args.data + "/esco_occupations_en.csv")
    groups, merged = build(soc, esco)
    soc_codes = {code for code, _ in soc}
    with open(args.data + "/soc2020_unit_groups.csv", newline="", encoding="utf-8") as f:
        soc_rows = sum(1 for _ in csv.DictReader(f))
    with open(args.data + "/esco_occupations_en.csv", newline="", encoding="utf-8") as f:
        esco_rows = sum(1 for _ in csv.DictReader(f))
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(
            soc_rows=soc_rows, esco_rows=esco_rows, groups=len(groups),
            titles=sum(len(t) for _, t in groups),
            soc_groups=sum(1 for c, _ in groups if c in soc_codes), merged=merged,
            esco_groups=sum(1 for c, _ in groups if c not in soc_codes)))
        for code, titles in groups:
            out.write(", ".join(titles) + "\n")


if __name__ == "__main__":
    main()
