<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>no README in this pack</source>
        <translation>لا يوجد ملف README في هذه الحزمة</translation>
    </message>
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
        <source>The PDF briefings embed Noto Sans, Noto Sans Arabic and Noto Sans Hebrew (Google), under the SIL Open Font License 1.1. Their notes and licence follow as their authors wrote them.</source>
        <translation>تضمّن الموجزات بصيغة PDF خطوط Noto Sans وNoto Sans Arabic وNoto Sans Hebrew (من Google)، بموجب رخصة SIL Open Font License 1.1. تلي ذلك ملاحظاتها وترخيصها كما كتبها مؤلفوها.</translation>
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
        <source>Choose the languages to translate into with “Translate into:” above, then press Translate.</source>
        <translation>اختر لغات الترجمة من «الترجمة إلى:» في الأعلى، ثم اضغط «ترجمة».</translation>
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
        <source>Translation failed: {error}; the previous translation is kept.</source>
        <translation>فشلت الترجمة: {error}؛ احتُفظ بالترجمة السابقة.</translation>
    </message>
    <message>
        <source>Cancelled; the previous translation is kept.</source>
        <translation>أُلغيت الترجمة؛ احتُفظ بالترجمة السابقة.</translation>
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
    <name>FactsPanel</name>
    <message>
        <source>Key Facts</source>
        <translation>الوقائع الرئيسية</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ والأوقات</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>In {language}</source>
        <translation>بـ{language}</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <source>The key facts appear here when the article is translated.</source>
        <translation>تظهر الوقائع الرئيسية هنا بعد ترجمة المقالة.</translation>
    </message>
    <message>
        <source>No key facts were found in this article.</source>
        <translation>لم يُعثر على وقائع رئيسية في هذه المقالة.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>Added by you ({count})</source>
        <translation>أضفتها أنت ({count})</translation>
    </message>
    <message>
        <source>Remove This Added Fact</source>
        <translation>إزالة هذه الحقيقة المضافة</translation>
    </message>
    <message>
        <source>Dismiss This Fact</source>
        <translation>استبعاد هذه الحقيقة</translation>
    </message>
    <message>
        <source>In {language}: {sentence}</source>
        <translation>بـ{language}: {sentence}</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>{severity}: {message}
Expected: {expected} · Found: {found}</source>
        <translation>{severity}: {message}
