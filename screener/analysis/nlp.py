"""Load and cache one spaCy pipeline per language; never downloads anything.

The default is ``spacy.blank(lang)`` plus a sentencizer: the rules match lexicon terms on
``LOWER`` forms (inflected forms are listed in the lexicons), so no lemmatizer is needed,
and the lookup lemmatizer would cost about 3 s per 100k posts. A trained pipeline such as
``nl_core_news_sm`` is used only when asked for AND ``spacy.util.is_package`` says it is
installed.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

SUPPORTED = ("nl", "en")
_TRAINED = {"nl": "nl_core_news_sm", "en": "en_core_web_sm"}


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
    """
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang!r}")
    if trained and spacy.util.is_package(_TRAINED[lang]):
        return spacy.load(_TRAINED[lang])
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000  # no parser or NER: a post over 1M characters is safe
    return nlp
