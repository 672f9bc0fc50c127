"""Language rules and lexicons behind :func:`screener.analysis.polarity.polarity`.

Everything here is data: negators, boosters, contrast words and the sentiment lexicons
under ``models/lexicons/{nl,en}/sentiment*.tsv`` (plus the shared emoji table), loaded
once per process into plain dicts keyed by lowercased spaCy token text.

Lexicon files are tab-separated: ``term<TAB>valence[<TAB>pos]``. A term may list several
forms separated by ``|``; a term with spaces (or one the tokenizer splits, such as
"can't") becomes a phrase matched on consecutive tokens. ``pos`` ``a`` expands Dutch
adjective inflections (``slecht`` -> ``slechte``, ``slechter``, ``slechtst``...); ``v``
marks a verb, which a following "niet" negates. A ``# scale: X`` comment multiplies the
valences of the lines below it (Pattern's -1..1 polarity onto VADER's -4..4 scale).
Files load in name order and later files override earlier ones, so curated tables
(``sentiment_tweets``, ``sentiment_curated``) correct the imported ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .nlp import SUPPORTED, load_pipeline

LEXICON_DIR = Path(__file__).resolve().parents[2] / "models" / "lexicons"

# VADER's empirically derived constants (Hutto & Gilbert 2014).
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74

Phrase = tuple[tuple[str, ...], float, str]


class WordMemo(dict):
    """Lowercased word -> its ``WordInfo``; a word met for the first time is classified then.

    Looking words up with ``memo[word]`` costs one dict look-up for a known word and no
    separate test for the unknown ones.
    """

    __slots__ = ("rules",)

    def __missing__(self, low: str):
        return _words.remember(low, self.rules)


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """Word lists and lexicon for one language (all keys lowercase)."""

    lang: str
    lexicon: dict[str, float]
    phrases: dict[str, dict[str, tuple[Phrase, ...]]]  # first -> second -> (rest, valence, term)
    boosters: dict[str, float]
    negators: frozenset[str]
    contrast: frozenset[str]  # "but": earlier sentiment x0.5, later x1.5
    scope_stops: frozenset[str]  # words that end a negation scope
    verbs: frozenset[str]  # forms a following negator flips (Dutch "ik snap het niet")
    post_negators: frozenset[str]
    particles: frozenset[str]  # a contrast word after these is a particle ("alleen maar")
    irony_markers: frozenset[str]  # tokens that mark a post's positive words as ironic
    irony_fillers: frozenset[str]  # may stand around an ironic one-word exclamation
    compound_heads: tuple[str, ...]  # "sneeuwchaos", "treinstoring": the head carries it
    question_cues: frozenset[str]  # "why"... together with a repeat cue marks a complaint
    repeat_cues: frozenset[str]  # "again", "always", "still"
    cue_valence: float
    intensifier_prefixes: tuple[str, ...]  # "superleuk", "megasaai"
    negative_prefixes: tuple[str, ...]  # "kutweer", "klotedag"
    negative_prefix_valence: float
    neg_threshold: float  # score at or below which a post counts as negative
    memo: WordMemo = field(default_factory=WordMemo)  # word -> WordInfo (polarity_words)

    def __post_init__(self) -> None:
        self.memo.rules = self


_EN_NEGATORS = frozenset(
    """aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't
    didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't
    haven't isn't mightn't mustn't neednt needn't never none nope nor not nothing nowhere
    oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't
    without wont wouldnt won't wouldn't rarely seldom despite n't nt no nobody""".split()
)

_EN_BOOSTERS = {
    **dict.fromkeys(
        """absolutely amazingly awfully completely considerable considerably decidedly deeply
        effing enormous enormously entirely especially exceptional exceptionally extreme
        extremely fabulously flipping flippin frackin fracking fricking frickin frigging
        friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible
        incredibly intensely major majorly more most particularly purely quite really
        remarkably so substantially thoroughly total totally tremendous tremendously uber
        unbelievably unusually utter utterly very super mega soo sooo literally freaking
        freakin bloody damn soooo""".split(),
        B_INCR,
    ),
    **dict.fromkeys(
        """almost barely hardly kinda kindof kind-of less little marginal marginally
        occasional occasionally partly scarce scarcely slight slightly somewhat sorta sortof
        sort-of""".split(),
        B_DECR,
    ),
}

_NL_NEGATORS = frozenset(
    """niet geen nooit niks niets allerminst nergens noch niemand nimmer zonder
    nie ni""".split()
)

