"""What a meeting decided and what comes next: agenda, decisions, actions and next meetings found in an outline.

Rules (words compared folded, see ``network_site.core.text.fold``):

- **agenda**: the items of a list (or the lines of a paragraph) under an
  “Ordre du jour” / “ODJ” / “Programme” heading, or right after a line that
  ends with “ordre du jour (suivant) :”; when that heading has no items of its
  own, or when there is no agenda at all, the numbered headings that follow
  one another from 1 (“1/ Motion ONF :”, “2. Budget”), at least three of them.
  Numbers, trailing colons and commas are dropped.
- **decisions**: a vote count (“12 votes pour / 2 abstentions”, “Pour : 7”,
  “approuvent : 23”) is a decision on what its section is about: the section's
  heading (its parent's when the heading only says “Votes”) and the paragraph
  before the count, or the sentence after it that states the outcome
  (“approuvés à l'unanimité”), the count written “23 pour, 0 contre, 3
  abstentions” (0 and 1 in the singular, “1 abstention”); under a “Votes”
  heading, the last list of the section above (its candidates) is what the vote
  is on. Elsewhere a sentence with a decision word (``DECISION_WORDS``:
  approuvé, adopté, voté, élu, décidé, désigné, nommé, validé, maintenu, a
  passive outcome “est accepté / refusé / reporté / attribué / pris en compte”,
  a date set “Date arrêtée : …”…, or a “Décision :” / “Conclusion :” label) is
  a decision, prefixed with its section's heading; so is a line whose answer
  after an arrow settles it (“… ? → …”, “… -> non”), and, outside the agenda,
  a line labelled with what was settled (“Nomination du référent : X sera
  référent”, “Changement de … : …”), a heading so named over a list (“Choix
  des outils”) giving one decision unless the list is voted on. A decision
  without its subject (“Adoptée à l'unanimité.”, “Date arrêtée : …”) is
  joined to the sentence before; one referring to what came before (“Cette
  demande est acceptée”) to the section's decision before, else to the
  sentence before; the sentences after a decision, in its paragraph, that say
  in the future how it will be carried out (“Les gilets seront
  distribués…”) are joined to it; a decision item's nested
  items are its detail. A source line opening with a label in capitals
  (“HYPOTHÈSE :”) is a line of its own. List items that are all decisions are
  one decision; the items of a list announced by such a sentence (“les sujets
  votés :”) are one decision each. Sections named “Décisions”, “Relevé de
  décisions”, “Points clés” give their items as they are.
- **actions**: lines labelled “ACTION :” / “TODO :”, the items under an
  “Actions” / “À faire” heading, and the rows of a who/what/when table (a header
  cell “Action”, “Tâche”, “Quoi”… and one “Qui”, “Responsable”… or “Échéance”,
  “Quand”…), each as “what — who (when)”.
- **next meetings**: a line, list item or heading that says “prochaine
  réunion”, “prochain CA”, “prochain rendez-vous”, “prochaines dates”… with a
  date in it (or, for a heading, in the paragraph below it): one meeting per
  date (“28/01 à 19h30 & 14/02 à 19h30”), its time the hour after that date,
  its place what follows “chez” or “salle”. A label without a date (“lors
  d'un prochain CA”) announces nothing. A line naming a meeting (réunion,
  conseil, assemblée, bureau…) whose date is set (“Date arrêtée : 28/10/2022”,
  “fixée au …”) announces one too.
"""

import re
from dataclasses import dataclass

from network_site.core.text import fold

from .metadata import find_days, find_time
from .outline import Block, Heading, ItemList, Paragraph, Quote, Table

