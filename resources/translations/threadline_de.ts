<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Accounts</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-Sicherheit</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Posteingangsserver</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Posteingangsport</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>Posteingangssicherheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Enter the password: this account signs in with one.</source>
        <translation>Geben Sie das Passwort ein: Dieses Konto meldet sich damit an.</translation>
    </message>
    <message>
        <source>No password is stored for this account: type it here and save, or sending will fail.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert: Geben Sie es hier ein und speichern Sie, sonst schlägt der Versand fehl.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>z. B. smtp.example.org</translation>
    </message>
    <message>
        <source>none: this account only sends</source>
        <translation>keiner: dieses Konto sendet nur</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>e.g. ann@example.org</source>
        <translation>z. B. anna@example.org</translation>
    </message>
    <message>
        <source>other addresses of this mailbox, comma-separated</source>
        <translation>weitere Adressen dieses Postfachs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Replies to mail sent to one of these go from it, through this account&apos;s server.</source>
        <translation>Antworten auf Nachrichten an eine dieser Adressen gehen von ihr aus, über den Server dieses Kontos.</translation>
    </message>
    <message>
        <source>The server this account&apos;s mail comes from. Leave it empty for an account that only sends.</source>
        <translation>Der Server, von dem die Nachrichten dieses Kontos kommen. Für ein Konto, das nur sendet, leer lassen.</translation>
    </message>
    <message>
        <source>Save a copy of sent mail in the Sent folder</source>
        <translation>Kopie gesendeter Nachrichten im Ordner „Gesendet“ ablegen</translation>
    </message>
    <message>
        <source>Gmail and Microsoft file mail sent through their servers in Sent by themselves; a second copy would show every message twice.</source>
        <translation>Gmail und Microsoft legen über ihre Server gesendete Nachrichten selbst unter „Gesendet“ ab; eine zweite Kopie würde jede Nachricht doppelt zeigen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Sign in with {provider} (OAuth2)</source>
        <translation>Anmeldung mit {provider} (OAuth2)</translation>
    </message>
    <message>
        <source>One login for both servers.</source>
        <translation>Eine Anmeldung für beide Server.</translation>
    </message>
    <message>
        <source>kept in the system keyring only</source>
        <translation>nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Einstellungen suchen</translation>
    </message>
    <message>
        <source>Ask your address&apos;s domain for its servers (its own configuration, its DNS records); Thunderbird&apos;s database only if you agree.</source>
        <translation>Die Domain Ihrer Adresse nach ihren Servern fragen (eigene Konfiguration, DNS-Einträge); die Thunderbird-Datenbank nur mit Ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Also sends as</source>
        <translation>Sendet auch als</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Posteingangsport</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>Posteingangssicherheit</translation>
    </message>
    <message>
        <source>Save sent mail</source>
        <translation>Gesendete speichern</translation>
    </message>
    <message>
        <source>Sending mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Posteingang (IMAP)</translation>
    </message>
    <message>
        <source>Folders…</source>
        <translation>Ordner …</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Synced folders</source>
        <translation>Abgeglichene Ordner</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Enter your address: the servers of well-known providers are filled in.</source>
        <translation>Geben Sie Ihre Adresse ein: Die Server bekannter Anbieter werden eingetragen.</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>einem unbenannten Anbieter</translation>
    </message>
    <message>
        <source>Sign in with {provider} (OAuth2, not set up here)</source>
        <translation>Anmeldung mit {provider} (OAuth2, hier nicht eingerichtet)</translation>
    </message>
    <message>
        <source>It takes an app password, or sign in with OAuth2 (Sign-in above).</source>
        <translation>Es braucht ein App-Passwort, oder melden Sie sich mit OAuth2 an (Anmeldung oben).</translation>
    </message>
    <message>
        <source>Filled in the servers of {provider}.</source>
        <translation>Die Server von {provider} wurden eingetragen.</translation>
    </message>
    <message>
        <source>No preset for {domain}: the grey server names are only guesses. Your provider&apos;s help pages name the real ones; leave the incoming server empty to only send.</source>
        <translation>Keine Vorgabe für {domain}: Die grauen Servernamen sind nur Vermutungen. Die Hilfeseiten Ihres Anbieters nennen die richtigen; lassen Sie den Posteingangsserver leer, um nur zu senden.</translation>
    </message>
    <message>
        <source>{server} (a guess)</source>
        <translation>{server} (vermutet)</translation>
    </message>
    <message>
        <source>{server} (a guess), or empty to only send</source>
        <translation>{server} (vermutet), oder leer, um nur zu senden</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Not tested: {error}</source>
        <translation>Nicht getestet: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>Noch nicht gespeichert: Siehe das markierte Feld.</numerusform>
            <numerusform>Noch nicht gespeichert: Siehe die %n markierten Felder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not tested yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>Noch nicht getestet: Siehe das markierte Feld.</numerusform>
            <numerusform>Noch nicht getestet: Siehe die %n markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the password could not be stored.</source>
        <translation>Nicht gespeichert: Das Passwort konnte nicht abgelegt werden.</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>{account} gespeichert.</translation>
    </message>
    <message>
        <source>It signs in with nothing: the server on this computer takes mail without.</source>
        <translation>Es meldet sich ohne Anmeldedaten an: Der Server auf diesem Computer nimmt Nachrichten auch so an.</translation>
    </message>
    <message>
        <source>Saved {account}, but without a password: sending will fail until you enter it.</source>
        <translation>{account} gespeichert, aber ohne Passwort: Der Versand schlägt fehl, bis Sie es eingeben.</translation>
    </message>
    <message>
        <source>{smtp} and {imap}</source>
        <translation>{smtp} und {imap}</translation>
    </message>
    <message>
        <source>Connecting to {servers}…</source>
        <translation>Verbindung mit {servers} …</translation>
    </message>
    <message>
        <source>The settings changed during the test: test again to check them.</source>
        <translation>Die Einstellungen haben sich während des Tests geändert: Testen Sie erneut, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>You can change any field.</source>
        <translation>Sie können jedes Feld ändern.</translation>
    </message>
    <message>
        <source>{part}: {found} (you typed {typed})</source>
        <translation>{part}: {found} (Sie haben {typed} eingegeben)</translation>
    </message>
    <message>
        <source>{where} names other settings than you typed:

{lines}

Use them for these fields too?</source>
        <translation>{where} nennt andere Einstellungen als Ihre Eingabe:

{lines}

Auch für diese Felder übernehmen?</translation>
    </message>
    <message>
        <source>Use the settings found?</source>
        <translation>Gefundene Einstellungen übernehmen?</translation>
    </message>
    <message>
        <source>Use them</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Kept what you typed: {fields}.</source>
        <translation>Ihre Eingabe wurde behalten: {fields}.</translation>
    </message>
    <message>
        <source>Save the account with an incoming server to choose the folders it syncs.</source>
        <translation>Speichern Sie das Konto mit einem Posteingangsserver, um die abzugleichenden Ordner zu wählen.</translation>
    </message>
    <message>
        <source>Inbox and Sent (found at the first sync)</source>
        <translation>Posteingang und Gesendet (beim ersten Abgleich gefunden)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Syncs {folders}.</source>
        <translation>Gleicht {folders} ab.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove {account}? Its settings and its password (or sign-in) are deleted from this computer. Mail already in your conversations stays.</source>
        <translation>{account} entfernen? Die Einstellungen und das Passwort (oder die Anmeldung) werden von diesem Computer gelöscht. Nachrichten, die schon in Ihren Unterhaltungen sind, bleiben.</translation>
    </message>
    <message>
        <source>Cannot remove the account</source>
        <translation>Das Konto lässt sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>{field} addresses</source>
        <translation>{field}-Adressen</translation>
    </message>
    <message>
        <source>name@example.org, Another Name &lt;another@example.org&gt;</source>
        <translation>name@example.org, Andere Person &lt;andere@example.org&gt;</translation>
    </message>
