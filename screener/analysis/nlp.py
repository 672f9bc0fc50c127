"""Load and cache one spaCy pipeline per language; never downloads anything.

The default is ``spacy.blank(lang)`` plus a sentencizer: the rules match lexicon terms on
``LOWER`` forms (inflected forms are listed in the lexicons), so no lemmatizer is needed,
and the lookup lemmatizer would cost about 3 s per 100k posts. A trained pipeline such as
``nl_core_news_sm`` is used only when asked for AND ``spacy.util.is_package`` says it is
installed.

Three shortcuts keep new words cheap; the tokens are exactly those of a plain
``spacy.blank`` tokenizer (``tests/test_nlp_tokenizer.py`` compares them):

- a blank pipeline's vocabulary computes some twenty lexical attributes (shape, prefix,
  stop word, like_url, ...) for every word it meets for the first time, in Python. The
  rules read only ``LOWER`` and ``IS_PUNCT``, so the pipeline here computes just those.
- the prefix, suffix, infix and URL searches of the Dutch and English rules (the suffix
  and infix ones are large regular expressions tried at every position, 5-15 microseconds
  per new word) are skipped for a word of letters and digits only. Every prefix, suffix
  and infix those rules define contains a character that is not a letter or digit, except
  the units ("5km"), which must follow an ASCII digit and never end in one; so a
  letters-and-digits word ending in an ASCII digit or holding none cannot match. Such a
  word is one token whether or not the URL pattern matches it ("localhost").
- the tokenizer remembers up to 200,000 distinct chunks instead of 10,000, so the words
  of a long timeline are split once.

On a timeline, where most posts bring a new word, they make tokenising about twice as
fast. One pipeline per language serves the scorer, polarity and special categories:
building a blank Dutch pipeline costs most of a second, mostly its 4,670 tokenizer
special cases.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.attrs import IS_PUNCT, LOWER
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.vocab import create_vocab

SUPPORTED = ("nl", "en")
_TRAINED = {"nl": "nl_core_news_sm", "en": "en_core_web_sm"}
LEXEME_ATTRS = (LOWER, IS_PUNCT)  # the lexical attributes the rules read


@cache
def load_pipeline(lang: str, *, trained: bool = False) -> Language:
    """The cached pipeline for ``lang`` ("nl" or "en").

    :param lang: a language in :data:`SUPPORTED`.
    :param trained: use the installed trained pipeline if there is one.
    :raises ValueError: for an unsupported language.

    >>> nlp = load_pipeline("nl")
    >>> nlp.pipe_names
    ['sentencizer']
    >>> load_pipeline("nl") is nlp
    True
    >>> [(t.lower_, t.is_punct) for t in nlp("Hoi, Jan")]
    [('hoi', False), (',', True), ('jan', False)]
    """
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang!r}")
    if trained and spacy.util.is_package(_TRAINED[lang]):
        return spacy.load(_TRAINED[lang])
    language = spacy.util.get_lang_class(lang)
    # the vocabulary is slimmed before the tokenizer adds its thousands of special cases
    vocab = create_vocab(lang, language.Defaults)
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {a: getters[a] for a in LEXEME_ATTRS if a in getters}
    nlp = language(vocab=vocab, create_tokenizer=_tokenizer)
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000  # no parser or NER: a post over 1M characters is safe
    return nlp


_ASCII_DIGITS = frozenset("0123456789")
_CACHED_CHUNKS = 200_000  # spaCy's default of 10,000 fills up early in a timeline


def _tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's own tokenizer for the language, with the affix shortcuts (module doc).

    The same construction as spaCy's ``spacy.Tokenizer.v1`` factory, but the shortcut
    functions are passed in at once: setting them afterwards would reload the thousands
    of special cases once per function.

    >>> tokenizer = load_pipeline("en").tokenizer
    >>> tokenizer.suffix_search("meeting") is None, tokenizer.suffix_search("5km").group()
    (True, 'km')
    >>> list(tokenizer.infix_finditer("w8x1234")), len(list(tokenizer.infix_finditer("a-b")))
    ([], 1)
    """
    defaults = nlp.Defaults
    prefix_search = spacy.util.compile_prefix_regex(defaults.prefixes).search
    suffix_search = spacy.util.compile_suffix_regex(defaults.suffixes).search
    infix_finditer = spacy.util.compile_infix_regex(defaults.infixes).finditer
    url_match = defaults.url_match

    def prefix(text: str):
        return None if text.isalnum() else prefix_search(text)

    def url(text: str):
        return None if text.isalnum() or url_match is None else url_match(text)

    def suffix(text: str):
        if text.isalnum() and (text[-1] in _ASCII_DIGITS or _ASCII_DIGITS.isdisjoint(text)):
            return None
        return suffix_search(text)

    def infix(text: str):
        return iter(()) if text.isalnum() else infix_finditer(text)

    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=prefix,
        suffix_search=suffix,
        infix_finditer=infix,
        token_match=defaults.token_match,
        url_match=url,
        max_cache_size=_CACHED_CHUNKS,
    )
