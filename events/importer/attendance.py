"""Who was at a meeting: the people a report lists as present, excused or absent, and what they came for.

Reports list attendance in many shapes; all of these are read:

- a label then the names on the same line: “Présents : A, B et C.”,
  “Excusée : D (pouvoir donné à A)”, “Étaient présents pour représenter
  l'amicale : E, F”, “Étaient présents **G**, **H** et **I**.”, several labels
  in one paragraph (“Présents : … Absents non excusés : …”);
- a heading (or a label line with nothing after the colon) then the names:
  one per list item or per line, comma lists, checkboxes (``[x]`` present,
  ``[ ]`` not there, so left out), “groupe : A, B” lines, a header line of
  columns (“Nom Prénom [login]”) skipped;
- each name as “Name (Organisation)”, “Name - Organisation”, “Organisation : Name”,
  “Name (role)”, “Name, role, organisation…” (a long description after the
  name), “Name [login] (oui)”.

Labels (accents, case and inclusive endings ignored): présent(e)(s), présence,
participant(e)(s), étaient / membres présents, invité(e)(s) → present;
excusé(e)(s) → excused; absent(e)(s), absents non excusés → absent. What is
in brackets (logins) and answers in parentheses (“(oui)”, “()”) are dropped;
proxy remarks (“pouvoir donné à …”) too. A head count (“27 présents”, “7
membres”) names nobody. People and organisations are told apart by the
organisation words of ``ORGANISATION_WORDS`` (“Ville”, “Université”,
“Association”…): a rule, not a language model, so that the import needs no
model download.
"""

import re
from dataclasses import dataclass

from network_site.core.text import fold

from .outline import Block, Heading, ItemList, Paragraph

PRESENT, EXCUSED, ABSENT = "present", "excused", "absent"
# Folded first words of organisation names.
ORGANISATION_WORDS = (
    "association",
    "amicale",
    "ville",
    "mairie",
    "commune",
    "communaute",
    "comite",
    "conseil",
    "departement",
    "region",
    "universite",
    "ecole",
    "federation",
    "reseau",
    "syndicat",
    "union",
    "collectif",
    "cooperative",
    "fondation",
    "institut",
    "centre",
    "office",
    "agence",
    "ministere",
    "prefecture",
    "cites unies",
)
_E = r"(?:[.·-]?e)?(?:[.·-]?s)?(?:[.·-]e?s)?"  # inclusive and plural endings: présent.e.s, participants·es
_LABEL = re.compile(
    rf"(?P<label>(?:(?:[ÉEée]taient|[Mm]embres|[Ss]ont)\s+)?(?:"
    rf"(?P<absent>[Aa]bsent{_E}(?:\s+non\s+excus[ée]{_E})?)|(?P<excused>[Ee]xcus[ée]{_E})|"
    rf"(?P<present>[Pp]r[ée]sen(?:t{_E}|ce)|[Pp]articipant{_E}|[Ii]nvit[ée]{_E})))"
    r"(?P<extra>\s*\((?P<aside>[^)]*)\)|\s+pour\s+repr[ée]senter\s+(?P<represents>[^:]{1,80}?))?"
    r"(?P<colon>\s*:\s*)"
)
# “Étaient présents **A**, **B**”: the label without a colon, names right after it.
_LABEL_WITHOUT_COLON = re.compile(r"^(?P<label>(?:[ÉE]taient|Sont)\s+pr[ée]sent" + _E + r")\s+(?=[A-ZÀ-Ý])")
_CHECKBOX = re.compile(r"^\[(?P<mark>[ xX✓✔]?)\]\s*")
_BRACKETS = re.compile(r"\s*\[[^\]]*\]")
_ANSWER = re.compile(r"\s*\((?:oui|non|yes|no|x|)\)", re.IGNORECASE)
_PROXY = ("pouvoir", "procuration", "represente par", "represente")
_SEPARATORS = re.compile(r"\s*(?:,|;|\s+et\s+|\s+&\s+)\s*")
_NAME_DASH = re.compile(r"^(?P<name>[^–—-]+?)\s+[–—-]\s+(?P<organisation>.+)$")
_GROUP = re.compile(r"^(?P<group>[^:]{1,60}?)\s*:\s*(?P<rest>.+)$")
_ASIDE = re.compile(r"^(?P<name>.+?)\s*\((?P<aside>[^()]*)\)$")
_HEADER_WORDS = {"nom", "prenom", "noms", "prenoms"}
_MAX_NAME_WORDS = 5
_PARTICLES = {"de", "du", "des", "d'", "d’", "van", "von", "der", "den", "le", "la", "di", "da", "del", "ben", "el"}


