"""Word lists of Arabic people: the heads of a role before a name (offices, titles and callings news puts before a
person: رئيس، الوزير، الصحفي، المعلم ...), read by the role readers (`people_ar_roles.py`), and the words that are
never a name's (particles, demonstratives, quantifiers, directions), read by every name reader."""

from __future__ import annotations

AR_HEAD_WORDS: tuple[str, ...] = (
             "رئيس", "رئيسة", "وزير", "وزيرة", "الرئيس", "الوزير", "زعيم", "الأمين", "أمين", "نائب", "مدير", "مديرة",
             "المتحدث", "الناطق", "سفير", "محافظ", "قائد", "المرشد", "مرشد", "الملك", "الأمير", "القيادي", "الطبيب",
             "عضو", "المدير", "الداعية", "الشيخ", "العميد", "اللواء", "الدكتور",
             # Professions news puts before a name (الشاعر السوري ...، النائب ...):
             "الشاعر", "الكاتب", "الأديب", "الروائي", "الفنان", "الفنانة", "المخرج", "اللاعب", "المدرب", "الصحفي",
             "الصحفية", "المحامي", "القاضي", "السفير", "النائب", "الوزيرة", "المستشار", "الباحث", "الأستاذ",
             "المتحدثة", "الناطقة", "مسؤول", "مسؤولة", "المسؤول", "المسؤولة", "المبعوث", "الممثل", "المفوض",
             "الأمينة", "الرئيسة", "الناشط", "الناشطة", "الكاتبة", "الشاعرة", "المغني", "المغنية",
             # offices, and professions in their feminine forms (النائبة، القاضية، المدعية العامة):
             "النائبة", "القاضية", "المدعي", "المدعية", "السيناتور", "الجنرال", "المحامية", "الطبيبة", "المستشارة",
             "الباحثة", "الأستاذة",
             # people news describes by what they are, before the name (المواطن سامي العلي)
             "المواطن", "المواطنة", "الطالب", "الطالبة", "المزارع", "العامل", "السائق", "الشاب", "الشابة",
             "اللاعبة", "المصور", "الناشر", "الممرضة", "الممرض",
             # an adviser heads a long chain (مستشار الوزير لشؤون ...); goalkeepers, strikers, defenders, professors
             "مستشار", "مستشارة", "الحارس", "المهاجم", "المدافع", "البروفيسور", "البروفسور",
             # analysts, experts and commentators news quotes by name
             "المحلل", "المحللة", "الخبير", "الخبيرة", "المعلق", "المراسل", "المراسلة",
             # the supervisor of a project or a body ("المشرف على المشروع X", "X المشرف العام على ..."), whose
             # article would otherwise read as a family name's
             "المشرف", "المشرفة",
             # critics and politicians named by their calling ("الناقد السينمائي X Y", "السياسي الكردي X Y")
             "الناقد", "الناقدة", "السياسي", "السياسية",
             # a monarch, and an heir (العاهل الأردني الملك ...، ولي العهد الأمير ...)
             "العاهل", "عاهل",
             # people news names by what befell them or by their calling (المتهم ...، الشهيد ...، الإمام ...)
             "المدعو", "المدعوة", "المتهم", "المتهمة", "الأسير", "الأسيرة", "الشهيد", "الشهيدة", "المعتقل",
             "المعتقلة", "الطفل", "الطفلة", "الفتى", "الفتاة", "الحاج", "الحاجة", "الراحل", "الراحلة", "الفقيد",
             "النجم", "النجمة", "المطرب", "المطربة", "الإعلامي", "الإعلامية", "المذيع", "المذيعة", "الإمام", "القس",
             "البابا", "الكاردينال", "المطران", "الحاخام", "الأديبة", "الرسام", "الممثلة",
             # a professor and a counterpart (أستاذ العلوم السياسية ...، نظيره الفرنسي ...)
             "أستاذ", "أستاذة", "نظير", "نظيرة",
             # experts and specialists in the construct state (خبير الأسلحة الكيماوية ...، أخصائي السموم ...)
             "خبير", "خبيرة", "أخصائي", "أخصائية", "اختصاصي", "اختصاصية", "محلل", "محللة",
             # refugees, the displaced, survivors and the wounded, whom reports quote by name
             "اللاجئ", "اللاجئة", "النازح", "النازحة", "الناجي", "الناجية", "الجريح", "المصاب", "المصابة",
             # callings by which reports of killings and arrests name their victims ("مقتل المعلم X Y"): teachers,
             # engineers, pharmacists, first-aiders, volunteers, soldiers, officers, traders, clerks, pilots, farmers
             # (not "المدرسة", the school, nor "المقدم", a rank and "the presenter")
             "المعلم", "المعلمة", "المدرس", "المهندس", "المهندسة", "الصيدلاني", "الصيدلانية", "المسعف", "المسعفة",
             "المتطوع", "المتطوعة", "الجندي", "الضابط", "التاجر", "الموظف", "الموظفة", "الطيار", "الفلاح",
             "المقاتل",
             # investors and sellers Gulf market and price copy quotes by name ("وقال المستثمر العقاري X Y:",
             # "وقال البائع X Y:")
             "المستثمر", "المستثمرة", "البائع", "البائعة",
             # bloggers and users of social networks (المدونة المصرية X: the blogger; a blog is no person, and a
             # known given name must follow)
             "المدون", "المدونة", "المغرد", "المغردة", "المستخدم", "المستخدمة",
             # surgeons, dissidents, runners, boxers, thinkers, historians and composers (not "الأكاديمي", as often
             # an adjective; the feminine "المعارضة" is the opposition, a body: people_ar_roles reads no head from it)
             "الجراح", "الجراحة", "المعارض", "العداء", "العداءة", "الملاكم", "المفكر", "المؤرخ",
             "الموسيقار", "الملحن", "الروائية", "الفيلسوف",
             # undersecretaries and deputies of a ministry (وكيل وزارة الداخلية المساعد ...), rapporteurs of a
             # committee (مقرر لجنة ...), and the Levantine and Maghreb spelling of the journalist (الصحافي X)
             "وكيل", "وكيلة", "مقرر", "مقررة", "الصحافي", "الصحافية",
             # the head of a professional syndicate, in construct with its members (نقيب المحامين X); the rank of
             # captain, "النقيب", is a title
             "نقيب", "نقيبة",
             # the queen (الملكة X; the indefinite "ملكة" is also a given name, read only by people_ar_roles)
             "الملكة",
             # a member of parliament by his calling ("البرلماني السابق X Y", "البرلمانية X")
             "البرلماني", "البرلمانية",
             # envoys and coordinators with the article or in construct ("المندوب الإقليمي لوزارة الصحة، X Y،",
             # "مندوب فلسطين لدى ...", "المنسق الأممي X Y"), consuls: offices as common as the ambassador's
             "المندوب", "المندوبة", "مندوب", "مندوبة", "الموفد", "موفد", "المنسق", "المنسقة", "منسق", "منسقة",
             "القنصل", "قنصل",
             # coaches and players in construct with their team, which sport copy puts before the name with any
             # verb ("يعتقد مدرب منتخب مصر البرتغالي X Y أن", "أبدى لاعب الأهلي X Y سعادته"), not only one of saying
             "مدرب", "مدربة", "لاعب", "لاعبة",
             # a team's keeper, striker and defender in construct with it or with a possessive ending ("حارس الأهلي
             # X Y", "عبر مدافعه X Y"), and the substitute who came on ("أدرك البديل X Y التعادل")
             "حارس", "مهاجم", "مدافع", "البديل",
             # a party's or a community's leader with the article ("الزعيم الشيعي X Y", "الزعيمة المعارضة X")
             "الزعيم", "الزعيمة")  # fmt: skip

