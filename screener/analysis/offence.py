"""Rules for offensive language: insult, profanity and hate.

Documented rules (the ``rule`` name each finding carries):

- ``insult.second_person`` / ``insult.mention`` / ``insult.exclamation`` /
  ``insult.copula`` / ``insult.strong``: an insult term aimed at a person: "you idiot",
  "je bent een sukkel", "@user loser", "what an idiot", "he is a moron", or a term that is
  an insult on its own ("klootzak", "kankerlijer"). Adjectives ("stupid", "dom") need a
  person subject. Negated ("je bent geen idioot"), quoted or reported ("he called me an
  idiot") insults give a note instead.
- ``profanity.lexicon`` / ``profanity.compound``: untargeted swearing, low severity.
- ``hate.slur``: a slur; ``hate.identity_derogation``: an identity term with a
  derogatory or dehumanising predicate in the same clause ("X are rats", "I hate X").
  Quotes and counter-speech frames ("Wie 'X zijn ratten' roept, is een racist") suppress.
- Threats: see :mod:`screener.analysis.threats`.
"""

from __future__ import annotations

from .detectors import Hit, Post

TARGET_LEXICONS = ("identity", "complaint_target")
_NOT_A_GROUP_OBJECT = frozenset(
    {"it", "that", "when", "how", "seeing", "people", "anyone", "those", "het", "dat",
     "wanneer", "als", "hoe", "mensen", "iemand"}
)  # fmt: skip
_SENTENCE_END = frozenset({".", "!", "?", "...", "!!", "?!", "…"})


def detect_insults(post: Post, allowed: set[str]) -> None:
    """Insults aimed at a person; an identity subject turns them into hate."""
    g = post.g
    for hit in post.hits.get("insult", ()):
        if hit.kind == "none":
            continue  # a harmless look-alike ("drop dead gorgeous") outranking the insult
        term = post.doc[hit.start : hit.end].text
        if post.quoted(hit.start, hit.end):
            post.note(f"insult '{term}' inside quotation marks: not flagged")
            continue
        clause = post.clause_range(hit.start)
        before = [i for i in clause if i < hit.start][-5:]
        if any(post.lowers[i] in g.REPORT_VERBS for i in before):
            post.note(f"insult '{term}' in reported speech: not flagged")
            continue
        if hit.kind != "phrase" and _self_directed(post, before):
            post.note(f"insult '{term}' aimed at the writer themself: not flagged")
            continue
        negation = post.negated(hit.start, window=7)
        if negation and hit.kind != "phrase":
            post.note(f"insult '{term}' negated by '{negation}': not flagged")
            continue
        group = _identity_subject(post, hit, before)
        if group is not None:
            if "hate" in allowed:
                post.add("hate", "high", "hate.identity_derogation",
                         [(group.start, group.end), (hit.start, hit.end)], hit,
                         target=group.entry.term)  # fmt: skip
            continue
        if "insult" not in allowed:
            continue
        rule, target = _insult_frame(post, hit, before, clause)
        if rule is None:
            continue
        if hit.kind == "adj" and target is not None and _is_target(post, target[0]):
            continue  # "my coworkers are so lazy" is a complaint, not an insult
        severity = "high" if hit.kind in ("strong", "phrase") else "medium"
        spans = [(hit.start, hit.end)] + ([target] if target else [])
        post.add("insult", severity, rule, spans, hit, target=target_name(post, target))


def _self_directed(post: Post, before: list[int]) -> bool:
    """ "I'm the biggest idiot", "ik ben echt een sukkel": the writer about themself."""
    words = {post.lowers[i] for i in before}
    g = post.g
    return bool(words & g.FIRST_SUBJECT) and bool(words & g.COPULA) and not words & g.SECOND


def _identity_subject(post: Post, hit: Hit, before: list[int]) -> Hit | None:
    """An identity term that is the subject of an insult predicate: "X zijn klootzakken"."""
    if hit.kind not in ("noun", "strong"):
        return None
    for ident in post.hits.get("identity", ()):
        if (
            ident.end <= hit.start
            and ident.end >= hit.start - 5
            and post.same_clause(ident.start, hit.start)
        ):
            between = post.lowers[ident.end : hit.start]
            if any(w in post.g.COPULA for w in between):
                return ident
    return None


def _insult_frame(post: Post, hit: Hit, before: list[int], clause: range):
    """The rule that makes an insult term targeted, and the target's token range."""
    g, lowers = post.g, post.lowers
    after = [i for i in clause if i >= hit.end][:3]
    for i in reversed(before):
        if lowers[i] in g.SECOND:
            return "insult.second_person", (i, i + 1)
    for i in after:
        if lowers[i] in g.SECOND and (hit.kind != "adj" or i == hit.end):
            return "insult.second_person", (i, i + 1)
    if hit.kind == "phrase":
        return "insult.phrase", None
    copula = next((i for i in reversed(before) if lowers[i] in g.COPULA), None)
    subject = None
    if copula is not None:
        subject = next(
            (i for i in range(copula - 1, max(-1, copula - 4), -1)
             if lowers[i] in g.PERSON_PRONOUNS or lowers[i] in g.SECOND
             or lowers[i] == "@user" or _is_target(post, i)),
            None,
        )  # fmt: skip
    if hit.kind == "adj":
        if subject is not None:
            return "insult.copula", (subject, subject + 1)
        return None, None
    mention = next((i for i, w in enumerate(lowers) if w == "@user"), None)
    if subject is not None:
        return "insult.copula", (subject, subject + 1)
    if any(lowers[i] in g.EXCLAIM for i in before[-3:]):
        return "insult.exclamation", None
    if mention is not None:
        return "insult.mention", (mention, mention + 1)
    if hit.kind == "strong":
        return "insult.strong", None
    return None, None