AGENDA_HEADINGS = ("ordre du jour", "odj", "programme", "points a l ordre du jour")
DECISION_HEADINGS = ("decision", "decisions", "releve de decisions", "points cles", "decisions prises")
ACTION_HEADINGS = ("actions", "action", "taches", "todo")
# Header cells (folded, first word) of a who/what/when table of actions: what is to be done, by whom, by when.
ACTION_WHAT = ("action", "actions", "quoi", "tache", "taches", "objet", "a faire")
ACTION_WHO = ("qui", "responsable", "responsables", "porteur", "porteurs", "pilote", "referent")
ACTION_WHEN = ("quand", "echeance", "delai", "date", "pour le", "calendrier")
GENERIC_VOTE_HEADINGS = ("vote", "votes", "resultat", "resultats", "resultat du vote", "resultats des votes")
# Folded words that make a sentence a decision; outcome words restate a vote's result.
# “voté” folds to “vote”, as the noun does: only “votée(s)”, or “voté” after a verb or before “à l'unanimité”.
# “élus” is also the noun (elected officials): “élu(e)(s)” only after a verb or before “à l'unanimité / la majorité”.
# A request or a role settled is said in the passive, after “est / sont / a été / ont été”: “la demande est
# acceptée”, “le point est reporté”, “les rôles ont été redistribués”, “la demande a été prise en compte”
# (without the verb, “retenu”, “reporté” or “attribué” are as often a description: “le prestataire retenu”).
PASSIVE_OUTCOMES = (
    r"(?:est|sont|ete) (?:acceptee?s?|refusee?s?|rejetee?s?|retenue?s?|reportee?s?|ajournee?s?|enterinee?s?"
    r"|ratifiee?s?|(?:re)?attribuee?s?|redistribuee?s?|confiee?s?|prise?s? en compte)"
)
OUTCOME_WORDS = (
    r"approuve(?:e|s|es)?|adopte(?:e|s|es)?|votees?|(?:est|sont|ete|a|ont) votes?|votes? a l unanimite"
    r"|(?:est|sont|ete) (?:re)?elue?s?|(?:re)?elue?s? a (?:l unanimite|la majorite)|" + PASSIVE_OUTCOMES
)
# A date set: “Date arrêtée : 28/10/2022”, “l'AG est fixée au 5 mai” (a decision, and a next meeting's date).
SET_DATE_WORDS = r"date (?:arretee|retenue|fixee)|fixee?s? (?:au|le)"
DECISION_WORDS = (
    OUTCOME_WORDS + r"|decide(?:e|s|es)?|designe(?:e|s|es)?|nomme(?:e|s|es)?|nomine(?:e|s|es)?|valide(?:e|s|es)?"
    r"|maintenu(?:e|s|es)?|sont d accord|a l unanimite des presents|" + SET_DATE_WORDS
)
_DECISION = re.compile(rf"\b(?:{DECISION_WORDS})\b")
_OUTCOME = re.compile(rf"\b(?:{OUTCOME_WORDS})\b")
# An answer after an arrow settles what comes before it: a question (“On migre ? → oui”), or any line when the
# answer is a yes, a no or an outcome (“HYPOTHÈSE : ajouter nos pratiques -> non”); a status (“→ fait”) is not.
_ARROW = re.compile(r"\s(?:-+>|→|=+>|⇒)\s*(?P<answer>\S.*)$")
_ANSWER = re.compile(
    r"^(?:oui|non|ok|d accord|accord|unanimite|(?:approuve|adopte|valide|accepte|refuse|rejete|retenu|reporte)e?s?)\b"
)
# A line labelled with what was settled, then how: “Nomination du trésorier : M. X sera trésorier”,
# “Changement de coordination : A laisse la coordination à B”; a heading so named over a list (“Choix des
# outils”) is one decision, its items joined. An enumerator (“A/”, “2.”) may come first.
_SETTLED_NOUN = r"(?:nomination|d[ée]signation|[ée]lection|changement|remplacement|choix)\b"
_SETTLED_LABEL = re.compile(
    rf"^\W*(?:\w{{1,2}}\s*[/.)]\s*)?(?P<label>{_SETTLED_NOUN}[^:]{{0,80}}?)\s*:\s*(?P<text>\S.*)$", re.IGNORECASE
)
_SETTLED_HEADING = re.compile(_SETTLED_NOUN, re.IGNORECASE)
# A verb in the future (“Les gilets seront distribués”, “il leur sera demandé”): the sentence says how the
# decision before it will be carried out.
_FUTURE = re.compile(
    r"\b(?:sera|seront|aura|auront|fera|feront|ira|iront|devra|devront|pourra|pourront|faudra"
    r"|\w{2,}(?:er|ir|dr|ttr)(?:a|ont))\b"
)
_DECISION_LABEL = re.compile(r"^\W*(?:d[ée]cision|conclusion|r[ée]solution)s?\s*:\s*(?P<text>.+)", re.IGNORECASE)
_ACTION_LABEL = re.compile(r"^\W*(?:action|todo|[àa] faire)\s*:\s*(?P<text>.+)", re.IGNORECASE)
# Vote counts, on folded text: “12 votes pour”, “pour 7”, “approuvent 23”, “2 abstentions”.
_COUNT = re.compile(
    r"\b(?:(?P<n1>\d{1,3}) (?:votes? )?(?P<w1>pour|contre|abstentions?|voix pour|votes?$|votants)\b"
    r"|(?P<w2>pour|contre|abstentions?|approuvent|desapprouvent|votants) (?P<n2>\d{1,3})\b)"
)
_COUNT_WORDS = {
    "approuvent": "pour",
    "desapprouvent": "contre",
    "abstention": "abstentions",
    "voix pour": "pour",
    "vote": "votes",
}
# A sentence that refers to the one before (not the impersonal “il est décidé”).
_ANAPHORA = re.compile(r"^(?:cette|ce|cet|ces|elle|ils|elles|celle|celui)\b|\bainsi\b")
_NUMBERED = re.compile(r"^\s*(?P<number>\d{1,2})\s*[./)°-]\s*(?P<title>\S.*)$")
_NEXT = re.compile(
    r"\bprochaine?s? (?:reunion|rencontre|rendez vous|dates?|seance|assemblee|ag|ca|cd|bureau|conseil|comite|point)s?\b"
)
# “… un conseil spécifique … Date arrêtée : 28/10/2022”: a meeting whose date is set, without “prochain”.
_SET_DATE = re.compile(rf"\b(?:{SET_DATE_WORDS}|prevue? (?:au|le))\b")
_MEETING_NOUN = re.compile(r"\b(?:reunion|conseil|assemblee|bureau|ca|ag|seance)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:chez|salle|au siège|en mairie)\b.*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"(])")


