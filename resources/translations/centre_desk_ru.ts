<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
</TS>
