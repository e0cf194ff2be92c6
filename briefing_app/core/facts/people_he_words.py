"""The Hebrew people readers' words: titles of address and rank, role nouns that stand before a name, and
the verbs of speech whose subject is a speaker (kept apart from `people_he.py`, which reads them)."""

from __future__ import annotations

from briefing_app.core.facts.reporting_verbs import HE_SPEECH as HE_SPEECH

HE_TITLES = ("ד״ר", 'ד"ר', "פרופ'", "פרופ׳", 'עו"ד', "השר", "השרה", 'ח"כ', "הרב", 'תא"ל', "אלוף", "ראש הממשלה",
             # ranks of two words written with a space as often as with a hyphen ("רב אלוף X Y")
             "רב אלוף", "רב ניצב", "תת אלוף", "תת ניצב", "סגן אלוף",
             # (and the police's and the army's ranks with "משנה", second: "ניצב משנה X Y" is no given name משנה)
             "ניצב משנה", "ניצב-משנה", "אלוף משנה", "סגן משנה",
             "הנשיא", "נשיא", 'רה"מ', "מר", "גב'", "סגן השר", "שר", "שרת",
             # a company's or a ministry's head by acronym with the article, which copy puts before a family name
             # alone once the holder is known ('המנכ"ל X הודיע')
             'המנכ"ל', "המנכ״ל", 'המנכ"לית', "המנכ״לית",
             # news register: a woman MK, police and army ranks, a head of government abroad
             'ח"כית', "ח״כית", "ניצב", 'תנ"צ', 'נצ"מ', 'סנ"צ', 'אל"מ', 'סא"ל', 'רס"ן', "הקנצלר",
             "הקנצלרית", "רב-פקד", "רב פקד", 'רפ"ק', "פקד", "מפקח", 'רס"ל', 'רס"ר', "סרן", "רב-סרן", "סמל",
             "רב-ניצב", 'רנ"צ', "רב-אלוף", 'רא"ל', "תת-אלוף", "תת-ניצב", "סגן-ניצב",
             # the fire and rescue service's senior ranks ('נציב הכבאות, רב טפסר X Y'), spaced or hyphenated
             "טפסר", "רב טפסר", "רב-טפסר", "טפסר משנה", "טפסר-משנה", "תת טפסר", "תת-טפסר",
             # the army's lower ranks, which reports of soldiers and trials give before the name
             "טוראי", "טוראית", 'רב"ט', "רב-טוראי", 'סמ"ר', "סמל ראשון", 'רס"מ', 'רס"ב', 'רנ"ג', 'סג"ם', "סגן-משנה",
             'אל"ם', "אלוף-משנה", "סגן-אלוף", "רב״ט", "סמ״ר", "רס״מ", "רס״ב", "רנ״ג", "סג״ם", "אל״ם",
             # rabbis' and sheikhs' titles, a British lord's (not "סר": "מסר" would read as מ and the title)
             "רבי", "הרבי", 'האדמו"ר', 'אדמו"ר', "האדמו״ר", "אדמו״ר", "השייח'", "שייח'", "השייח׳", "שייח׳",
             "הלורד", "לורד",
             # titles of address written out in full, or with the article ("מנכ"ל המשרד פרופסור X Y",
             # "הפרופ' X Y")
             "פרופסור", "הפרופסור", "הפרופ'", "הפרופ׳", "דוקטור",
             # a member of the Knesset written with a hyphen, as older copy and its records write it
             # ("חבר-כנסת X Y", "חבר-הכנסת X")
             "חבר-הכנסת", "חברת-הכנסת", "חבר-כנסת", "חברת-כנסת",
             # and its acronym with the article inside it (חבר הכנסת, 'חה"כ X Y'), as common in news copy as 'ח"כ'
             'חה"כ', "חה״כ")  # fmt: skip
