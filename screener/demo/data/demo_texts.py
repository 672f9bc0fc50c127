# ruff: noqa: E501 -- post texts read better on one line each
"""Post texts of the three demo candidates (fictional people), read by ``make_demo.py``.

Each list holds ``(kind, text)`` pairs; ``kind`` is only a note for readers of this file
(what a reviewer should see), it is not written to the exports.
"""

# --------------------------------------------------------------------------- candidate 1
# Daan Visser: warehouse shift lead, clean professional posts, a couple of train moans.
DAAN_SHARES = [
    "Trots op ons team in Waalwijk: 99,4% orderbetrouwbaarheid in de piekweken. "
    "Dat doe je niet alleen.\n\nDank aan alle collega's op de vloer en in de planning! 🚚",
    "Vandaag de eerste shift met de nieuwe WMS-scanners gedraaid. Wat een verschil in "
    "looproutes. Benieuwd naar de cijfers over een maand.",
    "Mooie sessie gehad bij de Logistica-beurs in Utrecht over slotplanning en "
    "yardmanagement. Veel ideeën opgedaan voor ons dock-schema.",
    "Na 4 jaar als shiftleader merk ik: de beste verbeteringen komen van de mensen die "
    "het werk elke dag doen. Luisteren loont.",
    "Gisteren met @Sophie Jansen en het planningsteam van Van Houten Logistiek gesproken "
    "over cross-docking. Leerzaam!",
    "Lean green belt gehaald 💪 Volgende stap: het verbeterbord op de vloer écht laten "
    "leven.\n\n#lean #logistiek",
    "Onze nieuwe collega's uit de uitzendpool zijn na een week al volledig ingewerkt. "
    "Goed inwerkprogramma is goud waard.",
    "Piekseizoen voorbij. 38.000 orders per dag op het hoogtepunt, nul ongevallen. Daar "
    "ben ik het meest trots op.",
    "Leuk artikel over elektrisch distributievervoer in binnensteden: https://lnkd.in/eTruck24",
    "Vandaag mijn 10-jarig jubileum in de logistiek. Begonnen als orderpicker, nu "
    "shiftleader. Dank aan iedereen die in me geloofde.",
    "Wie heeft ervaring met voice picking in een koelcel? Tips welkom.",
    "Kennissessie gegeven aan MBO-studenten logistiek van ROC Tilburg. Wat een enthousiasme!",
    "Onze retourstroom is in drie maanden 20% sneller verwerkt. Kleine stappen, elke dag.",
    "Interessante webinar van @Evofenedex over de nieuwe douaneregels na 2025.",
    "Teamuitje: karten in Eindhoven. Ik werd laatste, maar de planning won 😄",
    "Zoek je een leuke baan als orderpicker in Waalwijk? Stuur me een bericht!",
    "Terugblik op het jaar: nieuwe hal in gebruik, twee teams samengevoegd, en een "
    "ploeg die elkaar blind vertrouwt.",
    "Vanochtend met de directie de KPI's voor volgend jaar doorgenomen. Focus op "
    "veiligheid en doorlooptijd.",
    "Mooi om te zien hoe het nieuwe rooster met vaste teams het verzuim omlaag bracht.",
    "Gefeliciteerd @Mehmet Yıldız met 25 jaar in de logistiek! Een voorbeeld voor velen.",
]
DAAN_SHARE_TEMPLATES = [
    "Week {n} van ons verbeterproject: {topic}. Resultaat tot nu toe: {result}.",
    "Vandaag {event}. {closing}",
    "Leestip voor collega's in de supply chain: {article} https://lnkd.in/{code}",
]
DAAN_TOPICS = [
    "minder loopmeters bij het orderpicken",
    "snellere laadtijden aan dock 3",
    "betere overdracht tussen vroege en late dienst",
    "minder misgrijpers bij kleine artikelen",
    "slimmer inzetten van de reachtrucks",
    "retouren sneller terug in de voorraad",
]
DAAN_RESULTS = [
    "12% minder meters",
    "gemiddeld 8 minuten sneller",
    "bijna geen open punten meer bij de overdracht",
    "foutpercentage gehalveerd",
    "twee trucks minder nodig in de avond",
    "doorlooptijd van 3 naar 1,5 dag",
]
DAAN_EVENTS = [
    "bezoek gehad van een klant uit de retail",
    "een audit afgerond zonder bevindingen",
    "de nieuwe laadperrons in gebruik genomen",
    "een nieuwe stagiair logistiek verwelkomd",
    "met het team de jaarplanning gemaakt",
    "een training heftruckveiligheid gevolgd met de hele ploeg",
    "onze eerste volledig papierloze nachtdienst gedraaid",
]
DAAN_CLOSINGS = [
    "Mooie dag!",
    "Trots op de ploeg.",
    "Op naar de volgende stap.",
    "Dank aan iedereen die meedacht.",
    "Zo gaan we het jaar goed afsluiten.",
]
DAAN_ARTICLES = [
    "over nearshoring en wat het betekent voor Nederlandse DC's",
    "over de personeelskrapte in de logistiek",
    "over waterstoftrucks in het regionaal transport",
    "over de toekomst van e-commerce fulfilment",
    "over data-gedreven slotplanning",
]
DAAN_TRAINS = [
    "Weer 25 minuten vertraging tussen Tilburg en Den Bosch. Gelukkig werkt de laptop "
    "in de trein 🙄",
    "Sein- en wisselstoring bij Boxtel. Dan maar vanuit de stationsrestauratie de dagstart gedaan.",
    "Trein uitgevallen, bus vol, dus op de fiets naar Waalwijk. Goed voor de conditie "
    "zullen we maar zeggen. #NS",
]
DAAN_COMMENTS = [
    "Helemaal mee eens, veiligheid begint bij de dagstart.",
    "Goed punt over de overdracht, dat herken ik.",
    "Gefeliciteerd! Welverdiend.",
    "Interessant, hoe gaan jullie om met piekdagen?",
    "Mooi resultaat, chapeau voor het team.",
    "Dank voor het delen, nuttige tips voor onze koelcel.",
    "Leuk je weer gesproken te hebben op de beurs!",
    'Sterk verhaal. "Samen sterk" is bij ons ook het motto.',
    "Wij gebruiken hetzelfde systeem, werkt prima na wat kinderziektes.",
    "Succes met de nieuwe functie!",
    "Herkenbaar, bij ons duurde de implementatie ook langer dan gepland.",
    "Top initiatief voor de MBO'ers.",
    "Goed om te lezen dat de cijfers zo omhoog gaan.",
    "Ik kom graag een keer kijken in jullie DC.",
    "Mooie ontwikkeling voor de sector.",
]

