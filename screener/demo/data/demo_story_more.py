"""Candidates 2 and 3 of the demo story (see ``demo_story.py``)."""

from __future__ import annotations

import random
from datetime import date

import demo_texts as T
from demo_story import EXPORTED, known_by_org, linkedin, notice_nl
from demo_x import moment, spread, tweet, write_x_archive
from make_demo import HERE, People

KEVIN_LINKEDIN = [
    "Op zoek naar een nieuwe uitdaging als teamleider in de logistiek. Tips welkom!",
    "Code 95 nascholing weer afgerond.",
    "Mooi artikel over laadplatforms in het havengebied https://lnkd.in/kvLaad1",
    "10 jaar rijervaring in binnen- en buitenland, nu tijd voor de volgende stap.",
    "Cursus leidinggeven in de transportsector gestart bij de STL.",
    "Mooie dag op de Transport Compleet beurs in Gorinchem.",
    "Veiligheidstraining laden en lossen gevolgd met het hele team.",
    "Wie zoekt er een ervaren planner/chauffeur in Midden-Brabant?",
]
EMILY_LINKEDIN = [
    "After eight years in software testing I'm moving into supply chain. Here's why:\n\n"
    "Logistics is testing at the scale of the physical world.\n\nExcited for what comes next!",
    "Completed the APICS CPIM Part 1 module. On to Part 2.",
    "Great session at the Brainport Logistics meetup on digital twins for warehouses.",
    "Our team released the new planning dashboard for a transport client. Proud!",
    "Certified Scrum Product Owner as of today.",
    "Looking for my first role in logistics or supply chain planning in Brabant. Open to chats!",
    "Reading 'The Goal' by Goldratt. Every IT person should.",
    "Volunteered at the food bank distribution centre this weekend: great crash course in "
    "inbound and outbound.",
    "Three years in the Netherlands and my Dutch is finally good enough for meetings. Bijna.",
    "Thank you @Kees Verhoeven for the coffee and the tour of your warehouse systems!",
    "New blog post: what software testing taught me about supply chains https://lnkd.in/emBlg2",
    "Happy to be part of the Women in Logistics mentoring programme this year.",
]
EMILY_COMMENTS = [
    "Congratulations, well deserved!",
    "Great insight, thanks for sharing.",
    "This matches what I see in IT projects too.",
    "Would love to learn more about how you set this up.",
    "So inspiring, thank you!",
    "Count me in for the next meetup.",
    "Agreed, data quality is everything.",
    "Brilliant result for the team.",
    "Thanks for the tip, just ordered the book.",
    "Great to meet you at the event!",
]


