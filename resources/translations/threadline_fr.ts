<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</TS>
