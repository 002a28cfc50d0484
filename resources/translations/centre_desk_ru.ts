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
    <name>AttendeesBox</name>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>&amp;Add an attendee (Enter adds the highlighted person):</source>
        <translation>&amp;Добавить участника (Enter добавляет выделенного):</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Присутствовали</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Offence article:</source>
        <translation>&amp;Статья:</translation>
    </message>
    <message>
        <source>Sentence from:</source>
        <translation>Срок с:</translation>
    </message>
    <message>
        <source>Sentence until:</source>
        <translation>Срок до:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Кем направлен:</translation>
    </message>
    <message>
        <source>Risk le&amp;vel:</source>
        <translation>&amp;Уровень риска:</translation>
    </message>
    <message>
        <source>Assigned specia&amp;lists:</source>
        <translation>&amp;Закреплённые специалисты:</translation>
    </message>
    <message>
        <source>Consent d&amp;ate:</source>
        <translation>&amp;Дата согласия:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Следующая встреча:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The participant gave written cons&amp;ent</source>
        <translation>Участник дал письменное &amp;согласие</translation>
    </message>
    <message>
        <source>Penal colony, e.g. ИК-5</source>
        <translation>Исправительное учреждение, например ИК-5</translation>
    </message>
    <message>
        <source>Anything the next specialist should know</source>
        <translation>Всё, что следует знать следующему специалисту</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change stage</source>
        <translation>Смена этапа</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Текущий этап: %1</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>&amp;Новый этап:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Witnessed by:</source>
        <translation>&amp;Свидетель:</translation>
    </message>
    <message>
        <source>Why the stage changes: what was seen or said</source>
        <translation>Почему меняется этап: что было замечено или сказано</translation>
    </message>
    <message>
        <source>Full name and position of the witness</source>
        <translation>ФИО и должность свидетеля</translation>
    </message>
    <message>
        <source>&amp;Change stage</source>
        <translation>&amp;Сменить этап</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>Открыть существующее дело</translation>
    </message>
    <message>
        <source>Possible duplicate of %1.</source>
        <translation>Возможно, это повтор записи: %1.</translation>
    </message>
    <message>
        <source>Check it is not the same person; if it is not, save anyway.</source>
        <translation>Проверьте, что это не тот же человек; если нет — всё равно сохраните.</translation>
    </message>
    <message>
        <source>Open their file</source>
        <translation>Открыть его дело</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>Lin&amp;k relative…</source>
        <translation>&amp;Связать с родственником…</translation>
    </message>
    <message>
        <source>Open relative</source>
        <translation>Открыть родственника</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
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
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Отметить проверку выполненной</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Выполнена:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Что выяснилось:</translation>
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
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Ward (under their guardianship)</source>
        <translation>Подопечный (под его опекой)</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Смена этапа</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Работа с участником</translation>
    </message>
    <message>
        <source>Mothers&apos; club meeting</source>
        <translation>Встреча клуба матерей</translation>
    </message>
    <message>
        <source>Course enrolment</source>
        <translation>Запись на курс</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Устройство</translation>
    </message>
