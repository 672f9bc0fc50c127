"""Per-post language detection: Dutch, English or other, offline and in microseconds.

Evidence comes from frequent words. Each language has a list of function words and very
common tweet words; a word that belongs to several languages' lists ("de", "in", "was")
counts for each of them in proportion (1/k). Words that only the Dutch or only the
English sentiment lexicon knows add a little evidence too. URLs, @mentions, #hashtags,
numbers and emoji are removed first, because they are shared across languages.

The decision rule:

* text mostly in a non-Latin script (Cyrillic, Greek, Arabic, Hebrew, Indic, Thai,
  CJK, Hangul) -> "other";
* otherwise the language with the most word evidence wins; it is "nl" or "en" when
  that language beats the other languages' evidence and has at least
  :data:`MIN_EVIDENCE` (one function word), or half that when no other language
  has any evidence (one word only the Dutch or English lexicon knows: "kankerlijer");
  else "other";
* a tie between Dutch and English is broken by letter patterns ("ij", "oe", "sch",
  "cht" vs "th", "wh", "ing", "ght"), then in favour of Dutch (Screener is Dutch first);
* no word evidence at all ("😡😡", "#fail", "Top!") -> "other": the caller decides
  (the scorer then still scores emoji polarity language-neutrally).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["detect_language", "MIN_EVIDENCE"]

MIN_EVIDENCE = 0.8

_STRIP = re.compile(r"https?://\S+|www\.\S+|[@#]\w+|&\w+;")
_PUNCT = ".,!?;:()[]{}\"'“”‘’…-–—*/\\|<>~=+_%$€£0123456789"
_NON_LATIN = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
    "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
_NL_PREFIXES = ("kut", "klote", "kanker", "tering", "tyfus")
_NL_COMPOUND = (0.4, 0.0, 0.0)
_NL_CUES = ("ij", "oe", "sch", "cht", "aa", "uu", "ui", "eu", "tje")
_EN_CUES = ("th", "wh", "ing", "ght", "ou", "ly", "ea")

_WORDS = {
    "nl": """de het een en in te van ik je jij jou jouw u uw wij we zij ze hij haar hem ons onze
        hun hen mij me mijn is zijn was waren ben bent niet geen maar ook nog wel al dat
        die dit deze er op aan voor met naar om bij uit over door tot tegen als dan of
        want omdat wat wie waar hoe waarom heb hebt heeft hebben had kan kunnen kun moet
        moeten mag mogen wil wilt willen zal zult zullen zou zouden word wordt worden werd
        gaat gaan ga gaf doe doet doen gedaan gewoon echt heel erg zo nu nou toch even
        weer altijd nooit niks niets iets iemand niemand alles veel meer jullie dus nee
        ja hoor zeg vandaag morgen gisteren goed leuk mooi lekker slecht dag week jaar
        tijd mensen man vrouw kinderen huis werk school trein eten nieuwe nieuw alle
        andere eigen eens zelf allemaal toen sinds zonder tussen onder na naast waarin
        daar hier heen wordt gezien gekregen gemaakt komt komen kom kijken zien zie
        weet weten denk denken vind vindt vinden zeggen zegt zei krijgen krijg krijgt
        maken maakt staat staan lekker beetje gisteravond vanavond vanochtend straks
        hoezo zeker natuurlijk misschien waarschijnlijk eigenlijk helemaal samen
        jammer helaas balen kut klote gezellig succes bedankt dankjewel welkom hallo
        hoi doei hè hé joh jongens mensen baas collega's collega klanten klant baan
        werkgever net heen terug buiten binnen thuis weekend avond ochtend middag
        uur minuten elke elk iedereen niemand zoveel zoals ofzo enzo wij zelfs
        alleen nieuws vanaf volgende volgens beter beste zon regen zomer winter
        auto fiets stad lief liefs dankje dank vakantie feest verjaardag maandag
        dinsdag woensdag donderdag vrijdag zaterdag zondag eindelijk zucht januari
        februari maart mei juni juli augustus oktober twee drie vier vijf zes zeven acht
        negen tien twintig honderd duizend procent blijft blijven bleef lijkt zit zitten
        ligt liggen loopt lopen rijdt rijden werkt werken speelt spelen koop kopen betalen
        betaal leer leren woon wonen slapen drinken koffie thee bier geld telefoon scherm
        nummer politie hoger lager eerste laatste volgend vorige jaar uur ochtend""",
    "en": """the a an and in to of i you he she it we they me him her us them my your his its our
        their is are was were be been being am not no but also still just already that
        this these those there here on at for with to from by about into over after
        before as than or because what who where how why when have has had do does did
        done can could will would shall should may might must get got go going gone
        went make made really very so now well even again always never nothing something
        someone nobody everything much more most all any some other own every today
        tomorrow yesterday good great bad day week year time people man woman kids home
        work school train food new if then out up down off only too like love hate
        know think want need see look say said tell thanks thank please sorry yeah yes
        lol omg wtf smh ugh guys boss job company customer service manager coworkers
        colleague colleagues again ever worst best better worse feel feeling tonight
        morning night weekend hours minutes everyone anyone which while though
        although since until without through against between under would've can't
        don't doesn't didn't isn't wasn't won't i'm it's that's you're they're i've
        i'll we're there's what's let's got gonna wanna gotta cant dont im ive ill
        january february march april may june july august october zero one two three
        four five six seven eight nine ten twenty hundred thousand percent another police
        reports report higher lower first last next years traffic jam coffee tea money
        phone screen number drive driving buy pay learn live sleep drink brain cells
        mouth beat after during news""",
    "de": """der die das und in ist nicht ich du er wir ihr sie ein eine einen dem den des
        mit auf für von zu im auch sich aber noch nur wie so schon wenn dann kein keine
        war sind bin bist hat haben wird werden kann können muss mal doch ja nein was
        wer wo warum heute morgen gestern sehr gut schlecht immer nie nichts etwas alles
        oder weil dass mein dein sein unser euch uns mich dich mir dir""",
    "fr": """le la les un une des et est pas je tu il elle nous vous ils elles ce cette
        ces de du au aux en dans pour avec sur par mais ou donc que qui quoi très bien me te
        moi toi
        mal mon ma mes ton ta tes son sa ses ne plus tout tous être avoir fait suis es
        sont c'est j'ai aujourd'hui merci oui non""",
    "es": """el la los las un una y es no yo tú él ella nosotros que de del en con por
        para pero muy bien mal mi mis tu tus su sus se lo le les más todo todos estoy me te
        este esta eso encanta gusta aquí lugar
        está están soy eres son hoy gracias sí qué cómo porque cuando""",
    "it": """il lo la gli le un una e è non io tu lui lei noi voi che di del della in con
        per ma molto bene male mio mia tuo tua suo sua si più tutto sono sei oggi
        grazie perché quando come questo questa anche""",
    "pt": """o a os as um uma e é não eu você ele ela nós que de do da em no na com por
        para mas muito bem mal meu minha seu sua se mais tudo sou está estou são hoje
        obrigado obrigada sim porque quando como isso também""",
    "tr": """bir ve bu da de ne ben sen o biz siz onlar için ile ama çok iyi kötü değil
        var yok gibi daha bugün teşekkürler evet hayır nasıl neden şey""",
    "id": """yang dan di ke dari ini itu aku saya kamu dia kami kita mereka tidak bukan
        ada untuk dengan tapi sangat baik buruk juga sudah belum akan bisa mau hari
        terima kasih ya apa kenapa gak nggak""",
}