@dataclass
class MeetingMention:
    """A next meeting as the text gives it: its ``label`` (“Prochaine réunion”), the ``line`` it is on, its date.

    ``day``, ``month``, ``year`` and ``weekday`` are what the text states (``year``
    ``None`` when it does not); ``time`` and ``place`` what follows that date.
    """

    label: str
    line: str
    day: int
    month: int
    year: int | None
    weekday: int | None
    time: object
    place: str


def section_title(text: str) -> str:
    """A heading without its numbering and trailing punctuation: “1/ Motion ONF :” → “Motion ONF”."""
    match = _NUMBERED.match(text)
    text = match["title"] if match else text
    return " ".join(text.split()).strip(" :;,.")


def _starts(text: str, beginnings: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(folded == word or folded.startswith(word + " ") for word in beginnings)


def is_agenda_heading(text: str) -> bool:
    return _starts(text, AGENDA_HEADINGS)


def find_agenda(blocks: list[Block]) -> tuple[list[str], set[int]]:
    """(the agenda items, the indexes of the blocks they came from and of their heading), see the module doc."""
    for index, block in enumerate(blocks):
        announces = (
            isinstance(block, Paragraph)
            and re.search(r"ordre du jour(?: suivant)?(?: (?:a ete|est))?", fold(block.text))
            and block.text.rstrip().endswith(":")
        )
        if (isinstance(block, Heading) and is_agenda_heading(block.text)) or announces:
            items, used = [], set() if announces else {index}  # an announcing sentence stays in the text
            following = index + 1
            while following < len(blocks) and isinstance(blocks[following], ItemList | Paragraph):
                inner = blocks[following]
                if isinstance(inner, ItemList):
                    items += [item.text for item in inner.items]
                elif announces or inner.bold:
                    break
                else:
                    items += [line for line in inner.written_lines if line.strip()]
                used.add(following)
                following += 1
                if announces:
                    break
            if items:
                return [section_title(item) for item in items], used
            if isinstance(block, Heading):
                numbered = numbered_headings(blocks[index + 1 :])
                return numbered, set()
    return numbered_headings(blocks), set()


def numbered_headings(blocks: list[Block]) -> list[str]:
    """The titles of the headings numbered 1, 2, 3… in a row (at least three), else ``[]``."""
    titles, expected = [], 1
    for block in blocks:
        if isinstance(block, Heading) and (match := _NUMBERED.match(block.text)):
            if int(match["number"]) == expected:
                titles.append(section_title(block.text))
                expected += 1
            elif int(match["number"]) == 1 and len(titles) < 3:
                titles, expected = [section_title(block.text)], 2
    return titles if len(titles) >= 3 else []


def _sections(blocks: list[Block]):
    """(heading path, blocks) of each run of blocks between headings; the path holds the heading texts above."""
    path: list[tuple[int, str]] = []
    current: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading):
            yield [text for _level, text in path], current
            path = [(level, text) for level, text in path if level < block.level] + [(block.level, block.text)]
            current = []
        else:
            current.append(block)
    yield [text for _level, text in path], current


