<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Accounts</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (المنفذ 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (المنفذ 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>بلا (فقط لخادم على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (المنفذ 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (المنفذ 143)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>منفذ SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>أمان SMTP</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>خادم الوارد</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>منفذ الوارد</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>أمان الوارد</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>بلا تشفير</translation>
    </message>
    <message>
        <source>Enter the password: this account signs in with one.</source>
        <translation>أدخل كلمة المرور: هذا الحساب يسجّل الدخول بها.</translation>
    </message>
    <message>
        <source>No password is stored for this account: type it here and save, or sending will fail.</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا الحساب: اكتبها هنا واحفظ، وإلا سيفشل الإرسال.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>مثلًا smtp.example.org</translation>
    </message>
    <message>
        <source>none: this account only sends</source>
        <translation>لا شيء: هذا الحساب يرسل فقط</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>إعدادات الحساب</translation>
    </message>
    <message>
        <source>e.g. ann@example.org</source>
        <translation>مثلًا ann@example.org</translation>
    </message>
    <message>
        <source>other addresses of this mailbox, comma-separated</source>
        <translation>عناوين أخرى لهذا الصندوق، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Replies to mail sent to one of these go from it, through this account&apos;s server.</source>
        <translation>الردود على البريد المرسل إلى أحد هذه العناوين تخرج منه، عبر خادم هذا الحساب.</translation>
    </message>
    <message>
        <source>The server this account&apos;s mail comes from. Leave it empty for an account that only sends.</source>
        <translation>الخادم الذي يأتي منه بريد هذا الحساب. اتركه فارغًا لحساب يرسل فقط.</translation>
    </message>
    <message>
        <source>Save a copy of sent mail in the Sent folder</source>
        <translation>احفظ نسخة من البريد المرسل في مجلد المرسل</translation>
    </message>
    <message>
        <source>Gmail and Microsoft file mail sent through their servers in Sent by themselves; a second copy would show every message twice.</source>
        <translation>يحفظ Gmail وMicrosoft البريد المرسل عبر خوادمهما في المرسل بنفسيهما؛ ونسخة ثانية ستُظهر كل رسالة مرتين.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>بلا تسجيل دخول</translation>
    </message>
    <message>
        <source>Sign in with {provider} (OAuth2)</source>
        <translation>تسجيل الدخول عبر {provider} (OAuth2)</translation>
    </message>
    <message>
        <source>One login for both servers.</source>
        <translation>تسجيل دخول واحد للخادمين.</translation>
    </message>
    <message>
        <source>kept in the system keyring only</source>
        <translation>تُحفظ في سلسلة مفاتيح النظام فقط</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>إيجاد الإعدادات</translation>
    </message>
    <message>
        <source>Ask your address&apos;s domain for its servers (its own configuration, its DNS records); Thunderbird&apos;s database only if you agree.</source>
        <translation>اسأل نطاق عنوانك عن خوادمه (إعداداته الخاصة وسجلات DNS)؛ وقاعدة بيانات Thunderbird فقط إن وافقت.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Also sends as</source>
        <translation>يرسل أيضًا باسم</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>خادم الوارد (IMAP)</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>منفذ الوارد</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>أمان الوارد</translation>
    </message>
    <message>
        <source>Save sent mail</source>
        <translation>حفظ المرسل</translation>
    </message>
    <message>
        <source>Sending mail (SMTP)</source>
        <translation>إرسال البريد (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>البريد الوارد (IMAP)</translation>
    </message>
    <message>
        <source>Folders…</source>
        <translation>المجلدات…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>Synced folders</source>
        <translation>المجلدات المتزامنة</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>نتيجة اختبار الاتصال</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Enter your address: the servers of well-known providers are filled in.</source>
        <translation>أدخل عنوانك: تُملأ خوادم المزوّدين المعروفين تلقائيًا.</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>مزوّد بلا اسم</translation>
    </message>
    <message>
        <source>Sign in with {provider} (OAuth2, not set up here)</source>
        <translation>تسجيل الدخول عبر {provider} (OAuth2، غير مُعدّ هنا)</translation>
    </message>
    <message>
        <source>It takes an app password, or sign in with OAuth2 (Sign-in above).</source>
        <translation>يتطلب كلمة مرور تطبيق، أو سجّل الدخول عبر OAuth2 (تسجيل الدخول أعلاه).</translation>
    </message>
    <message>
        <source>Filled in the servers of {provider}.</source>
        <translation>مُلئت خوادم {provider}.</translation>
    </message>
    <message>
        <source>No preset for {domain}: the grey server names are only guesses. Your provider&apos;s help pages name the real ones; leave the incoming server empty to only send.</source>
        <translation>لا إعدادات جاهزة لـ {domain}: أسماء الخوادم الرمادية مجرد تخمين. صفحات المساعدة لدى مزوّدك تذكر الأسماء الصحيحة؛ اترك خادم الوارد فارغًا للإرسال فقط.</translation>
    </message>
    <message>
        <source>{server} (a guess)</source>
        <translation>{server} (تخمين)</translation>
    </message>
    <message>
        <source>{server} (a guess), or empty to only send</source>
        <translation>{server} (تخمين)، أو فارغ للإرسال فقط</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>Not tested: {error}</source>
        <translation>لم يُختبر: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>لم يُحفظ بعد.</numerusform>
            <numerusform>لم يُحفظ بعد: انظر الحقل المعلَّم.</numerusform>
            <numerusform>لم يُحفظ بعد: انظر الحقلين المعلَّمين.</numerusform>
            <numerusform>لم يُحفظ بعد: انظر الحقول المعلَّمة الـ%n.</numerusform>
            <numerusform>لم يُحفظ بعد: انظر الحقول المعلَّمة الـ%n.</numerusform>
            <numerusform>لم يُحفظ بعد: انظر الحقول المعلَّمة الـ%n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not tested yet: see the %n marked field(s).</source>
        <translation>
            <numerusform>لم يُختبر بعد.</numerusform>
            <numerusform>لم يُختبر بعد: انظر الحقل المعلَّم.</numerusform>
            <numerusform>لم يُختبر بعد: انظر الحقلين المعلَّمين.</numerusform>
            <numerusform>لم يُختبر بعد: انظر الحقول المعلَّمة الـ%n.</numerusform>
            <numerusform>لم يُختبر بعد: انظر الحقول المعلَّمة الـ%n.</numerusform>
            <numerusform>لم يُختبر بعد: انظر الحقول المعلَّمة الـ%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the password could not be stored.</source>
        <translation>لم يُحفظ: تعذّر حفظ كلمة المرور.</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>حُفظ {account}.</translation>
    </message>
    <message>
        <source>It signs in with nothing: the server on this computer takes mail without.</source>
        <translation>يسجّل الدخول بلا بيانات: الخادم على هذا الحاسوب يقبل البريد دونها.</translation>
    </message>
    <message>
        <source>Saved {account}, but without a password: sending will fail until you enter it.</source>
        <translation>حُفظ {account} لكن بلا كلمة مرور: سيفشل الإرسال حتى تدخلها.</translation>
    </message>
    <message>
        <source>{smtp} and {imap}</source>
        <translation>{smtp} و{imap}</translation>
    </message>
    <message>
        <source>Connecting to {servers}…</source>
        <translation>جارٍ الاتصال بـ {servers}…</translation>
    </message>
    <message>
        <source>The settings changed during the test: test again to check them.</source>
        <translation>تغيّرت الإعدادات أثناء الاختبار: اختبر مجددًا للتحقق منها.</translation>
    </message>
    <message>
        <source>You can change any field.</source>
        <translation>يمكنك تغيير أي حقل.</translation>
    </message>
    <message>
        <source>{part}: {found} (you typed {typed})</source>
        <translation>{part}: {found} (كتبتَ {typed})</translation>
    </message>
    <message>
        <source>{where} names other settings than you typed:

{lines}

Use them for these fields too?</source>
        <translation>يذكر {where} إعدادات غير التي كتبتها:

{lines}

هل تستخدمها لهذه الحقول أيضًا؟</translation>
    </message>
    <message>
        <source>Use the settings found?</source>
        <translation>استخدام الإعدادات التي عُثر عليها؟</translation>
    </message>
    <message>
        <source>Use them</source>
        <translation>استخدمها</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>أبقِ إعداداتي</translation>
    </message>
    <message>
        <source>Kept what you typed: {fields}.</source>
        <translation>أُبقي ما كتبته: {fields}.</translation>
    </message>
    <message>
        <source>Save the account with an incoming server to choose the folders it syncs.</source>
        <translation>احفظ الحساب مع خادم وارد لتختار المجلدات التي يزامنها.</translation>
    </message>
    <message>
        <source>Inbox and Sent (found at the first sync)</source>
        <translation>الوارد والمرسل (يُعثر عليهما في أول مزامنة)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>لا غير</numerusform>
            <numerusform>واحد آخر</numerusform>
            <numerusform>اثنان آخران</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>Syncs {folders}.</source>
        <translation>يزامن {folders}.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove {account}? Its settings and its password (or sign-in) are deleted from this computer. Mail already in your conversations stays.</source>
        <translation>إزالة {account}؟ تُحذف إعداداته وكلمة مروره (أو تسجيل دخوله) من هذا الحاسوب. البريد الموجود في محادثاتك يبقى.</translation>
    </message>
    <message>
        <source>Cannot remove the account</source>
        <translation>تعذّرت إزالة الحساب</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>{field} addresses</source>
        <translation>عناوين {field}</translation>
    </message>
    <message>
        <source>name@example.org, Another Name &lt;another@example.org&gt;</source>
        <translation>name@example.org، اسم آخر &lt;another@example.org&gt;</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{app} hit a problem</source>
        <translation>واجه {app} مشكلة</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your messages are safe: everything in the outbox is stored on disk and will be sent.</source>
        <translation>حدث خطأ: {error}

رسائلك في أمان: كل ما في صندوق الصادر محفوظ على القرص وسيُرسَل.</translation>
    </message>
    <message>
        <source>{app} — demo (mail goes to a test server on this computer)</source>
        <translation>{app} — تجربة (يذهب البريد إلى خادم اختبار على هذا الحاسوب)</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachment {name}, {size}</source>
        <translation>المرفق {name}، {size}</translation>
    </message>
    <message>
        <source>Click to open; the arrow to save</source>
        <translation>انقر للفتح، والسهم للحفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>حفظ الكل…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>حفظ كل المرفقات</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>تعذّر فتح المرفق</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from there.</source>
        <translation>لا يوجد برنامج على هذا الحاسوب يفتح {name}. استخدم «حفظ باسم…» وافتحه من هناك.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <source>Save all attachments in</source>
        <translation>حفظ كل المرفقات في</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>تعذّر حفظ المرفق</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>the limit of {size} at {host}</source>
        <translation>الحد البالغ {size} لدى {host}</translation>
    </message>
    <message>
        <source>the {size} most mail servers accept</source>
        <translation>الـ{size} التي تقبلها معظم خوادم البريد</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Conversation this reply goes into</source>
        <translation>المحادثة التي يذهب إليها هذا الرد</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
        <translation>الرسالة التي تردّ عليها بلا Message-ID، فلا يمكن للرد أن يسمّيها: ينضم إلى المحادثة بموضوعه فقط، وقد يعرضه Gmail وOutlook وغيرهما منفصلًا.</translation>
    </message>
    <message numerus="yes">
        <source>↪ Replying in: {subject} (%n message(s))</source>
        <translation>
            <numerusform>↩ رد في: {subject}</numerusform>
            <numerusform>↩ رد في: {subject} (رسالة واحدة)</numerusform>
            <numerusform>↩ رد في: {subject} (رسالتان)</numerusform>
            <numerusform>↩ رد في: {subject} (%n رسائل)</numerusform>
            <numerusform>↩ رد في: {subject} (%n رسالة)</numerusform>
            <numerusform>↩ رد في: {subject} (%n رسالة)</numerusform>
        </translation>
    </message>
    <message>
        <source>✉ New conversation</source>
        <translation>✉ محادثة جديدة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>نسخة مخفية</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Gmail keeps a reply in its conversation only while its subject stays the same.</source>
        <translation>يُبقي Gmail الرد في محادثته فقط ما دام موضوعه كما هو.</translation>
    </message>
    <message>
        <source>Subject hint</source>
        <translation>تلميح الموضوع</translation>
    </message>
    <message>
        <source>You changed the subject of a reply. Gmail will show it as a new conversation; other mail programs keep it in this one.</source>
        <translation>غيّرت موضوع رد. سيعرضه Gmail كمحادثة جديدة؛ وتُبقيه برامج البريد الأخرى في هذه المحادثة.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>إرفاق ملفات…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>حجم الرسالة</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>حالة الإرسال</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>إرسال (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>إرسال لاحقًا…</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>إرسال لاحقًا</translation>
    </message>
    <message>
        <source>Choose when the message goes</source>
        <translation>اختر متى تُرسل الرسالة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Throw this message away, with its draft</source>
        <translation>تخلّص من هذه الرسالة ومسودتها</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Keep it in Drafts to finish later (Ctrl+S)</source>
        <translation>احتفظ بها في المسودات لإكمالها لاحقًا (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>لا ملفات، {size}</numerusform>
            <numerusform>ملف واحد، {size}</numerusform>
            <numerusform>ملفان، {size}</numerusform>
            <numerusform>%n ملفات، {size}</numerusform>
            <numerusform>%n ملفًا، {size}</numerusform>
            <numerusform>%n ملف، {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>about {size} once encoded for mail, more than {limit}. Remove a file, or share large files another way.</source>
        <translation>نحو {size} بعد ترميزها للبريد، أكثر من {limit}. أزل ملفًا، أو شارك الملفات الكبيرة بطريقة أخرى.</translation>
    </message>
    <message>
        <source>about {size} once encoded for mail, close to {limit}.</source>
        <translation>نحو {size} بعد ترميزها للبريد، قريب من {limit}.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments, more than {limit}. Remove a file, or share large files another way.</source>
        <translation>سيكون حجم الرسالة مع مرفقاتها نحو {size}، أكثر من {limit}. أزل ملفًا، أو شارك الملفات الكبيرة بطريقة أخرى.</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>تعذّر الإرفاق</translation>
    </message>
    <message>
        <source>Add a sending account first (Accounts in the main window).</source>
        <translation>أضف حساب إرسال أولًا (الحسابات في النافذة الرئيسية).</translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation>لا يمكن الإرسال بعد</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>بلا موضوع</translation>
    </message>
    <message>
        <source>This message has no subject. Send it without one?</source>
        <translation>هذه الرسالة بلا موضوع. أترسلها بلا موضوع؟</translation>
    </message>
    <message>
        <source>Send &amp;without subject</source>
        <translation>أرسل &amp;بلا موضوع</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>تعذّر حفظ المسودة: {error}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>حُفظت المسودة في {time}</translation>
    </message>
    <message>
        <source>Discard message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
    <message>
        <source>Discard this message? Its text and its draft are deleted; this cannot be undone.</source>
        <translation>تجاهل هذه الرسالة؟ يُحذف نصها ومسودتها؛ ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>لا جديد</numerusform>
            <numerusform>واحدة جديدة</numerusform>
            <numerusform>اثنتان جديدتان</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>{messages}, {unread}</source>
        <translation>{messages}، {unread}</translation>
    </message>
    <message>
        <source>In {folders}</source>
        <translation>في {folders}</translation>
    </message>
    <message>
        <source>{subject}, from {people}, {counts}, {date}</source>
        <translation>{subject}، من {people}، {counts}، {date}</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>بلا موضوع</translation>
    </message>
    <message>
        <source>{text}, in {folders}</source>
        <translation>{text}، في {folders}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>No recipients yet</source>
        <translation>لا مستلمين بعد</translation>
    </message>
    <message>
        <source>To {people}</source>
        <translation>إلى {people}</translation>
    </message>
    <message>
        <source>in “{subject}”</source>
        <translation>في «{subject}»</translation>
    </message>
</context>
<context>
    <name>DraftsPlace</name>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>No drafts. A message you close with Save draft waits here until you send it.</source>
        <translation>لا توجد مسودات. الرسالة التي تغلقها بـ«حفظ المسودة» تنتظر هنا حتى ترسلها.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Delete the draft “{subject}”? This cannot be undone.</source>
        <translation>حذف المسودة «{subject}»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;حذف المسودة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ: {error}</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>كل البريد</translation>
    </message>
    <message>
        <source>{folder} — always synced</source>
        <translation>{folder} — تتم مزامنته دائمًا</translation>
    </message>
    <message>
        <source>{folder} — {role}, always synced</source>
        <translation>{folder} — {role}، تتم مزامنته دائمًا</translation>
    </message>
    <message>
        <source>{folder} — gone from the server; its mail stays here</source>
        <translation>{folder} — لم يعد على الخادم؛ يبقى بريده هنا</translation>
    </message>
    <message>
        <source>{folder} — was gone from the server; check it to sync it again</source>
        <translation>{folder} — كان قد اختفى من الخادم؛ حدّده لمزامنته من جديد</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Folders of {address}</source>
        <translation>مجلدات {address}</translation>
    </message>
    <message>
        <source>Filter folders</source>
        <translation>تصفية المجلدات</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>Folders status</source>
        <translation>حالة المجلدات</translation>
    </message>
    <message>
        <source>Checked folders are synced. Unchecking one stops syncing it: its mail stays in Threadline, and nothing is deleted on the server.</source>
        <translation>تتم مزامنة المجلدات المحددة. إلغاء تحديد مجلد يوقف مزامنته: يبقى بريده في Threadline ولا يُحذف شيء من الخادم.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Loading folders from {host}…</source>
        <translation>جارٍ تحميل المجلدات من {host}…</translation>
    </message>
    <message>
        <source>The folders on {host}. All Mail is always synced; check any other folder whose conversations you want here.</source>
        <translation>المجلدات على {host}. تتم مزامنة «كل البريد» دائمًا؛ حدّد أي مجلد آخر تريد محادثاته هنا.</translation>
    </message>
    <message>
        <source>The folders on {host}. Inbox and Sent are always synced; check any other folder whose conversations you want here.</source>
        <translation>المجلدات على {host}. تتم مزامنة الوارد والمرسل دائمًا؛ حدّد أي مجلد آخر تريد محادثاته هنا.</translation>
    </message>
    <message>
        <source>Could not load the folders: {error}</source>
        <translation>تعذّر تحميل المجلدات: {error}</translation>
    </message>
    <message>
        <source>Could not save the choice: {error}</source>
        <translation>تعذّر حفظ الاختيار: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mail files ({patterns})</source>
        <translation>ملفات البريد ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>لا محادثات بعد</translation>
    </message>
    <message>
        <source>Import mail you already have — .eml files, mbox files or Maildir folders — with &lt;b&gt;Import&lt;/b&gt; or &lt;b&gt;Import folder&lt;/b&gt;, or drop them on this window.</source>
        <translation>استورد البريد الذي لديك — ملفات ‎.eml أو ملفات mbox أو مجلدات Maildir — بـ&lt;b&gt;استيراد&lt;/b&gt; أو &lt;b&gt;استيراد مجلد&lt;/b&gt;، أو أفلتها على هذه النافذة.</translation>
    </message>
    <message>
        <source>Or write a new message with &lt;b&gt;New&lt;/b&gt; (Ctrl+N). Replies you send land in the right conversation, here and in your recipients&apos; mail programs.</source>
        <translation>أو اكتب رسالة جديدة بـ&lt;b&gt;جديد&lt;/b&gt; (Ctrl+N). الردود التي ترسلها تصل إلى المحادثة الصحيحة، هنا وفي برامج البريد لدى مستلميك.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Show Details… lists what was skipped, and why.</source>
        <translation>«إظهار التفاصيل…» يسرد ما تم تخطيه، ولماذا.</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>فشل الإرسال</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>ابحث في كل البريد (Ctrl+F)</translation>
    </message>
    <message>
        <source>No sending account yet. Add one to reply and send, or import mail you have.</source>
        <translation>لا يوجد حساب إرسال بعد. أضف حسابًا للرد والإرسال، أو استورد البريد الذي لديك.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>إضافة حساب…</translation>
    </message>
    <message>
        <source>Import mail…</source>
        <translation>استيراد البريد…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>التراجع عن الإرسال</translation>
    </message>
    <message>
        <source>Conversations and drafts</source>
        <translation>المحادثات والمسودات</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Conversation subject</source>
        <translation>موضوع المحادثة</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>رسائل المحادثة</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>رسالة &amp;جديدة</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>اكتب رسالة جديدة</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;رد</translation>
    </message>
    <message>
        <source>Reply to the sender</source>
        <translation>الرد على المرسل</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>رد على ال&amp;جميع</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>الرد على الجميع</translation>
    </message>
    <message>
        <source>Reply to &amp;list</source>
        <translation>رد على ال&amp;قائمة</translation>
    </message>
    <message>
        <source>Reply to the mailing list</source>
        <translation>الرد على القائمة البريدية</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>إ&amp;عادة توجيه</translation>
    </message>
    <message>
        <source>Forward as a new conversation</source>
        <translation>إعادة التوجيه كمحادثة جديدة</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import .eml, mbox or Maildir</source>
        <translation>استيراد ملفات ‎.eml أو mbox أو Maildir</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <source>Import a Maildir or a folder of mail</source>
        <translation>استيراد Maildir أو مجلد بريد</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;صندوق الصادر</translation>
    </message>
    <message>
        <source>Queued and failed messages</source>
        <translation>الرسائل المنتظرة والفاشلة</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>ال&amp;حسابات…</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>حسابات الإرسال</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search all mail</source>
        <translation>البحث في كل البريد</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>تعليم كغير &amp;مقروءة</translation>
    </message>
    <message>
        <source>Mark the conversation&apos;s newest message unread, here and on the server</source>
        <translation>تعليم أحدث رسالة في المحادثة كغير مقروءة، هنا وعلى الخادم</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move the conversation to the Trash (Ctrl+Z brings it back)</source>
        <translation>انقل المحادثة إلى سلة المحذوفات (Ctrl+Z يعيدها)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;تراجع عن الحذف</translation>
    </message>
    <message>
        <source>Bring back what was deleted last</source>
        <translation>استعادة آخر ما حُذف</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Expand all messages</source>
        <translation>&amp;توسيع كل الرسائل</translation>
    </message>
    <message>
        <source>Open every message of the conversation</source>
        <translation>افتح كل رسائل المحادثة</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;المسودات</translation>
    </message>
    <message>
        <source>Messages saved to finish later</source>
        <translation>رسائل محفوظة لإكمالها لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;سلة المهملات…</translation>
    </message>
    <message>
        <source>Deleted conversations, to restore</source>
        <translation>المحادثات المحذوفة، لاستعادتها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Close Threadline</source>
        <translation>إغلاق Threadline</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every shortcut, in one list</source>
        <translation>كل الاختصارات في قائمة واحدة</translation>
    </message>
    <message>
        <source>&amp;About Threadline</source>
        <translation>&amp;عن Threadline</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;رسالة</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>From the search box into the results</source>
        <translation>من مربع البحث إلى النتائج</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>A desktop mail composer whose messages land in the right conversation.</source>
        <translation>برنامج بريد لسطح المكتب تصل رسائله إلى المحادثة الصحيحة.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>عن {app}</translation>
    </message>
    <message>
        <source>Reply to the mailing list (Ctrl+L)</source>
        <translation>الرد على القائمة البريدية (Ctrl+L)</translation>
    </message>
    <message>
        <source>Reply to list: this conversation&apos;s newest message names no mailing list</source>
        <translation>الرد على القائمة: أحدث رسالة في هذه المحادثة لا تذكر قائمة بريدية</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Marked as unread.</source>
        <translation>عُلّمت كغير مقروءة.</translation>
    </message>
    <message>
        <source>Conversation moved to Trash.</source>
        <translation>نُقلت المحادثة إلى سلة المحذوفات.</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(ies) on the server go to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>لا نسخ على الخادم.</numerusform>
            <numerusform>تذهب النسخة التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسختان اللتان على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسخ الـ%n التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسخ الـ%n التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسخ الـ%n التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>لم تُستعد أي رسالة.</numerusform>
            <numerusform>استُعيدت رسالة واحدة.</numerusform>
            <numerusform>استُعيدت رسالتان.</numerusform>
            <numerusform>استُعيدت %n رسائل.</numerusform>
            <numerusform>استُعيدت %n رسالة.</numerusform>
            <numerusform>استُعيدت %n رسالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>It comes back from the server&apos;s Trash at the next sync.</source>
        <translation>تعود من سلة محذوفات الخادم في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>Link to {target}</source>
        <translation>رابط إلى {target}</translation>
    </message>
    <message>
        <source>Drafts ({count})</source>
        <translation>المسودات ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent draft(s) wait in Drafts.</source>
        <translation>
            <numerusform>لا مسودات تنتظر.</numerusform>
            <numerusform>مسودة واحدة غير مرسلة تنتظر في المسودات.</numerusform>
            <numerusform>مسودتان غير مرسلتين تنتظران في المسودات.</numerusform>
            <numerusform>%n مسودات غير مرسلة تنتظر في المسودات.</numerusform>
            <numerusform>%n مسودة غير مرسلة تنتظر في المسودات.</numerusform>
            <numerusform>%n مسودة غير مرسلة تنتظر في المسودات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match “{query}”.</source>
        <translation>
            <numerusform>لا محادثات تطابق «{query}».</numerusform>
            <numerusform>محادثة واحدة تطابق «{query}».</numerusform>
            <numerusform>محادثتان تطابقان «{query}».</numerusform>
            <numerusform>%n محادثات تطابق «{query}».</numerusform>
            <numerusform>%n محادثة تطابق «{query}».</numerusform>
            <numerusform>%n محادثة تطابق «{query}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>فشل البحث</translation>
    </message>
    <message>
        <source>Add a sending account first.</source>
        <translation>أضف حساب إرسال أولًا.</translation>
    </message>
    <message>
        <source>On {date}, {sender} wrote:</source>
        <translation>في {date}، كتب {sender}:</translation>
    </message>
    <message>
        <source>{sender} wrote:</source>
        <translation>كتب {sender}:</translation>
    </message>
    <message>
        <source>Cannot reply</source>
        <translation>تعذّر الرد</translation>
    </message>
    <message>
        <source>Scheduled for {when}. It waits in the Outbox until then.</source>
        <translation>مجدولة في {when}. تنتظر في صندوق الصادر حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Sending “{subject}” in {seconds} s</source>
        <translation>إرسال «{subject}» بعد {seconds} ث</translation>
    </message>
    <message>
        <source>Too late to undo: the message is being sent.</source>
        <translation>فات أوان التراجع: الرسالة تُرسل الآن.</translation>
    </message>
    <message>
        <source>Sending undone.</source>
        <translation>أُلغي الإرسال.</translation>
    </message>
    <message>
        <source>It is being sent right now; it cannot change.</source>
        <translation>إنها تُرسل الآن؛ لا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>“{subject}” was sent.</source>
        <translation>أُرسلت «{subject}».</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>أُرسلت.</translation>
    </message>
    <message>
        <source>Not sent yet: {error} Next try at {time} (see the Outbox).</source>
        <translation>لم تُرسل بعد: {error} المحاولة التالية في {time} (انظر صندوق الصادر).</translation>
    </message>
    <message>
        <source>“{subject}” was refused: {error}</source>
        <translation>رُفضت «{subject}»: {error}</translation>
    </message>
    <message>
        <source>“{subject}” was not sent: {error} It stays in the Outbox, where you can retry or delete it.</source>
        <translation>لم تُرسل «{subject}»: {error} تبقى في صندوق الصادر، حيث يمكنك إعادة المحاولة أو حذفها.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>لم تُرسل الرسالة</translation>
    </message>
    <message>
        <source>Import mail: .eml or mbox files (Maildir: Import folder…)</source>
        <translation>استيراد البريد: ملفات ‎.eml أو mbox (Maildir: استيراد مجلد…)</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>جارٍ استيراد البريد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>Importing mail… %n message(s)</source>
        <translation>
            <numerusform>جارٍ استيراد البريد…</numerusform>
            <numerusform>جارٍ استيراد البريد… رسالة واحدة</numerusform>
            <numerusform>جارٍ استيراد البريد… رسالتان</numerusform>
            <numerusform>جارٍ استيراد البريد… %n رسائل</numerusform>
            <numerusform>جارٍ استيراد البريد… %n رسالة</numerusform>
            <numerusform>جارٍ استيراد البريد… %n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>sent by you</source>
        <translation>أرسلتها أنت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Message from {sender}</source>
        <translation>رسالة من {sender}</translation>
    </message>
    <message>
        <source>To: {addresses}</source>
        <translation>إلى: {addresses}</translation>
    </message>
    <message>
        <source>Cc: {addresses}</source>
        <translation>نسخة: {addresses}</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>إظهار النص المقتبس</translation>
    </message>
    <message>
        <source>In reply to {sender}, {date}</source>
        <translation>ردًا على {sender}، {date}</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>ردًا على</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>إخفاء النص المقتبس</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Reply to {sender}, to this message</source>
        <translation>الرد على {sender} على هذه الرسالة</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>رد على الجميع</translation>
    </message>
    <message>
        <source>Reply to everyone on this message</source>
        <translation>الرد على كل من في هذه الرسالة</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>إعادة توجيه</translation>
    </message>
    <message>
        <source>Forward this message</source>
        <translation>إعادة توجيه هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>OAuthSection</name>
    <message>
        <source>Not signed in</source>
        <translation>غير مسجّل الدخول</translation>
    </message>
    <message>
        <source>OAuth sign-in status</source>
        <translation>حالة تسجيل الدخول عبر OAuth</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Checking the sign-in with {provider}…</source>
        <translation>جارٍ التحقق من تسجيل الدخول لدى {provider}…</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Signed in as {address}</source>
        <translation>مسجّل الدخول باسم {address}</translation>
    </message>
    <message>
        <source>Not signed in to {provider}</source>
        <translation>غير مسجّل الدخول إلى {provider}</translation>
    </message>
    <message>
        <source>Finish signing in to {provider} in your browser…</source>
        <translation>أكمل تسجيل الدخول إلى {provider} في متصفحك…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>{day} {date}, {time}</source>
        <translation>{day} {date}، {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>Sent late, {when}</source>
        <translation>أُرسلت متأخرة، {when}</translation>
    </message>
    <message>
        <source>Sent as scheduled, {when}</source>
        <translation>أُرسلت كما هو مجدول، {when}</translation>
    </message>
    <message>
        <source>Scheduled for {when}</source>
        <translation>مجدولة في {when}</translation>
    </message>
    <message>
        <source>Sending in {delay}</source>
        <translation>الإرسال بعد {delay}</translation>
    </message>
    <message>
        <source>Retrying in {delay}</source>
        <translation>إعادة المحاولة بعد {delay}</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <source>Messages waiting to be sent: open the Outbox (Ctrl+O)</source>
        <translation>رسائل تنتظر الإرسال: افتح صندوق الصادر (Ctrl+O)</translation>
    </message>
    <message>
        <source>Outbox: {count}</source>
        <translation>صندوق الصادر: {count}</translation>
    </message>
    <message>
        <source>Outbox: {count} ({refused} not sent)</source>
        <translation>صندوق الصادر: {count} ({refused} لم تُرسَل)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>رسائل صندوق الصادر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Take the message back into a composer to change it</source>
        <translation>أعد الرسالة إلى نافذة الكتابة لتعديلها</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <source>Send the selected message now</source>
        <translation>أرسل الرسالة المحددة الآن</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Undo send delay</source>
        <translation>مهلة التراجع عن الإرسال</translation>
    </message>
    <message>
        <source>How long a sent message waits, so that Undo can stop it</source>
        <translation>المدة التي تنتظرها الرسالة المرسلة حتى يمكن للتراجع إيقافها</translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation>مهلة التراجع:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>لا شيء في الانتظار.</numerusform>
            <numerusform>رسالة واحدة في الانتظار.</numerusform>
            <numerusform>رسالتان في الانتظار.</numerusform>
            <numerusform>%n رسائل في الانتظار.</numerusform>
            <numerusform>%n رسالة في الانتظار.</numerusform>
            <numerusform>%n رسالة في الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>لا شيء ينتظر الإرسال.</translation>
    </message>
    <message>
        <source>“{subject}” was sent.</source>
        <translation>أُرسلت «{subject}».</translation>
    </message>
    <message>
        <source>“{subject}” was not sent: {error} Next try at {time}.</source>
        <translation>لم تُرسل «{subject}»: {error} المحاولة التالية في {time}.</translation>
    </message>
    <message>
        <source>“{subject}” was refused: {error}</source>
        <translation>رُفضت «{subject}»: {error}</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>حذف الرسالة</translation>
    </message>
    <message>
        <source>Delete “{subject}” to {recipients}? It will not be sent, and there is no copy anywhere else.</source>
        <translation>حذف «{subject}» إلى {recipients}؟ لن تُرسل، ولا توجد نسخة منها في أي مكان آخر.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>تعذّر الإرسال</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>{day} {date}, {time}</source>
        <translation>{day} {date}، {time}</translation>
    </message>
</context>
<context>
    <name>RemotePicturesBar</name>
    <message numerus="yes">
        <source>%n picture(s) from the web are not shown: loading tells the sender you read it.</source>
        <translation>
            <numerusform>لا صور من الويب مخفية.</numerusform>
            <numerusform>صورة واحدة من الويب لا تُعرض: تحميلها يُعلم المرسل بأنك قرأت الرسالة.</numerusform>
            <numerusform>صورتان من الويب لا تُعرضان: تحميلهما يُعلم المرسل بأنك قرأت الرسالة.</numerusform>
            <numerusform>%n صور من الويب لا تُعرض: تحميلها يُعلم المرسل بأنك قرأت الرسالة.</numerusform>
            <numerusform>%n صورة من الويب لا تُعرض: تحميلها يُعلم المرسل بأنك قرأت الرسالة.</numerusform>
            <numerusform>%n صورة من الويب لا تُعرض: تحميلها يُعلم المرسل بأنك قرأت الرسالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>عرض الصور</translation>
    </message>
    <message>
        <source>Show pictures from the web in this message</source>
        <translation>عرض الصور من الويب في هذه الرسالة</translation>
    </message>
    <message>
        <source>Always from {sender}</source>
        <translation>دائمًا من {sender}</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Always show pictures from {sender}</source>
        <translation>اعرض الصور من {sender} دائمًا</translation>
    </message>
    <message>
        <source>Loading pictures…</source>
        <translation>جارٍ تحميل الصور…</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be loaded.</source>
        <translation>
            <numerusform>لم تفشل أي صورة في التحميل.</numerusform>
            <numerusform>تعذّر تحميل صورة واحدة.</numerusform>
            <numerusform>تعذّر تحميل صورتين.</numerusform>
            <numerusform>تعذّر تحميل %n صور.</numerusform>
            <numerusform>تعذّر تحميل %n صورة.</numerusform>
            <numerusform>تعذّر تحميل %n صورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pictures could not be loaded: {error}</source>
        <translation>تعذّر تحميل الصور: {error}</translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <source>Save changes?</source>
        <translation>حفظ التغييرات؟</translation>
    </message>
    <message>
        <source>Save the changes to this draft before closing?</source>
        <translation>هل تحفظ التغييرات على هذه المسودة قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Save draft?</source>
        <translation>حفظ المسودة؟</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>هل تحفظ هذه الرسالة كمسودة قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;حفظ المسودة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Saved drafts wait in Drafts in the main window.</source>
        <translation>المسودات المحفوظة تنتظر في «المسودات» في النافذة الرئيسية.</translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>إرسال لاحقًا</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>الإرسال في</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>صباح الغد</translation>
    </message>
    <message>
        <source>Monday morning</source>
        <translation>صباح الاثنين</translation>
    </message>
    <message>
        <source>{label} ({when})</source>
        <translation>{label} ({when})</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Send this message at:</source>
        <translation>أرسل هذه الرسالة في:</translation>
    </message>
    <message>
        <source>That time has passed; choose a time to come.</source>
        <translation>مضى هذا الوقت؛ اختر وقتًا قادمًا.</translation>
    </message>
</context>
<context>
    <name>SettingsLookup</name>
    <message>
        <source>Looking for {domain}&apos;s settings: its own configuration and its DNS records…</source>
        <translation>جارٍ البحث عن إعدادات {domain}: إعداداته الخاصة وسجلات DNS…</translation>
    </message>
    <message>
        <source>The look-up failed: {error}</source>
        <translation>فشل البحث: {error}</translation>
    </message>
    <message>
        <source>Find the settings</source>
        <translation>إيجاد الإعدادات</translation>
    </message>
    <message>
        <source>{domain} publishes no mail settings of its own (no configuration file, no DNS records).

Ask Thunderbird&apos;s database of mail providers? It is run by Mozilla (autoconfig.thunderbird.net) and is told the domain {domain}, not your address.</source>
        <translation>لا ينشر {domain} إعدادات بريد خاصة به (لا ملف إعدادات ولا سجلات DNS).

هل تسأل قاعدة بيانات مزوّدي البريد في Thunderbird؟ تديرها Mozilla (autoconfig.thunderbird.net) ولا تعرف إلا النطاق {domain}، لا عنوانك.</translation>
    </message>
    <message>
        <source>Ask Thunderbird&apos;s database</source>
        <translation>اسأل قاعدة بيانات Thunderbird</translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation>لا تسأل</translation>
    </message>
    <message>
        <source>Nothing found at {domain} itself.</source>
        <translation>لم يُعثر على شيء لدى {domain} نفسه.</translation>
    </message>
    <message>
        <source>Asking Thunderbird&apos;s database about {domain}…</source>
        <translation>جارٍ سؤال قاعدة بيانات Thunderbird عن {domain}…</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s database does not know {domain} either.</source>
        <translation>قاعدة بيانات Thunderbird لا تعرف {domain} أيضًا.</translation>
    </message>
    <message>
        <source>No settings found for {domain}: the grey server names are only guesses. Your provider&apos;s help pages name the real ones; leave the incoming server empty to only send.</source>
        <translation>لم يُعثر على إعدادات لـ {domain}: أسماء الخوادم الرمادية مجرد تخمين. صفحات المساعدة لدى مزوّدك تذكر الأسماء الصحيحة؛ اترك خادم الوارد فارغًا للإرسال فقط.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>1 byte</source>
        <translation>بايت واحد</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing {folder}… {done} of {total}</source>
        <translation>مزامنة {folder}… {done} من {total}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync failed for {who}</source>
        <translation>فشلت المزامنة لـ {who}</translation>
    </message>
    <message>
        <source>Offline — retrying at {time}</source>
        <translation>غير متصل — إعادة المحاولة في {time}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>تمت المزامنة في {time}</translation>
    </message>
    <message>
        <source>(Threadline tries again at {time}.)</source>
        <translation>(سيحاول Threadline مجددًا في {time}.)</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Mail sync</source>
        <translation>مزامنة البريد</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Sync failure details</source>
        <translation>تفاصيل فشل المزامنة</translation>
    </message>
    <message>
        <source>Mail sync failed</source>
        <translation>فشلت مزامنة البريد</translation>
    </message>
    <message>
        <source>Every account synced.</source>
        <translation>تمت مزامنة كل الحسابات.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Expand all</source>
        <translation>توسيع الكل</translation>
    </message>
    <message>
        <source>Expand all messages</source>
        <translation>توسيع كل الرسائل</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more message(s)</source>
        <translation>
            <numerusform>إظهار المزيد</numerusform>
            <numerusform>إظهار رسالة أخرى</numerusform>
            <numerusform>إظهار رسالتين أخريين</numerusform>
            <numerusform>إظهار %n رسائل أخرى</numerusform>
            <numerusform>إظهار %n رسالة أخرى</numerusform>
            <numerusform>إظهار %n رسالة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Show more messages</source>
        <translation>إظهار مزيد من الرسائل</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>فتح هذا الرابط؟</translation>
    </message>
    <message>
        <source>The link says “{text}” but leads to another place:

{href}

Open it only if you trust where it goes.</source>
        <translation>يقول الرابط «{text}» لكنه يقود إلى مكان آخر:

{href}

لا تفتحه إلا إذا وثقت بوجهته.</translation>
    </message>
    <message>
        <source>Open {where}</source>
        <translation>فتح {where}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Deleted conversations</source>
        <translation>المحادثات المحذوفة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Put the selected conversations back</source>
        <translation>إعادة المحادثات المختارة</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>لم تُستعد أي رسالة.</numerusform>
            <numerusform>استُعيدت رسالة واحدة.</numerusform>
            <numerusform>استُعيدت رسالتان.</numerusform>
            <numerusform>استُعيدت %n رسائل.</numerusform>
            <numerusform>استُعيدت %n رسالة.</numerusform>
            <numerusform>استُعيدت %n رسالة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoNote</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: {text}</source>
        <translation>تراجع: {text}</translation>
    </message>
</context>
<context>
    <name>_DraftWords</name>
    <message numerus="yes">
        <source>To {first}, {second} and %n more</source>
        <translation>
            <numerusform>إلى {first} و{second}</numerusform>
            <numerusform>إلى {first} و{second} وشخص آخر</numerusform>
            <numerusform>إلى {first} و{second} وشخصين آخرين</numerusform>
            <numerusform>إلى {first} و{second} و%n آخرين</numerusform>
            <numerusform>إلى {first} و{second} و%n آخرين</numerusform>
            <numerusform>إلى {first} و{second} و%n آخرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>لا مرفقات</numerusform>
            <numerusform>مرفق واحد</numerusform>
            <numerusform>مرفقان</numerusform>
            <numerusform>%n مرفقات</numerusform>
            <numerusform>%n مرفقًا</numerusform>
            <numerusform>%n مرفق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FolderWords</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay in Threadline</source>
        <translation>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ لا رسائل منه في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى رسالة واحدة منه في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى رسالتان منه في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى %n رسائل منه في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى %n رسالة منه في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى %n رسالة منه في Threadline</numerusform>
        </translation>
    </message>
    <message>
        <source>was gone from the server for a while; add it to sync it again</source>
        <translation>اختفى من الخادم لبعض الوقت؛ أضفه لمزامنته من جديد</translation>
    </message>
</context>
<context>
    <name>_ListWords</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>لا رسائل</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>لا غير مقروءة</numerusform>
            <numerusform>واحدة غير مقروءة</numerusform>
            <numerusform>اثنتان غير مقروءتين</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncWords</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>لا حسابات</numerusform>
            <numerusform>حساب واحد</numerusform>
            <numerusform>حسابان</numerusform>
            <numerusform>%n حسابات</numerusform>
            <numerusform>%n حسابًا</numerusform>
            <numerusform>%n حساب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>account_check</name>
    <message>
        <source>Sending (SMTP)</source>
        <translation>الإرسال (SMTP)</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; no sign-in needed.</source>
        <translation>أجاب {host} &apos;{greeting}&apos;؛ لا حاجة إلى تسجيل الدخول.</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; login accepted.</source>
        <translation>أجاب {host} &apos;{greeting}&apos;؛ قُبل تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>الاستقبال (IMAP)</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>لا مجلدات</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; no sign-in needed; syncs {folders}.</source>
        <translation>أجاب {host} &apos;{greeting}&apos;؛ لا حاجة إلى تسجيل الدخول؛ يزامن {folders}.</translation>
    </message>
    <message>
        <source>{host} answered &apos;{greeting}&apos;; login accepted; syncs {folders}.</source>
        <translation>أجاب {host} &apos;{greeting}&apos;؛ قُبل تسجيل الدخول؛ يزامن {folders}.</translation>
    </message>
    <message>
        <source>No Sent folder was found, so sent mail cannot be filed there.</source>
        <translation>لم يُعثر على مجلد المرسل، لذا لا يمكن حفظ البريد المرسل فيه.</translation>
    </message>
</context>
<context>
    <name>account_problems</name>
    <message>
        <source>&apos;{host}&apos; is not a server name: no spaces.</source>
        <translation>&apos;{host}&apos; ليس اسم خادم: بلا مسافات.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1-65535).</source>
        <translation>{port} ليس رقم منفذ (1-65535).</translation>
    </message>
    <message>
        <source>Enter the address mail goes out from, e.g. ann@example.org.</source>
        <translation>أدخل العنوان الذي يخرج منه البريد، مثل ann@example.org.</translation>
    </message>
    <message>
        <source>{alias} is given twice among the account&apos;s addresses.</source>
        <translation>ورد {alias} مرتين بين عناوين الحساب.</translation>
    </message>
    <message>
        <source>Enter the server mail goes out through, e.g. smtp.example.org.</source>
        <translation>أدخل الخادم الذي يخرج عبره البريد، مثل smtp.example.org.</translation>
    </message>
    <message>
        <source>Mail to {host} cannot go unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
        <translation>لا يمكن أن يذهب البريد إلى {host} دون تشفير: اختر TLS أو STARTTLS (لا يستغني عنه إلا خادم على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Mail from {host} cannot come unencrypted: choose TLS or STARTTLS (only a server on this computer may go without).</source>
        <translation>لا يمكن أن يأتي البريد من {host} دون تشفير: اختر TLS أو STARTTLS (لا يستغني عنه إلا خادم على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Sign-in must be one of {choices}.</source>
        <translation>يجب أن يكون تسجيل الدخول أحد: {choices}.</translation>
    </message>
    <message>
        <source>Enter the user name for signing in (often the address).</source>
        <translation>أدخل اسم المستخدم لتسجيل الدخول (غالبًا هو العنوان).</translation>
    </message>
    <message>
        <source>Security must be one of {choices}.</source>
        <translation>يجب أن يكون الأمان أحد: {choices}.</translation>
    </message>
</context>
<context>
    <name>account_setup</name>
    <message>
        <source>There is no domain to ask in that address.</source>
        <translation>لا يوجد في هذا العنوان نطاق يمكن سؤاله.</translation>
    </message>
    <message>
        <source>{domain}&apos;s own configuration</source>
        <translation>إعدادات {domain} نفسه</translation>
    </message>
    <message>
        <source>the DNS records of {domain}</source>
        <translation>سجلات DNS لـ {domain}</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s database</source>
        <translation>قاعدة بيانات Thunderbird</translation>
    </message>
    <message>
        <source>{url}: no IMAP or SMTP server Threadline can use.</source>
        <translation>{url}: لا خادم IMAP أو SMTP يمكن لـ Threadline استخدامه.</translation>
    </message>
    <message>
        <source>It names no SMTP server Threadline can use: fill in the sending server.</source>
        <translation>لا يذكر خادم SMTP يمكن لـ Threadline استخدامه: املأ خادم الإرسال.</translation>
    </message>
    <message>
        <source>It names no IMAP server: without one the account only sends.</source>
        <translation>لا يذكر خادم IMAP: ودونه يرسل الحساب فقط.</translation>
    </message>
    <message>
        <source>It says the servers sign in without a password (OAuth2 or none): Threadline signs in with OAuth2 only for the providers set up in Sign-in.</source>
        <translation>يذكر أن الخوادم تسجّل الدخول دون كلمة مرور (OAuth2 أو دون شيء): لا يسجّل Threadline الدخول عبر OAuth2 إلا لدى المزوّدين المُعدّين في «تسجيل الدخول».</translation>
    </message>
    <message>
        <source>DNS: no mail server records ({names}).</source>
        <translation>DNS: لا سجلات لخوادم البريد ({names}).</translation>
    </message>
    <message>
        <source>The DNS points outside {domain} ({hosts}): use these servers only if your provider runs them.</source>
        <translation>يشير DNS إلى خارج {domain} ({hosts}): لا تستخدم هذه الخوادم إلا إن كان مزوّدك يشغّلها.</translation>
    </message>
    <message>
        <source>There is no record of an SMTP server: fill in the sending server.</source>
        <translation>لا يوجد سجل لخادم SMTP: املأ خادم الإرسال.</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>بلا تشفير</translation>
    </message>
    <message>
        <source>Settings from {where}: sending through {smtp} and incoming mail from {imap}.</source>
        <translation>إعدادات من {where}: الإرسال عبر {smtp} والبريد الوارد من {imap}.</translation>
    </message>
    <message>
        <source>Settings from {where}: sending through {smtp}.</source>
        <translation>إعدادات من {where}: الإرسال عبر {smtp}.</translation>
    </message>
    <message>
        <source>Settings from {where}: incoming mail from {imap}.</source>
        <translation>إعدادات من {where}: البريد الوارد من {imap}.</translation>
    </message>
    <message>
        <source>Settings from {where}.</source>
        <translation>إعدادات من {where}.</translation>
    </message>
    <message>
        <source>User name: {name}.</source>
        <translation>اسم المستخدم: {name}.</translation>
    </message>
</context>
<context>
    <name>account_store</name>
    <message>
        <source>{host} is not a server name.</source>
        <translation>{host} ليس اسم خادم.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1-65535).</source>
        <translation>{port} ليس رقم منفذ (1-65535).</translation>
    </message>
    <message>
        <source>Security must be one of {choices}.</source>
        <translation>يجب أن يكون الأمان أحد: {choices}.</translation>
    </message>
    <message>
        <source>Authentication must be one of {choices}.</source>
        <translation>يجب أن تكون المصادقة أحد: {choices}.</translation>
    </message>
    <message>
        <source>Sending without encryption is only allowed to a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
        <translation>الإرسال دون تشفير مسموح فقط إلى خادم على هذا الحاسوب (127.0.0.1). اختر TLS أو STARTTLS للخوادم الأخرى.</translation>
    </message>
    <message>
        <source>Password authentication needs a user name.</source>
        <translation>المصادقة بكلمة مرور تحتاج إلى اسم مستخدم.</translation>
    </message>
    <message>
        <source>{alias} is given twice among the account&apos;s addresses.</source>
        <translation>ورد {alias} مرتين بين عناوين الحساب.</translation>
    </message>
    <message>
        <source>Receiving without encryption is only allowed from a server on this computer (127.0.0.1). Choose TLS or STARTTLS for other servers.</source>
        <translation>الاستقبال دون تشفير مسموح فقط من خادم على هذا الحاسوب (127.0.0.1). اختر TLS أو STARTTLS للخوادم الأخرى.</translation>
    </message>
    <message>
        <source>There is no account {account}.</source>
        <translation>لا يوجد حساب {account}.</translation>
    </message>
    <message>
        <source>There is no sending account yet. Add one with &apos;threadline accounts add&apos;.</source>
        <translation>لا يوجد حساب إرسال بعد. أضف واحدًا بالأمر &apos;threadline accounts add&apos;.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account: {accounts}</source>
        <translation>توجد عدة حسابات؛ اختر واحدًا مع --account: {accounts}</translation>
    </message>
    <message>
        <source>There is no account {account}. Known accounts: {accounts}</source>
        <translation>لا يوجد حساب {account}. الحسابات المعروفة: {accounts}</translation>
    </message>
    <message numerus="yes">
        <source>The account still has %n message(s) in the outbox. Send or delete it/them first.</source>
        <translation>
            <numerusform>ليس للحساب رسائل في صندوق الصادر.</numerusform>
            <numerusform>لا تزال للحساب رسالة واحدة في صندوق الصادر. أرسلها أو احذفها أولًا.</numerusform>
            <numerusform>لا تزال للحساب رسالتان في صندوق الصادر. أرسلهما أو احذفهما أولًا.</numerusform>
            <numerusform>لا تزال للحساب %n رسائل في صندوق الصادر. أرسلها أو احذفها أولًا.</numerusform>
            <numerusform>لا تزال للحساب %n رسالة في صندوق الصادر. أرسلها أو احذفها أولًا.</numerusform>
            <numerusform>لا تزال للحساب %n رسالة في صندوق الصادر. أرسلها أو احذفها أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accounts_command</name>
    <message>
        <source>default: unchanged</source>
        <translation>الافتراضي: دون تغيير</translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org</source>
        <translation>خادم SMTP، مثل smtp.example.org</translation>
    </message>
    <message>
        <source>IMAP server the account&apos;s mail comes from, e.g. imap.example.org</source>
        <translation>خادم IMAP الذي يأتي منه بريد الحساب، مثل imap.example.org</translation>
    </message>
    <message>
        <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: unchanged</source>
        <translation>tls (ضمني، المنفذ 465)، starttls (المنفذ 587)، none (إلى 127.0.0.1 فقط)؛ الافتراضي: دون تغيير</translation>
    </message>
    <message>
        <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: unchanged</source>
        <translation>tls (ضمني، المنفذ 993)، starttls (المنفذ 143)، none (من 127.0.0.1 فقط)؛ الافتراضي: دون تغيير</translation>
    </message>
    <message>
        <source>file a copy of each sent message in the IMAP server&apos;s Sent folder (default: unchanged, or as for a new account when the first incoming server is given)</source>
        <translation>احفظ نسخة من كل رسالة مرسلة في مجلد المرسل على خادم IMAP (الافتراضي: دون تغيير، أو كما لحساب جديد عند إعطاء أول خادم وارد)</translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org (preset for known providers and with --oauth)</source>
        <translation>خادم SMTP، مثل smtp.example.org (مُعدّ مسبقًا للمزوّدين المعروفين ومع --oauth)</translation>
    </message>
    <message>
        <source>IMAP server the account&apos;s mail comes from, e.g. imap.example.org (preset for known providers and with --oauth)</source>
        <translation>خادم IMAP الذي يأتي منه بريد الحساب، مثل imap.example.org (مُعدّ مسبقًا للمزوّدين المعروفين ومع --oauth)</translation>
    </message>
    <message>
        <source>tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); default: the preset&apos;s, else starttls</source>
        <translation>tls (ضمني، المنفذ 465)، starttls (المنفذ 587)، none (إلى 127.0.0.1 فقط)؛ الافتراضي: ما في الإعدادات الجاهزة، وإلا starttls</translation>
    </message>
    <message>
        <source>tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); default: the preset&apos;s, else tls</source>
        <translation>tls (ضمني، المنفذ 993)، starttls (المنفذ 143)، none (من 127.0.0.1 فقط)؛ الافتراضي: ما في الإعدادات الجاهزة، وإلا tls</translation>
    </message>
    <message>
        <source>file a copy of each sent message in the IMAP server&apos;s Sent folder (default: yes, except where the SMTP server files it itself, as Gmail and Microsoft do)</source>
        <translation>احفظ نسخة من كل رسالة مرسلة في مجلد المرسل على خادم IMAP (الافتراضي: نعم، إلا حيث يحفظها خادم SMTP بنفسه كما يفعل Gmail وMicrosoft)</translation>
    </message>
    <message>
        <source>default: 465 for tls, 587 for starttls</source>
        <translation>الافتراضي: 465 لـ tls و587 لـ starttls</translation>
    </message>
    <message>
        <source>default: 993 for tls, 143 for starttls</source>
        <translation>الافتراضي: 993 لـ tls و143 لـ starttls</translation>
    </message>
    <message>
        <source>no incoming server: the account only sends (also at a known provider)</source>
        <translation>بلا خادم وارد: الحساب يرسل فقط (حتى لدى مزوّد معروف)</translation>
    </message>
    <message>
        <source>add, edit, list, test or remove accounts (sending and receiving)</source>
        <translation>أضف الحسابات أو عدّلها أو اسردها أو اختبرها أو أزلها (الإرسال والاستقبال)</translation>
    </message>
    <message>
        <source>add an account (the password goes to the keyring)</source>
        <translation>أضف حسابًا (تذهب كلمة المرور إلى سلسلة المفاتيح)</translation>
    </message>
    <message>
        <source>the From address, e.g. ann@example.org</source>
        <translation>عنوان المرسل (From)، مثل ann@example.org</translation>
    </message>
    <message>
        <source>display name, e.g. &apos;Ann Example&apos;</source>
        <translation>الاسم الظاهر، مثل &apos;Ann Example&apos;</translation>
    </message>
    <message>
        <source>login name (default: the address)</source>
        <translation>اسم الدخول (الافتراضي: العنوان)</translation>
    </message>
    <message>
        <source>another address this account sends as (repeat for more); replies to mail sent to it go from it</source>
        <translation>عنوان آخر يرسل به هذا الحساب (كرّر للمزيد)؛ الردود على البريد المرسل إليه تخرج منه</translation>
    </message>
    <message>
        <source>the server needs no login</source>
        <translation>الخادم لا يحتاج إلى تسجيل دخول</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>اقرأ كلمة المرور من الإدخال القياسي</translation>
    </message>
    <message>
        <source>sign in with OAuth2 instead of a password: google, microsoft or a configured one</source>
        <translation>سجّل الدخول عبر OAuth2 بدل كلمة المرور: google أو microsoft أو مزوّد مُعدّ</translation>
    </message>
    <message>
        <source>sign an OAuth2 account in again (browser)</source>
        <translation>أعد تسجيل دخول حساب OAuth2 (المتصفح)</translation>
    </message>
    <message>
        <source>id, address or name</source>
        <translation>المعرّف أو العنوان أو الاسم</translation>
    </message>
    <message>
        <source>forget an OAuth2 account&apos;s tokens</source>
        <translation>انسَ رموز حساب OAuth2</translation>
    </message>
    <message>
        <source>change an account&apos;s servers or name; only what is given changes</source>
        <translation>غيّر خوادم الحساب أو اسمه؛ لا يتغيّر إلا ما يُعطى</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>اسرد الحسابات</translation>
    </message>
    <message>
        <source>connect and log in, without sending anything</source>
        <translation>اتصل وسجّل الدخول دون إرسال شيء</translation>
    </message>
    <message>
        <source>id, address or name (default: the only one)</source>
        <translation>المعرّف أو العنوان أو الاسم (الافتراضي: الحساب الوحيد)</translation>
    </message>
    <message>
        <source>remove an account and its password</source>
        <translation>أزل حسابًا وكلمة مروره</translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text; mail servers take passwords in UTF-8 (RFC 4616). Pass it in UTF-8.</source>
        <translation>كلمة المرور على الإدخال القياسي ليست نصًا بترميز UTF-8؛ خوادم البريد تأخذ كلمات المرور بترميز UTF-8 (RFC 4616). مرّرها بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Password (stored in the system keyring): </source>
        <translation>كلمة المرور (تُحفظ في سلسلة مفاتيح النظام): </translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>لا توجد طرفية لطلب كلمة المرور: مرّرها على الإدخال القياسي مع --password-stdin.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>كلمة المرور فارغة.</translation>
    </message>
    <message>
        <source>Sign in to {provider} in your browser. If it does not open, visit:</source>
        <translation>سجّل الدخول إلى {provider} في متصفحك. إن لم يُفتح، فزُر:</translation>
    </message>
    <message>
        <source>Signed in as {address}.</source>
        <translation>تم تسجيل الدخول باسم {address}.</translation>
    </message>
    <message>
        <source>{address} uses a password, not OAuth2 sign-in.</source>
        <translation>يستخدم {address} كلمة مرور، لا تسجيل دخول عبر OAuth2.</translation>
    </message>
    <message>
        <source>Signed out {address}; its tokens were removed from the keyring.</source>
        <translation>تم تسجيل خروج {address}؛ أُزيلت رموزه من سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>--host is empty: give the SMTP server&apos;s name.</source>
        <translation>--host فارغ: أعطِ اسم خادم SMTP.</translation>
    </message>
    <message>
        <source>--imap-host is empty: give the IMAP server&apos;s name, or --no-imap for an account that only sends.</source>
        <translation>--imap-host فارغ: أعطِ اسم خادم IMAP، أو --no-imap لحساب يرسل فقط.</translation>
    </message>
    <message>
        <source>--no-imap cannot go with --imap-host, --imap-port or --imap-security.</source>
        <translation>لا يجتمع --no-imap مع --imap-host أو --imap-port أو --imap-security.</translation>
    </message>
    <message>
        <source>Give the SMTP server with --host (for example {host}), or use --oauth PROVIDER.</source>
        <translation>أعطِ خادم SMTP مع --host (مثلًا {host})، أو استخدم --oauth PROVIDER.</translation>
    </message>
    <message>
        <source>Give the SMTP server with --host, or use --oauth PROVIDER.</source>
        <translation>أعطِ خادم SMTP مع --host، أو استخدم --oauth PROVIDER.</translation>
    </message>
    <message>
        <source>--imap-port and --imap-security need --imap-host: there is no preset for {address}.</source>
        <translation>يحتاج --imap-port و--imap-security إلى --imap-host: لا إعدادات جاهزة لـ {address}.</translation>
    </message>
    <message>
        <source>{server} ({provider} preset)</source>
        <translation>{server} (إعدادات {provider} الجاهزة)</translation>
    </message>
    <message>
        <source>Sending through {smtp}, receiving nothing (send only).</source>
        <translation>الإرسال عبر {smtp}، ولا استقبال (إرسال فقط).</translation>
    </message>
    <message>
        <source>Sending through {smtp}, receiving from {imap}.</source>
        <translation>الإرسال عبر {smtp}، والاستقبال من {imap}.</translation>
    </message>
    <message>
        <source>{host} files sent mail in the Sent folder itself, so Threadline adds no copy there (--save-sent changes that).</source>
        <translation>يحفظ {host} البريد المرسل في مجلد المرسل بنفسه، لذا لا يضيف Threadline نسخة هناك (--save-sent يغيّر ذلك).</translation>
    </message>
    <message>
        <source>Added {account} ({id}).</source>
        <translation>أُضيف {account} ({id}).</translation>
    </message>
    <message>
        <source>{address} has no incoming server: give --imap-host too.</source>
        <translation>لا خادم واردًا لـ {address}: أعطِ --imap-host أيضًا.</translation>
    </message>
    <message>
        <source>Nothing to change: give the settings to change, e.g. --imap-host imap.example.org.</source>
        <translation>لا شيء لتغييره: أعطِ الإعدادات المراد تغييرها، مثل --imap-host imap.example.org.</translation>
    </message>
    <message>
        <source>Nothing changed: {account}</source>
        <translation>لم يتغيّر شيء: {account}</translation>
    </message>
    <message>
        <source>Changed: {account}</source>
        <translation>تغيّر: {account}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no login</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>login: {login}</source>
        <translation>الدخول: {login}</translation>
    </message>
    <message>
        <source>also sends as: {addresses}</source>
        <translation>يرسل أيضًا باسم: {addresses}</translation>
    </message>
    <message>
        <source>incoming: {server}</source>
        <translation>الوارد: {server}</translation>
    </message>
    <message>
        <source>save sent: yes</source>
        <translation>حفظ المرسل: نعم</translation>
    </message>
    <message>
        <source>save sent: no</source>
        <translation>حفظ المرسل: لا</translation>
    </message>
    <message>
        <source>OK: {side}: {text}</source>
        <translation>تم: {side}: {text}</translation>
    </message>
    <message>
        <source>FAILED: {side}: {text}</source>
        <translation>فشل: {side}: {text}</translation>
    </message>
    <message>
        <source>Removed {account}.</source>
        <translation>أُزيل {account}.</translation>
    </message>
</context>
<context>
    <name>addresses</name>
    <message>
        <source>the address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address (it needs a name@domain).</source>
        <translation>{address} ليس عنوان بريد إلكتروني (يلزم name@domain).</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address: the part before @ is invalid.</source>
        <translation>{address} ليس عنوان بريد إلكتروني: الجزء الذي قبل @ غير صالح.</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address: {domain} is not a domain.</source>
        <translation>{address} ليس عنوان بريد إلكتروني: {domain} ليس نطاقًا.</translation>
    </message>
    <message>
        <source>Expected one e-mail address, found {count} in {text}.</source>
        <translation>كان المتوقع عنوان بريد واحد، ووُجد {count} في {text}.</translation>
    </message>
    <message>
        <source>the address list</source>
        <translation>قائمة العناوين</translation>
    </message>
    <message>
        <source>{entry} is not an e-mail address.</source>
        <translation>{entry} ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>{entry} is missing a closing &apos;&gt;&apos;.</source>
        <translation>ينقص {entry} حرف &apos;&gt;&apos; الختامي.</translation>
    </message>
    <message>
        <source>{entry} is not an e-mail address (write a name as &apos;Name &lt;name@domain&gt;&apos;).</source>
        <translation>{entry} ليس عنوان بريد إلكتروني (اكتب الاسم بالشكل &apos;Name &lt;name@domain&gt;&apos;).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no graphical display to open the window on. Start Threadline from your desktop, or use the command line: &apos;threadline help&apos; lists the commands.</source>
        <translation>لا توجد شاشة رسومية تُفتح عليها النافذة. شغّل Threadline من سطح المكتب، أو استخدم سطر الأوامر: &apos;threadline help&apos; يسرد الأوامر.</translation>
    </message>
</context>
<context>
    <name>arguments</name>
    <message>
        <source>{value} is not a number from {least} up</source>
        <translation>{value} ليس رقمًا من {least} فما فوق</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Cannot attach {path}: {reason}.</source>
        <translation>تعذّر إرفاق {path}: {reason}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (أنبوب مُسمّى)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>a socket or other special file</source>
        <translation>مقبس أو ملف خاص آخر</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is {kind}, not a regular file.</source>
        <translation>تعذّر إرفاق {path}: إنه {kind}، وليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is not a regular file.</source>
        <translation>تعذّر إرفاق {path}: ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>Cannot attach {path}: it is {size}, more than the {limit} a message may carry here.</source>
        <translation>تعذّر إرفاق {path}: حجمه {size}، أكثر من {limit} التي يمكن أن تحملها الرسالة هنا.</translation>
    </message>
</context>
<context>
    <name>autoconfig</name>
    <message>
        <source>{url} is not an HTTPS address; Threadline only asks over HTTPS.</source>
        <translation>{url} ليس عنوان HTTPS؛ لا يسأل Threadline إلا عبر HTTPS.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}); nothing from it was used.</source>
        <translation>شهادة {host} غير موثوقة ({reason})؛ لم يُستخدم منه شيء.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}).</source>
        <translation>فشل الاتصال المشفّر بـ {host} ({reason}).</translation>
    </message>
    <message>
        <source>{host} does not exist.</source>
        <translation>{host} غير موجود.</translation>
    </message>
    <message>
        <source>{host} did not answer in time.</source>
        <translation>لم يُجب {host} في الوقت المناسب.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>رفض {host} الاتصال.</translation>
    </message>
    <message>
        <source>Cannot reach {host} ({reason}).</source>
        <translation>تعذّر الوصول إلى {host} ({reason}).</translation>
    </message>
    <message>
        <source>{host} sent Threadline on to {url}, which is not HTTPS; nothing was fetched from there.</source>
        <translation>أحال {host} Threadline إلى {url}، وهو ليس HTTPS؛ لم يُجلب منه شيء.</translation>
    </message>
    <message>
        <source>{host} has no autoconfig file there (HTTP {status}).</source>
        <translation>لا يوجد لدى {host} ملف autoconfig هناك (HTTP {status}).</translation>
    </message>
    <message>
        <source>{host} redirected too often.</source>
        <translation>أعاد {host} التوجيه مرات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>{host} sent a file too large to be an autoconfig file.</source>
        <translation>أرسل {host} ملفًا أكبر من أن يكون ملف autoconfig.</translation>
    </message>
</context>
<context>
    <name>charsets</name>
    <message>
        <source>e.g. --charset latin-1 or --charset cp1252</source>
        <translation>مثل --charset latin-1 أو --charset cp1252</translation>
    </message>
    <message>
        <source>--charset {charset} is not a character set Python knows ({example}).</source>
        <translation>--charset {charset} ليس ترميزًا تعرفه Python ({example}).</translation>
    </message>
    <message>
        <source>{what} is not valid {charset} (byte 0x{byte} at position {position}); give its real encoding with --charset.</source>
        <translation>{what} ليس {charset} صالحًا (البايت 0x{byte} في الموضع {position})؛ أعطِ ترميزه الحقيقي مع --charset.</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 (byte 0x{byte} at position {position}); give its encoding with --charset ({example}).</source>
        <translation>{what} ليس UTF-8 (البايت 0x{byte} في الموضع {position})؛ أعطِ ترميزه مع --charset ({example}).</translation>
    </message>
    <message>
        <source>the value of {option}</source>
        <translation>قيمة {option}</translation>
    </message>
    <message>
        <source>The value of {option} is not valid text in this terminal&apos;s encoding (UTF-8 is expected); type it again in UTF-8, or give its encoding with --charset.</source>
        <translation>قيمة {option} ليست نصًا صالحًا بترميز هذه الطرفية (المتوقع UTF-8)؛ اكتبها من جديد بترميز UTF-8، أو أعطِ ترميزها مع --charset.</translation>
    </message>
    <message>
        <source>The value of {option} is not valid text in this terminal&apos;s encoding (UTF-8 is expected); type it again in UTF-8.</source>
        <translation>قيمة {option} ليست نصًا صالحًا بترميز هذه الطرفية (المتوقع UTF-8)؛ اكتبها من جديد بترميز UTF-8.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{problem} (see &apos;{command} --help&apos;).</source>
        <translation>{problem} (انظر &apos;{command} --help&apos;).</translation>
    </message>
    <message>
        <source>use the profile in DIR instead of the default one (also $THREADLINE_PROFILE)</source>
        <translation>استخدم الملف الشخصي في DIR بدل الافتراضي (أو $THREADLINE_PROFILE)</translation>
    </message>
    <message>
        <source>Threadline: mail that lands in the right conversation.</source>
        <translation>Threadline: بريد يصل إلى المحادثة الصحيحة.</translation>
    </message>
    <message>
        <source>Start the Threadline desktop app. Run &apos;threadline help&apos; for commands.</source>
        <translation>شغّل تطبيق Threadline لسطح المكتب. &apos;threadline help&apos; يعرض الأوامر.</translation>
    </message>
    <message>
        <source>a mailto: URL to open in the composer (RFC 6068)</source>
        <translation>رابط mailto: يُفتح في نافذة الإنشاء (RFC 6068)</translation>
    </message>
    <message>
        <source>try Threadline in a throw-away profile with sample mail and a local test server</source>
        <translation>جرّب Threadline في ملف شخصي مؤقت مع بريد تجريبي وخادم اختبار محلي</translation>
    </message>
    <message>
        <source>the language of the window, e.g. de, fr, ar or pseudo (default: $THREADLINE_LANG, else the system&apos;s)</source>
        <translation>لغة النافذة، مثل de أو fr أو ar أو pseudo (الافتراضي: $THREADLINE_LANG، وإلا لغة النظام)</translation>
    </message>
    <message>
        <source>open the main window, then quit at once (used to test installed packages)</source>
        <translation>افتح النافذة الرئيسية ثم اخرج فورًا (لاختبار الحزم المثبتة)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>قوطع</translation>
    </message>
    <message>
        <source>an error in Threadline itself ({error}) stopped this command. Please report it; {variable}=1 shows the details.</source>
        <translation>أوقف خطأ في Threadline نفسه ({error}) هذا الأمر. يُرجى الإبلاغ عنه؛ {variable}=1 يعرض التفاصيل.</translation>
    </message>
</context>
<context>
    <name>client_config</name>
    <message>
        <source>It is not an autoconfig file (it starts with &lt;{tag}&gt;).</source>
        <translation>ليس ملف autoconfig (يبدأ بـ &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>The autoconfig file names no email provider.</source>
        <translation>لا يذكر ملف autoconfig أي مزوّد بريد.</translation>
    </message>
    <message>
        <source>A {kind} server (Threadline uses IMAP and SMTP).</source>
        <translation>خادم {kind} (يستخدم Threadline IMAP وSMTP).</translation>
    </message>
    <message>
        <source>The autoconfig file declares a document type or entities, which Threadline does not read.</source>
        <translation>يصرّح ملف autoconfig بنوع مستند أو كيانات لا يقرؤها Threadline.</translation>
    </message>
    <message>
        <source>The autoconfig file is not well-formed XML ({reason}, line {line}).</source>
        <translation>ملف autoconfig ليس XML سليم البنية ({reason}، السطر {line}).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>لا منفذ</translation>
    </message>
    <message>
        <source>The {kind} server {host}: not a server name.</source>
        <translation>خادم {kind} {host}: ليس اسم خادم.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: a provider&apos;s server is never on this computer.</source>
        <translation>خادم {kind} {host}: لا يكون خادم المزوّد على هذا الحاسوب أبدًا.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: {port} is not a port number.</source>
        <translation>خادم {kind} {host}: {port} ليس رقم منفذ.</translation>
    </message>
    <message>
        <source>The {kind} server {host}: unknown encryption &apos;{encryption}&apos;.</source>
        <translation>خادم {kind} {host}: تشفير غير معروف &apos;{encryption}&apos;.</translation>
    </message>
    <message>
        <source>The {kind} server {host} on port {port}: without encryption.</source>
        <translation>خادم {kind} {host} على المنفذ {port}: بلا تشفير.</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>the subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <source>the {header} name</source>
        <translation>الاسم في {header}</translation>
    </message>
    <message>
        <source>the {header} address</source>
        <translation>العنوان في {header}</translation>
    </message>
    <message>
        <source>the header name</source>
        <translation>اسم الترويسة</translation>
    </message>
    <message>
        <source>{name} is not a valid header name.</source>
        <translation>{name} ليس اسم ترويسة صالحًا.</translation>
    </message>
    <message>
        <source>the {name} header</source>
        <translation>ترويسة {name}</translation>
    </message>
    <message>
        <source>the threading header</source>
        <translation>ترويسة ربط المحادثة</translation>
    </message>
    <message>
        <source>the Thread-Topic</source>
        <translation>Thread-Topic</translation>
    </message>
    <message>
        <source>the attachment name</source>
        <translation>اسم المرفق</translation>
    </message>
    <message>
        <source>the attachment type</source>
        <translation>نوع المرفق</translation>
    </message>
    <message>
        <source>The message has no recipients: add at least one address.</source>
        <translation>ليس للرسالة مستلمون: أضف عنوانًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>the Message-ID</source>
        <translation>معرّف Message-ID</translation>
    </message>
    <message>
        <source>{message_id} is not a Message-ID.</source>
        <translation>{message_id} ليس معرّف Message-ID.</translation>
    </message>
</context>
<context>
    <name>compressed</name>
    <message>
        <source>its {kind} data is damaged or cut short ({error})</source>
        <translation>بياناته {kind} تالفة أو مبتورة ({error})</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>{host} did not answer in time. Threadline will try again; check the server name and port if this keeps happening.</source>
        <translation>لم يُجب {host} في الوقت المناسب. سيعيد Threadline المحاولة؛ تحقّق من اسم الخادم والمنفذ إن تكرّر ذلك.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check the server name and port if this keeps happening.</source>
        <translation>لم يُجب {host} في الوقت المناسب. تحقّق من اسم الخادم والمنفذ إن تكرّر ذلك.</translation>
    </message>
    <message>
        <source>{host} refused the connection. Check the server name and port. Threadline will try again.</source>
        <translation>رفض {host} الاتصال. تحقّق من اسم الخادم والمنفذ. سيعيد Threadline المحاولة.</translation>
    </message>
    <message>
        <source>{host} refused the connection. Check the server name and port.</source>
        <translation>رفض {host} الاتصال. تحقّق من اسم الخادم والمنفذ.</translation>
    </message>
    <message>
        <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings. Threadline will try again.</source>
        <translation>تعذّر الاتصال بـ {host} ({reason}). تحقّق من اتصالك بالشبكة ومن إعدادات الخادم. سيعيد Threadline المحاولة.</translation>
    </message>
    <message>
        <source>Cannot connect to {host} ({reason}). Check your network connection and the server settings.</source>
        <translation>تعذّر الاتصال بـ {host} ({reason}). تحقّق من اتصالك بالشبكة ومن إعدادات الخادم.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{text} is not a date and time Threadline can read; write it like {examples}.</source>
        <translation>{text} ليس تاريخًا ووقتًا يستطيع Threadline قراءته؛ اكتبه مثل {examples}.</translation>
    </message>
    <message>
        <source>{time} has already passed; choose a time to come.</source>
        <translation>مضى {time} بالفعل؛ اختر وقتًا قادمًا.</translation>
    </message>
</context>
<context>
    <name>deleting</name>
    <message>
        <source>There is no conversation {thread} (see &apos;threadline threads&apos;).</source>
        <translation>لا توجد محادثة {thread} (انظر &apos;threadline threads&apos;).</translation>
    </message>
    <message>
        <source>There is no message {id} to delete (deleted already?).</source>
        <translation>لا توجد رسالة {id} لحذفها (حُذفت من قبل؟).</translation>
    </message>
    <message>
        <source>There is no deletion {id} in the Trash (undone already?).</source>
        <translation>لا توجد عملية حذف {id} في سلة المحذوفات (أُلغيت من قبل؟).</translation>
    </message>
    <message>
        <source>Conversation moved to Trash.</source>
        <translation>نُقلت المحادثة إلى سلة المحذوفات.</translation>
    </message>
    <message>
        <source>Message moved to Trash.</source>
        <translation>نُقلت الرسالة إلى سلة المحذوفات.</translation>
    </message>
    <message numerus="yes">
        <source>The cop(y/ies) on the server go(es) to its Trash folder at the next sync.</source>
        <translation>
            <numerusform>لا نسخ على الخادم.</numerusform>
            <numerusform>تذهب النسخة التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسختان اللتان على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسخ الـ%n التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسخ الـ%n التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
            <numerusform>تذهب النسخ الـ%n التي على الخادم إلى سلة محذوفاته في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>لم تُستعد أي رسالة.</numerusform>
            <numerusform>استُعيدت رسالة واحدة.</numerusform>
            <numerusform>استُعيدت رسالتان.</numerusform>
            <numerusform>استُعيدت %n رسائل.</numerusform>
            <numerusform>استُعيدت %n رسالة.</numerusform>
            <numerusform>استُعيدت %n رسالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>It comes back from the server&apos;s Trash at the next sync.</source>
        <translation>تعود من سلة محذوفات الخادم في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>There is no conversation {thread}.</source>
        <translation>لا توجد محادثة {thread}.</translation>
    </message>
    <message>
        <source>There is no message {id}.</source>
        <translation>لا توجد رسالة {id}.</translation>
    </message>
</context>
<context>
    <name>filing</name>
    <message>
        <source>{host} has no Sent folder. Turn off &apos;Save a copy in Sent&apos; for this account, or create the folder with another mail app.</source>
        <translation>لا يوجد لدى {host} مجلد المرسل. أوقف «حفظ نسخة في المرسل» لهذا الحساب، أو أنشئ المجلد بتطبيق بريد آخر.</translation>
    </message>
</context>
<context>
    <name>folder_choice</name>
    <message numerus="yes">
        <source>no longer on the server (deleted or renamed); %n message(s) from it stay(s) in Threadline</source>
        <translation>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ ولا رسائل منه في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى منه رسالة واحدة في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى منه رسالتان في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى منه %n رسائل في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى منه %n رسالة في Threadline</numerusform>
            <numerusform>لم يعد على الخادم (حُذف أو أُعيدت تسميته)؛ تبقى منه %n رسالة في Threadline</numerusform>
        </translation>
    </message>
    <message>
        <source>was gone from the server for a while; add it to sync it again</source>
        <translation>غاب عن الخادم مدةً؛ أضفه لمزامنته من جديد</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names}</numerusform>
            <numerusform>{names} وواحد آخر</numerusform>
            <numerusform>{names} واثنان آخران</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} و%n آخر</numerusform>
            <numerusform>{names} و%n آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} on {host} holds only other folders, not mail. Folders inside it: {names}.</source>
        <translation>المجلد {folder} على {host} لا يحوي إلا مجلدات أخرى، لا بريدًا. المجلدات التي فيه: {names}.</translation>
    </message>
    <message>
        <source>The folder {folder} on {host} holds only other folders, not mail.</source>
        <translation>المجلد {folder} على {host} لا يحوي إلا مجلدات أخرى، لا بريدًا.</translation>
    </message>
    <message>
        <source>{folder} is already synced.</source>
        <translation>تتم مزامنة {folder} بالفعل.</translation>
    </message>
    <message>
        <source>Added {folder}: its conversations arrive with the next sync.</source>
        <translation>أُضيف {folder}: تصل محادثاته مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s Inbox.</source>
        <translation>تتم مزامنة {folder} بالفعل: إنه وارد الحساب.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s Sent folder.</source>
        <translation>تتم مزامنة {folder} بالفعل: إنه مجلد المرسل للحساب.</translation>
    </message>
    <message>
        <source>{folder} is already synced: it is the account&apos;s All Mail folder.</source>
        <translation>تتم مزامنة {folder} بالفعل: إنه مجلد «كل البريد» للحساب.</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Did you mean {other}? (Names are case-sensitive.)</source>
        <translation>لا يوجد مجلد {folder} على {host}. هل تقصد {other}؟ (الأسماء تميّز حالة الأحرف.)</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Folders there: {names}.</source>
        <translation>لا يوجد مجلد {folder} على {host}. المجلدات هناك: {names}.</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}.</source>
        <translation>لا يوجد مجلد {folder} على {host}.</translation>
    </message>
    <message>
        <source>{folder} is not synced, so there is nothing to remove. Synced folders: {names}.</source>
        <translation>لا تتم مزامنة {folder}، فلا شيء لإزالته. المجلدات المتزامنة: {names}.</translation>
    </message>
    <message>
        <source>{folder} is not synced, so there is nothing to remove.</source>
        <translation>لا تتم مزامنة {folder}، فلا شيء لإزالته.</translation>
    </message>
    <message>
        <source>Stopped syncing {folder} (no mail of it was downloaded yet).</source>
        <translation>أُوقفت مزامنة {folder} (لم يُنزّل منه بريد بعد).</translation>
    </message>
    <message numerus="yes">
        <source>Stopped syncing {folder}. %n message(s) from it stay(s) in Threadline&apos;s archive, in their conversations and in search.</source>
        <translation>
            <numerusform>أُوقفت مزامنة {folder}. لا رسائل منه في أرشيف Threadline.</numerusform>
            <numerusform>أُوقفت مزامنة {folder}. تبقى منه رسالة واحدة في أرشيف Threadline، في محادثتها وفي البحث.</numerusform>
            <numerusform>أُوقفت مزامنة {folder}. تبقى منه رسالتان في أرشيف Threadline، في محادثاتهما وفي البحث.</numerusform>
            <numerusform>أُوقفت مزامنة {folder}. تبقى منه %n رسائل في أرشيف Threadline، في محادثاتها وفي البحث.</numerusform>
            <numerusform>أُوقفت مزامنة {folder}. تبقى منه %n رسالة في أرشيف Threadline، في محادثاتها وفي البحث.</numerusform>
            <numerusform>أُوقفت مزامنة {folder}. تبقى منه %n رسالة في أرشيف Threadline، في محادثاتها وفي البحث.</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s Inbox: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} هو وارد الحساب: يزامنه Threadline دائمًا، لذا لا يمكن إزالته.</translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s Sent folder: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} هو مجلد المرسل للحساب: يزامنه Threadline دائمًا، لذا لا يمكن إزالته.</translation>
    </message>
    <message>
        <source>{folder} is the account&apos;s All Mail folder: Threadline always syncs it, so it cannot be removed.</source>
        <translation>{folder} هو مجلد «كل البريد» للحساب: يزامنه Threadline دائمًا، لذا لا يمكن إزالته.</translation>
    </message>
