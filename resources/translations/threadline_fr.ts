<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accounts</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Aucune (seulement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Serveur entrant</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Port entrant</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>Sécurité entrante</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>Enter the password: this account signs in with one.</source>
        <translation>Saisissez le mot de passe : ce compte se connecte avec.</translation>
    </message>
    <message>
        <source>No password is stored for this account: type it here and save, or sending will fail.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte : saisissez-le ici et enregistrez, sinon l’envoi échouera.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ex. smtp.example.org</translation>
    </message>
    <message>
        <source>none: this account only sends</source>
        <translation>aucun : ce compte ne fait qu’envoyer</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <source>e.g. ann@example.org</source>
        <translation>p. ex. anne@example.org</translation>
    </message>
    <message>
        <source>other addresses of this mailbox, comma-separated</source>
        <translation>autres adresses de cette boîte, séparées par des virgules</translation>
    </message>
    <message>
        <source>Replies to mail sent to one of these go from it, through this account&apos;s server.</source>
        <translation>Les réponses aux messages envoyés à l’une de ces adresses partent de celle-ci, par le serveur de ce compte.</translation>
    </message>
    <message>
        <source>The server this account&apos;s mail comes from. Leave it empty for an account that only sends.</source>
        <translation>Le serveur d’où vient le courrier de ce compte. Laissez-le vide pour un compte qui ne fait qu’envoyer.</translation>
    </message>
    <message>
        <source>Save a copy of sent mail in the Sent folder</source>
        <translation>Enregistrer une copie des messages envoyés dans Envoyés</translation>
    </message>
    <message>
        <source>Gmail and Microsoft file mail sent through their servers in Sent by themselves; a second copy would show every message twice.</source>
        <translation>Gmail et Microsoft classent eux-mêmes dans Envoyés le courrier passé par leurs serveurs ; une seconde copie afficherait chaque message deux fois.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Sans connexion</translation>
    </message>
    <message>
        <source>Sign in with {provider} (OAuth2)</source>
        <translation>Connexion avec {provider} (OAuth2)</translation>
    </message>
    <message>
        <source>One login for both servers.</source>
        <translation>Un seul identifiant pour les deux serveurs.</translation>
    </message>
    <message>
        <source>kept in the system keyring only</source>
        <translation>conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Trouver les paramètres</translation>
    </message>
    <message>
        <source>Ask your address&apos;s domain for its servers (its own configuration, its DNS records); Thunderbird&apos;s database only if you agree.</source>
        <translation>Demander ses serveurs au domaine de votre adresse (sa propre configuration, ses enregistrements DNS) ; la base de Thunderbird seulement si vous l’acceptez.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Also sends as</source>
        <translation>Envoie aussi en tant que</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Serveur entrant (IMAP)</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Port entrant</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>Sécurité entrante</translation>
    </message>
    <message>
        <source>Save sent mail</source>
        <translation>Copie des envoyés</translation>
    </message>
    <message>
        <source>Sending mail (SMTP)</source>
        <translation>Envoi du courrier (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Folders…</source>
        <translation>Dossiers…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Synced folders</source>
        <translation>Dossiers synchronisés</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Enter your address: the servers of well-known providers are filled in.</source>
        <translation>Saisissez votre adresse : les serveurs des fournisseurs connus sont remplis.</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>un fournisseur sans nom</translation>
    </message>
    <message>
        <source>Sign in with {provider} (OAuth2, not set up here)</source>
        <translation>Connexion avec {provider} (OAuth2, non configuré ici)</translation>
    </message>
    <message>
        <source>It takes an app password, or sign in with OAuth2 (Sign-in above).</source>
        <translation>Il faut un mot de passe d’application, ou connectez-vous avec OAuth2 (Connexion ci-dessus).</translation>
    </message>
    <message>
        <source>Filled in the servers of {provider}.</source>
        <translation>Serveurs de {provider} remplis.</translation>
    </message>
    <message>
        <source>No preset for {domain}: the grey server names are only guesses. Your provider&apos;s help pages name the real ones; leave the incoming server empty to only send.</source>
        <translation>Aucun préréglage pour {domain} : les noms de serveur en gris ne sont que des suppositions. Les pages d’aide de votre fournisseur donnent les bons ; laissez le serveur entrant vide pour seulement envoyer.</translation>
    </message>
    <message>
        <source>{server} (a guess)</source>
        <translation>{server} (supposé)</translation>
    </message>
    <message>
        <source>{server} (a guess), or empty to only send</source>
        <translation>{server} (supposé), ou vide pour seulement envoyer</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Not tested: {error}</source>
        <translation>Non testé : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>Pas encore enregistré : voyez le champ marqué.</numerusform>
            <numerusform>Pas encore enregistré : voyez les %n champs marqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not tested yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>Pas encore testé : voyez le champ marqué.</numerusform>
            <numerusform>Pas encore testé : voyez les %n champs marqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the password could not be stored.</source>
        <translation>Non enregistré : le mot de passe n’a pas pu être conservé.</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>{account} enregistré.</translation>
    </message>
    <message>
        <source>It signs in with nothing: the server on this computer takes mail without.</source>
        <translation>Il se connecte sans identifiants : le serveur de cet ordinateur accepte le courrier sans.</translation>
    </message>
    <message>
        <source>Saved {account}, but without a password: sending will fail until you enter it.</source>
        <translation>{account} enregistré, mais sans mot de passe : l’envoi échouera tant que vous ne l’aurez pas saisi.</translation>
    </message>
    <message>
        <source>{smtp} and {imap}</source>
        <translation>{smtp} et {imap}</translation>
    </message>
    <message>
        <source>Connecting to {servers}…</source>
        <translation>Connexion à {servers}…</translation>
    </message>
    <message>
        <source>The settings changed during the test: test again to check them.</source>
        <translation>Les paramètres ont changé pendant le test : testez à nouveau pour les vérifier.</translation>
    </message>
    <message>
        <source>You can change any field.</source>
        <translation>Vous pouvez modifier chaque champ.</translation>
    </message>
    <message>
        <source>{part}: {found} (you typed {typed})</source>
        <translation>{part} : {found} (vous avez saisi {typed})</translation>
    </message>
    <message>
        <source>{where} names other settings than you typed:

{lines}

Use them for these fields too?</source>
        <translation>{where} indique d’autres paramètres que ceux saisis :

{lines}

Les utiliser aussi pour ces champs ?</translation>
    </message>
    <message>
        <source>Use the settings found?</source>
        <translation>Utiliser les paramètres trouvés ?</translation>
    </message>
    <message>
        <source>Use them</source>
        <translation>Les utiliser</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder les miens</translation>
    </message>
    <message>
        <source>Kept what you typed: {fields}.</source>
        <translation>Votre saisie est conservée : {fields}.</translation>
    </message>
    <message>
        <source>Save the account with an incoming server to choose the folders it syncs.</source>
        <translation>Enregistrez le compte avec un serveur entrant pour choisir les dossiers qu’il synchronise.</translation>
    </message>
    <message>
        <source>Inbox and Sent (found at the first sync)</source>
        <translation>Boîte de réception et Envoyés (trouvés à la première synchronisation)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Syncs {folders}.</source>
        <translation>Synchronise {folders}.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove {account}? Its settings and its password (or sign-in) are deleted from this computer. Mail already in your conversations stays.</source>
        <translation>Supprimer {account} ? Ses paramètres et son mot de passe (ou sa connexion) sont effacés de cet ordinateur. Le courrier déjà dans vos conversations reste.</translation>
    </message>
    <message>
        <source>Cannot remove the account</source>
        <translation>Impossible de supprimer le compte</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>{field} addresses</source>
        <translation>Adresses {field}</translation>
    </message>
    <message>
        <source>name@example.org, Another Name &lt;another@example.org&gt;</source>
        <translation>nom@example.org, Autre Nom &lt;autre@example.org&gt;</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{app} hit a problem</source>
        <translation>{app} a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your messages are safe: everything in the outbox is stored on disk and will be sent.</source>
        <translation>Une erreur s’est produite : {error}

Vos messages sont en sécurité : tout ce qui se trouve dans la boîte d’envoi est enregistré sur le disque et sera envoyé.</translation>
    </message>
    <message>
        <source>{app} — demo (mail goes to a test server on this computer)</source>
        <translation>{app} — démo (les messages vont à un serveur de test sur cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachment {name}, {size}</source>
        <translation>Pièce jointe {name}, {size}</translation>
    </message>
    <message>
        <source>Click to open; the arrow to save</source>
        <translation>Cliquez pour ouvrir ; la flèche pour enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>Tout enregistrer…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Impossible d’ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from there.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre {name}. Utilisez « Enregistrer sous… » et ouvrez-le depuis là.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Save all attachments in</source>
        <translation>Enregistrer toutes les pièces jointes dans</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>Impossible d’enregistrer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>the limit of {size} at {host}</source>
        <translation>la limite de {size} chez {host}</translation>
    </message>
    <message>
        <source>the {size} most mail servers accept</source>
        <translation>les {size} qu’acceptent la plupart des serveurs</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Conversation this reply goes into</source>
        <translation>Conversation où va cette réponse</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
        <translation>Le message auquel vous répondez n’a pas de Message-ID, la réponse ne peut donc pas le nommer : elle rejoint la conversation par son objet seulement, et Gmail, Outlook et d’autres peuvent l’afficher à part.</translation>
    </message>
    <message numerus="yes">
        <source>↪ Replying in: {subject} (%n message(s))</source>
        <translation>
            <numerusform>↪ Réponse dans : {subject} (%n message)</numerusform>
            <numerusform>↪ Réponse dans : {subject} (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>✉ New conversation</source>
        <translation>✉ Nouvelle conversation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Gmail keeps a reply in its conversation only while its subject stays the same.</source>
        <translation>Gmail ne garde une réponse dans sa conversation que si son objet reste le même.</translation>
    </message>
    <message>
        <source>Subject hint</source>
        <translation>Conseil sur l’objet</translation>
    </message>
    <message>
        <source>You changed the subject of a reply. Gmail will show it as a new conversation; other mail programs keep it in this one.</source>
        <translation>Vous avez changé l’objet d’une réponse. Gmail l’affichera comme une nouvelle conversation ; les autres logiciels la gardent dans celle-ci.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Taille du message</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>État de l’envoi</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>Envoyer plus tard…</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>Choose when the message goes</source>
        <translation>Choisir quand le message part</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Throw this message away, with its draft</source>
        <translation>Jeter ce message, avec son brouillon</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Keep it in Drafts to finish later (Ctrl+S)</source>
        <translation>Le garder dans Brouillons pour le finir plus tard (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n fichier, {size}</numerusform>
            <numerusform>%n fichiers, {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>about {size} once encoded for mail, more than {limit}. Remove a file, or share large files another way.</source>
        <translation>environ {size} une fois encodé pour l’envoi, plus que {limit}. Retirez un fichier, ou partagez les gros fichiers autrement.</translation>
    </message>
    <message>
        <source>about {size} once encoded for mail, close to {limit}.</source>
        <translation>environ {size} une fois encodé pour l’envoi, près de {limit}.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments, more than {limit}. Remove a file, or share large files another way.</source>
        <translation>Avec ses pièces jointes, le message ferait environ {size}, plus que {limit}. Retirez un fichier, ou partagez les gros fichiers autrement.</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>Impossible de joindre</translation>
    </message>
    <message>
        <source>Add a sending account first (Accounts in the main window).</source>
        <translation>Ajoutez d’abord un compte d’envoi (Comptes dans la fenêtre principale).</translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation>Envoi impossible pour l’instant</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>This message has no subject. Send it without one?</source>
        <translation>Ce message n’a pas d’objet. L’envoyer sans objet ?</translation>
    </message>
    <message>
        <source>Send &amp;without subject</source>
        <translation>Envoyer &amp;sans objet</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>Le brouillon n’a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Brouillon enregistré à {time}</translation>
    </message>
    <message>
        <source>Discard message</source>
        <translation>Abandonner le message</translation>
    </message>
    <message>
        <source>Discard this message? Its text and its draft are deleted; this cannot be undone.</source>
        <translation>Abandonner ce message ? Son texte et son brouillon sont supprimés ; c’est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>{messages}, {unread}</source>
        <translation>{messages}, {unread}</translation>
    </message>
    <message>
        <source>In {folders}</source>
        <translation>Dans {folders}</translation>
    </message>
    <message>
        <source>{subject}, from {people}, {counts}, {date}</source>
        <translation>{subject}, de {people}, {counts}, {date}</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>{text}, in {folders}</source>
        <translation>{text}, dans {folders}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>No recipients yet</source>
        <translation>Pas encore de destinataire</translation>
    </message>
    <message>
        <source>To {people}</source>
        <translation>À {people}</translation>
    </message>
    <message>
        <source>in “{subject}”</source>
        <translation>dans « {subject} »</translation>
    </message>
</context>
<context>
    <name>DraftsPlace</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>No drafts. A message you close with Save draft waits here until you send it.</source>
        <translation>Aucun brouillon. Un message fermé avec « Enregistrer le brouillon » attend ici jusqu’à son envoi.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete the draft “{subject}”? This cannot be undone.</source>
        <translation>Supprimer le brouillon « {subject} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s’est produite : {error}</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>{folder} — always synced</source>
        <translation>{folder} — toujours synchronisé</translation>
    </message>
    <message>
        <source>{folder} — {role}, always synced</source>
        <translation>{folder} — {role}, toujours synchronisé</translation>
    </message>
    <message>
        <source>{folder} — gone from the server; its mail stays here</source>
        <translation>{folder} — disparu du serveur ; ses messages restent ici</translation>
    </message>
    <message>
        <source>{folder} — was gone from the server; check it to sync it again</source>
        <translation>{folder} — avait disparu du serveur ; cochez-le pour le synchroniser à nouveau</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Folders of {address}</source>
        <translation>Dossiers de {address}</translation>
    </message>
    <message>
        <source>Filter folders</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Folders status</source>
        <translation>État des dossiers</translation>
    </message>
    <message>
        <source>Checked folders are synced. Unchecking one stops syncing it: its mail stays in Threadline, and nothing is deleted on the server.</source>
        <translation>Les dossiers cochés sont synchronisés. Décocher un dossier arrête sa synchronisation : ses messages restent dans Threadline et rien n’est supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading folders from {host}…</source>
        <translation>Chargement des dossiers depuis {host}…</translation>
    </message>
    <message>
        <source>The folders on {host}. All Mail is always synced; check any other folder whose conversations you want here.</source>
        <translation>Les dossiers de {host}. « Tous les messages » est toujours synchronisé ; cochez tout autre dossier dont vous voulez les conversations ici.</translation>
    </message>
    <message>
        <source>The folders on {host}. Inbox and Sent are always synced; check any other folder whose conversations you want here.</source>
        <translation>Les dossiers de {host}. Boîte de réception et Envoyés sont toujours synchronisés ; cochez tout autre dossier dont vous voulez les conversations ici.</translation>
    </message>
    <message>
        <source>Could not load the folders: {error}</source>
        <translation>Impossible de charger les dossiers : {error}</translation>
    </message>
    <message>
        <source>Could not save the choice: {error}</source>
        <translation>Impossible d’enregistrer le choix : {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mail files ({patterns})</source>
        <translation>Fichiers de courrier ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Pas encore de conversation</translation>
    </message>
    <message>
        <source>Import mail you already have — .eml files, mbox files or Maildir folders — with &lt;b&gt;Import&lt;/b&gt; or &lt;b&gt;Import folder&lt;/b&gt;, or drop them on this window.</source>
        <translation>Importez le courrier que vous avez déjà — fichiers .eml, fichiers mbox ou dossiers Maildir — avec &lt;b&gt;Importer&lt;/b&gt; ou &lt;b&gt;Importer un dossier&lt;/b&gt;, ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Or write a new message with &lt;b&gt;New&lt;/b&gt; (Ctrl+N). Replies you send land in the right conversation, here and in your recipients&apos; mail programs.</source>
        <translation>Ou écrivez un nouveau message avec &lt;b&gt;Nouveau&lt;/b&gt; (Ctrl+N). Vos réponses arrivent dans la bonne conversation, ici et dans les logiciels de messagerie de vos destinataires.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Show Details… lists what was skipped, and why.</source>
        <translation>« Afficher les détails… » liste ce qui a été ignoré, et pourquoi.</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>Rechercher dans tout le courrier (Ctrl+F)</translation>
    </message>
    <message>
        <source>No sending account yet. Add one to reply and send, or import mail you have.</source>
        <translation>Pas encore de compte d’envoi. Ajoutez-en un pour répondre et envoyer, ou importez le courrier que vous avez.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Import mail…</source>
        <translation>Importer du courrier…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Conversations and drafts</source>
        <translation>Conversations et brouillons</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Conversation subject</source>
        <translation>Sujet de la conversation</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Messages de la conversation</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Écrire un nouveau message</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Reply to the sender</source>
        <translation>Répondre à l’expéditeur</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>Répondre à &amp;tous</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>Répondre à tous</translation>
    </message>
    <message>
        <source>Reply to &amp;list</source>
        <translation>Répondre à la &amp;liste</translation>
    </message>
    <message>
        <source>Reply to the mailing list</source>
        <translation>Répondre à la liste de diffusion</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Trans&amp;férer</translation>
    </message>
    <message>
        <source>Forward as a new conversation</source>
        <translation>Transférer comme nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import .eml, mbox or Maildir</source>
        <translation>Importer des fichiers .eml, mbox ou un Maildir</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import a Maildir or a folder of mail</source>
        <translation>Importer un Maildir ou un dossier de messages</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d’envoi</translation>
    </message>
    <message>
        <source>Queued and failed messages</source>
        <translation>Messages en attente et en échec</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>Comptes d’envoi</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search all mail</source>
        <translation>Rechercher dans tout le courrier</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Mark the conversation&apos;s newest message unread, here and on the server</source>
        <translation>Marquer comme non lu le message le plus récent de la conversation, ici et sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the conversation to the Trash (Ctrl+Z brings it back)</source>
        <translation>Placer la conversation dans la corbeille (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring back what was deleted last</source>
        <translation>Rétablir le dernier élément supprimé</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Expand all messages</source>
        <translation>&amp;Développer tous les messages</translation>
    </message>
    <message>
        <source>Open every message of the conversation</source>
        <translation>Ouvrir tous les messages de la conversation</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
    </message>
    <message>
        <source>Messages saved to finish later</source>
        <translation>Messages enregistrés pour plus tard</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Deleted conversations, to restore</source>
        <translation>Conversations supprimées, à restaurer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Threadline</source>
        <translation>Fermer Threadline</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut, in one list</source>
        <translation>Tous les raccourcis, en une liste</translation>
    </message>
    <message>
        <source>&amp;About Threadline</source>
        <translation>À &amp;propos de Threadline</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>From the search box into the results</source>
        <translation>De la zone de recherche aux résultats</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>A desktop mail composer whose messages land in the right conversation.</source>
        <translation>Un logiciel de courrier pour le bureau dont les messages arrivent dans la bonne conversation.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Reply to the mailing list (Ctrl+L)</source>
        <translation>Répondre à la liste de diffusion (Ctrl+L)</translation>
    </message>
    <message>
        <source>Reply to list: this conversation&apos;s newest message names no mailing list</source>
        <translation>Répondre à la liste : le message le plus récent de cette conversation ne nomme aucune liste de diffusion</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Marked as unread.</source>
        <translation>Marqué comme non lu.</translation>
    </message>
    <message>
        <source>Conversation moved to Trash.</source>
        <translation>Conversation placée dans la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(ies) on the server go to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>La copie sur le serveur ira dans sa corbeille à la prochaine synchronisation.</numerusform>
            <numerusform>Les %n copies sur le serveur iront dans sa corbeille à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restauré.</numerusform>
            <numerusform>%n messages restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>It comes back from the server&apos;s Trash at the next sync.</source>
        <translation>Il revient de la corbeille du serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Link to {target}</source>
        <translation>Lien vers {target}</translation>
    </message>
    <message>
        <source>Drafts ({count})</source>
        <translation>Brouillons ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent draft(s) wait in Drafts.</source>
        <translation>
            <numerusform>%n brouillon non envoyé attend dans Brouillons.</numerusform>
            <numerusform>%n brouillons non envoyés attendent dans Brouillons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match “{query}”.</source>
        <translation>
            <numerusform>%n conversation correspond à « {query} ».</numerusform>
            <numerusform>%n conversations correspondent à « {query} ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>Add a sending account first.</source>
        <translation>Ajoutez d’abord un compte d’envoi.</translation>
    </message>
    <message>
        <source>On {date}, {sender} wrote:</source>
        <translation>Le {date}, {sender} a écrit :</translation>
    </message>
    <message>
        <source>{sender} wrote:</source>
        <translation>{sender} a écrit :</translation>
    </message>
    <message>
        <source>Cannot reply</source>
        <translation>Impossible de répondre</translation>
    </message>
    <message>
        <source>Scheduled for {when}. It waits in the Outbox until then.</source>
        <translation>Prévu pour {when}. Il attend dans la boîte d’envoi jusque-là.</translation>
    </message>
    <message>
        <source>Sending “{subject}” in {seconds} s</source>
        <translation>Envoi de « {subject} » dans {seconds} s</translation>
    </message>
    <message>
        <source>Too late to undo: the message is being sent.</source>
        <translation>Trop tard pour annuler : le message est en cours d’envoi.</translation>
    </message>
    <message>
        <source>Sending undone.</source>
        <translation>Envoi annulé.</translation>
    </message>
    <message>
        <source>It is being sent right now; it cannot change.</source>
        <translation>Il est en cours d’envoi ; il ne peut plus changer.</translation>
    </message>
    <message>
        <source>“{subject}” was sent.</source>
        <translation>« {subject} » a été envoyé.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Not sent yet: {error} Next try at {time} (see the Outbox).</source>
        <translation>Pas encore envoyé : {error} Prochain essai à {time} (voir la boîte d’envoi).</translation>
    </message>
    <message>
        <source>“{subject}” was refused: {error}</source>
        <translation>« {subject} » a été refusé : {error}</translation>
    </message>
    <message>
        <source>“{subject}” was not sent: {error} It stays in the Outbox, where you can retry or delete it.</source>
        <translation>« {subject} » n’a pas été envoyé : {error} Il reste dans la boîte d’envoi, où vous pouvez le réessayer ou le supprimer.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <source>Import mail: .eml or mbox files (Maildir: Import folder…)</source>
        <translation>Importer du courrier : fichiers .eml ou mbox (Maildir : Importer un dossier…)</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>Importation du courrier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Importing mail… %n message(s)</source>
        <translation>
            <numerusform>Importation du courrier… %n message</numerusform>
            <numerusform>Importation du courrier… %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>sent by you</source>
        <translation>envoyé par vous</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Message from {sender}</source>
        <translation>Message de {sender}</translation>
    </message>
    <message>
        <source>To: {addresses}</source>
        <translation>À : {addresses}</translation>
    </message>
    <message>
        <source>Cc: {addresses}</source>
        <translation>Cc : {addresses}</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Afficher le texte cité</translation>
    </message>
    <message>
        <source>In reply to {sender}, {date}</source>
        <translation>En réponse à {sender}, {date}</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Masquer le texte cité</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply to {sender}, to this message</source>
        <translation>Répondre à {sender}, à ce message</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>Répondre à tous</translation>
    </message>
    <message>
        <source>Reply to everyone on this message</source>
        <translation>Répondre à tous les participants de ce message</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Forward this message</source>
        <translation>Transférer ce message</translation>
    </message>
</context>
<context>
    <name>OAuthSection</name>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>OAuth sign-in status</source>
        <translation>État de la connexion OAuth</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Checking the sign-in with {provider}…</source>
        <translation>Vérification de la connexion auprès de {provider}…</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <source>Signed in as {address}</source>
        <translation>Connecté en tant que {address}</translation>
    </message>
    <message>
        <source>Not signed in to {provider}</source>
        <translation>Non connecté à {provider}</translation>
    </message>
    <message>
        <source>Finish signing in to {provider} in your browser…</source>
        <translation>Terminez la connexion à {provider} dans votre navigateur…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
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
        <translation>Envoyé en retard, {when}</translation>
    </message>
    <message>
        <source>Sent as scheduled, {when}</source>
        <translation>Envoyé comme prévu, {when}</translation>
    </message>
    <message>
        <source>Scheduled for {when}</source>
        <translation>Prévu pour {when}</translation>
    </message>
    <message>
        <source>Sending in {delay}</source>
        <translation>Envoi dans {delay}</translation>
    </message>
    <message>
        <source>Retrying in {delay}</source>
        <translation>Nouvel essai dans {delay}</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <source>Messages waiting to be sent: open the Outbox (Ctrl+O)</source>
        <translation>Messages en attente d’envoi : ouvrir la boîte d’envoi (Ctrl+O)</translation>
    </message>
    <message>
        <source>Outbox: {count}</source>
        <translation>Boîte d’envoi : {count}</translation>
    </message>
    <message>
        <source>Outbox: {count} ({refused} not sent)</source>
        <translation>Boîte d’envoi : {count} ({refused} non envoyés)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Messages de la boîte d’envoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Take the message back into a composer to change it</source>
        <translation>Reprendre le message dans une fenêtre de rédaction pour le modifier</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send the selected message now</source>
        <translation>Envoyer maintenant le message sélectionné</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Undo send delay</source>
        <translation>Délai d’annulation de l’envoi</translation>
    </message>
    <message>
        <source>How long a sent message waits, so that Undo can stop it</source>
        <translation>Durée pendant laquelle un message envoyé attend, pour qu’Annuler puisse l’arrêter</translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation>Délai d’annulation :</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n en attente.</numerusform>
            <numerusform>%n en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n’attend d’être envoyé.</translation>
    </message>
    <message>
        <source>“{subject}” was sent.</source>
        <translation>« {subject} » a été envoyé.</translation>
    </message>
    <message>
        <source>“{subject}” was not sent: {error} Next try at {time}.</source>
        <translation>« {subject} » n’a pas été envoyé : {error} Prochain essai à {time}.</translation>
    </message>
    <message>
        <source>“{subject}” was refused: {error}</source>
        <translation>« {subject} » a été refusé : {error}</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete “{subject}” to {recipients}? It will not be sent, and there is no copy anywhere else.</source>
        <translation>Supprimer « {subject} » à {recipients} ? Il ne sera pas envoyé et il n’en existe aucune autre copie.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
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
            <numerusform>%n image du Web n’est pas affichée : la charger indique à l’expéditeur que vous avez lu le message.</numerusform>
            <numerusform>%n images du Web ne sont pas affichées : les charger indique à l’expéditeur que vous avez lu le message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>Show pictures from the web in this message</source>
        <translation>Afficher les images du Web dans ce message</translation>
    </message>
    <message>
        <source>Always from {sender}</source>
        <translation>Toujours de {sender}</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Always show pictures from {sender}</source>
        <translation>Toujours afficher les images de {sender}</translation>
    </message>
    <message>
        <source>Loading pictures…</source>
        <translation>Chargement des images…</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be loaded.</source>
        <translation>
            <numerusform>%n image n’a pas pu être chargée.</numerusform>
            <numerusform>%n images n’ont pas pu être chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pictures could not be loaded: {error}</source>
        <translation>Les images n’ont pas pu être chargées : {error}</translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>Save the changes to this draft before closing?</source>
        <translation>Enregistrer les modifications de ce brouillon avant de fermer ?</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Save draft?</source>
        <translation>Enregistrer le brouillon ?</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>Enregistrer ce message comme brouillon avant de fermer ?</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Saved drafts wait in Drafts in the main window.</source>
        <translation>Les brouillons enregistrés attendent dans Brouillons, dans la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Envoyer le</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <source>Monday morning</source>
        <translation>Lundi matin</translation>
    </message>
    <message>
        <source>{label} ({when})</source>
        <translation>{label} ({when})</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Send this message at:</source>
        <translation>Envoyer ce message le :</translation>
    </message>
    <message>
        <source>That time has passed; choose a time to come.</source>
        <translation>Ce moment est passé ; choisissez un moment à venir.</translation>
    </message>
</context>
<context>
    <name>SettingsLookup</name>
    <message>
        <source>Looking for {domain}&apos;s settings: its own configuration and its DNS records…</source>
        <translation>Recherche des paramètres de {domain} : sa propre configuration et ses enregistrements DNS…</translation>
    </message>
    <message>
        <source>The look-up failed: {error}</source>
        <translation>La recherche a échoué : {error}</translation>
    </message>
    <message>
        <source>Find the settings</source>
        <translation>Trouver les paramètres</translation>
    </message>
    <message>
        <source>{domain} publishes no mail settings of its own (no configuration file, no DNS records).

Ask Thunderbird&apos;s database of mail providers? It is run by Mozilla (autoconfig.thunderbird.net) and is told the domain {domain}, not your address.</source>
        <translation>{domain} ne publie aucun paramètre de messagerie (ni fichier de configuration, ni enregistrement DNS).

Interroger la base de fournisseurs de Thunderbird ? Elle est gérée par Mozilla (autoconfig.thunderbird.net) et ne reçoit que le domaine {domain}, pas votre adresse.</translation>
    </message>
    <message>
        <source>Ask Thunderbird&apos;s database</source>
        <translation>Interroger la base de Thunderbird</translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation>Ne pas interroger</translation>
    </message>
    <message>
        <source>Nothing found at {domain} itself.</source>
        <translation>Rien trouvé chez {domain} même.</translation>
    </message>
    <message>
        <source>Asking Thunderbird&apos;s database about {domain}…</source>
        <translation>Interrogation de la base de Thunderbird sur {domain}…</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s database does not know {domain} either.</source>
        <translation>La base de Thunderbird ne connaît pas non plus {domain}.</translation>
    </message>
    <message>
        <source>No settings found for {domain}: the grey server names are only guesses. Your provider&apos;s help pages name the real ones; leave the incoming server empty to only send.</source>
        <translation>Aucun paramètre trouvé pour {domain} : les noms de serveur en gris ne sont que des suppositions. Les pages d’aide de votre fournisseur donnent les bons ; laissez le serveur entrant vide pour seulement envoyer.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing {folder}… {done} of {total}</source>
        <translation>Synchronisation de {folder}… {done} sur {total}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync failed for {who}</source>
        <translation>Échec de la synchronisation pour {who}</translation>
    </message>
    <message>
        <source>Offline — retrying at {time}</source>
        <translation>Hors ligne — nouvel essai à {time}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Synchronisé à {time}</translation>
    </message>
    <message>
        <source>(Threadline tries again at {time}.)</source>
        <translation>(Threadline réessaiera à {time}.)</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Mail sync</source>
        <translation>Synchronisation du courrier</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>Sync failure details</source>
        <translation>Détails de l’échec de synchronisation</translation>
    </message>
    <message>
        <source>Mail sync failed</source>
        <translation>Échec de la synchronisation du courrier</translation>
    </message>
    <message>
        <source>Every account synced.</source>
        <translation>Tous les comptes sont synchronisés.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Expand all</source>
        <translation>Tout développer</translation>
    </message>
    <message>
        <source>Expand all messages</source>
        <translation>Développer tous les messages</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more message(s)</source>
        <translation>
            <numerusform>Afficher %n autre message</numerusform>
            <numerusform>Afficher %n autres messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Show more messages</source>
        <translation>Afficher plus de messages</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien ?</translation>
    </message>
    <message>
        <source>The link says “{text}” but leads to another place:

{href}

Open it only if you trust where it goes.</source>
        <translation>Le lien affiche « {text} » mais mène ailleurs :

{href}

Ne l’ouvrez que si vous faites confiance à sa destination.</translation>
    </message>
    <message>
        <source>Open {where}</source>
        <translation>Ouvrir {where}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted conversations</source>
        <translation>Conversations supprimées</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected conversations back</source>
        <translation>Remettre les conversations choisies</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restauré.</numerusform>
            <numerusform>%n messages restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoNote</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: {text}</source>
        <translation>Annuler : {text}</translation>
    </message>
</context>
<context>
    <name>_DraftWords</name>
    <message numerus="yes">
        <source>To {first}, {second} and %n more</source>
        <translation>
            <numerusform>À {first}, {second} et %n autre</numerusform>
            <numerusform>À {first}, {second} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FolderWords</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay in Threadline</source>
        <translation>
            <numerusform>n’est plus sur le serveur (supprimé ou renommé) ; %n message qui en vient reste dans Threadline</numerusform>
            <numerusform>n’est plus sur le serveur (supprimé ou renommé) ; %n messages qui en viennent restent dans Threadline</numerusform>
        </translation>
    </message>
    <message>
        <source>was gone from the server for a while; add it to sync it again</source>
        <translation>a disparu du serveur un temps ; ajoutez-le pour le synchroniser à nouveau</translation>
    </message>
</context>
<context>
    <name>_ListWords</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncWords</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>account_check</name>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Envoi (SMTP)</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; no sign-in needed.</source>
        <translation>{host} a répondu &apos;{greeting}&apos; ; aucune connexion nécessaire.</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; login accepted.</source>
        <translation>{host} a répondu &apos;{greeting}&apos; ; connexion acceptée.</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>Réception (IMAP)</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>aucun dossier</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; no sign-in needed; syncs {folders}.</source>
        <translation>{host} a répondu &apos;{greeting}&apos; ; aucune connexion nécessaire ; synchronise {folders}.</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; login accepted; syncs {folders}.</source>
        <translation>{host} a répondu &apos;{greeting}&apos; ; connexion acceptée ; synchronise {folders}.</translation>
    </message>
    <message>
        <source>No Sent folder was found, so sent mail cannot be filed there.</source>
        <translation>Aucun dossier Envoyés n’a été trouvé : le courrier envoyé ne peut donc pas y être classé.</translation>
    </message>
</context>
<context>
    <name>account_problems</name>
    <message>
        <source>&apos;{host}&apos; is not a server name: no spaces.</source>
        <translation>&apos;{host}&apos; n’est pas un nom de serveur : pas d’espaces.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1-65535).</source>
        <translation>{port} n’est pas un numéro de port (1-65535).</translation>
    </message>
    <message>
        <source>Enter the address mail goes out from, e.g. ann@example.org.</source>
        <translation>Saisissez l’adresse d’où part le courrier, p. ex. ann@example.org.</translation>
    </message>
    <message>
        <source>{alias} is given twice among the account&apos;s addresses.</source>
        <translation>{alias} figure deux fois parmi les adresses du compte.</translation>
    </message>
    <message>
        <source>Enter the server mail goes out through, e.g. smtp.example.org.</source>
        <translation>Saisissez le serveur par lequel part le courrier, p. ex. smtp.example.org.</translation>
    </message>
    <message>
        <source>Mail to {host} cannot go unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
        <translation>Le courrier vers {host} ne peut pas partir sans chiffrement : choisissez TLS ou STARTTLS (seul un serveur sur cet ordinateur peut s’en passer).</translation>
    </message>
    <message>
        <source>Mail from {host} cannot come unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
        <translation>Le courrier de {host} ne peut pas arriver sans chiffrement : choisissez TLS ou STARTTLS (seul un serveur sur cet ordinateur peut s’en passer).</translation>
    </message>
    <message>
        <source>Sign-in must be one of {choices}.</source>
        <translation>La connexion doit être l’une de {choices}.</translation>
    </message>
    <message>
        <source>Enter the user name for signing in (often the address).</source>
        <translation>Saisissez le nom d’utilisateur pour la connexion (souvent l’adresse).</translation>
    </message>
    <message>
        <source>Security must be one of {choices}.</source>
        <translation>La sécurité doit être l’une de {choices}.</translation>
    </message>
</context>
<context>
    <name>account_setup</name>
    <message>
        <source>There is no domain to ask in that address.</source>
        <translation>Cette adresse ne contient aucun domaine à interroger.</translation>
    </message>
    <message>
        <source>{domain}&apos;s own configuration</source>
        <translation>la configuration propre à {domain}</translation>
    </message>
    <message>
        <source>the DNS records of {domain}</source>
        <translation>les enregistrements DNS de {domain}</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s database</source>
        <translation>la base de données de Thunderbird</translation>
    </message>
    <message>
        <source>{url}: no IMAP or SMTP server Threadline can use.</source>
        <translation>{url} : aucun serveur IMAP ou SMTP que Threadline puisse utiliser.</translation>
    </message>
    <message>
        <source>It names no SMTP server Threadline can use: fill in the sending server.</source>
        <translation>Elle ne nomme aucun serveur SMTP que Threadline puisse utiliser : indiquez le serveur d’envoi.</translation>
    </message>
    <message>
        <source>It names no IMAP server: without one the account only sends.</source>
        <translation>Elle ne nomme aucun serveur IMAP : sans lui, le compte ne fait qu’envoyer.</translation>
    </message>
    <message>
        <source>It says the servers sign in without a password (OAuth2 or none): Threadline signs in with OAuth2 only for the providers set up in Sign-in.</source>
        <translation>Elle indique que les serveurs se connectent sans mot de passe (OAuth2 ou aucun) : Threadline ne se connecte avec OAuth2 qu’auprès des fournisseurs configurés dans Connexion.</translation>
    </message>
    <message>
        <source>DNS: no mail server records ({names}).</source>
        <translation>DNS : aucun enregistrement de serveur de courrier ({names}).</translation>
    </message>
    <message>
        <source>The DNS points outside {domain} ({hosts}): use these servers only if your provider runs them.</source>
        <translation>Le DNS pointe hors de {domain} ({hosts}) : n’utilisez ces serveurs que si votre fournisseur les exploite.</translation>
    </message>
    <message>
        <source>There is no record of an SMTP server: fill in the sending server.</source>
        <translation>Il n’y a aucun enregistrement de serveur SMTP : indiquez le serveur d’envoi.</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>Settings from {where}: sending through {smtp} and incoming mail from {imap}.</source>
        <translation>Réglages tirés de {where} : envoi par {smtp} et courrier entrant depuis {imap}.</translation>
    </message>
    <message>
        <source>Settings from {where}: sending through {smtp}.</source>
        <translation>Réglages tirés de {where} : envoi par {smtp}.</translation>
    </message>
    <message>
        <source>Settings from {where}: incoming mail from {imap}.</source>
        <translation>Réglages tirés de {where} : courrier entrant depuis {imap}.</translation>
    </message>
    <message>
        <source>Settings from {where}.</source>
        <translation>Réglages tirés de {where}.</translation>
    </message>
    <message>
        <source>User name: {name}.</source>
        <translation>Nom d’utilisateur : {name}.</translation>
    </message>
</context>
<context>
    <name>account_store</name>
    <message>
        <source>{host} is not a server name.</source>
        <translation>{host} n’est pas un nom de serveur.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1-65535).</source>
        <translation>{port} n’est pas un numéro de port (1-65535).</translation>
    </message>
    <message>
        <source>Security must be one of {choices}.</source>
        <translation>La sécurité doit être l’une de {choices}.</translation>
    </message>
    <message>
        <source>Authentication must be one of {choices}.</source>
        <translation>L’authentification doit être l’une de {choices}.</translation>
    </message>
    <message>
        <source>Sending without encryption is only allowed to a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
        <translation>L’envoi sans chiffrement n’est permis que vers un serveur sur cet ordinateur (127.0.0.1). Choisissez TLS ou STARTTLS pour les autres serveurs.</translation>
    </message>
    <message>
        <source>Password authentication needs a user name.</source>
        <translation>L’authentification par mot de passe demande un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>{alias} is given twice among the account&apos;s addresses.</source>
        <translation>{alias} figure deux fois parmi les adresses du compte.</translation>
    </message>
    <message>
        <source>Receiving without encryption is only allowed from a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
        <translation>La réception sans chiffrement n’est permise que depuis un serveur sur cet ordinateur (127.0.0.1). Choisissez TLS ou STARTTLS pour les autres serveurs.</translation>
    </message>
    <message>
        <source>There is no account {account}.</source>
        <translation>Il n’y a pas de compte {account}.</translation>
    </message>
    <message>
        <source>There is no sending account yet. Add one with &apos;threadline accounts add&apos;.</source>
        <translation>Il n’y a pas encore de compte d’envoi. Ajoutez-en un avec &apos;threadline accounts add&apos;.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account: {accounts}</source>
        <translation>Il y a plusieurs comptes ; choisissez-en un avec --account : {accounts}</translation>
    </message>
    <message>
        <source>There is no account {account}. Known accounts: {accounts}</source>
        <translation>Il n’y a pas de compte {account}. Comptes connus : {accounts}</translation>
    </message>
    <message numerus="yes">
        <source>The account still has %n message(s) in the outbox. Send or delete it/them first.</source>
        <translation>
            <numerusform>Le compte a encore %n message dans la boîte d’envoi. Envoyez-le ou supprimez-le d’abord.</numerusform>
            <numerusform>Le compte a encore %n messages dans la boîte d’envoi. Envoyez-les ou supprimez-les d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accounts_command</name>
    <message>
        <source>default: unchanged</source>
        <translation>par défaut : inchangé</translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org</source>
        <translation>serveur SMTP, p. ex. smtp.example.org</translation>
    </message>
    <message>
        <source>IMAP server the account&apos;s mail comes from, e.g. imap.example.org</source>
        <translation>serveur IMAP d’où vient le courrier du compte, p. ex. imap.example.org</translation>
    </message>
    <message>
        <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: unchanged</source>
        <translation>tls (implicite, port 465), starttls (port 587), none (uniquement vers 127.0.0.1) ; par défaut : inchangé</translation>
    </message>
    <message>
        <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: unchanged</source>
        <translation>tls (implicite, port 993), starttls (port 143), none (uniquement depuis 127.0.0.1) ; par défaut : inchangé</translation>
    </message>
    <message>
        <source>file a copy of each sent message in the IMAP server&apos;s Sent folder (default: unchanged, or as for a new account when the first incoming server is given)</source>
        <translation>classer une copie de chaque message envoyé dans le dossier Envoyés du serveur IMAP (par défaut : inchangé, ou comme pour un nouveau compte quand le premier serveur entrant est donné)</translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org (preset for known providers and with --oauth)</source>
        <translation>serveur SMTP, p. ex. smtp.example.org (préréglé pour les fournisseurs connus et avec --oauth)</translation>
    </message>
    <message>
        <source>IMAP server the account&apos;s mail comes from, e.g. imap.example.org (preset for known providers and with --oauth)</source>
        <translation>serveur IMAP d’où vient le courrier du compte, p. ex. imap.example.org (préréglé pour les fournisseurs connus et avec --oauth)</translation>
    </message>
    <message>
        <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: the preset&apos;s, else starttls</source>
        <translation>tls (implicite, port 465), starttls (port 587), none (uniquement vers 127.0.0.1) ; par défaut : celle du préréglage, sinon starttls</translation>
    </message>
    <message>
        <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: the preset&apos;s, else tls</source>
        <translation>tls (implicite, port 993), starttls (port 143), none (uniquement depuis 127.0.0.1) ; par défaut : celle du préréglage, sinon tls</translation>
    </message>
    <message>
        <source>file a copy of each sent message in the IMAP server&apos;s Sent folder (default: yes, except where the SMTP server files it itself, as Gmail and Microsoft do)</source>
        <translation>classer une copie de chaque message envoyé dans le dossier Envoyés du serveur IMAP (par défaut : oui, sauf là où le serveur SMTP la classe lui-même, comme chez Gmail et Microsoft)</translation>
    </message>
    <message>
        <source>default: 465 for tls, 587 for starttls</source>
        <translation>par défaut : 465 pour tls, 587 pour starttls</translation>
    </message>
    <message>
        <source>default: 993 for tls, 143 for starttls</source>
        <translation>par défaut : 993 pour tls, 143 pour starttls</translation>
    </message>
    <message>
        <source>no incoming server: the account only sends (also at a known provider)</source>
        <translation>pas de serveur entrant : le compte ne fait qu’envoyer (même chez un fournisseur connu)</translation>
    </message>
    <message>
        <source>add, edit, list, test or remove accounts (sending and receiving)</source>
        <translation>ajouter, modifier, lister, tester ou supprimer des comptes (envoi et réception)</translation>
    </message>
    <message>
        <source>add an account (the password goes to the keyring)</source>
        <translation>ajouter un compte (le mot de passe va dans le trousseau)</translation>
    </message>
    <message>
        <source>the From address, e.g. ann@example.org</source>
        <translation>l’adresse d’expédition (From), p. ex. ann@example.org</translation>
    </message>
    <message>
        <source>display name, e.g. &apos;Ann Example&apos;</source>
        <translation>nom affiché, p. ex. &apos;Ann Example&apos;</translation>
    </message>
    <message>
        <source>login name (default: the address)</source>
        <translation>identifiant de connexion (par défaut : l’adresse)</translation>
    </message>
    <message>
        <source>another address this account sends as (repeat for more); replies to mail sent to it go from it</source>
        <translation>une autre adresse avec laquelle ce compte envoie (à répéter pour plusieurs) ; les réponses au courrier envoyé à cette adresse partent d’elle</translation>
    </message>
    <message>
        <source>the server needs no login</source>
        <translation>le serveur ne demande pas de connexion</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>lire le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>sign in with OAuth2 instead of a password: google, microsoft or a configured one</source>
        <translation>se connecter avec OAuth2 au lieu d’un mot de passe : google, microsoft ou un fournisseur configuré</translation>
    </message>
    <message>
        <source>sign an OAuth2 account in again (browser)</source>
        <translation>reconnecter un compte OAuth2 (navigateur)</translation>
    </message>
    <message>
        <source>id, address or name</source>
        <translation>identifiant, adresse ou nom</translation>
    </message>
    <message>
        <source>forget an OAuth2 account&apos;s tokens</source>
        <translation>oublier les jetons d’un compte OAuth2</translation>
    </message>
    <message>
        <source>change an account&apos;s servers or name; only what is given changes</source>
        <translation>modifier les serveurs ou le nom d’un compte ; seul ce qui est donné change</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>identifiant de connexion</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>lister les comptes</translation>
    </message>
    <message>
        <source>connect and log in, without sending anything</source>
        <translation>se connecter et s’identifier, sans rien envoyer</translation>
    </message>
    <message>
        <source>id, address or name (default: the only one)</source>
        <translation>identifiant, adresse ou nom (par défaut : le seul compte)</translation>
    </message>
    <message>
        <source>remove an account and its password</source>
        <translation>supprimer un compte et son mot de passe</translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text; mail servers take passwords in UTF-8 (RFC 4616). Pass it in UTF-8.</source>
        <translation>Le mot de passe sur l’entrée standard n’est pas du texte UTF-8 ; les serveurs de courrier prennent les mots de passe en UTF-8 (RFC 4616). Passez-le en UTF-8.</translation>
    </message>
    <message>
        <source>Password (stored in the system keyring): </source>
        <translation>Mot de passe (conservé dans le trousseau du système) : </translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>Aucun terminal pour demander le mot de passe : passez-le sur l’entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>Sign in to {provider} in your browser. If it does not open, visit:</source>
        <translation>Connectez-vous à {provider} dans votre navigateur. S’il ne s’ouvre pas, allez sur :</translation>
    </message>
    <message>
        <source>Signed in as {address}.</source>
        <translation>Connecté en tant que {address}.</translation>
    </message>
    <message>
        <source>{address} uses a password, not OAuth2 sign-in.</source>
        <translation>{address} utilise un mot de passe, pas une connexion OAuth2.</translation>
    </message>
    <message>
        <source>Signed out {address}; its tokens were removed from the keyring.</source>
        <translation>{address} déconnecté ; ses jetons ont été retirés du trousseau.</translation>
    </message>
    <message>
        <source>--host is empty: give the SMTP server&apos;s name.</source>
        <translation>--host est vide : donnez le nom du serveur SMTP.</translation>
    </message>
    <message>
        <source>--imap-host is empty: give the IMAP server&apos;s name, or --no-imap for an account that only sends.</source>
        <translation>--imap-host est vide : donnez le nom du serveur IMAP, ou --no-imap pour un compte qui ne fait qu’envoyer.</translation>
    </message>
    <message>
        <source>--no-imap cannot go with --imap-host, --imap-port or --imap-security.</source>
        <translation>--no-imap ne peut pas aller avec --imap-host, --imap-port ou --imap-security.</translation>
    </message>
    <message>
        <source>Give the SMTP server with --host (for example {host}), or use --oauth PROVIDER.</source>
        <translation>Donnez le serveur SMTP avec --host (par exemple {host}), ou utilisez --oauth PROVIDER.</translation>
    </message>
    <message>
        <source>Give the SMTP server with --host, or use --oauth PROVIDER.</source>
        <translation>Donnez le serveur SMTP avec --host, ou utilisez --oauth PROVIDER.</translation>
    </message>
    <message>
        <source>--imap-port and --imap-security need --imap-host: there is no preset for {address}.</source>
        <translation>--imap-port et --imap-security demandent --imap-host : il n’y a pas de préréglage pour {address}.</translation>
    </message>
    <message>
        <source>{server} ({provider} preset)</source>
        <translation>{server} (préréglage {provider})</translation>
    </message>
    <message>
        <source>Sending through {smtp}, receiving nothing (send only).</source>
        <translation>Envoi par {smtp}, aucune réception (envoi seul).</translation>
    </message>
    <message>
        <source>Sending through {smtp}, receiving from {imap}.</source>
        <translation>Envoi par {smtp}, réception depuis {imap}.</translation>
    </message>
    <message>
        <source>{host} files sent mail in the Sent folder itself, so Threadline adds no copy there (--save-sent changes that).</source>
        <translation>{host} classe lui-même le courrier envoyé dans Envoyés, donc Threadline n’y ajoute pas de copie (--save-sent change cela).</translation>
    </message>
    <message>
        <source>Added {account} ({id}).</source>
        <translation>{account} ajouté ({id}).</translation>
    </message>
    <message>
        <source>{address} has no incoming server: give --imap-host too.</source>
        <translation>{address} n’a pas de serveur entrant : donnez aussi --imap-host.</translation>
    </message>
    <message>
        <source>Nothing to change: give the settings to change, e.g. --imap-host imap.example.org.</source>
        <translation>Rien à modifier : donnez les réglages à changer, p. ex. --imap-host imap.example.org.</translation>
    </message>
    <message>
        <source>Nothing changed: {account}</source>
        <translation>Rien n’a changé : {account}</translation>
    </message>
    <message>
        <source>Changed: {account}</source>
        <translation>Modifié : {account}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no login</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>login: {login}</source>
        <translation>connexion : {login}</translation>
    </message>
    <message>
        <source>also sends as: {addresses}</source>
        <translation>envoie aussi comme : {addresses}</translation>
    </message>
    <message>
        <source>incoming: {server}</source>
        <translation>entrant : {server}</translation>
    </message>
    <message>
        <source>save sent: yes</source>
        <translation>classer les envoyés : oui</translation>
    </message>
    <message>
        <source>save sent: no</source>
        <translation>classer les envoyés : non</translation>
    </message>
    <message>
        <source>OK: {side}: {text}</source>
        <translation>OK : {side} : {text}</translation>
    </message>
    <message>
        <source>FAILED: {side}: {text}</source>
        <translation>ÉCHEC : {side} : {text}</translation>
    </message>
    <message>
        <source>Removed {account}.</source>
        <translation>{account} supprimé.</translation>
    </message>
</context>
<context>
    <name>addresses</name>
    <message>
        <source>the address</source>
        <translation>l’adresse</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address (it needs a name@domain).</source>
        <translation>{address} n’est pas une adresse e-mail (il faut un nom@domaine).</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address: the part before @ is invalid.</source>
        <translation>{address} n’est pas une adresse e-mail : la partie avant le @ n’est pas valide.</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address: {domain} is not a domain.</source>
        <translation>{address} n’est pas une adresse e-mail : {domain} n’est pas un domaine.</translation>
    </message>
    <message>
        <source>Expected one e-mail address, found {count} in {text}.</source>
        <translation>Une seule adresse e-mail attendue, {count} trouvées dans {text}.</translation>
    </message>
    <message>
        <source>the address list</source>
        <translation>la liste d’adresses</translation>
    </message>
    <message>
        <source>{entry} is not an e-mail address.</source>
        <translation>{entry} n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>{entry} is missing a closing &apos;&gt;&apos;.</source>
        <translation>Il manque un &apos;&gt;&apos; fermant à {entry}.</translation>
    </message>
    <message>
        <source>{entry} is not an e-mail address (write a name as &apos;Name &lt;name@domain&gt;&apos;).</source>
        <translation>{entry} n’est pas une adresse e-mail (écrivez un nom sous la forme &apos;Nom &lt;nom@domaine&gt;&apos;).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no graphical display to open the window on. Start Threadline from your desktop, or use the command line: &apos;threadline help&apos; lists the commands.</source>
        <translation>Il n’y a pas d’affichage graphique où ouvrir la fenêtre. Lancez Threadline depuis votre bureau, ou utilisez la ligne de commande : &apos;threadline help&apos; liste les commandes.</translation>
    </message>
</context>
<context>
    <name>arguments</name>
    <message>
        <source>{value} is not a number from {least} up</source>
        <translation>{value} n’est pas un nombre à partir de {least}</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Cannot attach {path}: {reason}.</source>
        <translation>Impossible de joindre {path} : {reason}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un FIFO (tube nommé)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket or other special file</source>
        <translation>un socket ou un autre fichier spécial</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is {kind}, not a regular file.</source>
        <translation>Impossible de joindre {path} : c’est {kind}, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is not a regular file.</source>
        <translation>Impossible de joindre {path} : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is {size}, more than the {limit} a message may carry here.</source>
        <translation>Impossible de joindre {path} : il fait {size}, plus que les {limit} qu’un message peut porter ici.</translation>
    </message>
</context>
<context>
    <name>autoconfig</name>
    <message>
        <source>{url} is not an HTTPS address; Threadline only asks over HTTPS.</source>
        <translation>{url} n’est pas une adresse HTTPS ; Threadline ne demande qu’en HTTPS.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}); nothing from it was used.</source>
        <translation>Le certificat de {host} n’est pas fiable ({reason}) ; rien n’en a été utilisé.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}).</source>
        <translation>La connexion chiffrée avec {host} a échoué ({reason}).</translation>
    </message>
    <message>
        <source>{host} does not exist.</source>
        <translation>{host} n’existe pas.</translation>
    </message>
    <message>
        <source>{host} did not answer in time.</source>
        <translation>{host} n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} a refusé la connexion.</translation>
    </message>
    <message>
        <source>Cannot reach {host} ({reason}).</source>
        <translation>Impossible de joindre {host} ({reason}).</translation>
    </message>
    <message>
        <source>{host} sent Threadline on to {url}, which is not HTTPS; nothing was fetched from there.</source>
        <translation>{host} a renvoyé Threadline vers {url}, qui n’est pas en HTTPS ; rien n’a été récupéré là-bas.</translation>
    </message>
    <message>
        <source>{host} has no autoconfig file there (HTTP {status}).</source>
        <translation>{host} n’a pas de fichier autoconfig à cet endroit (HTTP {status}).</translation>
    </message>
    <message>
        <source>{host} redirected too often.</source>
        <translation>{host} a redirigé trop de fois.</translation>
    </message>
    <message>
        <source>{host} sent a file too large to be an autoconfig file.</source>
        <translation>{host} a envoyé un fichier trop grand pour être un fichier autoconfig.</translation>
    </message>
</context>
<context>
    <name>charsets</name>
    <message>
        <source>e.g. --charset latin-1 or --charset cp1252</source>
        <translation>p. ex. --charset latin-1 ou --charset cp1252</translation>
    </message>
    <message>
        <source>--charset {charset} is not a character set Python knows ({example}).</source>
        <translation>--charset {charset} n’est pas un jeu de caractères que Python connaît ({example}).</translation>
    </message>
    <message>
        <source>{what} is not valid {charset} (byte 0x{byte} at position {position}); give its real encoding with --charset.</source>
        <translation>{what} n’est pas du {charset} valide (octet 0x{byte} à la position {position}) ; donnez son véritable encodage avec --charset.</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 (byte 0x{byte} at position {position}); give its encoding with --charset ({example}).</source>
        <translation>{what} n’est pas en UTF-8 (octet 0x{byte} à la position {position}) ; donnez son encodage avec --charset ({example}).</translation>
    </message>
    <message>
        <source>the value of {option}</source>
        <translation>la valeur de {option}</translation>
    </message>
    <message>
        <source>The value of {option} is not valid text in this terminal&apos;s encoding (UTF-8 is expected); type it again in UTF-8, or give its encoding with --charset.</source>
        <translation>La valeur de {option} n’est pas un texte valide dans l’encodage de ce terminal (UTF-8 est attendu) ; saisissez-la à nouveau en UTF-8, ou donnez son encodage avec --charset.</translation>
    </message>
    <message>
        <source>The value of {option} is not valid text in this terminal&apos;s encoding (UTF-8 is expected); type it again in UTF-8.</source>
        <translation>La valeur de {option} n’est pas un texte valide dans l’encodage de ce terminal (UTF-8 est attendu) ; saisissez-la à nouveau en UTF-8.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{problem} (see &apos;{command} --help&apos;).</source>
        <translation>{problem} (voir &apos;{command} --help&apos;).</translation>
    </message>
    <message>
        <source>use the profile in DIR instead of the default one (also $THREADLINE_PROFILE)</source>
        <translation>utiliser le profil dans DIR au lieu du profil par défaut (aussi $THREADLINE_PROFILE)</translation>
    </message>
    <message>
        <source>Threadline: mail that lands in the right conversation.</source>
        <translation>Threadline : le courrier qui arrive dans la bonne conversation.</translation>
    </message>
    <message>
        <source>Start the Threadline desktop app. Run &apos;threadline help&apos; for commands.</source>
        <translation>Lancer l’application de bureau Threadline. &apos;threadline help&apos; affiche les commandes.</translation>
    </message>
    <message>
        <source>a mailto: URL to open in the composer (RFC 6068)</source>
        <translation>une URL mailto: à ouvrir dans la fenêtre de rédaction (RFC 6068)</translation>
    </message>
    <message>
        <source>try Threadline in a throw-away profile with sample mail and a local test server</source>
        <translation>essayer Threadline dans un profil jetable avec du courrier d’exemple et un serveur de test local</translation>
    </message>
    <message>
        <source>the language of the window, e.g. de, fr, ar or pseudo (default: $THREADLINE_LANG, else the system&apos;s)</source>
        <translation>la langue de la fenêtre, p. ex. de, fr, ar ou pseudo (par défaut : $THREADLINE_LANG, sinon celle du système)</translation>
    </message>
    <message>
        <source>open the main window, then quit at once (used to test installed packages)</source>
        <translation>ouvrir la fenêtre principale, puis quitter aussitôt (sert à tester les paquets installés)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>an error in Threadline itself ({error}) stopped this command. Please report it; {variable}=1 shows the details.</source>
        <translation>une erreur dans Threadline même ({error}) a arrêté cette commande. Merci de la signaler ; {variable}=1 en montre le détail.</translation>
    </message>
</context>
<context>
    <name>client_config</name>
    <message>
        <source>It is not an autoconfig file (it starts with &lt;{tag}&gt;).</source>
        <translation>Ce n’est pas un fichier autoconfig (il commence par &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>The autoconfig file names no email provider.</source>
        <translation>Le fichier autoconfig ne nomme aucun fournisseur de courrier.</translation>
    </message>
    <message>
        <source>A {kind} server (Threadline uses IMAP and SMTP).</source>
        <translation>Un serveur {kind} (Threadline utilise IMAP et SMTP).</translation>
    </message>
    <message>
        <source>The autoconfig file declares a document type or entities, which Threadline does not read.</source>
        <translation>Le fichier autoconfig déclare un type de document ou des entités, que Threadline ne lit pas.</translation>
    </message>
    <message>
        <source>The autoconfig file is not well-formed XML ({reason}, line {line}).</source>
        <translation>Le fichier autoconfig n’est pas du XML bien formé ({reason}, ligne {line}).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>aucun port</translation>
    </message>
    <message>
        <source>The {kind} server {host}: not a server name.</source>
        <translation>Le serveur {kind} {host} : pas un nom de serveur.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: a provider&apos;s server is never on this computer.</source>
        <translation>Le serveur {kind} {host} : le serveur d’un fournisseur n’est jamais sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: {port} is not a port number.</source>
        <translation>Le serveur {kind} {host} : {port} n’est pas un numéro de port.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: unknown encryption &apos;{encryption}&apos;.</source>
        <translation>Le serveur {kind} {host} : chiffrement inconnu &apos;{encryption}&apos;.</translation>
    </message>
    <message>
        <source>The {kind} server {host} on port {port}: without encryption.</source>
        <translation>Le serveur {kind} {host} sur le port {port} : sans chiffrement.</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>the subject</source>
        <translation>l’objet</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>le nom de l’expéditeur</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>the {header} name</source>
        <translation>le nom dans {header}</translation>
    </message>
    <message>
        <source>the {header} address</source>
        <translation>l’adresse dans {header}</translation>
    </message>
    <message>
        <source>the header name</source>
        <translation>le nom de l’en-tête</translation>
    </message>
    <message>
        <source>{name} is not a valid header name.</source>
        <translation>{name} n’est pas un nom d’en-tête valide.</translation>
    </message>
    <message>
        <source>the {name} header</source>
        <translation>l’en-tête {name}</translation>
    </message>
    <message>
        <source>the threading header</source>
        <translation>l’en-tête de fil de conversation</translation>
    </message>
    <message>
        <source>the Thread-Topic</source>
        <translation>le Thread-Topic</translation>
    </message>
    <message>
        <source>the attachment name</source>
        <translation>le nom de la pièce jointe</translation>
    </message>
    <message>
        <source>the attachment type</source>
        <translation>le type de la pièce jointe</translation>
    </message>
    <message>
        <source>The message has no recipients: add at least one address.</source>
        <translation>Le message n’a pas de destinataire : ajoutez au moins une adresse.</translation>
    </message>
    <message>
        <source>the Message-ID</source>
        <translation>le Message-ID</translation>
    </message>
    <message>
        <source>{message_id} is not a Message-ID.</source>
        <translation>{message_id} n’est pas un Message-ID.</translation>
    </message>
</context>
<context>
    <name>compressed</name>
    <message>
        <source>its {kind} data is damaged or cut short ({error})</source>
        <translation>ses données {kind} sont endommagées ou tronquées ({error})</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>{host} did not answer in time. Threadline will try again; check the server name and port if this keeps happening.</source>
        <translation>{host} n’a pas répondu à temps. Threadline réessaiera ; vérifiez le nom du serveur et le port si cela se répète.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check the server name and port if this keeps happening.</source>
        <translation>{host} n’a pas répondu à temps. Vérifiez le nom du serveur et le port si cela se répète.</translation>
    </message>
    <message>
        <source>{host} refused the connection. Check the server name and port. Threadline will try again.</source>
        <translation>{host} a refusé la connexion. Vérifiez le nom du serveur et le port. Threadline réessaiera.</translation>
    </message>
    <message>
        <source>{host} refused the connection. Check the server name and port.</source>
        <translation>{host} a refusé la connexion. Vérifiez le nom du serveur et le port.</translation>
    </message>
    <message>
        <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings. Threadline will try again.</source>
        <translation>Impossible de se connecter à {host} ({reason}). Vérifiez votre connexion réseau et les réglages du serveur. Threadline réessaiera.</translation>
    </message>
    <message>
        <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings.</source>
        <translation>Impossible de se connecter à {host} ({reason}). Vérifiez votre connexion réseau et les réglages du serveur.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{text} is not a date and time Threadline can read; write it like {examples}.</source>
        <translation>{text} n’est pas une date et une heure que Threadline sait lire ; écrivez-la comme {examples}.</translation>
    </message>
    <message>
        <source>{time} has already passed; choose a time to come.</source>
        <translation>{time} est déjà passé ; choisissez un moment à venir.</translation>
    </message>
</context>
<context>
    <name>deleting</name>
    <message>
        <source>There is no conversation {thread} (see &apos;threadline threads&apos;).</source>
        <translation>Il n’y a pas de conversation {thread} (voir &apos;threadline threads&apos;).</translation>
    </message>
    <message>
        <source>There is no message {id} to delete (deleted already?).</source>
        <translation>Il n’y a pas de message {id} à supprimer (déjà supprimé ?).</translation>
    </message>
    <message>
        <source>There is no deletion {id} in the Trash (undone already?).</source>
        <translation>Il n’y a pas de suppression {id} dans la corbeille (déjà annulée ?).</translation>
    </message>
    <message>
        <source>Conversation moved to Trash.</source>
        <translation>Conversation placée dans la corbeille.</translation>
    </message>
    <message>
        <source>Message moved to Trash.</source>
        <translation>Message placé dans la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>The cop(y/ies) on the server go(es) to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>La copie sur le serveur ira dans sa corbeille à la prochaine synchronisation.</numerusform>
            <numerusform>Les copies sur le serveur iront dans sa corbeille à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message rétabli.</numerusform>
            <numerusform>%n messages rétablis.</numerusform>
        </translation>
    </message>
    <message>
        <source>It comes back from the server&apos;s Trash at the next sync.</source>
        <translation>Il revient de la corbeille du serveur à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>There is no conversation {thread}.</source>
        <translation>Il n’y a pas de conversation {thread}.</translation>
    </message>
    <message>
        <source>There is no message {id}.</source>
        <translation>Il n’y a pas de message {id}.</translation>
    </message>
</context>
<context>
    <name>filing</name>
    <message>
        <source>{host} has no Sent folder. Turn off &apos;Save a copy in Sent&apos; for this account, or create the folder with another mail app.</source>
        <translation>{host} n’a pas de dossier Envoyés. Désactivez « Enregistrer une copie dans Envoyés » pour ce compte, ou créez le dossier avec une autre application de courrier.</translation>
    </message>
</context>
<context>
    <name>folder_choice</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay(s) in Threadline</source>
        <translation>
            <numerusform>n’est plus sur le serveur (supprimé ou renommé) ; %n message en provenant reste dans Threadline</numerusform>
            <numerusform>n’est plus sur le serveur (supprimé ou renommé) ; %n messages en provenant restent dans Threadline</numerusform>
        </translation>
    </message>
    <message>
        <source>was gone from the server for a while; add it to sync it again</source>
        <translation>avait disparu du serveur un moment ; ajoutez-le pour le synchroniser à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} on {host} holds only other folders, not mail. Folders inside it: {names}.</source>
        <translation>Le dossier {folder} sur {host} ne contient que d’autres dossiers, pas de courrier. Dossiers qu’il contient : {names}.</translation>
    </message>
    <message>
        <source>The folder {folder} on {host} holds only other folders, not mail.</source>
        <translation>Le dossier {folder} sur {host} ne contient que d’autres dossiers, pas de courrier.</translation>
    </message>
    <message>
        <source>{folder} is already synced.</source>
        <translation>{folder} est déjà synchronisé.</translation>
    </message>
    <message>
        <source>Added {folder}: its conversations arrive with the next sync.</source>
        <translation>{folder} ajouté : ses conversations arrivent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s Inbox.</source>
        <translation>{folder} est déjà synchronisé : c’est la boîte de réception du compte.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s Sent folder.</source>
        <translation>{folder} est déjà synchronisé : c’est le dossier Envoyés du compte.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s All Mail folder.</source>
        <translation>{folder} est déjà synchronisé : c’est le dossier « Tous les messages » du compte.</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Did you mean {other}? (Names are case-sensitive.)</source>
        <translation>Il n’y a pas de dossier {folder} sur {host}. Vouliez-vous dire {other} ? (Les noms distinguent majuscules et minuscules.)</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Folders there: {names}.</source>
        <translation>Il n’y a pas de dossier {folder} sur {host}. Dossiers présents : {names}.</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}.</source>
        <translation>Il n’y a pas de dossier {folder} sur {host}.</translation>
    </message>
    <message>
        <source>{folder} is not synced, so there is nothing to remove. Synced folders: {names}.</source>
        <translation>{folder} n’est pas synchronisé : il n’y a donc rien à retirer. Dossiers synchronisés : {names}.</translation>
    </message>
    <message>
        <source>{folder} is not synced, so there is nothing to remove.</source>
        <translation>{folder} n’est pas synchronisé : il n’y a donc rien à retirer.</translation>
    </message>
    <message>
        <source>Stopped syncing {folder} (no mail of it was downloaded yet).</source>
        <translation>Synchronisation de {folder} arrêtée (aucun courrier n’en avait encore été téléchargé).</translation>
    </message>
    <message numerus="yes">
        <source>Stopped syncing {folder}. %n message(s) from it stay(s) in Threadline&apos;s archive, in their conversations and in search.</source>
        <translation>
            <numerusform>Synchronisation de {folder} arrêtée. %n message en provenant reste dans l’archive de Threadline, dans sa conversation et dans la recherche.</numerusform>
            <numerusform>Synchronisation de {folder} arrêtée. %n messages en provenant restent dans l’archive de Threadline, dans leurs conversations et dans la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s Inbox: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} est la boîte de réception du compte : Threadline la synchronise toujours, elle ne peut donc pas être retirée.</translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s Sent folder: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} est le dossier Envoyés du compte : Threadline le synchronise toujours, il ne peut donc pas être retiré.</translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s All Mail folder: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} est le dossier « Tous les messages » du compte : Threadline le synchronise toujours, il ne peut donc pas être retiré.</translation>
    </message>
