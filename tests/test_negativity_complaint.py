"""Workplace complaints: targets, idioms, repetition markers and the hard negatives.

These cases are written for this module (not taken from the gold set, which stays the
evaluation set): each says whether a post runs down a workplace target.
"""

from __future__ import annotations

import pytest

from screener.analysis.negativity import score_texts

COMPLAINTS = [
    ("nl", "Ik trek het niet meer met die collega's van mij. Elke dag gezeur"),
    ("nl", "Onze teamleider heeft alweer de roosters omgegooid zonder iets te zeggen"),
    ("nl", "Wat een toko is het op mijn afdeling, niemand weet wat er moet gebeuren"),
    ("nl", "Klanten bellen om vijf voor vijf met spoedklussen. Ik ben er zo klaar mee"),
    ("nl", "De directie heeft weer een nieuw plan. Zoals altijd verandert er niks"),
    ("nl", "Mijn baas weet nooit wat hij wil. Typisch."),
    ("nl", "Ik heb zo'n hekel aan mijn werk, elke maandag weer"),
    ("nl", "Die opdrachtgever is nooit tevreden, wat we ook leveren"),
    ("en", "My manager changed the rota again without telling anyone. Typical."),
    ("en", "Sick of my coworkers dumping their work on me every single day"),
    ("en", "Clients who call at 4:59 with urgent jobs. Can't take it anymore"),
    ("en", "Management promises everything and delivers nothing, as usual"),
    ("en", "HR department has no clue what the people on the floor need"),
    ("en", "the most boring job in the world, I'm losing my mind here"),
    ("en", "Another meeting that could have been an email. My boss loves them"),
    ("nl", "Mijn baas vindt het allemaal prima. Wat een toko hier"),
    ("en", "The customer service of our own company is a joke"),
]

NOT_COMPLAINTS = [
    ("nl", "Weer vertraging bij de NS, een uur stilgestaan bij Amersfoort"),
    ("nl", "Het weer is vandaag echt vreselijk, de hele dag regen"),
    ("nl", "Loonsverhoging van 1% terwijl alles duurder wordt. Onacceptabel, ik ga naar de OR"),
    ("nl", "Geen veiligheidsschoenen op de bouwplaats, dit is gevaarlijk werk zo"),
    ("nl", "Mijn baas is niet dom, hij heeft gewoon te weinig tijd"),
    ("nl", "Wat een fijne collega's heb ik toch. Top team!"),
    ("nl", "Tips voor een gesprek met een lastige klant? Alles welkom"),
    ("nl", "Hij zei dat 'mijn baas een idioot is', maar dat heb ik nooit gezegd"),
    ("nl", "Mijn baas heeft weer taart meegenomen, heerlijk"),
    ("nl", "Helaas niet aangenomen voor die baan. Volgende keer beter!"),
    ("en", "Train cancelled again. Nobody tells you anything at this station"),
    ("en", "We were not paid for our overtime again. Taking it to the union"),
    ("en", "My boss is not stupid at all, she just has too much on her plate"),
    ("en", "Love my colleagues, best team ever! Thanks for the cake"),
    ("en", "Tips for dealing with a difficult client? Asking for advice"),
    ("en", "Didn't get the job unfortunately. Next time!"),
    ("en", "Traffic on the A12 again, nothing moves. Every single day"),
    ("en", "Boss brought doughnuts again. Terrible employer honestly 😂"),
    ("en", "He called me an idiot in the meeting, reported it to HR"),
    ("nl", "Hij noemde me een idioot in de vergadering. Gemeld."),
    ("nl", "Tips als je collega's er een potje van maken? Ik hoor het graag"),
    ("en", "Party at my place tonight! Nobody can stand the heat, again"),
    ("nl", "Mijn collega had een zware week, ze zit er doorheen. Sterkte!"),
    ("nl", "Kan niet wachten tot vrijdag! Borrel met collega's 🎉"),
    ("nl", "Moe van het sporten, morgen weer vroeg naar kantoor"),
    ("nl", "Ik schaam me een beetje, collega's zongen voor mijn verjaardag"),
    ("nl", "Onze klant heeft geen idee hoe blij we met hem zijn"),
    ("en", "I'm so done with this heat, glad my office has airco"),
    ("en", "Great meeting with clients today. Can't wait for friday!"),
    ("en", "Tired of it all? Our team is hiring, come work with us!"),
    ("en", "My coworkers have no idea what's coming: surprise party tomorrow!"),
    ("en", "Nobody knows my boss plays in a band. Legend"),
    ("nl", "De trein was weer te laat, kwam pas om 10 uur op kantoor. Wat een zooi bij de NS"),
    ("nl", "Regen regen regen. Wat een zooi weer. Gelukkig zit ik lekker op kantoor"),
    ("en", "Traffic was a mess again, got to the office an hour late. What a joke the M25 is"),
]


def _complaints(cases: list[tuple[str, str]]) -> list[bool]:
    items = [(str(i), text, lang) for i, (lang, text) in enumerate(cases)]
    return [any(f.category == "complaint" for f in s.findings) for s in score_texts(items)]


@pytest.mark.parametrize(("lang", "text"), COMPLAINTS)
def test_complaint_found_on_workplace_target(lang, text):
    assert _complaints([(lang, text)]) == [True], text


@pytest.mark.parametrize(("lang", "text"), NOT_COMPLAINTS)
def test_complaint_not_found_on_hard_negative(lang, text):
    assert _complaints([(lang, text)]) == [False], text


def test_complaint_evidence_names_target_and_cue():
    text = "Mijn leidinggevende gaat wéér met de eer strijken. Typisch."
    (score,) = score_texts([("1", text, "nl")])
    (finding,) = [f for f in score.findings if f.category == "complaint"]
    assert finding.target == "manager"
    words = [e.text for e in finding.evidence]
    assert "leidinggevende" in words and len(words) == 2
    for e in finding.evidence:
        assert text[e.start : e.end] == e.text


def test_complaint_repeat_marker_alone_is_not_enough():
    # "weer" with a workplace target but no negative signal: just news from work
    assert _complaints([("nl", "Mijn collega's zijn weer terug van vakantie")]) == [False]
    assert _complaints([("en", "My boss is back again after the holidays")]) == [False]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Mijn collega's en ik gaan weer naar de kroeg, niemand hoeft morgen te werken"),
        ("nl", "Weer een nieuwe collega erbij, niemand kent hem nog"),
        ("en", "Every week my boss brings cake. Never fails"),
        ("en", "My team won the quiz again! Nobody saw that coming"),
        ("nl", "Weer een lange dag op kantoor, maar niks dan lol met de collega's"),
        ("en", "Sad news: our manager is leaving again, nobody can replace her"),
        ("en", "Lost my job again. Nobody is hiring. Scary times"),
    ],
)
def test_complaint_repeat_with_bare_nobody_needs_a_negative_post(lang, text):
    # "weer"/"again" with "niemand"/"nobody" in an otherwise neutral or happy post
    assert _complaints([(lang, text)]) == [False]


def test_complaint_idiom_outside_long_post_not_linked():
    # six sentences: the idiom in the last one is not read as about the boss in the first
    text = (
        "Mijn baas belde vanochtend. Ik ging daarna naar de markt. Daar was het druk. "
        "Toen naar huis gefietst. Het regende hard. Wat een zooi."
    )
    assert _complaints([("nl", text)]) == [False]
