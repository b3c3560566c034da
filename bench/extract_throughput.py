"""Extraction throughput on one core, against a plain regex tokenising pass.

usage: python bench/extract_throughput.py [--n 5000] [--input reports.jsonl] [--seed 7]

Without --input it generates N synthetic ~300-word bulletins (seeded, so runs
compare). Prints docs/s, the time of a `re.findall(r"\\w+|[^\\w\\s]", text)` pass
over the same texts, their ratio, and peak memory with the gazetteer loaded. Times are the
process's CPU seconds on one core, the two passes taking turns over ten slices of the
reports so that both meet the machine in the same state.
Figures only: speed is never asserted in tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import re
import resource
import sys
import time
from pathlib import Path

from truceline.extract.pipeline import extract
from truceline.jobs.extractor import tune_gc
from truceline.model import Document

TOKEN = re.compile(r"\w+|[^\w\s]")
WARMUP = 50
SLICES = 10  # turns the extraction and the regex pass take

CLAIMANTS = (
    "the Russian Center for Reconciliation in Syria", "the OSCE Special Monitoring Mission",
    "the Azerbaijani Ministry of Defence", "the Armenian Defence Ministry",
    "the Syrian Observatory for Human Rights", "the Indian Army", "the ISPR",
    "the Joint Forces Command", "the Houthi-run Saba news agency", "a military spokesman",
)  # fmt: skip
PLACES = (
    "Idlib", "Hama", "Latakia", "Aleppo", "Masyaf", "Donetsk", "Avdiivka", "Horlivka",
    "Luhansk", "Tovuz", "Fuzuli", "Jabrayil", "Poonch", "Kupwara", "Hodeidah", "Taiz",
    "Marib", "Tripoli", "Sirte", "Khartoum", "Goma", "Rutshuru",
)  # fmt: skip
PARTIES = ("militants", "government forces", "the enemy", "armed groups", "rebel fighters")
METHODS = ("mortars", "artillery", "Grad rockets", "drones", "small arms", "sniper fire")
WORD_COUNTS = ("two", "three", "four", "eight", "a dozen", "twice", "once", "thirty-five")
QUALIFIERS = ("", "about ", "more than ", "at least ", "up to ", "nearly ")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FILLER = (
    "The situation along the line of contact remained tense, observers noted.",
    "Humanitarian convoys were unable to reach several areas because of the fighting.",
    "Talks on extending the arrangement are expected to resume next week in Geneva.",
    "Residents said schools and markets stayed closed for a third day.",
    "The statement did not give further details, and the claims could not be verified.",
    "Diplomats urged all sides to respect their commitments and to protect civilians.",
)


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _number(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(WORD_COUNTS)
    return f"{rng.choice(QUALIFIERS)}{rng.randint(0, 120)}"


def _sentence(rng: random.Random) -> str:
    c, p, q = rng.choice(CLAIMANTS), rng.choice(PLACES), rng.choice(PLACES)
    templates = (
        f"{_upper(c)} registered {_number(rng)} ceasefire violations in {p} "
        f"({rng.randint(1, 9)}), {q} ({rng.randint(1, 9)}) over the past 24 hours.",
        f"{_upper(rng.choice(PARTIES))} shelled {_number(rng)} settlements in {p} "
        f"province and another {rng.randint(2, 20)} in {q}, {c} said.",
        f"On {rng.choice(DAYS)}, air defences repelled a drone attack near {p}, according to {c}.",
        f"No violations were recorded in {p} on {rng.choice(DAYS)}, {c} reported.",
        f"{_upper(c)} said {rng.randint(0, 12)} civilians were killed and "
        f"{rng.randint(0, 30)} injured by {rng.choice(METHODS)} fire on {p} since "
        f"{rng.randint(1, 28)} March.",
        f"{_upper(rng.choice(PARTIES))} fired {rng.randint(10, 90)} mines of 120 mm "
        f"calibre at positions near {p}, {c} reported, adding that there were no casualties.",
        f"The army is resuming its military operation in {p}, {c} announced.",
        f"Russia and Turkey agreed to a ceasefire in {p} starting at midnight on "
        f"{rng.randint(1, 28)} {rng.choice(('March', 'August', 'October'))}.",
        f"{_upper(c)} recorded {_number(rng)} explosions near {p} last {rng.choice(DAYS)}.",
    )
    return rng.choice(templates)


def synthetic(n: int, seed: int = 7) -> list[Document]:
    """N deterministic ~300-word bulletins mixing claims and background."""
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    docs = []
    for i in range(n):
        sentences: list[str] = []
        words = 0
        while words < 300:
            s = _sentence(rng) if rng.random() < 0.65 else rng.choice(FILLER)
            sentences.append(s)
            words += len(s.split())
        title = f"Ceasefire bulletin {i + 1}"
        text = title + "\n\n" + " ".join(sentences)
        published = (start + dt.timedelta(days=rng.randint(0, 1400))).isoformat()
        docs.append(Document(text, title=title, published=published))
    return docs


def from_jsonl(path: Path) -> list[Document]:
    """Documents from JSON Lines of {"text", "published"?, "title"?, "id"?}."""
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                d = json.loads(line)
                docs.append(Document(d["text"], d.get("id") or "", d.get("title"), None,
                                     d.get("published")))  # fmt: skip
    return docs


def load_resolver() -> object | None:
    try:
        from truceline.gazetteer import load_default
    except ImportError as exc:
        print(f"no gazetteer ({exc}); measuring with resolver=None", file=sys.stderr)
        return None
    return load_default()


def _build() -> str:
    """Which extractor ran: the mypyc-compiled modules (`make compiled`) or the .py sources."""
    from truceline.extract import pipeline

    return "compiled (mypyc)" if not pipeline.__file__.endswith(".py") else "pure Python"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="synthetic reports (default 5000)")
    parser.add_argument("--input", type=Path, help="JSONL of reports instead of synthetic ones")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    docs = from_jsonl(args.input)[: args.n] if args.input else synthetic(args.n, args.seed)
    chars = sum(len(d.text) for d in docs)
    words = sum(len(d.text.split()) for d in docs)

    t0 = time.perf_counter()
    resolver = load_resolver()
    load_s = time.perf_counter() - t0
    tune_gc()  # as `truceline extract` and the ingest jobs run it

    # first use builds the lexicons' matchers and the geocoder's fuzzy index: a start-up
    # cost like the gazetteer's load, timed on its own
    t0 = time.perf_counter()
    for d in docs[:WARMUP]:
        extract(d, resolver)
    warm_s = time.perf_counter() - t0

    # CPU seconds of this process (one core), so that other work on the machine does not
    # count; the two passes take turns over slices of the reports, so that both meet the
    # machine in the same state (its speed drifts by a fifth between minutes)
    extract_s = regex_s = 0.0
    claims = tokens = 0
    step = max(1, len(docs) // SLICES)
    for a in range(0, len(docs), step):
        part = docs[a : a + step]
        t0 = time.process_time()
        claims += sum(len(extract(d, resolver).claims) for d in part)
        extract_s += time.process_time() - t0
        t0 = time.process_time()
        tokens += sum(len(TOKEN.findall(d.text)) for d in part)
        regex_s += time.process_time() - t0

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if sys.platform == "darwin":
        peak_kb //= 1024
    print(f"documents        {len(docs):>10,}  ({words:,} words, {chars:,} chars)")
    print(f"claims           {claims:>10,}")
    print(f"gazetteer load   {load_s:>10.2f} s")
    print(
        f"warm-up          {warm_s:>10.2f} s  (the first {min(WARMUP, len(docs))} documents once, before timing)"
    )
    print(f"build            {_build():>10}  (gc threshold {gc.get_threshold()})")
    print(f"extract          {extract_s:>10.2f} s  {len(docs) / extract_s:,.1f} docs/s")
    print(f"regex tokenise   {regex_s:>10.3f} s  ({tokens:,} tokens)")
    print(f"extract / regex  {extract_s / regex_s:>10.0f} x")
    print(f"peak memory      {peak_kb / 1024:>10.0f} MiB (max RSS, gazetteer loaded)")


if __name__ == "__main__":
    main()