المتوقَّع: {expected} · الموجود: {found}</translation>
    </message>
    <message numerus="yes">
        <source>%n fidelity warning(s)</source>
        <translation>
            <numerusform>لا تنبيهات بشأن دقة الترجمة</numerusform>
            <numerusform>تنبيه واحد بشأن دقة الترجمة</numerusform>
            <numerusform>تنبيهان بشأن دقة الترجمة</numerusform>
            <numerusform>%n تنبيهات بشأن دقة الترجمة</numerusform>
            <numerusform>%n تنبيهًا بشأن دقة الترجمة</numerusform>
            <numerusform>%n تنبيه بشأن دقة الترجمة</numerusform>
        </translation>
    </message>
    <message>
        <source>{warnings} in {language}</source>
        <translation>{language}: {warnings}</translation>
    </message>
    <message>
        <source>No fidelity warnings</source>
        <translation>لا تنبيهات بشأن دقة الترجمة</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Names and terms the translation must render exactly. In each language column: the required rendering, “=” to keep the term as written, or nothing for no rule.</source>
        <translation>أسماء ومصطلحات يجب أن تنقلها الترجمة بدقة. في عمود كل لغة: الصيغة المطلوبة، أو «=» لإبقاء المصطلح كما كُتب، أو خانة فارغة إن لم تكن هناك قاعدة.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>الملف: {path}</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>إضافة مصطلح</translation>
    </message>
    <message>
        <source>Remove Term</source>
        <translation>إزالة المصطلح</translation>
    </message>
    <message>
        <source>Add Language…</source>
        <translation>إضافة لغة…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Start from the Starter Glossary</source>
        <translation>البدء من المسرد التمهيدي</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>إضافة لغة</translation>
    </message>
    <message>
        <source>Language code (e.g. fr, de, fa):</source>
        <translation>رمز اللغة (مثل fr أو de أو fa):</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>تعذّر حفظ {path}: {error}</translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>استيراد مسرد مصطلحات</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>مسارد المصطلحات (*.tsv *.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>تصدير مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt)</source>
        <translation>مسارد المصطلحات (*.tsv *.csv *.txt)</translation>
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
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>، </translation>
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
        <source>&amp;Export Briefing (PDF, Word, HTML)…</source>
        <translation>&amp;تصدير الموجز (PDF، Word، HTML)…</translation>
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
        <source>&amp;Glossary…</source>
        <translation>&amp;مسرد المصطلحات…</translation>
    </message>
    <message>
        <source>Work &amp;Offline (Never Use the Network)</source>
        <translation>العمل دون ا&amp;تصال (دون استخدام الشبكة إطلاقًا)</translation>
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
        <source>Articles ({patterns});;Saved briefings (*.briefing.json);;Language packs (*.argosmodel);;All files (*)</source>
        <translation>المقالات ({patterns});;الموجزات المحفوظة (*.briefing.json);;حزم اللغات (*.argosmodel);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>تصدير الموجز</translation>
    </message>
    <message>
        <source>The briefing could not be exported: {error}</source>
        <translation>تعذّر تصدير الموجز: {error}</translation>
    </message>
    <message>
        <source>The briefing could not be exported: internal error ({error})</source>
        <translation>تعذّر تصدير الموجز: خطأ داخلي ({error})</translation>
    </message>
    <message>
        <source>Reading {files}…</source>
        <translation>جارٍ قراءة {files}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Nothing was opened: the pasted text is empty.</source>
        <translation>لم يُفتح شيء: النص الملصق فارغ.</translation>
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
        <source>Translation file missing: {path}</source>
        <translation>ملف ترجمة الواجهة مفقود: {path}</translation>
    </message>
    <message>
        <source>The glossary is not used until it is fixed: {error}</source>
        <translation>لن يُستخدم مسرد المصطلحات حتى يُصحَّح: {error}</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Error Details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>The open articles and their translations are kept. Please report this error.</source>
        <translation>المقالات المفتوحة وترجماتها محفوظة. يُرجى الإبلاغ عن هذا الخطأ.</translation>
    </message>
    <message>
        <source>Glossary saved.</source>
        <translation>حُفظ مسرد المصطلحات.</translation>
    </message>
    <message>
        <source>Glossary saved. Translate the open articles again so that it applies?</source>
        <translation>حُفظ مسرد المصطلحات. هل تريد ترجمة المقالات المفتوحة من جديد لتطبيقه؟</translation>
    </message>
    <message>
        <source>Translate Again</source>
        <translation>الترجمة من جديد</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Save Briefing</source>
        <translation>&amp;حفظ الموجز</translation>
    </message>
    <message>
        <source>Save Briefing &amp;As…</source>
        <translation>حفظ الموجز &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Correct the Selected Sentence (F2)</source>
        <translation>&amp;تصحيح الجملة المحددة (F2)</translation>
    </message>
    <message>
        <source>Translation &amp;Memory…</source>
        <translation>&amp;ذاكرة الترجمة…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Could not open the briefing {path}: {reason}</source>
        <translation>تعذّر فتح الموجز {path}: {reason}</translation>
    </message>
    <message>
        <source>Translate the article first: there is nothing to save.</source>
        <translation>ترجم المقالة أولًا: لا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>Save Briefing</source>
        <translation>حفظ الموجز</translation>
    </message>
    <message>
        <source>Briefing JSON (*.briefing.json)</source>
        <translation>موجز JSON (*.briefing.json)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>تعذّر حفظ {path}: {reason}</translation>
    </message>
    <message>
        <source>Briefing saved to {path}</source>
        <translation>حُفظ الموجز في {path}</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <source>Translation Memory</source>
        <translation>ذاكرة الترجمة</translation>
    </message>
    <message>
        <source>Your corrections. Each is used, ahead of the language pack, whenever the same source sentence is translated on the same route again.</source>
        <translation>تصحيحاتك. يُستخدم كل منها قبل حزمة اللغة كلما تُرجمت الجملة المصدر نفسها على المسار نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Your translation</source>
        <translation>ترجمتك</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>تاريخ التصحيح</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>&amp;نسيان المحدد</translation>
    </message>
    <message>
        <source>&amp;Export as TMX…</source>
        <translation>&amp;تصدير بصيغة TMX…</translation>
    </message>
    <message>
        <source>Machine translation: {text}</source>
        <translation>الترجمة الآلية: {text}</translation>
    </message>
    <message>
        <source>Export Translation Memory</source>
        <translation>تصدير ذاكرة الترجمة</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>ملفات TMX (*.tmx)</translation>
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
    <name>PackOpener</name>
    <message>
        <source>Install Language Pack</source>
        <translation>تثبيت حزمة لغة</translation>
    </message>
    <message>
        <source>{file} is a language pack: {source} → {target}, version {version}.