AR_NAME_STOP = {"فإن", "قوله", "قولها",
                 "عن", "عنه", "عنها", "منه", "منها", "من", "قبل", "بعد", "لكن", "لكنه", "لكنها", "حول", "فيه", "فيها",
                 "بأن", "أن", "إن", "بحق", "عدم", "على", "عليه", "إلى", "في", "مع", "ضد", "لدى", "عند", "الذي", "التي",
                 "حيث", "كما", "أيضا", "قد", "لم", "لن", "ما", "لا",
                 # an unnamed source's own name withheld ("طلب عدم ذكر اسمه", "رافضا الكشف عن هويتها")
                 "اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم",
                 # a participle of saying after a name ("X قائلا :", spaced copy puts the colon apart)
                 "قائلا", "قائلة", "قائلين", "قائلاً",
                 # elatives and demonstratives before a role noun: "بجائزة أفضل ممثلة" (best actress), "ليصبح
                 # بذلك أول ممثل" (the first actor): a superlative's phrase, no name before a role (not أكبر or
                 # أعظم, which Persian compound names hold: علي أكبر)
                 "أفضل", "أول", "أكثر", "أبرز", "أهم", "أقدم", "أصغر", "أعلى", "أقل", "أسوأ", "أحدث",
                 "أقوى", "أشهر", "بذلك", "لذلك", "كذلك", "بهذا", "لهذا",
                 # compass nouns ("شمال غرب X": north-west of X): a direction, never a name's word
                 "شمال", "جنوب", "شرق", "غرب", "وشمال", "وجنوب", "وشرق", "وغرب",
                 # prepositions of time and cause after a victim's or a detainee's name ("اعتقلت X Y أثناء تغطيته",
                 # "قتل X Y جراء القصف", "إثر", "عقب", "بسبب")
                 "أثناء", "إثر", "عقب", "جراء", "بسبب", "وسط",
                 # quantifiers: "نفى X Y وجود أي تفاهم" (denied any understanding) read as a second name "جود أي"
                 "أي", "أية", "أيّ", "كل", "بعض", "جميع",
                 # "one" after a counted noun ("ووثق مقطع فيديو واحد"): a count, never a name's word
                 "واحد", "واحدة", "واحدا",
                 # demonstratives ("أدانت هذا الاستقبال"): a verb's object, never a name's word
                 "هذا", "هذه", "ذلك", "تلك", "هؤلاء",
                 # the post a person holds or is elected to ("شغل منصب وزير X", "ليضمن انتخابه لمنصب نائب
                 # الرئيس"): the office follows, never a name's word
                 "منصب", "لمنصب", "بمنصب", "المنصب"}  # fmt: skip
