<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Новая учётная запись сотрудника</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>Одноразовый &amp;пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>П&amp;овторите его:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Saved. Tick who came, then press OK.</source>
        <translation>Сохранено. Отметьте пришедших и нажмите «ОК».</translation>
    </message>
    <message>
        <source>Nobody has an open case in %1.</source>
        <translation>Ни у кого нет открытого дела сопровождения в «%1».</translation>
    </message>
    <message>
        <source>Added: %1. Already ticked: %2. Press Save or OK to store them.</source>
        <translation>Добавлено: %1. Уже отмечены: %2. Нажмите «Сохранить» или OK, чтобы сохранить.</translation>
    </message>
    <message>
        <source>Tick every adult with an open case in %1; those ticked already are skipped</source>
        <translation>Отметить всех совершеннолетних с открытым делом сопровождения в «%1»; уже отмеченные пропускаются</translation>
    </message>
    <message>
        <source>the facility typed above</source>
        <translation>учреждении, указанном выше</translation>
    </message>
    <message>
        <source>People marked present: %1. Delete this activity and their attendance?</source>
        <translation>Отмечено присутствующих: %1. Удалить это мероприятие вместе с отметками о присутствии?</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>Удалить это мероприятие?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>New activity — %1</source>
        <translation>Новое мероприятие — %1</translation>
    </message>
    <message>
        <source>Activity — %1</source>
        <translation>Мероприятие — %1</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Название (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>У&amp;чреждение:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Проводили:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Organisers, teacher or specialists</source>
        <translation>Организаторы, преподаватель или специалисты</translation>
    </message>
    <message>
        <source>Penal colony, if held in one</source>
        <translation>Исправительное учреждение, если проводилось там</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Кто пришёл</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This activity or who came has changes that are not saved. Save them before closing?</source>
        <translation>В мероприятии или отметках присутствия есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>AddLessonDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation>Добавить урок</translation>
    </message>
    <message>
        <source>Lesson &amp;date:</source>
        <translation>&amp;Дата урока:</translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <source>Appro&amp;vals waiting for me…</source>
        <translation>Утвер&amp;ждения, ожидающие меня…</translation>
    </message>
    <message>
        <source>Approve or return the outcomes other staff asked for.</source>
        <translation>Утвердить или вернуть итоги, запрошенные другими сотрудниками.</translation>
    </message>
</context>
<context>
    <name>ApprovalLine</name>
    <message>
        <source>%1 on %2: pending approval by a second supervisor (requested by %3).</source>
        <translation>«%1» (дата: %2): ожидает утверждения вторым руководителем (запрос: %3).</translation>
    </message>
    <message>
        <source>It is decided at the centre that made it.</source>
        <translation>Решение принимает центр, где сделан запрос.</translation>
    </message>
    <message>
        <source>The request for “%1” was returned by %2: %3</source>
        <translation>Запрос «%1» возвращён; вернул(а): %2. Примечание: %3</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Кто запросил</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Утверждения, ожидающие меня</translation>
    </message>
    <message>
        <source>Outcomes asked for at this centre that wait for a second supervisor: %1. Approve one to change the stage, or return it with a note saying what is missing.</source>
        <translation>Итоги, запрошенные в этом центре и ожидающие второго руководителя: %1. Утвердите запрос, чтобы сменить этап, или верните его с примечанием о том, чего не хватает.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Ничто не ожидает вашего утверждения.</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Ожидающие запросы</translation>
    </message>
    <message>
        <source>&amp;Note (needed to return):</source>
        <translation>&amp;Примечание (нужно для возврата):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>&amp;Return with the note</source>
        <translation>&amp;Вернуть с примечанием</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Открыть &amp;личное дело</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Write in the note why the request is returned.</source>
        <translation>Напишите в примечании, почему запрос возвращается.</translation>
    </message>
    <message>
        <source>Approved: %1 is now “%2”.</source>
        <translation>Утверждено. Участник: %1; этап: «%2».</translation>
    </message>
    <message>
        <source>Returned to %1&apos;s file with the note.</source>
        <translation>Запрос возвращён с примечанием в личное дело. Участник: %1.</translation>
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
    <message>
        <source>&amp;New course…</source>
        <translation>Н&amp;овый курс…</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Новый курс…</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Where %1 works</source>
        <translation>Где работает: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Дата оценки:</translation>
    </message>
    <message>
        <source>Overall &amp;risk:</source>
        <translation>Общий &amp;риск:</translation>
    </message>
    <message>
        <source>Ne&amp;xt assessment:</source>
        <translation>&amp;Следующая оценка:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Items and scores</source>
        <translation>Показатели и баллы</translation>
    </message>
    <message>
        <source>%1 months after the assessment unless changed</source>
        <translation>Через %1 мес. после оценки, если не изменить</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>Сохранить &amp;оценку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Score at least one item or choose the overall risk.</source>
        <translation>Поставьте балл хотя бы одному показателю или выберите общий риск.</translation>
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
        <translation>Область</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Кто оценивал</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>No assessment scored yet.</source>
        <translation>Баллов пока нет.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Новая оценка…</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Удалить оценку</translation>
    </message>
    <message>
        <source>Only a supervisor may delete an assessment made in error.</source>
        <translation>Удалить ошибочную оценку может только руководитель.</translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation>Последние баллы</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>История оценок</translation>
    </message>
    <message>
        <source>Not assessed yet: the first assessment is due at intake.</source>
        <translation>Оценки ещё нет: первая оценка проводится при приёме.</translation>
    </message>
    <message>
        <source>Latest assessment: %1. Next: %2.</source>
        <translation>Последняя оценка: %1. Следующая: %2.</translation>
    </message>
    <message>
        <source>Risk: %1.</source>
        <translation>Риск: %1.</translation>
    </message>
    <message>
        <source>Reassessment overdue.</source>
        <translation>Срок повторной оценки прошёл.</translation>
    </message>
    <message>
        <source>Delete the chosen assessment made in error?</source>
        <translation>Удалить выбранную оценку, внесённую по ошибке?</translation>
    </message>
</context>
<context>
    <name>AttendanceChecklist</name>
    <message>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Whom to mark present, by name or IIN:</source>
        <translation>Кого отметить присутствующим (по имени или ИИН):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>На&amp;йти:</translation>
    </message>
    <message>
        <source>Name in any alphabet</source>
        <translation>Имя на любом алфавите</translation>
    </message>
    <message>
        <source>Find a person in the list</source>
        <translation>Найти человека в списке</translation>
    </message>
    <message>
        <source>Expected people; Space marks present</source>
        <translation>Ожидаемые участники; пробел отмечает присутствие</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <source>Save &amp;attendance</source>
        <translation>&amp;Сохранить посещаемость</translation>
    </message>
    <message>
        <source>Present: %1 of %2</source>
        <translation>Присутствуют: %1 из %2</translation>
    </message>
</context>
<context>
    <name>AttendeesBox</name>
    <message>
        <source>List every adult with an open case in the facility chosen on the left</source>
        <translation>Внести в список всех совершеннолетних с открытым делом сопровождения в учреждении, выбранном слева</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>&amp;Add an attendee (Enter adds the highlighted person):</source>
        <translation>Д&amp;обавить участника (Enter добавляет выделенного):</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Присутствовали</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Attendance marked</source>
        <translation>Отмечено присутствие</translation>
    </message>
    <message>
        <source>Attendance removed</source>
        <translation>Снята отметка о присутствии</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Отметки о присутствии</translation>
    </message>
    <message>
        <source>Attendances dropped</source>
        <translation>Отметок о присутствии отброшено</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Backup made before the restore</source>
        <translation>Резервная копия перед восстановлением</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Дела сопровождения</translation>
    </message>
    <message>
        <source>Case files joined</source>
        <translation>Дел сопровождения объединено</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Sync clock continues from</source>
        <translation>Часы синхронизации продолжаются с</translation>
    </message>
    <message>
        <source>Club memberships</source>
        <translation>Участие в клубе матерей</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Личных дел</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>По убыванию</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата проведения контроля</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок контроля</translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Earlier merges</source>
        <translation>Прежние объединения</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Записи на курсы</translation>
    </message>
    <message>
        <source>Course enrolments dropped</source>
        <translation>Записей на курсы отброшено</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Event registrations</source>
        <translation>Записи на мероприятия</translation>
    </message>
    <message>
        <source>Event registrations dropped</source>
        <translation>Записей на мероприятия отброшено</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Fields filled in</source>
        <translation>Заполненные поля</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Контроли</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Stage before</source>
        <translation>Прежний этап</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Прежний статус</translation>
    </message>
    <message>
        <source>Full package</source>
        <translation>Полный пакет</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Printed to</source>
        <translation>Куда напечатано</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата выхода</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Sign-in locked for a minute</source>
        <translation>Вход заблокирован на минуту</translation>
    </message>
    <message>
        <source>Merged persons followed</source>
        <translation>Учтено объединений лиц</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Новых записей</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Связанные центры</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Людей</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Заявка на устройство</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Жизнеустройство</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Начальное число генератора</translation>
    </message>
    <message>
        <source>IIN, address and phone withheld</source>
        <translation>ИИН, адрес и телефон скрыты</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Родственные связи</translation>
    </message>
    <message>
        <source>Family links dropped</source>
        <translation>Родственных связей отброшено</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>Relays other centres&apos; records</source>
        <translation>Передаёт записи других центров</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>Кем решено</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Сохранено в</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст поиска</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation>Обновлённых записей</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Role before</source>
        <translation>Прежняя роль</translation>
    </message>
    <message>
        <source>Facilities before</source>
        <translation>Учреждения до изменения</translation>
    </message>
    <message>
        <source>Programmes before</source>
        <translation>Программы до изменения</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Rows left as they were</source>
        <translation>Строки, оставленные как есть</translation>
    </message>
    <message>
        <source>Removed without a trace (nothing had been sent to other sites)</source>
        <translation>Удалено бесследно (на другие площадки ничего не отправлялось)</translation>
    </message>
    <message>
        <source>Persons put back</source>
        <translation>Восстановлено лиц</translation>
    </message>
    <message>
        <source>Records deleted</source>
        <translation>Удалено записей</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Кто направил</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующий контроль</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>reset to a one-time password</source>
        <translation>сброшен на одноразовый</translation>
    </message>
    <message>
        <source>changed by its user</source>
        <translation>изменён самим пользователем</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>файл PDF</translation>
    </message>
    <message>
        <source>print preview</source>
        <translation>предварительный просмотр</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
    <message>
        <source>half-year report</source>
        <translation>полугодовой отчёт</translation>
    </message>
    <message>
        <source>personal details</source>
        <translation>личные данные</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>дело сопровождения</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>жизнеустройство</translation>
    </message>
    <message>
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>Locked (away)</source>
        <translation>Блокировка (пользователь отошёл)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Добавлены демонстрационные данные</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>Changed (created, changed, deleted, merged)</source>
        <translation>Изменения (создание, изменение, удаление, объединение)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Seen (viewed, printed, exported)</source>
        <translation>Ознакомление (просмотр, печать, экспорт)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Several files</source>
        <translation>Несколько личных дел</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Дело сопровождения</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Sync package</source>
        <translation>Пакет синхронизации</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Учётная запись сотрудника</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Заявка на устройство</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Course enrolment</source>
        <translation>Запись на курс</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родственная связь</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Club membership</source>
        <translation>Участие в клубе матерей</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Конфликт синхронизации</translation>
    </message>
    <message>
        <source>Event registration</source>
        <translation>Запись на мероприятие</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Связанный центр</translation>
    </message>
    <message>
        <source>This centre</source>
        <translation>Этот центр</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Статистический отчёт</translation>
    </message>
    <message>
        <source>Request for an outcome</source>
        <translation>Запрос об итоге</translation>
    </message>
    <message>
        <source>Child in a returnee&apos;s register</source>
        <translation>Ребёнок в реестре вернувшегося лица</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План занятий</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Saved group</source>
        <translation>Сохранённая группа</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Лицо:</translation>
    </message>
    <message>
        <source>Anyone: type a name or an IIN</source>
        <translation>Любое лицо: введите имя или ИИН</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Pe&amp;riod from:</source>
        <translation>Пе&amp;риод с:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSX…</source>
        <translation>&amp;Экспорт в XLSX…</translation>
    </message>
    <message>
        <source>Write the dates as dd.mm.yyyy, e.g. 05.03.2024.</source>
        <translation>Введите даты в виде дд.мм.гггг, например 05.03.2024.</translation>
    </message>
    <message>
        <source>The period ends before it starts: give a later end date.</source>
        <translation>Период заканчивается раньше, чем начинается: укажите более позднюю дату окончания.</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>Показано записей: %1 из %2</translation>
    </message>
    <message>
        <source>Checking that no entry was deleted or altered…</source>
        <translation>Проверка, не удалены и не изменены ли записи…</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was deleted or altered (%1 entries checked).</source>
        <translation>Журнал аудита цел: ни одна запись не удалена и не изменена (проверено записей: %1).</translation>
    </message>
    <message>
        <source>The audit trail is broken: its last record is gone, so deleted entries cannot be ruled out.</source>
        <translation>Журнал аудита нарушен: его последняя служебная запись утрачена, поэтому нельзя исключить удаление записей.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry %1 (after %2) was deleted.</source>
        <translation>Журнал аудита нарушен: запись %1 (после %2) удалена.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry %1 (%2) was altered.</source>
        <translation>Журнал аудита нарушен: запись %1 (%2) изменена.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
    <message>
        <source>Writing %1 entries…</source>
        <translation>Запись строк журнала: %1…</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>Экспортировано записей: %1, файл %2.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Со&amp;здать резервную копию…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Это может сделать только администратор.</translation>
    </message>
    <message>
        <source>Back all the data up into a folder, a USB stick for instance.</source>
        <translation>Сохранить все данные в резервную копию в папке, например на USB-накопителе.</translation>
    </message>
    <message>
        <source>The backups, and replacing the data with one of them.</source>
        <translation>Резервные копии и замена данных одной из них.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Backing up the data before closing…</source>
        <translation>Резервное копирование данных перед закрытием…</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backups are made when the program closes, at most once a day, and kept for the last 7 days, 4 weeks and 12 months. Restoring replaces all the data with the chosen backup; the current data are backed up first.</source>
        <translation>Резервная копия создаётся при закрытии программы, не чаще раза в сутки, и хранится за последние 7 дней, 4 недели и 12 месяцев. Восстановление заменяет все данные выбранной резервной копией; текущие данные перед этим сохраняются в резервную копию.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела сопровождения</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Со&amp;здать резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Это может сделать только администратор.</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (перед восстановлением)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>В папке %1 пока нет резервных копий.</translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation>Сохранить резервную копию в папку</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Резервное копирование отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия сохранена: %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1? The current data are backed up first.</source>
        <translation>Заменить все данные резервной копией (создана: %1)? Текущие данные перед этим будут сохранены в резервную копию.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление данных…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Восстановление отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Restored. The data as they were before are backed up in %1. The next sync package to each connected centre asks it for a full package.</source>
        <translation>Данные восстановлены. Прежние данные сохранены в резервной копии: %1. Следующий пакет синхронизации для каждого связанного центра попросит его прислать полный пакет.</translation>
    </message>
    <message>
        <source>The backup file no longer exists.</source>
        <translation>Файла резервной копии больше нет.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a backup of this database.</source>
        <translation>Этот файл повреждён или не является резервной копией этой базы данных.</translation>
    </message>
    <message>
        <source>This backup is damaged (incomplete or altered): it was not used and nothing was changed.</source>
        <translation>Эта резервная копия повреждена (неполная или изменённая): она не использована, ничего не изменено.</translation>
    </message>
    <message>
        <source>This backup is of another centre&apos;s database: nothing was changed.</source>
        <translation>Это резервная копия базы данных другого центра: ничего не изменено.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Centre Desk: update the program first.</source>
        <translation>Эта резервная копия создана более новой версией Centre Desk: сначала обновите программу.</translation>
    </message>
    <message>
        <source>The data are kept in a PostgreSQL database: back it up and restore it with the server&apos;s own tools.</source>
        <translation>Данные хранятся в базе данных PostgreSQL: создавайте и восстанавливайте её резервные копии средствами сервера.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1.</source>
        <translation>Не удалось записать резервную копию: %1.</translation>
    </message>
    <message>
        <source>The work failed; nothing was changed.</source>
        <translation>Не удалось выполнить; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Category:</source>
        <translation>Кат&amp;егория:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>У&amp;чреждение:</translation>
    </message>
    <message>
        <source>&amp;Offence article:</source>
        <translation>Стать&amp;я:</translation>
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
        <translation>&amp;Кто направил:</translation>
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
        <translation>Следующий контроль:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело сопровождения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The participant gave written cons&amp;ent</source>
        <translation>Участник &amp;дал письменное согласие</translation>
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
        <source>This outcome needs four eyes: it is recorded as a request, and the stage changes once a second supervisor approves it.</source>
        <translation>Этот итог проверяют двое: он записывается как запрос, а этап сменится, когда его утвердит второй руководитель.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>&amp;Запросить утверждение</translation>
    </message>
    <message>
        <source>&amp;Change stage</source>
        <translation>Сменить &amp;этап</translation>
    </message>
</context>
<context>
    <name>ChildEventDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Registered c&amp;hildren</source>
        <translation>&amp;Записанные дети</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Посещаемость</translation>
    </message>
    <message>
        <source>&amp;Register a child…</source>
        <translation>Записать &amp;ребёнка…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Внести &amp;согласие…</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>&amp;Отменить запись</translation>
    </message>
    <message>
        <source>&amp;Open the child&apos;s file</source>
        <translation>Открыть личное &amp;дело ребёнка</translation>
    </message>
    <message>
        <source>&amp;Delete the event…</source>
        <translation>&amp;Удалить мероприятие…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Закр&amp;ыть</translation>
    </message>
    <message>
        <source>Registered children</source>
        <translation>Записанные дети</translation>
    </message>
    <message>
        <source>Unregister the child</source>
        <translation>Отмена записи ребёнка</translation>
    </message>
    <message>
        <source>Take %1 off this event&apos;s list?</source>
        <translation>Убрать из списка этого мероприятия: %1?</translation>
    </message>
    <message>
        <source>%1 children are registered for this event and %2 are marked present. Delete the event with its registrations and attendance? Other sites learn of the deletion at the next sync.</source>
        <translation>На это мероприятие записано детей: %1, отмечено присутствующих: %2. Удалить мероприятие вместе с записями и отметками о присутствии? Другие центры узнают об удалении при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Delete this event?</source>
        <translation>Удалить это мероприятие?</translation>
    </message>
    <message>
        <source>Delete the event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>Посещаемость не сохранена</translation>
    </message>
    <message>
        <source>The attendance you marked is not saved. Save it before closing?</source>
        <translation>Отмеченное присутствие не сохранено. Сохранить его перед закрытием?</translation>
    </message>
    <message>
        <source>%1 — children&apos;s event</source>
        <translation>%1 — детское мероприятие</translation>
    </message>
    <message>
        <source>Organisers: %1</source>
        <translation>Организаторы: %1</translation>
    </message>
    <message>
        <source>Age groups: %1</source>
        <translation>Возрастные группы: %1</translation>
    </message>
    <message>
        <source>Your role can view this event but not change it.</source>
        <translation>При вашей роли это мероприятие можно только просматривать.</translation>
    </message>
</context>
<context>
    <name>ChildEvents</name>
    <message>
        <source>under 6</source>
        <translation>до 6</translation>
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
        <translation>18 и старше</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>возраст неизвестен</translation>
    </message>
    <message>
        <source>%1: %2 registered, %3 present</source>
        <translation>%1: записано %2, пришли %3</translation>
    </message>
    <message>
        <source>No children registered yet.</source>
        <translation>Дети ещё не записаны.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписано</translation>
    </message>
    <message>
        <source>present</source>
        <translation>пришёл(ла)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Согласие подписано</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Родитель или опекун</translation>
    </message>
</context>
<context>
    <name>ChildEventsSection</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>came</source>
        <translation>пришёл(ла)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>записан(а)</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписано</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>C&amp;hildren&apos;s events</source>
        <translation>&amp;Детские мероприятия</translation>
    </message>
    <message>
        <source>Children&apos;s events</source>
        <translation>Детские мероприятия</translation>
    </message>
    <message>
        <source>Came to %1 of %2 events.</source>
        <translation>Посещено мероприятий: %1 из %2.</translation>
    </message>
    <message>
        <source>In rehabilitation in the family: %1.</source>
        <translation>В семье проходят реабилитацию: %1.</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Согласие подписано</translation>
    </message>
</context>
<context>
    <name>ChildRecordDialog</name>
    <message>
        <source>Child in the register</source>
        <translation>Ребёнок в реестре</translation>
    </message>
    <message>
        <source>Add a child to the register</source>
        <translation>Добавить ребёнка в реестр</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>&amp;Schooling:</source>
        <translation>&amp;Обучение:</translation>
    </message>
    <message>
        <source>School or &amp;nursery:</source>
        <translation>Школа или &amp;детский сад:</translation>
    </message>
    <message>
        <source>&amp;Health check on:</source>
        <translation>&amp;Медосмотр:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>Р&amp;езультат:</translation>
    </message>
    <message>
        <source>&amp;Psychologist&apos;s sessions:</source>
        <translation>Занятий с &amp;психологом:</translation>
    </message>
    <message>
        <source>&amp;Last session:</source>
        <translation>Пос&amp;леднее занятие:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не известно</translation>
    </message>
</context>
<context>
    <name>ChildrenEventsTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Title, place or organiser</source>
        <translation>Название, место или организатор</translation>
    </message>
    <message>
        <source>Children&apos;s events</source>
        <translation>Детские мероприятия</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Новое &amp;мероприятие…</translation>
    </message>
    <message>
        <source>Registered chil&amp;dren…</source>
        <translation>&amp;Записанные дети…</translation>
    </message>
</context>
<context>
    <name>ClubMeetings</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Title, place or who held it</source>
        <translation>Название, место или кто проводил</translation>
    </message>
    <message>
        <source>Meetings of the mothers&apos; club</source>
        <translation>Встречи клуба матерей</translation>
    </message>
</context>
<context>
    <name>ClubMeetingsPane</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Н&amp;овая встреча…</translation>
    </message>
    <message>
        <source>&amp;Open / mark attendance…</source>
        <translation>Открыть / отметить &amp;присутствие…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
</context>
<context>
    <name>ClubMember</name>
    <message>
        <source>Joined on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата выхода</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кто направил</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Club member: %1</source>
        <translation>Участница клуба: %1</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Joined on:</source>
        <translation>Вступила:</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Вышла:</translation>
    </message>
    <message>
        <source>still a member</source>
        <translation>состоит в клубе</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Кто направил:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Came to:</source>
        <translation>Посетила:</translation>
    </message>
    <message>
        <source>%1 club activities, last on %2</source>
        <translation>мероприятий клуба: %1, последнее %2</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Дети:</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Членство в клубе</translation>
    </message>
    <message>
        <source>Club activities she came to</source>
        <translation>Мероприятия клуба, которые она посетила</translation>
    </message>
    <message>
        <source>&amp;Correct membership…</source>
        <translation>&amp;Исправить членство…</translation>
    </message>
    <message>
        <source>&amp;Leave the club…</source>
        <translation>&amp;Выход из клуба…</translation>
    </message>
    <message>
        <source>Open her &amp;file</source>
        <translation>Открыть её личное &amp;дело</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ClubMembership</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Кто &amp;направил:</translation>
    </message>
    <message>
        <source>A school, a district officer, a member…</source>
        <translation>Школа, участковый, участница клуба…</translation>
    </message>
    <message>
        <source>No children linked: link them in her file (Family).</source>
        <translation>Дети не связаны: свяжите их в её личном деле (раздел «Семья»).</translation>
    </message>
    <message>
        <source>Join the mothers&apos; club</source>
        <translation>Вступление в клуб матерей</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Дети:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Дата &amp;вступления:</translation>
    </message>
    <message>
        <source>Choose a person to see her children.</source>
        <translation>Выберите человека, чтобы увидеть её детей.</translation>
    </message>
    <message>
        <source>Correct the membership</source>
        <translation>Исправление членства</translation>
    </message>
    <message>
        <source>She has &amp;left the club</source>
        <translation>&amp;Она вышла из клуба</translation>
    </message>
    <message>
        <source>L&amp;eft on:</source>
        <translation>Дата в&amp;ыхода:</translation>
    </message>
    <message>
        <source>%1 leaves the club</source>
        <translation>%1 выходит из клуба</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>Дата &amp;выхода:</translation>
    </message>
</context>
<context>
    <name>ConflictReviewWindow</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>In the record now (newer)</source>
        <translation>Сейчас в записи (более новое)</translation>
    </message>
    <message>
        <source>The other value (lost the race)</source>
        <translation>Другое значение (не попало в запись)</translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation>&amp;Оставить это</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Оставить &amp;другое</translation>
    </message>
    <message>
        <source>Or type a &amp;new value:</source>
        <translation>Или введите &amp;новое значение:</translation>
    </message>
    <message>
        <source>&amp;Use typed value</source>
        <translation>&amp;Применить введённое</translation>
    </message>
    <message>
        <source>This conflict was already decided.</source>
        <translation>Этот конфликт уже решён.</translation>
    </message>
    <message>
        <source>Decided: the field “%1” of %2 %3 is now “%4”. The decision reaches the other sites with the next export.</source>
        <translation>Решено: поле «%1» (%2, запись %3) теперь имеет значение «%4». Решение дойдёт до других центров со следующим экспортом.</translation>
    </message>
    <message>
        <source>Changed at %1, %2</source>
        <translation>Изменено в центре «%1», %2</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Нерешённые конфликты: %1</translation>
    </message>
    <message>
        <source>Rows held back from packages: %1 (each says why, and whether it is tried again)</source>
        <translation>Записи, задержанные из пакетов: %1 (у каждой указано, почему и будет ли повторная попытка)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record the guardian&apos;s consent</source>
        <translation>Внесение согласия родителя или опекуна</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребёнок:</translation>
    </message>
    <message>
        <source>Parent or guardian:</source>
        <translation>Родитель или опекун:</translation>
    </message>
    <message>
        <source>Consent &amp;signed on:</source>
        <translation>&amp;Согласие подписано:</translation>
    </message>
</context>
<context>
    <name>CourseFormDialog</name>
    <message>
        <source>New Arabic course</source>
        <translation>Новый курс арабского языка</translation>
    </message>
    <message>
        <source>Edit the course</source>
        <translation>Изменение курса</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>T&amp;eacher:</source>
        <translation>&amp;Преподаватель:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Расписание:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>Количество &amp;мест:</translation>
    </message>
    <message>
        <source>e.g. Tue, Thu 10:00</source>
        <translation>например, Вт, Чт 10:00</translation>
    </message>
    <message>
        <source>The &amp;course takes students</source>
        <translation>Идёт &amp;запись слушателей</translation>
    </message>
</context>
<context>
    <name>CourseWindow</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>Students: %1; lessons held: %2. Delete the course “%3” with its students&apos; enrolments, its lessons and who came to them?</source>
        <translation>Слушателей: %1; проведено уроков: %2. Удалить курс «%3» вместе с записями слушателей, уроками и отметками о присутствии?</translation>
    </message>
    <message>
        <source>Delete the course “%1”?</source>
        <translation>Удалить курс «%1»?</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Удаление курса</translation>
    </message>
    <message>
        <source>Enrol a student</source>
        <translation>Запись слушателя</translation>
    </message>
    <message>
        <source>Whom to enrol in “%1”?</source>
        <translation>Кого записать на курс «%1»?</translation>
    </message>
    <message>
        <source>The certificate could not be saved there: choose another folder.</source>
        <translation>Не удалось сохранить сертификат в этом месте: выберите другую папку.</translation>
    </message>
    <message>
        <source>Certificate %1.pdf</source>
        <translation>Сертификат %1.pdf</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Сохранение сертификата</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Arabic course: %1</source>
        <translation>Курс арабского языка: %1</translation>
    </message>
    <message>
        <source>&amp;Edit the course…</source>
        <translation>&amp;Изменить курс…</translation>
    </message>
    <message>
        <source>&amp;Delete the course…</source>
        <translation>&amp;Удалить курс…</translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Сменить ста&amp;тус…</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Печать сертификата…</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;Слушатели</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Students of the course</source>
        <translation>Слушатели курса</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>teacher %1</source>
        <translation>преподаватель %1</translation>
    </message>
    <message>
        <source>Students: %1 of %2 places; lessons held: %3</source>
        <translation>Слушателей: %1, мест: %2; проведено уроков: %3</translation>
    </message>
    <message>
        <source>no longer takes students</source>
        <translation>запись закрыта</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Where the data is kept:</source>
        <translation>Где хранятся данные:</translation>
    </message>
    <message>
        <source>This PC &amp;alone (a file)</source>
        <translation>Только &amp;этот компьютер (файл)</translation>
    </message>
    <message>
        <source>A PostgreSQL server (se&amp;veral desks)</source>
        <translation>&amp;Сервер PostgreSQL (несколько рабочих мест)</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Сервер (&amp;хост):</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>База &amp;данных:</translation>
    </message>
    <message>
        <source>User na&amp;me on the server:</source>
        <translation>По&amp;льзователь на сервере:</translation>
    </message>
    <message>
        <source>Password o&amp;n the server:</source>
        <translation>Пароль на с&amp;ервере:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Пор&amp;т:</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Проверить под&amp;ключение</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>This database already holds Centre Desk for {centre} ({region}): this desk joins it, and you sign in there with your own account.</source>
        <translation>В этой базе данных уже есть Centre Desk центра {centre} ({region}): это рабочее место присоединится к ней, а войти нужно под своей учётной записью.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. The database is empty: Centre Desk will be set up in it.</source>
        <translation>Подключено к PostgreSQL {version}. База данных пуста: Centre Desk будет настроен в ней.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install Centre Desk with it, pip install -e &quot;.[postgresql]&quot;.</source>
        <translation>Драйвер PostgreSQL не установлен: установите Centre Desk вместе с ним, pip install -e &quot;.[postgresql]&quot;.</translation>
    </message>
    <message>
        <source>No computer named {host} was found: check the server&apos;s name.</source>
        <translation>Компьютер с именем {host} не найден: проверьте имя сервера.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {host}, port {port}: check that it runs there and accepts connections from this computer.</source>
        <translation>Сервер PostgreSQL не отвечает на {host}, порт {port}: проверьте, что он там запущен и принимает подключения с этого компьютера.</translation>
    </message>
    <message>
        <source>The server refused the user name {user} or its password: check both.</source>
        <translation>Сервер не принял имя пользователя {user} или его пароль: проверьте оба.</translation>
    </message>
    <message>
        <source>The server has no database {database}: create it or correct its name.</source>
        <translation>На сервере нет базы данных {database}: создайте её или исправьте имя.</translation>
    </message>
    <message>
        <source>The server does not let {user} in from this computer: its administrator must allow it (pg_hba.conf).</source>
        <translation>Сервер не пускает пользователя {user} с этого компьютера: это должен разрешить его администратор (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The user {user} may not use the database {database}: the server&apos;s administrator must grant it.</source>
        <translation>Пользователю {user} нельзя работать с базой данных {database}: доступ должен выдать администратор сервера.</translation>
    </message>
    <message>
        <source>The server is PostgreSQL {version}; Centre Desk needs version 15 or newer.</source>
        <translation>На сервере PostgreSQL {version}; Centre Desk нужна версия 15 или новее.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Renunciation statement</source>
        <translation>Заявление об отказе от радикальных взглядов</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Судебные документы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Дата прикрепления</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>A scanned PDF, JPEG or PNG file of up to %1 MB.</source>
        <translation>Скан в формате PDF, JPEG или PNG размером до %1 МБ.</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>Приложить скан документа</translation>
    </message>
    <message>
        <source>Scanned documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Сканы документов (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: scan it at a lower resolution or in fewer pages.</source>
        <translation>Файл больше %1 МБ: отсканируйте его с меньшим разрешением или по частям.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached, and this file is none of them.</source>
        <translation>Приложить можно только файл PDF, JPEG или PNG, а этот файл не относится ни к одному из них.</translation>
    </message>
    <message>
        <source>The file&apos;s name is too long.</source>
        <translation>Слишком длинное имя файла.</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translation>На этом компьютере нет программы, которая открывает такой файл.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Удаление документа</translation>
    </message>
    <message>
        <source>Remove the chosen document from this file?</source>
        <translation>Удалить выбранный документ из личного дела?</translation>
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
        <translation>Открыть существующее личное дело</translation>
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
        <translation>Открыть личное дело этого человека</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Not saved: someone else changed the same fields.</source>
        <translation>Не сохранено: кто-то другой изменил те же поля.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Запись изменил кто-то другой</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved changes to the same fields. Nothing of yours is saved yet. For each field, keep your value or take theirs; everything else you changed is saved as you typed it.</source>
        <translation>Пока вы редактировали, кто-то другой сохранил изменения в тех же полях. Ваши изменения ещё не сохранены. Для каждого поля оставьте своё значение или примите значение коллеги; всё остальное, что вы изменили, сохранится так, как вы ввели.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Значение коллеги</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять значение коллеги</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Оставить всё &amp;моё</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Принять всё от &amp;коллеги</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Сохранить с этим выбором</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Сохранил(а): %1, %2</translation>
    </message>
    <message>
        <source>Saved at another centre, %1</source>
        <translation>Сохранено в другом центре: %1</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>Nothing is recorded here yet: add the first with “%1”.</source>
        <translation>Здесь пока нет записей: добавьте первую кнопкой «%1».</translation>
    </message>
    <message>
        <source>Nothing is recorded here yet.</source>
        <translation>Здесь пока нет записей.</translation>
    </message>
    <message>
        <source>Nothing found for “%1” with the filters chosen. Try fewer letters, check the spelling or type it in another alphabet, or clear the filters.</source>
        <translation>По запросу «%1» с выбранными фильтрами ничего не найдено. Введите меньше букв, проверьте написание или наберите другим алфавитом либо сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, check the spelling or type it in another alphabet (Cyrillic or Latin).</source>
        <translation>По запросу «%1» ничего не найдено. Введите меньше букв, проверьте написание или наберите другим алфавитом (кириллицей или латиницей).</translation>
    </message>
    <message>
        <source>Nothing matches the filters chosen. Try fewer filters, or clear them.</source>
        <translation>С выбранными фильтрами ничего не найдено. Уберите часть фильтров или сбросьте их.</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Сбросить поиск</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatusDialog</name>
    <message>
        <source>Change the status of %1</source>
        <translation>Смена статуса: %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for sync</source>
        <translation>Экспорт для синхронизации</translation>
    </message>
    <message>
        <source>Choose the sites to send this centre&apos;s changes to. The package holds every change they have not acknowledged yet, encrypted so only they can read it.</source>
        <translation>Выберите центры, которым нужно отправить изменения этого центра. Пакет содержит все изменения, получение которых они ещё не подтвердили, и зашифрован так, что прочитать его могут только они.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Код центра</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>Последнее подтверждение</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>This centre has no peers yet: open File → Peers…, save this site&apos;s card for the other site and add the card it sends back.</source>
        <translation>У этого центра пока нет связанных центров: откройте «Файл → Связанные центры…», сохраните карточку этого центра для другого центра и добавьте карточку, которую он пришлёт в ответ.</translation>
    </message>
    <message>
        <source>Everything (full package, for a new peer)</source>
        <translation>Всё (полный пакет, для нового связанного центра)</translation>
    </message>
    <message>
        <source>Send every record, not only the changes the chosen peers have not seen.</source>
        <translation>Отправить все записи, а не только изменения, которых выбранные центры ещё не получали.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Centre Desk sync packages (*%1)</source>
        <translation>Пакеты синхронизации Centre Desk (*%1)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Запись пакета синхронизации…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не создан.</translation>
    </message>
    <message>
        <source>Wrote %1 rows for %2 to %3 (%4).</source>
        <translation>Выгружено записей: %1. Получатели: %2. Файл: %3 (%4).</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>Lin&amp;k relative…</source>
        <translation>С&amp;вязать с родственником…</translation>
    </message>
    <message>
        <source>Open relative</source>
        <translation>Открыть личное дело родственника</translation>
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
    <name>FilePage</name>
    <message>
        <source>The file and its rows</source>
        <translation>Файл и его строки</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file, and say what its rows are.</source>
        <translation>Выберите файл .xlsx или .csv и укажите, что записано в его строках.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>&amp;Строки — это:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Hea&amp;der row:</source>
        <translation>Строка &amp;заголовков:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Импорт из электронной таблицы</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Электронные таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Data rows below the header: %1. Headers: %2</source>
        <translation>Строк с данными под заголовками: %1. Заголовки: %2</translation>
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
        <translation>Название &amp;центра:</translation>
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
        <source>&amp;Join</source>
        <translation>&amp;Присоединиться</translation>
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
        <translation>Отметить контроль выполненным</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Выполнен:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Что выяснилось:</translation>
    </message>
</context>
<context>
    <name>GroupListsWindow</name>
    <message>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Who is on this list?</source>
        <translation>Кто в этом списке?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This group list has changes that are not saved. Save them first?</source>
        <translation>В этом списке группы есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Group lists</source>
        <translation>Списки групп</translation>
    </message>
    <message>
        <source>&amp;Group lists:</source>
        <translation>&amp;Списки групп:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;В списке:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>У&amp;чреждение:</translation>
    </message>
    <message>
        <source>Optional: the colony it is of</source>
        <translation>Необязательно: учреждение, к которому относится список</translation>
    </message>
    <message>
        <source>N&amp;ew group list</source>
        <translation>Новый с&amp;писок</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Take the person selected off the list</source>
        <translation>Убрать выбранного человека из списка</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Ticked as present when a session that expects this list is recorded as held.</source>
        <translation>Отмечаются присутствующими, когда занятие, ожидающее этот список, отмечается проведённым.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import from spreads&amp;heet…</source>
        <translation>Импорт из электронной таб&amp;лицы…</translation>
    </message>
    <message>
        <source>Imports (undo an i&amp;mport)…</source>
        <translation>Импорты (от&amp;мена импорта)…</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this.</source>
        <translation>Это может сделать только руководитель или администратор.</translation>
    </message>
    <message>
        <source>Bring a register kept in Excel or LibreOffice in: participants, club members, course students, placements or persons.</source>
        <translation>Перенести список, который ведётся в Excel или LibreOffice: участники, члены клуба, слушатели курсов, заявки на устройство или просто лица.</translation>
    </message>
    <message>
        <source>The spreadsheet imports made here, and undoing one.</source>
        <translation>Импорты таблиц, сделанные здесь, и их отмена.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sync package</source>
        <translation>Импорт пакета синхронизации</translation>
    </message>
    <message>
        <source>Choose a package another centre sent. It is checked before anything changes: who signed it, that it is for this site and that it is complete.</source>
        <translation>Выберите пакет, присланный другим центром. Прежде чем что-либо изменится, пакет проверяется: кем он подписан, предназначен ли он этому центру и полон ли он.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>Просмотреть &amp;конфликты…</translation>
    </message>
    <message>
        <source>Centre Desk sync packages (*%1);;All files (*)</source>
        <translation>Пакеты синхронизации Centre Desk (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>a full package</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>изменения</translation>
    </message>
    <message>
        <source>From %1, made %2: %3 (%4 rows). Apply it to this centre&apos;s database?</source>
        <translation>Отправитель: %1, создан %2: %3 (записей: %4). Применить пакет к базе данных этого центра?</translation>
    </message>
    <message>
        <source>Imported the package from %1.</source>
        <translation>Пакет импортирован. Отправитель: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed here and at the other site: the newer value is in the record, the other one waits in the conflict queue.</source>
        <translation>
            <numerusform>%n поле изменено и здесь, и в другом центре: по каждому такому полю в записи сохранено более новое значение, а другое ожидает в очереди конфликтов.</numerusform>
            <numerusform>%n поля изменены и здесь, и в другом центре: по каждому такому полю в записи сохранено более новое значение, а другое ожидает в очереди конфликтов.</numerusform>
            <numerusform>%n полей изменено и здесь, и в другом центре: по каждому такому полю в записи сохранено более новое значение, а другое ожидает в очереди конфликтов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held back earlier applied this time.</source>
        <translation>
            <numerusform>%n отложенная ранее запись применена в этот раз.</numerusform>
            <numerusform>%n отложенные ранее записи применены в этот раз.</numerusform>
            <numerusform>%n отложенных ранее записей применено в этот раз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be applied and wait in quarantine; Sync conflicts… says why for each.</source>
        <translation>
            <numerusform>%n запись не применена и ожидает на карантине; причина указана в окне «Конфликты синхронизации…».</numerusform>
            <numerusform>%n записи не применены и ожидают на карантине; причина каждой указана в окне «Конфликты синхронизации…».</numerusform>
            <numerusform>%n записей не применены и ожидают на карантине; причина каждой указана в окне «Конфликты синхронизации…».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Created</source>
        <translation>Созданы</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединены</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущены</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонены</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Строка в файле</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Идентификатор человека</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Код причины</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Rows as</source>
        <translation>Строки как</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>Пробный прогон (ничего не записано)</translation>
    </message>
    <message>
        <source>Batch (to undo)</source>
        <translation>Пакет импорта (для отмены)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Импорт из электронной таблицы</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ImportsWindow</name>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet imports at this centre, newest first:</source>
        <translation>&amp;Импорты таблиц в этом центре, сначала новые:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows were</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Skipped or refused</source>
        <translation>Пропущено или отклонено</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No spreadsheet has been imported here yet.</source>
        <translation>Здесь ещё не импортировали ни одной таблицы.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undo the import of %1? What it created is deleted and the fields it filled in are emptied again, except in rows changed since.</source>
        <translation>Отменить импорт файла «%1»? Созданное им будет удалено, а заполненные им поля снова станут пустыми, кроме строк, изменённых после импорта.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message>
        <source>The undo was cancelled; nothing was changed.</source>
        <translation>Отмена импорта прервана; ничего не изменено.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Этот импорт уже отменён.</translation>
    </message>
    <message>
        <source>Undone: %1 records deleted, fields put back on %2 persons.</source>
        <translation>Импорт отменён. Удалено записей: %1; восстановлены поля у лиц: %2.</translation>
    </message>
    <message>
        <source>No sync package had been written since the import, so nothing of it is left in the data; the audit trail keeps the record of the import and of its undo.</source>
        <translation>После импорта пакет синхронизации не создавался, поэтому от импорта в данных ничего не осталось; журнал аудита хранит запись об импорте и его отмене.</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>Views and attitudes</source>
        <translation>Взгляды и установки</translation>
    </message>
    <message>
        <source>Justifies violence for a cause</source>
        <translation>Оправдывает насилие ради идеи</translation>
    </message>
    <message>
        <source>Rejects people who think differently</source>
        <translation>Не принимает людей иных взглядов</translation>
    </message>
    <message>
        <source>Distrusts public institutions</source>
        <translation>Не доверяет государственным институтам</translation>
    </message>
    <message>
        <source>Contacts and influence</source>
        <translation>Связи и влияние</translation>
    </message>
    <message>
        <source>Keeps contact with radical circles</source>
        <translation>Поддерживает связь с радикальным окружением</translation>
    </message>
    <message>
        <source>Follows radical material online</source>
        <translation>Следит за радикальными материалами в интернете</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Образование и работа</translation>
    </message>
    <message>
        <source>Needs schooling or vocational training</source>
        <translation>Нуждается в обучении или профподготовке</translation>
    </message>
    <message>
        <source>Needs help finding work</source>
        <translation>Нуждается в помощи с трудоустройством</translation>
    </message>
    <message>
        <source>Family and housing</source>
        <translation>Семья и жильё</translation>
    </message>
    <message>
        <source>Needs stable housing</source>
        <translation>Нуждается в постоянном жилье</translation>
    </message>
    <message>
        <source>Needs help with family relations</source>
        <translation>Нуждается в помощи в семейных отношениях</translation>
    </message>
    <message>
        <source>Health and wellbeing</source>
        <translation>Здоровье и благополучие</translation>
    </message>
    <message>
        <source>Needs psychological support</source>
        <translation>Нуждается в психологической поддержке</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>Нуждается в медицинской помощи</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Защитные факторы</translation>
    </message>
    <message>
        <source>Supportive family</source>
        <translation>Поддержка семьи</translation>
    </message>
    <message>
        <source>Takes part in the programme</source>
        <translation>Участвует в программе</translation>
    </message>
    <message>
        <source>Has goals for the future</source>
        <translation>Есть цели на будущее</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Защитный фактор</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Assessment instrument</source>
        <translation>Методика оценки</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>&amp;Reassess every (months):</source>
        <translation>&amp;Повторная оценка через (мес.):</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Добавить по&amp;казатель</translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation>Добавить &amp;область</translation>
    </message>
    <message>
        <source>Re&amp;move item</source>
        <translation>&amp;Удалить показатель</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Restore the de&amp;fault</source>
        <translation>Вернуть &amp;исходную</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Keep at least one domain with one item.</source>
        <translation>Оставьте хотя бы одну область с одним показателем.</translation>
    </message>
    <message>
        <source>Every domain and every item needs its words.</source>
        <translation>У каждой области и каждого показателя должно быть название.</translation>
    </message>
    <message>
        <source>Please correct the instrument: %1.</source>
        <translation>Исправьте методику: %1.</translation>
    </message>
    <message>
        <source>&amp;Assessment instrument…</source>
        <translation>&amp;Методика оценки…</translation>
    </message>
    <message>
        <source>Domains and items of the risk and needs assessment.</source>
        <translation>Области и показатели оценки рисков и потребностей.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Это может сделать только администратор.</translation>
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
        <translation>Отказ от радикальных взглядов</translation>
    </message>
    <message>
        <source>Rehabilitated</source>
        <translation>Реабилитация завершена</translation>
    </message>
    <message>
        <source>Relapsed</source>
        <translation>Возврат к радикальным взглядам</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Сопровождение прекращено</translation>
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
        <source>Returnee from a conflict zone</source>
        <translation>Лицо, вернувшееся из зоны вооружённого конфликта</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Ожидает утверждения</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Too young for nursery or school</source>
        <translation>Ещё не возраст для детского сада или школы</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Not enrolled anywhere</source>
        <translation>Нигде не обучается</translation>
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
        <translation>Подана</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Исполнена</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершена</translation>
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
        <translation>Обучается</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Курс окончен</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Выбытие</translation>
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
        <translation>Теологическая лекция</translation>
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
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Ward (under their guardianship)</source>
        <translation>Подопечный (под опекой этого человека)</translation>
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
        <translation>Заявка на устройство</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>скрыто</translation>
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
        <translation>Чей родственник: %1.</translation>
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
    <name>ListExport</name>
    <message>
        <source>Export to XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
    <message>
        <source>Writing %1 rows…</source>
        <translation>Запись строк: %1…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Выгружено строк: %1. Файл: %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не создан.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>ListRefresh</name>
    <message>
        <source>Refresh lists</source>
        <translation>Обновить списки</translation>
    </message>
    <message>
        <source>Show what other desks have saved since the lists were read.</source>
        <translation>Показать, что сохранили на других рабочих местах после загрузки списков.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Export to XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>Every row the search and filters find, in the order shown.</source>
        <translation>Все строки, найденные поиском и фильтрами, в показанном порядке.</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Shown: at least %1 of %2</source>
        <translation>Показано: не менее %1 из %2</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Centre Desk is locked</source>
        <translation>Centre Desk заблокирован</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to continue; nothing you typed is lost.</source>
        <translation>Пользователь: %1. Введите свой пароль, чтобы продолжить работу; введённые данные не потеряны.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Выйти из &amp;учётной записи…</translation>
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
        <translation>У&amp;чреждение:</translation>
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
        <source>&amp;Need addressed:</source>
        <translation>По&amp;требность:</translation>
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
        <translation>З&amp;аписать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Не указана</translation>
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
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена выполняется…</translation>
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
        <source>M&amp;y work</source>
        <translation>Моя ра&amp;бота</translation>
    </message>
    <message>
        <source>&amp;Arabic courses</source>
        <translation>Курсы &amp;арабского</translation>
    </message>
    <message>
        <source>Children&apos;s &amp;events</source>
        <translation>&amp;Детские мероприятия</translation>
    </message>
    <message>
        <source>P&amp;lacements</source>
        <translation>Жизнеус&amp;тройство</translation>
    </message>
    <message>
        <source>E&amp;veryone</source>
        <translation>Справочник л&amp;юдей</translation>
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
        <source>Print the selected participant&apos;s file, or the files of the whole list.</source>
        <translation>Напечатать личное дело выбранного участника или личные дела всех участников списка.</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>The half-year figures for the ministry, with charts and exports.</source>
        <translation>Показатели за полугодие для министерства, с диаграммами и экспортом.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this.</source>
        <translation>Это может сделать только руководитель или администратор.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из учё&amp;тной записи</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>Журнал а&amp;удита…</translation>
    </message>
    <message>
        <source>Who viewed, changed, printed or exported what, and when.</source>
        <translation>Кто и когда просматривал, изменял, печатал или экспортировал данные.</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
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
        <source>Pee&amp;rs…</source>
        <translation>Связанные &amp;центры…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Конфликты синхронизации…</translation>
    </message>
    <message>
        <source>Write a sync package for other centres.</source>
        <translation>Создать пакет синхронизации для других центров.</translation>
    </message>
    <message>
        <source>Apply a sync package another centre sent.</source>
        <translation>Применить пакет синхронизации, присланный другим центром.</translation>
    </message>
    <message>
        <source>This site&apos;s card and the centres it syncs with.</source>
        <translation>Карточка этого центра и центры, с которыми он синхронизируется.</translation>
    </message>
    <message>
        <source>Values changed at two sites at once, and rows held in quarantine.</source>
        <translation>Значения, изменённые одновременно в двух центрах, и записи на карантине.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers&apos; club, children&apos;s events, Arabic courses and placements.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Программа сопровождения для реабилитационных центров: участники, клуб матерей, детские мероприятия, курсы арабского языка и жизнеустройство.&lt;br&gt;Данные: %2</translation>
    </message>
    <message>
        <source>About Centre Desk</source>
        <translation>О программе Centre Desk</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Сменить па&amp;роль…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>&amp;Учётные записи сотрудников…</translation>
    </message>
    <message>
        <source>Add staff, change their roles, disable accounts, reset passwords.</source>
        <translation>Добавление сотрудников, смена ролей, отключение учётных записей, сброс паролей.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Это может сделать только администратор.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns and values</source>
        <translation>Столбцы и значения</translation>
    </message>
    <message>
        <source>Check which field each column fills, and what the words of coded columns mean.</source>
        <translation>Проверьте, какое поле заполняет каждый столбец и что означают слова в столбцах со списком значений.</translation>
    </message>
    <message>
        <source>C&amp;olumns of the file:</source>
        <translation>&amp;Столбцы файла:</translation>
    </message>
    <message>
        <source>&amp;Words in the file and what they mean:</source>
        <translation>Сл&amp;ова в файле и их значение:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Со&amp;хранить сопоставление…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>З&amp;агрузить сопоставление…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>(unknown: the row is refused)</source>
        <translation>(неизвестно: строка не будет принята)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Сопоставления для импорта (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Загрузить сопоставление</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1.</source>
        <translation>Сопоставление не удалось сохранить: %1.</translation>
    </message>
    <message>
        <source>The mapping is saved in %1.</source>
        <translation>Сопоставление сохранено в файле %1.</translation>
    </message>
    <message>
        <source>This mapping is for other rows: %1.</source>
        <translation>Это сопоставление для других строк: %1.</translation>
    </message>
    <message>
        <source>The mapping in %1 is used.</source>
        <translation>Используется сопоставление из файла %1.</translation>
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
        <source>The date is earlier than allowed.</source>
        <translation>Дата раньше допустимой.</translation>
    </message>
    <message>
        <source>The date is later than allowed.</source>
        <translation>Дата позже допустимой.</translation>
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
        <translation>Заявка на устройство не может перейти из текущего статуса в этот.</translation>
    </message>
    <message>
        <source>The date is before the placement&apos;s last status change.</source>
        <translation>Дата раньше последней смены статуса.</translation>
    </message>
    <message>
        <source>This child is not linked to the person as their child or ward: link them in the person&apos;s file first.</source>
        <translation>Этот ребёнок не связан с человеком как его ребёнок или подопечный: сначала свяжите их в личном деле человека.</translation>
    </message>
    <message>
        <source>This partner does not offer this kind of help.</source>
        <translation>Этот партнёр не оказывает такую помощь.</translation>
    </message>
    <message>
        <source>This partner still has open placements: decline, end or move them first.</source>
        <translation>У этого партнёра есть незакрытые заявки на устройство: сначала переведите их в статус «Отклонена» или «Завершена» либо передайте другому партнёру.</translation>
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
        <translation>Этот контроль уже отмечен как выполненный.</translation>
    </message>
    <message>
        <source>The mothers&apos; club is for women: this person is recorded as male.</source>
        <translation>Клуб матерей — только для женщин, а этот человек записан как мужчина.</translation>
    </message>
    <message>
        <source>She is already a member: correct her membership instead.</source>
        <translation>Она уже состоит в клубе: исправьте существующую запись о её участии.</translation>
    </message>
    <message>
        <source>She was already a member on this day: two memberships cannot overlap.</source>
        <translation>В этот день она уже состояла в клубе: периоды участия не могут пересекаться.</translation>
    </message>
    <message>
        <source>The date she left is before the date she joined.</source>
        <translation>Дата выхода раньше даты вступления.</translation>
    </message>
    <message>
        <source>This membership has already ended.</source>
        <translation>Это участие в клубе уже завершено.</translation>
    </message>
    <message>
        <source>This person is not the child&apos;s parent or guardian: link them in the child&apos;s file first.</source>
        <translation>Этот человек не является родителем или опекуном ребёнка: сначала свяжите их в личном деле ребёнка.</translation>
    </message>
    <message>
        <source>This person is 18 or older on the day of the event.</source>
        <translation>На день мероприятия этому человеку уже исполнилось 18 лет.</translation>
    </message>
    <message>
        <source>This child is already registered for the event.</source>
        <translation>Этот ребёнок уже записан на мероприятие.</translation>
    </message>
    <message>
        <source>The child is marked present: untick them in the attendance first.</source>
        <translation>Ребёнок отмечен как присутствующий: сначала снимите отметку в посещаемости.</translation>
    </message>
    <message>
        <source>No guardian&apos;s consent is recorded for this child: record the consent date first.</source>
        <translation>Для этого ребёнка не внесено согласие родителя или опекуна: сначала внесите дату согласия.</translation>
    </message>
    <message>
        <source>The consent is dated after the event: it must be signed on the event&apos;s day or before.</source>
        <translation>Согласие датировано позже мероприятия: оно должно быть подписано в день мероприятия или раньше.</translation>
    </message>
    <message>
        <source>Only children registered for the event can be marked present.</source>
        <translation>Присутствующими можно отмечать только детей, записанных на мероприятие.</translation>
    </message>
    <message>
        <source>The event has not been held yet: attendance is marked on the day or later.</source>
        <translation>Мероприятие ещё не проводилось: присутствие отмечается в день проведения или позже.</translation>
    </message>
    <message>
        <source>Children are marked present: the event cannot move to a later day than today.</source>
        <translation>Есть отметки о присутствии детей: мероприятие нельзя перенести на день позже сегодняшнего.</translation>
    </message>
    <message>
        <source>The person&apos;s sex is not recorded: fill it in on their file, then enrol them.</source>
        <translation>Пол человека не указан: заполните его в личном деле, затем запишите на курс.</translation>
    </message>
    <message>
        <source>This person is already a student of this course.</source>
        <translation>Этот человек уже записан на этот курс.</translation>
    </message>
    <message>
        <source>The course is full: every place is taken. Add places to the course or wait until a student drops out.</source>
        <translation>Мест на курсе нет: все места заняты. Добавьте места или дождитесь, пока кто-то из слушателей выбудет.</translation>
    </message>
    <message>
        <source>This course no longer takes students.</source>
        <translation>Запись на этот курс закрыта.</translation>
    </message>
    <message>
        <source>The enrolment date is in the future.</source>
        <translation>Дата записи ещё не наступила.</translation>
    </message>
    <message>
        <source>The date is before the student enrolled.</source>
        <translation>Дата раньше даты записи слушателя.</translation>
    </message>
    <message>
        <source>A completed course is final: its status cannot change.</source>
        <translation>Статус «Курс окончен» окончательный: его нельзя изменить.</translation>
    </message>
    <message>
        <source>A certificate is printed only for a completed course.</source>
        <translation>Сертификат печатается только после окончания курса.</translation>
    </message>
    <message>
        <source>This student dropped out: bring them back to the course before marking them present.</source>
        <translation>Этот слушатель выбыл: прежде чем отмечать присутствие, верните его на курс.</translation>
    </message>
    <message>
        <source>This lesson has not been held yet: mark who came on its day.</source>
        <translation>Этот урок ещё не проводился: отмечайте пришедших в день урока.</translation>
    </message>
    <message>
        <source>This person&apos;s record no longer exists.</source>
        <translation>Записи об этом человеке больше нет.</translation>
    </message>
    <message>
        <source>The lesson&apos;s date is outside the course&apos;s dates.</source>
        <translation>Дата урока выходит за сроки курса.</translation>
    </message>
    <message>
        <source>A lesson with attendance cannot move into the future.</source>
        <translation>Урок с отметками о присутствии нельзя перенести в будущее.</translation>
    </message>
    <message>
        <source>The group cannot change while the course has students.</source>
        <translation>Группу нельзя изменить, пока на курс записаны слушатели.</translation>
    </message>
    <message>
        <source>More students hold a place than this: drop students first or keep more places.</source>
        <translation>Слушателей записано больше, чем мест: сначала отчислите слушателей или оставьте больше мест.</translation>
    </message>
    <message>
        <source>A course has from %1 to %2 places.</source>
        <translation>Количество мест на курсе — от %1 до %2.</translation>
    </message>
    <message>
        <source>The course cannot start after its first lesson.</source>
        <translation>Курс не может начинаться позже своего первого урока.</translation>
    </message>
    <message>
        <source>The course cannot end before its last lesson.</source>
        <translation>Курс не может заканчиваться раньше своего последнего урока.</translation>
    </message>
    <message>
        <source>The course has students.</source>
        <translation>На курс записаны слушатели.</translation>
    </message>
    <message>
        <source>The course has lessons.</source>
        <translation>На курсе есть уроки.</translation>
    </message>
    <message>
        <source>This course is for men, and the person&apos;s file records a woman: enrol her in a women&apos;s course.</source>
        <translation>Этот курс мужской, а в личном деле человека указан женский пол: запишите её на женский курс.</translation>
    </message>
    <message>
        <source>This course is for women, and the person&apos;s file records a man: enrol him in a men&apos;s course.</source>
        <translation>Этот курс женский, а в личном деле человека указан мужской пол: запишите его на мужской курс.</translation>
    </message>
    <message>
        <source>This programme does not hold this kind of activity.</source>
        <translation>В этой программе не проводятся мероприятия такого вида.</translation>
    </message>
    <message>
        <source>The date is outside the course&apos;s start and end.</source>
        <translation>Дата выходит за сроки курса.</translation>
    </message>
    <message>
        <source>People are marked present: the date cannot move into the future.</source>
        <translation>Есть отметки о присутствии: дату нельзя перенести в будущее.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>Этого курса больше нет.</translation>
    </message>
    <message>
        <source>Only a lesson belongs to a course.</source>
        <translation>К курсу относятся только уроки.</translation>
    </message>
    <message>
        <source>This cannot change once the activity is recorded.</source>
        <translation>После записи мероприятия это изменить нельзя.</translation>
    </message>
    <message>
        <source>Nothing was saved: these people no longer exist: %1.</source>
        <translation>Ничего не сохранено: этих людей больше нет в базе: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: these people are not on this activity&apos;s list: %1.</source>
        <translation>Ничего не сохранено: этих людей нет в списке мероприятия: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no guardian consent date for %1. Record the consent first.</source>
        <translation>Ничего не сохранено: нет даты согласия родителя или опекуна для %1. Сначала внесите согласие.</translation>
    </message>
    <message>
        <source>Nothing was saved: the activity has not been held yet; mark attendance on or after its date.</source>
        <translation>Ничего не сохранено: мероприятие ещё не проводилось; отмечайте присутствие в день его проведения или позже.</translation>
    </message>
    <message>
        <source>Nothing was saved: this activity is for adults, and these people are under 18 on its day: %1.</source>
        <translation>Ничего не сохранено: мероприятие для совершеннолетних, а этим людям в день его проведения нет 18 лет: %1.</translation>
    </message>
    <message>
        <source>no guardian consent date yet</source>
        <translation>нет даты согласия родителя или опекуна</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>нет в списке</translation>
    </message>
    <message>
        <source>This programme does not hold this kind of session.</source>
        <translation>Эта программа не проводит занятия такого вида.</translation>
    </message>
    <message>
        <source>The plan ended before this date: choose a day on which it still runs.</source>
        <translation>План закончился раньше этой даты: выберите день, когда он ещё действует.</translation>
    </message>
    <message>
        <source>The plan has no session on this day.</source>
        <translation>В этот день по плану нет занятия.</translation>
    </message>
    <message>
        <source>This session is already recorded as held: correct its activity instead.</source>
        <translation>Это занятие уже отмечено проведённым: исправьте само мероприятие.</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>Это занятие отменено.</translation>
    </message>
    <message>
        <source>This choice no longer exists: choose another.</source>
        <translation>Этого варианта больше нет: выберите другой.</translation>
    </message>
    <message>
        <source>The case cannot move to this stage from its current one.</source>
        <translation>Дело сопровождения не может перейти с текущего этапа на этот.</translation>
    </message>
    <message>
        <source>The date is before the last stage change.</source>
        <translation>Дата раньше последней смены этапа.</translation>
    </message>
    <message>
        <source>This stage needs a second supervisor&apos;s approval: request it.</source>
        <translation>Для этого этапа нужно утверждение второго руководителя: запросите его.</translation>
    </message>
    <message>
        <source>This stage needs no approval: change the stage directly.</source>
        <translation>Этот этап не требует утверждения: смените этап напрямую.</translation>
    </message>
    <message>
        <source>A request for this file already awaits approval: it must be approved or returned first.</source>
        <translation>Запрос по этому делу сопровождения уже ожидает утверждения: сначала его нужно утвердить или вернуть.</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can make a request.</source>
        <translation>Запрос может сделать только сотрудник, вошедший в программу.</translation>
    </message>
    <message>
        <source>You made this request: a second supervisor must approve or return it.</source>
        <translation>Этот запрос сделали вы: утвердить или вернуть его должен второй руководитель.</translation>
    </message>
    <message>
        <source>This request was made at another centre: only its supervisors decide it.</source>
        <translation>Этот запрос сделан в другом центре: решение принимают только его руководители.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>По этому запросу решение уже принято.</translation>
    </message>
    <message>
        <source>The file&apos;s stage has changed since the request: return it with a note.</source>
        <translation>Этап дела сопровождения изменился после запроса: верните запрос с примечанием.</translation>
    </message>
    <message>
        <source>Only the file of a returnee from a conflict zone has a children&apos;s register.</source>
        <translation>Реестр детей ведётся только в личном деле лица, вернувшегося из зоны вооружённого конфликта.</translation>
    </message>
    <message>
        <source>Link the child to the returnee in the family first.</source>
        <translation>Сначала свяжите ребёнка с вернувшимся лицом на вкладке «Семья».</translation>
    </message>
    <message>
        <source>This child is already in the register.</source>
        <translation>Этот ребёнок уже в реестре.</translation>
    </message>
    <message>
        <source>Enter the number of sessions held before the date of the last one.</source>
        <translation>Укажите число проведённых занятий, прежде чем дату последнего.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>This person already has an open case file.</source>
        <translation>У этого человека уже есть открытое дело сопровождения.</translation>
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
        <source>This person is under 18 on this day: only adults can take part.</source>
        <translation>На эту дату человеку нет 18 лет: участвовать могут только совершеннолетние.</translation>
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
        <source>Use at least %1 characters.</source>
        <translation>Нужно не менее %1 символов.</translation>
    </message>
    <message>
        <source>This is one of the commonest passwords: choose a less guessable one, such as a few unrelated words.</source>
        <translation>Это один из самых распространённых паролей: выберите менее предсказуемый, например несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль указан неверно.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Этой учётной записи больше нет.</translation>
    </message>
    <message>
        <source>This account belongs to another centre: only that centre can change it.</source>
        <translation>Эта учётная запись принадлежит другому центру: изменить её может только он.</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another account an administrator first.</source>
        <translation>Это последний действующий администратор: сначала назначьте администратором другую учётную запись.</translation>
    </message>
    <message>
        <source>No case names this facility any more: untick it, or name it on a case first.</source>
        <translation>Это учреждение больше не указано ни в одном деле сопровождения: снимите отметку или сначала укажите его в деле сопровождения.</translation>
    </message>
    <message>
        <source>This is not one of the centre&apos;s programmes.</source>
        <translation>Это не одна из программ центра.</translation>
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
        <translation>При вашей роли это изменение недоступно.</translation>
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
        <translation>Произошла ошибка; подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>ModalHost</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>Left on</source>
        <translation>Дата выхода</translation>
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
    <message>
        <source>&amp;Join the club…</source>
        <translation>&amp;Записать в клуб…</translation>
    </message>
    <message>
        <source>Member&apos;s histor&amp;y…</source>
        <translation>&amp;История участницы…</translation>
    </message>
    <message>
        <source>C&amp;urrent members only</source>
        <translation>То&amp;лько действующие участницы</translation>
    </message>
    <message>
        <source>No&amp;t come:</source>
        <translation>Н&amp;е приходила:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>since a date…</source>
        <translation>с даты…</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>не учитывать</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>Person&apos;s details</source>
        <translation>Данные человека</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Дело сопровождения</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Заявка на устройство</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Повторная оценка</translation>
    </message>
    <message>
        <source>First assessment (participants never assessed: %1)</source>
        <translation>Первичная оценка (участников без оценки: %1)</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1, поле «%2»</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Facility or place</source>
        <translation>Учреждение или место</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Value changed at two sites</source>
        <translation>Значение, изменённое в двух центрах</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Мероприятия за месяц</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Просроченный контроль</translation>
    </message>
    <message>
        <source>Sessions I lead, today to Sunday</source>
        <translation>Мои занятия с сегодняшнего дня до воскресенья</translation>
    </message>
    <message>
        <source>Follow-ups of my participants</source>
        <translation>Контроль моих участников</translation>
    </message>
    <message>
        <source>Placement follow-ups</source>
        <translation>Контроль заявок на устройство</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Пора провести оценку</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Утверждения, ожидающие меня</translation>
    </message>
    <message>
        <source>Sync conflicts to review</source>
        <translation>Конфликты синхронизации к рассмотрению</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Моя работа</translation>
    </message>
    <message>
        <source>Due by Sunday, %1 — %2 participants in my care</source>
        <translation>Срок — до воскресенья, %1. Моих участников: %2</translation>
    </message>
    <message>
        <source>Caseloads of the staff (this month: %1)</source>
        <translation>Нагрузка сотрудников (этот месяц: %1)</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (показано: %2 из %3)</translation>
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
        <translation>Срок контроля прошёл.</translation>
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
        <translation>Кто записал</translation>
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
        <translation>Дело сопровождения</translation>
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
        <translation>%1 — личное дело участника</translation>
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
        <translation>Се&amp;мья</translation>
    </message>
    <message>
        <source>&amp;Open a case file for this person…</source>
        <translation>&amp;Открыть дело сопровождения…</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>О&amp;бъединить с…</translation>
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
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Who has seen &amp;this file…</source>
        <translation>Кто знакомился с личн&amp;ым делом…</translation>
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
        <translation>При вашей роли это личное дело можно только просматривать.</translation>
    </message>
    <message>
        <source>No case file: the person&apos;s details are shown read-only.</source>
        <translation>Дело сопровождения не открыто: личные данные доступны только для просмотра.</translation>
    </message>
    <message>
        <source>Fill in the person and the case, then save.</source>
        <translation>Заполните личные данные и дело сопровождения, затем сохраните.</translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Save them before closing?</source>
        <translation>В личном деле есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the same fields.</source>
        <translation>Не сохранено: кто-то другой изменил те же поля.</translation>
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
        <translation>Выберите другую запись о человеке %1. Всё, что в ней записано, перейдёт в это личное дело, а она будет удалена.</translation>
    </message>
    <message>
        <source>Merged: everything recorded for %1 is now in this file.</source>
        <translation>Объединено: всё, что было записано о человеке %1, теперь в этом личном деле.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Объединение записей</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Everything recorded for %1 moves to %2&apos;s file, and the record of %1 is removed.</source>
        <translation>Объединить запись %1 с записью %2? Всё, что записано о человеке %1, перейдёт в личное дело %2, а запись %1 будет удалена.</translation>
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
    <name>ParticipantFileReport</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>КОНФИДЕНЦИАЛЬНО</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Напечатано: %1, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Participant files</source>
        <translation>Личные дела участников</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Case and stage history</source>
        <translation>Дело сопровождения и история этапов</translation>
    </message>
    <message>
        <source>Risk and needs assessments</source>
        <translation>Оценки рисков и потребностей</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Работа с участником</translation>
    </message>
    <message>
        <source>Mothers&apos; club, children&apos;s events and courses</source>
        <translation>Клуб матерей, детские мероприятия и курсы</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Жизнеустройство</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>About the case</source>
        <translation>О деле сопровождения</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>О человеке</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Курсы арабского языка</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Дело сопровождения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Children’s events attended</source>
        <translation>Посещённые детские мероприятия</translation>
    </message>
    <message>
        <source>Club meetings attended</source>
        <translation>Посещённые встречи клуба</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>IIN, address and phone are withheld: your role prints a shortened file.</source>
        <translation>ИИН, адрес и телефон скрыты: при вашей роли печатается сокращённое личное дело.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вступила</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Вышла</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Ведущие</translation>
    </message>
    <message>
        <source>Lessons attended</source>
        <translation>Посещено уроков</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Mothers’ club membership</source>
        <translation>Участие в клубе матерей</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующий контроль</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No case file.</source>
        <translation>Дело сопровождения не открыто.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кто направил</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Срок наказания</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Next assessment</source>
        <translation>Следующая оценка</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>срок прошёл</translation>
    </message>
    <message>
        <source>not assessed yet: due at intake</source>
        <translation>оценки ещё нет: проводится при приёме</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Кто оценивал</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Renunciation statement</source>
        <translation>Заявление об отказе от радикальных взглядов</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Судебные документы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Дата прикрепления</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
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
        <translation>Следующий контроль</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Специалист:</translation>
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
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>У&amp;чреждение:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Reassessment overd&amp;ue</source>
        <translation>Повторная о&amp;ценка просрочена</translation>
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
        <translation>Только с &amp;просроченным контролем</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>Н&amp;овый участник…</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Новый участник…</translation>
    </message>
    <message>
        <source>Print files of this list…</source>
        <translation>Печать личных дел из списка…</translation>
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
        <translation>Удалить «%1» из справочника? В закрытых заявках на устройство название сохранится.</translation>
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
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now: at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Вы вошли с одноразовым паролем. Задайте сейчас собственный пароль: не менее %1 символов; несколько не связанных между собой слов легко запомнить и трудно подобрать.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
</context>
<context>
    <name>PeersWindow</name>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Код центра</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>Последнее подтверждение</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Relays for other centres</source>
        <translation>Передаёт записи других центров</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Связанные центры</translation>
    </message>
    <message>
        <source>This site: %1 (%2), site id %3</source>
        <translation>Этот центр: %1 (%2), код центра %3</translation>
    </message>
    <message>
        <source>Sites exchange their cards once: save this site&apos;s card and give it to the other centre, then add the card it sends back. A card holds only public keys. A new peer may send only its own records until you tick “Relays other centres&apos; records” for it.</source>
        <translation>Центры обмениваются карточками один раз: сохраните карточку этого центра и передайте её другому центру, затем добавьте карточку, которую он пришлёт в ответ. Карточка содержит только открытые ключи. Новый связанный центр может передавать только собственные записи, пока для него не отмечен флажок «Передаёт записи других центров».</translation>
    </message>
    <message>
        <source>&amp;Save site card…</source>
        <translation>&amp;Сохранить карточку центра…</translation>
    </message>
    <message>
        <source>&amp;Add peer…</source>
        <translation>&amp;Добавить центр…</translation>
    </message>
    <message>
        <source>&amp;Relays other centres&apos; records</source>
        <translation>&amp;Передаёт записи других центров</translation>
    </message>
    <message>
        <source>A regional office relays the records of its centres; a centre usually sends only its own.</source>
        <translation>Региональный офис передаёт записи своих центров; центр, как правило, передаёт только собственные записи.</translation>
    </message>
    <message>
        <source>Peers: %1</source>
        <translation>Связанные центры: %1</translation>
    </message>
    <message>
        <source>%1 may now pass on other centres&apos; records; those waiting in quarantine are tried again at the next import.</source>
        <translation>Связанный центр %1 теперь может передавать записи других центров; записи на карантине будут повторно обработаны при следующем импорте.</translation>
    </message>
    <message>
        <source>%1 may now send only its own records; other centres&apos; records from it will wait in quarantine.</source>
        <translation>Связанный центр %1 теперь может передавать только собственные записи; записи других центров от него будут ожидать на карантине.</translation>
    </message>
    <message>
        <source>Saved this site&apos;s card to %1.</source>
        <translation>Карточка этого центра сохранена: %1.</translation>
    </message>
    <message>
        <source>Added %1 as a peer.</source>
        <translation>Добавлен связанный центр: %1.</translation>
    </message>
    <message>
        <source>Site cards (*%1);;All files (*)</source>
        <translation>Карточки центров (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save site card</source>
        <translation>Сохранение карточки центра</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Добавление связанного центра</translation>
    </message>
</context>
<context>
    <name>PeopleDirectoryTab</name>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>mothers&apos; club</source>
        <translation>клуб матерей</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <source>student</source>
        <translation>слушатель курсов</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>At the centre as</source>
        <translation>Роль в центре</translation>
    </message>
    <message>
        <source>Any part of the name in any alphabet, or the start of an IIN</source>
        <translation>Любая часть ФИО на любом алфавите или начало ИИН</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>Справочник людей</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть личное дело…</translation>
    </message>
    <message>
        <source>At the &amp;centre as:</source>
        <translation>&amp;Роль в центре:</translation>
    </message>
    <message>
        <source>No one is registered yet.</source>
        <translation>Пока никто не зарегистрирован.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Никто не найден: проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <source>Several people match: choose one with the arrow keys or the mouse, or type more.</source>
        <translation>Подходят несколько человек: выберите одного стрелками или мышью либо введите больше букв.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Narrow the matches by case category, facility, age and role</source>
        <translation>Сузить список по категории дела сопровождения, учреждению, возрасту и роли</translation>
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
        <source>&amp;IIN:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <source>P&amp;atronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>По&amp;л:</translation>
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
    <message>
        <source>The birth date or sex differs from the IIN&apos;s digits. Since 2013 this can be right: check them against the identity document.</source>
        <translation>Дата рождения или пол не совпадают с цифрами ИИН. С 2013 года так бывает: сверьте с удостоверением личности.</translation>
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
        <source>Nobody found: check the spelling, type less or widen the filters.</source>
        <translation>Никто не найден: проверьте написание, введите меньше букв или ослабьте фильтры.</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Никто не найден: проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <source>Several people match: choose one with the arrow keys or the mouse, or type more.</source>
        <translation>Подходят несколько человек: выберите одного стрелками или мышью либо введите больше букв.</translation>
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
    <name>PickFilters</name>
    <message>
        <source>Under 6</source>
        <translation>До 6 лет</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6–9 лет</translation>
    </message>
    <message>
        <source>10 to 13</source>
        <translation>10–13 лет</translation>
    </message>
    <message>
        <source>14 to 17</source>
        <translation>14–17 лет</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18 лет и старше</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники программы</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Члены семей</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Категория дела сопровождения</translation>
    </message>
    <message>
        <source>Any facility</source>
        <translation>Любое учреждение</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Любой возраст</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Любая роль</translation>
    </message>
    <message>
        <source>Role: participant or family member</source>
        <translation>Роль: участник или член семьи</translation>
    </message>
    <message>
        <source>Add &amp;everyone of %1</source>
        <translation>Добавить вс&amp;ех из «%1»</translation>
    </message>
    <message>
        <source>Add &amp;everyone of the facility</source>
        <translation>Добавить вс&amp;ех из учреждения</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Заявка на устройство</translation>
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
        <translation>Контроль</translation>
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
        <translation>&amp;Отметить выполненным…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule follow-up…</source>
        <translation>&amp;Назначить контроль…</translation>
    </message>
    <message>
        <source>&amp;Delete placement</source>
        <translation>&amp;Удалить заявку</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Delete the placement</source>
        <translation>Удаление заявки на устройство</translation>
    </message>
    <message>
        <source>Delete this placement and its follow-ups? Other sites learn of the deletion at the next sync.</source>
        <translation>Удалить эту заявку на устройство вместе со сроками контроля? Другие центры узнают об удалении при следующей синхронизации.</translation>
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
        <translation>Отклонённые и завершённые заявки на устройство больше не меняются.</translation>
    </message>
</context>
<context>
    <name>PlacementFormDialog</name>
    <message>
        <source>New placement</source>
        <translation>Новая заявка на устройство</translation>
    </message>
    <message>
        <source>Edit the placement</source>
        <translation>Изменение заявки на устройство</translation>
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
        <translation>Кто изменил</translation>
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
        <translation>Дата выполнения</translation>
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
        <translation>Следующий контроль</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнёр:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Surname and name, the start of an IIN, or an organisation</source>
        <translation>Фамилия и имя, начало ИИН или организация</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Жизнеустройство</translation>
    </message>
    <message>
        <source>&amp;New placement…</source>
        <translation>Н&amp;овая заявка…</translation>
    </message>
    <message>
        <source>Partner &amp;organisations…</source>
        <translation>Ор&amp;ганизации-партнёры…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Follow-&amp;up overdue</source>
        <translation>Контроль просроч&amp;ен</translation>
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
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>New p&amp;lan…</source>
        <translation>&amp;Новый план…</translation>
    </message>
    <message>
        <source>A weekly plan: its days, time, place, who leads it and who is expected.</source>
        <translation>Недельный план: дни, время, место, кто проводит и кто ожидается.</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Изменить план…</translation>
    </message>
    <message>
        <source>Change the plan of the session selected from a day onward; the sessions before it stay.</source>
        <translation>Изменить план выбранного занятия начиная с определённого дня; прежние занятия остаются как были.</translation>
    </message>
    <message>
        <source>C&amp;ancel session…</source>
        <translation>&amp;Отменить занятие…</translation>
    </message>
    <message>
        <source>Cancel only the session selected, with a reason.</source>
        <translation>Отменить только выбранное занятие, указав причину.</translation>
    </message>
    <message>
        <source>&amp;Move session…</source>
        <translation>Пе&amp;ренести занятие…</translation>
    </message>
    <message>
        <source>Move only the session selected to another day or time.</source>
        <translation>Перенести только выбранное занятие на другой день или время.</translation>
    </message>
    <message>
        <source>Holi&amp;day…</source>
        <translation>Праздни&amp;к…</translation>
    </message>
    <message>
        <source>A day on which no planned session takes place.</source>
        <translation>День, в который запланированные занятия не проводятся.</translation>
    </message>
    <message>
        <source>&amp;Group lists…</source>
        <translation>Списки &amp;групп…</translation>
    </message>
    <message>
        <source>The saved lists of people a plan may expect.</source>
        <translation>Сохранённые списки людей, которых может ожидать план.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Название (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Удаление плана</translation>
    </message>
    <message>
        <source>Delete this plan? Its sessions leave the week plan; sessions already held stay recorded.</source>
        <translation>Удалить этот план? Его занятия исчезнут из плана недели; уже проведённые занятия останутся записанными.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Изменение плана</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Дни:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Нач&amp;ало:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>Дл&amp;ительность:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>Change &amp;from:</source>
        <translation>Изменить &amp;с:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>П&amp;роводит:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>Ожидаю&amp;тся:</translation>
    </message>
    <message>
        <source>Cou&amp;rse:</source>
        <translation>&amp;Курс:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Зам&amp;етки:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Blank: the plan runs on.</source>
        <translation>Пусто: план действует без срока.</translation>
    </message>
    <message>
        <source>Penal colony, if held in one</source>
        <translation>Исправительное учреждение, если занятие проходит в нём</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>Пока никто не назначен</translation>
    </message>
    <message>
        <source>The facility&apos;s participants</source>
        <translation>Участники учреждения</translation>
    </message>
    <message>
        <source>Who is ticked when a session is recorded as held: a saved group list, or everyone with an open case in the facility.</source>
        <translation>Кого отмечать, когда занятие отмечается проведённым: сохранённый список группы или всех, у кого открыто дело сопровождения в учреждении.</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Без курса</translation>
    </message>
    <message>
        <source>The plan runs from %1. The changes apply from the day in “Change from”; the sessions before it stay as planned.</source>
        <translation>План действует с %1. Изменения вступают в силу с дня в поле «Изменить с»; прежние занятия остаются как были запланированы.</translation>
    </message>
    <message>
        <source>End pl&amp;an…</source>
        <translation>&amp;Завершить план…</translation>
    </message>
    <message>
        <source>The plan&apos;s last session: no session after the day you give.</source>
        <translation>Последнее занятие плана: после указанного дня занятий не будет.</translation>
    </message>
    <message>
        <source>Delete pla&amp;n…</source>
        <translation>Уда&amp;лить план…</translation>
    </message>
    <message>
        <source>Remove the plan; sessions already held stay recorded.</source>
        <translation>Удалить план; уже проведённые занятия останутся записанными.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Person on file</source>
        <translation>Лицо в базе</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose for each row: create, merge into the person on file, or skip.</source>
        <translation>Пока ничего не записано. Выберите для каждой строки: создать, объединить с лицом в базе или пропустить.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Строки с ошибками</translation>
    </message>
    <message>
        <source>Rows matching people on file</source>
        <translation>Строки, совпадающие с лицами в базе</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row</source>
        <translation>Строки, повторяющие строку выше</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>П&amp;ропустить</translation>
    </message>
    <message>
        <source>&amp;All rows found as:</source>
        <translation>&amp;Все строки с отметкой:</translation>
    </message>
    <message>
        <source>A&amp;pply to them</source>
        <translation>При&amp;менить к ним</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>В базе</translation>
    </message>
    <message>
        <source>Ro&amp;w and the person on file:</source>
        <translation>С&amp;трока и лицо в базе:</translation>
    </message>
    <message>
        <source>Mer&amp;ge into:</source>
        <translation>Объединить с &amp;лицом:</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Чтение строк…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Rows: %1 (%2).</source>
        <translation>Строк: %1 (%2).</translation>
    </message>
    <message>
        <source>No column is mapped to: %1.</source>
        <translation>Ни один столбец не сопоставлен с полями: %1.</translation>
    </message>
</context>
<context>
    <name>PrintFilesDialog</name>
    <message>
        <source>Print participant files</source>
        <translation>Печать личных дел участников</translation>
    </message>
    <message>
        <source>The file of %1.</source>
        <translation>Личное дело: %1.</translation>
    </message>
    <message>
        <source>%1 participant files, each from a new page.</source>
        <translation>Личных дел участников: %1, каждое с новой страницы.</translation>
    </message>
    <message>
        <source>Your role prints a shortened file: IIN, address and phone are shown as &quot;withheld&quot;.</source>
        <translation>При вашей роли печатается сокращённое личное дело: вместо ИИН, адреса и телефона выводится «скрыто».</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>П&amp;росмотр…</translation>
    </message>
    <message>
        <source>Preview shows up to %1 files; print or save more.</source>
        <translation>Наибольшее число личных дел в просмотре — %1; остальные напечатайте или сохраните.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Сохранить P&amp;DF…</translation>
    </message>
    <message>
        <source>Participant files</source>
        <translation>Личные дела участников</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранение PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1 files to PDF…</source>
        <translation>Сохранение личных дел в PDF: %1…</translation>
    </message>
    <message>
        <source>Printing %1 files…</source>
        <translation>Печать личных дел: %1…</translation>
    </message>
    <message>
        <source>%1 files, %2 pages: done.</source>
        <translation>Готово: личных дел — %1, страниц — %2.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не создан.</translation>
    </message>
    <message>
        <source>Cancelled: printing stopped.</source>
        <translation>Отменено: печать остановлена.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <source>Print the files of all %1 participants in this list?</source>
        <translation>Напечатать личные дела всех участников этого списка (%1)?</translation>
    </message>
</context>
<context>
    <name>RegisterGrid</name>
    <message>
        <source>%1, lesson of %2: %3</source>
        <translation>%1, урок от %2: %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствовал(а)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Урок %1 от %2</translation>
    </message>
</context>
<context>
    <name>RegisterGridPanel</name>
    <message>
        <source>Add &amp;lesson…</source>
        <translation>&amp;Добавить урок…</translation>
    </message>
    <message>
        <source>Register: students and lessons</source>
        <translation>Журнал: слушатели и уроки</translation>
    </message>
    <message>
        <source>Students: %1. Lessons: %2. Arrow keys move, Space marks present.</source>
        <translation>Слушателей: %1. Уроков: %2. Стрелки — перемещение, пробел — отметка присутствия.</translation>
    </message>
    <message>
        <source>Students: %1. Lessons: %2. Read only.</source>
        <translation>Слушателей: %1. Уроков: %2. Только просмотр.</translation>
    </message>
</context>
<context>
    <name>RegisteredChildren</name>
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
</context>
<context>
    <name>RegisteredChildrenDialog</name>
    <message>
        <source>Children registered for events</source>
        <translation>Дети, записанные на мероприятия</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RegisteredChildrenList</name>
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
    <name>RegistrationDialog</name>
    <message>
        <source>Register a child</source>
        <translation>Запись ребёнка</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>&amp;Parent or guardian:</source>
        <translation>Родитель или &amp;опекун:</translation>
    </message>
    <message>
        <source>Consent &amp;signed on:</source>
        <translation>&amp;Согласие подписано:</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Фамилия и имя на любом алфавите или начало ИИН</translation>
    </message>
    <message>
        <source>Leave the consent date blank until the parent or guardian has signed: the child can be marked present only once it is recorded.</source>
        <translation>Оставьте дату согласия пустой, пока родитель или опекун не подпишет его: ребёнка можно будет отметить присутствующим только после внесения согласия.</translation>
    </message>
    <message>
        <source>— choose the child first —</source>
        <translation>— сначала выберите ребёнка —</translation>
    </message>
    <message>
        <source>— choose who registers the child —</source>
        <translation>— выберите, кто записывает ребёнка —</translation>
    </message>
    <message>
        <source>— nobody linked —</source>
        <translation>— никто не связан —</translation>
    </message>
    <message>
        <source>No parent or guardian is linked to this child: link them in the child&apos;s file (Family) first.</source>
        <translation>С этим ребёнком не связан ни родитель, ни опекун: сначала свяжите их в личном деле ребёнка (раздел «Семья»).</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>What was imported</source>
        <translation>Что импортировано</translation>
    </message>
    <message>
        <source>A supervisor can undo the whole import later: File → Imports…</source>
        <translation>Руководитель может позже отменить весь импорт: Файл → Импорты…</translation>
    </message>
    <message>
        <source>Rows &amp;not imported and why:</source>
        <translation>Строки, &amp;не импортированные, и причины:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing the rows…</source>
        <translation>Импорт строк…</translation>
    </message>
    <message>
        <source>The report could not be saved beside the file: %1.</source>
        <translation>Отчёт не удалось сохранить рядом с файлом: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Created: %1. Merged: %2. Skipped: %3. Refused: %4.</source>
        <translation>Создано: %1. Объединено: %2. Пропущено: %3. Отклонено: %4.</translation>
    </message>
    <message>
        <source>The report is saved beside the file: %1</source>
        <translation>Отчёт сохранён рядом с файлом: %1</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Сброс пароля: %1</translation>
    </message>
    <message>
        <source>Give the person this one-time password in private: they choose their own at the next sign-in.</source>
        <translation>Сообщите сотруднику этот одноразовый пароль лично: при следующем входе он задаст собственный.</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>Одноразовый &amp;пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>П&amp;овторите его:</translation>
    </message>
</context>
<context>
    <name>ReturneeChildrenSection</name>
    <message>
        <source>%1, last on %2</source>
        <translation>%1, последнее: %2</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Медосмотр</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Children&apos;s register</source>
        <translation>Реестр детей</translation>
    </message>
    <message>
        <source>Children brought back with the returnee: %1.</source>
        <translation>Дети, вернувшиеся вместе с участником: %1.</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Добавить ребёнка…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Убрать из реестра</translation>
    </message>
    <message>
        <source>Take %1 off the children&apos;s register? The person and the family link stay.</source>
        <translation>Убрать из реестра детей: %1? Запись о человеке и семейная связь останутся.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
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
        <translation>Чтение списка…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Назначение контроля</translation>
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
    <name>SessionDialogs</name>
    <message>
        <source>Cancel this session</source>
        <translation>Отмена занятия</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>e.g. quarantine in the colony</source>
        <translation>например, карантин в учреждении</translation>
    </message>
    <message>
        <source>Move this session</source>
        <translation>Перенос занятия</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Новая дата:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>No planned session takes place on a holiday; a session moved onto it does.</source>
        <translation>В праздничный день запланированные занятия не проводятся; перенесённое на этот день занятие проводится.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>e.g. Nauryz</source>
        <translation>например, Наурыз</translation>
    </message>
    <message>
        <source>End plan</source>
        <translation>Завершение плана</translation>
    </message>
    <message>
        <source>%1: the plan runs from %2.</source>
        <translation>%1: план действует с %2.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Последний день:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Participants (a person and their case)</source>
        <translation>Участники (лицо и его дело сопровождения)</translation>
    </message>
    <message>
        <source>Mothers&apos; club members</source>
        <translation>Члены клуба матерей</translation>
    </message>
    <message>
        <source>Arabic course students</source>
        <translation>Слушатели курсов арабского</translation>
    </message>
    <message>
        <source>Placements (requests for a job, housing or a nursery place)</source>
        <translation>Заявки на устройство (работа, жильё или место в детском саду)</translation>
    </message>
    <message>
        <source>Persons only (family members)</source>
        <translation>Только лица (члены семьи)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name (surname, name, patronymic)</source>
        <translation>ФИО (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
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
        <source>Offence article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Конец срока</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кто направил</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Joined the club on</source>
        <translation>Дата вступления в клуб</translation>
    </message>
    <message>
        <source>Reason for joining</source>
        <translation>Причина вступления</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Дата заявки</translation>
    </message>
    <message>
        <source>Notes on the placement</source>
        <translation>Заметки к заявке на устройство</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Same IIN on file</source>
        <translation>Тот же ИИН в базе</translation>
    </message>
    <message>
        <source>Look-alike on file</source>
        <translation>Похожее лицо в базе</translation>
    </message>
    <message>
        <source>Same as an earlier row</source>
        <translation>Повтор строки выше</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Есть ошибки</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>%1 is empty but required.</source>
        <translation>Поле «%1» обязательно, но пусто.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>Поле «%1» слишком длинное.</translation>
    </message>
    <message>
        <source>%1: not a date that exists (write dd.mm.yyyy).</source>
        <translation>%1: такой даты не существует (пишите дд.мм.гггг).</translation>
    </message>
    <message>
        <source>%1: before 1900 or after today.</source>
        <translation>%1: раньше 1900 года или позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1: дата в будущем.</translation>
    </message>
    <message>
        <source>%1: an unknown value; choose what it means in the value table.</source>
        <translation>%1: неизвестное значение; выберите, что оно означает, в таблице значений.</translation>
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
        <translation>Последняя цифра ИИН не сходится: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>The IIN belongs to a deleted record.</source>
        <translation>Этот ИИН принадлежит удалённой записи.</translation>
    </message>
    <message>
        <source>%1 does not agree with the IIN.</source>
        <translation>%1: не совпадает с ИИН.</translation>
    </message>
    <message>
        <source>%1: this stage is recorded in the case itself (with its witness or a second supervisor&apos;s approval); import the row as intake or active.</source>
        <translation>%1: этот этап записывается в самом деле сопровождения (со свидетелем или с утверждением второго руководителя); импортируйте строку как «Приём» или «Активная работа».</translation>
    </message>
    <message>
        <source>%1 is before the start of the sentence.</source>
        <translation>%1: раньше начала срока.</translation>
    </message>
    <message>
        <source>No open course has this title.</source>
        <translation>Нет открытого курса с таким названием.</translation>
    </message>
    <message>
        <source>No partner organisation has this name.</source>
        <translation>Нет организации-партнёра с таким названием.</translation>
    </message>
    <message>
        <source>Only women join the mothers&apos; club.</source>
        <translation>В клуб матерей вступают только женщины.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1: недопустимое значение.</translation>
    </message>
    <message>
        <source>A person on file has a look-alike name and the same birth date: decide whether to merge or create.</source>
        <translation>В базе есть лицо с похожим именем и той же датой рождения: решите, объединить или создать.</translation>
    </message>
    <message>
        <source>An earlier row of the file is the same person.</source>
        <translation>Строка выше в файле — то же лицо.</translation>
    </message>
    <message>
        <source>Skipped as chosen.</source>
        <translation>Пропущено по выбору.</translation>
    </message>
    <message>
        <source>Merge was chosen without a person to merge into.</source>
        <translation>Выбрано объединение, но не указано, с кем.</translation>
    </message>
    <message>
        <source>The file is too large: split it into smaller files.</source>
        <translation>Файл слишком большой: разделите его на несколько файлов.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
    <message>
        <source>This is not an .xlsx or .csv file: save it as .xlsx or .csv and import that.</source>
        <translation>Это не файл .xlsx или .csv: сохраните его как .xlsx или .csv и импортируйте его.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text: save it from the spreadsheet program as CSV (UTF-8).</source>
        <translation>Файл не является текстом в UTF-8 или Windows-1251: сохраните его из программы электронных таблиц как CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The CSV file is damaged: save it again from the spreadsheet program.</source>
        <translation>Файл CSV повреждён: сохраните его заново из программы электронных таблиц.</translation>
    </message>
    <message>
        <source>The workbook is damaged: save it again from the spreadsheet program.</source>
        <translation>Книга повреждена: сохраните её заново из программы электронных таблиц.</translation>
    </message>
    <message>
        <source>The workbook holds formulas saved without their values: open it in the spreadsheet program and save it again.</source>
        <translation>В книге есть формулы, сохранённые без значений: откройте её в программе электронных таблиц и сохраните заново.</translation>
    </message>
    <message>
        <source>A cell holds more than 32,767 characters.</source>
        <translation>В ячейке больше 32 767 символов.</translation>
    </message>
    <message>
        <source>The file has more than 100,000 rows: split it into smaller files.</source>
        <translation>В файле больше 100 000 строк: разделите его на несколько файлов.</translation>
    </message>
    <message>
        <source>The file has more than 256 columns: keep only the columns to import.</source>
        <translation>В файле больше 256 столбцов: оставьте только нужные для импорта.</translation>
    </message>
    <message>
        <source>This file is not a Centre Desk import mapping.</source>
        <translation>Этот файл не является сопоставлением для импорта Centre Desk.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read.</source>
        <translation>Файл сопоставления не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The file has no sheet of this name.</source>
        <translation>В файле нет листа с таким названием.</translation>
    </message>
    <message>
        <source>Left as they are, because they were changed after the import: rows %1.</source>
        <translation>Оставлены как есть, так как изменены после импорта, строки: %1.</translation>
    </message>
    <message>
        <source>Left as they are, because records added after the import refer to them: rows %1.</source>
        <translation>Оставлены как есть, так как на них ссылаются записи, добавленные после импорта, строки: %1.</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Active, one-time password</source>
        <translation>Действует, одноразовый пароль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>Где работает</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
        <source>The accounts of this centre. A disabled account cannot sign in; its records and history stay. Accounts of other centres are managed there.</source>
        <translation>Учётные записи этого центра. С отключённой учётной записью нельзя войти в программу; её записи и история сохраняются. Учётными записями других центров управляют в этих центрах.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Сменить &amp;роль…</translation>
    </message>
    <message>
        <source>&amp;Works in…</source>
        <translation>&amp;Где работает…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <source>Disable %1? They will not be able to sign in; their records stay.</source>
        <translation>Отключить учётную запись «%1»? Сотрудник не сможет войти в программу; его записи сохранятся.</translation>
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
        <translation>Сменить &amp;этап…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Activities per month by programme</source>
        <translation>Мероприятия по месяцам и программам</translation>
    </message>
    <message>
        <source>Participants by stage (today)</source>
        <translation>Участники по этапам (на сегодня)</translation>
    </message>
    <message>
        <source>Placements by kind and status (today)</source>
        <translation>Заявки на устройство по видам и статусам (на сегодня)</translation>
    </message>
    <message>
        <source>Individuals rehabilitated</source>
        <translation>Лица, завершившие реабилитацию</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Проведённые мероприятия</translation>
    </message>
    <message>
        <source>Unique people involved</source>
        <translation>Охваченные лица (без повторов)</translation>
    </message>
    <message>
        <source>Meetings held in penal facilities</source>
        <translation>Встречи в исправительных учреждениях</translation>
    </message>
    <message>
        <source>Unique inmates involved</source>
        <translation>Охваченные осуждённые (без повторов)</translation>
    </message>
    <message>
        <source>Inmates who openly renounced radical views</source>
        <translation>Осуждённые, публично отказавшиеся от радикальных взглядов</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Выданные сертификаты об окончании курса</translation>
    </message>
    <message>
        <source>Placements made</source>
        <translation>Исполненные заявки на устройство</translation>
    </message>
    <message>
        <source>Returnees from conflict zones in work</source>
        <translation>Лица, вернувшиеся из зон вооружённых конфликтов (на сопровождении)</translation>
    </message>
    <message>
        <source>Returnees&apos; children in the children&apos;s register</source>
        <translation>Дети вернувшихся лиц в реестре детей</translation>
    </message>
    <message>
        <source>Persons whose case reached the stage “rehabilitated” in the period and did not relapse after it within the period; each person once. Only approved outcomes count: a request still waiting for a second supervisor does not.</source>
        <translation>Лица, дело сопровождения которых достигло этапа «Реабилитация завершена» в периоде без возврата к радикальным взглядам после этого в пределах периода; каждый человек один раз. Учитываются только утверждённые итоги: запрос, ожидающий второго руководителя, не учитывается.</translation>
    </message>
    <message>
        <source>Activities held in the period, both of its days included: in all and per programme.</source>
        <translation>Мероприятия, проведённые в периоде (включая его первый и последний день): всего и по программам.</translation>
    </message>
    <message>
        <source>Persons present at the period&apos;s activities, each counted once. Someone who came to two programmes counts once in the total and once under each programme, so the programme lines add up to more than the total. Children present at children&apos;s events are counted.</source>
        <translation>Лица, присутствовавшие на мероприятиях периода; каждое учитывается один раз. Участник двух программ учитывается один раз в общем итоге и по одному разу в каждой программе, поэтому сумма строк по программам больше итога. Дети, присутствовавшие на детских мероприятиях, учитываются.</translation>
    </message>
    <message>
        <source>Activities of the period held in a penal facility.</source>
        <translation>Мероприятия периода, проведённые в исправительном учреждении.</translation>
    </message>
    <message>
        <source>Persons present at meetings held in penal facilities whose case was an inmate&apos;s on the day of the meeting; each person once.</source>
        <translation>Лица, присутствовавшие на встречах в исправительных учреждениях, у которых в день встречи дело сопровождения имело категорию «осуждённый»; каждое лицо учитывается один раз.</translation>
    </message>
    <message>
        <source>Persons whose case, an inmate&apos;s on that day, reached the stage “renounced radical views” in the period and did not relapse after it within the period.</source>
        <translation>Лица, чьё дело сопровождения (в тот день — категории «осуждённый») достигло в периоде этапа «Отказ от радикальных взглядов» и до конца периода не сменилось возвратом к радикальным взглядам.</translation>
    </message>
    <message>
        <source>Course certificates dated in the period; someone who completed two courses counts twice.</source>
        <translation>Сертификаты об окончании курса, выданные в периоде; окончивший два курса учитывается дважды.</translation>
    </message>
    <message>
        <source>Placements that became “placed” in the period, per kind of help.</source>
        <translation>Заявки на устройство, получившие в периоде статус «Исполнена», по видам помощи.</translation>
    </message>
    <message>
        <source>Persons whose case is a returnee&apos;s (on the period&apos;s last day), taken in by the end of the period and not closed before it began; each person once.</source>
        <translation>Лица, чьё дело сопровождения (на последний день периода) относится к категории вернувшихся из зон вооружённых конфликтов, принятые до конца периода и без прекращения сопровождения до его начала; каждый человек один раз.</translation>
    </message>
    <message>
        <source>Children in the children&apos;s register of those returnees&apos; cases; each child once.</source>
        <translation>Дети в реестре детей этих дел сопровождения; каждый ребёнок один раз.</translation>
    </message>
    <message>
        <source>A facility narrows activities to those held in it, and rehabilitations, renunciations, courses and placements to persons whose case names it (for a stage, the case that reached it).</source>
        <translation>Выбор учреждения оставляет мероприятия, проведённые в нём, а завершённые реабилитации, отказы, курсы и заявки на устройство — лиц, в деле сопровождения которых указано это учреждение (для этапа — в том деле сопровождения, где этап достигнут).</translation>
    </message>
    <message>
        <source>A region narrows activities, and the persons present at them, to those recorded by a centre of the region (this centre, or a peer centre of that region), so the regions add up to the whole; rehabilitations, renunciations, courses and placements to persons living in the region.</source>
        <translation>Выбор региона оставляет мероприятия (и присутствовавших на них), записанные центром этого региона (этим центром или связанным центром из этого региона), поэтому сумма по регионам равна итогу; завершённые реабилитации, отказы, курсы и заявки на устройство — лиц, проживающих в регионе.</translation>
    </message>
    <message>
        <source>Deleted records are not counted; two records of one person merged into one count once.</source>
        <translation>Удалённые записи не учитываются; две записи одного лица, объединённые в одну, учитываются один раз.</translation>
    </message>
    <message>
        <source>Rehabilitated on</source>
        <translation>Дата завершения реабилитации</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Renounced on</source>
        <translation>Дата отказа от радикальных взглядов</translation>
    </message>
    <message>
        <source>Certificate of</source>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Дата исполнения заявки</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Last came on</source>
        <translation>Последнее посещение</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Посещено мероприятий</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Children in the register</source>
        <translation>Детей в реестре</translation>
    </message>
    <message>
        <source>Health check on</source>
        <translation>Дата медосмотра</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Half-year statistics</source>
        <translation>Статистика за полугодие</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Период: с %1 по %2</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>Учреждение: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Регион: %1</translation>
    </message>
    <message>
        <source>All facilities and regions</source>
        <translation>Все учреждения и регионы</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>КОНФИДЕНЦИАЛЬНО</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Напечатано: %1, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>What the figures count</source>
        <translation>Что учитывают показатели</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Не проведено</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Ещё впереди</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Held without a plan</source>
        <translation>Проведено вне плана</translation>
    </message>
    <message>
        <source>Sessions of the week&apos;s plans taking place in the period. Planned: those not cancelled, that is held, missed and still to come. Held: recorded as an activity; missed: their day has passed and no activity was recorded; still to come: today&apos;s and later ones. Cancelled: on their own or by a holiday. Held without a plan: activities of the period that no plan&apos;s session became. A session counts under its plan&apos;s facility and programme; a facility or a region narrows the plans as it narrows activities.</source>
        <translation>Занятия по недельным планам, приходящиеся на период. Запланировано: не отменённые, то есть проведённые, не проведённые и те, что ещё впереди. Проведено: записано как мероприятие; не проведено: день занятия прошёл, а мероприятие не записано; ещё впереди: сегодняшние и более поздние. Отменено: отменённые по отдельности или из-за праздника. Проведено вне плана: мероприятия периода, не ставшие занятием ни одного плана. Занятие учитывается по учреждению и программе своего плана; выбор учреждения или региона сужает планы так же, как мероприятия.</translation>
    </message>
    <message>
        <source>Planned against held</source>
        <translation>Запланировано и проведено</translation>
    </message>
    <message>
        <source>By facility</source>
        <translation>По учреждениям</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>По программам</translation>
    </message>
    <message>
        <source>No facility</source>
        <translation>Без учреждения</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Rows behind it</source>
        <translation>Строки за показателем</translation>
    </message>
    <message>
        <source>Sheet “%1”</source>
        <translation>Лист «%1»</translation>
    </message>
    <message>
        <source>Sheet “%1”, rows whose “%2” is %3</source>
        <translation>Лист «%1», строки, где в столбце «%2» указано «%3»</translation>
    </message>
    <message>
        <source>Sheet “%1”, rows where “%2” is filled in</source>
        <translation>Лист «%1», строки с заполненным столбцом «%2»</translation>
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
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation>У&amp;чреждение:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>Первое полугодие %1 года</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>Второе полугодие %1 года</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Другой период</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт P&amp;DF…</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>Показ&amp;атели</translation>
    </message>
    <message>
        <source>Pla&amp;nned against held</source>
        <translation>&amp;Запланировано и проведено</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Подсчёт показателей…</translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation>Подсчёт отменён.</translation>
    </message>
    <message>
        <source>Figures for %1 to %2.</source>
        <translation>Показатели с %1 по %2.</translation>
    </message>
    <message>
        <source>Statistics, %1</source>
        <translation>Статистика, %1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Сохранение статистики</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message>
        <source>Saved the statistics to %1.</source>
        <translation>Статистика сохранена: %1.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the placement&apos;s status</source>
        <translation>Смена статуса заявки на устройство</translation>
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
        <translation>Сначала выберите организацию-партнёра: нажмите «Изменить…» в окне заявки на устройство.</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>What you typed here is not saved. Save it before closing?</source>
        <translation>Введённые данные не сохранены. Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The file is not a Centre Desk sync package.</source>
        <translation>Файл не является пакетом синхронизации Centre Desk.</translation>
    </message>
    <message>
        <source>The package was made for another site, not this one.</source>
        <translation>Пакет предназначен для другого центра, а не для этого.</translation>
    </message>
    <message>
        <source>The package is incomplete or damaged: copy it again from the sender.</source>
        <translation>Пакет неполный или повреждён: скопируйте его у отправителя ещё раз.</translation>
    </message>
    <message>
        <source>The package was altered after it was signed: do not use it.</source>
        <translation>Пакет изменён после подписания: не используйте его.</translation>
    </message>
    <message>
        <source>The package comes from a site that is not among this site&apos;s peers: add its site card under Peers… first.</source>
        <translation>Пакет прислан центром, которого нет среди связанных центров: сначала добавьте его карточку в окне «Связанные центры…».</translation>
    </message>
    <message>
        <source>The package was made by a newer Centre Desk: update this installation first.</source>
        <translation>Пакет создан более новой версией Centre Desk: сначала обновите программу на этом компьютере.</translation>
    </message>
    <message>
        <source>The file is not a Centre Desk site card.</source>
        <translation>Файл не является карточкой центра Centre Desk.</translation>
    </message>
    <message>
        <source>This is this site&apos;s own card: add the other site&apos;s card instead.</source>
        <translation>Это карточка самого этого центра: добавьте вместо неё карточку другого центра.</translation>
    </message>
    <message>
        <source>A peer with this site id is already known with other keys: check the card with its sender.</source>
        <translation>Связанный центр с этим кодом уже известен, но с другими ключами: сверьте карточку с её отправителем.</translation>
    </message>
    <message>
        <source>One of the chosen peers is no longer known: open Peers… and check.</source>
        <translation>Одного из выбранных центров больше нет среди связанных: откройте «Связанные центры…» и проверьте.</translation>
    </message>
    <message>
        <source>More than one peer has that name: choose it by site id.</source>
        <translation>Такое название у нескольких связанных центров: выберите нужный по коду центра.</translation>
    </message>
    <message>
        <source>Choose at least one peer to export for.</source>
        <translation>Выберите хотя бы один центр для экспорта.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не создан.</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Курсы арабского языка</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Дела сопровождения</translation>
    </message>
    <message>
        <source>Club memberships</source>
        <translation>Участие в клубе матерей</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Записи на курсы</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Заявки на устройство</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Родственные связи</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Отметки о присутствии</translation>
    </message>
    <message>
        <source>Assigned specialists</source>
        <translation>Закреплённые специалисты</translation>
    </message>
    <message>
        <source>Event registrations</source>
        <translation>Записи на мероприятия</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Сроки контроля</translation>
    </message>
    <message>
        <source>Placement status changes</source>
        <translation>Смены статуса заявок на устройство</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Смены этапов</translation>
    </message>
    <message>
        <source>It refers to a record this site does not have yet; it is tried again at every import.</source>
        <translation>Ссылается на запись, которой в этом центре пока нет; попытка повторяется при каждом импорте.</translation>
    </message>
    <message>
        <source>It duplicates a record this site already has (%1).</source>
        <translation>Повторяет запись, которая уже есть в этом центре (%1).</translation>
    </message>
    <message>
        <source>Its clock stamp is more than a day ahead of this PC&apos;s clock (%1); it is tried again at every import.</source>
        <translation>Отметка времени записи опережает часы этого компьютера более чем на сутки (%1); попытка повторяется при каждом импорте.</translation>
    </message>
    <message>
        <source>A required value is missing (%1); it is kept for review, not tried again.</source>
        <translation>Не заполнено обязательное значение (%1); запись сохранена для проверки, повторных попыток не будет.</translation>
    </message>
    <message>
        <source>Category changes</source>
        <translation>Изменения категории</translation>
    </message>
    <message>
        <source>Outcomes awaiting approval</source>
        <translation>Итоги, ожидающие утверждения</translation>
    </message>
    <message>
        <source>Returnees&apos; children</source>
        <translation>Дети вернувшихся лиц</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы занятий</translation>
    </message>
    <message>
        <source>Cancelled, moved and held sessions</source>
        <translation>Отменённые, перенесённые и проведённые занятия</translation>
    </message>
    <message>
        <source>Saved groups</source>
        <translation>Сохранённые группы</translation>
    </message>
    <message>
        <source>Members of saved groups</source>
        <translation>Участники сохранённых групп</translation>
    </message>
    <message>
        <source>A value is not valid here (%1); it is kept for review, not tried again.</source>
        <translation>Недопустимое значение (%1); запись сохранена для проверки, повторных попыток не будет.</translation>
    </message>
    <message>
        <source>It would change one of this site&apos;s own user accounts, which only this site may change (%1); it is kept for review, not tried again.</source>
        <translation>Изменяет учётную запись пользователя этого центра, а изменять её может только сам этот центр (%1); запись сохранена для проверки, повторных попыток не будет.</translation>
    </message>
    <message>
        <source>It approves or changes a request for an outcome made at another centre, which only that centre&apos;s supervisors may decide (%1); it is kept for review, not tried again.</source>
        <translation>Запись утверждает или меняет запрос об итоге, сделанный в другом центре, а решать его могут только руководители того центра (%1); она сохранена для проверки и повторно не применяется.</translation>
    </message>
    <message>
        <source>It claims a change this site never made (%1); it is kept for review, not tried again.</source>
        <translation>Приписывает этому центру изменение, которого он не вносил (%1); запись сохранена для проверки, повторных попыток не будет.</translation>
    </message>
    <message>
        <source>It passes on a change made at another centre, and this peer does not relay for other centres (%1); tick “Relays other centres&apos; records” under Peers… if it should.</source>
        <translation>Содержит изменение, внесённое в другом центре, а этот связанный центр не передаёт записи других центров (%1); если он должен их передавать, отметьте флажок «Передаёт записи других центров» в окне «Связанные центры…».</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
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
        <source>Offence article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Кто направил</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующий контроль</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Количество мест</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Записей</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменены</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>В карантине</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Log intervention…</source>
        <translation>Записать мероприятие…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Enter or a double-click opens a session, meeting, event or lesson.</source>
        <translation>Enter или двойной щелчок открывает занятие, встречу, мероприятие или урок.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Centre Desk — user guide</source>
        <translation>Centre Desk — руководство пользователя</translation>
    </message>
</context>
<context>
    <name>WeekActions</name>
    <message>
        <source>&amp;Week plan…</source>
        <translation>План &amp;недели…</translation>
    </message>
    <message>
        <source>The week&apos;s planned, held and missed sessions by day and facility.</source>
        <translation>Запланированные, проведённые и пропущенные занятия недели по дням и учреждениям.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Save the week&apos;s schedule</source>
        <translation>Сохранить расписание недели</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Schedule of the week: %1</source>
        <translation>Расписание недели: %1</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>все учреждения</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held ✓</source>
        <translation>Проведено ✓</translation>
    </message>
    <message>
        <source>Missed ✗</source>
        <translation>Не проведено ✗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source> (no plan)</source>
        <translation> (вне плана)</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (перенесено с %1)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>No facility</source>
        <translation>Без учреждения</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>План недели</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Предыдущая неделя</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Текущая неделя</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>С&amp;ледующая неделя ▶</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все специалисты</translation>
    </message>
    <message>
        <source>Enter or a double-click on a planned session records it as held and opens its register with the expected people ticked.</source>
        <translation>Enter или двойной щелчок по запланированному занятию отмечает его проведённым и открывает список присутствующих с отмеченными ожидаемыми участниками.</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Неделя с %1 по %2</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>Это занятие отменено.</translation>
    </message>
    <message>
        <source>This session is still to come: it can be recorded as held on its day.</source>
        <translation>Это занятие ещё впереди: отметить его проведённым можно в день занятия.</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Не удалось сохранить расписание: %1</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Расписание %1</translation>
    </message>
</context>
<context>
    <name>WorkAreas</name>
    <message>
        <source>Placements</source>
        <translation>Жизнеустройство</translation>
    </message>
    <message>
        <source>No case names a facility yet.</source>
        <translation>Ни в одном деле сопровождения ещё не указано учреждение.</translation>
    </message>
    <message>
        <source>Works in fac&amp;ilities:</source>
        <translation>Работает в &amp;учреждениях:</translation>
    </message>
    <message>
        <source>Works in pro&amp;grammes:</source>
        <translation>Работает в про&amp;граммах:</translation>
    </message>
</context>
</TS>