Install it?</source>
        <translation>{file} حزمة لغة: {source} ← {target}، الإصدار {version}.

هل تريد تثبيتها؟</translation>
    </message>
    <message>
        <source>Could not install the language pack: {error}</source>
        <translation>تعذّر تثبيت حزمة اللغة: {error}</translation>
    </message>
    <message>
        <source>Installed the language pack {source} → {target} {version}.</source>
        <translation>ثُبِّتت حزمة اللغة {source} ← {target} {version}.</translation>
    </message>
    <message>
        <source>Upgraded the language pack {source} → {target} to {version}.</source>
        <translation>رُقِّيت حزمة اللغة {source} ← {target} إلى الإصدار {version}.</translation>
    </message>
    <message>
        <source>The language pack {source} → {target} {version} is already installed.</source>
        <translation>حزمة اللغة {source} ← {target} {version} مثبتة من قبل.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>This pack has no README.</source>
        <translation>لا يوجد ملف README في هذه الحزمة.</translation>
    </message>
    <message>
        <source>Select a pack for its credits and licence.</source>
        <translation>اختر حزمة لعرض شكرها وترخيصها.</translation>
    </message>
    <message>
        <source>Language Packs</source>
        <translation>حزم اللغات</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>تغيير المجلد…</translation>
    </message>
    <message>
        <source>Where the language packs are kept (e.g. a shared or removable drive)</source>
        <translation>مكان حفظ حزم اللغات (مثل قرص مشترك أو قابل للإزالة)</translation>
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
        <source>Offline mode is on (Tools › Work Offline): downloading is disabled. Install packs from files instead.</source>
        <translation>وضع العمل دون اتصال مفعَّل (أدوات › العمل دون اتصال): التنزيل معطَّل. ثبّت الحزم من ملفات بدلًا من ذلك.</translation>
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
        <source>Language Pack Folder</source>
        <translation>مجلد حزم اللغات</translation>
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
        <source>Paste the article below. The first line is used as its headline. Ctrl+Enter opens it.</source>
        <translation>الصق المقالة أدناه. يُستخدم السطر الأول عنوانًا لها. يفتحها Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Corrected by you.</source>
        <translation>صحّحتها أنت.</translation>
    </message>
    <message>
        <source>From your translation memory.</source>
        <translation>من ذاكرة ترجمتك.</translation>
    </message>
    <message>
        <source>Machine translation: {text}</source>
        <translation>الترجمة الآلية: {text}</translation>
    </message>
    <message>
        <source>Correct sentence {number}</source>
        <translation>تصحيح الجملة {number}</translation>
    </message>
    <message>
        <source>Wait for the translation to finish before correcting it.</source>
        <translation>انتظر حتى تنتهي الترجمة قبل تصحيحها.</translation>
    </message>
    <message>
        <source>Remove added fact</source>
        <translation>إزالة الحقيقة المضافة</translation>
    </message>
    <message>
        <source>Dismiss fact</source>
        <translation>استبعاد الحقيقة</translation>
    </message>
    <message>
        <source>Wait for the translation to finish before adding key facts.</source>
        <translation>انتظر حتى تنتهي الترجمة قبل إضافة الحقائق الرئيسية.</translation>
    </message>
    <message>
        <source>Add key fact</source>
        <translation>إضافة حقيقة رئيسية</translation>
    </message>
    <message>
        <source>Correct This Sentence (F2)</source>
        <translation>تصحيح هذه الجملة (F2)</translation>
    </message>
    <message>
        <source>Add as Key Fact</source>
        <translation>إضافة كحقيقة رئيسية</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
</TS>
