"""A paper copy of an exercise or measure: an A4 PDF to print and fill in by hand.

Some clients have no phone to hand in a session, or would rather write on paper; a clinician prints the version
they would give. Each item is laid out as a worksheet answers it: a ruled line or lines for words, circles for
one option and squares for any, a row of boxes for a scale with its ends in words, a box for a number or a
date. A question shown only after another answer says so in the same words the portal uses. A list or a
repeating group gets room for a few answers. Text to read is the same safe Markdown subset as in the portal
(``assignments.markup``): the HTML that renders there is what is laid out here, so bold, italic, lists and links
come out the same. The practice's crisis lines close the copy, since what is written on paper is read by no one
until the session.
"""

from __future__ import annotations

import io
from functools import cache
from html.parser import HTMLParser
from xml.sax.saxutils import escape, quoteattr

from django.utils.text import slugify
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from assignments import markup
from assignments.questionnaire import walk
from clients.answers.display import condition_words
from clinicians.progress_pdf.style import ACCENT, INK, INK_SOFT, LINE, fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 48
WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # platypus pads its frame by 6 points each side
INDENT = 14  # each level of a group
LIST_ROOM = 3  # lines for a list with no fewest answers
GROUP_ROOM = 2  # copies of a repeating group
MOST_BOXES = 21  # a scale with more steps than this is answered as a number


@cache
def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, textColor=INK)
    return {
        "body": body,
        "practice": ParagraphStyle("practice", parent=body, fontName=bold, fontSize=10, textColor=ACCENT),
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=18, leading=23, spaceBefore=6),
        "intro": ParagraphStyle("intro", parent=body, fontSize=11, leading=15, spaceBefore=6, spaceAfter=4),
        "question": ParagraphStyle("question", parent=body, fontName=bold, spaceBefore=10, spaceAfter=2),
        "group": ParagraphStyle("group", parent=body, fontName=bold, fontSize=12, leading=16, spaceBefore=12),
        "help": ParagraphStyle("help", parent=body, fontSize=9.5, leading=12.5, textColor=INK_SOFT),
        "option": ParagraphStyle("option", parent=body, leading=13),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=INK_SOFT),
        "small_end": ParagraphStyle(
            "small_end", parent=body, fontSize=8.5, leading=11, textColor=INK_SOFT, alignment=2
        ),
        "box": ParagraphStyle("box", parent=body, fontSize=9, leading=11, alignment=1),
        "copy": ParagraphStyle("copy", parent=body, fontSize=9.5, textColor=ACCENT, spaceBefore=8),
        "display": ParagraphStyle("display", parent=body, spaceBefore=4, spaceAfter=4),
    }


def _p(text: str, style: str, *, indent: float = 0) -> Paragraph:
    """Plain text as a paragraph (escaped: ``<`` and ``&`` are words here, not markup)."""
    styled = _styles()[style]
    if indent:
        styled = ParagraphStyle(f"{style}-{indent}", parent=styled, leftIndent=indent)
    return Paragraph(escape(text).replace("\n", "<br/>"), styled)


# --- Text to read: the portal's HTML, laid out -----------------------------------------------------------------


class _Layout(HTMLParser):
    """The few tags ``markup.to_html`` lets through, as reportlab paragraphs and lists."""

    INLINE = {"strong": ("<b>", "</b>"), "em": ("<i>", "</i>")}

    def __init__(self, style: ParagraphStyle):
        super().__init__(convert_charrefs=True)
        self.style = style
        self.containers: list[list] = [[]]  # the document, then each open list item
        self.lists: list[tuple[str, list]] = []  # each open list: its tag and its items
        self.line = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.INLINE:
            self.line += self.INLINE[tag][0]
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.line += f"<a href={quoteattr(href)} color={quoteattr('#' + ACCENT.hexval()[2:])}><u>"
        elif tag == "br":
            self.line += "<br/>"
        elif tag in {"ul", "ol"}:
            self._flush()
            self.lists.append((tag, []))
        elif tag == "li":
            self._flush()
            self.containers.append([])
        elif tag == "p":
            self._flush()

    def handle_endtag(self, tag):
        if tag in self.INLINE:
            self.line += self.INLINE[tag][1]
        elif tag == "a":
            self.line += "</u></a>"
        elif tag == "li" and len(self.containers) > 1:
            self._flush()
            self.lists[-1][1].append(ListItem(self.containers.pop()))
        elif tag in {"ul", "ol"} and self.lists:
            self._flush()
            kind, items = self.lists.pop()
            numbered = {"bulletType": "1", "bulletFormat": "%s."} if kind == "ol" else {"bulletType": "bullet"}
            self.containers[-1].append(
                ListFlowable(items, leftIndent=16, bulletFontName=self.style.fontName, bulletFontSize=9, **numbered)
            )
        elif tag == "p":
            self._flush()

    def handle_data(self, data):
        self.line += escape(data.strip("\n") if not self.line else data)

    def _flush(self):
        if self.line.strip():
            self.containers[-1].append(Paragraph(self.line.strip(), self.style))
        self.line = ""

    def flowables(self) -> list:
        self._flush()
        return self.containers[0]