</context>
<context>
    <name>folders_command</name>
    <message>
        <source>list, add or remove the server folders an account syncs</source>
        <translation>lister, ajouter ou retirer les dossiers du serveur qu’un compte synchronise</translation>
    </message>
    <message>
        <source>INBOX and Sent (on Gmail: All Mail) are always synced. Add any other folder of the server; removing one stops syncing it, and its mail stays in Threadline.</source>
        <translation>INBOX et Envoyés (sur Gmail : Tous les messages) sont toujours synchronisés. Ajoutez tout autre dossier du serveur ; en retirer un arrête sa synchronisation, et son courrier reste dans Threadline.</translation>
    </message>
    <message>
        <source>the server&apos;s folders: synced or not, their role, missing ones</source>
        <translation>les dossiers du serveur : synchronisés ou non, leur rôle, ceux qui manquent</translation>
    </message>
    <message>
        <source>sync a folder of the server from the next sync on</source>
        <translation>synchroniser un dossier du serveur à partir de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>the folder&apos;s name on the server, as &apos;folders list&apos; shows it</source>
        <translation>le nom du dossier sur le serveur, tel que &apos;folders list&apos; l’affiche</translation>
    </message>
    <message>
        <source>stop syncing a folder you added (its mail stays in Threadline)</source>
        <translation>arrêter de synchroniser un dossier que vous avez ajouté (son courrier reste dans Threadline)</translation>
    </message>
    <message>
        <source>the folder&apos;s name, as &apos;folders list&apos; shows it</source>
        <translation>le nom du dossier, tel que &apos;folders list&apos; l’affiche</translation>
    </message>
    <message>
        <source>id, address or name (default: the only one with an incoming server)</source>
        <translation>identifiant, adresse ou nom (par défaut : le seul compte avec un serveur entrant)</translation>
    </message>
    <message>
        <source>Several accounts have an incoming server; choose one with --account: {accounts}</source>
        <translation>Plusieurs comptes ont un serveur entrant ; choisissez-en un avec --account : {accounts}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>non synchronisé</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Run &apos;threadline sync&apos; to fetch them now.</source>
        <translation>Lancez &apos;threadline sync&apos; pour les récupérer maintenant.</translation>
    </message>