@cache
def _word_weights() -> dict[str, tuple[float, float, float]]:
    """word -> (Dutch, English, best other language) evidence; shared words are split."""
    owners: dict[str, list[str]] = {}
    for lang, words in _WORDS.items():
        for word in set(words.split()):
            owners.setdefault(word, []).append(lang)
    weights = {}
    for word, langs in owners.items():
        share = 1.0 / len(langs)
        other = share if any(lang not in ("nl", "en") for lang in langs) else 0.0
        weights[word] = ("nl" in langs and share, "en" in langs and share, other)
    from .polarity_rules import rules

    lexicons = {lang: rules(lang).lexicon for lang in ("nl", "en")}
    for lang, other in (("nl", "en"), ("en", "nl")):
        for word in lexicons[lang]:
            if word in weights or word in lexicons[other] or not word.isalpha():
                continue
            weights[word] = (0.4, 0.0, 0.0) if lang == "nl" else (0.0, 0.4, 0.0)
    return {w: (float(a), float(b), c) for w, (a, b, c) in weights.items()}


class _OtherForms(dict):
    """Word -> (the word without punctuation, its weight or None), for words not in the
    table as written; each distinct word is worked out once (bounded, cleared when full)."""

    def __missing__(self, raw: str) -> tuple[str, tuple[float, float, float] | None]:
        word = raw.strip(_PUNCT)
        weight = _word_weights().get(word)
        if weight is None and len(word) > 6 and word.startswith(_NL_PREFIXES):
            weight = _NL_COMPOUND  # "kutweer", "kloteherfst"
        if len(self) >= 200_000:
            self.clear()
        self[raw] = (word, weight)
        return word, weight


_OTHER_FORMS = _OtherForms()


def detect_language(text: str) -> str:
    """Return "nl", "en" or "other" for one post (rules in the module docstring).

    :param text: the post's text.
    :returns: "nl", "en" or "other".

    >>> detect_language("Ik ben het echt zat met die vertragingen #NS")
    'nl'
    >>> detect_language("Why is my train late again? @NS_online")
    'en'
    >>> detect_language("Das ist wirklich nicht gut")
    'other'
    >>> detect_language("😡😡 #fail")
    'other'
    """
    if not text.isascii() and _NON_LATIN.search(text):
        non_latin = len(_NON_LATIN.findall(text))
        if non_latin * 2 >= sum(c.isalpha() for c in text):
            return "other"
    if "@" in text or "#" in text or "/" in text or "&" in text:
        text = _STRIP.sub(" ", text)
    get = _word_weights().get
    nl = en = rest = 0.0
    seen = []
    for word in text.lower().split():
        weight = get(word)
        if weight is None:
            word, weight = _OTHER_FORMS[word]
            if weight is None:
                continue
        nl += weight[0]
        en += weight[1]
        rest += weight[2]
        seen.append(word)
    best = max(nl, en)
    if best <= rest or best < (MIN_EVIDENCE if rest else MIN_EVIDENCE / 2):
        return "other"
    if nl == en:
        joined = " ".join(seen)
        nl += sum(joined.count(cue) for cue in _NL_CUES) * 0.01
        en += sum(joined.count(cue) for cue in _EN_CUES) * 0.01
    return "en" if en > nl else "nl"
