<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action {code}</source>
        <translation>Действие {code}</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ново действие</translation>
    </message>
    <message>
        <source>{code} {title} (score {score})</source>
        <translation>{code} {title} (оценка {score})</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общи</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>О&amp;рганизации</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Финансиране</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>&amp;Междинни цели</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Връзки</translation>
    </message>
    <message>
        <source>Save the action (Ctrl+Enter)</source>
        <translation>Запазване на действието (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>Due outside the action&apos;s start and end: {titles}.</source>
        <translation>Срокът е извън началото и края на действието: {titles}.</translation>
    </message>
    <message>
        <source>To check (saving is still possible):</source>
        <translation>За проверка (запазването все пак е възможно):</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Действието не е запазено</translation>
    </message>
    <message>
        <source>None: the action was not decided in a recorded meeting.</source>
        <translation>Няма: действието не е решено на протоколирана среща.</translation>
    </message>
    <message>
        <source>Decision {number} of “{title}” on {date}</source>
        <translation>Решение {number} от „{title}“ на {date}</translation>
    </message>
</context>
<context>
    <name>ActionFromDecisionDialog</name>
    <message>
        <source>Decision {number} → action of the plan</source>
        <translation>Решение {number} → действие от плана</translation>
    </message>
    <message>
        <source>Decision {number}: {text}</source>
        <translation>Решение {number}: {text}</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Цел:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>The action starts as planned; complete it (lead, dates, cost) in the Action plan area. It keeps a link to this decision.</source>
        <translation>Действието започва със статус „планирано“; допълнете го (водеща организация, дати, разходи) в раздел „План за действие“. То запазва връзка с това решение.</translation>
    </message>
    <message>
        <source>&amp;Make action</source>
        <translation>&amp;Създаване на действие</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Въведете заглавие на действието.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Drag an objective to reorder it; drag actions from the table onto one.</source>
        <translation>Плъзнете цел, за да промените реда ѝ; плъзнете действия от таблицата върху цел.</translation>
    </message>
    <message>
        <source>Add &amp;strategic</source>
        <translation>Добавяне на &amp;стратегическа</translation>
    </message>
    <message>
        <source>Add a strategic objective at the end</source>
        <translation>Добавяне на стратегическа цел в края</translation>
    </message>
    <message>
        <source>Add s&amp;pecific</source>
        <translation>Добавяне на с&amp;пецифична</translation>
    </message>
    <message>
        <source>Add a specific objective under the selected strategic objective</source>
        <translation>Добавяне на специфична цел под избраната стратегическа цел</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Преи&amp;менуване</translation>
    </message>
    <message>
        <source>Rename the selected objective (F2)</source>
        <translation>Преименуване на избраната цел (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>И&amp;зтриване</translation>
    </message>
    <message>
        <source>Delete the selected objective (Del)</source>
        <translation>Изтриване на избраната цел (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>На&amp;горе</translation>
    </message>
    <message>
        <source>Move the selected objective up (Ctrl+Up)</source>
        <translation>Преместване на избраната цел нагоре (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Надо&amp;лу</translation>
    </message>
    <message>
        <source>Move the selected objective down (Ctrl+Down)</source>
        <translation>Преместване на избраната цел надолу (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Цели</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Експортиране в Excel…</translation>
    </message>
    <message>
        <source>Write the actions, funding, indicators, measurements and risks to .xlsx</source>
        <translation>Записване на действията, финансирането, индикаторите, измерванията и рисковете в .xlsx</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импортиране от Excel…</translation>
    </message>
    <message>
        <source>Read an edited plan workbook back, with a preview of what changes</source>
        <translation>Зареждане обратно на редактирана работна книга на плана, с преглед на промените</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Общи суми</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>&amp;Рискове</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · gap {gap}</source>
        <translation>Общо за плана: разходи {cost} · осигурено {secured} · недостиг {gap}</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Ново действие</translation>
    </message>
    <message>
        <source>Add an action to the selected objective (Insert)</source>
        <translation>Добавяне на действие към избраната цел (Insert)</translation>
    </message>
    <message>
        <source>De&amp;lete action</source>
        <translation>Изтри&amp;ване на действие</translation>
    </message>
    <message>
        <source>Delete the selected actions (Del in the table)</source>
        <translation>Изтриване на избраните действия (Del в таблицата)</translation>
    </message>
    <message>
        <source>Move a&amp;ction up</source>
        <translation>Действието наг&amp;оре</translation>
    </message>
    <message>
        <source>Move the action up within its objective (Ctrl+Shift+Up)</source>
        <translation>Преместване на действието нагоре в рамките на целта (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>&amp;Move action down</source>
        <translation>Действието надол&amp;у</translation>
    </message>
    <message>
        <source>Move the action down within its objective (Ctrl+Shift+Down)</source>
        <translation>Преместване на действието надолу в рамките на целта (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Show all ac&amp;tions</source>
        <translation>Всички дейс&amp;твия</translation>
    </message>
    <message>
        <source>Show the actions of every objective, not only of the selected one</source>
        <translation>Показване на действията на всички цели, не само на избраната</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План за действие</translation>
    </message>
    <message>
        <source>Delete action {code} “{title}” with its milestones, funding lines and links?</source>
        <translation>Да се изтрие ли действие {code} „{title}“ заедно с междинните цели, редовете на финансиране и връзките му?</translation>
    </message>
    <message>
        <source>Delete action {code}</source>
        <translation>Изтриване на действие {code}</translation>
    </message>
    <message>
        <source>Delete {count} actions ({codes}) with their milestones, funding lines and links?</source>
        <translation>Да се изтрият ли {count} действия ({codes}) заедно с междинните цели, редовете на финансиране и връзките им?</translation>
    </message>
    <message>
        <source>Delete {count} actions</source>
        <translation>Изтриване на {count} действия</translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Изтриване на действия</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Actions not deleted</source>
        <translation>Действията не са изтрити</translation>
    </message>
    <message>
        <source>Move action {code}</source>
        <translation>Преместване на действие {code}</translation>
    </message>
    <message>
        <source>Move action {code} to objective {objective}</source>
        <translation>Преместване на действие {code} към цел {objective}</translation>
    </message>
    <message>
        <source>Move {count} actions to objective {objective}</source>
        <translation>Преместване на {count} действия към цел {objective}</translation>
    </message>
    <message>
        <source>Action not moved</source>
        <translation>Действието не е преместено</translation>
    </message>
    <message>
        <source>&amp;Actions of the whole plan</source>
        <translation>&amp;Действия от целия план</translation>
    </message>
    <message>
        <source>&amp;Actions of objective {code} “{title}”</source>
        <translation>&amp;Действия на цел {code} „{title}“</translation>
    </message>
    <message>
        <source>Renumbered: {changes}</source>
        <translation>Преномерирани: {changes}</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Нова цел</translation>
    </message>
    <message>
        <source>Objective not added</source>
        <translation>Целта не е добавена</translation>
    </message>
    <message>
        <source>Add strategic objective</source>
        <translation>Добавяне на стратегическа цел</translation>
    </message>
    <message>
        <source>Add specific objective</source>
        <translation>Добавяне на специфична цел</translation>
    </message>
    <message>
        <source>Objective not renamed</source>
        <translation>Целта не е преименувана</translation>
    </message>
    <message>
        <source>Objective not deleted</source>
        <translation>Целта не е изтрита</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Изтриване на цел</translation>
    </message>
    <message>
        <source>Objective not moved</source>
        <translation>Целта не е преместена</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Действието не е променено</translation>
    </message>
    <message>
        <source>New action {code}</source>
        <translation>Ново действие {code}</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Редактиране на действие</translation>
    </message>
    <message>
        <source>Edit action {code}</source>
        <translation>Редактиране на действие {code}</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Преименуване на цел</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Преместване на цел</translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n people to a group</source>
        <translation>
            <numerusform>Добавяне на %n лице към група</numerusform>
            <numerusform>Добавяне на %n лица към група</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Присъединил се на:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роля:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавяне</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Дневен ред</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Добавяне на точка</translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one (Insert)</source>
        <translation>Добавяне на точка от дневния ред под избраната (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Премахване на точка</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Премахване на избраната точка (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Нагоре</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Преместване на избраната точка нагоре (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Надо&amp;лу</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Преместване на избраната точка надолу (Alt+Down)</translation>
    </message>
    <message>
        <source>Type in a cell to edit it; F2 edits the selected cell, Enter keeps it.</source>
        <translation>Пишете в клетка, за да я редактирате; F2 редактира избраната клетка, Enter запазва промяната.</translation>
    </message>
    <message>
        <source>Total {planned} min</source>
        <translation>Общо {planned} мин</translation>
    </message>
    <message>
        <source>Total {planned} min of {available} min</source>
        <translation>Общо {planned} мин от {available} мин</translation>
    </message>
    <message>
        <source>{total} — more than the meeting lasts</source>
        <translation>{total} — повече от продължителността на срещата</translation>
    </message>
    <message>
        <source>Item {number}: {message}</source>
        <translation>Точка {number}: {message}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>lagdesk cannot start</source>
        <translation>lagdesk не може да стартира</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Network</source>
        <translation>Мрежа</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Заинтересовани страни</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План за действие</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>why the scores changed (optional)</source>
        <translation>защо оценките са променени (по избор)</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Запазване на &amp;оценката</translation>
    </message>
    <message>
        <source>&amp;Interest (1–5):</source>
        <translation>&amp;Интерес (1–5):</translation>
    </message>
    <message>
        <source>Powe&amp;r (1–5):</source>
        <translation>&amp;Влияние (1–5):</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Оценено &amp;на:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Бележка:</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Предишни оценки</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>История (първо най-новите):</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Все още не е оценено</translation>
    </message>
    <message>
        <source>Give both scores</source>
        <translation>Въведете и двете оценки</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>{extension} files (*{suffix});;All files (*)</source>
        <translation>Файлове {extension} (*{suffix});;Всички файлове (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>File {id} is not a photo cleared for publication.</source>
        <translation>Файл {id} не е снимка, одобрена за публикуване.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} не може да бъде прочетен: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder cannot be attached).</source>
        <translation>{file} не е файл (папка не може да се прикачи).</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); it was not attached. Check the file.</source>
        <translation>{file} е празен (0 байта) и не е прикачен. Проверете файла.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for one file. Nothing was added. Make the file smaller (a lower resolution photo, a PDF scanned in grey) and try again.</source>
        <translation>{file} е {size} MB, което надвишава ограничението от {limit} MB за един файл. Нищо не е добавено. Намалете размера на файла (снимка с по-ниска резолюция, PDF, сканиран в сиво) и опитайте отново.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} не може да бъде записан: {reason}</translation>
    </message>
    <message>
        <source>People can be recognised in this photo and their consent has not been checked. Tick “Consent checked” first, or untick “Identifiable”.</source>
        <translation>На тази снимка могат да бъдат разпознати хора, а съгласието им не е проверено. Първо отметнете „Съгласието е проверено“ или махнете отметката „Разпознаваеми лица“.</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>За публикуване</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person has been erased from the register; their attendance can only be counted anonymously.</source>
        <translation>Това лице е изтрито от регистъра; присъствието му може да се отчете само анонимно.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: choose its sector.</source>
        <translation>{organisation} е нова организация: изберете сектора ѝ.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>сектор</translation>
    </message>
    <message>
        <source>name</source>
        <translation>име</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Въведете името на непоканения участник.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>брой</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
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
        <source>{status} (walk-in)</source>
        <translation>{status} (непоканен участник)</translation>
    </message>
    <message>
        <source>Sector unknown</source>
        <translation>Неизвестен сектор</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name or organisation…</source>
        <translation>Въведете име или организация…</translation>
    </message>
    <message>
        <source>Find a person on the list</source>
        <translation>Търсене на лице в списъка</translation>
    </message>
    <message>
        <source>Invited people</source>
        <translation>Поканени лица</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присъствал</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Отсъства по уважителна причина</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявил се</translation>
    </message>
    <message>
        <source>Back to invited</source>
        <translation>Обратно към поканени</translation>
    </message>
    <message>
        <source>Enter: attended · Ctrl+E: excused · Ctrl+D: no-show · Ctrl+I: back to invited · Ctrl+Z: undo</source>
        <translation>Enter: присъствал · Ctrl+E: отсъства по уважителна причина · Ctrl+D: неявил се · Ctrl+I: обратно към поканени · Ctrl+Z: отмяна</translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation>данните на непоканения участник {name}</translation>
    </message>
    <message>
        <source>Choose a meeting to take its attendance.</source>
        <translation>Изберете среща, за да отбележите присъствието.</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Непоканен участник</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <source>Leave empty if none</source>
        <translation>Оставете празно, ако няма</translation>
    </message>
    <message>
        <source>Choose for a new organisation</source>
        <translation>Изберете за нова организация</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Добавяне на &amp;непоканен участник</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>&amp;Сектор:</translation>
    </message>
    <message>
        <source>Counted an&amp;onymously</source>
        <translation>Отчетен &amp;анонимно</translation>
    </message>
    <message>
        <source>Anonymous: {sector}, {gender}</source>
        <translation>Анонимно: {sector}, {gender}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <source>Nobody on the list matches. Enter adds “{text}” as a walk-in.</source>
        <translation>Никой в списъка не съвпада. Enter добавя „{text}“ като непоканен участник.</translation>
    </message>
    <message>
        <source>Type the organisation and press Enter to add the walk-in (Escape: back).</source>
        <translation>Въведете организацията и натиснете Enter, за да добавите непоканения участник (Escape: назад).</translation>
    </message>
    <message>
        <source>{name} is already marked {status}.</source>
        <translation>{name} вече е отбелязан(а) като {status}.</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Отбелязване на {name} като {status}</translation>
    </message>
    <message>
        <source>{name}: {status}. Ctrl+Z undoes it.</source>
        <translation>{name}: {status}. Ctrl+Z отменя действието.</translation>
    </message>
    <message>
        <source>A new organisation: choose its sector, then press Enter.</source>
        <translation>Нова организация: изберете сектора ѝ и натиснете Enter.</translation>
    </message>
    <message>
        <source>Add walk-in {name}</source>
        <translation>Добавяне на непоканен участник {name}</translation>
    </message>
    <message>
        <source>{name} added as a walk-in. Ctrl+Z undoes it.</source>
        <translation>{name} е добавен(а) като непоканен участник. Ctrl+Z отменя действието.</translation>
    </message>
    <message>
        <source>Count anonymously: {sector}, {gender}</source>
        <translation>Анонимно отчитане: {sector}, {gender}</translation>
    </message>
    <message>
        <source>{present} present · {invited} invited</source>
        <translation>{present} присъстващи · {invited} поканени</translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}</source>
        <translation>Непоканени участници {walk_ins} · отчетени анонимно {anonymous} · отсъстващи по уважителна причина {excused} · неявили се {no_show}</translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <source>By sector: {counts}</source>
        <translation>По сектори: {counts}</translation>
    </message>
    <message>
        <source>By gender: {counts}</source>
        <translation>По пол: {counts}</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <source>Attendance — {meeting}</source>
        <translation>Присъствие — {meeting}</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Making a backup of {name}…</source>
        <translation>Създава се резервно копие на {name}…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {problem}</source>
        <translation>Автоматичното резервно копие не успя: {problem}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Възникна грешка. Подробностите са в лог файла.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Прекратяване…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup to {path} failed. The details are in the log file.</source>
        <translation>Резервното копие в {path} не беше създадено. Подробностите са в лог файла.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: no such backup.</source>
        <translation>{path}: няма такова резервно копие.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk file, so it cannot be restored.</source>
        <translation>{path} не е файл на lagdesk, затова не може да бъде възстановен.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}); update lagdesk to restore it.</source>
        <translation>{path} е записан от по-нова версия на lagdesk (схема {revision}); обновете lagdesk, за да го възстановите.</translation>
    </message>
    <message>
        <source>{path} is damaged, so it cannot be restored: {problem}</source>
        <translation>{path} е повреден, затова не може да бъде възстановен: {problem}</translation>
    </message>
    <message>
        <source>{path} is the file itself, not a backup of it.</source>
        <translation>{path} е самият файл, а не негово резервно копие.</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check; nothing was changed.</source>
        <translation>Копието на {path} не премина проверката; нищо не е променено.</translation>
    </message>
    <message>
        <source>The restored {path} did not pass its check; it was put back.</source>
        <translation>Възстановеният {path} не премина проверката; предишното състояние е върнато.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {detail}</source>
        <translation>{path} не може да бъде възстановен: {detail}</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>При отваряне</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>При затваряне</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Създадено ръчно</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Преди обновяване</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Преди възстановяване</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{text} is not a date like 2024-03-31</source>
        <translation>{text} не е дата във формат 2024-03-31</translation>
    </message>
    <message>
        <source>meetings to an iCalendar (.ics) file</source>
        <translation>срещи във файл iCalendar (.ics)</translation>
    </message>
    <message>
        <source>only meetings starting on or after DATE (YYYY-MM-DD)</source>
        <translation>само срещи, започващи на или след DATE (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>only meetings starting on or before DATE (YYYY-MM-DD)</source>
        <translation>само срещи, започващи на или преди DATE (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a meeting from an iCalendar (.ics) invitation</source>
        <translation>среща от покана iCalendar (.ics)</translation>
    </message>
    <message>
        <source>{count} meeting(s) written to {path}.</source>
        <translation>Записани срещи в {path}: {count}.</translation>
    </message>
    <message>
        <source>Meeting {id} imported: {title}, {start} ({zone}).</source>
        <translation>Импортирана среща {id}: {title}, {start} ({zone}).</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>Първият ден ({start}) е след последния ден ({end}).</translation>
    </message>
    <message>
        <source>this is not an iCalendar (.ics) file.</source>
        <translation>това не е файл iCalendar (.ics).</translation>
    </message>
    <message>
        <source>the invitation&apos;s {property} cannot be read.</source>
        <translation>свойството {property} на поканата не може да бъде прочетено.</translation>
    </message>
    <message>
        <source>the file holds no event (VEVENT).</source>
        <translation>файлът не съдържа събитие (VEVENT).</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART).</source>
        <translation>събитието няма начало (DTSTART).</translation>
    </message>
    <message>
        <source>the event ends (DTEND) before it starts (DTSTART).</source>
        <translation>събитието завършва (DTEND) преди да започне (DTSTART).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Manage closely</source>
        <translation>Тясно управление</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Поддържане на удовлетвореност</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Поддържане на информираност</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Все още няма оценки</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Присъствие по сектори</translation>
    </message>
    <message>
        <source>People attending</source>
        <translation>Присъстващи лица</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Дата на срещата</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Без сектор</translation>
    </message>
    <message>
        <source>No meetings to show</source>
        <translation>Няма срещи за показване</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месеци</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Тримесечия</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>График на действията</translation>
    </message>
    <message>
        <source>Action timeline, page {page} of {pages}</source>
        <translation>График на действията, страница {page} от {pages}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Междинна цел</translation>
    </message>
    <message>
        <source>Milestone done</source>
        <translation>Изпълнена междинна цел</translation>
    </message>
    <message>
        <source>No actions to show</source>
        <translation>Няма действия за показване</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Без цел</translation>
    </message>
    <message>
        <source>{objective} (continued)</source>
        <translation>{objective} (продължение)</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Без дати</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Без начална дата</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Без крайна дата</translation>
    </message>
    <message>
        <source>End before start</source>
        <translation>Краят е преди началото</translation>
    </message>
    <message>
        <source>Actions without a bar (dates missing): {count}</source>
        <translation>Действия без лента (липсват дати): {count}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измерено</translation>
    </message>
    <message>
        <source>Measured (running total)</source>
        <translation>Измерено (натрупано)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Междинни цели</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Очакван напредък</translation>
    </message>
    <message>
        <source>Current value: {value}   Progress: {progress}</source>
        <translation>Текуща стойност: {value}   Напредък: {progress}</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>не е определено</translation>
    </message>
    <message>
        <source>No baseline, target or measurement to show</source>
        <translation>Няма базова стойност, целева стойност или измерване за показване</translation>
    </message>
    <message>
        <source>Indicator status</source>
        <translation>Статус на индикаторите</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Финансиране по източник и статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Local group by sector and gender</source>
        <translation>Местна група по сектор и пол</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Все още няма какво да се покаже</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Schema revision {revision} is older; lagdesk upgrades it when the file is opened.</source>
        <translation>Версията на схемата {revision} е по-стара; lagdesk я обновява при отваряне на файла.</translation>
    </message>
    <message>
        <source>The schema revision is missing.</source>
        <translation>Липсва версията на схемата.</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this lagdesk knows.</source>
        <translation>Версията на схемата {revision} е по-нова от познатите на тази версия на lagdesk.</translation>
    </message>
    <message>
        <source>Integrity: {message}</source>
        <translation>Цялост: {message}</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: refers to a missing row of {parent}.</source>
        <translation>Таблица {table}, ред {rowid}: сочи към липсващ ред от {parent}.</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: column {column} holds text that is not valid UTF-8.</source>
        <translation>Таблица {table}, ред {rowid}: колоната {column} съдържа текст, който не е валиден UTF-8.</translation>
    </message>
    <message>
        <source>{count} more values are not valid UTF-8 text.</source>
        <translation>Още {count} стойности не са валиден текст в UTF-8.</translation>
    </message>
    <message>
        <source>Table {table} is missing.</source>
        <translation>Таблица {table} липсва.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Chosen only</source>
        <translation>Само избраните</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} и още {count}</translation>
    </message>
    <message>
        <source>Chosen ({count}): {names}</source>
        <translation>Избрани ({count}): {names}</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>Нищо не е избрано.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>URBACT IV</source>
        <translation>URBACT IV</translation>
    </message>
    <message>
        <source>URBACT III</source>
        <translation>URBACT III</translation>
    </message>
    <message>
        <source>Interreg</source>
        <translation>Interreg</translation>
    </message>
    <message>
        <source>COSME</source>
        <translation>COSME</translation>
    </message>
    <message>
        <source>ESF+</source>
        <translation>ESF+</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Активиране</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Планиране</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Водещ партньор</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партньор</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Публичен</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Частен</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Гражданско общество</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Академична общност</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жена</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мъж</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Небинарен</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Предпочита да не посочи</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестен</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Местна група</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Работна група</translation>
    </message>
    <message>
        <source>Steering board</source>
        <translation>Управителен съвет</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Пощенска група</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председател</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Експерт</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдател</translation>
    </message>
    <message>
        <source>Local group membership</source>
        <translation>Членство в местната група</translation>
    </message>
    <message>
        <source>Photo publication</source>
        <translation>Публикуване на снимки</translation>
    </message>
    <message>
        <source>Sharing contacts with partners</source>
        <translation>Споделяне на контакти с партньори</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Бюлетин</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Писмена форма</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Онлайн формуляр</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Устно</translation>
    </message>
    <message>
        <source>Local group meeting</source>
        <translation>Среща на местната група</translation>
    </message>
    <message>
        <source>Thematic workshop</source>
        <translation>Тематична работна среща</translation>
    </message>
    <message>
        <source>Co-design workshop</source>
        <translation>Работна среща за съвместно проектиране</translation>
    </message>
    <message>
        <source>Site or study visit</source>
        <translation>Посещение на място или учебно посещение</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Транснационална среща</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Уебинар</translation>
    </message>
    <message>
        <source>Testing action event</source>
        <translation>Събитие за тестово действие</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Поканен</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистриран</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присъствал</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Отсъства по уважителна причина</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявил се</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Снимка</translation>
    </message>
    <message>
        <source>Signed attendance list</source>
        <translation>Подписан присъствен списък</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказателство</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернова</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Подадена за преглед</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Върната</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <source>Strategic objective</source>
        <translation>Стратегическа цел</translation>
    </message>
    <message>
        <source>Specific objective</source>
        <translation>Специфична цел</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Инвестиция</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Изграждане на капацитет</translation>
    </message>
    <message>
        <source>Policy or regulation</source>
        <translation>Политика или регулация</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Обществена поръчка</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Комуникация</translation>
    </message>
    <message>
        <source>Testing action</source>
        <translation>Тестово действие</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>В изпълнение</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Забавено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>01 Gender targeting</source>
        <translation>01 Насочено към равенството между половете</translation>
    </message>
    <message>
        <source>02 Gender mainstreaming</source>
        <translation>02 Интегриране на равенството между половете</translation>
    </message>
    <message>
        <source>03 Gender neutral</source>
        <translation>03 Неутрално по отношение на пола</translation>
    </message>
    <message>
        <source>City budget</source>
        <translation>Общински бюджет</translation>
    </message>
    <message>
        <source>ERDF</source>
        <translation>ЕФРР</translation>
    </message>
    <message>
        <source>National funds</source>
        <translation>Национални средства</translation>
    </message>
    <message>
        <source>Private funds</source>
        <translation>Частни средства</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Осигурено</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Заявено</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциално</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Политически</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Финансов</translation>
    </message>
    <message>
        <source>Legal or procurement</source>
        <translation>Правен или свързан с обществени поръчки</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Капацитет</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Заинтересовани страни</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Външен</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Смекчен</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Брой</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Да/не</translation>
    </message>
    <message>
        <source>Increase is good</source>
        <translation>Увеличението е добро</translation>
    </message>
    <message>
        <source>Decrease is good</source>
        <translation>Намалението е добро</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Кумулативно</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Последна стойност</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Месечно</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Тримесечно</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>На всеки шест месеца</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Годишно</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Еднократно</translation>
    </message>
    <message>
        <source>Not disaggregated</source>
        <translation>Без разбивка</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>По пол</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Изпратен</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решен</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Няма данни</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Постигнато</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>По план</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В риск</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Изоставащ</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>import records from a file</source>
        <translation>импортиране на записи от файл</translation>
    </message>
    <message>
        <source>export records to a file</source>
        <translation>експортиране на записи във файл</translation>
    </message>
    <message>
        <source>the lagdesk database file</source>
        <translation>файлът с база данни на lagdesk</translation>
    </message>
    <message>
        <source>language: en, pl, lv, ro or bg</source>
        <translation>език: en, pl, lv, ro или bg</translation>
    </message>
    <message>
        <source>lagdesk: stakeholders, meetings and the Integrated Action Plan of a local group.</source>
        <translation>lagdesk: заинтересовани страни, срещи и Интегриран план за действие на местна група.</translation>
    </message>
    <message>
        <source>{path} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{path} е обновен до тази версия на lagdesk; копие във вида му преди това има в {backup}.</translation>
    </message>
    <message>
        <source>wait up to SECONDS while the file is open in lagdesk (default: refuse at once)</source>
        <translation>изчакване до SECONDS секунди, докато файлът е отворен в lagdesk (по подразбиране: отказ веднага)</translation>
    </message>
    <message>
        <source>{path} is open in lagdesk (a window or another command); nothing was changed. Close it there and try again, or add --wait SECONDS to wait for it.</source>
        <translation>{path} е отворен в lagdesk (в прозорец или в друга команда); нищо не е променено. Затворете го там и опитайте отново или добавете --wait SECONDS, за да го изчакате.</translation>
    </message>
    <message>
        <source>waiting for {path}: it is open in lagdesk (a window or another command) (up to {seconds} s)…</source>
        <translation>изчакване на {path}: отворен е в lagdesk (в прозорец или в друга команда) (до {seconds} s)…</translation>
    </message>
    <message>
        <source>{path} is still open in lagdesk (a window or another command) after {seconds} s; nothing was changed.</source>
        <translation>{path} все още е отворен в lagdesk (в прозорец или в друга команда) след {seconds} s; нищо не е променено.</translation>
    </message>
    <message>
        <source>fill a new database with demo data</source>
        <translation>попълване на нова база данни с демонстрационни данни</translation>
    </message>
    <message>
        <source>check integrity, foreign keys and the schema revision</source>
        <translation>проверка на целостта, външните ключове и версията на схемата</translation>
    </message>
    <message>
        <source>copy the database safely while in use</source>
        <translation>безопасно копиране на базата данни, докато се използва</translation>
    </message>
    <message>
        <source>list the backups of the database: automatic and upgrade</source>
        <translation>списък на резервните копия на базата данни: автоматични и преди обновяване</translation>
    </message>
    <message>
        <source>put a backup in place of the database, keeping the current state</source>
        <translation>поставя резервно копие на мястото на базата данни, като запазва текущото състояние</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>без искане на потвърждение</translation>
    </message>
    <message>
        <source>salvage what can be read from a damaged database into a new file</source>
        <translation>спасява в нов файл каквото може да се прочете от повредена база данни</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>Все още няма резервни копия на {path}.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Път</translation>
    </message>
    <message>
        <source>restore replaces {path}; add --yes to confirm when not asked at a terminal.</source>
        <translation>restore заменя {path}; добавете --yes за потвърждение, когато командата не се изпълнява в терминал.</translation>
    </message>
    <message>
        <source>Replace {path} with the backup {backup}? The current state is kept beside it. [y/N] </source>
        <translation>Да се замени ли {path} с резервното копие {backup}? Текущото състояние се запазва до него. [д/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нищо не е променено.</translation>
    </message>
    <message>
        <source>{path} restored from {backup}.</source>
        <translation>{path} е възстановен от {backup}.</translation>
    </message>
    <message>
        <source>The previous state was moved to {previous}.</source>
        <translation>Предишното състояние е преместено в {previous}.</translation>
    </message>
    <message>
        <source>{path} is the damaged file or part of it; choose another name.</source>
        <translation>{path} е повреденият файл или част от него; изберете друго име.</translation>
    </message>
    <message>
        <source>Recovered from {source} into {path} (schema {revision}):</source>
        <translation>Възстановено от {source} в {path} (схема {revision}):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочетени</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>спасени</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>отпаднали</translation>
    </message>
    <message>
        <source>Parts of these tables could not be read: {tables}</source>
        <translation>Части от тези таблици не можаха да бъдат прочетени: {tables}</translation>
    </message>
    <message>
        <source>These tables could not be read at all: {tables}</source>
        <translation>Тези таблици изобщо не можаха да бъдат прочетени: {tables}</translation>
    </message>
    <message>
        <source>indicators: progress as of DATE (YYYY-MM-DD), not today</source>
        <translation>индикатори: напредък към DATE (YYYY-MM-DD), а не към днешна дата</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>замяна на FILE, ако съществува</translation>
    </message>
    <message>
        <source>--as-of goes with list indicators only</source>
        <translation>--as-of се използва само с list indicators</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} не е дата; въведете я във формат YYYY-MM-DD</translation>
    </message>
    <message>
        <source>print a list of records</source>
        <translation>извеждане на списък със записи</translation>
    </message>
    <message>
        <source>attendance: only this meeting</source>
        <translation>присъствие: само тази среща</translation>
    </message>
    <message>
        <source>the command {command} needs a subject</source>
        <translation>командата {command} изисква обект</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in {path}</source>
        <translation>неочаквана грешка ({kind}); подробностите са в {path}</translation>
    </message>
    <message>
        <source>Demo data ({size}) written to {path}: {total} records.</source>
        <translation>Демонстрационни данни ({size}) са записани в {path}: {total} записа.</translation>
    </message>
    <message>
        <source>{path}: sound (schema {revision}).</source>
        <translation>{path}: в изправност (схема {revision}).</translation>
    </message>
    <message>
        <source>{path}: {count} problem(s) found:</source>
        <translation>{path}: открити проблеми: {count}</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name or add --force.</source>
        <translation>{path} вече съществува; изберете друго име или добавете --force.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: папката не съществува.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Резервното копие е записано в {path}.</translation>
    </message>
    <message>
        <source>--meeting goes with list attendance only</source>
        <translation>--meeting се използва само с list attendance</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Сравняване на версии</translation>
    </message>
    <message>
        <source>{name} ({saved})</source>
        <translation>{name} ({saved})</translation>
    </message>
    <message>
        <source>The plan now (not saved as a version)</source>
        <translation>Планът в момента (не е запазен като версия)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>From version “{old}” to the plan now</source>
        <translation>От версия „{old}“ до текущия план</translation>
    </message>
    <message>
        <source>From version “{old}” to version “{new}”</source>
        <translation>От версия „{old}“ до версия „{new}“</translation>
    </message>
</context>
<context>
    <name>Composition</name>
    <message>
        <source>public</source>
        <translation>публичен</translation>
    </message>
    <message>
        <source>private</source>
        <translation>частен</translation>
    </message>
    <message>
        <source>civic</source>
        <translation>гражданско общество</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>академична общност</translation>
    </message>
    <message>
        <source>Women are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Жените са {percent} % от членовете с известен пол (под {threshold} %).</translation>
    </message>
    <message>
        <source>Men are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Мъжете са {percent} % от членовете с известен пол (под {threshold} %).</translation>
    </message>
    <message>
        <source>The group has no active members.</source>
        <translation>Групата няма активни членове.</translation>
    </message>
    <message>
        <source>No one from the {sector} sector.</source>
        <translation>Няма никой от сектор „{sector}“.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>Members by sector and gender</source>
        <translation>Членове по сектор и пол</translation>
    </message>
    <message>
        <source>Choose a group to see who is in it.</source>
        <translation>Изберете група, за да видите членовете ѝ.</translation>
    </message>
    <message>
        <source>{count} people are active members today (subgroups included).</source>
        <translation>Активни членове към днешна дата (включително подгрупите): {count}.</translation>
    </message>
    <message>
        <source>Organisations that are members in their own right: {parts}.</source>
        <translation>Организации, които са членове самостоятелно: {parts}.</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>Other</source>
        <translation>Друг начин</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent records</source>
        <translation>Записи за съгласие</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Записване на съгласие</translation>
    </message>
    <message>
        <source>for example: signed form in the ULG folder</source>
        <translation>например: подписан формуляр в папката на местната група</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>&amp;Добавяне на съгласие</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Цел:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>Дад&amp;ено на:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Начин:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Доказа&amp;телство:</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw the selected consent</source>
        <translation>&amp;Оттегляне на избраното съгласие</translation>
    </message>
    <message>
        <source>Withdrawn o&amp;n:</source>
        <translation>Оттеглено н&amp;а:</translation>
    </message>
    <message>
        <source>Consent changes are stored when you choose OK.</source>
        <translation>Промените в съгласията се запазват, когато натиснете OK.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: няма такъв файл.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.</source>
        <translation>{path} не е база данни на lagdesk. Изберете файл, създаден от lagdesk, или ново име на файл.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.</source>
        <translation>{path} е запазен от по-нова версия на lagdesk (схема {revision}). Обновете lagdesk, за да го отворите; файлът не е променен.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it there and try again.</source>
        <translation>{path} се използва от друга програма. Затворете го там и опитайте отново.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} е повреден и не може да бъде отворен. Възстановете го от резервно копие.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} не може да бъде отворен: {detail}</translation>
    </message>
    <message>
        <source>{path} is read-only, so lagdesk cannot save changes to it. Check that you may write to the file and its folder, or copy it to a folder of your own.</source>
        <translation>{path} е само за четене, затова lagdesk не може да запише промени в него. Проверете дали имате право да пишете във файла и в папката му или го копирайте в своя папка.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no lagdesk data; it was not changed. Restore it from a backup, or use File &gt; New file to start a new file.</source>
        <translation>{path} е празен (0 байта), затова не съдържа данни на lagdesk; не е променен. Възстановете го от резервно копие или използвайте Файл &gt; Нов файл, за да започнете нов файл.</translation>
    </message>
    <message>
        <source>The folder of {path} has gone (deleted or unmounted), so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>Папката на {path} е изчезнала (изтрита или демонтирана), затова промените вече не могат да се записват там. Работата ви още е в паметта: използвайте „Запис на копие като…“, за да я запазите.</translation>
    </message>
    <message>
        <source>{path} was moved, deleted or replaced by another program while it was open, so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>{path} е преместен, изтрит или заменен от друга програма, докато е бил отворен, затова промените вече не могат да се записват там. Работата ви още е в паметта: използвайте „Запис на копие като…“, за да я запазите.</translation>
    </message>
    <message>
        <source>Another program deleted {path}-wal, which holds the latest changes of {path}. lagdesk wrote your work into {path}; to be safe, also use Save a copy as… and then open that copy.</source>
        <translation>Друга програма изтри {path}-wal, който съдържа последните промени на {path}. lagdesk записа работата ви в {path}; за по-сигурно използвайте и „Запис на копие като…“ и след това отворете копието.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and try again.</source>
        <translation>Дискът, на който се намира {path}, е пълен. Освободете място и опитайте отново.</translation>
    </message>
    <message>
        <source>{path} could not be read or written (disk I/O error). Check that the drive that holds it is still connected, then try again.</source>
        <translation>{path} не може да бъде прочетен или записан (входно-изходна грешка на диска). Проверете дали устройството, на което се намира, все още е свързано, и опитайте отново.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: its path is {length} bytes long, and the database engine takes at most {limit}. Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>{path} не може да бъде отворен: пътят му е дълъг {length} байта, а машината на базата данни приема най-много {limit}. Преместете файла в папка с по-кратък път или му дайте по-кратко име.</translation>
    </message>
    <message>
        <source>{path} belongs to the lagdesk file {file}: a copy written there would damage it. Choose another name.</source>
        <translation>{path} е част от файла на lagdesk {file}: копие, записано там, би го повредило. Изберете друго име.</translation>
    </message>
    <message>
        <source>Upgrading {path} was stopped and undone: row {rowid} of {table} would refer to a missing row of {parent} ({count} such rows). The file was not changed.</source>
        <translation>Обновяването на {path} беше спряно и отменено: ред {rowid} от {table} би сочил към липсващ ред от {parent} ({count} такива реда). Файлът не е променен.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>DecisionChoiceDelegate</name>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>От решение</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>This cannot be deleted: other records still depend on it ({detail}).</source>
        <translation>Записът не може да бъде изтрит: други записи все още зависят от него ({detail}).</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {table} id {id} has been given to a new record since.</source>
        <translation>Изтриването не може да бъде отменено: {table} с id {id} междувременно е даден на нов запис.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: it needs {table} id {id}, which has been deleted since.</source>
        <translation>Изтриването не може да бъде отменено: необходим е {table} с id {id}, който междувременно е изтрит.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {detail}</source>
        <translation>Изтриването не може да бъде отменено: {detail}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already holds stakeholders, meetings, a plan or a network. The demo is only written into a new or empty file: choose another file name.</source>
        <translation>{path} вече съдържа заинтересовани страни, срещи, план или мрежа. Демонстрационните данни се записват само в нов или празен файл: изберете друго име на файл.</translation>
    </message>
    <message>
        <source>Network and partners</source>
        <translation>Мрежа и партньори</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Groups and memberships</source>
        <translation>Групи и членства</translation>
    </message>
    <message>
        <source>Consents and stakeholder mapping</source>
        <translation>Съгласия и картографиране на заинтересованите страни</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План за действие</translation>
    </message>
    <message>
        <source>Indicators and measurements</source>
        <translation>Индикатори и измервания</translation>
    </message>
    <message>
        <source>Plan versions and reviews</source>
        <translation>Версии на плана и прегледи</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Организации и лица</translation>
    </message>
    <message>
        <source>Groups, consents and stakeholder mapping</source>
        <translation>Групи, съгласия и картографиране на заинтересованите страни</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Срещи и присъствие</translation>
    </message>
    <message>
        <source>Indicators and review</source>
        <translation>Индикатори и преглед</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запази</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отхвърли</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In the file now</source>
        <translation>Сега във файла</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Вашето</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it.</source>
        <translation>Този запис е променен другаде, откакто сте го отворили.</translation>
    </message>
    <message>
        <source>Which values do you want to keep?</source>
        <translation>Кои стойности искате да запазите?</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Запази &amp;моите</translation>
    </message>
    <message>
        <source>Keep the &amp;file&apos;s</source>
        <translation>Запази тези от &amp;файла</translation>
    </message>
    <message>
        <source>lagdesk met an unexpected problem</source>
        <translation>lagdesk срещна неочакван проблем</translation>
    </message>
    <message>
        <source>Something went wrong inside lagdesk. Your data saved so far is safe. If it happens again, please send the log file to the people who support lagdesk.</source>
        <translation>В lagdesk възникна грешка. Данните, запазени досега, са в безопасност. Ако това се повтори, моля, изпратете лог файла на хората, които поддържат lagdesk.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Лог файл: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Отваряне на папката с лог файлове</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Без дата</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No {what} with id {key}.</source>
        <translation>Няма {what} с id {key}.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ред {row}</translation>
    </message>
    <message>
        <source>A record with the same key already exists ({detail}).</source>
        <translation>Вече съществува запис със същия ключ ({detail}).</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it ({fields}); nothing was stored.</source>
        <translation>Този запис е променен другаде, откакто сте го отворили ({fields}); нищо не е запазено.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist, or is still in use.</source>
        <translation>Това сочи към запис, който не съществува или все още се използва.</translation>
    </message>
    <message>
        <source>The values break a rule of the database ({detail}).</source>
        <translation>Стойностите нарушават правило на базата данни ({detail}).</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence files</source>
        <translation>Доказателствени файлове</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файлове</translation>
    </message>
    <message>
        <source>No evidence yet. Add the files that prove this value: a scan of a register, a spreadsheet extract, a signed statement (up to {limit} MB each).</source>
        <translation>Все още няма доказателства. Добавете файловете, които доказват тази стойност: сканиран регистър, извлечение от електронна таблица, подписана декларация (до {limit} MB всеки).</translation>
    </message>
    <message>
        <source>This measurement has been deleted. Undo the delete (Ctrl+Z) to see its evidence.</source>
        <translation>Това измерване е изтрито. Отменете изтриването (Ctrl+Z), за да видите доказателствата му.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавяне на файлове…</translation>
    </message>
    <message>
        <source>Add evidence files to this measurement (Insert)</source>
        <translation>Добавяне на доказателствени файлове към това измерване (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Запазване на копие…</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder</source>
        <translation>Записване на копие на избрания файл в папка</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <source>Remove the selected files (Delete); you can undo this with Ctrl+Z</source>
        <translation>Премахване на избраните файлове (Delete); можете да отмените това с Ctrl+Z</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Добавяне на доказателствени файлове</translation>
    </message>
    <message>
        <source>All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Всички файлове (*);;Документи (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Изображения (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Добавяне на доказателство {name}</translation>
    </message>
    <message>
        <source>Add {count} evidence files</source>
        <translation>Добавяне на {count} доказателствени файла</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Запазване на копие на {name}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Запазване на копие</translation>
    </message>
    <message>
        <source>Remove evidence files</source>
        <translation>Премахване на доказателствени файлове</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>Премахване на доказателство {name}</translation>
    </message>
    <message>
        <source>Remove {count} evidence files</source>
        <translation>Премахване на {count} доказателствени файла</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавен</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Нов…</translation>
    </message>
    <message>
        <source>Start a new lagdesk file</source>
        <translation>Създаване на нов файл на lagdesk</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Отваряне…</translation>
    </message>
    <message>
        <source>Open another lagdesk file</source>
        <translation>Отваряне на друг файл на lagdesk</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Последни файлове</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Резервно копие сега…</translation>
    </message>
    <message>
        <source>Save a copy of this file, for example on a USB stick</source>
        <translation>Запазване на копие на този файл, например на USB памет</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Възстановяване от резервно копие…</translation>
    </message>
    <message>
        <source>Put one of this file&apos;s automatic backups in its place</source>
        <translation>Поставя на мястото на този файл едно от автоматичните му резервни копия</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>New lagdesk file</source>
        <translation>Нов файл на lagdesk</translation>
    </message>
    <message>
        <source>New file.sqlite</source>
        <translation>Нов файл.sqlite</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or use File &gt; Open to open it.</source>
        <translation>{path} вече съществува. Изберете друго име или използвайте Файл &gt; Отваряне, за да го отворите.</translation>
    </message>
    <message>
        <source>Open lagdesk file</source>
        <translation>Отваряне на файл на lagdesk</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Последни файлове</translation>
    </message>
    <message>
        <source>{path} no longer exists, so it was removed from the list.</source>
        <translation>{path} вече не съществува и е премахнат от списъка.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Из&amp;чистване на списъка</translation>
    </message>
    <message>
        <source>lagdesk files (*.sqlite *.db)</source>
        <translation>Файлове на lagdesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Резервно копие сега</translation>
    </message>
    <message>
        <source>Making a backup copy of {name}…</source>
        <translation>Създаване на резервно копие на {name}…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Резервното копие е запазено в {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Резервното копие не е създадено</translation>
    </message>
</context>
<context>
    <name>FileHealth</name>
    <message>
        <source>Read-only: changes cannot be saved here</source>
        <translation>Само за четене: промените не могат да се записват тук</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Запис на копие като…</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Restore from a backup (File → Restore from backup…) or run lagdesk recover --db {path} --out NEW_FILE to save what can still be read.</source>
        <translation>{path} е повреден ({problem}). Възстановете го от резервно копие (Файл → Възстановяване от резервно копие…) или изпълнете lagdesk recover --db {path} --out НОВ_ФАЙЛ, за да спасите каквото още може да се прочете.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Запис на копие като</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Копието не е записано</translation>
    </message>
    <message>
        <source>The copy {path} is now open.</source>
        <translation>Копието {path} вече е отворено.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Files of the meeting</source>
        <translation>Файлове на срещата</translation>
    </message>
    <message>
        <source>Mark who is shown, so that erasing a person finds their photos</source>
        <translation>Отбележете кои хора са показани, за да могат снимките им да бъдат открити при изтриване на лице</translation>
    </message>
    <message>
        <source>Add photos and documents; you can also drag files onto this list</source>
        <translation>Добавяне на снимки и документи; можете също да плъзнете файлове върху този списък</translation>
    </message>
    <message>
        <source>No files yet: add photos and documents, or drag them here.</source>
        <translation>Все още няма файлове: добавете снимки и документи или ги плъзнете тук.</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Изберете файл, за да го видите тук.</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · added on {added}</source>
        <translation>{name}
{kind} · {size} · добавен на {added}</translation>
    </message>
    <message>
        <source>Taken on {date}</source>
        <translation>Заснето на {date}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to see it.</source>
        <translation>Няма преглед за този вид файл. Използвайте „Отваряне“, за да го видите.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Това изображение не може да бъде показано.</translation>
    </message>
    <message>
        <source>People in this photo: {names}</source>
        <translation>Хора на тази снимка: {names}</translation>
    </message>
    <message>
        <source>Nobody is marked in this photo.</source>
        <translation>На тази снимка няма отбелязани хора.</translation>
    </message>
    <message>
        <source>Add a signed attendance list</source>
        <translation>Добавяне на подписан присъствен списък</translation>
    </message>
    <message>
        <source>Add files to the meeting</source>
        <translation>Добавяне на файлове към срещата</translation>
    </message>
    <message>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</source>
        <translation>Всички файлове (*);;Снимки (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Документи (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавяне на файлове</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Добавяне на {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files</source>
        <translation>
            <numerusform>Добавяне на %n файл</numerusform>
            <numerusform>Добавяне на %n файла</numerusform>
        </translation>
    </message>
    <message>
        <source>Change file</source>
        <translation>Промяна на файл</translation>
    </message>
    <message>
        <source>Mark {name} publishable</source>
        <translation>Отбелязване на {name} за публикуване</translation>
    </message>
    <message>
        <source>Untick consent of {name}</source>
        <translation>Премахване на съгласието за {name}</translation>
    </message>
    <message>
        <source>Edit the caption of {name}</source>
        <translation>Редактиране на надписа на {name}</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Промяна на {name}</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <translation>Хора на тази снимка</translation>
    </message>
    <message>
        <source>Mark the people in {name}</source>
        <translation>Отбелязване на хората в {name}</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Запазване на {name} като</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Запазване като</translation>
    </message>
    <message>
        <source>Saved {name} to {path}</source>
        <translation>{name} е запазен в {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>People in this photo…</source>
        <translation>Хора на тази снимка…</translation>
    </message>
    <message>
        <source>Open a copy with the program your system uses (Enter in the list)</source>
        <translation>Отваряне на копие с програмата по подразбиране на системата (Enter в списъка)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Запазване като…</translation>
    </message>
    <message>
        <source>Save a copy of the file (Ctrl+Shift+S)</source>
        <translation>Запазване на копие на файла (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>&amp;Добавяне на файлове…</translation>
    </message>
    <message>
        <source>Add signed attendance list…</source>
        <translation>Добавяне на подписан присъствен списък…</translation>
    </message>
    <message>
        <source>Delete the selected files (Delete in the list)</source>
        <translation>Изтриване на избраните файлове (Delete в списъка)</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from the folder.</source>
        <translation>Няма програма на този компютър, която да отваря {name}. Използвайте „Запазване като…“ и го отворете от папката.</translation>
    </message>
    <message>
        <source>Opened a copy of {name}; changes to it are not stored in lagdesk.</source>
        <translation>Отворено е копие на {name}; промените в него не се запазват в lagdesk.</translation>
    </message>
    <message>
        <source>Delete {name} from this meeting?</source>
        <translation>Да се изтрие ли {name} от тази среща?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Изтриване на {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n files from this meeting?</source>
        <translation>
            <numerusform>Да се изтрие ли %n файл от тази среща?</numerusform>
            <numerusform>Да се изтрият ли тези %n файла от тази среща?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n files</source>
        <translation>
            <numerusform>Изтриване на %n файл</numerusform>
            <numerusform>Изтриване на %n файла</numerusform>
        </translation>
    </message>
    <message>
        <source>{question} You can undo this with Edit &gt; Undo.</source>
        <translation>{question} Можете да отмените това с Редактиране &gt; Отмяна.</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Изтриване на файлове</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлове</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Other</source>
        <translation>Друга честота</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>Other</source>
        <translation>Друг източник</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Funding l&amp;ines (F2 edits an amount):</source>
        <translation>&amp;Редове на финансиране (F2 редактира сума):</translation>
    </message>
    <message>
        <source>&amp;Add funding line</source>
        <translation>&amp;Добавяне на ред на финансиране</translation>
    </message>
    <message>
        <source>&amp;Remove funding line</source>
        <translation>&amp;Премахване на ред на финансиране</translation>
    </message>
    <message>
        <source>funding amount</source>
        <translation>сума на финансирането</translation>
    </message>
    <message>
        <source>the amount “{text}” is not a number.</source>
        <translation>сумата „{text}“ не е число.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не е зададено</translation>
    </message>
    <message>
        <source>Estimated cost {cost} · funding lines {funded}
Secured {secured} ({share} of the cost) · applied {applied} · potential {potential}
Funding gap (cost − secured) {gap}</source>
        <translation>Прогнозни разходи {cost} · редове на финансиране {funded}
Осигурено {secured} ({share} от разходите) · заявено {applied} · потенциално {potential}
Недостиг на финансиране (разходи − осигурено) {gap}</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>&amp;Цел:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>Напре&amp;дък:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Край:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Прогнозни разходи</translation>
    </message>
    <message>
        <source>Estimated &amp;cost:</source>
        <translation>Прогнозни &amp;разходи:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>Очакван р&amp;езултат:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>Продук&amp;ти:</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>G&amp;reen</source>
        <translation>Зе&amp;лено</translation>
    </message>
    <message>
        <source>D&amp;igital</source>
        <translation>Ди&amp;гитално</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Етикети:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Разделени със запетаи</translation>
    </message>
    <message>
        <source>Ot&amp;her tags:</source>
        <translation>Друг&amp;и етикети:</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не е оценено</translation>
    </message>
    <message>
        <source>01: the action targets gender equality; 02: gender equality is mainstreamed in it; 03: it is gender neutral.</source>
        <translation>01: действието е насочено към равенството между половете; 02: равенството между половете е интегрирано в него; 03: то е неутрално по отношение на пола.</translation>
    </message>
    <message>
        <source>EU gender di&amp;mension:</source>
        <translation>Из&amp;мерение на пола (ЕС):</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>прогнозни разходи</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}“ не е сума.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Нова група</translation>
    </message>
    <message>
        <source>{name} — group</source>
        <translation>{name} — група</translation>
    </message>
    <message>
        <source>for example: Working group on social clauses</source>
        <translation>например: Работна група за социалните клаузи</translation>
    </message>
    <message>
        <source>(none: a top-level group)</source>
        <translation>(няма: група от най-високо ниво)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Част от:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Ч&amp;ленове</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Other</source>
        <translation>Друг вид</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Нова група…</translation>
    </message>
    <message>
        <source>Ed&amp;it group…</source>
        <translation>&amp;Редактиране на група…</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>&amp;Изтриване на група</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Make-up of the group today</source>
        <translation>Състав на групата към днешна дата</translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation>Членове на {group}</translation>
    </message>
    <message>
        <source>Add group {name}</source>
        <translation>Добавяне на група {name}</translation>
    </message>
    <message>
        <source>Edit group {name}</source>
        <translation>Редактиране на група {name}</translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation>Група {name} е запазена.</translation>
    </message>
    <message>
        <source>End the membership of {name}</source>
        <translation>Прекратяване на членството на {name}</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Изтриване на група</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Delete group {name}</source>
        <translation>Изтриване на група {name}</translation>
    </message>
</context>
<context>
    <name>Iap</name>
    <message>
        <source>the Integrated Action Plan to a .docx, .pdf or .html file</source>
        <translation>Интегрирания план за действие във файл .docx, .pdf или .html</translation>
    </message>
    <message>
        <source>a saved version of the plan (default: the plan as it is now)</source>
        <translation>запазена версия на плана (по подразбиране: планът в текущия му вид)</translation>
    </message>
    <message>
        <source>show local group members&apos; personal names</source>
        <translation>показване на личните имена на членовете на местната група</translation>
    </message>
    <message>
        <source>report date for current values (YYYY-MM-DD; default: today)</source>
        <translation>отчетна дата за текущите стойности (YYYY-MM-DD; по подразбиране: днес)</translation>
    </message>
    <message>
        <source>every chart to its own file in a folder</source>
        <translation>всяка диаграма в отделен файл в папка</translation>
    </message>
    <message>
        <source>the folder to write the charts into (created if missing)</source>
        <translation>папката, в която се записват диаграмите (създава се, ако липсва)</translation>
    </message>
    <message>
        <source>file format of the charts (default: png)</source>
        <translation>файлов формат на диаграмите (по подразбиране: png)</translation>
    </message>
    <message>
        <source>the Excel report: one sheet per subject</source>
        <translation>отчета в Excel: по един лист за всяка тема</translation>
    </message>
    <message>
        <source>replace personal names and contacts with pseudonyms (P-0001 ...)</source>
        <translation>замяна на личните имена и контакти с псевдоними (P-0001 ...)</translation>
    </message>
    <message>
        <source>{path}: name the file .docx, .pdf or .html.</source>
        <translation>{path}: файлът трябва да е с разширение .docx, .pdf или .html.</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path} ({pages} pages).</source>
        <translation>Интегрираният план за действие е записан в {path} ({pages} страници).</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path}.</source>
        <translation>Интегрираният план за действие е записан в {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} е файл, а не папка.</translation>
    </message>
    <message>
        <source>{done} of {total} charts drawn</source>
        <translation>Изготвени диаграми: {done} от {total}</translation>
    </message>
    <message>
        <source>{count} charts written to {path}.</source>
        <translation>Записани диаграми в {path}: {count}.</translation>
    </message>
    <message>
        <source>Excel report written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Отчетът в Excel е записан в {path}: {sheets} листа, {rows} реда.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”: the plan has no saved versions.</source>
        <translation>Няма версия на плана с име „{name}“: планът няма запазени версии.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”. Saved versions: {names}.</source>
        <translation>Няма версия на плана с име „{name}“. Запазени версии: {names}.</translation>
    </message>
    <message>
        <source>Version: {name} ({status}, {date})</source>
        <translation>Версия: {name} ({status}, {date})</translation>
    </message>
    <message>
        <source>Version: the plan as it stands (not a saved version)</source>
        <translation>Версия: планът в текущия му вид (не е запазена версия)</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Отчетна дата: {date}</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Интегриран план за действие</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Съдържание</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} от {pages}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показател</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Strategic objectives</source>
        <translation>Стратегически цели</translation>
    </message>
    <message>
        <source>Specific objectives</source>
        <translation>Специфични цели</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Прогнозни разходи</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Осигурено финансиране</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Недостиг на финансиране</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Indicators achieved or on track</source>
        <translation>Индикатори, постигнати или по план</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Членове на местната група</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведени срещи</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Рискове</translation>
    </message>
    <message>
        <source>{city} prepared this plan in the {network} network ({programme}).</source>
        <translation>{city} изготви този план в рамките на мрежата {network} ({programme}).</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Градът</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Тема: {topic}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Визия</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключови данни</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Cover and executive summary</source>
        <translation>Корица и резюме</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Problem analysis</source>
        <translation>Анализ на проблема</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>No context, problem analysis or baseline is recorded yet.</source>
        <translation>Все още няма въведени контекст, анализ на проблема или базови стойности.</translation>
    </message>
    <message>
        <source>Context and challenge</source>
        <translation>Контекст и предизвикателство</translation>
    </message>
    <message>
        <source>Local group composition</source>
        <translation>Състав на местната група</translation>
    </message>
    <message>
        <source>{group}: {count} members on {date}.</source>
        <translation>{group}: {count} членове към {date}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Без организация</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Local group members by sector and gender</source>
        <translation>Членове на местната група по сектор и пол</translation>
    </message>
    <message>
        <source>No local group members are recorded.</source>
        <translation>Няма въведени членове на местната група.</translation>
    </message>
    <message>
        <source>{count} meetings up to {date}, with {present} attendances.</source>
        <translation>{count} срещи до {date}, с {present} присъствия.</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Вид среща</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>No meetings are recorded.</source>
        <translation>Няма въведени срещи.</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Използвани инструменти</translation>
    </message>
    <message>
        <source>{tool}: {count} meetings</source>
        <translation>{tool}: {count} срещи</translation>
    </message>
    <message>
        <source>No participatory tools are recorded.</source>
        <translation>Няма въведени инструменти за участие.</translation>
    </message>
    <message>
        <source>Transnational learning</source>
        <translation>Транснационално обучение</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Транснационална среща</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>No transnational learning is recorded.</source>
        <translation>Няма въведено транснационално обучение.</translation>
    </message>
    <message>
        <source>Participatory process</source>
        <translation>Процес на участие</translation>
    </message>
    <message>
        <source>No objectives are recorded.</source>
        <translation>Няма въведени цели.</translation>
    </message>
    <message>
        <source>Vision and objectives</source>
        <translation>Визия и цели</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Дърво на целите</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Очакван резултат</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Водеща организация</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партньори</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Срок за изпълнение</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Разходи</translation>
    </message>
    <message>
        <source>No actions are recorded.</source>
        <translation>Няма въведени действия.</translation>
    </message>
    <message>
        <source>No actions are recorded, so there is no timeline.</source>
        <translation>Няма въведени действия, затова няма график.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation>График на действията</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Отговорности</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Отговорно лице</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнено</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Междинни цели</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Междинна цел</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>No milestones are recorded.</source>
        <translation>Няма въведени междинни цели.</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation>Ресурсно осигуряване</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Осигурено</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Заявено</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциално</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Недостиг</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Дял на осигуреното</translation>
    </message>
    <message>
        <source>Cost and funding per action</source>
        <translation>Разходи и финансиране по действия</translation>
    </message>
    <message>
        <source>Funding by source</source>
        <translation>Финансиране по източници</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Финансиране по източник и статус</translation>
    </message>
    <message>
        <source>No funding lines are recorded.</source>
        <translation>Няма въведени редове на финансиране.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>Няма въведени индикатори.</translation>
    </message>
    <message>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <source>Indicators by status</source>
        <translation>Индикатори по статус</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Рамка на резултатите</translation>
    </message>
    <message>
        <source>Current values and statuses as of {date}.</source>
        <translation>Текущи стойности и статуси към {date}.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Честота</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текуща стойност</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Диаграми на напредъка</translation>
    </message>
    <message>
        <source>Progress charts of {count} more indicators are left out here; the chart export draws every one.</source>
        <translation>Диаграмите на напредъка на още {count} индикатора не са включени тук; експортирането на диаграми изготвя всички.</translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation>Няма въведени рискове.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятност</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Въз­дейст­вие</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Мерки за смекчаване</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Likelihood \ impact</source>
        <translation>Вероятност \ въздействие</translation>
    </message>
    <message>
        <source>Open and mitigated risks by likelihood (rows) and impact (columns)</source>
        <translation>Отворени и смекчени рискове по вероятност (редове) и въздействие (колони)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Регистър на рисковете</translation>
    </message>
    <message>
        <source>Likelihood and impact</source>
        <translation>Вероятност и въздействие</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Срещи и присъствие</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присъствали</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Поканени</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Members are listed by organisation and role, without personal names.</source>
        <translation>Членовете са изброени по организация и роля, без лични имена.</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown choice for a row: {choice}.</source>
        <translation>Неизвестен избор за ред: {choice}.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>колона {letter}</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook, not a CSV file; rename it to .xlsx.</source>
        <translation>това е работна книга на електронна таблица, а не CSV файл; преименувайте я с разширение .xlsx.</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file.</source>
        <translation>това не е текстов (CSV) файл.</translation>
    </message>
    <message>
        <source>row {row} holds a NUL character (a zero byte), which no text (CSV) file has; the file is damaged or is not a CSV file. Open it in a spreadsheet program and save it as CSV UTF-8.</source>
        <translation>ред {row} съдържа знак NUL (нулев байт), какъвто няма в нито един текстов (CSV) файл; файлът е повреден или не е CSV файл. Отворете го в програма за електронни таблици и го запазете като CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not an encoding lagdesk knows.</source>
        <translation>{name} не е кодировка, която lagdesk познава.</translation>
    </message>
    <message>
        <source>lagdesk cannot tell the text encoding of this file; save it as CSV UTF-8.</source>
        <translation>lagdesk не може да определи кодировката на този файл; запазете го като CSV UTF-8.</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; choose the file&apos;s encoding or save it as CSV UTF-8.</source>
        <translation>ред {line} не е валиден текст в {encoding}; изберете кодировката на файла или го запазете като CSV UTF-8.</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({detail}).</source>
        <translation>ред {row} не може да бъде прочетен като CSV ({detail}).</translation>
    </message>
    <message>
        <source>{organisation} is stored with the sector {sector}; the file&apos;s sector is not applied to it.</source>
        <translation>{organisation} е записана със сектор {sector}; секторът от файла не се прилага за нея.</translation>
    </message>
    <message>
        <source>row {row} gives {organisation} the sector {sector}; that one is used.</source>
        <translation>ред {row} задава на {organisation} сектор {sector}; използва се той.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: give its sector (public, private, civic or knowledge).</source>
        <translation>{organisation} е нова организация: посочете сектора ѝ (публичен, частен, гражданско общество или академична общност).</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>същият имейл</translation>
    </message>
    <message>
        <source>same first name, last name and organisation</source>
        <translation>същите име, фамилия и организация</translation>
    </message>
    <message>
        <source>same first name and last name</source>
        <translation>същите име и фамилия</translation>
    </message>
    <message>
        <source>{reason} as row {row}</source>
        <translation>{reason} като на ред {row}</translation>
    </message>
    <message>
        <source>no column holds the last name (a header such as “Last name” or “Surname”); the columns are: {columns}.</source>
        <translation>нито една колона не съдържа фамилията (заглавие като „Фамилия“ или „Last name“); колоните са: {columns}.</translation>
    </message>
    <message>
        <source>the column choice names {name}, which is not a column of the file or a field lagdesk imports, or is chosen twice.</source>
        <translation>изборът на колони посочва {name}, което не е колона от файла или поле, което lagdesk импортира, или е избрано два пъти.</translation>
    </message>
    <message>
        <source>give both power and interest, or neither.</source>
        <translation>посочете и влияние, и интерес, или нито едно от двете.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>файлът няма редове.</translation>
    </message>
    <message>
        <source>the file has a header row but no people below it.</source>
        <translation>файлът има заглавен ред, но под него няма лица.</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files.</source>
        <translation>файлът има повече от {limit} реда; разделете го на по-малки файлове.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>това е папка, а не файл.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>няма такъв файл.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файлът е празен.</translation>
    </message>
    <message>
        <source>lagdesk imports .xlsx and .csv files; save the file in one of these formats.</source>
        <translation>lagdesk импортира файлове .xlsx и .csv; запазете файла в един от тези формати.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>текстът е дълъг {length} знака; допустими са най-много {limit}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} не е от: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 1 to 5.</source>
        <translation>{value} не е цяло число от 1 до 5.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete; open it in Excel or LibreOffice and save it again.</source>
        <translation>работната книга е повредена или непълна; отворете я в Excel или LibreOffice и я запазете отново.</translation>
    </message>
    <message>
        <source>the workbook is saved in a form lagdesk cannot read; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</source>
        <translation>работната книга е запазена във вид, който lagdesk не може да прочете; отворете я в Excel или LibreOffice и я запазете като .xlsx (работна книга на Excel).</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>работната книга е защитена с парола; отворете я, премахнете паролата (Файл &gt; Информация &gt; Защита на работната книга) и я запазете отново.</translation>
    </message>
    <message>
        <source>this is an old .xls workbook; save it as .xlsx (Excel Workbook).</source>
        <translation>това е стара работна книга .xls; запазете я като .xlsx (работна книга на Excel).</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx).</source>
        <translation>това не е работна книга на Excel (.xlsx).</translation>
    </message>
    <message>
        <source>this is a Word document, not an Excel workbook.</source>
        <translation>това е документ на Word, а не работна книга на Excel.</translation>
    </message>
    <message>
        <source>this is an OpenDocument file; save it as .xlsx (Excel 2007-365).</source>
        <translation>това е файл OpenDocument; запазете го като .xlsx (Excel 2007-365).</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}); lagdesk does not calculate formulas. Copy the column and paste it as values.</source>
        <translation>клетката съдържа формула ({formula}); lagdesk не изчислява формули. Копирайте колоната и я поставете като стойности.</translation>
    </message>
    <message>
        <source>the cell shows the error {error}.</source>
        <translation>клетката показва грешката {error}.</translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation>работната книга няма листове.</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet}; its sheets are: {names}.</source>
        <translation>работната книга няма лист с име {sheet}; листовете ѝ са: {names}.</translation>
    </message>
    <message>
        <source>the chosen sheet is a chart, not a table.</source>
        <translation>избраният лист е диаграма, а не таблица.</translation>
    </message>
    <message>
        <source>people, their organisations and groups from an .xlsx or .csv file</source>
        <translation>лица, техните организации и групи от файл .xlsx или .csv</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>проверка и отчет, без записване</translation>
    </message>
    <message>
        <source>what to do with a row for someone already known (default: skip)</source>
        <translation>какво да се прави с ред за вече известно лице (по подразбиране: пропускане)</translation>
    </message>
    <message>
        <source>import the valid rows, leave the others</source>
        <translation>импортиране на валидните редове, останалите се пропускат</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>кодировка на CSV файл</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>лист от работната книга, който да се прочете</translation>
    </message>
    <message>
        <source>people and organisations to an .xlsx workbook</source>
        <translation>лица и организации в работна книга .xlsx</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулация</translation>
    </message>
    <message>
        <source>separator {separator}</source>
        <translation>разделител {separator}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>лист {sheet}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read ({details}).</source>
        <translation>{file}: прочетени редове: {rows} ({details}).</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Пренебрегнати колони: {columns}.</translation>
    </message>
    <message>
        <source>New people: {new}. Already known: {existing} ({unchanged} unchanged). Repeated in the file: {repeated}. Invalid: {invalid}.</source>
        <translation>Нови лица: {new}. Вече известни: {existing} ({unchanged} без промяна). Повторени във файла: {repeated}. Невалидни: {invalid}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Забележка: {warning}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation>Пробно изпълнение: нищо не е записано. Импортирането би дало:</translation>
    </message>
    <message>
        <source>Created: {created}. Updated: {updated}. Unchanged: {unchanged}. Skipped: {skipped}. Rejected: {rejected}.</source>
        <translation>Създадени: {created}. Обновени: {updated}. Без промяна: {unchanged}. Пропуснати: {skipped}. Отхвърлени: {rejected}.</translation>
    </message>
    <message>
        <source>New organisations: {organisations}. New groups: {groups}.</source>
        <translation>Нови организации: {organisations}. Нови групи: {groups}.</translation>
    </message>
    <message>
        <source>Rejected: {problem}</source>
        <translation>Отхвърлено: {problem}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file, or add --skip-invalid to import the other rows.</source>
        <translation>lagdesk: отхвърлени редове: {rows}; нищо не е импортирано. Коригирайте файла или добавете --skip-invalid, за да импортирате останалите редове.</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {path}.</source>
        <translation>{people} лица и {organisations} организации са записани в {path}.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Колони на файла</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>Прилагане за &amp;всички</translation>
    </message>
    <message>
        <source>For every person already known:</source>
        <translation>За всяко вече известно лице:</translation>
    </message>
    <message>
        <source>Choose a row and press F2 (or double-click) to change what is done with it.</source>
        <translation>Изберете ред и натиснете F2 (или щракнете двукратно), за да промените какво да се направи с него.</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems</source>
        <translation>&amp;Пропускане на редовете с проблеми</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортиране</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>Импортиране на лица от {file}</translation>
    </message>
    <message>
        <source>{file}: {count} rows below the header in row {header}.</source>
        <translation>{file}: {count} реда под заглавния ред {header}.</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>Кодировка: {encoding}.</translation>
    </message>
    <message>
        <source>Sheet: {sheet}.</source>
        <translation>Лист: {sheet}.</translation>
    </message>
    <message>
        <source>&amp;Problems ({count})</source>
        <translation>Пр&amp;облеми ({count})</translation>
    </message>
    <message>
        <source>Already &amp;known ({count})</source>
        <translation>Вече изве&amp;стни ({count})</translation>
    </message>
    <message>
        <source>All &amp;rows ({count})</source>
        <translation>Всички &amp;редове ({count})</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name.</source>
        <translation>Изберете колоната, която съдържа фамилията.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не се импортира)</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Не се импортират: {columns}.</translation>
    </message>
    <message>
        <source>Reading the file again with these columns…</source>
        <translation>Повторно прочитане на файла с тези колони…</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Редове: {count}</translation>
    </message>
    <message>
        <source>new people: {count}</source>
        <translation>нови лица: {count}</translation>
    </message>
    <message>
        <source>already in the register: {count} (with changes: {changed})</source>
        <translation>вече в регистъра: {count} (с промени: {changed})</translation>
    </message>
    <message>
        <source>repeating an earlier row: {count}</source>
        <translation>повтарящи по-ранен ред: {count}</translation>
    </message>
    <message>
        <source>with problems: {count}</source>
        <translation>с проблеми: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>нови организации: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>нови групи: {count}</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the file, or skip those rows.</source>
        <translation>Някои редове имат проблеми: коригирайте файла или пропуснете тези редове.</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>New indicator {code}</source>
        <translation>Нов индикатор {code}</translation>
    </message>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Редактиране на индикатор {code}</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Изтриване на индикатор</translation>
    </message>
    <message>
        <source>Delete indicator {code} “{name}” and its {count} measurements? You can undo this with Ctrl+Z.</source>
        <translation>Да се изтрие ли индикатор {code} „{name}“ и неговите {count} измервания? Можете да отмените това с Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Delete indicator {code}</source>
        <translation>Изтриване на индикатор {code}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Нов индикатор</translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation>Индикатор {code}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общи</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Стойности</translation>
    </message>
    <message>
        <source>C&amp;ollection</source>
        <translation>Съ&amp;биране на данни</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Връзки</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>optional, e.g. RCO 83 or RCR 79</source>
        <translation>по избор, напр. RCO 83 или RCR 79</translation>
    </message>
    <message>
        <source>&amp;EU common indicator:</source>
        <translation>Общ индикатор на &amp;ЕС:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>Опре&amp;деление:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ниво:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Мерна единица:</translation>
    </message>
    <message>
        <source>Whether a rising or a falling value is good</source>
        <translation>Дали е добре стойността да се увеличава или да намалява</translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation>&amp;Посока:</translation>
    </message>
    <message>
        <source>Cumulative: measurements add up to the baseline. Latest: the last measurement is the value.</source>
        <translation>Кумулативно: измерванията се добавят към базовата стойност. Последна стойност: последното измерване е стойността.</translation>
    </message>
    <message>
        <source>&amp;Accumulation:</source>
        <translation>Н&amp;атрупване:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Произход:</translation>
    </message>
    <message>
        <source>&amp;Baseline value:</source>
        <translation>Базова с&amp;тойност:</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>&amp;Дата на базовата стойност:</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>Междинни &amp;цели</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Add m&amp;ilestone</source>
        <translation>Добавяне на &amp;междинна цел</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>П&amp;ремахване на междинна цел</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>Це&amp;лева стойност:</translation>
    </message>
    <message>
        <source>Target dat&amp;e:</source>
        <translation>Целева дат&amp;а:</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>&amp;Източник на данни:</translation>
    </message>
    <message>
        <source>Collection &amp;method:</source>
        <translation>&amp;Метод на събиране:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Честота:</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Въведете име</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Отговор&amp;ник:</translation>
    </message>
    <message>
        <source>Disaggregation (&amp;breakdown):</source>
        <translation>&amp;Разбивка (дезагрегиране):</translation>
    </message>
    <message>
        <source>Linked o&amp;bjectives</source>
        <translation>Свързани &amp;цели</translation>
    </message>
    <message>
        <source>Linked ac&amp;tions</source>
        <translation>Свързани &amp;действия</translation>
    </message>
    <message>
        <source>Filter by code or title</source>
        <translation>Филтриране по код или заглавие</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Филтриране на действия</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>Само свър&amp;заните</translation>
    </message>
    <message>
        <source>From the procurement indicator library; you may change any field.</source>
        <translation>От библиотеката с индикатори за обществени поръчки; можете да промените всяко поле.</translation>
    </message>
    <message>
        <source>Your own indicator.</source>
        <translation>Ваш собствен индикатор.</translation>
    </message>
    <message>
        <source>{count} of {total} actions linked</source>
        <translation>Свързани действия: {count} от {total}</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Дата на междинната цел</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ не е число.</translation>
    </message>
    <message>
        <source>Milestone {row}: “{text}” is not a number.</source>
        <translation>Междинна цел {row}: „{text}“ не е число.</translation>
    </message>
    <message>
        <source>milestone value</source>
        <translation>стойност на междинната цел</translation>
    </message>
    <message>
        <source>There is no person named “{name}”.</source>
        <translation>Няма лице с име „{name}“.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>отговорник</translation>
    </message>
    <message>
        <source>Indicator not saved</source>
        <translation>Индикаторът не е запазен</translation>
    </message>
</context>
<context>
    <name>IndicatorFilters</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Филтър:</translation>
    </message>
    <message>
        <source>Code or name contains…</source>
        <translation>Кодът или името съдържа…</translation>
    </message>
    <message>
        <source>Filter indicators</source>
        <translation>Филтриране на индикатори</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показване:</translation>
    </message>
    <message>
        <source>Library: preloaded procurement indicators; own: those you added</source>
        <translation>Библиотека: предварително заредени индикатори за обществени поръчки; собствени: добавените от вас</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Собствени</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by number)</source>
        <translation>Договори над EUR 10 000 със зелени клаузи (дял по брой)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one green clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Договорите над EUR 10 000, сключени през периода, които съдържат поне една зелена клауза в техническата спецификация, критериите за подбор, критериите за възлагане или условията на договора, като процент от всички договори над EUR 10 000, сключени през периода.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by value)</source>
        <translation>Договори над EUR 10 000 със зелени клаузи (дял по стойност)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one green clause (specification, selection, award or contract conditions) as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Стойността на договорите над EUR 10 000 с поне една зелена клауза (техническа спецификация, подбор, възлагане или условия на договора) като процент от стойността на всички договори над EUR 10 000, сключени през периода.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by number)</source>
        <translation>Договори над EUR 10 000 със социални клаузи (дял по брой)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one social clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Договорите над EUR 10 000, сключени през периода, които съдържат поне една социална клауза в техническата спецификация, критериите за подбор, критериите за възлагане или условията на договора, като процент от всички договори над EUR 10 000, сключени през периода.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by value)</source>
        <translation>Договори над EUR 10 000 със социални клаузи (дял по стойност)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one social clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Стойността на договорите над EUR 10 000 с поне една социална клауза като процент от стойността на всички договори над EUR 10 000, сключени през периода.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by number)</source>
        <translation>Договори над EUR 10 000 с клаузи за равенство на половете (дял по брой)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one gender-equality clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Договорите над EUR 10 000, сключени през периода, които съдържат поне една клауза за равенство между половете в техническата спецификация, критериите за подбор, критериите за възлагане или условията на договора, като процент от всички договори над EUR 10 000, сключени през периода.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by value)</source>
        <translation>Договори над EUR 10 000 с клаузи за равенство на половете (дял по стойност)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one gender-equality clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Стойността на договорите над EUR 10 000 с поне една клауза за равенство между половете като процент от стойността на всички договори над EUR 10 000, сключени през периода.</translation>
    </message>
    <message>
        <source>Tenders using EU GPP core or comprehensive criteria</source>
        <translation>Процедури с основните или разширените критерии на ЕС за зелени обществени поръчки</translation>
    </message>
    <message>
        <source>Tenders published that apply the EU green public procurement (GPP) core or comprehensive criteria for their product group.</source>
        <translation>Обявени процедури, които прилагат основните или разширените критерии на ЕС за зелени обществени поръчки (ЗОП) за съответната продуктова група.</translation>
    </message>
    <message>
        <source>Tenders using life-cycle costing</source>
        <translation>Процедури с оценка на разходите за жизнения цикъл</translation>
    </message>
    <message>
        <source>Tenders published in which the most economically advantageous tender is identified with life-cycle costing rather than purchase price alone.</source>
        <translation>Обявени процедури, в които икономически най-изгодната оферта се определя въз основа на разходите за целия жизнен цикъл, а не само на покупната цена.</translation>
    </message>
    <message>
        <source>Procurement staff trained (by sex)</source>
        <translation>Обучени служители по обществени поръчки (по пол)</translation>
    </message>
    <message>
        <source>Staff of the contracting authority working on procurement who completed training on strategic (green, social or gender-responsive) procurement, counted once per person, by sex.</source>
        <translation>Служители на възложителя, работещи по обществени поръчки, които са завършили обучение за стратегически (зелени, социални или отчитащи аспекта на пола) обществени поръчки, броени веднъж на лице, по пол.</translation>
    </message>
    <message>
        <source>Contract staff trained in gender issues (by sex)</source>
        <translation>Служители по изпълнение на договори, обучени по въпросите на пола (по пол)</translation>
    </message>
    <message>
        <source>Contract managers and staff who monitor contract performance and completed training on gender issues in public contracts, counted once per person, by sex.</source>
        <translation>Ръководители на договори и служители, които наблюдават изпълнението на договорите и са завършили обучение по въпросите на пола в обществените договори, броени веднъж на лице, по пол.</translation>
    </message>
    <message>
        <source>Contracts with gender-balance or pay-gap targets</source>
        <translation>Договори с цели за баланс между половете или за разликата в заплащането</translation>
    </message>
    <message>
        <source>Contracts signed whose conditions set the supplier a target for the gender balance of the staff delivering the contract or for closing its gender pay gap.</source>
        <translation>Сключени договори, чиито условия поставят на изпълнителя цел за баланс между половете сред персонала, изпълняващ договора, или за намаляване на разликата в заплащането между половете.</translation>
    </message>
    <message>
        <source>Share of procurement spend with local suppliers</source>
        <translation>Дял на разходите за обществени поръчки при местни доставчици</translation>
    </message>
    <message>
        <source>Payments to suppliers registered in the functional urban area as a percentage of all procurement payments in the period.</source>
        <translation>Плащанията към доставчици, регистрирани във функционалния градски район, като процент от всички плащания по обществени поръчки през периода.</translation>
    </message>
    <message>
        <source>Share of procurement spend with SMEs</source>
        <translation>Дял на разходите за обществени поръчки при МСП</translation>
    </message>
    <message>
        <source>Payments to small and medium-sized enterprises as a percentage of all procurement payments in the period.</source>
        <translation>Плащанията към малки и средни предприятия като процент от всички плащания по обществени поръчки през периода.</translation>
    </message>
    <message>
        <source>Share of procurement spend with social-economy enterprises</source>
        <translation>Дял на разходите за обществени поръчки при предприятия на социалната икономика</translation>
    </message>
    <message>
        <source>Payments to social-economy enterprises (social cooperatives, work integration social enterprises, NGOs with economic activity) as a percentage of all procurement payments in the period.</source>
        <translation>Плащанията към предприятия на социалната икономика (социални кооперации, социални предприятия за трудова интеграция, НПО със стопанска дейност) като процент от всички плащания по обществени поръчки през периода.</translation>
    </message>
    <message>
        <source>Share of procurement spend with women-led businesses</source>
        <translation>Дял на разходите за обществени поръчки при предприятия, ръководени от жени</translation>
    </message>
    <message>
        <source>Payments to businesses owned or managed mainly by women as a percentage of all procurement payments in the period.</source>
        <translation>Плащанията към предприятия, притежавани или управлявани предимно от жени, като процент от всички плащания по обществени поръчки през периода.</translation>
    </message>
    <message>
        <source>Reserved contracts awarded</source>
        <translation>Възложени запазени поръчки</translation>
    </message>
    <message>
        <source>Contracts awarded in procedures reserved for sheltered workshops, social enterprises or other operators whose main aim is the integration of disabled or disadvantaged people.</source>
        <translation>Договори, възложени в процедури, запазени за специализирани предприятия, социални предприятия или други оператори, чиято основна цел е интеграцията на хора с увреждания или в неравностойно положение.</translation>
    </message>
    <message>
        <source>Jobs for disadvantaged people created through social clauses (by sex)</source>
        <translation>Работни места за хора в неравностойно положение, създадени чрез социални клаузи (по пол)</translation>
    </message>
    <message>
        <source>People from disadvantaged groups hired by suppliers to meet the social clauses of municipal contracts, counted once per person, by sex.</source>
        <translation>Хора от уязвими групи, наети от изпълнители, за да бъдат изпълнени социалните клаузи на общинските договори, броени веднъж на лице, по пол.</translation>
    </message>
    <message>
        <source>Market-engagement events held</source>
        <translation>Проведени събития за диалог с пазара</translation>
    </message>
    <message>
        <source>Preliminary market consultations, supplier days and meet-the-buyer events held before tendering.</source>
        <translation>Предварителни пазарни консултации, дни на доставчиците и срещи с възложителя, проведени преди обявяването на процедурите.</translation>
    </message>
    <message>
        <source>Procurement strategy with green, social and gender content adopted</source>
        <translation>Приета стратегия за обществените поръчки със зелено, социално и свързано с пола съдържание</translation>
    </message>
    <message>
        <source>Yes when the city council has adopted a procurement strategy or policy that sets green, social and gender-equality objectives for municipal purchasing.</source>
        <translation>Да, ако общинският съвет е приел стратегия или политика за обществените поръчки, която поставя зелени и социални цели и цели за равенство между половете при общинските покупки.</translation>
    </message>
    <message>
        <source>Greenhouse gas emissions avoided through green contracts</source>
        <translation>Емисии на парникови газове, избегнати чрез зелени договори</translation>
    </message>
    <message>
        <source>Estimated tonnes of CO2 equivalent avoided over the contract period by contracts with green clauses, compared with the previous contract or a standard product.</source>
        <translation>Прогнозни тонове CO2 еквивалент, избегнати за срока на договора чрез договори със зелени клаузи, в сравнение с предишния договор или със стандартен продукт.</translation>
    </message>
    <message>
        <source>Contracts excluding listed hazardous substances</source>
        <translation>Договори, изключващи вещества от списъка на опасните вещества</translation>
    </message>
    <message>
        <source>Contracts whose specification excludes substances on a hazardous-substance list (such as the EU candidate list of substances of very high concern) from the goods supplied or used.</source>
        <translation>Договори, чиято техническа спецификация изключва от доставяните или използваните стоки вещества от списък на опасни вещества (например списъка на ЕС с вещества кандидати, пораждащи сериозно безпокойство).</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Line {line}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>Ред {line}: „{text}“ не е дата (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>Ред {line}: „{text}“ не е число.</translation>
    </message>
    <message>
        <source>There is nothing to paste: no “date, value” line.</source>
        <translation>Няма какво да се постави: няма ред „дата, стойност“.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>индикатор</translation>
    </message>
    <message>
        <source>The code is longer than {limit} characters.</source>
        <translation>Кодът е по-дълъг от {limit} знака.</translation>
    </message>
    <message>
        <source>Code {code} is already used by “{name}”.</source>
        <translation>Кодът {code} вече се използва от „{name}“.</translation>
    </message>
    <message>
        <source>Milestone {row} has no date.</source>
        <translation>Междинна цел {row} няма дата.</translation>
    </message>
    <message>
        <source>Milestones {first} and {row} have the same date.</source>
        <translation>Междинни цели {first} и {row} имат една и съща дата.</translation>
    </message>
    <message>
        <source>Milestone {row} has no value.</source>
        <translation>Междинна цел {row} няма стойност.</translation>
    </message>
    <message>
        <source>{count} linked items no longer exist; reopen the indicator.</source>
        <translation>Свързани елементи, които вече не съществуват: {count}; отворете индикатора отново.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Към дата:</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Рамка на резултатите</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>&amp;Нов индикатор…</translation>
    </message>
    <message>
        <source>Add an indicator of your own (Insert)</source>
        <translation>Добавяне на собствен индикатор (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <source>Edit every field of the selected indicator (Enter)</source>
        <translation>Редактиране на всички полета на избрания индикатор (Enter)</translation>
    </message>
    <message>
        <source>Delete indi&amp;cator</source>
        <translation>&amp;Изтриване на индикатор</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its measurements (Delete)</source>
        <translation>Изтриване на избрания индикатор заедно с измерванията му (Delete)</translation>
    </message>
    <message>
        <source>Import &amp;measurements…</source>
        <translation>Импортиране на и&amp;змервания…</translation>
    </message>
    <message>
        <source>Add measurements from an .xlsx or .csv file, with a preview first</source>
        <translation>Добавяне на измервания от файл .xlsx или .csv, с предварителен преглед</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <source>{shown} of {total} indicators:</source>
        <translation>{shown} от {total} индикатора:</translation>
    </message>
    <message>
        <source>the new measurement of {indicator}</source>
        <translation>новото измерване на индикатор {indicator}</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Поканени групи</translation>
    </message>
    <message>
        <source>No groups yet: create them in Stakeholders.</source>
        <translation>Все още няма групи: създайте ги в „Заинтересовани страни“.</translation>
    </message>
    <message>
        <source>Invited gro&amp;ups</source>
        <translation>Поканени &amp;групи</translation>
    </message>
    <message>
        <source>Everyone who is a member of a ticked group (or of one of its subgroups) on the meeting day is invited.</source>
        <translation>Поканени са всички, които в деня на срещата са членове на отметната група (или на някоя от нейните подгрупи).</translation>
    </message>
    <message>
        <source>Type a name or organisation, then Enter</source>
        <translation>Въведете име или организация, после Enter</translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation>&amp;Добавяне на лице:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавяне</translation>
    </message>
    <message>
        <source>Invite the first person found (Enter)</source>
        <translation>Покана на първото намерено лице (Enter)</translation>
    </message>
    <message>
        <source>People invited by name</source>
        <translation>Лица, поканени поименно</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <source>Remove the selected people (Del)</source>
        <translation>Премахване на избраните лица (Del)</translation>
    </message>
    <message>
        <source>People invited by &amp;name</source>
        <translation>Лица, поканени по&amp;именно</translation>
    </message>
    <message numerus="yes">
        <source>%n people invited by name</source>
        <translation>
            <numerusform>%n лице, поканено поименно</numerusform>
            <numerusform>%n лица, поканени поименно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the groups add %n more</source>
        <translation>
            <numerusform>групите добавят още %n</numerusform>
            <numerusform>групите добавят още %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{named}; {groups} on {day}: {total} invited in all.</source>
        <translation>{named}; {groups} на {day}: общо поканени {total}.</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>Type to filter risks</source>
        <translation>Пишете, за да филтрирате рисковете</translation>
    </message>
    <message>
        <source>Type to filter indicators</source>
        <translation>Пишете, за да филтрирате индикаторите</translation>
    </message>
    <message>
        <source>&amp;Risks (code, title, score):</source>
        <translation>&amp;Рискове (код, заглавие, оценка):</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Индикатори:</translation>
    </message>
    <message>
        <source>Came from the meeting decision:</source>
        <translation>Произлиза от решение на среща:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} вече е отворен.</translation>
    </message>
    <message>
        <source>The file was not opened</source>
        <translation>Файлът не е отворен</translation>
    </message>
    <message>
        <source>{file} — lagdesk</source>
        <translation>{file} — lagdesk</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Отваряне на {file}…</translation>
    </message>
    <message>
        <source>{name} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{name} е обновен до тази версия на lagdesk; копие във вида му преди това има в {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Резервното копие не беше възстановено</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {previous}.</source>
        <translation>Файлът във вида си отпреди е запазен като {previous}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} е възстановен от {backup}.</translation>
    </message>
    <message>
        <source>The file you are working in</source>
        <translation>Файлът, с който работите</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;About lagdesk</source>
        <translation>&amp;За lagdesk</translation>
    </message>
    <message>
        <source>lagdesk now speaks {language}.</source>
        <translation>Езикът на lagdesk е сменен: {language}.</translation>
    </message>
    <message>
        <source>An offline desk for local action group coordinators: stakeholders, meetings, the Integrated Action Plan and its indicators.</source>
        <translation>Офлайн работно място за координатори на местни групи за действие: заинтересовани страни, срещи, Интегрираният план за действие и неговите индикатори.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>Open file: {path}</source>
        <translation>Отворен файл: {path}</translation>
    </message>
    <message>
        <source>About lagdesk</source>
        <translation>За lagdesk</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Drawing the matrix…</source>
        <translation>Изчертаване на матрицата…</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Лица</translation>
    </message>
    <message>
        <source>Organisatio&amp;ns</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показване:</translation>
    </message>
    <message>
        <source>Stakeholders in the matrix</source>
        <translation>Заинтересовани страни в матрицата</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Click a point or choose a row to see and change its scores. Stakeholders without scores are not in the matrix: give their first scores in their form.</source>
        <translation>Щракнете върху точка или изберете ред, за да видите и промените оценките. Заинтересованите страни без оценки не са в матрицата: въведете първите им оценки във формуляра им.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Матрица влияние–интерес</translation>
    </message>
    <message>
        <source>Scores of {name}</source>
        <translation>Оценки на {name}</translation>
    </message>
    <message>
        <source>Assess {name}</source>
        <translation>Оценяване на {name}</translation>
    </message>
    <message>
        <source>New assessment of {name} saved.</source>
        <translation>Новата оценка на {name} е запазена.</translation>
    </message>
    <message>
        <source>the scores of {name}</source>
        <translation>оценките на {name}</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказателства</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Measu&amp;rements</source>
        <translation>Изм&amp;ервания</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Дата на измерването</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавяне</translation>
    </message>
    <message>
        <source>Add the measurement typed above</source>
        <translation>Добавяне на въведеното по-горе измерване</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Из&amp;триване</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Delete)</source>
        <translation>Изтриване на избраното измерване (Delete)</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>Постав&amp;яне…</translation>
    </message>
    <message>
        <source>Paste lines of date (YYYY-MM-DD), value and optional source, tab-separated.</source>
        <translation>Поставете редове с дата (YYYY-MM-DD), стойност и източник (по избор), разделени с табулация.</translation>
    </message>
    <message>
        <source>Evidence file&amp;s…</source>
        <translation>Доказ&amp;ателствени файлове…</translation>
    </message>
    <message>
        <source>The files that prove the selected measurement: add, save a copy, remove</source>
        <translation>Файловете, които доказват избраното измерване: добавяне, запазване на копие, премахване</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: „{text}“ не е число.</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Добавяне на измерване</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Въведете стойност.</translation>
    </message>
    <message>
        <source>Saved, but this measurement is dated before the baseline date; check the date.</source>
        <translation>Запазено, но това измерване е с дата преди датата на базовата стойност; проверете датата.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Изтриване на измерване</translation>
    </message>
    <message>
        <source>{code} {name}: measurement of {date}, value {value}</source>
        <translation>{code} {name}: измерване от {date}, стойност {value}</translation>
    </message>
    <message>
        <source>Paste measurements</source>
        <translation>Поставяне на измервания</translation>
    </message>
    <message>
        <source>Saved, but {count} pasted measurements are dated before the baseline date.</source>
        <translation>Запазено, но поставените измервания с дата преди датата на базовата стойност са {count}.</translation>
    </message>
    <message>
        <source>Paste {count} measurements</source>
        <translation>Поставяне на {count} измервания</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>Нова среща</translation>
    </message>
    <message>
        <source>{title} — meeting</source>
        <translation>{title} — среща</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>Пок&amp;ани</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Дневен ред</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Инструменти</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+S or Ctrl+Enter)</source>
        <translation>Запазване на срещата (Ctrl+S или Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Затваряне без запазване (Esc)</translation>
    </message>
    <message>
        <source>for example: Problem tree workshop</source>
        <translation>например: Работна среща „Дърво на проблемите“</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Начална дата</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Начален час</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Крайна дата</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Краен час</translation>
    </message>
    <message>
        <source>for example: Europe/Warsaw</source>
        <translation>например: Europe/Sofia</translation>
    </message>
    <message>
        <source>for example: City Hall, room 12</source>
        <translation>например: Общината, зала 12</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По подразбиране</translation>
    </message>
    <message>
        <source>Signed attendance lists are audit evidence: keep them five years after the programme&apos;s last payment. By default that is five years after the network&apos;s end date, or five years after the end of the meeting&apos;s year when the network has no end date yet.</source>
        <translation>Подписаните присъствени списъци са доказателства за одит: съхранявайте ги пет години след последното плащане по програмата. По подразбиране това е пет години след крайната дата на мрежата или пет години след края на годината на срещата, ако мрежата все още няма крайна дата.</translation>
    </message>
    <message>
        <source>Use the default date: {rule}</source>
        <translation>Използване на датата по подразбиране: {rule}</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Край:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часова зона:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Място:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Онлайн в&amp;ръзка:</translation>
    </message>
    <message>
        <source>&amp;Keep evidence until:</source>
        <translation>&amp;Съхраняване на доказателствата до:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Бележки:</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Неизвестна часова зона</translation>
    </message>
    <message>
        <source>UTC{offset} on {day}</source>
        <translation>UTC{offset} на {day}</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отхвърляне на промените</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Discard them?</source>
        <translation>Тази среща има незапазени промени. Да бъдат ли отхвърлени?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Отхвърляне на промените</translation>
    </message>
    <message>
        <source>Meeting not changed</source>
        <translation>Срещата не е променена</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Добавяне на среща {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Редактиране на среща {title}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Представящ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>MeetingInvitations</name>
    <message numerus="yes">
        <source>%n people stay on the list because their attendance is recorded: {names}.</source>
        <translation>
            <numerusform>%n лице остава в списъка, защото присъствието му е записано: {names}.</numerusform>
            <numerusform>%n лица остават в списъка, защото присъствието им е записано: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>{zone} ({abbreviation}, UTC{offset})</source>
        <translation>{zone} ({abbreviation}, UTC{offset})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Place / link</source>
        <translation>Място / връзка</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Поканени</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присъствали</translation>
    </message>
</context>
<context>
    <name>MeetingPlan</name>
    <message>
        <source>{zone} is not a time zone. Choose one from the list.</source>
        <translation>{zone} не е часова зона. Изберете от списъка.</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часова зона</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>среща</translation>
    </message>
    <message>
        <source>end</source>
        <translation>край</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Срещата завършва, преди да е започнала.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заглавие</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Въведете заглавие на срещата.</translation>
    </message>
    <message>
        <source>keep evidence until</source>
        <translation>съхраняване на доказателствата до</translation>
    </message>
    <message>
        <source>The evidence must be kept at least until the meeting.</source>
        <translation>Доказателствата трябва да се съхраняват поне до датата на срещата.</translation>
    </message>
    <message>
        <source>agenda item {number}, {field}</source>
        <translation>точка {number} от дневния ред, {field}</translation>
    </message>
    <message>
        <source>A tool&apos;s name can have at most {count} characters.</source>
        <translation>Името на инструмент може да съдържа най-много {count} знака.</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>инструменти</translation>
    </message>
    <message>
        <source>A group chosen here has been deleted meanwhile.</source>
        <translation>Група, избрана тук, междувременно е изтрита.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>групи</translation>
    </message>
    <message>
        <source>A person chosen here has been deleted meanwhile.</source>
        <translation>Лице, избрано тук, междувременно е изтрито.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>лица</translation>
    </message>
    <message>
        <source>The meeting could not be saved: {detail}</source>
        <translation>Срещата не може да бъде запазена: {detail}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Домакин</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
</context>
<context>
    <name>MeetingTools</name>
    <message>
        <source>Problem tree</source>
        <translation>Дърво на проблемите</translation>
    </message>
    <message>
        <source>Newspaper of tomorrow</source>
        <translation>Вестник на утрешния ден</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Матрица влияние–интерес</translation>
    </message>
    <message>
        <source>Stakeholder mapping</source>
        <translation>Картографиране на заинтересованите страни</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>Световно кафене</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>SWOT анализ</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Карта на потребителското пътешествие</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Гласуване с точки</translation>
    </message>
    <message>
        <source>Action table</source>
        <translation>Таблица на действията</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Аквариум (fishbowl)</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Партньорска оценка</translation>
    </message>
    <message>
        <source>Traffic-light review</source>
        <translation>Преглед „светофар“</translation>
    </message>
    <message>
        <source>Market dialogue</source>
        <translation>Пазарен диалог</translation>
    </message>
    <message>
        <source>Gender impact checklist</source>
        <translation>Контролен списък за въздействието върху половете</translation>
    </message>
    <message>
        <source>Site walk</source>
        <translation>Обиколка на място</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Дърво на целите</translation>
    </message>
    <message>
        <source>Testing action canvas</source>
        <translation>Платно за тестово действие</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Other</source>
        <translation>Друг вид</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>meeting</source>
        <translation>среща</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
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
        <source>Taken on</source>
        <translation>Заснето на</translation>
    </message>
    <message>
        <source>Identifiable</source>
        <translation>Разпознаваеми лица</translation>
    </message>
    <message>
        <source>Consent checked</source>
        <translation>Съгласието е проверено</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>За публикуване</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Надпис</translation>
    </message>
    <message>
        <source>Someone can be recognised in it</source>
        <translation>На нея може да бъде разпознат човек</translation>
    </message>
    <message>
        <source>The people shown agreed that it may be published</source>
        <translation>Показаните хора са съгласни да бъде публикувана</translation>
    </message>
    <message>
        <source>May leave lagdesk in exports; a photo that shows people needs consent checked first</source>
        <translation>Може да напуска lagdesk при експортиране; снимка, на която има хора, изисква първо проверено съгласие</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n снимка</numerusform>
            <numerusform>%n снимки</numerusform>
        </translation>
    </message>
    <message>
        <source>{files}, {photos} ({publishable}), {size}</source>
        <translation>{files}, {photos} ({publishable}), {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n publishable</source>
        <translation>
            <numerusform>%n за публикуване</numerusform>
            <numerusform>%n за публикуване</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Списък</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месец</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Участие</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Присъствие</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>П&amp;ротокол</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <source>Meetings starting on or after this day</source>
        <translation>Срещи, започващи на или след този ден</translation>
    </message>
    <message>
        <source>Meetings starting on or before this day</source>
        <translation>Срещи, започващи на или преди този ден</translation>
    </message>
    <message>
        <source>Meetings that invited this group or a subgroup</source>
        <translation>Срещи, на които е поканена тази група или нейна подгрупа</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Всички групи</translation>
    </message>
    <message>
        <source>Title, place or notes</source>
        <translation>Заглавие, място или бележки</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Нова среща…</translation>
    </message>
    <message>
        <source>Add a meeting from an invitation (.ics file)</source>
        <translation>Добавяне на среща от покана (файл .ics)</translation>
    </message>
    <message>
        <source>Write the meetings between the From and To days to an .ics file</source>
        <translation>Записване на срещите между дните „От“ и „До“ във файл .ics</translation>
    </message>
    <message>
        <source>Take the roll of the selected meeting in a window of its own (F11)</source>
        <translation>Отчитане на присъствието на избраната среща в отделен прозорец (F11)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>Присъс&amp;твен списък…</translation>
    </message>
    <message>
        <source>A printable PDF list of the invited people, to sign at the meeting</source>
        <translation>PDF списък на поканените лица за печат, който се подписва на срещата</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln среща</numerusform>
            <numerusform>%Ln срещи</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters were cleared to show the meeting.</source>
        <translation>Филтрите са изчистени, за да се покаже срещата.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Изтриване на среща</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” of {date}, with its agenda, attendance list, minutes, decisions, tasks and files?

Edit &gt; Undo brings it back.</source>
        <translation>Да се изтрие ли срещата „{title}“ от {date} заедно с дневния ред, присъствения списък, протокола, решенията, задачите и файловете?

Редактиране &gt; Отмяна я възстановява.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Об&amp;щ преглед</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>&amp;Файлове</translation>
    </message>
    <message>
        <source>Search the meetings (Ctrl+F)</source>
        <translation>Търсене в срещите (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Изчистване на филтрите</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Търсене:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редактиране…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter in the list)</source>
        <translation>Редактиране на избраната среща (Enter в списъка)</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete in the list)</source>
        <translation>Изтриване на избраната среща (Delete в списъка)</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Импортиране на покана…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>&amp;Експортиране на календар…</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Режим „Присъствие“</translation>
    </message>
    <message>
        <source>Delete meeting “{title}”</source>
        <translation>Изтриване на среща „{title}“</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Импортиране на покана</translation>
    </message>
    <message>
        <source>iCalendar invitations (*.ics);;All files (*)</source>
        <translation>Покани iCalendar (*.ics);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>{file} could not be imported: {problem}</source>
        <translation>{file} не може да бъде импортиран: {problem}</translation>
    </message>
    <message>
        <source>Import invitation “{title}”</source>
        <translation>Импортиране на покана „{title}“</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Експортиране на календар</translation>
    </message>
    <message>
        <source>{file} meetings.ics</source>
        <translation>{file} срещи.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлове iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings written to {path}.</source>
        <translation>
            <numerusform>%Ln среща е записана в {path}.</numerusform>
            <numerusform>%Ln срещи са записани в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Присъствен списък</translation>
    </message>
    <message>
        <source>{date} {title} sign-in sheet.pdf</source>
        <translation>{date} {title} присъствен списък.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was written to {path}.
Pages: {pages}. Invited people: {people}.</source>
        <translation>Присъственият списък е записан в {path}.
Страници: {pages}. Поканени лица: {people}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} не може да бъде записан: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Show former mem&amp;bers</source>
        <translation>Показване на &amp;бивши членове</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Напуснал на:</translation>
    </message>
    <message>
        <source>End membe&amp;rship</source>
        <translation>&amp;Прекратяване на членството</translation>
    </message>
    <message>
        <source>The selected member leaves the group on this day</source>
        <translation>Избраният член напуска групата на тази дата</translation>
    </message>
    <message>
        <source>Current members: {current} · former or future: {other}</source>
        <translation>Настоящи членове: {current} · бивши или бъдещи: {other}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Обединяване на лица</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Обединяване на организации</translation>
    </message>
    <message>
        <source>These two look like the same person. Which one do you keep?</source>
        <translation>Тези двама изглеждат като едно и също лице. Кое да бъде запазено?</translation>
    </message>
    <message>
        <source>These two look like the same organisation. Which one do you keep?</source>
        <translation>Тези две изглеждат като една и съща организация. Коя да бъде запазена?</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Запазване на {name}</translation>
    </message>
    <message>
        <source>(no other details)</source>
        <translation>(няма други данни)</translation>
    </message>
    <message>
        <source>Empty fields of the record you keep are filled from the other one, which is then deleted. You can undo the merge with Edit &gt; Undo.</source>
        <translation>Празните полета на запазения запис се попълват от другия, който след това се изтрива. Можете да отмените обединяването с Редактиране &gt; Отмяна.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Обединяване</translation>
    </message>
    <message>
        <source>{name} goes.</source>
        <translation>{name} се премахва.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Междинна цел</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнена</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Неизпълнена</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>&amp;Milestones (F2 edits a cell, Space ticks “Done”):</source>
        <translation>&amp;Междинни цели (F2 редактира клетка, интервал отмята „Изпълнена“):</translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation>&amp;Добавяне на междинна цел</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Премахване на междинна цел</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>meeting</source>
        <translation>среща</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>The minutes are too long to store: {size} characters, at most {limit}. Remove pasted pictures or long pasted documents and attach those as files.</source>
        <translation>Протоколът е твърде дълъг за съхранение: {size} знака при максимум {limit}. Премахнете поставените изображения или дълги поставени документи и ги прикачете като файлове.</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>Заглавието е твърде дълго: най-много {limit} знака.</translation>
    </message>
    <message>
        <source>The owner is no longer in the register (erased or deleted). Choose another owner.</source>
        <translation>Отговорникът вече не е в регистъра (заличен или изтрит). Изберете друг отговорник.</translation>
    </message>
    <message>
        <source>The decision is not one of this meeting&apos;s.</source>
        <translation>Решението не е от тази среща.</translation>
    </message>
    <message>
        <source>The due date is before the meeting ({date}).</source>
        <translation>Срокът е преди срещата ({date}).</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цел</translation>
    </message>
    <message>
        <source>Made on {today} from decision {number} of the meeting “{meeting}” ({date}).</source>
        <translation>Създадено на {today} от решение {number} на срещата „{meeting}“ ({date}).</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Създаване на действие</translation>
    </message>
    <message>
        <source>The action plan has no objectives yet; add them in the Action plan area first.</source>
        <translation>Планът за действие все още няма цели; първо ги добавете в раздел „План за действие“.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>No action made from this decision yet</source>
        <translation>От това решение все още не е създадено действие</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнена</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>От решение</translation>
    </message>
    <message>
        <source>F2 to change; Delete in the date field clears it</source>
        <translation>F2 за промяна; Delete в полето за дата го изчиства</translation>
    </message>
    <message>
        <source>Space ticks or unticks</source>
        <translation>Интервалът поставя или маха отметката</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Стил на абзаца</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+Alt+0 normal, Ctrl+Alt+1 to 3 headings)</source>
        <translation>Стил на абзаца (Ctrl+Alt+0 нормален, Ctrl+Alt+1 до 3 заглавия)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Нормален</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Заглавие 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Заглавие 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Заглавие 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Получер</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Получер (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Курсив (Ctrl+I)</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Подчертан</translation>
    </message>
    <message>
        <source>U</source>
        <comment>the Underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Подчертан (Ctrl+U)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Списък с водещи символи</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Списък</translation>
    </message>
    <message>
        <source>Bulleted list (Shift+F12)</source>
        <translation>Списък с водещи символи (Shift+F12)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Номериран списък</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Списък</translation>
    </message>
    <message>
        <source>Numbered list (F12)</source>
        <translation>Номериран списък (F12)</translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation>Намаляване на отстъпа</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Отстъп наляво</translation>
    </message>
    <message>
        <source>Decrease the indent (Ctrl+Shift+M; Shift+Tab in a list)</source>
        <translation>Намаляване на отстъпа (Ctrl+Shift+M; Shift+Tab в списък)</translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation>Увеличаване на отстъпа</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Отстъп надясно</translation>
    </message>
    <message>
        <source>Increase the indent (Ctrl+M; Tab in a list)</source>
        <translation>Увеличаване на отстъпа (Ctrl+M; Tab в списък)</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Add a decision at the end (Insert)</source>
        <translation>Добавяне на решение в края (Insert)</translation>
    </message>
    <message>
        <source>Ma&amp;ke action…</source>
        <translation>&amp;Създаване на действие…</translation>
    </message>
    <message>
        <source>Make the selected decision an action of the plan</source>
        <translation>Превръщане на избраното решение в действие от плана</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Delete the selected decision (Delete)</source>
        <translation>Изтриване на избраното решение (Delete)</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Последващи задачи</translation>
    </message>
    <message>
        <source>A&amp;dd decision</source>
        <translation>&amp;Добавяне на решение</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Нагоре</translation>
    </message>
    <message>
        <source>Move up: the decision takes the number before (Ctrl+Up)</source>
        <translation>Нагоре: решението получава предишния номер (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Надолу</translation>
    </message>
    <message>
        <source>Move down: the decision takes the number after (Ctrl+Down)</source>
        <translation>Надолу: решението получава следващия номер (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up task</source>
        <translation>Добавяне на последваща &amp;задача</translation>
    </message>
    <message>
        <source>Add a task (Insert in the table)</source>
        <translation>Добавяне на задача (Insert в таблицата)</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Изтриване на задача</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>Изтриване на избраната задача (Delete)</translation>
    </message>
    <message>
        <source>Choose a meeting to see its minutes.</source>
        <translation>Изберете среща, за да видите протокола ѝ.</translation>
    </message>
    <message>
        <source>Minutes of the meeting: who said what, what was agreed…</source>
        <translation>Протокол на срещата: кой какво каза, какво беше договорено…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Все още не е запазено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Запазено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Запазване…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Не е запазено: {problem}</translation>
    </message>
    <message>
        <source>The minutes were not saved</source>
        <translation>Протоколът не е запазен</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>протокола</translation>
    </message>
    <message>
        <source>The decision was not added</source>
        <translation>Решението не е добавено</translation>
    </message>
    <message>
        <source>Add decision {number}</source>
        <translation>Добавяне на решение {number}</translation>
    </message>
    <message>
        <source>The decision was not changed</source>
        <translation>Решението не е променено</translation>
    </message>
    <message>
        <source>Edit decision {number}</source>
        <translation>Редактиране на решение {number}</translation>
    </message>
    <message>
        <source>Delete decision {number}, “{text}”? The decisions after it are numbered again; its tasks and actions stay, without the link. Ctrl+Z brings it back.</source>
        <translation>Да се изтрие ли решение {number}, „{text}“? Следващите решения се преномерират; задачите и действията му остават, но без връзката. Ctrl+Z го възстановява.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Изтриване на решение</translation>
    </message>
    <message>
        <source>The decision was not deleted</source>
        <translation>Решението не е изтрито</translation>
    </message>
    <message>
        <source>Delete decision {number}</source>
        <translation>Изтриване на решение {number}</translation>
    </message>
    <message>
        <source>The decision was not moved</source>
        <translation>Решението не е преместено</translation>
    </message>
    <message>
        <source>Move decision {number}</source>
        <translation>Преместване на решение {number}</translation>
    </message>
    <message>
        <source>Make action {code} from decision {number}</source>
        <translation>Създаване на действие {code} от решение {number}</translation>
    </message>
    <message>
        <source>Action {code} added to the plan. Ctrl+Z takes it back.</source>
        <translation>Действие {code} е добавено към плана. Ctrl+Z го отменя.</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>Задачата не е запазена</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Добавяне на задача „{title}“</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>Редактиране на задача „{title}“</translation>
    </message>
    <message>
        <source>Delete the task “{title}”? Ctrl+Z brings it back.</source>
        <translation>Да се изтрие ли задачата „{title}“? Ctrl+Z я възстановява.</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>Задачата не е изтрита</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>Изтриване на задача „{title}“</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Go to today&apos;s date</source>
        <translation>Към днешната дата</translation>
    </message>
    <message>
        <source>Meetings on the chosen day</source>
        <translation>Срещи в избрания ден</translation>
    </message>
    <message>
        <source>Page Up / Page Down: previous / next month</source>
        <translation>Page Up / Page Down: предишен / следващ месец</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>Meetings on {date}:</source>
        <translation>Срещи на {date}:</translation>
    </message>
    <message>
        <source>No meetings on {date}.</source>
        <translation>Няма срещи на {date}.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>My network</source>
        <translation>Моята мрежа</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>for example GenProcure</source>
        <translation>например GenProcure</translation>
    </message>
    <message>
        <source>for example gender-responsive public procurement</source>
        <translation>например обществени поръчки, отчитащи аспекта на пола</translation>
    </message>
    <message>
        <source>The partner city whose local group this file keeps</source>
        <translation>Градът партньор, чиято местна група се води в този файл</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Програма</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Lead expert</source>
        <translation>&amp;Водещ експерт</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Фаза</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Н&amp;ачало</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Край</translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation>Нашият &amp;град</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Все още не е избран</translation>
    </message>
</context>
<context>
    <name>NetworkLists</name>
    <message>
        <source>Partner cities</source>
        <translation>Градове партньори</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Добавяне на партньор…</translation>
    </message>
    <message>
        <source>Transnational meetings</source>
        <translation>Транснационални срещи</translation>
    </message>
    <message>
        <source>Add &amp;meeting…</source>
        <translation>Добавяне на &amp;среща…</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Добавяне на партньор {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Редактиране на партньор {name}</translation>
    </message>
    <message>
        <source>Delete the partner {name}? Transnational meetings it hosted are kept without a host city. You can undo this with Edit &gt; Undo.</source>
        <translation>Да се изтрие ли партньорът {name}? Транснационалните срещи, на които е бил домакин, се запазват без град домакин. Можете да отмените това с Редактиране &gt; Отмяна.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Изтриване на партньор</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Изтриване на партньор {name}</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Добавяне на среща {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Редактиране на среща {title}</translation>
    </message>
    <message>
        <source>Delete the transnational meeting {title}?</source>
        <translation>Да се изтрие ли транснационалната среща {title}?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Изтриване на среща</translation>
    </message>
    <message>
        <source>Delete meeting {title}</source>
        <translation>Изтриване на среща {title}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Set up your network</source>
        <translation>Настройване на мрежата</translation>
    </message>
    <message>
        <source>This file does not describe a network yet. Enter the name and programme of the cooperation network your city takes part in, then choose Create network. You can add the partner cities and transnational meetings afterwards.</source>
        <translation>Този файл все още не описва мрежа. Въведете наименованието и програмата на мрежата за сътрудничество, в която участва вашият град, и изберете „Създаване на мрежа“. Градовете партньори и транснационалните срещи можете да добавите след това.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>За мрежата</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Отхвърляне на промените</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <source>Create &amp;network</source>
        <translation>Създаване на &amp;мрежа</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мрежа</translation>
    </message>
    <message>
        <source>the new network</source>
        <translation>новата мрежа</translation>
    </message>
    <message>
        <source>the network {name}</source>
        <translation>мрежата {name}</translation>
    </message>
    <message>
        <source>Network {name} created.</source>
        <translation>Мрежата {name} е създадена.</translation>
    </message>
    <message>
        <source>Edit network</source>
        <translation>Редактиране на мрежата</translation>
    </message>
    <message>
        <source>Network saved.</source>
        <translation>Мрежата е запазена.</translation>
    </message>
</context>
<context>
    <name>NetworkPhase</name>
    <message>
        <source>Closed</source>
        <translation>Приключила</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{path} is already open in another lagdesk window. Switch to that window, or close it there and try again.</source>
        <translation>{path} вече е отворен в друг прозорец на lagdesk. Превключете към този прозорец или затворете файла там и опитайте отново.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Не е зададена</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Изчистване</translation>
    </message>
    <message>
        <source>Leave this date unset</source>
        <translation>Оставяне на датата незададена</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <source>Add organisation {name}</source>
        <translation>Добавяне на организация {name}</translation>
    </message>
    <message>
        <source>Edit organisation {name}</source>
        <translation>Редактиране на организация {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} е запазена.</translation>
    </message>
    <message>
        <source>Delete organisations</source>
        <translation>Изтриване на организации</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Изтриване на организация</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Delete organisation {name}</source>
        <translation>Изтриване на организация {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Изтриване на %n организация</numerusform>
            <numerusform>Изтриване на %n организации</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Нова организация</translation>
    </message>
    <message>
        <source>{name} — organisation</source>
        <translation>{name} — организация</translation>
    </message>
    <message>
        <source>for example: NGO, social enterprise, SME</source>
        <translation>например: НПО, социално предприятие, МСП</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>две букви, например BG</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Сектор:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Град:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Уебсайт:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Имейл:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Бележки:</translation>
    </message>
    <message>
        <source>Power &amp;and interest</source>
        <translation>В&amp;лияние и интерес</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Въведете и влияние, и интерес, или нито едно от двете.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <source>Type any part of the name to search the register.</source>
        <translation>Въведете част от наименованието, за да търсите в регистъра.</translation>
    </message>
    <message>
        <source>Lea&amp;d organisation:</source>
        <translation>&amp;Водеща организация:</translation>
    </message>
    <message>
        <source>Type any part of the name or organisation to search the register.</source>
        <translation>Въведете част от името или организацията, за да търсите в регистъра.</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>&amp;Отговорно лице:</translation>
    </message>
    <message>
        <source>Type to filter organisations</source>
        <translation>Пишете, за да филтрирате организациите</translation>
    </message>
    <message>
        <source>&amp;Partner organisations:</source>
        <translation>&amp;Партньорски организации:</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>водеща организация</translation>
    </message>
    <message>
        <source>No organisation “{text}” in the register; pick one from the list.</source>
        <translation>В регистъра няма организация „{text}“; изберете от списъка.</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>отговорно лице</translation>
    </message>
    <message>
        <source>No person “{text}” in the register; pick one from the list.</source>
        <translation>В регистъра няма лице „{text}“; изберете от списъка.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Meeting overview</source>
        <translation>Преглед на срещата</translation>
    </message>
    <message>
        <source>Select a meeting in the list or the calendar to see its overview.</source>
        <translation>Изберете среща от списъка или календара, за да видите прегледа ѝ.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <source>{start_date}, {start} – {end_date}, {end}</source>
        <translation>{start_date}, {start} – {end_date}, {end}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>{time} on {date} in this computer&apos;s time zone</source>
        <translation>{time} на {date} в часовата зона на този компютър</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Онлайн връзка</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Поканени групи</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Поканени</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присъствали</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Отсъстващи по уважителна причина</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявили се</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Непоканени участници</translation>
    </message>
    <message>
        <source>Counted anonymously</source>
        <translation>Отчетени анонимно</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Отворени задачи</translation>
    </message>
    <message>
        <source>Evidence kept until</source>
        <translation>Доказателствата се съхраняват до</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Дневен ред</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Използвани инструменти</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Type a name</source>
        <translation>Въведете име</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Поканени</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присъствали</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Непоканени</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимни</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Публичен</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Частен</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Гражданско общество</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Академична общност</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Без сектор</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <source>Other or not given</source>
        <translation>Друго или не е посочено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присъствия</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Дял</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Последно присъствие</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Everyone invited</source>
        <translation>Всички поканени</translation>
    </message>
    <message>
        <source>Drop-outs: came early on, none of their last three meetings</source>
        <translation>Отпаднали: идваха в началото, но не са присъствали на нито една от последните си три срещи</translation>
    </message>
    <message>
        <source>Never attended</source>
        <translation>Никога не са присъствали</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показване:</translation>
    </message>
    <message>
        <source>Per meeting</source>
        <translation>По срещи</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>По лица</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} лица</translation>
    </message>
    <message>
        <source>The chart shows the latest {shown} of {total} meetings.</source>
        <translation>Диаграмата показва последните {shown} от {total} срещи.</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Присъствие по сектори</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Добавяне на партньор</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Редактиране на партньор</translation>
    </message>
    <message>
        <source>for example Koszalin</source>
        <translation>например Габрово</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>две букви, например BG</translation>
    </message>
    <message>
        <source>per cent, for example 80</source>
        <translation>процент, например 80</translation>
    </message>
    <message>
        <source>This is our city (the local group this file keeps)</source>
        <translation>Това е нашият град (местната група, която се води в този файл)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Държава</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роля</translation>
    </message>
    <message>
        <source>Co-&amp;financing (%)</source>
        <translation>&amp;Съфинансиране (%)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Бележки</translation>
    </message>
    <message>
        <source>Enter a number, for example 80.</source>
        <translation>Въведете число, например 80.</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Съфинансиране</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Нашият град</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Add person {name}</source>
        <translation>Добавяне на лице {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Редактиране на {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} е запазен(а).</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Изтриване на лица</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Изтриване на лице</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Изтриване на {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Изтриване на %n лице</numerusform>
            <numerusform>Изтриване на %n лица</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data of {name}</source>
        <translation>Експортиране на личните данни на {name}</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON файл (*.json)</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Експортиране на лични данни</translation>
    </message>
    <message>
        <source>Everything lagdesk holds about {name} was written to:
{files}</source>
        <translation>Всичко, което lagdesk съхранява за {name}, е записано в:
{files}</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone. Attendance at meetings is kept only as anonymous counts by sector and gender; group memberships, consent records and assessments are deleted, and tasks, actions, risks and indicators they were responsible for are kept without them. The undo history is cleared so that no copy of their data stays behind.</source>
        <translation>Да бъде ли {name} заличен(а) окончателно? Това не може да бъде отменено. Присъствието на срещи се запазва само като анонимен брой по сектор и пол; членствата в групи, записите за съгласие и оценките се изтриват, а задачите, действията, рисковете и индикаторите, за които лицето е отговаряло, се запазват без него. Историята на отмяната се изчиства, за да не остане копие от данните му.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Заличаване на лице</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Заличаване</translation>
    </message>
    <message numerus="yes">
        <source>{name} was erased. Attendance at %n meetings is kept as anonymous counts.</source>
        <translation>
            <numerusform>{name} е заличен(а). Присъствието на %n среща се запазва като анонимен брой.</numerusform>
            <numerusform>{name} е заличен(а). Присъствието на %n срещи се запазва като анонимен брой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n places of free text (minutes, notes). Edit those by hand.</source>
        <translation>
            <numerusform>Името все още се среща на %n място в свободен текст (протоколи, бележки). Редактирайте го ръчно.</numerusform>
            <numerusform>Името все още се среща на %n места в свободен текст (протоколи, бележки). Редактирайте ги ръчно.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Ново лице</translation>
    </message>
    <message>
        <source>{name} — person</source>
        <translation>{name} — лице</translation>
    </message>
    <message>
        <source>Optional. Used only in anonymous counts, such as the make-up of a group.</source>
        <translation>По избор. Използва се само в анонимни преброявания, например за състава на група.</translation>
    </message>
    <message>
        <source>for example: procurement officer</source>
        <translation>например: служител по обществени поръчки</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>Gender is optional and only counted anonymously.</source>
        <translation>Полът не е задължителен и се отчита само анонимно.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роля:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Име&amp;йл:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Бележки:</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Съгласие</translation>
    </message>
    <message>
        <source>Po&amp;wer and interest</source>
        <translation>&amp;Влияние и интерес</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Експортиране на лични данни…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Заличаване на лицето…</translation>
    </message>
    <message>
        <source>Write everything lagdesk holds about this person (JSON and HTML)</source>
        <translation>Записване на всичко, което lagdesk съхранява за това лице (JSON и HTML)</translation>
    </message>
    <message>
        <source>Remove the person for good, keeping only anonymous counts</source>
        <translation>Окончателно премахване на лицето, като се запазват само анонимни преброявания</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Въведете и влияние, и интерес, или нито едно от двете.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>tasks</source>
        <translation>задачи</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>действия</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>рискове</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>индикатори</translation>
    </message>
    <message>
        <source>export or erase what lagdesk holds about one person</source>
        <translation>експортиране или заличаване на данните, които lagdesk съхранява за едно лице</translation>
    </message>
    <message>
        <source>the person&apos;s id or e-mail</source>
        <translation>id или имейл на лицето</translation>
    </message>
    <message>
        <source>write everything held about the person to FILE.json and FILE.html</source>
        <translation>записване на всичко, съхранявано за лицето, във FILE.json и FILE.html</translation>
    </message>
    <message>
        <source>erase the person, keeping their attendance as anonymous counts</source>
        <translation>заличаване на лицето, като присъствието му се запазва като анонимен брой</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>без искане на потвърждение</translation>
    </message>
    <message>
        <source>Personal data of {name} written to:</source>
        <translation>Личните данни на {name} са записани в:</translation>
    </message>
    <message>
        <source>Erasing {name} cannot be undone and there is no terminal to confirm it on: add --yes to erase without asking.</source>
        <translation>Заличаването на {name} не може да бъде отменено и няма терминал, в който да се потвърди: добавете --yes, за да заличите без потвърждение.</translation>
    </message>
    <message>
        <source>Erase {name} (id {id}) from {path}? This cannot be undone. Type yes to confirm: </source>
        <translation>Да бъде ли заличен(а) {name} (id {id}) от {path}? Това не може да бъде отменено. Въведете „да“ за потвърждение: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Нищо не е заличено.</translation>
    </message>
    <message>
        <source>Erased {name}. Meetings kept as anonymous counts: {meetings}. Removed: group memberships {memberships}, power/interest assessments {assessments}, consent records {consents}, attendance records {attendance}.</source>
        <translation>{name} е заличен(а). Срещи, запазени като анонимен брой: {meetings}. Премахнати: членства в групи {memberships}, оценки на влияние/интерес {assessments}, записи за съгласие {consents}, записи за присъствие {attendance}.</translation>
    </message>
    <message>
        <source>Photos showing them, deleted: {photos}.</source>
        <translation>Изтрити снимки, на които лицето е показано: {photos}.</translation>
    </message>
    <message>
        <source>Kept without an owner or person responsible: {records}.</source>
        <translation>Запазени без отговорник или отговорно лице: {records}.</translation>
    </message>
    <message>
        <source>Free text still names them; edit it where it should not:</source>
        <translation>Свободният текст все още споменава лицето; редактирайте го там, където не бива:</translation>
    </message>
    <message>
        <source>{table}.{column}, record {id}</source>
        <translation>{table}.{column}, запис {id}</translation>
    </message>
    <message>
        <source>Warning: another program was using {path}, so old copies of the erased data may remain in unused parts of the file. Close every program using it and compact the file before sharing or backing it up.</source>
        <translation>Внимание: друга програма е използвала {path}, затова стари копия на заличените данни може да са останали в неизползвани части на файла. Затворете всички програми, които го използват, и компактирайте файла, преди да го споделите или архивирате.</translation>
    </message>
    <message>
        <source>No person with the id or e-mail {key}. They may have been erased already.</source>
        <translation>Няма лице с id или имейл {key}. Възможно е вече да е заличено.</translation>
    </message>
    <message>
        <source>Several people have the e-mail {email} (ids {ids}); give the id instead.</source>
        <translation>Няколко лица имат имейла {email} (id {ids}); посочете id.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Членства в групи</translation>
    </message>
    <message>
        <source>Power and interest assessments</source>
        <translation>Оценки на влияние и интерес</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Записи за съгласие</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>Tasks they own</source>
        <translation>Задачи, за които отговаря</translation>
    </message>
    <message>
        <source>Risks they own</source>
        <translation>Рискове, за които отговаря</translation>
    </message>
    <message>
        <source>Actions they are responsible for</source>
        <translation>Действия, за които отговаря</translation>
    </message>
    <message>
        <source>Indicators they own</source>
        <translation>Индикатори, за които отговаря</translation>
    </message>
    <message>
        <source>Free text that names them</source>
        <translation>Свободен текст, който го споменава</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последна промяна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Вид група</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Присъединяване</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Напускане</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дадено</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Начин</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказателство</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Оттеглено</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Непоканен участник</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнена</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Изпълнена на</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id на записа</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Personal data held about {name}</source>
        <translation>Лични данни, съхранявани за {name}</translation>
    </message>
    <message>
        <source>Exported from lagdesk on {date}.</source>
        <translation>Експортирано от lagdesk на {date}.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Няма записи.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: папката не съществува.</translation>
    </message>
    <message>
        <source>{path}: choose a file name ending in .json.</source>
        <translation>{path}: изберете име на файл, завършващо на .json.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}</source>
        <translation>{path} не може да бъде записан: {detail}</translation>
    </message>
    <message>
        <source>The person could not be erased: {detail}</source>
        <translation>Лицето не може да бъде заличено: {detail}</translation>
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <source>People in this photo</source>
        <translation>Хора на тази снимка</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Въведете име или организация</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>{person} · attended</source>
        <translation>{person} · присъствал(а)</translation>
    </message>
    <message>
        <source>Erasing a person&apos;s data also deletes the photos they are marked in here.</source>
        <translation>При заличаване на данните на лице се изтриват и снимките, на които то е отбелязано тук.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Integrated Action Plan of {city}</source>
        <translation>Интегриран план за действие на {city}</translation>
    </message>
    <message>
        <source>Integrated Action Plan ({network})</source>
        <translation>Интегриран план за действие ({network})</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Интегриран план за действие</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цел</translation>
    </message>
    <message>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>The tag “{tag}” is longer than {limit} characters.</source>
        <translation>Етикетът „{tag}“ е по-дълъг от {limit} знака.</translation>
    </message>
    <message>
        <source>milestone {field}</source>
        <translation>междинна цел: {field}</translation>
    </message>
    <message>
        <source>funding {field}</source>
        <translation>финансиране: {field}</translation>
    </message>
    <message>
        <source>Milestone “{title}” is due outside the action&apos;s start and end.</source>
        <translation>Срокът на междинна цел „{title}“ е извън началото и края на действието.</translation>
    </message>
    <message>
        <source>The funding lines add up to {funded}, more than the estimated cost of {cost}.</source>
        <translation>Редовете на финансиране възлизат на {funded}, което е повече от прогнозните разходи от {cost}.</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>ред на финансиране</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>риск</translation>
    </message>
    <message>
        <source>Objective {code} “{title}” cannot be deleted while actions belong to it or to its specific objectives (actions: {count}). Move them to another objective or delete them first.</source>
        <translation>Цел {code} „{title}“ не може да бъде изтрита, докато към нея или към специфичните ѝ цели има действия (действия: {count}). Първо ги преместете към друга цел или ги изтрийте.</translation>
    </message>
    <message>
        <source>Nothing can go under specific objective {code}: objectives go two levels deep (strategic &gt; specific). Choose a strategic objective.</source>
        <translation>Под специфична цел {code} не може да се добавя нищо: целите са на две нива (стратегическа &gt; специфична). Изберете стратегическа цел.</translation>
    </message>
    <message>
        <source>An objective cannot go under itself.</source>
        <translation>Цел не може да бъде поставена под самата себе си.</translation>
    </message>
    <message>
        <source>Strategic objective {code} has specific objectives, so it cannot go under another objective: objectives go two levels deep (strategic &gt; specific).</source>
        <translation>Стратегическа цел {code} има специфични цели, затова не може да бъде поставена под друга цел: целите са на две нива (стратегическа &gt; специфична).</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Водеща организация</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Край</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Разходи</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Осигурено</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Недостиг</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Objective code</source>
        <translation>Код на целта</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Код на действието</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Водеща организация</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Партньорски организации</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Отговорно лице</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Край</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Напредък %</translation>
    </message>
    <message>
        <source>Estimated cost (EUR)</source>
        <translation>Прогнозни разходи (EUR)</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Очакван резултат</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Етикети</translation>
    </message>
    <message>
        <source>Gender dimension</source>
        <translation>Измерение на пола</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансиране</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Сума (EUR)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Код на индикатора</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>Код на ЕС</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Посока</translation>
    </message>
    <message>
        <source>Accumulation</source>
        <translation>Натрупване</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Дата на базовата стойност</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Целева дата</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Източник на данни</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Метод на събиране</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Честота</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Linked objective codes</source>
        <translation>Кодове на свързаните цели</translation>
    </message>
    <message>
        <source>Linked action codes</source>
        <translation>Кодове на свързаните действия</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Измервания</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Value women</source>
        <translation>Стойност жени</translation>
    </message>
    <message>
        <source>Value men</source>
        <translation>Стойност мъже</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Бележка за източника</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Въведено от</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Рискове</translation>
    </message>
    <message>
        <source>Risk code</source>
        <translation>Код на риска</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Вероятност (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Въздействие (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Мерки за смекчаване</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: експортираният файл е работна книга на Excel; дайте му разширение .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} вече съществува; изберете друго име или го заменете.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: папката не съществува.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} не може да бъде записан: {reason}.</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>actions, funding, indicators, measurements and risks to an .xlsx file</source>
        <translation>действия, финансиране, индикатори, измервания и рискове във файл .xlsx</translation>
    </message>
    <message>
        <source>the action plan and indicators from an exported .xlsx file</source>
        <translation>плана за действие и индикаторите от експортиран файл .xlsx</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>проверка и отчет, без записване</translation>
    </message>
    <message>
        <source>indicator measurements from an .xlsx or .csv file</source>
        <translation>измервания на индикатори от файл .xlsx или .csv</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>кодировка на CSV файл</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>лист от работната книга, който да се прочете</translation>
    </message>
    <message>
        <source>{actions} actions, {funding} funding lines, {indicators} indicators, {measurements} measurements and {risks} risks written to {path}.</source>
        <translation>В {path} са записани: действия {actions}, редове на финансиране {funding}, индикатори {indicators}, измервания {measurements} и рискове {risks}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, skipped {skipped}, invalid {invalid}.</source>
        <translation>{sheet}: редове {rows}; нови {creates}, пропуснати {skipped}, невалидни {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, removed {deletes}, invalid {invalid}.</source>
        <translation>{sheet}: редове {rows}; нови {creates}, променени {updates}, без промяна {unchanged}, премахнати {deletes}, невалидни {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, invalid {invalid}.</source>
        <translation>{sheet}: редове {rows}; нови {creates}, променени {updates}, без промяна {unchanged}, невалидни {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: columns ignored: {columns}.</source>
        <translation>{sheet}: пренебрегнати колони: {columns}.</translation>
    </message>
    <message>
        <source>{field}: “{old}” -&gt; “{new}”</source>
        <translation>{field}: „{old}“ -&gt; „{new}“</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): {fields}</source>
        <translation>  {sheet}, ред {row} ({code}): {fields}</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): new</source>
        <translation>  {sheet}, ред {row} ({code}): нов</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): skipped, {reason}</source>
        <translation>  {sheet}, ред {row} ({code}): пропуснат, {reason}</translation>
    </message>
    <message>
        <source>  {sheet}: removed {line}</source>
        <translation>  {sheet}: премахнат {line}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулация</translation>
    </message>
    <message>
        <source>{file} ({encoding}, separator {separator}): {sheets}.</source>
        <translation>{file} ({encoding}, разделител {separator}): {sheets}.</translation>
    </message>
    <message>
        <source>{file}: {sheets}.</source>
        <translation>{file}: {sheets}.</translation>
    </message>
    <message>
        <source>  ... and {count} more.</source>
        <translation>  ... и още {count}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Забележка: {warning}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file and import it again.</source>
        <translation>lagdesk: отхвърлени редове: {rows}; нищо не е импортирано. Коригирайте файла и го импортирайте отново.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds what the file says.</source>
        <translation>Няма какво да се импортира: базата данни вече съдържа това, което е във файла.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробно изпълнение: нищо не е записано.</translation>
    </message>
    <message>
        <source>The import would create {created}, update {updated} and remove {deleted}.</source>
        <translation>Импортирането би дало: създадени {created}, обновени {updated}, премахнати {deleted}.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {deleted} removed.</source>
        <translation>Импортирано: създадени {created}, обновени {updated}, премахнати {deleted}.</translation>
    </message>
    <message>
        <source>the code {code} is also on row {row} of this sheet.</source>
        <translation>кодът {code} се среща и на ред {row} от този лист.</translation>
    </message>
    <message>
        <source>there is no organisation {name} in the stakeholder register; add it there first, or correct the name.</source>
        <translation>в регистъра на заинтересованите страни няма организация {name}; първо я добавете там или коригирайте наименованието.</translation>
    </message>
    <message>
        <source>there is no person {name} in the stakeholder register; write their e-mail address or their first and last name as stored.</source>
        <translation>в регистъра на заинтересованите страни няма лице {name}; въведете имейл адреса му или името и фамилията му така, както са записани.</translation>
    </message>
    <message>
        <source>{count} people in the stakeholder register are called {name}; write the e-mail address of the one you mean.</source>
        <translation>В регистъра на заинтересованите страни има {count} лица с име {name}; въведете имейл адреса на лицето, което имате предвид.</translation>
    </message>
    <message>
        <source>no objective has the code {code}.</source>
        <translation>няма цел с код {code}.</translation>
    </message>
    <message>
        <source>{count} objectives have the code {code}; renumber them in lagdesk first.</source>
        <translation>{count} цели имат кода {code}; първо ги преномерирайте в lagdesk.</translation>
    </message>
    <message>
        <source>{count} stored actions have the code {code}; give them different codes in lagdesk first.</source>
        <translation>{count} записани действия имат кода {code}; първо им дайте различни кодове в lagdesk.</translation>
    </message>
    <message>
        <source>no action has the code {code}.</source>
        <translation>няма действие с код {code}.</translation>
    </message>
    <message>
        <source>{action}: {source}, {amount} ({status})</source>
        <translation>{action}: {source}, {amount} ({status})</translation>
    </message>
    <message>
        <source>the funding lines of action {code} add up to {total}, more than its estimated cost of {cost}.</source>
        <translation>редовете на финансиране на действие {code} възлизат на {total}, което е повече от прогнозните му разходи от {cost}.</translation>
    </message>
    <message>
        <source>no indicator has the code {code}.</source>
        <translation>няма индикатор с код {code}.</translation>
    </message>
    <message>
        <source>the date is before the indicator&apos;s baseline date ({baseline}).</source>
        <translation>датата е преди датата на базовата стойност на индикатора ({baseline}).</translation>
    </message>
    <message>
        <source>women and men add up to {sum}, not to the value {value}.</source>
        <translation>жените и мъжете дават общо {sum}, а не стойността {value}.</translation>
    </message>
    <message>
        <source>the same indicator, date and value are stored already.</source>
        <translation>същите индикатор, дата и стойност вече са записани.</translation>
    </message>
    <message>
        <source>it repeats row {row}.</source>
        <translation>повтаря ред {row}.</translation>
    </message>
    <message>
        <source>a measurement of {value} on this date is stored already; this one is added beside it.</source>
        <translation>вече е записано измерване със стойност {value} на тази дата; това се добавя до него.</translation>
    </message>
    <message>
        <source>the database has no plan yet; create it in lagdesk first.</source>
        <translation>базата данни все още няма план; първо го създайте в lagdesk.</translation>
    </message>
    <message>
        <source>a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it.</source>
        <translation>план се импортира от работна книга на Excel (.xlsx) във вида, в който lagdesk я експортира.</translation>
    </message>
    <message>
        <source>the workbook has none of the sheets {sheets}; its sheets are: {names}.</source>
        <translation>работната книга няма нито един от листовете {sheets}; листовете ѝ са: {names}.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>файлът няма редове.</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, лист {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet} has no column “{column}”; its columns are: {columns}.</source>
        <translation>лист {sheet} няма колона „{column}“; колоните му са: {columns}.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>текстът е дълъг {length} знака; допустими са най-много {limit}.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} не е число.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} не е цяло число.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} не е дата; въведете я във формат YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} не е от: {choices}.</translation>
    </message>
    <message>
        <source>{item} is {length} characters long; at most {limit}.</source>
        <translation>{item} е дълъг {length} знака; допустими са най-много {limit}.</translation>
    </message>
    <message>
        <source>{file}: the plan was changed (by another import or in the app) after the file was checked; nothing was imported. Check the file again, then import it.</source>
        <translation>{file}: планът е променен (от друг импорт или в приложението) след проверката на файла; нищо не е импортирано. Проверете файла отново и след това го импортирайте.</translation>
    </message>
    <message>
        <source>This preview is of a plan workbook; apply it as a plan import.</source>
        <translation>Този преглед е на работна книга на план; приложете го като импортиране на план.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Nothing is written until you press Import. Then the whole file is imported in one step, or nothing if something goes wrong. Undo does not take an import back: check the changes above first.</source>
        <translation>Нищо не се записва, докато не натиснете „Импортиране“. Тогава целият файл се импортира наведнъж или нищо, ако нещо се обърка. Отмяната не връща импортирането: първо проверете промените по-горе.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортиране</translation>
    </message>
    <message>
        <source>Import measurements from {file}</source>
        <translation>Импортиране на измервания от {file}</translation>
    </message>
    <message>
        <source>Import the action plan from {file}</source>
        <translation>Импортиране на плана за действие от {file}</translation>
    </message>
    <message>
        <source>&amp;Changes ({count})</source>
        <translation>&amp;Промени ({count})</translation>
    </message>
    <message>
        <source>&amp;Problems ({problems}) and notes ({notes})</source>
        <translation>П&amp;роблеми ({problems}) и бележки ({notes})</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулация</translation>
    </message>
    <message>
        <source>{file} (text encoding {encoding}, separator {separator}).</source>
        <translation>{file} (кодировка {encoding}, разделител {separator}).</translation>
    </message>
    <message>
        <source>{file}: sheets {sheets}.</source>
        <translation>{file}: листове {sheets}.</translation>
    </message>
    <message>
        <source>New: {count}</source>
        <translation>Нови: {count}</translation>
    </message>
    <message>
        <source>changed: {count}</source>
        <translation>променени: {count}</translation>
    </message>
    <message>
        <source>unchanged: {count}</source>
        <translation>без промяна: {count}</translation>
    </message>
    <message>
        <source>funding lines removed: {count}</source>
        <translation>премахнати редове на финансиране: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>пропуснати: {count}</translation>
    </message>
    <message>
        <source>{rows} row(s) have problems, listed under Problems. Nothing can be imported until they are corrected: correct the file and import it again.</source>
        <translation>Редове с проблеми: {rows}, изброени в „Проблеми“. Нищо не може да бъде импортирано, докато не бъдат коригирани: коригирайте файла и го импортирайте отново.</translation>
    </message>
    <message>
        <source>Correct the rows with problems first.</source>
        <translation>Първо коригирайте редовете с проблеми.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds what the file says.</source>
        <translation>Няма какво да се промени: базата данни вече съдържа това, което е във файла.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Няма какво да се импортира.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
</context>
<context>
    <name>PlanTotals</name>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Осигурено</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Заявено</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциално</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Разходи</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Недостиг</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Дял на осигуреното</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Целият план</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>New</source>
        <translation>Нов</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Променен</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропуснат</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Премахнат</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Редове</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без промяна</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>С проблеми</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation>Проблем или бележка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Какво се променя</translation>
    </message>
</context>
<context>
    <name>PlanTransfers</name>
    <message>
        <source>Export the action plan to Excel</source>
        <translation>Експортиране на плана за действие в Excel</translation>
    </message>
    <message>
        <source>action-plan-{date}.xlsx</source>
        <translation>план-за-действие-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Работна книга на Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Записване на {file}…</translation>
    </message>
    <message>
        <source>Import the action plan from Excel</source>
        <translation>Импортиране на плана за действие от Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Работна книга на Excel (*.xlsx);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Прочитане на {file}…</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Импортиране на измервания</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Електронни таблици (*.xlsx *.csv);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Импортиране на {count} реда…</translation>
    </message>
    <message>
        <source>{file}: measurements added: {created}, skipped: {skipped}.</source>
        <translation>{file}: добавени измервания: {created}, пропуснати: {skipped}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <source>Version {name} is approved and cannot be changed. Save a new version instead.</source>
        <translation>Версия {name} е одобрена и не може да бъде променяна. Вместо това запазете нова версия.</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>версия на плана</translation>
    </message>
    <message>
        <source>name</source>
        <translation>име</translation>
    </message>
    <message>
        <source>A version named {name} already exists.</source>
        <translation>Вече съществува версия с име {name}.</translation>
    </message>
    <message>
        <source>There is no action plan yet, so there is nothing to save.</source>
        <translation>Все още няма план за действие, затова няма какво да се запази.</translation>
    </message>
    <message>
        <source>Version {name} is {old}; it cannot become {new}. Allowed next: {allowed}.</source>
        <translation>Версия {name} е със статус {old}; тя не може да премине в {new}. Допустими следващи статуси: {allowed}.</translation>
    </message>
    <message>
        <source>{name} (draft {number})</source>
        <translation>{name} (чернова {number})</translation>
    </message>
    <message>
        <source>The saved copy of version {name} cannot be read.</source>
        <translation>Запазеното копие на версия {name} не може да бъде прочетено.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Action milestones</source>
        <translation>Междинни цели на действията</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Редове на финансиране</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Рискове</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Indicator milestones</source>
        <translation>Междинни цели на индикаторите</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заглавие</translation>
    </message>
    <message>
        <source>city</source>
        <translation>град</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>визия</translation>
    </message>
    <message>
        <source>context</source>
        <translation>контекст</translation>
    </message>
    <message>
        <source>problem analysis</source>
        <translation>анализ на проблема</translation>
    </message>
    <message>
        <source>transnational learning</source>
        <translation>транснационално обучение</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>level</source>
        <translation>ниво</translation>
    </message>
    <message>
        <source>parent objective</source>
        <translation>горестояща цел</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цел</translation>
    </message>
    <message>
        <source>type</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>водеща организация</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партньори</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>отговорно лице</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>end</source>
        <translation>край</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>напредък %</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>разходи</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>очакван резултат</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>продукти</translation>
    </message>
    <message>
        <source>gender dimension</source>
        <translation>измерение на пола</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>етикети</translation>
    </message>
    <message>
        <source>source decision</source>
        <translation>решение източник</translation>
    </message>
    <message>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>done</source>
        <translation>изпълнено</translation>
    </message>
    <message>
        <source>source</source>
        <translation>източник</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <source>note</source>
        <translation>бележка</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>вероятност</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>въздействие</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>мерки за смекчаване</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>отговорник</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>действия</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>код на ЕС</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>определение</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>мерна единица</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>посока</translation>
    </message>
    <message>
        <source>accumulation</source>
        <translation>натрупване</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базова стойност</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>дата на базовата стойност</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целева стойност</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>целева дата</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>източник на данни</translation>
    </message>
    <message>
        <source>collection method</source>
        <translation>метод на събиране</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>честота</translation>
    </message>
    <message>
        <source>disaggregation</source>
        <translation>разбивка</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>цели</translation>
    </message>
    <message>
        <source>value</source>
        <translation>стойност</translation>
    </message>
    <message>
        <source>Objective {code} “{title}”</source>
        <translation>Цел {code} „{title}“</translation>
    </message>
    <message>
        <source>Action {code} “{title}”</source>
        <translation>Действие {code} „{title}“</translation>
    </message>
    <message>
        <source>Milestone “{title}” of action {code}</source>
        <translation>Междинна цел „{title}“ на действие {code}</translation>
    </message>
    <message>
        <source>Funding line {source} of action {code}</source>
        <translation>Ред на финансиране {source} на действие {code}</translation>
    </message>
    <message>
        <source>Risk “{title}”</source>
        <translation>Риск „{title}“</translation>
    </message>
    <message>
        <source>Risk {code} “{title}”</source>
        <translation>Риск {code} „{title}“</translation>
    </message>
    <message>
        <source>Indicator {code} “{name}”</source>
        <translation>Индикатор {code} „{name}“</translation>
    </message>
    <message>
        <source>Milestone {date} of indicator {code}</source>
        <translation>Междинна цел {date} на индикатор {code}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>индикатор</translation>
    </message>
    <message>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>{item}: {field} set to {new}</source>
        <translation>{item}: {field} е зададено на {new}</translation>
    </message>
    <message>
        <source>{item}: {field} cleared (was {old})</source>
        <translation>{item}: {field} е изчистено (беше {old})</translation>
    </message>
    <message>
        <source>{item}: {field} {old} -&gt; {new}</source>
        <translation>{item}: {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Добавено: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Премахнато: {item}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Other</source>
        <translation>Друга програма</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Select an indicator to see its progress.</source>
        <translation>Изберете индикатор, за да видите напредъка му.</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Диаграма на напредъка</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;втаряне</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Изрязване</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Поставяне</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избиране на всичко</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Подробности…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>По-малко…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Добре</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Запазване на всичко</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;всички</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за всички</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекъсване</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторен опит</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пренебрегване</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Прилагане</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Нулиране</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По подразбиране</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;втаряне</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Изрязване</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копиране на &amp;адреса на връзката</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Поставяне</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избиране на всичко</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{path} is not a lagdesk file (no SQLite header), so nothing can be recovered from it.</source>
        <translation>{path} не е файл на lagdesk (няма заглавка на SQLite), затова от него не може да се спаси нищо.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} не може да бъде прочетен: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{path}: cannot write the PDF.</source>
        <translation>{path}: PDF файлът не може да бъде записан.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Заинтересовани страни</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Вид група</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Част от</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Присъединяване</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Напускане</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID на срещата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Край</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Онлайн връзка</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Поканени</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присъствали</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Отворени задачи</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Дата на срещата</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Непоканен участник</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимни</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>№ на решението</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнена</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Изпълнена на</translation>
    </message>
    <message>
        <source>Decisions and tasks</source>
        <translation>Решения и задачи</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Код на индикатора</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Отчетна дата</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текуща стойност</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Очакван напредък</translation>
    </message>
    <message>
        <source>Measurements used</source>
        <translation>Използвани измервания</translation>
    </message>
    <message>
        <source>Latest measurement</source>
        <translation>Последно измерване</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мрежа</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>Лица в регистъра</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Членове на местната група</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведени срещи</translation>
    </message>
    <message>
        <source>Attendances at meetings held</source>
        <translation>Присъствия на проведените срещи</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Прогнозни разходи</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Осигурено финансиране</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Недостиг на финансиране</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Indicators: {status}</source>
        <translation>Индикатори: {status}</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Рискове</translation>
    </message>
    <message>
        <source>Personal names</source>
        <translation>Лични имена</translation>
    </message>
    <message>
        <source>Replaced by pseudonyms (P-0001 ...)</source>
        <translation>Заменени с псевдоними (P-0001 ...)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <source>{file}: the report is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: отчетът е работна книга на Excel; дайте му разширение .xlsx.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: папката не съществува.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} не може да бъде записан: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Reading the plan…</source>
        <translation>Прочитане на плана…</translation>
    </message>
    <message>
        <source>Building the chapters and charts…</source>
        <translation>Изготвяне на главите и диаграмите…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Оформяне на страниците…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Изготвяне на диаграмите…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {pages} pages, as in the PDF.</source>
        <translation>
            <numerusform>Първата страница (%n от {pages}), както в PDF файла.</numerusform>
            <numerusform>Първите %n от {pages} страници, както в PDF файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole document: %n pages, as in the PDF.</source>
        <translation>
            <numerusform>Целият документ: %n страница, както в PDF файла.</numerusform>
            <numerusform>Целият документ: %n страници, както в PDF файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {charts} charts. The export writes every chart, one file each.</source>
        <translation>
            <numerusform>Първата %n от {charts} диаграми. При експортирането всяка диаграма се записва в отделен файл.</numerusform>
            <numerusform>Първите %n от {charts} диаграми. При експортирането всяка диаграма се записва в отделен файл.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n charts. The export writes each to a file of its own.</source>
        <translation>
            <numerusform>%n диаграма. При експортирането тя се записва в отделен файл.</numerusform>
            <numerusform>Всички %n диаграми. При експортирането всяка се записва в отделен файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
    <message>
        <source>The Summary sheet. The workbook also has a sheet each for stakeholders, groups, meetings, attendance, decisions and tasks, objectives, actions, funding, risks, indicators, measurements and progress.</source>
        <translation>Лист „Обобщение“. Работната книга съдържа и отделен лист за заинтересованите страни, групите, срещите, присъствието, решенията и задачите, целите, действията, финансирането, рисковете, индикаторите, измерванията и напредъка.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Записване на {file}…</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path} ({pages} pages).</source>
        <translation>Интегрираният план за действие е записан в {path} (страници: {pages}).</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path}.</source>
        <translation>Интегрираният план за действие е записан в {path}.</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>Записване на листовете…</translation>
    </message>
    <message>
        <source>The Excel report was written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Отчетът в Excel е записан в {path}: {sheets} листа, {rows} реда.</translation>
    </message>
    <message>
        <source>{count} charts were written to {path}.</source>
        <translation>Записани диаграми в {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Choose a report and its options, look at the preview, then export it. The file is written whole or not at all.</source>
        <translation>Изберете отчет и настройките му, прегледайте го и след това го експортирайте. Файлът се записва или изцяло, или изобщо не се записва.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>The plan document: Word, PDF or web page.</source>
        <translation>Документът на плана: Word, PDF или уеб страница.</translation>
    </message>
    <message>
        <source>Every register on its own sheet, for the council or an audit.</source>
        <translation>Всеки регистър на отделен лист – за общинския съвет или за одит.</translation>
    </message>
    <message>
        <source>&amp;Integrated Action Plan</source>
        <translation>И&amp;нтегриран план за действие</translation>
    </message>
    <message>
        <source>E&amp;xcel report</source>
        <translation>&amp;Отчет в Excel</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Диаграми</translation>
    </message>
    <message>
        <source>Every chart as a picture, one file each, for slides.</source>
        <translation>Всяка диаграма като изображение в отделен файл – за презентации.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Е&amp;зик:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>&amp;Версия на плана:</translation>
    </message>
    <message>
        <source>Progress and statuses are worked out on this date.</source>
        <translation>Напредъкът и статусите се изчисляват към тази дата.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Към дата:</translation>
    </message>
    <message>
        <source>Include the &amp;names of local group members</source>
        <translation>Включване на &amp;имената на членовете на местната група</translation>
    </message>
    <message>
        <source>Without this, members are listed by organisation and role only.</source>
        <translation>Без тази опция членовете се изброяват само с организацията и ролята си.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise personal data</source>
        <translation>&amp;Псевдонимизиране на личните данни</translation>
    </message>
    <message>
        <source>Names become stable pseudonyms (P-0001 …) and contacts are left out, for sharing outside the city.</source>
        <translation>Имената се заменят с постоянни псевдоними (P-0001 …), а контактите се пропускат – за споделяне извън общината.</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Пре&amp;глед</translation>
    </message>
    <message>
        <source>Show what the report will look like (F5)</source>
        <translation>Показване как ще изглежда отчетът (F5)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортиране…</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E)</source>
        <translation>Записване на отчета във файл (Ctrl+E)</translation>
    </message>
    <message>
        <source>Press Preview (F5) to see the report before you export it.</source>
        <translation>Натиснете „Преглед“ (F5), за да видите отчета, преди да го експортирате.</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>Планът в текущия му вид</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Документ на Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Уеб страница (.html)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Работна книга на Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Изображения PNG</translation>
    </message>
    <message>
        <source>SVG drawings (scalable)</source>
        <translation>Изображения SVG (мащабируеми)</translation>
    </message>
    <message>
        <source>PDF files (one per chart)</source>
        <translation>PDF файлове (по един за диаграма)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготвяне на прегледа…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Прегледът беше отменен.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Preview {number}</source>
        <translation>Преглед {number}</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>Папка за диаграмите</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Експортиране на отчета</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортиране</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Експортирането беше отменено. Не е записан никакъв файл.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Отчетът не беше записан</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <source>Choose a backup of {name}. The file as it is now is kept beside it, so a restore can be undone by restoring that.</source>
        <translation>Изберете резервно копие на {name}. Файлът в сегашния си вид се запазва до него, така че възстановяването може да се отмени, като се възстанови той.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>Това копие</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сега</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дейности</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Все още няма резервни копия на този файл.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Възстанови…</translation>
    </message>
    <message>
        <source>Replace {name} with the backup made {when}? The file as it is now will be kept beside it.</source>
        <translation>Да се замени ли {name} с резервното копие от {when}? Файлът в сегашния си вид ще бъде запазен до него.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Възстанови</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Честота</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текуща стойност</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Произход</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Собствен</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk {code}</source>
        <translation>Риск {code}</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Нов риск</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Вероятност:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>В&amp;ъздействие:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Likelihood × impact: low up to {low}, medium {medium_from} to {medium}, high from {high}</source>
        <translation>Вероятност × въздействие: ниска до {low}, средна от {medium_from} до {medium}, висока от {high}</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никой)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Отговор&amp;ник:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Мерки за смекчаване:</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Type part of a code or title</source>
        <translation>Въведете част от код или заглавие</translation>
    </message>
    <message>
        <source>&amp;Find action:</source>
        <translation>&amp;Търсене на действие:</translation>
    </message>
    <message>
        <source>Linked &amp;actions (tick with Space):</source>
        <translation>Свързани &amp;действия (отметка с интервал):</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n actions</source>
        <translation>
            <numerusform>Свързан с %n действие</numerusform>
            <numerusform>Свързан с %n действия</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <source>Risk not saved</source>
        <translation>Рискът не е запазен</translation>
    </message>
