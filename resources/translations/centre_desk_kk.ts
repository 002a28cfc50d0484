<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
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
</TS>
