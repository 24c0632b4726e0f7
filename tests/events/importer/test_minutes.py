"""The decision rules of ``events.importer.minutes`` on short reports written here, in words of our own.

Each rule the dev files show (``test_import_dev_reports``) is checked again on a
text no real report holds, to show it is a rule of how minutes are written and
not of one file; and beside it a plain sentence of the same shape that is not
a decision.
"""

from events.importer.parser import parse_report
from events.importer.readers import read
from network_site.documents.extraction import open_file


def decisions(markdown: str) -> list[str]:
    """The decisions the importer finds in a Markdown report (read as an uploaded ``cr.md`` is)."""
    outline = read(open_file(markdown.encode(), "cr.md"))
    return parse_report(outline, "Compte rendu").decisions


def test_an_answer_after_an_arrow_settles_a_question_or_a_proposal():
    found = decisions(
        "# Conseil du 4 mars 2024\n\n## Local\n\n"
        "- Ouvre-t-on le local le dimanche ? → seulement l'après-midi\n"
        "- Peinture de la façade -> accepté\n"
        "- Inventaire des outils → fait\n"
        "- Trop de papiers -> classeurs, étiquettes ?\n\n"
        "PROPOSITION : prêter la salle au club photo -> oui\n"
        "PROPOSITION : fermer en août -> non, trop de demandes\n"
    )
    assert found == [
        "Local : Ouvre-t-on le local le dimanche ? → seulement l'après-midi",
        "Local : Peinture de la façade -> accepté",
        "Local : PROPOSITION : prêter la salle au club photo -> oui",
        "Local : PROPOSITION : fermer en août -> non, trop de demandes",
    ]  # a status (“→ fait”) and a remark are not answers; each capital label is a line of its own


def test_a_label_naming_what_was_settled():
    found = decisions(
        "# Bureau du 2 avril 2024\n\n## Ordre du jour\n\n- Élection du bureau : candidatures\n\n"
        "## Trésorerie\n\nB/ Désignation du trésorier : Mme Lenoir reprend les comptes dès mai.\n\n"
        "Remplacement du photocopieur : à voir ?\n\n"
        "## Choix du traiteur\n\n- entrée : les Jardins de Léa\n- dessert : la boulangerie du port\n"
    )
    assert found == [
        "Trésorerie : Désignation du trésorier : Mme Lenoir reprend les comptes dès mai.",
        "Choix du traiteur : entrée : les Jardins de Léa ; dessert : la boulangerie du port",
    ]  # an agenda item and an open question are not settled


def test_a_decision_without_its_subject_takes_the_sentence_before():
    found = decisions(
        "# AG du 5 mai 2024\n\n## Cotisation\n\nLe trésorier propose de passer la cotisation à 15 €.\n\n"
        "Adoptée à l'unanimité.\n\n## Fête\n\nLa fête de quartier aura lieu place du marché. Date retenue : 14/06.\n"
    )
    assert found == [
        "Cotisation : Le trésorier propose de passer la cotisation à 15 €. Adoptée à l'unanimité.",
        "Fête : La fête de quartier aura lieu place du marché. Date retenue : 14/06.",
    ]


def test_passive_outcomes_and_a_sentence_referring_to_the_one_before():
    found = decisions(
        "# CA du 6 juin 2024\n\n## Demandes\n\nLes parents demandent un second créneau le mercredi. "
        "Cette demande est acceptée.\n\nLe stand de la brocante est reporté à l'automne.\n\n"
        "Le prestataire retenu l'an passé a livré en retard.\n"
    )
    assert found == [
        "Demandes : Les parents demandent un second créneau le mercredi. Cette demande est acceptée.",
        "Demandes : Le stand de la brocante est reporté à l'automne.",
    ]  # “retenu” without its verb describes the prestataire


def test_what_a_decision_will_bring_goes_with_it():
    found = decisions(
        "# CA du 7 juillet 2024\n\n## Atelier\n\nLe local du fond est attribué à l'atelier vélo. "
        "Les clés seront remises lundi. Merci à tous. Le ménage sera fait samedi.\n\n"
        "Le bilan sera présenté en septembre.\n"
    )
    assert found == ["Atelier : Le local du fond est attribué à l'atelier vélo. Les clés seront remises lundi."]
    # the future sentences right after it, in its paragraph: not after another sentence, nor in the next paragraph


def test_a_decisions_nested_items_and_the_candidates_a_vote_is_on():
    found = decisions(
        "# AG du 8 septembre 2024\n\n## Bureau\n\n- Le bureau sortant est réélu :\n  - Ana Ruiz\n"
        "  - Paul Merle\n- Questions sur le calendrier\n\n"
        "## Élection du comité\n\n- Inès Faure\n- Marc Olivier\n\n### Votes\n\n"
        "Pour : 9\nContre : 0\nAbstention : 1\n"
    )
    assert found == [
        "Bureau : Le bureau sortant est réélu : Ana Ruiz, Paul Merle",
        "Élection du comité : Inès Faure, Marc Olivier (9 pour, 0 contre, 1 abstention)",
    ]  # the candidates under a heading naming the election are what is voted on, not a decision of their own


def test_plain_sentences_are_not_decisions():
    assert (
        decisions(
            "# Réunion du 9 octobre 2024\n\n## Échanges\n\nLe président rappelle l'historique du projet. "
            "Les comptes seront envoyés par courriel. Changement d'horaire du marché depuis mars.\n\n"
            "- Prévoir des chaises → en cours\n- Réunion avec la mairie : compte rendu à venir\n"
        )
        == []
    )


def test_a_who_what_when_table_gives_one_action_per_row():
    outline = read(
        open_file(
            (
                "# Comité du 9 octobre 2024\n\n## Suites\n\n"
                "| Action | Responsable | Échéance |\n|---|---|---|\n"
                "| Réserver le car pour Ségou | Yanis | 15 novembre |\n"
                "| Relancer la mairie |  | fin novembre |\n"
                "|  | Inès | décembre |\n\n"
                "## Budget\n\n| Poste | Montant |\n|---|---|\n| Car | 900 € |\n"
            ).encode(),
            "cr.md",
        )
    )
    actions = parse_report(outline, "Compte rendu").actions
    # A row without its “what” is no action; the budget table (no who, no when column) gives none.
    assert actions == ["Réserver le car pour Ségou — Yanis (15 novembre)", "Relancer la mairie (fin novembre)"]
