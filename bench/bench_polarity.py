"""Benchmark language detection and polarity against a tokenizer-only pass.

Generates unique tweet-length Dutch and English texts (mentions, hashtags, URLs, emoji,
elongations), then times, in the same run and on one core (CPU time, so that other
processes on a shared machine disturb the figures less):

* ``tokenize``: ``spacy.blank(lang).make_doc(text)`` alone (the floor of using spaCy);
* ``detect_language(text)``;
* ``tokenize + polarity(doc)``: what the scorer pays for polarity on top of its Doc.

Prints posts/s (median of the runs) and the per-post cost of each stage.

Usage: ``.venv/bin/python bench/bench_polarity.py [--n 50000] [--runs 5]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import spacy

from screener.analysis.language import detect_language
from screener.analysis.polarity import polarity

# sentiment-bearing words and phrases, and the everyday words around them
_NL_SENT = (
    "zat|vertraging|kutweer|leuk|niet slecht|waardeloos|heel erg mooi|genieten|blij|balen|"
    "helaas|irritant|pfff|top|super|gezellig|geen zin|wat een gedoe|jammer|zooooo leuk|"
    "klote|ergeren|dank je wel|prachtig|zeuren"
).split("|")
_EN_SENT = (
    "sick of|delayed again|terrible|love it|not bad|awful|really very nice|enjoying|happy|"
    "ugh|smh|worst ever|great|thanks|what a mess|can't believe|sooooo good|hate|annoying|"
    "amazing|boring|disappointed|fun|rude|perfect"
).split("|")
_NL_WORDS = (
    "ik jij hij we ze het de een en van op in met naar om voor bij aan uit is was zijn heb "
    "hebben gaat ga komt kom dan dus ook nog al wel toen nu hier daar iemand mensen dag week "
    "trein baas collega's werk klanten vergadering weekend morgen gisteren vandaag zon regen "
    "koffie huis school auto fiets stad vrienden eten avond ochtend thuis straks even"
).split()
_EN_WORDS = (
    "i you he we they it the a an and of on in with to for at from is was are have has "
    "go goes come then so also still just now here there someone people day week train "
    "boss coworkers work customers meeting weekend tomorrow yesterday today sun rain "
    "coffee home school car bike city friends food evening morning later again"
).split()
_EXTRA = ["😡", "😂", "🙄", "😍", "👍", "!!", "?", "#maandag", "#fail", "@user1", "https://t.co/x1"]


def make_texts(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` unique (lang, text) pairs: 8-28 everyday words, 0-3 sentiment words or
    phrases (about one in ten tokens, as in posts), 0-2 emoji, tags, mentions or links.
    """
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = "nl" if i % 2 else "en"
        words = rng.choices(_NL_WORDS if lang == "nl" else _EN_WORDS, k=rng.randint(8, 28))
        words += rng.choices(_NL_SENT if lang == "nl" else _EN_SENT, k=rng.randint(0, 3))
        words += rng.sample(_EXTRA, k=rng.randint(0, 2))
        rng.shuffle(words)
        out.append((lang, " ".join(words) + f" {i}"))
    return out


def _timed(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    texts = make_texts(args.n)
    nlps = {lang: spacy.blank(lang) for lang in ("nl", "en")}
    polarity("warm-up", "nl"), polarity("warm-up", "en"), detect_language("warm up")

    def tokenize() -> None:
        for lang, text in texts:
            nlps[lang].make_doc(text)

    def languages() -> None:
        for _, text in texts:
            detect_language(text)

    def tokenize_polarity() -> None:
        for lang, text in texts:
            polarity(nlps[lang].make_doc(text), lang)

    def tokenize_lowers() -> None:
        for lang, text in texts:
            [t.lower_ for t in nlps[lang].make_doc(text)]

    def tokenize_lowers_polarity() -> None:
        # the scorer's path: it already holds the lowercased tokens and the text
        for lang, text in texts:
            doc = nlps[lang].make_doc(text)
            polarity(doc, lang, lowers=[t.lower_ for t in doc], text=text)

    stages = {
        "tokenize": tokenize,
        "detect_language": languages,
        "tokenize+polarity": tokenize_polarity,
        "tokenize+lowers": tokenize_lowers,
        "+polarity(lowers)": tokenize_lowers_polarity,
    }
    times: dict[str, list[float]] = {name: [] for name in stages}
    for _ in range(args.runs):
        for name, fn in stages.items():  # interleaved, so machine noise hits every stage
            times[name].append(_timed(fn))
    median = {name: statistics.median(values) for name, values in times.items()}
    n = len(texts)
    for name, seconds in median.items():
        print(f"{name:18s} {n / seconds:10,.0f} posts/s  {seconds / n * 1e6:7.1f} µs/post")
    extra = (median["tokenize+polarity"] - median["tokenize"]) / n * 1e6
    print(f"polarity(doc)      {extra:7.1f} µs/post on top of the tokenizer")
    extra = (median["+polarity(lowers)"] - median["tokenize+lowers"]) / n * 1e6
    print(f"polarity(lowers)   {extra:7.1f} µs/post on top of tokenizer + lowers")
    ratio = median["tokenize"] / median["tokenize+polarity"]
    print(f"tokenize+polarity runs at {ratio:.2f}x the tokenizer-only rate")


if __name__ == "__main__":
    main()