</context>
<context>
    <name>folding</name>
    <message>
        <source>The {header} header would have a line of {length} characters, more than the {limit} mail allows (RFC 5322 §2.1.1), and it cannot be folded. Shorten it.</source>
        <translation>L’en-tête {header} aurait une ligne de {length} caractères, plus que les {limit} que le courrier permet (RFC 5322 §2.1.1), et elle ne peut pas être repliée. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>A line of the message is {length} characters long, more than the {limit} mail allows (RFC 5322 §2.1.1); servers would refuse it. Attach such a message as a file instead.</source>
        <translation>Une ligne du message fait {length} caractères, plus que les {limit} que le courrier permet (RFC 5322 §2.1.1) ; les serveurs la refuseraient. Joignez plutôt un tel message comme fichier.</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>un retour chariot (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>un saut de ligne (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message>
        <source>a vertical tab</source>
        <translation>une tabulation verticale</translation>
    </message>
    <message>
        <source>a form feed</source>
        <translation>un saut de page</translation>
    </message>
    <message>
        <source>a file separator</source>
        <translation>un séparateur de fichier</translation>
    </message>
    <message>
        <source>a group separator</source>
        <translation>un séparateur de groupe</translation>
    </message>
    <message>
        <source>a record separator</source>
        <translation>un séparateur d’enregistrement</translation>
    </message>
    <message>
        <source>a next-line character (NEL)</source>
        <translation>un caractère de ligne suivante (NEL)</translation>
    </message>
    <message>
        <source>a line separator</source>
        <translation>un séparateur de ligne</translation>
    </message>
    <message>
        <source>a paragraph separator</source>
        <translation>un séparateur de paragraphe</translation>
    </message>
    <message>
        <source>{field} contains {character}, which is not allowed in a mail header. Remove the line break and try again.</source>
        <translation>{field} contient {character}, ce qui n’est pas permis dans un en-tête de courrier. Retirez le saut de ligne et réessayez.</translation>
    </message>
    <message>
        <source>{field} contains a control character (U+{code}), which is not allowed in a mail header. Remove it and try again.</source>
        <translation>{field} contient un caractère de contrôle (U+{code}), qui n’est pas permis dans un en-tête de courrier. Retirez-le et réessayez.</translation>
    </message>
    <message>
        <source>the From is the sending account or one of its aliases (--account)</source>
        <translation>le From est le compte d’envoi ou l’un de ses alias (--account)</translation>
    </message>
    <message>
        <source>give the recipients with --to</source>
        <translation>donnez les destinataires avec --to</translation>
    </message>
    <message>
        <source>give the recipients with --cc</source>
        <translation>donnez les destinataires avec --cc</translation>
    </message>
    <message>
        <source>give hidden recipients with --bcc (they never appear in the headers)</source>
        <translation>donnez les destinataires cachés avec --bcc (ils n’apparaissent jamais dans les en-têtes)</translation>
    </message>
    <message>
        <source>pass the address as reply_to (the command line takes --header &apos;Reply-To: ...&apos; as that)</source>
        <translation>passez l’adresse comme reply_to (la ligne de commande prend --header &apos;Reply-To: ...&apos; pour cela)</translation>
    </message>
    <message>
        <source>give the subject with --subject</source>
        <translation>donnez l’objet avec --subject</translation>
    </message>
    <message>
        <source>Threadline dates a message when it goes out (--at sends it later)</source>
        <translation>Threadline date un message quand il part (--at l’envoie plus tard)</translation>
    </message>
    <message>
        <source>Threadline writes the threading headers itself: reply with --in-reply-to, --thread or --thread-key</source>
        <translation>Threadline écrit lui-même les en-têtes de fil de conversation : répondez avec --in-reply-to, --thread ou --thread-key</translation>
    </message>
    <message>
        <source>Threadline writes the MIME structure from the body, --html and --attach</source>
        <translation>Threadline écrit la structure MIME à partir du texte, de --html et de --attach</translation>
    </message>
    <message>
        <source>Threadline writes its own name there</source>
        <translation>Threadline y écrit son propre nom</translation>
    </message>
    <message>
        <source>it is a trace header that mail servers write, never the sender</source>
        <translation>c’est un en-tête de trace qu’écrivent les serveurs de courrier, jamais l’expéditeur</translation>
    </message>
    <message>
        <source>The header {name} cannot be added to a message: {reason}.</source>
        <translation>L’en-tête {name} ne peut pas être ajouté à un message : {reason}.</translation>
    </message>
</context>
<context>
    <name>identities</name>
    <message>
        <source>There is no sending account yet. Add one with &apos;threadline accounts add&apos;.</source>
        <translation>Il n’y a pas encore de compte d’envoi. Ajoutez-en un avec &apos;threadline accounts add&apos;.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account: {accounts}</source>
        <translation>Il y a plusieurs comptes ; choisissez-en un avec --account : {accounts}</translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>Cannot make a Message-ID: {address} is not an e-mail address with a domain.</source>
        <translation>Impossible de créer un Message-ID : {address} n’est pas une adresse e-mail avec un domaine.</translation>
    </message>
    <message>
        <source>Cannot make a Message-ID: the domain of {address} is not a valid name.</source>
        <translation>Impossible de créer un Message-ID : le domaine de {address} n’est pas un nom valide.</translation>
    </message>
</context>
<context>
    <name>imap</name>
    <message>
        <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
        <translation>Aucun mot de passe n’est enregistré pour {account}. Saisissez-le dans les paramètres du compte (il est conservé dans le trousseau du système).</translation>
    </message>
    <message>
        <source>OAuth2 tokens are only sent over an encrypted connection.</source>
        <translation>Les jetons OAuth2 ne sont envoyés que par une connexion chiffrée.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reason}). Threadline will try again.</source>
        <translation>{host} n’a pas pu vérifier le mot de passe pour l’instant ({reason}). Threadline réessaiera.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reason}).</source>
        <translation>{host} n’a pas pu vérifier le mot de passe pour l’instant ({reason}).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password ({reason}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
        <translation>{host} a refusé le nom d’utilisateur ou le mot de passe ({reason}). Vérifiez-les dans les paramètres du compte ; certains fournisseurs demandent un mot de passe d’application ou une connexion OAuth.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
        <translation>Le certificat de {host} n’est pas fiable ({reason}). Quelqu’un intercepte peut-être la connexion, ou le serveur utilise un certificat que votre système ne connaît pas. Rien n’a été envoyé ni reçu.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 993, STARTTLS port 143).</source>
        <translation>La connexion chiffrée avec {host} a échoué ({reason}). Vérifiez le port et les réglages de sécurité (TLS utilise en général le port 993, STARTTLS le port 143).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>{host} closed the connection ({reason}). Threadline will try again; nothing was lost.</source>
        <translation>{host} a fermé la connexion ({reason}). Threadline réessaiera ; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>{host} closed the connection ({reason}).</source>
        <translation>{host} a fermé la connexion ({reason}).</translation>
    </message>
    <message>
        <source>{host} refused a request ({reason}).</source>
        <translation>{host} a refusé une demande ({reason}).</translation>
    </message>
    <message>
        <source>Talking to {host} failed unexpectedly ({error}).</source>
        <translation>La communication avec {host} a échoué de manière inattendue ({error}).</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer on the server (deleted or renamed). Its messages stay in Threadline.</source>
        <translation>Le dossier {folder} n’est plus sur le serveur (supprimé ou renommé). Ses messages restent dans Threadline.</translation>
    </message>
    <message>
        <source>The server would not open the folder {folder} ({reason}).</source>
        <translation>Le serveur a refusé d’ouvrir le dossier {folder} ({reason}).</translation>
    </message>
    <message>
        <source>The server refused to list messages ({reason}).</source>
        <translation>Le serveur a refusé de lister les messages ({reason}).</translation>
    </message>
    <message>
        <source>The connection to the incoming server is not open.</source>
        <translation>La connexion au serveur entrant n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Refusing to connect to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
        <translation>Connexion à {host} sans chiffrement refusée. Choisissez TLS ou STARTTLS dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (993 for TLS, 143 for STARTTLS) or ask your provider.</source>
        <translation>{host} ne propose pas STARTTLS : la connexion ne peut donc pas être chiffrée. Rien n’a été envoyé. Vérifiez le port (993 pour TLS, 143 pour STARTTLS) ou demandez à votre fournisseur.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>Envoi du mot de passe par une connexion non chiffrée refusé.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
        <translation>Le certificat de {host} n’est pas fiable ({reason}). Son empreinte SHA-256 est {fingerprint}. Quelqu’un intercepte peut-être la connexion, ou le serveur utilise un certificat que votre système ne connaît pas. Rien n’a été envoyé ni reçu.</translation>
    </message>
    <message>
        <source>{host} would not move messages to {folder} ({reason}).</source>
        <translation>{host} a refusé de déplacer des messages vers {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{host} would not copy messages to {folder} ({reason}).</source>
        <translation>{host} a refusé de copier des messages vers {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{host} closed the connection while idle.</source>
        <translation>{host} a fermé la connexion pendant l’attente.</translation>
    </message>
</context>
<context>
    <name>import_command</name>
    <message>
        <source>import .eml files, mbox files and Maildir folders</source>
        <translation>importer des fichiers .eml, des fichiers mbox et des dossiers Maildir</translation>
    </message>
    <message>
        <source>Import mail into Threadline&apos;s store. Folders are searched recursively; importing the same mail again adds nothing.</source>
        <translation>Importer du courrier dans le stockage de Threadline. Les dossiers sont parcourus récursivement ; importer à nouveau le même courrier n’ajoute rien.</translation>
    </message>
    <message>
        <source>mark imported messages unread</source>
        <translation>marquer les messages importés comme non lus</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n message importé</numerusform>
            <numerusform>%n messages importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary} (%n already there)</source>
        <translation>
            <numerusform>{summary} (%n déjà présent)</numerusform>
            <numerusform>{summary} (%n déjà présents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n file(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n fichier ignoré</numerusform>
            <numerusform>{summary}, %n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n message(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n message ignoré</numerusform>
            <numerusform>{summary}, %n messages ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n symbolic link(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n lien symbolique ignoré</numerusform>
            <numerusform>{summary}, %n liens symboliques ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}; cancelled before the end</source>
        <translation>{summary} ; annulé avant la fin</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
        <translation>le message {number} de {path} a été ignoré : ses parties MIME sont trop imbriquées pour être lues ; le reste de l’importation a continué.</translation>
    </message>
    <message>
        <source>{path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
        <translation>{path} a été ignoré : ses parties MIME sont trop imbriquées pour être lues ; le reste de l’importation a continué.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: it is too large to read; the rest of the import went on.</source>
        <translation>le message {number} de {path} a été ignoré : il est trop grand pour être lu ; le reste de l’importation a continué.</translation>
    </message>
    <message>
        <source>{path} was skipped: it is too large to read; the rest of the import went on.</source>
        <translation>{path} a été ignoré : il est trop grand pour être lu ; le reste de l’importation a continué.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
        <translation>le message {number} de {path} a été ignoré : il n’a pas pu être lu ({error}) ; le reste de l’importation a continué.</translation>
    </message>
    <message>
        <source>{path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
        <translation>{path} a été ignoré : il n’a pas pu être lu ({error}) ; le reste de l’importation a continué.</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}.</source>
        <translation>{path} n’a pas été importé : {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} n’a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} n’a pas pu être lu ({error}).</translation>
    </message>
    <message>
        <source>{path} was read only in part: {reason}; no message came before the damage.</source>
        <translation>{path} n’a été lu qu’en partie : {reason} ; aucun message ne précédait le dommage.</translation>
    </message>
    <message numerus="yes">
        <source>{path} was read only in part: {reason}; the %n message(s) before the damage went in.</source>
        <translation>
            <numerusform>{path} n’a été lu qu’en partie : {reason} ; le %n message d’avant le dommage a été importé.</numerusform>
            <numerusform>{path} n’a été lu qu’en partie : {reason} ; les %n messages d’avant le dommage ont été importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mail_files</name>
    <message>
        <source>it starts with &apos;From &apos; but is not an mbox (no mail headers follow)</source>
        <translation>il commence par &apos;From &apos; mais n’est pas un mbox (aucun en-tête de courrier ne suit)</translation>
    </message>
    <message>
        <source>it does not start with mail headers or an mbox &apos;From &apos; line</source>
        <translation>il ne commence ni par des en-têtes de courrier ni par une ligne mbox &apos;From &apos;</translation>
    </message>
    <message>
        <source>its headers have no From, Date or Message-ID: it is not mail</source>
        <translation>ses en-têtes n’ont ni From, ni Date, ni Message-ID : ce n’est pas du courrier</translation>
    </message>
</context>
<context>
    <name>mail_providers</name>
    <message>
        <source>iCloud takes an app-specific password (made in your Apple Account&apos;s settings), not your Apple Account password.</source>
        <translation>iCloud demande un mot de passe pour app (créé dans les réglages de votre compte Apple), pas le mot de passe de votre compte Apple.</translation>
    </message>
    <message>
        <source>Yahoo takes an app password (made in its account security settings), not your Yahoo password.</source>
        <translation>Yahoo demande un mot de passe d’application (créé dans les réglages de sécurité du compte), pas votre mot de passe Yahoo.</translation>
    </message>
    <message>
        <source>Allow POP3 and IMAP access once in GMX&apos;s web settings, or it refuses the login.</source>
        <translation>Autorisez une fois l’accès POP3 et IMAP dans les réglages web de GMX, sinon il refuse la connexion.</translation>
    </message>
    <message>
        <source>With two-factor sign-in on, mailbox.org takes an application password.</source>
        <translation>Avec la connexion à deux facteurs activée, mailbox.org demande un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Proton Mail Bridge must be running on this computer: use the user name and password Bridge shows, not your Proton password. The connection never leaves this computer.</source>
        <translation>Proton Mail Bridge doit tourner sur cet ordinateur : utilisez le nom d’utilisateur et le mot de passe qu’affiche Bridge, pas votre mot de passe Proton. La connexion ne quitte jamais cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>mail_tree</name>
    <message>
        <source>{path} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{path} est un lien symbolique qui ramène à lui-même (une boucle).</translation>
    </message>
    <message>
        <source>{path} is a symbolic link to something that does not exist.</source>
        <translation>{path} est un lien symbolique vers quelque chose qui n’existe pas.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is neither a file nor a folder.</source>
        <translation>{path} n’est ni un fichier ni un dossier.</translation>
    </message>
    <message>
        <source>skipped a symbolic link: {path} (links inside an imported folder are not followed).</source>
        <translation>lien symbolique ignoré : {path} (les liens dans un dossier importé ne sont pas suivis).</translation>
    </message>
    <message>
        <source>skipped {folder}: it was walked already through another path (a loop).</source>
        <translation>{folder} ignoré : il a déjà été parcouru par un autre chemin (une boucle).</translation>
    </message>
    <message>
        <source>the folder {folder} could not be read: {reason}.</source>
        <translation>le dossier {folder} n’a pas pu être lu : {reason}.</translation>
    </message>
</context>
<context>
    <name>mailer</name>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than the limit of {limit} given. Nothing was queued; attach less, or share large files another way.</source>
        <translation>Le message ferait environ {size} avec ses pièces jointes (base64 ajoute un tiers), plus que la limite de {limit} donnée. Rien n’a été mis en file ; joignez moins, ou partagez les gros fichiers autrement.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than the {limit} most mail servers take. Nothing was queued; attach less, or share large files another way.</source>
        <translation>Le message ferait environ {size} avec ses pièces jointes (base64 ajoute un tiers), plus que les {limit} qu’acceptent la plupart des serveurs de courrier. Rien n’a été mis en file ; joignez moins, ou partagez les gros fichiers autrement.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than {server} takes (it announces a limit of {limit}). Nothing was queued; attach less, or share large files another way.</source>
        <translation>Le message ferait environ {size} avec ses pièces jointes (base64 ajoute un tiers), plus que ce qu’accepte {server} (il annonce une limite de {limit}). Rien n’a été mis en file ; joignez moins, ou partagez les gros fichiers autrement.</translation>
    </message>
    <message>
        <source>The time to send at has already passed.</source>
        <translation>Le moment d’envoi est déjà passé.</translation>
    </message>
    <message>
        <source>The copy for the Sent folder is not filed yet ({error}); it will be filed later.</source>
        <translation>La copie pour Envoyés n’est pas encore classée ({error}) ; elle le sera plus tard.</translation>
    </message>
    <message>
        <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531): {addresses}. Nothing was queued; change the address or send through another account.</source>
        <translation>{host} n’accepte pas d’adresses avec des caractères non ASCII avant le @ (il ne propose pas SMTPUTF8, RFC 6531) : {addresses}. Rien n’a été mis en file ; changez l’adresse ou envoyez par un autre compte.</translation>
    </message>
    <message>
        <source>Use only one of --in-reply-to, --thread and --thread-key.</source>
        <translation>N’utilisez qu’une seule option parmi --in-reply-to, --thread et --thread-key.</translation>
    </message>
    <message>
        <source>There is no conversation {thread}. &apos;threadline threads&apos; lists them.</source>
        <translation>Il n’y a pas de conversation {thread}. &apos;threadline threads&apos; les liste.</translation>
    </message>
    <message>
        <source>{warning} Give --force (force=True in Python) to send it anyway.</source>
        <translation>{warning} Donnez --force (force=True en Python) pour l’envoyer quand même.</translation>
    </message>
    <message>
        <source>--subject {subject} would change the conversation&apos;s topic ({topic}), and Gmail and other clients would then start a new conversation. Leave --subject out to keep the topic, or add --new-topic (new_topic=True in Python) to change it.</source>
        <translation>--subject {subject} changerait le sujet de la conversation ({topic}), et Gmail comme d’autres logiciels commenceraient alors une nouvelle conversation. Retirez --subject pour garder le sujet, ou ajoutez --new-topic (new_topic=True en Python) pour le changer.</translation>
    </message>
    <message>
        <source>A new conversation needs a subject (--subject).</source>
        <translation>Une nouvelle conversation demande un objet (--subject).</translation>
    </message>
</context>
<context>
    <name>mailto</name>
    <message>
        <source>{url} is not a mailto: URL.</source>
        <translation>{url} n’est pas une URL mailto:.</translation>
    </message>
</context>
<context>
    <name>oauth</name>
    <message>
        <source>Signing in took too long. Try again, and finish in the browser.</source>
        <translation>La connexion a pris trop de temps. Réessayez, et terminez dans le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>La réponse de connexion ne correspondait pas à cette demande ; réessayez.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>{provider} did not sign you in: {reason}.</source>
        <translation>{provider} ne vous a pas connecté : {reason}.</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in: {reason}.</source>
        <translation>{provider} a refusé la connexion : {reason}.</translation>
    </message>
    <message>
        <source>No OAuth client id is configured for {provider}. Put one in oauth.json (see the README, &apos;Sign in with Google and Microsoft&apos;).</source>
        <translation>Aucun identifiant de client OAuth n’est configuré pour {provider}. Indiquez-en un dans oauth.json (voir le README, &apos;Sign in with Google and Microsoft&apos;).</translation>
    </message>
    <message>
        <source>The custom OAuth provider {provider} needs {fields}.</source>
        <translation>Le fournisseur OAuth personnalisé {provider} demande {fields}.</translation>
    </message>
    <message>
        <source>The OAuth provider {provider} has {field} {value}: not a number.</source>
        <translation>Le fournisseur OAuth {provider} a {field} {value} : ce n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Cannot read the OAuth configuration {path}: {reason}</source>
        <translation>Impossible de lire la configuration OAuth {path} : {reason}</translation>
    </message>
    <message>
        <source>There is no OAuth provider {provider}. Known: {known}.</source>
        <translation>Il n’y a pas de fournisseur OAuth {provider}. Connus : {known}.</translation>
    </message>
    <message>
        <source>{account} is not signed in to {provider}. Sign in from the account settings; the message waits in the outbox.</source>
        <translation>{account} n’est pas connecté à {provider}. Connectez-vous depuis les paramètres du compte ; le message attend dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>{account} is not signed in to {provider}. Sign in from the account settings.</source>
        <translation>{account} n’est pas connecté à {provider}. Connectez-vous depuis les paramètres du compte.</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings; the message waits in the outbox.</source>
        <translation>{provider} n’accepte plus la connexion de {account} ({reason}). Reconnectez-vous depuis les paramètres du compte ; le message attend dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings.</source>
        <translation>{provider} n’accepte plus la connexion de {account} ({reason}). Reconnectez-vous depuis les paramètres du compte.</translation>
    </message>
</context>
<context>
    <name>outbox_command</name>
    <message>
        <source>list queued and failed messages; &apos;outbox flush&apos; sends what is due</source>
        <translation>lister les messages en attente et en échec ; &apos;outbox flush&apos; envoie ce qui est dû</translation>
    </message>
    <message>
        <source>Exit status of &apos;flush&apos;: 0 all sent, 75 some wait for a retry (or are being sent by another Threadline), 1 some were refused for good.</source>
        <translation>Code de sortie de &apos;flush&apos; : 0 tout est envoyé, 75 certains attendent un nouvel essai (ou sont en cours d’envoi par un autre Threadline), 1 certains ont été refusés définitivement.</translation>
    </message>
    <message>
        <source>a JSON list (see the README)</source>
        <translation>une liste JSON (voir le README)</translation>
    </message>
    <message>
        <source>send everything that is due</source>
        <translation>envoyer tout ce qui est dû</translation>
    </message>
    <message>
        <source>print what happened as JSON (see the README)</source>
        <translation>afficher ce qui s’est passé en JSON (voir le README)</translation>
    </message>
    <message>
        <source>queue a failed message again</source>
        <translation>remettre en file un message en échec</translation>
    </message>
    <message>
        <source>remove a message from the outbox</source>
        <translation>retirer un message de la boîte d’envoi</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d’envoi est vide.</translation>
    </message>
    <message>
        <source>next try {time}</source>
        <translation>prochain essai {time}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>essais {count}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>message {id}: {text}</source>
        <translation>message {id} : {text}</translation>
    </message>
    <message>
        <source>message {id} was sent, but its copy for the Sent folder is not filed yet ({error}); Threadline will try again.</source>
        <translation>le message {id} a été envoyé, mais sa copie pour Envoyés n’est pas encore classée ({error}) ; Threadline réessaiera.</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}; being sent by another Threadline {busy}.</source>
        <translation>Envoyés {sent} ; en attente d’un nouvel essai {waiting} ; refusés {refused} ; en cours d’envoi par un autre Threadline {busy}.</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}.</source>
        <translation>Envoyés {sent} ; en attente d’un nouvel essai {waiting} ; refusés {refused}.</translation>
    </message>
    <message>
        <source>Message {id} is queued again; &apos;threadline outbox flush&apos; sends it.</source>
        <translation>Le message {id} est de nouveau en file ; &apos;threadline outbox flush&apos; l’envoie.</translation>
    </message>
    <message>
        <source>Message {id} was deleted from the outbox.</source>
        <translation>Le message {id} a été supprimé de la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>outbox_store</name>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n’a pas de destinataire.</translation>
    </message>
    <message>
        <source>A message needs its Message-ID before it is queued.</source>
        <translation>Un message doit avoir son Message-ID avant d’être mis en file.</translation>
    </message>
    <message>
        <source>There is no message {id} in the outbox.</source>
        <translation>Il n’y a pas de message {id} dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The bytes of outbox message {id} are no longer kept.</source>
        <translation>Les octets du message {id} de la boîte d’envoi ne sont plus conservés.</translation>
    </message>
    <message>
        <source>Outbox message {id} is not waiting to be sent.</source>
        <translation>Le message {id} de la boîte d’envoi n’attend pas d’être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after {attempts} attempts over %n day(s).</source>
        <translation>
            <numerusform>Abandon après {attempts} essais en %n jour.</numerusform>
            <numerusform>Abandon après {attempts} essais en %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox message {id} is not a failed message.</source>
        <translation>Le message {id} de la boîte d’envoi n’est pas un message en échec.</translation>
    </message>
    <message>
        <source>Sent late: it was scheduled for {time}, when Threadline was not running.</source>
        <translation>Envoyé en retard : il était prévu pour {time}, quand Threadline ne tournait pas.</translation>
    </message>
    <message>
        <source>Outbox message {id} is already {state}.</source>
        <translation>Le message {id} de la boîte d’envoi est déjà {state}.</translation>
    </message>
    <message>
        <source>The message is being sent right now; try again later.</source>
        <translation>Le message est en cours d’envoi ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message numerus="yes">
        <source>Made %n Threadline file(s) private to you (they were readable by other users).</source>
        <translation>
            <numerusform>%n fichier de Threadline rendu privé (il était lisible par d’autres utilisateurs).</numerusform>
            <numerusform>%n fichiers de Threadline rendus privés (ils étaient lisibles par d’autres utilisateurs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reply</name>
    <message>
        <source>This message did not come through a mailing list that accepts posts (it has no List-Post address). Use Reply or Reply all instead.</source>
        <translation>Ce message n’est pas passé par une liste de diffusion qui accepte les envois (il n’a pas d’adresse List-Post). Utilisez plutôt Répondre ou Répondre à tous.</translation>
    </message>
</context>
<context>
    <name>replying</name>
    <message>
        <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
        <translation>Le message auquel on répond n’a pas de Message-ID : la réponse ne peut donc pas le nommer ; elle ne rejoint la conversation que par son objet, et Gmail, Outlook et d’autres peuvent l’afficher à part.</translation>
    </message>
    <message>
        <source>{message_id} is not a Message-ID (like &lt;abc@example.org&gt;).</source>
        <translation>{message_id} n’est pas un Message-ID (comme &lt;abc@example.org&gt;).</translation>
    </message>
    <message>
        <source>{message_id} is not in the local store, so its subject is unknown: give --subject.</source>
        <translation>{message_id} n’est pas dans le stockage local : son objet est donc inconnu ; donnez --subject.</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>No password store is available. Threadline keeps passwords only in the system keyring: start a desktop session with a Secret Service keyring (GNOME Keyring or KWallet), or macOS Keychain / Windows Credential Manager, then try again.</source>
        <translation>Aucun stockage de mots de passe n’est disponible. Threadline ne conserve les mots de passe que dans le trousseau du système : ouvrez une session de bureau avec un trousseau Secret Service (GNOME Keyring ou KWallet), ou le trousseau macOS / le gestionnaire d’identification Windows, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (your login password usually does), then try again.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le (votre mot de passe de session suffit en général), puis réessayez.</translation>
    </message>
    <message>
        <source>The system keyring could not be opened or has no collection to store passwords in. Open your keyring manager (e.g. Seahorse) and create a default keyring.</source>
        <translation>Le trousseau du système n’a pas pu être ouvert ou n’a pas de collection où enregistrer les mots de passe. Ouvrez votre gestionnaire de trousseaux (p. ex. Seahorse) et créez un trousseau par défaut.</translation>
    </message>
    <message>
        <source>The system keyring failed ({error}). Check that it is running and unlocked, then try again.</source>
        <translation>Le trousseau du système a échoué ({error}). Vérifiez qu’il est lancé et déverrouillé, puis réessayez.</translation>
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
        <translation>conversation (une option au plus) :
  --in-reply-to MSGID   répondre à n’importe quel message par son Message-ID
  --thread THREAD       répondre au message le plus récent d’une conversation
                        enregistrée
  --thread-key KEY      un nom de votre choix (p. ex. un numéro de ticket) : le premier
                        envoi commence une conversation, chaque envoi suivant répond
                        au dernier sous KEY

code de sortie :
  0   envoyé (ou mis en file avec --queue-only, ou planifié avec --at)
  75  un échec temporaire : le message est en file et sera réessayé
        (&apos;threadline outbox flush&apos; l’envoie)
  1   le serveur a refusé le message définitivement (il reste dans la boîte d’envoi)
  2   entrée invalide : rien n’a été enregistré ni envoyé
</translation>
    </message>
    <message>
        <source>send a message (or a reply into a conversation) through the outbox</source>
        <translation>envoyer un message (ou une réponse dans une conversation) par la boîte d’envoi</translation>
    </message>
    <message>
        <source>Send a message through the durable outbox and print its Message-ID.</source>
        <translation>Envoyer un message par la boîte d’envoi durable et afficher son Message-ID.</translation>
    </message>
    <message>
        <source>account id, address, alias or name (default: a reply goes from the address its parent was sent to, a new message from the account used last or the only one)</source>
        <translation>identifiant, adresse, alias ou nom du compte (par défaut : une réponse part de l’adresse à laquelle le message d’origine a été envoyé, un nouveau message du dernier compte utilisé ou du seul compte)</translation>
    </message>
    <message>
        <source>required for a new conversation</source>
        <translation>obligatoire pour une nouvelle conversation</translation>
    </message>
    <message>
        <source>the text (default: read from standard input)</source>
        <translation>le texte (par défaut : lu sur l’entrée standard)</translation>
    </message>
    <message>
        <source>read the text from FILE</source>
        <translation>lire le texte dans FILE</translation>
    </message>
    <message>
        <source>an HTML version of the text</source>
        <translation>une version HTML du texte</translation>
    </message>
    <message>
        <source>the encoding of the text on standard input, --body-file, --html and the options (default: UTF-8, then the locale&apos;s; anything else is refused)</source>
        <translation>l’encodage du texte sur l’entrée standard, de --body-file, de --html et des options (par défaut : UTF-8, puis celui de la locale ; tout autre est refusé)</translation>
    </message>
    <message>
        <source>regular files to attach (read when the message is written)</source>
        <translation>fichiers ordinaires à joindre (lus quand le message est écrit)</translation>
    </message>
    <message>
        <source>refuse a message larger than SIZE (e.g. 10M, 500K; default: what the server announces, else 25M)</source>
        <translation>refuser un message plus grand que SIZE (p. ex. 10M, 500K ; par défaut : ce que le serveur annonce, sinon 25M)</translation>
    </message>
    <message>
        <source>an extra header, e.g. &apos;X-Ticket: 4711&apos; (To, Cc, Bcc and Reply-To add addresses; headers Threadline writes itself are refused)</source>
        <translation>un en-tête supplémentaire, p. ex. &apos;X-Ticket: 4711&apos; (To, Cc, Bcc et Reply-To ajoutent des adresses ; les en-têtes que Threadline écrit lui-même sont refusés)</translation>
    </message>
    <message>
        <source>reply even to a message that has no Message-ID (the reply then joins its conversation by subject only); without it such a reply is refused</source>
        <translation>répondre même à un message sans Message-ID (la réponse ne rejoint alors sa conversation que par l’objet) ; sans cette option, une telle réponse est refusée</translation>
    </message>
    <message>
        <source>let --subject change the topic of the conversation replied to (Gmail then starts a new conversation); without it such a --subject is refused</source>
        <translation>permettre à --subject de changer le sujet de la conversation à laquelle on répond (Gmail commence alors une nouvelle conversation) ; sans cette option, un tel --subject est refusé</translation>
    </message>
    <message>
        <source>queue it for the app or &apos;outbox flush&apos;</source>
        <translation>la mettre en file pour l’application ou &apos;outbox flush&apos;</translation>
    </message>
    <message>
        <source>print the message; store nothing</source>
        <translation>afficher le message ; ne rien enregistrer</translation>
    </message>
    <message>
        <source>print the outcome as JSON: message_id, outbox_id, state, thread_id, error, warning, exit_status (see the README)</source>
        <translation>afficher le résultat en JSON : message_id, outbox_id, state, thread_id, error, warning, exit_status (voir le README)</translation>
    </message>
    <message>
        <source>send later, at TIME (ISO 8601, e.g. &apos;2026-12-01 08:00&apos;; local time unless a zone is given): the app, or &apos;threadline outbox flush&apos; run after TIME, sends it</source>
        <translation>envoyer plus tard, à TIME (ISO 8601, p. ex. &apos;2026-12-01 08:00&apos; ; heure locale sauf si un fuseau est donné) : l’application, ou &apos;threadline outbox flush&apos; lancé après TIME, l’envoie</translation>
    </message>
    <message>
        <source>{size} is not a size like 10M or 500K</source>
        <translation>{size} n’est pas une taille comme 10M ou 500K</translation>
    </message>
    <message>
        <source>Cannot read the HTML file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier HTML {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the body file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier du texte {path} : {reason}.</translation>
    </message>
    <message>
        <source>the HTML file {path}</source>
        <translation>le fichier HTML {path}</translation>
    </message>
    <message>
        <source>the body file {path}</source>
        <translation>le fichier du texte {path}</translation>
    </message>
    <message>
        <source>the text on standard input</source>
        <translation>le texte sur l’entrée standard</translation>
    </message>
    <message>
        <source>--header {value} must look like &apos;Name: value&apos;.</source>
        <translation>--header {value} doit avoir la forme &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>--header {name} is given twice; give each header once.</source>
        <translation>--header {name} est donné deux fois ; donnez chaque en-tête une seule fois.</translation>
    </message>
    <message>
        <source>--dry-run prints the message itself; leave out --json.</source>
        <translation>--dry-run affiche le message lui-même ; retirez --json.</translation>
    </message>
    <message>
        <source>scheduled for {time}; the app (or &apos;threadline outbox flush&apos; run after then) sends it.</source>
        <translation>planifié pour {time} ; l’application (ou &apos;threadline outbox flush&apos; lancé après) l’envoie.</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>avertissement : {text}</translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <source>It is being sent by another Threadline (the app or another command) right now.</source>
        <translation>Il est en cours d’envoi par un autre Threadline (l’application ou une autre commande).</translation>
    </message>
    <message>
        <source>Not delivered to {refused}</source>
        <translation>Non remis à {refused}</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <source>{host} could not check the password right now ({reply}). Threadline will try again.</source>
        <translation>{host} n’a pas pu vérifier le mot de passe pour l’instant ({reply}). Threadline réessaiera.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reply}).</source>
        <translation>{host} n’a pas pu vérifier le mot de passe pour l’instant ({reply}).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password ({reply}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
        <translation>{host} a refusé le nom d’utilisateur ou le mot de passe ({reply}). Vérifiez-les dans les paramètres du compte ; certains fournisseurs demandent un mot de passe d’application ou une connexion OAuth.</translation>
    </message>
    <message>
        <source>{host} refused every recipient for now ({details}). Threadline will try again.</source>
        <translation>{host} a refusé tous les destinataires pour l’instant ({details}). Threadline réessaiera.</translation>
    </message>
    <message>
        <source>{host} refused every recipient for now ({details}).</source>
        <translation>{host} a refusé tous les destinataires pour l’instant ({details}).</translation>
    </message>
    <message>
        <source>{host} refused every recipient ({details}). Check the addresses.</source>
        <translation>{host} a refusé tous les destinataires ({details}). Vérifiez les adresses.</translation>
    </message>
    <message>
        <source>{host} asked to try again later ({reply}). Threadline will retry.</source>
        <translation>{host} a demandé de réessayer plus tard ({reply}). Threadline réessaiera.</translation>
    </message>
    <message>
        <source>{host} asked to try again later ({reply}).</source>
        <translation>{host} a demandé de réessayer plus tard ({reply}).</translation>
    </message>
    <message>
        <source>{host} refused the sender address ({reply}). Check the account&apos;s address.</source>
        <translation>{host} a refusé l’adresse d’expédition ({reply}). Vérifiez l’adresse du compte.</translation>
    </message>
    <message>
        <source>{host} refused the message ({reply}). It stays in the outbox; change it or delete it.</source>
        <translation>{host} a refusé le message ({reply}). Il reste dans la boîte d’envoi ; modifiez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>{host} refused the message ({reply}).</source>
        <translation>{host} a refusé le message ({reply}).</translation>
    </message>
    <message>
        <source>{host} closed the connection before the message was accepted. Threadline will try again.</source>
        <translation>{host} a fermé la connexion avant que le message soit accepté. Threadline réessaiera.</translation>
    </message>
    <message>
        <source>{host} closed the connection before the message was accepted.</source>
        <translation>{host} a fermé la connexion avant que le message soit accepté.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server is misconfigured. Nothing was sent.</source>
        <translation>Le certificat de {host} n’est pas fiable ({reason}). Quelqu’un intercepte peut-être la connexion, ou le serveur est mal configuré. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 465, STARTTLS port 587).</source>
        <translation>La connexion chiffrée avec {host} a échoué ({reason}). Vérifiez le port et les réglages de sécurité (TLS utilise en général le port 465, STARTTLS le port 587).</translation>
    </message>
    <message>
        <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. The message stays in the outbox: try again after updating Threadline, and please report this problem.</source>
        <translation>Threadline n’a pas pu envoyer par {host} à cause d’une erreur dans Threadline même ({error}), et non à cause du serveur. Le message reste dans la boîte d’envoi : réessayez après avoir mis à jour Threadline, et merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. Try again after updating Threadline, and please report this problem.</source>
        <translation>Threadline n’a pas pu envoyer par {host} à cause d’une erreur dans Threadline même ({error}), et non à cause du serveur. Réessayez après avoir mis à jour Threadline, et merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>OAuth2 tokens are only sent over an encrypted connection.</source>
        <translation>Les jetons OAuth2 ne sont envoyés que par une connexion chiffrée.</translation>
    </message>
    <message>
        <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
        <translation>Aucun mot de passe n’est enregistré pour {account}. Saisissez-le dans les paramètres du compte (il est conservé dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Refusing to send to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
        <translation>Envoi vers {host} sans chiffrement refusé. Choisissez TLS ou STARTTLS dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (587 for STARTTLS, 465 for TLS) or ask your provider.</source>
        <translation>{host} ne propose pas STARTTLS : la connexion ne peut donc pas être chiffrée. Rien n’a été envoyé. Vérifiez le port (587 pour STARTTLS, 465 pour TLS) ou demandez à votre fournisseur.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>Envoi du mot de passe par une connexion non chiffrée refusé.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
        <translation>Le certificat de {host} n’est pas fiable ({reason}). Son empreinte SHA-256 est {fingerprint}. Quelqu’un intercepte peut-être la connexion, ou le serveur utilise un certificat que votre système ne connaît pas. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
        <translation>Le certificat de {host} n’est pas fiable ({reason}). Quelqu’un intercepte peut-être la connexion, ou le serveur utilise un certificat que votre système ne connaît pas. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>La connexion n’est pas ouverte.</translation>
    </message>
    <message>
        <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531), so {addresses} cannot be reached through it. Nothing was sent; change the address or the account.</source>
        <translation>{host} n’accepte pas d’adresses avec des caractères non ASCII avant le @ (il ne propose pas SMTPUTF8, RFC 6531) : {addresses} ne peut donc pas être joint par ce serveur. Rien n’a été envoyé ; changez l’adresse ou le compte.</translation>
    </message>
</context>
<context>
    <name>srv</name>
    <message>
        <source>The DNS did not answer in time for {name}</source>
        <translation>Le DNS n’a pas répondu à temps pour {name}</translation>
    </message>
    <message>
        <source>No DNS server could be asked for {name}</source>
        <translation>Aucun serveur DNS n’a pu être interrogé pour {name}</translation>
    </message>
    <message>
        <source>The DNS look-up of {name} failed ({reason}).</source>
        <translation>La requête DNS pour {name} a échoué ({reason}).</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot open the mail store {path}: {reason}</source>
        <translation>Impossible d’ouvrir le stockage de courrier {path} : {reason}</translation>
    </message>
    <message>
        <source>The mail store {path} was written by a newer Threadline (schema {schema}, this version knows {known}). Update Threadline.</source>
        <translation>Le stockage de courrier {path} a été écrit par un Threadline plus récent (schéma {schema}, cette version connaît {known}). Mettez Threadline à jour.</translation>
    </message>
</context>
<context>
    <name>sync_command</name>
    <message>
        <source>fetch new mail and read state from the accounts&apos; IMAP servers</source>
        <translation>récupérer le nouveau courrier et l’état de lecture depuis les serveurs IMAP des comptes</translation>
    </message>
    <message>
        <source>Sync INBOX and Sent (on Gmail: All Mail) of every account that has an incoming server, and any folder added with --folder. Mail deleted on the server stays in Threadline&apos;s archive.</source>
        <translation>Synchroniser INBOX et Envoyés (sur Gmail : Tous les messages) de chaque compte qui a un serveur entrant, et tout dossier ajouté avec --folder. Le courrier supprimé sur le serveur reste dans l’archive de Threadline.</translation>
    </message>
    <message>
        <source>only this account (id, address or name)</source>
        <translation>seulement ce compte (identifiant, adresse ou nom)</translation>
    </message>
    <message>
        <source>only this folder (added to the account&apos;s synced folders if new)</source>
        <translation>seulement ce dossier (ajouté aux dossiers synchronisés du compte s’il est nouveau)</translation>
    </message>
    <message>
        <source>{address} has no incoming (IMAP) server. Add one with &apos;threadline accounts edit {address} --imap-host HOST&apos;.</source>
        <translation>{address} n’a pas de serveur entrant (IMAP). Ajoutez-en un avec &apos;threadline accounts edit {address} --imap-host HOST&apos;.</translation>
    </message>
    <message>
        <source>No account has an incoming (IMAP) server yet. Add one with &apos;threadline accounts add ADDRESS --imap-host HOST&apos; (or &apos;accounts edit&apos;).</source>
        <translation>Aucun compte n’a encore de serveur entrant (IMAP). Ajoutez-en un avec &apos;threadline accounts add ADDRESS --imap-host HOST&apos; (ou &apos;accounts edit&apos;).</translation>
    </message>
</context>
<context>
    <name>syncing</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n changed elsewhere</source>
        <translation>
            <numerusform>{summary}, %n modifié ailleurs</numerusform>
            <numerusform>{summary}, %n modifiés ailleurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted on the server (kept here)</source>
        <translation>
            <numerusform>{summary}, %n supprimé sur le serveur (conservé ici)</numerusform>
            <numerusform>{summary}, %n supprimés sur le serveur (conservés ici)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n moved to the server&apos;s Trash</source>
        <translation>
            <numerusform>{summary}, %n placé dans la corbeille du serveur</numerusform>
            <numerusform>{summary}, %n placés dans la corbeille du serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted here only (the server has no Trash folder)</source>
        <translation>
            <numerusform>{summary}, %n supprimé ici seulement (le serveur n’a pas de corbeille)</numerusform>
            <numerusform>{summary}, %n supprimés ici seulement (le serveur n’a pas de corbeille)</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, {folder}: {error}</source>
        <translation>{summary}, {folder} : {error}</translation>
    </message>
    <message>
        <source>{account}: {summary}.</source>
        <translation>{account} : {summary}.</translation>
    </message>
    <message>
        <source>{address} has no incoming (IMAP) server. Add one with &apos;threadline accounts edit&apos; or in the Accounts window.</source>
        <translation>{address} n’a pas de serveur entrant (IMAP). Ajoutez-en un avec &apos;threadline accounts edit&apos; ou dans la fenêtre Comptes.</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer on the server (deleted or renamed).</source>
        <translation>Le dossier {folder} n’est plus sur le serveur (supprimé ou renommé).</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Folders there: {names}</source>
        <translation>Il n’y a pas de dossier {folder} sur {host}. Dossiers présents : {names}</translation>
    </message>
</context>
<context>
    <name>thread_keys</name>
    <message>
        <source>the thread key</source>
        <translation>la clé de fil</translation>
    </message>
    <message>
        <source>A thread key must be 1 to 200 characters on one line.</source>
        <translation>Une clé de fil doit faire de 1 à 200 caractères sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>threads_command</name>
    <message>
        <source>list conversations, the most recently active first</source>
        <translation>lister les conversations, la plus récemment active d’abord</translation>
    </message>
    <message>
        <source>how many (default 50)</source>
        <translation>combien (50 par défaut)</translation>
    </message>
    <message>
        <source>only conversations matching WORDS</source>
        <translation>seulement les conversations qui correspondent à WORDS</translation>
    </message>
    <message>
        <source>a JSON list (see the README)</source>
        <translation>une liste JSON (voir le README)</translation>
    </message>
    <message>
        <source>show one conversation&apos;s messages as a tree</source>
        <translation>afficher les messages d’une conversation en arbre</translation>
    </message>
    <message>
        <source>a number from &apos;threadline threads&apos;</source>
        <translation>un numéro donné par &apos;threadline threads&apos;</translation>
    </message>
    <message>
        <source>a JSON object (see the README)</source>
        <translation>un objet JSON (voir le README)</translation>
    </message>
    <message>
        <source>the messages&apos; exact bytes: an mbox file (importing it gives them back), or with --json a base64 &apos;raw&apos; field in each message</source>
        <translation>les octets exacts des messages : un fichier mbox (l’importer les redonne), ou avec --json un champ base64 &apos;raw&apos; dans chaque message</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>There is no conversation {thread}. &apos;threadline threads&apos; lists them.</source>
        <translation>Il n’y a pas de conversation {thread}. &apos;threadline threads&apos; les liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>watching</name>
    <message>
        <source>{host} does not support IDLE; mail is checked on a timer.</source>
        <translation>{host} ne prend pas en charge IDLE ; le courrier est relevé à intervalles réguliers.</translation>
    </message>
    <message>
        <source>{host} ended the connection (BYE). Threadline reconnects.</source>
        <translation>{host} a mis fin à la connexion (BYE). Threadline se reconnecte.</translation>
    </message>
</context>
</TS>