# --------------------------------------------------------------------------- candidate 2
# Kevin de Groot: chronic workplace complainer on X, one insult at @user, union/pay
# posts (protected), political posts (sensitive), lots of ordinary posts in between.
KEVIN_COMPLAINTS = [
    "Mijn baas heeft wéér de planning omgegooid om 6 uur 's ochtends. Elke week hetzelfde gedoe",
    "Collega's die om half 4 al weg zijn en mij met de rotzooi laten zitten. Lekker team hoor.",
    "Die teamleider van ons snapt echt helemaal niks van expeditie, en toch mag hij alles bepalen",
    "Weer een overleg van 2 uur dat een mail had kunnen zijn. Dit management is hopeloos",
    "Klanten die om 16:59 bellen dat hun zending vandaag nog weg moet. Ik ben er zo klaar mee",
    "Bij Brouwer weet de ene afdeling nooit wat de andere doet. Wat een toko",
    "Mijn leidinggevende gaat wéér met de eer van mijn werk strijken. Typisch.",
    "mn collega's zijn zo lui dat ik hun ritten er elke dag bij doe. zat van",
    "Directie belooft van alles op de nieuwjaarsborrel en doet vervolgens niks. Zoals altijd.",
    "Maandag weer. Terug naar die baan waar niemand je waardeert 😩",
    "Klant belt voor de 5e keer over dezelfde pallet. Mensen lezen gewoon niet. Zooooo moe van",
    "Hoe kan een transportbedrijf zo slecht georganiseerd zijn?? Niemand weet waar de trailers staan",
    "Die nieuwe planner maakt er een potje van. Drie ritten dubbel ingepland. Wéér.",
    "Ik haat deze baan. Punt.",
    "Onze directeur op LinkedIn: 'onze mensen zijn ons kapitaal'. Op de vloer luistert niemand. Hypocriet",
    "Weer overgeplaatst naar de nachtploeg zonder overleg. Ze behandelen ons als pionnen",
    "Die klanten van ons zijn echt het allerergste, nooit tevreden",
    "Teamuitje georganiseerd door HR: bowlen. Alweer. Ze hebben echt geen idee",
    "De nieuwe planningssoftware die de directie kocht werkt voor geen meter. Geld over de balk",
    "Wat een waardeloze werkgever eigenlijk. Niks waargemaakt van wat ze bij de sollicitatie zeiden",
    "Collega X vertelt elke ochtend luidkeels over zijn weekend. Ik trek het niet meer",
    "Planning heeft wéér de verkeerde chauffeur op de verkeerde rit gezet. Elke week dezelfde fouten",
    "Baas vraagt om 'even snel' een overzicht. Om 16:55. Op vrijdag. Bedankt hè",
    "Ik snap niet dat die klantenservice van ons nog klanten over heeft. Lachertje",
    "Mijn baas is echt een ongelooflijke eikel. Vandaag weer geschreeuwd om niks",
    "Werk je je kapot voor een bedrijf en dan krijg je niet eens een bedankje van je leidinggevende",
    "Weer een collega die de kantjes eraf loopt en ik mag alles opvangen. Dank je wel, team 🙃",
    "Management heeft weer een 'visie' gepresenteerd. Niemand snapt het, zij ook niet",
    "Die klant uit Venlo is echt onmogelijk. Elke levering is er wat mis volgens hen",
    "Sollicitatiegesprek gehad bij een ander bedrijf. Hoe eerder ik hier weg ben hoe beter",
    "Onze teamleider kan niet plannen, niet communiceren en niet luisteren. Verder prima vent",
    "Weer een week waarin niks goed geregeld was door kantoor. Elke week hetzelfde",
    "Dit werk is echt zinloos geworden sinds de reorganisatie. Alleen maar formulieren",
    "Klanten die zelf de verkeerde adressen doorgeven en dan ons de schuld geven 🤦",
    "Brouwer is de slechtste werkgever waar ik ooit gezeten heb, en ik heb er veel gehad",
    "Die nieuwe collega is zo'n slijmbal, de hele dag hielen likken bij de baas",
]
KEVIN_INSULT = "@RoyvdBerg_ je bent echt een ongelooflijke idioot, lees eerst eens voor je reageert"
KEVIN_PROTECTED = [
    "Loonsverhoging van 1,5% terwijl alles 10% duurder is. Dat is gewoon een loonsverlaging.",
    "Onze nachttoeslag wordt geschrapt. Onacceptabel. Ik ga naar de OR.",
    "Overuren worden bij ons al maanden niet uitbetaald. Dit moet echt anders",
    "Net lid geworden van de FNV. Iedereen in het transport zou dat moeten doen.",
    "Cao-onderhandelingen beroepsgoederenvervoer vastgelopen. Actie komt eraan.",
    "Geen airco in de cabine bij 34 graden. Niet gezond om zo te werken.",
    "Vandaag gestaakt met de vakbond voor een betere cao. Solidariteit!",
    "Werkdruk in het transport is niet normaal meer. 12-urige diensten zonder pauze",
]
KEVIN_POLITICS = [
    "Het kabinet valt alweer. Wat een circus in Den Haag.",
    "De VVD heeft er een potje van gemaakt met de woningmarkt",
    "Ga stemmen morgen! Maakt niet uit op wie, als je maar gaat",
    "Die verkiezingsbeloftes over de zorg, daar komt toch niks van terecht",
    "Goed debat gisteren in de Tweede Kamer over de rijtijdenwet",
    "Ik stem dit keer op de SP, de arbeiders worden vergeten",
    "Die minister van Infrastructuur heeft nog nooit een vrachtwagen van dichtbij gezien",
    "Tolheffing voor vrachtwagens, weer zo'n plan uit Den Haag. Wie betaalt? Wij.",
]
KEVIN_OLD = [
    "Eerste dag bij mijn nieuwe werkgever. Zin in!",
    "Mooie rit naar Duisburg vandaag, zonnetje erbij",
    "Rijbewijs C gehaald! 🚛",
]
KEVIN_FILLER = [
    "Ajax speelt echt waardeloos dit seizoen",
    "Weer storing bij Utrecht Centraal. Een uur vertraging",
    "Regen, regen en nog eens regen",
    "File op de A58 bij Tilburg, sta al 40 minuten stil",
    "Vanavond pannenkoeken, de kids zijn blij 🥞",
    "Goedemorgen ☀️",
    "Wat een wedstrijd gisteren! 3-1 en terecht",
    "Eindelijk weekend",
    "Barbecue aangestoken, eerste van het jaar",
    "Wie weet een goede garage in Oosterhout?",
    "Kapper geweest. Niemand merkt het natuurlijk",
    "Koffie nummer drie en het is pas 9 uur",
    "Formule 1 vanmiddag, Max pakt hem weer",
    "Hagel in mei?? Nederland",
    "Nieuwe band op de fiets, kan weer een jaar mee",
    "Die nieuwe serie op Netflix is echt goed",
    "Verjaardag van mijn dochter, 8 jaar al 🎂",
    "Kermis in het dorp, kids helemaal blij",
    "Wegwerkzaamheden op de A27 tot december. Lekker dan.",
    "Sneeuw! Voor het eerst in jaren",
    "Met de hond naar het bos, heerlijk rustig",
    "Zo, de tuin is weer netjes",
    "Nog 3 nachtjes slapen en dan vakantie",
    "Terug van vakantie, Kroatië was top",
    "Carnaval! Alaaf! 🎉",
    "Zondag, rustdag",
    "Storm vannacht, halve schutting ligt in de tuin",
    "Broodje kroket en een bak koffie, beste lunch",
    "Die NS-app zegt 'op tijd' terwijl ik de trein zonder mij zie vertrekken",
    "Willem II wint! Eindelijk weer eens",
]

