<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Application</name>
        <message>
            <source>{app} hit a problem</source>
            <translation>[{app} ĥîţ å þŕöƀļéɱ ~~~~~~]</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Your messages are safe: everything in the outbox is stored on disk and will be sent.</source>
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ: {error}

Ýöûŕ ɱéššåĝéš åŕé šåƒé: éṽéŕýţĥîñĝ îñ ţĥé öûţƀöẋ îš šţöŕéđ öñ đîšķ åñđ ŵîļļ ƀé šéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{app} — demo (mail goes to a test server on this computer)</source>
            <translation>[{app} — đéɱö (ɱåîļ ĝöéš ţö å ţéšţ šéŕṽéŕ öñ ţĥîš çöɱþûţéŕ) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
</TS>