</context>
<context>
    <name>LinkRelativeDialog</name>
    <message>
        <source>Link relative</source>
        <translation>Связать с родственником</translation>
    </message>
    <message>
        <source>A relative of %1.</source>
        <translation>Родственник: %1.</translation>
    </message>
    <message>
        <source>The relative is their:</source>
        <translation>Родственник приходится ему (ей):</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>&amp;Already registered</source>
        <translation>&amp;Уже зарегистрирован</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Новый человек</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>They are shown under “Already registered”: choose them and link.</source>
        <translation>Этот человек уже есть в разделе «Уже зарегистрирован»: выберите его и свяжите.</translation>
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
    <name>LogInterventionDialog</name>
    <message>
        <source>Log intervention</source>
        <translation>Записать мероприятие</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitators:</source>
        <translation>&amp;Проводили:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Присутствовали:</translation>
    </message>
    <message>
        <source>Where, if not in a facility</source>
        <translation>Где, если не в учреждении</translation>
    </message>
    <message>
        <source>Who held it</source>
        <translation>Кто проводил</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>A placement cannot move to this status from its current one.</source>
        <translation>Из текущего статуса устройство не может перейти в этот.</translation>
    </message>
    <message>
        <source>The date is before the placement&apos;s last status change.</source>
        <translation>Дата раньше последней смены статуса.</translation>
    </message>
    <message>
        <source>This child is not linked to the person as their child or ward: link them in the person&apos;s file first.</source>
        <translation>Этот ребёнок не связан с человеком как его ребёнок или подопечный: сначала свяжите их в деле человека.</translation>
    </message>
    <message>
        <source>This partner does not offer this kind of help.</source>
        <translation>Этот партнёр не оказывает такую помощь.</translation>
    </message>
    <message>
        <source>This partner still has open placements: decline, end or move them first.</source>
        <translation>У этого партнёра есть незакрытые устройства: сначала откажите, завершите или перенесите их.</translation>
    </message>
    <message>
        <source>This partner is already in the directory for this region.</source>
        <translation>Этот партнёр уже есть в справочнике для этого региона.</translation>
    </message>
    <message>
        <source>The date is before the placement was requested.</source>
        <translation>Дата раньше даты обращения.</translation>
    </message>
    <message>
        <source>This follow-up is already marked done.</source>
        <translation>Эта проверка уже отмечена выполненной.</translation>
    </message>
    <message>
        <source>The case cannot move to this stage from its current one.</source>
        <translation>С текущего этапа дело не может перейти на этот.</translation>
    </message>
    <message>
        <source>The date is before the last stage change.</source>
        <translation>Дата раньше последней смены этапа.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>This person already has an open case file.</source>
        <translation>У этого человека уже есть открытое дело.</translation>
    </message>
    <message>
        <source>A person cannot be their own relative.</source>
        <translation>Человек не может быть своим же родственником.</translation>
    </message>
    <message>
        <source>These two are already linked this way.</source>
        <translation>Эти двое уже связаны таким образом.</translation>
    </message>
    <message>
        <source>These two are already linked the other way round.</source>
        <translation>Эти двое уже связаны в обратную сторону.</translation>
    </message>
    <message>
        <source>The birth dates do not fit: a parent must be older than the child.</source>
        <translation>Даты рождения не сходятся: родитель должен быть старше ребёнка.</translation>
    </message>
    <message>
        <source>An individual consultation has exactly one attendee.</source>
        <translation>На индивидуальной консультации присутствует ровно один человек.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Запись нельзя объединить саму с собой.</translation>
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
    <name>OrganisationFormDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>Новая организация-партнёр</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
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
    <name>ParticipantFile</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Записал</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Есть</translation>
    </message>