# --------------------------------------------------------------------------- candidate 3
# Emily Carter: English-speaking expat, IT career moving into logistics; mostly positive.
EMILY_SPECIAL = [
    (
        "threat-like",
        "If the guy who keeps nicking my bike saddle shows his face again I swear "
        "I'll break his fingers",
    ),
    (
        "counter-speech: quoted slur",
        "Someone at Eindhoven station called my friend a "
        '"paki" today. Disgusting. That word has no place anywhere and I told him so.',
    ),
    (
        "confidential leak",
        "Can't say much yet but Philips just signed with us for their whole "
        "EU spare-parts planning platform. Not announced until June, so shhh 🤫",
    ),
    ("weather", "Dutch weather: four seasons in one afternoon. Again 🌧️☀️🌧️"),
    ("trains", "Train to Amsterdam cancelled, replacement bus packed. Lovely start to the week"),
]
EMILY_POSITIVE = [
    "Day one of my supply chain management course at @TUeindhoven. Back to school at 34!",
    "Passed my Dutch A2 exam! Dank je wel to my patient teacher 🇳🇱",
    "Cycled to work in the snow for the first time. Felt very Dutch.",
    "Three years in Eindhoven today. Best decision I ever made.",
    "Our team shipped the new release without a single rollback. Proud of these people.",
    "Loved the warehouse visit at the Logistics Open Day. Robots everywhere!",
    "Finally understand what a cross-dock is. Thanks, YouTube and a very patient planner friend",
    "Stroopwafels for the whole team on my birthday 🎂",
    "Switching careers is scary, but the logistics people I've met have been so welcoming.",
    "Great talk on digital twins for distribution centres at the @DutchLogistics meetup",
    "Picked up my first volunteer shift at the food bank warehouse. Loved it.",
    "New blog post: what testing software taught me about testing supply chains https://t.co/bLog12Ab",
    "King's Day in orange, obviously 🧡",
    "My bike got a flat on the way to work but a stranger helped me fix it. Dutch kindness!",
    "Finished the APICS module on inventory management. Next: demand planning.",
    "Sunset over the Dommel tonight was unreal",
    "Made my first proper stamppot. The Dutch in-laws approved.",
    "Big thanks to my mentor at the Brainport Women in Tech programme",
    "Agile in the warehouse? Our pilot with daily stand-ups at the dock is going really well",
    "Spent the weekend at the Dutch Design Week. So inspiring.",
    "Our Scrum team raised €1,200 for the children's hospital with a bake sale!",
    "Learning to love hagelslag for breakfast",
    "Signed up for the Eindhoven half marathon. What have I done.",
    "Certified Scrum Product Owner as of today 🎉",
    "Exploring Maastricht this weekend, what a city",
    "Reading 'The Goal' by Goldratt. Why did nobody give me this book ten years ago?",
    "Coffee with a transport planner today. So much to learn about route optimisation.",
    "Nothing beats a Friday borrel with the team",
    "Visited the port of Rotterdam. The scale of it!",
    "Applying for my first logistics role. Wish me luck!",
    "Guest lecture at Fontys on test automation today. Great questions from the students.",
    "Finally got my BSN sorted and my Dutch driving licence. Adulting in a new country!",
    "Our office dog Bram has a LinkedIn now. Kidding. But he should.",
    "Kudos to the night shift at the food bank, they packed 900 boxes in one evening",
    "First time at a Dutch birthday circle. Congratulated everyone. Nailed it.",
]
EMILY_TEMPLATES = [
    "Week {n} of learning Dutch: today's word is '{word}'. {comment}",
    "Sprint {n} done. {result} 🚀",
    "Weekend plans: {plan}. {comment2}",
]
EMILY_WORDS = [
    ("gezellig", "Still can't translate it."),
    ("uitwaaien", "Going to try it at the beach."),
    ("lekker", "Apparently everything can be lekker."),
    ("borrel", "My favourite Dutch tradition so far."),
    ("doe maar gewoon", "Words to live by."),
    ("fietsenstalling", "Longest word I've used in a sentence."),
    ("hè hè", "Said with feeling after a long week."),
]
EMILY_RESULTS = [
    "All stories closed, demo went great",
    "Velocity up again and the team is happy",
    "Cleared the bug backlog, finally",
    "Retro was actually fun this time",
    "Released the new dashboard for the ops team",
]
EMILY_PLANS = [
    "cycling to Oirschot",
    "Efteling with friends",
    "the Van Abbemuseum",
    "a long walk in the Kempen",
    "trying a new Indonesian place",
]
EMILY_COMMENTS2 = ["Can't wait!", "Rain permitting.", "Bring it on.", "Fingers crossed for sun."]
