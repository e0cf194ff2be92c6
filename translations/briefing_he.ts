<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
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
            <source>{language} (no language pack)</source>
            <translation>{language} (אין חבילת שפה)</translation>
        </message>
        <message>
            <source>Choose the languages to translate into (“Translate into:”).</source>
            <translation>יש לבחור את השפות שאליהן יתורגם הטקסט („תרגום לשפות:”).</translation>
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
            <source>&amp;Export PDF Briefing…</source>
            <translation>&amp;ייצוא תדריך PDF…</translation>
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
            <source>Articles ({patterns});;All files (*)</source>
            <translation>כתבות ({patterns});;כל הקבצים (*)</translation>
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
            <source>Export PDF Briefing</source>
            <translation>ייצוא תדריך PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>קובצי PDF (*.pdf)</translation>
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
            <source>The PDF could not be exported: {error}</source>
            <translation>לא ניתן לייצא את קובץ ה־PDF: {error}</translation>
        </message>
        <message>
            <source>Translation file missing: {path}</source>
            <translation>קובץ התרגום של הממשק חסר: {path}</translation>
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
        <name>PacksDialog</name>
        <message>
            <source>Language Packs</source>
            <translation>חבילות שפה</translation>
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
            <source>Paste the article below. The first line is used as its headline.</source>
            <translation>יש להדביק את הכתבה למטה. השורה הראשונה תשמש ככותרת.</translation>
        </message>
    </context>
</TS>