</context>
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
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachment {name}, {size}</source>
        <translation>Anhang {name}, {size}</translation>
    </message>
    <message>
        <source>Click to open; the arrow to save</source>
        <translation>Klicken zum Öffnen, Pfeil zum Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>Alle speichern …</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Der Anhang lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from there.</source>
        <translation>Kein Programm auf diesem Computer öffnet {name}. Speichern Sie die Datei mit „Speichern unter …“ und öffnen Sie sie von dort.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Save all attachments in</source>
        <translation>Alle Anhänge speichern in</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>Der Anhang lässt sich nicht speichern</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>the limit of {size} at {host}</source>
        <translation>die Grenze von {size} bei {host}</translation>
    </message>
    <message>
        <source>the {size} most mail servers accept</source>
        <translation>die {size}, die die meisten Mailserver annehmen</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Conversation this reply goes into</source>
        <translation>Unterhaltung, in die diese Antwort geht</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
        <translation>Die beantwortete Nachricht hat keine Message-ID, daher kann die Antwort sie nicht nennen: Sie kommt nur über den Betreff in die Unterhaltung, und Gmail, Outlook und andere zeigen sie womöglich getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>↪ Replying in: {subject} (%n message(s))</source>
        <translation>
            <numerusform>↪ Antwort in: {subject} (%n Nachricht)</numerusform>
            <numerusform>↪ Antwort in: {subject} (%n Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>✉ New conversation</source>
        <translation>✉ Neue Unterhaltung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Gmail keeps a reply in its conversation only while its subject stays the same.</source>
        <translation>Gmail behält eine Antwort nur in ihrer Unterhaltung, solange der Betreff gleich bleibt.</translation>
    </message>
    <message>
        <source>Subject hint</source>
        <translation>Hinweis zum Betreff</translation>
    </message>
    <message>
        <source>You changed the subject of a reply. Gmail will show it as a new conversation; other mail programs keep it in this one.</source>
        <translation>Sie haben den Betreff einer Antwort geändert. Gmail zeigt sie als neue Unterhaltung; andere Mail-Programme behalten sie in dieser.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen …</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Nachrichtengröße</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>Später senden …</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>Choose when the message goes</source>
        <translation>Wählen, wann die Nachricht gesendet wird</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Throw this message away, with its draft</source>
        <translation>Diese Nachricht samt Entwurf wegwerfen</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep it in Drafts to finish later (Ctrl+S)</source>
        <translation>Unter „Entwürfe“ aufheben, um sie später fertigzustellen (Strg+S)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n Datei, {size}</numerusform>
            <numerusform>%n Dateien, {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>about {size} once encoded for mail, more than {limit}. Remove a file, or share large files another way.</source>
        <translation>etwa {size} nach der Kodierung für den Versand, mehr als {limit}. Entfernen Sie eine Datei oder teilen Sie große Dateien auf anderem Weg.</translation>
    </message>
    <message>
        <source>about {size} once encoded for mail, close to {limit}.</source>
        <translation>etwa {size} nach der Kodierung für den Versand, nahe an {limit}.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments, more than {limit}. Remove a file, or share large files another way.</source>
        <translation>Mit Anhängen wäre die Nachricht etwa {size} groß, mehr als {limit}. Entfernen Sie eine Datei oder teilen Sie große Dateien auf anderem Weg.</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>Anhängen nicht möglich</translation>
    </message>
    <message>
        <source>Add a sending account first (Accounts in the main window).</source>
        <translation>Fügen Sie zuerst ein Konto zum Senden hinzu (Konten im Hauptfenster).</translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation>Senden noch nicht möglich</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Kein Betreff</translation>
    </message>
    <message>
        <source>This message has no subject. Send it without one?</source>
        <translation>Diese Nachricht hat keinen Betreff. Ohne Betreff senden?</translation>
    </message>
    <message>
        <source>Send &amp;without subject</source>
        <translation>&amp;Ohne Betreff senden</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Entwurf um {time} gespeichert</translation>
    </message>
    <message>
        <source>Discard message</source>
        <translation>Nachricht verwerfen</translation>
    </message>
    <message>
        <source>Discard this message? Its text and its draft are deleted; this cannot be undone.</source>
        <translation>Diese Nachricht verwerfen? Text und Entwurf werden gelöscht; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>{messages}, {unread}</source>
        <translation>{messages}, {unread}</translation>
    </message>
    <message>
        <source>In {folders}</source>
        <translation>In {folders}</translation>
    </message>
    <message>
        <source>{subject}, from {people}, {counts}, {date}</source>
        <translation>{subject}, von {people}, {counts}, {date}</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>kein Betreff</translation>
    </message>
    <message>
        <source>{text}, in {folders}</source>
        <translation>{text}, in {folders}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>No recipients yet</source>
        <translation>Noch keine Empfänger</translation>
    </message>
    <message>
        <source>To {people}</source>
        <translation>An {people}</translation>
    </message>
    <message>
        <source>in “{subject}”</source>
        <translation>in „{subject}“</translation>
    </message>
</context>
<context>
    <name>DraftsPlace</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>No drafts. A message you close with Save draft waits here until you send it.</source>
        <translation>Keine Entwürfe. Eine Nachricht, die Sie mit „Entwurf speichern“ schließen, wartet hier, bis Sie sie senden.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft “{subject}”? This cannot be undone.</source>
        <translation>Den Entwurf „{subject}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>{folder} — always synced</source>
        <translation>{folder} – wird immer abgeglichen</translation>
    </message>
    <message>
        <source>{folder} — {role}, always synced</source>
        <translation>{folder} – {role}, wird immer abgeglichen</translation>
    </message>
    <message>
        <source>{folder} — gone from the server; its mail stays here</source>
        <translation>{folder} – nicht mehr auf dem Server; die Nachrichten bleiben hier</translation>
    </message>
    <message>
        <source>{folder} — was gone from the server; check it to sync it again</source>
        <translation>{folder} – war nicht mehr auf dem Server; zum erneuten Abgleich anhaken</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Folders of {address}</source>
        <translation>Ordner von {address}</translation>
    </message>
    <message>
        <source>Filter folders</source>
        <translation>Ordner filtern</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Folders status</source>
        <translation>Ordnerstatus</translation>
    </message>
    <message>
        <source>Checked folders are synced. Unchecking one stops syncing it: its mail stays in Threadline, and nothing is deleted on the server.</source>
        <translation>Angehakte Ordner werden abgeglichen. Ohne Haken endet der Abgleich: Die Nachrichten bleiben in Threadline, und auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading folders from {host}…</source>
        <translation>Ordner werden von {host} geladen …</translation>
    </message>
    <message>
        <source>The folders on {host}. All Mail is always synced; check any other folder whose conversations you want here.</source>
        <translation>Die Ordner auf {host}. „Alle Nachrichten“ wird immer abgeglichen; haken Sie jeden weiteren Ordner an, dessen Unterhaltungen Sie hier haben möchten.</translation>
    </message>
    <message>
        <source>The folders on {host}. Inbox and Sent are always synced; check any other folder whose conversations you want here.</source>
        <translation>Die Ordner auf {host}. Posteingang und Gesendet werden immer abgeglichen; haken Sie jeden weiteren Ordner an, dessen Unterhaltungen Sie hier haben möchten.</translation>
    </message>
    <message>
        <source>Could not load the folders: {error}</source>
        <translation>Die Ordner konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Could not save the choice: {error}</source>
        <translation>Die Auswahl konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mail files ({patterns})</source>
        <translation>Mail-Dateien ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>Import mail you already have — .eml files, mbox files or Maildir folders — with &lt;b&gt;Import&lt;/b&gt; or &lt;b&gt;Import folder&lt;/b&gt;, or drop them on this window.</source>
        <translation>Importieren Sie vorhandene Nachrichten – .eml-Dateien, mbox-Dateien oder Maildir-Ordner – mit &lt;b&gt;Importieren&lt;/b&gt; oder &lt;b&gt;Ordner importieren&lt;/b&gt;, oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Or write a new message with &lt;b&gt;New&lt;/b&gt; (Ctrl+N). Replies you send land in the right conversation, here and in your recipients&apos; mail programs.</source>
        <translation>Oder schreiben Sie mit &lt;b&gt;Neu&lt;/b&gt; (Strg+N) eine neue Nachricht. Ihre Antworten landen in der richtigen Unterhaltung, hier und in den Mail-Programmen Ihrer Empfänger.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Show Details… lists what was skipped, and why.</source>
        <translation>„Details einblenden …“ zeigt, was übersprungen wurde und warum.</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>Alle Nachrichten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>No sending account yet. Add one to reply and send, or import mail you have.</source>
        <translation>Noch kein Konto zum Senden. Fügen Sie eines hinzu, um zu antworten und zu senden, oder importieren Sie vorhandene Nachrichten.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Import mail…</source>
        <translation>Nachrichten importieren …</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Senden rückgängig machen</translation>
    </message>
    <message>
        <source>Conversations and drafts</source>
        <translation>Unterhaltungen und Entwürfe</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Conversation subject</source>
        <translation>Betreff der Unterhaltung</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Eine neue Nachricht schreiben</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Reply to the sender</source>
        <translation>Dem Absender antworten</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>Allen a&amp;ntworten</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>Allen antworten</translation>
    </message>
    <message>
        <source>Reply to &amp;list</source>
        <translation>An &amp;Liste antworten</translation>
    </message>
    <message>
        <source>Reply to the mailing list</source>
        <translation>An die Mailingliste antworten</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Forward as a new conversation</source>
        <translation>Als neue Unterhaltung weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import .eml, mbox or Maildir</source>
        <translation>.eml, mbox oder Maildir importieren</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Import a Maildir or a folder of mail</source>
        <translation>Ein Maildir oder einen Ordner mit Nachrichten importieren</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Queued and failed messages</source>
        <translation>Wartende und fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>Konten zum Senden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search all mail</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark the conversation&apos;s newest message unread, here and on the server</source>
        <translation>Die neueste Nachricht der Unterhaltung als ungelesen markieren, hier und auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Move the conversation to the Trash (Ctrl+Z brings it back)</source>
        <translation>Die Unterhaltung in den Papierkorb verschieben (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Bring back what was deleted last</source>
        <translation>Das zuletzt Gelöschte zurückholen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Expand all messages</source>
        <translation>&amp;Alle Nachrichten aufklappen</translation>
    </message>
    <message>
        <source>Open every message of the conversation</source>
        <translation>Jede Nachricht der Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <source>Messages saved to finish later</source>
        <translation>Zum späteren Fertigstellen gespeicherte Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Deleted conversations, to restore</source>
        <translation>Gelöschte Unterhaltungen, zum Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Threadline</source>
        <translation>Threadline schließen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut, in one list</source>
        <translation>Alle Tastenkürzel in einer Liste</translation>
    </message>
    <message>
        <source>&amp;About Threadline</source>
        <translation>&amp;Über Threadline</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>From the search box into the results</source>
        <translation>Vom Suchfeld in die Ergebnisse</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>A desktop mail composer whose messages land in the right conversation.</source>
        <translation>Ein E-Mail-Programm für den Desktop, dessen Nachrichten in der richtigen Unterhaltung landen.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Reply to the mailing list (Ctrl+L)</source>
        <translation>An die Mailingliste antworten (Strg+L)</translation>
    </message>
    <message>
        <source>Reply to list: this conversation&apos;s newest message names no mailing list</source>
        <translation>An Liste antworten: Die neueste Nachricht dieser Unterhaltung nennt keine Mailingliste</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Marked as unread.</source>
        <translation>Als ungelesen markiert.</translation>
    </message>
    <message>
        <source>Conversation moved to Trash.</source>
        <translation>Unterhaltung in den Papierkorb verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(ies) on the server go to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>Die Kopie auf dem Server kommt beim nächsten Abgleich in dessen Papierkorb.</numerusform>
            <numerusform>Die %n Kopien auf dem Server kommen beim nächsten Abgleich in dessen Papierkorb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt.</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It comes back from the server&apos;s Trash at the next sync.</source>
        <translation>Es kommt beim nächsten Abgleich aus dem Papierkorb des Servers zurück.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Link to {target}</source>
        <translation>Link zu {target}</translation>
    </message>
    <message>
        <source>Drafts ({count})</source>
        <translation>Entwürfe ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent draft(s) wait in Drafts.</source>
        <translation>
            <numerusform>%n ungesendeter Entwurf wartet unter „Entwürfe“.</numerusform>
            <numerusform>%n ungesendete Entwürfe warten unter „Entwürfe“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match “{query}”.</source>
        <translation>
            <numerusform>%n Unterhaltung passt zu „{query}“.</numerusform>
            <numerusform>%n Unterhaltungen passen zu „{query}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <source>Add a sending account first.</source>
        <translation>Fügen Sie zuerst ein Konto zum Senden hinzu.</translation>
    </message>
    <message>
        <source>On {date}, {sender} wrote:</source>
        <translation>Am {date} schrieb {sender}:</translation>
    </message>
    <message>
        <source>{sender} wrote:</source>
        <translation>{sender} schrieb:</translation>
    </message>
    <message>
        <source>Cannot reply</source>
        <translation>Antworten nicht möglich</translation>
    </message>
    <message>
        <source>Scheduled for {when}. It waits in the Outbox until then.</source>
        <translation>Geplant für {when}. Sie wartet bis dahin im Postausgang.</translation>
    </message>
    <message>
        <source>Sending “{subject}” in {seconds} s</source>
        <translation>„{subject}“ wird in {seconds} s gesendet</translation>
    </message>
    <message>
        <source>Too late to undo: the message is being sent.</source>
        <translation>Zu spät zum Rückgängigmachen: Die Nachricht wird gerade gesendet.</translation>
    </message>
    <message>
        <source>Sending undone.</source>
        <translation>Senden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>It is being sent right now; it cannot change.</source>
        <translation>Sie wird gerade gesendet und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>“{subject}” was sent.</source>
        <translation>„{subject}“ wurde gesendet.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Not sent yet: {error} Next try at {time} (see the Outbox).</source>
        <translation>Noch nicht gesendet: {error} Nächster Versuch um {time} (siehe Postausgang).</translation>
    </message>
    <message>
        <source>“{subject}” was refused: {error}</source>
        <translation>„{subject}“ wurde abgelehnt: {error}</translation>
    </message>
    <message>
        <source>“{subject}” was not sent: {error} It stays in the Outbox, where you can retry or delete it.</source>
        <translation>„{subject}“ wurde nicht gesendet: {error} Sie bleibt im Postausgang, wo Sie sie erneut senden oder löschen können.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Nachricht nicht gesendet</translation>
    </message>
    <message>
        <source>Import mail: .eml or mbox files (Maildir: Import folder…)</source>
        <translation>Nachrichten importieren: .eml- oder mbox-Dateien (Maildir: Ordner importieren …)</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>Nachrichten werden importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Importing mail… %n message(s)</source>
        <translation>
            <numerusform>Nachrichten werden importiert … %n Nachricht</numerusform>
            <numerusform>Nachrichten werden importiert … %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>sent by you</source>
        <translation>von Ihnen gesendet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Message from {sender}</source>
        <translation>Nachricht von {sender}</translation>
    </message>
    <message>
        <source>To: {addresses}</source>
        <translation>An: {addresses}</translation>
    </message>
    <message>
        <source>Cc: {addresses}</source>
        <translation>Cc: {addresses}</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Zitierten Text anzeigen</translation>
    </message>
    <message>
        <source>In reply to {sender}, {date}</source>
        <translation>Antwort auf {sender}, {date}</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Zitierten Text ausblenden</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to {sender}, to this message</source>
        <translation>{sender} auf diese Nachricht antworten</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>Allen antworten</translation>
    </message>
    <message>
        <source>Reply to everyone on this message</source>
        <translation>Allen Beteiligten dieser Nachricht antworten</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Forward this message</source>
        <translation>Diese Nachricht weiterleiten</translation>
    </message>
</context>
<context>
    <name>OAuthSection</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>OAuth sign-in status</source>
        <translation>OAuth-Anmeldestatus</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Checking the sign-in with {provider}…</source>
        <translation>Anmeldung bei {provider} wird geprüft …</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>den Anbieter</translation>
    </message>
    <message>
        <source>Signed in as {address}</source>
        <translation>Angemeldet als {address}</translation>
    </message>
    <message>
        <source>Not signed in to {provider}</source>
        <translation>Nicht bei {provider} angemeldet</translation>
    </message>
    <message>
        <source>Finish signing in to {provider} in your browser…</source>
        <translation>Schließen Sie die Anmeldung bei {provider} im Browser ab …</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>{day} {date}, {time}</source>
        <translation>{day} {date}, {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Sent late, {when}</source>
        <translation>Verspätet gesendet, {when}</translation>
    </message>
    <message>
        <source>Sent as scheduled, {when}</source>
        <translation>Wie geplant gesendet, {when}</translation>
    </message>
    <message>
        <source>Scheduled for {when}</source>
        <translation>Geplant für {when}</translation>
    </message>
    <message>
        <source>Sending in {delay}</source>
        <translation>Versand in {delay}</translation>
    </message>
    <message>
        <source>Retrying in {delay}</source>
        <translation>Neuer Versuch in {delay}</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <source>Messages waiting to be sent: open the Outbox (Ctrl+O)</source>
        <translation>Nachrichten warten auf den Versand: Postausgang öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Outbox: {count}</source>
        <translation>Postausgang: {count}</translation>
    </message>
    <message>
        <source>Outbox: {count} ({refused} not sent)</source>
        <translation>Postausgang: {count} ({refused} nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Take the message back into a composer to change it</source>
        <translation>Die Nachricht zum Ändern zurück in ein Verfassen-Fenster holen</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Send the selected message now</source>
        <translation>Die ausgewählte Nachricht jetzt senden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Undo send delay</source>
        <translation>Verzögerung zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>How long a sent message waits, so that Undo can stop it</source>
        <translation>Wie lange eine gesendete Nachricht wartet, damit „Rückgängig“ sie noch aufhalten kann</translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation>Rückgängig-Frist:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n wartet.</numerusform>
            <numerusform>%n warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nichts wartet auf den Versand.</translation>
    </message>
    <message>
        <source>“{subject}” was sent.</source>
        <translation>„{subject}“ wurde gesendet.</translation>
    </message>
    <message>
        <source>“{subject}” was not sent: {error} Next try at {time}.</source>
        <translation>„{subject}“ wurde nicht gesendet: {error} Nächster Versuch um {time}.</translation>
    </message>
    <message>
        <source>“{subject}” was refused: {error}</source>
        <translation>„{subject}“ wurde abgelehnt: {error}</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete “{subject}” to {recipients}? It will not be sent, and there is no copy anywhere else.</source>
        <translation>„{subject}“ an {recipients} löschen? Sie wird nicht gesendet, und es gibt nirgends eine Kopie.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Senden nicht möglich</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>{day} {date}, {time}</source>
        <translation>{day} {date}, {time}</translation>
    </message>
</context>
<context>
    <name>RemotePicturesBar</name>
    <message numerus="yes">
        <source>%n picture(s) from the web are not shown: loading tells the sender you read it.</source>
        <translation>
            <numerusform>%n Bild aus dem Web wird nicht angezeigt: Das Laden verrät dem Absender, dass Sie die Nachricht gelesen haben.</numerusform>
            <numerusform>%n Bilder aus dem Web werden nicht angezeigt: Das Laden verrät dem Absender, dass Sie die Nachricht gelesen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>Show pictures from the web in this message</source>
        <translation>Bilder aus dem Web in dieser Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Always from {sender}</source>
        <translation>Immer von {sender}</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Always show pictures from {sender}</source>
        <translation>Bilder von {sender} immer anzeigen</translation>
    </message>
    <message>
        <source>Loading pictures…</source>
        <translation>Bilder werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be loaded.</source>
        <translation>
            <numerusform>%n Bild konnte nicht geladen werden.</numerusform>
            <numerusform>%n Bilder konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pictures could not be loaded: {error}</source>
        <translation>Die Bilder konnten nicht geladen werden: {error}</translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Save the changes to this draft before closing?</source>
        <translation>Die Änderungen an diesem Entwurf vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Save draft?</source>
        <translation>Entwurf speichern?</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>Diese Nachricht vor dem Schließen als Entwurf speichern?</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Saved drafts wait in Drafts in the main window.</source>
        <translation>Gespeicherte Entwürfe warten im Hauptfenster unter „Entwürfe“.</translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Senden um</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>Monday morning</source>
        <translation>Montagmorgen</translation>
    </message>
    <message>
        <source>{label} ({when})</source>
        <translation>{label} ({when})</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Send this message at:</source>
        <translation>Diese Nachricht senden am:</translation>
    </message>
    <message>
        <source>That time has passed; choose a time to come.</source>
        <translation>Dieser Zeitpunkt ist vorbei; wählen Sie einen künftigen.</translation>
    </message>
</context>
<context>
    <name>SettingsLookup</name>
    <message>
        <source>Looking for {domain}&apos;s settings: its own configuration and its DNS records…</source>
        <translation>Suche nach den Einstellungen von {domain}: eigene Konfiguration und DNS-Einträge …</translation>
    </message>
    <message>
        <source>The look-up failed: {error}</source>
        <translation>Die Suche ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Find the settings</source>
        <translation>Einstellungen suchen</translation>
    </message>
    <message>
        <source>{domain} publishes no mail settings of its own (no configuration file, no DNS records).

Ask Thunderbird&apos;s database of mail providers? It is run by Mozilla (autoconfig.thunderbird.net) and is told the domain {domain}, not your address.</source>
        <translation>{domain} veröffentlicht keine eigenen Mail-Einstellungen (keine Konfigurationsdatei, keine DNS-Einträge).

Die Anbieter-Datenbank von Thunderbird fragen? Sie wird von Mozilla betrieben (autoconfig.thunderbird.net) und erfährt nur die Domain {domain}, nicht Ihre Adresse.</translation>
    </message>
    <message>
        <source>Ask Thunderbird&apos;s database</source>
        <translation>Thunderbird-Datenbank fragen</translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation>Nicht fragen</translation>
    </message>
    <message>
        <source>Nothing found at {domain} itself.</source>
        <translation>Bei {domain} selbst nichts gefunden.</translation>
    </message>
    <message>
        <source>Asking Thunderbird&apos;s database about {domain}…</source>
        <translation>Die Thunderbird-Datenbank wird nach {domain} gefragt …</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s database does not know {domain} either.</source>
        <translation>Auch die Thunderbird-Datenbank kennt {domain} nicht.</translation>
    </message>
    <message>
        <source>No settings found for {domain}: the grey server names are only guesses. Your provider&apos;s help pages name the real ones; leave the incoming server empty to only send.</source>
        <translation>Keine Einstellungen für {domain} gefunden: Die grauen Servernamen sind nur Vermutungen. Die Hilfeseiten Ihres Anbieters nennen die richtigen; lassen Sie den Posteingangsserver leer, um nur zu senden.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing {folder}… {done} of {total}</source>
        <translation>Abgleich von {folder} … {done} von {total}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft …</translation>
    </message>
    <message>
        <source>Sync failed for {who}</source>
        <translation>Abgleich fehlgeschlagen für {who}</translation>
    </message>
    <message>
        <source>Offline — retrying at {time}</source>
        <translation>Offline – neuer Versuch um {time}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Abgeglichen um {time}</translation>
    </message>
    <message>
        <source>(Threadline tries again at {time}.)</source>
        <translation>(Threadline versucht es um {time} erneut.)</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Mail sync</source>
        <translation>E-Mail-Abgleich</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sync failure details</source>
        <translation>Details zum fehlgeschlagenen Abgleich</translation>
    </message>
    <message>
        <source>Mail sync failed</source>
        <translation>E-Mail-Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <source>Every account synced.</source>
        <translation>Alle Konten sind abgeglichen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Expand all messages</source>
        <translation>Alle Nachrichten aufklappen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more message(s)</source>
        <translation>
            <numerusform>%n weitere Nachricht anzeigen</numerusform>
            <numerusform>%n weitere Nachrichten anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show more messages</source>
        <translation>Weitere Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <source>The link says “{text}” but leads to another place:

{href}

Open it only if you trust where it goes.</source>
        <translation>Der Link nennt „{text}“, führt aber woandershin:

{href}

Öffnen Sie ihn nur, wenn Sie dem Ziel vertrauen.</translation>
    </message>
    <message>
        <source>Open {where}</source>
        <translation>{where} öffnen</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted conversations</source>
        <translation>Gelöschte Unterhaltungen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected conversations back</source>
        <translation>Die gewählten Unterhaltungen zurücklegen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt.</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoNote</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo: {text}</source>
        <translation>Rückgängig: {text}</translation>
    </message>
</context>
<context>
    <name>_DraftWords</name>
    <message numerus="yes">
        <source>To {first}, {second} and %n more</source>
        <translation>
            <numerusform>An {first}, {second} und %n weitere Person</numerusform>
            <numerusform>An {first}, {second} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FolderWords</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay in Threadline</source>
        <translation>
            <numerusform>nicht mehr auf dem Server (gelöscht oder umbenannt); %n Nachricht daraus bleibt in Threadline</numerusform>
            <numerusform>nicht mehr auf dem Server (gelöscht oder umbenannt); %n Nachrichten daraus bleiben in Threadline</numerusform>
        </translation>
    </message>
    <message>
        <source>was gone from the server for a while; add it to sync it again</source>
        <translation>war eine Zeit lang nicht auf dem Server; zum erneuten Abgleich hinzufügen</translation>
    </message>
</context>
<context>
    <name>_ListWords</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncWords</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>account_check</name>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Senden (SMTP)</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; no sign-in needed.</source>
        <translation>{host} antwortete &apos;{greeting}&apos;; keine Anmeldung nötig.</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; login accepted.</source>
        <translation>{host} antwortete &apos;{greeting}&apos;; Anmeldung angenommen.</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>Empfangen (IMAP)</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>keine Ordner</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; no sign-in needed; syncs {folders}.</source>
        <translation>{host} antwortete &apos;{greeting}&apos;; keine Anmeldung nötig; gleicht {folders} ab.</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; login accepted; syncs {folders}.</source>
        <translation>{host} antwortete &apos;{greeting}&apos;; Anmeldung angenommen; gleicht {folders} ab.</translation>
    </message>
    <message>
        <source>No Sent folder was found, so sent mail cannot be filed there.</source>
        <translation>Es wurde kein Ordner „Gesendet“ gefunden, daher können gesendete Nachrichten dort nicht abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>account_problems</name>
    <message>
        <source>&apos;{host}&apos; is not a server name: no spaces.</source>
        <translation>&apos;{host}&apos; ist kein Servername: keine Leerzeichen.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1-65535).</source>
        <translation>{port} ist keine Portnummer (1–65535).</translation>
    </message>
    <message>
        <source>Enter the address mail goes out from, e.g. ann@example.org.</source>
        <translation>Geben Sie die Adresse ein, von der Nachrichten ausgehen, z. B. ann@example.org.</translation>
    </message>
    <message>
        <source>{alias} is given twice among the account&apos;s addresses.</source>
        <translation>{alias} steht zweimal unter den Adressen des Kontos.</translation>
    </message>
    <message>
        <source>Enter the server mail goes out through, e.g. smtp.example.org.</source>
        <translation>Geben Sie den Server ein, über den Nachrichten ausgehen, z. B. smtp.example.org.</translation>
    </message>
    <message>
        <source>Mail to {host} cannot go unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
        <translation>Nachrichten an {host} können nicht unverschlüsselt gehen: Wählen Sie TLS oder STARTTLS (nur ein Server auf diesem Computer kommt ohne aus).</translation>
    </message>
    <message>
        <source>Mail from {host} cannot come unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
        <translation>Nachrichten von {host} können nicht unverschlüsselt kommen: Wählen Sie TLS oder STARTTLS (nur ein Server auf diesem Computer kommt ohne aus).</translation>
    </message>
    <message>
        <source>Sign-in must be one of {choices}.</source>
        <translation>Die Anmeldung muss eine von {choices} sein.</translation>
    </message>
    <message>
        <source>Enter the user name for signing in (often the address).</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein (oft die Adresse).</translation>
    </message>
    <message>
        <source>Security must be one of {choices}.</source>
        <translation>Die Sicherheit muss eine von {choices} sein.</translation>
    </message>
</context>
<context>
    <name>account_setup</name>
    <message>
        <source>There is no domain to ask in that address.</source>
        <translation>Diese Adresse enthält keine Domain, die man fragen könnte.</translation>
    </message>
    <message>
        <source>{domain}&apos;s own configuration</source>
        <translation>die eigene Konfiguration von {domain}</translation>
    </message>
    <message>
        <source>the DNS records of {domain}</source>
        <translation>den DNS-Einträgen von {domain}</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s database</source>
        <translation>der Datenbank von Thunderbird</translation>
    </message>
    <message>
        <source>{url}: no IMAP or SMTP server Threadline can use.</source>
        <translation>{url}: kein IMAP- oder SMTP-Server, den Threadline verwenden kann.</translation>
    </message>
    <message>
        <source>It names no SMTP server Threadline can use: fill in the sending server.</source>
        <translation>Sie nennt keinen SMTP-Server, den Threadline verwenden kann: Tragen Sie den Postausgangsserver ein.</translation>
    </message>
    <message>
        <source>It names no IMAP server: without one the account only sends.</source>
        <translation>Sie nennt keinen IMAP-Server: Ohne ihn sendet das Konto nur.</translation>
    </message>
    <message>
        <source>It says the servers sign in without a password (OAuth2 or none): Threadline signs in with OAuth2 only for the providers set up in Sign-in.</source>
        <translation>Sie gibt an, dass die Server ohne Passwort anmelden (OAuth2 oder gar nicht): Threadline meldet sich mit OAuth2 nur bei den unter „Anmeldung“ eingerichteten Anbietern an.</translation>
    </message>
    <message>
        <source>DNS: no mail server records ({names}).</source>
        <translation>DNS: keine Einträge für Mailserver ({names}).</translation>
    </message>
    <message>
        <source>The DNS points outside {domain} ({hosts}): use these servers only if your provider runs them.</source>
        <translation>Das DNS verweist aus {domain} hinaus ({hosts}): Verwenden Sie diese Server nur, wenn Ihr Anbieter sie betreibt.</translation>
    </message>
    <message>
        <source>There is no record of an SMTP server: fill in the sending server.</source>
        <translation>Es gibt keinen Eintrag für einen SMTP-Server: Tragen Sie den Postausgangsserver ein.</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Settings from {where}: sending through {smtp} and incoming mail from {imap}.</source>
        <translation>Einstellungen aus {where}: Senden über {smtp} und eingehende Nachrichten von {imap}.</translation>
    </message>
    <message>
        <source>Settings from {where}: sending through {smtp}.</source>
        <translation>Einstellungen aus {where}: Senden über {smtp}.</translation>
    </message>
    <message>
        <source>Settings from {where}: incoming mail from {imap}.</source>
        <translation>Einstellungen aus {where}: eingehende Nachrichten von {imap}.</translation>
    </message>
    <message>
        <source>Settings from {where}.</source>
        <translation>Einstellungen aus {where}.</translation>
    </message>
    <message>
        <source>User name: {name}.</source>
        <translation>Benutzername: {name}.</translation>
    </message>
</context>
<context>
    <name>account_store</name>
    <message>
        <source>{host} is not a server name.</source>
        <translation>{host} ist kein Servername.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1-65535).</source>
        <translation>{port} ist keine Portnummer (1–65535).</translation>
    </message>
    <message>
        <source>Security must be one of {choices}.</source>
        <translation>Die Sicherheit muss eine von {choices} sein.</translation>
    </message>
    <message>
        <source>Authentication must be one of {choices}.</source>
        <translation>Die Authentifizierung muss eine von {choices} sein.</translation>
    </message>
    <message>
        <source>Sending without encryption is only allowed to a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
        <translation>Senden ohne Verschlüsselung ist nur an einen Server auf diesem Computer (127.0.0.1) erlaubt. Wählen Sie TLS oder STARTTLS für andere Server.</translation>
    </message>
    <message>
        <source>Password authentication needs a user name.</source>
        <translation>Die Anmeldung mit Passwort braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>{alias} is given twice among the account&apos;s addresses.</source>
        <translation>{alias} steht zweimal unter den Adressen des Kontos.</translation>
    </message>
    <message>
        <source>Receiving without encryption is only allowed from a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
        <translation>Empfangen ohne Verschlüsselung ist nur von einem Server auf diesem Computer (127.0.0.1) erlaubt. Wählen Sie TLS oder STARTTLS für andere Server.</translation>
    </message>
    <message>
        <source>There is no account {account}.</source>
        <translation>Es gibt kein Konto {account}.</translation>
    </message>
    <message>
        <source>There is no sending account yet. Add one with &apos;threadline accounts add&apos;.</source>
        <translation>Es gibt noch kein Konto zum Senden. Fügen Sie eines mit &apos;threadline accounts add&apos; hinzu.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account: {accounts}</source>
        <translation>Es gibt mehrere Konten; wählen Sie eines mit --account: {accounts}</translation>
    </message>
    <message>
        <source>There is no account {account}. Known accounts: {accounts}</source>
        <translation>Es gibt kein Konto {account}. Bekannte Konten: {accounts}</translation>
    </message>
    <message numerus="yes">
        <source>The account still has %n message(s) in the outbox. Send or delete it/them first.</source>
        <translation>
            <numerusform>Das Konto hat noch %n Nachricht im Postausgang. Senden oder löschen Sie sie zuerst.</numerusform>
            <numerusform>Das Konto hat noch %n Nachrichten im Postausgang. Senden oder löschen Sie sie zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accounts_command</name>
    <message>
        <source>default: unchanged</source>
        <translation>Standard: unverändert</translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org</source>
        <translation>SMTP-Server, z. B. smtp.example.org</translation>
    </message>
    <message>
        <source>IMAP server the account&apos;s mail comes from, e.g. imap.example.org</source>
        <translation>IMAP-Server, von dem die Nachrichten des Kontos kommen, z. B. imap.example.org</translation>
    </message>
    <message>
        <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: unchanged</source>
        <translation>tls (implizit, Port 465), starttls (Port 587), none (nur zu 127.0.0.1); Standard: unverändert</translation>
    </message>
    <message>
        <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: unchanged</source>
        <translation>tls (implizit, Port 993), starttls (Port 143), none (nur von 127.0.0.1); Standard: unverändert</translation>
    </message>
    <message>
        <source>file a copy of each sent message in the IMAP server&apos;s Sent folder (default: unchanged, or as for a new account when the first incoming server is given)</source>
        <translation>eine Kopie jeder gesendeten Nachricht im Ordner „Gesendet“ des IMAP-Servers ablegen (Standard: unverändert, oder wie bei einem neuen Konto, wenn der erste Posteingangsserver angegeben wird)</translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org (preset for known providers and with --oauth)</source>
        <translation>SMTP-Server, z. B. smtp.example.org (vorgegeben bei bekannten Anbietern und mit --oauth)</translation>
    </message>
    <message>
        <source>IMAP server the account&apos;s mail comes from, e.g. imap.example.org (preset for known providers and with --oauth)</source>
        <translation>IMAP-Server, von dem die Nachrichten des Kontos kommen, z. B. imap.example.org (vorgegeben bei bekannten Anbietern und mit --oauth)</translation>
    </message>
    <message>
        <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: the preset&apos;s, else starttls</source>
        <translation>tls (implizit, Port 465), starttls (Port 587), none (nur zu 127.0.0.1); Standard: laut Vorgabe, sonst starttls</translation>
    </message>
    <message>
        <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: the preset&apos;s, else tls</source>
        <translation>tls (implizit, Port 993), starttls (Port 143), none (nur von 127.0.0.1); Standard: laut Vorgabe, sonst tls</translation>
    </message>
    <message>
        <source>file a copy of each sent message in the IMAP server&apos;s Sent folder (default: yes, except where the SMTP server files it itself, as Gmail and Microsoft do)</source>
        <translation>eine Kopie jeder gesendeten Nachricht im Ordner „Gesendet“ des IMAP-Servers ablegen (Standard: ja, außer wo der SMTP-Server sie selbst ablegt, wie bei Gmail und Microsoft)</translation>
    </message>
    <message>
        <source>default: 465 for tls, 587 for starttls</source>
        <translation>Standard: 465 für tls, 587 für starttls</translation>
    </message>
    <message>
        <source>default: 993 for tls, 143 for starttls</source>
        <translation>Standard: 993 für tls, 143 für starttls</translation>
    </message>
    <message>
        <source>no incoming server: the account only sends (also at a known provider)</source>
        <translation>kein Posteingangsserver: Das Konto sendet nur (auch bei einem bekannten Anbieter)</translation>
    </message>
    <message>
        <source>add, edit, list, test or remove accounts (sending and receiving)</source>
        <translation>Konten hinzufügen, bearbeiten, auflisten, testen oder entfernen (Senden und Empfangen)</translation>
    </message>
    <message>
        <source>add an account (the password goes to the keyring)</source>
        <translation>ein Konto hinzufügen (das Passwort kommt in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>the From address, e.g. ann@example.org</source>
        <translation>die Absenderadresse (From), z. B. ann@example.org</translation>
    </message>
    <message>
        <source>display name, e.g. &apos;Ann Example&apos;</source>
        <translation>Anzeigename, z. B. &apos;Ann Example&apos;</translation>
    </message>
    <message>
        <source>login name (default: the address)</source>
        <translation>Anmeldename (Standard: die Adresse)</translation>
    </message>
    <message>
        <source>another address this account sends as (repeat for more); replies to mail sent to it go from it</source>
        <translation>eine weitere Adresse, mit der dieses Konto sendet (für mehrere wiederholen); Antworten auf Nachrichten an sie gehen von ihr aus</translation>
    </message>
    <message>
        <source>the server needs no login</source>
        <translation>der Server braucht keine Anmeldung</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>das Passwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>sign in with OAuth2 instead of a password: google, microsoft or a configured one</source>
        <translation>mit OAuth2 statt mit einem Passwort anmelden: google, microsoft oder ein eingerichteter Anbieter</translation>
    </message>
    <message>
        <source>sign an OAuth2 account in again (browser)</source>
        <translation>ein OAuth2-Konto erneut anmelden (Browser)</translation>
    </message>
    <message>
        <source>id, address or name</source>
        <translation>Kennung, Adresse oder Name</translation>
    </message>
    <message>
        <source>forget an OAuth2 account&apos;s tokens</source>
        <translation>die Tokens eines OAuth2-Kontos vergessen</translation>
    </message>
    <message>
        <source>change an account&apos;s servers or name; only what is given changes</source>
        <translation>Server oder Namen eines Kontos ändern; nur das Angegebene ändert sich</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>Konten auflisten</translation>
    </message>
    <message>
        <source>connect and log in, without sending anything</source>
        <translation>verbinden und anmelden, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>id, address or name (default: the only one)</source>
        <translation>Kennung, Adresse oder Name (Standard: das einzige Konto)</translation>
    </message>
    <message>
        <source>remove an account and its password</source>
        <translation>ein Konto und sein Passwort entfernen</translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text; mail servers take passwords in UTF-8 (RFC 4616). Pass it in UTF-8.</source>
        <translation>Das Passwort auf der Standardeingabe ist kein UTF-8-Text; Mailserver nehmen Passwörter in UTF-8 an (RFC 4616). Übergeben Sie es in UTF-8.</translation>
    </message>
    <message>
        <source>Password (stored in the system keyring): </source>
        <translation>Passwort (wird im Schlüsselbund des Systems gespeichert): </translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>Kein Terminal, um nach dem Passwort zu fragen: Übergeben Sie es mit --password-stdin auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>Sign in to {provider} in your browser. If it does not open, visit:</source>
        <translation>Melden Sie sich im Browser bei {provider} an. Falls er sich nicht öffnet, besuchen Sie:</translation>
    </message>
    <message>
        <source>Signed in as {address}.</source>
        <translation>Angemeldet als {address}.</translation>
    </message>
    <message>
        <source>{address} uses a password, not OAuth2 sign-in.</source>
        <translation>{address} verwendet ein Passwort, keine OAuth2-Anmeldung.</translation>
    </message>
    <message>
        <source>Signed out {address}; its tokens were removed from the keyring.</source>
        <translation>{address} abgemeldet; die Tokens wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>--host is empty: give the SMTP server&apos;s name.</source>
        <translation>--host ist leer: Geben Sie den Namen des SMTP-Servers an.</translation>
    </message>
    <message>
        <source>--imap-host is empty: give the IMAP server&apos;s name, or --no-imap for an account that only sends.</source>
        <translation>--imap-host ist leer: Geben Sie den Namen des IMAP-Servers an, oder --no-imap für ein Konto, das nur sendet.</translation>
    </message>
    <message>
        <source>--no-imap cannot go with --imap-host, --imap-port or --imap-security.</source>
        <translation>--no-imap geht nicht zusammen mit --imap-host, --imap-port oder --imap-security.</translation>
    </message>
    <message>
        <source>Give the SMTP server with --host (for example {host}), or use --oauth PROVIDER.</source>
        <translation>Geben Sie den SMTP-Server mit --host an (zum Beispiel {host}), oder verwenden Sie --oauth PROVIDER.</translation>
    </message>
    <message>
        <source>Give the SMTP server with --host, or use --oauth PROVIDER.</source>
        <translation>Geben Sie den SMTP-Server mit --host an, oder verwenden Sie --oauth PROVIDER.</translation>
    </message>
    <message>
        <source>--imap-port and --imap-security need --imap-host: there is no preset for {address}.</source>
        <translation>--imap-port und --imap-security brauchen --imap-host: Für {address} gibt es keine Vorgabe.</translation>
    </message>
    <message>
        <source>{server} ({provider} preset)</source>
        <translation>{server} (Vorgabe für {provider})</translation>
    </message>
    <message>
        <source>Sending through {smtp}, receiving nothing (send only).</source>
        <translation>Senden über {smtp}, kein Empfang (nur senden).</translation>
    </message>
    <message>
        <source>Sending through {smtp}, receiving from {imap}.</source>
        <translation>Senden über {smtp}, Empfang von {imap}.</translation>
    </message>
    <message>
        <source>{host} files sent mail in the Sent folder itself, so Threadline adds no copy there (--save-sent changes that).</source>
        <translation>{host} legt gesendete Nachrichten selbst im Ordner „Gesendet“ ab, daher fügt Threadline dort keine Kopie hinzu (--save-sent ändert das).</translation>
    </message>
    <message>
        <source>Added {account} ({id}).</source>
        <translation>Hinzugefügt: {account} ({id}).</translation>
    </message>
    <message>
        <source>{address} has no incoming server: give --imap-host too.</source>
        <translation>{address} hat keinen Posteingangsserver: Geben Sie auch --imap-host an.</translation>
    </message>
    <message>
        <source>Nothing to change: give the settings to change, e.g. --imap-host imap.example.org.</source>
        <translation>Nichts zu ändern: Geben Sie die zu ändernden Einstellungen an, z. B. --imap-host imap.example.org.</translation>
    </message>
    <message>
        <source>Nothing changed: {account}</source>
        <translation>Nichts geändert: {account}</translation>
    </message>
    <message>
        <source>Changed: {account}</source>
        <translation>Geändert: {account}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no login</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>login: {login}</source>
        <translation>Anmeldung: {login}</translation>
    </message>
    <message>
        <source>also sends as: {addresses}</source>
        <translation>sendet auch als: {addresses}</translation>
    </message>
    <message>
        <source>incoming: {server}</source>
        <translation>Eingang: {server}</translation>
    </message>
    <message>
        <source>save sent: yes</source>
        <translation>Gesendete ablegen: ja</translation>
    </message>
    <message>
        <source>save sent: no</source>
        <translation>Gesendete ablegen: nein</translation>
    </message>
    <message>
        <source>OK: {side}: {text}</source>
        <translation>OK: {side}: {text}</translation>
    </message>
    <message>
        <source>FAILED: {side}: {text}</source>
        <translation>FEHLGESCHLAGEN: {side}: {text}</translation>
    </message>
    <message>
        <source>Removed {account}.</source>
        <translation>{account} entfernt.</translation>
    </message>
</context>
<context>
    <name>addresses</name>
    <message>
        <source>the address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address (it needs a name@domain).</source>
        <translation>{address} ist keine E-Mail-Adresse (sie braucht die Form name@domain).</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address: the part before @ is invalid.</source>
        <translation>{address} ist keine E-Mail-Adresse: Der Teil vor dem @ ist ungültig.</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address: {domain} is not a domain.</source>
        <translation>{address} ist keine E-Mail-Adresse: {domain} ist keine Domain.</translation>
    </message>
    <message>
        <source>Expected one e-mail address, found {count} in {text}.</source>
        <translation>Eine E-Mail-Adresse erwartet, {count} in {text} gefunden.</translation>
    </message>
    <message>
        <source>the address list</source>
        <translation>die Adressliste</translation>
    </message>
    <message>
        <source>{entry} is not an e-mail address.</source>
        <translation>{entry} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{entry} is missing a closing &apos;&gt;&apos;.</source>
        <translation>{entry} fehlt ein schließendes &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <source>{entry} is not an e-mail address (write a name as &apos;Name &lt;name@domain&gt;&apos;).</source>
        <translation>{entry} ist keine E-Mail-Adresse (schreiben Sie einen Namen als &apos;Name &lt;name@domain&gt;&apos;).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no graphical display to open the window on. Start Threadline from your desktop, or use the command line: &apos;threadline help&apos; lists the commands.</source>
        <translation>Es gibt keine grafische Anzeige, auf der sich das Fenster öffnen ließe. Starten Sie Threadline von Ihrem Desktop aus, oder verwenden Sie die Befehlszeile: &apos;threadline help&apos; listet die Befehle auf.</translation>
    </message>
</context>
<context>
    <name>arguments</name>
    <message>
        <source>{value} is not a number from {least} up</source>
        <translation>{value} ist keine Zahl ab {least}</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Cannot attach {path}: {reason}.</source>
        <translation>{path} kann nicht angehängt werden: {reason}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket or other special file</source>
        <translation>ein Socket oder eine andere Spezialdatei</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is {kind}, not a regular file.</source>
        <translation>{path} kann nicht angehängt werden: Es ist {kind}, keine normale Datei.</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is not a regular file.</source>
        <translation>{path} kann nicht angehängt werden: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is {size}, more than the {limit} a message may carry here.</source>
        <translation>{path} kann nicht angehängt werden: Die Datei hat {size}, mehr als die {limit}, die eine Nachricht hier tragen darf.</translation>
    </message>
</context>
<context>
    <name>autoconfig</name>
    <message>
        <source>{url} is not an HTTPS address; Threadline only asks over HTTPS.</source>
        <translation>{url} ist keine HTTPS-Adresse; Threadline fragt nur über HTTPS.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}); nothing from it was used.</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut ({reason}); nichts davon wurde verwendet.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}).</source>
        <translation>Die verschlüsselte Verbindung zu {host} ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>{host} does not exist.</source>
        <translation>{host} existiert nicht.</translation>
    </message>
    <message>
        <source>{host} did not answer in time.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot reach {host} ({reason}).</source>
        <translation>{host} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>{host} sent Threadline on to {url}, which is not HTTPS; nothing was fetched from there.</source>
        <translation>{host} hat Threadline zu {url} weitergeleitet, das kein HTTPS ist; von dort wurde nichts abgerufen.</translation>
    </message>
    <message>
        <source>{host} has no autoconfig file there (HTTP {status}).</source>
        <translation>{host} hat dort keine Autoconfig-Datei (HTTP {status}).</translation>
    </message>
    <message>
        <source>{host} redirected too often.</source>
        <translation>{host} hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>{host} sent a file too large to be an autoconfig file.</source>
        <translation>{host} hat eine Datei geschickt, die zu groß für eine Autoconfig-Datei ist.</translation>
    </message>
