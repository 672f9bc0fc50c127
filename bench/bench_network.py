"""Benchmark the network check: a 30,000-connection candidate against 200 employees.

Each employee has 1,000 connections, a quarter of them people the candidate also knows.
Names are perturbed the way real exports differ (case, accents, credentials, pronouns,
initials, legal forms in company names, missing URLs in older exports), and look-alike
strangers (same name, other company; near-identical names) are mixed in. Every record
carries its true person id, so precision and recall of the matches are exact.

Only ``analyse_network`` is timed (not generating the data, not scoring the matches): wall
time and CPU time of this process, which on a shared machine can differ a lot, so the
1-minute load average is reported with them. ``peak_rss_mb`` is the process's peak
(generated data included); ``analysis_rss_mb`` is how much the analysis added to it.

Run (each run in a fresh process; medians reported):

    .venv/bin/python bench/bench_network.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta

FIRST = (
    "Jan Piet Kees Joost Sanne Emma Lotte Fleur Noor Anouk Daan Sem Lucas Milan Bram Ruben "
    "Thijs Lars Tim Jesse Sophie Julia Lisa Eva Sara Iris Femke Maud Roos Tess Mohammed Ahmed "
    "Fatima Yasmina Priya Wei Olga Tomasz Ana José Zoë Chloë Renée Inès Ömer Björn Søren Ángel "
    "Maarten Willem Hendrik Gerrit Johannes Cornelis Anna Maria Johanna Wilhelmina Elisabeth "
    "Sven Koen Stijn Niels Jeroen Sander Bas Rick Mark Dennis Kevin Nick Tom Rob Erik Frank "
    "Marieke Esther Linda Sandra Monique Ingrid Petra Karin Marloes Ilse Manon Nina Merel Kim"
).split()
LAST = (
    "Jansen;de Vries;van den Berg;van Dijk;Bakker;Janssen;Visser;Smit;Meijer;de Boer;Mulder;"
    "de Groot;Bos;Vos;Peters;Hendriks;van Leeuwen;Dekker;Brouwer;de Wit;Dijkstra;Smits;"
    "de Graaf;van der Meer;van der Linden;Kok;Jacobs;de Haan;Vermeulen;van den Heuvel;"
    "van der Veen;van den Broek;de Bruijn;de Bruin;van der Heijden;Schouten;van Beek;Willems;"
    "van Vliet;van de Ven;Hoekstra;Maas;Verhoeven;Koster;van Dam;van der Wal;Prins;Blom;"
    "Huisman;Peeters;de Jong;van 't Hof;ten Hove;El Amrani;Öztürk;Yılmaz;Nowak;Kowalski;"
    "Müller;García;Fernández;Nguyen;Chen;Singh;Patel;Kumar;Ramdin;Bouzid;Haddou;Ait Taleb;"
    "Groenewegen;Kuipers;Veenstra;Kramer;van Wijk;Post;Kuijpers;Timmermans;Sanders;van Loon;"
    "Wolters;Evers;Scholten;Postma;Gerritsen;Koning;Lammers;Zwart;Bosman;Hermans;Martens;"
    "Molenaar;Verbeek;Boer;Bouwman;Roos;Franken;Hofman;van Rijn;Vink;Claassen;Ros;Wijnands"
).split(";")
COMPANIES = (
    "PostNL;DHL Supply Chain;Rabobank;ING;ABN AMRO;KLM;Philips;ASML;Coolblue;bol.com;"
    "Albert Heijn;Gemeente Utrecht;Gemeente Rotterdam;Rijkswaterstaat;Erasmus MC;UMC Utrecht;"
    "Achmea;Aegon;NN Group;Heineken;Unilever;Shell;Eneco;Vattenfall;KPN;VodafoneZiggo;Randstad;"
    "Deloitte;KPMG;PwC;EY;Accenture;Capgemini;Ordina;Centric;BAM;Heijmans;Arcadis;Boskalis;"
    "Maersk;Kuehne + Nagel;DSV;Vos Logistics;Bakker Logistiek;Jumbo;Lidl;HEMA;Action;Booking.com;"
    "Adyen;Mollie;TU Delft;Universiteit Utrecht;Hogeschool Rotterdam;Politie Nederland;UWV;"
    "Belastingdienst;NS;ProRail;Schiphol;Port of Rotterdam;Tata Steel;DSM;AkzoNobel;VDL Groep"
).split(";")
POSITIONS = (
    "Teamleider Logistiek;Supply Chain Manager;Software Engineer;Accountmanager;Recruiter;"
    "Beleidsmedewerker;Verpleegkundige;Data Analyst;Projectleider;Planner;Warehouse Manager;"
    "Controller;Docent;Consultant;Marketing Manager;HR Business Partner;Operator;Advocaat"
).split(";")
CREDENTIALS = [" MBA", " MSc", ", PhD", " (CSM®)", " ✅", " (zij/haar)", " (he/him)", " RA", ""]
ACCENTS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")


STEMS = (
    "Groen Berg Veld Hof Brink Kamp Dijk Meer Bos Haven Wal Zand Steen Hout Molen Kerk Broek "
    "Water Linden Eik Beuk Wit Zwart Rood Klein Groot Lange Korte Nieu Oost West Zuid Noord "
    "Hoog Laag Vos Wolf Haan Valk Duif Kraai Zwaan Bakker Smit Visser Mol Beek Bron Heide "
    "Horst Loo Rade Wijk Burg Stad Dorp Gaal Kooi Tuin Akker Weide Gras Riet Rijs Hage"
).split()
ENDINGS = "man s stra ink ing sma huis kamp veld berg hof dijk er ema inga ers ens en ert"
ENDINGS = ENDINGS.split() + [""]
PARTICLES = ["", "", "", "", "van ", "van de ", "van der ", "de ", "ten ", "van 't ", "ter "]


_LAST_WEIGHTS = list(__import__("itertools").accumulate(1 / (i + 10) for i in range(len(LAST))))


def _surname(rng: random.Random) -> str:
    """Common surnames half of the time (Zipf-like), generated Dutch-looking ones otherwise."""
    if rng.random() < 0.5:
        return rng.choices(LAST, cum_weights=_LAST_WEIGHTS)[0]
    stem = rng.choice(STEMS)
    return rng.choice(PARTICLES) + stem + rng.choice(ENDINGS)


SMALL_COMPANIES: list[str] = []  # filled by generate(): the long tail of employers


def _company(rng: random.Random) -> str:
    """Large employers for 40% of people, a long tail of smaller ones for the rest.

    Real networks span thousands of employers; with only the big names, two strangers with
    the same name at the same company become far more common than they are.
    """
    if not SMALL_COMPANIES or rng.random() < 0.4:
        return rng.choice(COMPANIES)
    return rng.choice(SMALL_COMPANIES)


def _person(rng: random.Random, pid: int) -> dict:
    first, last = rng.choice(FIRST), _surname(rng)
    if rng.random() < 0.3:  # a middle name or double first name makes names more unique
        first = (
            f"{first} {rng.choice(FIRST)}" if rng.random() < 0.5 else f"{first}-{rng.choice(FIRST)}"
        )
    slug = f"{first}-{last}-{pid:x}".lower().replace(" ", "-").replace("'", "")
    return {
        "pid": pid,
        "first": first,
        "last": last,
        "url": f"https://www.linkedin.com/in/{slug}",
        "company": _company(rng),
        "position": rng.choice(POSITIONS),
    }


def _written(rng: random.Random, person: dict, *, perturb: bool, old_export: bool) -> tuple:
    """One export row for ``person`` as an employee's (possibly older) export writes it."""
    first, last, company = person["first"], person["last"], person["company"]
    url = person["url"]
    if perturb:
        roll = rng.random()
        if roll < 0.15:
            first, last = first.upper(), last.upper()
        elif roll < 0.30:
            last = last.title()  # "Van Der Berg"
        elif roll < 0.40:
            first = first.translate(ACCENTS) if rng.random() < 0.5 else first
        if rng.random() < 0.25:
            last += rng.choice(CREDENTIALS)
        if rng.random() < 0.15:
            url = url.replace("https://www.", "http://") + rng.choice(["/", "?trk=p", "#x"])
        if rng.random() < 0.10:
            company += rng.choice([" B.V.", " N.V.", " Nederland", ""])
        if rng.random() < 0.05 and company:
            first = first[0] + "."  # an initial: matches only with the company
    if old_export:
        url = ""
    return first, last, url, company, person["position"]


