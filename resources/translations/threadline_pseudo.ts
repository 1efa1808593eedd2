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
            <translation>[Šéçûŕîţý ~]</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
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
        <name>Composer</name>
        <message>
            <source>the limit of {size} at {host}</source>
            <translation>[ţĥé ļîɱîţ öƒ {size} åţ {host} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the {size} most mail servers accept</source>
            <translation>[ţĥé {size} ɱöšţ ɱåîļ šéŕṽéŕš åççéþţ ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ComposerWindow</name>
        <message>
            <source>Conversation this reply goes into</source>
            <translation>[Çöñṽéŕšåţîöñ ţĥîš ŕéþļý ĝöéš îñţö ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message>
            <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
            <translation>[Ţĥé ɱéššåĝé ŕéþļîéđ ţö ĥåš ñö Ṁéššåĝé-ÎĐ, šö ţĥé ŕéþļý çåññöţ ñåɱé îţ: îţ ĵöîñš ţĥé çöñṽéŕšåţîöñ ƀý îţš šûƀĵéçţ öñļý, åñđ Ĝɱåîļ, Öûţļööķ åñđ öţĥéŕš ɱåý šĥöŵ îţ åþåŕţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>↪ Replying in: {subject} (%n message(s))</source>
            <translation>
                <numerusform>[↪ Ŕéþļýîñĝ îñ: {subject} (%n ɱéššåĝé(š)) ~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[↪ Ŕéþļýîñĝ îñ: {subject} (%n ɱéššåĝé(š)) ~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>✉ New conversation</source>
            <translation>[✉ Ñéŵ çöñṽéŕšåţîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[Ƒŕöɱ ~]</translation>
        </message>
        <message>
            <source>To</source>
            <translation>[Ţö ~]</translation>
        </message>
        <message>
            <source>Cc</source>
            <translation>[Çç ~]</translation>
        </message>
        <message>
            <source>Bcc</source>
            <translation>[Ɓçç ~]</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>[Šûƀĵéçţ ~]</translation>
        </message>
        <message>
            <source>Gmail keeps a reply in its conversation only while its subject stays the same.</source>
            <translation>[Ĝɱåîļ ķééþš å ŕéþļý îñ îţš çöñṽéŕšåţîöñ öñļý ŵĥîļé îţš šûƀĵéçţ šţåýš ţĥé šåɱé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Subject hint</source>
            <translation>[Šûƀĵéçţ ĥîñţ ~~~]</translation>
        </message>
        <message>
            <source>You changed the subject of a reply. Gmail will show it as a new conversation; other mail programs keep it in this one.</source>
            <translation>[Ýöû çĥåñĝéđ ţĥé šûƀĵéçţ öƒ å ŕéþļý. Ĝɱåîļ ŵîļļ šĥöŵ îţ åš å ñéŵ çöñṽéŕšåţîöñ; öţĥéŕ ɱåîļ þŕöĝŕåɱš ķééþ îţ îñ ţĥîš öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>[Ŵåŕñîñĝ ~]</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>[Ṁéššåĝé ţéẋţ ~~~]</translation>
        </message>
        <message>
            <source>Attach files…</source>
            <translation>[Åţţåçĥ ƒîļéš… ~~~]</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>[Åţţåçĥ ƒîļéš ~~~]</translation>
        </message>
        <message>
            <source>Message size</source>
            <translation>[Ṁéššåĝé šîžé ~~~]</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>[Šéñđîñĝ šţåţûš ~~~~]</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>[Šéñđ ~]</translation>
        </message>
        <message>
            <source>Send (Ctrl+Return)</source>
            <translation>[Šéñđ (Çţŕļ+Ŕéţûŕñ) ~~~~~]</translation>
        </message>
        <message>
            <source>Send later…</source>
            <translation>[Šéñđ ļåţéŕ… ~~]</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>[Šéñđ ļåţéŕ ~~]</translation>
        </message>
        <message>
            <source>Choose when the message goes</source>
            <translation>[Çĥööšé ŵĥéñ ţĥé ɱéššåĝé ĝöéš ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>[Đîšçåŕđ ~]</translation>
        </message>
        <message>
            <source>Throw this message away, with its draft</source>
            <translation>[Ţĥŕöŵ ţĥîš ɱéššåĝé åŵåý, ŵîţĥ îţš đŕåƒţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>[Šåṽé đŕåƒţ ~~]</translation>
        </message>
        <message>
            <source>Keep it in Drafts to finish later (Ctrl+S)</source>
            <translation>[Ķééþ îţ îñ Đŕåƒţš ţö ƒîñîšĥ ļåţéŕ (Çţŕļ+Š) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>[Ŕéþļý ~]</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>[Ñéŵ ɱéššåĝé ~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s), {size}</source>
            <translation>
                <numerusform>[%n ƒîļé(š), {size} ~~~~~]</numerusform>
                <numerusform>[%n ƒîļé(š), {size} ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>about {size} once encoded for mail, more than {limit}. Remove a file, or share large files another way.</source>
            <translation>[åƀöûţ {size} öñçé éñçöđéđ ƒöŕ ɱåîļ, ɱöŕé ţĥåñ {limit}. Ŕéɱöṽé å ƒîļé, öŕ šĥåŕé ļåŕĝé ƒîļéš åñöţĥéŕ ŵåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>about {size} once encoded for mail, close to {limit}.</source>
            <translation>[åƀöûţ {size} öñçé éñçöđéđ ƒöŕ ɱåîļ, çļöšé ţö {limit}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The message would be about {size} with its attachments, more than {limit}. Remove a file, or share large files another way.</source>
            <translation>[Ţĥé ɱéššåĝé ŵöûļđ ƀé åƀöûţ {size} ŵîţĥ îţš åţţåçĥɱéñţš, ɱöŕé ţĥåñ {limit}. Ŕéɱöṽé å ƒîļé, öŕ šĥåŕé ļåŕĝé ƒîļéš åñöţĥéŕ ŵåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot attach</source>
            <translation>[Çåññöţ åţţåçĥ ~~~]</translation>
        </message>
        <message>
            <source>Add a sending account first (Accounts in the main window).</source>
            <translation>[Åđđ å šéñđîñĝ åççöûñţ ƒîŕšţ (Åççöûñţš îñ ţĥé ɱåîñ ŵîñđöŵ). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot send yet</source>
            <translation>[Çåññöţ šéñđ ýéţ ~~~~]</translation>
        </message>
        <message>
            <source>No subject</source>
            <translation>[Ñö šûƀĵéçţ ~~]</translation>
        </message>
        <message>
            <source>This message has no subject. Send it without one?</source>
            <translation>[Ţĥîš ɱéššåĝé ĥåš ñö šûƀĵéçţ. Šéñđ îţ ŵîţĥöûţ öñé? ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Send &amp;without subject</source>
            <translation>[Šéñđ &amp;ŵîţĥöûţ šûƀĵéçţ ~~~~~~]</translation>
        </message>
        <message>
            <source>The draft could not be saved: {error}</source>
            <translation>[Ţĥé đŕåƒţ çöûļđ ñöţ ƀé šåṽéđ: {error} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Draft saved at {time}</source>
            <translation>[Đŕåƒţ šåṽéđ åţ {time} ~~~~~~]</translation>
        </message>
        <message>
            <source>Discard message</source>
            <translation>[Đîšçåŕđ ɱéššåĝé ~~~~]</translation>
        </message>
        <message>
            <source>Discard this message? Its text and its draft are deleted; this cannot be undone.</source>
            <translation>[Đîšçåŕđ ţĥîš ɱéššåĝé? Îţš ţéẋţ åñđ îţš đŕåƒţ åŕé đéļéţéđ; ţĥîš çåññöţ ƀé ûñđöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>[&amp;Đîšçåŕđ ~]</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>(unknown)</source>
            <translation>[(ûñķñöŵñ) ~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>[%n ñéŵ ~]</numerusform>
                <numerusform>[%n ñéŵ ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
    </context>
    <context>
        <name>ConversationModel</name>
        <message>
            <source>(no subject)</source>
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
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ: {error} ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Folders</name>
        <message>
            <source>Inbox</source>
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
        <name>MainWindow</name>
        <message>
            <source>Mail files ({patterns})</source>
            <translation>[Ṁåîļ ƒîļéš ({patterns}) ~~~~~~~]</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>[Åļļ ƒîļéš (*) ~~~]</translation>
        </message>
        <message>
            <source>No conversations yet</source>
            <translation>[Ñö çöñṽéŕšåţîöñš ýéţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Import mail you already have — .eml files, mbox files or Maildir folders — with &lt;b&gt;Import&lt;/b&gt; or &lt;b&gt;Import folder&lt;/b&gt;, or drop them on this window.</source>
            <translation>[Îɱþöŕţ ɱåîļ ýöû åļŕéåđý ĥåṽé — .éɱļ ƒîļéš, ɱƀöẋ ƒîļéš öŕ Ṁåîļđîŕ ƒöļđéŕš — ŵîţĥ &lt;b&gt;Îɱþöŕţ&lt;/b&gt; öŕ &lt;b&gt;Îɱþöŕţ ƒöļđéŕ&lt;/b&gt;, öŕ đŕöþ ţĥéɱ öñ ţĥîš ŵîñđöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Or write a new message with &lt;b&gt;New&lt;/b&gt; (Ctrl+N). Replies you send land in the right conversation, here and in your recipients' mail programs.</source>
            <translation>[Öŕ ŵŕîţé å ñéŵ ɱéššåĝé ŵîţĥ &lt;b&gt;Ñéŵ&lt;/b&gt; (Çţŕļ+Ñ). Ŕéþļîéš ýöû šéñđ ļåñđ îñ ţĥé ŕîĝĥţ çöñṽéŕšåţîöñ, ĥéŕé åñđ îñ ýöûŕ ŕéçîþîéñţš' ɱåîļ þŕöĝŕåɱš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>[Îɱþöŕţ ~]</translation>
        </message>
        <message>
            <source>Show Details… lists what was skipped, and why.</source>
            <translation>[Šĥöŵ Đéţåîļš… ļîšţš ŵĥåţ ŵåš šķîþþéđ, åñđ ŵĥý. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sending failed</source>
            <translation>[Šéñđîñĝ ƒåîļéđ ~~~~]</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>[Çöñṽéŕšåţîöñš ~~~]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Šéåŕçĥ ~]</translation>
        </message>
        <message>
            <source>Search all mail (Ctrl+F)</source>
            <translation>[Šéåŕçĥ åļļ ɱåîļ (Çţŕļ+Ƒ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>No sending account yet. Add one to reply and send, or import mail you have.</source>
            <translation>[Ñö šéñđîñĝ åççöûñţ ýéţ. Åđđ öñé ţö ŕéþļý åñđ šéñđ, öŕ îɱþöŕţ ɱåîļ ýöû ĥåṽé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add account…</source>
            <translation>[Åđđ åççöûñţ… ~~~]</translation>
        </message>
        <message>
            <source>Import mail…</source>
            <translation>[Îɱþöŕţ ɱåîļ… ~~~]</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>[Šéñđîñĝ ~]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>[Ûñđö ~]</translation>
        </message>
        <message>
            <source>Undo send</source>
            <translation>[Ûñđö šéñđ ~~]</translation>
        </message>
        <message>
            <source>Conversations and drafts</source>
            <translation>[Çöñṽéŕšåţîöñš åñđ đŕåƒţš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>[Đŕåƒţš ~]</translation>
        </message>
        <message>
            <source>Conversation subject</source>
            <translation>[Çöñṽéŕšåţîöñ šûƀĵéçţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Messages of the conversation</source>
            <translation>[Ṁéššåĝéš öƒ ţĥé çöñṽéŕšåţîöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;New message</source>
            <translation>[&amp;Ñéŵ ɱéššåĝé ~~~]</translation>
        </message>
        <message>
            <source>Write a new message</source>
            <translation>[Ŵŕîţé å ñéŵ ɱéššåĝé ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>[&amp;Ŕéþļý ~]</translation>
        </message>
        <message>
            <source>Reply to the sender</source>
            <translation>[Ŕéþļý ţö ţĥé šéñđéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Reply &amp;all</source>
            <translation>[Ŕéþļý &amp;åļļ ~~]</translation>
        </message>
        <message>
            <source>Reply to everyone</source>
            <translation>[Ŕéþļý ţö éṽéŕýöñé ~~~~~]</translation>
        </message>
        <message>
            <source>Reply to &amp;list</source>
            <translation>[Ŕéþļý ţö &amp;ļîšţ ~~~~]</translation>
        </message>
        <message>
            <source>Reply to the mailing list</source>
            <translation>[Ŕéþļý ţö ţĥé ɱåîļîñĝ ļîšţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>[&amp;Ƒöŕŵåŕđ ~]</translation>
        </message>
        <message>
            <source>Forward as a new conversation</source>
            <translation>[Ƒöŕŵåŕđ åš å ñéŵ çöñṽéŕšåţîöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>[&amp;Îɱþöŕţ… ~]</translation>
        </message>
        <message>
            <source>Import .eml, mbox or Maildir</source>
            <translation>[Îɱþöŕţ .éɱļ, ɱƀöẋ öŕ Ṁåîļđîŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>[Îɱþöŕţ &amp;ƒöļđéŕ… ~~~~]</translation>
        </message>
        <message>
            <source>Import a Maildir or a folder of mail</source>
            <translation>[Îɱþöŕţ å Ṁåîļđîŕ öŕ å ƒöļđéŕ öƒ ɱåîļ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Outbox</source>
            <translation>[&amp;Öûţƀöẋ ~]</translation>
        </message>
        <message>
            <source>Queued and failed messages</source>
            <translation>[Ǫûéûéđ åñđ ƒåîļéđ ɱéššåĝéš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>[&amp;Åççöûñţš… ~~]</translation>
        </message>
        <message>
            <source>Sending accounts</source>
            <translation>[Šéñđîñĝ åççöûñţš ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>[&amp;Šéåŕçĥ ~]</translation>
        </message>
        <message>
            <source>Search all mail</source>
            <translation>[Šéåŕçĥ åļļ ɱåîļ ~~~~]</translation>
        </message>
        <message>
            <source>Mark as &amp;unread</source>
            <translation>[Ṁåŕķ åš &amp;ûñŕéåđ ~~~~]</translation>
        </message>
        <message>
            <source>Mark the conversation's newest message unread, here and on the server</source>
            <translation>[Ṁåŕķ ţĥé çöñṽéŕšåţîöñ'š ñéŵéšţ ɱéššåĝé ûñŕéåđ, ĥéŕé åñđ öñ ţĥé šéŕṽéŕ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>[&amp;Đéļéţé ~]</translation>
        </message>
        <message>
            <source>Move the conversation to the Trash (Ctrl+Z brings it back)</source>
            <translation>[Ṁöṽé ţĥé çöñṽéŕšåţîöñ ţö ţĥé Ţŕåšĥ (Çţŕļ+Ž ƀŕîñĝš îţ ƀåçķ) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>[&amp;Ûñđö đéļéţé ~~~]</translation>
        </message>
        <message>
            <source>Bring back what was deleted last</source>
            <translation>[Ɓŕîñĝ ƀåçķ ŵĥåţ ŵåš đéļéţéđ ļåšţ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>[Åçţîöñš ~]</translation>
        </message>
        <message>
            <source>&amp;Expand all messages</source>
            <translation>[&amp;Éẋþåñđ åļļ ɱéššåĝéš ~~~~~~]</translation>
        </message>
        <message>
            <source>Open every message of the conversation</source>
            <translation>[Öþéñ éṽéŕý ɱéššåĝé öƒ ţĥé çöñṽéŕšåţîöñ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Drafts</source>
            <translation>[&amp;Đŕåƒţš ~]</translation>
        </message>
        <message>
            <source>Messages saved to finish later</source>
            <translation>[Ṁéššåĝéš šåṽéđ ţö ƒîñîšĥ ļåţéŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Trash…</source>
            <translation>[&amp;Ţŕåšĥ… ~]</translation>
        </message>
        <message>
            <source>Deleted conversations, to restore</source>
            <translation>[Đéļéţéđ çöñṽéŕšåţîöñš, ţö ŕéšţöŕé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Ǫûîţ ~]</translation>
        </message>
        <message>
            <source>Close Threadline</source>
            <translation>[Çļöšé Ţĥŕéåđļîñé ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>[&amp;Ķéýƀöåŕđ šĥöŕţçûţš ~~~~~~]</translation>
        </message>
        <message>
            <source>Every shortcut, in one list</source>
            <translation>[Éṽéŕý šĥöŕţçûţ, îñ öñé ļîšţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;About Threadline</source>
            <translation>[&amp;Åƀöûţ Ţĥŕéåđļîñé ~~~~~]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>[Ṽéŕšîöñ ~]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Ƒîļé ~]</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>[&amp;Éđîţ ~]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>[&amp;Ṽîéŵ ~]</translation>
        </message>
        <message>
            <source>&amp;Message</source>
            <translation>[&amp;Ṁéššåĝé ~]</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>[&amp;Ţööļš ~]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Ĥéļþ ~]</translation>
        </message>
        <message>
            <source>From the search box into the results</source>
            <translation>[Ƒŕöɱ ţĥé šéåŕçĥ ƀöẋ îñţö ţĥé ŕéšûļţš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>[Çļéåŕ ţĥé šéåŕçĥ ~~~~]</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>[Ķéýƀöåŕđ šĥöŕţçûţš ~~~~~]</translation>
        </message>
        <message>
            <source>A desktop mail composer whose messages land in the right conversation.</source>
            <translation>[Å đéšķţöþ ɱåîļ çöɱþöšéŕ ŵĥöšé ɱéššåĝéš ļåñđ îñ ţĥé ŕîĝĥţ çöñṽéŕšåţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>[Åƀöûţ {app} ~~]</translation>
        </message>
        <message>
            <source>Reply to the mailing list (Ctrl+L)</source>
            <translation>[Ŕéþļý ţö ţĥé ɱåîļîñĝ ļîšţ (Çţŕļ+Ļ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reply to list: this conversation's newest message names no mailing list</source>
            <translation>[Ŕéþļý ţö ļîšţ: ţĥîš çöñṽéŕšåţîöñ'š ñéŵéšţ ɱéššåĝé ñåɱéš ñö ɱåîļîñĝ ļîšţ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message>
            <source>Marked as unread.</source>
            <translation>[Ṁåŕķéđ åš ûñŕéåđ. ~~~~~]</translation>
        </message>
        <message>
            <source>Conversation moved to Trash.</source>
            <translation>[Çöñṽéŕšåţîöñ ɱöṽéđ ţö Ţŕåšĥ. ~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n cop(ies) on the server go to its Trash folder at the next sync.</source>
            <translation>
                <numerusform>[%n çöþ(îéš) öñ ţĥé šéŕṽéŕ ĝö ţö îţš Ţŕåšĥ ƒöļđéŕ åţ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n çöþ(îéš) öñ ţĥé šéŕṽéŕ ĝö ţö îţš Ţŕåšĥ ƒöļđéŕ åţ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) restored.</source>
            <translation>
                <numerusform>[%n ɱéššåĝé(š) ŕéšţöŕéđ. ~~~~~~~]</numerusform>
                <numerusform>[%n ɱéššåĝé(š) ŕéšţöŕéđ. ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>It comes back from the server's Trash at the next sync.</source>
            <translation>[Îţ çöɱéš ƀåçķ ƒŕöɱ ţĥé šéŕṽéŕ'š Ţŕåšĥ åţ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>[Ñöţĥîñĝ ţö ûñđö. ~~~~]</translation>
        </message>
        <message>
            <source>Link to {target}</source>
            <translation>[Ļîñķ ţö {target} ~~~~]</translation>
        </message>
        <message>
            <source>Drafts ({count})</source>
            <translation>[Đŕåƒţš ({count}) ~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n unsent draft(s) wait in Drafts.</source>
            <translation>
                <numerusform>[%n ûñšéñţ đŕåƒţ(š) ŵåîţ îñ Đŕåƒţš. ~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ûñšéñţ đŕåƒţ(š) ŵåîţ îñ Đŕåƒţš. ~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) match “{query}”.</source>
            <translation>
                <numerusform>[%n çöñṽéŕšåţîöñ(š) ɱåţçĥ “{query}”. ~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n çöñṽéŕšåţîöñ(š) ɱåţçĥ “{query}”. ~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Search failed</source>
            <translation>[Šéåŕçĥ ƒåîļéđ ~~~]</translation>
        </message>
        <message>
            <source>Add a sending account first.</source>
            <translation>[Åđđ å šéñđîñĝ åççöûñţ ƒîŕšţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>On {date}, {sender} wrote:</source>
            <translation>[Öñ {date}, {sender} ŵŕöţé: ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{sender} wrote:</source>
            <translation>[{sender} ŵŕöţé: ~~~~]</translation>
        </message>
        <message>
            <source>Cannot reply</source>
            <translation>[Çåññöţ ŕéþļý ~~~]</translation>
        </message>
        <message>
            <source>Scheduled for {when}. It waits in the Outbox until then.</source>
            <translation>[Šçĥéđûļéđ ƒöŕ {when}. Îţ ŵåîţš îñ ţĥé Öûţƀöẋ ûñţîļ ţĥéñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sending “{subject}” in {seconds} s</source>
            <translation>[Šéñđîñĝ “{subject}” îñ {seconds} š ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too late to undo: the message is being sent.</source>
            <translation>[Ţöö ļåţé ţö ûñđö: ţĥé ɱéššåĝé îš ƀéîñĝ šéñţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sending undone.</source>
            <translation>[Šéñđîñĝ ûñđöñé. ~~~~]</translation>
        </message>
        <message>
            <source>It is being sent right now; it cannot change.</source>
            <translation>[Îţ îš ƀéîñĝ šéñţ ŕîĝĥţ ñöŵ; îţ çåññöţ çĥåñĝé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>“{subject}” was sent.</source>
            <translation>[“{subject}” ŵåš šéñţ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>[Šéñţ. ~]</translation>
        </message>
        <message>
            <source>Not sent yet: {error} Next try at {time} (see the Outbox).</source>
            <translation>[Ñöţ šéñţ ýéţ: {error} Ñéẋţ ţŕý åţ {time} (šéé ţĥé Öûţƀöẋ). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>“{subject}” was refused: {error}</source>
            <translation>[“{subject}” ŵåš ŕéƒûšéđ: {error} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>“{subject}” was not sent: {error} It stays in the Outbox, where you can retry or delete it.</source>
            <translation>[“{subject}” ŵåš ñöţ šéñţ: {error} Îţ šţåýš îñ ţĥé Öûţƀöẋ, ŵĥéŕé ýöû çåñ ŕéţŕý öŕ đéļéţé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Message not sent</source>
            <translation>[Ṁéššåĝé ñöţ šéñţ ~~~~]</translation>
        </message>
        <message>
            <source>Import mail: .eml or mbox files (Maildir: Import folder…)</source>
            <translation>[Îɱþöŕţ ɱåîļ: .éɱļ öŕ ɱƀöẋ ƒîļéš (Ṁåîļđîŕ: Îɱþöŕţ ƒöļđéŕ…) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Importing mail…</source>
            <translation>[Îɱþöŕţîñĝ ɱåîļ… ~~~~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çåñçéļ ~]</translation>
        </message>
        <message numerus="yes">
            <source>Importing mail… %n message(s)</source>
            <translation>
                <numerusform>[Îɱþöŕţîñĝ ɱåîļ… %n ɱéššåĝé(š) ~~~~~~~~~~]</numerusform>
                <numerusform>[Îɱþöŕţîñĝ ɱåîļ… %n ɱéššåĝé(š) ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>[Îɱþöŕţ ƒåîļéđ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>MessageCard</name>
        <message>
            <source>sent by you</source>
            <translation>[šéñţ ƀý ýöû ~~]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[Ƒŕöɱ ~]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Đåţé ~]</translation>
        </message>
        <message>
            <source>Message from {sender}</source>
            <translation>[Ṁéššåĝé ƒŕöɱ {sender} ~~~~~~]</translation>
        </message>
        <message>
            <source>To: {addresses}</source>
            <translation>[Ţö: {addresses} ~~~~]</translation>
        </message>
        <message>
            <source>Cc: {addresses}</source>
            <translation>[Çç: {addresses} ~~~~]</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>[Ŕéçîþîéñţš ~~]</translation>
        </message>
        <message>
            <source>Show quoted text</source>
            <translation>[Šĥöŵ ǫûöţéđ ţéẋţ ~~~~]</translation>
        </message>
        <message>
            <source>In reply to {sender}, {date}</source>
            <translation>[Îñ ŕéþļý ţö {sender}, {date} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In reply to</source>
            <translation>[Îñ ŕéþļý ţö ~~]</translation>
        </message>
        <message>
            <source>Hide quoted text</source>
            <translation>[Ĥîđé ǫûöţéđ ţéẋţ ~~~~]</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>[Ŕéþļý ~]</translation>
        </message>
        <message>
            <source>Reply to {sender}, to this message</source>
            <translation>[Ŕéþļý ţö {sender}, ţö ţĥîš ɱéššåĝé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reply all</source>
            <translation>[Ŕéþļý åļļ ~~]</translation>
        </message>
        <message>
            <source>Reply to everyone on this message</source>
            <translation>[Ŕéþļý ţö éṽéŕýöñé öñ ţĥîš ɱéššåĝé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>[Ƒöŕŵåŕđ ~]</translation>
        </message>
        <message>
            <source>Forward this message</source>
            <translation>[Ƒöŕŵåŕđ ţĥîš ɱéššåĝé ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OAuthSection</name>
        <message>
            <source>Not signed in</source>
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
        <name>Reader</name>
        <message>
            <source>{day} {date}, {time}</source>
            <translation>[{day} {date}, {time} ~~~~~~]</translation>
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
        <name>SendLaterDialog</name>
        <message>
            <source>Send later</source>
            <translation>[Šéñđ ļåţéŕ ~~]</translation>
        </message>
        <message>
            <source>Send at</source>
            <translation>[Šéñđ åţ ~]</translation>
        </message>
        <message>
            <source>Tomorrow morning</source>
            <translation>[Ţöɱöŕŕöŵ ɱöŕñîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>Monday morning</source>
            <translation>[Ṁöñđåý ɱöŕñîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>{label} ({when})</source>
            <translation>[{label} ({when}) ~~~~]</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>[Šçĥéđûļé ~]</translation>
        </message>
        <message>
            <source>Send this message at:</source>
            <translation>[Šéñđ ţĥîš ɱéššåĝé åţ: ~~~~~~]</translation>
        </message>
        <message>
            <source>That time has passed; choose a time to come.</source>
            <translation>[Ţĥåţ ţîɱé ĥåš þåššéđ; çĥööšé å ţîɱé ţö çöɱé. ~~~~~~~~~~~~~~~~]</translation>
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
        <name>ThreadView</name>
        <message>
            <source>Expand all</source>
            <translation>[Éẋþåñđ åļļ ~~]</translation>
        </message>
        <message>
            <source>Expand all messages</source>
            <translation>[Éẋþåñđ åļļ ɱéššåĝéš ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more message(s)</source>
            <translation>
                <numerusform>[Šĥöŵ %n ɱöŕé ɱéššåĝé(š) ~~~~~~~]</numerusform>
                <numerusform>[Šĥöŵ %n ɱöŕé ɱéššåĝé(š) ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Show more messages</source>
            <translation>[Šĥöŵ ɱöŕé ɱéššåĝéš ~~~~~]</translation>
        </message>
        <message>
            <source>Open this link?</source>
            <translation>[Öþéñ ţĥîš ļîñķ? ~~~~]</translation>
        </message>
        <message>
            <source>The link says “{text}” but leads to another place:

{href}

Open it only if you trust where it goes.</source>
            <translation>[Ţĥé ļîñķ šåýš “{text}” ƀûţ ļéåđš ţö åñöţĥéŕ þļåçé:

{href}

Öþéñ îţ öñļý îƒ ýöû ţŕûšţ ŵĥéŕé îţ ĝöéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open {where}</source>
            <translation>[Öþéñ {where} ~~~]</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>[Ţŕåšĥ ~]</translation>
        </message>
        <message>
            <source>Deleted conversations</source>
            <translation>[Đéļéţéđ çöñṽéŕšåţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>[Šûƀĵéçţ ~]</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>[Ṁéššåĝéš ~]</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>[Đéļéţéđ ~]</translation>
        </message>
        <message>
            <source>The Trash is empty.</source>
            <translation>[Ţĥé Ţŕåšĥ îš éɱþţý. ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>[&amp;Ŕéšţöŕé ~]</translation>
        </message>
        <message>
            <source>Put the selected conversations back</source>
            <translation>[Þûţ ţĥé šéļéçţéđ çöñṽéŕšåţîöñš ƀåçķ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) restored.</source>
            <translation>
                <numerusform>[%n ɱéššåĝé(š) ŕéšţöŕéđ. ~~~~~~~]</numerusform>
                <numerusform>[%n ɱéššåĝé(š) ŕéšţöŕéđ. ~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UndoNote</name>
        <message>
            <source>Undo</source>
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
    <context>
        <name>account_check</name>
        <message>
            <source>Sending (SMTP)</source>
            <translation>[Šéñđîñĝ (ŠṀŢÞ) ~~~~]</translation>
        </message>
        <message>
            <source>{host} answered '{greeting}'; no sign-in needed.</source>
            <translation>[{host} åñšŵéŕéđ '{greeting}'; ñö šîĝñ-îñ ñééđéđ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} answered '{greeting}'; login accepted.</source>
            <translation>[{host} åñšŵéŕéđ '{greeting}'; ļöĝîñ åççéþţéđ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Receiving (IMAP)</source>
            <translation>[Ŕéçéîṽîñĝ (ÎṀÅÞ) ~~~~]</translation>
        </message>
        <message>
            <source>no folders</source>
            <translation>[ñö ƒöļđéŕš ~~]</translation>
        </message>
        <message>
            <source>{host} answered '{greeting}'; no sign-in needed; syncs {folders}.</source>
            <translation>[{host} åñšŵéŕéđ '{greeting}'; ñö šîĝñ-îñ ñééđéđ; šýñçš {folders}. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} answered '{greeting}'; login accepted; syncs {folders}.</source>
            <translation>[{host} åñšŵéŕéđ '{greeting}'; ļöĝîñ åççéþţéđ; šýñçš {folders}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No Sent folder was found, so sent mail cannot be filed there.</source>
            <translation>[Ñö Šéñţ ƒöļđéŕ ŵåš ƒöûñđ, šö šéñţ ɱåîļ çåññöţ ƀé ƒîļéđ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>account_problems</name>
        <message>
            <source>'{host}' is not a server name: no spaces.</source>
            <translation>['{host}' îš ñöţ å šéŕṽéŕ ñåɱé: ñö šþåçéš. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{port} is not a port number (1-65535).</source>
            <translation>[{port} îš ñöţ å þöŕţ ñûɱƀéŕ (1-65535). ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter the address mail goes out from, e.g. ann@example.org.</source>
            <translation>[Éñţéŕ ţĥé åđđŕéšš ɱåîļ ĝöéš öûţ ƒŕöɱ, é.ĝ. åññ@éẋåɱþļé.öŕĝ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{alias} is given twice among the account's addresses.</source>
            <translation>[{alias} îš ĝîṽéñ ţŵîçé åɱöñĝ ţĥé åççöûñţ'š åđđŕéššéš. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter the server mail goes out through, e.g. smtp.example.org.</source>
            <translation>[Éñţéŕ ţĥé šéŕṽéŕ ɱåîļ ĝöéš öûţ ţĥŕöûĝĥ, é.ĝ. šɱţþ.éẋåɱþļé.öŕĝ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mail to {host} cannot go unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
            <translation>[Ṁåîļ ţö {host} çåññöţ ĝö ûñéñçŕýþţéđ: çĥööšé ŢĻŠ öŕ ŠŢÅŔŢŢĻŠ (öñļý å šéŕṽéŕ öñ ţĥîš çöɱþûţéŕ ɱåý ĝö ŵîţĥöûţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mail from {host} cannot come unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
            <translation>[Ṁåîļ ƒŕöɱ {host} çåññöţ çöɱé ûñéñçŕýþţéđ: çĥööšé ŢĻŠ öŕ ŠŢÅŔŢŢĻŠ (öñļý å šéŕṽéŕ öñ ţĥîš çöɱþûţéŕ ɱåý ĝö ŵîţĥöûţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sign-in must be one of {choices}.</source>
            <translation>[Šîĝñ-îñ ɱûšţ ƀé öñé öƒ {choices}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter the user name for signing in (often the address).</source>
            <translation>[Éñţéŕ ţĥé ûšéŕ ñåɱé ƒöŕ šîĝñîñĝ îñ (öƒţéñ ţĥé åđđŕéšš). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Security must be one of {choices}.</source>
            <translation>[Šéçûŕîţý ɱûšţ ƀé öñé öƒ {choices}. ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>account_setup</name>
        <message>
            <source>There is no domain to ask in that address.</source>
            <translation>[Ţĥéŕé îš ñö đöɱåîñ ţö åšķ îñ ţĥåţ åđđŕéšš. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{domain}'s own configuration</source>
            <translation>[{domain}'š öŵñ çöñƒîĝûŕåţîöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the DNS records of {domain}</source>
            <translation>[ţĥé ĐÑŠ ŕéçöŕđš öƒ {domain} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Thunderbird's database</source>
            <translation>[Ţĥûñđéŕƀîŕđ'š đåţåƀåšé ~~~~~~~]</translation>
        </message>
        <message>
            <source>{url}: no IMAP or SMTP server Threadline can use.</source>
            <translation>[{url}: ñö ÎṀÅÞ öŕ ŠṀŢÞ šéŕṽéŕ Ţĥŕéåđļîñé çåñ ûšé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It names no SMTP server Threadline can use: fill in the sending server.</source>
            <translation>[Îţ ñåɱéš ñö ŠṀŢÞ šéŕṽéŕ Ţĥŕéåđļîñé çåñ ûšé: ƒîļļ îñ ţĥé šéñđîñĝ šéŕṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It names no IMAP server: without one the account only sends.</source>
            <translation>[Îţ ñåɱéš ñö ÎṀÅÞ šéŕṽéŕ: ŵîţĥöûţ öñé ţĥé åççöûñţ öñļý šéñđš. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It says the servers sign in without a password (OAuth2 or none): Threadline signs in with OAuth2 only for the providers set up in Sign-in.</source>
            <translation>[Îţ šåýš ţĥé šéŕṽéŕš šîĝñ îñ ŵîţĥöûţ å þåššŵöŕđ (ÖÅûţĥ2 öŕ ñöñé): Ţĥŕéåđļîñé šîĝñš îñ ŵîţĥ ÖÅûţĥ2 öñļý ƒöŕ ţĥé þŕöṽîđéŕš šéţ ûþ îñ Šîĝñ-îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>DNS: no mail server records ({names}).</source>
            <translation>[ĐÑŠ: ñö ɱåîļ šéŕṽéŕ ŕéçöŕđš ({names}). ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The DNS points outside {domain} ({hosts}): use these servers only if your provider runs them.</source>
            <translation>[Ţĥé ĐÑŠ þöîñţš öûţšîđé {domain} ({hosts}): ûšé ţĥéšé šéŕṽéŕš öñļý îƒ ýöûŕ þŕöṽîđéŕ ŕûñš ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no record of an SMTP server: fill in the sending server.</source>
            <translation>[Ţĥéŕé îš ñö ŕéçöŕđ öƒ åñ ŠṀŢÞ šéŕṽéŕ: ƒîļļ îñ ţĥé šéñđîñĝ šéŕṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no encryption</source>
            <translation>[ñö éñçŕýþţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Settings from {where}: sending through {smtp} and incoming mail from {imap}.</source>
            <translation>[Šéţţîñĝš ƒŕöɱ {where}: šéñđîñĝ ţĥŕöûĝĥ {smtp} åñđ îñçöɱîñĝ ɱåîļ ƒŕöɱ {imap}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Settings from {where}: sending through {smtp}.</source>
            <translation>[Šéţţîñĝš ƒŕöɱ {where}: šéñđîñĝ ţĥŕöûĝĥ {smtp}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Settings from {where}: incoming mail from {imap}.</source>
            <translation>[Šéţţîñĝš ƒŕöɱ {where}: îñçöɱîñĝ ɱåîļ ƒŕöɱ {imap}. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Settings from {where}.</source>
            <translation>[Šéţţîñĝš ƒŕöɱ {where}. ~~~~~~~]</translation>
        </message>
        <message>
            <source>User name: {name}.</source>
            <translation>[Ûšéŕ ñåɱé: {name}. ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>account_store</name>
        <message>
            <source>{host} is not a server name.</source>
            <translation>[{host} îš ñöţ å šéŕṽéŕ ñåɱé. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{port} is not a port number (1-65535).</source>
            <translation>[{port} îš ñöţ å þöŕţ ñûɱƀéŕ (1-65535). ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Security must be one of {choices}.</source>
            <translation>[Šéçûŕîţý ɱûšţ ƀé öñé öƒ {choices}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Authentication must be one of {choices}.</source>
            <translation>[Åûţĥéñţîçåţîöñ ɱûšţ ƀé öñé öƒ {choices}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sending without encryption is only allowed to a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
            <translation>[Šéñđîñĝ ŵîţĥöûţ éñçŕýþţîöñ îš öñļý åļļöŵéđ ţö å šéŕṽéŕ öñ ţĥîš çöɱþûţéŕ (127.0.0.1). Çĥööšé ŢĻŠ öŕ ŠŢÅŔŢŢĻŠ ƒöŕ öţĥéŕ šéŕṽéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Password authentication needs a user name.</source>
            <translation>[Þåššŵöŕđ åûţĥéñţîçåţîöñ ñééđš å ûšéŕ ñåɱé. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{alias} is given twice among the account's addresses.</source>
            <translation>[{alias} îš ĝîṽéñ ţŵîçé åɱöñĝ ţĥé åççöûñţ'š åđđŕéššéš. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Receiving without encryption is only allowed from a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
            <translation>[Ŕéçéîṽîñĝ ŵîţĥöûţ éñçŕýþţîöñ îš öñļý åļļöŵéđ ƒŕöɱ å šéŕṽéŕ öñ ţĥîš çöɱþûţéŕ (127.0.0.1). Çĥööšé ŢĻŠ öŕ ŠŢÅŔŢŢĻŠ ƒöŕ öţĥéŕ šéŕṽéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no account {account}.</source>
            <translation>[Ţĥéŕé îš ñö åççöûñţ {account}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no sending account yet. Add one with 'threadline accounts add'.</source>
            <translation>[Ţĥéŕé îš ñö šéñđîñĝ åççöûñţ ýéţ. Åđđ öñé ŵîţĥ 'ţĥŕéåđļîñé åççöûñţš åđđ'. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There are several accounts; choose one with --account: {accounts}</source>
            <translation>[Ţĥéŕé åŕé šéṽéŕåļ åççöûñţš; çĥööšé öñé ŵîţĥ --åççöûñţ: {accounts} ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no account {account}. Known accounts: {accounts}</source>
            <translation>[Ţĥéŕé îš ñö åççöûñţ {account}. Ķñöŵñ åççöûñţš: {accounts} ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>The account still has %n message(s) in the outbox. Send or delete it/them first.</source>
            <translation>
                <numerusform>[Ţĥé åççöûñţ šţîļļ ĥåš %n ɱéššåĝé(š) îñ ţĥé öûţƀöẋ. Šéñđ öŕ đéļéţé îţ/ţĥéɱ ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ţĥé åççöûñţ šţîļļ ĥåš %n ɱéššåĝé(š) îñ ţĥé öûţƀöẋ. Šéñđ öŕ đéļéţé îţ/ţĥéɱ ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>accounts_command</name>
        <message>
            <source>default: unchanged</source>
            <translation>[đéƒåûļţ: ûñçĥåñĝéđ ~~~~~]</translation>
        </message>
        <message>
            <source>SMTP server, e.g. smtp.example.org</source>
            <translation>[ŠṀŢÞ šéŕṽéŕ, é.ĝ. šɱţþ.éẋåɱþļé.öŕĝ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>IMAP server the account's mail comes from, e.g. imap.example.org</source>
            <translation>[ÎṀÅÞ šéŕṽéŕ ţĥé åççöûñţ'š ɱåîļ çöɱéš ƒŕöɱ, é.ĝ. îɱåþ.éẋåɱþļé.öŕĝ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: unchanged</source>
            <translation>[ţļš (îɱþļîçîţ, þöŕţ 465), šţåŕţţļš (þöŕţ 587), ñöñé (öñļý ţö 127.0.0.1); đéƒåûļţ: ûñçĥåñĝéđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: unchanged</source>
            <translation>[ţļš (îɱþļîçîţ, þöŕţ 993), šţåŕţţļš (þöŕţ 143), ñöñé (öñļý ƒŕöɱ 127.0.0.1); đéƒåûļţ: ûñçĥåñĝéđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>file a copy of each sent message in the IMAP server's Sent folder (default: unchanged, or as for a new account when the first incoming server is given)</source>
            <translation>[ƒîļé å çöþý öƒ éåçĥ šéñţ ɱéššåĝé îñ ţĥé ÎṀÅÞ šéŕṽéŕ'š Šéñţ ƒöļđéŕ (đéƒåûļţ: ûñçĥåñĝéđ, öŕ åš ƒöŕ å ñéŵ åççöûñţ ŵĥéñ ţĥé ƒîŕšţ îñçöɱîñĝ šéŕṽéŕ îš ĝîṽéñ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>SMTP server, e.g. smtp.example.org (preset for known providers and with --oauth)</source>
            <translation>[ŠṀŢÞ šéŕṽéŕ, é.ĝ. šɱţþ.éẋåɱþļé.öŕĝ (þŕéšéţ ƒöŕ ķñöŵñ þŕöṽîđéŕš åñđ ŵîţĥ --öåûţĥ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>IMAP server the account's mail comes from, e.g. imap.example.org (preset for known providers and with --oauth)</source>
            <translation>[ÎṀÅÞ šéŕṽéŕ ţĥé åççöûñţ'š ɱåîļ çöɱéš ƒŕöɱ, é.ĝ. îɱåþ.éẋåɱþļé.öŕĝ (þŕéšéţ ƒöŕ ķñöŵñ þŕöṽîđéŕš åñđ ŵîţĥ --öåûţĥ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: the preset's, else starttls</source>
            <translation>[ţļš (îɱþļîçîţ, þöŕţ 465), šţåŕţţļš (þöŕţ 587), ñöñé (öñļý ţö 127.0.0.1); đéƒåûļţ: ţĥé þŕéšéţ'š, éļšé šţåŕţţļš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: the preset's, else tls</source>
            <translation>[ţļš (îɱþļîçîţ, þöŕţ 993), šţåŕţţļš (þöŕţ 143), ñöñé (öñļý ƒŕöɱ 127.0.0.1); đéƒåûļţ: ţĥé þŕéšéţ'š, éļšé ţļš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>file a copy of each sent message in the IMAP server's Sent folder (default: yes, except where the SMTP server files it itself, as Gmail and Microsoft do)</source>
            <translation>[ƒîļé å çöþý öƒ éåçĥ šéñţ ɱéššåĝé îñ ţĥé ÎṀÅÞ šéŕṽéŕ'š Šéñţ ƒöļđéŕ (đéƒåûļţ: ýéš, éẋçéþţ ŵĥéŕé ţĥé ŠṀŢÞ šéŕṽéŕ ƒîļéš îţ îţšéļƒ, åš Ĝɱåîļ åñđ Ṁîçŕöšöƒţ đö) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>default: 465 for tls, 587 for starttls</source>
            <translation>[đéƒåûļţ: 465 ƒöŕ ţļš, 587 ƒöŕ šţåŕţţļš ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>default: 993 for tls, 143 for starttls</source>
            <translation>[đéƒåûļţ: 993 ƒöŕ ţļš, 143 ƒöŕ šţåŕţţļš ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no incoming server: the account only sends (also at a known provider)</source>
            <translation>[ñö îñçöɱîñĝ šéŕṽéŕ: ţĥé åççöûñţ öñļý šéñđš (åļšö åţ å ķñöŵñ þŕöṽîđéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>add, edit, list, test or remove accounts (sending and receiving)</source>
            <translation>[åđđ, éđîţ, ļîšţ, ţéšţ öŕ ŕéɱöṽé åççöûñţš (šéñđîñĝ åñđ ŕéçéîṽîñĝ) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>add an account (the password goes to the keyring)</source>
            <translation>[åđđ åñ åççöûñţ (ţĥé þåššŵöŕđ ĝöéš ţö ţĥé ķéýŕîñĝ) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the From address, e.g. ann@example.org</source>
            <translation>[ţĥé Ƒŕöɱ åđđŕéšš, é.ĝ. åññ@éẋåɱþļé.öŕĝ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>display name, e.g. 'Ann Example'</source>
            <translation>[đîšþļåý ñåɱé, é.ĝ. 'Åññ Éẋåɱþļé' ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>login name (default: the address)</source>
            <translation>[ļöĝîñ ñåɱé (đéƒåûļţ: ţĥé åđđŕéšš) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>another address this account sends as (repeat for more); replies to mail sent to it go from it</source>
            <translation>[åñöţĥéŕ åđđŕéšš ţĥîš åççöûñţ šéñđš åš (ŕéþéåţ ƒöŕ ɱöŕé); ŕéþļîéš ţö ɱåîļ šéñţ ţö îţ ĝö ƒŕöɱ îţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the server needs no login</source>
            <translation>[ţĥé šéŕṽéŕ ñééđš ñö ļöĝîñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>[ŕéåđ ţĥé þåššŵöŕđ ƒŕöɱ šţåñđåŕđ îñþûţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>sign in with OAuth2 instead of a password: google, microsoft or a configured one</source>
            <translation>[šîĝñ îñ ŵîţĥ ÖÅûţĥ2 îñšţéåđ öƒ å þåššŵöŕđ: ĝööĝļé, ɱîçŕöšöƒţ öŕ å çöñƒîĝûŕéđ öñé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>sign an OAuth2 account in again (browser)</source>
            <translation>[šîĝñ åñ ÖÅûţĥ2 åççöûñţ îñ åĝåîñ (ƀŕöŵšéŕ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>id, address or name</source>
            <translation>[îđ, åđđŕéšš öŕ ñåɱé ~~~~~~]</translation>
        </message>
        <message>
            <source>forget an OAuth2 account's tokens</source>
            <translation>[ƒöŕĝéţ åñ ÖÅûţĥ2 åççöûñţ'š ţöķéñš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>change an account's servers or name; only what is given changes</source>
            <translation>[çĥåñĝé åñ åççöûñţ'š šéŕṽéŕš öŕ ñåɱé; öñļý ŵĥåţ îš ĝîṽéñ çĥåñĝéš ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>display name</source>
            <translation>[đîšþļåý ñåɱé ~~~]</translation>
        </message>
        <message>
            <source>login name</source>
            <translation>[ļöĝîñ ñåɱé ~~]</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>[ļîšţ åççöûñţš ~~~]</translation>
        </message>
        <message>
            <source>connect and log in, without sending anything</source>
            <translation>[çöññéçţ åñđ ļöĝ îñ, ŵîţĥöûţ šéñđîñĝ åñýţĥîñĝ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>id, address or name (default: the only one)</source>
            <translation>[îđ, åđđŕéšš öŕ ñåɱé (đéƒåûļţ: ţĥé öñļý öñé) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>remove an account and its password</source>
            <translation>[ŕéɱöṽé åñ åççöûñţ åñđ îţš þåššŵöŕđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The password on standard input is not UTF-8 text; mail servers take passwords in UTF-8 (RFC 4616). Pass it in UTF-8.</source>
            <translation>[Ţĥé þåššŵöŕđ öñ šţåñđåŕđ îñþûţ îš ñöţ ÛŢƑ-8 ţéẋţ; ɱåîļ šéŕṽéŕš ţåķé þåššŵöŕđš îñ ÛŢƑ-8 (ŔƑÇ 4616). Þåšš îţ îñ ÛŢƑ-8. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Password (stored in the system keyring): </source>
            <translation>[Þåššŵöŕđ (šţöŕéđ îñ ţĥé šýšţéɱ ķéýŕîñĝ):  ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
            <translation>[Ñö ţéŕɱîñåļ ţö åšķ ƒöŕ ţĥé þåššŵöŕđ: þåšš îţ öñ šţåñđåŕđ îñþûţ ŵîţĥ --þåššŵöŕđ-šţđîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>[Ţĥé þåššŵöŕđ îš éɱþţý. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Sign in to {provider} in your browser. If it does not open, visit:</source>
            <translation>[Šîĝñ îñ ţö {provider} îñ ýöûŕ ƀŕöŵšéŕ. Îƒ îţ đöéš ñöţ öþéñ, ṽîšîţ: ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Signed in as {address}.</source>
            <translation>[Šîĝñéđ îñ åš {address}. ~~~~~~~]</translation>
        </message>
        <message>
            <source>{address} uses a password, not OAuth2 sign-in.</source>
            <translation>[{address} ûšéš å þåššŵöŕđ, ñöţ ÖÅûţĥ2 šîĝñ-îñ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Signed out {address}; its tokens were removed from the keyring.</source>
            <translation>[Šîĝñéđ öûţ {address}; îţš ţöķéñš ŵéŕé ŕéɱöṽéđ ƒŕöɱ ţĥé ķéýŕîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--host is empty: give the SMTP server's name.</source>
            <translation>[--ĥöšţ îš éɱþţý: ĝîṽé ţĥé ŠṀŢÞ šéŕṽéŕ'š ñåɱé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--imap-host is empty: give the IMAP server's name, or --no-imap for an account that only sends.</source>
            <translation>[--îɱåþ-ĥöšţ îš éɱþţý: ĝîṽé ţĥé ÎṀÅÞ šéŕṽéŕ'š ñåɱé, öŕ --ñö-îɱåþ ƒöŕ åñ åççöûñţ ţĥåţ öñļý šéñđš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--no-imap cannot go with --imap-host, --imap-port or --imap-security.</source>
            <translation>[--ñö-îɱåþ çåññöţ ĝö ŵîţĥ --îɱåþ-ĥöšţ, --îɱåþ-þöŕţ öŕ --îɱåþ-šéçûŕîţý. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Give the SMTP server with --host (for example {host}), or use --oauth PROVIDER.</source>
            <translation>[Ĝîṽé ţĥé ŠṀŢÞ šéŕṽéŕ ŵîţĥ --ĥöšţ (ƒöŕ éẋåɱþļé {host}), öŕ ûšé --öåûţĥ ÞŔÖṼÎĐÉŔ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Give the SMTP server with --host, or use --oauth PROVIDER.</source>
            <translation>[Ĝîṽé ţĥé ŠṀŢÞ šéŕṽéŕ ŵîţĥ --ĥöšţ, öŕ ûšé --öåûţĥ ÞŔÖṼÎĐÉŔ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--imap-port and --imap-security need --imap-host: there is no preset for {address}.</source>
            <translation>[--îɱåþ-þöŕţ åñđ --îɱåþ-šéçûŕîţý ñééđ --îɱåþ-ĥöšţ: ţĥéŕé îš ñö þŕéšéţ ƒöŕ {address}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{server} ({provider} preset)</source>
            <translation>[{server} ({provider} þŕéšéţ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sending through {smtp}, receiving nothing (send only).</source>
            <translation>[Šéñđîñĝ ţĥŕöûĝĥ {smtp}, ŕéçéîṽîñĝ ñöţĥîñĝ (šéñđ öñļý). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sending through {smtp}, receiving from {imap}.</source>
            <translation>[Šéñđîñĝ ţĥŕöûĝĥ {smtp}, ŕéçéîṽîñĝ ƒŕöɱ {imap}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} files sent mail in the Sent folder itself, so Threadline adds no copy there (--save-sent changes that).</source>
            <translation>[{host} ƒîļéš šéñţ ɱåîļ îñ ţĥé Šéñţ ƒöļđéŕ îţšéļƒ, šö Ţĥŕéåđļîñé åđđš ñö çöþý ţĥéŕé (--šåṽé-šéñţ çĥåñĝéš ţĥåţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Added {account} ({id}).</source>
            <translation>[Åđđéđ {account} ({id}). ~~~~~~~]</translation>
        </message>
        <message>
            <source>{address} has no incoming server: give --imap-host too.</source>
            <translation>[{address} ĥåš ñö îñçöɱîñĝ šéŕṽéŕ: ĝîṽé --îɱåþ-ĥöšţ ţöö. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing to change: give the settings to change, e.g. --imap-host imap.example.org.</source>
            <translation>[Ñöţĥîñĝ ţö çĥåñĝé: ĝîṽé ţĥé šéţţîñĝš ţö çĥåñĝé, é.ĝ. --îɱåþ-ĥöšţ îɱåþ.éẋåɱþļé.öŕĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing changed: {account}</source>
            <translation>[Ñöţĥîñĝ çĥåñĝéđ: {account} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Changed: {account}</source>
            <translation>[Çĥåñĝéđ: {account} ~~~~~]</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no login</comment>
            <translation>[ñöñé ~]</translation>
        </message>
        <message>
            <source>login: {login}</source>
            <translation>[ļöĝîñ: {login} ~~~~]</translation>
        </message>
        <message>
            <source>also sends as: {addresses}</source>
            <translation>[åļšö šéñđš åš: {addresses} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>incoming: {server}</source>
            <translation>[îñçöɱîñĝ: {server} ~~~~~]</translation>
        </message>
        <message>
            <source>save sent: yes</source>
            <translation>[šåṽé šéñţ: ýéš ~~~~]</translation>
        </message>
        <message>
            <source>save sent: no</source>
            <translation>[šåṽé šéñţ: ñö ~~~]</translation>
        </message>
        <message>
            <source>OK: {side}: {text}</source>
            <translation>[ÖĶ: {side}: {text} ~~~~~]</translation>
        </message>
        <message>
            <source>FAILED: {side}: {text}</source>
            <translation>[ƑÅÎĻÉĐ: {side}: {text} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Removed {account}.</source>
            <translation>[Ŕéɱöṽéđ {account}. ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>addresses</name>
        <message>
            <source>the address</source>
            <translation>[ţĥé åđđŕéšš ~~]</translation>
        </message>
        <message>
            <source>{address} is not an e-mail address (it needs a name@domain).</source>
            <translation>[{address} îš ñöţ åñ é-ɱåîļ åđđŕéšš (îţ ñééđš å ñåɱé@đöɱåîñ). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{address} is not an e-mail address: the part before @ is invalid.</source>
            <translation>[{address} îš ñöţ åñ é-ɱåîļ åđđŕéšš: ţĥé þåŕţ ƀéƒöŕé @ îš îñṽåļîđ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{address} is not an e-mail address: {domain} is not a domain.</source>
            <translation>[{address} îš ñöţ åñ é-ɱåîļ åđđŕéšš: {domain} îš ñöţ å đöɱåîñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Expected one e-mail address, found {count} in {text}.</source>
            <translation>[Éẋþéçţéđ öñé é-ɱåîļ åđđŕéšš, ƒöûñđ {count} îñ {text}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the address list</source>
            <translation>[ţĥé åđđŕéšš ļîšţ ~~~~]</translation>
        </message>
        <message>
            <source>{entry} is not an e-mail address.</source>
            <translation>[{entry} îš ñöţ åñ é-ɱåîļ åđđŕéšš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{entry} is missing a closing '&gt;'.</source>
            <translation>[{entry} îš ɱîššîñĝ å çļöšîñĝ '&gt;'. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{entry} is not an e-mail address (write a name as 'Name &lt;name@domain&gt;').</source>
            <translation>[{entry} îš ñöţ åñ é-ɱåîļ åđđŕéšš (ŵŕîţé å ñåɱé åš 'Ñåɱé &lt;name@domain&gt;'). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>There is no graphical display to open the window on. Start Threadline from your desktop, or use the command line: 'threadline help' lists the commands.</source>
            <translation>[Ţĥéŕé îš ñö ĝŕåþĥîçåļ đîšþļåý ţö öþéñ ţĥé ŵîñđöŵ öñ. Šţåŕţ Ţĥŕéåđļîñé ƒŕöɱ ýöûŕ đéšķţöþ, öŕ ûšé ţĥé çöɱɱåñđ ļîñé: 'ţĥŕéåđļîñé ĥéļþ' ļîšţš ţĥé çöɱɱåñđš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>arguments</name>
        <message>
            <source>{value} is not a number from {least} up</source>
            <translation>[{value} îš ñöţ å ñûɱƀéŕ ƒŕöɱ {least} ûþ ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>Cannot attach {path}: {reason}.</source>
            <translation>[Çåññöţ åţţåçĥ {path}: {reason}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>[å ƒöļđéŕ ~]</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>[å ƑÎƑÖ (ñåɱéđ þîþé) ~~~~~~]</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>[å đéṽîçé ~]</translation>
        </message>
        <message>
            <source>a socket or other special file</source>
            <translation>[å šöçķéţ öŕ öţĥéŕ šþéçîåļ ƒîļé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot attach {path}: it is {kind}, not a regular file.</source>
            <translation>[Çåññöţ åţţåçĥ {path}: îţ îš {kind}, ñöţ å ŕéĝûļåŕ ƒîļé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot attach {path}: it is not a regular file.</source>
            <translation>[Çåññöţ åţţåçĥ {path}: îţ îš ñöţ å ŕéĝûļåŕ ƒîļé. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot attach {path}: it is {size}, more than the {limit} a message may carry here.</source>
            <translation>[Çåññöţ åţţåçĥ {path}: îţ îš {size}, ɱöŕé ţĥåñ ţĥé {limit} å ɱéššåĝé ɱåý çåŕŕý ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>autoconfig</name>
        <message>
            <source>{url} is not an HTTPS address; Threadline only asks over HTTPS.</source>
            <translation>[{url} îš ñöţ åñ ĤŢŢÞŠ åđđŕéšš; Ţĥŕéåđļîñé öñļý åšķš öṽéŕ ĤŢŢÞŠ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted ({reason}); nothing from it was used.</source>
            <translation>[Ţĥé çéŕţîƒîçåţé öƒ {host} îš ñöţ ţŕûšţéđ ({reason}); ñöţĥîñĝ ƒŕöɱ îţ ŵåš ûšéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The encrypted connection to {host} failed ({reason}).</source>
            <translation>[Ţĥé éñçŕýþţéđ çöññéçţîöñ ţö {host} ƒåîļéđ ({reason}). ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} does not exist.</source>
            <translation>[{host} đöéš ñöţ éẋîšţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} did not answer in time.</source>
            <translation>[{host} đîđ ñöţ åñšŵéŕ îñ ţîɱé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the connection.</source>
            <translation>[{host} ŕéƒûšéđ ţĥé çöññéçţîöñ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot reach {host} ({reason}).</source>
            <translation>[Çåññöţ ŕéåçĥ {host} ({reason}). ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} sent Threadline on to {url}, which is not HTTPS; nothing was fetched from there.</source>
            <translation>[{host} šéñţ Ţĥŕéåđļîñé öñ ţö {url}, ŵĥîçĥ îš ñöţ ĤŢŢÞŠ; ñöţĥîñĝ ŵåš ƒéţçĥéđ ƒŕöɱ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} has no autoconfig file there (HTTP {status}).</source>
            <translation>[{host} ĥåš ñö åûţöçöñƒîĝ ƒîļé ţĥéŕé (ĤŢŢÞ {status}). ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} redirected too often.</source>
            <translation>[{host} ŕéđîŕéçţéđ ţöö öƒţéñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} sent a file too large to be an autoconfig file.</source>
            <translation>[{host} šéñţ å ƒîļé ţöö ļåŕĝé ţö ƀé åñ åûţöçöñƒîĝ ƒîļé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>charsets</name>
        <message>
            <source>e.g. --charset latin-1 or --charset cp1252</source>
            <translation>[é.ĝ. --çĥåŕšéţ ļåţîñ-1 öŕ --çĥåŕšéţ çþ1252 ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--charset {charset} is not a character set Python knows ({example}).</source>
            <translation>[--çĥåŕšéţ {charset} îš ñöţ å çĥåŕåçţéŕ šéţ Þýţĥöñ ķñöŵš ({example}). ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{what} is not valid {charset} (byte 0x{byte} at position {position}); give its real encoding with --charset.</source>
            <translation>[{what} îš ñöţ ṽåļîđ {charset} (ƀýţé 0ẋ{byte} åţ þöšîţîöñ {position}); ĝîṽé îţš ŕéåļ éñçöđîñĝ ŵîţĥ --çĥåŕšéţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{what} is not UTF-8 (byte 0x{byte} at position {position}); give its encoding with --charset ({example}).</source>
            <translation>[{what} îš ñöţ ÛŢƑ-8 (ƀýţé 0ẋ{byte} åţ þöšîţîöñ {position}); ĝîṽé îţš éñçöđîñĝ ŵîţĥ --çĥåŕšéţ ({example}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the value of {option}</source>
            <translation>[ţĥé ṽåļûé öƒ {option} ~~~~~~]</translation>
        </message>
        <message>
            <source>The value of {option} is not valid text in this terminal's encoding (UTF-8 is expected); type it again in UTF-8, or give its encoding with --charset.</source>
            <translation>[Ţĥé ṽåļûé öƒ {option} îš ñöţ ṽåļîđ ţéẋţ îñ ţĥîš ţéŕɱîñåļ'š éñçöđîñĝ (ÛŢƑ-8 îš éẋþéçţéđ); ţýþé îţ åĝåîñ îñ ÛŢƑ-8, öŕ ĝîṽé îţš éñçöđîñĝ ŵîţĥ --çĥåŕšéţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The value of {option} is not valid text in this terminal's encoding (UTF-8 is expected); type it again in UTF-8.</source>
            <translation>[Ţĥé ṽåļûé öƒ {option} îš ñöţ ṽåļîđ ţéẋţ îñ ţĥîš ţéŕɱîñåļ'š éñçöđîñĝ (ÛŢƑ-8 îš éẋþéçţéđ); ţýþé îţ åĝåîñ îñ ÛŢƑ-8. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>{problem} (see '{command} --help').</source>
            <translation>[{problem} (šéé '{command} --ĥéļþ'). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>use the profile in DIR instead of the default one (also $THREADLINE_PROFILE)</source>
            <translation>[ûšé ţĥé þŕöƒîļé îñ ĐÎŔ îñšţéåđ öƒ ţĥé đéƒåûļţ öñé (åļšö $ŢĤŔÉÅĐĻÎÑÉ_ÞŔÖƑÎĻÉ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Threadline: mail that lands in the right conversation.</source>
            <translation>[Ţĥŕéåđļîñé: ɱåîļ ţĥåţ ļåñđš îñ ţĥé ŕîĝĥţ çöñṽéŕšåţîöñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start the Threadline desktop app. Run 'threadline help' for commands.</source>
            <translation>[Šţåŕţ ţĥé Ţĥŕéåđļîñé đéšķţöþ åþþ. Ŕûñ 'ţĥŕéåđļîñé ĥéļþ' ƒöŕ çöɱɱåñđš. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a mailto: URL to open in the composer (RFC 6068)</source>
            <translation>[å ɱåîļţö: ÛŔĻ ţö öþéñ îñ ţĥé çöɱþöšéŕ (ŔƑÇ 6068) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>try Threadline in a throw-away profile with sample mail and a local test server</source>
            <translation>[ţŕý Ţĥŕéåđļîñé îñ å ţĥŕöŵ-åŵåý þŕöƒîļé ŵîţĥ šåɱþļé ɱåîļ åñđ å ļöçåļ ţéšţ šéŕṽéŕ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the language of the window, e.g. de, fr, ar or pseudo (default: $THREADLINE_LANG, else the system's)</source>
            <translation>[ţĥé ļåñĝûåĝé öƒ ţĥé ŵîñđöŵ, é.ĝ. đé, ƒŕ, åŕ öŕ þšéûđö (đéƒåûļţ: $ŢĤŔÉÅĐĻÎÑÉ_ĻÅÑĜ, éļšé ţĥé šýšţéɱ'š) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>open the main window, then quit at once (used to test installed packages)</source>
            <translation>[öþéñ ţĥé ɱåîñ ŵîñđöŵ, ţĥéñ ǫûîţ åţ öñçé (ûšéđ ţö ţéšţ îñšţåļļéđ þåçķåĝéš) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>[îñţéŕŕûþţéđ ~~]</translation>
        </message>
        <message>
            <source>an error in Threadline itself ({error}) stopped this command. Please report it; {variable}=1 shows the details.</source>
            <translation>[åñ éŕŕöŕ îñ Ţĥŕéåđļîñé îţšéļƒ ({error}) šţöþþéđ ţĥîš çöɱɱåñđ. Þļéåšé ŕéþöŕţ îţ; {variable}=1 šĥöŵš ţĥé đéţåîļš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>client_config</name>
        <message>
            <source>It is not an autoconfig file (it starts with &lt;{tag}&gt;).</source>
            <translation>[Îţ îš ñöţ åñ åûţöçöñƒîĝ ƒîļé (îţ šţåŕţš ŵîţĥ &lt;{tag}&gt;). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The autoconfig file names no email provider.</source>
            <translation>[Ţĥé åûţöçöñƒîĝ ƒîļé ñåɱéš ñö éɱåîļ þŕöṽîđéŕ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A {kind} server (Threadline uses IMAP and SMTP).</source>
            <translation>[Å {kind} šéŕṽéŕ (Ţĥŕéåđļîñé ûšéš ÎṀÅÞ åñđ ŠṀŢÞ). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The autoconfig file declares a document type or entities, which Threadline does not read.</source>
            <translation>[Ţĥé åûţöçöñƒîĝ ƒîļé đéçļåŕéš å đöçûɱéñţ ţýþé öŕ éñţîţîéš, ŵĥîçĥ Ţĥŕéåđļîñé đöéš ñöţ ŕéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The autoconfig file is not well-formed XML ({reason}, line {line}).</source>
            <translation>[Ţĥé åûţöçöñƒîĝ ƒîļé îš ñöţ ŵéļļ-ƒöŕɱéđ ẊṀĻ ({reason}, ļîñé {line}). ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>[(ñö ñåɱé) ~~]</translation>
        </message>
        <message>
            <source>no port</source>
            <translation>[ñö þöŕţ ~]</translation>
        </message>
        <message>
            <source>The {kind} server {host}: not a server name.</source>
            <translation>[Ţĥé {kind} šéŕṽéŕ {host}: ñöţ å šéŕṽéŕ ñåɱé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The {kind} server {host}: a provider's server is never on this computer.</source>
            <translation>[Ţĥé {kind} šéŕṽéŕ {host}: å þŕöṽîđéŕ'š šéŕṽéŕ îš ñéṽéŕ öñ ţĥîš çöɱþûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The {kind} server {host}: {port} is not a port number.</source>
            <translation>[Ţĥé {kind} šéŕṽéŕ {host}: {port} îš ñöţ å þöŕţ ñûɱƀéŕ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The {kind} server {host}: unknown encryption '{encryption}'.</source>
            <translation>[Ţĥé {kind} šéŕṽéŕ {host}: ûñķñöŵñ éñçŕýþţîöñ '{encryption}'. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The {kind} server {host} on port {port}: without encryption.</source>
            <translation>[Ţĥé {kind} šéŕṽéŕ {host} öñ þöŕţ {port}: ŵîţĥöûţ éñçŕýþţîöñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>compose</name>
        <message>
            <source>the subject</source>
            <translation>[ţĥé šûƀĵéçţ ~~]</translation>
        </message>
        <message>
            <source>the sender name</source>
            <translation>[ţĥé šéñđéŕ ñåɱé ~~~~]</translation>
        </message>
        <message>
            <source>the sender address</source>
            <translation>[ţĥé šéñđéŕ åđđŕéšš ~~~~~]</translation>
        </message>
        <message>
            <source>the {header} name</source>
            <translation>[ţĥé {header} ñåɱé ~~~~~]</translation>
        </message>
        <message>
            <source>the {header} address</source>
            <translation>[ţĥé {header} åđđŕéšš ~~~~~~]</translation>
        </message>
        <message>
            <source>the header name</source>
            <translation>[ţĥé ĥéåđéŕ ñåɱé ~~~~]</translation>
        </message>
        <message>
            <source>{name} is not a valid header name.</source>
            <translation>[{name} îš ñöţ å ṽåļîđ ĥéåđéŕ ñåɱé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the {name} header</source>
            <translation>[ţĥé {name} ĥéåđéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>the threading header</source>
            <translation>[ţĥé ţĥŕéåđîñĝ ĥéåđéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>the Thread-Topic</source>
            <translation>[ţĥé Ţĥŕéåđ-Ţöþîç ~~~~]</translation>
        </message>
        <message>
            <source>the attachment name</source>
            <translation>[ţĥé åţţåçĥɱéñţ ñåɱé ~~~~~~]</translation>
        </message>
        <message>
            <source>the attachment type</source>
            <translation>[ţĥé åţţåçĥɱéñţ ţýþé ~~~~~~]</translation>
        </message>
        <message>
            <source>The message has no recipients: add at least one address.</source>
            <translation>[Ţĥé ɱéššåĝé ĥåš ñö ŕéçîþîéñţš: åđđ åţ ļéåšţ öñé åđđŕéšš. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the Message-ID</source>
            <translation>[ţĥé Ṁéššåĝé-ÎĐ ~~~~]</translation>
        </message>
        <message>
            <source>{message_id} is not a Message-ID.</source>
            <translation>[{message_id} îš ñöţ å Ṁéššåĝé-ÎĐ. ~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>compressed</name>
        <message>
            <source>its {kind} data is damaged or cut short ({error})</source>
            <translation>[îţš {kind} đåţå îš đåɱåĝéđ öŕ çûţ šĥöŕţ ({error}) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>{host} did not answer in time. Threadline will try again; check the server name and port if this keeps happening.</source>
            <translation>[{host} đîđ ñöţ åñšŵéŕ îñ ţîɱé. Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ; çĥéçķ ţĥé šéŕṽéŕ ñåɱé åñđ þöŕţ îƒ ţĥîš ķééþš ĥåþþéñîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} did not answer in time. Check the server name and port if this keeps happening.</source>
            <translation>[{host} đîđ ñöţ åñšŵéŕ îñ ţîɱé. Çĥéçķ ţĥé šéŕṽéŕ ñåɱé åñđ þöŕţ îƒ ţĥîš ķééþš ĥåþþéñîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the connection. Check the server name and port. Threadline will try again.</source>
            <translation>[{host} ŕéƒûšéđ ţĥé çöññéçţîöñ. Çĥéçķ ţĥé šéŕṽéŕ ñåɱé åñđ þöŕţ. Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the connection. Check the server name and port.</source>
            <translation>[{host} ŕéƒûšéđ ţĥé çöññéçţîöñ. Çĥéçķ ţĥé šéŕṽéŕ ñåɱé åñđ þöŕţ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings. Threadline will try again.</source>
            <translation>[Çåññöţ çöññéçţ ţö {host} ({reason}). Çĥéçķ ýöûŕ ñéţŵöŕķ çöññéçţîöñ åñđ ţĥé šéŕṽéŕ šéţţîñĝš. Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings.</source>
            <translation>[Çåññöţ çöññéçţ ţö {host} ({reason}). Çĥéçķ ýöûŕ ñéţŵöŕķ çöññéçţîöñ åñđ ţĥé šéŕṽéŕ šéţţîñĝš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>{text} is not a date and time Threadline can read; write it like {examples}.</source>
            <translation>[{text} îš ñöţ å đåţé åñđ ţîɱé Ţĥŕéåđļîñé çåñ ŕéåđ; ŵŕîţé îţ ļîķé {examples}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{time} has already passed; choose a time to come.</source>
            <translation>[{time} ĥåš åļŕéåđý þåššéđ; çĥööšé å ţîɱé ţö çöɱé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>deleting</name>
        <message>
            <source>There is no conversation {thread} (see 'threadline threads').</source>
            <translation>[Ţĥéŕé îš ñö çöñṽéŕšåţîöñ {thread} (šéé 'ţĥŕéåđļîñé ţĥŕéåđš'). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no message {id} to delete (deleted already?).</source>
            <translation>[Ţĥéŕé îš ñö ɱéššåĝé {id} ţö đéļéţé (đéļéţéđ åļŕéåđý?). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no deletion {id} in the Trash (undone already?).</source>
            <translation>[Ţĥéŕé îš ñö đéļéţîöñ {id} îñ ţĥé Ţŕåšĥ (ûñđöñé åļŕéåđý?). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Conversation moved to Trash.</source>
            <translation>[Çöñṽéŕšåţîöñ ɱöṽéđ ţö Ţŕåšĥ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Message moved to Trash.</source>
            <translation>[Ṁéššåĝé ɱöṽéđ ţö Ţŕåšĥ. ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>The cop(y/ies) on the server go(es) to its Trash folder at the next sync.</source>
            <translation>
                <numerusform>[Ţĥé çöþ(ý/îéš) öñ ţĥé šéŕṽéŕ ĝö(éš) ţö îţš Ţŕåšĥ ƒöļđéŕ åţ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ţĥé çöþ(ý/îéš) öñ ţĥé šéŕṽéŕ ĝö(éš) ţö îţš Ţŕåšĥ ƒöļđéŕ åţ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) restored.</source>
            <translation>
                <numerusform>[%n ɱéššåĝé(š) ŕéšţöŕéđ. ~~~~~~~]</numerusform>
                <numerusform>[%n ɱéššåĝé(š) ŕéšţöŕéđ. ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>It comes back from the server's Trash at the next sync.</source>
            <translation>[Îţ çöɱéš ƀåçķ ƒŕöɱ ţĥé šéŕṽéŕ'š Ţŕåšĥ åţ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>There is no conversation {thread}.</source>
            <translation>[Ţĥéŕé îš ñö çöñṽéŕšåţîöñ {thread}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no message {id}.</source>
            <translation>[Ţĥéŕé îš ñö ɱéššåĝé {id}. ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>filing</name>
        <message>
            <source>{host} has no Sent folder. Turn off 'Save a copy in Sent' for this account, or create the folder with another mail app.</source>
            <translation>[{host} ĥåš ñö Šéñţ ƒöļđéŕ. Ţûŕñ öƒƒ 'Šåṽé å çöþý îñ Šéñţ' ƒöŕ ţĥîš åççöûñţ, öŕ çŕéåţé ţĥé ƒöļđéŕ ŵîţĥ åñöţĥéŕ ɱåîļ åþþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>folder_choice</name>
        <message numerus="yes">
            <source>no longer on the server (deleted or renamed); %n message(s) from it stay(s) in Threadline</source>
            <translation>
                <numerusform>[ñö ļöñĝéŕ öñ ţĥé šéŕṽéŕ (đéļéţéđ öŕ ŕéñåɱéđ); %n ɱéššåĝé(š) ƒŕöɱ îţ šţåý(š) îñ Ţĥŕéåđļîñé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[ñö ļöñĝéŕ öñ ţĥé šéŕṽéŕ (đéļéţéđ öŕ ŕéñåɱéđ); %n ɱéššåĝé(š) ƒŕöɱ îţ šţåý(š) îñ Ţĥŕéåđļîñé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>was gone from the server for a while; add it to sync it again</source>
            <translation>[ŵåš ĝöñé ƒŕöɱ ţĥé šéŕṽéŕ ƒöŕ å ŵĥîļé; åđđ îţ ţö šýñç îţ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>[{names} åñđ %n ɱöŕé ~~~~~~]</numerusform>
                <numerusform>[{names} åñđ %n ɱöŕé ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder {folder} on {host} holds only other folders, not mail. Folders inside it: {names}.</source>
            <translation>[Ţĥé ƒöļđéŕ {folder} öñ {host} ĥöļđš öñļý öţĥéŕ ƒöļđéŕš, ñöţ ɱåîļ. Ƒöļđéŕš îñšîđé îţ: {names}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The folder {folder} on {host} holds only other folders, not mail.</source>
            <translation>[Ţĥé ƒöļđéŕ {folder} öñ {host} ĥöļđš öñļý öţĥéŕ ƒöļđéŕš, ñöţ ɱåîļ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is already synced.</source>
            <translation>[{folder} îš åļŕéåđý šýñçéđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Added {folder}: its conversations arrive with the next sync.</source>
            <translation>[Åđđéđ {folder}: îţš çöñṽéŕšåţîöñš åŕŕîṽé ŵîţĥ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is already synced: it is the account's Inbox.</source>
            <translation>[{folder} îš åļŕéåđý šýñçéđ: îţ îš ţĥé åççöûñţ'š Îñƀöẋ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is already synced: it is the account's Sent folder.</source>
            <translation>[{folder} îš åļŕéåđý šýñçéđ: îţ îš ţĥé åççöûñţ'š Šéñţ ƒöļđéŕ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is already synced: it is the account's All Mail folder.</source>
            <translation>[{folder} îš åļŕéåđý šýñçéđ: îţ îš ţĥé åççöûñţ'š Åļļ Ṁåîļ ƒöļđéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no folder {folder} on {host}. Did you mean {other}? (Names are case-sensitive.)</source>
            <translation>[Ţĥéŕé îš ñö ƒöļđéŕ {folder} öñ {host}. Đîđ ýöû ɱéåñ {other}? (Ñåɱéš åŕé çåšé-šéñšîţîṽé.) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no folder {folder} on {host}. Folders there: {names}.</source>
            <translation>[Ţĥéŕé îš ñö ƒöļđéŕ {folder} öñ {host}. Ƒöļđéŕš ţĥéŕé: {names}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no folder {folder} on {host}.</source>
            <translation>[Ţĥéŕé îš ñö ƒöļđéŕ {folder} öñ {host}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is not synced, so there is nothing to remove. Synced folders: {names}.</source>
            <translation>[{folder} îš ñöţ šýñçéđ, šö ţĥéŕé îš ñöţĥîñĝ ţö ŕéɱöṽé. Šýñçéđ ƒöļđéŕš: {names}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is not synced, so there is nothing to remove.</source>
            <translation>[{folder} îš ñöţ šýñçéđ, šö ţĥéŕé îš ñöţĥîñĝ ţö ŕéɱöṽé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stopped syncing {folder} (no mail of it was downloaded yet).</source>
            <translation>[Šţöþþéđ šýñçîñĝ {folder} (ñö ɱåîļ öƒ îţ ŵåš đöŵñļöåđéđ ýéţ). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Stopped syncing {folder}. %n message(s) from it stay(s) in Threadline's archive, in their conversations and in search.</source>
            <translation>
                <numerusform>[Šţöþþéđ šýñçîñĝ {folder}. %n ɱéššåĝé(š) ƒŕöɱ îţ šţåý(š) îñ Ţĥŕéåđļîñé'š åŕçĥîṽé, îñ ţĥéîŕ çöñṽéŕšåţîöñš åñđ îñ šéåŕçĥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Šţöþþéđ šýñçîñĝ {folder}. %n ɱéššåĝé(š) ƒŕöɱ îţ šţåý(š) îñ Ţĥŕéåđļîñé'š åŕçĥîṽé, îñ ţĥéîŕ çöñṽéŕšåţîöñš åñđ îñ šéåŕçĥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{folder} is the account's Inbox: Threadline always syncs it, so it cannot be removed.</source>
            <translation>[{folder} îš ţĥé åççöûñţ'š Îñƀöẋ: Ţĥŕéåđļîñé åļŵåýš šýñçš îţ, šö îţ çåññöţ ƀé ŕéɱöṽéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is the account's Sent folder: Threadline always syncs it, so it cannot be removed.</source>
            <translation>[{folder} îš ţĥé åççöûñţ'š Šéñţ ƒöļđéŕ: Ţĥŕéåđļîñé åļŵåýš šýñçš îţ, šö îţ çåññöţ ƀé ŕéɱöṽéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{folder} is the account's All Mail folder: Threadline always syncs it, so it cannot be removed.</source>
            <translation>[{folder} îš ţĥé åççöûñţ'š Åļļ Ṁåîļ ƒöļđéŕ: Ţĥŕéåđļîñé åļŵåýš šýñçš îţ, šö îţ çåññöţ ƀé ŕéɱöṽéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>folders_command</name>
        <message>
            <source>list, add or remove the server folders an account syncs</source>
            <translation>[ļîšţ, åđđ öŕ ŕéɱöṽé ţĥé šéŕṽéŕ ƒöļđéŕš åñ åççöûñţ šýñçš ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>INBOX and Sent (on Gmail: All Mail) are always synced. Add any other folder of the server; removing one stops syncing it, and its mail stays in Threadline.</source>
            <translation>[ÎÑƁÖẊ åñđ Šéñţ (öñ Ĝɱåîļ: Åļļ Ṁåîļ) åŕé åļŵåýš šýñçéđ. Åđđ åñý öţĥéŕ ƒöļđéŕ öƒ ţĥé šéŕṽéŕ; ŕéɱöṽîñĝ öñé šţöþš šýñçîñĝ îţ, åñđ îţš ɱåîļ šţåýš îñ Ţĥŕéåđļîñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the server's folders: synced or not, their role, missing ones</source>
            <translation>[ţĥé šéŕṽéŕ'š ƒöļđéŕš: šýñçéđ öŕ ñöţ, ţĥéîŕ ŕöļé, ɱîššîñĝ öñéš ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>sync a folder of the server from the next sync on</source>
            <translation>[šýñç å ƒöļđéŕ öƒ ţĥé šéŕṽéŕ ƒŕöɱ ţĥé ñéẋţ šýñç öñ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the folder's name on the server, as 'folders list' shows it</source>
            <translation>[ţĥé ƒöļđéŕ'š ñåɱé öñ ţĥé šéŕṽéŕ, åš 'ƒöļđéŕš ļîšţ' šĥöŵš îţ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>stop syncing a folder you added (its mail stays in Threadline)</source>
            <translation>[šţöþ šýñçîñĝ å ƒöļđéŕ ýöû åđđéđ (îţš ɱåîļ šţåýš îñ Ţĥŕéåđļîñé) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the folder's name, as 'folders list' shows it</source>
            <translation>[ţĥé ƒöļđéŕ'š ñåɱé, åš 'ƒöļđéŕš ļîšţ' šĥöŵš îţ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>id, address or name (default: the only one with an incoming server)</source>
            <translation>[îđ, åđđŕéšš öŕ ñåɱé (đéƒåûļţ: ţĥé öñļý öñé ŵîţĥ åñ îñçöɱîñĝ šéŕṽéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Several accounts have an incoming server; choose one with --account: {accounts}</source>
            <translation>[Šéṽéŕåļ åççöûñţš ĥåṽé åñ îñçöɱîñĝ šéŕṽéŕ; çĥööšé öñé ŵîţĥ --åççöûñţ: {accounts} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>[ɱîššîñĝ ~]</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>[šýñçéđ ~]</translation>
        </message>
        <message>
            <source>not synced</source>
            <translation>[ñöţ šýñçéđ ~~]</translation>
        </message>
        <message>
            <source>Inbox</source>
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
            <source>Run 'threadline sync' to fetch them now.</source>
            <translation>[Ŕûñ 'ţĥŕéåđļîñé šýñç' ţö ƒéţçĥ ţĥéɱ ñöŵ. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>folding</name>
        <message>
            <source>The {header} header would have a line of {length} characters, more than the {limit} mail allows (RFC 5322 §2.1.1), and it cannot be folded. Shorten it.</source>
            <translation>[Ţĥé {header} ĥéåđéŕ ŵöûļđ ĥåṽé å ļîñé öƒ {length} çĥåŕåçţéŕš, ɱöŕé ţĥåñ ţĥé {limit} ɱåîļ åļļöŵš (ŔƑÇ 5322 §2.1.1), åñđ îţ çåññöţ ƀé ƒöļđéđ. Šĥöŕţéñ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A line of the message is {length} characters long, more than the {limit} mail allows (RFC 5322 §2.1.1); servers would refuse it. Attach such a message as a file instead.</source>
            <translation>[Å ļîñé öƒ ţĥé ɱéššåĝé îš {length} çĥåŕåçţéŕš ļöñĝ, ɱöŕé ţĥåñ ţĥé {limit} ɱåîļ åļļöŵš (ŔƑÇ 5322 §2.1.1); šéŕṽéŕš ŵöûļđ ŕéƒûšé îţ. Åţţåçĥ šûçĥ å ɱéššåĝé åš å ƒîļé îñšţéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>headers</name>
        <message>
            <source>a carriage return (CR)</source>
            <translation>[å çåŕŕîåĝé ŕéţûŕñ (ÇŔ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>a line feed (LF)</source>
            <translation>[å ļîñé ƒééđ (ĻƑ) ~~~~]</translation>
        </message>
        <message>
            <source>a NUL character</source>
            <translation>[å ÑÛĻ çĥåŕåçţéŕ ~~~~]</translation>
        </message>
        <message>
            <source>a vertical tab</source>
            <translation>[å ṽéŕţîçåļ ţåƀ ~~~~]</translation>
        </message>
        <message>
            <source>a form feed</source>
            <translation>[å ƒöŕɱ ƒééđ ~~]</translation>
        </message>
        <message>
            <source>a file separator</source>
            <translation>[å ƒîļé šéþåŕåţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>a group separator</source>
            <translation>[å ĝŕöûþ šéþåŕåţöŕ ~~~~~]</translation>
        </message>
        <message>
            <source>a record separator</source>
            <translation>[å ŕéçöŕđ šéþåŕåţöŕ ~~~~~]</translation>
        </message>
        <message>
            <source>a next-line character (NEL)</source>
            <translation>[å ñéẋţ-ļîñé çĥåŕåçţéŕ (ÑÉĻ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a line separator</source>
            <translation>[å ļîñé šéþåŕåţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>a paragraph separator</source>
            <translation>[å þåŕåĝŕåþĥ šéþåŕåţöŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>{field} contains {character}, which is not allowed in a mail header. Remove the line break and try again.</source>
            <translation>[{field} çöñţåîñš {character}, ŵĥîçĥ îš ñöţ åļļöŵéđ îñ å ɱåîļ ĥéåđéŕ. Ŕéɱöṽé ţĥé ļîñé ƀŕéåķ åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{field} contains a control character (U+{code}), which is not allowed in a mail header. Remove it and try again.</source>
            <translation>[{field} çöñţåîñš å çöñţŕöļ çĥåŕåçţéŕ (Û+{code}), ŵĥîçĥ îš ñöţ åļļöŵéđ îñ å ɱåîļ ĥéåđéŕ. Ŕéɱöṽé îţ åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the From is the sending account or one of its aliases (--account)</source>
            <translation>[ţĥé Ƒŕöɱ îš ţĥé šéñđîñĝ åççöûñţ öŕ öñé öƒ îţš åļîåšéš (--åççöûñţ) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>give the recipients with --to</source>
            <translation>[ĝîṽé ţĥé ŕéçîþîéñţš ŵîţĥ --ţö ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>give the recipients with --cc</source>
            <translation>[ĝîṽé ţĥé ŕéçîþîéñţš ŵîţĥ --çç ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>give hidden recipients with --bcc (they never appear in the headers)</source>
            <translation>[ĝîṽé ĥîđđéñ ŕéçîþîéñţš ŵîţĥ --ƀçç (ţĥéý ñéṽéŕ åþþéåŕ îñ ţĥé ĥéåđéŕš) ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>pass the address as reply_to (the command line takes --header 'Reply-To: ...' as that)</source>
            <translation>[þåšš ţĥé åđđŕéšš åš ŕéþļý_ţö (ţĥé çöɱɱåñđ ļîñé ţåķéš --ĥéåđéŕ 'Ŕéþļý-Ţö: ...' åš ţĥåţ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>give the subject with --subject</source>
            <translation>[ĝîṽé ţĥé šûƀĵéçţ ŵîţĥ --šûƀĵéçţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Threadline dates a message when it goes out (--at sends it later)</source>
            <translation>[Ţĥŕéåđļîñé đåţéš å ɱéššåĝé ŵĥéñ îţ ĝöéš öûţ (--åţ šéñđš îţ ļåţéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Threadline writes the threading headers itself: reply with --in-reply-to, --thread or --thread-key</source>
            <translation>[Ţĥŕéåđļîñé ŵŕîţéš ţĥé ţĥŕéåđîñĝ ĥéåđéŕš îţšéļƒ: ŕéþļý ŵîţĥ --îñ-ŕéþļý-ţö, --ţĥŕéåđ öŕ --ţĥŕéåđ-ķéý ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Threadline writes the MIME structure from the body, --html and --attach</source>
            <translation>[Ţĥŕéåđļîñé ŵŕîţéš ţĥé ṀÎṀÉ šţŕûçţûŕé ƒŕöɱ ţĥé ƀöđý, --ĥţɱļ åñđ --åţţåçĥ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Threadline writes its own name there</source>
            <translation>[Ţĥŕéåđļîñé ŵŕîţéš îţš öŵñ ñåɱé ţĥéŕé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>it is a trace header that mail servers write, never the sender</source>
            <translation>[îţ îš å ţŕåçé ĥéåđéŕ ţĥåţ ɱåîļ šéŕṽéŕš ŵŕîţé, ñéṽéŕ ţĥé šéñđéŕ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The header {name} cannot be added to a message: {reason}.</source>
            <translation>[Ţĥé ĥéåđéŕ {name} çåññöţ ƀé åđđéđ ţö å ɱéššåĝé: {reason}. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>identities</name>
        <message>
            <source>There is no sending account yet. Add one with 'threadline accounts add'.</source>
            <translation>[Ţĥéŕé îš ñö šéñđîñĝ åççöûñţ ýéţ. Åđđ öñé ŵîţĥ 'ţĥŕéåđļîñé åççöûñţš åđđ'. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There are several accounts; choose one with --account: {accounts}</source>
            <translation>[Ţĥéŕé åŕé šéṽéŕåļ åççöûñţš; çĥööšé öñé ŵîţĥ --åççöûñţ: {accounts} ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ids</name>
        <message>
            <source>Cannot make a Message-ID: {address} is not an e-mail address with a domain.</source>
            <translation>[Çåññöţ ɱåķé å Ṁéššåĝé-ÎĐ: {address} îš ñöţ åñ é-ɱåîļ åđđŕéšš ŵîţĥ å đöɱåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot make a Message-ID: the domain of {address} is not a valid name.</source>
            <translation>[Çåññöţ ɱåķé å Ṁéššåĝé-ÎĐ: ţĥé đöɱåîñ öƒ {address} îš ñöţ å ṽåļîđ ñåɱé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>imap</name>
        <message>
            <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
            <translation>[Ñö þåššŵöŕđ îš šţöŕéđ ƒöŕ {account}. Éñţéŕ îţ îñ ţĥé åççöûñţ šéţţîñĝš (îţ îš ķéþţ îñ ţĥé šýšţéɱ ķéýŕîñĝ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>OAuth2 tokens are only sent over an encrypted connection.</source>
            <translation>[ÖÅûţĥ2 ţöķéñš åŕé öñļý šéñţ öṽéŕ åñ éñçŕýþţéđ çöññéçţîöñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} could not check the password right now ({reason}). Threadline will try again.</source>
            <translation>[{host} çöûļđ ñöţ çĥéçķ ţĥé þåššŵöŕđ ŕîĝĥţ ñöŵ ({reason}). Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} could not check the password right now ({reason}).</source>
            <translation>[{host} çöûļđ ñöţ çĥéçķ ţĥé þåššŵöŕđ ŕîĝĥţ ñöŵ ({reason}). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the user name or password ({reason}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
            <translation>[{host} ŕéƒûšéđ ţĥé ûšéŕ ñåɱé öŕ þåššŵöŕđ ({reason}). Çĥéçķ ţĥéɱ îñ ţĥé åççöûñţ šéţţîñĝš; šöɱé þŕöṽîđéŕš ñééđ åñ åþþ þåššŵöŕđ öŕ ÖÅûţĥ šîĝñ-îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
            <translation>[Ţĥé çéŕţîƒîçåţé öƒ {host} îš ñöţ ţŕûšţéđ ({reason}). Šöɱéöñé ɱåý ƀé îñţéŕçéþţîñĝ ţĥé çöññéçţîöñ, öŕ ţĥé šéŕṽéŕ ûšéš å çéŕţîƒîçåţé ýöûŕ šýšţéɱ đöéš ñöţ ķñöŵ. Ñöţĥîñĝ ŵåš šéñţ öŕ ŕéçéîṽéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 993, STARTTLS port 143).</source>
            <translation>[Ţĥé éñçŕýþţéđ çöññéçţîöñ ţö {host} ƒåîļéđ ({reason}). Çĥéçķ ţĥé þöŕţ åñđ šéçûŕîţý šéţţîñĝš (ŢĻŠ îš ûšûåļļý þöŕţ 993, ŠŢÅŔŢŢĻŠ þöŕţ 143). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>[ñö ŕéåšöñ ĝîṽéñ ~~~~]</translation>
        </message>
        <message>
            <source>{host} closed the connection ({reason}). Threadline will try again; nothing was lost.</source>
            <translation>[{host} çļöšéđ ţĥé çöññéçţîöñ ({reason}). Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ; ñöţĥîñĝ ŵåš ļöšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} closed the connection ({reason}).</source>
            <translation>[{host} çļöšéđ ţĥé çöññéçţîöñ ({reason}). ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused a request ({reason}).</source>
            <translation>[{host} ŕéƒûšéđ å ŕéǫûéšţ ({reason}). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Talking to {host} failed unexpectedly ({error}).</source>
            <translation>[Ţåļķîñĝ ţö {host} ƒåîļéđ ûñéẋþéçţéđļý ({error}). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The folder {folder} is no longer on the server (deleted or renamed). Its messages stay in Threadline.</source>
            <translation>[Ţĥé ƒöļđéŕ {folder} îš ñö ļöñĝéŕ öñ ţĥé šéŕṽéŕ (đéļéţéđ öŕ ŕéñåɱéđ). Îţš ɱéššåĝéš šţåý îñ Ţĥŕéåđļîñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The server would not open the folder {folder} ({reason}).</source>
            <translation>[Ţĥé šéŕṽéŕ ŵöûļđ ñöţ öþéñ ţĥé ƒöļđéŕ {folder} ({reason}). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The server refused to list messages ({reason}).</source>
            <translation>[Ţĥé šéŕṽéŕ ŕéƒûšéđ ţö ļîšţ ɱéššåĝéš ({reason}). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The connection to the incoming server is not open.</source>
            <translation>[Ţĥé çöññéçţîöñ ţö ţĥé îñçöɱîñĝ šéŕṽéŕ îš ñöţ öþéñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refusing to connect to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
            <translation>[Ŕéƒûšîñĝ ţö çöññéçţ ţö {host} ŵîţĥöûţ éñçŕýþţîöñ. Çĥööšé ŢĻŠ öŕ ŠŢÅŔŢŢĻŠ îñ ţĥé åççöûñţ šéţţîñĝš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (993 for TLS, 143 for STARTTLS) or ask your provider.</source>
            <translation>[{host} đöéš ñöţ öƒƒéŕ ŠŢÅŔŢŢĻŠ, šö ţĥé çöññéçţîöñ çåññöţ ƀé éñçŕýþţéđ. Ñöţĥîñĝ ŵåš šéñţ. Çĥéçķ ţĥé þöŕţ (993 ƒöŕ ŢĻŠ, 143 ƒöŕ ŠŢÅŔŢŢĻŠ) öŕ åšķ ýöûŕ þŕöṽîđéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refusing to send the password over an unencrypted connection.</source>
            <translation>[Ŕéƒûšîñĝ ţö šéñđ ţĥé þåššŵöŕđ öṽéŕ åñ ûñéñçŕýþţéđ çöññéçţîöñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
            <translation>[Ţĥé çéŕţîƒîçåţé öƒ {host} îš ñöţ ţŕûšţéđ ({reason}). Îţš ŠĤÅ-256 ƒîñĝéŕþŕîñţ îš {fingerprint}. Šöɱéöñé ɱåý ƀé îñţéŕçéþţîñĝ ţĥé çöññéçţîöñ, öŕ ţĥé šéŕṽéŕ ûšéš å çéŕţîƒîçåţé ýöûŕ šýšţéɱ đöéš ñöţ ķñöŵ. Ñöţĥîñĝ ŵåš šéñţ öŕ ŕéçéîṽéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} would not move messages to {folder} ({reason}).</source>
            <translation>[{host} ŵöûļđ ñöţ ɱöṽé ɱéššåĝéš ţö {folder} ({reason}). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} would not copy messages to {folder} ({reason}).</source>
            <translation>[{host} ŵöûļđ ñöţ çöþý ɱéššåĝéš ţö {folder} ({reason}). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} closed the connection while idle.</source>
            <translation>[{host} çļöšéđ ţĥé çöññéçţîöñ ŵĥîļé îđļé. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>import_command</name>
        <message>
            <source>import .eml files, mbox files and Maildir folders</source>
            <translation>[îɱþöŕţ .éɱļ ƒîļéš, ɱƀöẋ ƒîļéš åñđ Ṁåîļđîŕ ƒöļđéŕš ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import mail into Threadline's store. Folders are searched recursively; importing the same mail again adds nothing.</source>
            <translation>[Îɱþöŕţ ɱåîļ îñţö Ţĥŕéåđļîñé'š šţöŕé. Ƒöļđéŕš åŕé šéåŕçĥéđ ŕéçûŕšîṽéļý; îɱþöŕţîñĝ ţĥé šåɱé ɱåîļ åĝåîñ åđđš ñöţĥîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>mark imported messages unread</source>
            <translation>[ɱåŕķ îɱþöŕţéđ ɱéššåĝéš ûñŕéåđ ~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>[%n ɱéššåĝé(š) ~~~]</numerusform>
                <numerusform>[%n ɱéššåĝé(š) ~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message numerus="yes">
            <source>Imported %n message(s)</source>
            <translation>
                <numerusform>[Îɱþöŕţéđ %n ɱéššåĝé(š) ~~~~~~~]</numerusform>
                <numerusform>[Îɱþöŕţéđ %n ɱéššåĝé(š) ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary} (%n already there)</source>
            <translation>
                <numerusform>[{summary} (%n åļŕéåđý ţĥéŕé) ~~~~~~~~~]</numerusform>
                <numerusform>[{summary} (%n åļŕéåđý ţĥéŕé) ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary}, %n file(s) skipped</source>
            <translation>
                <numerusform>[{summary}, %n ƒîļé(š) šķîþþéđ ~~~~~~~~~~]</numerusform>
                <numerusform>[{summary}, %n ƒîļé(š) šķîþþéđ ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary}, %n message(s) skipped</source>
            <translation>
                <numerusform>[{summary}, %n ɱéššåĝé(š) šķîþþéđ ~~~~~~~~~~~]</numerusform>
                <numerusform>[{summary}, %n ɱéššåĝé(š) šķîþþéđ ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary}, %n symbolic link(s) skipped</source>
            <translation>
                <numerusform>[{summary}, %n šýɱƀöļîç ļîñķ(š) šķîþþéđ ~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{summary}, %n šýɱƀöļîç ļîñķ(š) šķîþþéđ ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{summary}; cancelled before the end</source>
            <translation>[{summary}; çåñçéļļéđ ƀéƒöŕé ţĥé éñđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{summary}.</source>
            <translation>[{summary}. ~~]</translation>
        </message>
        <message>
            <source>message {number} of {path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
            <translation>[ɱéššåĝé {number} öƒ {path} ŵåš šķîþþéđ: îţš ṀÎṀÉ þåŕţš åŕé ñéšţéđ ţöö đééþļý ţö ŕéåđ; ţĥé ŕéšţ öƒ ţĥé îɱþöŕţ ŵéñţ öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
            <translation>[{path} ŵåš šķîþþéđ: îţš ṀÎṀÉ þåŕţš åŕé ñéšţéđ ţöö đééþļý ţö ŕéåđ; ţĥé ŕéšţ öƒ ţĥé îɱþöŕţ ŵéñţ öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>message {number} of {path} was skipped: it is too large to read; the rest of the import went on.</source>
            <translation>[ɱéššåĝé {number} öƒ {path} ŵåš šķîþþéđ: îţ îš ţöö ļåŕĝé ţö ŕéåđ; ţĥé ŕéšţ öƒ ţĥé îɱþöŕţ ŵéñţ öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} was skipped: it is too large to read; the rest of the import went on.</source>
            <translation>[{path} ŵåš šķîþþéđ: îţ îš ţöö ļåŕĝé ţö ŕéåđ; ţĥé ŕéšţ öƒ ţĥé îɱþöŕţ ŵéñţ öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>message {number} of {path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
            <translation>[ɱéššåĝé {number} öƒ {path} ŵåš šķîþþéđ: îţ çöûļđ ñöţ ƀé ŕéåđ ({error}); ţĥé ŕéšţ öƒ ţĥé îɱþöŕţ ŵéñţ öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
            <translation>[{path} ŵåš šķîþþéđ: îţ çöûļđ ñöţ ƀé ŕéåđ ({error}); ţĥé ŕéšţ öƒ ţĥé îɱþöŕţ ŵéñţ öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} was not imported: {reason}.</source>
            <translation>[{path} ŵåš ñöţ îɱþöŕţéđ: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} could not be read: {reason}.</source>
            <translation>[{path} çöûļđ ñöţ ƀé ŕéåđ: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} could not be read ({error}).</source>
            <translation>[{path} çöûļđ ñöţ ƀé ŕéåđ ({error}). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} was read only in part: {reason}; no message came before the damage.</source>
            <translation>[{path} ŵåš ŕéåđ öñļý îñ þåŕţ: {reason}; ñö ɱéššåĝé çåɱé ƀéƒöŕé ţĥé đåɱåĝé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{path} was read only in part: {reason}; the %n message(s) before the damage went in.</source>
            <translation>
                <numerusform>[{path} ŵåš ŕéåđ öñļý îñ þåŕţ: {reason}; ţĥé %n ɱéššåĝé(š) ƀéƒöŕé ţĥé đåɱåĝé ŵéñţ îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{path} ŵåš ŕéåđ öñļý îñ þåŕţ: {reason}; ţĥé %n ɱéššåĝé(š) ƀéƒöŕé ţĥé đåɱåĝé ŵéñţ îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mail_files</name>
        <message>
            <source>it starts with 'From ' but is not an mbox (no mail headers follow)</source>
            <translation>[îţ šţåŕţš ŵîţĥ 'Ƒŕöɱ ' ƀûţ îš ñöţ åñ ɱƀöẋ (ñö ɱåîļ ĥéåđéŕš ƒöļļöŵ) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>it does not start with mail headers or an mbox 'From ' line</source>
            <translation>[îţ đöéš ñöţ šţåŕţ ŵîţĥ ɱåîļ ĥéåđéŕš öŕ åñ ɱƀöẋ 'Ƒŕöɱ ' ļîñé ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>its headers have no From, Date or Message-ID: it is not mail</source>
            <translation>[îţš ĥéåđéŕš ĥåṽé ñö Ƒŕöɱ, Đåţé öŕ Ṁéššåĝé-ÎĐ: îţ îš ñöţ ɱåîļ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>mail_providers</name>
        <message>
            <source>iCloud takes an app-specific password (made in your Apple Account's settings), not your Apple Account password.</source>
            <translation>[îÇļöûđ ţåķéš åñ åþþ-šþéçîƒîç þåššŵöŕđ (ɱåđé îñ ýöûŕ Åþþļé Åççöûñţ'š šéţţîñĝš), ñöţ ýöûŕ Åþþļé Åççöûñţ þåššŵöŕđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Yahoo takes an app password (made in its account security settings), not your Yahoo password.</source>
            <translation>[Ýåĥöö ţåķéš åñ åþþ þåššŵöŕđ (ɱåđé îñ îţš åççöûñţ šéçûŕîţý šéţţîñĝš), ñöţ ýöûŕ Ýåĥöö þåššŵöŕđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Allow POP3 and IMAP access once in GMX's web settings, or it refuses the login.</source>
            <translation>[Åļļöŵ ÞÖÞ3 åñđ ÎṀÅÞ åççéšš öñçé îñ ĜṀẊ'š ŵéƀ šéţţîñĝš, öŕ îţ ŕéƒûšéš ţĥé ļöĝîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>With two-factor sign-in on, mailbox.org takes an application password.</source>
            <translation>[Ŵîţĥ ţŵö-ƒåçţöŕ šîĝñ-îñ öñ, ɱåîļƀöẋ.öŕĝ ţåķéš åñ åþþļîçåţîöñ þåššŵöŕđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Proton Mail Bridge must be running on this computer: use the user name and password Bridge shows, not your Proton password. The connection never leaves this computer.</source>
            <translation>[Þŕöţöñ Ṁåîļ Ɓŕîđĝé ɱûšţ ƀé ŕûññîñĝ öñ ţĥîš çöɱþûţéŕ: ûšé ţĥé ûšéŕ ñåɱé åñđ þåššŵöŕđ Ɓŕîđĝé šĥöŵš, ñöţ ýöûŕ Þŕöţöñ þåššŵöŕđ. Ţĥé çöññéçţîöñ ñéṽéŕ ļéåṽéš ţĥîš çöɱþûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>mail_tree</name>
        <message>
            <source>{path} is a symbolic link that leads back to itself (a loop).</source>
            <translation>[{path} îš å šýɱƀöļîç ļîñķ ţĥåţ ļéåđš ƀåçķ ţö îţšéļƒ (å ļööþ). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} is a symbolic link to something that does not exist.</source>
            <translation>[{path} îš å šýɱƀöļîç ļîñķ ţö šöɱéţĥîñĝ ţĥåţ đöéš ñöţ éẋîšţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}.</source>
            <translation>[{path} çåññöţ ƀé öþéñéđ: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>[{path} đöéš ñöţ éẋîšţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} is neither a file nor a folder.</source>
            <translation>[{path} îš ñéîţĥéŕ å ƒîļé ñöŕ å ƒöļđéŕ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>skipped a symbolic link: {path} (links inside an imported folder are not followed).</source>
            <translation>[šķîþþéđ å šýɱƀöļîç ļîñķ: {path} (ļîñķš îñšîđé åñ îɱþöŕţéđ ƒöļđéŕ åŕé ñöţ ƒöļļöŵéđ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>skipped {folder}: it was walked already through another path (a loop).</source>
            <translation>[šķîþþéđ {folder}: îţ ŵåš ŵåļķéđ åļŕéåđý ţĥŕöûĝĥ åñöţĥéŕ þåţĥ (å ļööþ). ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the folder {folder} could not be read: {reason}.</source>
            <translation>[ţĥé ƒöļđéŕ {folder} çöûļđ ñöţ ƀé ŕéåđ: {reason}. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>mailer</name>
        <message>
            <source>The message would be about {size} with its attachments (base64 adds a third), more than the limit of {limit} given. Nothing was queued; attach less, or share large files another way.</source>
            <translation>[Ţĥé ɱéššåĝé ŵöûļđ ƀé åƀöûţ {size} ŵîţĥ îţš åţţåçĥɱéñţš (ƀåšé64 åđđš å ţĥîŕđ), ɱöŕé ţĥåñ ţĥé ļîɱîţ öƒ {limit} ĝîṽéñ. Ñöţĥîñĝ ŵåš ǫûéûéđ; åţţåçĥ ļéšš, öŕ šĥåŕé ļåŕĝé ƒîļéš åñöţĥéŕ ŵåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The message would be about {size} with its attachments (base64 adds a third), more than the {limit} most mail servers take. Nothing was queued; attach less, or share large files another way.</source>
            <translation>[Ţĥé ɱéššåĝé ŵöûļđ ƀé åƀöûţ {size} ŵîţĥ îţš åţţåçĥɱéñţš (ƀåšé64 åđđš å ţĥîŕđ), ɱöŕé ţĥåñ ţĥé {limit} ɱöšţ ɱåîļ šéŕṽéŕš ţåķé. Ñöţĥîñĝ ŵåš ǫûéûéđ; åţţåçĥ ļéšš, öŕ šĥåŕé ļåŕĝé ƒîļéš åñöţĥéŕ ŵåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The message would be about {size} with its attachments (base64 adds a third), more than {server} takes (it announces a limit of {limit}). Nothing was queued; attach less, or share large files another way.</source>
            <translation>[Ţĥé ɱéššåĝé ŵöûļđ ƀé åƀöûţ {size} ŵîţĥ îţš åţţåçĥɱéñţš (ƀåšé64 åđđš å ţĥîŕđ), ɱöŕé ţĥåñ {server} ţåķéš (îţ åññöûñçéš å ļîɱîţ öƒ {limit}). Ñöţĥîñĝ ŵåš ǫûéûéđ; åţţåçĥ ļéšš, öŕ šĥåŕé ļåŕĝé ƒîļéš åñöţĥéŕ ŵåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The time to send at has already passed.</source>
            <translation>[Ţĥé ţîɱé ţö šéñđ åţ ĥåš åļŕéåđý þåššéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The copy for the Sent folder is not filed yet ({error}); it will be filed later.</source>
            <translation>[Ţĥé çöþý ƒöŕ ţĥé Šéñţ ƒöļđéŕ îš ñöţ ƒîļéđ ýéţ ({error}); îţ ŵîļļ ƀé ƒîļéđ ļåţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531): {addresses}. Nothing was queued; change the address or send through another account.</source>
            <translation>[{host} đöéš ñöţ ţåķé åđđŕéššéš ŵîţĥ ñöñ-ÅŠÇÎÎ çĥåŕåçţéŕš ƀéƒöŕé ţĥé @ (îţ đöéš ñöţ öƒƒéŕ ŠṀŢÞÛŢƑ8, ŔƑÇ 6531): {addresses}. Ñöţĥîñĝ ŵåš ǫûéûéđ; çĥåñĝé ţĥé åđđŕéšš öŕ šéñđ ţĥŕöûĝĥ åñöţĥéŕ åççöûñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use only one of --in-reply-to, --thread and --thread-key.</source>
            <translation>[Ûšé öñļý öñé öƒ --îñ-ŕéþļý-ţö, --ţĥŕéåđ åñđ --ţĥŕéåđ-ķéý. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no conversation {thread}. 'threadline threads' lists them.</source>
            <translation>[Ţĥéŕé îš ñö çöñṽéŕšåţîöñ {thread}. 'ţĥŕéåđļîñé ţĥŕéåđš' ļîšţš ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{warning} Give --force (force=True in Python) to send it anyway.</source>
            <translation>[{warning} Ĝîṽé --ƒöŕçé (ƒöŕçé=Ţŕûé îñ Þýţĥöñ) ţö šéñđ îţ åñýŵåý. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--subject {subject} would change the conversation's topic ({topic}), and Gmail and other clients would then start a new conversation. Leave --subject out to keep the topic, or add --new-topic (new_topic=True in Python) to change it.</source>
            <translation>[--šûƀĵéçţ {subject} ŵöûļđ çĥåñĝé ţĥé çöñṽéŕšåţîöñ'š ţöþîç ({topic}), åñđ Ĝɱåîļ åñđ öţĥéŕ çļîéñţš ŵöûļđ ţĥéñ šţåŕţ å ñéŵ çöñṽéŕšåţîöñ. Ļéåṽé --šûƀĵéçţ öûţ ţö ķééþ ţĥé ţöþîç, öŕ åđđ --ñéŵ-ţöþîç (ñéŵ_ţöþîç=Ţŕûé îñ Þýţĥöñ) ţö çĥåñĝé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A new conversation needs a subject (--subject).</source>
            <translation>[Å ñéŵ çöñṽéŕšåţîöñ ñééđš å šûƀĵéçţ (--šûƀĵéçţ). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>mailto</name>
        <message>
            <source>{url} is not a mailto: URL.</source>
            <translation>[{url} îš ñöţ å ɱåîļţö: ÛŔĻ. ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>oauth</name>
        <message>
            <source>Signing in took too long. Try again, and finish in the browser.</source>
            <translation>[Šîĝñîñĝ îñ ţööķ ţöö ļöñĝ. Ţŕý åĝåîñ, åñđ ƒîñîšĥ îñ ţĥé ƀŕöŵšéŕ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The sign-in answer did not match this request; try again.</source>
            <translation>[Ţĥé šîĝñ-îñ åñšŵéŕ đîđ ñöţ ɱåţçĥ ţĥîš ŕéǫûéšţ; ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>[ñö ŕéåšöñ ĝîṽéñ ~~~~]</translation>
        </message>
        <message>
            <source>{provider} did not sign you in: {reason}.</source>
            <translation>[{provider} đîđ ñöţ šîĝñ ýöû îñ: {reason}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{provider} refused the sign-in: {reason}.</source>
            <translation>[{provider} ŕéƒûšéđ ţĥé šîĝñ-îñ: {reason}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No OAuth client id is configured for {provider}. Put one in oauth.json (see the README, 'Sign in with Google and Microsoft').</source>
            <translation>[Ñö ÖÅûţĥ çļîéñţ îđ îš çöñƒîĝûŕéđ ƒöŕ {provider}. Þûţ öñé îñ öåûţĥ.ĵšöñ (šéé ţĥé ŔÉÅĐṀÉ, 'Šîĝñ îñ ŵîţĥ Ĝööĝļé åñđ Ṁîçŕöšöƒţ'). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The custom OAuth provider {provider} needs {fields}.</source>
            <translation>[Ţĥé çûšţöɱ ÖÅûţĥ þŕöṽîđéŕ {provider} ñééđš {fields}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The OAuth provider {provider} has {field} {value}: not a number.</source>
            <translation>[Ţĥé ÖÅûţĥ þŕöṽîđéŕ {provider} ĥåš {field} {value}: ñöţ å ñûɱƀéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot read the OAuth configuration {path}: {reason}</source>
            <translation>[Çåññöţ ŕéåđ ţĥé ÖÅûţĥ çöñƒîĝûŕåţîöñ {path}: {reason} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no OAuth provider {provider}. Known: {known}.</source>
            <translation>[Ţĥéŕé îš ñö ÖÅûţĥ þŕöṽîđéŕ {provider}. Ķñöŵñ: {known}. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{account} is not signed in to {provider}. Sign in from the account settings; the message waits in the outbox.</source>
            <translation>[{account} îš ñöţ šîĝñéđ îñ ţö {provider}. Šîĝñ îñ ƒŕöɱ ţĥé åççöûñţ šéţţîñĝš; ţĥé ɱéššåĝé ŵåîţš îñ ţĥé öûţƀöẋ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{account} is not signed in to {provider}. Sign in from the account settings.</source>
            <translation>[{account} îš ñöţ šîĝñéđ îñ ţö {provider}. Šîĝñ îñ ƒŕöɱ ţĥé åççöûñţ šéţţîñĝš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings; the message waits in the outbox.</source>
            <translation>[{provider} ñö ļöñĝéŕ åççéþţš ţĥé šîĝñ-îñ öƒ {account} ({reason}). Šîĝñ îñ åĝåîñ ƒŕöɱ ţĥé åççöûñţ šéţţîñĝš; ţĥé ɱéššåĝé ŵåîţš îñ ţĥé öûţƀöẋ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings.</source>
            <translation>[{provider} ñö ļöñĝéŕ åççéþţš ţĥé šîĝñ-îñ öƒ {account} ({reason}). Šîĝñ îñ åĝåîñ ƒŕöɱ ţĥé åççöûñţ šéţţîñĝš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>outbox_command</name>
        <message>
            <source>list queued and failed messages; 'outbox flush' sends what is due</source>
            <translation>[ļîšţ ǫûéûéđ åñđ ƒåîļéđ ɱéššåĝéš; 'öûţƀöẋ ƒļûšĥ' šéñđš ŵĥåţ îš đûé ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exit status of 'flush': 0 all sent, 75 some wait for a retry (or are being sent by another Threadline), 1 some were refused for good.</source>
            <translation>[Éẋîţ šţåţûš öƒ 'ƒļûšĥ': 0 åļļ šéñţ, 75 šöɱé ŵåîţ ƒöŕ å ŕéţŕý (öŕ åŕé ƀéîñĝ šéñţ ƀý åñöţĥéŕ Ţĥŕéåđļîñé), 1 šöɱé ŵéŕé ŕéƒûšéđ ƒöŕ ĝööđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a JSON list (see the README)</source>
            <translation>[å ĴŠÖÑ ļîšţ (šéé ţĥé ŔÉÅĐṀÉ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>send everything that is due</source>
            <translation>[šéñđ éṽéŕýţĥîñĝ ţĥåţ îš đûé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>print what happened as JSON (see the README)</source>
            <translation>[þŕîñţ ŵĥåţ ĥåþþéñéđ åš ĴŠÖÑ (šéé ţĥé ŔÉÅĐṀÉ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>queue a failed message again</source>
            <translation>[ǫûéûé å ƒåîļéđ ɱéššåĝé åĝåîñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>remove a message from the outbox</source>
            <translation>[ŕéɱöṽé å ɱéššåĝé ƒŕöɱ ţĥé öûţƀöẋ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The outbox is empty.</source>
            <translation>[Ţĥé öûţƀöẋ îš éɱþţý. ~~~~~~]</translation>
        </message>
        <message>
            <source>next try {time}</source>
            <translation>[ñéẋţ ţŕý {time} ~~~~]</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>[åţ {time} ~~]</translation>
        </message>
        <message>
            <source>attempts {count}</source>
            <translation>[åţţéɱþţš {count} ~~~~]</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message>
            <source>message {id}: {text}</source>
            <translation>[ɱéššåĝé {id}: {text} ~~~~~~]</translation>
        </message>
        <message>
            <source>message {id} was sent, but its copy for the Sent folder is not filed yet ({error}); Threadline will try again.</source>
            <translation>[ɱéššåĝé {id} ŵåš šéñţ, ƀûţ îţš çöþý ƒöŕ ţĥé Šéñţ ƒöļđéŕ îš ñöţ ƒîļéđ ýéţ ({error}); Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}; being sent by another Threadline {busy}.</source>
            <translation>[Šéñţ {sent}; ŵåîţîñĝ ƒöŕ å ŕéţŕý {waiting}; ŕéƒûšéđ {refused}; ƀéîñĝ šéñţ ƀý åñöţĥéŕ Ţĥŕéåđļîñé {busy}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}.</source>
            <translation>[Šéñţ {sent}; ŵåîţîñĝ ƒöŕ å ŕéţŕý {waiting}; ŕéƒûšéđ {refused}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Message {id} is queued again; 'threadline outbox flush' sends it.</source>
            <translation>[Ṁéššåĝé {id} îš ǫûéûéđ åĝåîñ; 'ţĥŕéåđļîñé öûţƀöẋ ƒļûšĥ' šéñđš îţ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Message {id} was deleted from the outbox.</source>
            <translation>[Ṁéššåĝé {id} ŵåš đéļéţéđ ƒŕöɱ ţĥé öûţƀöẋ. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>outbox_store</name>
        <message>
            <source>The message has no recipients.</source>
            <translation>[Ţĥé ɱéššåĝé ĥåš ñö ŕéçîþîéñţš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A message needs its Message-ID before it is queued.</source>
            <translation>[Å ɱéššåĝé ñééđš îţš Ṁéššåĝé-ÎĐ ƀéƒöŕé îţ îš ǫûéûéđ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no message {id} in the outbox.</source>
            <translation>[Ţĥéŕé îš ñö ɱéššåĝé {id} îñ ţĥé öûţƀöẋ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The bytes of outbox message {id} are no longer kept.</source>
            <translation>[Ţĥé ƀýţéš öƒ öûţƀöẋ ɱéššåĝé {id} åŕé ñö ļöñĝéŕ ķéþţ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Outbox message {id} is not waiting to be sent.</source>
            <translation>[Öûţƀöẋ ɱéššåĝé {id} îš ñöţ ŵåîţîñĝ ţö ƀé šéñţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Gave up after {attempts} attempts over %n day(s).</source>
            <translation>
                <numerusform>[Ĝåṽé ûþ åƒţéŕ {attempts} åţţéɱþţš öṽéŕ %n đåý(š). ~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ĝåṽé ûþ åƒţéŕ {attempts} åţţéɱþţš öṽéŕ %n đåý(š). ~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Outbox message {id} is not a failed message.</source>
            <translation>[Öûţƀöẋ ɱéššåĝé {id} îš ñöţ å ƒåîļéđ ɱéššåĝé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sent late: it was scheduled for {time}, when Threadline was not running.</source>
            <translation>[Šéñţ ļåţé: îţ ŵåš šçĥéđûļéđ ƒöŕ {time}, ŵĥéñ Ţĥŕéåđļîñé ŵåš ñöţ ŕûññîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Outbox message {id} is already {state}.</source>
            <translation>[Öûţƀöẋ ɱéššåĝé {id} îš åļŕéåđý {state}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The message is being sent right now; try again later.</source>
            <translation>[Ţĥé ɱéššåĝé îš ƀéîñĝ šéñţ ŕîĝĥţ ñöŵ; ţŕý åĝåîñ ļåţéŕ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message numerus="yes">
            <source>Made %n Threadline file(s) private to you (they were readable by other users).</source>
            <translation>
                <numerusform>[Ṁåđé %n Ţĥŕéåđļîñé ƒîļé(š) þŕîṽåţé ţö ýöû (ţĥéý ŵéŕé ŕéåđåƀļé ƀý öţĥéŕ ûšéŕš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ṁåđé %n Ţĥŕéåđļîñé ƒîļé(š) þŕîṽåţé ţö ýöû (ţĥéý ŵéŕé ŕéåđåƀļé ƀý öţĥéŕ ûšéŕš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>reply</name>
        <message>
            <source>This message did not come through a mailing list that accepts posts (it has no List-Post address). Use Reply or Reply all instead.</source>
            <translation>[Ţĥîš ɱéššåĝé đîđ ñöţ çöɱé ţĥŕöûĝĥ å ɱåîļîñĝ ļîšţ ţĥåţ åççéþţš þöšţš (îţ ĥåš ñö Ļîšţ-Þöšţ åđđŕéšš). Ûšé Ŕéþļý öŕ Ŕéþļý åļļ îñšţéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>replying</name>
        <message>
            <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
            <translation>[Ţĥé ɱéššåĝé ŕéþļîéđ ţö ĥåš ñö Ṁéššåĝé-ÎĐ, šö ţĥé ŕéþļý çåññöţ ñåɱé îţ: îţ ĵöîñš ţĥé çöñṽéŕšåţîöñ ƀý îţš šûƀĵéçţ öñļý, åñđ Ĝɱåîļ, Öûţļööķ åñđ öţĥéŕš ɱåý šĥöŵ îţ åþåŕţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{message_id} is not a Message-ID (like &lt;abc@example.org&gt;).</source>
            <translation>[{message_id} îš ñöţ å Ṁéššåĝé-ÎĐ (ļîķé &lt;abc@example.org&gt;). ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{message_id} is not in the local store, so its subject is unknown: give --subject.</source>
            <translation>[{message_id} îš ñöţ îñ ţĥé ļöçåļ šţöŕé, šö îţš šûƀĵéçţ îš ûñķñöŵñ: ĝîṽé --šûƀĵéçţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>secrets</name>
        <message>
            <source>No password store is available. Threadline keeps passwords only in the system keyring: start a desktop session with a Secret Service keyring (GNOME Keyring or KWallet), or macOS Keychain / Windows Credential Manager, then try again.</source>
            <translation>[Ñö þåššŵöŕđ šţöŕé îš åṽåîļåƀļé. Ţĥŕéåđļîñé ķééþš þåššŵöŕđš öñļý îñ ţĥé šýšţéɱ ķéýŕîñĝ: šţåŕţ å đéšķţöþ šéššîöñ ŵîţĥ å Šéçŕéţ Šéŕṽîçé ķéýŕîñĝ (ĜÑÖṀÉ Ķéýŕîñĝ öŕ ĶŴåļļéţ), öŕ ɱåçÖŠ Ķéýçĥåîñ / Ŵîñđöŵš Çŕéđéñţîåļ Ṁåñåĝéŕ, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it (your login password usually does), then try again.</source>
            <translation>[Ţĥé šýšţéɱ ķéýŕîñĝ îš ļöçķéđ. Ûñļöçķ îţ (ýöûŕ ļöĝîñ þåššŵöŕđ ûšûåļļý đöéš), ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The system keyring could not be opened or has no collection to store passwords in. Open your keyring manager (e.g. Seahorse) and create a default keyring.</source>
            <translation>[Ţĥé šýšţéɱ ķéýŕîñĝ çöûļđ ñöţ ƀé öþéñéđ öŕ ĥåš ñö çöļļéçţîöñ ţö šţöŕé þåššŵöŕđš îñ. Öþéñ ýöûŕ ķéýŕîñĝ ɱåñåĝéŕ (é.ĝ. Šéåĥöŕšé) åñđ çŕéåţé å đéƒåûļţ ķéýŕîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The system keyring failed ({error}). Check that it is running and unlocked, then try again.</source>
            <translation>[Ţĥé šýšţéɱ ķéýŕîñĝ ƒåîļéđ ({error}). Çĥéçķ ţĥåţ îţ îš ŕûññîñĝ åñđ ûñļöçķéđ, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
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
        ('threadline outbox flush' sends it)
  1   the server refused the message for good (it stays in the outbox)
  2   bad input: nothing was stored or sent
</source>
            <translation>[ţĥŕéåđîñĝ (çĥööšé åţ ɱöšţ öñé):
  --îñ-ŕéþļý-ţö ṀŠĜÎĐ   ŕéþļý ţö åñý ɱéššåĝé ƀý îţš Ṁéššåĝé-ÎĐ
  --ţĥŕéåđ ŢĤŔÉÅĐ       ŕéþļý ţö ţĥé ñéŵéšţ ɱéššåĝé öƒ å šţöŕéđ çöñṽéŕšåţîöñ
  --ţĥŕéåđ-ķéý ĶÉÝ      å ñåɱé ýöû çĥööšé (é.ĝ. å ţîçķéţ ñûɱƀéŕ): ţĥé ƒîŕšţ šéñđ šţåŕţš å
                        çöñṽéŕšåţîöñ, éṽéŕý ļåţéŕ šéñđ ŕéþļîéš ţö ţĥé ļåšţ öñé ûñđéŕ ĶÉÝ

éẋîţ šţåţûš:
  0   šéñţ (öŕ ǫûéûéđ ŵîţĥ --ǫûéûé-öñļý, öŕ šçĥéđûļéđ ŵîţĥ --åţ)
  75  å ţéɱþöŕåŕý ƒåîļûŕé: ţĥé ɱéššåĝé îš ǫûéûéđ åñđ ŵîļļ ƀé ŕéţŕîéđ
        ('ţĥŕéåđļîñé öûţƀöẋ ƒļûšĥ' šéñđš îţ)
  1   ţĥé šéŕṽéŕ ŕéƒûšéđ ţĥé ɱéššåĝé ƒöŕ ĝööđ (îţ šţåýš îñ ţĥé öûţƀöẋ)
  2   ƀåđ îñþûţ: ñöţĥîñĝ ŵåš šţöŕéđ öŕ šéñţ
 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>send a message (or a reply into a conversation) through the outbox</source>
            <translation>[šéñđ å ɱéššåĝé (öŕ å ŕéþļý îñţö å çöñṽéŕšåţîöñ) ţĥŕöûĝĥ ţĥé öûţƀöẋ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Send a message through the durable outbox and print its Message-ID.</source>
            <translation>[Šéñđ å ɱéššåĝé ţĥŕöûĝĥ ţĥé đûŕåƀļé öûţƀöẋ åñđ þŕîñţ îţš Ṁéššåĝé-ÎĐ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>account id, address, alias or name (default: a reply goes from the address its parent was sent to, a new message from the account used last or the only one)</source>
            <translation>[åççöûñţ îđ, åđđŕéšš, åļîåš öŕ ñåɱé (đéƒåûļţ: å ŕéþļý ĝöéš ƒŕöɱ ţĥé åđđŕéšš îţš þåŕéñţ ŵåš šéñţ ţö, å ñéŵ ɱéššåĝé ƒŕöɱ ţĥé åççöûñţ ûšéđ ļåšţ öŕ ţĥé öñļý öñé) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>required for a new conversation</source>
            <translation>[ŕéǫûîŕéđ ƒöŕ å ñéŵ çöñṽéŕšåţîöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the text (default: read from standard input)</source>
            <translation>[ţĥé ţéẋţ (đéƒåûļţ: ŕéåđ ƒŕöɱ šţåñđåŕđ îñþûţ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>read the text from FILE</source>
            <translation>[ŕéåđ ţĥé ţéẋţ ƒŕöɱ ƑÎĻÉ ~~~~~~~]</translation>
        </message>
        <message>
            <source>an HTML version of the text</source>
            <translation>[åñ ĤŢṀĻ ṽéŕšîöñ öƒ ţĥé ţéẋţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the encoding of the text on standard input, --body-file, --html and the options (default: UTF-8, then the locale's; anything else is refused)</source>
            <translation>[ţĥé éñçöđîñĝ öƒ ţĥé ţéẋţ öñ šţåñđåŕđ îñþûţ, --ƀöđý-ƒîļé, --ĥţɱļ åñđ ţĥé öþţîöñš (đéƒåûļţ: ÛŢƑ-8, ţĥéñ ţĥé ļöçåļé'š; åñýţĥîñĝ éļšé îš ŕéƒûšéđ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>regular files to attach (read when the message is written)</source>
            <translation>[ŕéĝûļåŕ ƒîļéš ţö åţţåçĥ (ŕéåđ ŵĥéñ ţĥé ɱéššåĝé îš ŵŕîţţéñ) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>refuse a message larger than SIZE (e.g. 10M, 500K; default: what the server announces, else 25M)</source>
            <translation>[ŕéƒûšé å ɱéššåĝé ļåŕĝéŕ ţĥåñ ŠÎŽÉ (é.ĝ. 10Ṁ, 500Ķ; đéƒåûļţ: ŵĥåţ ţĥé šéŕṽéŕ åññöûñçéš, éļšé 25Ṁ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>an extra header, e.g. 'X-Ticket: 4711' (To, Cc, Bcc and Reply-To add addresses; headers Threadline writes itself are refused)</source>
            <translation>[åñ éẋţŕå ĥéåđéŕ, é.ĝ. 'Ẋ-Ţîçķéţ: 4711' (Ţö, Çç, Ɓçç åñđ Ŕéþļý-Ţö åđđ åđđŕéššéš; ĥéåđéŕš Ţĥŕéåđļîñé ŵŕîţéš îţšéļƒ åŕé ŕéƒûšéđ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>reply even to a message that has no Message-ID (the reply then joins its conversation by subject only); without it such a reply is refused</source>
            <translation>[ŕéþļý éṽéñ ţö å ɱéššåĝé ţĥåţ ĥåš ñö Ṁéššåĝé-ÎĐ (ţĥé ŕéþļý ţĥéñ ĵöîñš îţš çöñṽéŕšåţîöñ ƀý šûƀĵéçţ öñļý); ŵîţĥöûţ îţ šûçĥ å ŕéþļý îš ŕéƒûšéđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>let --subject change the topic of the conversation replied to (Gmail then starts a new conversation); without it such a --subject is refused</source>
            <translation>[ļéţ --šûƀĵéçţ çĥåñĝé ţĥé ţöþîç öƒ ţĥé çöñṽéŕšåţîöñ ŕéþļîéđ ţö (Ĝɱåîļ ţĥéñ šţåŕţš å ñéŵ çöñṽéŕšåţîöñ); ŵîţĥöûţ îţ šûçĥ å --šûƀĵéçţ îš ŕéƒûšéđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>queue it for the app or 'outbox flush'</source>
            <translation>[ǫûéûé îţ ƒöŕ ţĥé åþþ öŕ 'öûţƀöẋ ƒļûšĥ' ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>print the message; store nothing</source>
            <translation>[þŕîñţ ţĥé ɱéššåĝé; šţöŕé ñöţĥîñĝ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>print the outcome as JSON: message_id, outbox_id, state, thread_id, error, warning, exit_status (see the README)</source>
            <translation>[þŕîñţ ţĥé öûţçöɱé åš ĴŠÖÑ: ɱéššåĝé_îđ, öûţƀöẋ_îđ, šţåţé, ţĥŕéåđ_îđ, éŕŕöŕ, ŵåŕñîñĝ, éẋîţ_šţåţûš (šéé ţĥé ŔÉÅĐṀÉ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>send later, at TIME (ISO 8601, e.g. '2026-12-01 08:00'; local time unless a zone is given): the app, or 'threadline outbox flush' run after TIME, sends it</source>
            <translation>[šéñđ ļåţéŕ, åţ ŢÎṀÉ (ÎŠÖ 8601, é.ĝ. '2026-12-01 08:00'; ļöçåļ ţîɱé ûñļéšš å žöñé îš ĝîṽéñ): ţĥé åþþ, öŕ 'ţĥŕéåđļîñé öûţƀöẋ ƒļûšĥ' ŕûñ åƒţéŕ ŢÎṀÉ, šéñđš îţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{size} is not a size like 10M or 500K</source>
            <translation>[{size} îš ñöţ å šîžé ļîķé 10Ṁ öŕ 500Ķ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot read the HTML file {path}: {reason}.</source>
            <translation>[Çåññöţ ŕéåđ ţĥé ĤŢṀĻ ƒîļé {path}: {reason}. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot read the body file {path}: {reason}.</source>
            <translation>[Çåññöţ ŕéåđ ţĥé ƀöđý ƒîļé {path}: {reason}. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the HTML file {path}</source>
            <translation>[ţĥé ĤŢṀĻ ƒîļé {path} ~~~~~~]</translation>
        </message>
        <message>
            <source>the body file {path}</source>
            <translation>[ţĥé ƀöđý ƒîļé {path} ~~~~~~]</translation>
        </message>
        <message>
            <source>the text on standard input</source>
            <translation>[ţĥé ţéẋţ öñ šţåñđåŕđ îñþûţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>--header {value} must look like 'Name: value'.</source>
            <translation>[--ĥéåđéŕ {value} ɱûšţ ļööķ ļîķé 'Ñåɱé: ṽåļûé'. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--header {name} is given twice; give each header once.</source>
            <translation>[--ĥéåđéŕ {name} îš ĝîṽéñ ţŵîçé; ĝîṽé éåçĥ ĥéåđéŕ öñçé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--dry-run prints the message itself; leave out --json.</source>
            <translation>[--đŕý-ŕûñ þŕîñţš ţĥé ɱéššåĝé îţšéļƒ; ļéåṽé öûţ --ĵšöñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>scheduled for {time}; the app (or 'threadline outbox flush' run after then) sends it.</source>
            <translation>[šçĥéđûļéđ ƒöŕ {time}; ţĥé åþþ (öŕ 'ţĥŕéåđļîñé öûţƀöẋ ƒļûšĥ' ŕûñ åƒţéŕ ţĥéñ) šéñđš îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>warning: {text}</source>
            <translation>[ŵåŕñîñĝ: {text} ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>sending</name>
        <message>
            <source>It is being sent by another Threadline (the app or another command) right now.</source>
            <translation>[Îţ îš ƀéîñĝ šéñţ ƀý åñöţĥéŕ Ţĥŕéåđļîñé (ţĥé åþþ öŕ åñöţĥéŕ çöɱɱåñđ) ŕîĝĥţ ñöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not delivered to {refused}</source>
            <translation>[Ñöţ đéļîṽéŕéđ ţö {refused} ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>smtp</name>
        <message>
            <source>{host} could not check the password right now ({reply}). Threadline will try again.</source>
            <translation>[{host} çöûļđ ñöţ çĥéçķ ţĥé þåššŵöŕđ ŕîĝĥţ ñöŵ ({reply}). Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} could not check the password right now ({reply}).</source>
            <translation>[{host} çöûļđ ñöţ çĥéçķ ţĥé þåššŵöŕđ ŕîĝĥţ ñöŵ ({reply}). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the user name or password ({reply}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
            <translation>[{host} ŕéƒûšéđ ţĥé ûšéŕ ñåɱé öŕ þåššŵöŕđ ({reply}). Çĥéçķ ţĥéɱ îñ ţĥé åççöûñţ šéţţîñĝš; šöɱé þŕöṽîđéŕš ñééđ åñ åþþ þåššŵöŕđ öŕ ÖÅûţĥ šîĝñ-îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused every recipient for now ({details}). Threadline will try again.</source>
            <translation>[{host} ŕéƒûšéđ éṽéŕý ŕéçîþîéñţ ƒöŕ ñöŵ ({details}). Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused every recipient for now ({details}).</source>
            <translation>[{host} ŕéƒûšéđ éṽéŕý ŕéçîþîéñţ ƒöŕ ñöŵ ({details}). ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused every recipient ({details}). Check the addresses.</source>
            <translation>[{host} ŕéƒûšéđ éṽéŕý ŕéçîþîéñţ ({details}). Çĥéçķ ţĥé åđđŕéššéš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} asked to try again later ({reply}). Threadline will retry.</source>
            <translation>[{host} åšķéđ ţö ţŕý åĝåîñ ļåţéŕ ({reply}). Ţĥŕéåđļîñé ŵîļļ ŕéţŕý. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} asked to try again later ({reply}).</source>
            <translation>[{host} åšķéđ ţö ţŕý åĝåîñ ļåţéŕ ({reply}). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the sender address ({reply}). Check the account's address.</source>
            <translation>[{host} ŕéƒûšéđ ţĥé šéñđéŕ åđđŕéšš ({reply}). Çĥéçķ ţĥé åççöûñţ'š åđđŕéšš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the message ({reply}). It stays in the outbox; change it or delete it.</source>
            <translation>[{host} ŕéƒûšéđ ţĥé ɱéššåĝé ({reply}). Îţ šţåýš îñ ţĥé öûţƀöẋ; çĥåñĝé îţ öŕ đéļéţé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} refused the message ({reply}).</source>
            <translation>[{host} ŕéƒûšéđ ţĥé ɱéššåĝé ({reply}). ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} closed the connection before the message was accepted. Threadline will try again.</source>
            <translation>[{host} çļöšéđ ţĥé çöññéçţîöñ ƀéƒöŕé ţĥé ɱéššåĝé ŵåš åççéþţéđ. Ţĥŕéåđļîñé ŵîļļ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} closed the connection before the message was accepted.</source>
            <translation>[{host} çļöšéđ ţĥé çöññéçţîöñ ƀéƒöŕé ţĥé ɱéššåĝé ŵåš åççéþţéđ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server is misconfigured. Nothing was sent.</source>
            <translation>[Ţĥé çéŕţîƒîçåţé öƒ {host} îš ñöţ ţŕûšţéđ ({reason}). Šöɱéöñé ɱåý ƀé îñţéŕçéþţîñĝ ţĥé çöññéçţîöñ, öŕ ţĥé šéŕṽéŕ îš ɱîšçöñƒîĝûŕéđ. Ñöţĥîñĝ ŵåš šéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 465, STARTTLS port 587).</source>
            <translation>[Ţĥé éñçŕýþţéđ çöññéçţîöñ ţö {host} ƒåîļéđ ({reason}). Çĥéçķ ţĥé þöŕţ åñđ šéçûŕîţý šéţţîñĝš (ŢĻŠ îš ûšûåļļý þöŕţ 465, ŠŢÅŔŢŢĻŠ þöŕţ 587). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. The message stays in the outbox: try again after updating Threadline, and please report this problem.</source>
            <translation>[Ţĥŕéåđļîñé çöûļđ ñöţ šéñđ ţĥŕöûĝĥ {host} ƀéçåûšé öƒ åñ éŕŕöŕ îñ Ţĥŕéåđļîñé îţšéļƒ ({error}), ñöţ ƀéçåûšé öƒ ţĥé šéŕṽéŕ. Ţĥé ɱéššåĝé šţåýš îñ ţĥé öûţƀöẋ: ţŕý åĝåîñ åƒţéŕ ûþđåţîñĝ Ţĥŕéåđļîñé, åñđ þļéåšé ŕéþöŕţ ţĥîš þŕöƀļéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. Try again after updating Threadline, and please report this problem.</source>
            <translation>[Ţĥŕéåđļîñé çöûļđ ñöţ šéñđ ţĥŕöûĝĥ {host} ƀéçåûšé öƒ åñ éŕŕöŕ îñ Ţĥŕéåđļîñé îţšéļƒ ({error}), ñöţ ƀéçåûšé öƒ ţĥé šéŕṽéŕ. Ţŕý åĝåîñ åƒţéŕ ûþđåţîñĝ Ţĥŕéåđļîñé, åñđ þļéåšé ŕéþöŕţ ţĥîš þŕöƀļéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>OAuth2 tokens are only sent over an encrypted connection.</source>
            <translation>[ÖÅûţĥ2 ţöķéñš åŕé öñļý šéñţ öṽéŕ åñ éñçŕýþţéđ çöññéçţîöñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
            <translation>[Ñö þåššŵöŕđ îš šţöŕéđ ƒöŕ {account}. Éñţéŕ îţ îñ ţĥé åççöûñţ šéţţîñĝš (îţ îš ķéþţ îñ ţĥé šýšţéɱ ķéýŕîñĝ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refusing to send to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
            <translation>[Ŕéƒûšîñĝ ţö šéñđ ţö {host} ŵîţĥöûţ éñçŕýþţîöñ. Çĥööšé ŢĻŠ öŕ ŠŢÅŔŢŢĻŠ îñ ţĥé åççöûñţ šéţţîñĝš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (587 for STARTTLS, 465 for TLS) or ask your provider.</source>
            <translation>[{host} đöéš ñöţ öƒƒéŕ ŠŢÅŔŢŢĻŠ, šö ţĥé çöññéçţîöñ çåññöţ ƀé éñçŕýþţéđ. Ñöţĥîñĝ ŵåš šéñţ. Çĥéçķ ţĥé þöŕţ (587 ƒöŕ ŠŢÅŔŢŢĻŠ, 465 ƒöŕ ŢĻŠ) öŕ åšķ ýöûŕ þŕöṽîđéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refusing to send the password over an unencrypted connection.</source>
            <translation>[Ŕéƒûšîñĝ ţö šéñđ ţĥé þåššŵöŕđ öṽéŕ åñ ûñéñçŕýþţéđ çöññéçţîöñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
            <translation>[Ţĥé çéŕţîƒîçåţé öƒ {host} îš ñöţ ţŕûšţéđ ({reason}). Îţš ŠĤÅ-256 ƒîñĝéŕþŕîñţ îš {fingerprint}. Šöɱéöñé ɱåý ƀé îñţéŕçéþţîñĝ ţĥé çöññéçţîöñ, öŕ ţĥé šéŕṽéŕ ûšéš å çéŕţîƒîçåţé ýöûŕ šýšţéɱ đöéš ñöţ ķñöŵ. Ñöţĥîñĝ ŵåš šéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
            <translation>[Ţĥé çéŕţîƒîçåţé öƒ {host} îš ñöţ ţŕûšţéđ ({reason}). Šöɱéöñé ɱåý ƀé îñţéŕçéþţîñĝ ţĥé çöññéçţîöñ, öŕ ţĥé šéŕṽéŕ ûšéš å çéŕţîƒîçåţé ýöûŕ šýšţéɱ đöéš ñöţ ķñöŵ. Ñöţĥîñĝ ŵåš šéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The connection is not open.</source>
            <translation>[Ţĥé çöññéçţîöñ îš ñöţ öþéñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531), so {addresses} cannot be reached through it. Nothing was sent; change the address or the account.</source>
            <translation>[{host} đöéš ñöţ ţåķé åđđŕéššéš ŵîţĥ ñöñ-ÅŠÇÎÎ çĥåŕåçţéŕš ƀéƒöŕé ţĥé @ (îţ đöéš ñöţ öƒƒéŕ ŠṀŢÞÛŢƑ8, ŔƑÇ 6531), šö {addresses} çåññöţ ƀé ŕéåçĥéđ ţĥŕöûĝĥ îţ. Ñöţĥîñĝ ŵåš šéñţ; çĥåñĝé ţĥé åđđŕéšš öŕ ţĥé åççöûñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>srv</name>
        <message>
            <source>The DNS did not answer in time for {name}</source>
            <translation>[Ţĥé ĐÑŠ đîđ ñöţ åñšŵéŕ îñ ţîɱé ƒöŕ {name} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No DNS server could be asked for {name}</source>
            <translation>[Ñö ĐÑŠ šéŕṽéŕ çöûļđ ƀé åšķéđ ƒöŕ {name} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The DNS look-up of {name} failed ({reason}).</source>
            <translation>[Ţĥé ĐÑŠ ļööķ-ûþ öƒ {name} ƒåîļéđ ({reason}). ~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>Cannot open the mail store {path}: {reason}</source>
            <translation>[Çåññöţ öþéñ ţĥé ɱåîļ šţöŕé {path}: {reason} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The mail store {path} was written by a newer Threadline (schema {schema}, this version knows {known}). Update Threadline.</source>
            <translation>[Ţĥé ɱåîļ šţöŕé {path} ŵåš ŵŕîţţéñ ƀý å ñéŵéŕ Ţĥŕéåđļîñé (šçĥéɱå {schema}, ţĥîš ṽéŕšîöñ ķñöŵš {known}). Ûþđåţé Ţĥŕéåđļîñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>sync_command</name>
        <message>
            <source>fetch new mail and read state from the accounts' IMAP servers</source>
            <translation>[ƒéţçĥ ñéŵ ɱåîļ åñđ ŕéåđ šţåţé ƒŕöɱ ţĥé åççöûñţš' ÎṀÅÞ šéŕṽéŕš ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sync INBOX and Sent (on Gmail: All Mail) of every account that has an incoming server, and any folder added with --folder. Mail deleted on the server stays in Threadline's archive.</source>
            <translation>[Šýñç ÎÑƁÖẊ åñđ Šéñţ (öñ Ĝɱåîļ: Åļļ Ṁåîļ) öƒ éṽéŕý åççöûñţ ţĥåţ ĥåš åñ îñçöɱîñĝ šéŕṽéŕ, åñđ åñý ƒöļđéŕ åđđéđ ŵîţĥ --ƒöļđéŕ. Ṁåîļ đéļéţéđ öñ ţĥé šéŕṽéŕ šţåýš îñ Ţĥŕéåđļîñé'š åŕçĥîṽé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>only this account (id, address or name)</source>
            <translation>[öñļý ţĥîš åççöûñţ (îđ, åđđŕéšš öŕ ñåɱé) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>only this folder (added to the account's synced folders if new)</source>
            <translation>[öñļý ţĥîš ƒöļđéŕ (åđđéđ ţö ţĥé åççöûñţ'š šýñçéđ ƒöļđéŕš îƒ ñéŵ) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{address} has no incoming (IMAP) server. Add one with 'threadline accounts edit {address} --imap-host HOST'.</source>
            <translation>[{address} ĥåš ñö îñçöɱîñĝ (ÎṀÅÞ) šéŕṽéŕ. Åđđ öñé ŵîţĥ 'ţĥŕéåđļîñé åççöûñţš éđîţ {address} --îɱåþ-ĥöšţ ĤÖŠŢ'. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No account has an incoming (IMAP) server yet. Add one with 'threadline accounts add ADDRESS --imap-host HOST' (or 'accounts edit').</source>
            <translation>[Ñö åççöûñţ ĥåš åñ îñçöɱîñĝ (ÎṀÅÞ) šéŕṽéŕ ýéţ. Åđđ öñé ŵîţĥ 'ţĥŕéåđļîñé åççöûñţš åđđ ÅĐĐŔÉŠŠ --îɱåþ-ĥöšţ ĤÖŠŢ' (öŕ 'åççöûñţš éđîţ'). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>syncing</name>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>[%n ñéŵ ɱéššåĝé(š) ~~~~~]</numerusform>
                <numerusform>[%n ñéŵ ɱéššåĝé(š) ~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary}, %n changed elsewhere</source>
            <translation>
                <numerusform>[{summary}, %n çĥåñĝéđ éļšéŵĥéŕé ~~~~~~~~~~]</numerusform>
                <numerusform>[{summary}, %n çĥåñĝéđ éļšéŵĥéŕé ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary}, %n deleted on the server (kept here)</source>
            <translation>
                <numerusform>[{summary}, %n đéļéţéđ öñ ţĥé šéŕṽéŕ (ķéþţ ĥéŕé) ~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{summary}, %n đéļéţéđ öñ ţĥé šéŕṽéŕ (ķéþţ ĥéŕé) ~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary}, %n moved to the server's Trash</source>
            <translation>
                <numerusform>[{summary}, %n ɱöṽéđ ţö ţĥé šéŕṽéŕ'š Ţŕåšĥ ~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{summary}, %n ɱöṽéđ ţö ţĥé šéŕṽéŕ'š Ţŕåšĥ ~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{summary}, %n deleted here only (the server has no Trash folder)</source>
            <translation>
                <numerusform>[{summary}, %n đéļéţéđ ĥéŕé öñļý (ţĥé šéŕṽéŕ ĥåš ñö Ţŕåšĥ ƒöļđéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{summary}, %n đéļéţéđ ĥéŕé öñļý (ţĥé šéŕṽéŕ ĥåš ñö Ţŕåšĥ ƒöļđéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{summary}, {folder}: {error}</source>
            <translation>[{summary}, {folder}: {error} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{account}: {summary}.</source>
            <translation>[{account}: {summary}. ~~~~~~]</translation>
        </message>
        <message>
            <source>{address} has no incoming (IMAP) server. Add one with 'threadline accounts edit' or in the Accounts window.</source>
            <translation>[{address} ĥåš ñö îñçöɱîñĝ (ÎṀÅÞ) šéŕṽéŕ. Åđđ öñé ŵîţĥ 'ţĥŕéåđļîñé åççöûñţš éđîţ' öŕ îñ ţĥé Åççöûñţš ŵîñđöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The folder {folder} is no longer on the server (deleted or renamed).</source>
            <translation>[Ţĥé ƒöļđéŕ {folder} îš ñö ļöñĝéŕ öñ ţĥé šéŕṽéŕ (đéļéţéđ öŕ ŕéñåɱéđ). ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no folder {folder} on {host}. Folders there: {names}</source>
            <translation>[Ţĥéŕé îš ñö ƒöļđéŕ {folder} öñ {host}. Ƒöļđéŕš ţĥéŕé: {names} ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>thread_keys</name>
        <message>
            <source>the thread key</source>
            <translation>[ţĥé ţĥŕéåđ ķéý ~~~~]</translation>
        </message>
        <message>
            <source>A thread key must be 1 to 200 characters on one line.</source>
            <translation>[Å ţĥŕéåđ ķéý ɱûšţ ƀé 1 ţö 200 çĥåŕåçţéŕš öñ öñé ļîñé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>threads_command</name>
        <message>
            <source>list conversations, the most recently active first</source>
            <translation>[ļîšţ çöñṽéŕšåţîöñš, ţĥé ɱöšţ ŕéçéñţļý åçţîṽé ƒîŕšţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>how many (default 50)</source>
            <translation>[ĥöŵ ɱåñý (đéƒåûļţ 50) ~~~~~~]</translation>
        </message>
        <message>
            <source>only conversations matching WORDS</source>
            <translation>[öñļý çöñṽéŕšåţîöñš ɱåţçĥîñĝ ŴÖŔĐŠ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a JSON list (see the README)</source>
            <translation>[å ĴŠÖÑ ļîšţ (šéé ţĥé ŔÉÅĐṀÉ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>show one conversation's messages as a tree</source>
            <translation>[šĥöŵ öñé çöñṽéŕšåţîöñ'š ɱéššåĝéš åš å ţŕéé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a number from 'threadline threads'</source>
            <translation>[å ñûɱƀéŕ ƒŕöɱ 'ţĥŕéåđļîñé ţĥŕéåđš' ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a JSON object (see the README)</source>
            <translation>[å ĴŠÖÑ öƀĵéçţ (šéé ţĥé ŔÉÅĐṀÉ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the messages' exact bytes: an mbox file (importing it gives them back), or with --json a base64 'raw' field in each message</source>
            <translation>[ţĥé ɱéššåĝéš' éẋåçţ ƀýţéš: åñ ɱƀöẋ ƒîļé (îɱþöŕţîñĝ îţ ĝîṽéš ţĥéɱ ƀåçķ), öŕ ŵîţĥ --ĵšöñ å ƀåšé64 'ŕåŵ' ƒîéļđ îñ éåçĥ ɱéššåĝé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>[(ñö šûƀĵéçţ) ~~~]</translation>
        </message>
        <message>
            <source>There is no conversation {thread}. 'threadline threads' lists them.</source>
            <translation>[Ţĥéŕé îš ñö çöñṽéŕšåţîöñ {thread}. 'ţĥŕéåđļîñé ţĥŕéåđš' ļîšţš ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>[%n ɱéššåĝé(š) ~~~]</numerusform>
                <numerusform>[%n ɱéššåĝé(š) ~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>watching</name>
        <message>
            <source>{host} does not support IDLE; mail is checked on a timer.</source>
            <translation>[{host} đöéš ñöţ šûþþöŕţ ÎĐĻÉ; ɱåîļ îš çĥéçķéđ öñ å ţîɱéŕ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{host} ended the connection (BYE). Threadline reconnects.</source>
            <translation>[{host} éñđéđ ţĥé çöññéçţîöñ (ƁÝÉ). Ţĥŕéåđļîñé ŕéçöññéçţš. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
</TS>