</context>
<context>
    <name>charsets</name>
    <message>
        <source>e.g. --charset latin-1 or --charset cp1252</source>
        <translation>z. B. --charset latin-1 oder --charset cp1252</translation>
    </message>
    <message>
        <source>--charset {charset} is not a character set Python knows ({example}).</source>
        <translation>--charset {charset} ist kein Zeichensatz, den Python kennt ({example}).</translation>
    </message>
    <message>
        <source>{what} is not valid {charset} (byte 0x{byte} at position {position}); give its real encoding with --charset.</source>
        <translation>{what} ist kein gültiges {charset} (Byte 0x{byte} an Position {position}); geben Sie die tatsächliche Kodierung mit --charset an.</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 (byte 0x{byte} at position {position}); give its encoding with --charset ({example}).</source>
        <translation>{what} ist kein UTF-8 (Byte 0x{byte} an Position {position}); geben Sie die Kodierung mit --charset an ({example}).</translation>
    </message>
    <message>
        <source>the value of {option}</source>
        <translation>der Wert von {option}</translation>
    </message>
    <message>
        <source>The value of {option} is not valid text in this terminal&apos;s encoding (UTF-8 is expected); type it again in UTF-8, or give its encoding with --charset.</source>
        <translation>Der Wert von {option} ist kein gültiger Text in der Kodierung dieses Terminals (UTF-8 wird erwartet); geben Sie ihn erneut in UTF-8 ein, oder geben Sie seine Kodierung mit --charset an.</translation>
    </message>
    <message>
        <source>The value of {option} is not valid text in this terminal&apos;s encoding (UTF-8 is expected); type it again in UTF-8.</source>
        <translation>Der Wert von {option} ist kein gültiger Text in der Kodierung dieses Terminals (UTF-8 wird erwartet); geben Sie ihn erneut in UTF-8 ein.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{problem} (see &apos;{command} --help&apos;).</source>
        <translation>{problem} (siehe &apos;{command} --help&apos;).</translation>
    </message>
    <message>
        <source>use the profile in DIR instead of the default one (also $THREADLINE_PROFILE)</source>
        <translation>das Profil in DIR statt des Standardprofils verwenden (auch $THREADLINE_PROFILE)</translation>
    </message>
    <message>
        <source>Threadline: mail that lands in the right conversation.</source>
        <translation>Threadline: Nachrichten, die in der richtigen Unterhaltung landen.</translation>
    </message>
    <message>
        <source>Start the Threadline desktop app. Run &apos;threadline help&apos; for commands.</source>
        <translation>Die Threadline-Desktop-App starten. &apos;threadline help&apos; zeigt die Befehle.</translation>
    </message>
    <message>
        <source>a mailto: URL to open in the composer (RFC 6068)</source>
        <translation>eine mailto:-URL, die im Verfassen-Fenster geöffnet wird (RFC 6068)</translation>
    </message>
    <message>
        <source>try Threadline in a throw-away profile with sample mail and a local test server</source>
        <translation>Threadline in einem Wegwerfprofil mit Beispielnachrichten und einem lokalen Testserver ausprobieren</translation>
    </message>
    <message>
        <source>the language of the window, e.g. de, fr, ar or pseudo (default: $THREADLINE_LANG, else the system&apos;s)</source>
        <translation>die Sprache des Fensters, z. B. de, fr, ar oder pseudo (Standard: $THREADLINE_LANG, sonst die des Systems)</translation>
    </message>
    <message>
        <source>open the main window, then quit at once (used to test installed packages)</source>
        <translation>das Hauptfenster öffnen und sofort beenden (zum Testen installierter Pakete)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>an error in Threadline itself ({error}) stopped this command. Please report it; {variable}=1 shows the details.</source>
        <translation>ein Fehler in Threadline selbst ({error}) hat diesen Befehl abgebrochen. Bitte melden Sie ihn; {variable}=1 zeigt die Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>client_config</name>
    <message>
        <source>It is not an autoconfig file (it starts with &lt;{tag}&gt;).</source>
        <translation>Das ist keine Autoconfig-Datei (sie beginnt mit &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>The autoconfig file names no email provider.</source>
        <translation>Die Autoconfig-Datei nennt keinen E-Mail-Anbieter.</translation>
    </message>
    <message>
        <source>A {kind} server (Threadline uses IMAP and SMTP).</source>
        <translation>Ein {kind}-Server (Threadline verwendet IMAP und SMTP).</translation>
    </message>
    <message>
        <source>The autoconfig file declares a document type or entities, which Threadline does not read.</source>
        <translation>Die Autoconfig-Datei deklariert einen Dokumenttyp oder Entitäten, die Threadline nicht liest.</translation>
    </message>
    <message>
        <source>The autoconfig file is not well-formed XML ({reason}, line {line}).</source>
        <translation>Die Autoconfig-Datei ist kein wohlgeformtes XML ({reason}, Zeile {line}).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>kein Port</translation>
    </message>
    <message>
        <source>The {kind} server {host}: not a server name.</source>
        <translation>Der {kind}-Server {host}: kein Servername.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: a provider&apos;s server is never on this computer.</source>
        <translation>Der {kind}-Server {host}: Der Server eines Anbieters ist nie auf diesem Computer.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: {port} is not a port number.</source>
        <translation>Der {kind}-Server {host}: {port} ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: unknown encryption &apos;{encryption}&apos;.</source>
        <translation>Der {kind}-Server {host}: unbekannte Verschlüsselung &apos;{encryption}&apos;.</translation>
    </message>
    <message>
        <source>The {kind} server {host} on port {port}: without encryption.</source>
        <translation>Der {kind}-Server {host} auf Port {port}: ohne Verschlüsselung.</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>the subject</source>
        <translation>der Betreff</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>der Absendername</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>die Absenderadresse</translation>
    </message>
    <message>
        <source>the {header} name</source>
        <translation>der Name in {header}</translation>
    </message>
    <message>
        <source>the {header} address</source>
        <translation>die Adresse in {header}</translation>
    </message>
    <message>
        <source>the header name</source>
        <translation>der Header-Name</translation>
    </message>
    <message>
        <source>{name} is not a valid header name.</source>
        <translation>{name} ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>the {name} header</source>
        <translation>der Header {name}</translation>
    </message>
    <message>
        <source>the threading header</source>
        <translation>der Header zur Unterhaltung</translation>
    </message>
    <message>
        <source>the Thread-Topic</source>
        <translation>das Thread-Topic</translation>
    </message>
    <message>
        <source>the attachment name</source>
        <translation>der Name des Anhangs</translation>
    </message>
    <message>
        <source>the attachment type</source>
        <translation>der Typ des Anhangs</translation>
    </message>
    <message>
        <source>The message has no recipients: add at least one address.</source>
        <translation>Die Nachricht hat keine Empfänger: Fügen Sie mindestens eine Adresse hinzu.</translation>
    </message>
    <message>
        <source>the Message-ID</source>
        <translation>die Message-ID</translation>
    </message>
    <message>
        <source>{message_id} is not a Message-ID.</source>
        <translation>{message_id} ist keine Message-ID.</translation>
    </message>
</context>
<context>
    <name>compressed</name>
    <message>
        <source>its {kind} data is damaged or cut short ({error})</source>
        <translation>ihre {kind}-Daten sind beschädigt oder abgeschnitten ({error})</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>{host} did not answer in time. Threadline will try again; check the server name and port if this keeps happening.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet. Threadline versucht es erneut; prüfen Sie Servername und Port, falls das wieder vorkommt.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check the server name and port if this keeps happening.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet. Prüfen Sie Servername und Port, falls das wieder vorkommt.</translation>
    </message>
    <message>
        <source>{host} refused the connection. Check the server name and port. Threadline will try again.</source>
        <translation>{host} hat die Verbindung abgelehnt. Prüfen Sie Servername und Port. Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>{host} refused the connection. Check the server name and port.</source>
        <translation>{host} hat die Verbindung abgelehnt. Prüfen Sie Servername und Port.</translation>
    </message>
    <message>
        <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings. Threadline will try again.</source>
        <translation>Keine Verbindung zu {host} ({reason}). Prüfen Sie Ihre Netzwerkverbindung und die Servereinstellungen. Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings.</source>
        <translation>Keine Verbindung zu {host} ({reason}). Prüfen Sie Ihre Netzwerkverbindung und die Servereinstellungen.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{text} is not a date and time Threadline can read; write it like {examples}.</source>
        <translation>{text} ist kein Datum mit Uhrzeit, das Threadline lesen kann; schreiben Sie es wie {examples}.</translation>
    </message>
    <message>
        <source>{time} has already passed; choose a time to come.</source>
        <translation>{time} ist bereits vorbei; wählen Sie eine Zeit in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>deleting</name>
    <message>
        <source>There is no conversation {thread} (see &apos;threadline threads&apos;).</source>
        <translation>Es gibt keine Unterhaltung {thread} (siehe &apos;threadline threads&apos;).</translation>
    </message>
    <message>
        <source>There is no message {id} to delete (deleted already?).</source>
        <translation>Es gibt keine Nachricht {id} zum Löschen (schon gelöscht?).</translation>
    </message>
    <message>
        <source>There is no deletion {id} in the Trash (undone already?).</source>
        <translation>Es gibt keine Löschung {id} im Papierkorb (schon rückgängig gemacht?).</translation>
    </message>
    <message>
        <source>Conversation moved to Trash.</source>
        <translation>Unterhaltung in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Message moved to Trash.</source>
        <translation>Nachricht in den Papierkorb verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>The cop(y/ies) on the server go(es) to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>Die Kopie auf dem Server kommt beim nächsten Abgleich in dessen Papierkorb.</numerusform>
            <numerusform>Die Kopien auf dem Server kommen beim nächsten Abgleich in dessen Papierkorb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt.</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It comes back from the server&apos;s Trash at the next sync.</source>
        <translation>Es kommt beim nächsten Abgleich aus dem Papierkorb des Servers zurück.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>There is no conversation {thread}.</source>
        <translation>Es gibt keine Unterhaltung {thread}.</translation>
    </message>
    <message>
        <source>There is no message {id}.</source>
        <translation>Es gibt keine Nachricht {id}.</translation>
    </message>
</context>
<context>
    <name>filing</name>
    <message>
        <source>{host} has no Sent folder. Turn off &apos;Save a copy in Sent&apos; for this account, or create the folder with another mail app.</source>
        <translation>{host} hat keinen Ordner „Gesendet“. Schalten Sie „Kopie in Gesendet ablegen“ für dieses Konto aus, oder legen Sie den Ordner mit einem anderen Mailprogramm an.</translation>
    </message>
</context>
<context>
    <name>folder_choice</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay(s) in Threadline</source>
        <translation>
            <numerusform>nicht mehr auf dem Server (gelöscht oder umbenannt); %n Nachricht daraus bleibt in Threadline</numerusform>
            <numerusform>nicht mehr auf dem Server (gelöscht oder umbenannt); %n Nachrichten daraus bleiben in Threadline</numerusform>
        </translation>
    </message>
    <message>
        <source>was gone from the server for a while; add it to sync it again</source>
        <translation>war eine Zeit lang nicht auf dem Server; fügen Sie ihn hinzu, um ihn wieder abzugleichen</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weiterer</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} on {host} holds only other folders, not mail. Folders inside it: {names}.</source>
        <translation>Der Ordner {folder} auf {host} enthält nur andere Ordner, keine Nachrichten. Ordner darin: {names}.</translation>
    </message>
    <message>
        <source>The folder {folder} on {host} holds only other folders, not mail.</source>
        <translation>Der Ordner {folder} auf {host} enthält nur andere Ordner, keine Nachrichten.</translation>
    </message>
    <message>
        <source>{folder} is already synced.</source>
        <translation>{folder} wird bereits abgeglichen.</translation>
    </message>
    <message>
        <source>Added {folder}: its conversations arrive with the next sync.</source>
        <translation>{folder} hinzugefügt: Seine Unterhaltungen kommen mit dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s Inbox.</source>
        <translation>{folder} wird bereits abgeglichen: Es ist der Posteingang des Kontos.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s Sent folder.</source>
        <translation>{folder} wird bereits abgeglichen: Es ist der Ordner „Gesendet“ des Kontos.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s All Mail folder.</source>
        <translation>{folder} wird bereits abgeglichen: Es ist der Ordner „Alle Nachrichten“ des Kontos.</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Did you mean {other}? (Names are case-sensitive.)</source>
        <translation>Es gibt keinen Ordner {folder} auf {host}. Meinten Sie {other}? (Groß- und Kleinschreibung zählt.)</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Folders there: {names}.</source>
        <translation>Es gibt keinen Ordner {folder} auf {host}. Ordner dort: {names}.</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}.</source>
        <translation>Es gibt keinen Ordner {folder} auf {host}.</translation>
    </message>
    <message>
        <source>{folder} is not synced, so there is nothing to remove. Synced folders: {names}.</source>
        <translation>{folder} wird nicht abgeglichen, es gibt also nichts zu entfernen. Abgeglichene Ordner: {names}.</translation>
    </message>
    <message>
        <source>{folder} is not synced, so there is nothing to remove.</source>
        <translation>{folder} wird nicht abgeglichen, es gibt also nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Stopped syncing {folder} (no mail of it was downloaded yet).</source>
        <translation>Abgleich von {folder} beendet (es waren noch keine Nachrichten daraus heruntergeladen).</translation>
    </message>
    <message numerus="yes">
        <source>Stopped syncing {folder}. %n message(s) from it stay(s) in Threadline&apos;s archive, in their conversations and in search.</source>
        <translation>
            <numerusform>Abgleich von {folder} beendet. %n Nachricht daraus bleibt im Archiv von Threadline, in ihrer Unterhaltung und in der Suche.</numerusform>
            <numerusform>Abgleich von {folder} beendet. %n Nachrichten daraus bleiben im Archiv von Threadline, in ihren Unterhaltungen und in der Suche.</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s Inbox: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} ist der Posteingang des Kontos: Threadline gleicht ihn immer ab, daher kann er nicht entfernt werden.</translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s Sent folder: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} ist der Ordner „Gesendet“ des Kontos: Threadline gleicht ihn immer ab, daher kann er nicht entfernt werden.</translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s All Mail folder: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} ist der Ordner „Alle Nachrichten“ des Kontos: Threadline gleicht ihn immer ab, daher kann er nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>folders_command</name>
    <message>
        <source>list, add or remove the server folders an account syncs</source>
        <translation>die Serverordner auflisten, hinzufügen oder entfernen, die ein Konto abgleicht</translation>
    </message>
    <message>
        <source>INBOX and Sent (on Gmail: All Mail) are always synced. Add any other folder of the server; removing one stops syncing it, and its mail stays in Threadline.</source>
        <translation>INBOX und Gesendet (bei Gmail: Alle Nachrichten) werden immer abgeglichen. Fügen Sie jeden weiteren Ordner des Servers hinzu; wird einer entfernt, endet sein Abgleich, und seine Nachrichten bleiben in Threadline.</translation>
    </message>
    <message>
        <source>the server&apos;s folders: synced or not, their role, missing ones</source>
        <translation>die Ordner des Servers: abgeglichen oder nicht, ihre Rolle, fehlende</translation>
    </message>
    <message>
        <source>sync a folder of the server from the next sync on</source>
        <translation>einen Ordner des Servers ab dem nächsten Abgleich abgleichen</translation>
    </message>
    <message>
        <source>the folder&apos;s name on the server, as &apos;folders list&apos; shows it</source>
        <translation>der Name des Ordners auf dem Server, wie &apos;folders list&apos; ihn zeigt</translation>
    </message>
    <message>
        <source>stop syncing a folder you added (its mail stays in Threadline)</source>
        <translation>den Abgleich eines hinzugefügten Ordners beenden (seine Nachrichten bleiben in Threadline)</translation>
    </message>
    <message>
        <source>the folder&apos;s name, as &apos;folders list&apos; shows it</source>
        <translation>der Name des Ordners, wie &apos;folders list&apos; ihn zeigt</translation>
    </message>
    <message>
        <source>id, address or name (default: the only one with an incoming server)</source>
        <translation>Kennung, Adresse oder Name (Standard: das einzige Konto mit Posteingangsserver)</translation>
    </message>
    <message>
        <source>Several accounts have an incoming server; choose one with --account: {accounts}</source>
        <translation>Mehrere Konten haben einen Posteingangsserver; wählen Sie eines mit --account: {accounts}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>nicht abgeglichen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Run &apos;threadline sync&apos; to fetch them now.</source>
        <translation>Führen Sie &apos;threadline sync&apos; aus, um sie jetzt abzurufen.</translation>
    </message>
