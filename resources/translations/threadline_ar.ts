<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
</TS>
