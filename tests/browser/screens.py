"""Full-page screenshots at 1280 and 375 px wide, written to var/screenshots/ (git-ignored) for a reviewer."""

import base64

from tests.browser.conftest import SCREENSHOTS

WIDTHS = (1280, 375)
HEIGHT = 900


def screenshot(browser, name: str, folder=SCREENSHOTS):
    """Write ``<name>-<width>.png`` into ``folder`` for each width of ``WIDTHS``, the whole page's height;
    restores 1280 × 900."""
    folder.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        browser.set_window_size(width, HEIGHT)
        shot = browser.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        (folder / f"{name}-{width}.png").write_bytes(base64.b64decode(shot["data"]))
    browser.set_window_size(WIDTHS[0], HEIGHT)