@dataclass(frozen=True)
class Attendance:
    """A person named in an attendance list: ``status`` ``"present"``, ``"excused"`` or ``"absent"``.

    ``organisation`` is what they came for (``""`` if not given), ``role`` a
    role written beside the name (“scribe”).
    """

    name: str
    status: str = PRESENT
    organisation: str = ""
    role: str = ""


def status_of(label: re.Match) -> str:
    return ABSENT if label["absent"] else EXCUSED if label["excused"] else PRESENT


def heading_status(text: str) -> str | None:
    """The status a heading opens (“Présents (Arles)”, “Participants·es”, “Excusés”), else ``None``."""
    match = _LABEL.match(text.strip() + " :") if len(text.split()) <= 4 else None
    if match and match.end() >= len(text.strip()):
        return status_of(match)
    return None


def heading_aside(text: str) -> str:
    """What a heading's label has in parentheses (“Présents (Arles)” → “Arles”), else ``""``."""
    match = _LABEL.match(text.strip() + " :")
    return (match["aside"] or "").strip() if match else ""


def find_attendance(blocks: list[Block]) -> tuple[list[Attendance], set[int]]:
    """(the people named as present, excused or absent, in order; the indexes of the blocks that only list them).

    Those blocks are attendance headings with their sections and paragraphs
    that are attendance lines only; the caller takes them out of the body.
    """
    people: list[Attendance] = []
    used: set[int] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, Heading) and (status := heading_status(block.text)):
            end = index + 1
            while end < len(blocks) and not isinstance(blocks[end], Heading):
                end += 1
            listed = [person for inner in blocks[index + 1 : end] for person in _listed(inner, status)]
            people += listed
            if _only_names(blocks[index + 1 : end], listed):
                used.update(range(index, end))
            index = end
            continue
        if isinstance(block, Paragraph):
            found, only, pending = _labelled(block)
            people += found
            if pending is not None and index + 1 < len(blocks) and isinstance(blocks[index + 1], ItemList):
                people += _listed(blocks[index + 1], pending)
                used.update({index, index + 1} if only else {index + 1})
                index += 2
                continue
            if found and only:
                used.add(index)
        index += 1
    return people, used


def _only_names(blocks: list[Block], people: list[Attendance]) -> bool:
    """Whether ``blocks`` say nothing but the names of ``people`` (then the page's attendance lists replace them);
    logins, descriptions or remarks beside the names keep the blocks in the text."""
    words = set()
    for block in blocks:
        lines = [item.text for item in block.items] if isinstance(block, ItemList) else [getattr(block, "text", "")]
        words.update(word for line in lines for word in fold(_CHECKBOX.sub("", line.strip())).split())
    named = {word for person in people for word in fold(f"{person.name} {person.organisation} {person.role}").split()}
    return not {word for word in words - named if len(word) > 2 and word not in {"oui", "non", "et"}}


def _labelled(paragraph: Paragraph) -> tuple[list[Attendance], bool, str | None]:
    """(people named after labels in a paragraph; whether it holds nothing else; the status of a trailing label
    with nothing after it, whose names follow in a list, else ``None``)."""
    lines = paragraph.written_lines
    people, other_lines, pending = [], 0, None
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        labels = list(_LABEL.finditer(line))
        labels = [match for match in labels if _label_starts_words(line, match)]
        if not labels and (match := _LABEL_WITHOUT_COLON.match(line)):
            labels = [match]
        if not labels:
            other_lines += bool(line)
            index += 1
            continue
        if labels[0].start() > 0 and not _is_head_count(line[: labels[0].start()]):
            other_lines += 1
        for number, match in enumerate(labels):
            end = labels[number + 1].start() if number + 1 < len(labels) else len(line)
            value = line[match.end() : end].strip()
            if number + 1 == len(labels):  # the last label's names may wrap onto the next lines
                while index + 1 < len(lines) and _continues(value, lines[index + 1]):
                    index += 1
                    value = f"{value} {lines[index].strip()}"
            status = status_of(match) if match.re is _LABEL else PRESENT
            organisation = (match.groupdict().get("represents") or "").strip()
            if not value:
                pending = status
                continue
            value, rest = _sentence(value)
            other_lines += bool(rest)
            people += [_person(part, status, organisation) for part in _split(value)]
        index += 1
    return [person for person in people if person], not other_lines, pending


