<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>Not saved yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>Not saved yet: see the marked field.</numerusform>
            <numerusform>Not saved yet: see the %n marked fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not tested yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>Not tested yet: see the marked field.</numerusform>
            <numerusform>Not tested yet: see the %n marked fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message numerus="yes">
        <source>↪ Replying in: {subject} (%n message(s))</source>
        <translation>
            <numerusform>↪ Replying in: {subject} (%n message)</numerusform>
            <numerusform>↪ Replying in: {subject} (%n messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n file, {size}</numerusform>
            <numerusform>%n files, {size}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n cop(ies) on the server go to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>The copy on the server goes to its Trash folder at the next sync.</numerusform>
            <numerusform>The copies on the server go to its Trash folder at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restored.</numerusform>
            <numerusform>%n messages restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent draft(s) wait in Drafts.</source>
        <translation>
            <numerusform>%n unsent draft waits in Drafts.</numerusform>
            <numerusform>%n unsent drafts wait in Drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match “{query}”.</source>
        <translation>
            <numerusform>%n conversation matches “{query}”.</numerusform>
            <numerusform>%n conversations match “{query}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing mail… %n message(s)</source>
        <translation>
            <numerusform>Importing mail… %n message</numerusform>
            <numerusform>Importing mail… %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n waiting.</numerusform>
            <numerusform>%n waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemotePicturesBar</name>
    <message numerus="yes">
        <source>%n picture(s) from the web are not shown: loading tells the sender you read it.</source>
        <translation>
            <numerusform>%n picture from the web is not shown: loading tells the sender you read it.</numerusform>
            <numerusform>%n pictures from the web are not shown: loading tells the sender you read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be loaded.</source>
        <translation>
            <numerusform>%n picture could not be loaded.</numerusform>
            <numerusform>%n pictures could not be loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message numerus="yes">
        <source>Show %n more message(s)</source>
        <translation>
            <numerusform>Show %n more message</numerusform>
            <numerusform>Show %n more messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restored.</numerusform>
            <numerusform>%n messages restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DraftWords</name>
    <message numerus="yes">
        <source>To {first}, {second} and %n more</source>
        <translation>
            <numerusform>To {first}, {second} and %n more</numerusform>
            <numerusform>To {first}, {second} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FolderWords</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay in Threadline</source>
        <translation>
            <numerusform>no longer on the server (deleted or renamed); %n message from it stays in Threadline</numerusform>
            <numerusform>no longer on the server (deleted or renamed); %n messages from it stay in Threadline</numerusform>
        </translation>
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
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncWords</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>account_store</name>
    <message numerus="yes">
        <source>The account still has %n message(s) in the outbox. Send or delete it/them first.</source>
        <translation>
            <numerusform>The account still has %n message in the outbox. Send or delete it first.</numerusform>
            <numerusform>The account still has %n messages in the outbox. Send or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deleting</name>
    <message numerus="yes">
        <source>The cop(y/ies) on the server go(es) to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>The copy on the server goes to its Trash folder at the next sync.</numerusform>
            <numerusform>The copies on the server go to its Trash folder at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restored.</numerusform>
            <numerusform>%n messages restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folder_choice</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay(s) in Threadline</source>
        <translation>
            <numerusform>no longer on the server (deleted or renamed); %n message from it stays in Threadline</numerusform>
            <numerusform>no longer on the server (deleted or renamed); %n messages from it stay in Threadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped syncing {folder}. %n message(s) from it stay(s) in Threadline&apos;s archive, in their conversations and in search.</source>
        <translation>
            <numerusform>Stopped syncing {folder}. %n message from it stays in Threadline&apos;s archive, in their conversations and in search.</numerusform>
            <numerusform>Stopped syncing {folder}. %n messages from it stay in Threadline&apos;s archive, in their conversations and in search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import_command</name>
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
            <numerusform>Imported %n message</numerusform>
            <numerusform>Imported %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary} (%n already there)</source>
        <translation>
            <numerusform>{summary} (%n already there)</numerusform>
            <numerusform>{summary} (%n already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n file(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n file skipped</numerusform>
            <numerusform>{summary}, %n files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n message(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n message skipped</numerusform>
            <numerusform>{summary}, %n messages skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n symbolic link(s) skipped</source>
        <translation>
            <numerusform>{summary}, %n symbolic link skipped</numerusform>
            <numerusform>{summary}, %n symbolic links skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} was read only in part: {reason}; the %n message(s) before the damage went in.</source>
        <translation>
            <numerusform>{path} was read only in part: {reason}; the %n message before the damage went in.</numerusform>
            <numerusform>{path} was read only in part: {reason}; the %n messages before the damage went in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outbox_store</name>
    <message numerus="yes">
        <source>Gave up after {attempts} attempts over %n day(s).</source>
        <translation>
            <numerusform>Gave up after {attempts} attempts over %n day.</numerusform>
            <numerusform>Gave up after {attempts} attempts over %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message numerus="yes">
        <source>Made %n Threadline file(s) private to you (they were readable by other users).</source>
        <translation>
            <numerusform>Made %n Threadline file private to you (they were readable by other users).</numerusform>
            <numerusform>Made %n Threadline files private to you (they were readable by other users).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncing</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n changed elsewhere</source>
        <translation>
            <numerusform>{summary}, %n changed elsewhere</numerusform>
            <numerusform>{summary}, %n changed elsewhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted on the server (kept here)</source>
        <translation>
            <numerusform>{summary}, %n deleted on the server (kept here)</numerusform>
            <numerusform>{summary}, %n deleted on the server (kept here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n moved to the server&apos;s Trash</source>
        <translation>
            <numerusform>{summary}, %n moved to the server&apos;s Trash</numerusform>
            <numerusform>{summary}, %n moved to the server&apos;s Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted here only (the server has no Trash folder)</source>
        <translation>
            <numerusform>{summary}, %n deleted here only (the server has no Trash folder)</numerusform>
            <numerusform>{summary}, %n deleted here only (the server has no Trash folder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>threads_command</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
</TS>