</context>
<context>
    <name>folding</name>
    <message>
        <source>The {header} header would have a line of {length} characters, more than the {limit} mail allows (RFC 5322 §2.1.1), and it cannot be folded. Shorten it.</source>
        <translation>Der Header {header} hätte eine Zeile mit {length} Zeichen, mehr als die {limit}, die Mail erlaubt (RFC 5322 §2.1.1), und sie lässt sich nicht umbrechen. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>A line of the message is {length} characters long, more than the {limit} mail allows (RFC 5322 §2.1.1); servers would refuse it. Attach such a message as a file instead.</source>
        <translation>Eine Zeile der Nachricht ist {length} Zeichen lang, mehr als die {limit}, die Mail erlaubt (RFC 5322 §2.1.1); Server würden sie ablehnen. Hängen Sie eine solche Nachricht stattdessen als Datei an.</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>einen Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>einen Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a vertical tab</source>
        <translation>einen vertikalen Tabulator</translation>
    </message>
    <message>
        <source>a form feed</source>
        <translation>einen Seitenvorschub</translation>
    </message>
    <message>
        <source>a file separator</source>
        <translation>einen Dateitrenner</translation>
    </message>
    <message>
        <source>a group separator</source>
        <translation>einen Gruppentrenner</translation>
    </message>
    <message>
        <source>a record separator</source>
        <translation>einen Datensatztrenner</translation>
    </message>
    <message>
        <source>a next-line character (NEL)</source>
        <translation>ein Nächste-Zeile-Zeichen (NEL)</translation>
    </message>
    <message>
        <source>a line separator</source>
        <translation>einen Zeilentrenner</translation>
    </message>
    <message>
        <source>a paragraph separator</source>
        <translation>einen Absatztrenner</translation>
    </message>
    <message>
        <source>{field} contains {character}, which is not allowed in a mail header. Remove the line break and try again.</source>
        <translation>{field} enthält {character}, was in einem Mail-Header nicht erlaubt ist. Entfernen Sie den Zeilenumbruch und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{field} contains a control character (U+{code}), which is not allowed in a mail header. Remove it and try again.</source>
        <translation>{field} enthält ein Steuerzeichen (U+{code}), das in einem Mail-Header nicht erlaubt ist. Entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the From is the sending account or one of its aliases (--account)</source>
        <translation>From ist das sendende Konto oder einer seiner Aliasse (--account)</translation>
    </message>
    <message>
        <source>give the recipients with --to</source>
        <translation>geben Sie die Empfänger mit --to an</translation>
    </message>
    <message>
        <source>give the recipients with --cc</source>
        <translation>geben Sie die Empfänger mit --cc an</translation>
    </message>
    <message>
        <source>give hidden recipients with --bcc (they never appear in the headers)</source>
        <translation>geben Sie verborgene Empfänger mit --bcc an (sie erscheinen nie in den Headern)</translation>
    </message>
    <message>
        <source>pass the address as reply_to (the command line takes --header &apos;Reply-To: ...&apos; as that)</source>
        <translation>übergeben Sie die Adresse als reply_to (die Befehlszeile nimmt --header &apos;Reply-To: ...&apos; dafür)</translation>
    </message>
    <message>
        <source>give the subject with --subject</source>
        <translation>geben Sie den Betreff mit --subject an</translation>
    </message>
    <message>
        <source>Threadline dates a message when it goes out (--at sends it later)</source>
        <translation>Threadline datiert eine Nachricht, wenn sie hinausgeht (--at sendet sie später)</translation>
    </message>
    <message>
        <source>Threadline writes the threading headers itself: reply with --in-reply-to, --thread or --thread-key</source>
        <translation>Threadline schreibt die Header zur Unterhaltung selbst: Antworten Sie mit --in-reply-to, --thread oder --thread-key</translation>
    </message>
    <message>
        <source>Threadline writes the MIME structure from the body, --html and --attach</source>
        <translation>Threadline schreibt die MIME-Struktur aus dem Text, --html und --attach</translation>
    </message>
    <message>
        <source>Threadline writes its own name there</source>
        <translation>Threadline schreibt dort seinen eigenen Namen</translation>
    </message>
    <message>
        <source>it is a trace header that mail servers write, never the sender</source>
        <translation>es ist ein Trace-Header, den Mailserver schreiben, nie der Absender</translation>
    </message>
    <message>
        <source>The header {name} cannot be added to a message: {reason}.</source>
        <translation>Der Header {name} kann einer Nachricht nicht hinzugefügt werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>identities</name>
    <message>
        <source>There is no sending account yet. Add one with &apos;threadline accounts add&apos;.</source>
        <translation>Es gibt noch kein Konto zum Senden. Fügen Sie eines mit &apos;threadline accounts add&apos; hinzu.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account: {accounts}</source>
        <translation>Es gibt mehrere Konten; wählen Sie eines mit --account: {accounts}</translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>Cannot make a Message-ID: {address} is not an e-mail address with a domain.</source>
        <translation>Es kann keine Message-ID erzeugt werden: {address} ist keine E-Mail-Adresse mit Domain.</translation>
    </message>
    <message>
        <source>Cannot make a Message-ID: the domain of {address} is not a valid name.</source>
        <translation>Es kann keine Message-ID erzeugt werden: Die Domain von {address} ist kein gültiger Name.</translation>
    </message>
