<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Briefing Desk</source>
            <translation>حول Briefing Desk</translation>
        </message>
        <message>
            <source>licence not stated</source>
            <translation>الترخيص غير مذكور</translation>
        </message>
        <message>
            <source>demo language pack: not a real translation</source>
            <translation>حزمة لغة تجريبية: ليست ترجمة حقيقية</translation>
        </message>
        <message>
            <source>Briefing Desk</source>
            <translation>Briefing Desk</translation>
        </message>
        <message>
            <source>Offline translation and briefing of news articles.</source>
            <translation>ترجمة المقالات الإخبارية وإعداد موجزات عنها دون اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>Language packs in use</source>
            <translation>حزم اللغات المستخدمة</translation>
        </message>
        <message>
            <source>No language packs installed</source>
            <translation>لا توجد حزم لغات مثبتة</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>الخطوط</translation>
        </message>
        <message>
            <source>Font licence (SIL Open Font License 1.1)</source>
            <translation>ترخيص الخطوط (SIL Open Font License 1.1)</translation>
        </message>
    </context>
    <context>
        <name>DocumentHeader</name>
        <message>
            <source>Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <source>If the detected language is wrong, choose the right one</source>
            <translation>إذا كانت اللغة المكتشفة خاطئة، فاختر اللغة الصحيحة</translation>
        </message>
        <message>
            <source>Translate into:</source>
            <translation>الترجمة إلى:</translation>
        </message>
        <message>
            <source>Translate</source>
            <translation>ترجمة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>{language} (detected, {confidence}%)</source>
            <translation>{language} (مكتشفة، بثقة {confidence}%)</translation>
        </message>
        <message>
            <source>No language packs installed</source>
            <translation>لا توجد حزم لغات مثبتة</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(اختر)</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source>Demo language pack: not a real translation</source>
            <translation>حزمة لغة تجريبية: ليست ترجمة حقيقية</translation>
        </message>
        <message>
            <source>{language} (no language pack)</source>
            <translation>{language} (لا توجد حزمة لغة)</translation>
        </message>
        <message>
            <source>Choose the languages to translate into (“Translate into:”).</source>
            <translation>اختر اللغات التي تريد الترجمة إليها («الترجمة إلى:»).</translation>
        </message>
        <message>
            <source>Translation failed with an internal error: {error}</source>
            <translation>فشلت الترجمة بسبب خطأ داخلي: {error}</translation>
        </message>
        <message>
            <source>Translating… {progress}</source>
            <translation>جارٍ الترجمة… {progress}</translation>
        </message>
        <message>
            <source>Translated: {progress}</source>
            <translation>اكتملت الترجمة: {progress}</translation>
        </message>
        <message>
            <source>Cancelled. The sentences already translated are kept: {progress}</source>
            <translation>أُلغيت الترجمة. احتُفظ بالجمل التي تُرجمت: {progress}</translation>
        </message>
        <message>
            <source>Translation failed; see the message above.</source>
            <translation>فشلت الترجمة؛ راجع الرسالة أعلاه.</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>الدنماركية</translation>
        </message>
        <message>
            <source>German</source>
            <translation>الألمانية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>الإسبانية</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>الفارسية</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>العبرية</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>التركية</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>الأوكرانية</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>الصينية</translation>
        </message>
        <message>
            <source>{target} (via {pivot})</source>
            <translation>{target} (عبر {pivot})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Briefing Desk</source>
            <translation>Briefing Desk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>فتح &amp;حديث</translation>
        </message>
        <message>
            <source>&amp;Paste an Article…</source>
            <translation>&amp;لصق مقالة…</translation>
        </message>
        <message>
            <source>&amp;Export PDF Briefing…</source>
            <translation>&amp;تصدير الموجز بصيغة PDF…</translation>
        </message>
        <message>
            <source>&amp;Close Article</source>
            <translation>إ&amp;غلاق المقالة</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;أدوات</translation>
        </message>
        <message>
            <source>&amp;Language Packs…</source>
            <translation>&amp;حزم اللغات…</translation>
        </message>
        <message>
            <source>&amp;Interface Language</source>
            <translation>&amp;لغة الواجهة</translation>
        </message>
        <message>
            <source>System Default</source>
            <translation>لغة النظام الافتراضية</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;About Briefing Desk</source>
            <translation>&amp;حول Briefing Desk</translation>
        </message>
        <message>
            <source>Open an article with File › Open (Ctrl+O), drop a file on this window, or paste its text with File › Paste an Article (Ctrl+Shift+V).</source>
            <translation>افتح مقالة من ملف ‹ فتح (Ctrl+O)، أو اسحب ملفًا وأفلته في هذه النافذة، أو الصق نصها من ملف ‹ لصق مقالة (Ctrl+Shift+V).</translation>
        </message>
        <message>
            <source>No recent articles</source>
            <translation>لا توجد مقالات حديثة</translation>
        </message>
        <message>
            <source>Clear the List</source>
            <translation>مسح القائمة</translation>
        </message>
        <message>
            <source>Open Articles</source>
            <translation>فتح مقالات</translation>
        </message>
        <message>
            <source>Articles ({patterns});;All files (*)</source>
            <translation>المقالات ({patterns});;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Could not open {reason}</source>
            <translation>تعذّر فتح {reason}</translation>
        </message>
        <message>
            <source>Could not open the article: internal error ({error})</source>
            <translation>تعذّر فتح المقالة: خطأ داخلي ({error})</translation>
        </message>
        <message>
            <source>Export PDF Briefing</source>
            <translation>تصدير الموجز بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Translate the article first: there is no complete translation to export.</source>
            <translation>ترجم المقالة أولًا: لا توجد ترجمة كاملة لتصديرها.</translation>
        </message>
        <message>
            <source>Exporting {path}…</source>
            <translation>جارٍ تصدير {path}…</translation>
        </message>
        <message>
            <source>Briefing exported to {path}</source>
            <translation>صُدِّر الموجز إلى {path}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>The PDF could not be exported: {error}</source>
            <translation>تعذّر تصدير ملف PDF: {error}</translation>
        </message>
        <message>
            <source>Translation file missing: {path}</source>
            <translation>ملف ترجمة الواجهة مفقود: {path}</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation>إغلاق هذه الرسالة</translation>
        </message>
    </context>
    <context>
        <name>PacksDialog</name>
        <message>
            <source>Language Packs</source>
            <translation>حزم اللغات</translation>
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
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Install from Files…</source>
            <translation>تثبيت من ملفات…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>from:to, e.g. en:ar,he</source>
            <translation>من:إلى، مثل en:ar,he</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>تنزيل</translation>
        </message>
        <message>
            <source>Download from the Argos index:</source>
            <translation>التنزيل من فهرس Argos:</translation>
        </message>
        <message>
            <source>Pack folder: {folder}</source>
            <translation>مجلد الحزم: {folder}</translation>
        </message>
        <message>
            <source>demo language pack: not a real translation</source>
            <translation>حزمة لغة تجريبية: ليست ترجمة حقيقية</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} م.ب</translation>
        </message>
        <message>
            <source>Unusable folders in the pack folder:</source>
            <translation>مجلدات غير صالحة للاستخدام في مجلد الحزم:</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>فشلت العملية: {error}</translation>
        </message>
        <message>
            <source>Install Language Packs</source>
            <translation>تثبيت حزم اللغات</translation>
        </message>
        <message>
            <source>Argos language packs (*.argosmodel)</source>
            <translation>حزم لغات Argos (*.argosmodel)</translation>
        </message>
        <message>
            <source>Installing…</source>
            <translation>جارٍ التثبيت…</translation>
        </message>
        <message>
            <source>Write the languages as from:to, for example en:ar,he</source>
            <translation>اكتب اللغات بالصيغة من:إلى، مثل en:ar,he</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>جارٍ التنزيل…</translation>
        </message>
        <message>
            <source>Select a pack to remove.</source>
            <translation>اختر حزمة لإزالتها.</translation>
        </message>
        <message>
            <source>Remove Language Pack</source>
            <translation>إزالة حزمة لغة</translation>
        </message>
        <message>
            <source>Remove the pack {source} → {target}?</source>
            <translation>هل تريد إزالة الحزمة {source} ← {target}؟</translation>
        </message>
        <message>
            <source>Removed {source} → {target} {version}</source>
            <translation>أُزيلت الحزمة {source} ← {target} {version}</translation>
        </message>
    </context>
    <context>
        <name>PasteDialog</name>
        <message>
            <source>Paste an Article</source>
            <translation>لصق مقالة</translation>
        </message>
        <message>
            <source>Paste the article below. The first line is used as its headline.</source>
            <translation>الصق المقالة أدناه. يُستخدم السطر الأول عنوانًا لها.</translation>
        </message>
    </context>
</TS>
