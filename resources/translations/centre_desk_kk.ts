<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
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
</context>
<context>
    <name>ChildrenEventsTab</name>
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
        <translation>Ата-анасы немесе қамқоршысы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
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
        <translation>Әкімшінің &amp;аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
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
        <source>Cancel</source>
        <translation>Болдырмау</translation>
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
        <translation>Радикалды көзқарастан бас тартты</translation>
    </message>
    <message>
        <source>Rehabilitated</source>
        <translation>Оңалтылды</translation>
    </message>
    <message>
        <source>Relapsed</source>
        <translation>Қайталану</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
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
        <translation>Сұралды</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Жұмыста</translation>
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
        <translation>Дінтанулық дәріс</translation>
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
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсетілді: %1 / %2</translation>
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
        <source>C&amp;hildren&apos;s events</source>
        <translation>&amp;Балалар іс-шаралары</translation>
    </message>
    <message>
        <source>&amp;Arabic courses</source>
        <translation>&amp;Араб тілі курстары</translation>
    </message>
    <message>
        <source>P&amp;lacements</source>
        <translation>&amp;Жұмыс және баспана</translation>
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
        <source>Not available in this version yet.</source>
        <translation>Бұл нұсқада әзірге қолжетімсіз.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
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
        <source>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers&apos; club, children&apos;s events, Arabic courses and placements.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Оңалту орталықтарының істерін жүргізу: қатысушылар, аналар клубы, балалар іс-шаралары, араб тілі курстары, жұмысқа және баспанаға орналастыру.&lt;br&gt;Деректер: %2</translation>
    </message>
    <message>
        <source>About Centre Desk</source>
        <translation>Centre Desk туралы</translation>
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
        <translation>Сіздің рөліңіз бұл өзгерісті енгізуге рұқсат бермейді.</translation>
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
        <translation>Бірдеңе дұрыс болмады; толығырақ журналда жазылған.</translation>
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
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>Бақылау кездесуінің мерзімі өтті.</translation>
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
        <source>Next follow-up</source>
        <translation>Келесі кездесу</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Тегі мен аты кез келген әліпбимен немесе ЖСН-нің басы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
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
        <translation>Келесі тексеру</translation>
    </message>
    <message>
        <source>Surname and name, the start of an IIN, or an organisation</source>
        <translation>Тегі мен аты, ЖСН-нің басы немесе ұйым</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Жұмыс, баспана және балабақша</translation>
    </message>
</context>
</TS>
