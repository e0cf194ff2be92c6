<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>no README in this pack</source>
        <translation>אין קובץ README בחבילה זו</translation>
    </message>
    <message>
        <source>About Briefing Desk</source>
        <translation>אודות Briefing Desk</translation>
    </message>
    <message>
        <source>licence not stated</source>
        <translation>הרישיון לא צוין</translation>
    </message>
    <message>
        <source>demo language pack: not a real translation</source>
        <translation>חבילת שפה להדגמה: אין זה תרגום אמיתי</translation>
    </message>
    <message>
        <source>Briefing Desk</source>
        <translation>Briefing Desk</translation>
    </message>
    <message>
        <source>Offline translation and briefing of news articles.</source>
        <translation>תרגום כתבות חדשותיות והכנת תדריכים עליהן, ללא חיבור לאינטרנט.</translation>
    </message>
    <message>
        <source>Language packs in use</source>
        <translation>חבילות השפה שבשימוש</translation>
    </message>
    <message>
        <source>No language packs installed</source>
        <translation>לא מותקנות חבילות שפה</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>גופנים</translation>
    </message>
    <message>
        <source>The PDF briefings embed Noto Sans, Noto Sans Arabic and Noto Sans Hebrew (Google), under the SIL Open Font License 1.1. Their notes and licence follow as their authors wrote them.</source>
        <translation>תדריכי ה-PDF כוללים את הגופנים Noto Sans,‏ Noto Sans Arabic ו-Noto Sans Hebrew (של Google), ברישיון SIL Open Font License 1.1. ההערות והרישיון שלהם מובאים להלן כפי שכתבו אותם יוצריהם.</translation>
    </message>
    <message>
        <source>Font licence (SIL Open Font License 1.1)</source>
        <translation>רישיון הגופנים (SIL Open Font License 1.1)</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <source>Language:</source>
        <translation>שפה:</translation>
    </message>
    <message>
        <source>If the detected language is wrong, choose the right one</source>
        <translation>אם השפה שזוהתה שגויה, יש לבחור את השפה הנכונה</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>תרגום לשפות:</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>תרגום</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>{language} (detected, {confidence}%)</source>
        <translation>{language} (זוהתה, ודאות {confidence}%)</translation>
    </message>
    <message>
        <source>No language packs installed</source>
        <translation>לא מותקנות חבילות שפה</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(בחירה)</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Demo language pack: not a real translation</source>
        <translation>חבילת שפה להדגמה: אין זה תרגום אמיתי</translation>
    </message>
    <message>
        <source>Choose the languages to translate into with “Translate into:” above, then press Translate.</source>
        <translation>יש לבחור את שפות היעד ב„תרגום לשפות:” שלמעלה, ואז ללחוץ על „תרגום”.</translation>
    </message>
    <message>
        <source>{language} (no language pack)</source>
        <translation>{language} (אין חבילת שפה)</translation>
    </message>
    <message>
        <source>Choose the languages to translate into (“Translate into:”).</source>
        <translation>יש לבחור את השפות שאליהן יתורגם הטקסט („תרגום לשפות:”).</translation>
    </message>
    <message>
        <source>Translation failed: {error}; the previous translation is kept.</source>
        <translation>התרגום נכשל: {error}; התרגום הקודם נשמר.</translation>
    </message>
    <message>
        <source>Cancelled; the previous translation is kept.</source>
        <translation>התרגום בוטל; התרגום הקודם נשמר.</translation>
    </message>
    <message>
        <source>Translation failed with an internal error: {error}</source>
        <translation>התרגום נכשל בגלל שגיאה פנימית: {error}</translation>
    </message>
    <message>
        <source>Translating… {progress}</source>
        <translation>מתרגם… {progress}</translation>
    </message>
    <message>
        <source>Translated: {progress}</source>
        <translation>התרגום הושלם: {progress}</translation>
    </message>
    <message>
        <source>Cancelled. The sentences already translated are kept: {progress}</source>
        <translation>התרגום בוטל. המשפטים שכבר תורגמו נשמרו: {progress}</translation>
    </message>
    <message>
        <source>Translation failed; see the message above.</source>
        <translation>התרגום נכשל; ראו את ההודעה למעלה.</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>Key Facts</source>
        <translation>עובדות מרכזיות</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>ציטוטים</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>תאריכים ומועדים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>ארגונים</translation>
    </message>
    <message>
        <source>In {language}</source>
        <translation>ב{language}</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>עובדה</translation>
    </message>
    <message>
        <source>The key facts appear here when the article is translated.</source>
        <translation>העובדות המרכזיות יופיעו כאן לאחר תרגום הכתבה.</translation>
    </message>
    <message>
        <source>No key facts were found in this article.</source>
        <translation>לא נמצאו עובדות מרכזיות בכתבה זו.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>Added by you ({count})</source>
        <translation>נוספו על ידך ({count})</translation>
    </message>
    <message>
        <source>Remove This Added Fact</source>
        <translation>הסרת עובדה זו שנוספה</translation>
    </message>
    <message>
        <source>Dismiss This Fact</source>
        <translation>דחיית עובדה זו</translation>
    </message>
    <message>
        <source>In {language}: {sentence}</source>
        <translation>ב{language}: {sentence}</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(כלום)</translation>
    </message>
    <message>
        <source>{severity}: {message}