def generate(
    seed: int, *, candidate_size=30_000, employees=200, per_employee=1_000, small_companies=3_000
):
    """Candidate and org connections with true person ids (``pid``) alongside."""
    from screener.records import Connection

    rng = random.Random(seed)
    SMALL_COMPANIES.clear()
    if small_companies:
        suffixes = ["B.V.", "Logistiek", "Advies", "Techniek", "Groep", "Zorg", "& Partners", ""]
        SMALL_COMPANIES.extend(
            f"{rng.choice(STEMS)}{rng.choice(ENDINGS)} {rng.choice(suffixes)}".strip()
            for _ in range(small_companies)
        )
    pid = 0
    candidate_people = []
    for _ in range(candidate_size):
        pid += 1
        candidate_people.append(_person(rng, pid))
    start = date(2012, 1, 1)
    candidate = []
    for person in candidate_people:
        first, last, url, company, position = _written(rng, person, perturb=False, old_export=False)
        day = start + timedelta(days=rng.randrange(0, 5000))
        candidate.append(
            (
                Connection("linkedin", f"{first} {last}", url, None, company, position, day),
                person["pid"],
            )
        )
    shared_pool = candidate_people[: candidate_size // 4]
    org: dict[str, list] = {}
    truth: dict[str, list[int]] = {}
    for e in range(employees):
        old = rng.random() < 0.3  # 2018-2022 exports have no URL column
        rows = []
        for person in rng.sample(shared_pool, per_employee // 4):
            person = dict(person)
            if rng.random() < 0.05:
                person["company"] = _company(rng)  # changed jobs since
            rows.append((person, True))
        while len(rows) < per_employee:
            pid += 1
            stranger = _person(rng, pid)
            if rng.random() < 0.05:  # a namesake of one of the candidate's people
                twin = rng.choice(candidate_people)
                stranger["first"], stranger["last"] = twin["first"], twin["last"]
            rows.append((stranger, False))
        conns = []
        for person, shared in rows:
            first, last, url, company, position = _written(
                rng, person, perturb=shared, old_export=old
            )
            conns.append(
                Connection("linkedin", f"{first} {last}", url or None, None, company, position)
            )
        org[f"Employee {e:03d}"] = conns
        truth[f"Employee {e:03d}"] = [person["pid"] for person, _ in rows]
    return candidate, org, truth


def _score(candidate, org, truth, matches) -> dict:
    pid_of = {id(conn): pid for conn, pid in candidate}
    true_pairs = set()
    cand_pids = {pid for _, pid in candidate}
    for employee, pids in truth.items():
        true_pairs.update((pid, employee) for pid in pids if pid in cand_pids)
    found = {"sure": set(), "fuzzy": set()}
    correct = {"sure": 0, "fuzzy": 0}
    for match in matches:
        level = "fuzzy" if match.kind == "fuzzy" else "sure"
        pid = pid_of[id(match.candidate)]
        for employee, _org_conn in match.org:
            pair = (pid, employee)
            if pair in found[level]:
                continue
            found[level].add(pair)
            correct[level] += pair in true_pairs
    sure = len(found["sure"])
    return {
        "true_pairs": len(true_pairs),
        "exact_strong_pairs": sure,
        "exact_strong_precision": round(correct["sure"] / sure, 4) if sure else None,
        "exact_strong_recall": round(correct["sure"] / len(true_pairs), 4),
        "fuzzy_pairs": len(found["fuzzy"]),
        "fuzzy_precision": round(correct["fuzzy"] / len(found["fuzzy"]), 4)
        if found["fuzzy"]
        else None,
        "recall_with_fuzzy": round((correct["sure"] + correct["fuzzy"]) / len(true_pairs), 4),
    }


def one_run(seed: int, small_companies: int = 3_000) -> dict:
    """Generate, analyse (timed), score. Runs in its own process for a clean peak RSS."""
    import gc

    from screener.analysis.matching import match_connections
    from screener.analysis.network import analyse_network

    candidate, org, truth = generate(seed, small_companies=small_companies)
    conns = [conn for conn, _ in candidate]
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu_started = time.perf_counter(), time.process_time()
    result = analyse_network(conns, org, min_shared=5)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    matches = match_connections(conns, org)  # same call analyse_network makes, for scoring
    scores = _score(candidate, org, truth, matches)
    return {
        "seed": seed,
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "load_avg_1m": round(__import__("os").getloadavg()[0], 1),
        "peak_rss_mb": round(rss_peak, 1),
        "rss_before_mb": round(rss_before, 1),
        "analysis_rss_mb": round(rss_peak - rss_before, 1),
        "shared_count": len(result.shared),
        "fuzzy_only": len(result.fuzzy_only),
        **scores,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--small-companies",
        type=int,
        default=3_000,
        help="employers besides the 65 big names (0: stress test with only the big names)",
    )
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_run(args.one, args.small_companies)))
        return
    runs = []
    for seed in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(seed)]
            + ["--small-companies", str(args.small_companies)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout))
        print(json.dumps(runs[-1]))
    keys = [k for k in runs[0] if k != "seed" and isinstance(runs[0][k], (int, float))]
    medians = {k: statistics.median(r[k] for r in runs if r[k] is not None) for k in keys}
    print("median of", len(runs), "runs:", json.dumps(medians))


if __name__ == "__main__":
    main()