</context>
<context>
    <name>RiskMatrixWidget</name>
    <message>
        <source>Likelihood and impact matrix</source>
        <translation>Матрица вероятност–въздействие</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Вероятност ↑</translation>
    </message>
    <message>
        <source>From {low} (1) to {high} (5)</source>
        <translation>От {low} (1) до {high} (5)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Въздействие →</translation>
    </message>
    <message>
        <source>Include &amp;closed risks</source>
        <translation>Включване на &amp;приключените рискове</translation>
    </message>
    <message>
        <source>Count closed risks too; otherwise only open and mitigated ones</source>
        <translation>Отчитане и на приключените рискове; иначе само на отворените и смекчените</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Показване на вси&amp;чки</translation>
    </message>
    <message>
        <source>Show every risk in the register again</source>
        <translation>Повторно показване на всички рискове в регистъра</translation>
    </message>
    <message>
        <source>Likelihood × imp&amp;act</source>
        <translation>Вероятност × &amp;въздействие</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Вероятност × въздействие</translation>
    </message>
    <message numerus="yes">
        <source>%n risks counted, closed ones included</source>
        <translation>
            <numerusform>Отчетен е %n риск, включително приключените</numerusform>
            <numerusform>Отчетени са %n риска, включително приключените</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open or mitigated risks counted</source>
        <translation>
            <numerusform>Отчетен е %n отворен или смекчен риск</numerusform>
            <numerusform>Отчетени са %n отворени или смекчени риска</numerusform>
        </translation>
    </message>
    <message>
        <source>Register shows likelihood {likelihood} × impact {impact} only.</source>
        <translation>Регистърът показва само вероятност {likelihood} × въздействие {impact}.</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрит</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>Rare</source>
        <translation>Рядко</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Малко вероятно</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Възможно</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Почти сигурно</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Пренебрежимо</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Слабо</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Умерено</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Голямо</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тежко</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ниска</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средна</translation>
    </message>
    <message>
        <source>high</source>
        <translation>висока</translation>
    </message>
    <message>
        <source>{value} – {word}</source>
        <translation>{value} – {word}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятност</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Въздействие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Мерки за смекчаване</translation>
    </message>
    <message>
        <source>Score {score}: {band}</source>
        <translation>Оценка {score}: {band}</translation>
    </message>
    <message>
        <source>Impact {value}: {word}</source>
        <translation>Въздействие {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {value}: {word}</source>
        <translation>Вероятност {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} ({likely}) × impact {impact} ({severe}): {count}</source>
        <translation>Вероятност {likelihood} ({likely}) × въздействие {impact} ({severe}): {count}</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>All statuses</source>
        <translation>Всички статуси</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Всички категории</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>&amp;Нов риск</translation>
    </message>
    <message>
        <source>Add a risk to the register (Insert)</source>
        <translation>Добавяне на риск в регистъра (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it risk</source>
        <translation>&amp;Редактиране на риск</translation>
    </message>
    <message>
        <source>Edit the selected risk (Enter)</source>
        <translation>Редактиране на избрания риск (Enter)</translation>
    </message>
    <message>
        <source>Delete ris&amp;k</source>
        <translation>&amp;Изтриване на риск</translation>
    </message>
    <message>
        <source>Delete the selected risk (Del)</source>
        <translation>Изтриване на избрания риск (Del)</translation>
    </message>
    <message>
        <source>Risk re&amp;gister</source>
        <translation>Ре&amp;гистър на рисковете</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Рискове</translation>
    </message>
    <message>
        <source>{total} risks</source>
        <translation>Рискове: {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} risks shown</source>
        <translation>Показани рискове: {shown} от {total}</translation>
    </message>
    <message>
        <source>Add risk {code}</source>
        <translation>Добавяне на риск {code}</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Редактиране на риск {code}</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”?</source>
        <translation>Изтриване на риск {code} „{title}“?</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”? Its links to actions {actions} go with it.</source>
        <translation>Да се изтрие ли риск {code} „{title}“? Връзките му с действия {actions} също се изтриват.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Изтриване на риск</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Risk not deleted</source>
        <translation>Рискът не е изтрит</translation>
    </message>
    <message>
        <source>Delete risk {code}</source>
        <translation>Изтриване на риск {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервни копия</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Отвори папката</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Съхраняват се в:</translation>
    </message>
    <message>
        <source>Backups of this file:</source>
        <translation>Резервни копия на този файл:</translation>
    </message>
    <message>
        <source>Space they take:</source>
        <translation>Заето място:</translation>
    </message>
    <message>
        <source>A backup is made when the file is first opened each day and when it is closed after changes. Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks and one a month for {months} months, within {cap} (or {copies} times the file&apos;s size, if more).</source>
        <translation>Резервно копие се създава при първото отваряне на файла всеки ден и при затварянето му след промени. Пазят се: последните {last}, по едно на ден за {days} дни, по едно на седмица за {weeks} седмици и по едно на месец за {months} месеца, в рамките на {cap} (или {copies} пъти размера на файла, ако е повече).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Areas</source>
        <translation>Раздели</translation>
    </message>
    <message>
        <source>{area} ({keys})</source>
        <translation>{area} ({keys})</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>a meeting&apos;s sign-in sheet to a PDF file</source>
        <translation>присъствения списък на среща във PDF файл</translation>
    </message>
    <message>
        <source>id of the meeting</source>
        <translation>id на срещата</translation>
    </message>
    <message>
        <source>Sign-in sheet written to {path}. Invited: {people}. Pages: {pages}.</source>
        <translation>Присъственият списък е записан в {path}. Поканени: {people}. Страници: {pages}.</translation>
    </message>
    <message>
        <source>There is no meeting with id {meeting}.</source>
        <translation>Няма среща с id {meeting}.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence.</source>
        <translation>Съхранявайте този подписан списък като доказателство за одит.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence until {date}.</source>
        <translation>Съхранявайте този подписан списък като доказателство за одит до {date}.</translation>
    </message>
    <message>
        <source>Sign-in sheet: {title}</source>
        <translation>Присъствен списък: {title}</translation>
    </message>
    <message>
        <source>Programme logo</source>
        <translation>Лого на програмата</translation>
    </message>
    <message>
        <source>Attendance sign-in sheet</source>
        <translation>Присъствен списък</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>Time: {time} ({zone})</source>
        <translation>Час: {time} ({zone})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Място: {place}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпис</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} от {pages}</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Подвид</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: експортираният файл е работна книга на Excel; дайте му разширение .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} вече съществува; изберете друго име или го заменете.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: папката не съществува.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} не може да бъде записан: {reason}.</translation>
    </message>
