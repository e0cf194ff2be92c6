"""Arabic speech after a verb of saying and a colon with no quote marks: "وقال : ما رأيناه في رواندا لم نره في
دارفور." (the whole rest of the sentence is the speaker's)."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import AR_QUOTE_VERBS, AR_SPEECH

# A verb of saying, up to 150 letters of subject (or of where it was said: "وقال على هامش المؤتمر الصحفي الذي
# عقد اليوم في الوزارة ... :"), a colon (not one inside a clock time, "الساعة (8:45)") and the
# unmarked speech after it to the sentence's end. (Gulf copy names a spokesman by office, rank and name: "وأكد
# المتحدث الرسمي للمديرية المقدم X Y:"; a subject that holds a conjunction of reported speech, "وأوضح أن الخطة
# تشمل:", is a clause whose colon opens a list, not speech; a name may have its description set off by a comma,
# "وقال X Y، أحد المسعفين:", "وقال X Y، مدير المركز:", and where it was said after the description: "وقال X Y، مدير
# المركز، لفريق التوثيق:".)
# The colon that opens the speech: not one inside a clock time ("الساعة (8:45)"), though a number may end the
# words before it ("على هامش الاحتفال بالعيد الـ40: نريد ..."), a colon and a space after its last digit.
_SPEECH_COLON = r"(?:(?<!\d):(?!\d)|(?<=\d):(?=\s))"
# (the speaker's name itself may stand in marks, as Saudi copy marks an officer's name: 'وقال "X": ...',
# 'وأضاف العقيد "X": ...'; one to four words, no figure)
_MARKED_NAME = r"(?<=\s)[\"«“][\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,3}[\"»”]"
# (closed: "وختم X الحديث: ...", "واختتم حديثه: ...", "واختتم: ...", only before a colon, with nothing between or with
# the talk it closed: a verb of closing is speech only so; "واختتمت البطولة بالنتائج التالية:" opens a list)
_CLOSED = r"و?(?:اختتم|ختم)ت?(?=\s*:|[^:.،]{0,60}?(?:حديث|كلام|تصريح|كلمت)[\u0621-\u064a]*\s*:)"
_NOT_THAT = r"(?!(?<![\u0600-\u06ff])(?:أن|إن|بأن|أنه|إنه|أنها|إنها)\s)"  # (no word of reported speech here)
AR_UNMARKED_COLON = re.compile(
    # (the verb whole: "وقالت الوزارة في بيان لها :" is no "وقال" whose subject starts with "ت")
    # (an outlet spoken to may stand in guillemets before the colon: "وقال معاليه في حديث خاص لـ «عمان»: ...")
    # (spoke, "وتحدث X في تصريحاته عقب المباراة : ...", only here: with no colon it reports a talk, no words)
    rf"(?:^|\s)(?:{AR_SPEECH}|{AR_QUOTE_VERBS}|و?تحدثت?|{_CLOSED})(?![\u0621-\u064a])\s*((?:{_NOT_THAT}"
    rf"(?:[^،:\"«»]|(?<=ل)\s*«[^«»:]{{1,30}}»|(?<=لـ)\s*«[^«»:]{{1,30}}»|{_MARKED_NAME})){{0,150}}?)(?:\s*،\s*(?:{_NOT_THAT}[^،:\"«»]){{2,50}}?){{0,2}}\s*{_SPEECH_COLON}\s*"
    # (the speech may hold a short phrase in marks: "رصد مركبات على متنها "مشتبه بهم" في منطقة محظورة")
    rf"((?:[^\"«»]|[\"«][^\"«»]{{1,30}}[\"»]){{12,}})$"
)


# A circumstantial participle of saying after the main clause, then a colon and unmarked speech: "وأكد التزام حكومته
# بالعمل ... ، مضيفا: نطلب ثقتكم ..." (the clause before may be long; the speaker is its subject, or the one named
# before when it has none).
AR_PARTICIPLE_COLON = re.compile(
    r"[،,]\s*(?:مؤكدا|مؤكدة|مضيفا|مضيفة|مشيرا|مشيرة|موضحا|موضحة|قائلا|قائلة|متابعا|متابعة|مستطردا|مستطردة)ً?"
    rf"\s*{_SPEECH_COLON}\s*((?:[^\"«»]|[\"«][^\"«»]{{1,30}}[\"»]){{12,}})$"
)
