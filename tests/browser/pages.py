"""What every browser test checks on a page: it fits the screen, axe-core finds nothing serious; and screenshots."""

from pathlib import Path

BLOCKING_IMPACTS = {"serious", "critical"}


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node.get('failureSummary', '').strip()}")
    return "\n".join(lines)


def assert_fits_and_is_accessible(page, axe_source: str) -> None:
    what = page.url
    page.wait_for_load_state("load")
    width, viewport = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= viewport, f"{what} scrolls sideways on a {viewport}px screen: it is {width}px wide"

    # Evaluated through the DevTools protocol, not added as an inline <script>, which the page's
    # Content-Security-Policy rightly blocks.
    # Into every frame too (the builder's live preview), innermost first, so that axe checks what they show.
    for frame in sorted(page.frames, key=lambda frame: -len(_ancestors(frame))):
        frame.evaluate(f"() => {{ {axe_source}\n}}")
    page.evaluate("() => { if (!window.axe) throw new Error('axe-core did not load'); }")
    violations = page.evaluate("async () => (await axe.run()).violations")
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core found serious or critical problems on {what}:\n{describe(blocking)}"


def _ancestors(frame) -> list:
    found = []
    while frame.parent_frame is not None:
        frame = frame.parent_frame
        found.append(frame)
    return found


def screenshot(page, folder: Path, name: str) -> None:
    """A full-page screenshot named for the page and the viewport (phone or desktop), kept to be looked at."""
    folder.mkdir(parents=True, exist_ok=True)
    label = "phone" if page.viewport_size["width"] < 600 else "desktop"
    page.screenshot(path=str(folder / f"{name}-{label}.png"), full_page=True)


def assert_menu_in_view(page) -> int:
    """Every entry of the main menu is on screen, none scrolled or cut out of sight; the header's height."""
    hidden, height = page.evaluate(
        """() => {
            const header = document.querySelector(".site-header");
            const hidden = [...document.querySelectorAll(".site-header .nav a")]
                .filter(a => { const r = a.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth; })
                .map(a => a.textContent.trim());
            return [hidden, header ? Math.round(header.getBoundingClientRect().height) : 0];
        }"""
    )
    assert not hidden, f"{page.url}: menu entries out of sight on a {page.viewport_size['width']}px screen: {hidden}"
    return height


def check_page(page, axe_source: str, name: str, *, shots: Path) -> int:
    """Fits the screen, the whole menu in view, no serious or critical axe-core violations; then a screenshot.
    Returns the header's height, which a test can compare from page to page."""
    assert_fits_and_is_accessible(page, axe_source)
    height = assert_menu_in_view(page)
    screenshot(page, shots, name)
    return height
