"""Turns the reference plan's content (the JSON of `vr-docs blocks`) into the same
document for each comparison engine: HTML for WeasyPrint, Typst markup, a ReportLab
story, and plain lines for the pango-cairo floor. Same text, same tables, same order."""
import html
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def to_html(doc):
    css = """
    @page { size: A4; margin: 56pt 50pt 64pt 50pt;
      @top-left { content: "%s"; font-size: 8pt; color: #555; }
      @bottom-left { content: "%s"; font-size: 8pt; color: #555; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }
    body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35; }
    h1 { font-size: 20pt; color: #1f4e79; } h2 { font-size: 14pt; color: #1f4e79; } h3 { font-size: 11pt; }
    table { border-collapse: collapse; width: 100%%; margin: 6pt 0; page-break-inside: auto; }
    thead { display: table-header-group; } tr { page-break-inside: avoid; }
    th { background: #dde6f0; text-align: left; } th, td { padding: 3pt 4pt; border-bottom: 0.5pt solid #bbb; font-size: 9pt; vertical-align: top; }
    .callout { background: #f2f5f9; border-left: 3pt solid #1f4e79; padding: 6pt; }
    """ % (doc["header"].replace('"', "'"), doc["footer"].replace('"', "'"))
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (html.escape(doc["title"]), css)]
    for b in doc["blocks"]:
        t = b["type"]
        if t == "heading":
            out.append("<h%d>%s</h%d>" % (b["level"], html.escape(b["text"]), b["level"]))
        elif t == "paragraph":
            out.append("<p>%s</p>" % html.escape(b["text"]).replace("\n", "<br>"))
        elif t in ("bullets", "signatures"):
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(i) for i in b["items"]))
        elif t == "callout":
            out.append("<div class='callout'><strong>%s</strong>%s</div>" % (
                html.escape(b["title"]), "".join("<p>%s</p>" % html.escape(i) for i in b["items"])))
        elif t == "table":
            head = "".join("<th>%s</th>" % html.escape(c) for c in b["header"])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c).replace("\n", "<br>") for c in r) for r in b["rows"])
            out.append("<table>%s<tbody>%s</tbody></table>" % ("<thead><tr>%s</tr></thead>" % head if head else "", rows))
    out.append("</body></html>")
    return "\n".join(out)


def typst_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_typst(doc):
    out = ['#set page(paper: "a4", margin: (top: 56pt, right: 50pt, bottom: 64pt, left: 50pt),',
           '  header: text(8pt, fill: luma(80), %s),' % typst_str(doc["header"]),
           '  footer: context text(8pt, fill: luma(80))[#%s #h(1fr) Page #counter(page).display() of #counter(page).final().first()])'
           % typst_str(doc["footer"]),
           '#set text(font: "DejaVu Sans", size: 10pt, lang: "en")',
           '#set par(leading: float(sys.inputs.at("leading", default: "0.5")) * 1em)',
           '#show heading: set text(fill: rgb("#1f4e79"))',
           '#set table(stroke: (x: none, y: 0.5pt + luma(180)), inset: 4pt, fill: (x, y) => if y == 0 { rgb("#dde6f0") })']
    for b in doc["blocks"]:
        t = b["type"]
        if t == "heading":
            out.append("#heading(level: %d, %s)" % (b["level"], typst_str(b["text"])))
        elif t == "paragraph":
            out.append("#par(%s)" % typst_str(b["text"]))
        elif t in ("bullets", "signatures"):
            out.append("#list(%s)" % ", ".join(typst_str(i) for i in b["items"]))
        elif t == "callout":
            out.append("#block(fill: luma(242), inset: 6pt, width: 100%%)[#strong(%s) %s]" % (
                typst_str(b["title"]), " ".join("#par(%s)" % typst_str(i) for i in b["items"])))
        elif t == "table":
            columns = len(b["header"]) or (len(b["rows"][0]) if b["rows"] else 1)
            cells = []
            if b["header"]:
                cells.append("table.header(%s)" % ", ".join("strong(%s)" % typst_str(c) for c in b["header"]))
            for r in b["rows"]:
                cells.extend("text(9pt, %s)" % typst_str(c) for c in r)
            out.append("#table(columns: %d, %s)" % (columns, ", ".join(cells)))
    return "\n".join(out) + "\n"