</context>
<context>
    <name>folders_command</name>
    <message>
        <source>list, add or remove the server folders an account syncs</source>
        <translation>اسرد مجلدات الخادم التي يزامنها الحساب، أو أضفها، أو أزلها</translation>
    </message>
    <message>
        <source>INBOX and Sent (on Gmail: All Mail) are always synced. Add any other folder of the server; removing one stops syncing it, and its mail stays in Threadline.</source>
        <translation>تتم مزامنة INBOX والمرسل (في Gmail: كل البريد) دائمًا. أضف أي مجلد آخر من الخادم؛ إزالة مجلد توقف مزامنته ويبقى بريده في Threadline.</translation>
    </message>
    <message>
        <source>the server&apos;s folders: synced or not, their role, missing ones</source>
        <translation>مجلدات الخادم: متزامنة أم لا، ودورها، والمفقودة منها</translation>
    </message>
    <message>
        <source>sync a folder of the server from the next sync on</source>
        <translation>زامِن مجلدًا من الخادم بدءًا من المزامنة التالية</translation>
    </message>
    <message>
        <source>the folder&apos;s name on the server, as &apos;folders list&apos; shows it</source>
        <translation>اسم المجلد على الخادم كما يعرضه &apos;folders list&apos;</translation>
    </message>
    <message>
        <source>stop syncing a folder you added (its mail stays in Threadline)</source>
        <translation>أوقف مزامنة مجلد أضفته (يبقى بريده في Threadline)</translation>
    </message>
    <message>
        <source>the folder&apos;s name, as &apos;folders list&apos; shows it</source>
        <translation>اسم المجلد كما يعرضه &apos;folders list&apos;</translation>
    </message>
    <message>
        <source>id, address or name (default: the only one with an incoming server)</source>
        <translation>المعرّف أو العنوان أو الاسم (الافتراضي: الحساب الوحيد الذي له خادم وارد)</translation>
    </message>
    <message>
        <source>Several accounts have an incoming server; choose one with --account: {accounts}</source>
        <translation>لعدة حسابات خادم وارد؛ اختر واحدًا مع --account: {accounts}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>متزامن</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>غير متزامن</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>كل البريد</translation>
    </message>
    <message>
        <source>Run &apos;threadline sync&apos; to fetch them now.</source>
        <translation>شغّل &apos;threadline sync&apos; لجلبها الآن.</translation>
    </message>
