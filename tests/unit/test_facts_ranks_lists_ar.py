"""Arabic people named by a military or police rank, and the members of a list after a plural or dual title, in the
shapes Gulf police and court reports write them: a rank with its second word ("الملازم أول X Y", "الفريق أول ركن X
Y"), several ranked officers in one list ("العقيد X Y والمقدم Z W"), and a court's members after a dual title set off
by a comma ("وعضوية القاضيين، X Y وZ W"). Made-up names and sentences; each shape with near misses that keep their
old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import people_roles


def _people(text: str) -> dict[str, str | None]:
    return people_roles(["خبر", text], "ar")


# --- a rank's second word is the rank's, not the name's first -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("وحضر الاجتماع الرقيب أول ماجد حسن الزعبي.", "ماجد حسن الزعبي", "الرقيب أول"),
        (
            "أشاد المدير العام اللواء سالم خالد الراشد، بالنقيب ماجد حسن الزعبي، والملازم أول فادي سمير الخطيب من مركز"
            " الشرطة.",
            "فادي سمير الخطيب",
            "الملازم أول",
        ),
        ("وقال الفريق أول ركن سامر علي الخطيب إن القوات تقدمت.", "سامر علي الخطيب", "الفريق أول ركن"),
    ],
)
def test_a_ranks_second_word_goes_on_the_role(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert people.get(name) == role, people


def test_a_plain_rank_and_an_ordinal_after_a_title_keep_their_reading() -> None:
    # (a rank without a second word, as before)
    assert _people("وقال الملازم فادي سمير الخطيب إن الحادث وقع.").get("فادي سمير الخطيب") == "الملازم"
    # ("أول" after a title that is no rank: the first of something, no person named "أول")
    people = _people("وكان الرئيس أول من وصل إلى القاعة.")
    assert not any(name.startswith("أول") for name in people), people


# --- several ranked officers in one list ----------------------------------------------------------------------------


def test_each_ranked_officer_of_a_list_is_read() -> None:
    people = _people("وحضر الاجتماع العقيد ماجد حسن الزعبي والمقدم سامر علي الخطيب.")
    assert people.get("ماجد حسن الزعبي") == "العقيد" and people.get("سامر علي الخطيب") == "المقدم", people


def test_a_title_before_an_office_and_name_reads_one_person() -> None:
    # (the second title inside the first one's words names the same person, not another)
    people = _people("وقال الرئيس الشيخ سامر علي الخطيب إن القوات تقدمت.")
    assert list(people) == ["سامر علي الخطيب"], people


# --- a court's members after a dual title and a comma ---------------------------------------------------------------


def test_members_after_a_dual_title_and_a_comma_hold_the_title() -> None:
    people = _people(
        "وكانت المحكمة انعقدت أمس برئاسة القاضي سامي الحربي وعضوية القاضيين، الشيخ سامر بن علي آل حسن وماجد عوض"
        " وأمانة سر فادي الخطيب."
    )
    assert "القاضي" in (people.get("سامر بن علي آل حسن") or ""), people
    assert people.get("ماجد عوض") == "القاضي", people
    assert people.get("سامي الحربي") == "القاضي", people


def test_members_after_a_plural_title_and_a_comma_hold_the_title() -> None:
    people = _people("وحضر الوزراء، سامر علي وماجد حسن.")
    assert people.get("سامر علي") == "الوزير" and people.get("ماجد حسن") == "الوزير", people


def test_a_dual_subject_set_off_by_commas_names_nobody() -> None:
    # (a comma after a dual subject opens an aside, no list of names)
    assert _people("وقال الوزيران، في بيان مشترك، إن الاتفاق مهم.") == {}


def test_members_without_a_comma_keep_their_reading() -> None:
    people = _people("تعقد الجلسة برئاسة المستشار نبيل فريد وعضوية القاضيين كامل الروبي وخالد حمدان.")
    assert people.get("كامل الروبي") == "القاضي" and people.get("خالد حمدان") == "القاضي", people