</context>
<context>
    <name>ParticipantFileDialog</name>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>%1 — participant file</source>
        <translation>%1 — дело участника</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Stage and its history</source>
        <translation>Этап и его история</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Famil&amp;y</source>
        <translation>&amp;Семья</translation>
    </message>
    <message>
        <source>&amp;Open a case file for this person…</source>
        <translation>&amp;Открыть дело на этого человека…</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>Make one record of two records of the same person.</source>
        <translation>Сделать одну запись из двух записей об одном человеке.</translation>
    </message>
    <message>
        <source>Only a supervisor can merge records.</source>
        <translation>Объединять записи может только руководитель.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter или Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Your role can view this file but not change it.</source>
        <translation>Ваша роль позволяет просматривать это дело, но не изменять его.</translation>
    </message>
    <message>
        <source>No case file: the person&apos;s details are shown read-only.</source>
        <translation>Дела нет: личные данные показаны только для просмотра.</translation>
    </message>
    <message>
        <source>Fill in the person and the case, then save.</source>
        <translation>Заполните личные данные и дело, затем сохраните.</translation>
    </message>
    <message>
        <source>Not saved: see above.</source>
        <translation>Не сохранено: см. выше.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved yet: see above.</source>
        <translation>Пока не сохранено: см. выше.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>Choose the other record of %1. Everything recorded for it moves to this file, and it is then removed.</source>
        <translation>Выберите другую запись о человеке %1. Всё, что в ней записано, перейдёт в это дело, а она будет удалена.</translation>
    </message>
    <message>
        <source>Merged: everything recorded for %1 is now in this file.</source>
        <translation>Объединено: всё, что было записано о %1, теперь в этом деле.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Close it and lose them?</source>
        <translation>В деле есть несохранённые изменения. Закрыть и потерять их?</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Объединение записей</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Everything recorded for %1 moves to %2&apos;s file, and the record of %1 is removed.</source>
        <translation>Объединить %1 с %2? Всё, что записано о %1, перейдёт в дело %2, а запись %1 будет удалена.</translation>
    </message>
    <message>
        <source>Unlink relative</source>
        <translation>Убрать родственную связь</translation>
    </message>
    <message>
        <source>Remove the family link to %1? Their own record stays.</source>
        <translation>Убрать родственную связь с %1? Сама запись о человеке останется.</translation>
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
        <source>Specialists</source>
        <translation>Специалисты</translation>
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
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>Spe&amp;cialist:</source>
        <translation>С&amp;пециалист:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Все специалисты</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-up only</source>
        <translation>Только &amp;просроченные встречи</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Новый участник…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Новый участник…</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryDialog</name>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Name, contact person, region or phone</source>
        <translation>Название, контактное лицо, регион или телефон</translation>
    </message>
    <message>
        <source>Search the partners</source>
        <translation>Поиск партнёров</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Remove “%1” from the directory? Placements that are already closed keep its name.</source>
        <translation>Удалить «%1» из справочника? В закрытых устройствах название сохранится.</translation>
    </message>
    <message>
        <source>Delete the partner</source>
        <translation>Удаление партнёра</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Показано: %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>S&amp;urname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>И&amp;ИН:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Фамилия и имя на любом алфавите или начало ИИН</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Никого не найдено: проверьте написание или введите меньше.</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Вид помощи:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребёнок:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнёр:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Дата обращения:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Status and history</source>
        <translation>Статус и история</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Сменить &amp;статус…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>&amp;Отметить выполненной…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule follow-up…</source>
        <translation>&amp;Назначить проверку…</translation>
    </message>
    <message>
        <source>&amp;Delete placement</source>
        <translation>&amp;Удалить устройство</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Delete the placement</source>
        <translation>Удаление устройства</translation>
    </message>
    <message>
        <source>Delete this placement and its follow-ups? Other sites learn of the deletion at the next sync.</source>
        <translation>Удалить это устройство и его проверки? Другие центры узнают об удалении при следующей синхронизации.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>пока не выбран</translation>
    </message>
    <message>
        <source>(removed from the directory)</source>
        <translation>(удалён из справочника)</translation>
    </message>
    <message>
        <source>Declined and ended placements do not change any more.</source>
        <translation>Отклонённые и завершённые устройства больше не меняются.</translation>
    </message>
</context>
<context>
    <name>PlacementFormDialog</name>
    <message>
        <source>New placement</source>
        <translation>Новое устройство</translation>
    </message>
    <message>
        <source>Edit the placement</source>
        <translation>Изменение устройства</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Вид помощи:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Человек:</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>Дата &amp;обращения:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Фамилия и имя на любом алфавите или начало ИИН</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation>— пока не выбран —</translation>
    </message>
    <message>
        <source>— choose the child —</source>
        <translation>— выберите ребёнка —</translation>
    </message>
    <message>
        <source>No children are linked to this person</source>
        <translation>С этим человеком не связан ни один ребёнок</translation>
    </message>
</context>
<context>
    <name>PlacementModels</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Изменил</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
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
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Новое устройство…</translation>
    </message>
    <message>
        <source>Partner &amp;organisations…</source>
        <translation>&amp;Организации-партнёры…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Проверка &amp;просрочена</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Назначить проверку</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Что проверить:</translation>
    </message>
</context>
<context>
    <name>StageSection</name>
    <message>
        <source>Stage: not yet recorded</source>
        <translation>Этап: пока не записан</translation>
    </message>
    <message>
        <source>Stage: %1 since %2</source>
        <translation>Этап: %1 с %2</translation>
    </message>
    <message>
        <source>Chan&amp;ge stage…</source>
        <translation>&amp;Сменить этап…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the placement&apos;s status</source>
        <translation>Смена статуса устройства</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Новый &amp;статус:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Choose the partner organisation first: press “Edit…” in the placement window.</source>
        <translation>Сначала выберите организацию-партнёра: нажмите «Изменить…» в окне устройства.</translation>
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
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Log in&amp;tervention…</source>
        <translation>&amp;Записать мероприятие…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
</TS>