def kevin(rng: random.Random, people: People, networks: dict) -> dict:
    shared = rng.sample(known_by_org(networks, "logistics"), 3)
    rest = people.many(142, {"logistics": 75, "retail": 10, "other": 15})
    for person in rest[:40]:
        person["company"] = rng.choice(("Transportbedrijf Brouwer", "De Haan Transport"))
    tweets = []
    for when, text in spread(rng, T.KEVIN_COMPLAINTS, date(2024, 9, 2), date(2026, 10, 25)):
        tweets.append(tweet(rng, when, text, "nl"))
    tweets.append(
        tweet(
            rng,
            moment(rng, date(2025, 6, 2), date(2025, 6, 20)),
            T.KEVIN_INSULT,
            "nl",
            reply="RoyvdBerg_",
        )
    )
    for text_list, start in ((T.KEVIN_PROTECTED, 2024), (T.KEVIN_POLITICS, 2023)):
        for when, text in spread(rng, text_list, date(start, 3, 1), date(2026, 10, 1)):
            tweets.append(tweet(rng, when, text, "nl"))
    for when, text in spread(rng, T.KEVIN_FILLER, date(2023, 6, 1), date(2026, 11, 8)):
        tweets.append(tweet(rng, when, text, "nl"))
    for when, text in spread(rng, T.KEVIN_OLD, date(2020, 2, 1), date(2020, 9, 1)):
        tweets.append(tweet(rng, when, text, "nl"))  # outside the 5-year lookback
    for n, when in enumerate(
        sorted(moment(rng, date(2024, 1, 1), date(2026, 9, 1)) for _ in range(3))
    ):
        news = (
            "RT @NOSsport: Willem II promoveert naar de eredivisie",
            "RT @Rijkswaterstaat: A58 bij Tilburg vannacht dicht voor onderhoud",
            "RT @TLNnieuws: Tekort aan vrachtwagenchauffeurs loopt verder op…",
        )[n]
        tweets.append(tweet(rng, when, news, "nl"))
    account = {
        "email": "kevin.degroot@example.nl",
        "createdVia": "android",
        "username": "kevdg_transport",
        "accountId": "1187349562",
        "createdAt": "2019-11-03T18:22:41.000Z",
        "accountDisplayName": "Kevin de Groot",
    }
    base = HERE / "candidates" / "kevin-de-groot"
    write_x_archive(base / "x", account, tweets, rng)
    profile = {
        "first": "Kevin",
        "last": "de Groot",
        "geo": "Oosterhout, Noord-Brabant, Nederland",
        "headline": "Teamleider expeditie | Chauffeur CE | Planner",
        "summary": "Ervaren transportman, op zoek naar een nieuwe uitdaging.",
        "industry": "Truck Transportation",
        "twitter": "[kevdg_transport]",
    }
    positions = [
        {
            "company": "Transportbedrijf Brouwer",
            "title": "Teamleider expeditie",
            "location": "Oosterhout",
            "start": "Apr 2022",
        },
        {
            "company": "De Haan Transport",
            "title": "Chauffeur CE",
            "location": "Breda",
            "start": "Feb 2016",
            "end": "Mar 2022",
        },
    ]
    shares = spread(rng, KEVIN_LINKEDIN, date(2023, 2, 1), date(2026, 11, 1))
    comments = spread(
        rng,
        ["Mee eens!", "Goed bezig mannen", "Herkenbaar 😅"],
        date(2024, 1, 1),
        date(2026, 10, 1),
    )
    rows = shared + rest
    rng.shuffle(rows)
    linkedin(base / "linkedin", rng, rows, shares, comments, profile, positions)
    return {
        "name": "Kevin de Groot",
        "email": "kevin.degroot@example.nl",
        "lang": "nl",
        "notice": {"at": "2026-11-05", "method": "letter", "text": notice_nl("Kevin")},
        "claims": ["300+ connecties", "netwerk in de logistiek", "kent mensen bij Van Houten"],
        "exports": ["candidates/kevin-de-groot/linkedin", "candidates/kevin-de-groot/x"],
        "story": "Notoire zeurder: ruim 30 berichten over bijna twee jaar waarin hij afgeeft "
        "op werkgever, baas, collega's en klanten, plus één belediging aan @RoyvdBerg_. "
        "Berichten over loon, cao en vakbond zijn beschermd (geen klacht); politieke "
        "berichten zijn gevoelig (nooit gemarkeerd). Zwak netwerk: 3 gedeelde connecties.",
        "expected": {
            "complaint_pattern_flagged": True,
            "must_have_categories": ["complaint", "insult"],
            "must_not_have_categories": ["hate", "threat", "drugs_crime"],
            "complaint_posts_at_least": 30,
            "protected_posts": len(T.KEVIN_PROTECTED),
            "political_posts": len(T.KEVIN_POLITICS),
            "shared_by_url": 3,
            "outside_lookback": len(T.KEVIN_OLD),
            "claims": {
                "300+ connecties": "not supported (145 connections)",
                "netwerk in de logistiek": "partly supported at best "
                "(logistics connections, only 3 shared)",
                "kent mensen bij Van Houten": "not supported (nobody at the organisation)",
            },
        },
    }


