"""Dates by class of expression, on made-up sentences: one expression gives one date, spanning what a
reader would take as the date, and numbers or words that only look like dates give none."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.dates import date_spans, find_dates
from briefing_app.core.facts.model import SourceSentence


def dates(text: str, language: str = "en") -> list[str]:
    return [f.text for f in find_dates([SourceSentence(0, 0, text)], language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Several days of one month, a range of days, a range across months.
        ("The fair ran on June 6, 7, and 8 in the old harbour.", ["on June 6, 7, and 8"]),
        ("The launch may slip to Nov. 14 or 15 if the wind holds.", ["Nov. 14 or 15"]),
        ("The talks, held 3-5 October in a lakeside hotel, ended early.", ["3-5 October"]),
        ("Floods on August 11-12, 2019, closed the bridge.", ["on August 11-12, 2019"]),
        ("Roads stay shut (from March 30 until April 6) for repairs.", ["from March 30 until April 6"]),
        ("Ferries are cancelled until October 9, the port said.", ["until October 9"]),
        ("3rd July to 21st August - evening classes in the hall", ["3rd July to 21st August"]),
        # Ordinal days, abbreviated months, a comma before the year.
        ("The vote is set for the 9th of June.", ["the 9th of June"]),
        ("Tickets go on sale on November 3rd.", ["on November 3rd"]),
        ("Her contract ends on 30 Sep at noon.", ["on 30 Sep at noon"]),
        ("The mill closed on 14 March, 2009, after a fire.", ["on 14 March, 2009"]),
        ("The plant was sold in the winter of 1997.", ["in the winter of 1997"]),
        ("The pier opened in April or May of 1911.", ["in April or May of 1911"]),
        # A weekday and its date, or "today (Tuesday)", are one date.
        ("The count began Tuesday, March 3 in every district.", ["Tuesday, March 3"]),
        ("The board met today (Tuesday) behind closed doors.", ["today (Tuesday)"]),
        # (as government releases date themselves: "today (2 February 2017)", "yesterday (March 3)")
        ("The Secretary today (4 May 2018) opened the bridge.", ["today (4 May 2018)"]),
        ("The agency said yesterday (June 9) it would appeal.", ["yesterday (June 9)"]),
        # (near miss: an aside in brackets is no date of "today")
        ("The vote is today (officials said) in the hall.", ["today"]),
        # Clock times, also with their day.
        ("Doors open at 7:30 p.m. and close late.", ["at 7:30 p.m."]),
        ("By 6 p.m on June 2, the square was empty.", ["By 6 p.m on June 2"]),
        ("The march left at 5 in the afternoon on March 9th.", ["at 5 in the afternoon on March 9th"]),
        ("Rain is expected from 11pm until midnight.", ["from 11pm until midnight"]),
        ("Police arrived in the early morning hours.", ["the early morning hours"]),
        # Relative dates.
        ("Six weeks ago, the shop was still open.", ["Six weeks ago"]),
        ("Nearly ten years ago the river flooded.", ["Nearly ten years ago"]),
        ("Weeks after the storm, the roof was fixed.", ["Weeks after"]),
        ("The mayor resigned the day before yesterday.", ["the day before yesterday"]),
        ("Last weekend the club lost again.", ["Last weekend"]),
        ("Last night the ferry ran aground.", ["Last night"]),
        ("We met there last October.", ["last October"]),
        ("The team returned home later that evening.", ["later that evening"]),
        ("He spoke to reporters earlier today.", ["earlier today"]),
        # (near misses: "Today" opening a sentence or a quotation is the date)
        ("Today, the minister said he would stay.", ["Today"]),
        ('He said: "Today we begin."', ["Today"]),
        ("Prices have risen in recent years.", ["in recent years"]),
        ("In the following days the protests spread.", ["the following days"]),
        ("The previous year, the fair was cancelled.", ["The previous year"]),
        ("The offices were sold back in 2015.", ["back in 2015"]),
        ("The plant closes at the end of 2017.", ["at the end of 2017"]),
        ("The post is dated 2014-06-30 in the archive.", ["2014-06-30"]),
        ("The rule dates from the year 1998.", ["the year 1998"]),
        ("Queues were long on election day.", ["election day"]),
        ("The day of the parade was cold.", ["The day of the parade"]),
        ("She agreed to stop on the morning of 21/6.", ["of 21/6"]),
        ("The town was founded in 732.", ["in 732"]),
        ("The town was founded in 732, the chronicle says.", ["in 732"]),
        ("The vote, planned for mid-2016, was put off.", ["mid-2016"]),
        ("In the 1980s the mine closed.", ["In the 1980s"]),
        ("The chapel was built in the late 17th century.", ["in the late 17th century"]),
        ("Troops moved in at dawn, and the year before the town had voted.", ["at dawn", "the year before"]),
        ("Profits fell in the third quarter of 2019.", ["in the third quarter of 2019"]),
        # (round 55: an accounting year relative to now, and the day a budget is read)
        ("The shortfall for this fiscal year will be wider.", ["this fiscal year"]),
        ("Borrowing in the current financial year came to less.", ["the current financial year"]),
        ("Duty receipts slipped further after Budget day.", ["Budget day"]),
    ],
)
def test_english_date_expressions(sentence: str, expected: list[str]) -> None:
    assert dates(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Years that are part of a name or a code, or a count.
        "She was crowned Miss Harbour Town 2015 at the gala.",
        "The Road Safety Rules-2014 were read aloud.",
        "The rock, named 2011 QZ7, passed quietly.",
        "More than 2000 workers joined the strike.",
        # "today's" as the present era; March and May as words.
        "It is hard to keep up with today's prices of bread.",
        "Students March for Cheaper Rent",
        "Officials may last months in the post.",
        # A duration without a number is not a date.
        "For the last decade, she ran the bakery.",
        # A fraction is not a date.
        "Add 1/2 cup of sugar.",
        # Three digits before a thousands or decimal separator open a larger number, not a year.
        "Members rose to 9,400, up from 812,000 in the spring count.",
        "The ferry carried 615.5 tonnes by 612.5 tonnes.",
        # "Today" capitalised in running prose names a programme or a paper.
        "She told the station's Today programme that she would stay.",
        # (an accounting year with no word of now is no date of its own; a budget with no day neither)
        "The financial year runs on.",
        "The budget was read to a full chamber.",
        "He wrote in Kessby Today that prices rose.",
    ],
)
def test_english_lookalikes_are_not_dates(sentence: str) -> None:
    assert dates(sentence) == []


def test_a_list_of_years_stays_several_dates() -> None:
    assert dates("The law changed in 2008 and 2013.") == ["in 2008", "2013"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Loven blev vedtaget i marts i år.", ["i marts i år"]),
        ("Senere på dagen kom regnen.", ["Senere på dagen"]),
        ("Mødet var mandag aften, og i går kom svaret.", ["mandag aften", "i går"]),
        ("Kampen spilles den 4. maj 2021 klokken 19.30.", ["den 4. maj 2021", "klokken 19.30"]),
        (
            "Broen åbnede for tre år siden, i begyndelsen af 1970erne stod færgen.",
            ["for tre år siden", "i begyndelsen af 1970erne"],
        ),
        ("Mødet er tirsdag den 5. maj kl. 14 på rådhuset.", ["tirsdag den 5. maj", "kl. 14"]),
        ("I går aftes lukkede butikken, og om fredagen er der marked.", ["I går aftes", "om fredagen"]),
    ],
)
def test_danish_date_expressions(sentence: str, expected: list[str]) -> None:
    assert dates(sentence, "da") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A weekday with the day it is relative to, and with "next".
        ("وصل الوفد إلى العاصمة بعد ظهر أمس الثلاثاء، وبدأ المحادثات.", ["بعد ظهر أمس الثلاثاء"]),
        ("أعلنت الشركة يوم أمس الخميس عن خطة جديدة.", ["يوم أمس الخميس"]),
        ("تقام المباراة يوم السبت المقبل في الملعب الكبير.", ["يوم السبت المقبل"]),
        # A weekday is a whole word: "الأحدث" (the newest) is no Sunday.
        ("هذا الهاتف هو الأحدث في السوق.", []),
        # A day, a month and a year; an ordinal day; the Levantine month names.
        ("افتتح الجسر في 12 مارس 2016 بحضور الوزير.", ["12 مارس 2016"]),
        ("ولدت المدينة في الثالث من أغسطس 1990 بعد حرب طويلة.", ["الثالث من أغسطس 1990"]),
        ("استقال الوزير منتصف تشرين الأول / أكتوبر بعد خلاف.", ["منتصف تشرين الأول / أكتوبر"]),
        ("بدأ المشروع منذ نيسان / أبريل 2019.", ["منذ نيسان / أبريل 2019"]),
        # This and last year; ago; a year in words.
        ("ارتفعت الأسعار مقارنة بالسنة الماضية.", ["بالسنة الماضية"]),
        ("أقيم المهرجان هذا العام في الهواء الطلق.", ["هذا العام"]),
        ("أغلق المصنع منذ خمسة أيام.", ["منذ خمسة أيام"]),
        ("تستضيف المدينة البطولة في عام ألفين وستة وعشرين.", ["عام ألفين وستة وعشرين"]),
        ("وصلت القافلة في الساعة العاشرة صباحا إلى الحدود.", ["في الساعة العاشرة صباحا"]),
        ("يبدأ المهرجان الخميس 12 مايو 2016 في الساحة.", ["الخميس 12 مايو 2016"]),
        ("تنتهي المهلة يوم 20 يونيو الجاري.", ["20 يونيو الجاري"]),
        ("افتتح المسجد في العاشر من رمضان.", ["العاشر من رمضان"]),
        ("استقال المدرب بعد يومين من الهزيمة.", ["بعد يومين"]),
        ("وبعد شهرين من الانتخابات استقالت الحكومة.", ["وبعد شهرين"]),  # "and" glued on
        ("اندلعت الحرب قبل ستّ سنوات.", ["قبل ستّ سنوات"]),  # a shadda on the count
        # A duration is a figure, not a date; "يوما بعد يوم" is "day after day".
        ("تتحسن الحالة يوما بعد يوم.", []),
        ("استمرت التجربة لمدة 6 أشهر في القرية.", []),
    ],
)
def test_arabic_date_expressions(sentence: str, expected: list[str]) -> None:
    assert dates(sentence, "ar") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("הגשר נפתח ב-14 במרץ 2016 בטקס קצר.", ["ב-14 במרץ 2016"]),
        ('המבצר נבנה בשנת 1150 לפנה"ס על הגבעה.', ['בשנת 1150 לפנה"ס']),
        ("הכנסייה נבנתה במאה השביעית.", ["במאה השביעית"]),
        ("המפעל נסגר לפני שלוש שנים.", ["לפני שלוש שנים"]),
        ("הישיבה התקיימה ביום שני והבוקר פורסמה ההחלטה.", ["ביום שני", "והבוקר"]),
        ("הטקס יתחיל בשעה 18:30 בסוף החודש.", ["בשעה 18:30", "בסוף החודש"]),
        ("אתמול בערב נסגר הכביש, וביום רביעי הבא ייפתח.", ["אתמול בערב", "וביום רביעי הבא"]),
        # Words that contain a month or "שבת" are not dates.
        ("העובד נחשבת למצטיינת, אמר מאיר.", []),
    ],
)
def test_hebrew_date_expressions(sentence: str, expected: list[str]) -> None:
    assert dates(sentence, "he") == expected


def test_date_spans_cover_the_numbers_inside_a_date() -> None:
    text = "Talks ran on June 6, 7, and 8, and 40 delegates came 12 hours prior."
    covered = [text[a:b] for a, b in date_spans(text, "en")]
    assert covered == ["on June 6, 7, and 8", "12 hours prior"]
    assert not any("40" in c for c in covered)
