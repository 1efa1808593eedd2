<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>[ŠŢÅŔŢŢĻŠ (þöŕţ 587) ~~~~~~]</translation>
        </message>
        <message>
            <source>TLS (port 465)</source>
            <translation>[ŢĻŠ (þöŕţ 465) ~~~~]</translation>
        </message>
        <message>
            <source>None (only for a server on this computer)</source>
            <translation>[Ñöñé (öñļý ƒöŕ å šéŕṽéŕ öñ ţĥîš çöɱþûţéŕ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>TLS (port 993)</source>
            <translation>[ŢĻŠ (þöŕţ 993) ~~~~]</translation>
        </message>
        <message>
            <source>STARTTLS (port 143)</source>
            <translation>[ŠŢÅŔŢŢĻŠ (þöŕţ 143) ~~~~~~]</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <extracomment>The synced folders the Accounts window names before "and N more". What the server parts of a new account's form hold before anything is filled in.</extracomment>
            <translation>[ŠṀŢÞ šéŕṽéŕ ~~]</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>[ŠṀŢÞ þöŕţ ~~]</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>[ŠṀŢÞ šéçûŕîţý ~~~]</translation>
        </message>
        <message>
            <source>Incoming server</source>
            <translation>[Îñçöɱîñĝ šéŕṽéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Incoming port</source>
            <translation>[Îñçöɱîñĝ þöŕţ ~~~]</translation>
        </message>
        <message>
            <source>Incoming security</source>
            <translation>[Îñçöɱîñĝ šéçûŕîţý ~~~~~]</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>[Ûšéŕ ñåɱé ~~]</translation>
        </message>
        <message>
            <source>no encryption</source>
            <translation>[ñö éñçŕýþţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Enter the password: this account signs in with one.</source>
            <translation>[Éñţéŕ ţĥé þåššŵöŕđ: ţĥîš åççöûñţ šîĝñš îñ ŵîţĥ öñé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No password is stored for this account: type it here and save, or sending will fail.</source>
            <translation>[Ñö þåššŵöŕđ îš šţöŕéđ ƒöŕ ţĥîš åççöûñţ: ţýþé îţ ĥéŕé åñđ šåṽé, öŕ šéñđîñĝ ŵîļļ ƒåîļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>e.g. smtp.example.org</source>
            <translation>[é.ĝ. šɱţþ.éẋåɱþļé.öŕĝ ~~~~~~]</translation>
        </message>
        <message>
            <source>none: this account only sends</source>
            <translation>[ñöñé: ţĥîš åççöûñţ öñļý šéñđš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Security</source>
            <extracomment>The form's parts each stored field is read from. A field whose parts the user left as they were loaded is saved back exactly as it was stored (no re-derivation, no trimming), so Save only ever changes what the user changed.</extracomment>
            <translation>[Šéçûŕîţý ~]</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <extracomment>The synced folders of an account changed (the app syncs now to fetch them).
----------
For a new account: what the form itself last put in each server part. A part still holding it follows the address; one the user changed is left alone. Whether "Save a copy" still holds Threadline's suggestion for the SMTP server (a new account, or one loaded without an incoming server, until it is clicked).</extracomment>
            <translation>[Åççöûñţš ~]</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>[Åđđ åççöûñţ ~~]</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>[Ŕéɱöṽé ~]</translation>
        </message>
        <message>
            <source>Account settings</source>
            <translation>[Åççöûñţ šéţţîñĝš ~~~~]</translation>
        </message>
        <message>
            <source>e.g. ann@example.org</source>
            <translation>[é.ĝ. åññ@éẋåɱþļé.öŕĝ ~~~~~~]</translation>
        </message>
        <message>
            <source>other addresses of this mailbox, comma-separated</source>
            <translation>[öţĥéŕ åđđŕéššéš öƒ ţĥîš ɱåîļƀöẋ, çöɱɱå-šéþåŕåţéđ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Replies to mail sent to one of these go from it, through this account's server.</source>
            <translation>[Ŕéþļîéš ţö ɱåîļ šéñţ ţö öñé öƒ ţĥéšé ĝö ƒŕöɱ îţ, ţĥŕöûĝĥ ţĥîš åççöûñţ'š šéŕṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The server this account's mail comes from. Leave it empty for an account that only sends.</source>
            <translation>[Ţĥé šéŕṽéŕ ţĥîš åççöûñţ'š ɱåîļ çöɱéš ƒŕöɱ. Ļéåṽé îţ éɱþţý ƒöŕ åñ åççöûñţ ţĥåţ öñļý šéñđš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save a copy of sent mail in the Sent folder</source>
            <translation>[Šåṽé å çöþý öƒ šéñţ ɱåîļ îñ ţĥé Šéñţ ƒöļđéŕ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Gmail and Microsoft file mail sent through their servers in Sent by themselves; a second copy would show every message twice.</source>
            <translation>[Ĝɱåîļ åñđ Ṁîçŕöšöƒţ ƒîļé ɱåîļ šéñţ ţĥŕöûĝĥ ţĥéîŕ šéŕṽéŕš îñ Šéñţ ƀý ţĥéɱšéļṽéš; å šéçöñđ çöþý ŵöûļđ šĥöŵ éṽéŕý ɱéššåĝé ţŵîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>[Þåššŵöŕđ ~]</translation>
        </message>
        <message>
            <source>No sign-in</source>
            <translation>[Ñö šîĝñ-îñ ~~]</translation>
        </message>
        <message>
            <source>Sign in with {provider} (OAuth2)</source>
            <translation>[Šîĝñ îñ ŵîţĥ {provider} (ÖÅûţĥ2) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>One login for both servers.</source>
            <translation>[Öñé ļöĝîñ ƒöŕ ƀöţĥ šéŕṽéŕš. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>kept in the system keyring only</source>
            <translation>[ķéþţ îñ ţĥé šýšţéɱ ķéýŕîñĝ öñļý ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Find settings</source>
            <translation>[Ƒîñđ šéţţîñĝš ~~~]</translation>
        </message>
        <message>
            <source>Ask your address's domain for its servers (its own configuration, its DNS records); Thunderbird's database only if you agree.</source>
            <translation>[Åšķ ýöûŕ åđđŕéšš'š đöɱåîñ ƒöŕ îţš šéŕṽéŕš (îţš öŵñ çöñƒîĝûŕåţîöñ, îţš ĐÑŠ ŕéçöŕđš); Ţĥûñđéŕƀîŕđ'š đåţåƀåšé öñļý îƒ ýöû åĝŕéé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>[Ýöûŕ ñåɱé ~~]</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>[Åđđŕéšš ~]</translation>
        </message>
        <message>
            <source>Also sends as</source>
            <translation>[Åļšö šéñđš åš ~~~]</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>[Šîĝñ-îñ ~]</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>[Ûšéŕ ñåɱé ~~]</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>[ŠṀŢÞ šéŕṽéŕ ~~]</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>[Þöŕţ ~]</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>[Šéçûŕîţý ~]</translation>
        </message>
        <message>
            <source>Incoming server (IMAP)</source>
            <translation>[Îñçöɱîñĝ šéŕṽéŕ (ÎṀÅÞ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Incoming port</source>
            <translation>[Îñçöɱîñĝ þöŕţ ~~~]</translation>
        </message>
        <message>
            <source>Incoming security</source>
            <translation>[Îñçöɱîñĝ šéçûŕîţý ~~~~~]</translation>
        </message>
        <message>
            <source>Save sent mail</source>
            <translation>[Šåṽé šéñţ ɱåîļ ~~~~]</translation>
        </message>
        <message>
            <source>Sending mail (SMTP)</source>
            <translation>[Šéñđîñĝ ɱåîļ (ŠṀŢÞ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>[Šéŕṽéŕ ~]</translation>
        </message>
        <message>
            <source>Incoming mail (IMAP)</source>
            <translation>[Îñçöɱîñĝ ɱåîļ (ÎṀÅÞ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Folders…</source>
            <translation>[Ƒöļđéŕš… ~]</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>[Ƒöļđéŕš ~]</translation>
        </message>
        <message>
            <source>Synced folders</source>
            <translation>[Šýñçéđ ƒöļđéŕš ~~~~]</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>[Çöññéçţîöñ ţéšţ ŕéšûļţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>[Ţéšţ çöññéçţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>[Šåṽé ~]</translation>
        </message>
        <message>
            <source>Enter your address: the servers of well-known providers are filled in.</source>
            <extracomment>How look-ups reach the network; None: the system's (tests set local servers). Counts tests and form changes: a test's result for settings changed since is not shown, and a shown one goes when the settings change.</extracomment>
            <translation>[Éñţéŕ ýöûŕ åđđŕéšš: ţĥé šéŕṽéŕš öƒ ŵéļļ-ķñöŵñ þŕöṽîđéŕš åŕé ƒîļļéđ îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>an unnamed provider</source>
            <translation>[åñ ûññåɱéđ þŕöṽîđéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Sign in with {provider} (OAuth2, not set up here)</source>
            <translation>[Šîĝñ îñ ŵîţĥ {provider} (ÖÅûţĥ2, ñöţ šéţ ûþ ĥéŕé) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It takes an app password, or sign in with OAuth2 (Sign-in above).</source>
            <translation>[Îţ ţåķéš åñ åþþ þåššŵöŕđ, öŕ šîĝñ îñ ŵîţĥ ÖÅûţĥ2 (Šîĝñ-îñ åƀöṽé). ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Filled in the servers of {provider}.</source>
            <translation>[Ƒîļļéđ îñ ţĥé šéŕṽéŕš öƒ {provider}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No preset for {domain}: the grey server names are only guesses. Your provider's help pages name the real ones; leave the incoming server empty to only send.</source>
            <translation>[Ñö þŕéšéţ ƒöŕ {domain}: ţĥé ĝŕéý šéŕṽéŕ ñåɱéš åŕé öñļý ĝûéššéš. Ýöûŕ þŕöṽîđéŕ'š ĥéļþ þåĝéš ñåɱé ţĥé ŕéåļ öñéš; ļéåṽé ţĥé îñçöɱîñĝ šéŕṽéŕ éɱþţý ţö öñļý šéñđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{server} (a guess)</source>
            <translation>[{server} (å ĝûéšš) ~~~~~]</translation>
        </message>
        <message>
            <source>{server} (a guess), or empty to only send</source>
            <translation>[{server} (å ĝûéšš), öŕ éɱþţý ţö öñļý šéñđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>[Ñöţ šåṽéđ: {error} ~~~~~]</translation>
        </message>
        <message>
            <source>Not tested: {error}</source>
            <translation>[Ñöţ ţéšţéđ: {error} ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Not saved yet: see the %n marked field(s).</source>
            <translation>
                <numerusform>[Ñöţ šåṽéđ ýéţ: šéé ţĥé %n ɱåŕķéđ ƒîéļđ(š). ~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ñöţ šåṽéđ ýéţ: šéé ţĥé %n ɱåŕķéđ ƒîéļđ(š). ~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not tested yet: see the %n marked field(s).</source>
            <translation>
                <numerusform>[Ñöţ ţéšţéđ ýéţ: šéé ţĥé %n ɱåŕķéđ ƒîéļđ(š). ~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ñöţ ţéšţéđ ýéţ: šéé ţĥé %n ɱåŕķéđ ƒîéļđ(š). ~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: the password could not be stored.</source>
            <translation>[Ñöţ šåṽéđ: ţĥé þåššŵöŕđ çöûļđ ñöţ ƀé šţöŕéđ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved {account}.</source>
            <translation>[Šåṽéđ {account}. ~~~~]</translation>
        </message>
        <message>
            <source>It signs in with nothing: the server on this computer takes mail without.</source>
            <translation>[Îţ šîĝñš îñ ŵîţĥ ñöţĥîñĝ: ţĥé šéŕṽéŕ öñ ţĥîš çöɱþûţéŕ ţåķéš ɱåîļ ŵîţĥöûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved {account}, but without a password: sending will fail until you enter it.</source>
            <translation>[Šåṽéđ {account}, ƀûţ ŵîţĥöûţ å þåššŵöŕđ: šéñđîñĝ ŵîļļ ƒåîļ ûñţîļ ýöû éñţéŕ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{smtp} and {imap}</source>
            <translation>[{smtp} åñđ {imap} ~~~~~]</translation>
        </message>
        <message>
            <source>Connecting to {servers}…</source>
            <translation>[Çöññéçţîñĝ ţö {servers}… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>The settings changed during the test: test again to check them.</source>
            <translation>[Ţĥé šéţţîñĝš çĥåñĝéđ đûŕîñĝ ţĥé ţéšţ: ţéšţ åĝåîñ ţö çĥéçķ ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You can change any field.</source>
            <translation>[Ýöû çåñ çĥåñĝé åñý ƒîéļđ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{part}: {found} (you typed {typed})</source>
            <translation>[{part}: {found} (ýöû ţýþéđ {typed}) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where} names other settings than you typed:

{lines}

Use them for these fields too?</source>
            <translation>[{where} ñåɱéš öţĥéŕ šéţţîñĝš ţĥåñ ýöû ţýþéđ:

{lines}

Ûšé ţĥéɱ ƒöŕ ţĥéšé ƒîéļđš ţöö? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use the settings found?</source>
            <translation>[Ûšé ţĥé šéţţîñĝš ƒöûñđ? ~~~~~~~]</translation>
        </message>
        <message>
            <source>Use them</source>
            <translation>[Ûšé ţĥéɱ ~]</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>[Ķééþ ɱîñé ~~]</translation>
        </message>
        <message>
            <source>Kept what you typed: {fields}.</source>
            <translation>[Ķéþţ ŵĥåţ ýöû ţýþéđ: {fields}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the account with an incoming server to choose the folders it syncs.</source>
            <translation>[Šåṽé ţĥé åççöûñţ ŵîţĥ åñ îñçöɱîñĝ šéŕṽéŕ ţö çĥööšé ţĥé ƒöļđéŕš îţ šýñçš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inbox and Sent (found at the first sync)</source>
            <translation>[Îñƀöẋ åñđ Šéñţ (ƒöûñđ åţ ţĥé ƒîŕšţ šýñç) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>[%n ɱöŕé ~]</numerusform>
                <numerusform>[%n ɱöŕé ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>[{first} åñđ {second} ~~~~~~]</translation>
        </message>
        <message>
            <source>Syncs {folders}.</source>
            <translation>[Šýñçš {folders}. ~~~~]</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>[Ŕéɱöṽé åççöûñţ ~~~~]</translation>
        </message>
        <message>
            <source>Remove {account}? Its settings and its password (or sign-in) are deleted from this computer. Mail already in your conversations stays.</source>
            <translation>[Ŕéɱöṽé {account}? Îţš šéţţîñĝš åñđ îţš þåššŵöŕđ (öŕ šîĝñ-îñ) åŕé đéļéţéđ ƒŕöɱ ţĥîš çöɱþûţéŕ. Ṁåîļ åļŕéåđý îñ ýöûŕ çöñṽéŕšåţîöñš šţåýš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot remove the account</source>
            <translation>[Çåññöţ ŕéɱöṽé ţĥé åççöûñţ ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>AddressField</name>
        <message>
            <source>{field} addresses</source>
            <translation>[{field} åđđŕéššéš ~~~~~]</translation>
        </message>
        <message>
            <source>name@example.org, Another Name &lt;another@example.org&gt;</source>
            <translation>[ñåɱé@éẋåɱþļé.öŕĝ, Åñöţĥéŕ Ñåɱé &lt;another@example.org&gt; ~~~~~~~~~~]</translation>
        </message>
    </context>
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
    <context>
        <name>AttachmentList</name>
        <message>
            <source>Attachments</source>
            <translation>[Åţţåçĥɱéñţš ~~]</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>[Ŕéɱöṽé ~]</translation>
        </message>
    </context>
    <context>
        <name>AttachmentStrip</name>
        <message>
            <source>Attachment {name}, {size}</source>
            <extracomment>Icons by the first half of the content type (from the desktop's icon theme).</extracomment>
            <translation>[Åţţåçĥɱéñţ {name}, {size} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Click to open; the arrow to save</source>
            <translation>[Çļîçķ ţö öþéñ; ţĥé åŕŕöŵ ţö šåṽé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>[Öþéñ ~]</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>[Šåṽé åš… ~]</translation>
        </message>
        <message>
            <source>Save all…</source>
            <translation>[Šåṽé åļļ… ~~]</translation>
        </message>
        <message>
            <source>Save all attachments</source>
            <translation>[Šåṽé åļļ åţţåçĥɱéñţš ~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot open the attachment</source>
            <translation>[Çåññöţ öþéñ ţĥé åţţåçĥɱéñţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>No program on this computer opens {name}. Use Save as… and open it from there.</source>
            <translation>[Ñö þŕöĝŕåɱ öñ ţĥîš çöɱþûţéŕ öþéñš {name}. Ûšé Šåṽé åš… åñđ öþéñ îţ ƒŕöɱ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save attachment</source>
            <translation>[Šåṽé åţţåçĥɱéñţ ~~~~]</translation>
        </message>
        <message>
            <source>Save all attachments in</source>
            <translation>[Šåṽé åļļ åţţåçĥɱéñţš îñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot save the attachment</source>
            <translation>[Çåññöţ šåṽé ţĥé åţţåçĥɱéñţ ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message numerus="yes">
            <source>%n new</source>
            <extracomment>Inner horizontal padding of the unread badge. Width of the ring around the row that has the keyboard focus. The badge and the folder tag use a slightly smaller font.</extracomment>
            <translation>
                <numerusform>[%n ñéŵ ~]</numerusform>
                <numerusform>[%n ñéŵ ~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversationModel</name>
        <message>
            <source>(no subject)</source>
            <extracomment>Folder names by thread, read when a row is first drawn; cleared by a reload.</extracomment>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message>
            <source>{messages}, {unread}</source>
            <translation>[{messages}, {unread} ~~~~~~]</translation>
        </message>
        <message>
            <source>In {folders}</source>
            <translation>[Îñ {folders} ~~~]</translation>
        </message>
        <message>
            <source>{subject}, from {people}, {counts}, {date}</source>
            <translation>[{subject}, ƒŕöɱ {people}, {counts}, {date} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no subject</source>
            <translation>[ñö šûƀĵéçţ ~~]</translation>
        </message>
        <message>
            <source>{text}, in {folders}</source>
            <translation>[{text}, îñ {folders} ~~~~~~]</translation>
        </message>
        <message>
            <source> and </source>
            <translation>[ åñđ  ~]</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message>
            <source>No recipients yet</source>
            <translation>[Ñö ŕéçîþîéñţš ýéţ ~~~~~]</translation>
        </message>
        <message>
            <source>To {people}</source>
            <translation>[Ţö {people} ~~]</translation>
        </message>
        <message>
            <source>in “{subject}”</source>
            <translation>[îñ “{subject}” ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DraftsPlace</name>
        <message>
            <source>Drafts</source>
            <translation>[Đŕåƒţš ~]</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>[Öþéñ ~]</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>[Đéļéţé… ~]</translation>
        </message>
        <message>
            <source>No drafts. A message you close with Save draft waits here until you send it.</source>
            <translation>[Ñö đŕåƒţš. Å ɱéššåĝé ýöû çļöšé ŵîţĥ Šåṽé đŕåƒţ ŵåîţš ĥéŕé ûñţîļ ýöû šéñđ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>[Đéļéţé đŕåƒţ ~~~]</translation>
        </message>
        <message>
            <source>Delete the draft “{subject}”? This cannot be undone.</source>
            <translation>[Đéļéţé ţĥé đŕåƒţ “{subject}”? Ţĥîš çåññöţ ƀé ûñđöñé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Delete draft</source>
            <translation>[&amp;Đéļéţé đŕåƒţ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {error}</source>
            <extracomment>Seconds to wait after the n-th temporary failure in a row (then the last, again). Seconds the app's IMAP sessions wait to connect and for each answer. How long stopping waits for the watchers to leave IDLE politely (they look twice a second), and in all, at most, for them and the sync to end. When the last sync of this account went through (epoch seconds), if ever. Why the last sync failed ('' when it worked), in full (it may quote the server). The failure may pass (offline, a time-out): it is retried at ``retry_at``. The account being synced right now ('' when idle), and how far it is. Being synced by the run in progress; woken again meanwhile (sync once more after). The server refused the account (a password, a certificate): no retries, no watcher, until the user asks (:meth:`_Worker.retry`) or changes the accounts. From other threads: a watcher saw a change (account id); a run syncs an account (account id, SyncProgress or None); a run ended (list of (account id, report)). Open sessions of the runs and of the watchers (stopping cuts them).
----------
Show the filter box from this many folders on.</extracomment>
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ: {error} ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Folders</name>
        <message>
            <source>Inbox</source>
            <extracomment>The server folders a conversation's messages live in, as shown (``["Inbox", "Sent"]``).</extracomment>
            <translation>[Îñƀöẋ ~]</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>[Šéñţ ~]</translation>
        </message>
        <message>
            <source>All Mail</source>
            <translation>[Åļļ Ṁåîļ ~]</translation>
        </message>
        <message>
            <source>{folder} — always synced</source>
            <translation>[{folder} — åļŵåýš šýñçéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} — {role}, always synced</source>
            <translation>[{folder} — {role}, åļŵåýš šýñçéđ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} — gone from the server; its mail stays here</source>
            <translation>[{folder} — ĝöñé ƒŕöɱ ţĥé šéŕṽéŕ; îţš ɱåîļ šţåýš ĥéŕé ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} — was gone from the server; check it to sync it again</source>
            <translation>[{folder} — ŵåš ĝöñé ƒŕöɱ ţĥé šéŕṽéŕ; çĥéçķ îţ ţö šýñç îţ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>FoldersDialog</name>
        <message>
            <source>Folders of {address}</source>
            <extracomment>After OK: what changed, one sentence each (nothing changed: no signal).</extracomment>
            <translation>[Ƒöļđéŕš öƒ {address} ~~~~~~]</translation>
        </message>
        <message>
            <source>Filter folders</source>
            <translation>[Ƒîļţéŕ ƒöļđéŕš ~~~~]</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>[Ƒöļđéŕš ~]</translation>
        </message>
        <message>
            <source>Folders status</source>
            <extracomment>Loading, or why the folders could not be loaded, where the list will be.</extracomment>
            <translation>[Ƒöļđéŕš šţåţûš ~~~~]</translation>
        </message>
        <message>
            <source>Checked folders are synced. Unchecking one stops syncing it: its mail stays in Threadline, and nothing is deleted on the server.</source>
            <translation>[Çĥéçķéđ ƒöļđéŕš åŕé šýñçéđ. Ûñçĥéçķîñĝ öñé šţöþš šýñçîñĝ îţ: îţš ɱåîļ šţåýš îñ Ţĥŕéåđļîñé, åñđ ñöţĥîñĝ îš đéļéţéđ öñ ţĥé šéŕṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>[Ţŕý åĝåîñ ~~]</translation>
        </message>
        <message>
            <source>Loading folders from {host}…</source>
            <translation>[Ļöåđîñĝ ƒöļđéŕš ƒŕöɱ {host}… ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The folders on {host}. All Mail is always synced; check any other folder whose conversations you want here.</source>
            <translation>[Ţĥé ƒöļđéŕš öñ {host}. Åļļ Ṁåîļ îš åļŵåýš šýñçéđ; çĥéçķ åñý öţĥéŕ ƒöļđéŕ ŵĥöšé çöñṽéŕšåţîöñš ýöû ŵåñţ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The folders on {host}. Inbox and Sent are always synced; check any other folder whose conversations you want here.</source>
            <translation>[Ţĥé ƒöļđéŕš öñ {host}. Îñƀöẋ åñđ Šéñţ åŕé åļŵåýš šýñçéđ; çĥéçķ åñý öţĥéŕ ƒöļđéŕ ŵĥöšé çöñṽéŕšåţîöñš ýöû ŵåñţ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not load the folders: {error}</source>
            <translation>[Çöûļđ ñöţ ļöåđ ţĥé ƒöļđéŕš: {error} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save the choice: {error}</source>
            <translation>[Çöûļđ ñöţ šåṽé ţĥé çĥöîçé: {error} ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OAuthSection</name>
        <message>
            <source>Not signed in</source>
            <extracomment>Opens the provider's page; tests replace it with a scripted browser.</extracomment>
            <translation>[Ñöţ šîĝñéđ îñ ~~~]</translation>
        </message>
        <message>
            <source>OAuth sign-in status</source>
            <translation>[ÖÅûţĥ šîĝñ-îñ šţåţûš ~~~~~~]</translation>
        </message>
        <message>
            <source>Sign in…</source>
            <translation>[Šîĝñ îñ… ~]</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>[Šîĝñ öûţ ~]</translation>
        </message>
        <message>
            <source>Checking the sign-in with {provider}…</source>
            <translation>[Çĥéçķîñĝ ţĥé šîĝñ-îñ ŵîţĥ {provider}… ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>[ţĥé þŕöṽîđéŕ ~~~]</translation>
        </message>
        <message>
            <source>Signed in as {address}</source>
            <translation>[Šîĝñéđ îñ åš {address} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not signed in to {provider}</source>
            <translation>[Ñöţ šîĝñéđ îñ ţö {provider} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Finish signing in to {provider} in your browser…</source>
            <translation>[Ƒîñîšĥ šîĝñîñĝ îñ ţö {provider} îñ ýöûŕ ƀŕöŵšéŕ… ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>Waiting</source>
            <translation>[Ŵåîţîñĝ ~]</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>[Šéñđîñĝ… ~]</translation>
        </message>
        <message>
            <source>Will retry</source>
            <translation>[Ŵîļļ ŕéţŕý ~~]</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>[Ƒåîļéđ ~]</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>[Đŕåƒţ ~]</translation>
        </message>
        <message>
            <source>{day} {date}, {time}</source>
            <translation>[{day} {date}, {time} ~~~~~~]</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <extracomment>Scheduled messages stay in the list this long after they went, to say how it went. The widest the State, Subject and To columns grow; Last error takes the rest, wrapped. States a message can be taken back from, or sent again from.</extracomment>
            <translation>[{seconds} š ~~]</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>[{minutes} ɱîñ ~~~]</translation>
        </message>
        <message>
            <source>Sent late, {when}</source>
            <translation>[Šéñţ ļåţé, {when} ~~~~~]</translation>
        </message>
        <message>
            <source>Sent as scheduled, {when}</source>
            <translation>[Šéñţ åš šçĥéđûļéđ, {when} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scheduled for {when}</source>
            <translation>[Šçĥéđûļéđ ƒöŕ {when} ~~~~~~]</translation>
        </message>
        <message>
            <source>Sending in {delay}</source>
            <translation>[Šéñđîñĝ îñ {delay} ~~~~~]</translation>
        </message>
        <message>
            <source>Retrying in {delay}</source>
            <translation>[Ŕéţŕýîñĝ îñ {delay} ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutboxCount</name>
        <message>
            <source>Messages waiting to be sent: open the Outbox (Ctrl+O)</source>
            <translation>[Ṁéššåĝéš ŵåîţîñĝ ţö ƀé šéñţ: öþéñ ţĥé Öûţƀöẋ (Çţŕļ+Ö) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation>[Öûţƀöẋ: {count} ~~~~]</translation>
        </message>
        <message>
            <source>Outbox: {count} ({refused} not sent)</source>
            <translation>[Öûţƀöẋ: {count} ({refused} ñöţ šéñţ) ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <source>Outbox</source>
            <translation>[Öûţƀöẋ ~]</translation>
        </message>
        <message>
            <source>Outbox messages</source>
            <extracomment>Messages the user asked to send now: their outcome is said when the run ends.</extracomment>
            <translation>[Öûţƀöẋ ɱéššåĝéš ~~~~]</translation>
        </message>
        <message>
            <source>State</source>
            <translation>[Šţåţé ~]</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>[Šûƀĵéçţ ~]</translation>
        </message>
        <message>
            <source>To</source>
            <translation>[Ţö ~]</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>[Ļåšţ éŕŕöŕ ~~]</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>[Ŕéţŕý ~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Đéļéţé ~]</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>[Öþéñ… ~]</translation>
        </message>
        <message>
            <source>Take the message back into a composer to change it</source>
            <translation>[Ţåķé ţĥé ɱéššåĝé ƀåçķ îñţö å çöɱþöšéŕ ţö çĥåñĝé îţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>[Šéñđ ñöŵ ~]</translation>
        </message>
        <message>
            <source>Send the selected message now</source>
            <translation>[Šéñđ ţĥé šéļéçţéđ ɱéššåĝé ñöŵ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source> s</source>
            <translation>[ š ~]</translation>
        </message>
        <message>
            <source>Undo send delay</source>
            <translation>[Ûñđö šéñđ đéļåý ~~~~]</translation>
        </message>
        <message>
            <source>How long a sent message waits, so that Undo can stop it</source>
            <translation>[Ĥöŵ ļöñĝ å šéñţ ɱéššåĝé ŵåîţš, šö ţĥåţ Ûñđö çåñ šţöþ îţ ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Undo delay:</source>
            <translation>[Ûñđö đéļåý: ~~]</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting.</source>
            <translation>
                <numerusform>[%n ŵåîţîñĝ. ~~]</numerusform>
                <numerusform>[%n ŵåîţîñĝ. ~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waits to be sent.</source>
            <translation>[Ñöţĥîñĝ ŵåîţš ţö ƀé šéñţ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>“{subject}” was sent.</source>
            <translation>[“{subject}” ŵåš šéñţ. ~~~~~~]</translation>
        </message>
        <message>
            <source>“{subject}” was not sent: {error} Next try at {time}.</source>
            <translation>[“{subject}” ŵåš ñöţ šéñţ: {error} Ñéẋţ ţŕý åţ {time}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>“{subject}” was refused: {error}</source>
            <translation>[“{subject}” ŵåš ŕéƒûšéđ: {error} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete message</source>
            <translation>[Đéļéţé ɱéššåĝé ~~~~]</translation>
        </message>
        <message>
            <source>Delete “{subject}” to {recipients}? It will not be sent, and there is no copy anywhere else.</source>
            <translation>[Đéļéţé “{subject}” ţö {recipients}? Îţ ŵîļļ ñöţ ƀé šéñţ, åñđ ţĥéŕé îš ñö çöþý åñýŵĥéŕé éļšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>[Çåññöţ đéļéţé ~~~]</translation>
        </message>
        <message>
            <source>Cannot send</source>
            <translation>[Çåññöţ šéñđ ~~]</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>[Šéñđîñĝ… ~]</translation>
        </message>
    </context>
    <context>
        <name>RemotePicturesBar</name>
        <message numerus="yes">
            <source>%n picture(s) from the web are not shown: loading tells the sender you read it.</source>
            <translation>
                <numerusform>[%n þîçţûŕé(š) ƒŕöɱ ţĥé ŵéƀ åŕé ñöţ šĥöŵñ: ļöåđîñĝ ţéļļš ţĥé šéñđéŕ ýöû ŕéåđ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n þîçţûŕé(š) ƒŕöɱ ţĥé ŵéƀ åŕé ñöţ šĥöŵñ: ļöåđîñĝ ţéļļš ţĥé šéñđéŕ ýöû ŕéåđ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Show pictures</source>
            <translation>[Šĥöŵ þîçţûŕéš ~~~]</translation>
        </message>
        <message>
            <source>Show pictures from the web in this message</source>
            <translation>[Šĥöŵ þîçţûŕéš ƒŕöɱ ţĥé ŵéƀ îñ ţĥîš ɱéššåĝé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Always from {sender}</source>
            <translation>[Åļŵåýš ƒŕöɱ {sender} ~~~~~~]</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>[Åļŵåýš ~]</translation>
        </message>
        <message>
            <source>Always show pictures from {sender}</source>
            <translation>[Åļŵåýš šĥöŵ þîçţûŕéš ƒŕöɱ {sender} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loading pictures…</source>
            <translation>[Ļöåđîñĝ þîçţûŕéš… ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) could not be loaded.</source>
            <translation>
                <numerusform>[%n þîçţûŕé(š) çöûļđ ñöţ ƀé ļöåđéđ. ~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n þîçţûŕé(š) çöûļđ ñöţ ƀé ļöåđéđ. ~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>The pictures could not be loaded: {error}</source>
            <translation>[Ţĥé þîçţûŕéš çöûļđ ñöţ ƀé ļöåđéđ: {error} ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SaveQuestion</name>
        <message>
            <source>Save changes?</source>
            <translation>[Šåṽé çĥåñĝéš? ~~~]</translation>
        </message>
        <message>
            <source>Save the changes to this draft before closing?</source>
            <translation>[Šåṽé ţĥé çĥåñĝéš ţö ţĥîš đŕåƒţ ƀéƒöŕé çļöšîñĝ? ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>[&amp;Šåṽé çĥåñĝéš ~~~]</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>[&amp;Đîšçåŕđ çĥåñĝéš ~~~~]</translation>
        </message>
        <message>
            <source>Save draft?</source>
            <translation>[Šåṽé đŕåƒţ? ~~]</translation>
        </message>
        <message>
            <source>Save this message as a draft before closing?</source>
            <translation>[Šåṽé ţĥîš ɱéššåĝé åš å đŕåƒţ ƀéƒöŕé çļöšîñĝ? ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>[&amp;Šåṽé đŕåƒţ ~~]</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>[&amp;Đîšçåŕđ ~]</translation>
        </message>
        <message>
            <source>Saved drafts wait in Drafts in the main window.</source>
            <translation>[Šåṽéđ đŕåƒţš ŵåîţ îñ Đŕåƒţš îñ ţĥé ɱåîñ ŵîñđöŵ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SettingsLookup</name>
        <message>
            <source>Looking for {domain}'s settings: its own configuration and its DNS records…</source>
            <translation>[Ļööķîñĝ ƒöŕ {domain}'š šéţţîñĝš: îţš öŵñ çöñƒîĝûŕåţîöñ åñđ îţš ĐÑŠ ŕéçöŕđš… ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The look-up failed: {error}</source>
            <translation>[Ţĥé ļööķ-ûþ ƒåîļéđ: {error} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Find the settings</source>
            <translation>[Ƒîñđ ţĥé šéţţîñĝš ~~~~~]</translation>
        </message>
        <message>
            <source>{domain} publishes no mail settings of its own (no configuration file, no DNS records).

Ask Thunderbird's database of mail providers? It is run by Mozilla (autoconfig.thunderbird.net) and is told the domain {domain}, not your address.</source>
            <translation>[{domain} þûƀļîšĥéš ñö ɱåîļ šéţţîñĝš öƒ îţš öŵñ (ñö çöñƒîĝûŕåţîöñ ƒîļé, ñö ĐÑŠ ŕéçöŕđš).

Åšķ Ţĥûñđéŕƀîŕđ'š đåţåƀåšé öƒ ɱåîļ þŕöṽîđéŕš? Îţ îš ŕûñ ƀý Ṁöžîļļå (åûţöçöñƒîĝ.ţĥûñđéŕƀîŕđ.ñéţ) åñđ îš ţöļđ ţĥé đöɱåîñ {domain}, ñöţ ýöûŕ åđđŕéšš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask Thunderbird's database</source>
            <translation>[Åšķ Ţĥûñđéŕƀîŕđ'š đåţåƀåšé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Don't ask</source>
            <translation>[Đöñ'ţ åšķ ~~]</translation>
        </message>
        <message>
            <source>Nothing found at {domain} itself.</source>
            <translation>[Ñöţĥîñĝ ƒöûñđ åţ {domain} îţšéļƒ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Asking Thunderbird's database about {domain}…</source>
            <translation>[Åšķîñĝ Ţĥûñđéŕƀîŕđ'š đåţåƀåšé åƀöûţ {domain}… ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Thunderbird's database does not know {domain} either.</source>
            <translation>[Ţĥûñđéŕƀîŕđ'š đåţåƀåšé đöéš ñöţ ķñöŵ {domain} éîţĥéŕ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No settings found for {domain}: the grey server names are only guesses. Your provider's help pages name the real ones; leave the incoming server empty to only send.</source>
            <translation>[Ñö šéţţîñĝš ƒöûñđ ƒöŕ {domain}: ţĥé ĝŕéý šéŕṽéŕ ñåɱéš åŕé öñļý ĝûéššéš. Ýöûŕ þŕöṽîđéŕ'š ĥéļþ þåĝéš ñåɱé ţĥé ŕéåļ öñéš; ļéåṽé ţĥé îñçöɱîñĝ šéŕṽéŕ éɱþţý ţö öñļý šéñđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message>
            <source>1 byte</source>
            <translation>[1 ƀýţé ~]</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Syncing {folder}… {done} of {total}</source>
            <translation>[Šýñçîñĝ {folder}… {done} öƒ {total} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>[Šýñçîñĝ… ~]</translation>
        </message>
        <message>
            <source>Sync failed for {who}</source>
            <translation>[Šýñç ƒåîļéđ ƒöŕ {who} ~~~~~~]</translation>
        </message>
        <message>
            <source>Offline — retrying at {time}</source>
            <translation>[Öƒƒļîñé — ŕéţŕýîñĝ åţ {time} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>[Öƒƒļîñé ~]</translation>
        </message>
        <message>
            <source>Synced at {time}</source>
            <translation>[Šýñçéđ åţ {time} ~~~~]</translation>
        </message>
        <message>
            <source>(Threadline tries again at {time}.)</source>
            <translation>[(Ţĥŕéåđļîñé ţŕîéš åĝåîñ åţ {time}.) ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLine</name>
        <message>
            <source>Mail sync</source>
            <extracomment>"Try again" in the details box.</extracomment>
            <translation>[Ṁåîļ šýñç ~~]</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>[Šýñç šţåţûš ~~]</translation>
        </message>
        <message>
            <source>details</source>
            <translation>[đéţåîļš ~]</translation>
        </message>
        <message>
            <source>Sync failure details</source>
            <translation>[Šýñç ƒåîļûŕé đéţåîļš ~~~~~~]</translation>
        </message>
        <message>
            <source>Mail sync failed</source>
            <translation>[Ṁåîļ šýñç ƒåîļéđ ~~~~]</translation>
        </message>
        <message>
            <source>Every account synced.</source>
            <translation>[Éṽéŕý åççöûñţ šýñçéđ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>[Ţŕý åĝåîñ ~~]</translation>
        </message>
    </context>
    <context>
        <name>UndoNote</name>
        <message>
            <source>Undo</source>
            <extracomment>How long the note stays, in milliseconds.</extracomment>
            <translation>[Ûñđö ~]</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>[Ûñđö (Çţŕļ+Ž) ~~~]</translation>
        </message>
        <message>
            <source>Undo: {text}</source>
            <translation>[Ûñđö: {text} ~~~]</translation>
        </message>
    </context>
    <context>
        <name>_DraftWords</name>
        <message numerus="yes">
            <source>To {first}, {second} and %n more</source>
            <extracomment>The empty list's note, in English (shown through DraftsPlace.tr).</extracomment>
            <translation>
                <numerusform>[Ţö {first}, {second} åñđ %n ɱöŕé ~~~~~~~~~~~]</numerusform>
                <numerusform>[Ţö {first}, {second} åñđ %n ɱöŕé ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>[%n åţţåçĥɱéñţ(š) ~~~~]</numerusform>
                <numerusform>[%n åţţåçĥɱéñţ(š) ~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FolderWords</name>
        <message numerus="yes">
            <source>no longer on the server (deleted or renamed); %n message(s) from it stay in Threadline</source>
            <translation>
                <numerusform>[ñö ļöñĝéŕ öñ ţĥé šéŕṽéŕ (đéļéţéđ öŕ ŕéñåɱéđ); %n ɱéššåĝé(š) ƒŕöɱ îţ šţåý îñ Ţĥŕéåđļîñé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[ñö ļöñĝéŕ öñ ţĥé šéŕṽéŕ (đéļéţéđ öŕ ŕéñåɱéđ); %n ɱéššåĝé(š) ƒŕöɱ îţ šţåý îñ Ţĥŕéåđļîñé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>was gone from the server for a while; add it to sync it again</source>
            <translation>[ŵåš ĝöñé ƒŕöɱ ţĥé šéŕṽéŕ ƒöŕ å ŵĥîļé; åđđ îţ ţö šýñç îţ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>_ListWords</name>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>[%n ɱéššåĝé(š) ~~~]</numerusform>
                <numerusform>[%n ɱéššåĝé(š) ~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>[%n ûñŕéåđ ~~]</numerusform>
                <numerusform>[%n ûñŕéåđ ~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_SyncWords</name>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>[%n åççöûñţ(š) ~~~]</numerusform>
                <numerusform>[%n åççöûñţ(š) ~~~]</numerusform>
            </translation>
        </message>
    </context>
</TS>
