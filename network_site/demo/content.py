"""The demo content, as data: French source texts beside their English translations.

Facts and figures come from the report of the network's meeting on local
authorities and twinning committees (``rencontre-collectivites-comites-de-jumelage.md``);
the wording is ours. Private persons (speakers) have invented names; public
bodies and towns keep their real names.

Conventions read by ``network_site.demo.loader``:

- a translatable text is a pair ``("texte français", "English text")``; a plain
  ``str`` is the same in both languages (proper names, addresses, figures);
- rich text is a list whose items are a text (one paragraph) or
  ``{"ul": [text, …]}`` (a bulleted list, one item per text). Paragraphs carry
  no inline markup, so that each one is a single wagtail-localize segment;
- a page or snippet links to a theme, an organisation or a person by its
  French name; an organisation's ``aliases`` are other spellings (those of the
  report) under which the meeting report importer may already have created it;
- a slug is a pair (French slug, English slug);
- datetimes are aware, in Europe/Paris.
"""

import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")

HOME = {
    "title": ("Accueil", "Home"),
    "slug": ("accueil", "home"),
    "intro": (
        "Horizons Solidaires rassemble les collectivités, les comités de jumelage et les associations de la "
        "région engagés dans la coopération internationale. Cet intranet réunit leurs témoignages, le cadre "
        "juridique de la coopération décentralisée et l'agenda des rencontres du réseau.",
        "Horizons Solidaires brings together the local authorities, twinning committees and associations of "
        "the region that work in international cooperation. This intranet gathers their testimonies, the "
        "legal framework of decentralised cooperation and the calendar of the network's meetings.",
    ),
}

# --------------------------------------------------------------------------- themes

THEMES = [
    {
        "name": ("Santé", "Health"),
        "description": (
            "Centres de santé, formation des soignants, prévention.",
            "Health centres, training of health workers, prevention.",
        ),
    },
    {
        "name": ("Éducation", "Education"),
        "description": (
            "Écoles et lycées, échanges entre élèves et enseignants, formation.",
            "Primary and secondary schools, exchanges between pupils and teachers, training.",
        ),
    },
    {
        "name": ("Eau et assainissement", "Water and sanitation"),
        "description": (
            "Accès à l'eau potable, puits, latrines, évacuation des eaux usées.",
            "Access to drinking water, wells, latrines, waste-water disposal.",
        ),
    },
    {
        "name": ("Culture", "Culture"),
        "description": (
            "Musique, arts, patrimoine et rencontres interculturelles.",
            "Music, arts, heritage and intercultural encounters.",
        ),
    },
    {
        "name": ("Appui institutionnel", "Institutional support"),
        "description": (
            "Renforcement des communes partenaires : état civil, finances locales, services municipaux.",
            "Strengthening partner municipalities: civil registration, local finances, municipal services.",
        ),
    },
    {
        "name": ("Jeunesse", "Youth"),
        "description": (
            "Mobilité des jeunes, chantiers, échanges et projets portés par les jeunes eux-mêmes.",
            "Youth mobility, work camps, exchanges and projects led by young people themselves.",
        ),
    },
    {
        "name": ("Développement rural", "Rural development"),
        "description": (
            "Agriculture, organisations paysannes, vie des villages.",
            "Farming, farmers' organisations, village life.",
        ),
    },
    {
        "name": ("Services urbains", "Urban services"),
        "description": (
            "Aménagement, voirie, collecte des déchets, services de la ville.",
            "Town planning, roads, waste collection, municipal services.",
        ),
    },
]

# --------------------------------------------------------------------------- organisations

LOCAL_AUTHORITY = "local_authority"
TWINNING_COMMITTEE = "twinning_committee"
ASSOCIATION = "association"
NETWORK = "network"
PARTNER_AUTHORITY = "partner_authority"

ORGANISATIONS = [
    # French local authorities
    {"name": ("Ville d'Alençon", "City of Alençon"), "kind": LOCAL_AUTHORITY, "country": "FR", "town": "Alençon"},
    {
        "name": ("Ville de Châtellerault", "City of Châtellerault"),
        "kind": LOCAL_AUTHORITY,
        "country": "FR",
        "town": "Châtellerault",
    },
    {"name": ("Ville d'Angers", "City of Angers"), "kind": LOCAL_AUTHORITY, "country": "FR", "town": "Angers"},
    {
        "name": ("Ville d'Hérouville-Saint-Clair", "Town of Hérouville-Saint-Clair"),
        "kind": LOCAL_AUTHORITY,
        "country": "FR",
        "town": "Hérouville-Saint-Clair",
        "aliases": ["Ville d'Hérouville St Clair"],
    },
    {"name": ("Ville de Chambéry", "City of Chambéry"), "kind": LOCAL_AUTHORITY, "country": "FR", "town": "Chambéry"},
    {"name": ("Ville de Nantes", "City of Nantes"), "kind": LOCAL_AUTHORITY, "country": "FR", "town": "Nantes"},
    {"name": ("Ville de Caen", "City of Caen"), "kind": LOCAL_AUTHORITY, "country": "FR", "town": "Caen"},
    {
        "name": ("Ville de Fleury-sur-Orne", "Town of Fleury-sur-Orne"),
        "kind": LOCAL_AUTHORITY,
        "country": "FR",
        "town": "Fleury-sur-Orne",
    },
    {
        "name": ("Ville de Colombelles", "Town of Colombelles"),
        "kind": LOCAL_AUTHORITY,
        "country": "FR",
        "town": "Colombelles",
    },
    {
        "name": ("Ville de La Ferté-Macé", "Town of La Ferté-Macé"),
        "kind": LOCAL_AUTHORITY,
        "country": "FR",
        "town": "La Ferté-Macé",
    },
    {"name": ("Ville d'Ifs", "Town of Ifs"), "kind": LOCAL_AUTHORITY, "country": "FR", "town": "Ifs"},
    {
        "name": ("Conseil général de la Manche", "Manche Departmental Council"),
        "kind": LOCAL_AUTHORITY,
        "country": "FR",
        "town": "Saint-Lô",
    },
    {
        "name": ("Conseil général du Calvados", "Calvados Departmental Council"),
        "kind": LOCAL_AUTHORITY,
        "country": "FR",
        "town": "Caen",
    },
    # Partner authorities abroad
    {"name": ("Ville de Koutiala", "Town of Koutiala"), "kind": PARTNER_AUTHORITY, "country": "ML", "town": "Koutiala"},
    {"name": ("Commune de Kaya", "Municipality of Kaya"), "kind": PARTNER_AUTHORITY, "country": "BF", "town": "Kaya"},
    {"name": ("District de Bamako", "Bamako District"), "kind": PARTNER_AUTHORITY, "country": "ML", "town": "Bamako"},
    {
        "name": ("Commune de Ouahigouya", "Municipality of Ouahigouya"),
        "kind": PARTNER_AUTHORITY,
        "country": "BF",
        "town": "Ouahigouya",
    },
    {"name": ("Ville de Tikhvine", "Town of Tikhvin"), "kind": PARTNER_AUTHORITY, "country": "RU", "town": "Tikhvine"},
    {"name": ("Commune d'Agnam", "Municipality of Agnam"), "kind": PARTNER_AUTHORITY, "country": "SN", "town": "Agnam"},
    {"name": ("Commune d'Afhir", "Municipality of Afhir"), "kind": PARTNER_AUTHORITY, "country": "MA", "town": "Afhir"},
    {
        "name": ("Ville de Basingstoke", "Borough of Basingstoke"),
        "kind": PARTNER_AUTHORITY,
        "country": "GB",
        "town": "Basingstoke",
    },
    {
        "name": ("Ville de Quakenbrück", "Town of Quakenbrück"),
        "kind": PARTNER_AUTHORITY,
        "country": "DE",
        "town": "Quakenbrück",
    },
    # Twinning committees, associations and networks
    {
        "name": ("Comité de jumelage Alençon-Koutiala", "Alençon–Koutiala Twinning Committee"),
        "kind": TWINNING_COMMITTEE,
        "country": "FR",
        "town": "Alençon",
        "aliases": ["Comité de jumelage d'Alençon-Koutiala", "Jumelage Alençon / Koutiala"],
    },
    {
        "name": "Association Châtellerault-Kaya Jumelage Coopération",
        "kind": TWINNING_COMMITTEE,
        "country": "FR",
        "town": "Châtellerault",
    },
    {
        "name": ("Comité de jumelage de Bretteville-sur-Odon", "Bretteville-sur-Odon Twinning Committee"),
        "kind": TWINNING_COMMITTEE,
        "country": "FR",
        "town": "Bretteville-sur-Odon",
    },
    {
        "name": ("Comité de jumelage de Fleury-sur-Orne", "Fleury-sur-Orne Twinning Committee"),
        "kind": TWINNING_COMMITTEE,
        "country": "FR",
        "town": "Fleury-sur-Orne",
    },
    {
        "name": ("Comité de jumelage Caen-Portsmouth", "Caen–Portsmouth Twinning Committee"),
        "kind": TWINNING_COMMITTEE,
        "country": "FR",
        "town": "Caen",
        "aliases": ["Comité de jumelage Caen-Porsmouth"],  # as misspelt in the report
    },
    {"name": "Amitié Solidarité Tikhvine", "kind": ASSOCIATION, "country": "FR", "town": "Hérouville-Saint-Clair"},
    {
        "name": ("Association des migrants des villages d'Agnam", "Association of Migrants from the Agnam Villages"),
        "kind": ASSOCIATION,
        "country": "FR",
        "town": "",
    },
    {
        "name": ("Association Chambéry-Ouahigouya", "Chambéry-Ouahigouya Association"),
        "kind": ASSOCIATION,
        "country": "FR",
        "town": "Chambéry",
    },
    {"name": "Caen Calvados Roumanie", "kind": ASSOCIATION, "country": "FR", "town": "Caen"},
    {"name": "Eau Vive Basse-Normandie", "kind": ASSOCIATION, "country": "FR", "town": ""},
    {"name": "CITIM", "kind": ASSOCIATION, "country": "FR", "town": "Caen"},
    {
        "name": (
            "Fédération départementale des comités de jumelage",
            "Departmental Federation of Twinning Committees",
        ),
        "kind": NETWORK,
        "country": "FR",
        "town": "",
    },
    {
        "name": "Cités Unies France",
        "kind": NETWORK,
        "country": "FR",
        "town": "Paris",
        "website": "https://cites-unies-france.org",
    },
    {"name": "Horizons Solidaires", "kind": NETWORK, "country": "FR", "town": "Caen"},
]

# --------------------------------------------------------------------------- partnerships

ACTIVE = "active"

# The partnerships the testimonies describe, with the year each testimony gives for it (those it gives no
# year for, such as Alençon's European twinnings or Hérouville-Saint-Clair and Afhir, are left out).
# "testimony" is the slug of the testimony that links to it.
PARTNERSHIPS = [
    {
        "name": ("Châtellerault – Kaya", "Châtellerault – Kaya"),
        "french_actor": "Ville de Châtellerault",
        "partners": ["Commune de Kaya"],
        "since": 1976,
        "status": ACTIVE,
        "organised": (
            "Association de jumelage, puis convention de la ville depuis 2006",
            "Twinning association, and the city's own agreement since 2006",
        ),
        "themes": ["Appui institutionnel", "Services urbains", "Éducation", "Jeunesse"],
        "testimony": "chatellerault-kaya",
    },
    {
        "name": ("Angers – Bamako", "Angers – Bamako"),
        "french_actor": "Ville d'Angers",
        "partners": ["District de Bamako"],
        "since": 1974,
        "status": ACTIVE,
        "organised": (
            "Service de la ville, une part fixe de son budget d'investissement",
            "City service, with a fixed share of its investment budget",
        ),
        "themes": ["Santé", "Éducation", "Eau et assainissement", "Culture"],
        "testimony": "angers-bamako",
    },
    {
        "name": ("Alençon – Koutiala", "Alençon – Koutiala"),
        "french_actor": "Ville d'Alençon",
        "partners": ["Ville de Koutiala"],
        "since": 1970,
        "status": ACTIVE,
        "organised": (
            "La ville et le comité de jumelage, selon une convention qui partage les domaines",
            "The city and the twinning committee, under an agreement dividing the fields between them",
        ),
        "themes": ["Santé", "Éducation", "Eau et assainissement", "Culture"],
        "testimony": "alencon-koutiala",
    },
    {
        "name": ("Hérouville-Saint-Clair – Agnam", "Hérouville-Saint-Clair – Agnam"),
        "french_actor": "Ville d'Hérouville-Saint-Clair",
        "partners": ["Commune d'Agnam"],
        "since": 1986,
        "status": ACTIVE,
        "organised": (
            "La ville avec l'association des migrants des villages d'Agnam",
            "The town with the association of migrants from the Agnam villages",
        ),
        "themes": ["Éducation"],
        "testimony": "herouville-saint-clair",
    },
    {
        "name": ("Hérouville-Saint-Clair – Tikhvine", "Hérouville-Saint-Clair – Tikhvin"),
        "french_actor": "Ville d'Hérouville-Saint-Clair",
        "partners": ["Ville de Tikhvine"],
        "since": 1987,
        "status": ACTIVE,
        "organised": (
            "La ville avec l'association Amitié Solidarité Tikhvine",
            "The town with the Amitié Solidarité Tikhvine association",
        ),
        "themes": ["Éducation", "Santé"],
        "testimony": "herouville-saint-clair",
    },
    {
        "name": ("Chambéry – Ouahigouya", "Chambéry – Ouahigouya"),
        "french_actor": "Ville de Chambéry",
        "partners": ["Commune de Ouahigouya"],
        "since": 1991,
        "status": ACTIVE,
        "organised": (
            "Une association créée pour le partenariat, où siègent des élus de la ville",
            "An association set up for the partnership, with city councillors on its board",
        ),
        "themes": ["Appui institutionnel", "Services urbains", "Santé", "Éducation"],
        "testimony": "chambery-ouahigouya",
    },
]