</context>
<context>
    <name>folding</name>
    <message>
        <source>The {header} header would have a line of {length} characters, more than the {limit} mail allows (RFC 5322 §2.1.1), and it cannot be folded. Shorten it.</source>
        <translation>ستكون في ترويسة {header} سطر من {length} محرفًا، أكثر من {limit} التي يسمح بها البريد (RFC 5322 §2.1.1)، ولا يمكن طيّه. اختصرها.</translation>
    </message>
    <message>
        <source>A line of the message is {length} characters long, more than the {limit} mail allows (RFC 5322 §2.1.1); servers would refuse it. Attach such a message as a file instead.</source>
        <translation>طول سطر في الرسالة {length} محرفًا، أكثر من {limit} التي يسمح بها البريد (RFC 5322 §2.1.1)؛ سترفضه الخوادم. أرفق مثل هذه الرسالة ملفًا بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>محرف رجوع العربة (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>محرف سطر جديد (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>محرف NUL</translation>
    </message>
    <message>
        <source>a vertical tab</source>
        <translation>محرف جدولة عمودية</translation>
    </message>
    <message>
        <source>a form feed</source>
        <translation>محرف تغذية الصفحة</translation>
    </message>
    <message>
        <source>a file separator</source>
        <translation>محرف فاصل الملفات</translation>
    </message>
    <message>
        <source>a group separator</source>
        <translation>محرف فاصل المجموعات</translation>
    </message>
    <message>
        <source>a record separator</source>
        <translation>محرف فاصل السجلات</translation>
    </message>
    <message>
        <source>a next-line character (NEL)</source>
        <translation>محرف السطر التالي (NEL)</translation>
    </message>
    <message>
        <source>a line separator</source>
        <translation>محرف فاصل الأسطر</translation>
    </message>
    <message>
        <source>a paragraph separator</source>
        <translation>محرف فاصل الفقرات</translation>
    </message>
    <message>
        <source>{field} contains {character}, which is not allowed in a mail header. Remove the line break and try again.</source>
        <translation>يحتوي {field} على {character}، وهو غير مسموح في ترويسة البريد. أزل فاصل السطر وحاول مجددًا.</translation>
    </message>
    <message>
        <source>{field} contains a control character (U+{code}), which is not allowed in a mail header. Remove it and try again.</source>
        <translation>يحتوي {field} على محرف تحكّم (U+{code})، وهو غير مسموح في ترويسة البريد. أزله وحاول مجددًا.</translation>
    </message>
    <message>
        <source>the From is the sending account or one of its aliases (--account)</source>
        <translation>حقل From هو الحساب المرسل أو أحد أسمائه المستعارة (--account)</translation>
    </message>
    <message>
        <source>give the recipients with --to</source>
        <translation>أعطِ المستلمين مع --to</translation>
    </message>
    <message>
        <source>give the recipients with --cc</source>
        <translation>أعطِ المستلمين مع --cc</translation>
    </message>
    <message>
        <source>give hidden recipients with --bcc (they never appear in the headers)</source>
        <translation>أعطِ المستلمين المخفيين مع --bcc (لا يظهرون في الترويسات أبدًا)</translation>
    </message>
    <message>
        <source>pass the address as reply_to (the command line takes --header &apos;Reply-To: ...&apos; as that)</source>
        <translation>مرّر العنوان بوصفه reply_to (يأخذ سطر الأوامر --header &apos;Reply-To: ...&apos; على أنه ذلك)</translation>
    </message>
    <message>
        <source>give the subject with --subject</source>
        <translation>أعطِ الموضوع مع --subject</translation>
    </message>
    <message>
        <source>Threadline dates a message when it goes out (--at sends it later)</source>
        <translation>يؤرّخ Threadline الرسالة عند خروجها (--at يرسلها لاحقًا)</translation>
    </message>
    <message>
        <source>Threadline writes the threading headers itself: reply with --in-reply-to, --thread or --thread-key</source>
        <translation>يكتب Threadline ترويسات ربط المحادثة بنفسه: ردّ مع --in-reply-to أو --thread أو --thread-key</translation>
    </message>
    <message>
        <source>Threadline writes the MIME structure from the body, --html and --attach</source>
        <translation>يكتب Threadline بنية MIME من النص و--html و--attach</translation>
    </message>
    <message>
        <source>Threadline writes its own name there</source>
        <translation>يكتب Threadline اسمه هناك</translation>
    </message>
    <message>
        <source>it is a trace header that mail servers write, never the sender</source>
        <translation>إنها ترويسة تتبّع تكتبها خوادم البريد، لا المرسل أبدًا</translation>
    </message>
    <message>
        <source>The header {name} cannot be added to a message: {reason}.</source>
        <translation>لا يمكن إضافة الترويسة {name} إلى رسالة: {reason}.</translation>
    </message>
</context>
<context>
    <name>identities</name>
    <message>
        <source>There is no sending account yet. Add one with &apos;threadline accounts add&apos;.</source>
        <translation>لا يوجد حساب إرسال بعد. أضف واحدًا بالأمر &apos;threadline accounts add&apos;.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account: {accounts}</source>
        <translation>توجد عدة حسابات؛ اختر واحدًا مع --account: {accounts}</translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>Cannot make a Message-ID: {address} is not an e-mail address with a domain.</source>
        <translation>تعذّر إنشاء Message-ID: {address} ليس عنوان بريد فيه نطاق.</translation>
    </message>
    <message>
        <source>Cannot make a Message-ID: the domain of {address} is not a valid name.</source>
        <translation>تعذّر إنشاء Message-ID: نطاق {address} ليس اسمًا صالحًا.</translation>
    </message>
</context>
<context>
    <name>imap</name>
    <message>
        <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
        <translation>لا توجد كلمة مرور محفوظة لـ {account}. أدخلها في إعدادات الحساب (تُحفظ في سلسلة مفاتيح النظام).</translation>
    </message>
    <message>
        <source>OAuth2 tokens are only sent over an encrypted connection.</source>
        <translation>لا تُرسل رموز OAuth2 إلا عبر اتصال مشفّر.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reason}). Threadline will try again.</source>
        <translation>تعذّر على {host} التحقق من كلمة المرور الآن ({reason}). سيعيد Threadline المحاولة.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reason}).</source>
        <translation>تعذّر على {host} التحقق من كلمة المرور الآن ({reason}).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password ({reason}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
        <translation>رفض {host} اسم المستخدم أو كلمة المرور ({reason}). تحقّق منهما في إعدادات الحساب؛ بعض المزوّدين يطلبون كلمة مرور تطبيق أو تسجيل دخول عبر OAuth.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
        <translation>شهادة {host} غير موثوقة ({reason}). ربما يعترض أحدٌ الاتصال، أو يستخدم الخادم شهادة لا يعرفها نظامك. لم يُرسل شيء ولم يُستقبل.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 993, STARTTLS port 143).</source>
        <translation>فشل الاتصال المشفّر بـ {host} ({reason}). تحقّق من المنفذ وإعدادات الأمان (TLS عادةً على المنفذ 993، وSTARTTLS على المنفذ 143).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <source>{host} closed the connection ({reason}). Threadline will try again; nothing was lost.</source>
        <translation>أغلق {host} الاتصال ({reason}). سيعيد Threadline المحاولة؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>{host} closed the connection ({reason}).</source>
        <translation>أغلق {host} الاتصال ({reason}).</translation>
    </message>
    <message>
        <source>{host} refused a request ({reason}).</source>
        <translation>رفض {host} طلبًا ({reason}).</translation>
    </message>
    <message>
        <source>Talking to {host} failed unexpectedly ({error}).</source>
        <translation>فشل التواصل مع {host} على نحو غير متوقع ({error}).</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer on the server (deleted or renamed). Its messages stay in Threadline.</source>
        <translation>لم يعد المجلد {folder} على الخادم (حُذف أو أُعيدت تسميته). تبقى رسائله في Threadline.</translation>
    </message>
    <message>
        <source>The server would not open the folder {folder} ({reason}).</source>
        <translation>رفض الخادم فتح المجلد {folder} ({reason}).</translation>
    </message>
    <message>
        <source>The server refused to list messages ({reason}).</source>
        <translation>رفض الخادم سرد الرسائل ({reason}).</translation>
    </message>
    <message>
        <source>The connection to the incoming server is not open.</source>
        <translation>الاتصال بالخادم الوارد غير مفتوح.</translation>
    </message>
    <message>
        <source>Refusing to connect to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
        <translation>رُفض الاتصال بـ {host} دون تشفير. اختر TLS أو STARTTLS في إعدادات الحساب.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (993 for TLS, 143 for STARTTLS) or ask your provider.</source>
        <translation>لا يقدّم {host} STARTTLS، لذا لا يمكن تشفير الاتصال. لم يُرسل شيء. تحقّق من المنفذ (993 لـ TLS، و143 لـ STARTTLS) أو اسأل مزوّدك.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>رُفض إرسال كلمة المرور عبر اتصال غير مشفّر.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent or received.</source>
        <translation>شهادة {host} غير موثوقة ({reason}). بصمتها SHA-256 هي {fingerprint}. ربما يعترض أحدٌ الاتصال، أو يستخدم الخادم شهادة لا يعرفها نظامك. لم يُرسل شيء ولم يُستقبل.</translation>
    </message>
    <message>
        <source>{host} would not move messages to {folder} ({reason}).</source>
        <translation>رفض {host} نقل الرسائل إلى {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{host} would not copy messages to {folder} ({reason}).</source>
        <translation>رفض {host} نسخ الرسائل إلى {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{host} closed the connection while idle.</source>
        <translation>أغلق {host} الاتصال أثناء الانتظار.</translation>
    </message>
</context>
<context>
    <name>import_command</name>
    <message>
        <source>import .eml files, mbox files and Maildir folders</source>
        <translation>استورد ملفات ‎.eml وملفات mbox ومجلدات Maildir</translation>
    </message>
    <message>
        <source>Import mail into Threadline&apos;s store. Folders are searched recursively; importing the same mail again adds nothing.</source>
        <translation>استورد البريد إلى مخزن Threadline. يُبحث في المجلدات ومجلداتها الفرعية؛ واستيراد البريد نفسه مرة أخرى لا يضيف شيئًا.</translation>
    </message>
    <message>
        <source>mark imported messages unread</source>
        <translation>علّم الرسائل المستوردة كغير مقروءة</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>لا رسائل</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>لم تُستورد أي رسالة</numerusform>
            <numerusform>استُوردت رسالة واحدة</numerusform>
            <numerusform>استُوردت رسالتان</numerusform>
            <numerusform>استُوردت %n رسائل</numerusform>
            <numerusform>استُوردت %n رسالة</numerusform>
            <numerusform>استُوردت %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary} (%n already there)</source>
        <translation>
            <numerusform>{summary} (لا شيء موجود من قبل)</numerusform>
            <numerusform>{summary} (واحدة موجودة من قبل)</numerusform>
            <numerusform>{summary} (اثنتان موجودتان من قبل)</numerusform>
            <numerusform>{summary} (%n موجودة من قبل)</numerusform>
            <numerusform>{summary} (%n موجودة من قبل)</numerusform>
            <numerusform>{summary} (%n موجودة من قبل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n file(s) skipped</source>
        <translation>
            <numerusform>{summary}، ولم يُتخطَّ أي ملف</numerusform>
            <numerusform>{summary}، وتُخطّي ملف واحد</numerusform>
            <numerusform>{summary}، وتُخطّي ملفان</numerusform>
            <numerusform>{summary}، وتُخطّيت %n ملفات</numerusform>
            <numerusform>{summary}، وتُخطّي %n ملفًا</numerusform>
            <numerusform>{summary}، وتُخطّي %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n message(s) skipped</source>
        <translation>
            <numerusform>{summary}، ولم تُتخطَّ أي رسالة</numerusform>
            <numerusform>{summary}، وتُخطّيت رسالة واحدة</numerusform>
            <numerusform>{summary}، وتُخطّيت رسالتان</numerusform>
            <numerusform>{summary}، وتُخطّيت %n رسائل</numerusform>
            <numerusform>{summary}، وتُخطّيت %n رسالة</numerusform>
            <numerusform>{summary}، وتُخطّيت %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n symbolic link(s) skipped</source>
        <translation>
            <numerusform>{summary}، ولم يُتخطَّ أي رابط رمزي</numerusform>
            <numerusform>{summary}، وتُخطّي رابط رمزي واحد</numerusform>
            <numerusform>{summary}، وتُخطّي رابطان رمزيان</numerusform>
            <numerusform>{summary}، وتُخطّيت %n روابط رمزية</numerusform>
            <numerusform>{summary}، وتُخطّي %n رابطًا رمزيًا</numerusform>
            <numerusform>{summary}، وتُخطّي %n رابط رمزي</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}; cancelled before the end</source>
        <translation>{summary}؛ أُلغي قبل النهاية</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
        <translation>تُخطّيت الرسالة {number} من {path}: أجزاء MIME فيها متداخلة أعمق من أن تُقرأ؛ واستمر باقي الاستيراد.</translation>
    </message>
    <message>
        <source>{path} was skipped: its MIME parts are nested too deeply to read; the rest of the import went on.</source>
        <translation>تُخطّي {path}: أجزاء MIME فيه متداخلة أعمق من أن تُقرأ؛ واستمر باقي الاستيراد.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: it is too large to read; the rest of the import went on.</source>
        <translation>تُخطّيت الرسالة {number} من {path}: إنها أكبر من أن تُقرأ؛ واستمر باقي الاستيراد.</translation>
    </message>
    <message>
        <source>{path} was skipped: it is too large to read; the rest of the import went on.</source>
        <translation>تُخطّي {path}: إنه أكبر من أن يُقرأ؛ واستمر باقي الاستيراد.</translation>
    </message>
    <message>
        <source>message {number} of {path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
        <translation>تُخطّيت الرسالة {number} من {path}: تعذّرت قراءتها ({error})؛ واستمر باقي الاستيراد.</translation>
    </message>
    <message>
        <source>{path} was skipped: it could not be read ({error}); the rest of the import went on.</source>
        <translation>تُخطّي {path}: تعذّرت قراءته ({error})؛ واستمر باقي الاستيراد.</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}.</source>
        <translation>لم يُستورد {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>تعذّرت قراءة {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} was read only in part: {reason}; no message came before the damage.</source>
        <translation>قُرئ {path} جزئيًا فقط: {reason}؛ لم تسبق الضررَ أي رسالة.</translation>
    </message>
    <message numerus="yes">
        <source>{path} was read only in part: {reason}; the %n message(s) before the damage went in.</source>
        <translation>
            <numerusform>قُرئ {path} جزئيًا فقط: {reason}؛ لم تسبق الضررَ أي رسالة.</numerusform>
            <numerusform>قُرئ {path} جزئيًا فقط: {reason}؛ دخلت الرسالة التي سبقت الضرر.</numerusform>
            <numerusform>قُرئ {path} جزئيًا فقط: {reason}؛ دخلت الرسالتان اللتان سبقتا الضرر.</numerusform>
            <numerusform>قُرئ {path} جزئيًا فقط: {reason}؛ دخلت الرسائل الـ%n التي سبقت الضرر.</numerusform>
            <numerusform>قُرئ {path} جزئيًا فقط: {reason}؛ دخلت الرسائل الـ%n التي سبقت الضرر.</numerusform>
            <numerusform>قُرئ {path} جزئيًا فقط: {reason}؛ دخلت الرسائل الـ%n التي سبقت الضرر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mail_files</name>
    <message>
        <source>it starts with &apos;From &apos; but is not an mbox (no mail headers follow)</source>
        <translation>يبدأ بـ &apos;From &apos; لكنه ليس mbox (لا تتبعه ترويسات بريد)</translation>
    </message>
    <message>
        <source>it does not start with mail headers or an mbox &apos;From &apos; line</source>
        <translation>لا يبدأ بترويسات بريد ولا بسطر mbox &apos;From &apos;</translation>
    </message>
    <message>
        <source>its headers have no From, Date or Message-ID: it is not mail</source>
        <translation>ليس في ترويساته From ولا Date ولا Message-ID: ليس بريدًا</translation>
    </message>
</context>
<context>
    <name>mail_providers</name>
    <message>
        <source>iCloud takes an app-specific password (made in your Apple Account&apos;s settings), not your Apple Account password.</source>
        <translation>يتطلب iCloud كلمة مرور خاصة بالتطبيق (تُنشأ في إعدادات حساب Apple)، لا كلمة مرور حساب Apple.</translation>
    </message>
    <message>
        <source>Yahoo takes an app password (made in its account security settings), not your Yahoo password.</source>
        <translation>يتطلب Yahoo كلمة مرور تطبيق (تُنشأ في إعدادات أمان الحساب)، لا كلمة مرور Yahoo.</translation>
    </message>
    <message>
        <source>Allow POP3 and IMAP access once in GMX&apos;s web settings, or it refuses the login.</source>
        <translation>اسمح بالوصول عبر POP3 وIMAP مرة واحدة في إعدادات GMX على الويب، وإلا رفض تسجيل الدخول.</translation>
    </message>
    <message>
        <source>With two-factor sign-in on, mailbox.org takes an application password.</source>
        <translation>عند تفعيل تسجيل الدخول بخطوتين يتطلب mailbox.org كلمة مرور تطبيق.</translation>
    </message>
    <message>
        <source>Proton Mail Bridge must be running on this computer: use the user name and password Bridge shows, not your Proton password. The connection never leaves this computer.</source>
        <translation>يجب أن يعمل Proton Mail Bridge على هذا الحاسوب: استخدم اسم المستخدم وكلمة المرور اللذين يعرضهما Bridge، لا كلمة مرور Proton. لا يغادر الاتصال هذا الحاسوب أبدًا.</translation>
    </message>
</context>
<context>
    <name>mail_tree</name>
    <message>
        <source>{path} is a symbolic link that leads back to itself (a loop).</source>
        <translation>{path} رابط رمزي يعود إلى نفسه (حلقة).</translation>
    </message>
    <message>
        <source>{path} is a symbolic link to something that does not exist.</source>
        <translation>{path} رابط رمزي إلى شيء غير موجود.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>تعذّر فتح {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is neither a file nor a folder.</source>
        <translation>{path} ليس ملفًا ولا مجلدًا.</translation>
    </message>
    <message>
        <source>skipped a symbolic link: {path} (links inside an imported folder are not followed).</source>
        <translation>تُخطّي رابط رمزي: {path} (لا تُتبع الروابط داخل مجلد مستورد).</translation>
    </message>
    <message>
        <source>skipped {folder}: it was walked already through another path (a loop).</source>
        <translation>تُخطّي {folder}: سبق المرور به عبر مسار آخر (حلقة).</translation>
    </message>
    <message>
        <source>the folder {folder} could not be read: {reason}.</source>
        <translation>تعذّرت قراءة المجلد {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>mailer</name>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than the limit of {limit} given. Nothing was queued; attach less, or share large files another way.</source>
        <translation>سيكون حجم الرسالة مع مرفقاتها نحو {size} (يضيف base64 الثلث)، أكثر من الحد المعطى {limit}. لم يوضع شيء في قائمة الانتظار؛ أرفق أقل، أو شارك الملفات الكبيرة بطريقة أخرى.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than the {limit} most mail servers take. Nothing was queued; attach less, or share large files another way.</source>
        <translation>سيكون حجم الرسالة مع مرفقاتها نحو {size} (يضيف base64 الثلث)، أكثر من {limit} التي تقبلها معظم خوادم البريد. لم يوضع شيء في قائمة الانتظار؛ أرفق أقل، أو شارك الملفات الكبيرة بطريقة أخرى.</translation>
    </message>
    <message>
        <source>The message would be about {size} with its attachments (base64 adds a third), more than {server} takes (it announces a limit of {limit}). Nothing was queued; attach less, or share large files another way.</source>
        <translation>سيكون حجم الرسالة مع مرفقاتها نحو {size} (يضيف base64 الثلث)، أكثر مما يقبله {server} (يعلن حدًا قدره {limit}). لم يوضع شيء في قائمة الانتظار؛ أرفق أقل، أو شارك الملفات الكبيرة بطريقة أخرى.</translation>
    </message>
    <message>
        <source>The time to send at has already passed.</source>
        <translation>مضى وقت الإرسال بالفعل.</translation>
    </message>
    <message>
        <source>The copy for the Sent folder is not filed yet ({error}); it will be filed later.</source>
        <translation>لم تُحفظ بعد النسخة المخصّصة لمجلد المرسل ({error})؛ ستُحفظ لاحقًا.</translation>
    </message>
    <message>
        <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531): {addresses}. Nothing was queued; change the address or send through another account.</source>
        <translation>لا يقبل {host} عناوين فيها محارف غير ASCII قبل @ (لا يقدّم SMTPUTF8، RFC 6531): {addresses}. لم يوضع شيء في قائمة الانتظار؛ غيّر العنوان أو أرسل عبر حساب آخر.</translation>
    </message>
    <message>
        <source>Use only one of --in-reply-to, --thread and --thread-key.</source>
        <translation>استخدم واحدًا فقط من --in-reply-to و--thread و--thread-key.</translation>
    </message>
    <message>
        <source>There is no conversation {thread}. &apos;threadline threads&apos; lists them.</source>
        <translation>لا توجد محادثة {thread}. &apos;threadline threads&apos; يسردها.</translation>
    </message>
    <message>
        <source>{warning} Give --force (force=True in Python) to send it anyway.</source>
        <translation>{warning} أعطِ --force (force=True في Python) لإرسالها رغم ذلك.</translation>
    </message>
    <message>
        <source>--subject {subject} would change the conversation&apos;s topic ({topic}), and Gmail and other clients would then start a new conversation. Leave --subject out to keep the topic, or add --new-topic (new_topic=True in Python) to change it.</source>
        <translation>سيغيّر --subject {subject} موضوع المحادثة ({topic})، وسيبدأ Gmail وبرامج أخرى حينها محادثة جديدة. احذف --subject لتبقي الموضوع، أو أضف --new-topic (new_topic=True في Python) لتغييره.</translation>
    </message>
    <message>
        <source>A new conversation needs a subject (--subject).</source>
        <translation>تحتاج المحادثة الجديدة إلى موضوع (--subject).</translation>
    </message>
</context>
<context>
    <name>mailto</name>
    <message>
        <source>{url} is not a mailto: URL.</source>
        <translation>{url} ليس رابط mailto:.</translation>
    </message>
</context>
<context>
    <name>oauth</name>
    <message>
        <source>Signing in took too long. Try again, and finish in the browser.</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا. حاول مجددًا وأكمله في المتصفح.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>لم يطابق ردّ تسجيل الدخول هذا الطلب؛ حاول مجددًا.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <source>{provider} did not sign you in: {reason}.</source>
        <translation>لم يسجّل {provider} دخولك: {reason}.</translation>
    </message>
    <message>
        <source>{provider} refused the sign-in: {reason}.</source>
        <translation>رفض {provider} تسجيل الدخول: {reason}.</translation>
    </message>
    <message>
        <source>No OAuth client id is configured for {provider}. Put one in oauth.json (see the README, &apos;Sign in with Google and Microsoft&apos;).</source>
        <translation>لا يوجد معرّف عميل OAuth مُعدّ لـ {provider}. ضع واحدًا في oauth.json (انظر README، &apos;Sign in with Google and Microsoft&apos;).</translation>
    </message>
    <message>
        <source>The custom OAuth provider {provider} needs {fields}.</source>
        <translation>يحتاج مزوّد OAuth المخصّص {provider} إلى {fields}.</translation>
    </message>
    <message>
        <source>The OAuth provider {provider} has {field} {value}: not a number.</source>
        <translation>لدى مزوّد OAuth {provider} القيمة {value} في {field}: ليست رقمًا.</translation>
    </message>
    <message>
        <source>Cannot read the OAuth configuration {path}: {reason}</source>
        <translation>تعذّرت قراءة إعداد OAuth {path}: {reason}</translation>
    </message>
    <message>
        <source>There is no OAuth provider {provider}. Known: {known}.</source>
        <translation>لا يوجد مزوّد OAuth باسم {provider}. المعروفون: {known}.</translation>
    </message>
    <message>
        <source>{account} is not signed in to {provider}. Sign in from the account settings; the message waits in the outbox.</source>
        <translation>{account} غير مسجّل الدخول إلى {provider}. سجّل الدخول من إعدادات الحساب؛ الرسالة تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>{account} is not signed in to {provider}. Sign in from the account settings.</source>
        <translation>{account} غير مسجّل الدخول إلى {provider}. سجّل الدخول من إعدادات الحساب.</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings; the message waits in the outbox.</source>
        <translation>لم يعد {provider} يقبل تسجيل دخول {account} ({reason}). سجّل الدخول من جديد من إعدادات الحساب؛ الرسالة تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>{provider} no longer accepts the sign-in of {account} ({reason}). Sign in again from the account settings.</source>
        <translation>لم يعد {provider} يقبل تسجيل دخول {account} ({reason}). سجّل الدخول من جديد من إعدادات الحساب.</translation>
    </message>
</context>
<context>
    <name>outbox_command</name>
    <message>
        <source>list queued and failed messages; &apos;outbox flush&apos; sends what is due</source>
        <translation>اسرد الرسائل المنتظرة والفاشلة؛ &apos;outbox flush&apos; يرسل ما حان وقته</translation>
    </message>
    <message>
        <source>Exit status of &apos;flush&apos;: 0 all sent, 75 some wait for a retry (or are being sent by another Threadline), 1 some were refused for good.</source>
        <translation>حالة الخروج لـ &apos;flush&apos;: 0 أُرسل كل شيء، 75 بعضها ينتظر إعادة المحاولة (أو يرسله Threadline آخر)، 1 رُفض بعضها نهائيًا.</translation>
    </message>
    <message>
        <source>a JSON list (see the README)</source>
        <translation>قائمة JSON (انظر README)</translation>
    </message>
    <message>
        <source>send everything that is due</source>
        <translation>أرسل كل ما حان وقته</translation>
    </message>
    <message>
        <source>print what happened as JSON (see the README)</source>
        <translation>اطبع ما حدث بصيغة JSON (انظر README)</translation>
    </message>
    <message>
        <source>queue a failed message again</source>
        <translation>أعد رسالة فاشلة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>remove a message from the outbox</source>
        <translation>أزل رسالة من صندوق الصادر</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>صندوق الصادر فارغ.</translation>
    </message>
    <message>
        <source>next try {time}</source>
        <translation>المحاولة التالية {time}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>في {time}</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>المحاولات {count}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>message {id}: {text}</source>
        <translation>الرسالة {id}: {text}</translation>
    </message>
    <message>
        <source>message {id} was sent, but its copy for the Sent folder is not filed yet ({error}); Threadline will try again.</source>
        <translation>أُرسلت الرسالة {id}، لكن نسختها لمجلد المرسل لم تُحفظ بعد ({error})؛ سيحاول Threadline مجددًا.</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}; being sent by another Threadline {busy}.</source>
        <translation>أُرسل {sent}؛ ينتظر إعادة المحاولة {waiting}؛ رُفض {refused}؛ يرسله Threadline آخر {busy}.</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting for a retry {waiting}; refused {refused}.</source>
        <translation>أُرسل {sent}؛ ينتظر إعادة المحاولة {waiting}؛ رُفض {refused}.</translation>
    </message>
    <message>
        <source>Message {id} is queued again; &apos;threadline outbox flush&apos; sends it.</source>
        <translation>أُعيدت الرسالة {id} إلى قائمة الانتظار؛ &apos;threadline outbox flush&apos; يرسلها.</translation>
    </message>
    <message>
        <source>Message {id} was deleted from the outbox.</source>
        <translation>حُذفت الرسالة {id} من صندوق الصادر.</translation>
    </message>
</context>
<context>
    <name>outbox_store</name>
    <message>
        <source>The message has no recipients.</source>
        <translation>ليس للرسالة مستلمون.</translation>
    </message>
    <message>
        <source>A message needs its Message-ID before it is queued.</source>
        <translation>تحتاج الرسالة إلى Message-ID قبل وضعها في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>There is no message {id} in the outbox.</source>
        <translation>لا توجد رسالة {id} في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The bytes of outbox message {id} are no longer kept.</source>
        <translation>لم تعد بايتات رسالة صندوق الصادر {id} محفوظة.</translation>
    </message>
    <message>
        <source>Outbox message {id} is not waiting to be sent.</source>
        <translation>رسالة صندوق الصادر {id} لا تنتظر الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after {attempts} attempts over %n day(s).</source>
        <translation>
            <numerusform>توقّفت المحاولة بعد {attempts} محاولة في أقل من يوم.</numerusform>
            <numerusform>توقّفت المحاولة بعد {attempts} محاولة على مدى يوم واحد.</numerusform>
            <numerusform>توقّفت المحاولة بعد {attempts} محاولة على مدى يومين.</numerusform>
            <numerusform>توقّفت المحاولة بعد {attempts} محاولة على مدى %n أيام.</numerusform>
            <numerusform>توقّفت المحاولة بعد {attempts} محاولة على مدى %n يومًا.</numerusform>
            <numerusform>توقّفت المحاولة بعد {attempts} محاولة على مدى %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox message {id} is not a failed message.</source>
        <translation>رسالة صندوق الصادر {id} ليست رسالة فاشلة.</translation>
    </message>
    <message>
        <source>Sent late: it was scheduled for {time}, when Threadline was not running.</source>
        <translation>أُرسلت متأخرة: كانت مجدولة في {time}، حين لم يكن Threadline يعمل.</translation>
    </message>
    <message>
        <source>Outbox message {id} is already {state}.</source>
        <translation>رسالة صندوق الصادر {id} في الحالة {state} بالفعل.</translation>
    </message>
    <message>
        <source>The message is being sent right now; try again later.</source>
        <translation>تُرسل الرسالة الآن؛ حاول لاحقًا.</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message numerus="yes">
        <source>Made %n Threadline file(s) private to you (they were readable by other users).</source>
        <translation>
            <numerusform>لم يُجعل أي ملف من ملفات Threadline خاصًا بك.</numerusform>
            <numerusform>جُعل ملف واحد من ملفات Threadline خاصًا بك (كان مقروءًا لمستخدمين آخرين).</numerusform>
            <numerusform>جُعل ملفان من ملفات Threadline خاصّين بك (كانا مقروءين لمستخدمين آخرين).</numerusform>
            <numerusform>جُعلت %n ملفات من ملفات Threadline خاصة بك (كانت مقروءة لمستخدمين آخرين).</numerusform>
            <numerusform>جُعل %n ملفًا من ملفات Threadline خاصًا بك (كانت مقروءة لمستخدمين آخرين).</numerusform>
            <numerusform>جُعل %n ملف من ملفات Threadline خاصًا بك (كانت مقروءة لمستخدمين آخرين).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reply</name>
    <message>
        <source>This message did not come through a mailing list that accepts posts (it has no List-Post address). Use Reply or Reply all instead.</source>
        <translation>لم تأتِ هذه الرسالة عبر قائمة بريدية تقبل المشاركات (لا عنوان List-Post لها). استخدم «رد» أو «رد على الكل» بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>replying</name>
    <message>
        <source>The message replied to has no Message-ID, so the reply cannot name it: it joins the conversation by its subject only, and Gmail, Outlook and others may show it apart.</source>
        <translation>ليس للرسالة التي يُرد عليها Message-ID، لذا لا يستطيع الرد تسميتها: ينضم إلى المحادثة بموضوعه فقط، وقد يعرضه Gmail وOutlook وغيرهما منفصلًا.</translation>
    </message>
    <message>
        <source>{message_id} is not a Message-ID (like &lt;abc@example.org&gt;).</source>
        <translation>{message_id} ليس Message-ID (مثل &lt;abc@example.org&gt;).</translation>
    </message>
    <message>
        <source>{message_id} is not in the local store, so its subject is unknown: give --subject.</source>
        <translation>{message_id} ليس في المخزن المحلي، لذا موضوعه مجهول: أعطِ --subject.</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>No password store is available. Threadline keeps passwords only in the system keyring: start a desktop session with a Secret Service keyring (GNOME Keyring or KWallet), or macOS Keychain / Windows Credential Manager, then try again.</source>
        <translation>لا يتوفر مخزن لكلمات المرور. يحفظ Threadline كلمات المرور في سلسلة مفاتيح النظام فقط: ابدأ جلسة سطح مكتب بسلسلة مفاتيح Secret Service (GNOME Keyring أو KWallet)، أو سلسلة مفاتيح macOS / مدير بيانات الاعتماد في Windows، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (your login password usually does), then try again.</source>
        <translation>سلسلة مفاتيح النظام مقفلة. افتحها (كلمة مرور الدخول تفعل ذلك عادةً)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keyring could not be opened or has no collection to store passwords in. Open your keyring manager (e.g. Seahorse) and create a default keyring.</source>
        <translation>تعذّر فتح سلسلة مفاتيح النظام أو ليس فيها مجموعة لحفظ كلمات المرور. افتح مدير سلاسل المفاتيح (مثل Seahorse) وأنشئ سلسلة مفاتيح افتراضية.</translation>
    </message>
    <message>
        <source>The system keyring failed ({error}). Check that it is running and unlocked, then try again.</source>
        <translation>فشلت سلسلة مفاتيح النظام ({error}). تحقّق من أنها تعمل وغير مقفلة، ثم حاول مجددًا.</translation>
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
        <translation>المحادثة (خيار واحد على الأكثر):
  --in-reply-to MSGID   الرد على أي رسالة بمعرّفها Message-ID
  --thread THREAD       الرد على أحدث رسالة في محادثة محفوظة
  --thread-key KEY      اسم تختاره (مثل رقم تذكرة): أول إرسال يبدأ محادثة،
                        وكل إرسال لاحق يرد على آخر رسالة تحت KEY

حالة الخروج:
  0   أُرسلت (أو وُضعت في قائمة الانتظار مع --queue-only، أو جُدولت مع --at)
  75  فشل مؤقت: الرسالة في قائمة الانتظار وستُعاد المحاولة
        (&apos;threadline outbox flush&apos; يرسلها)
  1   رفض الخادم الرسالة نهائيًا (تبقى في صندوق الصادر)
  2   إدخال غير صالح: لم يُحفظ شيء ولم يُرسل
</translation>
    </message>
    <message>
        <source>send a message (or a reply into a conversation) through the outbox</source>
        <translation>أرسل رسالة (أو ردًا في محادثة) عبر صندوق الصادر</translation>
    </message>
    <message>
        <source>Send a message through the durable outbox and print its Message-ID.</source>
        <translation>أرسل رسالة عبر صندوق الصادر الدائم واطبع معرّفها Message-ID.</translation>
    </message>
    <message>
        <source>account id, address, alias or name (default: a reply goes from the address its parent was sent to, a new message from the account used last or the only one)</source>
        <translation>معرّف الحساب أو عنوانه أو اسمه المستعار أو اسمه (الافتراضي: يخرج الرد من العنوان الذي أُرسلت إليه الرسالة الأصلية، والرسالة الجديدة من آخر حساب مستخدم أو من الحساب الوحيد)</translation>
    </message>
    <message>
        <source>required for a new conversation</source>
        <translation>مطلوب لمحادثة جديدة</translation>
    </message>
    <message>
        <source>the text (default: read from standard input)</source>
        <translation>النص (الافتراضي: يُقرأ من الإدخال القياسي)</translation>
    </message>
    <message>
        <source>read the text from FILE</source>
        <translation>اقرأ النص من FILE</translation>
    </message>
    <message>
        <source>an HTML version of the text</source>
        <translation>نسخة HTML من النص</translation>
    </message>
    <message>
        <source>the encoding of the text on standard input, --body-file, --html and the options (default: UTF-8, then the locale&apos;s; anything else is refused)</source>
        <translation>ترميز النص على الإدخال القياسي وفي --body-file و--html والخيارات (الافتراضي: UTF-8 ثم ترميز الإعدادات المحلية؛ وكل ما عداه يُرفض)</translation>
    </message>
    <message>
        <source>regular files to attach (read when the message is written)</source>
        <translation>ملفات عادية للإرفاق (تُقرأ عند كتابة الرسالة)</translation>
    </message>
    <message>
        <source>refuse a message larger than SIZE (e.g. 10M, 500K; default: what the server announces, else 25M)</source>
        <translation>ارفض أي رسالة أكبر من SIZE (مثل 10M أو 500K؛ الافتراضي: ما يعلنه الخادم، وإلا 25M)</translation>
    </message>
    <message>
        <source>an extra header, e.g. &apos;X-Ticket: 4711&apos; (To, Cc, Bcc and Reply-To add addresses; headers Threadline writes itself are refused)</source>
        <translation>ترويسة إضافية، مثل &apos;X-Ticket: 4711&apos; (To وCc وBcc وReply-To تضيف عناوين؛ والترويسات التي يكتبها Threadline بنفسه تُرفض)</translation>
    </message>
    <message>
        <source>reply even to a message that has no Message-ID (the reply then joins its conversation by subject only); without it such a reply is refused</source>
        <translation>الرد حتى على رسالة بلا Message-ID (ينضم الرد حينها إلى محادثتها بالموضوع فقط)؛ ودون هذا الخيار يُرفض مثل هذا الرد</translation>
    </message>
    <message>
        <source>let --subject change the topic of the conversation replied to (Gmail then starts a new conversation); without it such a --subject is refused</source>
        <translation>اسمح لـ --subject بتغيير موضوع المحادثة التي يُرد عليها (يبدأ Gmail حينها محادثة جديدة)؛ ودون هذا الخيار يُرفض مثل هذا --subject</translation>
    </message>
    <message>
        <source>queue it for the app or &apos;outbox flush&apos;</source>
        <translation>ضعها في قائمة الانتظار للتطبيق أو لـ &apos;outbox flush&apos;</translation>
    </message>
    <message>
        <source>print the message; store nothing</source>
        <translation>اطبع الرسالة؛ لا تحفظ شيئًا</translation>
    </message>
    <message>
        <source>print the outcome as JSON: message_id, outbox_id, state, thread_id, error, warning, exit_status (see the README)</source>
        <translation>اطبع النتيجة بصيغة JSON: message_id وoutbox_id وstate وthread_id وerror وwarning وexit_status (انظر README)</translation>
    </message>
    <message>
        <source>send later, at TIME (ISO 8601, e.g. &apos;2026-12-01 08:00&apos;; local time unless a zone is given): the app, or &apos;threadline outbox flush&apos; run after TIME, sends it</source>
        <translation>أرسل لاحقًا في TIME (بصيغة ISO 8601، مثل &apos;2026-12-01 08:00&apos;؛ بالتوقيت المحلي ما لم تُعطَ منطقة زمنية): يرسلها التطبيق أو &apos;threadline outbox flush&apos; إذا شُغّل بعد TIME</translation>
    </message>
    <message>
        <source>{size} is not a size like 10M or 500K</source>
        <translation>{size} ليس حجمًا مثل 10M أو 500K</translation>
    </message>
    <message>
        <source>Cannot read the HTML file {path}: {reason}.</source>
        <translation>تعذّرت قراءة ملف HTML {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the body file {path}: {reason}.</source>
        <translation>تعذّرت قراءة ملف النص {path}: {reason}.</translation>
    </message>
    <message>
        <source>the HTML file {path}</source>
        <translation>ملف HTML {path}</translation>
    </message>
    <message>
        <source>the body file {path}</source>
        <translation>ملف النص {path}</translation>
    </message>
    <message>
        <source>the text on standard input</source>
        <translation>النص على الإدخال القياسي</translation>
    </message>
    <message>
        <source>--header {value} must look like &apos;Name: value&apos;.</source>
        <translation>يجب أن يكون --header {value} بالشكل &apos;Name: value&apos;.</translation>
    </message>
    <message>
        <source>--header {name} is given twice; give each header once.</source>
        <translation>أُعطي --header {name} مرتين؛ أعطِ كل ترويسة مرة واحدة.</translation>
    </message>
    <message>
        <source>--dry-run prints the message itself; leave out --json.</source>
        <translation>--dry-run يطبع الرسالة نفسها؛ احذف --json.</translation>
    </message>
    <message>
        <source>scheduled for {time}; the app (or &apos;threadline outbox flush&apos; run after then) sends it.</source>
        <translation>مجدولة في {time}؛ يرسلها التطبيق (أو &apos;threadline outbox flush&apos; إذا شُغّل بعدها).</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>تحذير: {text}</translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <source>It is being sent by another Threadline (the app or another command) right now.</source>
        <translation>يرسلها Threadline آخر الآن (التطبيق أو أمر آخر).</translation>
    </message>
    <message>
        <source>Not delivered to {refused}</source>
        <translation>لم تُسلَّم إلى {refused}</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <source>{host} could not check the password right now ({reply}). Threadline will try again.</source>
        <translation>تعذّر على {host} التحقق من كلمة المرور الآن ({reply}). سيعيد Threadline المحاولة.</translation>
    </message>
    <message>
        <source>{host} could not check the password right now ({reply}).</source>
        <translation>تعذّر على {host} التحقق من كلمة المرور الآن ({reply}).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password ({reply}). Check them in the account settings; some providers need an app password or OAuth sign-in.</source>
        <translation>رفض {host} اسم المستخدم أو كلمة المرور ({reply}). تحقّق منهما في إعدادات الحساب؛ بعض المزوّدين يطلبون كلمة مرور تطبيق أو تسجيل دخول عبر OAuth.</translation>
    </message>
    <message>
        <source>{host} refused every recipient for now ({details}). Threadline will try again.</source>
        <translation>رفض {host} جميع المستلمين مؤقتًا ({details}). سيعيد Threadline المحاولة.</translation>
    </message>
    <message>
        <source>{host} refused every recipient for now ({details}).</source>
        <translation>رفض {host} جميع المستلمين مؤقتًا ({details}).</translation>
    </message>
    <message>
        <source>{host} refused every recipient ({details}). Check the addresses.</source>
        <translation>رفض {host} جميع المستلمين ({details}). تحقّق من العناوين.</translation>
    </message>
    <message>
        <source>{host} asked to try again later ({reply}). Threadline will retry.</source>
        <translation>طلب {host} المحاولة لاحقًا ({reply}). سيعيد Threadline المحاولة.</translation>
    </message>
    <message>
        <source>{host} asked to try again later ({reply}).</source>
        <translation>طلب {host} المحاولة لاحقًا ({reply}).</translation>
    </message>
    <message>
        <source>{host} refused the sender address ({reply}). Check the account&apos;s address.</source>
        <translation>رفض {host} عنوان المرسل ({reply}). تحقّق من عنوان الحساب.</translation>
    </message>
    <message>
        <source>{host} refused the message ({reply}). It stays in the outbox; change it or delete it.</source>
        <translation>رفض {host} الرسالة ({reply}). تبقى في صندوق الصادر؛ عدّلها أو احذفها.</translation>
    </message>
    <message>
        <source>{host} refused the message ({reply}).</source>
        <translation>رفض {host} الرسالة ({reply}).</translation>
    </message>
    <message>
        <source>{host} closed the connection before the message was accepted. Threadline will try again.</source>
        <translation>أغلق {host} الاتصال قبل قبول الرسالة. سيعيد Threadline المحاولة.</translation>
    </message>
    <message>
        <source>{host} closed the connection before the message was accepted.</source>
        <translation>أغلق {host} الاتصال قبل قبول الرسالة.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server is misconfigured. Nothing was sent.</source>
        <translation>شهادة {host} غير موثوقة ({reason}). ربما يعترض أحدٌ الاتصال، أو أن الخادم مُعدّ على نحو خاطئ. لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed ({reason}). Check the port and security settings (TLS is usually port 465, STARTTLS port 587).</source>
        <translation>فشل الاتصال المشفّر بـ {host} ({reason}). تحقّق من المنفذ وإعدادات الأمان (TLS عادةً على المنفذ 465، وSTARTTLS على المنفذ 587).</translation>
    </message>
    <message>
        <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. The message stays in the outbox: try again after updating Threadline, and please report this problem.</source>
        <translation>تعذّر على Threadline الإرسال عبر {host} بسبب خطأ في Threadline نفسه ({error})، لا بسبب الخادم. تبقى الرسالة في صندوق الصادر: حاول مجددًا بعد تحديث Threadline، ويُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <source>Threadline could not send through {host} because of an error in Threadline itself ({error}), not because of the server. Try again after updating Threadline, and please report this problem.</source>
        <translation>تعذّر على Threadline الإرسال عبر {host} بسبب خطأ في Threadline نفسه ({error})، لا بسبب الخادم. حاول مجددًا بعد تحديث Threadline، ويُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <source>OAuth2 tokens are only sent over an encrypted connection.</source>
        <translation>لا تُرسل رموز OAuth2 إلا عبر اتصال مشفّر.</translation>
    </message>
    <message>
        <source>No password is stored for {account}. Enter it in the account settings (it is kept in the system keyring).</source>
        <translation>لا توجد كلمة مرور محفوظة لـ {account}. أدخلها في إعدادات الحساب (تُحفظ في سلسلة مفاتيح النظام).</translation>
    </message>
    <message>
        <source>Refusing to send to {host} without encryption. Choose TLS or STARTTLS in the account settings.</source>
        <translation>رُفض الإرسال إلى {host} دون تشفير. اختر TLS أو STARTTLS في إعدادات الحساب.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent. Check the port (587 for STARTTLS, 465 for TLS) or ask your provider.</source>
        <translation>لا يقدّم {host} STARTTLS، لذا لا يمكن تشفير الاتصال. لم يُرسل شيء. تحقّق من المنفذ (587 لـ STARTTLS، و465 لـ TLS) أو اسأل مزوّدك.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>رُفض إرسال كلمة المرور عبر اتصال غير مشفّر.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
        <translation>شهادة {host} غير موثوقة ({reason}). بصمتها SHA-256 هي {fingerprint}. ربما يعترض أحدٌ الاتصال، أو يستخدم الخادم شهادة لا يعرفها نظامك. لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted ({reason}). Someone may be intercepting the connection, or the server uses a certificate your system does not know. Nothing was sent.</source>
        <translation>شهادة {host} غير موثوقة ({reason}). ربما يعترض أحدٌ الاتصال، أو يستخدم الخادم شهادة لا يعرفها نظامك. لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>الاتصال غير مفتوح.</translation>
    </message>
    <message>
        <source>{host} does not take addresses with non-ASCII characters before the @ (it does not offer SMTPUTF8, RFC 6531), so {addresses} cannot be reached through it. Nothing was sent; change the address or the account.</source>
        <translation>لا يقبل {host} عناوين فيها محارف غير ASCII قبل @ (لا يقدّم SMTPUTF8، RFC 6531)، لذا لا يمكن الوصول إلى {addresses} عبره. لم يُرسل شيء؛ غيّر العنوان أو الحساب.</translation>
    </message>
</context>
<context>
    <name>srv</name>
    <message>
        <source>The DNS did not answer in time for {name}</source>
        <translation>لم يُجب DNS في الوقت المناسب عن {name}</translation>
    </message>
    <message>
        <source>No DNS server could be asked for {name}</source>
        <translation>تعذّر سؤال أي خادم DNS عن {name}</translation>
    </message>
    <message>
        <source>The DNS look-up of {name} failed ({reason}).</source>
        <translation>فشل استعلام DNS عن {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot open the mail store {path}: {reason}</source>
        <translation>تعذّر فتح مخزن البريد {path}: {reason}</translation>
    </message>
    <message>
        <source>The mail store {path} was written by a newer Threadline (schema {schema}, this version knows {known}). Update Threadline.</source>
        <translation>كتب مخزنَ البريد {path} إصدارٌ أحدث من Threadline (المخطط {schema}، وهذا الإصدار يعرف {known}). حدّث Threadline.</translation>
    </message>
</context>
<context>
    <name>sync_command</name>
    <message>
        <source>fetch new mail and read state from the accounts&apos; IMAP servers</source>
        <translation>اجلب البريد الجديد وحالة القراءة من خوادم IMAP للحسابات</translation>
    </message>
    <message>
        <source>Sync INBOX and Sent (on Gmail: All Mail) of every account that has an incoming server, and any folder added with --folder. Mail deleted on the server stays in Threadline&apos;s archive.</source>
        <translation>زامِن INBOX والمرسل (في Gmail: كل البريد) لكل حساب له خادم وارد، وأي مجلد أُضيف مع --folder. البريد المحذوف على الخادم يبقى في أرشيف Threadline.</translation>
    </message>
    <message>
        <source>only this account (id, address or name)</source>
        <translation>هذا الحساب فقط (المعرّف أو العنوان أو الاسم)</translation>
    </message>
    <message>
        <source>only this folder (added to the account&apos;s synced folders if new)</source>
        <translation>هذا المجلد فقط (يُضاف إلى مجلدات الحساب المتزامنة إن كان جديدًا)</translation>
    </message>
    <message>
        <source>{address} has no incoming (IMAP) server. Add one with &apos;threadline accounts edit {address} --imap-host HOST&apos;.</source>
        <translation>لا خادم واردًا (IMAP) لـ {address}. أضف واحدًا بالأمر &apos;threadline accounts edit {address} --imap-host HOST&apos;.</translation>
    </message>
    <message>
        <source>No account has an incoming (IMAP) server yet. Add one with &apos;threadline accounts add ADDRESS --imap-host HOST&apos; (or &apos;accounts edit&apos;).</source>
        <translation>لا يوجد بعد حساب له خادم وارد (IMAP). أضف واحدًا بالأمر &apos;threadline accounts add ADDRESS --imap-host HOST&apos; (أو &apos;accounts edit&apos;).</translation>
    </message>
</context>
<context>
    <name>syncing</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>لا رسائل جديدة</numerusform>
            <numerusform>رسالة جديدة واحدة</numerusform>
            <numerusform>رسالتان جديدتان</numerusform>
            <numerusform>%n رسائل جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n changed elsewhere</source>
        <translation>
            <numerusform>{summary}، ولا شيء تغيّر في مكان آخر</numerusform>
            <numerusform>{summary}، وواحدة تغيّرت في مكان آخر</numerusform>
            <numerusform>{summary}، واثنتان تغيّرتا في مكان آخر</numerusform>
            <numerusform>{summary}، و%n تغيّرت في مكان آخر</numerusform>
            <numerusform>{summary}، و%n تغيّرت في مكان آخر</numerusform>
            <numerusform>{summary}، و%n تغيّرت في مكان آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted on the server (kept here)</source>
        <translation>
            <numerusform>{summary}، ولا شيء حُذف على الخادم</numerusform>
            <numerusform>{summary}، وواحدة حُذفت على الخادم (محفوظة هنا)</numerusform>
            <numerusform>{summary}، واثنتان حُذفتا على الخادم (محفوظتان هنا)</numerusform>
            <numerusform>{summary}، و%n حُذفت على الخادم (محفوظة هنا)</numerusform>
            <numerusform>{summary}، و%n حُذفت على الخادم (محفوظة هنا)</numerusform>
            <numerusform>{summary}، و%n حُذفت على الخادم (محفوظة هنا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n moved to the server&apos;s Trash</source>
        <translation>
            <numerusform>{summary}، ولا شيء نُقل إلى سلة محذوفات الخادم</numerusform>
            <numerusform>{summary}، وواحدة نُقلت إلى سلة محذوفات الخادم</numerusform>
            <numerusform>{summary}، واثنتان نُقلتا إلى سلة محذوفات الخادم</numerusform>
            <numerusform>{summary}، و%n نُقلت إلى سلة محذوفات الخادم</numerusform>
            <numerusform>{summary}، و%n نُقلت إلى سلة محذوفات الخادم</numerusform>
            <numerusform>{summary}، و%n نُقلت إلى سلة محذوفات الخادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n deleted here only (the server has no Trash folder)</source>
        <translation>
            <numerusform>{summary}، ولا شيء حُذف هنا فقط</numerusform>
            <numerusform>{summary}، وواحدة حُذفت هنا فقط (لا سلة محذوفات على الخادم)</numerusform>
            <numerusform>{summary}، واثنتان حُذفتا هنا فقط (لا سلة محذوفات على الخادم)</numerusform>
            <numerusform>{summary}، و%n حُذفت هنا فقط (لا سلة محذوفات على الخادم)</numerusform>
            <numerusform>{summary}، و%n حُذفت هنا فقط (لا سلة محذوفات على الخادم)</numerusform>
            <numerusform>{summary}، و%n حُذفت هنا فقط (لا سلة محذوفات على الخادم)</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, {folder}: {error}</source>
        <translation>{summary}، {folder}: {error}</translation>
    </message>
    <message>
        <source>{account}: {summary}.</source>
        <translation>{account}: {summary}.</translation>
    </message>
    <message>
        <source>{address} has no incoming (IMAP) server. Add one with &apos;threadline accounts edit&apos; or in the Accounts window.</source>
        <translation>لا خادم واردًا (IMAP) لـ {address}. أضف واحدًا بالأمر &apos;threadline accounts edit&apos; أو في نافذة «الحسابات».</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer on the server (deleted or renamed).</source>
        <translation>لم يعد المجلد {folder} على الخادم (حُذف أو أُعيدت تسميته).</translation>
    </message>
    <message>
        <source>There is no folder {folder} on {host}. Folders there: {names}</source>
        <translation>لا يوجد مجلد {folder} على {host}. المجلدات هناك: {names}</translation>
    </message>
</context>
<context>
    <name>thread_keys</name>
    <message>
        <source>the thread key</source>
        <translation>مفتاح المحادثة</translation>
    </message>
    <message>
        <source>A thread key must be 1 to 200 characters on one line.</source>
        <translation>يجب أن يكون مفتاح المحادثة من 1 إلى 200 محرف على سطر واحد.</translation>
    </message>
</context>
<context>
    <name>threads_command</name>
    <message>
        <source>list conversations, the most recently active first</source>
        <translation>اسرد المحادثات، الأحدث نشاطًا أولًا</translation>
    </message>
    <message>
        <source>how many (default 50)</source>
        <translation>كم منها (الافتراضي 50)</translation>
    </message>
    <message>
        <source>only conversations matching WORDS</source>
        <translation>المحادثات المطابقة لـ WORDS فقط</translation>
    </message>
    <message>
        <source>a JSON list (see the README)</source>
        <translation>قائمة JSON (انظر README)</translation>
    </message>
    <message>
        <source>show one conversation&apos;s messages as a tree</source>
        <translation>اعرض رسائل محادثة واحدة على شكل شجرة</translation>
    </message>
    <message>
        <source>a number from &apos;threadline threads&apos;</source>
        <translation>رقم من &apos;threadline threads&apos;</translation>
    </message>
    <message>
        <source>a JSON object (see the README)</source>
        <translation>كائن JSON (انظر README)</translation>
    </message>
    <message>
        <source>the messages&apos; exact bytes: an mbox file (importing it gives them back), or with --json a base64 &apos;raw&apos; field in each message</source>
        <translation>البايتات الدقيقة للرسائل: ملف mbox (استيراده يعيدها)، أو مع --json حقل base64 باسم &apos;raw&apos; في كل رسالة</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>There is no conversation {thread}. &apos;threadline threads&apos; lists them.</source>
        <translation>لا توجد محادثة {thread}. &apos;threadline threads&apos; يسردها.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>لا رسائل</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>watching</name>
    <message>
        <source>{host} does not support IDLE; mail is checked on a timer.</source>
        <translation>لا يدعم {host} IDLE؛ يُفحص البريد على فترات.</translation>
    </message>
    <message>
        <source>{host} ended the connection (BYE). Threadline reconnects.</source>
        <translation>أنهى {host} الاتصال (BYE). يعيد Threadline الاتصال.</translation>
    </message>
</context>
</TS>