def emily(rng: random.Random, people: People, networks: dict) -> dict:
    shared = rng.sample(known_by_org(networks, "it", "kees-verhoeven"), 6)
    shared += rng.sample(known_by_org(networks, "other", "fatima-el-amrani"), 1)
    rest = people.many(320, {"it": 82, "other": 13, "finance": 5})
    rest.append(people.person("logistics", "DHL Supply Chain", "Solution architect"))
    rest += [people.person("logistics") for _ in range(2)]  # her first logistics contacts
    texts = [t for _, t in T.EMILY_SPECIAL] + list(T.EMILY_POSITIVE)
    for n, (word, comment) in enumerate(T.EMILY_WORDS):
        texts.append(T.EMILY_TEMPLATES[0].format(n=n * 6 + 3, word=word, comment=comment))
    for n in range(10):
        texts.append(T.EMILY_TEMPLATES[1].format(n=40 + n * 3, result=T.EMILY_RESULTS[n % 5]))
    for n, plan in enumerate(T.EMILY_PLANS):
        texts.append(T.EMILY_TEMPLATES[2].format(plan=plan, comment2=T.EMILY_COMMENTS2[n % 4]))
    dated = spread(rng, texts, date(2023, 9, 1), date(2026, 11, 8))
    tweets = [tweet(rng, when, text, "en") for when, text in dated]
    account = {
        "email": "emily.carter@example.com",
        "createdVia": "web",
        "username": "emcarter_ehv",
        "accountId": "2946118003",
        "createdAt": "2014-03-12T09:15:02.000Z",
        "accountDisplayName": "Emily Carter",
    }
    base = HERE / "candidates" / "emily-carter"
    write_x_archive(base / "x", account, tweets, rng)
    profile = {
        "first": "Emily",
        "last": "Carter",
        "geo": "Eindhoven, Noord-Brabant, Nederland",
        "headline": "IT project manager moving into supply chain | CSPO | APICS CPIM (in progress)",
        "summary": "Eight years in software quality and delivery.\nNow bringing that to logistics.",
        "industry": "IT Services and IT Consulting",
        "twitter": "[emcarter_ehv]",
    }
    positions = [
        {
            "company": "Brainport Software",
            "title": "IT project manager",
            "location": "Eindhoven",
            "start": "Sep 2023",
            "description": "Planning and data platforms for industrial clients.",
        },
        {
            "company": "Cloudwerk B.V.",
            "title": "Test automation engineer",
            "location": "Eindhoven",
            "start": "May 2021",
            "end": "Aug 2023",
        },
        {
            "company": "Northwind Digital Ltd",
            "title": "QA engineer",
            "location": "Leeds, UK",
            "start": "Jun 2016",
            "end": "Apr 2021",
        },
    ]
    shares = spread(rng, EMILY_LINKEDIN, date(2023, 10, 1), date(2026, 11, 1))
    comments = spread(rng, EMILY_COMMENTS, date(2024, 1, 1), date(2026, 11, 1))
    rows = shared + rest
    rng.shuffle(rows)
    linkedin(base / "linkedin", rng, rows, shares, comments, profile, positions)
    return {
        "name": "Emily Carter",
        "email": "emily.carter@example.com",
        "lang": "en",
        "notice": {
            "at": "2026-11-06",
            "method": "email",
            "text": "Dear Emily, for the Team lead logistics role we will review, with "
            "your knowledge, the data you downloaded yourself from LinkedIn and X. We "
            "only look at job-relevant conduct set out in the screening profile, never "
            "at religion, politics, health, sexuality, ethnicity or union membership. "
            "A person reviews every flag and you can respond to each. We keep the data "
            "for four weeks. Questions: hr@vanhoutenlogistiek.example.",
        },
        "claims": ["extensive network in logistics", "knows people at DHL"],
        "exports": ["candidates/emily-carter/linkedin", "candidates/emily-carter/x"],
        "story": "Expat die van IT naar logistiek overstapt: vooral positieve berichten, één "
        "dreigend bericht (fietszadeldief), een geciteerd scheldwoord dat ze veroordeelt "
        "(tegenspraak, geen haat) en een vertrouwelijk klantnieuws. Claimt een uitgebreid "
        "logistiek netwerk, maar haar connecties zitten vooral in de IT (carrièreswitch).",
        "expected": {
            "complaint_pattern_flagged": False,
            "must_have_categories": ["threat", "confidential"],
            "must_not_have_categories": ["hate", "complaint"],
            "shared_by_url": 7,
            "claims": {
                "extensive network in logistics": "not supported (3 logistics "
                "connections, mostly IT; career-switcher caveat)",
                "knows people at DHL": "weak: one DHL connection",
            },
        },
    }


_ = EXPORTED