# --------------------------------------------------------------------------- people (invented names)

PEOPLE = [
    {
        "name": "Claire Vasseur",
        "role": ("Chargée de mission", "Programme officer"),
        "organisation": "Cités Unies France",
    },
    {
        "name": "Michel Brunet",
        "role": ("Responsable des relations internationales", "Head of international relations"),
        "organisation": "Ville de Châtellerault",
    },
    {
        "name": "Hélène Marchand",
        "role": ("Chargée du partenariat Angers-Bamako", "Angers–Bamako partnership officer"),
        "organisation": "Ville d'Angers",
    },
    {
        "name": "Paul Leroux",
        "role": ("Chargé de mission coopération décentralisée", "Decentralised cooperation officer"),
        "organisation": "Ville d'Hérouville-Saint-Clair",
    },
    {
        "name": "Gérard Lemoine",
        "role": ("Membre du bureau", "Board member"),
        "organisation": "Comité de jumelage Alençon-Koutiala",
    },
    {
        "name": "Nadia Benali",
        "role": ("Coordinatrice du réseau", "Network coordinator"),
        "organisation": "Horizons Solidaires",
    },
]

# --------------------------------------------------------------------------- sections under the home page

TESTIMONY_INDEX = {
    "title": ("Témoignages", "Testimonies"),
    "slug": ("temoignages", "testimonies"),
    "intro": (
        "Comment des collectivités françaises organisent leurs partenariats avec des villes d'Afrique, "
        "d'Europe et d'ailleurs : qui fait quoi, avec quels moyens, et ce qu'elles en ont appris.",
        "How French local authorities organise their partnerships with towns in Africa, Europe and "
        "elsewhere: who does what, with which means, and what they have learnt.",
    ),
}

LEGAL_INDEX = {
    "title": ("Cadre juridique", "Legal framework"),
    "slug": ("cadre-juridique", "legal-framework"),
    "intro": (
        "Les lois qui ont reconnu, puis élargi, l'action internationale des collectivités territoriales, "
        "de 1992 à aujourd'hui.",
        "The laws that recognised, then widened, the international action of French local authorities, "
        "from 1992 to the present day.",
    ),
}

EVENT_INDEX = {
    "title": ("Agenda", "Events"),
    "slug": ("agenda", "events"),
    "intro": (
        "Les rencontres du réseau : des journées d'échange entre collectivités, comités de jumelage et associations.",
        "The network's meetings: days of exchange between local authorities, twinning committees and associations.",
    ),
}

# The importer of meeting reports files its pages under this section (French slug "comptes-rendus").
REPORT_INDEX = {
    "title": ("Comptes rendus", "Meeting reports"),
    "slug": ("comptes-rendus", "meeting-reports"),
    "intro": (
        "Les comptes rendus des rencontres du réseau, du plus récent au plus ancien.",
        "Reports of the network's meetings, newest first.",
    ),
}

DIRECTORY_INDEX = {
    "title": ("Annuaire", "Directory"),
    "slug": ("annuaire", "directory"),
    "intro": (
        "Qui coopère avec qui : les collectivités, comités de jumelage et associations du réseau et leurs "
        "partenaires à l'étranger.",
        "Who works with whom: the network's local authorities, twinning committees and associations, and "
        "their partners abroad.",
    ),
}

# The glossary page lists the GLOSSARY terms (snippets) below.
GLOSSARY_PAGE = {
    "title": ("Glossaire", "Glossary"),
    "slug": ("glossaire", "glossary"),
    "intro": (
        "Les mots de la coopération décentralisée, et leur traduction convenue dans le réseau.",
        "The words of decentralised cooperation, and the translation the network has agreed for each.",
    ),
}

ABOUT_PAGE = {
    "title": ("Le réseau", "About the network"),
    "slug": ("le-reseau", "about-the-network"),
    "intro": (
        "Un réseau régional d'acteurs de la coopération et de la solidarité internationales.",
        "A regional network of people and organisations working in international cooperation and solidarity.",
    ),
    "body": [
        ("heading", ("Qui sommes-nous ?", "Who we are")),
        (
            "paragraph",
            [
                (
                    "Horizons Solidaires relie des acteurs très différents : communes, départements, comités de "
                    "jumelage, associations de solidarité, établissements scolaires. Tous mènent des actions avec "
                    "des partenaires à l'étranger, du Mali au Burkina Faso, du Sénégal à la Russie, de l'Allemagne "
                    "à l'Angleterre.",
                    "Horizons Solidaires links very different actors: towns, departments, twinning committees, "
                    "solidarity associations and schools. All of them run projects with partners abroad, from "
                    "Mali to Burkina Faso, from Senegal to Russia, from Germany to England.",
                ),
                (
                    "Le réseau organise des journées d'échange, diffuse l'information sur le cadre juridique et "
                    "les financements, et aide ses membres à mieux travailler ensemble sur leur territoire.",
                    "The network holds exchange days, shares information on the legal framework and on funding, "
                    "and helps its members work better together in their own area.",
                ),
            ],
        ),
        ("heading", ("Ce que vous trouverez ici", "What you will find here")),
        (
            "paragraph",
            [
                {
                    "ul": [
                        (
                            "Des témoignages de collectivités et d'associations sur l'organisation de leurs "
                            "partenariats.",
                            "Testimonies from local authorities and associations on how they organise their "
                            "partnerships.",
                        ),
                        (
                            "Les principaux textes de loi sur la coopération décentralisée.",
                            "The main laws on decentralised cooperation.",
                        ),
                        (
                            "L'agenda et les comptes rendus des rencontres du réseau.",
                            "The calendar and the reports of the network's meetings.",
                        ),
                    ]
                }
            ],
        ),
    ],
}

# --------------------------------------------------------------------------- testimonies

IN_HOUSE = "in_house"
BY_COMMITTEE = "twinning_committee"
DEDICATED_ASSOCIATION = "dedicated_association"
CIVIL_SOCIETY = "civil_society"

SUPERVISION = "supervision"
SEPARATION = "separation"
PROGRAMME = "programme"