def _subject(path: list[str]) -> str:
    """The heading a decision is about: the last one, its parent's when it only says “Votes”."""
    titles = [section_title(text) for text in path]
    while titles and fold(titles[-1]) in GENERIC_VOTE_HEADINGS:
        titles.pop()
    return titles[-1] if titles else ""


# A source line opening with a label in capitals (“HYPOTHÈSE : …”, “ACTION : …”) is a line of its own, even
# where Markdown joins it to the line before.
_CAPITAL_LABEL = re.compile(r"^\s*[A-ZÀ-Ý]{2,}(?:[ -][A-ZÀ-Ý]{2,})*\s*:")


def _lines(block: Block) -> list[str]:
    if isinstance(block, ItemList):
        return [item.text for item in block.items]
    if isinstance(block, Paragraph):
        labelled = [line.strip() for line in block.written_lines if block.written and _CAPITAL_LABEL.match(line)]
        lines = []
        for line in block.lines:
            for label in labelled:
                if (at := line.find(label)) > 0:
                    lines.append(line[:at])
                    line = line[at:]
            lines.append(line.strip())
        return [line for line in lines if line]
    if isinstance(block, Quote):
        return block.text.split("\n")
    return []


def _count(text: str) -> str:
    """A vote count in ``text`` written “7 pour, 0 contre, 1 abstention”, else ``""``.

    A count of one figure only is “N votes (pour)”, or “N pour” that ends the
    text (“45 pour les départements” is not a vote).
    """
    parts, alone = {}, False
    folded = fold(text)
    for match in _COUNT.finditer(folded):
        word = match["w1"] or match["w2"]
        word = _COUNT_WORDS.get(word, word)
        parts.setdefault(word, match["n1"] or match["n2"])
        alone = alone or " vote" in match[0] or match.end() == len(folded)
    if not ({"pour", "contre", "votes"} & parts.keys()) or (len(parts) < 2 and not alone):
        return ""
    order = ["votants", "votes", "pour", "contre", "abstentions"]
    return ", ".join(f"{parts[word]} {_plural(word, parts[word])}" for word in order if word in parts)


