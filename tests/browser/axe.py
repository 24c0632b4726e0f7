"""axe-core (node_modules/axe-core, pinned in package.json) run in the page the browser shows.

``violations(browser, disabled=())`` returns a list of ``{"id", "impact", "help", "nodes"}`` for the WCAG 2.1 A and
AA rules (axe's tags ``wcag2a``, ``wcag2aa``, ``wcag21a``, ``wcag21aa``); ``nodes`` holds up to five
``(CSS selector, HTML excerpt)`` pairs. ``disabled`` turns rules off by id (see ``EXCLUSIONS`` in test_axe.py and
docs/accessibility.md for the only ones and why).
"""

from pathlib import Path

from django.conf import settings

AXE_JS = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_RUN = """
const [tags, disabled, done] = arguments;
const rules = Object.fromEntries(disabled.map((id) => [id, {enabled: false}]));
axe.run(document, {runOnly: {type: "tag", values: tags}, rules, resultTypes: ["violations"]})
  .then((result) => done(result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => [n.target.join(" "), n.html.slice(0, 200)]),
  }))))
  .catch((error) => done([{id: "axe-error", impact: "critical", help: String(error), nodes: []}]));
"""


def violations(browser, disabled=()):
    if not browser.execute_script("return typeof window.axe !== 'undefined'"):
        browser.execute_script(AXE_JS.read_text(encoding="utf-8"))
    return browser.execute_async_script(_RUN, TAGS, list(disabled))


def describe(found) -> str:
    """The violations as readable lines, for an assertion message."""
    lines = []
    for violation in found:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {target}  {html}" for target, html in violation["nodes"])
    return "\n".join(lines)
