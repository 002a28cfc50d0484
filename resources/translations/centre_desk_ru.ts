<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ArabicCoursesTab</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Enrolled / places</source>
        <translation>Записано / мест</translation>
    </message>
    <message>
        <source>Words from the course title or the teacher&apos;s name</source>
        <translation>Слова из названия курса или имени преподавателя</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Курсы арабского языка</translation>
    </message>
</context>
<context>
    <name>ChildrenEventsTab</name>
    <message>
        <source>Child&apos;s full name</source>
        <translation>ФИО ребёнка</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Родитель или опекун</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Child&apos;s surname and name in any alphabet, or the start of an IIN</source>
        <translation>Фамилия и имя ребёнка на любом алфавите или начало ИИН</translation>
    </message>
    <message>
        <source>Children registered for children&apos;s events</source>
        <translation>Дети, записанные на детские мероприятия</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Centre Desk: first-time set-up</source>
        <translation>Centre Desk: первоначальная настройка</translation>
    </message>
    <message>
        <source>Welcome. Set up Centre Desk on this computer: name the centre, create the first administrator account and, if you wish, a password that encrypts the whole database file.</source>
        <translation>Добро пожаловать. Настройте Centre Desk на этом компьютере: укажите название центра, создайте первую учётную запись администратора и, при желании, пароль, которым шифруется весь файл базы данных.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>&amp;Название центра:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;Имя пользователя администратора:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation>&amp;ФИО администратора:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>&amp;Database password:</source>
        <translation>Пароль &amp;базы данных:</translation>
    </message>
    <message>
        <source>Repeat the database passw&amp;ord:</source>
        <translation>Повторите пароль б&amp;азы данных:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database file with a password</source>
        <translation>&amp;Зашифровать файл базы данных паролем</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Настроить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активная работа</translation>
    </message>
    <message>
        <source>Renounced radical views</source>
        <translation>Отказался от радикальных взглядов</translation>
    </message>
    <message>
        <source>Rehabilitated</source>
        <translation>Реабилитирован</translation>
    </message>
    <message>
        <source>Relapsed</source>
        <translation>Рецидив</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Ex-convict</source>
        <translation>Бывший осуждённый</translation>
    </message>
    <message>
        <source>At-risk citizen</source>
        <translation>Гражданин группы риска</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Низкий риск</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Средний риск</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Nursery place</source>
        <translation>Место в детском саду</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Устроен</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужская</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женская</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Окончил</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Individual consultation</source>
        <translation>Индивидуальная консультация</translation>
    </message>
    <message>
        <source>Group training</source>
        <translation>Групповой тренинг</translation>
    </message>
    <message>
        <source>Theological lecture</source>
        <translation>Богословская лекция</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <source>Club group session</source>
        <translation>Групповое занятие клуба</translation>
    </message>
    <message>
        <source>Club one-to-one session</source>
        <translation>Индивидуальная встреча клуба</translation>
    </message>
    <message>
        <source>Athletic event</source>
        <translation>Спортивное мероприятие</translation>
    </message>
    <message>
        <source>Children&apos;s event</source>
        <translation>Детское мероприятие</translation>
    </message>
    <message>
        <source>Course lesson</source>
        <translation>Урок курса</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Работа с участниками</translation>
    </message>
    <message>
        <source>Mothers&apos; club</source>
        <translation>Клуб матерей</translation>
    </message>
    <message>
        <source>Children&apos;s events</source>
        <translation>Детские мероприятия</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Курсы арабского языка</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Housing provider</source>
        <translation>Арендодатель или жилищное агентство</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Неправительственная организация</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Centre Desk: sign in</source>
        <translation>Centre Desk: вход</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Database password:</source>
        <translation>Пароль &amp;базы данных:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Mothers&apos; club</source>
        <translation>&amp;Клуб матерей</translation>
    </message>
    <message>
        <source>C&amp;hildren&apos;s events</source>
        <translation>&amp;Детские мероприятия</translation>
    </message>
    <message>
        <source>&amp;Arabic courses</source>
        <translation>Курсы &amp;арабского</translation>
    </message>
    <message>
        <source>P&amp;lacements</source>
        <translation>&amp;Трудоустройство и жильё</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export for sync…</source>
        <translation>&amp;Экспорт для синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Import sync package…</source>
        <translation>&amp;Импорт пакета синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>В этой версии пока недоступно.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Centre Desk</source>
        <translation>&amp;О программе Centre Desk</translation>
    </message>
    <message>
        <source>Centre: %1 (%2)</source>
        <translation>Центр: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in: %1, %2</source>
        <translation>Пользователь: %1, %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers&apos; club, children&apos;s events, Arabic courses and placements.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Ведение дел реабилитационных центров: участники, клуб матерей, детские мероприятия, курсы арабского языка, трудоустройство и жильё.&lt;br&gt;Данные: %2</translation>
    </message>
    <message>
        <source>About Centre Desk</source>
        <translation>О программе Centre Desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Нужно не менее 8 символов.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Слишком длинное значение.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Введённые значения не совпадают.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Дата ещё не наступила.</translation>
    </message>
    <message>
        <source>This does not match the IIN.</source>
        <translation>Не совпадает с ИИН.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN must be from 1 to 6.</source>
        <translation>7-я цифра ИИН должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real date.</source>
        <translation>Первые шесть цифр ИИН не образуют существующую дату.</translation>
    </message>
    <message>
        <source>The IIN&apos;s last digit does not match: check for a typo.</source>
        <translation>Контрольная цифра ИИН не сходится: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>The database password is wrong: check it and try again.</source>
        <translation>Неверный пароль базы данных: проверьте его и повторите попытку.</translation>
    </message>
    <message>
        <source>This database is encrypted: enter its password.</source>
        <translation>База данных зашифрована: введите её пароль.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Centre Desk database.</source>
        <translation>Файл базы данных повреждён или не является базой Centre Desk.</translation>
    </message>
    <message>
        <source>There is no Centre Desk database here yet: run first-time set-up.</source>
        <translation>Здесь ещё нет базы Centre Desk: выполните первоначальную настройку.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Ваша роль не позволяет вносить это изменение.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Эта запись больше не существует; возможно, её удалили.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered.</source>
        <translation>Человек с таким ИИН уже зарегистрирован.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Too many failed attempts: sign-in is locked for a minute.</source>
        <translation>Слишком много неудачных попыток: вход заблокирован на минуту.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Что-то пошло не так; подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>MothersClubTab</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Фамилия и имя на любом алфавите или начало ИИН</translation>
    </message>
    <message>
        <source>Members of the mothers&apos; club</source>
        <translation>Участницы клуба матерей</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>Срок контрольной встречи прошёл.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующая встреча</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Фамилия и имя на любом алфавите или начало ИИН</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>Surname and name, the start of an IIN, or an organisation</source>
        <translation>Фамилия и имя, начало ИИН или организация</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Трудоустройство, жильё и детские сады</translation>
    </message>
</context>
</TS>
