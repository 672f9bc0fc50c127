"""Dutch closed-class words the negativity rules use around lexicon matches.

Open-class terms (insults, targets, predicates) live in ``models/lexicons/nl/``; these
are grammar words: pronouns, copulas, negators, contrast words and intent markers, as
``spacy.blank("nl")`` tokens ("z'n", "m'n", "zo'n" stay whole).
"""

from __future__ import annotations

SECOND = frozenset({"je", "jij", "u", "jou", "jullie", "ge", "gij", "jy", "jezelf", "uzelf", "je'"})
SECOND_POSSESSIVE = frozenset({"jouw", "je", "uw", "jullie", "ur"})
FIRST = frozenset({"ik", "mij", "me", "mijn", "m'n", "we", "wij", "ons", "onze", "mn", "k"})
PERSON_PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "hen", "hun", "die", "dat", "deze"})
THIRD_OBJECT = frozenset({"hem", "haar", "hen", "ze", "iedereen", "hun", "um", "m"})
COPULA = frozenset(
    {
        "is",
        "ben",
        "bent",
        "zijn",
        "was",
        "waren",
        "blijft",
        "blijkt",
        "wordt",
        "zijt",
        "bn",
        "bnt",
        "is'",
    }
)
NEGATORS = frozenset(
    {
        "niet",
        "geen",
        "nooit",
        "niemand",
        "nergens",
        "niks",
        "allerminst",
        "nimmer",
        "zonder",
        "noch",
        "niet-",
    }
)
CONTRAST = frozenset(
    {"maar", "echter", "hoewel", "alhoewel", "ofschoon", "behalve", "desondanks", "doch"}
)
EXCLAIM = frozenset(
    {
        "wat",
        "zo'n",
        "zon",
        "echte",
        "echt",
        "totale",
        "complete",
        "vieze",
        "vuile",
        "stomme",
        "domme",
        "dikke",
        "lelijke",
        "luie",
        "grote",
        "kleine",
        "kanker",
        "kut",
        "tering",
        "tyfus",
        "stelletje",
        "stel",
        "vuil",
        "smerige",
    }
)
DETERMINERS = frozenset({"een", "'n", "de", "het", "die", "dat", "deze", "dit"})
POSSESSIVE = frozenset(
    {
        "mijn",
        "m'n",
        "mn",
        "ons",
        "onze",
        "dit",
        "deze",
        "het",
        "op",
        "de",
        "die",
        "dat",
        "nieuwe",
        "huidige",
        "naar",
    }
)
INTENT = frozenset(
    {
        "ga",
        "gaan",
        "gaat",
        "zal",
        "zullen",
        "zult",
        "wil",
        "willen",
        "moet",
        "moeten",
        "verdient",
        "verdienen",
        "kom",
        "komen",
        "zou",
        "zouden",
        "laat",
        "laten",
    }
)
FIRST_SUBJECT = frozenset({"ik", "we", "wij", "k", "ikke"})
GROUP_QUANTIFIERS = frozenset({"alle", "allemaal", "elke", "iedere", "die", "deze", "al"})
REPORT_VERBS = frozenset(
    {
        "noemde",
        "noemt",
        "noemen",
        "riep",
        "roept",
        "roepen",
        "zei",
        "zegt",
        "zeggen",
        "schreeuwde",
        "uitgescholden",
        "scheldt",
        "schold",
        "tweette",
    }
)
IRONY = frozenset({"/s", "sarcasme", "ironie", "grapje", "#not"})
SELF_OBJECTS = frozenset({"mij", "me", "mezelf", "mijzelf", "ons", "onszelf", "tijd"})
PERFECT = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden", "werd", "werden", "was"})
NORMATIVE = frozenset(
    {"moet", "moeten", "verdient", "verdienen", "mogen", "mag", "laten", "laat", "zouden"}
)
PASSIVE = frozenset({"is", "was", "werd", "wordt", "zijn", "waren", "geworden"})
DEMONSTRATIVE = frozenset({"die", "dat", "deze", "dit"})
MILD_VERBS = frozenset(
    {"slopen", "sloop", "slaan", "steken", "schieten", "maak", "maken", "kapotmaken", "afmaken"}
)
OTHER_SUBJECTS = frozenset(
    {
        "hij",
        "zij",
        "ze",
        "politie",
        "iemand",
        "mensen",
        "je",
        "jij",
        "mijn",
        "m'n",
        "zijn",
        "haar",
        "hun",
    }
)
