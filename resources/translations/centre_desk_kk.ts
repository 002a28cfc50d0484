<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Қызметкердің жаңа тіркелгісі</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>Бір реттік &amp;құпиясөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>Қа&amp;йталаңыз:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Saved. Tick who came, then press OK.</source>
        <translation>Сақталды. Келгендерді белгілеп, «ОК» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Nobody has an open case in %1.</source>
        <translation>«%1» мекемесінде ешкімнің ашық сүйемелдеу ісі жоқ.</translation>
    </message>
    <message>
        <source>Added: %1. Already ticked: %2. Press Save or OK to store them.</source>
        <translation>Қосылды: %1. Бұрын белгіленгені: %2. Сақтау үшін «Сақтау» немесе OK батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Tick every adult with an open case in %1; those ticked already are skipped</source>
        <translation>«%1» мекемесінде ашық сүйемелдеу ісі бар барлық кәмелетке толған адамды белгілеу; бұрын белгіленгендер өткізіліп жіберіледі</translation>
    </message>
    <message>
        <source>the facility typed above</source>
        <translation>жоғарыда көрсетілген мекеме</translation>
    </message>
    <message>
        <source>People marked present: %1. Delete this activity and their attendance?</source>
        <translation>Келді деп белгіленгендер: %1. Бұл іс-шара олардың қатысу белгілерімен бірге жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>Бұл іс-шара жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Іс-шараны жою</translation>
    </message>
    <message>
        <source>New activity — %1</source>
        <translation>Жаңа іс-шара — %1</translation>
    </message>
    <message>
        <source>Activity — %1</source>
        <translation>Іс-шара — %1</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Атауы (міндетті):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Өткізгендер:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Organisers, teacher or specialists</source>
        <translation>Ұйымдастырушылар, оқытушы немесе мамандар</translation>
    </message>
    <message>
        <source>Penal colony, if held in one</source>
        <translation>Түзеу мекемесі, егер сонда өткізілсе</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Келгендер</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This activity or who came has changes that are not saved. Save them before closing?</source>
        <translation>Іс-шарада немесе қатысу белгілерінде сақталмаған өзгерістер бар. Жабу алдында оларды сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>AddLessonDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation>Сабақ қосу</translation>
    </message>
    <message>
        <source>Lesson &amp;date:</source>
        <translation>Сабақтың &amp;күні:</translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <source>Appro&amp;vals waiting for me…</source>
        <translation>Мені күтіп &amp;тұрған бекітулер…</translation>
    </message>
    <message>
        <source>Approve or return the outcomes other staff asked for.</source>
        <translation>Басқа қызметкерлер сұраған нәтижелерді бекіту немесе қайтару.</translation>
    </message>
</context>
<context>
    <name>ApprovalLine</name>
    <message>
        <source>%1 on %2: pending approval by a second supervisor (requested by %3).</source>
        <translation>«%1» (күні: %2): екінші жетекшінің бекітуін күтуде (сұраған: %3).</translation>
    </message>
    <message>
        <source>It is decided at the centre that made it.</source>
        <translation>Шешімді сұрау жасалған орталық қабылдайды.</translation>
    </message>
    <message>
        <source>The request for “%1” was returned by %2: %3</source>
        <translation>«%1» сұрауы қайтарылды (қайтарған: %2). Ескерту: %3</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Кім сұрады</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Мені күтіп тұрған бекітулер</translation>
    </message>
    <message>
        <source>Outcomes asked for at this centre that wait for a second supervisor: %1. Approve one to change the stage, or return it with a note saying what is missing.</source>
        <translation>Осы орталықта сұралған, екінші жетекшіні күтіп тұрған нәтижелер: %1. Кезеңді ауыстыру үшін сұрауды бекітіңіз немесе не жетіспейтінін ескертумен қайтарыңыз.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Сіздің бекітуіңізді күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Күтіп тұрған сұраулар</translation>
    </message>
    <message>
        <source>&amp;Note (needed to return):</source>
        <translation>&amp;Ескерту (қайтару үшін қажет):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>&amp;Return with the note</source>
        <translation>Ескертумен &amp;қайтару</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>&amp;Жеке істі ашу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Write in the note why the request is returned.</source>
        <translation>Сұраудың неге қайтарылатынын ескертуге жазыңыз.</translation>
    </message>
    <message>
        <source>Approved: %1 is now “%2”.</source>
        <translation>Бекітілді. Қатысушы: %1; кезең: «%2».</translation>
    </message>
    <message>
        <source>Returned to %1&apos;s file with the note.</source>
        <translation>Сұрау ескертумен жеке іске қайтарылды. Қатысушы: %1.</translation>
    </message>
</context>
<context>
    <name>ArabicCoursesTab</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Оқытушы</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Enrolled / places</source>
        <translation>Жазылғаны / орын</translation>
    </message>
    <message>
        <source>Words from the course title or the teacher&apos;s name</source>
        <translation>Курс атауынан немесе оқытушының атынан сөздер</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Араб тілі курстары</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>Жаңа &amp;курс…</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Жаңа курс…</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Where %1 works</source>
        <translation>Жұмыс орны: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Жаңа бағалау</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Бағалау &amp;күні:</translation>
    </message>
    <message>
        <source>Overall &amp;risk:</source>
        <translation>Жалпы &amp;тәуекел:</translation>
    </message>
    <message>
        <source>Ne&amp;xt assessment:</source>
        <translation>Ке&amp;лесі бағалау:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Items and scores</source>
        <translation>Көрсеткіштер мен балдар</translation>
    </message>
    <message>
        <source>%1 months after the assessment unless changed</source>
        <translation>Бағалаудан кейінгі ай саны: %1 (өзгертілмесе)</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>Бағалауды &amp;сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Score at least one item or choose the overall risk.</source>
        <translation>Кемінде бір көрсеткішке балл қойыңыз немесе жалпы тәуекелді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>AssessmentsSection</name>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Кім бағалады</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>No assessment scored yet.</source>
        <translation>Әзірге балл қойылмаған.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Бағалаулар</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Жаңа бағалау…</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Бағалауды жою</translation>
    </message>
    <message>
        <source>Only a supervisor may delete an assessment made in error.</source>
        <translation>Қате енгізілген бағалауды тек жетекші жоя алады.</translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation>Соңғы балдар</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Бағалау тарихы</translation>
    </message>
    <message>
        <source>Not assessed yet: the first assessment is due at intake.</source>
        <translation>Әзірге бағалау жоқ: алғашқы бағалау қабылдау кезінде жүргізіледі.</translation>
    </message>
    <message>
        <source>Latest assessment: %1. Next: %2.</source>
        <translation>Соңғы бағалау: %1. Келесісі: %2.</translation>
    </message>
    <message>
        <source>Risk: %1.</source>
        <translation>Тәуекел: %1.</translation>
    </message>
    <message>
        <source>Reassessment overdue.</source>
        <translation>Қайта бағалау мерзімі өтіп кетті.</translation>
    </message>
    <message>
        <source>Delete the chosen assessment made in error?</source>
        <translation>Қате енгізілген таңдалған бағалау жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>AttendanceChecklist</name>
    <message>
        <source>Add a person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>Whom to mark present, by name or IIN:</source>
        <translation>Кімді келді деп белгілеу керек (аты немесе ЖСН бойынша):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Табу:</translation>
    </message>
    <message>
        <source>Name in any alphabet</source>
        <translation>Аты кез келген әліпбимен</translation>
    </message>
    <message>
        <source>Find a person in the list</source>
        <translation>Тізімнен адамды табу</translation>
    </message>
    <message>
        <source>Expected people; Space marks present</source>
        <translation>Күтілетін адамдар; Space пернесі келгенін белгілейді</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>Адам &amp;қосу…</translation>
    </message>
    <message>
        <source>Save &amp;attendance</source>
        <translation>Қатысуды &amp;сақтау</translation>
    </message>
    <message>
        <source>Present: %1 of %2</source>
        <translation>Келгендер: %1 / %2</translation>
    </message>
</context>
<context>
    <name>AttendeesBox</name>
    <message>
        <source>List every adult with an open case in the facility chosen on the left</source>
        <translation>Сол жақта таңдалған мекемеде ашық сүйемелдеу ісі бар барлық кәмелетке толған адамды тізімге енгізу</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Тізімнен &amp;алып тастау</translation>
    </message>
    <message>
        <source>&amp;Add an attendee (Enter adds the highlighted person):</source>
        <translation>Қатысушы &amp;қосу (Enter белгіленген адамды қосады):</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Қатысқандар</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Attendance marked</source>
        <translation>Қатысуы белгіленді</translation>
    </message>
    <message>
        <source>Attendance removed</source>
        <translation>Қатысу белгісі алынды</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Қатысу белгілері</translation>
    </message>
    <message>
        <source>Attendances dropped</source>
        <translation>Алынып тасталған қатысу белгілері</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматты түрде</translation>
    </message>
    <message>
        <source>Backup made before the restore</source>
        <translation>Қалпына келтіру алдындағы сақтық көшірме</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Сүйемелдеу істері</translation>
    </message>
    <message>
        <source>Case files joined</source>
        <translation>Біріктірілген сүйемелдеу істері</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Орталық</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>Sync clock continues from</source>
        <translation>Синхрондау сағаты осыдан жалғасады</translation>
    </message>
    <message>
        <source>Club memberships</source>
        <translation>Клубқа мүшелік</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Жеке істер</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Кему ретімен</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Бақылау жүргізілген күн</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Бақылау мерзімі</translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation>Қайталанған жазба</translation>
    </message>
    <message>
        <source>Earlier merges</source>
        <translation>Бұрынғы біріктірулер</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Жазылған күні</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Курсқа жазылулар</translation>
    </message>
    <message>
        <source>Course enrolments dropped</source>
        <translation>Алынып тасталған курсқа жазылулар</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Event registrations</source>
        <translation>Іс-шараларға жазылулар</translation>
    </message>
    <message>
        <source>Event registrations dropped</source>
        <translation>Алынып тасталған іс-шараларға жазылулар</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Мекемелер</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Fields filled in</source>
        <translation>Толтырылған өрістер</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Сүзгі</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Stage before</source>
        <translation>Бұрынғы кезең</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Бұрынғы мәртебе</translation>
    </message>
    <message>
        <source>Full package</source>
        <translation>Толық пакет</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Қамқоршы</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>Printed to</source>
        <translation>Қайда басылды</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Сабақтар</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Sign-in locked for a minute</source>
        <translation>Кіру бір минутқа бұғатталды</translation>
    </message>
    <message>
        <source>Merged persons followed</source>
        <translation>Ескерілген біріктірулер</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Жаңа жазбалар</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Синхрондалатын орталықтар</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Бағдарламалар</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Карантинде</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Генератордың бастапқы саны</translation>
    </message>
    <message>
        <source>IIN, address and phone withheld</source>
        <translation>ЖСН, мекенжай мен телефон жасырылған</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Жазылулар</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Туыстық байланыстар</translation>
    </message>
    <message>
        <source>Family links dropped</source>
        <translation>Алынып тасталған туыстық байланыстар</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Туысы</translation>
    </message>
    <message>
        <source>Relays other centres&apos; records</source>
        <translation>Басқа орталықтардың жазбаларын жібереді</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>Кім шешті</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>Сұрыптау</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Сақталған орны</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Іздеу мәтіні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Жаңа кезең</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Жаңа мәртебе</translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation>Жаңартылған жазбалар</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Қызметкерлердің есептік жазбалары</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Role before</source>
        <translation>Бұрынғы рөлі</translation>
    </message>
    <message>
        <source>Facilities before</source>
        <translation>Бұрынғы мекемелер</translation>
    </message>
    <message>
        <source>Programmes before</source>
        <translation>Бұрынғы бағдарламалар</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Rows left as they were</source>
        <translation>Өзгеріссіз қалған жолдар</translation>
    </message>
    <message>
        <source>Removed without a trace (nothing had been sent to other sites)</source>
        <translation>Із қалдырмай жойылды (басқа алаңдарға ештеңе жіберілмеген)</translation>
    </message>
    <message>
        <source>Persons put back</source>
        <translation>Қалпына келтірілген тұлғалар</translation>
    </message>
    <message>
        <source>Records deleted</source>
        <translation>Жойылған жазбалар</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Жаза мерзімінің басы</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Жаза мерзімінің соңы</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Кім жолдады</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Келесі бақылау</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Мамандар</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Сертификат күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Оқытушы</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>reset to a one-time password</source>
        <translation>бір реттік құпиясөзге ауыстырылды</translation>
    </message>
    <message>
        <source>changed by its user</source>
        <translation>пайдаланушының өзі өзгертті</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF файлы</translation>
    </message>
    <message>
        <source>print preview</source>
        <translation>басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
    <message>
        <source>half-year report</source>
        <translation>жарты жылдық есеп</translation>
    </message>
    <message>
        <source>personal details</source>
        <translation>жеке деректер</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>сүйемелдеу ісі</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>іс-шаралар</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>орналастыру</translation>
    </message>
    <message>
        <source>family</source>
        <translation>отбасы</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Created</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Сәтсіз кіру</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <source>Locked (away)</source>
        <translation>Құлыптау (пайдаланушы орнында жоқ)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Демонстрациялық деректер қосылды</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Changed (created, changed, deleted, merged)</source>
        <translation>Өзгерістер (құру, өзгерту, жою, біріктіру)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Seen (viewed, printed, exported)</source>
        <translation>Танысу (қарау, басып шығару, экспорттау)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Several files</source>
        <translation>Бірнеше жеке іс</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Сүйемелдеу ісі</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Sync package</source>
        <translation>Синхрондау пакеті</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Қызметкердің есептік жазбасы</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Course enrolment</source>
        <translation>Курсқа жазылу</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Туыстық байланыс</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Club membership</source>
        <translation>Клубқа мүшелік</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Синхрондау қайшылығы</translation>
    </message>
    <message>
        <source>Event registration</source>
        <translation>Іс-шараға жазылу</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Серіктес ұйым</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Синхрондалатын орталық</translation>
    </message>
    <message>
        <source>This centre</source>
        <translation>Осы орталық</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Статистикалық есеп</translation>
    </message>
    <message>
        <source>Request for an outcome</source>
        <translation>Нәтиже туралы сұрау</translation>
    </message>
    <message>
        <source>Child in a returnee&apos;s register</source>
        <translation>Оралған адамның тізіліміндегі бала</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Сабақ жоспары</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Мереке күні</translation>
    </message>
    <message>
        <source>Saved group</source>
        <translation>Сақталған топ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Жазба идентификаторы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Тұлға:</translation>
    </message>
    <message>
        <source>Anyone: type a name or an IIN</source>
        <translation>Кез келген тұлға: атын немесе ЖСН енгізіңіз</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ә&amp;рекет:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <source>Pe&amp;riod from:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSX…</source>
        <translation>XLSX-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Write the dates as dd.mm.yyyy, e.g. 05.03.2024.</source>
        <translation>Күндерді кк.аа.жжжж түрінде жазыңыз, мысалы 05.03.2024.</translation>
    </message>
    <message>
        <source>The period ends before it starts: give a later end date.</source>
        <translation>Кезең басталмай тұрып аяқталады: кешірек аяқталу күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>%2 жазбаның %1 көрсетілген</translation>
    </message>
    <message>
        <source>Checking that no entry was deleted or altered…</source>
        <translation>Жазбалардың жойылмағаны және өзгертілмегені тексерілуде…</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was deleted or altered (%1 entries checked).</source>
        <translation>Аудит журналы бүтін: бірде-бір жазба жойылмаған және өзгертілмеген (тексерілген жазбалар: %1).</translation>
    </message>
    <message>
        <source>The audit trail is broken: its last record is gone, so deleted entries cannot be ruled out.</source>
        <translation>Аудит журналы бұзылған: оның соңғы қызметтік жазбасы жоғалған, сондықтан жазбалардың жойылуын жоққа шығаруға болмайды.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry %1 (after %2) was deleted.</source>
        <translation>Аудит журналы бұзылған: %1 нөмірлі жазба жойылған (алдыңғы жазбаның уақыты: %2).</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry %1 (%2) was altered.</source>
        <translation>Аудит журналы бұзылған: %1 жазба (%2) өзгертілген.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>XLSX-ке экспорттау</translation>
    </message>
    <message>
        <source>Writing %1 entries…</source>
        <translation>Жазбалар жазылуда: %1…</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 жазба %2 файлына экспортталды.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервтік көшірме жасау…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Резервтік көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Мұны тек әкімші орындай алады.</translation>
    </message>
    <message>
        <source>Back all the data up into a folder, a USB stick for instance.</source>
        <translation>Барлық деректердің резервтік көшірмесін қалтаға, мысалы, USB жинақтағышқа сақтау.</translation>
    </message>
    <message>
        <source>The backups, and replacing the data with one of them.</source>
        <translation>Резервтік көшірмелер және деректерді солардың бірімен алмастыру.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Жабылу</translation>
    </message>
    <message>
        <source>Backing up the data before closing…</source>
        <translation>Жабар алдында деректердің сақтық көшірмесі жасалуда…</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <source>Backups</source>
        <translation>Резервтік көшірмелер</translation>
    </message>
    <message>
        <source>Backups are made when the program closes, at most once a day, and kept for the last 7 days, 4 weeks and 12 months. Restoring replaces all the data with the chosen backup; the current data are backed up first.</source>
        <translation>Резервтік көшірме бағдарлама жабылғанда, тәулігіне бір реттен жиі емес жасалады және соңғы 7 күн, 4 апта және 12 ай бойы сақталады. Қалпына келтіру барлық деректерді таңдалған резервтік көшірмемен алмастырады; оған дейін ағымдағы деректердің резервтік көшірмесі жасалады.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Сүйемелдеу істері</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервтік көшірме жасау…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Мұны тек әкімші орындай алады.</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (қалпына келтіру алдында)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>Әзірге резервтік көшірмелер жоқ (қалта: %1).</translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation>Резервтік көшірмені сақтайтын қалта</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервтік көшірме</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервтік көшірме жасалуда…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Резервтік көшірме жасау тоқтатылды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервтік көшірме сақталды: %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1? The current data are backed up first.</source>
        <translation>Барлық деректер резервтік көшірмемен алмастырылсын ба (жасалған уақыты: %1)? Оған дейін ағымдағы деректердің резервтік көшірмесі жасалады.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Деректер қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Қалпына келтіру тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Restored. The data as they were before are backed up in %1. The next sync package to each connected centre asks it for a full package.</source>
        <translation>Деректер қалпына келтірілді. Бұрынғы деректердің резервтік көшірмесі: %1. Әр синхрондалатын орталыққа жіберілетін келесі синхрондау пакеті одан толық пакет жіберуді сұрайды.</translation>
    </message>
    <message>
        <source>The backup file no longer exists.</source>
        <translation>Резервтік көшірме файлы енді жоқ.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a backup of this database.</source>
        <translation>Бұл файл зақымдалған немесе осы дерекқордың резервтік көшірмесі емес.</translation>
    </message>
    <message>
        <source>This backup is damaged (incomplete or altered): it was not used and nothing was changed.</source>
        <translation>Бұл резервтік көшірме зақымдалған (толық емес немесе өзгертілген): ол пайдаланылмады, ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>This backup is of another centre&apos;s database: nothing was changed.</source>
        <translation>Бұл — басқа орталық дерекқорының резервтік көшірмесі: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Centre Desk: update the program first.</source>
        <translation>Бұл резервтік көшірмені Centre Desk-тің жаңарақ нұсқасы жасаған: алдымен бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The data are kept in a PostgreSQL database: back it up and restore it with the server&apos;s own tools.</source>
        <translation>Деректер PostgreSQL дерекқорында сақталады: оның резервтік көшірмесін сервердің өз құралдарымен жасаңыз және қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1.</source>
        <translation>Резервтік көшірме жазылмады: %1.</translation>
    </message>
    <message>
        <source>The work failed; nothing was changed.</source>
        <translation>Орындау сәтсіз аяқталды; ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Category:</source>
        <translation>Санат&amp;ы:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;Offence article:</source>
        <translation>Ба&amp;п:</translation>
    </message>
    <message>
        <source>Sentence from:</source>
        <translation>Мерзімнің басы:</translation>
    </message>
    <message>
        <source>Sentence until:</source>
        <translation>Мерзімнің соңы:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Жолдаған &amp;ұйым не адам:</translation>
    </message>
    <message>
        <source>Risk le&amp;vel:</source>
        <translation>Тәуекел &amp;деңгейі:</translation>
    </message>
    <message>
        <source>Assigned specia&amp;lists:</source>
        <translation>Бекіті&amp;лген мамандар:</translation>
    </message>
    <message>
        <source>Consent d&amp;ate:</source>
        <translation>Келісім &amp;күні:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Келесі бақылау:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Сүйемелдеу ісі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>The participant gave written cons&amp;ent</source>
        <translation>&amp;Қатысушы жазбаша келісім берді</translation>
    </message>
    <message>
        <source>Penal colony, e.g. ИК-5</source>
        <translation>Түзеу мекемесі, мысалы ИК-5</translation>
    </message>
    <message>
        <source>Anything the next specialist should know</source>
        <translation>Келесі маман білуі тиіс барлық нәрсе</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change stage</source>
        <translation>Кезеңді ауыстыру</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Ағымдағы кезең: %1</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>&amp;Жаңа кезең:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескерту:</translation>
    </message>
    <message>
        <source>&amp;Witnessed by:</source>
        <translation>К&amp;уә:</translation>
    </message>
    <message>
        <source>Why the stage changes: what was seen or said</source>
        <translation>Кезең неге ауысады: не байқалды немесе айтылды</translation>
    </message>
    <message>
        <source>Full name and position of the witness</source>
        <translation>Куәнің аты-жөні мен лауазымы</translation>
    </message>
    <message>
        <source>This outcome needs four eyes: it is recorded as a request, and the stage changes once a second supervisor approves it.</source>
        <translation>Бұл нәтижені екі адам тексереді: ол сұрау ретінде жазылады, ал кезең екінші жетекші бекіткенде ауысады.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>Бекітуді &amp;сұрау</translation>
    </message>
    <message>
        <source>&amp;Change stage</source>
        <translation>Кезеңді &amp;ауыстыру</translation>
    </message>