def _plural(word: str, number: str) -> str:
    """“abstentions”, “votes”, “votants” in the singular for 0 and 1, as French has it (“0 abstention”)."""
    return word if int(number) > 1 or not word.endswith("s") else word[:-1]


def _sentences(text: str) -> list[str]:
    return [sentence.strip() for sentence in _SENTENCE_END.split(" ".join(text.split())) if sentence.strip()]


def _is_decision(sentence: str) -> bool:
    """A decision word, a “Décision :” label or an answer after an arrow, see the module doc."""
    return bool(_DECISION.search(fold(sentence)) or _DECISION_LABEL.match(sentence) or _answered(sentence))


def _answered(sentence: str) -> bool:
    """“On migre ? → pas une urgence”, “Hypothèse : ajouter X -> non”: an answer settles the line."""
    arrow = _ARROW.search(sentence)
    return bool(arrow) and (
        sentence[: arrow.start()].rstrip().endswith("?") or bool(_ANSWER.match(fold(arrow["answer"])))
    )


def _settled(line: str) -> str:
    """“A/ Nomination du référent : X sera référent” as it is (without its enumerator), else ``""``."""
    match = _SETTLED_LABEL.match(line)
    if not match or match["text"].rstrip().endswith("?") or len(match["text"].split()) < 2:
        return ""
    return f"{match['label']} : {match['text']}"


def _settled_list(path: list[str], section: list[Block], following: list[str]) -> bool:
    """A heading naming what was settled (“Choix des outils”) over a list, not voted on (no count, no “Votes”)."""
    return bool(
        path
        and section
        and isinstance(section[0], ItemList)
        and _SETTLED_HEADING.match(section_title(path[-1]))
        and not any(_count(" ".join(_lines(block))) for block in section)
        and not (following[:-1] == path and fold(following[-1]) in GENERIC_VOTE_HEADINGS)
    )


def _elliptic(sentence: str) -> bool:
    """A decision without its subject: its decision word opens it (“Adopté à l'unanimité”, “Date arrêtée : …”)."""
    folded = fold(sentence)
    match = _DECISION.search(folded)
    return bool(match) and len(folded[: match.start()].split()) < 2


def find_decisions(blocks: list[Block]) -> list[str]:
    """The decisions of a report, in order (see the module doc)."""
    decisions: list[str] = []
    last_list: dict[tuple[str, ...], ItemList] = {}  # the last list of each section, by its heading path
    sections = list(_sections(blocks))
    for number, (path, section) in enumerate(sections):
        lists = [block for block in section if isinstance(block, ItemList)]
        if lists:
            last_list[tuple(path)] = lists[-1]
        if path and fold(section_title(path[-1])) in DECISION_HEADINGS:
            decisions += [line for block in section for line in _lines(block)]
            continue
        voted = last_list.get(tuple(path[:-1])) if path and fold(path[-1]) in GENERIC_VOTE_HEADINGS else None
        following = sections[number + 1][0] if number + 1 < len(sections) else []
        if _settled_list(path, section, following):
            decisions.append(f"{section_title(path[-1])} : " + " ; ".join(_lines(section[0])))
            section = section[1:]
        agenda = bool(path) and is_agenda_heading(path[-1])
        decisions += _section_decisions(_subject(path), section, voted=voted, agenda=agenda)
    return [" ".join(decision.split()) for decision in decisions if decision.strip()]


def _items(block: ItemList) -> list[str]:
    """The items of a list, the nested items of a decision joined to it (“le CA est maintenu : A, B, C”)."""
    items: list[str] = []
    depths = block.depths or (0,) * len(block.items)
    parent_depth = None
    for item, depth in zip(block.items, depths, strict=True):
        if parent_depth is not None and depth > parent_depth:
            items[-1] += (" " if items[-1].rstrip().endswith(":") else ", ") + item.text
            continue
        items.append(item.text)
        parent_depth = depth if _is_decision(item.text) else None
    return items


