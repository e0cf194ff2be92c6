"""Arabic verbs of replying and asking in the shapes court, hearing and interview copy writes them, which the
lists of verbs of saying (`reporting_verbs`) hold only in their plain perfect form.

- The one addressed as a pronoun between the verb and its subject: "ورد عليه القاضي: «...»" (the judge replied
  to him), "وقالت له الممرضة:", "فعلق عليها الوزير قائلا:". The pronoun names no one; the word after it is the
  subject. Read as it stood, the mention was "عليه القاضي" and the name made of it a false person.
- The one addressed glued to the verb as its object: "فأجابه رئيس المحكمة:", "وسألها المحقق:" (answered him,
  asked her): the same verb with its subject after it.
- The consecutive lām with an imperfect that carries the story on: "...، ليرد عليه القاضي «...»" (whereupon the
  judge replied), "...، ليضيف: «...»" (and then he added). The verb lists know "رد" and "يضيف" but not "ليرد",
  so the quote after it had no introduction and a short one was dropped as a phrase quoted in passing.

`plain_reply_verbs` rewrites a quote's lead-in so that the general Arabic reading sees the plain verb and its
subject; the words the speaker is read from stay as written."""

from __future__ import annotations

import re

# Imperfects carried on by the consecutive lām ("ليرد", "لتضيف"), with the perfect the verb lists hold.
_CONSECUTIVE = {
    "يرد": "رد", "ترد": "ردت", "يجيب": "أجاب", "تجيب": "أجابت", "يضيف": "أضاف", "تضيف": "أضافت",
    "يقول": "قال", "تقول": "قالت", "يؤكد": "أكد", "تؤكد": "أكدت", "يتابع": "تابع", "تتابع": "تابعت",
    "يختم": "ختم", "تختم": "ختمت", "يعلق": "علق", "تعلق": "علقت", "يوضح": "أوضح", "توضح": "أوضحت",
    "يشير": "أشار", "تشير": "أشارت", "يسأل": "سأل", "تسأل": "سألت", "يردف": "أردف", "تردف": "أردفت",
}  # fmt: skip
_CONSECUTIVE_VERB = re.compile(rf"(?<![\u0621-\u064a])[وف]?ل({'|'.join(_CONSECUTIVE)})(?![\u0621-\u064a])")

# Verbs of answering and asking with the one addressed glued on as their object ("أجابه", "سألتها").
_GLUED_OBJECT = re.compile(
    r"(?<![\u0621-\u064a])([وف]?)([أا]جاب|سأل)(ت?)(?:ه|ها|هم|هما|هن)(?![\u0621-\u064a])"
)

# Verbs after which a preposition with a pronoun is the one addressed ("رد عليه", "قالت له", "علق عليها").
_ADDRESSING_VERB = (
    r"(?:رد|ردت|قال|قالت|[أا]جاب|[أا]جابت|علق|علقت|[أا]ضاف|[أا]ضافت|كتب|كتبت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|"
    r"سأل|سألت|تابع|تابعت|[أا]ردف|[أا]ردفت)"
)
_ADDRESSED_PRONOUN = re.compile(
    rf"((?<![\u0621-\u064a])[وف]?{_ADDRESSING_VERB})\s+"
    r"(?:عليه|عليها|عليهم|عليهما|له|لها|لهم|لهما|إليه|إليها|اليه|اليها)"
    # (only before the subject it hides, a word that opens no clause: "ورد عليه بأن ..." keeps its reading)
    r"(?=\s+(?!(?:ب?[أإا]ن|قائل|بالقول|في|فى|خلال|على|عبر)(?![\u0621-\u064a]))[\u0621-\u064a])"
)


def plain_reply_verbs(lead: str) -> str:
    """`lead` (what stands before a quote) with the replying and asking verbs written plain: the consecutive lām
    dropped and its imperfect given as the perfect ("ليرد" as "ورد"), an object pronoun glued to "أجاب"/"سأل"
    dropped, and the preposition and pronoun of the one addressed between a verb and its subject dropped."""
    lead = _CONSECUTIVE_VERB.sub(lambda m: "و" + _CONSECUTIVE[m.group(1)], lead)
    lead = _GLUED_OBJECT.sub(lambda m: m.group(1) + m.group(2) + m.group(3), lead)
    return _ADDRESSED_PRONOUN.sub(r"\1", lead)