def _is_target(post: Post, index: int) -> bool:
    return any(h.start <= index < h.end for h in post.hits.get("complaint_target", ()))


def target_name(post: Post, target: tuple[int, int] | None) -> str | None:
    if target is None:
        return None
    start = target[0]
    if post.lowers[start] == "@user":
        for handle, s, _e in post.norm.mentions:
            if post.norm.span(post.doc[start].idx, post.doc[start].idx + 5)[0] == s:
                return "@" + handle
        return "@user"
    for h in post.hits.get("complaint_target", ()):
        if h.start <= start < h.end:
            return h.entry.field(0) or h.entry.term
    return post.lowers[start]


def detect_profanity(post: Post) -> None:
    """Untargeted swearing; skipped where an insult or hate finding covers the words."""
    for hit in post.hits.get("profanity", ()):
        if post.quoted(hit.start, hit.end):
            post.note(f"profanity '{post.doc[hit.start : hit.end].text}' quoted: not flagged")
            continue
        if post.covered(hit.start, hit.end, ("insult", "hate")) or _in_flagged_clause(post, hit):
            continue
        rule = "profanity.compound" if hit.lexicon == "profanity_prefix" else "profanity.lexicon"
        post.add("profanity", "low", rule, [(hit.start, hit.end)], hit)


def _in_flagged_clause(post: Post, hit: Hit) -> bool:
    """Swearing in the same clause as an insult, threat or hate finding adds nothing."""
    clause = post.clause_range(hit.start)
    doc = post.doc
    lo, hi = doc[clause.start].idx, doc[clause.stop - 1].idx + len(doc[clause.stop - 1])
    lo, hi = post.norm.span(lo, hi)
    return any(
        f.category in ("insult", "threat", "hate")
        and any(lo <= e.start and e.end <= hi for e in f.evidence)
        for f in post.findings
    )


def counter_speech(post: Post) -> str | None:
    """A condemnation or reporting frame in the post ("is racist", "stop calling")."""
    for hit in post.hits.get("counter_speech", ()):
        return post.doc[hit.start : hit.end].text
    return None


def detect_hate(post: Post) -> None:
    """Slurs and identity-term derogation, unless quoted or inside counter-speech."""
    counter = counter_speech(post)
    phrases = [h for h in post.hits.get("insult", ()) if h.kind == "phrase"]
    for hit in post.hits.get("slur", ()):
        term = post.doc[hit.start : hit.end].text
        if any(p.start <= hit.start and hit.end <= p.end for p in phrases):
            continue  # "flikker op" is "get lost", not the slur
        if post.quoted(hit.start, hit.end) or counter:
            post.note(f"slur '{term}' quoted or condemned ({counter or 'quotes'}): not flagged")
            continue
        post.add("hate", "high", "hate.slur", [(hit.start, hit.end)], hit)
    for pred in post.hits.get("hate_predicate", ()):
        order = pred.kind or "any"
        for ident in post.hits.get("identity", ()):
            if not same_sentence(post, ident.start, pred.start):
                continue
            if ident.start >= pred.end:
                nxt = post.lowers[pred.end] if pred.end < len(post.lowers) else ""
                ok = (
                    order in ("after", "any")
                    and ident.start - pred.end <= 5
                    and nxt not in _NOT_A_GROUP_OBJECT  # "I hate it when people attack X"
                )
            else:
                gap = post.lowers[ident.end : pred.start]
                ok = pred.start - ident.end <= 10 and (
                    order in ("before", "any")
                    or (order == "copula" and any(w in post.g.COPULA for w in gap))
                )
            if not ok:
                continue
            term = post.doc[pred.start : pred.end].text
            first = min(ident.start, pred.start)
            negation = post.negated(pred.start, window=5) or post.negated(first, window=3)
            if negation:
                post.note(f"'{term}' about a group negated by '{negation}': not flagged")
                break
            if counter or post.quoted(first, max(ident.end, pred.end)):
                post.note(f"'{term}' about a group quoted or condemned: not flagged")
                break
            post.add("hate", "high", "hate.identity_derogation",
                     [(ident.start, ident.end), (pred.start, pred.end)], pred,
                     target=ident.entry.term)  # fmt: skip
            break


def same_sentence(post: Post, a: int, b: int) -> bool:
    """No sentence end (. ! ?) or contrast word between tokens ``a`` and ``b``."""
    lo, hi = (a, b) if a < b else (b, a)
    stops = post.g.CONTRAST
    return not any(w in _SENTENCE_END or w in stops for w in post.lowers[lo:hi])
