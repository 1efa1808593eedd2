"""Sample mail for the reader's screenshots (take.py): a long conversation, a newsletter,
Arabic and Hebrew mail, a message with files. Plain ``email`` bytes, no Qt."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

NOW = datetime.now().astimezone().replace(microsecond=0)
ME = "You (demo) <you@demo.threadline.test>"


def _mail(msgid: str, sender: str, subject: str, when: datetime, body: str, *,
          parent: list[str] | None = None, html: str | None = None) -> EmailMessage:  # fmt: skip
    message = EmailMessage()
    message["Message-ID"] = f"<{msgid}>"
    message["From"] = sender
    message["To"] = ME
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    if parent:
        message["In-Reply-To"] = f"<{parent[-1]}>"
        message["References"] = " ".join(f"<{p}>" for p in parent[:1] + parent[-8:])
    if html is None:
        message.set_content(body)
    else:
        message.set_content(html, subtype="html")
    return message


PEOPLE = [("Maya Lindqvist", "maya@northwind.example", "Release manager, Northwind"),
          ("Omar Haddad", "omar@northwind.example", "Localization lead"),
          ("Priya Raman", "priya@example.org", "QA, Northwind Labs"),
          ("Jonas Berg", "jonas@northwind.example", "Infrastructure")]  # fmt: skip
TOPICS = ["the translation freeze", "the release notes", "the staging servers",
          "the crash on start-up", "the installer size", "the beta feedback",
          "the French strings", "the signing keys"]  # fmt: skip


def long_conversation(count: int = 300) -> list[bytes]:
    """A reply chain of ``count`` messages, each quoting the one before and signed."""
    out: list[bytes] = []
    ids: list[str] = []
    previous = ""
    start = NOW - timedelta(days=40)
    for n in range(count):
        name, address, title = PEOPLE[n % len(PEOPLE)]
        topic = TOPICS[n % len(TOPICS)]
        own = (f"Update {n + 1} on {topic}: the numbers look better than last week, and "
               f"I think we can close this item by Thursday.\n\nCould someone double-check "
               f"the last run before we sign it off?")  # fmt: skip
        body = f"{own}\n\n-- \n{name}\n{title}\n"
        when = start + timedelta(minutes=190 * n)
        if previous:
            who, _address, _title = PEOPLE[(n - 1) % len(PEOPLE)]
            quoted = "\n".join(f"> {line}" if line else ">" for line in previous.split("\n"))
            stamp = format_datetime(when - timedelta(minutes=190))
            body = f"{own}\n\n-- \n{name}\n{title}\n\nOn {stamp}, {who} wrote:\n{quoted}\n"
        msgid = f"long{n}@northwind.example"
        out.append(_mail(msgid, f"{name} <{address}>", "Re: Weekly release check"
                         if n else "Weekly release check", when, body,
                         parent=list(ids)).as_bytes())  # fmt: skip
        ids.append(msgid)
        previous = body.split("\n\nOn ", 1)[0].rstrip("\n")  # the next one quotes it, signed
    return out


NEWSLETTER = """<html><body style="margin:0">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="font-family:Arial">
<tr><td><img src="https://news.tracker.example/hero.png" width="600" height="140"
  alt="Spring collection"></td></tr>
<tr><td style="padding:16px 24px">
  <h1 style="color:#1d3557;font-size:24px">Spring is here: 20% off garden tools</h1>
  <p style="color:#333">Dear gardener,</p>
  <p style="color:#333">Our new spring range has arrived: lighter shears, rust-free
  trowels and a watering can that does not drip. Members save 20% until Sunday.</p>
</td></tr>
<tr><td style="padding:0 24px"><table width="552"><tr>
  <td width="276"><img src="https://cdn.shop.example/shears.jpg" width="260" height="150"
    alt="Shears"><p style="color:#1d3557"><b>Pruning shears</b> – 24.90 €</p></td>
  <td width="276"><img src="https://cdn.shop.example/can.jpg" width="260" height="150"
    alt="Watering can"><p style="color:#1d3557"><b>Watering can</b> – 18.50 €</p></td>
</tr></table></td></tr>
<tr><td style="padding:8px 24px 24px">
  <a href="https://shop.example/spring" style="background-color:#e63946;color:white;
  padding:10px 18px;text-decoration:none"><b>Shop the collection</b></a></td></tr>
<tr><td style="padding:12px 24px;color:#777;font-size:11px">You get this mail because you
  joined GreenThumb. <a href="https://shop.example/unsubscribe">Unsubscribe</a>
  <img src="https://news.tracker.example/open.gif" width="1" height="1"></td></tr>
</table></body></html>"""


def newsletter() -> list[bytes]:
    return [_mail("news1@shop.example", "GreenThumb <news@shop.example>",
                  "Spring is here: 20% off garden tools", NOW - timedelta(hours=3), "",
                  html=NEWSLETTER).as_bytes()]  # fmt: skip


def rtl() -> list[bytes]:
    sara = "سارة أحمد <sara@example.eg>"
    dana = "דנה כהן <dana@example.co.il>"
    first = (
        "مرحبا يا أصدقاء،\n\nأقترح أن نلتقي يوم الخميس في الساعة العاشرة صباحاً "
        "لمناقشة خطة الإطلاق.\nهل يناسبكم هذا الموعد؟\n\n-- \nسارة أحمد\nمديرة المشروع"
    )
    when = NOW - timedelta(days=1, hours=4)
    quoted = "\n".join(f"> {line}" if line else ">" for line in first.split("\n")[:4])
    second = (
        f"שלום שרה,\n\nיום חמישי מתאים לי. אביא את הטיוטה של המצגת.\n\n"
        f"On {format_datetime(when)}, {sara} wrote:\n{quoted}\n"
    )
    third = ("Thursday at 10 works for me too — see you both there.\n\n"
             "דנה כהן <dana@example.co.il> wrote:\n> יום חמישי מתאים לי.\n"
             "> אביא את הטיוטה של המצגת.\n")  # fmt: skip
    subject = "موعد الاجتماع"
    return [
        _mail("rtl1@example.eg", sara, subject, when, first).as_bytes(),
        _mail("rtl2@example.co.il", dana, f"Re: {subject}", when + timedelta(hours=2), second,
              parent=["rtl1@example.eg"]).as_bytes(),
        _mail("rtl3@demo.threadline.test", "Omar Haddad <omar@northwind.example>",
              f"Re: {subject}", when + timedelta(hours=5), third,
              parent=["rtl1@example.eg", "rtl2@example.co.il"]).as_bytes(),
    ]  # fmt: skip


def attachments() -> list[bytes]:
    message = _mail("files1@northwind.example", "Maya Lindqvist <maya@northwind.example>",
                    "Launch material: slides, budget and photos", NOW - timedelta(hours=6),
                    "Hi,\n\nhere is everything for Thursday: the slides, the budget sheet, "
                    "two photos from the venue and the press kit.\n\nMaya")  # fmt: skip
    files = [("launch-slides.pdf", "application", "pdf", 2_400_000),
             ("budget-2026.xlsx", "application",
              "vnd.openxmlformats-officedocument.spreadsheetml.sheet", 48_000),
             ("venue-hall.jpg", "image", "jpeg", 830_000),
             ("venue-stage.jpg", "image", "jpeg", 760_000),
             ("press-kit.zip", "application", "zip", 5_100_000)]  # fmt: skip
    for name, main, sub, size in files:
        message.add_attachment(bytes(n % 251 for n in range(size // 40)), maintype=main,
                               subtype=sub, filename=name)  # fmt: skip
    return [message.as_bytes()]