</context>
<context>
    <name>imap</name>
    <message>
        <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
        <translation>Für {account} ist kein Passwort gespeichert. Geben Sie es in den Kontoeinstellungen ein (es wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <source>OAuth2 tokens are only sent over an encrypted connection.</source>
        <translation>OAuth2-Tokens werden nur über eine verschlüsselte Verbindung gesendet.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reason}). Threadline will try again.</source>
        <translation>{host} konnte das Passwort gerade nicht prüfen ({reason}). Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reason}).</source>
        <translation>{host} konnte das Passwort gerade nicht prüfen ({reason}).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password ({reason}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
        <translation>{host} hat Benutzername oder Passwort abgelehnt ({reason}). Prüfen Sie sie in den Kontoeinstellungen; manche Anbieter verlangen ein App-Passwort oder eine OAuth-Anmeldung.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut ({reason}). Jemand könnte die Verbindung abfangen, oder der Server verwendet ein Zertifikat, das Ihr System nicht kennt. Es wurde nichts gesendet oder empfangen.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 993, STARTTLS port 143).</source>
        <translation>Die verschlüsselte Verbindung zu {host} ist fehlgeschlagen ({reason}). Prüfen Sie Port und Sicherheitseinstellungen (TLS ist meist Port 993, STARTTLS Port 143).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>{host} closed the connection ({reason}). Threadline will try again; nothing was lost.</source>
        <translation>{host} hat die Verbindung geschlossen ({reason}). Threadline versucht es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>{host} closed the connection ({reason}).</source>
        <translation>{host} hat die Verbindung geschlossen ({reason}).</translation>
    </message>
    <message>
        <source>{host} refused a request ({reason}).</source>
        <translation>{host} hat eine Anfrage abgelehnt ({reason}).</translation>
    </message>
    <message>
        <source>Talking to {host} failed unexpectedly ({error}).</source>
        <translation>Die Verbindung mit {host} ist unerwartet gescheitert ({error}).</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer on the server (deleted or renamed). Its messages stay in Threadline.</source>
        <translation>Der Ordner {folder} ist nicht mehr auf dem Server (gelöscht oder umbenannt). Seine Nachrichten bleiben in Threadline.</translation>
    </message>
    <message>
        <source>The server would not open the folder {folder} ({reason}).</source>
        <translation>Der Server wollte den Ordner {folder} nicht öffnen ({reason}).</translation>
    </message>
    <message>
        <source>The server refused to list messages ({reason}).</source>
        <translation>Der Server hat das Auflisten der Nachrichten abgelehnt ({reason}).</translation>
    </message>
    <message>
        <source>The connection to the incoming server is not open.</source>
        <translation>Die Verbindung zum Posteingangsserver ist nicht offen.</translation>
    </message>
    <message>
        <source>Refusing to connect to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
        <translation>Keine Verbindung zu {host} ohne Verschlüsselung. Wählen Sie TLS oder STARTTLS in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (993 for TLS, 143 for STARTTLS) or ask your provider.</source>
        <translation>{host} bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden. Es wurde nichts gesendet. Prüfen Sie den Port (993 für TLS, 143 für STARTTLS) oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>Das Passwort wird nicht über eine unverschlüsselte Verbindung gesendet.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut ({reason}). Sein SHA-256-Fingerabdruck ist {fingerprint}. Jemand könnte die Verbindung abfangen, oder der Server verwendet ein Zertifikat, das Ihr System nicht kennt. Es wurde nichts gesendet oder empfangen.</translation>
    </message>
    <message>
        <source>{host} would not move messages to {folder} ({reason}).</source>
        <translation>{host} wollte keine Nachrichten nach {folder} verschieben ({reason}).</translation>
    </message>
    <message>
        <source>{host} would not copy messages to {folder} ({reason}).</source>
        <translation>{host} wollte keine Nachrichten nach {folder} kopieren ({reason}).</translation>
    </message>
    <message>
        <source>{host} closed the connection while idle.</source>
        <translation>{host} hat die Verbindung im Leerlauf geschlossen.</translation>
    </message>