</context>
<context>
    <name>ChildEventDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Registered c&amp;hildren</source>
        <translation>Жазылған &amp;балалар</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Қатысу</translation>
    </message>
    <message>
        <source>&amp;Register a child…</source>
        <translation>Баланы &amp;жазу…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Келісімді енгізу…</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>&amp;Тізімнен шығару</translation>
    </message>
    <message>
        <source>&amp;Open the child&apos;s file</source>
        <translation>Баланың жеке ісін &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Delete the event…</source>
        <translation>&amp;Іс-шараны жою…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Жаб&amp;у</translation>
    </message>
    <message>
        <source>Registered children</source>
        <translation>Жазылған балалар</translation>
    </message>
    <message>
        <source>Unregister the child</source>
        <translation>Баланы тізімнен шығару</translation>
    </message>
    <message>
        <source>Take %1 off this event&apos;s list?</source>
        <translation>%1 осы іс-шараның тізімінен шығарылсын ба?</translation>
    </message>
    <message>
        <source>%1 children are registered for this event and %2 are marked present. Delete the event with its registrations and attendance? Other sites learn of the deletion at the next sync.</source>
        <translation>Бұл іс-шараға жазылған балалар: %1, келді деп белгіленгендер: %2. Іс-шара жазылымдарымен және қатысу белгілерімен бірге жойылсын ба? Басқа орталықтар бұл туралы келесі синхрондауда біледі.</translation>
    </message>
    <message>
        <source>Delete this event?</source>
        <translation>Бұл іс-шара жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete the event</source>
        <translation>Іс-шараны жою</translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>Қатысу сақталмады</translation>
    </message>
    <message>
        <source>The attendance you marked is not saved. Save it before closing?</source>
        <translation>Белгіленген қатысу сақталмаған. Жабу алдында оны сақтау керек пе?</translation>
    </message>
    <message>
        <source>%1 — children&apos;s event</source>
        <translation>%1 — балалар іс-шарасы</translation>
    </message>
    <message>
        <source>Organisers: %1</source>
        <translation>Ұйымдастырушылар: %1</translation>
    </message>
    <message>
        <source>Age groups: %1</source>
        <translation>Жас топтары: %1</translation>
    </message>
    <message>
        <source>Your role can view this event but not change it.</source>
        <translation>Сіздің рөліңізде бұл іс-шараны тек қарауға болады.</translation>
    </message>
</context>
<context>
    <name>ChildEvents</name>
    <message>
        <source>under 6</source>
        <translation>6 жасқа дейін</translation>
    </message>
    <message>
        <source>6–9</source>
        <translation>6–9</translation>
    </message>
    <message>
        <source>10–13</source>
        <translation>10–13</translation>
    </message>
    <message>
        <source>14–17</source>
        <translation>14–17</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18 және одан үлкен</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>жасы белгісіз</translation>
    </message>
    <message>
        <source>%1: %2 registered, %3 present</source>
        <translation>%1: жазылғаны %2, келгені %3</translation>
    </message>
    <message>
        <source>No children registered yet.</source>
        <translation>Әзірге бала жазылмаған.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>present</source>
        <translation>келді</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Ата-ана немесе қамқоршы</translation>
    </message>
</context>
<context>
    <name>ChildEventsSection</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>came</source>
        <translation>келді</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>жазылған</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Кім жаздырды</translation>
    </message>
    <message>
        <source>C&amp;hildren&apos;s events</source>
        <translation>&amp;Балалар іс-шаралары</translation>
    </message>
    <message>
        <source>Children&apos;s events</source>
        <translation>Балалар іс-шаралары</translation>
    </message>
    <message>
        <source>Came to %1 of %2 events.</source>
        <translation>Қатысқаны: %1 / %2 іс-шара.</translation>
    </message>
    <message>
        <source>In rehabilitation in the family: %1.</source>
        <translation>Отбасында оңалтудан өтіп жүргендер: %1.</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Келісім күні</translation>
    </message>
</context>
<context>
    <name>ChildRecordDialog</name>
    <message>
        <source>Child in the register</source>
        <translation>Тізілімдегі бала</translation>
    </message>
    <message>
        <source>Add a child to the register</source>
        <translation>Баланы тізілімге қосу</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>&amp;Schooling:</source>
        <translation>&amp;Оқуы:</translation>
    </message>
    <message>
        <source>School or &amp;nursery:</source>
        <translation>Мектеп немесе балабақ&amp;ша:</translation>
    </message>
    <message>
        <source>&amp;Health check on:</source>
        <translation>&amp;Медициналық тексеру:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <source>&amp;Psychologist&apos;s sessions:</source>
        <translation>&amp;Психологпен сабақтар саны:</translation>
    </message>
    <message>
        <source>&amp;Last session:</source>
        <translation>Соңғы &amp;сабақ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ес&amp;кертпелер:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>ChildrenEventsTab</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Жазылғаны</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Келгені</translation>
    </message>
    <message>
        <source>Title, place or organiser</source>
        <translation>Атауы, орны немесе ұйымдастырушы</translation>
    </message>
    <message>
        <source>Children&apos;s events</source>
        <translation>Балалар іс-шаралары</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Жаңа іс-&amp;шара…</translation>
    </message>
    <message>
        <source>Registered chil&amp;dren…</source>
        <translation>Жа&amp;зылған балалар…</translation>
    </message>
</context>
<context>
    <name>ClubMeetings</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Келгені</translation>
    </message>
    <message>
        <source>Title, place or who held it</source>
        <translation>Атауы, орны немесе кім өткізді</translation>
    </message>
    <message>
        <source>Meetings of the mothers&apos; club</source>
        <translation>Аналар клубының кездесулері</translation>
    </message>
</context>
<context>
    <name>ClubMeetingsPane</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Жаңа &amp;кездесу…</translation>
    </message>
    <message>
        <source>&amp;Open / mark attendance…</source>
        <translation>А&amp;шу / қатысуды белгілеу…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
</context>
<context>
    <name>ClubMember</name>
    <message>
        <source>Joined on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кім жолдады</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Club member: %1</source>
        <translation>Клуб мүшесі: %1</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Өңір:</translation>
    </message>
    <message>
        <source>Joined on:</source>
        <translation>Қосылған күні:</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Шыққан күні:</translation>
    </message>
    <message>
        <source>still a member</source>
        <translation>әлі мүше</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Кім жолдады:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Came to:</source>
        <translation>Қатысқаны:</translation>
    </message>
    <message>
        <source>%1 club activities, last on %2</source>
        <translation>клубтың %1 іс-шарасы, соңғысы %2</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Балалары:</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Клубқа мүшелігі</translation>
    </message>
    <message>
        <source>Club activities she came to</source>
        <translation>Ол қатысқан клуб іс-шаралары</translation>
    </message>
    <message>
        <source>&amp;Correct membership…</source>
        <translation>Мүшелікті &amp;түзету…</translation>
    </message>
    <message>
        <source>&amp;Leave the club…</source>
        <translation>Клубтан &amp;шығу…</translation>
    </message>
    <message>
        <source>Open her &amp;file</source>
        <translation>Оның жеке &amp;ісін ашу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ClubMembership</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Кім &amp;жолдады:</translation>
    </message>
    <message>
        <source>A school, a district officer, a member…</source>
        <translation>Мектеп, учаскелік полиция, клуб мүшесі…</translation>
    </message>
    <message>
        <source>No children linked: link them in her file (Family).</source>
        <translation>Балалары байланыстырылмаған: оларды оның жеке ісінде («Отбасы» бөлімі) байланыстырыңыз.</translation>
    </message>
    <message>
        <source>Join the mothers&apos; club</source>
        <translation>Аналар клубына қабылдау</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Балалары:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Қосылған күні:</translation>
    </message>
    <message>
        <source>Choose a person to see her children.</source>
        <translation>Балаларын көру үшін адамды таңдаңыз.</translation>
    </message>
    <message>
        <source>Correct the membership</source>
        <translation>Мүшелікті түзету</translation>
    </message>
    <message>
        <source>She has &amp;left the club</source>
        <translation>Ол клубтан &amp;шықты</translation>
    </message>
    <message>
        <source>L&amp;eft on:</source>
        <translation>Ш&amp;ыққан күні:</translation>
    </message>
    <message>
        <source>%1 leaves the club</source>
        <translation>%1 клубтан шығады</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Шыққан күні:</translation>
    </message>
</context>
<context>
    <name>ConflictReviewWindow</name>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Синхрондау қайшылықтары</translation>
    </message>
    <message>
        <source>In the record now (newer)</source>
        <translation>Қазір жазбада (жаңарағы)</translation>
    </message>
    <message>
        <source>The other value (lost the race)</source>
        <translation>Басқа мән (қабылданбай қалған)</translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation>&amp;Осыны қалдыру</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>&amp;Басқасын қалдыру</translation>
    </message>
    <message>
        <source>Or type a &amp;new value:</source>
        <translation>Немесе &amp;жаңа мән енгізіңіз:</translation>
    </message>
    <message>
        <source>&amp;Use typed value</source>
        <translation>Енгізілген мәнді &amp;қолдану</translation>
    </message>
    <message>
        <source>This conflict was already decided.</source>
        <translation>Бұл қайшылық бұрын шешілген.</translation>
    </message>
    <message>
        <source>Decided: the field “%1” of %2 %3 is now “%4”. The decision reaches the other sites with the next export.</source>
        <translation>Шешілді: «%2» кестесіндегі %3 жазбасының «%1» өрісі енді — «%4». Шешім басқа орталықтарға келесі экспорттау арқылы жетеді.</translation>
    </message>
    <message>
        <source>Changed at %1, %2</source>
        <translation>Өзгертілген орталық: %1, %2</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Шешілмеген қайшылықтар: %1</translation>
    </message>
    <message>
        <source>Rows held back from packages: %1 (each says why, and whether it is tried again)</source>
        <translation>Пакеттерден ұсталған жолдар: %1 (әрқайсысында себебі және қайта өңделетін-өңделмейтіні көрсетілген)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record the guardian&apos;s consent</source>
        <translation>Ата-ананың немесе қамқоршының келісімін енгізу</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Parent or guardian:</source>
        <translation>Ата-ана немесе қамқоршы:</translation>
    </message>
    <message>
        <source>Consent &amp;signed on:</source>
        <translation>Келісімге қол қойылған &amp;күн:</translation>
    </message>
</context>
<context>
    <name>CourseFormDialog</name>
    <message>
        <source>New Arabic course</source>
        <translation>Жаңа араб тілі курсы</translation>
    </message>
    <message>
        <source>Edit the course</source>
        <translation>Курсты өзгерту</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгейі:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Тобы:</translation>
    </message>
    <message>
        <source>T&amp;eacher:</source>
        <translation>&amp;Оқытушы:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Кесте:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation>Ая&amp;қталуы:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>Орын &amp;саны:</translation>
    </message>
    <message>
        <source>e.g. Tue, Thu 10:00</source>
        <translation>мысалы, Сс, Бс 10:00</translation>
    </message>
    <message>
        <source>The &amp;course takes students</source>
        <translation>Курсқа &amp;жазылу ашық</translation>
    </message>