def _label_starts_words(line: str, match: re.Match) -> bool:
    """A label is a word of its own (not the end of “représentés :”), at the start or after a head count."""
    return match.start() == 0 or not line[match.start() - 1].isalnum()


def _is_head_count(text: str) -> bool:
    """“27 présents 12 pouvoirs” before a label: counts, not text."""
    return all(word.isdigit() or len(word) > 2 for word in text.split()) and any(c.isdigit() for c in text)


def _continues(value: str, line: str) -> bool:
    """Whether the next line goes on a list of names (it is not a new “Label : …” line, the list did not end)."""
    line = line.strip()
    return bool(line) and not value.endswith(".") and not _GROUP.match(line) and not _LABEL.search(line)


def _sentence(value: str) -> tuple[str, str]:
    """(the list of names, the text after it): a list ends at the end of its sentence (“. ” then a capital)."""
    match = re.search(r"\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[a-zà-ÿ])", value)
    if match:
        return value[: match.start()], value[match.end() :]
    return value.rstrip(" ."), ""


def _listed(block: Block, status: str) -> list[Attendance]:
    """The people of a block under an attendance heading or label: one per item or line, or comma lists."""
    if isinstance(block, ItemList):
        lines = [item.text for item in block.items]
    elif isinstance(block, Paragraph):
        lines = block.written_lines
    else:
        return []
    people = []
    for line in lines:
        line = line.strip().lstrip("-–—•*· ").strip()
        checkbox = _CHECKBOX.match(line)
        if checkbox:
            if not checkbox["mark"].strip():
                continue  # unchecked: not there
            line = line[checkbox.end() :]
        if not line or _is_header(line):
            continue
        organisation = ""
        if group := _GROUP.match(line):
            label = group["group"].strip()
            if _is_organisation(label):  # “Organisation : Name, Name”
                organisation = label
            line = group["rest"]
        parts = _split(line)
        if len(parts) > 1 and not all(_name_like(part) for part in parts):
            # “Name, role, organisation…”: one person described, not a list of names.
            described = [part for part in parts[1:] if _is_organisation(part)]
            organisation = organisation or (described[0] if described else "")
            parts = parts[:1]
        people += [_person(part, status, organisation) for part in parts]
    return [person for person in people if person]


def _name_like(text: str) -> bool:
    """Whether ``text`` reads as a person's name: a few words, each capitalised or a particle (“de”, “van”…)."""
    words = text.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and all(word[:1].isupper() or word in _PARTICLES for word in words)


def _is_header(line: str) -> bool:
    """A header line of columns: “Nom Prénom [login] (membre depuis…)”."""
    return len(_HEADER_WORDS & set(fold(_BRACKETS.sub("", line)).split())) >= 2


def _split(value: str) -> list[str]:
    """A comma (or “et”, “;”, “&”) list of names → its parts, outside parentheses."""
    parts, depth, start = [], 0, 0
    for match in re.finditer(r"[()]|" + _SEPARATORS.pattern, value):
        if match[0] == "(":
            depth += 1
        elif match[0] == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(value[start : match.start()])
            start = match.end()
    parts.append(value[start:])
    return [part.strip(" .") for part in parts if part.strip(" .")]


def _person(text: str, status: str, organisation: str = "") -> Attendance | None:
    """One name as written → ``Attendance``, or ``None`` for what names nobody (a head count, a sentence)."""
    text = _ANSWER.sub("", _BRACKETS.sub("", text)).strip(" .:*")
    role = ""
    if aside := _ASIDE.match(text):
        inner = aside["aside"].strip()
        text = aside["name"].strip()
        if any(word in fold(inner) for word in _PROXY):
            pass  # a proxy remark: “(pouvoir donné à …)”
        elif _is_organisation(inner) or (inner[:1].isupper() and not organisation):
            organisation = organisation or inner
        else:
            role = inner
    elif dash := _NAME_DASH.match(text):
        text, organisation = dash["name"].strip(), organisation or dash["organisation"].strip()
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or words[0][:1].isdigit() or not any(c.isalpha() for c in text):
        return None
    if _is_organisation(text):
        return None  # an organisation listed among the people: not a person
    return Attendance(text, status, organisation, role)


def _is_organisation(text: str) -> bool:
    folded = fold(text)
    return (
        folded.startswith(ORGANISATION_WORDS)
        or bool(re.match(r"^(?:l |la |le |les )", folded))
        and any(word in folded.split()[:3] for word in ORGANISATION_WORDS)
    )