</context>
<context>
    <name>import_command</name>
    <message>
        <source>import .eml files, mbox files and Maildir folders</source>
        <translation>.eml-Dateien, mbox-Dateien und Maildir-Ordner importieren</translation>
    </message>
    <message>
        <source>Import mail into Threadline&apos;s store. Folders are searched recursively; importing the same mail again adds nothing.</source>
        <translation>Nachrichten in den Speicher von Threadline importieren. Ordner werden rekursiv durchsucht; dieselben Nachrichten erneut zu importieren fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>mark imported messages unread</source>
        <translation>importierte Nachrichten als ungelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht importiert</numerusform>
            <numerusform>%n Nachrichten importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary} (%n already there)</source>
        <translation>
            <numerusform>{summary} (%n bereits vorhanden)</numerusform>
            <numerusform>{summary} (%n bereits vorhanden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n file(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n Datei übersprungen</numerusform>
            <numerusform>{summary}, %n Dateien übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n message(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n Nachricht übersprungen</numerusform>
            <numerusform>{summary}, %n Nachrichten übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n symbolic link(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n symbolischer Link übersprungen</numerusform>
            <numerusform>{summary}, %n symbolische Links übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}; cancelled before the end</source>
        <translation>{summary}; vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
        <translation>Nachricht {number} von {path} wurde übersprungen: Ihre MIME-Teile sind zu tief verschachtelt, um sie zu lesen; der Rest des Imports lief weiter.</translation>
    </message>
    <message>
        <source>{path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
        <translation>{path} wurde übersprungen: Die MIME-Teile sind zu tief verschachtelt, um sie zu lesen; der Rest des Imports lief weiter.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: it is too large to read; the rest of the import went on.</source>
        <translation>Nachricht {number} von {path} wurde übersprungen: Sie ist zu groß zum Lesen; der Rest des Imports lief weiter.</translation>
    </message>
    <message>
        <source>{path} was skipped: it is too large to read; the rest of the import went on.</source>
        <translation>{path} wurde übersprungen: Die Datei ist zu groß zum Lesen; der Rest des Imports lief weiter.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
        <translation>Nachricht {number} von {path} wurde übersprungen: Sie konnte nicht gelesen werden ({error}); der Rest des Imports lief weiter.</translation>
    </message>
    <message>
        <source>{path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
        <translation>{path} wurde übersprungen: Die Datei konnte nicht gelesen werden ({error}); der Rest des Imports lief weiter.</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}.</source>
        <translation>{path} wurde nicht importiert: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{path} was read only in part: {reason}; no message came before the damage.</source>
        <translation>{path} wurde nur teilweise gelesen: {reason}; vor dem Schaden kam keine Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>{path} was read only in part: {reason}; the %n message(s) before the damage went in.</source>
        <translation>
            <numerusform>{path} wurde nur teilweise gelesen: {reason}; die %n Nachricht vor dem Schaden wurde übernommen.</numerusform>
            <numerusform>{path} wurde nur teilweise gelesen: {reason}; die %n Nachrichten vor dem Schaden wurden übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mail_files</name>
    <message>
        <source>it starts with &apos;From &apos; but is not an mbox (no mail headers follow)</source>
        <translation>sie beginnt mit &apos;From &apos;, ist aber keine mbox (es folgen keine Mail-Header)</translation>
    </message>
    <message>
        <source>it does not start with mail headers or an mbox &apos;From &apos; line</source>
        <translation>sie beginnt nicht mit Mail-Headern oder einer mbox-Zeile &apos;From &apos;</translation>
    </message>
    <message>
        <source>its headers have no From, Date or Message-ID: it is not mail</source>
        <translation>ihre Header haben kein From, Date oder Message-ID: Das ist keine Mail</translation>
    </message>
</context>
<context>
    <name>mail_providers</name>
    <message>
        <source>iCloud takes an app-specific password (made in your Apple Account&apos;s settings), not your Apple Account password.</source>
        <translation>iCloud verlangt ein app-spezifisches Passwort (erstellt in den Einstellungen Ihres Apple-Accounts), nicht das Passwort Ihres Apple-Accounts.</translation>
    </message>
    <message>
        <source>Yahoo takes an app password (made in its account security settings), not your Yahoo password.</source>
        <translation>Yahoo verlangt ein App-Passwort (erstellt in den Sicherheitseinstellungen des Kontos), nicht Ihr Yahoo-Passwort.</translation>
    </message>
    <message>
        <source>Allow POP3 and IMAP access once in GMX&apos;s web settings, or it refuses the login.</source>
        <translation>Erlauben Sie einmalig den Zugriff über POP3 und IMAP in den Web-Einstellungen von GMX, sonst lehnt es die Anmeldung ab.</translation>
    </message>
    <message>
        <source>With two-factor sign-in on, mailbox.org takes an application password.</source>
        <translation>Bei eingeschalteter Zwei-Faktor-Anmeldung verlangt mailbox.org ein Anwendungspasswort.</translation>
    </message>
    <message>
        <source>Proton Mail Bridge must be running on this computer: use the user name and password Bridge shows, not your Proton password. The connection never leaves this computer.</source>
        <translation>Proton Mail Bridge muss auf diesem Computer laufen: Verwenden Sie den Benutzernamen und das Passwort, die Bridge anzeigt, nicht Ihr Proton-Passwort. Die Verbindung verlässt diesen Computer nie.</translation>
    </message>
</context>
<context>
    <name>mail_tree</name>
    <message>
        <source>{path} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{path} ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife).</translation>
    </message>
    <message>
        <source>{path} is a symbolic link to something that does not exist.</source>
        <translation>{path} ist ein symbolischer Link auf etwas, das nicht existiert.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is neither a file nor a folder.</source>
        <translation>{path} ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>skipped a symbolic link: {path} (links inside an imported folder are not followed).</source>
        <translation>symbolischer Link übersprungen: {path} (Links in einem importierten Ordner werden nicht verfolgt).</translation>
    </message>
    <message>
        <source>skipped {folder}: it was walked already through another path (a loop).</source>
        <translation>{folder} übersprungen: Er wurde bereits über einen anderen Pfad durchlaufen (eine Schleife).</translation>
    </message>
    <message>
        <source>the folder {folder} could not be read: {reason}.</source>
        <translation>der Ordner {folder} konnte nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>mailer</name>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than the limit of {limit} given. Nothing was queued; attach less, or share large files another way.</source>
        <translation>Die Nachricht wäre mit ihren Anhängen etwa {size} groß (base64 fügt ein Drittel hinzu), mehr als die angegebene Grenze von {limit}. Es wurde nichts eingereiht; hängen Sie weniger an, oder teilen Sie große Dateien auf anderem Weg.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than the {limit} most mail servers take. Nothing was queued; attach less, or share large files another way.</source>
        <translation>Die Nachricht wäre mit ihren Anhängen etwa {size} groß (base64 fügt ein Drittel hinzu), mehr als die {limit}, die die meisten Mailserver annehmen. Es wurde nichts eingereiht; hängen Sie weniger an, oder teilen Sie große Dateien auf anderem Weg.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than {server} takes (it announces a limit of {limit}). Nothing was queued; attach less, or share large files another way.</source>
        <translation>Die Nachricht wäre mit ihren Anhängen etwa {size} groß (base64 fügt ein Drittel hinzu), mehr als {server} annimmt (er nennt eine Grenze von {limit}). Es wurde nichts eingereiht; hängen Sie weniger an, oder teilen Sie große Dateien auf anderem Weg.</translation>
    </message>
    <message>
        <source>The time to send at has already passed.</source>
        <translation>Der Zeitpunkt zum Senden ist bereits vorbei.</translation>
    </message>
    <message>
        <source>The copy for the Sent folder is not filed yet ({error}); it will be filed later.</source>
        <translation>Die Kopie für den Ordner „Gesendet“ ist noch nicht abgelegt ({error}); sie wird später abgelegt.</translation>
    </message>
    <message>
        <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531): {addresses}. Nothing was queued; change the address or send through another account.</source>
        <translation>{host} nimmt keine Adressen mit Nicht-ASCII-Zeichen vor dem @ an (es bietet kein SMTPUTF8, RFC 6531): {addresses}. Es wurde nichts eingereiht; ändern Sie die Adresse, oder senden Sie über ein anderes Konto.</translation>
    </message>
    <message>
        <source>Use only one of --in-reply-to, --thread and --thread-key.</source>
        <translation>Verwenden Sie nur eine von --in-reply-to, --thread und --thread-key.</translation>
    </message>
    <message>
        <source>There is no conversation {thread}. &apos;threadline threads&apos; lists them.</source>
        <translation>Es gibt keine Unterhaltung {thread}. &apos;threadline threads&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>{warning} Give --force (force=True in Python) to send it anyway.</source>
        <translation>{warning} Geben Sie --force an (force=True in Python), um sie trotzdem zu senden.</translation>
    </message>
    <message>
        <source>--subject {subject} would change the conversation&apos;s topic ({topic}), and Gmail and other clients would then start a new conversation. Leave --subject out to keep the topic, or add --new-topic (new_topic=True in Python) to change it.</source>
        <translation>--subject {subject} würde das Thema der Unterhaltung ändern ({topic}), und Gmail und andere Programme würden dann eine neue Unterhaltung beginnen. Lassen Sie --subject weg, um das Thema zu behalten, oder fügen Sie --new-topic hinzu (new_topic=True in Python), um es zu ändern.</translation>
    </message>
    <message>
        <source>A new conversation needs a subject (--subject).</source>
        <translation>Eine neue Unterhaltung braucht einen Betreff (--subject).</translation>
    </message>
</context>
<context>
    <name>mailto</name>
    <message>
        <source>{url} is not a mailto: URL.</source>
        <translation>{url} ist keine mailto:-URL.</translation>
    </message>
</context>
<context>
    <name>oauth</name>
    <message>
        <source>Signing in took too long. Try again, and finish in the browser.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Versuchen Sie es erneut und schließen Sie sie im Browser ab.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>Die Antwort der Anmeldung passte nicht zu dieser Anfrage; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>{provider} did not sign you in: {reason}.</source>
        <translation>{provider} hat Sie nicht angemeldet: {reason}.</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in: {reason}.</source>
        <translation>{provider} hat die Anmeldung abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>No OAuth client id is configured for {provider}. Put one in oauth.json (see the README, &apos;Sign in with Google and Microsoft&apos;).</source>
        <translation>Für {provider} ist keine OAuth-Client-ID eingerichtet. Tragen Sie eine in oauth.json ein (siehe README, &apos;Sign in with Google and Microsoft&apos;).</translation>
    </message>
    <message>
        <source>The custom OAuth provider {provider} needs {fields}.</source>
        <translation>Der eigene OAuth-Anbieter {provider} braucht {fields}.</translation>
    </message>
    <message>
        <source>The OAuth provider {provider} has {field} {value}: not a number.</source>
        <translation>Der OAuth-Anbieter {provider} hat {field} {value}: keine Zahl.</translation>
    </message>
    <message>
        <source>Cannot read the OAuth configuration {path}: {reason}</source>
        <translation>Die OAuth-Konfiguration {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>There is no OAuth provider {provider}. Known: {known}.</source>
        <translation>Es gibt keinen OAuth-Anbieter {provider}. Bekannt: {known}.</translation>
    </message>
    <message>
        <source>{account} is not signed in to {provider}. Sign in from the account settings; the message waits in the outbox.</source>
        <translation>{account} ist nicht bei {provider} angemeldet. Melden Sie sich in den Kontoeinstellungen an; die Nachricht wartet im Postausgang.</translation>
    </message>
    <message>
        <source>{account} is not signed in to {provider}. Sign in from the account settings.</source>
        <translation>{account} ist nicht bei {provider} angemeldet. Melden Sie sich in den Kontoeinstellungen an.</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings; the message waits in the outbox.</source>
        <translation>{provider} akzeptiert die Anmeldung von {account} nicht mehr ({reason}). Melden Sie sich in den Kontoeinstellungen erneut an; die Nachricht wartet im Postausgang.</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings.</source>
        <translation>{provider} akzeptiert die Anmeldung von {account} nicht mehr ({reason}). Melden Sie sich in den Kontoeinstellungen erneut an.</translation>
    </message>
</context>
<context>
    <name>outbox_command</name>
    <message>
        <source>list queued and failed messages; &apos;outbox flush&apos; sends what is due</source>
        <translation>wartende und fehlgeschlagene Nachrichten auflisten; &apos;outbox flush&apos; sendet, was fällig ist</translation>
    </message>
    <message>
        <source>Exit status of &apos;flush&apos;: 0 all sent, 75 some wait for a retry (or are being sent by another Threadline), 1 some were refused for good.</source>
        <translation>Exit-Status von &apos;flush&apos;: 0 alles gesendet, 75 einige warten auf einen neuen Versuch (oder werden gerade von einem anderen Threadline gesendet), 1 einige wurden endgültig abgelehnt.</translation>
    </message>
    <message>
        <source>a JSON list (see the README)</source>
        <translation>eine JSON-Liste (siehe README)</translation>
    </message>
    <message>
        <source>send everything that is due</source>
        <translation>alles Fällige senden</translation>
    </message>
    <message>
        <source>print what happened as JSON (see the README)</source>
        <translation>als JSON ausgeben, was geschah (siehe README)</translation>
    </message>
    <message>
        <source>queue a failed message again</source>
        <translation>eine fehlgeschlagene Nachricht erneut einreihen</translation>
    </message>
    <message>
        <source>remove a message from the outbox</source>
        <translation>eine Nachricht aus dem Postausgang entfernen</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>next try {time}</source>
        <translation>nächster Versuch {time}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>Versuche {count}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>message {id}: {text}</source>
        <translation>Nachricht {id}: {text}</translation>
    </message>
    <message>
        <source>message {id} was sent, but its copy for the Sent folder is not filed yet ({error}); Threadline will try again.</source>
        <translation>Nachricht {id} wurde gesendet, aber ihre Kopie für den Ordner „Gesendet“ ist noch nicht abgelegt ({error}); Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}; being sent by another Threadline {busy}.</source>
        <translation>Gesendet {sent}; warten auf neuen Versuch {waiting}; abgelehnt {refused}; von einem anderen Threadline gesendet {busy}.</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}.</source>
        <translation>Gesendet {sent}; warten auf neuen Versuch {waiting}; abgelehnt {refused}.</translation>
    </message>
    <message>
        <source>Message {id} is queued again; &apos;threadline outbox flush&apos; sends it.</source>
        <translation>Nachricht {id} ist wieder eingereiht; &apos;threadline outbox flush&apos; sendet sie.</translation>
    </message>
    <message>
        <source>Message {id} was deleted from the outbox.</source>
        <translation>Nachricht {id} wurde aus dem Postausgang gelöscht.</translation>
    </message>
</context>
<context>
    <name>outbox_store</name>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>A message needs its Message-ID before it is queued.</source>
        <translation>Eine Nachricht braucht ihre Message-ID, bevor sie eingereiht wird.</translation>
    </message>
    <message>
        <source>There is no message {id} in the outbox.</source>
        <translation>Es gibt keine Nachricht {id} im Postausgang.</translation>
    </message>
    <message>
        <source>The bytes of outbox message {id} are no longer kept.</source>
        <translation>Die Bytes der Postausgangsnachricht {id} werden nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <source>Outbox message {id} is not waiting to be sent.</source>
        <translation>Postausgangsnachricht {id} wartet nicht auf den Versand.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after {attempts} attempts over %n day(s).</source>
        <translation>
            <numerusform>Nach {attempts} Versuchen über %n Tag aufgegeben.</numerusform>
            <numerusform>Nach {attempts} Versuchen über %n Tage aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox message {id} is not a failed message.</source>
        <translation>Postausgangsnachricht {id} ist keine fehlgeschlagene Nachricht.</translation>
    </message>
    <message>
        <source>Sent late: it was scheduled for {time}, when Threadline was not running.</source>
        <translation>Verspätet gesendet: Sie war für {time} geplant, als Threadline nicht lief.</translation>
    </message>
    <message>
        <source>Outbox message {id} is already {state}.</source>
        <translation>Postausgangsnachricht {id} ist bereits {state}.</translation>
    </message>
    <message>
        <source>The message is being sent right now; try again later.</source>
        <translation>Die Nachricht wird gerade gesendet; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message numerus="yes">
        <source>Made %n Threadline file(s) private to you (they were readable by other users).</source>
        <translation>
            <numerusform>%n Threadline-Datei ist jetzt nur für Sie lesbar (sie war für andere Benutzer lesbar).</numerusform>
            <numerusform>%n Threadline-Dateien sind jetzt nur für Sie lesbar (sie waren für andere Benutzer lesbar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reply</name>
    <message>
        <source>This message did not come through a mailing list that accepts posts (it has no List-Post address). Use Reply or Reply all instead.</source>
        <translation>Diese Nachricht kam nicht über eine Mailingliste, die Beiträge annimmt (sie hat keine List-Post-Adresse). Verwenden Sie stattdessen „Antworten“ oder „Allen antworten“.</translation>
    </message>
</context>
<context>
    <name>replying</name>
    <message>
        <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
        <translation>Die beantwortete Nachricht hat keine Message-ID, daher kann die Antwort sie nicht nennen: Sie schließt sich der Unterhaltung nur über den Betreff an, und Gmail, Outlook und andere zeigen sie womöglich getrennt.</translation>
    </message>
    <message>
        <source>{message_id} is not a Message-ID (like &lt;abc@example.org&gt;).</source>
        <translation>{message_id} ist keine Message-ID (wie &lt;abc@example.org&gt;).</translation>
    </message>
    <message>
        <source>{message_id} is not in the local store, so its subject is unknown: give --subject.</source>
        <translation>{message_id} ist nicht im lokalen Speicher, daher ist der Betreff unbekannt: Geben Sie --subject an.</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>No password store is available. Threadline keeps passwords only in the system keyring: start a desktop session with a Secret Service keyring (GNOME Keyring or KWallet), or macOS Keychain / Windows Credential Manager, then try again.</source>
        <translation>Es ist kein Passwortspeicher verfügbar. Threadline bewahrt Passwörter nur im Schlüsselbund des Systems auf: Starten Sie eine Desktop-Sitzung mit einem Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet), oder macOS-Schlüsselbund / Windows-Anmeldeinformationsverwaltung, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (your login password usually does), then try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (meist mit Ihrem Anmeldepasswort) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keyring could not be opened or has no collection to store passwords in. Open your keyring manager (e.g. Seahorse) and create a default keyring.</source>
        <translation>Der Schlüsselbund des Systems ließ sich nicht öffnen oder hat keine Sammlung, in der Passwörter gespeichert werden können. Öffnen Sie Ihre Schlüsselbundverwaltung (z. B. Seahorse) und legen Sie einen Standardschlüsselbund an.</translation>
    </message>
    <message>
        <source>The system keyring failed ({error}). Check that it is running and unlocked, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen ({error}). Prüfen Sie, ob er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>send_command</name>
    <message>
        <source>threading (choose at most one):
  --in-reply-to MSGID   reply to any message by its Message-ID
  --thread THREAD       reply to the newest message of a stored conversation
  --thread-key KEY      a name you choose (e.g. a ticket number): the first send starts a
                        conversation, every later send replies to the last one under KEY

exit status:
  0   sent (or queued with --queue-only, or scheduled with --at)
  75  a temporary failure: the message is queued and will be retried
        (&apos;threadline outbox flush&apos; sends it)
  1   the server refused the message for good (it stays in the outbox)
  2   bad input: nothing was stored or sent
</source>
        <translation>Unterhaltung (höchstens eine Option):
  --in-reply-to MSGID   auf eine beliebige Nachricht über ihre Message-ID antworten
  --thread THREAD       auf die neueste Nachricht einer gespeicherten Unterhaltung
                        antworten
  --thread-key KEY      ein selbst gewählter Name (z. B. eine Ticketnummer): Das erste
                        Senden beginnt eine Unterhaltung, jedes weitere antwortet auf
                        die letzte Nachricht unter KEY

Exit-Status:
  0   gesendet (oder mit --queue-only eingereiht, oder mit --at geplant)
  75  ein vorübergehender Fehler: Die Nachricht ist eingereiht und wird erneut versucht
        (&apos;threadline outbox flush&apos; sendet sie)
  1   der Server hat die Nachricht endgültig abgelehnt (sie bleibt im Postausgang)
  2   ungültige Eingabe: Nichts wurde gespeichert oder gesendet
</translation>
    </message>
    <message>
        <source>send a message (or a reply into a conversation) through the outbox</source>
        <translation>eine Nachricht (oder eine Antwort in eine Unterhaltung) über den Postausgang senden</translation>
    </message>
    <message>
        <source>Send a message through the durable outbox and print its Message-ID.</source>
        <translation>Eine Nachricht über den dauerhaften Postausgang senden und ihre Message-ID ausgeben.</translation>
    </message>
    <message>
        <source>account id, address, alias or name (default: a reply goes from the address its parent was sent to, a new message from the account used last or the only one)</source>
        <translation>Kennung, Adresse, Alias oder Name des Kontos (Standard: Eine Antwort geht von der Adresse aus, an die die beantwortete Nachricht ging, eine neue Nachricht vom zuletzt verwendeten oder einzigen Konto)</translation>
    </message>
    <message>
        <source>required for a new conversation</source>
        <translation>nötig für eine neue Unterhaltung</translation>
    </message>
    <message>
        <source>the text (default: read from standard input)</source>
        <translation>der Text (Standard: von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <source>read the text from FILE</source>
        <translation>den Text aus FILE lesen</translation>
    </message>
    <message>
        <source>an HTML version of the text</source>
        <translation>eine HTML-Fassung des Textes</translation>
    </message>
    <message>
        <source>the encoding of the text on standard input, --body-file, --html and the options (default: UTF-8, then the locale&apos;s; anything else is refused)</source>
        <translation>die Kodierung des Textes auf der Standardeingabe, in --body-file, --html und den Optionen (Standard: UTF-8, dann die des Gebietsschemas; alles andere wird abgelehnt)</translation>
    </message>
    <message>
        <source>regular files to attach (read when the message is written)</source>
        <translation>normale Dateien zum Anhängen (gelesen, wenn die Nachricht geschrieben wird)</translation>
    </message>
    <message>
        <source>refuse a message larger than SIZE (e.g. 10M, 500K; default: what the server announces, else 25M)</source>
        <translation>eine Nachricht größer als SIZE ablehnen (z. B. 10M, 500K; Standard: was der Server angibt, sonst 25M)</translation>
    </message>
    <message>
        <source>an extra header, e.g. &apos;X-Ticket: 4711&apos; (To, Cc, Bcc and Reply-To add addresses; headers Threadline writes itself are refused)</source>
        <translation>ein zusätzlicher Header, z. B. &apos;X-Ticket: 4711&apos; (To, Cc, Bcc und Reply-To fügen Adressen hinzu; Header, die Threadline selbst schreibt, werden abgelehnt)</translation>
    </message>
    <message>
        <source>reply even to a message that has no Message-ID (the reply then joins its conversation by subject only); without it such a reply is refused</source>
        <translation>auch auf eine Nachricht ohne Message-ID antworten (die Antwort schließt sich ihrer Unterhaltung dann nur über den Betreff an); ohne diese Option wird eine solche Antwort abgelehnt</translation>
    </message>
    <message>
        <source>let --subject change the topic of the conversation replied to (Gmail then starts a new conversation); without it such a --subject is refused</source>
        <translation>--subject das Thema der beantworteten Unterhaltung ändern lassen (Gmail beginnt dann eine neue Unterhaltung); ohne diese Option wird ein solches --subject abgelehnt</translation>
    </message>
    <message>
        <source>queue it for the app or &apos;outbox flush&apos;</source>
        <translation>für die App oder &apos;outbox flush&apos; einreihen</translation>
    </message>
    <message>
        <source>print the message; store nothing</source>
        <translation>die Nachricht ausgeben; nichts speichern</translation>
    </message>
    <message>
        <source>print the outcome as JSON: message_id, outbox_id, state, thread_id, error, warning, exit_status (see the README)</source>
        <translation>das Ergebnis als JSON ausgeben: message_id, outbox_id, state, thread_id, error, warning, exit_status (siehe README)</translation>
    </message>
    <message>
        <source>send later, at TIME (ISO 8601, e.g. &apos;2026-12-01 08:00&apos;; local time unless a zone is given): the app, or &apos;threadline outbox flush&apos; run after TIME, sends it</source>
        <translation>später senden, zur Zeit TIME (ISO 8601, z. B. &apos;2026-12-01 08:00&apos;; Ortszeit, sofern keine Zone angegeben ist): Die App oder ein &apos;threadline outbox flush&apos; nach TIME sendet sie</translation>
    </message>
    <message>
        <source>{size} is not a size like 10M or 500K</source>
        <translation>{size} ist keine Größe wie 10M oder 500K</translation>
    </message>
    <message>
        <source>Cannot read the HTML file {path}: {reason}.</source>
        <translation>Die HTML-Datei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the body file {path}: {reason}.</source>
        <translation>Die Textdatei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>the HTML file {path}</source>
        <translation>die HTML-Datei {path}</translation>
    </message>
    <message>
        <source>the body file {path}</source>
        <translation>die Textdatei {path}</translation>
    </message>
    <message>
        <source>the text on standard input</source>
        <translation>der Text auf der Standardeingabe</translation>
    </message>
    <message>
        <source>--header {value} must look like &apos;Name: value&apos;.</source>
        <translation>--header {value} muss die Form &apos;Name: Wert&apos; haben.</translation>
    </message>
    <message>
        <source>--header {name} is given twice; give each header once.</source>
        <translation>--header {name} ist zweimal angegeben; geben Sie jeden Header nur einmal an.</translation>
    </message>
    <message>
        <source>--dry-run prints the message itself; leave out --json.</source>
        <translation>--dry-run gibt die Nachricht selbst aus; lassen Sie --json weg.</translation>
    </message>
    <message>
        <source>scheduled for {time}; the app (or &apos;threadline outbox flush&apos; run after then) sends it.</source>
        <translation>geplant für {time}; die App (oder ein danach ausgeführtes &apos;threadline outbox flush&apos;) sendet sie.</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>Warnung: {text}</translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <source>It is being sent by another Threadline (the app or another command) right now.</source>
        <translation>Sie wird gerade von einem anderen Threadline gesendet (der App oder einem anderen Befehl).</translation>
    </message>
    <message>
        <source>Not delivered to {refused}</source>
        <translation>Nicht zugestellt an {refused}</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <source>{host} could not check the password right now ({reply}). Threadline will try again.</source>
        <translation>{host} konnte das Passwort gerade nicht prüfen ({reply}). Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reply}).</source>
        <translation>{host} konnte das Passwort gerade nicht prüfen ({reply}).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password ({reply}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
        <translation>{host} hat Benutzername oder Passwort abgelehnt ({reply}). Prüfen Sie sie in den Kontoeinstellungen; manche Anbieter verlangen ein App-Passwort oder eine OAuth-Anmeldung.</translation>
    </message>
    <message>
        <source>{host} refused every recipient for now ({details}). Threadline will try again.</source>
        <translation>{host} hat vorerst alle Empfänger abgelehnt ({details}). Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>{host} refused every recipient for now ({details}).</source>
        <translation>{host} hat vorerst alle Empfänger abgelehnt ({details}).</translation>
    </message>
    <message>
        <source>{host} refused every recipient ({details}). Check the addresses.</source>
        <translation>{host} hat alle Empfänger abgelehnt ({details}). Prüfen Sie die Adressen.</translation>
    </message>
    <message>
        <source>{host} asked to try again later ({reply}). Threadline will retry.</source>
        <translation>{host} bat darum, es später erneut zu versuchen ({reply}). Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>{host} asked to try again later ({reply}).</source>
        <translation>{host} bat darum, es später erneut zu versuchen ({reply}).</translation>
    </message>
    <message>
        <source>{host} refused the sender address ({reply}). Check the account&apos;s address.</source>
        <translation>{host} hat die Absenderadresse abgelehnt ({reply}). Prüfen Sie die Adresse des Kontos.</translation>
    </message>
    <message>
        <source>{host} refused the message ({reply}). It stays in the outbox; change it or delete it.</source>
        <translation>{host} hat die Nachricht abgelehnt ({reply}). Sie bleibt im Postausgang; ändern oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>{host} refused the message ({reply}).</source>
        <translation>{host} hat die Nachricht abgelehnt ({reply}).</translation>
    </message>
    <message>
        <source>{host} closed the connection before the message was accepted. Threadline will try again.</source>
        <translation>{host} hat die Verbindung geschlossen, bevor die Nachricht angenommen wurde. Threadline versucht es erneut.</translation>
    </message>
    <message>
        <source>{host} closed the connection before the message was accepted.</source>
        <translation>{host} hat die Verbindung geschlossen, bevor die Nachricht angenommen wurde.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server is misconfigured. Nothing was sent.</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut ({reason}). Jemand könnte die Verbindung abfangen, oder der Server ist falsch eingerichtet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 465, STARTTLS port 587).</source>
        <translation>Die verschlüsselte Verbindung zu {host} ist fehlgeschlagen ({reason}). Prüfen Sie Port und Sicherheitseinstellungen (TLS ist meist Port 465, STARTTLS Port 587).</translation>
    </message>
    <message>
        <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. The message stays in the outbox: try again after updating Threadline, and please report this problem.</source>
        <translation>Threadline konnte nicht über {host} senden, wegen eines Fehlers in Threadline selbst ({error}), nicht wegen des Servers. Die Nachricht bleibt im Postausgang: Versuchen Sie es nach einer Aktualisierung von Threadline erneut, und melden Sie bitte dieses Problem.</translation>
    </message>
    <message>
        <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. Try again after updating Threadline, and please report this problem.</source>
        <translation>Threadline konnte nicht über {host} senden, wegen eines Fehlers in Threadline selbst ({error}), nicht wegen des Servers. Versuchen Sie es nach einer Aktualisierung von Threadline erneut, und melden Sie bitte dieses Problem.</translation>
    </message>
    <message>
        <source>OAuth2 tokens are only sent over an encrypted connection.</source>
        <translation>OAuth2-Tokens werden nur über eine verschlüsselte Verbindung gesendet.</translation>
    </message>
    <message>
        <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
        <translation>Für {account} ist kein Passwort gespeichert. Geben Sie es in den Kontoeinstellungen ein (es wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <source>Refusing to send to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
        <translation>Es wird nicht ohne Verschlüsselung an {host} gesendet. Wählen Sie TLS oder STARTTLS in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (587 for STARTTLS, 465 for TLS) or ask your provider.</source>
        <translation>{host} bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden. Es wurde nichts gesendet. Prüfen Sie den Port (587 für STARTTLS, 465 für TLS) oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>Das Passwort wird nicht über eine unverschlüsselte Verbindung gesendet.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut ({reason}). Sein SHA-256-Fingerabdruck ist {fingerprint}. Jemand könnte die Verbindung abfangen, oder der Server verwendet ein Zertifikat, das Ihr System nicht kennt. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut ({reason}). Jemand könnte die Verbindung abfangen, oder der Server verwendet ein Zertifikat, das Ihr System nicht kennt. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>Die Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531), so {addresses} cannot be reached through it. Nothing was sent; change the address or the account.</source>
        <translation>{host} nimmt keine Adressen mit Nicht-ASCII-Zeichen vor dem @ an (es bietet kein SMTPUTF8, RFC 6531), daher ist {addresses} darüber nicht erreichbar. Es wurde nichts gesendet; ändern Sie die Adresse oder das Konto.</translation>
    </message>