</context>
<context>
    <name>CourseWindow</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Жазылған күні</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Сертификат күні</translation>
    </message>
    <message>
        <source>Students: %1; lessons held: %2. Delete the course “%3” with its students&apos; enrolments, its lessons and who came to them?</source>
        <translation>Тыңдаушылар: %1; өткізілген сабақтар: %2. «%3» курсын тыңдаушылардың жазылуымен, сабақтарымен және кімнің келгенімен бірге жою керек пе?</translation>
    </message>
    <message>
        <source>Delete the course “%1”?</source>
        <translation>«%1» курсы жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Курсты жою</translation>
    </message>
    <message>
        <source>Enrol a student</source>
        <translation>Тыңдаушыны жазу</translation>
    </message>
    <message>
        <source>Whom to enrol in “%1”?</source>
        <translation>«%1» курсына кімді жазу керек?</translation>
    </message>
    <message>
        <source>The certificate could not be saved there: choose another folder.</source>
        <translation>Сертификатты бұл жерге сақтау мүмкін болмады: басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Certificate %1.pdf</source>
        <translation>Сертификат %1.pdf</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Сертификатты сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Arabic course: %1</source>
        <translation>Араб тілі курсы: %1</translation>
    </message>
    <message>
        <source>&amp;Edit the course…</source>
        <translation>Курсты &amp;өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete the course…</source>
        <translation>Курсты жо&amp;ю…</translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>&amp;Жазу…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Мәртебені өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>Сертификатты &amp;басып шығару…</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;Тыңдаушылар</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Сабақ журналы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Students of the course</source>
        <translation>Курс тыңдаушылары</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>деңгейі %1</translation>
    </message>
    <message>
        <source>teacher %1</source>
        <translation>оқытушы %1</translation>
    </message>
    <message>
        <source>Students: %1 of %2 places; lessons held: %3</source>
        <translation>Тыңдаушылар: %1 / %2 орын; өткізілген сабақтар: %3</translation>
    </message>
    <message>
        <source>no longer takes students</source>
        <translation>жазылу жабық</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Where the data is kept:</source>
        <translation>Деректер қайда сақталады:</translation>
    </message>
    <message>
        <source>This PC &amp;alone (a file)</source>
        <translation>Тек осы &amp;компьютерде (файл)</translation>
    </message>
    <message>
        <source>A PostgreSQL server (se&amp;veral desks)</source>
        <translation>PostgreSQL &amp;сервері (бірнеше жұмыс орны)</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Сервер (&amp;хост):</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Дерекқ&amp;ор:</translation>
    </message>
    <message>
        <source>User na&amp;me on the server:</source>
        <translation>Серверде&amp;гі пайдаланушы аты:</translation>
    </message>
    <message>
        <source>Password o&amp;n the server:</source>
        <translation>Сервер құпиясө&amp;зі:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Қос&amp;ылуды тексеру</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>This database already holds Centre Desk for {centre} ({region}): this desk joins it, and you sign in there with your own account.</source>
        <translation>Бұл дерекқорда {centre} ({region}) орталығының Centre Desk бағдарламасы бар: бұл жұмыс орны оған қосылады, ал кіру үшін өз тіркелгіңізді пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. The database is empty: Centre Desk will be set up in it.</source>
        <translation>PostgreSQL {version} серверіне қосылды. Дерекқор бос: Centre Desk осында бапталады.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install Centre Desk with it, pip install -e &quot;.[postgresql]&quot;.</source>
        <translation>PostgreSQL драйвері орнатылмаған: Centre Desk бағдарламасын онымен бірге орнатыңыз, pip install -e &quot;.[postgresql]&quot;.</translation>
    </message>
    <message>
        <source>No computer named {host} was found: check the server&apos;s name.</source>
        <translation>Атауы {host} болатын компьютер табылмады: сервердің атауын тексеріңіз.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {host}, port {port}: check that it runs there and accepts connections from this computer.</source>
        <translation>PostgreSQL сервері жауап бермейді (хост: {host}, порт: {port}): оның сонда іске қосылғанын және осы компьютерден қосылуға рұқсат беретінін тексеріңіз.</translation>
    </message>
    <message>
        <source>The server refused the user name {user} or its password: check both.</source>
        <translation>Сервер {user} пайдаланушы атын немесе оның құпиясөзін қабылдамады: екеуін де тексеріңіз.</translation>
    </message>
    <message>
        <source>The server has no database {database}: create it or correct its name.</source>
        <translation>Серверде мұндай дерекқор жоқ: {database}. Оны жасаңыз немесе атауын түзетіңіз.</translation>
    </message>
    <message>
        <source>The server does not let {user} in from this computer: its administrator must allow it (pg_hba.conf).</source>
        <translation>Сервер {user} пайдаланушысын осы компьютерден кіргізбейді: мұны сервер әкімшісі рұқсат етуі керек (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The user {user} may not use the database {database}: the server&apos;s administrator must grant it.</source>
        <translation>{user} пайдаланушысына {database} дерекқорымен жұмыс істеуге рұқсат жоқ: рұқсатты сервер әкімшісі беруі керек.</translation>
    </message>
    <message>
        <source>The server is PostgreSQL {version}; Centre Desk needs version 15 or newer.</source>
        <translation>Серверде PostgreSQL {version} нұсқасы орнатылған; Centre Desk үшін 15 немесе одан жаңа нұсқа қажет.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Renunciation statement</source>
        <translation>Радикалды көзқарастан бас тарту туралы өтініш</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Сот құжаттары</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Құжат т&amp;үрі:</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>A scanned PDF, JPEG or PNG file of up to %1 MB.</source>
        <translation>PDF, JPEG немесе PNG пішіміндегі скан, көлемі %1 МБ-қа дейін.</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>Құжат сканын тіркеу</translation>
    </message>
    <message>
        <source>Scanned documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Құжат скандары (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: scan it at a lower resolution or in fewer pages.</source>
        <translation>Файлдың көлемі шектен асады (%1 МБ): оны төменірек ажыратымдылықпен немесе бөліп сканерлеңіз.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached, and this file is none of them.</source>
        <translation>Тек PDF, JPEG немесе PNG файлын тіркеуге болады, ал бұл файл олардың ешқайсысы емес.</translation>
    </message>
    <message>
        <source>The file&apos;s name is too long.</source>
        <translation>Файлдың аты тым ұзын.</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translation>Бұл компьютерде мұндай файлды ашатын бағдарлама жоқ.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <source>Remove the chosen document from this file?</source>
        <translation>Таңдалған құжатты жеке істен жою керек пе?</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>Save anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>Бар жеке істі ашу</translation>
    </message>
    <message>
        <source>Possible duplicate of %1.</source>
        <translation>Жазба қайталануы мүмкін: %1.</translation>
    </message>
    <message>
        <source>Check it is not the same person; if it is not, save anyway.</source>
        <translation>Бұл сол адам емес екенін тексеріңіз; егер емес болса, бәрібір сақтаңыз.</translation>
    </message>
    <message>
        <source>Open their file</source>
        <translation>Осы адамның жеке ісін ашу</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Not saved: someone else changed the same fields.</source>
        <translation>Сақталмады: басқа біреу дәл осы өрістерді өзгертті.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Бұл жазбаны басқа біреу өзгертті</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved changes to the same fields. Nothing of yours is saved yet. For each field, keep your value or take theirs; everything else you changed is saved as you typed it.</source>
        <translation>Сіз өңдеп отырғанда басқа біреу дәл осы өрістердегі өзгерістерді сақтады. Сіздің өзгерістеріңіз әлі сақталған жоқ. Әр өріс үшін өз мәніңізді қалдырыңыз немесе әріптесіңіздің мәнін алыңыз; өзгерткен басқа нәрселеріңіз өзіңіз енгізгендей сақталады.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздің мәніңіз</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Әріптестің мәні</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Әріптестің мәнін алу</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Барлық &amp;менікін қалдыру</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Әріптестің &amp;барлық мәнін алу</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>Осы таңдаумен &amp;сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Сақтаған: %1, %2</translation>
    </message>
    <message>
        <source>Saved at another centre, %1</source>
        <translation>Басқа орталықта сақталған: %1</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>Nothing is recorded here yet: add the first with “%1”.</source>
        <translation>Мұнда әзірге жазба жоқ: алғашқысын «%1» батырмасымен қосыңыз.</translation>
    </message>
    <message>
        <source>Nothing is recorded here yet.</source>
        <translation>Мұнда әзірге жазба жоқ.</translation>
    </message>
    <message>
        <source>Nothing found for “%1” with the filters chosen. Try fewer letters, check the spelling or type it in another alphabet, or clear the filters.</source>
        <translation>Таңдалған сүзгілермен «%1» сұрауы бойынша ештеңе табылмады. Әріптерді азырақ енгізіңіз, жазылуын тексеріңіз немесе басқа әліпбимен теріңіз не сүзгілерді тазартыңыз.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, check the spelling or type it in another alphabet (Cyrillic or Latin).</source>
        <translation>«%1» сұрауы бойынша ештеңе табылмады. Әріптерді азырақ енгізіңіз, жазылуын тексеріңіз немесе басқа әліпбимен (кирилл не латын) теріңіз.</translation>
    </message>
    <message>
        <source>Nothing matches the filters chosen. Try fewer filters, or clear them.</source>
        <translation>Таңдалған сүзгілерге сәйкес ештеңе жоқ. Сүзгілердің бірнешеуін алып тастаңыз немесе оларды тазартыңыз.</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Іздеу мен сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Іздеуді тазарту</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatusDialog</name>
    <message>
        <source>Change the status of %1</source>
        <translation>Мәртебені өзгерту: %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>Жаңа &amp;мәртебе:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Күні:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for sync</source>
        <translation>Синхрондау үшін экспорттау</translation>
    </message>
    <message>
        <source>Choose the sites to send this centre&apos;s changes to. The package holds every change they have not acknowledged yet, encrypted so only they can read it.</source>
        <translation>Осы орталықтың өзгерістері жіберілетін орталықтарды таңдаңыз. Пакетте олар әлі растамаған барлық өзгерістер болады; пакетті тек солар оқи алатындай етіп шифрланады.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Орталық</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>Соңғы растау</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>This centre has no peers yet: open File → Peers…, save this site&apos;s card for the other site and add the card it sends back.</source>
        <translation>Бұл орталықта әлі синхрондалатын орталықтар жоқ: Файл → Синхрондалатын орталықтар… мәзірін ашып, осы орталықтың карточкасын екінші орталық үшін сақтаңыз және ол қайтарып жіберген карточканы қосыңыз.</translation>
    </message>
    <message>
        <source>Everything (full package, for a new peer)</source>
        <translation>Барлығы (толық пакет, жаңа орталық үшін)</translation>
    </message>
    <message>
        <source>Send every record, not only the changes the chosen peers have not seen.</source>
        <translation>Таңдалған орталықтар әлі алмаған өзгерістерді ғана емес, барлық жазбаларды жіберу.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Centre Desk sync packages (*%1)</source>
        <translation>Centre Desk синхрондау пакеттері (*%1)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Синхрондау пакеті жазылуда…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорттау тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <source>Wrote %1 rows for %2 to %3 (%4).</source>
        <translation>Жазылған жолдар: %1, алушылар: %2. Файл: %3 (%4).</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>Lin&amp;k relative…</source>
        <translation>Туыспен ба&amp;йланыстыру…</translation>
    </message>
    <message>
        <source>Open relative</source>
        <translation>Туыстың жеке ісін ашу</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Байланысты алып тастау</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The file and its rows</source>
        <translation>Файл және оның жолдары</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file, and say what its rows are.</source>
        <translation>.xlsx немесе .csv файлын таңдап, оның жолдарында не жазылғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>&amp;Жолдар:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <source>Hea&amp;der row:</source>
        <translation>Тақырып жолы (&amp;нөмірі):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Электрондық кестеден импорттау</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Электрондық кестелер (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Data rows below the header: %1. Headers: %2</source>
        <translation>Тақырыптан төмендегі деректер жолдары: %1. Тақырыптар: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Centre Desk: first-time set-up</source>
        <translation>Centre Desk: алғашқы баптау</translation>
    </message>
    <message>
        <source>Welcome. Set up Centre Desk on this computer: name the centre, create the first administrator account and, if you wish, a password that encrypts the whole database file.</source>
        <translation>Қош келдіңіз. Centre Desk бағдарламасын осы компьютерде баптаңыз: орталықтың атауын көрсетіңіз, алғашқы әкімші тіркелгісін жасаңыз және қаласаңыз, дерекқор файлын толығымен шифрлайтын құпиясөз орнатыңыз.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>Орталықтың &amp;атауы:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Әкімшінің &amp;пайдаланушы аты:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation>Әкімшінің аты-&amp;жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word:</source>
        <translation>Құп&amp;иясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Database password:</source>
        <translation>&amp;Дерекқор құпиясөзі:</translation>
    </message>
    <message>
        <source>Repeat the database passw&amp;ord:</source>
        <translation>Дерекқор құпиясөзін қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database file with a password</source>
        <translation>Дерекқор файлын құпиясөзбен &amp;шифрлау</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Баптау</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Қосы&amp;лу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Бақылауды орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Орындалған күні:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Не анықталды:</translation>
    </message>
</context>
<context>
    <name>GroupListsWindow</name>
    <message>
        <source>Add a person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>Who is on this list?</source>
        <translation>Бұл тізімде кім бар?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This group list has changes that are not saved. Save them first?</source>
        <translation>Бұл топ тізімінде сақталмаған өзгерістер бар. Алдымен оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Group lists</source>
        <translation>Топ тізімдері</translation>
    </message>
    <message>
        <source>&amp;Group lists:</source>
        <translation>&amp;Топ тізімдері:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>Тізімдегі&amp;лер:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>Optional: the colony it is of</source>
        <translation>Міндетті емес: тізім тиесілі түзеу мекемесі</translation>
    </message>
    <message>
        <source>N&amp;ew group list</source>
        <translation>&amp;Жаңа тізім</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>Адам &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ал&amp;ып тастау</translation>
    </message>
    <message>
        <source>Take the person selected off the list</source>
        <translation>Таңдалған адамды тізімнен алып тастау</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жа&amp;бу</translation>
    </message>
    <message>
        <source>Ticked as present when a session that expects this list is recorded as held.</source>
        <translation>Осы тізімді күтетін сабақ өткізілді деп белгіленгенде, олар қатысты деп белгіленеді.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import from spreads&amp;heet…</source>
        <translation>Э&amp;лектрондық кестеден импорттау…</translation>
    </message>
    <message>
        <source>Imports (undo an i&amp;mport)…</source>
        <translation>Импорттар (импортты кері қайт&amp;ару)…</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this.</source>
        <translation>Мұны тек жетекші немесе әкімші орындай алады.</translation>
    </message>
    <message>
        <source>Bring a register kept in Excel or LibreOffice in: participants, club members, course students, placements or persons.</source>
        <translation>Excel немесе LibreOffice-та жүргізілген тізімді көшіру: қатысушылар, клуб мүшелері, курс тыңдаушылары, орналастыру өтініштері немесе жай адамдар.</translation>
    </message>
    <message>
        <source>The spreadsheet imports made here, and undoing one.</source>
        <translation>Осында жасалған кесте импорттары және оларды кері қайтару.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sync package</source>
        <translation>Синхрондау пакетін импорттау</translation>
    </message>
    <message>
        <source>Choose a package another centre sent. It is checked before anything changes: who signed it, that it is for this site and that it is complete.</source>
        <translation>Басқа орталық жіберген пакетті таңдаңыз. Ештеңе өзгермес бұрын пакет тексеріледі: оған кім қол қойғаны, осы орталыққа арналғаны және толық екені.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>Қайшылықтарды қа&amp;рау…</translation>
    </message>
    <message>
        <source>Centre Desk sync packages (*%1);;All files (*)</source>
        <translation>Centre Desk синхрондау пакеттері (*%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Пакет тексерілуде…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Пакет импортталуда…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Тоқтатылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>a full package</source>
        <translation>толық пакет</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>өзгерістер</translation>
    </message>
    <message>
        <source>From %1, made %2: %3 (%4 rows). Apply it to this centre&apos;s database?</source>
        <translation>Жіберуші: %1, жасалған уақыты: %2; мазмұны: %3 (жолдар: %4). Пакет осы орталықтың дерекқорына қолданылсын ба?</translation>
    </message>
    <message>
        <source>Imported the package from %1.</source>
        <translation>%1 жіберген пакет импортталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed here and at the other site: the newer value is in the record, the other one waits in the conflict queue.</source>
        <translation>
            <numerusform>%n өріс мұнда да, басқа орталықта да өзгертілген: жаңарақ мән жазбада тұр, екіншісі қайшылықтар кезегінде күтуде.</numerusform>
            <numerusform>%n өріс мұнда да, басқа орталықта да өзгертілген: жаңарақ мәндер жазбаларда тұр, екіншілері қайшылықтар кезегінде күтуде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held back earlier applied this time.</source>
        <translation>
            <numerusform>Бұрын кейінге қалдырылған %n жол осы импортта қолданылды.</numerusform>
            <numerusform>Бұрын кейінге қалдырылған %n жол осы импортта қолданылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be applied and wait in quarantine; Sync conflicts… says why for each.</source>
        <translation>
            <numerusform>%n жолды қолдану мүмкін болмады, ол карантинде күтуде; себебі «Синхрондау қайшылықтары…» терезесінде көрсетілген.</numerusform>
            <numerusform>%n жолды қолдану мүмкін болмады, олар карантинде күтуде; әрқайсысының себебі «Синхрондау қайшылықтары…» терезесінде көрсетілген.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Created</source>
        <translation>Құрылғандар</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Біріктірілгендер</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізіп жіберілгендер</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қабылданбағандар</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Файлдағы жол</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Адамның идентификаторы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Себеп коды</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Rows as</source>
        <translation>Жолдар ретінде</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>Сынама (ештеңе жазылмады)</translation>
    </message>
    <message>
        <source>Batch (to undo)</source>
        <translation>Импорт топтамасы (болдырмау үшін)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Электрондық кестеден импорттау</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ImportsWindow</name>
    <message>
        <source>Imports</source>
        <translation>Импорттар</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet imports at this centre, newest first:</source>
        <translation>Осы орталықтағы кесте &amp;импорттары, жаңалары басында:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталған уақыты</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows were</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <source>Skipped or refused</source>
        <translation>Өткізілді не қабылданбады</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Импортты &amp;кері қайтару…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>No spreadsheet has been imported here yet.</source>
        <translation>Мұнда әзірге бірде-бір кесте импортталмаған.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Импортты кері қайтару</translation>
    </message>
    <message>
        <source>Undo the import of %1? What it created is deleted and the fields it filled in are emptied again, except in rows changed since.</source>
        <translation>Импортты кері қайтару керек пе (файл: %1)? Ол құрған жазбалар жойылады, ол толтырған өрістер қайта бос болады; импорттан кейін өзгертілген жолдар ғана өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Импорт болдырылмауда…</translation>
    </message>
    <message>
        <source>The undo was cancelled; nothing was changed.</source>
        <translation>Импортты болдырмау тоқтатылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Бұл импорт бұрын кері қайтарылған.</translation>
    </message>
    <message>
        <source>Undone: %1 records deleted, fields put back on %2 persons.</source>
        <translation>Импорт кері қайтарылды. Жойылған жазбалар: %1; өрістері қалпына келтірілген адамдар: %2.</translation>
    </message>
    <message>
        <source>No sync package had been written since the import, so nothing of it is left in the data; the audit trail keeps the record of the import and of its undo.</source>
        <translation>Импорттан кейін синхрондау пакеті жасалмаған, сондықтан деректерде импорттан ештеңе қалмады; аудит журналы импорт пен оның болдырылмауы туралы жазбаны сақтайды.</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>Views and attitudes</source>
        <translation>Көзқарастар мен ұстанымдар</translation>
    </message>
    <message>
        <source>Justifies violence for a cause</source>
        <translation>Идея үшін зорлық-зомбылықты ақтайды</translation>
    </message>
    <message>
        <source>Rejects people who think differently</source>
        <translation>Басқаша ойлайтын адамдарды қабылдамайды</translation>
    </message>
    <message>
        <source>Distrusts public institutions</source>
        <translation>Мемлекеттік институттарға сенбейді</translation>
    </message>
    <message>
        <source>Contacts and influence</source>
        <translation>Байланыстар мен ықпал</translation>
    </message>
    <message>
        <source>Keeps contact with radical circles</source>
        <translation>Радикалды ортамен байланысын үзбейді</translation>
    </message>
    <message>
        <source>Follows radical material online</source>
        <translation>Интернеттегі радикалды материалдарды қадағалайды</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Білім және жұмыс</translation>
    </message>
    <message>
        <source>Needs schooling or vocational training</source>
        <translation>Оқуға немесе кәсіптік даярлыққа мұқтаж</translation>
    </message>
    <message>
        <source>Needs help finding work</source>
        <translation>Жұмысқа орналасуға көмек қажет</translation>
    </message>
    <message>
        <source>Family and housing</source>
        <translation>Отбасы және баспана</translation>
    </message>
    <message>
        <source>Needs stable housing</source>
        <translation>Тұрақты баспанаға мұқтаж</translation>
    </message>
    <message>
        <source>Needs help with family relations</source>
        <translation>Отбасылық қарым-қатынаста көмек қажет</translation>
    </message>
    <message>
        <source>Health and wellbeing</source>
        <translation>Денсаулық және әл-ауқат</translation>
    </message>
    <message>
        <source>Needs psychological support</source>
        <translation>Психологиялық қолдау қажет</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>Медициналық көмек қажет</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Қорғаныс факторлары</translation>
    </message>
    <message>
        <source>Supportive family</source>
        <translation>Отбасының қолдауы</translation>
    </message>
    <message>
        <source>Takes part in the programme</source>
        <translation>Бағдарламаға қатысады</translation>
    </message>
    <message>
        <source>Has goals for the future</source>
        <translation>Болашаққа мақсаттары бар</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Қажеттілік</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Қорғаныс факторы</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Assessment instrument</source>
        <translation>Бағалау әдістемесі</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>&amp;Reassess every (months):</source>
        <translation>&amp;Қайта бағалау аралығы (ай):</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Көрсеткіш қос&amp;у</translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation>Сала қ&amp;осу</translation>
    </message>
    <message>
        <source>Re&amp;move item</source>
        <translation>Көрсеткішті &amp;жою</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Жоғар&amp;ы</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Төме&amp;н</translation>
    </message>
    <message>
        <source>Restore the de&amp;fault</source>
        <translation>&amp;Бастапқысын қайтару</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Keep at least one domain with one item.</source>
        <translation>Кемінде бір көрсеткіші бар бір сала қалдырыңыз.</translation>
    </message>
    <message>
        <source>Every domain and every item needs its words.</source>
        <translation>Әр саланың және әр көрсеткіштің атауы болуы керек.</translation>
    </message>
    <message>
        <source>Please correct the instrument: %1.</source>
        <translation>Әдістемені түзетіңіз: %1.</translation>
    </message>
    <message>
        <source>&amp;Assessment instrument…</source>
        <translation>&amp;Бағалау әдістемесі…</translation>
    </message>
    <message>
        <source>Domains and items of the risk and needs assessment.</source>
        <translation>Тәуекелдер мен қажеттіліктерді бағалаудың салалары мен көрсеткіштері.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Мұны тек әкімші істей алады.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді жұмыс</translation>
    </message>
    <message>
        <source>Renounced radical views</source>
        <translation>Радикалды көзқарастан бас тарту</translation>
    </message>
    <message>
        <source>Rehabilitated</source>
        <translation>Оңалту аяқталды</translation>
    </message>
    <message>
        <source>Relapsed</source>
        <translation>Радикалды көзқарасқа қайта оралу</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Сүйемелдеу тоқтатылды</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Сотталған</translation>
    </message>
    <message>
        <source>Ex-convict</source>
        <translation>Бұрын сотталған</translation>
    </message>
    <message>
        <source>At-risk citizen</source>
        <translation>Тәуекел тобындағы азамат</translation>
    </message>
    <message>
        <source>Returnee from a conflict zone</source>
        <translation>Қарулы қақтығыс аймағынан оралған адам</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Бекітуді күтуде</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Too young for nursery or school</source>
        <translation>Балабақша не мектеп жасына толмаған</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Not enrolled anywhere</source>
        <translation>Еш жерде оқымайды</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Төмен тәуекел</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Орташа тәуекел</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Жоғары тәуекел</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <source>Nursery place</source>
        <translation>Балабақшадағы орын</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Өтініш берілді</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Орналастырылды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Бітірді</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Шығып қалды</translation>
    </message>
    <message>
        <source>Individual consultation</source>
        <translation>Жеке кеңес</translation>
    </message>
    <message>
        <source>Group training</source>
        <translation>Топтық тренинг</translation>
    </message>
    <message>
        <source>Theological lecture</source>
        <translation>Теологиялық дәріс</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Әңгімелесу</translation>
    </message>
    <message>
        <source>Club group session</source>
        <translation>Клубтың топтық сабағы</translation>
    </message>
    <message>
        <source>Club one-to-one session</source>
        <translation>Клубтың жеке кездесуі</translation>
    </message>
    <message>
        <source>Athletic event</source>
        <translation>Спорттық іс-шара</translation>
    </message>
    <message>
        <source>Children&apos;s event</source>
        <translation>Балалар іс-шарасы</translation>
    </message>
    <message>
        <source>Course lesson</source>
        <translation>Курс сабағы</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Қатысушылармен жұмыс</translation>
    </message>
    <message>
        <source>Mothers&apos; club</source>
        <translation>Аналар клубы</translation>
    </message>
    <message>
        <source>Children&apos;s events</source>
        <translation>Балалар іс-шаралары</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Араб тілі курстары</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Тек қарау</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Housing provider</source>
        <translation>Жалға беруші немесе тұрғын үй агенттігі</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Балабақша</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Үкіметтік емес ұйым</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-ана</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Жұбайы</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Қамқоршы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі жақын</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Ward (under their guardianship)</source>
        <translation>Қамқорлығындағы бала</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Кезеңнің ауысуы</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Қатысушымен жұмыс</translation>
    </message>
    <message>
        <source>Mothers&apos; club meeting</source>
        <translation>Аналар клубының кездесуі</translation>
    </message>
    <message>
        <source>Course enrolment</source>
        <translation>Курсқа жазылу</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>жасырылған</translation>
    </message>
</context>
<context>
    <name>LinkRelativeDialog</name>
    <message>
        <source>Link relative</source>
        <translation>Туыспен байланыстыру</translation>
    </message>
    <message>
        <source>A relative of %1.</source>
        <translation>Кімнің туысы: %1.</translation>
    </message>
    <message>
        <source>The relative is their:</source>
        <translation>Туысы оған кім болады:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <source>&amp;Already registered</source>
        <translation>&amp;Тіркелген</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Жаңа адам</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Байланыстыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>They are shown under “Already registered”: choose them and link.</source>
        <translation>Бұл адам «Тіркелген» бөлімінде бар: оны таңдап, байланыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export to XLSX</source>
        <translation>XLSX-ке экспорттау</translation>
    </message>
    <message>
        <source>Writing %1 rows…</source>
        <translation>Жолдар жазылуда: %1…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Экспортталған жолдар: %1. Файл: %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорттау тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Файлды жазу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>ListRefresh</name>
    <message>
        <source>Refresh lists</source>
        <translation>Тізімдерді жаңарту</translation>
    </message>
    <message>
        <source>Show what other desks have saved since the lists were read.</source>
        <translation>Тізімдер жүктелгеннен кейін басқа жұмыс орындарында сақталғанды көрсету.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Export to XLSX…</source>
        <translation>XLSX-ке экспорттау…</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Іздеу:</translation>
    </message>
    <message>
        <source>Every row the search and filters find, in the order shown.</source>
        <translation>Іздеу мен сүзгілер тапқан барлық жолдар, көрсетілген ретпен.</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>XLSX-ке экспорттау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсетілді: %1 / %2</translation>
    </message>
    <message>
        <source>Shown: at least %1 of %2</source>
        <translation>Көрсетілді: кемінде %1 / %2</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Centre Desk is locked</source>
        <translation>Centre Desk құлыпталды</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to continue; nothing you typed is lost.</source>
        <translation>Пайдаланушы: %1. Жұмысты жалғастыру үшін құпиясөзіңізді енгізіңіз; енгізілген деректер жоғалмайды.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Жүйеден шығу…</translation>
    </message>
</context>
<context>
    <name>LogInterventionDialog</name>
    <message>
        <source>Log intervention</source>
        <translation>Іс-шараны жазу</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitators:</source>
        <translation>&amp;Өткізгендер:</translation>
    </message>
    <message>
        <source>&amp;Need addressed:</source>
        <translation>Қа&amp;жеттілік:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Қатысқандар:</translation>
    </message>
    <message>
        <source>Where, if not in a facility</source>
        <translation>Мекемеде болмаса, қай жерде</translation>
    </message>
    <message>
        <source>Who held it</source>
        <translation>Кім өткізді</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Жа&amp;зу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Centre Desk: sign in</source>
        <translation>Centre Desk: кіру</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Database password:</source>
        <translation>&amp;Дерекқор құпиясөзі:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Centre Desk — %1</source>
        <translation>Centre Desk — %1</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;Mothers&apos; club</source>
        <translation>&amp;Аналар клубы</translation>
    </message>
    <message>
        <source>M&amp;y work</source>
        <translation>Менің &amp;жұмысым</translation>
    </message>
    <message>
        <source>&amp;Arabic courses</source>
        <translation>Араб &amp;тілі курстары</translation>
    </message>
    <message>
        <source>Children&apos;s &amp;events</source>
        <translation>&amp;Балалар іс-шаралары</translation>
    </message>
    <message>
        <source>P&amp;lacements</source>
        <translation>Орналаст&amp;ыру</translation>
    </message>
    <message>
        <source>E&amp;veryone</source>
        <translation>А&amp;дамдар анықтамалығы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export for sync…</source>
        <translation>Синхрондау үшін &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import sync package…</source>
        <translation>Синхрондау пакетін &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the selected participant&apos;s file, or the files of the whole list.</source>
        <translation>Таңдалған қатысушының жеке ісін немесе бүкіл тізімдегі жеке істерді басып шығару.</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>The half-year figures for the ministry, with charts and exports.</source>
        <translation>Министрлікке арналған жарты жылдық көрсеткіштер: диаграммалар және экспорттау.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this.</source>
        <translation>Мұны тек жетекші немесе әкімші орындай алады.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Жүйеден шығу</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>А&amp;удит журналы…</translation>
    </message>
    <message>
        <source>Who viewed, changed, printed or exported what, and when.</source>
        <translation>Деректерді кім және қашан қарады, өзгертті, басып шығарды немесе экспорттады.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ба&amp;птаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>А&amp;нықтама</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;About Centre Desk</source>
        <translation>Centre Desk &amp;туралы</translation>
    </message>
    <message>
        <source>Centre: %1 (%2)</source>
        <translation>Орталық: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in: %1, %2</source>
        <translation>Пайдаланушы: %1, %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Деректер: %1</translation>
    </message>
    <message>
        <source>Pee&amp;rs…</source>
        <translation>Синхрондалатын &amp;орталықтар…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Синхрондау &amp;қайшылықтары…</translation>
    </message>
    <message>
        <source>Write a sync package for other centres.</source>
        <translation>Басқа орталықтар үшін синхрондау пакетін жазу.</translation>
    </message>
    <message>
        <source>Apply a sync package another centre sent.</source>
        <translation>Басқа орталық жіберген синхрондау пакетін қолдану.</translation>
    </message>
    <message>
        <source>This site&apos;s card and the centres it syncs with.</source>
        <translation>Осы орталықтың карточкасы және онымен синхрондалатын орталықтар.</translation>
    </message>
    <message>
        <source>Values changed at two sites at once, and rows held in quarantine.</source>
        <translation>Екі орталықта бір мезгілде өзгертілген мәндер және карантинде тұрған жолдар.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers&apos; club, children&apos;s events, Arabic courses and placements.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Оңалту орталықтарына арналған сүйемелдеу бағдарламасы: қатысушылар, аналар клубы, балалар іс-шаралары, араб тілі курстары және орналастыру.&lt;br&gt;Деректер: %2</translation>
    </message>
    <message>
        <source>About Centre Desk</source>
        <translation>Centre Desk туралы</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Құ&amp;пиясөзді ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>&amp;Қызметкерлердің тіркелгілері…</translation>
    </message>
    <message>
        <source>Add staff, change their roles, disable accounts, reset passwords.</source>
        <translation>Қызметкерлерді қосу, рөлдерін ауыстыру, тіркелгілерді өшіру, құпиясөздерді қалпына келтіру.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Мұны тек әкімші орындай алады.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns and values</source>
        <translation>Бағандар және мәндер</translation>
    </message>
    <message>
        <source>Check which field each column fills, and what the words of coded columns mean.</source>
        <translation>Әр баған қай өрісті толтыратынын және мәндер тізімі бар бағандардағы сөздер нені білдіретінін тексеріңіз.</translation>
    </message>
    <message>
        <source>C&amp;olumns of the file:</source>
        <translation>Файлдың &amp;бағандары:</translation>
    </message>
    <message>
        <source>&amp;Words in the file and what they mean:</source>
        <translation>Файлдағы &amp;сөздер және мағынасы:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Бірінші мәні</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Қалай импортталады</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Мағынасы</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Сәйкестікті са&amp;қтау…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Сәйкестікті &amp;жүктеу…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message>
        <source>(unknown: the row is refused)</source>
        <translation>(белгісіз: жол қабылданбайды)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сәйкестікті сақтау</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Импорт сәйкестіктері (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Сәйкестікті жүктеу</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1.</source>
        <translation>Сәйкестікті сақтау мүмкін болмады: %1.</translation>
    </message>
    <message>
        <source>The mapping is saved in %1.</source>
        <translation>Сәйкестік сақталды (файл: %1).</translation>
    </message>
    <message>
        <source>This mapping is for other rows: %1.</source>
        <translation>Бұл сәйкестік басқа жолдарға арналған: %1.</translation>
    </message>
    <message>
        <source>The mapping in %1 is used.</source>
        <translation>Сәйкестік қолданылды (файл: %1).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Кемінде 8 таңба қажет.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Мән тым ұзын.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Бұл пайдаланушы аты бос емес.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Енгізілген мәндер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Мән жарамсыз.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Күн әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The date is earlier than allowed.</source>
        <translation>Күн рұқсат етілгеннен ерте.</translation>
    </message>
    <message>
        <source>The date is later than allowed.</source>
        <translation>Күн рұқсат етілгеннен кеш.</translation>
    </message>
    <message>
        <source>This does not match the IIN.</source>
        <translation>ЖСН-мен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN must be from 1 to 6.</source>
        <translation>ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real date.</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты күнді білдірмейді.</translation>
    </message>
    <message>
        <source>The IIN&apos;s last digit does not match: check for a typo.</source>
        <translation>ЖСН-нің бақылау цифры сәйкес келмейді: қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>A placement cannot move to this status from its current one.</source>
        <translation>Орналастыру ағымдағы мәртебесінен бұл мәртебеге өте алмайды.</translation>
    </message>
    <message>
        <source>The date is before the placement&apos;s last status change.</source>
        <translation>Күн мәртебенің соңғы өзгерісінен бұрын.</translation>
    </message>
    <message>
        <source>This child is not linked to the person as their child or ward: link them in the person&apos;s file first.</source>
        <translation>Бұл бала адаммен баласы немесе қамқорлығындағы бала ретінде байланыстырылмаған: алдымен оларды адамның жеке ісінде байланыстырыңыз.</translation>
    </message>
    <message>
        <source>This partner does not offer this kind of help.</source>
        <translation>Бұл серіктес мұндай көмек көрсетпейді.</translation>
    </message>
    <message>
        <source>This partner still has open placements: decline, end or move them first.</source>
        <translation>Бұл серіктесте жабылмаған орналастырулар бар: алдымен оларды «Бас тартылды» немесе «Аяқталды» мәртебесіне көшіріңіз не басқа серіктеске беріңіз.</translation>
    </message>
    <message>
        <source>This partner is already in the directory for this region.</source>
        <translation>Бұл серіктес осы өңір бойынша анықтамалықта бар.</translation>
    </message>
    <message>
        <source>The date is before the placement was requested.</source>
        <translation>Күн өтініш берілген күннен бұрын.</translation>
    </message>
    <message>
        <source>This follow-up is already marked done.</source>
        <translation>Бұл бақылау орындалды деп белгіленген.</translation>
    </message>
    <message>
        <source>The mothers&apos; club is for women: this person is recorded as male.</source>
        <translation>Аналар клубы әйелдерге арналған: бұл адамның жынысы ер деп жазылған.</translation>
    </message>
    <message>
        <source>She is already a member: correct her membership instead.</source>
        <translation>Ол қазірдің өзінде клуб мүшесі: оның орнына бар мүшелік туралы жазбаны түзетіңіз.</translation>
    </message>
    <message>
        <source>She was already a member on this day: two memberships cannot overlap.</source>
        <translation>Бұл күні ол клуб мүшесі болған: мүшелік кезеңдері бір-бірімен қабаттаспауы керек.</translation>
    </message>
    <message>
        <source>The date she left is before the date she joined.</source>
        <translation>Шыққан күні қосылған күнінен бұрын.</translation>
    </message>
    <message>
        <source>This membership has already ended.</source>
        <translation>Бұл мүшелік аяқталып қойған.</translation>
    </message>
    <message>
        <source>This person is not the child&apos;s parent or guardian: link them in the child&apos;s file first.</source>
        <translation>Бұл адам баланың ата-анасы немесе қамқоршысы емес: алдымен оларды баланың жеке ісінде байланыстырыңыз.</translation>
    </message>
    <message>
        <source>This person is 18 or older on the day of the event.</source>
        <translation>Іс-шара күніне бұл адам 18 жасқа толған.</translation>
    </message>
    <message>
        <source>This child is already registered for the event.</source>
        <translation>Бұл бала іс-шараға жазылып қойған.</translation>
    </message>
    <message>
        <source>The child is marked present: untick them in the attendance first.</source>
        <translation>Бала келді деп белгіленген: алдымен қатысу тізімінде белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>No guardian&apos;s consent is recorded for this child: record the consent date first.</source>
        <translation>Бұл бала үшін ата-ананың немесе қамқоршының келісімі енгізілмеген: алдымен келісім күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The consent is dated after the event: it must be signed on the event&apos;s day or before.</source>
        <translation>Келісім іс-шарадан кейінгі күнмен белгіленген: ол іс-шара күні немесе одан бұрын қол қойылуы керек.</translation>
    </message>
    <message>
        <source>Only children registered for the event can be marked present.</source>
        <translation>Келді деп тек іс-шараға жазылған балаларды белгілеуге болады.</translation>
    </message>
    <message>
        <source>The event has not been held yet: attendance is marked on the day or later.</source>
        <translation>Іс-шара әлі өткізілмеген: қатысу іс-шара күні немесе одан кейін белгіленеді.</translation>
    </message>
    <message>
        <source>Children are marked present: the event cannot move to a later day than today.</source>
        <translation>Балалар келді деп белгіленген: іс-шараны бүгіннен кейінгі күнге ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>The person&apos;s sex is not recorded: fill it in on their file, then enrol them.</source>
        <translation>Адамның жынысы көрсетілмеген: оны адамның жеке ісінде толтырып, содан кейін курсқа жазыңыз.</translation>
    </message>
    <message>
        <source>This person is already a student of this course.</source>
        <translation>Бұл адам осы курсқа жазылып қойған.</translation>
    </message>
    <message>
        <source>The course is full: every place is taken. Add places to the course or wait until a student drops out.</source>
        <translation>Курста бос орын жоқ: барлық орын толған. Курсқа орын қосыңыз немесе тыңдаушылардың бірі шығып қалғанша күтіңіз.</translation>
    </message>
    <message>
        <source>This course no longer takes students.</source>
        <translation>Бұл курсқа жазылу жабық.</translation>
    </message>
    <message>
        <source>The enrolment date is in the future.</source>
        <translation>Жазылу күні әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The date is before the student enrolled.</source>
        <translation>Күн тыңдаушы курсқа жазылған күннен бұрын.</translation>
    </message>
    <message>
        <source>A completed course is final: its status cannot change.</source>
        <translation>«Бітірді» мәртебесі түпкілікті: оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>A certificate is printed only for a completed course.</source>
        <translation>Сертификат курсты бітірген соң ғана басып шығарылады.</translation>
    </message>
    <message>
        <source>This student dropped out: bring them back to the course before marking them present.</source>
        <translation>Бұл тыңдаушы курстан шығып қалған: келді деп белгілемес бұрын оны курсқа қайтарыңыз.</translation>
    </message>
    <message>
        <source>This lesson has not been held yet: mark who came on its day.</source>
        <translation>Бұл сабақ әлі өткізілмеген: келгендерді сабақ күні белгілеңіз.</translation>
    </message>
    <message>
        <source>This person&apos;s record no longer exists.</source>
        <translation>Бұл адам туралы жазба енді жоқ.</translation>
    </message>
    <message>
        <source>The lesson&apos;s date is outside the course&apos;s dates.</source>
        <translation>Сабақтың күні курстың мерзімінен тыс.</translation>
    </message>
    <message>
        <source>A lesson with attendance cannot move into the future.</source>
        <translation>Қатысу белгіленген сабақты болашаққа ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>The group cannot change while the course has students.</source>
        <translation>Курста тыңдаушылар бар кезде топты өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>More students hold a place than this: drop students first or keep more places.</source>
        <translation>Курсқа бұдан көп тыңдаушы жазылған: алдымен тыңдаушыларды курстан шығарыңыз немесе орын санын азайтпаңыз.</translation>
    </message>
    <message>
        <source>A course has from %1 to %2 places.</source>
        <translation>Курстағы орын саны — ең азы %1, ең көбі %2.</translation>
    </message>
    <message>
        <source>The course cannot start after its first lesson.</source>
        <translation>Курстың басталу күні алғашқы сабақтан кейін бола алмайды.</translation>
    </message>
    <message>
        <source>The course cannot end before its last lesson.</source>
        <translation>Курстың аяқталу күні соңғы сабақтан бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>The course has students.</source>
        <translation>Курста тыңдаушылар бар.</translation>
    </message>
    <message>
        <source>The course has lessons.</source>
        <translation>Курста сабақтар бар.</translation>
    </message>
    <message>
        <source>This course is for men, and the person&apos;s file records a woman: enrol her in a women&apos;s course.</source>
        <translation>Бұл курс ерлерге арналған, ал адамның жеке ісінде әйел деп көрсетілген: оны әйелдер курсына жазыңыз.</translation>
    </message>
    <message>
        <source>This course is for women, and the person&apos;s file records a man: enrol him in a men&apos;s course.</source>
        <translation>Бұл курс әйелдерге арналған, ал адамның жеке ісінде ер деп көрсетілген: оны ерлер курсына жазыңыз.</translation>
    </message>
    <message>
        <source>This programme does not hold this kind of activity.</source>
        <translation>Бұл бағдарламада мұндай түрдегі іс-шара өткізілмейді.</translation>
    </message>
    <message>
        <source>The date is outside the course&apos;s start and end.</source>
        <translation>Күні курстың басталуы мен аяқталуы аралығынан тыс.</translation>
    </message>
    <message>
        <source>People are marked present: the date cannot move into the future.</source>
        <translation>Келгендер белгіленген: күнді болашаққа ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>Бұл курс енді жоқ.</translation>
    </message>
    <message>
        <source>Only a lesson belongs to a course.</source>
        <translation>Курсқа тек сабақ жатады.</translation>
    </message>
    <message>
        <source>This cannot change once the activity is recorded.</source>
        <translation>Іс-шара жазылғаннан кейін мұны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Nothing was saved: these people no longer exist: %1.</source>
        <translation>Ештеңе сақталмады: бұл адамдар енді дерекқорда жоқ: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: these people are not on this activity&apos;s list: %1.</source>
        <translation>Ештеңе сақталмады: бұл адамдар іс-шараның тізімінде жоқ: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no guardian consent date for %1. Record the consent first.</source>
        <translation>Ештеңе сақталмады: %1 үшін ата-ананың немесе қамқоршының келісім күні жоқ. Алдымен келісімді енгізіңіз.</translation>
    </message>
    <message>
        <source>Nothing was saved: the activity has not been held yet; mark attendance on or after its date.</source>
        <translation>Ештеңе сақталмады: іс-шара әлі өткізілмеген; қатысуды іс-шара күні немесе одан кейін белгілеңіз.</translation>
    </message>
    <message>
        <source>Nothing was saved: this activity is for adults, and these people are under 18 on its day: %1.</source>
        <translation>Ештеңе сақталмады: іс-шара кәмелетке толғандарға арналған, ал мына адамдар оның өткізілген күні 18 жасқа толмаған: %1.</translation>
    </message>
    <message>
        <source>no guardian consent date yet</source>
        <translation>ата-ананың немесе қамқоршының келісім күні әлі жоқ</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>тізімде жоқ</translation>
    </message>
    <message>
        <source>This programme does not hold this kind of session.</source>
        <translation>Бұл бағдарлама мұндай түрдегі сабақ өткізбейді.</translation>
    </message>
    <message>
        <source>The plan ended before this date: choose a day on which it still runs.</source>
        <translation>Жоспар бұл күнге дейін аяқталған: ол әлі күшінде болатын күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>The plan has no session on this day.</source>
        <translation>Бұл күні жоспар бойынша сабақ жоқ.</translation>
    </message>
    <message>
        <source>This session is already recorded as held: correct its activity instead.</source>
        <translation>Бұл сабақ өткізілді деп белгіленіп қойған: оның орнына іс-шараның өзін түзетіңіз.</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>Бұл сабақ болдырылмады.</translation>
    </message>
    <message>
        <source>This choice no longer exists: choose another.</source>
        <translation>Бұл нұсқа енді жоқ: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The case cannot move to this stage from its current one.</source>
        <translation>Сүйемелдеу ісі ағымдағы кезеңнен бұл кезеңге өте алмайды.</translation>
    </message>
    <message>
        <source>The date is before the last stage change.</source>
        <translation>Күн кезеңнің соңғы ауысуынан бұрын.</translation>
    </message>
    <message>
        <source>This stage needs a second supervisor&apos;s approval: request it.</source>
        <translation>Бұл кезеңге екінші жетекшінің бекітуі қажет: оны сұраңыз.</translation>
    </message>
    <message>
        <source>This stage needs no approval: change the stage directly.</source>
        <translation>Бұл кезеңге бекіту қажет емес: кезеңді тікелей ауыстырыңыз.</translation>
    </message>
    <message>
        <source>A request for this file already awaits approval: it must be approved or returned first.</source>
        <translation>Осы сүйемелдеу ісі бойынша сұрау бекітуді күтуде: алдымен оны бекіту немесе қайтару керек.</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can make a request.</source>
        <translation>Сұрауды бағдарламаға кірген қызметкер ғана жасай алады.</translation>
    </message>
    <message>
        <source>You made this request: a second supervisor must approve or return it.</source>
        <translation>Бұл сұрауды сіз жасадыңыз: оны екінші жетекші бекітуі немесе қайтаруы керек.</translation>
    </message>
    <message>
        <source>This request was made at another centre: only its supervisors decide it.</source>
        <translation>Бұл сұрау басқа орталықта жасалған: оны сол орталықтың жетекшілері ғана шешеді.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>Бұл сұрау бойынша шешім қабылданып қойған.</translation>
    </message>
    <message>
        <source>The file&apos;s stage has changed since the request: return it with a note.</source>
        <translation>Сұраудан кейін сүйемелдеу ісінің кезеңі өзгерді: сұрауды ескертумен қайтарыңыз.</translation>
    </message>
    <message>
        <source>Only the file of a returnee from a conflict zone has a children&apos;s register.</source>
        <translation>Балалар тізілімі қарулы қақтығыс аймағынан оралған адамның жеке ісінде ғана жүргізіледі.</translation>
    </message>
    <message>
        <source>Link the child to the returnee in the family first.</source>
        <translation>Алдымен баланы оралған адаммен «Отбасы» қойындысында байланыстырыңыз.</translation>
    </message>
    <message>
        <source>This child is already in the register.</source>
        <translation>Бұл бала тізілімде бар.</translation>
    </message>
    <message>
        <source>Enter the number of sessions held before the date of the last one.</source>
        <translation>Соңғы сабақтың күнінен бұрын өткізілген сабақтар санын енгізіңіз.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Аяқталу күні басталу күнінен бұрын.</translation>
    </message>
    <message>
        <source>This person already has an open case file.</source>
        <translation>Бұл адамның ашық сүйемелдеу ісі бар.</translation>
    </message>
    <message>
        <source>A person cannot be their own relative.</source>
        <translation>Адам өзіне-өзі туыс бола алмайды.</translation>
    </message>
    <message>
        <source>These two are already linked this way.</source>
        <translation>Бұл екеуі осылай байланыстырылған.</translation>
    </message>
    <message>
        <source>These two are already linked the other way round.</source>
        <translation>Бұл екеуі керісінше байланыстырылған.</translation>
    </message>
    <message>
        <source>The birth dates do not fit: a parent must be older than the child.</source>
        <translation>Туған күндер сәйкес емес: ата-ана баладан үлкен болуы керек.</translation>
    </message>
    <message>
        <source>This person is under 18 on this day: only adults can take part.</source>
        <translation>Бұл күні адам 18 жасқа толмаған: тек кәмелетке толғандар қатыса алады.</translation>
    </message>
    <message>
        <source>An individual consultation has exactly one attendee.</source>
        <translation>Жеке кеңеске дәл бір адам қатысады.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Жазбаны өзімен біріктіруге болмайды.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Кемінде %1 таңба қажет.</translation>
    </message>
    <message>
        <source>This is one of the commonest passwords: choose a less guessable one, such as a few unrelated words.</source>
        <translation>Бұл ең көп тараған құпиясөздердің бірі: табуы қиынырақ құпиясөз таңдаңыз, мысалы, өзара байланысы жоқ бірнеше сөз.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Жаңа құпиясөз ағымдағысынан өзгеше болуы тиіс.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Бұл тіркелгі енді жоқ.</translation>
    </message>
    <message>
        <source>This account belongs to another centre: only that centre can change it.</source>
        <translation>Бұл тіркелгі басқа орталыққа тиесілі: оны тек сол орталық өзгерте алады.</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another account an administrator first.</source>
        <translation>Бұл соңғы белсенді әкімші: алдымен басқа тіркелгіні әкімші етіп тағайындаңыз.</translation>
    </message>
    <message>
        <source>No case names this facility any more: untick it, or name it on a case first.</source>
        <translation>Бұл мекеме енді ешбір сүйемелдеу ісінде көрсетілмеген: белгіні алып тастаңыз немесе алдымен оны сүйемелдеу ісінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>This is not one of the centre&apos;s programmes.</source>
        <translation>Бұл орталықтың бағдарламаларының бірі емес.</translation>
    </message>
    <message>
        <source>The database password is wrong: check it and try again.</source>
        <translation>Дерекқор құпиясөзі қате: тексеріп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>This database is encrypted: enter its password.</source>
        <translation>Дерекқор шифрланған: оның құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Centre Desk database.</source>
        <translation>Дерекқор файлы зақымдалған немесе Centre Desk дерекқоры емес.</translation>
    </message>
    <message>
        <source>There is no Centre Desk database here yet: run first-time set-up.</source>
        <translation>Мұнда әлі Centre Desk дерекқоры жоқ: алғашқы баптауды орындаңыз.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Сіздің рөліңізде бұл өзгерісті енгізуге болмайды.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Бұл жазба енді жоқ; мүмкін, ол жойылған.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered.</source>
        <translation>Мұндай ЖСН-і бар адам тіркелген.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <source>Too many failed attempts: sign-in is locked for a minute.</source>
        <translation>Сәтсіз әрекеттер тым көп: кіру бір минутқа бұғатталды.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Қате орын алды; толығырақ мәлімет журнал файлында.</translation>
    </message>
</context>
<context>
    <name>ModalHost</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>С&amp;ақтамау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>MothersClubTab</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Тегі мен аты кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>Members of the mothers&apos; club</source>
        <translation>Аналар клубының мүшелері</translation>
    </message>
    <message>
        <source>&amp;Join the club…</source>
        <translation>К&amp;лубқа қабылдау…</translation>
    </message>
    <message>
        <source>Member&apos;s histor&amp;y…</source>
        <translation>&amp;Мүшенің тарихы…</translation>
    </message>
    <message>
        <source>C&amp;urrent members only</source>
        <translation>Т&amp;ек қазіргі мүшелер</translation>
    </message>
    <message>
        <source>No&amp;t come:</source>
        <translation>Келме&amp;ген:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation>%1 күн бойы</translation>
    </message>
    <message>
        <source>since a date…</source>
        <translation>көрсетілген күннен бері…</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>ескерілмейді</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>Person&apos;s details</source>
        <translation>Адамның деректері</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Сүйемелдеу ісі</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Қайта бағалау</translation>
    </message>
    <message>
        <source>First assessment (participants never assessed: %1)</source>
        <translation>Алғашқы бағалау (бағаланбаған қатысушылар: %1)</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1, «%2» өрісі</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сабақ</translation>
    </message>
    <message>
        <source>Facility or place</source>
        <translation>Мекеме немесе орын</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Value changed at two sites</source>
        <translation>Екі орталықта өзгертілген мән</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Сұрау күні</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Айдағы іс-шаралар</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Мерзімі өткен бақылаулар</translation>
    </message>
    <message>
        <source>Sessions I lead, today to Sunday</source>
        <translation>Бүгіннен жексенбіге дейінгі менің сабақтарым</translation>
    </message>
    <message>
        <source>Follow-ups of my participants</source>
        <translation>Менің қатысушыларымның бақылауы</translation>
    </message>
    <message>
        <source>Placement follow-ups</source>
        <translation>Орналастыру бақылаулары</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Мерзімі жеткен бағалаулар</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Мені күтіп тұрған бекітулер</translation>
    </message>
    <message>
        <source>Sync conflicts to review</source>
        <translation>Қаралатын синхрондау қайшылықтары</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Менің жұмысым</translation>
    </message>
    <message>
        <source>Due by Sunday, %1 — %2 participants in my care</source>
        <translation>Мерзім: жексенбі, %1. Менің қатысушыларым: %2</translation>
    </message>
    <message>
        <source>Caseloads of the staff (this month: %1)</source>
        <translation>Қызметкерлердің жүктемесі (осы ай: %1)</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (көрсетілгені: %2 / %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OrganisationFormDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>Жаңа серіктес ұйым</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Серіктес ұйым</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>М&amp;екенжайы:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Байланыс тұлғасы:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Е&amp;скертпелер:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>Бақылау мерзімі өтті.</translation>
    </message>
</context>
<context>
    <name>ParticipantFile</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кім жазды</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Сүйемелдеу ісі</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Бар</translation>
    </message>
</context>
<context>
    <name>ParticipantFileDialog</name>
    <message>
        <source>New participant</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <source>%1 — participant file</source>
        <translation>%1 — қатысушының жеке ісі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Stage and its history</source>
        <translation>Кезең және оның тарихы</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Famil&amp;y</source>
        <translation>&amp;Отбасы</translation>
    </message>
    <message>
        <source>&amp;Open a case file for this person…</source>
        <translation>Сүйемелдеу &amp;ісін ашу…</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>Б&amp;іріктіру…</translation>
    </message>
    <message>
        <source>Make one record of two records of the same person.</source>
        <translation>Бір адам туралы екі жазбадан бір жазба жасау.</translation>
    </message>
    <message>
        <source>Only a supervisor can merge records.</source>
        <translation>Жазбаларды тек жетекші біріктіре алады.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Who has seen &amp;this file…</source>
        <translation>Жеке істі кім кө&amp;рді…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter немесе Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Your role can view this file but not change it.</source>
        <translation>Сіздің рөліңізде бұл жеке істі тек қарауға болады.</translation>
    </message>
    <message>
        <source>No case file: the person&apos;s details are shown read-only.</source>
        <translation>Сүйемелдеу ісі ашылмаған: жеке деректер тек қарау үшін көрсетілген.</translation>
    </message>
    <message>
        <source>Fill in the person and the case, then save.</source>
        <translation>Жеке деректер мен сүйемелдеу ісін толтырып, сақтаңыз.</translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Save them before closing?</source>
        <translation>Жеке істе сақталмаған өзгерістер бар. Жабу алдында оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the same fields.</source>
        <translation>Сақталмады: басқа біреу дәл осы өрістерді өзгертті.</translation>
    </message>
    <message>
        <source>Not saved: see above.</source>
        <translation>Сақталмады: жоғарыны қараңыз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Not saved yet: see above.</source>
        <translation>Әлі сақталмады: жоғарыны қараңыз.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Choose the other record of %1. Everything recorded for it moves to this file, and it is then removed.</source>
        <translation>%1 туралы басқа жазбаны таңдаңыз. Ондағы барлық деректер осы жеке іске көшеді, ал жазбаның өзі жойылады.</translation>
    </message>
    <message>
        <source>Merged: everything recorded for %1 is now in this file.</source>
        <translation>Біріктірілді: %1 туралы барлық деректер енді осы жеке істе.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Жазбаларды біріктіру</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Everything recorded for %1 moves to %2&apos;s file, and the record of %1 is removed.</source>
        <translation>%1 жазбасын %2 жазбасымен біріктіру керек пе? %1 туралы барлық деректер %2 адамының жеке ісіне көшеді, ал %1 жазбасы жойылады.</translation>
    </message>
    <message>
        <source>Unlink relative</source>
        <translation>Туыстық байланысты алып тастау</translation>
    </message>
    <message>
        <source>Remove the family link to %1? Their own record stays.</source>
        <translation>%1 адамымен туыстық байланысты алып тастау керек пе? Оның өз жазбасы қалады.</translation>
    </message>
</context>
<context>
    <name>ParticipantFileReport</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>КОНФИДЕНЦИАЛДЫ</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Басып шығарған: %1, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Бет %1 / %2</translation>
    </message>
    <message>
        <source>Participant files</source>
        <translation>Қатысушылардың жеке істері</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Case and stage history</source>
        <translation>Сүйемелдеу ісі және кезеңдер тарихы</translation>
    </message>
    <message>
        <source>Risk and needs assessments</source>
        <translation>Тәуекелдер мен қажеттіліктерді бағалау</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Қатысушымен жұмыс</translation>
    </message>
    <message>
        <source>Mothers&apos; club, children&apos;s events and courses</source>
        <translation>Аналар клубы, балалар іс-шаралары және курстар</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>About the case</source>
        <translation>Сүйемелдеу ісі туралы</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Адам туралы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Араб тілі курстары</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Қатысқандар</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Сүйемелдеу ісі</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Children’s events attended</source>
        <translation>Қатысқан балалар іс-шаралары</translation>
    </message>
    <message>
        <source>Club meetings attended</source>
        <translation>Қатысқан клуб кездесулері</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Жазбаша келісім</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Жазылған күні</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>IIN, address and phone are withheld: your role prints a shortened file.</source>
        <translation>ЖСН, мекенжай және телефон жасырылған: сіздің рөліңізде жеке істің қысқартылған нұсқасы басып шығарылады.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Өткізгендер</translation>
    </message>
    <message>
        <source>Lessons attended</source>
        <translation>Қатысқан сабақтар</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Mothers’ club membership</source>
        <translation>Аналар клубына мүшелік</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Келесі бақылау</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>No case file.</source>
        <translation>Сүйемелдеу ісі ашылмаған.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Жазба жоқ.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Қалаған тілі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кім жазды</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кім жолдады</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Жаза мерзімі</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Мәртебе күні</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Мамандар</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Кезеңдер тарихы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>жасырылған</translation>
    </message>
    <message>
        <source>Next assessment</source>
        <translation>Келесі бағалау</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>not assessed yet: due at intake</source>
        <translation>әзірге бағалау жоқ: қабылдау кезінде жүргізіледі</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Кім бағалады</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесісі</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Renunciation statement</source>
        <translation>Радикалды көзқарастан бас тарту туралы өтініш</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Сот құжаттары</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Мамандар</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Келесі бақылау</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санат:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Маман:</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Тегі мен аты кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>К&amp;езең:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>Reassessment overd&amp;ue</source>
        <translation>Қайта ба&amp;ғалау мерзімі өтті</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Барлық мамандар</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-up only</source>
        <translation>Тек бақылау мерзімі өт&amp;кендер</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>Жаңа қаты&amp;сушы…</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Жаңа қатысушы…</translation>
    </message>
    <message>
        <source>Print files of this list…</source>
        <translation>Тізімдегі жеке істерді басып шығару…</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryDialog</name>
    <message>
        <source>Partner organisations</source>
        <translation>Серіктес ұйымдар</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Name, contact person, region or phone</source>
        <translation>Атауы, байланыс тұлғасы, өңір немесе телефон</translation>
    </message>
    <message>
        <source>Search the partners</source>
        <translation>Серіктестерді іздеу</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ж&amp;абу</translation>
    </message>
    <message>
        <source>Remove “%1” from the directory? Placements that are already closed keep its name.</source>
        <translation>«%1» анықтамалықтан жойылсын ба? Жабылған орналастыруларда атауы сақталады.</translation>
    </message>
    <message>
        <source>Delete the partner</source>
        <translation>Серіктесті жою</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Көрсетілді: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now: at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Сіз бір реттік құпиясөзбен кірдіңіз. Қазір өз құпиясөзіңізді орнатыңыз: кемінде %1 таңба; өзара байланысы жоқ бірнеше сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>PeersWindow</name>
    <message>
        <source>Centre</source>
        <translation>Орталық</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>Соңғы растау</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Relays for other centres</source>
        <translation>Басқа орталықтардың жазбаларын жеткізеді</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Синхрондалатын орталықтар</translation>
    </message>
    <message>
        <source>This site: %1 (%2), site id %3</source>
        <translation>Осы орталық: %1 (%2), идентификаторы: %3</translation>
    </message>
    <message>
        <source>Sites exchange their cards once: save this site&apos;s card and give it to the other centre, then add the card it sends back. A card holds only public keys. A new peer may send only its own records until you tick “Relays other centres&apos; records” for it.</source>
        <translation>Орталықтар карточкаларымен бір рет алмасады: осы орталықтың карточкасын сақтап, екінші орталыққа беріңіз, содан кейін ол қайтарып жіберген карточканы қосыңыз. Карточкада тек ашық кілттер болады. Жаңа қосылған орталыққа «Басқа орталықтардың жазбаларын жеткізеді» белгісі қойылмайынша, ол тек өз жазбаларын жібере алады.</translation>
    </message>
    <message>
        <source>&amp;Save site card…</source>
        <translation>Карточканы &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Add peer…</source>
        <translation>Орталық &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Relays other centres&apos; records</source>
        <translation>&amp;Басқа орталықтардың жазбаларын жеткізеді</translation>
    </message>
    <message>
        <source>A regional office relays the records of its centres; a centre usually sends only its own.</source>
        <translation>Өңірлік кеңсе өз орталықтарының жазбаларын жеткізеді; орталық әдетте тек өз жазбаларын жібереді.</translation>
    </message>
    <message>
        <source>Peers: %1</source>
        <translation>Синхрондалатын орталықтар: %1</translation>
    </message>
    <message>
        <source>%1 may now pass on other centres&apos; records; those waiting in quarantine are tried again at the next import.</source>
        <translation>%1 орталығы енді басқа орталықтардың жазбаларын жеткізе алады; карантинде тұрған жолдар келесі импорттау кезінде қайта өңделеді.</translation>
    </message>
    <message>
        <source>%1 may now send only its own records; other centres&apos; records from it will wait in quarantine.</source>
        <translation>%1 орталығы енді тек өз жазбаларын жібере алады; одан келген басқа орталықтардың жазбалары карантинде күтеді.</translation>
    </message>
    <message>
        <source>Saved this site&apos;s card to %1.</source>
        <translation>Осы орталықтың карточкасы сақталды: %1.</translation>
    </message>
    <message>
        <source>Added %1 as a peer.</source>
        <translation>Синхрондалатын орталықтарға қосылды: %1.</translation>
    </message>
    <message>
        <source>Site cards (*%1);;All files (*)</source>
        <translation>Орталық карточкалары (*%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save site card</source>
        <translation>Орталық карточкасын сақтау</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Орталық қосу</translation>
    </message>
</context>
<context>
    <name>PeopleDirectoryTab</name>
    <message>
        <source>participant</source>
        <translation>қатысушы</translation>
    </message>
    <message>
        <source>mothers&apos; club</source>
        <translation>аналар клубы</translation>
    </message>
    <message>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>туыс</translation>
    </message>
    <message>
        <source>student</source>
        <translation>курс тыңдаушысы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>At the centre as</source>
        <translation>Орталықтағы рөлі</translation>
    </message>
    <message>
        <source>Any part of the name in any alphabet, or the start of an IIN</source>
        <translation>Аты-жөнінің кез келген бөлігі кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>Адамдар анықтамалығы</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Жеке &amp;істі ашу…</translation>
    </message>
    <message>
        <source>At the &amp;centre as:</source>
        <translation>Орталықтағы &amp;рөлі:</translation>
    </message>
    <message>
        <source>No one is registered yet.</source>
        <translation>Әзірге ешкім тіркелмеген.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Ешкім табылмады: жазылуын тексеріңіз немесе азырақ әріп енгізіңіз.</translation>
    </message>
    <message>
        <source>Several people match: choose one with the arrow keys or the mouse, or type more.</source>
        <translation>Бірнеше адам сәйкес келеді: біреуін бағыт пернелерімен немесе тінтуірмен таңдаңыз не көбірек әріп енгізіңіз.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <source>Narrow the matches by case category, facility, age and role</source>
        <translation>Тізімді сүйемелдеу ісінің санаты, мекеме, жас және рөл бойынша тарылту</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>S&amp;urname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>P&amp;atronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Жы&amp;нысы:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Т&amp;уған күні:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>М&amp;екенжайы:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Өңір:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>The birth date or sex differs from the IIN&apos;s digits. Since 2013 this can be right: check them against the identity document.</source>
        <translation>Туған күні немесе жынысы ЖСН цифрларымен сәйкес келмейді. 2013 жылдан бері бұлай болуы мүмкін: жеке куәлікпен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Тегі мен аты кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Адамды табу</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling, type less or widen the filters.</source>
        <translation>Ешкім табылмады: жазылуын тексеріңіз, азырақ әріп енгізіңіз немесе сүзгілерді кеңейтіңіз.</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Ешкім табылмады: жазылуын тексеріңіз немесе азырақ әріп енгізіңіз.</translation>
    </message>
    <message>
        <source>Several people match: choose one with the arrow keys or the mouse, or type more.</source>
        <translation>Бірнеше адам сәйкес келеді: біреуін бағыт пернелерімен немесе тінтуірмен таңдаңыз не көбірек әріп енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>PickFilters</name>
    <message>
        <source>Under 6</source>
        <translation>6 жасқа дейін</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6–9 жас</translation>
    </message>
    <message>
        <source>10 to 13</source>
        <translation>10–13 жас</translation>
    </message>
    <message>
        <source>14 to 17</source>
        <translation>14–17 жас</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18 жас және одан үлкен</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Бағдарлама қатысушылары</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Отбасы мүшелері</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Кез келген санат</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Сүйемелдеу ісінің санаты</translation>
    </message>
    <message>
        <source>Any facility</source>
        <translation>Кез келген мекеме</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Кез келген жас</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Кез келген рөл</translation>
    </message>
    <message>
        <source>Role: participant or family member</source>
        <translation>Рөлі: қатысушы немесе отбасы мүшесі</translation>
    </message>
    <message>
        <source>Add &amp;everyone of %1</source>
        <translation>«%1» мекемесінің &amp;барлығын қосу</translation>
    </message>
    <message>
        <source>Add &amp;everyone of the facility</source>
        <translation>Мекеменің &amp;барлығын қосу</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Көмек түрі:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Адам:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Серіктес:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Өтініш күні:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Status and history</source>
        <translation>Мәртебе және тарихы</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Мәртебені өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>Орындалды деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule follow-up…</source>
        <translation>Бақылау &amp;тағайындау…</translation>
    </message>
    <message>
        <source>&amp;Delete placement</source>
        <translation>Орналастыруды &amp;жою</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ж&amp;абу</translation>
    </message>
    <message>
        <source>Delete the placement</source>
        <translation>Орналастыруды жою</translation>
    </message>
    <message>
        <source>Delete this placement and its follow-ups? Other sites learn of the deletion at the next sync.</source>
        <translation>Бұл орналастыру мен оның бақылау мерзімдері жойылсын ба? Басқа орталықтар бұл туралы келесі синхрондауда біледі.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (күні: %2)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>әлі таңдалмаған</translation>
    </message>
    <message>
        <source>(removed from the directory)</source>
        <translation>(анықтамалықтан жойылған)</translation>
    </message>
    <message>
        <source>Declined and ended placements do not change any more.</source>
        <translation>Қабылданбаған және аяқталған орналастырулар енді өзгермейді.</translation>
    </message>
</context>
<context>
    <name>PlacementFormDialog</name>
    <message>
        <source>New placement</source>
        <translation>Жаңа орналастыру</translation>
    </message>
    <message>
        <source>Edit the placement</source>
        <translation>Орналастыруды өзгерту</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Көмек түрі:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Адам:</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>&amp;Серіктес:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Өтініш күні:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Тегі мен аты кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation>— әлі таңдалмаған —</translation>
    </message>
    <message>
        <source>— choose the child —</source>
        <translation>— баланы таңдаңыз —</translation>
    </message>
    <message>
        <source>No children are linked to this person</source>
        <translation>Бұл адаммен бірде-бір бала байланыстырылмаған</translation>
    </message>
</context>
<context>
    <name>PlacementModels</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Мәртебе күні</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Келесі бақылау</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Серіктес:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <source>Surname and name, the start of an IIN, or an organisation</source>
        <translation>Тегі мен аты, ЖСН-нің басы немесе ұйым</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>&amp;New placement…</source>
        <translation>Жаңа &amp;орналастыру…</translation>
    </message>
    <message>
        <source>Partner &amp;organisations…</source>
        <translation>Серіктес &amp;ұйымдар…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>Follow-&amp;up overdue</source>
        <translation>Бақылау &amp;мерзімі өтті</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Барлық серіктестер</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>New p&amp;lan…</source>
        <translation>Ж&amp;аңа жоспар…</translation>
    </message>
    <message>
        <source>A weekly plan: its days, time, place, who leads it and who is expected.</source>
        <translation>Апталық жоспар: күндері, уақыты, орны, кім жүргізетіні және кім күтілетіні.</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>Жоспарды &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Change the plan of the session selected from a day onward; the sessions before it stay.</source>
        <translation>Таңдалған сабақтың жоспарын белгілі бір күннен бастап өзгерту; одан бұрынғы сабақтар өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>C&amp;ancel session…</source>
        <translation>Сабақты бо&amp;лдырмау…</translation>
    </message>
    <message>
        <source>Cancel only the session selected, with a reason.</source>
        <translation>Тек таңдалған сабақты себебін көрсетіп болдырмау.</translation>
    </message>
    <message>
        <source>&amp;Move session…</source>
        <translation>Сабақты ауы&amp;стыру…</translation>
    </message>
    <message>
        <source>Move only the session selected to another day or time.</source>
        <translation>Тек таңдалған сабақты басқа күнге немесе уақытқа ауыстыру.</translation>
    </message>
    <message>
        <source>Holi&amp;day…</source>
        <translation>Мерек&amp;е күні…</translation>
    </message>
    <message>
        <source>A day on which no planned session takes place.</source>
        <translation>Жоспарланған сабақтар өткізілмейтін күн.</translation>
    </message>
    <message>
        <source>&amp;Group lists…</source>
        <translation>&amp;Топ тізімдері…</translation>
    </message>
    <message>
        <source>The saved lists of people a plan may expect.</source>
        <translation>Жоспар күте алатын адамдардың сақталған тізімдері.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Атауы (міндетті):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Жоспарды жою</translation>
    </message>
    <message>
        <source>Delete this plan? Its sessions leave the week plan; sessions already held stay recorded.</source>
        <translation>Бұл жоспарды жою керек пе? Оның сабақтары апта жоспарынан алынады; өткізілген сабақтар жазулы күйінде қалады.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Жоспарды өзгерту</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Бағдарлама:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Күндері:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Ба&amp;сталуы:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>&amp;Ұзақтығы:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Қай күннен:</translation>
    </message>
    <message>
        <source>Change &amp;from:</source>
        <translation>&amp;Қай күннен өзгерту:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>Ж&amp;үргізеді:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>Күтілет&amp;індер:</translation>
    </message>
    <message>
        <source>Cou&amp;rse:</source>
        <translation>К&amp;урс:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Blank: the plan runs on.</source>
        <translation>Бос болса: жоспар мерзімсіз жалғасады.</translation>
    </message>
    <message>
        <source>Penal colony, if held in one</source>
        <translation>Түзеу мекемесі, егер сабақ сонда өтсе</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>Әзірге ешкім тағайындалмаған</translation>
    </message>
    <message>
        <source>The facility&apos;s participants</source>
        <translation>Мекеменің қатысушылары</translation>
    </message>
    <message>
        <source>Who is ticked when a session is recorded as held: a saved group list, or everyone with an open case in the facility.</source>
        <translation>Сабақ өткізілді деп белгіленгенде кім белгіленеді: сақталған топ тізімі немесе мекемеде сүйемелдеу ісі ашық барлық адам.</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Курссыз</translation>
    </message>
    <message>
        <source>The plan runs from %1. The changes apply from the day in “Change from”; the sessions before it stay as planned.</source>
        <translation>Жоспар %1 күнінен бастап күшінде. Өзгерістер «Қай күннен өзгерту» өрісіндегі күннен бастап қолданылады; одан бұрынғы сабақтар жоспарланған күйінде қалады.</translation>
    </message>
    <message>
        <source>End pl&amp;an…</source>
        <translation>&amp;Жоспарды аяқтау…</translation>
    </message>
    <message>
        <source>The plan&apos;s last session: no session after the day you give.</source>
        <translation>Жоспардың соңғы сабағы: көрсетілген күннен кейін сабақ болмайды.</translation>
    </message>
    <message>
        <source>Delete pla&amp;n…</source>
        <translation>Жоспарды жо&amp;ю…</translation>
    </message>
    <message>
        <source>Remove the plan; sessions already held stay recorded.</source>
        <translation>Жоспарды жою; өткізілген сабақтар жазулы күйінде қалады.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылғаны</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <source>Person on file</source>
        <translation>Базадағы адам</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose for each row: create, merge into the person on file, or skip.</source>
        <translation>Әзірге ештеңе жазылған жоқ. Әр жол үшін таңдаңыз: құру, базадағы адаммен біріктіру немесе өткізу.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Көрсе&amp;ту:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Барлық жолдар</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Қатесі бар жолдар</translation>
    </message>
    <message>
        <source>Rows matching people on file</source>
        <translation>Базадағы адамдармен сәйкес жолдар</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row</source>
        <translation>Жоғарыдағы жолды қайталайтын жолдар</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Жаңасын &amp;құру</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Бі&amp;ріктіру</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Өткізу</translation>
    </message>
    <message>
        <source>&amp;All rows found as:</source>
        <translation>&amp;Барлық жолдар, белгісі:</translation>
    </message>
    <message>
        <source>A&amp;pply to them</source>
        <translation>&amp;Оларға қолдану</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Базада</translation>
    </message>
    <message>
        <source>Ro&amp;w and the person on file:</source>
        <translation>&amp;Жол және базадағы адам:</translation>
    </message>
    <message>
        <source>Mer&amp;ge into:</source>
        <translation>Кіммен б&amp;іріктіру:</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Жолдар оқылуда…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <source>Rows: %1 (%2).</source>
        <translation>Жолдар: %1 (%2).</translation>
    </message>
    <message>
        <source>No column is mapped to: %1.</source>
        <translation>Бірде-бір баған сәйкестендірілмеген өрістер: %1.</translation>
    </message>
</context>
<context>
    <name>PrintFilesDialog</name>
    <message>
        <source>Print participant files</source>
        <translation>Қатысушылардың жеке істерін басып шығару</translation>
    </message>
    <message>
        <source>The file of %1.</source>
        <translation>Жеке іс: %1.</translation>
    </message>
    <message>
        <source>%1 participant files, each from a new page.</source>
        <translation>Қатысушылардың жеке істері: %1, әрқайсысы жаңа беттен.</translation>
    </message>
    <message>
        <source>Your role prints a shortened file: IIN, address and phone are shown as &quot;withheld&quot;.</source>
        <translation>Сіздің рөліңізде жеке істің қысқартылған нұсқасы басып шығарылады: ЖСН, мекенжай және телефон орнына «жасырылған» деп жазылады.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Preview shows up to %1 files; print or save more.</source>
        <translation>Алдын ала қарауда ең көбі %1 жеке іс көрсетіледі; қалғанын басып шығарыңыз немесе сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Participant files</source>
        <translation>Қатысушылардың жеке істері</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1 files to PDF…</source>
        <translation>Жеке істер PDF-ке сақталуда: %1…</translation>
    </message>
    <message>
        <source>Printing %1 files…</source>
        <translation>Жеке істер басып шығарылуда: %1…</translation>
    </message>
    <message>
        <source>%1 files, %2 pages: done.</source>
        <translation>Дайын: жеке істер — %1, беттер — %2.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Тоқтатылды: файл жазылмады.</translation>
    </message>
    <message>
        <source>Cancelled: printing stopped.</source>
        <translation>Тоқтатылды: басып шығару тоқтады.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Файлды жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Print the files of all %1 participants in this list?</source>
        <translation>Осы тізімдегі барлық қатысушылардың (%1) жеке істерін басып шығару керек пе?</translation>
    </message>
</context>
<context>
    <name>RegisterGrid</name>
    <message>
        <source>%1, lesson of %2: %3</source>
        <translation>%1, %2 күнгі сабақ: %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>келді</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Келгені</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>%1-сабақ, %2</translation>
    </message>
</context>
<context>
    <name>RegisterGridPanel</name>
    <message>
        <source>Add &amp;lesson…</source>
        <translation>Сабақ &amp;қосу…</translation>
    </message>
    <message>
        <source>Register: students and lessons</source>
        <translation>Журнал: тыңдаушылар мен сабақтар</translation>
    </message>
    <message>
        <source>Students: %1. Lessons: %2. Arrow keys move, Space marks present.</source>
        <translation>Тыңдаушылар: %1. Сабақтар: %2. Көрсеткі пернелері — жылжу, Space — келгенін белгілеу.</translation>
    </message>
    <message>
        <source>Students: %1. Lessons: %2. Read only.</source>
        <translation>Тыңдаушылар: %1. Сабақтар: %2. Тек қарау.</translation>
    </message>
</context>
<context>
    <name>RegisteredChildren</name>
    <message>
        <source>Child&apos;s full name</source>
        <translation>Баланың аты-жөні</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Ата-ана немесе қамқоршы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
</context>
<context>
    <name>RegisteredChildrenDialog</name>
    <message>
        <source>Children registered for events</source>
        <translation>Іс-шараларға жазылған балалар</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>RegisteredChildrenList</name>
    <message>
        <source>Child&apos;s surname and name in any alphabet, or the start of an IIN</source>
        <translation>Баланың тегі мен аты кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>Children registered for children&apos;s events</source>
        <translation>Балалар іс-шараларына жазылған балалар</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register a child</source>
        <translation>Баланы жазу</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>&amp;Parent or guardian:</source>
        <translation>&amp;Ата-ана немесе қамқоршы:</translation>
    </message>
    <message>
        <source>Consent &amp;signed on:</source>
        <translation>Келісімге қол қойылған &amp;күн:</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Тегі мен аты кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>Leave the consent date blank until the parent or guardian has signed: the child can be marked present only once it is recorded.</source>
        <translation>Ата-ана немесе қамқоршы қол қоймайынша, келісім күнін бос қалдырыңыз: бала келді деп келісім енгізілгеннен кейін ғана белгіленеді.</translation>
    </message>
    <message>
        <source>— choose the child first —</source>
        <translation>— алдымен баланы таңдаңыз —</translation>
    </message>
    <message>
        <source>— choose who registers the child —</source>
        <translation>— баланы кім жаздыратынын таңдаңыз —</translation>
    </message>
    <message>
        <source>— nobody linked —</source>
        <translation>— ешкім байланыстырылмаған —</translation>
    </message>
    <message>
        <source>No parent or guardian is linked to this child: link them in the child&apos;s file (Family) first.</source>
        <translation>Бұл баламен ата-ана да, қамқоршы да байланыстырылмаған: алдымен оларды баланың жеке ісінде («Отбасы» бөлімі) байланыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>What was imported</source>
        <translation>Не импортталды</translation>
    </message>
    <message>
        <source>A supervisor can undo the whole import later: File → Imports…</source>
        <translation>Жетекші кейін бүкіл импортты кері қайтара алады: Файл → Импорттар…</translation>
    </message>
    <message>
        <source>Rows &amp;not imported and why:</source>
        <translation>&amp;Импортталмаған жолдар және себебі:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing the rows…</source>
        <translation>Жолдар импортталуда…</translation>
    </message>
    <message>
        <source>The report could not be saved beside the file: %1.</source>
        <translation>Есепті файлдың жанына сақтау мүмкін болмады: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт тоқтатылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Created: %1. Merged: %2. Skipped: %3. Refused: %4.</source>
        <translation>Құрылды: %1. Біріктірілді: %2. Өткізілді: %3. Қабылданбады: %4.</translation>
    </message>
    <message>
        <source>The report is saved beside the file: %1</source>
        <translation>Есеп файлдың жанына сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Құпиясөзді қалпына келтіру: %1</translation>
    </message>
    <message>
        <source>Give the person this one-time password in private: they choose their own at the next sign-in.</source>
        <translation>Бұл бір реттік құпиясөзді қызметкерге жеке айтыңыз: келесі кіргенде ол өз құпиясөзін орнатады.</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>Бір реттік &amp;құпиясөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>Қ&amp;айталаңыз:</translation>
    </message>
</context>
<context>
    <name>ReturneeChildrenSection</name>
    <message>
        <source>%1, last on %2</source>
        <translation>%1, соңғысы: %2</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Оқуы</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Медициналық тексеру</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Children&apos;s register</source>
        <translation>Балалар тізілімі</translation>
    </message>
    <message>
        <source>Children brought back with the returnee: %1.</source>
        <translation>Қатысушымен бірге оралған балалар: %1.</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Баланы қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Тізілімнен алып тастау</translation>
    </message>
    <message>
        <source>Take %1 off the children&apos;s register? The person and the family link stay.</source>
        <translation>Балалар тізілімінен алып тастау керек пе: %1? Адам туралы жазба мен отбасылық байланыс қалады.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of %1</source>
        <translation>Рөлі: %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
</context>
<context>
    <name>RowsBehindDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Тізім оқылуда…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Көрсетілді: %1 / %2</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Бақылау тағайындау</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Нені тексеру керек:</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>Cancel this session</source>
        <translation>Сабақты болдырмау</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>e.g. quarantine in the colony</source>
        <translation>мысалы, мекемедегі карантин</translation>
    </message>
    <message>
        <source>Move this session</source>
        <translation>Сабақты ауыстыру</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Жаңа күні:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Мереке күні</translation>
    </message>
    <message>
        <source>No planned session takes place on a holiday; a session moved onto it does.</source>
        <translation>Мереке күні жоспарланған сабақтар өткізілмейді; осы күнге ауыстырылған сабақ өткізіледі.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>e.g. Nauryz</source>
        <translation>мысалы, Наурыз</translation>
    </message>
    <message>
        <source>End plan</source>
        <translation>Жоспарды аяқтау</translation>
    </message>
    <message>
        <source>%1: the plan runs from %2.</source>
        <translation>%1: жоспар %2 күнінен бастап күшінде.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Соңғы күні:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Participants (a person and their case)</source>
        <translation>Қатысушылар (адам және оның сүйемелдеу ісі)</translation>
    </message>
    <message>
        <source>Mothers&apos; club members</source>
        <translation>Аналар клубының мүшелері</translation>
    </message>
    <message>
        <source>Arabic course students</source>
        <translation>Араб тілі курстарының тыңдаушылары</translation>
    </message>
    <message>
        <source>Placements (requests for a job, housing or a nursery place)</source>
        <translation>Орналастыру (жұмысқа, баспанаға немесе балабақшаға өтініш)</translation>
    </message>
    <message>
        <source>Persons only (family members)</source>
        <translation>Тек адамдар (отбасы мүшелері)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Full name (surname, name, patronymic)</source>
        <translation>Аты-жөні (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Мерзімнің басы</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Мерзімнің аяғы</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кім жолдады</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Joined the club on</source>
        <translation>Клубқа қосылған күні</translation>
    </message>
    <message>
        <source>Reason for joining</source>
        <translation>Қосылу себебі</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Серіктес ұйым</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Notes on the placement</source>
        <translation>Орналастыру туралы ескертпелер</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Same IIN on file</source>
        <translation>Базада дәл осы ЖСН бар</translation>
    </message>
    <message>
        <source>Look-alike on file</source>
        <translation>Базада ұқсас адам бар</translation>
    </message>
    <message>
        <source>Same as an earlier row</source>
        <translation>Жоғарыдағы жолдың қайталануы</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Қателері бар</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Өткізу</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>%1 is empty but required.</source>
        <translation>Міндетті өріс бос: %1.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>Тым ұзын өріс: %1.</translation>
    </message>
    <message>
        <source>%1: not a date that exists (write dd.mm.yyyy).</source>
        <translation>%1: мұндай күн жоқ (кк.аа.жжжж түрінде жазыңыз).</translation>
    </message>
    <message>
        <source>%1: before 1900 or after today.</source>
        <translation>%1: 1900 жылдан бұрын немесе бүгіннен кейін.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1: күні әлі келмеген.</translation>
    </message>
    <message>
        <source>%1: an unknown value; choose what it means in the value table.</source>
        <translation>%1: белгісіз мән; оның мағынасын мәндер кестесінде таңдаңыз.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN must be from 1 to 6.</source>
        <translation>ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real date.</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты күн емес.</translation>
    </message>
    <message>
        <source>The IIN&apos;s last digit does not match: check for a typo.</source>
        <translation>ЖСН-нің соңғы цифры сәйкес емес: қате басылмағанын тексеріңіз.</translation>
    </message>
    <message>
        <source>The IIN belongs to a deleted record.</source>
        <translation>Бұл ЖСН жойылған жазбаға тиесілі.</translation>
    </message>
    <message>
        <source>%1 does not agree with the IIN.</source>
        <translation>%1: ЖСН-мен сәйкес емес.</translation>
    </message>
    <message>
        <source>%1: this stage is recorded in the case itself (with its witness or a second supervisor&apos;s approval); import the row as intake or active.</source>
        <translation>%1: бұл кезең сүйемелдеу ісінің өзінде жазылады (куәгерімен немесе екінші жетекшінің бекітуімен); жолды «Қабылдау» немесе «Белсенді жұмыс» ретінде импорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is before the start of the sentence.</source>
        <translation>%1: жаза мерзімі басталғанға дейінгі күн.</translation>
    </message>
    <message>
        <source>No open course has this title.</source>
        <translation>Мұндай атаумен ашық курс жоқ.</translation>
    </message>
    <message>
        <source>No partner organisation has this name.</source>
        <translation>Мұндай атаумен серіктес ұйым жоқ.</translation>
    </message>
    <message>
        <source>Only women join the mothers&apos; club.</source>
        <translation>Аналар клубына тек әйелдер қосылады.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1: жарамсыз мән.</translation>
    </message>
    <message>
        <source>A person on file has a look-alike name and the same birth date: decide whether to merge or create.</source>
        <translation>Базада аты ұқсас, туған күні бірдей адам бар: біріктіру не жаңасын құру керегін шешіңіз.</translation>
    </message>
    <message>
        <source>An earlier row of the file is the same person.</source>
        <translation>Файлдағы жоғарырақ жол — дәл сол адам.</translation>
    </message>
    <message>
        <source>Skipped as chosen.</source>
        <translation>Таңдау бойынша өткізілді.</translation>
    </message>
    <message>
        <source>Merge was chosen without a person to merge into.</source>
        <translation>Біріктіру таңдалды, бірақ кіммен екені көрсетілмеген.</translation>
    </message>
    <message>
        <source>The file is too large: split it into smaller files.</source>
        <translation>Файл тым үлкен: оны бірнеше файлға бөліңіз.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Файлда импорттайтын жол жоқ.</translation>
    </message>
    <message>
        <source>This is not an .xlsx or .csv file: save it as .xlsx or .csv and import that.</source>
        <translation>Бұл .xlsx немесе .csv файлы емес: оны .xlsx немесе .csv ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text: save it from the spreadsheet program as CSV (UTF-8).</source>
        <translation>Файл UTF-8 немесе Windows-1251 мәтіні емес: оны электрондық кесте бағдарламасынан CSV (UTF-8) ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The CSV file is damaged: save it again from the spreadsheet program.</source>
        <translation>CSV файлы бүлінген: оны электрондық кесте бағдарламасынан қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The workbook is damaged: save it again from the spreadsheet program.</source>
        <translation>Кітап бүлінген: оны электрондық кесте бағдарламасынан қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The workbook holds formulas saved without their values: open it in the spreadsheet program and save it again.</source>
        <translation>Кітапта мәндерісіз сақталған формулалар бар: оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>A cell holds more than 32,767 characters.</source>
        <translation>Ұяшықта 32 767 таңбадан көп.</translation>
    </message>
    <message>
        <source>The file has more than 100,000 rows: split it into smaller files.</source>
        <translation>Файлда 100 000 жолдан көп: оны бірнеше файлға бөліңіз.</translation>
    </message>
    <message>
        <source>The file has more than 256 columns: keep only the columns to import.</source>
        <translation>Файлда 256 бағаннан көп: тек импортталатын бағандарды қалдырыңыз.</translation>
    </message>
    <message>
        <source>This file is not a Centre Desk import mapping.</source>
        <translation>Бұл файл Centre Desk импорт сәйкестігі емес.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read.</source>
        <translation>Сәйкестік файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file has no sheet of this name.</source>
        <translation>Файлда мұндай атаулы парақ жоқ.</translation>
    </message>
    <message>
        <source>Left as they are, because they were changed after the import: rows %1.</source>
        <translation>Импорттан кейін өзгертілгендіктен, өзгеріссіз қалды. Жолдар: %1.</translation>
    </message>
    <message>
        <source>Left as they are, because records added after the import refer to them: rows %1.</source>
        <translation>Импорттан кейін қосылған жазбалар оларға сілтейтіндіктен, өзгеріссіз қалды. Жолдар: %1.</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Active, one-time password</source>
        <translation>Белсенді, бір реттік құпиясөз</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Қызметкерлердің тіркелгілері</translation>
    </message>
    <message>
        <source>The accounts of this centre. A disabled account cannot sign in; its records and history stay. Accounts of other centres are managed there.</source>
        <translation>Осы орталықтың тіркелгілері. Өшірілген тіркелгімен бағдарламаға кіру мүмкін емес; оның жазбалары мен тарихы сақталады. Басқа орталықтардың тіркелгілері сол орталықтарда басқарылады.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Рөлін ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Works in…</source>
        <translation>&amp;Жұмыс орны…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Құпиясөзді қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Іске қосу</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Тіркелгіні өшіру</translation>
    </message>
    <message>
        <source>Disable %1? They will not be able to sign in; their records stay.</source>
        <translation>«%1» тіркелгісін өшіру керек пе? Қызметкер бағдарламаға кіре алмайды; оның жазбалары сақталады.</translation>
    </message>
</context>
<context>
    <name>StageSection</name>
    <message>
        <source>Stage: not yet recorded</source>
        <translation>Кезең: әлі жазылмаған</translation>
    </message>
    <message>
        <source>Stage: %1 since %2</source>
        <translation>Кезең: %1 (күні: %2)</translation>
    </message>
    <message>
        <source>Chan&amp;ge stage…</source>
        <translation>Ке&amp;зеңді ауыстыру…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Кезеңдер тарихы</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Activities per month by programme</source>
        <translation>Іс-шаралар: айлар және бағдарламалар бойынша</translation>
    </message>
    <message>
        <source>Participants by stage (today)</source>
        <translation>Қатысушылар кезеңдер бойынша (бүгінгі күнге)</translation>
    </message>
    <message>
        <source>Placements by kind and status (today)</source>
        <translation>Орналастырулар түрі мен мәртебесі бойынша (бүгінгі күнге)</translation>
    </message>
    <message>
        <source>Individuals rehabilitated</source>
        <translation>Оңалтудан өткен адамдар</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Өткізілген іс-шаралар</translation>
    </message>
    <message>
        <source>Unique people involved</source>
        <translation>Қамтылған адамдар (қайталанбай)</translation>
    </message>
    <message>
        <source>Meetings held in penal facilities</source>
        <translation>Түзеу мекемелерінде өткізілген кездесулер</translation>
    </message>
    <message>
        <source>Unique inmates involved</source>
        <translation>Қамтылған сотталғандар (қайталанбай)</translation>
    </message>
    <message>
        <source>Inmates who openly renounced radical views</source>
        <translation>Радикалды көзқарастан ашық бас тартқан сотталғандар</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Курсты бітіргені туралы берілген сертификаттар</translation>
    </message>
    <message>
        <source>Placements made</source>
        <translation>Жүзеге асқан орналастырулар</translation>
    </message>
    <message>
        <source>Returnees from conflict zones in work</source>
        <translation>Қарулы қақтығыс аймақтарынан оралған адамдар (сүйемелдеуде)</translation>
    </message>
    <message>
        <source>Returnees&apos; children in the children&apos;s register</source>
        <translation>Оралған адамдардың балалар тізіліміндегі балалары</translation>
    </message>
    <message>
        <source>Persons whose case reached the stage “rehabilitated” in the period and did not relapse after it within the period; each person once. Only approved outcomes count: a request still waiting for a second supervisor does not.</source>
        <translation>Сүйемелдеу ісі кезеңде «Оңалту аяқталды» кезеңіне жеткен және кезең ішінде одан кейін радикалды көзқарасқа қайта оралмаған адамдар; әр адам бір рет. Тек бекітілген нәтижелер саналады: екінші жетекшіні күтіп тұрған сұрау саналмайды.</translation>
    </message>
    <message>
        <source>Activities held in the period, both of its days included: in all and per programme.</source>
        <translation>Кезеңде (бірінші және соңғы күнін қоса) өткізілген іс-шаралар: барлығы және бағдарламалар бойынша.</translation>
    </message>
    <message>
        <source>Persons present at the period&apos;s activities, each counted once. Someone who came to two programmes counts once in the total and once under each programme, so the programme lines add up to more than the total. Children present at children&apos;s events are counted.</source>
        <translation>Кезеңдегі іс-шараларға қатысқан адамдар; әрқайсысы бір рет есептеледі. Екі бағдарламаға қатысқан адам жалпы санда бір рет және әр бағдарлама бойынша бір реттен есептеледі, сондықтан бағдарламалар жолдарының қосындысы жалпы саннан көп. Балалар іс-шараларына қатысқан балалар да есептеледі.</translation>
    </message>
    <message>
        <source>Activities of the period held in a penal facility.</source>
        <translation>Кезеңде түзеу мекемесінде өткізілген іс-шаралар.</translation>
    </message>
    <message>
        <source>Persons present at meetings held in penal facilities whose case was an inmate&apos;s on the day of the meeting; each person once.</source>
        <translation>Түзеу мекемелеріндегі кездесулерге қатысқан, кездесу күні сүйемелдеу ісінің санаты «сотталған» болған адамдар; әр адам бір рет есептеледі.</translation>
    </message>
    <message>
        <source>Persons whose case, an inmate&apos;s on that day, reached the stage “renounced radical views” in the period and did not relapse after it within the period.</source>
        <translation>Сүйемелдеу ісі (сол күні санаты «сотталған») кезең ішінде «Радикалды көзқарастан бас тарту» кезеңіне жетіп, кезең соңына дейін радикалды көзқарасқа қайта оралмаған адамдар.</translation>
    </message>
    <message>
        <source>Course certificates dated in the period; someone who completed two courses counts twice.</source>
        <translation>Кезеңде берілген курсты бітіргені туралы сертификаттар; екі курсты бітірген адам екі рет есептеледі.</translation>
    </message>
    <message>
        <source>Placements that became “placed” in the period, per kind of help.</source>
        <translation>Кезеңде «Орналастырылды» мәртебесін алған орналастыру өтініштері, көмек түрлері бойынша.</translation>
    </message>
    <message>
        <source>Persons whose case is a returnee&apos;s (on the period&apos;s last day), taken in by the end of the period and not closed before it began; each person once.</source>
        <translation>Сүйемелдеу ісі (кезеңнің соңғы күніне) қарулы қақтығыс аймағынан оралған адамдар санатына жататын, кезең соңына дейін қабылданған және кезең басталғанға дейін сүйемелдеуі тоқтатылмаған адамдар; әр адам бір рет.</translation>
    </message>
    <message>
        <source>Children in the children&apos;s register of those returnees&apos; cases; each child once.</source>
        <translation>Сол сүйемелдеу істерінің балалар тізіліміндегі балалар; әр бала бір рет.</translation>
    </message>
    <message>
        <source>A facility narrows activities to those held in it, and rehabilitations, renunciations, courses and placements to persons whose case names it (for a stage, the case that reached it).</source>
        <translation>Мекемені таңдағанда онда өткізілген іс-шаралар, ал аяқталған оңалту, бас тарту, курстар мен орналастыру бойынша сүйемелдеу ісінде осы мекеме көрсетілген адамдар ғана қалады (кезең үшін — кезеңге жеткен сүйемелдеу ісінде).</translation>
    </message>
    <message>
        <source>A region narrows activities, and the persons present at them, to those recorded by a centre of the region (this centre, or a peer centre of that region), so the regions add up to the whole; rehabilitations, renunciations, courses and placements to persons living in the region.</source>
        <translation>Өңірді таңдағанда сол өңір орталығы (осы орталық немесе сол өңірдегі синхрондалатын орталық) жазған іс-шаралар мен оларға қатысқандар қалады, сондықтан өңірлер бойынша қосынды жалпы санға тең; аяқталған оңалту, бас тарту, курстар мен орналастыру бойынша — өңірде тұратын адамдар.</translation>
    </message>
    <message>
        <source>Deleted records are not counted; two records of one person merged into one count once.</source>
        <translation>Жойылған жазбалар есептелмейді; бір адамның біріктірілген екі жазбасы бір рет есептеледі.</translation>
    </message>
    <message>
        <source>Rehabilitated on</source>
        <translation>Оңалту аяқталған күні</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Renounced on</source>
        <translation>Радикалды көзқарастан бас тартқан күні</translation>
    </message>
    <message>
        <source>Certificate of</source>
        <translation>Сертификат күні</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Орналастырылған күні</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Last came on</source>
        <translation>Соңғы келген күні</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Қатысқан іс-шаралар</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Children in the register</source>
        <translation>Тізілімдегі балалар</translation>
    </message>
    <message>
        <source>Health check on</source>
        <translation>Медициналық тексеру күні</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Келгені</translation>
    </message>
    <message>
        <source>Half-year statistics</source>
        <translation>Жарты жылдық статистика</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Есепті кезең: %1 – %2</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>Мекеме: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Өңір: %1</translation>
    </message>
    <message>
        <source>All facilities and regions</source>
        <translation>Барлық мекемелер мен өңірлер</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>КОНФИДЕНЦИАЛДЫ</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Басып шығарған: %1, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Бет %1 / %2</translation>
    </message>
    <message>
        <source>What the figures count</source>
        <translation>Көрсеткіштер нені есептейді</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Өткізілмеді</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Әлі алда</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Held without a plan</source>
        <translation>Жоспардан тыс өткізілді</translation>
    </message>
    <message>
        <source>Sessions of the week&apos;s plans taking place in the period. Planned: those not cancelled, that is held, missed and still to come. Held: recorded as an activity; missed: their day has passed and no activity was recorded; still to come: today&apos;s and later ones. Cancelled: on their own or by a holiday. Held without a plan: activities of the period that no plan&apos;s session became. A session counts under its plan&apos;s facility and programme; a facility or a region narrows the plans as it narrows activities.</source>
        <translation>Кезеңге келетін апталық жоспарлардың сабақтары. Жоспарланған: болдырылмағандары, яғни өткізілгендері, өткізілмегендері және әлі алдағылары. Өткізілді: іс-шара ретінде жазылған; өткізілмеді: сабақ күні өтіп кеткен, ал іс-шара жазылмаған; әлі алда: бүгінгі және одан кейінгілері. Болдырылмады: жеке өзі немесе мереке себебінен болдырылмағандары. Жоспардан тыс өткізілді: ешбір жоспардың сабағына айналмаған кезең іс-шаралары. Сабақ өз жоспарының мекемесі мен бағдарламасы бойынша есептеледі; мекеме немесе өңір таңдалса, жоспарлар іс-шаралар сияқты іріктеледі.</translation>
    </message>
    <message>
        <source>Planned against held</source>
        <translation>Жоспарланғаны мен өткізілгені</translation>
    </message>
    <message>
        <source>By facility</source>
        <translation>Мекемелер бойынша</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Бағдарламалар бойынша</translation>
    </message>
    <message>
        <source>No facility</source>
        <translation>Мекемесіз</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Rows behind it</source>
        <translation>Көрсеткіштің жолдары</translation>
    </message>
    <message>
        <source>Sheet “%1”</source>
        <translation>«%1» парағы</translation>
    </message>
    <message>
        <source>Sheet “%1”, rows whose “%2” is %3</source>
        <translation>«%1» парағы, «%2» бағанында «%3» көрсетілген жолдар</translation>
    </message>
    <message>
        <source>Sheet “%1”, rows where “%2” is filled in</source>
        <translation>«%1» парағы, «%2» бағаны толтырылған жолдар</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Есепті кезең:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>%1 жылдың бірінші жартыжылдығы</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>%1 жылдың екінші жартыжылдығы</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Басқа кезең</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>XLSX-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF-ке экспо&amp;рттау…</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>Көрсе&amp;ткіштер</translation>
    </message>
    <message>
        <source>Pla&amp;nned against held</source>
        <translation>&amp;Жоспарланғаны мен өткізілгені</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation>Есептеу тоқтатылды.</translation>
    </message>
    <message>
        <source>Figures for %1 to %2.</source>
        <translation>Көрсеткіштер: %1 – %2.</translation>
    </message>
    <message>
        <source>Statistics, %1</source>
        <translation>Статистика, %1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Электрондық кестелер (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Статистиканы сақтау</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Жазылуда: %1…</translation>
    </message>
    <message>
        <source>Saved the statistics to %1.</source>
        <translation>Статистика сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the placement&apos;s status</source>
        <translation>Орналастыру мәртебесін өзгерту</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Жаңа &amp;мәртебе:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескерту:</translation>
    </message>
    <message>
        <source>Choose the partner organisation first: press “Edit…” in the placement window.</source>
        <translation>Алдымен серіктес ұйымды таңдаңыз: орналастыру терезесінде «Өзгерту…» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>What you typed here is not saved. Save it before closing?</source>
        <translation>Енгізілген деректер сақталмаған. Жабу алдында сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The file is not a Centre Desk sync package.</source>
        <translation>Бұл файл Centre Desk синхрондау пакеті емес.</translation>
    </message>
    <message>
        <source>The package was made for another site, not this one.</source>
        <translation>Пакет осы орталыққа емес, басқа орталыққа арналған.</translation>
    </message>
    <message>
        <source>The package is incomplete or damaged: copy it again from the sender.</source>
        <translation>Пакет толық емес немесе зақымдалған: оны жіберушіден қайта көшіріп алыңыз.</translation>
    </message>
    <message>
        <source>The package was altered after it was signed: do not use it.</source>
        <translation>Пакетке қол қойылғаннан кейін ол өзгертілген: оны пайдаланбаңыз.</translation>
    </message>
    <message>
        <source>The package comes from a site that is not among this site&apos;s peers: add its site card under Peers… first.</source>
        <translation>Пакет осы орталықпен синхрондалмайтын орталықтан келген: алдымен «Синхрондалатын орталықтар…» бөлімінде оның карточкасын қосыңыз.</translation>
    </message>
    <message>
        <source>The package was made by a newer Centre Desk: update this installation first.</source>
        <translation>Пакет Centre Desk бағдарламасының жаңарақ нұсқасында жасалған: алдымен осы компьютердегі бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The file is not a Centre Desk site card.</source>
        <translation>Бұл файл Centre Desk орталық карточкасы емес.</translation>
    </message>
    <message>
        <source>This is this site&apos;s own card: add the other site&apos;s card instead.</source>
        <translation>Бұл — осы орталықтың өз карточкасы: оның орнына басқа орталықтың карточкасын қосыңыз.</translation>
    </message>
    <message>
        <source>A peer with this site id is already known with other keys: check the card with its sender.</source>
        <translation>Осындай идентификаторы бар орталық басқа кілттермен тіркелген: карточканы оны жіберген орталықпен бірге тексеріңіз.</translation>
    </message>
    <message>
        <source>One of the chosen peers is no longer known: open Peers… and check.</source>
        <translation>Таңдалған орталықтардың бірі енді тізімде жоқ: «Синхрондалатын орталықтар…» бөлімін ашып, тексеріңіз.</translation>
    </message>
    <message>
        <source>More than one peer has that name: choose it by site id.</source>
        <translation>Бұл атаумен бірнеше орталық бар: оны идентификаторы бойынша таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose at least one peer to export for.</source>
        <translation>Экспорттау үшін кемінде бір орталықты таңдаңыз.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Араб тілі курстары</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Серіктес ұйымдар</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Пайдаланушы тіркелгілері</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Сүйемелдеу істері</translation>
    </message>
    <message>
        <source>Club memberships</source>
        <translation>Клубқа мүшелік</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Курсқа жазылулар</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Орналастырулар</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Туыстық байланыстар</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Қатысу белгілері</translation>
    </message>
    <message>
        <source>Assigned specialists</source>
        <translation>Бекітілген мамандар</translation>
    </message>
    <message>
        <source>Event registrations</source>
        <translation>Іс-шараларға жазылулар</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Бақылау мерзімдері</translation>
    </message>
    <message>
        <source>Placement status changes</source>
        <translation>Орналастыру мәртебесінің өзгерістері</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Кезеңдердің ауысуы</translation>
    </message>
    <message>
        <source>It refers to a record this site does not have yet; it is tried again at every import.</source>
        <translation>Жол осы орталықта әлі жоқ жазбаға сілтейді; әр импорттау кезінде қайта өңделеді.</translation>
    </message>
    <message>
        <source>It duplicates a record this site already has (%1).</source>
        <translation>Жол осы орталықта бар жазбаны қайталайды (%1).</translation>
    </message>
    <message>
        <source>Its clock stamp is more than a day ahead of this PC&apos;s clock (%1); it is tried again at every import.</source>
        <translation>Жолдың уақыт белгісі осы компьютердің сағатынан бір тәуліктен артық озып тұр (%1); әр импорттау кезінде қайта өңделеді.</translation>
    </message>
    <message>
        <source>A required value is missing (%1); it is kept for review, not tried again.</source>
        <translation>Міндетті мән жоқ (%1); жол тексеру үшін сақталды, қайта өңделмейді.</translation>
    </message>
    <message>
        <source>Category changes</source>
        <translation>Санат өзгерістері</translation>
    </message>
    <message>
        <source>Outcomes awaiting approval</source>
        <translation>Бекітуді күтіп тұрған нәтижелер</translation>
    </message>
    <message>
        <source>Returnees&apos; children</source>
        <translation>Оралған адамдардың балалары</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Сабақ жоспарлары</translation>
    </message>
    <message>
        <source>Cancelled, moved and held sessions</source>
        <translation>Болдырылмаған, ауыстырылған және өткізілген сабақтар</translation>
    </message>
    <message>
        <source>Saved groups</source>
        <translation>Сақталған топтар</translation>
    </message>
    <message>
        <source>Members of saved groups</source>
        <translation>Сақталған топтардың қатысушылары</translation>
    </message>
    <message>
        <source>A value is not valid here (%1); it is kept for review, not tried again.</source>
        <translation>Мән бұл жерде жарамсыз (%1); жол тексеру үшін сақталды, қайта өңделмейді.</translation>
    </message>
    <message>
        <source>It would change one of this site&apos;s own user accounts, which only this site may change (%1); it is kept for review, not tried again.</source>
        <translation>Жол осы орталықтың пайдаланушы тіркелгілерінің бірін өзгертеді, ал оларды тек осы орталықтың өзі өзгерте алады (%1); жол тексеру үшін сақталды, қайта өңделмейді.</translation>
    </message>
    <message>
        <source>It approves or changes a request for an outcome made at another centre, which only that centre&apos;s supervisors may decide (%1); it is kept for review, not tried again.</source>
        <translation>Жазба басқа орталықта жасалған нәтиже сұрауын бекітеді немесе өзгертеді, ал оны сол орталықтың жетекшілері ғана шеше алады (%1); ол тексеру үшін сақталды, қайта қолданылмайды.</translation>
    </message>
    <message>
        <source>It claims a change this site never made (%1); it is kept for review, not tried again.</source>
        <translation>Жолда осы орталық ешқашан енгізбеген өзгеріс оның атынан көрсетілген (%1); жол тексеру үшін сақталды, қайта өңделмейді.</translation>
    </message>
    <message>
        <source>It passes on a change made at another centre, and this peer does not relay for other centres (%1); tick “Relays other centres&apos; records” under Peers… if it should.</source>
        <translation>Жолда басқа орталықта енгізілген өзгеріс бар, ал бұл орталық басқа орталықтардың жазбаларын жеткізбейді (%1); егер жеткізуі тиіс болса, «Синхрондалатын орталықтар…» бөлімінде «Басқа орталықтардың жазбаларын жеткізеді» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Жаза мерзімінің басы</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Жаза мерзімінің соңы</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Кім жолдады</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Келесі бақылау</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Оқытушы</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Карантинде</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Log intervention…</source>
        <translation>Іс-шараны жазу…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Enter or a double-click opens a session, meeting, event or lesson.</source>
        <translation>Enter немесе екі рет шерту сабақты, кездесуді, іс-шараны немесе дәрісті ашады.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Centre Desk — user guide</source>
        <translation>Centre Desk — пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>WeekActions</name>
    <message>
        <source>&amp;Week plan…</source>
        <translation>Апта жоспар&amp;ы…</translation>
    </message>
    <message>
        <source>The week&apos;s planned, held and missed sessions by day and facility.</source>
        <translation>Аптаның жоспарланған, өткізілген және өткізілмеген сабақтары күндер мен мекемелер бойынша.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Save the week&apos;s schedule</source>
        <translation>Апта кестесін сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Schedule of the week: %1</source>
        <translation>Апта кестесі: %1</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>барлық мекемелер</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Held ✓</source>
        <translation>Өткізілді ✓</translation>
    </message>
    <message>
        <source>Missed ✗</source>
        <translation>Өткізілмеді ✗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source> (no plan)</source>
        <translation> (жоспардан тыс)</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (ауыстырылды, бұрынғы күні: %1)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Дс</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Сс</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Бс</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сн</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Жс</translation>
    </message>
    <message>
        <source>No facility</source>
        <translation>Мекемесіз</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>Апта жоспары</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Ал&amp;дыңғы апта</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Осы апта</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Келесі апта ▶</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation>Мама&amp;н:</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Бас&amp;ып шығару…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Барлық мамандар</translation>
    </message>
    <message>
        <source>Enter or a double-click on a planned session records it as held and opens its register with the expected people ticked.</source>
        <translation>Жоспарланған сабақты Enter немесе қос шерту өткізілді деп белгілейді және күтілген қатысушылар белгіленген қатысу тізімін ашады.</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Апта: %1 – %2</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>Бұл сабақ болдырылмады.</translation>
    </message>
    <message>
        <source>This session is still to come: it can be recorded as held on its day.</source>
        <translation>Бұл сабақ әлі алда: оны өз күнінде өткізілді деп белгілеуге болады.</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Кестені сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Кесте %1</translation>
    </message>
</context>
<context>
    <name>WorkAreas</name>
    <message>
        <source>Placements</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>No case names a facility yet.</source>
        <translation>Бірде-бір сүйемелдеу ісінде мекеме әлі көрсетілмеген.</translation>
    </message>
    <message>
        <source>Works in fac&amp;ilities:</source>
        <translation>Жұмыс істейтін &amp;мекемелер:</translation>
    </message>
    <message>
        <source>Works in pro&amp;grammes:</source>
        <translation>Жұмыс істейтін &amp;бағдарламалар:</translation>
    </message>
</context>
</TS>