TESTIMONIES = [
    {
        "slug": ("chatellerault-kaya", "chatellerault-kaya"),
        "title": (
            "Châtellerault et Kaya : quand les associations poussent la ville à s'engager",
            "Châtellerault and Kaya: when associations urge the city to step in",
        ),
        "intro": (
            "Pendant trente ans, le jumelage entre Châtellerault et Kaya, au Burkina Faso, a reposé sur une "
            "association. En 2006, à sa demande, la ville signe sa propre convention de coopération et partage "
            "désormais le travail avec la société civile.",
            "For thirty years the twinning between Châtellerault and Kaya, in Burkina Faso, rested on an "
            "association. In 2006, at the association's request, the city signed its own cooperation agreement "
            "and now shares the work with civil society.",
        ),
        "french_authority": "Ville de Châtellerault",
        "partners": ["Commune de Kaya"],
        "countries": ["BF"],
        "start_year": 1976,
        "organisation_mode": BY_COMMITTEE,
        "relationship_model": PROGRAMME,
        "themes": ["Appui institutionnel", "Services urbains", "Développement rural", "Éducation", "Jeunesse"],
        "responsibilities": {
            "caption": (
                "Qui fait quoi dans la coopération Châtellerault-Kaya",
                "Who does what in the Châtellerault–Kaya partnership",
            ),
            "rows": [
                (
                    ("La ville de Châtellerault", "The City of Châtellerault"),
                    [
                        (
                            "Renforcement des capacités de la commune de Kaya",
                            "Capacity building for the municipality of Kaya",
                        ),
                        ("Appui institutionnel", "Institutional support"),
                        ("Services urbains", "Urban services"),
                    ],
                ),
                (
                    ("Les associations et la société civile", "Associations and civil society"),
                    [
                        (
                            "Renforcement des organisations de la société civile",
                            "Strengthening civil-society organisations",
                        ),
                        ("Monde rural et agriculture", "Rural life and farming"),
                        (
                            "Éducation au développement et participation des citoyens",
                            "Development education and citizen participation",
                        ),
                    ],
                ),
            ],
        },
        "key_figures": [
            ("1976", ("création du comité de jumelage avec Kaya", "twinning committee with Kaya founded")),
            ("2006", ("convention de coopération signée par la ville", "cooperation agreement signed by the city")),
            (
                "28",
                (
                    "années d'expérience associative sur lesquelles s'appuie la convention",
                    "years of associative experience the agreement builds on",
                ),
            ),
            ("7", ("jumelages animés par des associations", "twinnings run by associations")),
            (("35 000", "35,000"), ("habitants à Châtellerault", "inhabitants in Châtellerault")),
        ],
        "body": [
            ("heading", ("Une demande venue des associations", "A request from the associations")),
            (
                "paragraph",
                [
                    (
                        "De 1976 à 2006, l'association Châtellerault-Kaya Jumelage Coopération a été le seul "
                        "opérateur du jumelage. Avec la décentralisation au Burkina Faso, Kaya, commune du "
                        "Centre-Nord, s'est dotée à partir de 1995 d'élus et de services municipaux, avec des "
                        "besoins qu'une association ne pouvait pas couvrir seule.",
                        "From 1976 to 2006, the Châtellerault-Kaya Jumelage Coopération association was the "
                        "twinning's only operator. With decentralisation in Burkina Faso, Kaya, a municipality of "
                        "the Centre-Nord region, gained elected officials and municipal services from 1995 "
                        "onwards, with needs an association could not meet on its own.",
                    ),
                    (
                        "Son président a donc plaidé pendant plusieurs années pour que les élus s'impliquent "
                        "directement : soutenir une jeune institution communale est l'affaire d'une collectivité, "
                        "mieux placée pour partager l'expérience de la démocratie locale et de la gestion d'un "
                        "territoire.",
                        "Its chairman therefore argued for several years that the elected officials should get "
                        "directly involved: supporting a young municipal institution is a job for a local "
                        "authority, which is better placed to share the experience of local democracy and of "
                        "running a territory.",
                    ),
                    (
                        "La ville s'est aussi engagée pour porter des projets que les associations ne pouvaient "
                        "pas mener seules, comme un Programme européen Jeunesse en action (PEJA).",
                        "The city also stepped in to lead projects that associations could not carry alone, such "
                        "as a European Youth in Action programme (PEJA).",
                    ),
                ],
            ),
            ("heading", ("Un nouveau cadre de dialogue", "A new framework for dialogue")),
            (
                "paragraph",
                [
                    (
                        "Maître d'ouvrage, la ville fixe le cadre de la coopération tout en respectant "
                        "l'autonomie des associations. Le programme est construit avec elles, en répartissant les "
                        "actions selon les compétences de chacun. La ville attend aussi d'elles qu'elles "
                        "l'aiguillonnent et lui soufflent des idées pour sa politique de coopération.",
                        "As project owner, the city sets the framework of the cooperation while respecting the "
                        "associations' independence. The programme is built with them, sharing out the actions "
                        "according to each party's skills. The city also expects them to spur it on and to feed "
                        "ideas into its cooperation policy.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "Nous avons frappé à la porte de la mairie pendant des années : la commune de Kaya avait "
                        "besoin d'une collectivité à ses côtés, pas seulement d'une association.",
                        "We knocked on the town hall's door for years: the municipality of Kaya needed a local "
                        "authority at its side, not just an association.",
                    ),
                    "speaker": (
                        "Un responsable de l'association Châtellerault-Kaya",
                        "A member of the Châtellerault-Kaya association",
                    ),
                    "side": "associations",
                },
            ),
        ],
        "lessons": [
            {
                "ul": [
                    (
                        "Une communication suivie et une concertation régulière entre la ville et l'association "
                        "sont les conditions de la réussite.",
                        "Ongoing communication and regular consultation between the city and the association are "
                        "what make it work.",
                    ),
                    (
                        "Répartir les actions selon les compétences de chacun évite les doublons : à la ville "
                        "l'appui institutionnel, aux associations le lien avec la société civile.",
                        "Sharing out the actions according to each party's skills avoids overlaps: institutional "
                        "support for the city, links with civil society for the associations.",
                    ),
                    (
                        "Les associations restent un laboratoire d'idées dont la ville s'inspire.",
                        "The associations remain a think tank the city draws on.",
                    ),
                ]
            }
        ],
        "risks": [
            {
                "ul": [
                    (
                        "Confier une partie des actions aux associations peut ressembler à une délégation "
                        "partielle de service public qui échapperait aux règles du droit public (risque "
                        "juridique) ; certains militants peuvent aussi y voir une récupération.",
                        "Handing part of the actions to associations may look like a partial delegation of "
                        "public service outside the rules of public law (a legal risk); some activists may also "
                        "see it as a takeover.",
                    ),
                    (
                        "Un partage trop strict entre la ville et le comité de jumelage nuirait à la cohérence "
                        "des actions : un pilotage commun doit être organisé.",
                        "Too strict a split between the city and the twinning committee would harm the coherence "
                        "of the actions: joint steering has to be organised.",
                    ),
                    (
                        "Au Burkina Faso, les financements publics passent par le Trésor : le circuit est long et "
                        "doit être sécurisé, alors qu'un virement bancaire d'association à association est simple "
                        "et rapide.",
                        "In Burkina Faso, public funding goes through the Treasury: the process is slow and must "
                        "be made secure, whereas a bank transfer from one association to another is simple and "
                        "fast.",
                    ),
                ]
            }
        ],
    },
    {
        "slug": ("angers-bamako", "angers-bamako"),
        "title": (
            "Angers et Bamako : une coopération ouverte à tout un territoire",
            "Angers and Bamako: a partnership open to a whole territory",
        ),
        "intro": (
            "Jumelée avec Bamako depuis 1974, Angers réserve chaque année une part fixe de son budget "
            "d'investissement au développement et met ses outils à la disposition des habitants, associations "
            "et écoles qui veulent agir avec des partenaires maliens.",
            "Twinned with Bamako since 1974, Angers sets aside a fixed share of its investment budget for "
            "development every year and makes its tools available to the residents, associations and schools "
            "that want to work with Malian partners.",
        ),
        "french_authority": "Ville d'Angers",
        "partners": ["District de Bamako"],
        "countries": ["ML"],
        "start_year": 1974,
        "organisation_mode": IN_HOUSE,
        "relationship_model": SEPARATION,
        "themes": ["Santé", "Éducation", "Eau et assainissement", "Culture"],
        "responsibilities": {
            "caption": ("Les rôles dans le partenariat Angers-Bamako", "Roles in the Angers–Bamako partnership"),
            "rows": [
                (
                    ("La ville d'Angers", "The City of Angers"),
                    [
                        (
                            "Financement : 0,5 % du budget d'investissement",
                            "Funding: 0.5% of the investment budget",
                        ),
                        (
                            "Maison du partenariat Angers-Bamako : accueil, conseil et appui aux porteurs de projets",
                            "Angers–Bamako Partnership House: hosting, advice and support for project leaders",
                        ),
                        (
                            "Relations institutionnelles avec le District de Bamako, par la cellule projet",
                            "Institutional relations with Bamako District, through the project unit",
                        ),
                    ],
                ),
                (
                    ("L'agglomération", "The urban community"),
                    [
                        (
                            "0,3 % de son budget, surtout pour l'eau et l'assainissement à Bamako",
                            "0.3% of its budget, mostly for water and sanitation in Bamako",
                        ),
                    ],
                ),
                (
                    (
                        "Associations, écoles et autres partenaires angevins",
                        "Associations, schools and other partners in Angers",
                    ),
                    [
                        (
                            "Échanges directs avec leurs homologues maliens",
                            "Direct exchanges with their Malian counterparts",
                        ),
                        (
                            "Projets montés à la demande écrite des partenaires",
                            "Projects set up at the partners' written request",
                        ),
                    ],
                ),
            ],
        },
        "key_figures": [
            (
                ("0,5 %", "0.5%"),
                (
                    "du budget annuel d'investissement de la ville, depuis un vote de 1985",
                    "of the city's annual investment budget, since a 1985 vote",
                ),
            ),
            (
                ("220 000 €", "€220,000"),
                ("consacrés au développement cette année", "set aside for development this year"),
            ),
            (
                ("0,3 %", "0.3%"),
                (
                    "du budget de l'agglomération, surtout pour l'eau et l'assainissement",
                    "of the urban community's budget, mostly for water and sanitation",
                ),
            ),
            ("108", ("acteurs angevins liés à des partenaires maliens", "actors in Angers linked to Malian partners")),
            ("80", ("associations", "associations")),
            (
                "15",
                ("établissements scolaires et d'enseignement supérieur", "schools, colleges and universities"),
            ),
            ("13", ("autres partenaires, institutionnels", "other partners, all institutional")),
        ],
        "body": [
            ("heading", ("Un engagement budgétaire stable", "A steady budget commitment")),
            (
                "paragraph",
                [
                    (
                        "La charte de jumelage entre Angers et la capitale malienne date de 1974, après de premiers "
                        "contacts noués au début des années 1970. En 1985, le conseil municipal décide à "
                        "l'unanimité de réserver 0,5 % de son budget annuel d'investissement à des actions de "
                        "développement, soit 220 000 € cette année. L'agglomération y ajoute 0,3 % de son budget, "
                        "mis à disposition de Bamako par des conventions, principalement pour l'eau et "
                        "l'assainissement.",
                        "The twinning charter between Angers and the Malian capital dates from 1974, after first "
                        "contacts in the early 1970s. In 1985 the city council voted unanimously to set aside 0.5% "
                        "of its annual investment budget for development work, which comes to €220,000 this year. "
                        "The urban community adds 0.3% of its own budget, made available to Bamako through "
                        "agreements, mainly for water and sanitation.",
                    ),
                ],
            ),
            ("heading", ("Des outils pour la société civile", "Tools for civil society")),
            (
                "paragraph",
                [
                    (
                        "Dès le départ, la ville a voulu mettre en relation les acteurs des deux territoires. La "
                        "Maison du partenariat Angers-Bamako héberge et conseille les Angevins engagés dans la "
                        "coopération. Depuis 2006, une cellule projet, formée d'un agent de la mairie du District "
                        "de Bamako et d'un volontaire de solidarité internationale, suit les relations entre les "
                        "deux collectivités.",
                        "From the start, the city wanted to connect the actors of both territories. The "
                        "Angers–Bamako Partnership House hosts and advises the people of Angers who take part in "
                        "the cooperation. Since 2006, a project unit, made up of a member of staff of Bamako "
                        "District and an international solidarity volunteer, has looked after relations between "
                        "the two authorities.",
                    ),
                    {
                        "ul": [
                            (
                                "Une commission Bamako, au sein de l'Office de coopération internationale d'Angers, "
                                "réunit chaque année tous les acteurs.",
                                "A Bamako committee within the Angers International Cooperation Office brings all "
                                "the actors together every year.",
                            ),
                            (
                                "Tous les trois ans, des assises de la coopération se tiennent par visioconférence "
                                "entre les deux villes.",
                                "Every three years, a cooperation conference is held by videoconference between "
                                "the two cities.",
                            ),
                            (
                                "Un conteneur de matériel part chaque année, encadré par une charte qui écarte "
                                "l'assistanat.",
                                "A container of equipment leaves every year, under a charter that rules out mere "
                                "handouts.",
                            ),
                        ]
                    },
                ],
            ),
            ("heading", ("De quartier à quartier : Hamdallaye", "Neighbourhood to neighbourhood: Hamdallaye")),
            (
                "paragraph",
                [
                    (
                        "En 2004, des responsables associatifs de deux quartiers angevins, où vivent de nombreux "
                        "habitants d'origine étrangère, ont pris contact avec le quartier de Hamdallaye à Bamako. "
                        "En 2005, une délégation de quinze personnes en est revenue avec un protocole d'entente et "
                        "des demandes en santé et en éducation. Poubelles, puisards, toilettes pour une école et "
                        "formation de femmes ont suivi, toujours sur demande écrite du quartier.",
                        "In 2004, association leaders from two neighbourhoods of Angers with many residents of "
                        "foreign origin got in touch with the Hamdallaye neighbourhood in Bamako. In 2005, a "
                        "delegation of fifteen people came back with a memorandum of understanding and requests in "
                        "health and education. Bins, soakaways, toilets for a school and training for women "
                        "followed, always at the neighbourhood's written request.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "Le jumelage n'appartient pas à la mairie : notre rôle est d'ouvrir des portes aux "
                        "habitants et aux associations, puis de les accompagner.",
                        "The twinning does not belong to the town hall: our job is to open doors for residents and "
                        "associations, and then to support them.",
                    ),
                    "speaker": ("Hélène Marchand, Ville d'Angers", "Hélène Marchand, City of Angers"),
                    "side": "authorities",
                },
            ),
        ],
        "lessons": [
            {
                "ul": [
                    (
                        "Un budget voté une fois pour toutes, en pourcentage, donne de la visibilité à tous les "
                        "acteurs.",
                        "A budget voted once and for all, as a percentage, lets every actor plan ahead.",
                    ),
                    (
                        "Des lieux et des rendez-vous réguliers (Maison du partenariat, commission annuelle, "
                        "assises) entretiennent le lien entre les deux territoires.",
                        "Regular places and meetings (the Partnership House, the annual committee, the conference) "
                        "keep the two territories connected.",
                    ),
                    (
                        "N'agir que sur demande écrite des partenaires maliens évite de plaquer des projets conçus "
                        "ici.",
                        "Acting only on written requests from Malian partners avoids imposing projects designed here.",
                    ),
                ]
            }
        ],
        "risks": [
            {
                "ul": [
                    (
                        "En 2009, des mini-égouts ont été construits à Hamdallaye par la ville de Lyon sans "
                        "concertation avec Angers ni avec l'association : sans suivi sur place, les projets se "
                        "chevauchent.",
                        "In 2009, small sewers were built in Hamdallaye by the city of Lyon without consulting "
                        "Angers or the association: without follow-up on the ground, projects overlap.",
                    ),
                    (
                        "Sans lien étroit entre l'association et la collectivité, il est difficile de recadrer un "
                        "projet qui dérive.",
                        "Without a close link between the association and the local authority, it is hard to get "
                        "a drifting project back on track.",
                    ),
                ]
            }
        ],
    },
    {
        "slug": ("alencon-koutiala", "alencon-koutiala"),
        "title": (
            "Alençon et Koutiala : le plus ancien jumelage franco-malien",
            "Alençon and Koutiala: the oldest French–Malian twinning",
        ),
        "intro": (
            "Depuis 1970, Alençon et Koutiala, dans le sud du Mali, sont liées par un jumelage que portent "
            "ensemble la ville et un comité. Une convention partage les domaines d'action, et de nombreux acteurs "
            "alençonnais s'y sont associés.",
            "Since 1970, Alençon and Koutiala, in southern Mali, have been linked by a twinning run jointly by "
            "the city and a committee. An agreement divides the fields of action between them, and many local "
            "actors in Alençon have joined in.",
        ),
        "french_authority": "Ville d'Alençon",
        "partners": ["Ville de Koutiala", "Ville de Basingstoke", "Ville de Quakenbrück"],
        "countries": ["ML", "GB", "DE"],
        "start_year": 1970,
        "organisation_mode": BY_COMMITTEE,
        "relationship_model": PROGRAMME,
        "themes": [
            "Santé",
            "Éducation",
            "Culture",
            "Eau et assainissement",
            "Appui institutionnel",
            "Services urbains",
            "Jeunesse",
        ],
        "responsibilities": {
            "caption": (
                "La convention de partenariat entre la ville et le comité",
                "The partnership agreement between the city and the committee",
            ),
            "rows": [
                (
                    ("La ville d'Alençon", "The City of Alençon"),
                    [
                        ("Aménagement de la ville de Koutiala", "Town planning in Koutiala"),
                        ("Appui institutionnel", "Institutional support"),
                    ],
                ),
                (
                    ("Le comité de jumelage Alençon-Koutiala", "The Alençon–Koutiala Twinning Committee"),
                    [("Éducation", "Education"), ("Culture", "Culture"), ("Santé", "Health")],
                ),
            ],
        },
        "key_figures": [
            ("1970", ("début du jumelage avec Koutiala", "start of the twinning with Koutiala")),
            (
                "3",
                (
                    "villes jumelées : Koutiala, Basingstoke et Quakenbrück",
                    "twin towns: Koutiala, Basingstoke and Quakenbrück",
                ),
            ),
            (
                "4",
                (
                    "pays réunis par le projet musical des jeunes",
                    "countries brought together by the young people's music project",
                ),
            ),
        ],
        "body": [
            ("heading", ("Des échanges humains aux projets partagés", "From personal exchanges to shared projects")),
            (
                "paragraph",
                [
                    (
                        "Le jumelage a commencé par des rencontres entre habitants. Koutiala a vite formulé des "
                        "demandes précises, surtout pour l'enseignement et la santé : les deux lycées se sont "
                        "associés et des soignants ont travaillé avec l'Institut de soins infirmiers. Au fil des "
                        "décennies, la santé, l'éducation, l'hydraulique, la culture, les équipements commerciaux "
                        "et les routes ont été concernés, toujours à la demande de Koutiala.",
                        "The twinning began with meetings between residents. Koutiala soon made specific requests, "
                        "above all for schooling and health: the two secondary schools teamed up and health "
                        "workers worked with the nursing school. Over the decades, health, education, water "
                        "supply, culture, markets and roads have all been covered, always at Koutiala's request.",
                    ),
                    (
                        "Une convention répartit les domaines entre la ville et le comité, mais aucun projet "
                        "n'avance sans que l'autre partie soit informée et consultée.",
                        "An agreement divides the fields between the city and the committee, but no project goes "
                        "ahead without the other party being informed and consulted.",
                    ),
                ],
            ),
            ("heading", ("Un projet musical entre quatre villes", "A music project across four towns")),
            (
                "paragraph",
                [
                    (
                        "Des jeunes d'Alençon, de Basingstoke, de Quakenbrück et de Koutiala ont découvert et créé "
                        "de la musique ensemble, accueillis tour à tour par chacune des quatre villes. Le projet a "
                        "laissé des traces durables : les écoles de musique d'Alençon enseignent désormais de "
                        "nouveaux instruments.",
                        "Young people from Alençon, Basingstoke, Quakenbrück and Koutiala discovered and made music "
                        "together, hosted in turn by each of the four towns. The project has had a lasting effect: "
                        "Alençon's music schools now teach new instruments.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "Parce que les habitants se sont approprié le jumelage, il a survécu à tous les "
                        "changements de municipalité.",
                        "Because residents made the twinning their own, it has outlived every change of council.",
                    ),
                    "speaker": (
                        "Gérard Lemoine, comité de jumelage Alençon-Koutiala",
                        "Gérard Lemoine, Alençon–Koutiala Twinning Committee",
                    ),
                    "side": "associations",
                },
            ),
        ],
        "lessons": [
            {
                "ul": [
                    (
                        "L'implication forte de la société civile fait durer le partenariat au-delà des "
                        "changements d'équipe et de majorité municipale.",
                        "Strong involvement of civil society keeps the partnership going beyond changes of staff "
                        "and of council majority.",
                    ),
                    (
                        "Partager les domaines par convention clarifie les rôles, à condition de s'informer "
                        "mutuellement de chaque projet.",
                        "Dividing the fields by agreement clarifies roles, provided each side keeps the other "
                        "informed of every project.",
                    ),
                    (
                        "Jumelages européens et coopération avec l'Afrique peuvent se rejoindre dans des projets "
                        "communs, ici autour de la musique.",
                        "European twinnings and cooperation with Africa can come together in joint projects, here "
                        "around music.",
                    ),
                ]
            }
        ],
        "risks": [],  # the report names none for this partnership
    },
    {
        "slug": ("herouville-saint-clair", "herouville-saint-clair"),
        "title": (
            "Hérouville-Saint-Clair : la ville et ses associations, main dans la main",
            "Hérouville-Saint-Clair: the town and its associations, hand in hand",
        ),
        "intro": (
            "Ville de 80 nationalités et de près de 400 associations, Hérouville-Saint-Clair coopère avec "
            "Tikhvine (Russie), Agnam (Sénégal) et Afhir (Maroc). Chaque partenariat s'appuie sur une association "
            "du territoire avec laquelle la ville partage le travail.",
            "A town of 80 nationalities and nearly 400 associations, Hérouville-Saint-Clair cooperates with "
            "Tikhvin (Russia), Agnam (Senegal) and Afhir (Morocco). Each partnership relies on a local "
            "association with which the town shares the work.",
        ),
        "french_authority": "Ville d'Hérouville-Saint-Clair",
        "partners": ["Ville de Tikhvine", "Commune d'Agnam", "Commune d'Afhir"],
        "countries": ["RU", "SN", "MA"],
        "start_year": 1986,
        "organisation_mode": CIVIL_SOCIETY,
        "relationship_model": PROGRAMME,
        "themes": ["Appui institutionnel", "Éducation", "Santé"],
        "responsibilities": {
            "caption": ("Deux pôles pour chaque coopération", "Two poles in each partnership"),
            "rows": [
                (
                    ("La ville d'Hérouville-Saint-Clair", "The Town of Hérouville-Saint-Clair"),
                    [
                        (
                            "Appui institutionnel aux communes partenaires",
                            "Institutional support to partner municipalities",
                        ),
                        ("Concertation avec les associations du territoire", "Consultation with local associations"),
                    ],
                ),
                (
                    "Amitié Solidarité Tikhvine",
                    [("Relations entre les habitants des deux villes", "Links between the residents of both towns")],
                ),
                (
                    (
                        "L'association des migrants des villages d'Agnam",
                        "The association of migrants from the Agnam villages",
                    ),
                    [("Projets d'éducation à Agnam", "Education projects in Agnam")],
                ),
            ],
        },
        "key_figures": [
            ("80", ("nationalités parmi les habitants", "nationalities among residents")),
            (("près de 400", "nearly 400"), ("associations dans la ville", "associations in the town")),
            ("3", ("accords de coopération décentralisée", "decentralised cooperation agreements")),
            ("1986", ("début de la coopération avec Agnam", "start of the cooperation with Agnam")),
            ("1987", ("début de la coopération avec Tikhvine", "start of the cooperation with Tikhvin")),
        ],
        "body": [
            ("heading", ("Un monde en miniature", "A world in miniature")),
            (
                "paragraph",
                [
                    (
                        "Les trois accords signés par la ville répondent à la diversité de sa population. Chaque "
                        "coopération suit la demande du partenaire et la situation des acteurs, ici et là-bas : "
                        "aucune ne ressemble aux autres.",
                        "The three agreements signed by the town reflect the diversity of its population. Each "
                        "partnership follows the partner's requests and the situation of the actors, here and "
                        "there: no two are alike.",
                    ),
                ],
            ),
            ("heading", ("Tikhvine : deux pôles qui se concertent", "Tikhvin: two poles that consult each other")),
            (
                "paragraph",
                [
                    (
                        "Depuis 1987, la ville assure l'appui institutionnel et l'association Amitié Solidarité "
                        "Tikhvine les liens entre habitants. Aucun projet n'est mené sans que l'autre soit "
                        "informé, consulté et associé.",
                        "Since 1987, the town has provided institutional support and the Amitié Solidarité "
                        "Tikhvine association has looked after links between residents. Neither runs a project "
                        "without the other being informed, consulted and involved.",
                    ),
                    (
                        "Ensemble, elles ont accompagné la naissance des premières associations officiellement "
                        "reconnues en Russie, l'accueil d'enfants handicapés à l'école et, avec le centre social "
                        "de Tikhvine, des normes de qualité pour l'aide à la personne. Ce dernier travail a donné "
                        "naissance à un groupe de recherche franco-russe paritaire.",
                        "Together they have supported the birth of the first officially recognised associations "
                        "in Russia, the schooling of disabled children and, with Tikhvin's social welfare centre, "
                        "quality standards for home care. This last piece of work gave rise to a joint "
                        "French–Russian research group with equal membership.",
                    ),
                ],
            ),
            (
                "heading",
                ("Agnam : l'apport d'une association de migrants", "Agnam: what a migrants' association brings"),
            ),
            (
                "paragraph",
                [
                    (
                        "Avec Agnam, au Sénégal, la ville travaille depuis 1986 avec l'association des migrants "
                        "originaires de ces villages. Le dialogue demande des efforts, mais en éducation "
                        "l'association a fait preuve d'une capacité d'innovation sans laquelle, selon la ville, le "
                        "projet n'aurait pas abouti.",
                        "With Agnam, in Senegal, the town has worked since 1986 with the association of migrants "
                        "from those villages. Dialogue takes effort, but in education the association has shown a "
                        "capacity to innovate without which, in the town's view, the project would have come to "
                        "nothing.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "Sans l'association des migrants, notre projet d'éducation à Agnam n'aurait jamais vu le jour.",
                        "Without the migrants' association, our education project in Agnam would never have got "
                        "off the ground.",
                    ),
                    "speaker": (
                        "Paul Leroux, Ville d'Hérouville-Saint-Clair",
                        "Paul Leroux, Town of Hérouville-Saint-Clair",
                    ),
                    "side": "authorities",
                },
            ),
        ],
        "lessons": [
            {
                "ul": [
                    (
                        "Confier à chacun ce qu'il sait le mieux faire, tout en se consultant sur chaque projet.",
                        "Give each party what it does best, while consulting each other on every project.",
                    ),
                    (
                        "Les associations issues de l'immigration apportent une connaissance du terrain et une "
                        "capacité d'innovation précieuses.",
                        "Associations founded by migrants bring valuable knowledge of the ground and a capacity "
                        "to innovate.",
                    ),
                    (
                        "Des projets, petits ou grands, qui mobilisent les acteurs des deux territoires les font "
                        "avancer ensemble.",
                        "Projects, small or large, that involve actors from both territories move both of them "
                        "forward.",
                    ),
                ]
            }
        ],
        "risks": [
            {
                "ul": [
                    (
                        "Le dialogue avec une association partenaire n'est pas toujours facile et demande du temps.",
                        "Dialogue with a partner association is not always easy and takes time.",
                    ),
                ]
            }
        ],
    },
    {
        "slug": ("chambery-ouahigouya", "chambery-ouahigouya"),
        "title": (
            "Chambéry et Ouahigouya : la coopération confiée à une association",
            "Chambéry and Ouahigouya: cooperation entrusted to an association",
        ),
        "intro": (
            "Partenaire de Ouahigouya, au Burkina Faso, depuis 1991, Chambéry a confié peu à peu la conduite de "
            "sa coopération à une association créée pour cela, au conseil de laquelle siègent des élus de la "
            "ville.",
            "A partner of Ouahigouya, in Burkina Faso, since 1991, Chambéry has gradually handed the running of "
            "its cooperation to an association set up for that purpose, on whose board the city's elected "
            "members sit.",
        ),
        "french_authority": "Ville de Chambéry",
        "partners": ["Commune de Ouahigouya"],
        "countries": ["BF"],
        "start_year": 1991,
        "organisation_mode": DEDICATED_ASSOCIATION,
        "relationship_model": SUPERVISION,
        "themes": ["Appui institutionnel", "Services urbains", "Santé", "Éducation", "Culture"],
        "responsibilities": {
            "caption": (
                "Ce que la ville délègue à l'association",
                "What the city delegates to the association",
            ),
            "rows": [
                (
                    ("La ville de Chambéry", "The City of Chambéry"),
                    [
                        (
                            "Maîtrise d'ouvrage et financement de la coopération",
                            "Ownership and funding of the cooperation",
                        ),
                        ("Suivi au sein du comité de pilotage", "Monitoring through the steering committee"),
                    ],
                ),
                (
                    ("L'association Chambéry-Ouahigouya", "The Chambéry-Ouahigouya association"),
                    [
                        (
                            "Études, préparation et gestion des activités",
                            "Studies, planning and management of activities",
                        ),
                        (
                            "Depuis 2003, mise en œuvre de toute la coopération, avec délégation financière",
                            "Since 2003, carrying out the whole cooperation, with delegated funds",
                        ),
                    ],
                ),
            ],
        },
        "key_figures": [
            ("1991", ("début du partenariat avec Ouahigouya", "start of the partnership with Ouahigouya")),
            (
                "1998",
                ("protocole triennal et convention pluriannuelle", "three-year protocol and multi-year agreement"),
            ),
            (
                "2003",
                (
                    "délégation complète à l'association, y compris financière",
                    "full delegation to the association, finances included",
                ),
            ),
            (
                "15",
                (
                    "membres au conseil : 5 élus, 5 associations, 5 habitants",
                    "board members: 5 elected officials, 5 associations, 5 residents",
                ),
            ),
        ],
        "body": [
            ("heading", ("Une délégation par étapes", "Delegation in stages")),
            (
                "paragraph",
                [
                    (
                        "Dès 1991, la ville confie une partie de la maîtrise d'œuvre à l'association "
                        "Chambéry-Ouahigouya, créée à cet effet. En 1998, les deux villes signent un protocole de "
                        "coopération de trois ans et une convention pluriannuelle : appui aux services municipaux, "
                        "développement social urbain, santé, économie, éducation et culture. La même année, "
                        "l'association se voit confier les études, la préparation et la gestion des activités en "
                        "santé, économie, éducation et culture.",
                        "From 1991, the city entrusted part of the project management to the Chambéry-Ouahigouya "
                        "association, set up for that purpose. In 1998 the two cities signed a three-year "
                        "cooperation protocol and a multi-year agreement covering support to municipal services, "
                        "urban social development, health, the economy, education and culture. That same year, the "
                        "association was given the studies, preparation and management of the activities in "
                        "health, the economy, education and culture.",
                    ),
                    (
                        "En 2003, l'organisation est revue : l'association conduit désormais l'ensemble de la "
                        "coopération, avec une délégation complète de la maîtrise d'œuvre et des moyens "
                        "financiers. Un comité de pilotage réunit la ville et l'association pour le suivi.",
                        "In 2003 the arrangement was reviewed: the association now runs the whole cooperation, "
                        "with full delegated project management and delegated funds. A steering committee brings "
                        "the city and the association together for monitoring.",
                    ),
                ],
            ),
            ("heading", ("Un conseil à trois collèges", "A board with three groups")),
            (
                "paragraph",
                [
                    (
                        "Le conseil de l'association compte quinze membres : cinq élus, cinq représentants "
                        "d'associations locales et cinq habitants. La ville garde ainsi sa place dans les "
                        "décisions tout en ouvrant la coopération aux citoyens.",
                        "The association's board has fifteen members: five elected officials, five "
                        "representatives of local associations and five residents. The city thus keeps its place "
                        "in decision-making while opening the cooperation to citizens.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "Avec cinq élus au conseil et un comité de pilotage, la ville délègue sans perdre le fil.",
                        "With five elected members on the board and a steering committee, the city delegates "
                        "without losing track.",
                    ),
                    "speaker": ("Un élu de Chambéry", "A Chambéry councillor"),
                    "side": "authorities",
                },
            ),
        ],
        "lessons": [
            {
                "ul": [
                    (
                        "Une association dédiée apporte souplesse et continuité à la mise en œuvre.",
                        "A dedicated association brings flexibility and continuity to the work.",
                    ),
                    (
                        "Un conseil partagé entre élus, associations et habitants garde la coopération ancrée dans "
                        "la ville.",
                        "A board shared between elected officials, associations and residents keeps the "
                        "cooperation rooted in the city.",
                    ),
                    (
                        "Le comité de pilotage est indispensable quand la délégation est totale, finances comprises.",
                        "The steering committee is essential when delegation is complete, finances included.",
                    ),
                ]
            }
        ],
        "risks": [],  # the report names none for this partnership
    },
    {
        "slug": ("nantes", "nantes"),
        "title": (
            "Nantes : construire la politique internationale avec la société civile",
            "Nantes: building international policy with civil society",
        ),
        "intro": (
            "Après les élections municipales de 1995, Nantes a ouvert la réflexion sur son action internationale "
            "aux acteurs de son territoire, au moyen de commissions et de comités volontairement informels.",
            "After the 1995 municipal elections, Nantes opened up its thinking on international action to the "
            "actors of its territory, through working groups and committees kept deliberately informal.",
        ),
        "french_authority": "Ville de Nantes",
        "partners": [],  # the report names the countries, not the partner towns
        "countries": ["ZA", "CM", "BR", "SN", "MA", "HT", "GE"],
        "start_year": None,
        "organisation_mode": IN_HOUSE,
        "relationship_model": PROGRAMME,
        "themes": [],
        "responsibilities": {
            "caption": ("Les instances de la concertation nantaise", "The bodies of the Nantes consultation"),
            "rows": [
                (
                    ("La ville de Nantes", "The City of Nantes"),
                    [
                        (
                            "Définit et conduit son action internationale",
                            "Defines and conducts its international action",
                        ),
                        ("Associe les acteurs locaux à la réflexion", "Involves local actors in the thinking"),
                    ],
                ),
                (
                    ("Les commissions de travail", "The working groups"),
                    [
                        (
                            "Croisent approches thématiques et géographiques",
                            "Combine thematic and geographical approaches",
                        ),
                        ("Restent informelles, provisoires et ouvertes", "Stay informal, temporary and open"),
                    ],
                ),
                (
                    ("Les comités techniques de coopération", "The technical cooperation committees"),
                    [
                        (
                            "Un par jumelage ou pays partenaire, sans statut officiel",
                            "One per twinning or partner country, with no official status",
                        ),
                    ],
                ),
            ],
        },
        "key_figures": [
            ("1995", ("lancement de la concertation", "consultation launched")),
            ("7", ("pays partenaires", "partner countries")),
        ],
        "body": [
            (
                "heading",
                ("Associer le territoire à la politique de la ville", "Involving the territory in city policy"),
            ),
            (
                "paragraph",
                [
                    (
                        "Le but n'était pas tant d'animer le territoire que d'inviter les acteurs locaux à penser "
                        "la politique internationale de la ville, à la définir et à la mettre en œuvre avec elle. "
                        "Nantes coopère avec des partenaires en Afrique du Sud, au Cameroun, au Brésil, au "
                        "Sénégal, au Maroc, en Haïti et en Géorgie.",
                        "The aim was not so much to bring the area to life as to invite local actors to think "
                        "about the city's international policy, shape it and carry it out with the city. Nantes "
                        "works with partners in South Africa, Cameroon, Brazil, Senegal, Morocco, Haiti and "
                        "Georgia.",
                    ),
                ],
            ),
            ("heading", ("Des formes souples", "Flexible formats")),
            (
                "paragraph",
                [
                    (
                        "Des commissions de travail croisent les thèmes et les zones géographiques ; informelles, "
                        "temporaires et largement ouvertes, elles gardent la concertation vivante. Pour chaque "
                        "jumelage ou pays de coopération, un comité technique sans statut officiel suit les "
                        "projets.",
                        "Working groups combine themes and geographical areas; informal, temporary and widely "
                        "open, they keep the consultation alive. For each twinning or partner country, a technical "
                        "committee with no official status follows the projects.",
                    ),
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "Nous ne cherchions pas seulement à animer le territoire : nous voulions que les Nantais "
                        "pensent la politique internationale avec nous.",
                        "We were not just trying to liven up the area: we wanted the people of Nantes to shape "
                        "international policy with us.",
                    ),
                    "speaker": ("Un élu nantais", "A Nantes councillor"),
                    "side": "authorities",
                },
            ),
        ],
        "lessons": [
            {
                "ul": [
                    (
                        "Des instances informelles et provisoires laissent de la place aux nouveaux venus et "
                        "évitent que la concertation se fige.",
                        "Informal, temporary bodies leave room for newcomers and keep the consultation from "
                        "setting hard.",
                    ),
                    (
                        "Croiser approches thématiques et géographiques fait dialoguer des acteurs qui ne se "
                        "rencontreraient pas autrement.",
                        "Combining thematic and geographical approaches brings together actors who would not "
                        "otherwise meet.",
                    ),
                ]
            }
        ],
        "risks": [],  # the report names none for this partnership
    },
]