def _section_decisions(
    subject: str, section: list[Block], *, voted: ItemList | None = None, agenda: bool = False
) -> list[str]:
    """The decisions of the blocks of one section, under its heading ``subject``.

    ``voted`` is the list a vote of this section is on (a “Votes” heading under
    a list of candidates); ``agenda`` is true in an agenda section, whose items
    are the topics to come, not appointments (“Élection du bureau : …”).
    """
    prefix = f"{subject} : " if subject else ""
    found: list[str] = []
    counted = [index for index, block in enumerate(section) if _count(" ".join(_lines(block)))]
    outcome_used: set[int] = set()
    for index in counted:
        lines = _lines(section[index])
        count = _count(" ".join(lines))
        own = [line for line in lines if not _COUNT.search(fold(line))] if isinstance(section[index], Paragraph) else []
        context = " ".join(own)
        after = section[index + 1] if index + 1 < len(section) else None
        if after is not None and any(_OUTCOME.search(fold(line)) for line in _lines(after)):
            context = " ".join(_lines(after))
            outcome_used.add(index + 1)
        elif not context and index > 0 and isinstance(section[index - 1], Paragraph) and index - 1 not in counted:
            context = " ".join(_lines(section[index - 1]))
            outcome_used.add(index - 1)
        elif not context and index > 0 and isinstance(section[index - 1], ItemList):
            context = ", ".join(_lines(section[index - 1]))
            outcome_used.add(index - 1)
        if voted is not None:
            context = f"{context} : " + ", ".join(_lines(voted)) if context else ", ".join(_lines(voted))
        found.append(f"{prefix}{context} ({count})" if context else f"{prefix}{count}")
    skip = set(counted) | outcome_used
    announced = last_was_decision = False
    previous = ""  # the sentence before, in this paragraph or the one before it
    for index, block in enumerate(section):
        if index in skip:
            announced = last_was_decision = False
            previous = ""
            continue
        if isinstance(block, ItemList):
            items = _items(block)
            decided = [item for item in items if _is_decision(item) or (not agenda and _settled(item))]
            if announced:
                found += items
            elif decided and len(decided) == len(items) and last_was_decision:
                found[-1] += " " + " ; ".join(items)  # the detail of the decision just before
            elif decided and len(decided) == len(items):
                found.append(prefix + " ; ".join(items))
            else:
                found += [prefix + (_settled(item) if not _is_decision(item) else item) for item in decided]
            announced = last_was_decision = False
            previous = ""
            continue
        announced = in_block = False  # in_block: a decision was found in this paragraph
        for line in _lines(block):
            if not agenda and (settled := _settled(line)) and not _is_decision(line):
                found.append(prefix + settled)
                last_was_decision = in_block = True
                previous = line
                continue
            for sentence in _sentences(line):
                if labelled := _DECISION_LABEL.match(sentence):
                    found.append(prefix + labelled["text"])
                    last_was_decision = in_block = True
                elif _is_decision(sentence):
                    if sentence.rstrip().endswith(":") or re.search(r"\bci dessous\b|\bsuivant", fold(sentence)):
                        announced = True  # “la liste des sujets votés :” announces the list below
                    elif last_was_decision and (_ANAPHORA.search(fold(sentence)) or _elliptic(sentence)):
                        found[-1] += " " + sentence  # “Cette délibération est adoptée…” goes on the one before
                    elif found and _ANAPHORA.search(fold(sentence)):
                        found[-1] += " " + sentence  # “Les membres ainsi désignés…”: the section's last decision
                    elif previous and (_ANAPHORA.search(fold(sentence)) or _elliptic(sentence)):
                        found.append(f"{prefix}{previous} {sentence}")  # “Proposition de … Adoptée à l'unanimité.”
                    else:
                        found.append(prefix + sentence)
                    last_was_decision = in_block = not announced
                elif last_was_decision and in_block and _FUTURE.search(fold(sentence)):
                    found[-1] += " " + sentence  # “… le statu quo est maintenu. Les gilets seront distribués …”
                else:
                    last_was_decision = False
                previous = sentence
    return found


