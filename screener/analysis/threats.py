"""Threat rules: violence against a person or group.

- ``threat.phrase``: a threat phrase that is a threat on its own ("ik weet waar je woont",
  "I'll kill you", "ik sla je op je bek"), unless negated, quoted or condemned in its
  sentence.
- ``threat.violence``: a violence verb with a person or group target (second person,
  him/her/them, an @mention, an identity or workplace term, "all ...", "that guy") and
  intent: a normative modal ("should", "moeten", "deserve"), a first-person subject with
  a future or volition word ("I'll", "gonna", "want to"; in Dutch a first-person subject
  alone: "ik vermoord je", also after inversion: "dan sla ik hem"), or an imperative
  against a group ("kill all ..."). Separable Dutch verbs need their particle ("maak ...
  af"). Perfect tenses are reports, not threats ("I have killed", "ik heb hem geslagen").
"""

from __future__ import annotations

from .detectors import Hit, Post
from .offence import TARGET_LEXICONS, same_sentence, target_name


def detect_threats(post: Post) -> None:
    """Threat phrases, and violence verbs with a target and intent."""
    done: set[int] = set()
    for hit in post.hits.get("threat_phrase", ()):
        if _suppressed_threat(post, hit):
            continue
        post.add("threat", "high", "threat.phrase", [(hit.start, hit.end)], hit)
        done.update(range(hit.start, hit.end))
    for hit in post.hits.get("threat_verb", ()):
        if hit.start in done:
            continue
        target = _threat_target(post, hit)
        if target is None or not _particle(post, hit) or not _intent(post, hit):
            continue
        if _suppressed_threat(post, hit):
            continue
        post.add("threat", "high", "threat.violence", [(hit.start, hit.end), target], hit,
                 target=target_name(post, target))  # fmt: skip
        done.update(range(hit.start, hit.end))


def _suppressed_threat(post: Post, hit: Hit) -> bool:
    term = post.doc[hit.start : hit.end].text
    nxt = post.lowers[hit.end] if hit.end < len(post.lowers) else ""
    if nxt in ("a", "an", "een") and post.lowers[hit.end - 1] in post.g.SECOND:
        return True  # ditransitive: "I'll shoot you an email"
    negation = post.negated(hit.start, window=5)
    if negation and post.lowers[hit.start] not in post.g.NEGATORS:
        post.note(f"threat '{term}' negated by '{negation}': not flagged")
        return True
    condemned = any(
        same_sentence(post, c.start, hit.start) for c in post.hits.get("counter_speech", ())
    )
    if post.quoted(hit.start, hit.end) or condemned:
        post.note(f"threat '{term}' quoted or condemned: not flagged")
        return True
    return False


def _threat_target(post: Post, hit: Hit) -> tuple[int, int] | None:
    g, lowers = post.g, post.lowers
    clause = post.clause_range(hit.start)
    after = [i for i in clause if i >= hit.end][:6]
    if after and lowers[after[0]] in g.SELF_OBJECTS:
        return None
    if len(after) > 1 and lowers[after[1]] in ("a", "an", "een") and lowers[after[0]] in g.SECOND:
        return None  # ditransitive: "I'll shoot you an email"
    for lexicon in TARGET_LEXICONS:
        for h in post.hits.get(lexicon, ()):
            if h.start in clause and h.start != hit.start and abs(h.start - hit.start) <= 6:
                return h.start, h.end
    for i in list(after) + [i for i in clause if i < hit.start][::-1]:
        w = lowers[i]
        if (
            w in g.SECOND
            or w in g.SECOND_POSSESSIVE
            or w in g.THIRD_OBJECT
            or w == "@user"
            or w in g.GROUP_QUANTIFIERS
        ):
            return i, i + 1
        if (
            w in g.DEMONSTRATIVE
            and i > hit.start
            and i + 1 < len(lowers)
            and i + 1 != hit.start
            and lowers[hit.start] not in g.MILD_VERBS
        ):
            return i, i + 2  # "stab that guy", "die scheids"
    return None


def _intent(post: Post, hit: Hit) -> bool:
    """Intent: a normative modal, a first-person subject with a future/volition word
    (Dutch: a first-person subject alone, "ik vermoord je"), or an imperative against a
    group. Perfect tenses ("I have killed", "ik heb hem geslagen") are reports, not threats.
    """
    g, lowers = post.g, post.lowers
    clause = post.clause_range(hit.start)
    before = [i for i in clause if i < hit.start]
    words = {lowers[i] for i in before}
    if words & g.PERFECT and not words & g.NORMATIVE:
        return False
    if not before or (len(before) == 1 and lowers[before[0]] in ("and", "en", "just", "gewoon")):
        after = [lowers[i] for i in clause if i >= hit.end][:3]
        return any(w in g.GROUP_QUANTIFIERS or w in g.THIRD_OBJECT for w in after) or any(
            h.start in clause for h in post.hits.get("identity", ())
        )
    if words & g.NORMATIVE:
        return True
    if "to" in words and words & {"has", "have", "got", "needs", "need"}:
        return True  # "he has to die", "need to hurt"
    if words & g.FIRST_SUBJECT:
        if post.rules.lang == "nl" or words & g.INTENT:
            return True
        return lowers[hit.start].endswith("ing") and bool(words & {"'m", "am", "im", "are"})
    # Dutch inversion: "dan sla ik hem op zijn bek", "steek ik dat kantoor in brand"
    follow = {lowers[i] for i in clause if hit.end <= i < hit.end + 2}
    return post.rules.lang == "nl" and bool(follow & g.FIRST_SUBJECT)


def _particle(post: Post, hit: Hit) -> bool:
    """Separable verbs need their particle: "maak ... af", "beat ... up"."""
    wanted = hit.entry.field(1)
    if not wanted:
        return True
    clause = post.clause_range(hit.start)
    near = [post.lowers[i] for i in clause if i >= hit.end][:6]
    if post.rules.lang == "nl":  # "ik ga je kapot maken": the particle may come first
        near += [post.lowers[i] for i in clause if i < hit.start][-3:]
    return any(p in near for p in wanted.split("|"))