# --------------------------------------------------------------------------- legal framework


def _legifrance(year: int, month: int, day: int, number: str) -> str:
    """Légifrance's ELI address of a law, e.g. .../eli/loi/2005/2/9/2005-95/jo/texte."""
    return f"https://www.legifrance.gouv.fr/eli/loi/{year}/{month}/{day}/{number}/jo/texte"


LEGAL_TEXTS = [
    {
        "slug": ("loi-atr-1992", "atr-act-1992"),
        "title": ("Loi du 6 février 1992 (loi ATR)", "Act of 6 February 1992 (ATR Act)"),
        "short_name": ("Loi ATR", "ATR Act"),
        "official_title": "Loi n° 92-125 du 6 février 1992 relative à l'administration territoriale de la République",
        "official_reference": "Loi n° 92-125",
        "date": datetime.date(1992, 2, 6),
        "code_articles": (
            "CGCT, art. L1112-1 et suivants (aujourd'hui L1115-1 et suivants)",
            "CGCT, Art. L1112-1 ff. (now L1115-1 ff.)",
        ),
        "allows": [
            (
                "Son titre IV, consacré à la coopération décentralisée, reconnaît pour la première fois l'action "
                "internationale des collectivités territoriales.",
                "Its Title IV, on decentralised cooperation, recognises for the first time the international "
                "action of local authorities.",
            ),
            (
                "Les collectivités et leurs groupements peuvent signer des conventions avec des collectivités "
                "étrangères et leurs groupements, dans la limite de leurs compétences et dans le respect des "
                "engagements internationaux de la France.",
                "Local authorities and their groupings may sign agreements with foreign local authorities and "
                "their groupings, within the limits of their powers and in keeping with France's international "
                "commitments.",
            ),
        ],
        "official_url": _legifrance(1992, 2, 6, "92-125"),
        "body": [
            ("heading", ("La naissance de la coopération décentralisée", "The birth of decentralised cooperation")),
            (
                "paragraph",
                [
                    (
                        "Les jumelages existaient depuis l'après-guerre sans cadre juridique propre. La loi leur "
                        "en donne un et crée la Commission nationale de la coopération décentralisée, qui tient "
                        "l'état des actions menées par les collectivités.",
                        "Twinnings had existed since the post-war years without a legal framework of their own. "
                        "The Act gave them one and set up the National Commission for Decentralised Cooperation, "
                        "which keeps a record of the work done by local authorities.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": ("loi-oudin-santini", "oudin-santini-act"),
        "title": ("Loi Oudin-Santini (2005)", "Oudin-Santini Act (2005)"),
        "short_name": ("Loi Oudin-Santini", "Oudin-Santini Act"),
        "official_title": (
            "Loi n° 2005-95 du 9 février 2005 relative à la coopération internationale des collectivités "
            "territoriales et des agences de l'eau dans les domaines de l'alimentation en eau et de "
            "l'assainissement"
        ),
        "official_reference": "Loi n° 2005-95",
        "date": datetime.date(2005, 2, 9),
        "code_articles": ("CGCT, art. L1115-1-1", "CGCT, Art. L1115-1-1"),
        "allows": [
            (
                "Les communes, leurs groupements et les syndicats chargés de l'eau et de l'assainissement peuvent "
                "consacrer jusqu'à 1 % des ressources de ces services à des actions de coopération internationale "
                "dans ces domaines. Les agences de l'eau peuvent faire de même.",
                "Municipalities, their groupings and the joint boards in charge of water and sanitation may "
                "devote up to 1% of the resources of these services to international cooperation in the same "
                "fields. Water agencies may do the same.",
            ),
            (
                "Le dispositif a ensuite été étendu à l'énergie (électricité et gaz), puis aux déchets.",
                "The scheme was later extended to energy (electricity and gas), and then to waste.",
            ),
        ],
        "official_url": _legifrance(2005, 2, 9, "2005-95"),
        "body": [
            ("heading", ("Le « 1 % eau »", "The “1% for water”")),
            (
                "paragraph",
                [
                    (
                        "Financées sur le budget des services d'eau et d'assainissement, ces actions peuvent être "
                        "des projets de coopération avec des collectivités étrangères, de l'aide d'urgence ou des "
                        "actions de solidarité internationale.",
                        "Funded from the water and sanitation budgets, these actions may be cooperation projects "
                        "with foreign local authorities, emergency aid or international solidarity work.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": ("loi-thiolliere", "thiolliere-act"),
        "title": ("Loi Thiollière (2007)", "Thiollière Act (2007)"),
        "short_name": ("Loi Thiollière", "Thiollière Act"),
        "official_title": (
            "Loi n° 2007-147 du 2 février 2007 relative à l'action extérieure des collectivités territoriales et "
            "de leurs groupements"
        ),
        "official_reference": "Loi n° 2007-147",
        "date": datetime.date(2007, 2, 2),
        "code_articles": ("CGCT, art. L1115-1", "CGCT, Art. L1115-1"),
        "allows": [
            (
                "Les collectivités et leurs groupements peuvent conclure des conventions avec des autorités locales "
                "étrangères pour mener des actions de coopération ou d'aide au développement, dans le respect des "
                "engagements internationaux de la France.",
                "Local authorities and their groupings may sign agreements with foreign local authorities to carry "
                "out cooperation or development aid, in keeping with France's international commitments.",
            ),
            (
                "En cas d'urgence, elles peuvent aussi mettre en œuvre ou financer des actions humanitaires.",
                "In an emergency, they may also carry out or fund humanitarian action.",
            ),
        ],
        "official_url": _legifrance(2007, 2, 2, "2007-147"),
        "body": [
            ("heading", ("Une compétence à part entière", "A power in its own right")),
            (
                "paragraph",
                [
                    (
                        "La coopération décentralisée devient une politique publique de la collectivité, intégrée "
                        "à son action d'ensemble : l'intérêt local de ces actions est présumé et n'a plus à être "
                        "démontré.",
                        "Decentralised cooperation becomes one of the authority's public policies, part of its "
                        "overall action: the local interest of such actions is presumed and no longer has to be "
                        "proven.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": ("lop-dsi-2014", "lop-dsi-2014"),
        "title": (
            "Loi d'orientation et de programmation de 2014 (LOP-DSI)",
            "2014 Development and International Solidarity Act (LOP-DSI)",
        ),
        "short_name": ("LOP-DSI", "LOP-DSI"),
        "official_title": (
            "Loi n° 2014-773 du 7 juillet 2014 d'orientation et de programmation relative à la politique de "
            "développement et de solidarité internationale"
        ),
        "official_reference": "Loi n° 2014-773",
        "date": datetime.date(2014, 7, 7),
        "code_articles": ("CGCT, art. L1115-1 (nouvelle rédaction)", "CGCT, Art. L1115-1 (new wording)"),
        "allows": [
            (
                "L'article L1115-1 est réécrit : dans le respect des engagements internationaux de la France, les "
                "collectivités et leurs groupements peuvent mener ou soutenir toute action internationale de "
                "coopération, d'aide au développement ou à caractère humanitaire.",
                "Article L1115-1 is rewritten: in keeping with France's international commitments, local "
                "authorities and their groupings may carry out or support any international action of "
                "cooperation, development aid or humanitarian nature.",
            ),
            (
                "Une convention avec une autorité locale étrangère devient une possibilité, non plus une "
                "condition de chaque action.",
                "An agreement with a foreign local authority becomes an option rather than a condition of every "
                "action.",
            ),
            (
                "Le « 1 % » de la loi Oudin-Santini est étendu aux déchets.",
                "The Oudin-Santini “1%” is extended to waste.",
            ),
        ],
        "official_url": _legifrance(2014, 7, 7, "2014-773"),
        "body": [
            ("heading", ("Une politique reconnue", "A recognised policy")),
            (
                "paragraph",
                [
                    (
                        "Pour la première fois, une loi fixe les objectifs de la politique française de "
                        "développement et reconnaît les collectivités territoriales parmi ses acteurs.",
                        "For the first time, an Act sets out the aims of French development policy and recognises "
                        "local authorities as one of its actors.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": ("loi-2021-developpement-solidaire", "2021-solidarity-development-act"),
        "title": (
            "Loi du 4 août 2021 sur le développement solidaire",
            "Act of 4 August 2021 on solidarity-based development",
        ),
        "short_name": ("Loi de programmation de 2021", "2021 Programming Act"),
        "official_title": (
            "Loi n° 2021-1031 du 4 août 2021 de programmation relative au développement solidaire et à la lutte "
            "contre les inégalités mondiales"
        ),
        "official_reference": "Loi n° 2021-1031",
        "date": datetime.date(2021, 8, 4),
        "code_articles": "",
        "allows": [
            (
                "La loi confirme les collectivités territoriales et leurs groupements comme acteurs à part entière "
                "de la politique de développement solidaire, aux côtés de l'État et de la société civile.",
                "The Act confirms local authorities and their groupings as full actors of solidarity-based "
                "development policy, alongside the State and civil society.",
            ),
            (
                "Elle fixe les priorités de cette politique, dont la lutte contre la pauvreté et les inégalités, "
                "le climat, la santé, l'éducation et l'égalité entre les femmes et les hommes.",
                "It sets the priorities of this policy, among them the fight against poverty and inequality, "
                "climate, health, education and gender equality.",
            ),
        ],
        "official_url": _legifrance(2021, 8, 4, "2021-1031"),
        "body": [
            ("heading", ("Des moyens en hausse", "Growing resources")),
            (
                "paragraph",
                [
                    (
                        "La France s'y fixe l'objectif de consacrer 0,7 % de son revenu national brut à l'aide "
                        "publique au développement en 2025.",
                        "France sets itself the goal of devoting 0.7% of its gross national income to official "
                        "development assistance in 2025.",
                    ),
                ],
            ),
        ],
    },
]

# --------------------------------------------------------------------------- events

MAISON_DES_ASSOCIATIONS = "Maison des associations"
MAISON_DES_ASSOCIATIONS_ADDRESS = "7 bis rue Neuve Bourg l'Abbé\n14000 Caen"

EVENTS = [
    {
        "slug": ("rencontre-collectivites-comites-de-jumelage", "local-authorities-twinning-committees-meeting"),
        "title": (
            "Collectivités et comités de jumelage : quels rôles, quelle place pour la société civile ?",
            "Local authorities and twinning committees: which roles, and what place for civil society?",
        ),
        "intro": (
            "Une journée pour confronter les expériences de collectivités et de comités de jumelage, clarifier "
            "leurs rôles respectifs et voir comment associer la société civile aux projets de coopération "
            "décentralisée.",
            "A day to compare the experience of local authorities and twinning committees, clarify their "
            "respective roles and see how civil society can take part in decentralised cooperation projects.",
        ),
        # The report gives "18 avril" without a year; we infer 2010 from its "mardi 15 juin"
        # (15 June is a Tuesday in 2010). The start time is ours too, and its town: the report names no venue
        # (the network meets in Caen).
        "start": datetime.datetime(2010, 4, 18, 9, 30, tzinfo=PARIS),
        "end": None,
        "venue": "Caen",
        "address": "",
        "meeting_type": "regional_meeting",
        # The imported report of this meeting (../shared/archive) is linked to it by the importer's matching
        # (events/importer/relink.py): the one event without a report on its "18 avril"; it takes the event's
        # day and venue, which its text lacks, and its “lois de 92 et 2007” and “Loi Oudin” name the law pages.
        "organiser": "Horizons Solidaires",
        "themes": ["Appui institutionnel", "Éducation", "Culture"],
        "agenda": [
            (
                "09:30",
                (
                    "Tour de table : présentation et attentes des participants",
                    "Round of introductions and expectations",
                ),
            ),
            (
                None,
                (
                    "La coopération décentralisée : histoire et cadre actuel",
                    "Decentralised cooperation: history and current framework",
                ),
            ),
            (
                None,
                (
                    "Atelier 1 : relations entre collectivités et comités de jumelage",
                    "Workshop 1: relations between local authorities and twinning committees",
                ),
            ),
            (
                None,
                (
                    "Atelier 2 : faire vivre le territoire grâce au projet de coopération",
                    "Workshop 2: bringing the area to life through the cooperation project",
                ),
            ),
        ],
        "speakers": ["Claire Vasseur", "Michel Brunet", "Hélène Marchand", "Paul Leroux", "Gérard Lemoine"],
        "attendees": [
            "Ville d'Alençon",
            "Ville de Fleury-sur-Orne",
            "Ville de Colombelles",
            "Ville de La Ferté-Macé",
            "Ville d'Hérouville-Saint-Clair",
            "Ville d'Ifs",
            "Ville de Caen",
            "Conseil général de la Manche",
            "Comité de jumelage Alençon-Koutiala",
            "Comité de jumelage de Bretteville-sur-Odon",
            "Comité de jumelage de Fleury-sur-Orne",
            "Comité de jumelage Caen-Portsmouth",
            "Amitié Solidarité Tikhvine",
            "Caen Calvados Roumanie",
            "Fédération départementale des comités de jumelage",
            "Eau Vive Basse-Normandie",
            "CITIM",
        ],
        "body": [
            ("heading", ("Pourquoi cette rencontre ?", "Why this meeting?")),
            (
                "paragraph",
                [
                    (
                        "Avec la décentralisation, les collectivités se sont affirmées comme maîtres d'ouvrage de "
                        "la coopération, et leurs relations avec les comités de jumelage et les associations ont "
                        "changé. Le réseau craint que le lien entre élus et associations ne se relâche : cette "
                        "journée doit aider chacun à retrouver sa place.",
                        "With decentralisation, local authorities have asserted themselves as owners of "
                        "cooperation projects, and their relations with twinning committees and associations have "
                        "changed. The network fears that the link between elected officials and associations may "
                        "loosen: this day should help everyone find their place again.",
                    ),
                ],
            ),
            ("heading", ("Questions à débattre", "Questions for discussion")),
            (
                "paragraph",
                [
                    {
                        "ul": [
                            (
                                "Comment préserver une coopération quand la municipalité change ?",
                                "How can a partnership survive a change of council?",
                            ),
                            (
                                "Comment renouer le dialogue quand la relation entre la ville et le comité se "
                                "dégrade ?",
                                "How can dialogue be restored when relations between the town and the committee "
                                "deteriorate?",
                            ),
                            (
                                "Comment éviter qu'une coopération repose sur une seule personne ?",
                                "How can a partnership avoid depending on a single person?",
                            ),
                            (
                                "Quelle place pour le comité de jumelage dans la coopération décentralisée ?",
                                "What place is there for the twinning committee in decentralised cooperation?",
                            ),
                            (
                                "Comment mieux se coordonner sans entamer l'indépendance des associations ?",
                                "How can coordination improve without undermining the associations' independence?",
                            ),
                        ]
                    }
                ],
            ),
        ],
    },
    {
        "slug": ("rencontre-comites-jumelage-nord-sud", "north-south-twinning-committees-meeting"),
        "title": ("Rencontre des comités de jumelage Nord/Sud", "Meeting of North–South twinning committees"),
        "intro": (
            "Suite de la journée du 18 avril : les comités jumelés avec des villes d'Afrique et d'ailleurs "
            "échangent sur leurs pratiques. La date reste à fixer.",
            "Follow-up to the 18 April meeting: committees twinned with towns in Africa and elsewhere compare "
            "their practices. The date is still to be set.",
        ),
        "start": None,  # date to be set
        "end": None,
        "venue": "",
        "address": "",
        "meeting_type": "twinning_committees",
        # Announced in the 18 April report under this title: the import links this event to it.
        "announced_as": ("Rencontre entre comités de jumelage Nord/Sud", "rencontre-collectivites-comites-de-jumelage"),
        "organiser": "Horizons Solidaires",
        "themes": ["Appui institutionnel", "Développement rural"],
        "agenda": [],
        "speakers": [],
        "attendees": [],
        "body": [],
    },
    {
        "slug": ("rencontre-comites-jumelage-europeens", "european-twinning-committees-meeting"),
        "title": ("Rencontre des comités de jumelage européens", "Meeting of European twinning committees"),
        "intro": (
            "Souvent anciens, les comités jumelés avec des villes européennes cherchent à se renouveler : une "
            "rencontre pour partager les idées qui marchent. La date reste à fixer.",
            "Committees twinned with European towns, many of them long-standing, are looking for ways to renew "
            "themselves: a meeting to share ideas that work. The date is still to be set.",
        ),
        "start": None,  # date to be set
        "end": None,
        "venue": "",
        "address": "",
        "meeting_type": "twinning_committees",
        # Announced in the 18 April report under this title: the import links this event to it.
        "announced_as": (
            "Rencontre entre les comités de jumelage européens",
            "rencontre-collectivites-comites-de-jumelage",
        ),
        "organiser": "Horizons Solidaires",
        "themes": ["Culture", "Jeunesse"],
        "agenda": [],
        "speakers": [],
        "attendees": [],
        "body": [],
    },
    {
        "slug": ("rencontre-collectivites-juin-2010", "local-authorities-meeting-june-2010"),
        "title": ("Rencontre des collectivités", "Meeting of local authorities"),
        "intro": (
            "Élus et agents des collectivités du réseau poursuivent la réflexion engagée le 18 avril sur leurs "
            "relations avec les comités de jumelage et la société civile.",
            "Elected officials and staff of the network's local authorities continue the discussion begun on "
            "18 April on their relations with twinning committees and civil society.",
        ),
        # "Mardi 15 juin à 14h": Tuesday 15 June 2010.
        "start": datetime.datetime(2010, 6, 15, 14, 0, tzinfo=PARIS),
        "end": None,
        "venue": MAISON_DES_ASSOCIATIONS,
        "address": MAISON_DES_ASSOCIATIONS_ADDRESS,
        "meeting_type": "regional_meeting",
        # Announced in the 18 April report under this title: the import links this event to it.
        "announced_as": ("Rencontre entre les collectivités", "rencontre-collectivites-comites-de-jumelage"),
        "organiser": "Horizons Solidaires",
        "themes": ["Appui institutionnel"],
        "agenda": [],
        "speakers": ["Nadia Benali"],
        "attendees": [],
        "body": [],
    },
    {
        # Invented, so that the home page always has an upcoming dated event.
        "slug": ("assemblee-generale-2027", "general-assembly-2027"),
        "title": ("Assemblée générale 2027 du réseau", "Network general assembly 2027"),
        "intro": (
            "Rapport d'activité, orientations pour l'année à venir et élection du conseil d'administration. "
            "Ouverte à tous les membres du réseau.",
            "Activity report, plans for the coming year and election of the board. Open to all members of the network.",
        ),
        "start": datetime.datetime(2027, 6, 19, 9, 30, tzinfo=PARIS),
        "end": datetime.datetime(2027, 6, 19, 16, 30, tzinfo=PARIS),
        "venue": MAISON_DES_ASSOCIATIONS,
        "address": MAISON_DES_ASSOCIATIONS_ADDRESS,
        "meeting_type": "general_assembly",
        "organiser": "Horizons Solidaires",
        "themes": [],
        "agenda": [
            ("09:30", ("Accueil des participants", "Welcome")),
            ("10:00", ("Rapport d'activité et rapport financier", "Activity report and financial report")),
            ("11:30", ("Élection du conseil d'administration", "Election of the board")),
            ("14:00", ("Ateliers : les projets des membres", "Workshops: members' projects")),
        ],
        "speakers": ["Nadia Benali"],
        "attendees": [],
        "body": [],
    },
]

# --------------------------------------------------------------------------- glossary

# The network's terms and their agreed translations: shown on the glossary page, sent to DeepL as its
# glossary, used by search to find French pages from English words (network_site/taxonomy/glossary.py).
GLOSSARY = [
    {
        "term": ("jumelage", "twinning"),
        "definition": (
            "Lien officiel et durable entre deux communes de pays différents, scellé par une charte, qui fait "
            "vivre des échanges entre leurs habitants.",
            "An official and lasting link between two towns in different countries, sealed by a charter, that "
            "keeps exchanges between their inhabitants alive.",
        ),
    },
    {
        "term": ("comité de jumelage", "twinning committee"),
        "definition": (
            "Association, souvent de bénévoles, qui anime un jumelage au nom de la commune ou à ses côtés.",
            "An association, often of volunteers, that runs a twinning on behalf of the town or alongside it.",
        ),
    },
    {
        "term": ("charte de jumelage", "twinning charter"),
        "definition": (
            "Texte signé par les maires des deux communes, qui fonde le jumelage et en dit l'esprit.",
            "The text signed by the mayors of both towns that founds the twinning and states its spirit.",
        ),
    },
    {
        "term": ("coopération décentralisée", "decentralised cooperation"),
        "definition": (
            "Action internationale d'une collectivité territoriale française avec une autorité locale étrangère, "
            "dans le cadre d'une convention (CGCT, art. L1115-1).",
            "International action of a French local authority with a local authority abroad, under an agreement "
            "(CGCT, art. L1115-1).",
        ),
    },
    {
        "term": ("collectivité territoriale", "local authority"),
        "definition": (
            "Commune, département, région ou collectivité à statut particulier, administrée par des élus.",
            "A municipality, department, region or authority with a special status, run by elected councillors.",
        ),
    },
    {
        "term": ("convention de coopération", "cooperation agreement"),
        "definition": (
            "Accord écrit entre collectivités partenaires qui fixe les objectifs, les engagements de chacune et la "
            "durée de la coopération.",
            "A written agreement between partner authorities that sets the objectives, the commitments of each "
            "and the length of the cooperation.",
        ),
    },
    {
        "term": ("maîtrise d'ouvrage", "project ownership"),
        "definition": (
            "Responsabilité de celui qui décide d'un projet, le finance et en reçoit le résultat ; en coopération, "
            "elle revient de préférence au partenaire local.",
            "The responsibility of whoever decides on a project, funds it and receives its result; in cooperation "
            "it should preferably lie with the local partner.",
        ),
    },
    {
        "term": ("maîtrise d'œuvre", "project management"),
        "definition": (
            "Conduite technique d'un projet pour le compte de son maître d'ouvrage.",
            "The technical delivery of a project on behalf of its owner.",
        ),
    },
    {
        "term": ("solidarité internationale", "international solidarity"),
        "definition": (
            "Actions de citoyens, d'associations et de collectivités en faveur de populations d'autres pays.",
            "Action by citizens, associations and local authorities in support of people in other countries.",
        ),
    },
]

# --------------------------------------------------------------------------- meeting reports (people-b)
# Block of the archive's demo: reports of the network's own meetings, written for the demo (invented
# meetings and speakers; public bodies keep their real names). Each report is filed under REPORT_INDEX
# with the event page of its meeting (past, under EVENT_INDEX), whose themes are the report's themes.
# Reports with "translated": True have English texts (pairs); the others are in French only and show
# in English as the French original, with the "not yet translated" notice.
# - "agenda": (time "HH:MM" or None, title); "decisions": the points decided (shown as key points);
# - "next_meetings": {"title", "date" (a date or None: "date to be set"), "when" (as announced), "place"}.

MEETING_REPORTS = [
    {
        "slug": ("assemblee-generale-2019", "general-assembly-2019"),
        "translated": True,
        "title": ("Assemblée générale 2019 du réseau", "Network general assembly 2019"),
        "date": datetime.date(2019, 3, 23),
        "time": "09:30",
        "place": "Maison des associations, Caen",
        "themes": ["Appui institutionnel"],
        "context": [
            (
                "Chaque printemps, l'assemblée générale fait le bilan de l'année écoulée et fixe les priorités du "
                "réseau. Celle de 2019 a surtout porté sur l'accueil des nouveaux membres.",
                "Every spring the general assembly reviews the past year and sets the network's priorities. The "
                "2019 assembly was mostly about welcoming new members.",
            ),
        ],
        "agenda": [
            ("09:30", ("Accueil des participants", "Welcome")),
            ("10:00", ("Rapport d'activité et rapport financier", "Activity report and financial report")),
            ("11:00", ("Accueil des nouveaux membres", "Welcoming new members")),
            ("11:45", ("Élection du conseil d'administration", "Election of the board")),
        ],
        "speakers": ["Nadia Benali"],
        "attendees": [
            "Horizons Solidaires",
            "Ville de Caen",
            "Ville d'Alençon",
            "Comité de jumelage Alençon-Koutiala",
            "Comité de jumelage de Fleury-sur-Orne",
            "CITIM",
            "Eau Vive Basse-Normandie",
        ],
        "decisions": [
            (
                "Le rapport d'activité et les comptes de 2018 sont approuvés à l'unanimité.",
                "The activity report and the 2018 accounts are approved unanimously.",
            ),
            (
                "Un parrainage est proposé à chaque nouveau membre par un membre plus ancien.",
                "Each new member is offered a mentor among the longer-standing members.",
            ),
        ],
        "next_meetings": [
            {
                "title": ("Journée d'échange sur l'eau et l'assainissement", "Exchange day on water and sanitation"),
                "date": datetime.date(2019, 10, 12),
                "when": "",
                "place": "Hérouville-Saint-Clair",
            }
        ],
    },
    {
        "slug": ("journee-eau-assainissement-2019", "water-sanitation-day-2019"),
        "translated": True,
        "title": (
            "Eau et assainissement : ce que les partenariats ont appris",
            "Water and sanitation: what partnerships have learnt",
        ),
        "date": datetime.date(2019, 10, 12),
        "time": "09:00",
        "place": ("Hôtel de ville, Hérouville-Saint-Clair", "Town hall, Hérouville-Saint-Clair"),
        "themes": ["Eau et assainissement", "Développement rural"],
        "context": [
            (
                "Plusieurs membres financent des puits ou des latrines chez leurs partenaires. La journée devait "
                "comparer leurs pratiques, de l'étude des besoins à l'entretien des ouvrages.",
                "Several members fund wells or latrines with their partners. The day was meant to compare their "
                "practice, from the study of needs to the upkeep of the works.",
            ),
        ],
        "agenda": [
            ("09:00", ("Tour de table", "Round of introductions")),
            (
                "09:30",
                (
                    "Financer l'eau : le 1 % eau de la loi Oudin-Santini",
                    "Funding water: the 1% of the Oudin-Santini law",
                ),
            ),
            ("11:00", ("Qui entretient les ouvrages ?", "Who maintains the works?")),
            ("14:00", ("Visite d'une station d'épuration", "Visit of a waste-water plant")),
        ],
        "speakers": ["Paul Leroux", "Claire Vasseur"],
        "attendees": [
            "Ville d'Hérouville-Saint-Clair",
            "Eau Vive Basse-Normandie",
            "Comité de jumelage Alençon-Koutiala",
            "Association Chambéry-Ouahigouya",
            "Association des migrants des villages d'Agnam",
            "Horizons Solidaires",
        ],
        "decisions": [
            (
                "Un comité de gestion de l'eau doit exister chez le partenaire avant tout nouveau forage.",
                "A water management committee must exist with the partner before any new borehole.",
            ),
            (
                "Le réseau rédige une fiche sur le 1 % eau pour les communes qui ne l'utilisent pas encore.",
                "The network writes a fact sheet on the 1% for water for the towns that do not use it yet.",
            ),
        ],
        "next_meetings": [
            {
                "title": ("Rencontre jeunesse et mobilité", "Youth and mobility meeting"),
                "date": None,
                "when": ("Au printemps 2020", "In spring 2020"),
                "place": "",
            }
        ],
    },
    {
        "slug": "rencontre-jeunesse-mobilite-2020",
        "translated": False,
        "title": "Jeunesse et mobilité internationale : réunion à distance",
        "date": datetime.date(2020, 6, 6),
        "time": "10:00",
        "place": "Visioconférence",
        "themes": ["Jeunesse", "Éducation"],
        "context": [
            "Prévue au printemps à Alençon, la rencontre s'est tenue en ligne. Les échanges de jeunes de l'été "
            "étant annulés, chacun a expliqué comment il gardait le lien avec ses partenaires.",
        ],
        "agenda": [
            ("10:00", "Nouvelles des partenaires"),
            ("10:45", "Garder le lien sans voyager : correspondances, vidéos, projets communs"),
            ("11:30", "Préparer les départs de 2021"),
        ],
        "speakers": ["Gérard Lemoine"],
        "attendees": [
            "Comité de jumelage Alençon-Koutiala",
            "Comité de jumelage Caen-Portsmouth",
            "Comité de jumelage de Bretteville-sur-Odon",
            "Ville d'Alençon",
            "Horizons Solidaires",
        ],
        "decisions": [
            "Les comités partagent dans un dossier commun les outils utilisés pour les correspondances scolaires.",
            "Les départs de jeunes reprendront dès que les conditions sanitaires le permettront.",
        ],
        "next_meetings": [
            {"title": "Assemblée générale 2021", "date": None, "when": "Début 2021", "place": ""},
        ],
    },
    {
        "slug": ("assemblee-generale-2021", "general-assembly-2021"),
        "translated": True,
        "title": ("Assemblée générale 2021 du réseau", "Network general assembly 2021"),
        "date": datetime.date(2021, 3, 27),
        "time": "09:30",
        "place": ("Visioconférence", "Video conference"),
        "themes": ["Appui institutionnel"],
        "context": [
            (
                "Seconde assemblée générale tenue en ligne. Elle a voté un programme réduit pour l'année et "
                "adopté une charte des échanges à distance.",
                "The second general assembly held online. It voted a reduced programme for the year and adopted "
                "a charter for exchanges at a distance.",
            ),
        ],
        "agenda": [
            ("09:30", ("Rapport d'activité et rapport financier", "Activity report and financial report")),
            ("10:30", ("Charte des échanges à distance", "Charter for exchanges at a distance")),
            ("11:30", ("Élection du conseil d'administration", "Election of the board")),
        ],
        "speakers": ["Nadia Benali"],
        "attendees": [
            "Horizons Solidaires",
            "Ville de Caen",
            "Ville de Nantes",
            "Ville de Châtellerault",
            "Association Châtellerault-Kaya Jumelage Coopération",
            "CITIM",
        ],
        "decisions": [
            (
                "La charte des échanges à distance est adoptée ; elle sera traduite pour les partenaires.",
                "The charter for exchanges at a distance is adopted; it will be translated for the partners.",
            ),
            (
                "La cotisation de 2021 reste au montant de 2020.",
                "The 2021 membership fee stays at its 2020 amount.",
            ),
        ],
        "next_meetings": [
            {
                "title": ("Journée santé et coopération", "Health and cooperation day"),
                "date": datetime.date(2021, 11, 20),
                "when": "",
                "place": "Angers",
            }
        ],
    },
    {
        "slug": "journee-sante-cooperation-2021",
        "translated": False,
        "title": "Santé et coopération : les centres de santé communautaires",
        "date": datetime.date(2021, 11, 20),
        "time": "09:30",
        "place": "Salon d'honneur de l'hôtel de ville, Angers",
        "themes": ["Santé"],
        "context": [
            "Les partenariats d'Angers avec Bamako et de Châtellerault avec Kaya soutiennent des centres de "
            "santé. La journée a mis en regard leurs choix : construction, équipement ou formation des soignants.",
        ],
        "agenda": [
            ("09:30", "Accueil et présentation de la journée"),
            ("10:00", "Le centre de santé de Bamako : dix ans de partenariat"),
            ("11:00", "Former plutôt que construire ? L'expérience de Kaya"),
            ("14:00", "Ateliers : la place des mutuelles de santé"),
        ],
        "speakers": ["Hélène Marchand", "Michel Brunet"],
        "attendees": [
            "Ville d'Angers",
            "District de Bamako",
            "Ville de Châtellerault",
            "Commune de Kaya",
            "Association Châtellerault-Kaya Jumelage Coopération",
            "Horizons Solidaires",
        ],
        "decisions": [
            "Un groupe de travail santé se réunit deux fois par an entre les rencontres.",
            "Les membres envoient au réseau les conventions signées avec les centres de santé, pour un recueil commun.",
        ],
        "next_meetings": [
            {"title": "Assemblée générale 2022", "date": datetime.date(2022, 3, 19), "when": "", "place": "Caen"},
        ],
    },
    {
        "slug": ("assemblee-generale-2022", "general-assembly-2022"),
        "translated": True,
        "title": ("Assemblée générale 2022 du réseau", "Network general assembly 2022"),
        "date": datetime.date(2022, 3, 19),
        "time": "09:30",
        "place": "Maison des associations, Caen",
        "themes": ["Appui institutionnel", "Jeunesse"],
        "context": [
            (
                "Première assemblée générale de nouveau en présence. Les membres ont choisi de consacrer l'année "
                "à la place des jeunes dans les partenariats.",
                "The first general assembly held in person again. Members chose to devote the year to the place "
                "of young people in partnerships.",
            ),
        ],
        "agenda": [
            ("09:30", ("Accueil des participants", "Welcome")),
            ("10:00", ("Rapport d'activité et rapport financier", "Activity report and financial report")),
            (
                "11:00",
                (
                    "Thème de l'année : les jeunes dans les partenariats",
                    "Theme of the year: young people in partnerships",
                ),
            ),
            ("11:45", ("Élection du conseil d'administration", "Election of the board")),
        ],
        "speakers": ["Nadia Benali", "Gérard Lemoine"],
        "attendees": [
            "Horizons Solidaires",
            "Ville de Caen",
            "Ville d'Ifs",
            "Ville de Colombelles",
            "Comité de jumelage Caen-Portsmouth",
            "Comité de jumelage de Bretteville-sur-Odon",
            "Caen Calvados Roumanie",
            "CITIM",
        ],
        "decisions": [
            (
                "Les jeunes de retour d'un échange sont invités à chaque rencontre du réseau.",
                "Young people back from an exchange are invited to every meeting of the network.",
            ),
            (
                "Deux places au conseil d'administration sont ouvertes à des moins de trente ans.",
                "Two seats on the board are open to people under thirty.",
            ),
        ],
        "next_meetings": [
            {
                "title": ("Rencontre des comités de jumelage européens", "Meeting of the European twinning committees"),
                "date": datetime.date(2022, 10, 8),
                "when": "",
                "place": "Bretteville-sur-Odon",
            }
        ],
    },
    {
        "slug": "comites-jumelage-europeens-2022",
        "translated": False,
        "title": "Les jumelages européens après la pandémie",
        "date": datetime.date(2022, 10, 8),
        "time": "14:00",
        "place": "Salle des fêtes, Bretteville-sur-Odon",
        "themes": ["Culture", "Jeunesse"],
        "context": [
            "Les jumelages avec l'Angleterre et l'Allemagne ont perdu des familles d'accueil pendant deux ans. "
            "Les comités ont échangé sur la manière de relancer les séjours et d'attirer de nouveaux bénévoles.",
        ],
        "agenda": [
            ("14:00", "Tour de table : où en sont les échanges ?"),
            ("14:45", "Trouver des familles d'accueil"),
            ("15:30", "Les aides européennes aux rencontres de citoyens"),
        ],
        "speakers": ["Gérard Lemoine"],
        "attendees": [
            "Comité de jumelage de Bretteville-sur-Odon",
            "Comité de jumelage Caen-Portsmouth",
            "Comité de jumelage de Fleury-sur-Orne",
            "Ville de Basingstoke",
            "Ville de Quakenbrück",
            "Horizons Solidaires",
        ],
        "decisions": [
            "Les comités publient ensemble un appel aux familles d'accueil dans la presse locale.",
            "Le réseau recense les programmes européens ouverts aux comités de jumelage.",
        ],
        "next_meetings": [
            {"title": "Assemblée générale 2023", "date": None, "when": "Mars 2023", "place": "Caen"},
        ],
    },
    {
        "slug": ("assemblee-generale-2023", "general-assembly-2023"),
        "translated": True,
        "title": ("Assemblée générale 2023 du réseau", "Network general assembly 2023"),
        "date": datetime.date(2023, 3, 25),
        "time": "09:30",
        "place": "Maison des associations, Caen",
        "themes": ["Appui institutionnel"],
        "context": [
            (
                "L'assemblée a fait le point sur les financements de la coopération décentralisée et sur la "
                "façon dont les petites communes peuvent y accéder.",
                "The assembly took stock of the funding of decentralised cooperation and of how small towns can "
                "obtain it.",
            ),
        ],
        "agenda": [
            ("09:30", ("Rapport d'activité et rapport financier", "Activity report and financial report")),
            ("10:30", ("Les appels à projets de l'État", "The State's calls for projects")),
            ("11:30", ("Élection du conseil d'administration", "Election of the board")),
        ],
        "speakers": ["Nadia Benali", "Claire Vasseur"],
        "attendees": [
            "Horizons Solidaires",
            "Cités Unies France",
            "Ville de Caen",
            "Ville de La Ferté-Macé",
            "Conseil général du Calvados",
            "Conseil général de la Manche",
        ],
        "decisions": [
            (
                "Le réseau aide deux petites communes par an à monter un dossier de cofinancement.",
                "The network helps two small towns a year to prepare a co-funding application.",
            ),
        ],
        "next_meetings": [
            {
                "title": ("Journée culture et échanges artistiques", "Culture and artistic exchanges day"),
                "date": datetime.date(2023, 11, 18),
                "when": "",
                "place": "Chambéry",
            }
        ],
    },
    {
        "slug": "journee-culture-2023",
        "translated": False,
        "title": "Culture et échanges artistiques entre villes partenaires",
        "date": datetime.date(2023, 11, 18),
        "time": "10:00",
        "place": "Espace culturel, Chambéry",
        "themes": ["Culture"],
        "context": [
            "Musiciens de Ouahigouya en résidence à Chambéry, expositions croisées avec Tikhvine : la journée a "
            "montré comment la culture fait vivre un partenariat au-delà des élus.",
        ],
        "agenda": [
            ("10:00", "Accueil et concert des élèves du conservatoire"),
            ("10:45", "Une résidence d'artistes : préparation, visas, accueil"),
            ("14:00", "Ateliers : associer les écoles et les habitants"),
        ],
        "speakers": ["Paul Leroux"],
        "attendees": [
            "Ville de Chambéry",
            "Association Chambéry-Ouahigouya",
            "Commune de Ouahigouya",
            "Amitié Solidarité Tikhvine",
            "Ville de Tikhvine",
            "Horizons Solidaires",
        ],
        "decisions": [
            "Le réseau tient à jour une liste des démarches de visa pour les artistes invités.",
        ],
        "next_meetings": [
            {"title": "Assemblée générale 2024", "date": datetime.date(2024, 3, 23), "when": "", "place": "Caen"},
        ],
    },
    {
        "slug": ("assemblee-generale-2024", "general-assembly-2024"),
        "translated": True,
        "title": ("Assemblée générale 2024 du réseau", "Network general assembly 2024"),
        "date": datetime.date(2024, 3, 23),
        "time": "09:30",
        "place": "Maison des associations, Caen",
        "themes": ["Appui institutionnel", "Services urbains"],
        "context": [
            (
                "L'assemblée a accueilli pour la première fois des élus de villes partenaires, venus de Koutiala "
                "et d'Agnam, qui ont présenté leurs attentes envers les collectivités françaises.",
                "For the first time the assembly welcomed elected representatives of partner towns, from "
                "Koutiala and Agnam, who set out what they expect from French local authorities.",
            ),
        ],
        "agenda": [
            ("09:30", ("Accueil des participants", "Welcome")),
            ("10:00", ("Rapport d'activité et rapport financier", "Activity report and financial report")),
            ("11:00", ("La parole aux villes partenaires", "Partner towns speak")),
        ],
        "speakers": ["Nadia Benali", "Michel Brunet"],
        "attendees": [
            "Horizons Solidaires",
            "Ville de Koutiala",
            "Commune d'Agnam",
            "Ville d'Alençon",
            "Comité de jumelage Alençon-Koutiala",
            "Association des migrants des villages d'Agnam",
            "Ville de Caen",
        ],
        "decisions": [
            (
                "Les villes partenaires sont associées à la préparation des prochaines rencontres.",
                "Partner towns take part in preparing the next meetings.",
            ),
            (
                "Une journée sur la gestion des déchets est organisée à la demande de Koutiala.",
                "A day on waste management is held at Koutiala's request.",
            ),
        ],
        "next_meetings": [
            {
                "title": ("Journée déchets et services urbains", "Waste and urban services day"),
                "date": None,
                "when": ("À l'automne 2024", "In autumn 2024"),
                "place": "Alençon",
            }
        ],
    },
    {
        "slug": "journee-dechets-services-urbains-2024",
        "translated": False,
        "title": "Collecte des déchets : des villes partenaires face à la croissance urbaine",
        "date": datetime.date(2024, 11, 16),
        "time": "09:30",
        "place": "Halle au blé, Alençon",
        "themes": ["Services urbains", "Appui institutionnel"],
        "context": [
            "Koutiala et Bamako grandissent vite et leurs services municipaux peinent à suivre. Techniciens "
            "français et maliens ont comparé l'organisation de la collecte et son financement.",
        ],
        "agenda": [
            ("09:30", "La collecte à Koutiala : état des lieux"),
            ("10:30", "Précollecte par des associations de quartier"),
            ("14:00", "Visite du centre de tri"),
        ],
        "speakers": ["Hélène Marchand", "Gérard Lemoine"],
        "attendees": [
            "Ville d'Alençon",
            "Ville de Koutiala",
            "District de Bamako",
            "Ville d'Angers",
            "Comité de jumelage Alençon-Koutiala",
        ],
        "decisions": [
            "Deux techniciens de Koutiala seront accueillis un mois par les services d'Alençon.",
            "Le réseau cherche un cofinancement pour l'achat de charrettes de précollecte.",
        ],
        "next_meetings": [
            {"title": "Assemblée générale 2025", "date": datetime.date(2025, 3, 29), "when": "", "place": "Caen"},
        ],
    },
    {
        "slug": ("assemblee-generale-2025", "general-assembly-2025"),
        "translated": True,
        "title": ("Assemblée générale 2025 du réseau", "Network general assembly 2025"),
        "date": datetime.date(2025, 3, 29),
        "time": "09:30",
        "place": "Maison des associations, Caen",
        "themes": ["Appui institutionnel", "Éducation"],
        "context": [
            (
                "L'assemblée a adopté le projet du réseau pour 2025-2028, préparé pendant un an avec les membres "
                "et les villes partenaires.",
                "The assembly adopted the network's plan for 2025–2028, prepared over a year with the members "
                "and the partner towns.",
            ),
        ],
        "agenda": [
            ("09:30", ("Rapport d'activité et rapport financier", "Activity report and financial report")),
            ("10:30", ("Le projet du réseau 2025-2028", "The network's plan for 2025–2028")),
            ("11:45", ("Élection du conseil d'administration", "Election of the board")),
        ],
        "speakers": ["Nadia Benali", "Claire Vasseur", "Paul Leroux"],
        "attendees": [
            "Horizons Solidaires",
            "Cités Unies France",
            "Ville de Caen",
            "Ville de Nantes",
            "Ville de Chambéry",
            "Ville d'Hérouville-Saint-Clair",
            "Comité de jumelage Alençon-Koutiala",
            "CITIM",
        ],
        "decisions": [
            (
                "Le projet 2025-2028 est adopté ; il fixe trois priorités : jeunesse, eau, appui aux communes.",
                "The 2025–2028 plan is adopted; it sets three priorities: youth, water, support to municipalities.",
            ),
            (
                "Les comptes rendus des rencontres sont désormais publiés sur l'intranet dans le mois qui suit.",
                "The reports of meetings are now published on the intranet within a month.",
            ),
        ],
        "next_meetings": [
            {
                "title": ("Rencontre Nord-Sud des villes partenaires", "North–South meeting of partner towns"),
                "date": None,
                "when": "",
                "place": "",
            }
        ],
    },
]
# --------------------------------------------------------------------------- end of meeting reports (people-b)