def to_reportlab(doc, source_name):
    """A Python module defining build(path) that sets the story with ReportLab."""
    return '''import json
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, ListFlowable, ListItem
from xml.sax.saxutils import escape

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
DOC = json.load(open(%r, encoding="utf-8"))
styles = getSampleStyleSheet()
body = ParagraphStyle("body", parent=styles["BodyText"], fontName="DejaVu", fontSize=10, leading=13.5)
cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5)
heads = {1: ParagraphStyle("h1", parent=body, fontName="DejaVu-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#1f4e79")),
         2: ParagraphStyle("h2", parent=body, fontName="DejaVu-Bold", fontSize=14, leading=18, textColor=colors.HexColor("#1f4e79")),
         3: ParagraphStyle("h3", parent=body, fontName="DejaVu-Bold", fontSize=11, leading=14)}

def p(text, style=body):
    return Paragraph(escape(text).replace("\\n", "<br/>"), style)

def decorate(canvas, doc):
    canvas.saveState()
    canvas.setFont("DejaVu", 8)
    canvas.drawString(50, A4[1] - 40, DOC["header"])
    canvas.drawString(50, 40, DOC["footer"])
    canvas.drawRightString(A4[0] - 50, 40, "Page %%d" %% doc.page)
    canvas.restoreState()

def build(path):
    story = []
    width = A4[0] - 100
    for b in DOC["blocks"]:
        t = b["type"]
        if t == "heading":
            story.append(p(b["text"], heads.get(b["level"], heads[3])))
        elif t == "paragraph":
            story.append(p(b["text"]))
        elif t in ("bullets", "signatures"):
            story.append(ListFlowable([ListItem(p(i)) for i in b["items"]], bulletType="bullet"))
        elif t == "callout":
            story.append(p(b["title"], heads[3]))
            story.extend(p(i) for i in b["items"])
        elif t == "table":
            rows = ([[p(c, cell) for c in b["header"]]] if b["header"] else []) + [[p(c, cell) for c in r] for r in b["rows"]]
            if not rows:
                continue
            columns = len(rows[0])
            table = Table(rows, colWidths=[width / columns] * columns, repeatRows=1 if b["header"] else 0)
            style = [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#bbbbbb")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b["header"]:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            table.setStyle(TableStyle(style))
            story.append(table)
    SimpleDocTemplate(path, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=56, bottomMargin=64,
                      title=DOC["title"]).build(story, onFirstPage=decorate, onLaterPages=decorate)
''' % source_name


def to_lines(doc):
    """The floor's input: one line per paragraph, heading, list item or table row
    (cells separated by tabs), prefixed with its kind; HEADER and FOOTER carry the
    running header and footer, TH a table's header row."""
    out = ["HEADER\t%s" % doc["header"], "FOOTER\t%s" % doc["footer"].replace("\n", " ")]
    for b in doc["blocks"]:
        t = b["type"]
        if t == "heading":
            out.append("H%d\t%s" % (min(b["level"], 3), b["text"]))
        elif t == "paragraph":
            out.append("P\t%s" % b["text"].replace("\n", " "))
        elif t in ("bullets", "signatures", "callout"):
            if b.get("title"):
                out.append("P\t%s" % b["title"])
            out.extend("P\t\u2022 %s" % i.replace("\n", " ") for i in b["items"])
        elif t == "table":
            if b["header"]:
                out.append("TH\t" + "\t".join(b["header"]))
            out.extend("T\t" + "\t".join(c.replace("\n", " ") for c in r) for r in b["rows"])
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    source, folder = sys.argv[1], sys.argv[2]
    doc = load(source)
    with open(folder + "/plan.html", "w", encoding="utf-8") as f:
        f.write(to_html(doc))
    with open(folder + "/plan.typ", "w", encoding="utf-8") as f:
        f.write(to_typst(doc))
    with open(folder + "/plan_reportlab.py", "w", encoding="utf-8") as f:
        f.write(to_reportlab(doc, source))
    with open(folder + "/plan.txt", "w", encoding="utf-8") as f:
        f.write(to_lines(doc))