def reading(text: str, *, indent: float = 0) -> list:
    """Display text (the safe Markdown subset) as flowables: what the portal shows, on paper."""
    style = _styles()["display"]
    if indent:
        style = ParagraphStyle(f"display-{indent}", parent=style, leftIndent=indent)
    layout = _Layout(style)
    layout.feed(str(markup.to_html(text)))
    layout.close()
    return layout.flowables()


# --- Room to answer ---------------------------------------------------------------------------------------------


class _Lines(Flowable):
    """Ruled lines to write on."""

    def __init__(self, count: int, *, width: float, gap: float = 22):
        super().__init__()
        self.count, self.width, self.gap = count, width, gap

    def wrap(self, available_width, available_height):
        self.width = min(self.width, available_width)
        return self.width, self.count * self.gap + 2

    def draw(self):
        self.canv.setStrokeColor(LINE)
        self.canv.setLineWidth(0.8)
        for line in range(1, self.count + 1):
            y = self.count * self.gap + 2 - line * self.gap
            self.canv.line(0, y, self.width, y)


class _Mark(Flowable):
    """A circle (choose one) or a square (choose any) to tick, or an empty box to write a number in."""

    def __init__(self, shape: str, size: float = 10):
        super().__init__()
        self.shape, self.size = shape, size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self):
        self.canv.setStrokeColor(INK_SOFT)
        self.canv.setLineWidth(0.9)
        if self.shape == "circle":
            self.canv.circle(self.size / 2, self.size / 2, self.size / 2, stroke=1, fill=0)
        else:
            self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _tight(table: Table, extra: list | None = None) -> Table:
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    table.setStyle(TableStyle(commands + (extra or [])))
    table.hAlign = "LEFT"
    return table


def _options(labels: list[str], shape: str, width: float) -> Table:
    rows = [[_Mark(shape), _p(label, "option")] for label in labels]
    return _tight(Table(rows, colWidths=[18, width - 18]), [("TOPPADDING", (0, 0), (0, -1), 3.5)])


