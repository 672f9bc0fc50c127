"""English closed-class words the negativity rules use around lexicon matches.

Open-class terms (insults, targets, predicates) live in ``models/lexicons/en/``; these
are grammar words: pronouns, copulas, negators, contrast words and intent markers. Word
forms are spaCy tokens of ``spacy.blank("en")`` ("I'll" -> "i", "'ll"; "don't" -> "do",
"n't").
"""

from __future__ import annotations

SECOND = frozenset(
    {"you", "u", "ya", "yourself", "yourselves", "ur", "youre", "y'all", "yall", "thou"}
)
SECOND_POSSESSIVE = frozenset({"your", "ur", "yo"})
FIRST = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "im", "ive", "i'm"})
PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "this", "that"})
THIRD_OBJECT = frozenset({"him", "her", "them", "his", "their", "everyone", "everybody"})
COPULA = frozenset(
    {"is", "are", "'s", "'re", "re", "r", "was", "were", "be", "am", "'m", "being", "been", "s"}
)
NEGATORS = frozenset(
    {
        "not",
        "n't",
        "nt",
        "never",
        "no",
        "nobody",
        "none",
        "neither",
        "nor",
        "cannot",
        "without",
        "nothing",
        "hardly",
        "aint",
        "ain't",
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "arent",
        "wont",
        "wouldnt",
    }
)
CONTRAST = frozenset(
    {"but", "however", "though", "although", "yet", "whereas", "except", "nevertheless", "still"}
)
EXCLAIM = frozenset(
    {
        "what",
        "such",
        "total",
        "complete",
        "absolute",
        "fucking",
        "bloody",
        "utter",
        "big",
        "little",
        "dumb",
        "stupid",
        "fat",
        "ugly",
        "lazy",
        "worthless",
    }
)
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "some", "these", "those"})
POSSESSIVE = frozenset(
    {"my", "our", "this", "the", "at", "current", "new", "that", "these", "those", "to"}
)
INTENT = frozenset(
    {
        "will",
        "'ll",
        "ll",
        "gonna",
        "going",
        "want",
        "wanna",
        "gon",
        "shall",
        "should",
        "must",
        "deserve",
        "deserves",
        "need",
        "needs",
        "ought",
        "'d",
        "would",
        "about",
        "let",
        "lets",
        "let's",
        "ima",
        "imma",
        "i'ma",
        "gotta",
        "plan",
        "planning",
        "promise",
        "swear",
    }
)
FIRST_SUBJECT = frozenset({"i", "we", "im", "i'm", "ima", "imma", "ill", "i'll", "we'll"})
GROUP_QUANTIFIERS = frozenset({"all", "every", "each", "those", "these", "any", "more"})
REPORT_VERBS = frozenset(
    {
        "called",
        "calls",
        "call",
        "calling",
        "said",
        "says",
        "say",
        "saying",
        "shouted",
        "yelled",
        "tweeted",
        "wrote",
    }
)
IRONY = frozenset({"/s", "sarcasm", "irony", "jk", "j/k", "kidding"})
SELF_OBJECTS = frozenset({"me", "myself", "us", "ourselves", "time", "it", "vibe", "game", "mood"})
PERFECT = frozenset(
    {"have", "has", "had", "'ve", "ve", "got", "get", "gets", "was", "were", "been"}
)
NORMATIVE = frozenset(
    {
        "should",
        "must",
        "deserve",
        "deserves",
        "need",
        "needs",
        "ought",
        "let's",
        "lets",
        "let",
        "shall",
    }
)
PASSIVE = frozenset({"is", "was", "got", "get", "been", "were", "gets"})
DEMONSTRATIVE = frozenset({"that", "this", "those", "these"})
MILD_VERBS = frozenset(
    {
        "kill",
        "killing",
        "destroy",
        "wreck",
        "hit",
        "smash",
        "break",
        "breaking",
        "burn",
        "kick",
        "kicking",
        "cut",
        "throw",
        "die",
        "set",
        "bomb",
        "gas",
        "hurt",
        "beat",
        "shoot",
        "shot",
    }
)
OTHER_SUBJECTS = frozenset(
    {
        "he",
        "she",
        "they",
        "police",
        "someone",
        "somebody",
        "people",
        "you",
        "u",
        "my",
        "his",
        "her",
        "their",
    }
)