def find_actions(blocks: list[Block]) -> list[str]:
    """The actions of a report: “ACTION :” lines and the items of “Actions” sections (see the module doc)."""
    actions = []
    for path, section in _sections(blocks):
        under_heading = bool(path) and _starts(section_title(path[-1]), ACTION_HEADINGS)
        for block in section:
            if isinstance(block, Table):
                actions += _table_actions(block)
                continue
            for line in block.written_lines if isinstance(block, Paragraph) else _lines(block):
                if labelled := _ACTION_LABEL.match(line):
                    actions.append(labelled["text"].strip())
                elif under_heading:
                    actions.append(line.strip())
    return actions


def _table_actions(table: Table) -> list[str]:
    """The rows of a who/what/when table (a “what” column and a “who” or “when” one, found by their header
    cells) as “what — who (when)”; any other table gives nothing."""

    def column(words: tuple[str, ...]) -> int | None:
        return next((i for i, cell in enumerate(table.header) if _starts(cell, words)), None)

    what, who, when = column(ACTION_WHAT), column(ACTION_WHO), column(ACTION_WHEN)
    if what is None or (who is None and when is None):
        return []
    actions = []
    for row in table.rows:
        cell = dict(enumerate(cell.strip() for cell in row))
        if not cell.get(what):
            continue
        text = cell[what]
        if who is not None and cell.get(who):
            text += f" — {cell[who]}"
        if when is not None and cell.get(when):
            text += f" ({cell[when]})"
        actions.append(text)
    return actions


def find_next_meetings(blocks: list[Block]) -> list[MeetingMention]:
    """The group's next meetings the text announces with a date (see the module doc), each date once."""
    found: list[MeetingMention] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            label = _NEXT.search(fold(block.text))
            if label and index + 1 < len(blocks):
                found += _mentions(_label_as_written(block.text), " ".join(_lines(blocks[index + 1])))
            continue
        for line in _lines(block):
            folded = fold(line)
            if _NEXT.search(folded):
                found += _mentions(_label_as_written(line), line)
            elif _SET_DATE.search(folded) and (noun := _MEETING_NOUN.search(line)):
                found += _mentions(noun[0].capitalize(), line)
    unique = {}
    for mention in found:
        unique.setdefault((mention.day, mention.month, mention.year), mention)
    return list(unique.values())


def _label_as_written(text: str) -> str:
    match = re.search(r"\bprochaine?s?\s+[\wÀ-ÿ'’-]+(?:\s+vous)?", text, re.IGNORECASE)
    return match[0].capitalize() if match else section_title(text)


def _mentions(label: str, line: str) -> list[MeetingMention]:
    """One mention per date of ``line`` after its “prochain…” label."""
    found_label = re.search(r"prochain", line, re.IGNORECASE)
    label_at = found_label.start() if found_label else 0
    days = [(line.find(day.text), day) for day in find_days(line)]
    days = [(position, day) for position, day in days if position < 0 or position >= label_at]
    mentions = []
    for number, (position, day) in enumerate(days):
        after = line[position + len(day.text) :] if position >= 0 else line
        next_position = days[number + 1][0] if number + 1 < len(days) else -1
        own = line[position + len(day.text) : next_position] if position >= 0 and next_position > position else after
        place = _PLACE.search(after)
        mentions.append(
            MeetingMention(
                label,
                line.strip(),
                day.day,
                day.month,
                day.year,
                day.weekday,
                find_time(own),
                place[0].strip(" .,;") if place else "",
            )
        )
    return mentions