</context>
<context>
    <name>StakeholderList</name>
    <message>
        <source>Name, organisation, e-mail or role</source>
        <translation>Име, организация, имейл или роля</translation>
    </message>
    <message>
        <source>Name, type, city or e-mail</source>
        <translation>Наименование, вид, град или имейл</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>&amp;Сектор:</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Всеки сектор</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>Mem&amp;bership:</source>
        <translation>&amp;Членство:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Настоящи членове</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Бивши членове</translation>
    </message>
    <message>
        <source>Never members</source>
        <translation>Никога не са членували</translation>
    </message>
    <message>
        <source>Membership of the chosen group, or of any group when none is chosen</source>
        <translation>Членство в избраната група или в която и да е група, ако не е избрана</translation>
    </message>
    <message>
        <source>Gende&amp;r:</source>
        <translation>По&amp;л:</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Всеки пол</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ново лице…</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>Нова &amp;организация…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтриване</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Всяка група</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln лице</numerusform>
            <numerusform>%Ln лица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln организация</numerusform>
            <numerusform>%Ln организации</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>group</source>
        <translation>група</translation>
    </message>
    <message>
        <source>person</source>
        <translation>лице</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>членство</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Лице не може да бъде обединено със самото себе си.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>Организация не може да бъде обединена със самата себе си.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: {detail}</source>
        <translation>Обединяването не може да бъде отменено: {detail}</translation>
    </message>
    <message>
        <source>The merge cannot be undone: the kept record was deleted since.</source>
        <translation>Обединяването не може да бъде отменено: запазеният запис междувременно е изтрит.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: id {id} has been given to a new record since.</source>
        <translation>Обединяването не може да бъде отменено: id {id} междувременно е даден на нов запис.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Тясно управление</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Поддържане на удовлетвореност</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Поддържане на информираност</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Изберете или лице, или организация.</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>запис за съгласие</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>Това съгласие вече е оттеглено на {date}.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Добавяне към група</translation>
    </message>
    <message>
        <source>There are no groups yet. Create one on the Groups tab first.</source>
        <translation>Все още няма групи. Първо създайте група в раздел „Групи“.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to {group}</source>
        <translation>
            <numerusform>Добавяне на %n лице към {group}</numerusform>
            <numerusform>Добавяне на %n лица към {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to {group}.</source>
        <translation>
            <numerusform>Към {group} е добавено %n лице.</numerusform>
            <numerusform>Към {group} са добавени %n лица.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n лице вече членуваше.</numerusform>
            <numerusform>%n лица вече членуваха.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Оценено на</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дадено на</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Начин</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказателство</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Оттеглено на</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Все още не е запазено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Оттеглено</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>В сила</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Активни членове</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Присъединяване</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Напускане</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Без организация</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Всички сектори</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message numerus="yes">
        <source>attendance at %n meetings</source>
        <translation>
            <numerusform>присъствие на %n среща</numerusform>
            <numerusform>присъствие на %n срещи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group memberships</source>
        <translation>
            <numerusform>%n членство в група</numerusform>
            <numerusform>%n членства в групи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n запис за съгласие</numerusform>
            <numerusform>%n записа за съгласие</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power/interest assessments</source>
        <translation>
            <numerusform>%n оценка на влияние/интерес</numerusform>
            <numerusform>%n оценки на влияние/интерес</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n действие</numerusform>
            <numerusform>%n действия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n риск</numerusform>
            <numerusform>%n риска</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n индикатор</numerusform>
            <numerusform>%n индикатора</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Да се изтрие ли {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Да се изтрие ли %n лице?</numerusform>
            <numerusform>Да се изтрият ли тези %n лица?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <translation>Заедно с лицето се изтриват и: {things}.</translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <comment>several people</comment>
        <translation>Заедно с лицата се изтриват и: {things}.</translation>
    </message>
    <message>
        <source>{things} will have no one responsible.</source>
        <translation>Без отговорник остават: {things}.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Можете да отмените това с Редактиране &gt; Отмяна.</translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation>Да се изтрие ли организацията {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Да се изтрие ли %n организация?</numerusform>
            <numerusform>Да се изтрият ли тези %n организации?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who work there stay, without an organisation.</source>
        <translation>
            <numerusform>%n лице, което работи там, остава без организация.</numerusform>
            <numerusform>%n лица, които работят там, остават без организация.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its {things} go with it.</source>
        <translation>Заедно с нея се изтриват и: {things}.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions will have no lead organisation.</source>
        <translation>
            <numerusform>%n действие ще остане без водеща организация.</numerusform>
            <numerusform>%n действия ще останат без водеща организация.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n лице</numerusform>
            <numerusform>%n лица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lead of %n actions</source>
        <translation>
            <numerusform>водеща роля в %n действие</numerusform>
            <numerusform>водеща роля в %n действия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action partnerships</source>
        <translation>
            <numerusform>%n партньорство в действие</numerusform>
            <numerusform>%n партньорства в действия</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group {name}?</source>
        <translation>Да се изтрие ли групата {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n memberships go with it.</source>
        <translation>
            <numerusform>Заедно с нея се изтрива и %n членство в нея.</numerusform>
            <numerusform>Заедно с нея се изтриват и %n членства в нея.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its invitations to %n meetings go with it.</source>
        <translation>
            <numerusform>Заедно с нея се изтрива и поканата ѝ за %n среща.</numerusform>
            <numerusform>Заедно с нея се изтриват и поканите ѝ за %n срещи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subgroups become top-level groups.</source>
        <translation>
            <numerusform>%n нейна подгрупа става група от най-високо ниво.</numerusform>
            <numerusform>%n нейни подгрупи стават групи от най-високо ниво.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>Нищо друго не сочи към нея.</translation>
    </message>
    <message>
        <source>Moves to the record you keep: {things}.</source>
        <translation>Към запазения запис се прехвърлят: {things}.</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Пропускане на реда</translation>
    </message>
    <message>
        <source>Update the person</source>
        <translation>Обновяване на лицето</translation>
    </message>
    <message>
        <source>Add as another person</source>
        <translation>Добавяне като друго лице</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Има проблеми</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ново</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Вече е в регистъра</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Повтаря по-ранен ред</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Какво да се направи</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Причина / какво се променя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Merge {dropped} into {kept}</source>
        <translation>Обединяване на {dropped} в {kept}</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(без организация)</translation>
    </message>
    <message>
        <source>type to find an organisation</source>
        <translation>въведете текст, за да намерите организация</translation>
    </message>
    <message>
        <source>No organisation is called {name}. Choose one from the list, or add it on the Organisations tab first.</source>
        <translation>Няма организация с наименование {name}. Изберете от списъка или първо я добавете в раздел „Организации“.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&amp;Add to group…</source>
        <translation>&amp;Добавяне към група…</translation>
    </message>
    <message>
        <source>Add the selected people to a group</source>
        <translation>Добавяне на избраните лица към група</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Обединяване…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Обединяване на два избрани дублиращи се записа в един</translation>
    </message>
    <message>
        <source>Import peop&amp;le…</source>
        <translation>&amp;Импортиране на лица…</translation>
    </message>
    <message>
        <source>Add people from an Excel (.xlsx) or CSV file</source>
        <translation>Добавяне на лица от файл на Excel (.xlsx) или CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Експортиране…</translation>
    </message>
    <message>
        <source>Write people and organisations to an Excel workbook</source>
        <translation>Записване на лицата и организациите в работна книга на Excel</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Лица</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>Органи&amp;зации</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Групи</translation>
    </message>
    <message>
        <source>Po&amp;wer/interest</source>
        <translation>&amp;Влияние/интерес</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Заинтересовани страни</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Изтриване</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Мащаб:</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Всички цели</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Цел:</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Запазване на &amp;изображение…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, SVG or PDF file</source>
        <translation>Запазване на графика като файл PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Too many actions to name each one: only the objectives are named. Choose an objective to see its actions by name.</source>
        <translation>Действията са твърде много, за да бъде назовано всяко: показани са само имената на целите. Изберете цел, за да видите действията ѝ по име.</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>График на действията</translation>
    </message>
    <message>
        <source>Double-click an action to open it</source>
        <translation>Щракнете двукратно върху действие, за да го отворите</translation>
    </message>
    <message>
        <source>{dates} · {status} · {progress} % done</source>
        <translation>{dates} · {status} · изпълнено {progress} %</translation>
    </message>
    <message>
        <source>◆ {date} {title} (done)</source>
        <translation>◆ {date} {title} (изпълнена)</translation>
    </message>
    <message>
        <source>◇ {date} {title}</source>
        <translation>◇ {date} {title}</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Запазване на графика</translation>
    </message>
    <message>
        <source>action-timeline-{date}.png</source>
        <translation>график-на-действията-{date}.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg);;PDF документ (*.pdf)</translation>
    </message>
    <message>
        <source>The image could not be written to {path}: {reason}</source>
        <translation>Изображението не може да бъде записано в {path}: {reason}</translation>
    </message>
    <message>
        <source>Timeline saved to {path}</source>
        <translation>Графикът е запазен в {path}</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tools used</source>
        <translation>Използвани инструменти</translation>
    </message>
    <message>
        <source>for example: Lego Serious Play</source>
        <translation>например: Lego Serious Play</translation>
    </message>
    <message>
        <source>Ot&amp;her tool:</source>
        <translation>&amp;Друг инструмент:</translation>
    </message>
    <message>
        <source>&amp;Add tool</source>
        <translation>Д&amp;обавяне на инструмент</translation>
    </message>
    <message>
        <source>&amp;Tools used</source>
        <translation>&amp;Използвани инструменти</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>Funding by source</source>
        <translation>Финансиране по източници</translation>
    </message>
    <message>
        <source>Cost and funding by objective</source>
        <translation>Разходи и финансиране по цели</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in an action&apos;s detail.</source>
        <translation>Все още няма редове на финансиране: добавете ги в подробностите на действие.</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>По &amp;източници</translation>
    </message>
    <message>
        <source>By &amp;objective</source>
        <translation>По &amp;цели</translation>
    </message>
    <message>
        <source>Plan totals</source>
        <translation>Общи суми по плана</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · applied {applied} · potential {potential} · gap {gap}</source>
        <translation>Общо за плана: разходи {cost} · осигурено {secured} · заявено {applied} · потенциално {potential} · недостиг {gap}</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import people</source>
        <translation>Импортиране на лица</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Електронни таблици (*.xlsx *.csv);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Прочитане на {file}…</translation>
    </message>
    <message>
        <source>Reading {file} again…</source>
        <translation>Повторно прочитане на {file}…</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Импортиране на {count} реда…</translation>
    </message>
    <message>
        <source>Import done. People added: {count}</source>
        <translation>Импортирането завърши. Добавени лица: {count}</translation>
    </message>
    <message>
        <source>updated: {count}</source>
        <translation>обновени: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>пропуснати: {count}</translation>
    </message>
    <message>
        <source>already up to date: {count}</source>
        <translation>вече актуални: {count}</translation>
    </message>
    <message>
        <source>rows with problems left out: {count}</source>
        <translation>пропуснати редове с проблеми: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>нови организации: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>нови групи: {count}</translation>
    </message>
    <message>
        <source>Export people and organisations</source>
        <translation>Експортиране на лица и организации</translation>
    </message>
    <message>
        <source>{file} stakeholders.xlsx</source>
        <translation>{file} заинтересовани страни.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Работна книга на Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {file}.</source>
        <translation>{people} лица и {organisations} организации са записани в {file}.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Записване на {file}…</translation>
    </message>
</context>
<context>
    <name>TransnationalMeetingDialog</name>
    <message>
        <source>Add transnational meeting</source>
        <translation>Добавяне на транснационална среща</translation>
    </message>
    <message>
        <source>Edit transnational meeting</source>
        <translation>Редактиране на транснационална среща</translation>
    </message>
    <message>
        <source>for example Transnational meeting in Umeå</source>
        <translation>например Транснационална среща в Умео</translation>
    </message>
    <message>
        <source>No host city</source>
        <translation>Без град домакин</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заглавие</translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation>&amp;Град домакин</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Място</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Бележки</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Незаписани промени</translation>
    </message>
    <message>
        <source>Save changes to {what}? If you do not, they are lost.</source>
        <translation>Да се запазят ли промените в {what}? Ако не, те ще бъдат загубени.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Това поле е задължително.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Въведете число.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} е извън диапазона от {low} до {high}.</translation>
    </message>
    <message>
        <source>{value} is below {low}.</source>
        <translation>{value} е под {low}.</translation>
    </message>
    <message>
        <source>{later} is before {earlier}.</source>
        <translation>{later} е преди {earlier}.</translation>
    </message>
    <message>
        <source>Unknown value {value}.</source>
        <translation>Неизвестна стойност {value}.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} не е имейл адрес.</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Изберете или лице, или организация.</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Запазване на версия</translation>
    </message>
    <message>
        <source>A copy of the whole plan as it is now is kept under this name: objectives, actions, funding, risks, indicators and targets. It starts as a draft.</source>
        <translation>Под това име се съхранява копие на целия план в текущия му вид: цели, действия, финансиране, рискове, индикатори и целеви стойности. Версията започва като чернова.</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Преименуване на версия</translation>
    </message>
    <message>
        <source>Change the name or the note of version “{name}”.</source>
        <translation>Промяна на името или бележката на версия „{name}“.</translation>
    </message>
    <message>
        <source>Optional: why it was saved, who it goes to, what changed</source>
        <translation>По избор: защо е запазена, до кого се изпраща, какво е променено</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Бележка:</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>{field}: set to {new}</source>
        <translation>{field}: зададено на {new}</translation>
    </message>
    <message>
        <source>{field}: cleared (was {old})</source>
        <translation>{field}: изчистено (беше {old})</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>No differences: the two plans are the same.</source>
        <translation>Няма разлики: двата плана са еднакви.</translation>
    </message>
    <message>
        <source>Added: {added} · Removed: {removed} · Changed: {changed}</source>
        <translation>Добавени: {added} · Премахнати: {removed} · Променени: {changed}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Добавено: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Премахнато: {item}</translation>
    </message>
    <message>
        <source>Changed: {item} — {change}</source>
        <translation>Променено: {item} — {change}</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Добавени:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Премахнати:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Променени:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Преди:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>След:</translation>
    </message>
    <message>
        <source>No version saved yet. Save a version to keep a copy of the plan as it is now, for review or for comparing later.</source>
        <translation>Все още няма запазена версия. Запазете версия, за да съхраните копие на плана в текущия му вид за преглед или за сравнение по-късно.</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Differences</source>
        <translation>Разлики</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Копиране в клипборда</translation>
    </message>
</context>
<context>
    <name>VersionTable</name>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Запазена</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>{status} (current)</source>
        <translation>{status} (текуща)</translation>
    </message>
    <message>
        <source>{objectives} objectives, {actions} actions, {indicators} indicators</source>
        <translation>Цели: {objectives}, действия: {actions}, индикатори: {indicators}</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <source>Save a version before you send the plan for review. A version keeps a copy of the whole plan; compare versions to see what changed since.</source>
        <translation>Запазете версия, преди да изпратите плана за преглед. Версията съхранява копие на целия план; сравнявайте версиите, за да видите какво се е променило оттогава.</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Запазване на версия…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Подаване за преглед</translation>
    </message>
    <message>
        <source>&amp;Return for changes</source>
        <translation>&amp;Връщане за промени</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобряване…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пре&amp;именуване…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Из&amp;триване…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Сравняване…</translation>
    </message>
    <message>
        <source>Keep a copy of the plan as it is now</source>
        <translation>Съхраняване на копие на плана в текущия му вид</translation>
    </message>
    <message>
        <source>Mark the selected version as sent for review</source>
        <translation>Отбелязване на избраната версия като изпратена за преглед</translation>
    </message>
    <message>
        <source>Mark the selected version as returned by the reviewer for changes</source>
        <translation>Отбелязване на избраната версия като върната от проверяващия за промени</translation>
    </message>
    <message>
        <source>Mark the selected version as approved; it can no longer be changed</source>
        <translation>Отбелязване на избраната версия като одобрена; тя вече не може да бъде променяна</translation>
    </message>
    <message>
        <source>See what changed between two versions, or since the selected version</source>
        <translation>Преглед на промените между две версии или след избраната версия</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Version “{name}” is approved. Your next change starts a new draft.</source>
        <translation>Версия „{name}“ е одобрена. Следващата ви промяна започва нова чернова.</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Версия {number}</translation>
    </message>
    <message>
        <source>Version “{name}” saved.</source>
        <translation>Версия „{name}“ е запазена.</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>Одобряване на версия</translation>
    </message>
    <message>
        <source>Approve version “{name}”? An approved version can no longer be renamed, deleted or changed. Later changes to the plan start a new draft.</source>
        <translation>Да бъде ли одобрена версия „{name}“? Одобрената версия вече не може да бъде преименувана, изтривана или променяна. Последващите промени в плана започват нова чернова.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобряване</translation>
    </message>
    <message>
        <source>Version “{name}”: {status}.</source>
        <translation>Версия „{name}“: {status}.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Изтриване на версия</translation>
    </message>
    <message>
        <source>Delete version “{name}” and the reviews of it? The plan itself does not change. This cannot be undone.</source>
        <translation>Да се изтрие ли версия „{name}“ и прегледите към нея? Самият план не се променя. Това не може да бъде отменено.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Version “{name}” deleted.</source>
        <translation>Версия „{name}“ е изтрита.</translation>
    </message>
</context>
</TS>