</context>
<context>
    <name>srv</name>
    <message>
        <source>The DNS did not answer in time for {name}</source>
        <translation>Das DNS hat für {name} nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>No DNS server could be asked for {name}</source>
        <translation>Für {name} konnte kein DNS-Server gefragt werden</translation>
    </message>
    <message>
        <source>The DNS look-up of {name} failed ({reason}).</source>
        <translation>Die DNS-Abfrage von {name} ist fehlgeschlagen ({reason}).</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot open the mail store {path}: {reason}</source>
        <translation>Der Nachrichtenspeicher {path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The mail store {path} was written by a newer Threadline (schema {schema}, this version knows {known}). Update Threadline.</source>
        <translation>Der Nachrichtenspeicher {path} wurde von einem neueren Threadline geschrieben (Schema {schema}, diese Version kennt {known}). Aktualisieren Sie Threadline.</translation>
    </message>
</context>
<context>
    <name>sync_command</name>
    <message>
        <source>fetch new mail and read state from the accounts&apos; IMAP servers</source>
        <translation>neue Nachrichten und den Lesestatus von den IMAP-Servern der Konten abrufen</translation>
    </message>
    <message>
        <source>Sync INBOX and Sent (on Gmail: All Mail) of every account that has an incoming server, and any folder added with --folder. Mail deleted on the server stays in Threadline&apos;s archive.</source>
        <translation>INBOX und Gesendet (bei Gmail: Alle Nachrichten) jedes Kontos mit Posteingangsserver abgleichen, und jeden mit --folder hinzugefügten Ordner. Auf dem Server gelöschte Nachrichten bleiben im Archiv von Threadline.</translation>
    </message>
    <message>
        <source>only this account (id, address or name)</source>
        <translation>nur dieses Konto (Kennung, Adresse oder Name)</translation>
    </message>
    <message>
        <source>only this folder (added to the account&apos;s synced folders if new)</source>
        <translation>nur dieser Ordner (wird den abgeglichenen Ordnern des Kontos hinzugefügt, falls neu)</translation>
    </message>
    <message>
        <source>{address} has no incoming (IMAP) server. Add one with &apos;threadline accounts edit {address} --imap-host HOST&apos;.</source>
        <translation>{address} hat keinen Posteingangsserver (IMAP). Fügen Sie einen hinzu mit &apos;threadline accounts edit {address} --imap-host HOST&apos;.</translation>
    </message>
    <message>
        <source>No account has an incoming (IMAP) server yet. Add one with &apos;threadline accounts add ADDRESS --imap-host HOST&apos; (or &apos;accounts edit&apos;).</source>
        <translation>Noch kein Konto hat einen Posteingangsserver (IMAP). Fügen Sie einen hinzu mit &apos;threadline accounts add ADDRESS --imap-host HOST&apos; (oder &apos;accounts edit&apos;).</translation>
    </message>
</context>
<context>
    <name>syncing</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n changed elsewhere</source>
        <translation>
            <numerusform>{summary}, %n anderswo geändert</numerusform>
            <numerusform>{summary}, %n anderswo geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted on the server (kept here)</source>
        <translation>
            <numerusform>{summary}, %n auf dem Server gelöscht (hier behalten)</numerusform>
            <numerusform>{summary}, %n auf dem Server gelöscht (hier behalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n moved to the server&apos;s Trash</source>
        <translation>
            <numerusform>{summary}, %n in den Papierkorb des Servers verschoben</numerusform>
            <numerusform>{summary}, %n in den Papierkorb des Servers verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted here only (the server has no Trash folder)</source>
        <translation>
            <numerusform>{summary}, %n nur hier gelöscht (der Server hat keinen Papierkorb)</numerusform>
            <numerusform>{summary}, %n nur hier gelöscht (der Server hat keinen Papierkorb)</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, {folder}: {error}</source>
        <translation>{summary}, {folder}: {error}</translation>
    </message>
    <message>
        <source>{account}: {summary}.</source>
        <translation>{account}: {summary}.</translation>
    </message>
    <message>
        <source>{address} has no incoming (IMAP) server. Add one with &apos;threadline accounts edit&apos; or in the Accounts window.</source>
        <translation>{address} hat keinen Posteingangsserver (IMAP). Fügen Sie einen mit &apos;threadline accounts edit&apos; oder im Fenster „Konten“ hinzu.</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer on the server (deleted or renamed).</source>
        <translation>Der Ordner {folder} ist nicht mehr auf dem Server (gelöscht oder umbenannt).</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Folders there: {names}</source>
        <translation>Es gibt keinen Ordner {folder} auf {host}. Ordner dort: {names}</translation>
    </message>
</context>
<context>
    <name>thread_keys</name>
    <message>
        <source>the thread key</source>
        <translation>der Thread-Schlüssel</translation>
    </message>
    <message>
        <source>A thread key must be 1 to 200 characters on one line.</source>
        <translation>Ein Thread-Schlüssel muss 1 bis 200 Zeichen auf einer Zeile haben.</translation>
    </message>
</context>
<context>
    <name>threads_command</name>
    <message>
        <source>list conversations, the most recently active first</source>
        <translation>Unterhaltungen auflisten, die zuletzt aktive zuerst</translation>
    </message>
    <message>
        <source>how many (default 50)</source>
        <translation>wie viele (Standard: 50)</translation>
    </message>
    <message>
        <source>only conversations matching WORDS</source>
        <translation>nur Unterhaltungen, die zu WORDS passen</translation>
    </message>
    <message>
        <source>a JSON list (see the README)</source>
        <translation>eine JSON-Liste (siehe README)</translation>
    </message>
    <message>
        <source>show one conversation&apos;s messages as a tree</source>
        <translation>die Nachrichten einer Unterhaltung als Baum zeigen</translation>
    </message>
    <message>
        <source>a number from &apos;threadline threads&apos;</source>
        <translation>eine Nummer aus &apos;threadline threads&apos;</translation>
    </message>
    <message>
        <source>a JSON object (see the README)</source>
        <translation>ein JSON-Objekt (siehe README)</translation>
    </message>
    <message>
        <source>the messages&apos; exact bytes: an mbox file (importing it gives them back), or with --json a base64 &apos;raw&apos; field in each message</source>
        <translation>die genauen Bytes der Nachrichten: eine mbox-Datei (ihr Import gibt sie zurück), oder mit --json ein base64-Feld &apos;raw&apos; in jeder Nachricht</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>There is no conversation {thread}. &apos;threadline threads&apos; lists them.</source>
        <translation>Es gibt keine Unterhaltung {thread}. &apos;threadline threads&apos; listet sie auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>watching</name>
    <message>
        <source>{host} does not support IDLE; mail is checked on a timer.</source>
        <translation>{host} unterstützt kein IDLE; Nachrichten werden in Zeitabständen abgerufen.</translation>
    </message>
    <message>
        <source>{host} ended the connection (BYE). Threadline reconnects.</source>
        <translation>{host} hat die Verbindung beendet (BYE). Threadline verbindet sich neu.</translation>
    </message>
</context>
</TS>
