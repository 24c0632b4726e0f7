"""Production smoke checks against a running server (run by .ci/smoke.sh; not a pytest module).

    python tests/smoke/check_production.py http://127.0.0.1:8765

Every request says it came through HTTPS (``X-Forwarded-Proto: https``), as the reverse proxy does.
Checks: the home page answers; a members' page redirects to the login page; the admin login page
loads with its CSS and JavaScript, all from the site itself, as its content security policy allows.
Exits non-zero on the first failure; each request has a timeout.
"""

import http.client
import re
import sys
from urllib.parse import urljoin, urlsplit

TIMEOUT = 10  # seconds per request


def get(base: str, path: str) -> tuple[int, dict[str, str], bytes]:
    url = urlsplit(urljoin(base, path))
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=TIMEOUT)
    target = url.path + (f"?{url.query}" if url.query else "")
    connection.request("GET", target, headers={"X-Forwarded-Proto": "https", "Accept-Language": "fr"})
    response = connection.getresponse()
    body = response.read()
    headers = {name.lower(): value for name, value in response.getheaders()}
    connection.close()
    return response.status, headers, body


def check(condition: bool, message: str) -> None:
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        sys.exit(1)


def csp(headers: dict[str, str]) -> dict[str, list[str]]:
    parts = [part.split() for part in headers.get("content-security-policy", "").split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def main(base: str) -> None:
    status, headers, body = get(base, "/fr/")
    check(status == 200, f"home page /fr/ answers 200 (got {status})")
    check(b"Horizons Solidaires" in body, "home page shows the site")
    check("max-age=" in headers.get("strict-transport-security", ""), "HSTS header on the home page")
    check(headers.get("x-frame-options") == "DENY", "X-Frame-Options: DENY")

    status, headers, _body = get(base, "/fr/temoignages/")
    location = headers.get("location", "")
    check(
        status == 302 and "/fr/account/login/?next=/fr/temoignages/" in location,
        f"members' page -> login ({status} {location})",
    )
    status, _headers, body = get(base, location)
    check(status == 200 and b'name="password"' in body, "the login page answers with its form")

    status, headers, body = get(base, "/admin/login/")
    check(status == 200, f"admin login page answers 200 (got {status})")
    policy = csp(headers)
    check(
        policy.get("script-src") == ["'self'"] and policy.get("style-src") == ["'self'"], f"admin login CSP: {policy}"
    )
    html = body.decode()
    scripts = re.findall(r'<script[^>]*\bsrc="([^"]+)"', html)
    styles = re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html)
    inline_scripts = [
        s for s in re.findall(r"<script([^>]*)>", html) if "src=" not in s and "application/json" not in s
    ]
    check(scripts and styles, f"admin login page has {len(scripts)} scripts and {len(styles)} stylesheets")
    check(not inline_scripts, "no inline script on the admin login page (the CSP would block it)")
    check(not re.search(r'\sstyle="', html), "no inline style on the admin login page (the CSP would block it)")
    for url in scripts + styles:
        check(urlsplit(url).netloc == "", f"{url} is served by the site itself ('self')")
        status, headers, body = get(base, url)
        kind = "css" if url in styles else "javascript"
        check(status == 200 and kind in headers.get("content-type", "") and body, f"{url} loads ({status})")
    print("Production smoke test passed.")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8765")
