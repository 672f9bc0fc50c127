"""Throughput of the whole scorer against a tokenizer-only pass, on unique tweet-length texts.

Usage: ``.venv/bin/python bench/bench_score.py [--posts 20000] [--runs 5]``

The baseline is the tokenizer of a plain ``spacy.blank(lang)`` pipeline (the scorer's own
pipeline computes fewer lexical attributes, so it is not the baseline). Both passes run
in the same process on texts of the same shape; the script prints the
median of ``--runs`` runs for each, and their ratio. Times are the process's CPU time
(``time.process_time``: one core, and far steadier than wall time on a shared machine);
``--clock wall`` measures elapsed time instead. The load average is printed with them.
The full scorer includes language detection (languages are NOT given), normalisation,
spaCy tokenisation, polarity, special-category classification and every category rule.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

import spacy
from spacy.tokenizer import Tokenizer

from screener.analysis.negativity import score_texts

NL = (
    "ik de het een en van op mijn vandaag morgen trein weer lekker leuk mooi echt niet wel "
    "zo heel gezellig koffie project weekend fiets regen zon thuis boek film eten vrienden "
    "team nieuwe gisteren avond muziek stad wandelen kinderen school tuin"
).split()
EN = (
    "i the a and of at my today tomorrow train weather great nice good really not so very "
    "coffee project weekend bike rain sun home book movie dinner friends team new yesterday "
    "love evening music city walk kids school garden"
).split()
SPICE = {
    "nl": ["je bent een sukkel", "ik maak je af", "kutbaas", "wat een kutweer", "@jan idioot",
           "zoooo moe", "https://t.co/abc123", "#maandag", "🙄", "mijn baas is lui"],
    "en": ["you are an idiot", "I'll kill you", "fuck this", "my boss sucks", "@mike loser",
           "soooo tired", "https://t.co/xyz789", "#monday", "😂", "hate my job"],
}  # fmt: skip


def make_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` unique tweet-length texts, half Dutch and half English, 15% with a trigger.

    Every text ends in a word no other text (of any seed) has, so spaCy meets new
    lexemes as it does on real timelines.
    """
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        lang = "nl" if i % 2 else "en"
        words = rng.choices(NL if lang == "nl" else EN, k=rng.randint(8, 22))
        if rng.random() < 0.15:
            words.insert(rng.randint(0, len(words)), rng.choice(SPICE[lang]))
        words.append(f"w{seed}x{i}")  # unique
        texts.append(" ".join(words))
    return texts


def plain_tokenizers() -> dict[str, Tokenizer]:
    """The baseline: the tokenizers of plain ``spacy.blank`` pipelines, as shipped."""
    return {lang: spacy.blank(lang).tokenizer for lang in ("nl", "en")}


def tokenizer_pass(texts: list[str], tokenizers: dict[str, Tokenizer]) -> None:
    for _doc in tokenizers["nl"].pipe(texts[1::2]):
        pass
    for _doc in tokenizers["en"].pipe(texts[0::2]):
        pass


def scorer_pass(texts: list[str]) -> int:
    return sum(len(s.findings) for s in score_texts((str(i), t, None) for i, t in enumerate(texts)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also time the scorer with polarity stubbed out, to show its share",
    )
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    list(score_texts([("warm", "warm up the pipelines", "en"), ("w", "opwarmen", "nl")]))
    tokenizers = plain_tokenizers()
    tok, full = [], []
    findings = 0
    for run in range(args.runs):
        # fresh texts for each pass, so neither profits from the other's tokenizer cache
        texts = make_texts(args.posts, seed=2 * run)
        t0 = clock()
        tokenizer_pass(texts, tokenizers)
        tok.append(clock() - t0)
        texts = make_texts(args.posts, seed=2 * run + 1)
        t0 = clock()
        findings = scorer_pass(texts)
        full.append(clock() - t0)
    tok_rate = args.posts / statistics.median(tok)
    full_rate = args.posts / statistics.median(full)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"posts: {args.posts}, runs: {args.runs}, findings per run: {findings}")
    print(f"clock: {args.clock}, load average: {load}")
    print(f"tokenizer only : {tok_rate:10,.0f} posts/s (median)")
    print(f"full scorer    : {full_rate:10,.0f} posts/s (median)")
    print(f"ratio scorer/tokenizer: {full_rate / tok_rate:.2f}")
    if args.breakdown:
        from screener.analysis import negativity

        real = negativity.polarity
        constant = real("", "nl")
        negativity.polarity = lambda _doc, _lang: constant
        try:
            rest = []
            for run in range(args.runs):
                texts = make_texts(args.posts, seed=1000 + run)
                t0 = clock()
                scorer_pass(texts)
                rest.append(clock() - t0)
        finally:
            negativity.polarity = real
        rest_rate = args.posts / statistics.median(rest)
        print(f"scorer without polarity: {rest_rate:10,.0f} posts/s (median)")


if __name__ == "__main__":
    main()
