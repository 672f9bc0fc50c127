"""Rules about work conduct: complaint, confidential and drugs_crime.

Documented rules:

- ``complaint.target_predicate``: a workplace target (boss, colleagues, customers, "my
  job") and a negative predicate, insult or swear word in the same clause, not negated
  ("mijn baas is een sukkel", "I hate my job"). Ambiguous targets ("work", "werk",
  "company") need a possessive or determiner before them ("my work", "op het werk").
- ``complaint.target_sentiment``: a workplace target and a clearly negative sentiment word
  (valence <= -1.5 after negation and boosters, from the polarity module) in the same
  clause (no punctuation or contrast word between them), at most 12 tokens apart.
- ``complaint.compound``: a Dutch profanity compound on a target ("kutbaas", "klotewerk").
- ``confidential.disclosure``: a confidentiality marker ("internal only", "vertrouwelijk",
  "nog niet aangekondigd") with business content (figures, a reorganisation, a client);
  markers marked ``strong`` in the lexicon need no business word.
- ``drugs_crime.first_person``: first-person bragging about drugs or petty crime
  ("I was so high at work", "ik heb weer een fiets gejat"): low severity, to verify.
"""

from __future__ import annotations

from .detectors import Hit, Post

_PREDICATES = ("complaint_predicate", "insult", "profanity")
SENTIMENT_THRESHOLD = -1.5  # VADER-scale valence at or below which a word is clearly negative
_SENTENCE_END = frozenset({".", "!", "?", "...", "…", "!!", "?!"})
_CLAUSE_END = _SENTENCE_END | {",", ";", ":", "(", ")"}


def detect_complaints(post: Post) -> None:
    """Negative statements aimed at a workplace target; one finding per target."""
    seen: set[str] = set()
    g = post.g
    for target in post.hits.get("complaint_target", ()):
        label = target.entry.field(0) or target.entry.term
        if label in seen or label == "none":
            continue  # "none": a look-alike that is not a workplace ("customer service")
        if post.quoted(target.start, target.end):
            continue
        if target.entry.field(1) == "poss" and (
            target.start == 0 or post.lowers[target.start - 1] not in g.POSSESSIVE
        ):
            continue
        compound = next(
            (h for h in post.hits.get("profanity", ()) if h.start == target.start), None
        )
        if compound is not None:
            seen.add(label)
            post.add("complaint", "medium", "complaint.compound",
                     [(target.start, target.end)], target, target=label)  # fmt: skip
            continue
        pred = _predicate(post, target)
        if pred is None:
            if any(f.category in ("threat", "hate") for f in post.findings):
                continue  # the threat or hate finding already says it
            found = _negative_sentiment(post, target)
            if found is not None:
                seen.add(label)
                start, end, term = found
                post.add("complaint", "low", "complaint.target_sentiment",
                         [(target.start, target.end), (start, end)], target,
                         target=label)  # fmt: skip
            continue
        term = post.doc[pred.start : pred.end].text
        if post.quoted(pred.start, pred.end):
            post.note(f"complaint word '{term}' quoted: not flagged")
            continue
        negation = post.negated(pred.start, window=4)
        if negation:
            post.note(f"complaint '{term}' about {label} negated by '{negation}': not flagged")
            continue
        seen.add(label)
        severity = "medium" if pred.lexicon in ("insult", "profanity") else "low"
        post.add("complaint", severity, "complaint.target_predicate",
                 [(target.start, target.end), (pred.start, pred.end)], pred,
                 target=label)  # fmt: skip


def _predicate(post: Post, target: Hit) -> Hit | None:
    best: Hit | None = None
    for lexicon in _PREDICATES:
        for pred in post.hits.get(lexicon, ()):
            if pred.start == target.start or not post.same_clause(pred.start, target.start):
                continue
            distance = (
                pred.start - target.end if pred.start >= target.end else target.start - pred.end
            )
            if distance <= 7 and (best is None or lexicon == "complaint_predicate"):
                best = pred
        if best is not None:
            return best
    return best


def _negative_sentiment(post: Post, target: Hit) -> tuple[int, int, str] | None:
    """A clearly negative polarity word in the target's clause.

    The polarity module has already applied negation ("not bad") to the valence.
    """
    doc = post.doc
    for start, end, term, valence in post.polarity_hits:
        if valence > SENTIMENT_THRESHOLD:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == target.start:
            continue
        lo, hi = sorted((span.start, target.start))
        if hi - lo > 12:
            continue
        between = post.lowers[lo:hi]
        if any(w in _CLAUSE_END or w in post.g.CONTRAST for w in between):
            continue
        return span.start, span.end, term
    return None


def detect_confidential(post: Post) -> None:
    """Disclosure of an employer's internal information."""
    business = post.hits.get("business", ())
    for hit in post.hits.get("confidential", ()):
        term = post.doc[hit.start : hit.end].text
        negation = post.negated(hit.start, window=3)
        if negation:
            post.note(f"'{term}' negated by '{negation}': not flagged as confidential")
            continue
        if post.quoted(hit.start, hit.end):
            continue
        near = next((b for b in business if abs(b.start - hit.start) <= 15), None)
        if near is None and hit.kind != "strong":
            continue
        spans = [(hit.start, hit.end)] + ([(near.start, near.end)] if near else [])
        post.add("confidential", "medium", "confidential.disclosure", spans, hit)
        return


def detect_drugs_crime(post: Post) -> None:
    """First-person bragging about drugs or petty crime (severity low: verify).

    A phrase ("drove home drunk", "fiets gejat") or a substance with a use verb in the
    same clause ("snorted speed", "wiet gerookt") counts when the speaker is the subject:
    a first-person pronoun nearby, or no subject at all before it (tweets drop "I").
    Another subject ("he", "de politie") or a passive ("mijn fiets is gejat") does not.
    """
    hits = post.hits.get("drugs_crime", ())
    uses = [h for h in hits if h.kind == "use"]
    for hit in hits:
        if hit.kind == "use":
            continue
        spans = [(hit.start, hit.end)]
        if hit.kind == "substance":
            use = next(
                (u for u in uses if post.same_clause(u.start, hit.start)
                 and abs(u.start - hit.start) <= 4), None,
            )  # fmt: skip
            if use is None:
                continue
            spans.append((use.start, use.end))
        first = min(s for s, _e in spans)
        if not _speaker_subject(post, first):
            continue
        term = post.doc[hit.start : hit.end].text
        negation = post.negated(first, window=5)
        if negation:
            post.note(f"'{term}' negated by '{negation}': not flagged")
            continue
        if post.quoted(hit.start, hit.end):
            continue
        post.add("drugs_crime", "low", "drugs_crime.first_person", spans, hit)
        return


def _speaker_subject(post: Post, index: int) -> bool:
    g, lowers = post.g, post.lowers
    before = [i for i in post.clause_range(index) if i < index][-8:]
    if any(lowers[i] in g.PASSIVE for i in before[-2:]):
        return False  # "mijn fiets is gejat", "my bike got stolen": the speaker is the victim
    if any(lowers[i] in g.FIRST_SUBJECT for i in before):
        return True
    lo, hi = max(0, index - 8), min(len(lowers), index + 4)
    if any(lowers[i] in g.FIRST_SUBJECT for i in range(lo, hi)):
        return True
    return not any(lowers[i] in g.OTHER_SUBJECTS for i in before) and len(before) <= 3
