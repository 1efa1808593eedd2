<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <source>{app} hit a problem</source>
        <translation>{app} hatte ein Problem</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your messages are safe: everything in the outbox is stored on disk and will be sent.</source>
        <translation>Etwas ist schiefgegangen: {error}

Ihre Nachrichten sind sicher: Alles im Postausgang ist auf der Festplatte gespeichert und wird gesendet.</translation>
    </message>
    <message>
        <source>{app} — demo (mail goes to a test server on this computer)</source>
        <translation>{app} — Demo (E-Mails gehen an einen Testserver auf diesem Computer)</translation>
    </message>
</context>
</TS>