Expected: {expected} · Found: {found}</source>
        <translation>{severity}: {message}
צפוי: {expected} · נמצא: {found}</translation>
    </message>
    <message numerus="yes">
        <source>%n fidelity warning(s)</source>
        <translation>
            <numerusform>אזהרת דיוק אחת</numerusform>
            <numerusform>%n אזהרות דיוק</numerusform>
        </translation>
    </message>
    <message>
        <source>{warnings} in {language}</source>
        <translation>{warnings} בתרגום ל{language}</translation>
    </message>
    <message>
        <source>No fidelity warnings</source>
        <translation>אין אזהרות דיוק בתרגום</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>מילון מונחים</translation>
    </message>
    <message>
        <source>Names and terms the translation must render exactly. In each language column: the required rendering, “=” to keep the term as written, or nothing for no rule.</source>
        <translation>שמות ומונחים שהתרגום חייב לתת בדיוק. בעמודה של כל שפה: הצורה הנדרשת, „=” כדי להשאיר את המונח כפי שנכתב, או תא ריק אם אין כלל.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>קובץ: {path}</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>הוספת מונח</translation>
    </message>
    <message>
        <source>Remove Term</source>
        <translation>הסרת המונח</translation>
    </message>
    <message>
        <source>Add Language…</source>
        <translation>הוספת שפה…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>Start from the Starter Glossary</source>
        <translation>להתחיל ממילון המונחים הבסיסי</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>מונח</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>הוספת שפה</translation>
    </message>
    <message>
        <source>Language code (e.g. fr, de, fa):</source>
        <translation>קוד השפה (למשל fr,‏ de,‏ fa):</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>לא ניתן לשמור את {path}: {error}</translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>ייבוא מילון מונחים</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>מילוני מונחים (*.tsv *.csv *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>ייצוא מילון המונחים</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt)</source>
        <translation>מילוני מונחים (*.tsv *.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <translation>ערבית</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>דנית</translation>
    </message>
    <message>
        <source>German</source>
        <translation>גרמנית</translation>
    </message>
    <message>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ספרדית</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>פרסית</translation>
    </message>
    <message>
        <source>French</source>
        <translation>צרפתית</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>רוסית</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>טורקית</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>אוקראינית</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>סינית</translation>
    </message>
    <message>
        <source>{target} (via {pivot})</source>
        <translation>{target} (דרך {pivot})</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>, </translation>
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
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;פתיחה…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>פתיחת קובץ &amp;אחרון</translation>
    </message>
    <message>
        <source>&amp;Paste an Article…</source>
        <translation>&amp;הדבקת כתבה…</translation>
    </message>
    <message>
        <source>&amp;Export Briefing (PDF, Word, HTML)…</source>
        <translation>&amp;ייצוא התדריך (PDF, Word, HTML)…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;סגירת הכתבה</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;כלים</translation>
    </message>
    <message>
        <source>&amp;Language Packs…</source>
        <translation>&amp;חבילות שפה…</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;מילון מונחים…</translation>
    </message>
    <message>
        <source>Work &amp;Offline (Never Use the Network)</source>
        <translation>עבודה ב&amp;לי רשת (לעולם לא להשתמש ברשת)</translation>
    </message>
    <message>
        <source>&amp;Interface Language</source>
        <translation>&amp;שפת הממשק</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>ברירת המחדל של המערכת</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About Briefing Desk</source>
        <translation>&amp;אודות Briefing Desk</translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O), drop a file on this window, or paste its text with File › Paste an Article (Ctrl+Shift+V).</source>
        <translation>אפשר לפתוח כתבה דרך קובץ ‹ פתיחה (Ctrl+O), לגרור קובץ אל החלון הזה, או להדביק את הטקסט שלה דרך קובץ ‹ הדבקת כתבה (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>אין כתבות אחרונות</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>ניקוי הרשימה</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>פתיחת כתבות</translation>
    </message>
    <message>
        <source>Articles ({patterns});;Saved briefings (*.briefing.json);;Language packs (*.argosmodel);;All files (*)</source>
        <translation>כתבות ({patterns});;תדריכים שמורים (*.briefing.json);;חבילות שפה (*.argosmodel);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>ייצוא התדריך</translation>
    </message>
    <message>
        <source>The briefing could not be exported: {error}</source>
        <translation>לא ניתן לייצא את התדריך: {error}</translation>
    </message>
    <message>
        <source>The briefing could not be exported: internal error ({error})</source>
        <translation>לא ניתן לייצא את התדריך: שגיאה פנימית ({error})</translation>
    </message>
    <message>
        <source>Reading {files}…</source>
        <translation>קורא את {files}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Nothing was opened: the pasted text is empty.</source>
        <translation>לא נפתח דבר: הטקסט שהודבק ריק.</translation>
    </message>
    <message>
        <source>Could not open {reason}</source>
        <translation>לא ניתן לפתוח את {reason}</translation>
    </message>
    <message>
        <source>Could not open the article: internal error ({error})</source>
        <translation>לא ניתן לפתוח את הכתבה: שגיאה פנימית ({error})</translation>
    </message>
    <message>
        <source>Translate the article first: there is no complete translation to export.</source>
        <translation>יש לתרגם את הכתבה קודם: אין תרגום מלא לייצוא.</translation>
    </message>
    <message>
        <source>Exporting {path}…</source>
        <translation>מייצא את {path}…</translation>
    </message>
    <message>
        <source>Briefing exported to {path}</source>
        <translation>התדריך יוצא אל {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Translation file missing: {path}</source>
        <translation>קובץ התרגום של הממשק חסר: {path}</translation>
    </message>
    <message>
        <source>The glossary is not used until it is fixed: {error}</source>
        <translation>לא ייעשה שימוש במילון המונחים עד שיתוקן: {error}</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>פרטים…</translation>
    </message>
    <message>
        <source>Error Details</source>
        <translation>פרטי השגיאה</translation>
    </message>
    <message>
        <source>The open articles and their translations are kept. Please report this error.</source>
        <translation>הכתבות הפתוחות ותרגומיהן נשמרו. נא לדווח על השגיאה הזו.</translation>
    </message>
    <message>
        <source>Glossary saved.</source>
        <translation>מילון המונחים נשמר.</translation>
    </message>
    <message>
        <source>Glossary saved. Translate the open articles again so that it applies?</source>
        <translation>מילון המונחים נשמר. לתרגם מחדש את הכתבות הפתוחות כדי להחיל אותו?</translation>
    </message>
    <message>
        <source>Translate Again</source>
        <translation>תרגום מחדש</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Save Briefing</source>
        <translation>&amp;שמירת התדריך</translation>
    </message>
    <message>
        <source>Save Briefing &amp;As…</source>
        <translation>שמירת התדריך &amp;בשם…</translation>
    </message>
    <message>
        <source>&amp;Correct the Selected Sentence (F2)</source>
        <translation>&amp;תיקון המשפט הנבחר (F2)</translation>
    </message>
    <message>
        <source>Translation &amp;Memory…</source>
        <translation>&amp;זיכרון תרגום…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ביצוע מחדש</translation>
    </message>
    <message>
        <source>Could not open the briefing {path}: {reason}</source>
        <translation>לא ניתן לפתוח את התדריך {path}: {reason}</translation>
    </message>
    <message>
        <source>Translate the article first: there is nothing to save.</source>
        <translation>תרגמו קודם את הכתבה: אין מה לשמור.</translation>
    </message>
    <message>
        <source>Save Briefing</source>
        <translation>שמירת התדריך</translation>
    </message>
    <message>
        <source>Briefing JSON (*.briefing.json)</source>
        <translation>תדריך JSON (*.briefing.json)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>לא ניתן לשמור את {path}: {reason}</translation>
    </message>
    <message>
        <source>Briefing saved to {path}</source>
        <translation>התדריך נשמר ב־{path}</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <source>Translation Memory</source>
        <translation>זיכרון תרגום</translation>
    </message>
    <message>
        <source>Your corrections. Each is used, ahead of the language pack, whenever the same source sentence is translated on the same route again.</source>
        <translation>התיקונים שלך. כל אחד מהם משמש לפני חבילת השפה בכל פעם שאותו משפט מקור מתורגם שוב באותו מסלול.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Your translation</source>
        <translation>התרגום שלך</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>תוקן</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>&amp;שכחת הנבחרים</translation>
    </message>
    <message>
        <source>&amp;Export as TMX…</source>
        <translation>&amp;ייצוא כ־TMX…</translation>
    </message>
    <message>
        <source>Machine translation: {text}</source>
        <translation>תרגום מכונה: {text}</translation>
    </message>
    <message>
        <source>Export Translation Memory</source>
        <translation>ייצוא זיכרון התרגום</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>קובצי TMX (*.tmx)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>סגירת ההודעה</translation>
    </message>
</context>
<context>
    <name>PackOpener</name>
    <message>
        <source>Install Language Pack</source>
        <translation>התקנת חבילת שפה</translation>
    </message>
    <message>
        <source>{file} is a language pack: {source} → {target}, version {version}.

Install it?</source>
        <translation>{file} היא חבילת שפה: {source} ← {target}, גרסה {version}.

להתקין אותה?</translation>
    </message>
    <message>
        <source>Could not install the language pack: {error}</source>
        <translation>לא ניתן להתקין את חבילת השפה: {error}</translation>
    </message>
    <message>
        <source>Installed the language pack {source} → {target} {version}.</source>
        <translation>חבילת השפה {source} ← {target} {version} הותקנה.</translation>
    </message>
    <message>
        <source>Upgraded the language pack {source} → {target} to {version}.</source>
        <translation>חבילת השפה {source} ← {target} שודרגה לגרסה {version}.</translation>
    </message>
    <message>
        <source>The language pack {source} → {target} {version} is already installed.</source>
        <translation>חבילת השפה {source} ← {target} {version} כבר מותקנת.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>This pack has no README.</source>
        <translation>אין קובץ README בחבילה זו.</translation>
    </message>
    <message>
        <source>Select a pack for its credits and licence.</source>
        <translation>בחרו חבילה כדי לראות את הקרדיטים והרישיון שלה.</translation>
    </message>
    <message>
        <source>Language Packs</source>
        <translation>חבילות שפה</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>החלפת תיקייה…</translation>
    </message>
    <message>
        <source>Where the language packs are kept (e.g. a shared or removable drive)</source>
        <translation>המקום שבו נשמרות חבילות השפה (למשל כונן משותף או נשלף)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>משפה</translation>
    </message>
    <message>
        <source>To</source>
        <translation>לשפה</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Install from Files…</source>
        <translation>התקנה מקבצים…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>from:to, e.g. en:ar,he</source>
        <translation>משפה:לשפה, למשל en:ar,he</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>הורדה</translation>
    </message>
    <message>
        <source>Offline mode is on (Tools › Work Offline): downloading is disabled. Install packs from files instead.</source>
        <translation>מצב עבודה בלי רשת פעיל (כלים › עבודה בלי רשת): ההורדה מושבתת. במקום זאת, אפשר להתקין חבילות מקבצים.</translation>
    </message>
    <message>
        <source>Download from the Argos index:</source>
        <translation>הורדה מהמאגר של Argos:</translation>
    </message>
    <message>
        <source>Pack folder: {folder}</source>
        <translation>תיקיית החבילות: {folder}</translation>
    </message>
    <message>
        <source>demo language pack: not a real translation</source>
        <translation>חבילת שפה להדגמה: אין זה תרגום אמיתי</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>Unusable folders in the pack folder:</source>
        <translation>תיקיות שאינן שמישות בתיקיית החבילות:</translation>
    </message>
    <message>
        <source>Language Pack Folder</source>
        <translation>תיקיית חבילות השפה</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>הפעולה נכשלה: {error}</translation>
    </message>
    <message>
        <source>Install Language Packs</source>
        <translation>התקנת חבילות שפה</translation>
    </message>
    <message>
        <source>Argos language packs (*.argosmodel)</source>
        <translation>חבילות שפה של Argos (*.argosmodel)</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>מתקין…</translation>
    </message>
    <message>
        <source>Write the languages as from:to, for example en:ar,he</source>
        <translation>יש לכתוב את השפות בצורה משפה:לשפה, למשל en:ar,he</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>מוריד…</translation>
    </message>
    <message>
        <source>Select a pack to remove.</source>
        <translation>יש לבחור חבילה להסרה.</translation>
    </message>
    <message>
        <source>Remove Language Pack</source>
        <translation>הסרת חבילת שפה</translation>
    </message>
    <message>
        <source>Remove the pack {source} → {target}?</source>
        <translation>להסיר את החבילה {source} ← {target}?</translation>
    </message>
    <message>
        <source>Removed {source} → {target} {version}</source>
        <translation>החבילה {source} ← {target} {version} הוסרה</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste an Article</source>
        <translation>הדבקת כתבה</translation>
    </message>
    <message>
        <source>Paste the article below. The first line is used as its headline. Ctrl+Enter opens it.</source>
        <translation>הדביקו את המאמר למטה. השורה הראשונה משמשת ככותרת שלו. Ctrl+Enter פותח אותו.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Corrected by you.</source>
        <translation>תוקן על ידך.</translation>
    </message>
    <message>
        <source>From your translation memory.</source>
        <translation>מזיכרון התרגום שלך.</translation>
    </message>
    <message>
        <source>Machine translation: {text}</source>
        <translation>תרגום מכונה: {text}</translation>
    </message>
    <message>
        <source>Correct sentence {number}</source>
        <translation>תיקון משפט {number}</translation>
    </message>
    <message>
        <source>Wait for the translation to finish before correcting it.</source>
        <translation>המתינו לסיום התרגום לפני שתתקנו אותו.</translation>
    </message>
    <message>
        <source>Remove added fact</source>
        <translation>הסרת העובדה שנוספה</translation>
    </message>
    <message>
        <source>Dismiss fact</source>
        <translation>דחיית עובדה</translation>
    </message>
    <message>
        <source>Wait for the translation to finish before adding key facts.</source>
        <translation>המתינו לסיום התרגום לפני הוספת עובדות מפתח.</translation>
    </message>
    <message>
        <source>Add key fact</source>
        <translation>הוספת עובדת מפתח</translation>
    </message>
    <message>
        <source>Correct This Sentence (F2)</source>
        <translation>תיקון משפט זה (F2)</translation>
    </message>
    <message>
        <source>Add as Key Fact</source>
        <translation>הוספה כעובדת מפתח</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
</context>
</TS>
