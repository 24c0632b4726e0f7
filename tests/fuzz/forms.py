"""What a browser would send from an HTML form: the fields of the page's main POST form, as parsed from its HTML."""

from html.parser import HTMLParser


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []  # {"method", "fields": [(name, value, kind)]}
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"method": (attrs.get("method") or "get").lower(), "fields": []}
            self.forms.append(self._form)
        elif self._form is None or "name" not in attrs and tag != "option":
            return
        elif tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in {"submit", "button", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self._form["fields"].append((attrs["name"], attrs.get("value") or "", kind))
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "select":
            self._select = {"name": attrs["name"], "first": None, "selected": []}
        elif tag == "option" and self._select is not None:
            value = attrs.get("value") or ""
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in attrs:
                self._select["selected"].append(value)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea" and self._textarea is not None:
            if self._form is not None:
                self._form["fields"].append((self._textarea[0], self._textarea[1], "textarea"))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            values = self._select["selected"] or ([self._select["first"]] if self._select["first"] else [])
            for value in values:
                self._form["fields"].append((self._select["name"], value, "select"))
            self._select = None


def post_form_fields(html: str) -> list[tuple[str, str, str]]:
    """``[(name, value, kind), …]`` of the POST form with the most fields in ``html`` (``[]`` if none)."""
    parser = _Forms()
    parser.feed(html)
    forms = [form for form in parser.forms if form["method"] == "post"]
    return max(forms, key=lambda form: len(form["fields"]))["fields"] if forms else []