_NL_BOOSTERS = {
    **dict.fromkeys(
        """heel erg zo zó echt super ontzettend mega enorm zeer bijzonder hartstikke
        behoorlijk vreselijk verschrikkelijk afschuwelijk ongelooflijk ongelofelijk
        ontiegelijk onwijs mega ultra hyper kei totaal compleet volledig werkelijk
        extreem uitermate buitengewoon zwaar flink knap intens absoluut gewoonweg
        ronduit bere reuze keihard meest zoveel zoo""".split(),
        B_INCR,
    ),
    **dict.fromkeys(
        """beetje enigszins redelijk vrij iets ietwat bijna amper nauwelijks
        nogal tamelijk ietsje minder soort""".split(),
        B_DECR,
    ),
}

_NL_PARTICLES = frozenset(
    """alleen kijk wacht let reken doe ga kom zeg nog gewoon vind laat probeer zie hoop
    neem pak geef zit blijf eens even het dat dan zo maar""".split()
)
_IRONY_MARKERS = frozenset({"🙄", "🙃", "/s"})
# Dutch compound heads that carry the compound's sentiment ("sneeuwchaos", "treinstoring")
_NL_HEADS = """chaos storing storingen ellende drama ramp gezeur gezeik gedoe vertraging
    vertragingen probleem problemen ergernis irritatie klacht klachten ruzie stress pech
    puinhoop zooi rotzooi fiasco blunder schande frustratie onzin bende
    feest plezier geluk succes""".split()
_NL_INTENSIFIER_PREFIXES = tuple(
    """super mega hyper ultra kei reuze bere oer hartstikke loei knetter snoei dood stront
    kots bloed stink poep top""".split()
)
_NL_NEGATIVE_PREFIXES = tuple(
    "kut klote kanker kk tering tyfus kolere godver schijt zeik kl*te k*t".split()
)

_EN_PUNCT_STOPS = frozenset('. , ; : ! ? ... - – — ( ) [ ] " “ ” …'.split())


def _adjective_forms(form: str) -> list[str]:
    """Inflected forms of a Dutch adjective: ``-e``, comparative and superlative.

    >>> _adjective_forms("waardeloos")
    ['waardeloos', 'waardeloze', 'waardelozer', 'waardeloost', 'waardelooste']
    >>> _adjective_forms("dik")[:3]
    ['dik', 'dikke', 'dikker']
    """
    if " " in form or form.endswith(("e", "en")) or len(form) < 3:
        return [form]
    vowels = "aeiouy"
    stem = form
    if form.endswith(("ig", "lijk", "isch", "el", "er", "em")):
        infl = form + "e"
    elif form[-1] not in vowels and form[-2] in vowels and form[-3] == form[-2]:
        # long vowel written double in a closed syllable: "traag" -> "trage"
        last = {"s": "z", "f": "v"}.get(form[-1], form[-1])
        infl = form[:-2] + last + "e"
    elif form[-1] not in vowels and form[-2] in vowels and form[-3] in vowels:
        last = {"s": "z", "f": "v"}.get(form[-1], form[-1])
        infl = form[:-1] + last + "e"
    elif (
        form[-1] not in vowels + "wj"
        and form[-2] in vowels
        and form[-3] not in vowels
        and form[-1] != "x"
    ):
        infl = form + form[-1] + "e"  # short vowel: "dik" -> "dikke"
    else:
        infl = form + "e"
    sup = stem + ("t" if stem.endswith("s") else "st")
    return [form, infl, infl + "r", sup, sup + "e"]


def _read_lexicon(path: Path, tokenize) -> tuple[dict, dict, set]:
    """Read one lexicon file into (single-token lexicon, phrases, verb forms)."""
    lexicon: dict[str, float] = {}
    phrases: dict[str, list[Phrase]] = {}
    verbs: set[str] = set()
    scale = 1.0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if line.startswith("# scale:"):
                scale = float(line.split(":", 1)[1])
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        valence = round(float(parts[1]) * scale, 3)
        pos = parts[2].strip() if len(parts) > 2 else ""
        forms = parts[0].split("|")
        if "" in forms:  # an emoticon such as ":|", not a list of forms
            forms = [parts[0]]
        for form in forms:
            variants = _adjective_forms(form) if pos == "a" else [form]
            for variant in variants:
                tokens = tuple(tokenize(variant))
                if not tokens or "".join(tokens) != variant.lower().replace(" ", ""):
                    continue  # e.g. an emoticon the tokenizer splits into plain punctuation
                if len(tokens) == 1:
                    lexicon[tokens[0]] = valence
                    if pos == "v":
                        verbs.add(tokens[0])
                else:
                    phrases.setdefault(tokens[0], []).append((tokens[1:], valence, variant))
    return lexicon, phrases, verbs