HE_ROLE_WORDS = ("מהנדס", "מהנדסת", "מנהל", "מנהלת", "דובר", "דוברת", "ראש", 'יו"ר', "שר", "שרת", "חוקר",
                 "חוקרת", "מפקד", "מנכ\"ל", "מנכ״ל", "סגן", "סגנית", "רופא", "רופאה", "ראש העיר", "נשיא", "נשיאת",
                 "מומחה", "מומחית", "פרופסור", "חבר", "חברת", "יועץ", "יועצת", "מזכיר", "מזכירת", "תושב",
                 "תושבת", "כלכלן", "כלכלנית", "אנליסט", "עורך", "עורכת", "מייסד", "מייסדת", "נציג",
                 "נציגת", "נגיד", "נגידת", 'סמנכ"ל', "סמנכ״ל", 'סמנכ"לית', "סמנכ״לית",
                 # professions news puts before a name with the article ("הזמרת X", "העיתונאי X")
                 "זמר", "זמרת", "שחקן", "שחקנית", "סופר", "סופרת", "עיתונאי", "עיתונאית", "במאי", "במאית",
                 "אמן", "אמנית", "מאמן", "מאמנת", "משורר", "משוררת", "צייר", "ציירת", "פעיל", "פעילה", "פרשן",
                 "פרשנית", "מנחה", "יזם", "יזמית", "פרמדיק", "חובש", "שוטר", "שוטרת", "לוחם", "לוחמת",
                 "כדורגלן", "כדורסלן", "אלופת", "עורך דין", "עורכת דין", "מורה", "סטודנט", "סטודנטית",
                 # and those of biographies ("ההיסטוריון X Y", "והמחנך X Y")
                 "מחנך", "מחנכת", "היסטוריון", "היסטוריונית", "פילוסוף", "פילוסופית", "מדען", "מדענית",
                 "אדריכל", "אדריכלית", "מלחין", "מלחינה", "פסנתרן", "פסנתרנית", "מתרגם", "מתרגמת", "מחזאי",
                 "מחזאית", "פוליטיקאי", "פוליטיקאית", "דיפלומט", "דיפלומטית", "צלם", "צלמת",
                 "נהג", "נהגת", "חשוד", "חשודה", "נאשם", "נאשמת", "אחות",
                 # army commands by acronym: battalion and brigade commanders and their deputies, company
                 # commander, intelligence officer ('הסמג"ד X Y', 'מח"ט גולני X Y')
                 'מג"ד', 'סמג"ד', 'מח"ט', 'סמח"ט', 'מ"פ', 'קמ"ן', "מג״ד", "סמג״ד", "מח״ט", "סמח״ט", "מ״פ", "קמ״ן",
                 # the heads of the army, the police and a party or union by acronym ('הרמטכ"ל X Y', 'המפכ"ל
                 # אמר'): an office like any other, before a name or speaking alone
                 'רמטכ"ל', "רמטכ״ל", 'מפכ"ל', "מפכ״ל", 'מזכ"ל', "מזכ״ל",
                 "קצין", "קצינת",
                 # the treasurer of a town, a council or a body ("גזבר העירייה X Y"), named with the clerk
                 "גזבר", "גזברית",
                 # scholars, officials and trades news names before a name ("הגיאולוג X Y", "בכיר המוסד X Y",
                 # "פרקליט המדינה X Y"); nouns ending in -לוג or -יסט are read by their ending (`_profession`)
                 "ארכאולוג", "ארכאולוגית", "ארכיאולוג", "ארכיאולוגית", "בלשן", "בלשנית", "מזרחן", "מזרחנית",
                 "פיזיקאי", "פיזיקאית", "כימאי", "כימאית", "מתמטיקאי", "מתמטיקאית", "גנטיקאי", "גנטיקאית",
                 "סטטיסטיקאי", "סטטיסטיקאית", "חקלאי", "חקלאית", "משפטן", "משפטנית", "מרצה", "רוקח", "רוקחת",
                 "וטרינר", "וטרינרית", "טכנאי", "טכנאית", "טייס", "אסטרונאוט", "ספורטאי", "ספורטאית",
                 "אתלט", "אתלטית", "טניסאי", "טניסאית", "שחיין", "שחיינית", "מתאגרף", "רקדן", "רקדנית",
                 "מוזיקאי", "מוזיקאית", "תסריטאי", "תסריטאית", "מפיק", "מפיקה", "שדרן", "שדרנית",
                 "בכיר", "בכירה", "בכירת", "פקיד", "פקידה", "פקידת", "נציב", "נציבת", "פרקליט",
                 "פרקליטת", "תובע", "תובעת", "סנגור", "סנגורית", "מושל", "מושלת", "מנהיג", "מנהיגת", "מועמד",
                 "מועמדת", "קונסול", "קונסולית", "שליח", "מבקר", "מבקרת", "מזכירה", "ממונה", "ממונת",
                 "חזאי", "חזאית", "כומר", "בישוף", "אימאם", "פטריארך", "יושב ראש", "יושבת ראש", "ממלא מקום",
                 "ממלאת מקום", "קבלן", "קבלנית", "בנקאי", "בנקאית", "משקיע", "משקיעה", "שותף", "שותפה", "מחבל",
                 "מחבלת", "חייל", "חיילת", "מרגל", "מרגלת", "נזיר", "נזירה",
                 # the people a news story asks: a neighbour, a survivor, a volunteer, a protester, a customer
                 "שכן", "שכנה", "ניצול", "ניצולה", "ניצולת", "מתנדב", "מתנדבת", "מפגין", "מפגינה", "לקוח", "לקוחה",
                 "נוסע", "נוסעת", "אסיר", "אסירה",
                 # a foreign legislature's members and women athletes ("הסנאטור X Y", "הכדורגלנית X Y")
                 "סנאטור", "סנאטורית", "סנטור", "סנטורית", "כדורגלנית", "כדורסלנית",
                 # biographies' monarchs, nobles and clergy, musicians and athletes, heads of faculties
                 "מלך", "מלכה", "מלכת", "נסיך", "נסיכה", "נסיכת", "צאר", "סולטן", "שאה", "פרעה",
                 "דוכס", "דוכסית", "אפיפיור", "קרדינל", "ארכיבישוף", "מופתי",
                 "מנצח", "מנצחת", "סולנית", "פזמונאי", "פזמונאית", "תמלילן", "תמלילנית", "קומיקאי",
                 "קומיקאית", "מעצב", "מעצבת", "מתופף", "מתופפת", "נגן",
                 "נגנית", "זמרת-יוצרת", "יוצר", "יוצרת", "מו\"ל", "מו״ל", "רקטור", "גנרל",
                 "אדמירל", "פילדמרשל", "ג'ודוקא", "ג׳ודוקא", "מתאבק", "מתאבקת", "אצן", "אצנית", "רוכב",
                 "רוכבת", "שחמטאי", "שחמטאית", "מטפס", "אופה", "תעשיין",
                 "תעשיינית", "מדינאי", "מדינאית", "עסקן", "עסקנית", "מחנכת", "גננת", "שגרירה", "פייטן",
                 # a head of government abroad by the country ("קנצלרית גרמניה"), and the lawyer of the person
                 # just named ("עורך דינו, X Y,"), which court and police reports give before the name
                 "קנצלר", "קנצלרית", "עורך דינו", "עורכת דינו", "עורך דינה", "עורכת דינה",
                 # the government's legal adviser by acronym ('היועמ"ש X Y')
                 'יועמ"ש', "יועמ״ש", 'יועמ"שית', "יועמ״שית",
                 # a football side's manager, goalkeeper, striker and captain, as match reports name them ("המנג'ר
                 # הצהוב, X Y, אמר", "השוער X Y Z:")
                 "מנג'ר", "מנג׳ר", "שוער", "שוערת", "חלוץ", "חלוצה", "קפטן", "קפטנית",
                 # an aircraft's or ship's captain and cabin crew, as crash and accident reports name them
                 "קברניט", "קברניטית", "דייל", "דיילת",
                 # the very rich, as business and court copy names them before the name ("המיליארדר X Y")
                 "מיליארדר", "מיליארדרית", "מיליונר", "מיליונרית")  # fmt: skip