def _scale(item: dict, width: float) -> list:
    low, high = int(item["minValue"]), int(item["maxValue"])
    steps = list(range(low, high + 1))
    cell = min(30.0, width / len(steps))
    numbers = [_p(str(step), "box") for step in steps]
    marks = [_Mark("circle") for _ in steps]
    table = _tight(
        Table([numbers, marks], colWidths=[cell] * len(steps)),
        [
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    parts = [table]
    if item.get("lowLabel") or item.get("highLabel"):
        ends = _tight(
            Table(
                [
                    [
                        _p(f"{low}: {item.get('lowLabel', '')}", "small"),
                        _p(f"{high}: {item.get('highLabel', '')}", "small_end"),
                    ]
                ],
                colWidths=[cell * len(steps) / 2] * 2,
            ),
        )
        parts.append(ends)
    return parts


def _bounds(item: dict) -> str:
    low, high = item.get("minValue"), item.get("maxValue")
    if low is not None and high is not None:
        return f"A number from {low} to {high}"
    if low is not None:
        return f"A number, {low} or more"
    if high is not None:
        return f"A number, {high} or less"
    return "A number"


def _answer_room(item: dict, width: float) -> list:
    kind = item.get("type")
    if kind == "choice":
        shape = "square" if item.get("repeats") else "circle"
        hint = "Tick any that apply." if item.get("repeats") else "Tick one."
        labels = [option["display"] for option in item.get("answerOption") or []]
        return [_p(hint, "small"), _options(labels, shape, width)]
    if kind == "boolean":
        return [_options(["Yes", "No"], "circle", width)]
    if kind in {"integer", "decimal"}:
        low, high = item.get("minValue"), item.get("maxValue")
        if kind == "integer" and low is not None and high is not None and 0 < high - low < MOST_BOXES:
            return _scale(item, width)
        return [_p(_bounds(item), "small"), _Lines(1, width=min(width, 120))]
    if kind == "date":
        return [_p("Date (day / month / year)", "small"), _Lines(1, width=min(width, 160))]
    if kind == "text":
        return [_Lines(5, width=width)]
    if item.get("repeats"):
        rows = max(int(item.get("minRepeats") or 0), LIST_ROOM)
        rows = min(rows, int(item.get("maxRepeats") or rows))
        return [_p("One per line.", "small"), _Lines(rows, width=width)]
    return [_Lines(2 if (item.get("maxLength") or 200) > 120 else 1, width=width)]


# --- The document -------------------------------------------------------------------------------------------------


class _Counter:
    def __init__(self):
        self.value = 0

    def next(self) -> int:
        self.value += 1
        return self.value


def _when(item: dict, index: dict) -> str:
    conditions = [
        condition_words(index[condition["question"]], condition)
        for condition in item.get("enableWhen") or []
        if condition["question"] in index
    ]
    if not conditions:
        return ""
    joiner = " or " if item.get("enableBehavior") == "any" else " and "
    return f"Answer this only if {joiner.join(conditions)}."


def _items(items: list[dict], index: dict, counter: _Counter, depth: int = 0) -> list:
    story: list = []
    indent = depth * INDENT
    width = WIDTH - indent
    for item in items:
        when = _when(item, index)
        if item.get("type") == "display":
            story.extend(reading(item.get("text", ""), indent=indent))
            if when:
                story.append(_p(when.replace("Answer this", "Read this"), "help", indent=indent))
            continue
        if item.get("type") == "group":
            heading = [_p(item["text"], "group", indent=indent)] if item.get("text") else []
            if when:
                heading.append(_p(when.replace("Answer this", "Answer these"), "help", indent=indent))
            if item.get("helpText"):
                heading.append(_p(item["helpText"], "help", indent=indent))
            copies = max(int(item.get("minRepeats") or 0), GROUP_ROOM) if item.get("repeats") else 1
            copies = min(copies, int(item.get("maxRepeats") or copies))
            if item.get("repeats"):
                heading.append(_p(f"Room for {copies}; carry on overleaf if you need more.", "help", indent=indent))
            story.append(CondPageBreak(120))
            story.extend(heading)
            first = counter.value
            for copy in range(copies):
                counter.value = first  # each copy asks the same questions, under the same numbers
                if copies > 1:
                    label = f"{item.get('text') or 'Answer'}: {copy + 1} of {copies}"
                    story.append(_p(label, "copy", indent=indent + INDENT))
                story.extend(_items(item.get("item") or [], index, counter, depth + 1))
            continue
        question = f"{counter.next()}. {item.get('text', '')}"
        if item.get("required"):
            question += " *"
        block = [_p(question, "question", indent=indent)]
        if item.get("helpText"):
            block.append(_p(item["helpText"], "help", indent=indent))
        if when:
            block.append(_p(when, "help", indent=indent))
        block.append(Spacer(1, 3))
        room = _answer_room(item, width)
        if indent:
            room = [
                _tight(Table([[part] for part in room], colWidths=[width]), [("LEFTPADDING", (0, 0), (-1, -1), indent)])
            ]
        story.append(KeepTogether(block + room))
    return story


def download_name(*, title: str, number: int) -> str:
    return f"{slugify(title)[:60] or 'exercise'}-v{number}.pdf"


def render(version, *, practice_name: str, crisis_lines: list[str]) -> bytes:
    """``version`` (a TemplateVersion) as a printable A4 PDF."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=version.title,
        author=practice_name,
        subject="An exercise to fill in by hand",
    )
    regular, _ = fonts()
    footer = f"{version.title} · version {version.number}"

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(INK_SOFT)
        canvas.drawString(MARGIN, MARGIN / 2, footer)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN / 2, f"Page {doc.page}")
        canvas.restoreState()

    index = {item["linkId"]: item for item, _ in walk(version.items)}
    story: list = [
        _p(practice_name, "practice"),
        _p(version.title, "title"),
        _tight(Table([[_p("Name", "small"), _Lines(1, width=180), _p("Date", "small"), _Lines(1, width=100)]],
                     colWidths=[34, 200, 30, 110]), [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]),
    ]  # fmt: skip
    if version.introduction:
        story.append(_p(version.introduction, "intro"))
    if any(item.get("required") for item, _ in walk(version.items)):
        story.append(_p("Questions marked * are the ones your clinician most needs answered.", "small"))
    story.extend(_items(version.items, index, _Counter()))
    if crisis_lines:
        lead = "What you write here is read only when you bring it to your clinician. If you need help now:"
        story.append(KeepTogether([Spacer(1, 16), _p(lead, "help"), *(_p(line, "help") for line in crisis_lines)]))
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