def tokenizer(lang: str):
    """The blank spaCy pipeline used for plain strings (``en`` for "other")."""
    return load_pipeline(lang if lang in SUPPORTED else "en")


@cache
def rules(lang: str) -> LanguageRules:
    """Load the rules and lexicons for ``lang`` ("nl", "en"; anything else: emoji only)."""
    nlp = tokenizer(lang)
    special_cases = nlp.tokenizer.rules

    def tokenize(term: str) -> list[str]:
        term = term.strip()
        if term.isalpha() and term not in special_cases:
            return [term.lower()]  # one token, as the tokenizer makes it (see nlp.py)
        return [t.lower_ for t in nlp.tokenizer(term)]

    lexicon: dict[str, float] = {}
    phrases: dict[str, list[Phrase]] = {}
    verbs: set[str] = set()
    files = [LEXICON_DIR / "sentiment_emoji.tsv"]
    if lang in ("nl", "en"):
        files += sorted((LEXICON_DIR / lang).glob("sentiment*.tsv"))
    for path in files:
        lex, phr, vrb = _read_lexicon(path, tokenize)
        lexicon.update(lex)
        for first, items in phr.items():
            phrases.setdefault(first, []).extend(items)
        verbs |= vrb
    # indexed by first and second token; longest first so "not the worst" beats "the worst"
    frozen: dict[str, dict[str, tuple[Phrase, ...]]] = {}
    for first, items in phrases.items():
        by_second: dict[str, list[Phrase]] = {}
        for item in items:
            by_second.setdefault(item[0][0], []).append(item)
        frozen[first] = {
            second: tuple(sorted(group, key=lambda p: -len(p[0])))
            for second, group in by_second.items()
        }
    if lang == "nl":
        return LanguageRules(
            lang="nl",
            lexicon=lexicon,
            phrases=frozen,
            boosters=_NL_BOOSTERS,
            negators=_NL_NEGATORS,
            contrast=frozenset({"maar", "echter", "desondanks"}),
            scope_stops=_EN_PUNCT_STOPS | {"maar", "echter", "toch", "want", "omdat", "en"},
            verbs=frozenset(verbs),
            post_negators=frozenset({"niet", "nooit", "nie"}),
            particles=_NL_PARTICLES,
            irony_markers=_IRONY_MARKERS | {"sarcasme", "ironie"},
            irony_fillers=frozenset(
                "nou oh o ja echt wow zo heel super wat een hoor hè he joh zeg dan weer".split()
            ),
            compound_heads=tuple(h for h in _NL_HEADS if h in lexicon),
            question_cues=frozenset({"waarom", "hoezo", "wanneer"}),
            repeat_cues=frozenset(
                "weer alweer wéér altijd steeds nooit elke iedere telkens nog steeds".split()
            ),
            cue_valence=-1.5,
            intensifier_prefixes=_NL_INTENSIFIER_PREFIXES,
            negative_prefixes=_NL_NEGATIVE_PREFIXES,
            negative_prefix_valence=-2.2,
            neg_threshold=-0.15,
        )
    return LanguageRules(
        lang=lang,
        lexicon=lexicon,
        phrases=frozen,
        boosters=_EN_BOOSTERS if lang == "en" else {},
        negators=_EN_NEGATORS if lang == "en" else frozenset(),
        contrast=frozenset({"but", "however", "although", "though"} if lang == "en" else ()),
        scope_stops=_EN_PUNCT_STOPS | {"but", "however", "although", "because", "and"},
        verbs=frozenset(),
        post_negators=frozenset(),
        particles=frozenset(),
        irony_markers=_IRONY_MARKERS | ({"sarcasm", "irony"} if lang == "en" else set()),
        irony_fillers=frozenset("oh just really so wow well how what a such yeah again".split()),
        compound_heads=(),
        question_cues=frozenset({"why"} if lang == "en" else ()),
        repeat_cues=frozenset("again always still every never anymore constantly".split()),
        cue_valence=-1.5,
        intensifier_prefixes=("super", "mega", "ultra", "hyper", "uber"),
        negative_prefixes=(),
        negative_prefix_valence=0.0,
        neg_threshold=-0.1,
    )


ELONGATION = re.compile(r"(\w)\1{2,}")


from . import polarity_words as _words  # noqa: E402  (it builds on this module)