# Roles that are also common Israeli family names (חזן, רוזן, סוחר): only with the article do they head a name
# ("החזן X Y"), never bare, where "יעקב חזן" is a given and a family name.
HE_DEFINITE_ROLES = ("החזן", "הרוזן", "הרוזנת", "הברון", "הברונית", "הכנר", "הכנרית", "המאייר", "המאיירת", "המרשל",
                     "הטבח", "השף", "הסוחר", "הסוחרת", "הקיסר", "הקיסרית", "הדיקן", "הדיקנית", "הסולן",
                     # a reporter: bare, "כתב" is "wrote" ("כתב X כי")
                     "הכתב", "הכתבת",
                     # players by their position on the pitch ("החלוץ X Y הבקיע"): bare, these are common nouns
                     # (goal keeper, striker, link, shield)
                     "השוער", "השוערת", "החלוץ", "החלוצה", "הבלם", "הקשר", "הקשרית", "המגן", "הקפטן",
                     "הקפטנית")  # fmt: skip


# Verbs that open or tell a life, whose subject is a person: born, died, killed, elected, appointed, emigrated.
LIFE_VERBS = {"נולד", "נולדה", "נפטר", "נפטרה", "מת", "מתה", "נהרג", "נהרגה", "נרצח", "נרצחה", "נבחר", "נבחרה",
               "מונה", "מונתה", "עלה", "עלתה", "היגר", "היגרה", "גדל", "גדלה", "התחנך", "התחנכה", "נישא", "נישאה",
               "כיהן", "כיהנה", "שימש", "שימשה", "נקבר", "נקברה", "פרש", "פרשה", "התגורר", "התגוררה",
               # and what news tells of people only: arrested, wounded, questioned, convicted, resigned, abducted
               "נעצר", "נעצרה", "נפצע", "נפצעה", "נחקר", "נחקרה", "הורשע", "הורשעה", "זוכה", "זוכתה", "נשפט",
               "נשפטה", "התפטר", "התפטרה", "נחטף", "נחטפה", "נדקר", "נדקרה", "נכלא", "נכלאה", "שוחרר",
               "שוחררה", "פוטר", "פוטרה", "נרצחו", "הושבע", "הושבעה"}  # fmt: skip
