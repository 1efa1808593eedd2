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
</TS>
