<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action {code}</source>
        <translation>Acțiunea {code}</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Acțiune nouă</translation>
    </message>
    <message>
        <source>{code} {title} (score {score})</source>
        <translation>{code} {title} (punctaj {score})</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizații</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Finanțare</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>&amp;Jaloane</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Legături</translation>
    </message>
    <message>
        <source>Save the action (Ctrl+Enter)</source>
        <translation>Salvează acțiunea (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>Due outside the action&apos;s start and end: {titles}.</source>
        <translation>Jaloane cu termen în afara perioadei acțiunii: {titles}.</translation>
    </message>
    <message>
        <source>To check (saving is still possible):</source>
        <translation>De verificat (salvarea este totuși posibilă):</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Acțiunea nu a fost salvată</translation>
    </message>
    <message>
        <source>None: the action was not decided in a recorded meeting.</source>
        <translation>Niciuna: acțiunea nu a fost decisă într-o întâlnire înregistrată.</translation>
    </message>
    <message>
        <source>Decision {number} of “{title}” on {date}</source>
        <translation>Decizia {number} a întâlnirii „{title}” din {date}</translation>
    </message>
</context>
<context>
    <name>ActionFromDecisionDialog</name>
    <message>
        <source>Decision {number} → action of the plan</source>
        <translation>Decizia {number} → acțiune a planului</translation>
    </message>
    <message>
        <source>Decision {number}: {text}</source>
        <translation>Decizia {number}: {text}</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Obiectiv:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Cod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ip:</translation>
    </message>
    <message>
        <source>The action starts as planned; complete it (lead, dates, cost) in the Action plan area. It keeps a link to this decision.</source>
        <translation>Acțiunea pornește ca planificată; completați-o (responsabil, date, cost) în secțiunea Plan de acțiune. Ea păstrează o legătură cu această decizie.</translation>
    </message>
    <message>
        <source>&amp;Make action</source>
        <translation>&amp;Creează acțiunea</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Dați un titlu acțiunii.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Drag an objective to reorder it; drag actions from the table onto one.</source>
        <translation>Trageți un obiectiv pentru a-l reordona; trageți acțiuni din tabel peste un obiectiv.</translation>
    </message>
    <message>
        <source>Add &amp;strategic</source>
        <translation>Adaugă &amp;strategic</translation>
    </message>
    <message>
        <source>Add a strategic objective at the end</source>
        <translation>Adaugă un obiectiv strategic la sfârșit</translation>
    </message>
    <message>
        <source>Add s&amp;pecific</source>
        <translation>Adaugă s&amp;pecific</translation>
    </message>
    <message>
        <source>Add a specific objective under the selected strategic objective</source>
        <translation>Adaugă un obiectiv specific sub obiectivul strategic selectat</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumește</translation>
    </message>
    <message>
        <source>Rename the selected objective (F2)</source>
        <translation>Redenumește obiectivul selectat (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Șter&amp;ge</translation>
    </message>
    <message>
        <source>Delete the selected objective (Del)</source>
        <translation>Șterge obiectivul selectat (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mută în s&amp;us</translation>
    </message>
    <message>
        <source>Move the selected objective up (Ctrl+Up)</source>
        <translation>Mută obiectivul selectat în sus (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <source>Move the selected objective down (Ctrl+Down)</source>
        <translation>Mută obiectivul selectat în jos (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Obiective</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportă în Excel…</translation>
    </message>
    <message>
        <source>Write the actions, funding, indicators, measurements and risks to .xlsx</source>
        <translation>Scrie acțiunile, finanțarea, indicatorii, măsurătorile și riscurile în .xlsx</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importă din Excel…</translation>
    </message>
    <message>
        <source>Read an edited plan workbook back, with a preview of what changes</source>
        <translation>Citește înapoi un registru de lucru al planului editat, cu previzualizarea modificărilor</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaluri</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;curi</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiuni</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · gap {gap}</source>
        <translation>Totaluri plan: cost {cost} · asigurat {secured} · deficit {gap}</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>Acțiune &amp;nouă</translation>
    </message>
    <message>
        <source>Add an action to the selected objective (Insert)</source>
        <translation>Adaugă o acțiune la obiectivul selectat (Insert)</translation>
    </message>
    <message>
        <source>De&amp;lete action</source>
        <translation>Șterge acțiun&amp;ea</translation>
    </message>
    <message>
        <source>Delete the selected actions (Del in the table)</source>
        <translation>Șterge acțiunile selectate (Del în tabel)</translation>
    </message>
    <message>
        <source>Move a&amp;ction up</source>
        <translation>&amp;Mută acțiunea mai sus</translation>
    </message>
    <message>
        <source>Move the action up within its objective (Ctrl+Shift+Up)</source>
        <translation>Mută acțiunea mai sus în cadrul obiectivului (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>&amp;Move action down</source>
        <translation>Mută acțiunea mai j&amp;os</translation>
    </message>
    <message>
        <source>Move the action down within its objective (Ctrl+Shift+Down)</source>
        <translation>Mută acțiunea mai jos în cadrul obiectivului (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Show all ac&amp;tions</source>
        <translation>Arată &amp;toate acțiunile</translation>
    </message>
    <message>
        <source>Show the actions of every objective, not only of the selected one</source>
        <translation>Arată acțiunile tuturor obiectivelor, nu doar ale celui selectat</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acțiune</translation>
    </message>
    <message>
        <source>Delete action {code} “{title}” with its milestones, funding lines and links?</source>
        <translation>Ștergeți acțiunea {code} „{title}” împreună cu jaloanele, liniile de finanțare și legăturile ei?</translation>
    </message>
    <message>
        <source>Delete action {code}</source>
        <translation>Ștergere acțiune {code}</translation>
    </message>
    <message>
        <source>Delete {count} actions ({codes}) with their milestones, funding lines and links?</source>
        <translation>Ștergeți {count} acțiuni ({codes}) împreună cu jaloanele, liniile de finanțare și legăturile lor?</translation>
    </message>
    <message>
        <source>Delete {count} actions</source>
        <translation>Ștergere {count} acțiuni</translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Ștergere acțiuni</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Actions not deleted</source>
        <translation>Acțiunile nu au fost șterse</translation>
    </message>
    <message>
        <source>Move action {code}</source>
        <translation>Mutare acțiune {code}</translation>
    </message>
    <message>
        <source>Move action {code} to objective {objective}</source>
        <translation>Mută acțiunea {code} la obiectivul {objective}</translation>
    </message>
    <message>
        <source>Move {count} actions to objective {objective}</source>
        <translation>Mută {count} acțiuni la obiectivul {objective}</translation>
    </message>
    <message>
        <source>Action not moved</source>
        <translation>Acțiunea nu a fost mutată</translation>
    </message>
    <message>
        <source>&amp;Actions of the whole plan</source>
        <translation>&amp;Acțiunile întregului plan</translation>
    </message>
    <message>
        <source>&amp;Actions of objective {code} “{title}”</source>
        <translation>&amp;Acțiunile obiectivului {code} „{title}”</translation>
    </message>
    <message>
        <source>Renumbered: {changes}</source>
        <translation>Renumerotate: {changes}</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Obiectiv nou</translation>
    </message>
    <message>
        <source>Objective not added</source>
        <translation>Obiectivul nu a fost adăugat</translation>
    </message>
    <message>
        <source>Add strategic objective</source>
        <translation>Adăugare obiectiv strategic</translation>
    </message>
    <message>
        <source>Add specific objective</source>
        <translation>Adăugare obiectiv specific</translation>
    </message>
    <message>
        <source>Objective not renamed</source>
        <translation>Obiectivul nu a fost redenumit</translation>
    </message>
    <message>
        <source>Objective not deleted</source>
        <translation>Obiectivul nu a fost șters</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Ștergere obiectiv</translation>
    </message>
    <message>
        <source>Objective not moved</source>
        <translation>Obiectivul nu a fost mutat</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Acțiunea nu a fost modificată</translation>
    </message>
    <message>
        <source>New action {code}</source>
        <translation>Acțiune nouă {code}</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Editare acțiune</translation>
    </message>
    <message>
        <source>Edit action {code}</source>
        <translation>Editare acțiune {code}</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Redenumire obiectiv</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Mutare obiectiv</translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n people to a group</source>
        <translation>
            <numerusform>Adaugă o persoană la un grup</numerusform>
            <numerusform>Adaugă %n persoane la un grup</numerusform>
            <numerusform>Adaugă %n de persoane la un grup</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Membru din:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Ordine de zi</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Adaugă punct</translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one (Insert)</source>
        <translation>Adaugă un punct pe ordinea de zi sub cel selectat (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Elimină punctul</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Elimină punctul selectat (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mută în s&amp;us</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Mută punctul selectat în sus (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Mută punctul selectat în jos (Alt+Down)</translation>
    </message>
    <message>
        <source>Type in a cell to edit it; F2 edits the selected cell, Enter keeps it.</source>
        <translation>Tastați într-o celulă pentru a o edita; F2 editează celula selectată, Enter păstrează modificarea.</translation>
    </message>
    <message>
        <source>Total {planned} min</source>
        <translation>Total {planned} min</translation>
    </message>
    <message>
        <source>Total {planned} min of {available} min</source>
        <translation>Total {planned} min din {available} min</translation>
    </message>
    <message>
        <source>{total} — more than the meeting lasts</source>
        <translation>{total} — mai mult decât durata întâlnirii</translation>
    </message>
    <message>
        <source>Item {number}: {message}</source>
        <translation>Punctul {number}: {message}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>lagdesk cannot start</source>
        <translation>lagdesk nu poate porni</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Network</source>
        <translation>Rețea</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Părți interesate</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acțiune</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>why the scores changed (optional)</source>
        <translation>de ce s-au schimbat punctajele (opțional)</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Salvează &amp;evaluarea</translation>
    </message>
    <message>
        <source>&amp;Interest (1–5):</source>
        <translation>&amp;Interes (1–5):</translation>
    </message>
    <message>
        <source>Powe&amp;r (1–5):</source>
        <translation>&amp;Influență (1–5):</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Evaluat &amp;la:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Evaluări anterioare</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Istoric (cele mai noi primele):</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Neevaluat încă</translation>
    </message>
    <message>
        <source>Give both scores</source>
        <translation>Completați ambele punctaje</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>{extension} files (*{suffix});;All files (*)</source>
        <translation>Fișiere {extension} (*{suffix});;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>File {id} is not a photo cleared for publication.</source>
        <translation>Fișierul {id} nu este o fotografie aprobată pentru publicare.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} nu poate fi citit: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder cannot be attached).</source>
        <translation>{file} nu este un fișier (un dosar nu poate fi atașat).</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); it was not attached. Check the file.</source>
        <translation>{file} este gol (0 octeți); nu a fost atașat. Verificați fișierul.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for one file. Nothing was added. Make the file smaller (a lower resolution photo, a PDF scanned in grey) and try again.</source>
        <translation>{file} are {size} MB, peste limita de {limit} MB pentru un fișier. Nu s-a adăugat nimic. Micșorați fișierul (o fotografie cu rezoluție mai mică, un PDF scanat în tonuri de gri) și încercați din nou.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} nu poate fi scris: {reason}</translation>
    </message>
    <message>
        <source>People can be recognised in this photo and their consent has not been checked. Tick “Consent checked” first, or untick “Identifiable”.</source>
        <translation>În această fotografie pot fi recunoscute persoane, iar consimțământul lor nu a fost verificat. Bifați mai întâi „Consimțământ verificat” sau debifați „Identificabil”.</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Publicabilă</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person has been erased from the register; their attendance can only be counted anonymously.</source>
        <translation>Această persoană a fost ștearsă din registru; prezența ei poate fi numărată doar anonim.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: choose its sector.</source>
        <translation>{organisation} este o organizație nouă: alegeți sectorul ei.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nume</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Tastați numele participantului neinvitat.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>număr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>{status} (walk-in)</source>
        <translation>{status} (participant neinvitat)</translation>
    </message>
    <message>
        <source>Sector unknown</source>
        <translation>Sector necunoscut</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name or organisation…</source>
        <translation>Tastați un nume sau o organizație…</translation>
    </message>
    <message>
        <source>Find a person on the list</source>
        <translation>Găsiți o persoană pe listă</translation>
    </message>
    <message>
        <source>Invited people</source>
        <translation>Persoane invitate</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Prezent</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Absent motivat</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent nemotivat</translation>
    </message>
    <message>
        <source>Back to invited</source>
        <translation>Înapoi la invitat</translation>
    </message>
    <message>
        <source>Enter: attended · Ctrl+E: excused · Ctrl+D: no-show · Ctrl+I: back to invited · Ctrl+Z: undo</source>
        <translation>Enter: prezent · Ctrl+E: absent motivat · Ctrl+D: absent nemotivat · Ctrl+I: înapoi la invitat · Ctrl+Z: anulează</translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation>participantul neinvitat {name}</translation>
    </message>
    <message>
        <source>Choose a meeting to take its attendance.</source>
        <translation>Alegeți o întâlnire pentru a înregistra prezența.</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Participant neinvitat</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prenume și nume</translation>
    </message>
    <message>
        <source>Leave empty if none</source>
        <translation>Lăsați gol dacă nu există</translation>
    </message>
    <message>
        <source>Choose for a new organisation</source>
        <translation>Alegeți pentru o organizație nouă</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Adaugă participant &amp;neinvitat</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ume:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizație:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>Counted an&amp;onymously</source>
        <translation>Numărat an&amp;onim</translation>
    </message>
    <message>
        <source>Anonymous: {sector}, {gender}</source>
        <translation>Anonim: {sector}, {gender}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <source>Nobody on the list matches. Enter adds “{text}” as a walk-in.</source>
        <translation>Nicio persoană de pe listă nu corespunde. Enter adaugă „{text}” ca participant neinvitat.</translation>
    </message>
    <message>
        <source>Type the organisation and press Enter to add the walk-in (Escape: back).</source>
        <translation>Tastați organizația și apăsați Enter pentru a adăuga participantul neinvitat (Escape: înapoi).</translation>
    </message>
    <message>
        <source>{name} is already marked {status}.</source>
        <translation>{name} este deja marcat(ă) {status}.</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Marchează {name} ca {status}</translation>
    </message>
    <message>
        <source>{name}: {status}. Ctrl+Z undoes it.</source>
        <translation>{name}: {status}. Ctrl+Z anulează.</translation>
    </message>
    <message>
        <source>A new organisation: choose its sector, then press Enter.</source>
        <translation>O organizație nouă: alegeți sectorul, apoi apăsați Enter.</translation>
    </message>
    <message>
        <source>Add walk-in {name}</source>
        <translation>Adăugare participant neinvitat {name}</translation>
    </message>
    <message>
        <source>{name} added as a walk-in. Ctrl+Z undoes it.</source>
        <translation>{name} a fost adăugat(ă) ca participant neinvitat. Ctrl+Z anulează.</translation>
    </message>
    <message>
        <source>Count anonymously: {sector}, {gender}</source>
        <translation>Numărare anonimă: {sector}, {gender}</translation>
    </message>
    <message>
        <source>{present} present · {invited} invited</source>
        <translation>{present} prezenți · {invited} invitați</translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}</source>
        <translation>Participanți neinvitați {walk_ins} · numărați anonim {anonymous} · absenți motivat {excused} · absenți nemotivat {no_show}</translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <source>By sector: {counts}</source>
        <translation>Pe sectoare: {counts}</translation>
    </message>
    <message>
        <source>By gender: {counts}</source>
        <translation>Pe gen: {counts}</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <source>Attendance — {meeting}</source>
        <translation>Prezență — {meeting}</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Making a backup of {name}…</source>
        <translation>Se face o copie de rezervă a fișierului {name}…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {problem}</source>
        <translation>Copia de rezervă automată a eșuat: {problem}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Ceva nu a funcționat. Detaliile se află în fișierul jurnal.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup to {path} failed. The details are in the log file.</source>
        <translation>Copia de rezervă în {path} nu a reușit. Detaliile se află în fișierul jurnal.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: no such backup.</source>
        <translation>{path}: această copie de rezervă nu există.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk file, so it cannot be restored.</source>
        <translation>{path} nu este un fișier lagdesk, deci nu poate fi restaurat.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}); update lagdesk to restore it.</source>
        <translation>{path} a fost salvat de o versiune mai nouă de lagdesk (schema {revision}); actualizați lagdesk pentru a-l restaura.</translation>
    </message>
    <message>
        <source>{path} is damaged, so it cannot be restored: {problem}</source>
        <translation>{path} este deteriorat, deci nu poate fi restaurat: {problem}</translation>
    </message>
    <message>
        <source>{path} is the file itself, not a backup of it.</source>
        <translation>{path} este chiar fișierul, nu o copie de rezervă a lui.</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check; nothing was changed.</source>
        <translation>Copia fișierului {path} nu a trecut verificarea; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>The restored {path} did not pass its check; it was put back.</source>
        <translation>Fișierul restaurat {path} nu a trecut verificarea; starea anterioară a fost pusă la loc.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {detail}</source>
        <translation>Fișierul {path} nu a putut fi restaurat: {detail}</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>La deschidere</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>La închidere</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Făcută manual</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Înainte de o actualizare</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Înainte de o restaurare</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{text} is not a date like 2024-03-31</source>
        <translation>{text} nu este o dată de forma 2024-03-31</translation>
    </message>
    <message>
        <source>meetings to an iCalendar (.ics) file</source>
        <translation>întâlniri într-un fișier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>only meetings starting on or after DATE (YYYY-MM-DD)</source>
        <translation>doar întâlnirile care încep la DATE sau după (AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <source>only meetings starting on or before DATE (YYYY-MM-DD)</source>
        <translation>doar întâlnirile care încep la DATE sau înainte (AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <source>a meeting from an iCalendar (.ics) invitation</source>
        <translation>o întâlnire dintr-o invitație iCalendar (.ics)</translation>
    </message>
    <message>
        <source>{count} meeting(s) written to {path}.</source>
        <translation>Întâlniri scrise în {path}: {count}.</translation>
    </message>
    <message>
        <source>Meeting {id} imported: {title}, {start} ({zone}).</source>
        <translation>Întâlnirea {id} a fost importată: {title}, {start} ({zone}).</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>Prima zi ({start}) este după ultima zi ({end}).</translation>
    </message>
    <message>
        <source>this is not an iCalendar (.ics) file.</source>
        <translation>acesta nu este un fișier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>the invitation&apos;s {property} cannot be read.</source>
        <translation>proprietatea {property} a invitației nu poate fi citită.</translation>
    </message>
    <message>
        <source>the file holds no event (VEVENT).</source>
        <translation>fișierul nu conține niciun eveniment (VEVENT).</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART).</source>
        <translation>evenimentul nu are început (DTSTART).</translation>
    </message>
    <message>
        <source>the event ends (DTEND) before it starts (DTSTART).</source>
        <translation>evenimentul se termină (DTEND) înainte de a începe (DTSTART).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Manage closely</source>
        <translation>Gestionare atentă</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Menținere satisfăcută</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Menținere informată</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Nicio evaluare încă</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interes</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Influență</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Prezență pe sectoare</translation>
    </message>
    <message>
        <source>People attending</source>
        <translation>Persoane prezente</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Data întâlnirii</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Fără sector</translation>
    </message>
    <message>
        <source>No meetings to show</source>
        <translation>Nicio întâlnire de afișat</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Luni</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Ani</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Calendarul acțiunilor</translation>
    </message>
    <message>
        <source>Action timeline, page {page} of {pages}</source>
        <translation>Calendarul acțiunilor, pagina {page} din {pages}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Milestone done</source>
        <translation>Jalon atins</translation>
    </message>
    <message>
        <source>No actions to show</source>
        <translation>Nicio acțiune de afișat</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Fără obiectiv</translation>
    </message>
    <message>
        <source>{objective} (continued)</source>
        <translation>{objective} (continuare)</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Fără date</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Fără dată de început</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Fără dată de sfârșit</translation>
    </message>
    <message>
        <source>End before start</source>
        <translation>Sfârșit înainte de început</translation>
    </message>
    <message>
        <source>Actions without a bar (dates missing): {count}</source>
        <translation>Acțiuni fără bară (lipsesc datele): {count}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Măsurat</translation>
    </message>
    <message>
        <source>Measured (running total)</source>
        <translation>Măsurat (total cumulat)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jaloane</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Progres așteptat</translation>
    </message>
    <message>
        <source>Current value: {value}   Progress: {progress}</source>
        <translation>Valoare curentă: {value}   Progres: {progress}</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nedefinit</translation>
    </message>
    <message>
        <source>No baseline, target or measurement to show</source>
        <translation>Nicio valoare de referință, țintă sau măsurătoare de afișat</translation>
    </message>
    <message>
        <source>Indicator status</source>
        <translation>Starea indicatorilor</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Finanțare pe surse și stări</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Local group by sector and gender</source>
        <translation>Grupul local pe sectoare și gen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nimic de afișat încă</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Schema revision {revision} is older; lagdesk upgrades it when the file is opened.</source>
        <translation>Revizia de schemă {revision} este mai veche; lagdesk o actualizează la deschiderea fișierului.</translation>
    </message>
    <message>
        <source>The schema revision is missing.</source>
        <translation>Revizia de schemă lipsește.</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this lagdesk knows.</source>
        <translation>Revizia de schemă {revision} este mai nouă decât cunoaște această versiune lagdesk.</translation>
    </message>
    <message>
        <source>Integrity: {message}</source>
        <translation>Integritate: {message}</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: refers to a missing row of {parent}.</source>
        <translation>Tabelul {table}, rândul {rowid}: face referire la un rând inexistent din {parent}.</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: column {column} holds text that is not valid UTF-8.</source>
        <translation>Tabelul {table}, rândul {rowid}: coloana {column} conține text care nu este UTF-8 valid.</translation>
    </message>
    <message>
        <source>{count} more values are not valid UTF-8 text.</source>
        <translation>Încă {count} valori nu sunt text UTF-8 valid.</translation>
    </message>
    <message>
        <source>Table {table} is missing.</source>
        <translation>Tabelul {table} lipsește.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Chosen only</source>
        <translation>Doar cele alese</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} și încă {count}</translation>
    </message>
    <message>
        <source>Chosen ({count}): {names}</source>
        <translation>Alese ({count}): {names}</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>Nimic ales.</translation>
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
        <translation>Activare</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificare</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementare</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partener principal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Societate civilă</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Mediul academic</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binar</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefer să nu spun</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Grup local</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grup de lucru</translation>
    </message>
    <message>
        <source>Steering board</source>
        <translation>Comitet director</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Listă de corespondență</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Președinte</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonator</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observator</translation>
    </message>
    <message>
        <source>Local group membership</source>
        <translation>Apartenența la grupul local</translation>
    </message>
    <message>
        <source>Photo publication</source>
        <translation>Publicarea fotografiilor</translation>
    </message>
    <message>
        <source>Sharing contacts with partners</source>
        <translation>Partajarea datelor de contact cu partenerii</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Buletin informativ</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Formular scris</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Formular online</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Local group meeting</source>
        <translation>Întâlnire a grupului local</translation>
    </message>
    <message>
        <source>Thematic workshop</source>
        <translation>Atelier tematic</translation>
    </message>
    <message>
        <source>Co-design workshop</source>
        <translation>Atelier de co-proiectare</translation>
    </message>
    <message>
        <source>Site or study visit</source>
        <translation>Vizită de teren sau de studiu</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Întâlnire transnațională</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Testing action event</source>
        <translation>Eveniment de acțiune de testare</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitat</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Înscris</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Prezent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Absent motivat</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent nemotivat</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Signed attendance list</source>
        <translation>Listă de prezență semnată</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Fișier doveditor</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Depusă spre revizuire</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnată</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobată</translation>
    </message>
    <message>
        <source>Strategic objective</source>
        <translation>Obiectiv strategic</translation>
    </message>
    <message>
        <source>Specific objective</source>
        <translation>Obiectiv specific</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investiție</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Consolidarea capacităților</translation>
    </message>
    <message>
        <source>Policy or regulation</source>
        <translation>Politică sau reglementare</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Achiziții publice</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicare</translation>
    </message>
    <message>
        <source>Testing action</source>
        <translation>Acțiune de testare</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificată</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizată</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Întârziată</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <source>01 Gender targeting</source>
        <translation>01 Vizează egalitatea de gen</translation>
    </message>
    <message>
        <source>02 Gender mainstreaming</source>
        <translation>02 Integrează dimensiunea de gen</translation>
    </message>
    <message>
        <source>03 Gender neutral</source>
        <translation>03 Neutră din perspectiva genului</translation>
    </message>
    <message>
        <source>City budget</source>
        <translation>Bugetul local</translation>
    </message>
    <message>
        <source>ERDF</source>
        <translation>FEDR</translation>
    </message>
    <message>
        <source>National funds</source>
        <translation>Fonduri naționale</translation>
    </message>
    <message>
        <source>Private funds</source>
        <translation>Fonduri private</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Asigurată</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Solicitată</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potențială</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politic</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financiar</translation>
    </message>
    <message>
        <source>Legal or procurement</source>
        <translation>Juridic sau achiziții</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacitate</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Părți interesate</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atenuat</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Realizare</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
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
        <translation>Persoane</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Da/nu</translation>
    </message>
    <message>
        <source>Increase is good</source>
        <translation>Creșterea este favorabilă</translation>
    </message>
    <message>
        <source>Decrease is good</source>
        <translation>Scăderea este favorabilă</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulativ</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Ultima valoare</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrial</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Semestrial</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>O singură dată</translation>
    </message>
    <message>
        <source>Not disaggregated</source>
        <translation>Nedefalcat</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Pe sexe</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risc</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Fără date</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atins</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Conform planului</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>În risc</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Întârziat</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>import records from a file</source>
        <translation>importă înregistrări dintr-un fișier</translation>
    </message>
    <message>
        <source>export records to a file</source>
        <translation>exportă înregistrări într-un fișier</translation>
    </message>
    <message>
        <source>the lagdesk database file</source>
        <translation>fișierul de bază de date lagdesk</translation>
    </message>
    <message>
        <source>language: en, pl, lv, ro or bg</source>
        <translation>limba: en, pl, lv, ro sau bg</translation>
    </message>
    <message>
        <source>lagdesk: stakeholders, meetings and the Integrated Action Plan of a local group.</source>
        <translation>lagdesk: părțile interesate, întâlnirile și Planul Integrat de Acțiune al unui grup local.</translation>
    </message>
    <message>
        <source>{path} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{path} a fost actualizat la această versiune de lagdesk; o copie a lui, așa cum era, se află în {backup}.</translation>
    </message>
    <message>
        <source>wait up to SECONDS while the file is open in lagdesk (default: refuse at once)</source>
        <translation>așteaptă până la SECONDS secunde cât timp fișierul este deschis în lagdesk (implicit: refuză imediat)</translation>
    </message>
    <message>
        <source>{path} is open in lagdesk (a window or another command); nothing was changed. Close it there and try again, or add --wait SECONDS to wait for it.</source>
        <translation>{path} este deschis în lagdesk (într-o fereastră sau într-o altă comandă); nu s-a modificat nimic. Închideți-l acolo și încercați din nou sau adăugați --wait SECONDS pentru a-l aștepta.</translation>
    </message>
    <message>
        <source>waiting for {path}: it is open in lagdesk (a window or another command) (up to {seconds} s)…</source>
        <translation>se așteaptă {path}: este deschis în lagdesk (într-o fereastră sau într-o altă comandă) (până la {seconds} s)…</translation>
    </message>
    <message>
        <source>{path} is still open in lagdesk (a window or another command) after {seconds} s; nothing was changed.</source>
        <translation>{path} este încă deschis în lagdesk (într-o fereastră sau într-o altă comandă) după {seconds} s; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>fill a new database with demo data</source>
        <translation>completează o bază de date nouă cu date demonstrative</translation>
    </message>
    <message>
        <source>check integrity, foreign keys and the schema revision</source>
        <translation>verifică integritatea, cheile externe și revizia de schemă</translation>
    </message>
    <message>
        <source>copy the database safely while in use</source>
        <translation>copiază în siguranță baza de date în timpul utilizării</translation>
    </message>
    <message>
        <source>list the backups of the database: automatic and upgrade</source>
        <translation>listează copiile de rezervă ale bazei de date: automate și dinaintea actualizărilor</translation>
    </message>
    <message>
        <source>put a backup in place of the database, keeping the current state</source>
        <translation>pune o copie de rezervă în locul bazei de date, păstrând starea actuală</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nu cere confirmare</translation>
    </message>
    <message>
        <source>salvage what can be read from a damaged database into a new file</source>
        <translation>salvează într-un fișier nou ce se poate citi dintr-o bază de date deteriorată</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>Încă nu există copii de rezervă ale fișierului {path}.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cale</translation>
    </message>
    <message>
        <source>restore replaces {path}; add --yes to confirm when not asked at a terminal.</source>
        <translation>restore înlocuiește {path}; adăugați --yes pentru a confirma când comanda nu rulează într-un terminal.</translation>
    </message>
    <message>
        <source>Replace {path} with the backup {backup}? The current state is kept beside it. [y/N] </source>
        <translation>Înlocuiți {path} cu copia de rezervă {backup}? Starea actuală se păstrează alături. [d/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>d</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>{path} restored from {backup}.</source>
        <translation>{path} a fost restaurat din {backup}.</translation>
    </message>
    <message>
        <source>The previous state was moved to {previous}.</source>
        <translation>Starea anterioară a fost mutată în {previous}.</translation>
    </message>
    <message>
        <source>{path} is the damaged file or part of it; choose another name.</source>
        <translation>{path} este fișierul deteriorat sau o parte a lui; alegeți alt nume.</translation>
    </message>
    <message>
        <source>Recovered from {source} into {path} (schema {revision}):</source>
        <translation>Recuperat din {source} în {path} (schema {revision}):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>read</source>
        <translation>citite</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>recuperate</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>eliminate</translation>
    </message>
    <message>
        <source>Parts of these tables could not be read: {tables}</source>
        <translation>Părți din aceste tabele nu au putut fi citite: {tables}</translation>
    </message>
    <message>
        <source>These tables could not be read at all: {tables}</source>
        <translation>Aceste tabele nu au putut fi citite deloc: {tables}</translation>
    </message>
    <message>
        <source>indicators: progress as of DATE (YYYY-MM-DD), not today</source>
        <translation>indicatori: progresul la data DATE (AAAA-LL-ZZ), nu la data de azi</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>înlocuiește FILE dacă există</translation>
    </message>
    <message>
        <source>--as-of goes with list indicators only</source>
        <translation>--as-of se folosește doar cu list indicators</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} nu este o dată; scrieți-o sub forma AAAA-LL-ZZ</translation>
    </message>
    <message>
        <source>print a list of records</source>
        <translation>afișează o listă de înregistrări</translation>
    </message>
    <message>
        <source>attendance: only this meeting</source>
        <translation>prezență: doar această întâlnire</translation>
    </message>
    <message>
        <source>the command {command} needs a subject</source>
        <translation>comanda {command} are nevoie de un subiect</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in {path}</source>
        <translation>eroare neașteptată ({kind}); detaliile se află în {path}</translation>
    </message>
    <message>
        <source>Demo data ({size}) written to {path}: {total} records.</source>
        <translation>Datele demonstrative ({size}) au fost scrise în {path}: {total} înregistrări.</translation>
    </message>
    <message>
        <source>{path}: sound (schema {revision}).</source>
        <translation>{path}: în regulă (schema {revision}).</translation>
    </message>
    <message>
        <source>{path}: {count} problem(s) found:</source>
        <translation>{path}: probleme găsite: {count}:</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name or add --force.</source>
        <translation>{path} există deja; alegeți alt nume sau adăugați --force.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: dosarul nu există.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Copia de rezervă a fost scrisă în {path}.</translation>
    </message>
    <message>
        <source>--meeting goes with list attendance only</source>
        <translation>--meeting se folosește doar cu list attendance</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Compară versiunile</translation>
    </message>
    <message>
        <source>{name} ({saved})</source>
        <translation>{name} ({saved})</translation>
    </message>
    <message>
        <source>The plan now (not saved as a version)</source>
        <translation>Planul actual (nesalvat ca versiune)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <source>From version “{old}” to the plan now</source>
        <translation>De la versiunea „{old}” la planul actual</translation>
    </message>
    <message>
        <source>From version “{old}” to version “{new}”</source>
        <translation>De la versiunea „{old}” la versiunea „{new}”</translation>
    </message>
</context>
<context>
    <name>Composition</name>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>civic</source>
        <translation>societate civilă</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>mediul academic</translation>
    </message>
    <message>
        <source>Women are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Femeile reprezintă {percent} % dintre membrii al căror gen este cunoscut (mai puțin de {threshold} %).</translation>
    </message>
    <message>
        <source>Men are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Bărbații reprezintă {percent} % dintre membrii al căror gen este cunoscut (mai puțin de {threshold} %).</translation>
    </message>
    <message>
        <source>The group has no active members.</source>
        <translation>Grupul nu are membri activi.</translation>
    </message>
    <message>
        <source>No one from the {sector} sector.</source>
        <translation>Nimeni din sectorul {sector}.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>Members by sector and gender</source>
        <translation>Membri pe sectoare și gen</translation>
    </message>
    <message>
        <source>Choose a group to see who is in it.</source>
        <translation>Alegeți un grup pentru a vedea cine face parte din el.</translation>
    </message>
    <message>
        <source>{count} people are active members today (subgroups included).</source>
        <translation>Membri activi astăzi (inclusiv subgrupurile): {count} persoane.</translation>
    </message>
    <message>
        <source>Organisations that are members in their own right: {parts}.</source>
        <translation>Organizații care sunt membre în nume propriu: {parts}.</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>Other</source>
        <translation>Altă metodă</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent records</source>
        <translation>Evidența consimțămintelor</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Înregistrați un consimțământ</translation>
    </message>
    <message>
        <source>for example: signed form in the ULG folder</source>
        <translation>de exemplu: formular semnat în dosarul GLU</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>&amp;Adaugă consimțământ</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Sco&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Dat la:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Mod:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Do&amp;vadă:</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw the selected consent</source>
        <translation>Re&amp;trage consimțământul selectat</translation>
    </message>
    <message>
        <source>Withdrawn o&amp;n:</source>
        <translation>Retras &amp;la:</translation>
    </message>
    <message>
        <source>Consent changes are stored when you choose OK.</source>
        <translation>Modificările consimțămintelor se salvează când alegeți OK.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: fișierul nu există.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.</source>
        <translation>{path} nu este o bază de date lagdesk. Alegeți un fișier creat de lagdesk sau un nume de fișier nou.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.</source>
        <translation>{path} a fost salvat de o versiune mai nouă de lagdesk (schema {revision}). Actualizați lagdesk pentru a-l deschide; fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it there and try again.</source>
        <translation>{path} este folosit de alt program. Închideți-l acolo și încercați din nou.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} este deteriorat și nu poate fi deschis. Restaurați-l dintr-o copie de rezervă.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} nu poate fi deschis: {detail}</translation>
    </message>
    <message>
        <source>{path} is read-only, so lagdesk cannot save changes to it. Check that you may write to the file and its folder, or copy it to a folder of your own.</source>
        <translation>{path} este doar pentru citire, așa că lagdesk nu poate salva modificări în el. Verificați dacă aveți drept de scriere în fișier și în dosarul lui sau copiați-l într-un dosar al dumneavoastră.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no lagdesk data; it was not changed. Restore it from a backup, or use File &gt; New file to start a new file.</source>
        <translation>{path} este gol (0 octeți), deci nu conține date lagdesk; nu a fost modificat. Restaurați-l dintr-o copie de siguranță sau folosiți Fișier &gt; Fișier nou pentru a începe un fișier nou.</translation>
    </message>
    <message>
        <source>The folder of {path} has gone (deleted or unmounted), so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>Dosarul lui {path} a dispărut (șters sau demontat), deci modificările nu mai pot fi salvate acolo. Munca dvs. este încă în memorie: folosiți „Salvare copie ca…” pentru a o păstra.</translation>
    </message>
    <message>
        <source>{path} was moved, deleted or replaced by another program while it was open, so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>{path} a fost mutat, șters sau înlocuit de alt program cât timp era deschis, deci modificările nu mai pot fi salvate acolo. Munca dvs. este încă în memorie: folosiți „Salvare copie ca…” pentru a o păstra.</translation>
    </message>
    <message>
        <source>Another program deleted {path}-wal, which holds the latest changes of {path}. lagdesk wrote your work into {path}; to be safe, also use Save a copy as… and then open that copy.</source>
        <translation>Alt program a șters {path}-wal, care conține cele mai recente modificări ale lui {path}. lagdesk a scris munca dvs. în {path}; pentru siguranță, folosiți și „Salvare copie ca…”, apoi deschideți acea copie.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and try again.</source>
        <translation>Discul pe care se află {path} este plin. Eliberați spațiu și încercați din nou.</translation>
    </message>
    <message>
        <source>{path} could not be read or written (disk I/O error). Check that the drive that holds it is still connected, then try again.</source>
        <translation>{path} nu a putut fi citit sau scris (eroare de intrare/ieșire a discului). Verificați dacă unitatea pe care se află este încă conectată, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: its path is {length} bytes long, and the database engine takes at most {limit}. Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>{path} nu poate fi deschis: calea sa are {length} octeți, iar motorul bazei de date acceptă cel mult {limit}. Mutați fișierul într-un dosar cu o cale mai scurtă sau dați-i un nume mai scurt.</translation>
    </message>
    <message>
        <source>{path} belongs to the lagdesk file {file}: a copy written there would damage it. Choose another name.</source>
        <translation>{path} aparține fișierului lagdesk {file}: o copie scrisă acolo l-ar deteriora. Alegeți alt nume.</translation>
    </message>
    <message>
        <source>Upgrading {path} was stopped and undone: row {rowid} of {table} would refer to a missing row of {parent} ({count} such rows). The file was not changed.</source>
        <translation>Actualizarea fișierului {path} a fost oprită și anulată: rândul {rowid} din {table} ar face trimitere la un rând inexistent din {parent} ({count} astfel de rânduri). Fișierul nu a fost modificat.</translation>
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
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>Din decizie</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>This cannot be deleted: other records still depend on it ({detail}).</source>
        <translation>Acest element nu poate fi șters: alte înregistrări depind încă de el ({detail}).</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {table} id {id} has been given to a new record since.</source>
        <translation>Ștergerea nu poate fi anulată: {table} cu id {id} a fost atribuit între timp unei înregistrări noi.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: it needs {table} id {id}, which has been deleted since.</source>
        <translation>Ștergerea nu poate fi anulată: necesită {table} cu id {id}, care a fost șters între timp.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {detail}</source>
        <translation>Ștergerea nu poate fi anulată: {detail}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already holds stakeholders, meetings, a plan or a network. The demo is only written into a new or empty file: choose another file name.</source>
        <translation>{path} conține deja părți interesate, întâlniri, un plan sau o rețea. Datele demonstrative se scriu doar într-un fișier nou sau gol: alegeți alt nume de fișier.</translation>
    </message>
    <message>
        <source>Network and partners</source>
        <translation>Rețea și parteneri</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Groups and memberships</source>
        <translation>Grupuri și apartenențe</translation>
    </message>
    <message>
        <source>Consents and stakeholder mapping</source>
        <translation>Consimțăminte și cartografierea părților interesate</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acțiune</translation>
    </message>
    <message>
        <source>Indicators and measurements</source>
        <translation>Indicatori și măsurători</translation>
    </message>
    <message>
        <source>Plan versions and reviews</source>
        <translation>Versiuni ale planului și revizuiri</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organizații și persoane</translation>
    </message>
    <message>
        <source>Groups, consents and stakeholder mapping</source>
        <translation>Grupuri, consimțăminte și cartografierea părților interesate</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Întâlniri și prezență</translation>
    </message>
    <message>
        <source>Indicators and review</source>
        <translation>Indicatori și revizuire</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Renunță</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>In the file now</source>
        <translation>Acum în fișier</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Al dumneavoastră</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it.</source>
        <translation>Această înregistrare a fost modificată în altă parte de când ați deschis-o.</translation>
    </message>
    <message>
        <source>Which values do you want to keep?</source>
        <translation>Ce valori doriți să păstrați?</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Păstrează-le pe ale &amp;mele</translation>
    </message>
    <message>
        <source>Keep the &amp;file&apos;s</source>
        <translation>Păstrează-le pe cele din &amp;fișier</translation>
    </message>
    <message>
        <source>lagdesk met an unexpected problem</source>
        <translation>lagdesk a întâmpinat o problemă neașteptată</translation>
    </message>
    <message>
        <source>Something went wrong inside lagdesk. Your data saved so far is safe. If it happens again, please send the log file to the people who support lagdesk.</source>
        <translation>A apărut o eroare în lagdesk. Datele salvate până acum sunt în siguranță. Dacă se repetă, trimiteți fișierul jurnal persoanelor care asigură asistența pentru lagdesk.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fișier jurnal: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Deschide dosarul jurnalului</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Fără dată</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Termen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No {what} with id {key}.</source>
        <translation>Nu există {what} cu id {key}.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rândul {row}</translation>
    </message>
    <message>
        <source>A record with the same key already exists ({detail}).</source>
        <translation>Există deja o înregistrare cu aceeași cheie ({detail}).</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it ({fields}); nothing was stored.</source>
        <translation>Această înregistrare a fost modificată în altă parte de când ați deschis-o ({fields}); nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist, or is still in use.</source>
        <translation>Aceasta face referire la o înregistrare care nu există sau care este încă folosită.</translation>
    </message>
    <message>
        <source>The values break a rule of the database ({detail}).</source>
        <translation>Valorile încalcă o regulă a bazei de date ({detail}).</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence files</source>
        <translation>Fișiere doveditoare</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fișiere</translation>
    </message>
    <message>
        <source>No evidence yet. Add the files that prove this value: a scan of a register, a spreadsheet extract, a signed statement (up to {limit} MB each).</source>
        <translation>Niciun fișier doveditor încă. Adăugați fișierele care dovedesc această valoare: o scanare a unui registru, un extras dintr-o foaie de calcul, o declarație semnată (maximum {limit} MB fiecare).</translation>
    </message>
    <message>
        <source>This measurement has been deleted. Undo the delete (Ctrl+Z) to see its evidence.</source>
        <translation>Această măsurătoare a fost ștearsă. Anulați ștergerea (Ctrl+Z) pentru a vedea fișierele doveditoare.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Adaugă fișiere…</translation>
    </message>
    <message>
        <source>Add evidence files to this measurement (Insert)</source>
        <translation>Adaugă fișiere doveditoare la această măsurătoare (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salvează o copie…</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder</source>
        <translation>Scrie o copie a fișierului selectat într-un dosar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <source>Remove the selected files (Delete); you can undo this with Ctrl+Z</source>
        <translation>Elimină fișierele selectate (Delete); puteți anula cu Ctrl+Z</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Adăugare fișiere doveditoare</translation>
    </message>
    <message>
        <source>All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Toate fișierele (*);;Documente (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Imagini (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Adăugare fișier doveditor {name}</translation>
    </message>
    <message>
        <source>Add {count} evidence files</source>
        <translation>Adăugare {count} fișiere doveditoare</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Salvare copie: {name}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvare copie</translation>
    </message>
    <message>
        <source>Remove evidence files</source>
        <translation>Eliminare fișiere doveditoare</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>Eliminare fișier doveditor {name}</translation>
    </message>
    <message>
        <source>Remove {count} evidence files</source>
        <translation>Eliminare {count} fișiere doveditoare</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fișier</numerusform>
            <numerusform>%n fișiere</numerusform>
            <numerusform>%n de fișiere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugat</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nou…</translation>
    </message>
    <message>
        <source>Start a new lagdesk file</source>
        <translation>Creează un fișier lagdesk nou</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <source>Open another lagdesk file</source>
        <translation>Deschide alt fișier lagdesk</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Deschise &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Copie de rezervă acum…</translation>
    </message>
    <message>
        <source>Save a copy of this file, for example on a USB stick</source>
        <translation>Salvează o copie a acestui fișier, de exemplu pe un stick USB</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurează din copia de rezervă…</translation>
    </message>
    <message>
        <source>Put one of this file&apos;s automatic backups in its place</source>
        <translation>Pune în locul acestui fișier una dintre copiile lui de rezervă automate</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>New lagdesk file</source>
        <translation>Fișier lagdesk nou</translation>
    </message>
    <message>
        <source>New file.sqlite</source>
        <translation>Fișier nou.sqlite</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or use File &gt; Open to open it.</source>
        <translation>{path} există deja. Alegeți alt nume sau folosiți Fișier &gt; Deschide pentru a-l deschide.</translation>
    </message>
    <message>
        <source>Open lagdesk file</source>
        <translation>Deschide fișier lagdesk</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Deschise recent</translation>
    </message>
    <message>
        <source>{path} no longer exists, so it was removed from the list.</source>
        <translation>{path} nu mai există, de aceea a fost eliminat din listă.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Golește lista</translation>
    </message>
    <message>
        <source>lagdesk files (*.sqlite *.db)</source>
        <translation>Fișiere lagdesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Copie de rezervă acum</translation>
    </message>
    <message>
        <source>Making a backup copy of {name}…</source>
        <translation>Se face o copie de rezervă a fișierului {name}…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Copia de rezervă a fost salvată în {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Copia de rezervă nu a reușit</translation>
    </message>
</context>
<context>
    <name>FileHealth</name>
    <message>
        <source>Read-only: changes cannot be saved here</source>
        <translation>Doar citire: modificările nu pot fi salvate aici</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Salvare copie ca…</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Restore from a backup (File → Restore from backup…) or run lagdesk recover --db {path} --out NEW_FILE to save what can still be read.</source>
        <translation>{path} este deteriorat ({problem}). Restaurați-l dintr-o copie de siguranță (Fișier → Restaurare din copie de siguranță…) sau rulați lagdesk recover --db {path} --out FISIER_NOU pentru a salva ce se mai poate citi.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Salvare copie ca</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Copia nu a fost salvată</translation>
    </message>
    <message>
        <source>The copy {path} is now open.</source>
        <translation>Copia {path} este acum deschisă.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Files of the meeting</source>
        <translation>Fișierele întâlnirii</translation>
    </message>
    <message>
        <source>Mark who is shown, so that erasing a person finds their photos</source>
        <translation>Marcați cine apare, astfel încât ștergerea unei persoane să-i găsească fotografiile</translation>
    </message>
    <message>
        <source>Add photos and documents; you can also drag files onto this list</source>
        <translation>Adăugați fotografii și documente; puteți și trage fișiere pe această listă</translation>
    </message>
    <message>
        <source>No files yet: add photos and documents, or drag them here.</source>
        <translation>Niciun fișier încă: adăugați fotografii și documente sau trageți-le aici.</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Selectați un fișier pentru a-l vedea aici.</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · added on {added}</source>
        <translation>{name}
{kind} · {size} · adăugat la {added}</translation>
    </message>
    <message>
        <source>Taken on {date}</source>
        <translation>Realizată la {date}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to see it.</source>
        <translation>Nu există previzualizare pentru acest tip de fișier. Folosiți Deschide pentru a-l vedea.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Această imagine nu poate fi afișată.</translation>
    </message>
    <message>
        <source>People in this photo: {names}</source>
        <translation>Persoane în această fotografie: {names}</translation>
    </message>
    <message>
        <source>Nobody is marked in this photo.</source>
        <translation>Nimeni nu este marcat în această fotografie.</translation>
    </message>
    <message>
        <source>Add a signed attendance list</source>
        <translation>Adaugă o listă de prezență semnată</translation>
    </message>
    <message>
        <source>Add files to the meeting</source>
        <translation>Adaugă fișiere la întâlnire</translation>
    </message>
    <message>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</source>
        <translation>Toate fișierele (*);;Fotografii (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Documente (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adăugare fișiere</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Adăugare {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files</source>
        <translation>
            <numerusform>Adăugare un fișier</numerusform>
            <numerusform>Adăugare %n fișiere</numerusform>
            <numerusform>Adăugare %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>Change file</source>
        <translation>Modificare fișier</translation>
    </message>
    <message>
        <source>Mark {name} publishable</source>
        <translation>Marcare {name} ca publicabil</translation>
    </message>
    <message>
        <source>Untick consent of {name}</source>
        <translation>Debifare consimțământ pentru {name}</translation>
    </message>
    <message>
        <source>Edit the caption of {name}</source>
        <translation>Editare legendă pentru {name}</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Modificare {name}</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <translation>Persoane în această fotografie</translation>
    </message>
    <message>
        <source>Mark the people in {name}</source>
        <translation>Marcați persoanele din {name}</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Salvare {name} ca</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvare ca</translation>
    </message>
    <message>
        <source>Saved {name} to {path}</source>
        <translation>{name} a fost salvat în {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>People in this photo…</source>
        <translation>Persoane în această fotografie…</translation>
    </message>
    <message>
        <source>Open a copy with the program your system uses (Enter in the list)</source>
        <translation>Deschide o copie cu programul folosit de sistem (Enter în listă)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>Save a copy of the file (Ctrl+Shift+S)</source>
        <translation>Salvează o copie a fișierului (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>A&amp;daugă fișiere…</translation>
    </message>
    <message>
        <source>Add signed attendance list…</source>
        <translation>Adaugă listă de prezență semnată…</translation>
    </message>
    <message>
        <source>Delete the selected files (Delete in the list)</source>
        <translation>Șterge fișierele selectate (Delete în listă)</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from the folder.</source>
        <translation>Niciun program de pe acest calculator nu deschide {name}. Folosiți Salvează ca… și deschideți-l din dosar.</translation>
    </message>
    <message>
        <source>Opened a copy of {name}; changes to it are not stored in lagdesk.</source>
        <translation>S-a deschis o copie a fișierului {name}; modificările aduse ei nu se salvează în lagdesk.</translation>
    </message>
    <message>
        <source>Delete {name} from this meeting?</source>
        <translation>Ștergeți {name} din această întâlnire?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Ștergere {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n files from this meeting?</source>
        <translation>
            <numerusform>Ștergeți acest fișier din această întâlnire?</numerusform>
            <numerusform>Ștergeți aceste %n fișiere din această întâlnire?</numerusform>
            <numerusform>Ștergeți aceste %n de fișiere din această întâlnire?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n files</source>
        <translation>
            <numerusform>Ștergere %n fișier</numerusform>
            <numerusform>Ștergere %n fișiere</numerusform>
            <numerusform>Ștergere %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>{question} You can undo this with Edit &gt; Undo.</source>
        <translation>{question} Puteți anula cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Ștergere fișiere</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fișiere</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Other</source>
        <translation>Altă frecvență</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>Other</source>
        <translation>Altă sursă</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Funding l&amp;ines (F2 edits an amount):</source>
        <translation>&amp;Linii de finanțare (F2 editează o sumă):</translation>
    </message>
    <message>
        <source>&amp;Add funding line</source>
        <translation>&amp;Adaugă linie de finanțare</translation>
    </message>
    <message>
        <source>&amp;Remove funding line</source>
        <translation>&amp;Elimină linia de finanțare</translation>
    </message>
    <message>
        <source>funding amount</source>
        <translation>suma finanțării</translation>
    </message>
    <message>
        <source>the amount “{text}” is not a number.</source>
        <translation>suma „{text}” nu este un număr.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nestabilit</translation>
    </message>
    <message>
        <source>Estimated cost {cost} · funding lines {funded}
Secured {secured} ({share} of the cost) · applied {applied} · potential {potential}
Funding gap (cost − secured) {gap}</source>
        <translation>Cost estimat {cost} · linii de finanțare {funded}
Asigurat {secured} ({share} din cost) · solicitat {applied} · potențial {potential}
Deficit de finanțare (cost − asigurat) {gap}</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriere:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>O&amp;biectiv:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ip:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stare:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progres:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Încep&amp;ut:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;fârșit:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Cost estimat</translation>
    </message>
    <message>
        <source>Estimated &amp;cost:</source>
        <translation>&amp;Cost estimat:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>Re&amp;zultat așteptat:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>Rea&amp;lizări:</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>Ge&amp;n</translation>
    </message>
    <message>
        <source>G&amp;reen</source>
        <translation>&amp;Verde</translation>
    </message>
    <message>
        <source>D&amp;igital</source>
        <translation>Digit&amp;al</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichete:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separate prin virgulă</translation>
    </message>
    <message>
        <source>Ot&amp;her tags:</source>
        <translation>Alte etic&amp;hete:</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Neevaluat</translation>
    </message>
    <message>
        <source>01: the action targets gender equality; 02: gender equality is mainstreamed in it; 03: it is gender neutral.</source>
        <translation>01: acțiunea vizează egalitatea de gen; 02: egalitatea de gen este integrată în ea; 03: este neutră din perspectiva genului.</translation>
    </message>
    <message>
        <source>EU gender di&amp;mension:</source>
        <translation>Di&amp;mensiunea de gen UE:</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>cost estimat</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nu este o sumă.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Grup nou</translation>
    </message>
    <message>
        <source>{name} — group</source>
        <translation>{name} — grup</translation>
    </message>
    <message>
        <source>for example: Working group on social clauses</source>
        <translation>de exemplu: Grup de lucru privind clauzele sociale</translation>
    </message>
    <message>
        <source>(none: a top-level group)</source>
        <translation>(niciunul: grup de nivel superior)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Parte din:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scriere:</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membri</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Other</source>
        <translation>Alt tip</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>Grup &amp;nou…</translation>
    </message>
    <message>
        <source>Ed&amp;it group…</source>
        <translation>&amp;Editează grupul…</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>Șter&amp;ge grupul</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Make-up of the group today</source>
        <translation>Componența grupului astăzi</translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation>Membrii grupului {group}</translation>
    </message>
    <message>
        <source>Add group {name}</source>
        <translation>Adăugare grup {name}</translation>
    </message>
    <message>
        <source>Edit group {name}</source>
        <translation>Editare grup {name}</translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation>Grupul {name} a fost salvat.</translation>
    </message>
    <message>
        <source>End the membership of {name}</source>
        <translation>Încheierea calității de membru pentru {name}</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Ștergere grup</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Delete group {name}</source>
        <translation>Ștergere grup {name}</translation>
    </message>
</context>
<context>
    <name>Iap</name>
    <message>
        <source>the Integrated Action Plan to a .docx, .pdf or .html file</source>
        <translation>Planul Integrat de Acțiune într-un fișier .docx, .pdf sau .html</translation>
    </message>
    <message>
        <source>a saved version of the plan (default: the plan as it is now)</source>
        <translation>o versiune salvată a planului (implicit: planul în forma actuală)</translation>
    </message>
    <message>
        <source>show local group members&apos; personal names</source>
        <translation>afișează numele personale ale membrilor grupului local</translation>
    </message>
    <message>
        <source>report date for current values (YYYY-MM-DD; default: today)</source>
        <translation>data raportului pentru valorile curente (AAAA-LL-ZZ; implicit: astăzi)</translation>
    </message>
    <message>
        <source>every chart to its own file in a folder</source>
        <translation>fiecare grafic în fișierul său, într-un dosar</translation>
    </message>
    <message>
        <source>the folder to write the charts into (created if missing)</source>
        <translation>dosarul în care se scriu graficele (creat dacă lipsește)</translation>
    </message>
    <message>
        <source>file format of the charts (default: png)</source>
        <translation>formatul de fișier al graficelor (implicit: png)</translation>
    </message>
    <message>
        <source>the Excel report: one sheet per subject</source>
        <translation>raportul Excel: câte o foaie pentru fiecare subiect</translation>
    </message>
    <message>
        <source>replace personal names and contacts with pseudonyms (P-0001 ...)</source>
        <translation>înlocuiește numele personale și datele de contact cu pseudonime (P-0001 ...)</translation>
    </message>
    <message>
        <source>{path}: name the file .docx, .pdf or .html.</source>
        <translation>{path}: denumiți fișierul .docx, .pdf sau .html.</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path} ({pages} pages).</source>
        <translation>Planul Integrat de Acțiune a fost scris în {path} ({pages} pagini).</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path}.</source>
        <translation>Planul Integrat de Acțiune a fost scris în {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} este un fișier, nu un dosar.</translation>
    </message>
    <message>
        <source>{done} of {total} charts drawn</source>
        <translation>{done} din {total} grafice desenate</translation>
    </message>
    <message>
        <source>{count} charts written to {path}.</source>
        <translation>{count} grafice scrise în {path}.</translation>
    </message>
    <message>
        <source>Excel report written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Raportul Excel a fost scris în {path}: {sheets} foi, {rows} rânduri.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”: the plan has no saved versions.</source>
        <translation>Nicio versiune a planului nu se numește „{name}”: planul nu are versiuni salvate.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”. Saved versions: {names}.</source>
        <translation>Nicio versiune a planului nu se numește „{name}”. Versiuni salvate: {names}.</translation>
    </message>
    <message>
        <source>Version: {name} ({status}, {date})</source>
        <translation>Versiune: {name} ({status}, {date})</translation>
    </message>
    <message>
        <source>Version: the plan as it stands (not a saved version)</source>
        <translation>Versiune: planul în forma actuală (nu o versiune salvată)</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Data raportului: {date}</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Plan Integrat de Acțiune</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cuprins</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} din {pages}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
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
        <translation>Obiective strategice</translation>
    </message>
    <message>
        <source>Specific objectives</source>
        <translation>Obiective specifice</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Cost estimat</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Finanțare asigurată</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Deficit de finanțare</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Indicators achieved or on track</source>
        <translation>Indicatori atinși sau conform planului</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Membrii grupului local</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Întâlniri desfășurate</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscuri</translation>
    </message>
    <message>
        <source>{city} prepared this plan in the {network} network ({programme}).</source>
        <translation>{city} a elaborat acest plan în cadrul rețelei {network} ({programme}).</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Orașul</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Tema: {topic}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Viziune</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifre-cheie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Cover and executive summary</source>
        <translation>Copertă și rezumat</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Problem analysis</source>
        <translation>Analiza problemei</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate de măsură</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>No context, problem analysis or baseline is recorded yet.</source>
        <translation>Nu sunt încă înregistrate contextul, analiza problemei sau valoarea de referință.</translation>
    </message>
    <message>
        <source>Context and challenge</source>
        <translation>Context și provocare</translation>
    </message>
    <message>
        <source>Local group composition</source>
        <translation>Componența grupului local</translation>
    </message>
    <message>
        <source>{group}: {count} members on {date}.</source>
        <translation>{group}: {count} membri la {date}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Fără organizație</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Local group members by sector and gender</source>
        <translation>Membrii grupului local pe sectoare și gen</translation>
    </message>
    <message>
        <source>No local group members are recorded.</source>
        <translation>Nu sunt înregistrați membri ai grupului local.</translation>
    </message>
    <message>
        <source>{count} meetings up to {date}, with {present} attendances.</source>
        <translation>{count} întâlniri până la {date}, cu {present} prezențe.</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Tip de întâlnire</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>No meetings are recorded.</source>
        <translation>Nu sunt înregistrate întâlniri.</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Instrumente folosite</translation>
    </message>
    <message>
        <source>{tool}: {count} meetings</source>
        <translation>{tool}: {count} întâlniri</translation>
    </message>
    <message>
        <source>No participatory tools are recorded.</source>
        <translation>Nu sunt înregistrate instrumente participative.</translation>
    </message>
    <message>
        <source>Transnational learning</source>
        <translation>Învățare transnațională</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Întâlnire transnațională</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No transnational learning is recorded.</source>
        <translation>Nu este înregistrată nicio activitate de învățare transnațională.</translation>
    </message>
    <message>
        <source>Participatory process</source>
        <translation>Proces participativ</translation>
    </message>
    <message>
        <source>No objectives are recorded.</source>
        <translation>Nu sunt înregistrate obiective.</translation>
    </message>
    <message>
        <source>Vision and objectives</source>
        <translation>Viziune și obiective</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Arborele obiectivelor</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Rezultat așteptat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lider</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Realizări</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>No actions are recorded.</source>
        <translation>Nu sunt înregistrate acțiuni.</translation>
    </message>
    <message>
        <source>No actions are recorded, so there is no timeline.</source>
        <translation>Nu sunt înregistrate acțiuni, deci nu există calendar.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementare</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation>Calendarul acțiunilor</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilități</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jaloane</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>No milestones are recorded.</source>
        <translation>Nu sunt înregistrate jaloane.</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation>Resurse</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Asigurat</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potențial</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Deficit</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Pondere asigurată</translation>
    </message>
    <message>
        <source>Cost and funding per action</source>
        <translation>Cost și finanțare pe acțiune</translation>
    </message>
    <message>
        <source>Funding by source</source>
        <translation>Finanțare pe surse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Finanțare pe surse și stări</translation>
    </message>
    <message>
        <source>No funding lines are recorded.</source>
        <translation>Nu sunt înregistrate linii de finanțare.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>Nu sunt înregistrați indicatori.</translation>
    </message>
    <message>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <source>Indicators by status</source>
        <translation>Indicatori pe stări</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Cadrul de rezultate</translation>
    </message>
    <message>
        <source>Current values and statuses as of {date}.</source>
        <translation>Valori curente și stări la {date}.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecvență</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valoare curentă</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Grafice de progres</translation>
    </message>
    <message>
        <source>Progress charts of {count} more indicators are left out here; the chart export draws every one.</source>
        <translation>Graficele de progres pentru încă {count} indicatori sunt omise aici; exportul graficelor le desenează pe toate.</translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation>Nu sunt înregistrate riscuri.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risc</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Măsuri de atenuare</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Likelihood \ impact</source>
        <translation>Probabilitate \ impact</translation>
    </message>
    <message>
        <source>Open and mitigated risks by likelihood (rows) and impact (columns)</source>
        <translation>Riscuri deschise și atenuate după probabilitate (rânduri) și impact (coloane)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registrul riscurilor</translation>
    </message>
    <message>
        <source>Likelihood and impact</source>
        <translation>Probabilitate și impact</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Întâlniri și prezență</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Members are listed by organisation and role, without personal names.</source>
        <translation>Membrii sunt enumerați pe organizații și roluri, fără nume personale.</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexe</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown choice for a row: {choice}.</source>
        <translation>Opțiune necunoscută pentru un rând: {choice}.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>coloana {letter}</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook, not a CSV file; rename it to .xlsx.</source>
        <translation>acesta este un registru de lucru (foaie de calcul), nu un fișier CSV; redenumiți-l în .xlsx.</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file.</source>
        <translation>acesta nu este un fișier text (CSV).</translation>
    </message>
    <message>
        <source>row {row} holds a NUL character (a zero byte), which no text (CSV) file has; the file is damaged or is not a CSV file. Open it in a spreadsheet program and save it as CSV UTF-8.</source>
        <translation>rândul {row} conține un caracter NUL (un octet zero), pe care niciun fișier text (CSV) nu îl are; fișierul este deteriorat sau nu este un fișier CSV. Deschideți-l într-un program de calcul tabelar și salvați-l ca CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not an encoding lagdesk knows.</source>
        <translation>{name} nu este o codificare cunoscută de lagdesk.</translation>
    </message>
    <message>
        <source>lagdesk cannot tell the text encoding of this file; save it as CSV UTF-8.</source>
        <translation>lagdesk nu poate determina codificarea textului din acest fișier; salvați-l ca CSV UTF-8.</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; choose the file&apos;s encoding or save it as CSV UTF-8.</source>
        <translation>rândul {line} nu este text {encoding} valid; alegeți codificarea fișierului sau salvați-l ca CSV UTF-8.</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({detail}).</source>
        <translation>rândul {row} nu poate fi citit ca CSV ({detail}).</translation>
    </message>
    <message>
        <source>{organisation} is stored with the sector {sector}; the file&apos;s sector is not applied to it.</source>
        <translation>{organisation} este înregistrată cu sectorul {sector}; sectorul din fișier nu i se aplică.</translation>
    </message>
    <message>
        <source>row {row} gives {organisation} the sector {sector}; that one is used.</source>
        <translation>rândul {row} atribuie organizației {organisation} sectorul {sector}; acesta este cel folosit.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: give its sector (public, private, civic or knowledge).</source>
        <translation>{organisation} este o organizație nouă: indicați sectorul ei (public, privat, societate civilă sau mediul academic).</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>același e-mail</translation>
    </message>
    <message>
        <source>same first name, last name and organisation</source>
        <translation>același prenume, nume și aceeași organizație</translation>
    </message>
    <message>
        <source>same first name and last name</source>
        <translation>același prenume și nume</translation>
    </message>
    <message>
        <source>{reason} as row {row}</source>
        <translation>{reason} ca rândul {row}</translation>
    </message>
    <message>
        <source>no column holds the last name (a header such as “Last name” or “Surname”); the columns are: {columns}.</source>
        <translation>nicio coloană nu conține numele de familie (un antet precum „Nume” sau „Nume de familie”); coloanele sunt: {columns}.</translation>
    </message>
    <message>
        <source>the column choice names {name}, which is not a column of the file or a field lagdesk imports, or is chosen twice.</source>
        <translation>alegerea coloanelor numește {name}, care nu este o coloană a fișierului sau un câmp importat de lagdesk, ori este aleasă de două ori.</translation>
    </message>
    <message>
        <source>give both power and interest, or neither.</source>
        <translation>indicați atât influența, cât și interesul, sau niciuna.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>fișierul nu are rânduri.</translation>
    </message>
    <message>
        <source>the file has a header row but no people below it.</source>
        <translation>fișierul are un rând de antet, dar nicio persoană sub el.</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files.</source>
        <translation>fișierul are mai mult de {limit} rânduri; împărțiți-l în fișiere mai mici.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>acesta este un dosar, nu un fișier.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>fișierul nu există.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>fișierul este gol.</translation>
    </message>
    <message>
        <source>lagdesk imports .xlsx and .csv files; save the file in one of these formats.</source>
        <translation>lagdesk importă fișiere .xlsx și .csv; salvați fișierul într-unul dintre aceste formate.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>textul are {length} caractere; cel mult {limit}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} nu este una dintre valorile: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 1 to 5.</source>
        <translation>{value} nu este un număr întreg de la 1 la 5.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete; open it in Excel or LibreOffice and save it again.</source>
        <translation>registrul de lucru este deteriorat sau incomplet; deschideți-l în Excel sau LibreOffice și salvați-l din nou.</translation>
    </message>
    <message>
        <source>the workbook is saved in a form lagdesk cannot read; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</source>
        <translation>registrul de lucru este salvat într-o formă pe care lagdesk nu o poate citi; deschideți-l în Excel sau LibreOffice și salvați-l ca .xlsx (Registru de lucru Excel).</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>registrul de lucru este protejat cu parolă; deschideți-l, eliminați parola (Fișier &gt; Informații &gt; Protejare registru de lucru) și salvați-l din nou.</translation>
    </message>
    <message>
        <source>this is an old .xls workbook; save it as .xlsx (Excel Workbook).</source>
        <translation>acesta este un registru de lucru .xls vechi; salvați-l ca .xlsx (Registru de lucru Excel).</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx).</source>
        <translation>acesta nu este un registru de lucru Excel (.xlsx).</translation>
    </message>
    <message>
        <source>this is a Word document, not an Excel workbook.</source>
        <translation>acesta este un document Word, nu un registru de lucru Excel.</translation>
    </message>
    <message>
        <source>this is an OpenDocument file; save it as .xlsx (Excel 2007-365).</source>
        <translation>acesta este un fișier OpenDocument; salvați-l ca .xlsx (Excel 2007-365).</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}); lagdesk does not calculate formulas. Copy the column and paste it as values.</source>
        <translation>celula conține o formulă ({formula}); lagdesk nu calculează formule. Copiați coloana și lipiți-o ca valori.</translation>
    </message>
    <message>
        <source>the cell shows the error {error}.</source>
        <translation>celula afișează eroarea {error}.</translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation>registrul de lucru nu are foi.</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet}; its sheets are: {names}.</source>
        <translation>registrul de lucru nu are nicio foaie numită {sheet}; foile lui sunt: {names}.</translation>
    </message>
    <message>
        <source>the chosen sheet is a chart, not a table.</source>
        <translation>foaia aleasă este un grafic, nu un tabel.</translation>
    </message>
    <message>
        <source>people, their organisations and groups from an .xlsx or .csv file</source>
        <translation>persoane, organizațiile și grupurile lor dintr-un fișier .xlsx sau .csv</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>verifică și raportează, nu scrie nimic</translation>
    </message>
    <message>
        <source>what to do with a row for someone already known (default: skip)</source>
        <translation>ce se face cu un rând pentru o persoană deja cunoscută (implicit: omite)</translation>
    </message>
    <message>
        <source>import the valid rows, leave the others</source>
        <translation>importă rândurile valide, le lasă pe celelalte</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>codificarea textului unui fișier CSV</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>foaia din registrul de lucru care se citește</translation>
    </message>
    <message>
        <source>people and organisations to an .xlsx workbook</source>
        <translation>persoane și organizații într-un registru de lucru .xlsx</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>separator {separator}</source>
        <translation>separator {separator}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>foaia {sheet}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read ({details}).</source>
        <translation>{file}: {rows} rânduri citite ({details}).</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Coloane ignorate: {columns}.</translation>
    </message>
    <message>
        <source>New people: {new}. Already known: {existing} ({unchanged} unchanged). Repeated in the file: {repeated}. Invalid: {invalid}.</source>
        <translation>Persoane noi: {new}. Deja cunoscute: {existing} ({unchanged} nemodificate). Repetate în fișier: {repeated}. Nevalide: {invalid}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Notă: {warning}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation>Simulare: nu s-a scris nimic. Importul ar avea ca rezultat:</translation>
    </message>
    <message>
        <source>Created: {created}. Updated: {updated}. Unchanged: {unchanged}. Skipped: {skipped}. Rejected: {rejected}.</source>
        <translation>Create: {created}. Actualizate: {updated}. Nemodificate: {unchanged}. Omise: {skipped}. Respinse: {rejected}.</translation>
    </message>
    <message>
        <source>New organisations: {organisations}. New groups: {groups}.</source>
        <translation>Organizații noi: {organisations}. Grupuri noi: {groups}.</translation>
    </message>
    <message>
        <source>Rejected: {problem}</source>
        <translation>Respins: {problem}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file, or add --skip-invalid to import the other rows.</source>
        <translation>lagdesk: rânduri refuzate: {rows}; nu s-a importat nimic. Corectați fișierul sau adăugați --skip-invalid pentru a importa celelalte rânduri.</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {path}.</source>
        <translation>{people} persoane și {organisations} organizații scrise în {path}.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Influență</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Coloanele fișierului</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>Aplică la &amp;toate</translation>
    </message>
    <message>
        <source>For every person already known:</source>
        <translation>Pentru fiecare persoană deja cunoscută:</translation>
    </message>
    <message>
        <source>Choose a row and press F2 (or double-click) to change what is done with it.</source>
        <translation>Alegeți un rând și apăsați F2 (sau dublu clic) pentru a schimba ce se face cu el.</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems</source>
        <translation>&amp;Omite rândurile cu probleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>Import persoane din {file}</translation>
    </message>
    <message>
        <source>{file}: {count} rows below the header in row {header}.</source>
        <translation>{file}: {count} rânduri sub antetul din rândul {header}.</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>Codificarea textului: {encoding}.</translation>
    </message>
    <message>
        <source>Sheet: {sheet}.</source>
        <translation>Foaia: {sheet}.</translation>
    </message>
    <message>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Probleme ({count})</translation>
    </message>
    <message>
        <source>Already &amp;known ({count})</source>
        <translation>Deja &amp;cunoscute ({count})</translation>
    </message>
    <message>
        <source>All &amp;rows ({count})</source>
        <translation>Toate &amp;rândurile ({count})</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name.</source>
        <translation>Alegeți coloana care conține numele de familie.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(neimportat)</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Neimportate: {columns}.</translation>
    </message>
    <message>
        <source>Reading the file again with these columns…</source>
        <translation>Se citește din nou fișierul cu aceste coloane…</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Rânduri: {count}</translation>
    </message>
    <message>
        <source>new people: {count}</source>
        <translation>persoane noi: {count}</translation>
    </message>
    <message>
        <source>already in the register: {count} (with changes: {changed})</source>
        <translation>deja în registru: {count} (cu modificări: {changed})</translation>
    </message>
    <message>
        <source>repeating an earlier row: {count}</source>
        <translation>care repetă un rând anterior: {count}</translation>
    </message>
    <message>
        <source>with problems: {count}</source>
        <translation>cu probleme: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>organizații noi: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>grupuri noi: {count}</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the file, or skip those rows.</source>
        <translation>Unele rânduri au probleme: corectați fișierul sau omiteți acele rânduri.</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>New indicator {code}</source>
        <translation>Indicator nou {code}</translation>
    </message>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Editare indicator {code}</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Ștergere indicator</translation>
    </message>
    <message>
        <source>Delete indicator {code} “{name}” and its {count} measurements? You can undo this with Ctrl+Z.</source>
        <translation>Ștergeți indicatorul {code} „{name}” și cele {count} măsurători ale lui? Puteți anula cu Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Delete indicator {code}</source>
        <translation>Ștergere indicator {code}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Indicator nou</translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation>Indicatorul {code}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valori</translation>
    </message>
    <message>
        <source>C&amp;ollection</source>
        <translation>&amp;Colectare</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Legături</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>C&amp;od:</translation>
    </message>
    <message>
        <source>optional, e.g. RCO 83 or RCR 79</source>
        <translation>opțional, de ex. RCO 83 sau RCR 79</translation>
    </message>
    <message>
        <source>&amp;EU common indicator:</source>
        <translation>Indicator comun U&amp;E:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definiție:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unitate de măsură:</translation>
    </message>
    <message>
        <source>Whether a rising or a falling value is good</source>
        <translation>Dacă este favorabilă creșterea sau scăderea valorii</translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation>&amp;Polaritate:</translation>
    </message>
    <message>
        <source>Cumulative: measurements add up to the baseline. Latest: the last measurement is the value.</source>
        <translation>Cumulativ: măsurătorile se adaugă la valoarea de referință. Ultima valoare: ultima măsurătoare este valoarea.</translation>
    </message>
    <message>
        <source>&amp;Accumulation:</source>
        <translation>Cu&amp;mulare:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origine:</translation>
    </message>
    <message>
        <source>&amp;Baseline value:</source>
        <translation>Valoare de &amp;referință:</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>&amp;Data valorii de referință:</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Jaloane</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Add m&amp;ilestone</source>
        <translation>Adaugă j&amp;alon</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Elimină jalonul</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>Valoare-ți&amp;ntă:</translation>
    </message>
    <message>
        <source>Target dat&amp;e:</source>
        <translation>Da&amp;ta țintei:</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>&amp;Sursa datelor:</translation>
    </message>
    <message>
        <source>Collection &amp;method:</source>
        <translation>&amp;Metoda de colectare:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecvență:</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Tastați un nume</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsabil:</translation>
    </message>
    <message>
        <source>Disaggregation (&amp;breakdown):</source>
        <translation>Defalcare (&amp;dezagregare):</translation>
    </message>
    <message>
        <source>Linked o&amp;bjectives</source>
        <translation>O&amp;biective legate</translation>
    </message>
    <message>
        <source>Linked ac&amp;tions</source>
        <translation>Acțiuni le&amp;gate</translation>
    </message>
    <message>
        <source>Filter by code or title</source>
        <translation>Filtrați după cod sau titlu</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrați acțiunile</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>Doar cele &amp;legate</translation>
    </message>
    <message>
        <source>From the procurement indicator library; you may change any field.</source>
        <translation>Din biblioteca de indicatori pentru achiziții publice; puteți modifica orice câmp.</translation>
    </message>
    <message>
        <source>Your own indicator.</source>
        <translation>Indicatorul dumneavoastră.</translation>
    </message>
    <message>
        <source>{count} of {total} actions linked</source>
        <translation>{count} din {total} acțiuni legate</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Data jalonului</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” nu este un număr.</translation>
    </message>
    <message>
        <source>Milestone {row}: “{text}” is not a number.</source>
        <translation>Jalonul {row}: „{text}” nu este un număr.</translation>
    </message>
    <message>
        <source>milestone value</source>
        <translation>valoarea jalonului</translation>
    </message>
    <message>
        <source>There is no person named “{name}”.</source>
        <translation>Nu există nicio persoană cu numele „{name}”.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabil</translation>
    </message>
    <message>
        <source>Indicator not saved</source>
        <translation>Indicatorul nu a fost salvat</translation>
    </message>
</context>
<context>
    <name>IndicatorFilters</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;tru:</translation>
    </message>
    <message>
        <source>Code or name contains…</source>
        <translation>Codul sau numele conține…</translation>
    </message>
    <message>
        <source>Filter indicators</source>
        <translation>Filtrați indicatorii</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afișează:</translation>
    </message>
    <message>
        <source>Library: preloaded procurement indicators; own: those you added</source>
        <translation>Bibliotecă: indicatori de achiziții preîncărcați; proprii: cei adăugați de dumneavoastră</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toți</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotecă</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Proprii</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by number)</source>
        <translation>Contracte de peste 10 000 EUR cu clauze verzi (pondere după număr)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one green clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Contractele de peste 10 000 EUR semnate în perioadă care conțin cel puțin o clauză verde în caietul de sarcini, în criteriile de selecție sau de atribuire ori în condițiile contractuale, ca procent din toate contractele de peste 10 000 EUR semnate în perioadă.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by value)</source>
        <translation>Contracte de peste 10 000 EUR cu clauze verzi (pondere după valoare)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one green clause (specification, selection, award or contract conditions) as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Valoarea contractelor de peste 10 000 EUR cu cel puțin o clauză verde (caiet de sarcini, selecție, atribuire sau condiții contractuale), ca procent din valoarea tuturor contractelor de peste 10 000 EUR semnate în perioadă.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by number)</source>
        <translation>Contracte de peste 10 000 EUR cu clauze sociale (pondere după număr)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one social clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Contractele de peste 10 000 EUR semnate în perioadă care conțin cel puțin o clauză socială în caietul de sarcini, în criteriile de selecție sau de atribuire ori în condițiile contractuale, ca procent din toate contractele de peste 10 000 EUR semnate în perioadă.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by value)</source>
        <translation>Contracte de peste 10 000 EUR cu clauze sociale (pondere după valoare)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one social clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Valoarea contractelor de peste 10 000 EUR cu cel puțin o clauză socială, ca procent din valoarea tuturor contractelor de peste 10 000 EUR semnate în perioadă.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by number)</source>
        <translation>Contracte de peste 10 000 EUR cu clauze de gen (pondere după număr)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one gender-equality clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Contractele de peste 10 000 EUR semnate în perioadă care conțin cel puțin o clauză privind egalitatea de gen în caietul de sarcini, în criteriile de selecție sau de atribuire ori în condițiile contractuale, ca procent din toate contractele de peste 10 000 EUR semnate în perioadă.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by value)</source>
        <translation>Contracte de peste 10 000 EUR cu clauze de gen (pondere după valoare)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one gender-equality clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Valoarea contractelor de peste 10 000 EUR cu cel puțin o clauză privind egalitatea de gen, ca procent din valoarea tuturor contractelor de peste 10 000 EUR semnate în perioadă.</translation>
    </message>
    <message>
        <source>Tenders using EU GPP core or comprehensive criteria</source>
        <translation>Proceduri care aplică criteriile UE de bază sau extinse pentru achiziții publice verzi</translation>
    </message>
    <message>
        <source>Tenders published that apply the EU green public procurement (GPP) core or comprehensive criteria for their product group.</source>
        <translation>Procedurile de atribuire publicate care aplică criteriile UE de bază sau extinse pentru achiziții publice verzi (GPP) pentru grupa lor de produse.</translation>
    </message>
    <message>
        <source>Tenders using life-cycle costing</source>
        <translation>Proceduri care folosesc costul ciclului de viață</translation>
    </message>
    <message>
        <source>Tenders published in which the most economically advantageous tender is identified with life-cycle costing rather than purchase price alone.</source>
        <translation>Procedurile de atribuire publicate în care oferta cea mai avantajoasă din punct de vedere economic este stabilită pe baza costului ciclului de viață, nu doar a prețului de achiziție.</translation>
    </message>
    <message>
        <source>Procurement staff trained (by sex)</source>
        <translation>Personal de achiziții instruit (pe sexe)</translation>
    </message>
    <message>
        <source>Staff of the contracting authority working on procurement who completed training on strategic (green, social or gender-responsive) procurement, counted once per person, by sex.</source>
        <translation>Personalul autorității contractante care lucrează în achiziții publice și a absolvit o formare privind achizițiile strategice (verzi, sociale sau care țin cont de dimensiunea de gen), numărat o singură dată per persoană, pe sexe.</translation>
    </message>
    <message>
        <source>Contract staff trained in gender issues (by sex)</source>
        <translation>Personal de gestionare a contractelor instruit în chestiuni de gen (pe sexe)</translation>
    </message>
    <message>
        <source>Contract managers and staff who monitor contract performance and completed training on gender issues in public contracts, counted once per person, by sex.</source>
        <translation>Managerii de contract și personalul care monitorizează executarea contractelor și au absolvit o formare privind aspectele de gen în contractele publice, numărați o singură dată per persoană, pe sexe.</translation>
    </message>
    <message>
        <source>Contracts with gender-balance or pay-gap targets</source>
        <translation>Contracte cu ținte privind echilibrul de gen sau decalajul salarial</translation>
    </message>
    <message>
        <source>Contracts signed whose conditions set the supplier a target for the gender balance of the staff delivering the contract or for closing its gender pay gap.</source>
        <translation>Contractele semnate ale căror condiții stabilesc pentru furnizor o țintă privind echilibrul de gen al personalului care execută contractul sau reducerea decalajului salarial de gen.</translation>
    </message>
    <message>
        <source>Share of procurement spend with local suppliers</source>
        <translation>Ponderea cheltuielilor de achiziții la furnizori locali</translation>
    </message>
    <message>
        <source>Payments to suppliers registered in the functional urban area as a percentage of all procurement payments in the period.</source>
        <translation>Plățile către furnizorii înregistrați în zona urbană funcțională, ca procent din toate plățile pentru achiziții din perioadă.</translation>
    </message>
    <message>
        <source>Share of procurement spend with SMEs</source>
        <translation>Ponderea cheltuielilor de achiziții la IMM-uri</translation>
    </message>
    <message>
        <source>Payments to small and medium-sized enterprises as a percentage of all procurement payments in the period.</source>
        <translation>Plățile către întreprinderi mici și mijlocii, ca procent din toate plățile pentru achiziții din perioadă.</translation>
    </message>
    <message>
        <source>Share of procurement spend with social-economy enterprises</source>
        <translation>Ponderea cheltuielilor de achiziții la întreprinderi de economie socială</translation>
    </message>
    <message>
        <source>Payments to social-economy enterprises (social cooperatives, work integration social enterprises, NGOs with economic activity) as a percentage of all procurement payments in the period.</source>
        <translation>Plățile către întreprinderi de economie socială (cooperative sociale, întreprinderi sociale de inserție, ONG-uri cu activitate economică), ca procent din toate plățile pentru achiziții din perioadă.</translation>
    </message>
    <message>
        <source>Share of procurement spend with women-led businesses</source>
        <translation>Ponderea cheltuielilor de achiziții la firme conduse de femei</translation>
    </message>
    <message>
        <source>Payments to businesses owned or managed mainly by women as a percentage of all procurement payments in the period.</source>
        <translation>Plățile către firme deținute sau conduse în principal de femei, ca procent din toate plățile pentru achiziții din perioadă.</translation>
    </message>
    <message>
        <source>Reserved contracts awarded</source>
        <translation>Contracte rezervate atribuite</translation>
    </message>
    <message>
        <source>Contracts awarded in procedures reserved for sheltered workshops, social enterprises or other operators whose main aim is the integration of disabled or disadvantaged people.</source>
        <translation>Contractele atribuite prin proceduri rezervate unităților protejate, întreprinderilor sociale sau altor operatori al căror scop principal este integrarea persoanelor cu dizabilități sau defavorizate.</translation>
    </message>
    <message>
        <source>Jobs for disadvantaged people created through social clauses (by sex)</source>
        <translation>Locuri de muncă pentru persoane defavorizate create prin clauze sociale (pe sexe)</translation>
    </message>
    <message>
        <source>People from disadvantaged groups hired by suppliers to meet the social clauses of municipal contracts, counted once per person, by sex.</source>
        <translation>Persoanele din grupuri defavorizate angajate de furnizori pentru îndeplinirea clauzelor sociale din contractele municipale, numărate o singură dată per persoană, pe sexe.</translation>
    </message>
    <message>
        <source>Market-engagement events held</source>
        <translation>Evenimente de consultare a pieței organizate</translation>
    </message>
    <message>
        <source>Preliminary market consultations, supplier days and meet-the-buyer events held before tendering.</source>
        <translation>Consultări preliminare ale pieței, zile ale furnizorilor și întâlniri cumpărător–furnizor organizate înainte de lansarea procedurii de atribuire.</translation>
    </message>
    <message>
        <source>Procurement strategy with green, social and gender content adopted</source>
        <translation>Strategie de achiziții cu conținut verde, social și de gen adoptată</translation>
    </message>
    <message>
        <source>Yes when the city council has adopted a procurement strategy or policy that sets green, social and gender-equality objectives for municipal purchasing.</source>
        <translation>Da, atunci când consiliul local a adoptat o strategie sau o politică de achiziții care stabilește obiective verzi, sociale și de egalitate de gen pentru achizițiile municipale.</translation>
    </message>
    <message>
        <source>Greenhouse gas emissions avoided through green contracts</source>
        <translation>Emisii de gaze cu efect de seră evitate prin contracte verzi</translation>
    </message>
    <message>
        <source>Estimated tonnes of CO2 equivalent avoided over the contract period by contracts with green clauses, compared with the previous contract or a standard product.</source>
        <translation>Tone estimate de CO2 echivalent evitate pe durata contractului prin contractele cu clauze verzi, în comparație cu contractul anterior sau cu un produs standard.</translation>
    </message>
    <message>
        <source>Contracts excluding listed hazardous substances</source>
        <translation>Contracte care exclud substanțele periculoase listate</translation>
    </message>
    <message>
        <source>Contracts whose specification excludes substances on a hazardous-substance list (such as the EU candidate list of substances of very high concern) from the goods supplied or used.</source>
        <translation>Contractele al căror caiet de sarcini exclude din bunurile furnizate sau utilizate substanțele de pe o listă de substanțe periculoase (cum ar fi lista UE de substanțe candidate care prezintă motive de îngrijorare deosebită).</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Line {line}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>Rândul {line}: „{text}” nu este o dată (AAAA-LL-ZZ).</translation>
    </message>
    <message>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>Rândul {line}: „{text}” nu este un număr.</translation>
    </message>
    <message>
        <source>There is nothing to paste: no “date, value” line.</source>
        <translation>Nu este nimic de lipit: niciun rând „dată, valoare”.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>The code is longer than {limit} characters.</source>
        <translation>Codul are mai mult de {limit} caractere.</translation>
    </message>
    <message>
        <source>Code {code} is already used by “{name}”.</source>
        <translation>Codul {code} este deja folosit de „{name}”.</translation>
    </message>
    <message>
        <source>Milestone {row} has no date.</source>
        <translation>Jalonul {row} nu are dată.</translation>
    </message>
    <message>
        <source>Milestones {first} and {row} have the same date.</source>
        <translation>Jaloanele {first} și {row} au aceeași dată.</translation>
    </message>
    <message>
        <source>Milestone {row} has no value.</source>
        <translation>Jalonul {row} nu are valoare.</translation>
    </message>
    <message>
        <source>{count} linked items no longer exist; reopen the indicator.</source>
        <translation>{count} elemente legate nu mai există; redeschideți indicatorul.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;La data:</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Cadrul de rezultate</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>Indicator &amp;nou…</translation>
    </message>
    <message>
        <source>Add an indicator of your own (Insert)</source>
        <translation>Adaugă un indicator propriu (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>Edit every field of the selected indicator (Enter)</source>
        <translation>Editează toate câmpurile indicatorului selectat (Enter)</translation>
    </message>
    <message>
        <source>Delete indi&amp;cator</source>
        <translation>Șterge indi&amp;catorul</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its measurements (Delete)</source>
        <translation>Șterge indicatorul selectat împreună cu măsurătorile lui (Delete)</translation>
    </message>
    <message>
        <source>Import &amp;measurements…</source>
        <translation>Importă &amp;măsurători…</translation>
    </message>
    <message>
        <source>Add measurements from an .xlsx or .csv file, with a preview first</source>
        <translation>Adaugă măsurători dintr-un fișier .xlsx sau .csv, cu previzualizare</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <source>{shown} of {total} indicators:</source>
        <translation>{shown} din {total} indicatori:</translation>
    </message>
    <message>
        <source>the new measurement of {indicator}</source>
        <translation>noua măsurătoare a indicatorului {indicator}</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Grupuri invitate</translation>
    </message>
    <message>
        <source>No groups yet: create them in Stakeholders.</source>
        <translation>Niciun grup încă: creați-le în Părți interesate.</translation>
    </message>
    <message>
        <source>Invited gro&amp;ups</source>
        <translation>Gr&amp;upuri invitate</translation>
    </message>
    <message>
        <source>Everyone who is a member of a ticked group (or of one of its subgroups) on the meeting day is invited.</source>
        <translation>Este invitat oricine este membru al unui grup bifat (sau al unuia dintre subgrupurile sale) în ziua întâlnirii.</translation>
    </message>
    <message>
        <source>Type a name or organisation, then Enter</source>
        <translation>Tastați un nume sau o organizație, apoi Enter</translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation>&amp;Adaugă persoană:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Invite the first person found (Enter)</source>
        <translation>Invită prima persoană găsită (Enter)</translation>
    </message>
    <message>
        <source>People invited by name</source>
        <translation>Persoane invitate nominal</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <source>Remove the selected people (Del)</source>
        <translation>Elimină persoanele selectate (Del)</translation>
    </message>
    <message>
        <source>People invited by &amp;name</source>
        <translation>Persoane invitate &amp;nominal</translation>
    </message>
    <message numerus="yes">
        <source>%n people invited by name</source>
        <translation>
            <numerusform>o persoană invitată nominal</numerusform>
            <numerusform>%n persoane invitate nominal</numerusform>
            <numerusform>%n de persoane invitate nominal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the groups add %n more</source>
        <translation>
            <numerusform>grupurile mai adaugă una</numerusform>
            <numerusform>grupurile mai adaugă %n</numerusform>
            <numerusform>grupurile mai adaugă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{named}; {groups} on {day}: {total} invited in all.</source>
        <translation>{named}; {groups} la {day}: {total} invitați în total.</translation>
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
        <translation>Tastați pentru a filtra riscurile</translation>
    </message>
    <message>
        <source>Type to filter indicators</source>
        <translation>Tastați pentru a filtra indicatorii</translation>
    </message>
    <message>
        <source>&amp;Risks (code, title, score):</source>
        <translation>&amp;Riscuri (cod, titlu, scor):</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indicatori:</translation>
    </message>
    <message>
        <source>Came from the meeting decision:</source>
        <translation>Provine din decizia întâlnirii:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} este deja deschis.</translation>
    </message>
    <message>
        <source>The file was not opened</source>
        <translation>Fișierul nu a fost deschis</translation>
    </message>
    <message>
        <source>{file} — lagdesk</source>
        <translation>{file} — lagdesk</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Se deschide {file}…</translation>
    </message>
    <message>
        <source>{name} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{name} a fost actualizat la această versiune de lagdesk; o copie a lui, așa cum era, se află în {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Copia de rezervă nu a fost restaurată</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {previous}.</source>
        <translation>Fișierul, așa cum era înainte, este păstrat ca {previous}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurare din copia de rezervă</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} a fost restaurat din {backup}.</translation>
    </message>
    <message>
        <source>The file you are working in</source>
        <translation>Fișierul în care lucrați</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;About lagdesk</source>
        <translation>&amp;Despre lagdesk</translation>
    </message>
    <message>
        <source>lagdesk now speaks {language}.</source>
        <translation>lagdesk folosește acum limba {language}.</translation>
    </message>
    <message>
        <source>An offline desk for local action group coordinators: stakeholders, meetings, the Integrated Action Plan and its indicators.</source>
        <translation>Un birou offline pentru coordonatorii grupurilor locale: părți interesate, întâlniri, Planul Integrat de Acțiune și indicatorii săi.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versiunea {version}</translation>
    </message>
    <message>
        <source>Open file: {path}</source>
        <translation>Fișier deschis: {path}</translation>
    </message>
    <message>
        <source>About lagdesk</source>
        <translation>Despre lagdesk</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Drawing the matrix…</source>
        <translation>Se desenează matricea…</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Peop&amp;le</source>
        <translation>Persoa&amp;ne</translation>
    </message>
    <message>
        <source>Organisatio&amp;ns</source>
        <translation>Organi&amp;zații</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;up:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afișează:</translation>
    </message>
    <message>
        <source>Stakeholders in the matrix</source>
        <translation>Părți interesate în matrice</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punctaje</translation>
    </message>
    <message>
        <source>Click a point or choose a row to see and change its scores. Stakeholders without scores are not in the matrix: give their first scores in their form.</source>
        <translation>Faceți clic pe un punct sau alegeți un rând pentru a vedea și modifica punctajele. Părțile interesate fără punctaje nu apar în matrice: dați-le primele punctaje în formularul lor.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Matricea influență–interes</translation>
    </message>
    <message>
        <source>Scores of {name}</source>
        <translation>Punctajele pentru {name}</translation>
    </message>
    <message>
        <source>Assess {name}</source>
        <translation>Evaluare {name}</translation>
    </message>
    <message>
        <source>New assessment of {name} saved.</source>
        <translation>Noua evaluare pentru {name} a fost salvată.</translation>
    </message>
    <message>
        <source>the scores of {name}</source>
        <translation>punctajele pentru {name}</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femei</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Bărbați</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovezi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Measu&amp;rements</source>
        <translation>Măsu&amp;rători</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Data măsurătorii</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femei</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Bărbați</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;daugă</translation>
    </message>
    <message>
        <source>Add the measurement typed above</source>
        <translation>Adaugă măsurătoarea introdusă mai sus</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Șter&amp;ge</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Delete)</source>
        <translation>Șterge măsurătoarea selectată (Delete)</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Lipește…</translation>
    </message>
    <message>
        <source>Paste lines of date (YYYY-MM-DD), value and optional source, tab-separated.</source>
        <translation>Lipiți rânduri cu dată (AAAA-LL-ZZ), valoare și, opțional, sursă, separate prin tabulator.</translation>
    </message>
    <message>
        <source>Evidence file&amp;s…</source>
        <translation>Fișiere dovedi&amp;toare…</translation>
    </message>
    <message>
        <source>The files that prove the selected measurement: add, save a copy, remove</source>
        <translation>Fișierele care dovedesc măsurătoarea selectată: adăugare, salvare copie, eliminare</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: „{text}” nu este un număr.</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Adăugare măsurătoare</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Introduceți o valoare.</translation>
    </message>
    <message>
        <source>Saved, but this measurement is dated before the baseline date; check the date.</source>
        <translation>Salvată, dar această măsurătoare este datată înainte de data valorii de referință; verificați data.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Ștergere măsurătoare</translation>
    </message>
    <message>
        <source>{code} {name}: measurement of {date}, value {value}</source>
        <translation>{code} {name}: măsurătoarea din {date}, valoare {value}</translation>
    </message>
    <message>
        <source>Paste measurements</source>
        <translation>Lipire măsurători</translation>
    </message>
    <message>
        <source>Saved, but {count} pasted measurements are dated before the baseline date.</source>
        <translation>Salvate, dar {count} măsurători lipite sunt datate înainte de data valorii de referință.</translation>
    </message>
    <message>
        <source>Paste {count} measurements</source>
        <translation>Lipire {count} măsurători</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>Întâlnire nouă</translation>
    </message>
    <message>
        <source>{title} — meeting</source>
        <translation>{title} — întâlnire</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalii</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitații</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Ordine de zi</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Instr&amp;umente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+S or Ctrl+Enter)</source>
        <translation>Salvează întâlnirea (Ctrl+S sau Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Închide fără salvare (Esc)</translation>
    </message>
    <message>
        <source>for example: Problem tree workshop</source>
        <translation>de exemplu: Atelier „arborele problemelor”</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de început</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Ora de început</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de sfârșit</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ora de sfârșit</translation>
    </message>
    <message>
        <source>for example: Europe/Warsaw</source>
        <translation>de exemplu: Europe/Bucharest</translation>
    </message>
    <message>
        <source>for example: City Hall, room 12</source>
        <translation>de exemplu: Primăria, sala 12</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>Signed attendance lists are audit evidence: keep them five years after the programme&apos;s last payment. By default that is five years after the network&apos;s end date, or five years after the end of the meeting&apos;s year when the network has no end date yet.</source>
        <translation>Listele de prezență semnate sunt dovezi pentru audit: păstrați-le cinci ani după ultima plată a programului. Implicit, aceasta înseamnă cinci ani după data de sfârșit a rețelei sau cinci ani după sfârșitul anului întâlnirii, dacă rețeaua nu are încă dată de sfârșit.</translation>
    </message>
    <message>
        <source>Use the default date: {rule}</source>
        <translation>Folosește data implicită: {rule}</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itlu:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Înce&amp;pe:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Se termină:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fus orar:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Loc:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Lin&amp;k online:</translation>
    </message>
    <message>
        <source>&amp;Keep evidence until:</source>
        <translation>Păst&amp;rează dovezile până la:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Fus orar necunoscut</translation>
    </message>
    <message>
        <source>UTC{offset} on {day}</source>
        <translation>UTC{offset} la {day}</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Renunțare la modificări</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Discard them?</source>
        <translation>Această întâlnire are modificări nesalvate. Renunțați la ele?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Renunță la modificări</translation>
    </message>
    <message>
        <source>Meeting not changed</source>
        <translation>Întâlnirea nu a fost modificată</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Adăugare întâlnire {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Editare întâlnire {title}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punct</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Proces-verbal</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Prezentator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
</context>
<context>
    <name>MeetingInvitations</name>
    <message numerus="yes">
        <source>%n people stay on the list because their attendance is recorded: {names}.</source>
        <translation>
            <numerusform>%n persoană rămâne pe listă deoarece prezența ei este înregistrată: {names}.</numerusform>
            <numerusform>%n persoane rămân pe listă deoarece prezența lor este înregistrată: {names}.</numerusform>
            <numerusform>%n de persoane rămân pe listă deoarece prezența lor este înregistrată: {names}.</numerusform>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Place / link</source>
        <translation>Loc / link</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
</context>
<context>
    <name>MeetingPlan</name>
    <message>
        <source>{zone} is not a time zone. Choose one from the list.</source>
        <translation>{zone} nu este un fus orar. Alegeți unul din listă.</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fus orar</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>întâlnire</translation>
    </message>
    <message>
        <source>end</source>
        <translation>sfârșit</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Întâlnirea se termină înainte de a începe.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titlu</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Dați un titlu întâlnirii.</translation>
    </message>
    <message>
        <source>keep evidence until</source>
        <translation>păstrează dovezile până la</translation>
    </message>
    <message>
        <source>The evidence must be kept at least until the meeting.</source>
        <translation>Dovezile trebuie păstrate cel puțin până la data întâlnirii.</translation>
    </message>
    <message>
        <source>agenda item {number}, {field}</source>
        <translation>punctul {number} de pe ordinea de zi, {field}</translation>
    </message>
    <message>
        <source>A tool&apos;s name can have at most {count} characters.</source>
        <translation>Numele unui instrument poate avea cel mult {count} caractere.</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>instrumente</translation>
    </message>
    <message>
        <source>A group chosen here has been deleted meanwhile.</source>
        <translation>Un grup ales aici a fost șters între timp.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupuri</translation>
    </message>
    <message>
        <source>A person chosen here has been deleted meanwhile.</source>
        <translation>O persoană aleasă aici a fost ștearsă între timp.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persoane</translation>
    </message>
    <message>
        <source>The meeting could not be saved: {detail}</source>
        <translation>Întâlnirea nu a putut fi salvată: {detail}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gazdă</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
</context>
<context>
    <name>MeetingTools</name>
    <message>
        <source>Problem tree</source>
        <translation>Arborele problemelor</translation>
    </message>
    <message>
        <source>Newspaper of tomorrow</source>
        <translation>Ziarul de mâine</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Matricea influență–interes</translation>
    </message>
    <message>
        <source>Stakeholder mapping</source>
        <translation>Cartografierea părților interesate</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>World café</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>Analiza SWOT</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Harta parcursului</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vot cu buline</translation>
    </message>
    <message>
        <source>Action table</source>
        <translation>Tabelul acțiunilor</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Fishbowl (acvariul)</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Evaluare inter pares</translation>
    </message>
    <message>
        <source>Traffic-light review</source>
        <translation>Evaluare tip semafor</translation>
    </message>
    <message>
        <source>Market dialogue</source>
        <translation>Dialog cu piața</translation>
    </message>
    <message>
        <source>Gender impact checklist</source>
        <translation>Listă de verificare a impactului de gen</translation>
    </message>
    <message>
        <source>Site walk</source>
        <translation>Vizită pe teren</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Arborele obiectivelor</translation>
    </message>
    <message>
        <source>Testing action canvas</source>
        <translation>Fișa acțiunii de testare</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Other</source>
        <translation>Alt tip</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>meeting</source>
        <translation>întâlnire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Realizată la</translation>
    </message>
    <message>
        <source>Identifiable</source>
        <translation>Identificabil</translation>
    </message>
    <message>
        <source>Consent checked</source>
        <translation>Consimțământ verificat</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Publicabil</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legendă</translation>
    </message>
    <message>
        <source>Someone can be recognised in it</source>
        <translation>Cineva poate fi recunoscut în ea</translation>
    </message>
    <message>
        <source>The people shown agreed that it may be published</source>
        <translation>Persoanele care apar au fost de acord cu publicarea</translation>
    </message>
    <message>
        <source>May leave lagdesk in exports; a photo that shows people needs consent checked first</source>
        <translation>Poate ieși din lagdesk prin exporturi; o fotografie cu persoane necesită mai întâi verificarea consimțământului</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fișier</numerusform>
            <numerusform>%n fișiere</numerusform>
            <numerusform>%n de fișiere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n fotografie</numerusform>
            <numerusform>%n fotografii</numerusform>
            <numerusform>%n de fotografii</numerusform>
        </translation>
    </message>
    <message>
        <source>{files}, {photos} ({publishable}), {size}</source>
        <translation>{files}, {photos} ({publishable}), {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n publishable</source>
        <translation>
            <numerusform>%n publicabil</numerusform>
            <numerusform>%n publicabile</numerusform>
            <numerusform>%n de publicabile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Listă</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>Lu&amp;nă</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Participare</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Pre&amp;zență</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>Procese-&amp;verbale</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Meetings starting on or after this day</source>
        <translation>Întâlniri care încep în această zi sau după</translation>
    </message>
    <message>
        <source>Meetings starting on or before this day</source>
        <translation>Întâlniri care încep în această zi sau înainte</translation>
    </message>
    <message>
        <source>Meetings that invited this group or a subgroup</source>
        <translation>Întâlniri la care a fost invitat acest grup sau un subgrup</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Toate grupurile</translation>
    </message>
    <message>
        <source>Title, place or notes</source>
        <translation>Titlu, loc sau note</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Întâlnire &amp;nouă…</translation>
    </message>
    <message>
        <source>Add a meeting from an invitation (.ics file)</source>
        <translation>Adaugă o întâlnire dintr-o invitație (fișier .ics)</translation>
    </message>
    <message>
        <source>Write the meetings between the From and To days to an .ics file</source>
        <translation>Scrie întâlnirile dintre zilele De la și Până la într-un fișier .ics</translation>
    </message>
    <message>
        <source>Take the roll of the selected meeting in a window of its own (F11)</source>
        <translation>Faceți apelul pentru întâlnirea selectată într-o fereastră separată (F11)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>Listă de p&amp;rezență…</translation>
    </message>
    <message>
        <source>A printable PDF list of the invited people, to sign at the meeting</source>
        <translation>O listă PDF imprimabilă a persoanelor invitate, de semnat la întâlnire</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>o întâlnire</numerusform>
            <numerusform>%Ln întâlniri</numerusform>
            <numerusform>%Ln de întâlniri</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters were cleared to show the meeting.</source>
        <translation>Filtrele au fost șterse pentru a afișa întâlnirea.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Ștergere întâlnire</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” of {date}, with its agenda, attendance list, minutes, decisions, tasks and files?

Edit &gt; Undo brings it back.</source>
        <translation>Ștergeți întâlnirea „{title}” din {date}, împreună cu ordinea de zi, lista de prezență, procesul-verbal, deciziile, sarcinile și fișierele?

Editare &gt; Anulează o readuce.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Sinteză</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;ișiere</translation>
    </message>
    <message>
        <source>Search the meetings (Ctrl+F)</source>
        <translation>Căutați în întâlniri (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Șter&amp;ge filtrele</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Căutare:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter in the list)</source>
        <translation>Editează întâlnirea selectată (Enter în listă)</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete in the list)</source>
        <translation>Șterge întâlnirea selectată (Delete în listă)</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Importă invitație…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportă calendarul…</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Mod prezență</translation>
    </message>
    <message>
        <source>Delete meeting “{title}”</source>
        <translation>Ștergere întâlnire „{title}”</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Import invitație</translation>
    </message>
    <message>
        <source>iCalendar invitations (*.ics);;All files (*)</source>
        <translation>Invitații iCalendar (*.ics);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>{file} could not be imported: {problem}</source>
        <translation>{file} nu a putut fi importat: {problem}</translation>
    </message>
    <message>
        <source>Import invitation “{title}”</source>
        <translation>Import invitație „{title}”</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>{file} meetings.ics</source>
        <translation>{file} întâlniri.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fișiere iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings written to {path}.</source>
        <translation>
            <numerusform>O întâlnire scrisă în {path}.</numerusform>
            <numerusform>%Ln întâlniri scrise în {path}.</numerusform>
            <numerusform>%Ln de întâlniri scrise în {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Listă de prezență</translation>
    </message>
    <message>
        <source>{date} {title} sign-in sheet.pdf</source>
        <translation>{date} {title} listă de prezență.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was written to {path}.
Pages: {pages}. Invited people: {people}.</source>
        <translation>Lista de prezență a fost scrisă în {path}.
Pagini: {pages}. Persoane invitate: {people}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} nu a putut fi scris: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Show former mem&amp;bers</source>
        <translation>Afișează foștii mem&amp;bri</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Plecat la:</translation>
    </message>
    <message>
        <source>End membe&amp;rship</source>
        <translation>Încheie calitatea de memb&amp;ru</translation>
    </message>
    <message>
        <source>The selected member leaves the group on this day</source>
        <translation>Membrul selectat părăsește grupul în această zi</translation>
    </message>
    <message>
        <source>Current members: {current} · former or future: {other}</source>
        <translation>Membri actuali: {current} · foști sau viitori: {other}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Comasare persoane</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Comasare organizații</translation>
    </message>
    <message>
        <source>These two look like the same person. Which one do you keep?</source>
        <translation>Aceste două înregistrări par să fie aceeași persoană. Pe care o păstrați?</translation>
    </message>
    <message>
        <source>These two look like the same organisation. Which one do you keep?</source>
        <translation>Aceste două înregistrări par să fie aceeași organizație. Pe care o păstrați?</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Păstrează {name}</translation>
    </message>
    <message>
        <source>(no other details)</source>
        <translation>(fără alte detalii)</translation>
    </message>
    <message>
        <source>Empty fields of the record you keep are filled from the other one, which is then deleted. You can undo the merge with Edit &gt; Undo.</source>
        <translation>Câmpurile goale ale înregistrării păstrate se completează din cealaltă, care apoi este ștearsă. Puteți anula comasarea cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Comasează</translation>
    </message>
    <message>
        <source>{name} goes.</source>
        <translation>{name} se elimină.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nerealizat</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>&amp;Milestones (F2 edits a cell, Space ticks “Done”):</source>
        <translation>&amp;Jaloane (F2 editează o celulă, Spațiu bifează „Realizat”):</translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation>&amp;Adaugă jalon</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Elimină jalonul</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>meeting</source>
        <translation>întâlnire</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decizie</translation>
    </message>
    <message>
        <source>The minutes are too long to store: {size} characters, at most {limit}. Remove pasted pictures or long pasted documents and attach those as files.</source>
        <translation>Procesul-verbal este prea lung pentru a fi salvat: {size} caractere, cel mult {limit}. Eliminați imaginile lipite sau documentele lungi lipite și atașați-le ca fișiere.</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>Titlul este prea lung: cel mult {limit} caractere.</translation>
    </message>
    <message>
        <source>The owner is no longer in the register (erased or deleted). Choose another owner.</source>
        <translation>Responsabilul nu mai este în registru (șters sau eliminat). Alegeți alt responsabil.</translation>
    </message>
    <message>
        <source>The decision is not one of this meeting&apos;s.</source>
        <translation>Decizia nu aparține acestei întâlniri.</translation>
    </message>
    <message>
        <source>The due date is before the meeting ({date}).</source>
        <translation>Termenul este înainte de întâlnire ({date}).</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>obiectiv</translation>
    </message>
    <message>
        <source>Made on {today} from decision {number} of the meeting “{meeting}” ({date}).</source>
        <translation>Creată la {today} din decizia {number} a întâlnirii „{meeting}” ({date}).</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Creare acțiune</translation>
    </message>
    <message>
        <source>The action plan has no objectives yet; add them in the Action plan area first.</source>
        <translation>Planul de acțiune nu are încă obiective; adăugați-le mai întâi în secțiunea Plan de acțiune.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>No action made from this decision yet</source>
        <translation>Încă nu s-a creat nicio acțiune din această decizie</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>Din decizie</translation>
    </message>
    <message>
        <source>F2 to change; Delete in the date field clears it</source>
        <translation>F2 pentru modificare; Delete în câmpul de dată îl golește</translation>
    </message>
    <message>
        <source>Space ticks or unticks</source>
        <translation>Spațiu bifează sau debifează</translation>
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
        <translation>Proces-verbal</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Stil de paragraf</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+Alt+0 normal, Ctrl+Alt+1 to 3 headings)</source>
        <translation>Stil de paragraf (Ctrl+Alt+0 normal, Ctrl+Alt+1 până la 3 titluri)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titlu 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titlu 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titlu 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Aldin</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Aldin (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiv</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiv (Ctrl+I)</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subliniat</translation>
    </message>
    <message>
        <source>U</source>
        <comment>the Underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Subliniat (Ctrl+U)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Listă cu marcatori</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Listă</translation>
    </message>
    <message>
        <source>Bulleted list (Shift+F12)</source>
        <translation>Listă cu marcatori (Shift+F12)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Listă numerotată</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Listă</translation>
    </message>
    <message>
        <source>Numbered list (F12)</source>
        <translation>Listă numerotată (F12)</translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation>Micșorează indentarea</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Reduce indentarea</translation>
    </message>
    <message>
        <source>Decrease the indent (Ctrl+Shift+M; Shift+Tab in a list)</source>
        <translation>Micșorează indentarea (Ctrl+Shift+M; Shift+Tab într-o listă)</translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation>Mărește indentarea</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indentare</translation>
    </message>
    <message>
        <source>Increase the indent (Ctrl+M; Tab in a list)</source>
        <translation>Mărește indentarea (Ctrl+M; Tab într-o listă)</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Decizii</translation>
    </message>
    <message>
        <source>Add a decision at the end (Insert)</source>
        <translation>Adaugă o decizie la sfârșit (Insert)</translation>
    </message>
    <message>
        <source>Ma&amp;ke action…</source>
        <translation>Creea&amp;ză acțiune…</translation>
    </message>
    <message>
        <source>Make the selected decision an action of the plan</source>
        <translation>Transformă decizia selectată într-o acțiune a planului</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Delete the selected decision (Delete)</source>
        <translation>Șterge decizia selectată (Delete)</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Sarcini de urmărire</translation>
    </message>
    <message>
        <source>A&amp;dd decision</source>
        <translation>A&amp;daugă decizie</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mută în sus</translation>
    </message>
    <message>
        <source>Move up: the decision takes the number before (Ctrl+Up)</source>
        <translation>Mută în sus: decizia primește numărul anterior (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mută în jos</translation>
    </message>
    <message>
        <source>Move down: the decision takes the number after (Ctrl+Down)</source>
        <translation>Mută în jos: decizia primește numărul următor (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up task</source>
        <translation>Adaugă sarcină de &amp;urmărire</translation>
    </message>
    <message>
        <source>Add a task (Insert in the table)</source>
        <translation>Adaugă o sarcină (Insert în tabel)</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Șterge sarcina</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>Șterge sarcina selectată (Delete)</translation>
    </message>
    <message>
        <source>Choose a meeting to see its minutes.</source>
        <translation>Alegeți o întâlnire pentru a-i vedea procesul-verbal.</translation>
    </message>
    <message>
        <source>Minutes of the meeting: who said what, what was agreed…</source>
        <translation>Procesul-verbal al întâlnirii: cine ce a spus, ce s-a convenit…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nesalvat încă</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvat</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nesalvat: {problem}</translation>
    </message>
    <message>
        <source>The minutes were not saved</source>
        <translation>Procesul-verbal nu a fost salvat</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>procesul-verbal</translation>
    </message>
    <message>
        <source>The decision was not added</source>
        <translation>Decizia nu a fost adăugată</translation>
    </message>
    <message>
        <source>Add decision {number}</source>
        <translation>Adăugare decizie {number}</translation>
    </message>
    <message>
        <source>The decision was not changed</source>
        <translation>Decizia nu a fost modificată</translation>
    </message>
    <message>
        <source>Edit decision {number}</source>
        <translation>Editare decizie {number}</translation>
    </message>
    <message>
        <source>Delete decision {number}, “{text}”? The decisions after it are numbered again; its tasks and actions stay, without the link. Ctrl+Z brings it back.</source>
        <translation>Ștergeți decizia {number}, „{text}”? Deciziile de după ea se renumerotează; sarcinile și acțiunile ei rămân, fără legătură. Ctrl+Z o readuce.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Ștergere decizie</translation>
    </message>
    <message>
        <source>The decision was not deleted</source>
        <translation>Decizia nu a fost ștearsă</translation>
    </message>
    <message>
        <source>Delete decision {number}</source>
        <translation>Ștergere decizie {number}</translation>
    </message>
    <message>
        <source>The decision was not moved</source>
        <translation>Decizia nu a fost mutată</translation>
    </message>
    <message>
        <source>Move decision {number}</source>
        <translation>Mutare decizie {number}</translation>
    </message>
    <message>
        <source>Make action {code} from decision {number}</source>
        <translation>Creare acțiune {code} din decizia {number}</translation>
    </message>
    <message>
        <source>Action {code} added to the plan. Ctrl+Z takes it back.</source>
        <translation>Acțiunea {code} a fost adăugată în plan. Ctrl+Z o retrage.</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>Sarcina nu a fost salvată</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Adăugare sarcină „{title}”</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>Editare sarcină „{title}”</translation>
    </message>
    <message>
        <source>Delete the task “{title}”? Ctrl+Z brings it back.</source>
        <translation>Ștergeți sarcina „{title}”? Ctrl+Z o readuce.</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>Sarcina nu a fost ștearsă</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>Ștergere sarcină „{title}”</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Proces-verbal</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Go to today&apos;s date</source>
        <translation>Mergi la data de azi</translation>
    </message>
    <message>
        <source>Meetings on the chosen day</source>
        <translation>Întâlnirile din ziua aleasă</translation>
    </message>
    <message>
        <source>Page Up / Page Down: previous / next month</source>
        <translation>Page Up / Page Down: luna anterioară / următoare</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Meetings on {date}:</source>
        <translation>Întâlniri la {date}:</translation>
    </message>
    <message>
        <source>No meetings on {date}.</source>
        <translation>Nicio întâlnire la {date}.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>My network</source>
        <translation>Rețeaua mea</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>for example GenProcure</source>
        <translation>de exemplu GenProcure</translation>
    </message>
    <message>
        <source>for example gender-responsive public procurement</source>
        <translation>de exemplu achiziții publice care țin cont de dimensiunea de gen</translation>
    </message>
    <message>
        <source>The partner city whose local group this file keeps</source>
        <translation>Orașul partener al cărui grup local este ținut în acest fișier</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Temă</translation>
    </message>
    <message>
        <source>&amp;Lead expert</source>
        <translation>&amp;Expert principal</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Fază</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Încep&amp;ut</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Sfârșit</translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation>&amp;Orașul nostru</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descriere</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Neales încă</translation>
    </message>
</context>
<context>
    <name>NetworkLists</name>
    <message>
        <source>Partner cities</source>
        <translation>Orașe partenere</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Adaugă partener…</translation>
    </message>
    <message>
        <source>Transnational meetings</source>
        <translation>Întâlniri transnaționale</translation>
    </message>
    <message>
        <source>Add &amp;meeting…</source>
        <translation>Adaugă î&amp;ntâlnire…</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Adăugare partener {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Editare partener {name}</translation>
    </message>
    <message>
        <source>Delete the partner {name}? Transnational meetings it hosted are kept without a host city. You can undo this with Edit &gt; Undo.</source>
        <translation>Ștergeți partenerul {name}? Întâlnirile transnaționale pe care le-a găzduit se păstrează fără oraș gazdă. Puteți anula cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Ștergere partener</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Ștergere partener {name}</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Adăugare întâlnire {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Editare întâlnire {title}</translation>
    </message>
    <message>
        <source>Delete the transnational meeting {title}?</source>
        <translation>Ștergeți întâlnirea transnațională {title}?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Ștergere întâlnire</translation>
    </message>
    <message>
        <source>Delete meeting {title}</source>
        <translation>Ștergere întâlnire {title}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Set up your network</source>
        <translation>Configurați rețeaua</translation>
    </message>
    <message>
        <source>This file does not describe a network yet. Enter the name and programme of the cooperation network your city takes part in, then choose Create network. You can add the partner cities and transnational meetings afterwards.</source>
        <translation>Acest fișier nu descrie încă o rețea. Introduceți numele și programul rețelei de cooperare din care face parte orașul dumneavoastră, apoi alegeți Creează rețeaua. Orașele partenere și întâlnirile transnaționale le puteți adăuga ulterior.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>Despre rețea</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Renunță la modificări</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Create &amp;network</source>
        <translation>Creează &amp;rețeaua</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rețea</translation>
    </message>
    <message>
        <source>the new network</source>
        <translation>rețeaua nouă</translation>
    </message>
    <message>
        <source>the network {name}</source>
        <translation>rețeaua {name}</translation>
    </message>
    <message>
        <source>Network {name} created.</source>
        <translation>Rețeaua {name} a fost creată.</translation>
    </message>
    <message>
        <source>Edit network</source>
        <translation>Editare rețea</translation>
    </message>
    <message>
        <source>Network saved.</source>
        <translation>Rețeaua a fost salvată.</translation>
    </message>
</context>
<context>
    <name>NetworkPhase</name>
    <message>
        <source>Closed</source>
        <translation>Încheiată</translation>
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
        <translation>{path} este deja deschis în altă fereastră lagdesk. Treceți la acea fereastră sau închideți-l acolo și încercați din nou.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nestabilit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <source>Leave this date unset</source>
        <translation>Lasă această dată nestabilită</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <source>Add organisation {name}</source>
        <translation>Adăugare organizație {name}</translation>
    </message>
    <message>
        <source>Edit organisation {name}</source>
        <translation>Editare organizație {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} a fost salvată.</translation>
    </message>
    <message>
        <source>Delete organisations</source>
        <translation>Ștergere organizații</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ștergere organizație</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Delete organisation {name}</source>
        <translation>Ștergere organizație {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Ștergere %n organizație</numerusform>
            <numerusform>Ștergere %n organizații</numerusform>
            <numerusform>Ștergere %n de organizații</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Organizație nouă</translation>
    </message>
    <message>
        <source>{name} — organisation</source>
        <translation>{name} — organizație</translation>
    </message>
    <message>
        <source>for example: NGO, social enterprise, SME</source>
        <translation>de exemplu: ONG, întreprindere socială, IMM</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>două litere, de exemplu RO</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Localitate:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Ț&amp;ară:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Power &amp;and interest</source>
        <translation>Influență ș&amp;i interes</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Indicați atât influența, cât și interesul, sau niciuna.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <source>Type any part of the name to search the register.</source>
        <translation>Tastați orice parte a numelui pentru a căuta în registru.</translation>
    </message>
    <message>
        <source>Lea&amp;d organisation:</source>
        <translation>Organizație &amp;lider:</translation>
    </message>
    <message>
        <source>Type any part of the name or organisation to search the register.</source>
        <translation>Tastați orice parte a numelui sau a organizației pentru a căuta în registru.</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>Persoană &amp;responsabilă:</translation>
    </message>
    <message>
        <source>Type to filter organisations</source>
        <translation>Tastați pentru a filtra organizațiile</translation>
    </message>
    <message>
        <source>&amp;Partner organisations:</source>
        <translation>Organizații &amp;partenere:</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>organizație lider</translation>
    </message>
    <message>
        <source>No organisation “{text}” in the register; pick one from the list.</source>
        <translation>Nu există organizația „{text}” în registru; alegeți una din listă.</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>persoană responsabilă</translation>
    </message>
    <message>
        <source>No person “{text}” in the register; pick one from the list.</source>
        <translation>Nu există persoana „{text}” în registru; alegeți una din listă.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Meeting overview</source>
        <translation>Sinteza întâlnirii</translation>
    </message>
    <message>
        <source>Select a meeting in the list or the calendar to see its overview.</source>
        <translation>Selectați o întâlnire din listă sau din calendar pentru a-i vedea sinteza.</translation>
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
        <translation>{time} la {date}, în fusul orar al acestui calculator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Grupuri invitate</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Absenți motivat</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absenți nemotivat</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Participanți neinvitați</translation>
    </message>
    <message>
        <source>Counted anonymously</source>
        <translation>Numărați anonim</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decizii</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Sarcini deschise</translation>
    </message>
    <message>
        <source>Evidence kept until</source>
        <translation>Dovezi păstrate până la</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine de zi</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Instrumente folosite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Type a name</source>
        <translation>Tastați un nume</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Neinvitați</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimi</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Societate civilă</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Mediul academic</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Fără sector</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femei</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Bărbați</translation>
    </message>
    <message>
        <source>Other or not given</source>
        <translation>Altul sau nedeclarat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Prezent</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rată</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Ultima prezență</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Everyone invited</source>
        <translation>Toți invitații</translation>
    </message>
    <message>
        <source>Drop-outs: came early on, none of their last three meetings</source>
        <translation>Abandonuri: au venit la început, dar la niciuna dintre ultimele trei întâlniri</translation>
    </message>
    <message>
        <source>Never attended</source>
        <translation>Niciodată prezenți</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afișează:</translation>
    </message>
    <message>
        <source>Per meeting</source>
        <translation>Pe întâlnire</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Pe persoană</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participare</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} persoane</translation>
    </message>
    <message>
        <source>The chart shows the latest {shown} of {total} meetings.</source>
        <translation>Graficul arată ultimele {shown} din {total} întâlniri.</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Prezență pe sectoare</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Adăugare partener</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Editare partener</translation>
    </message>
    <message>
        <source>for example Koszalin</source>
        <translation>de exemplu Koszalin</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>două litere, de exemplu RO</translation>
    </message>
    <message>
        <source>per cent, for example 80</source>
        <translation>procent, de exemplu 80</translation>
    </message>
    <message>
        <source>This is our city (the local group this file keeps)</source>
        <translation>Acesta este orașul nostru (grupul local ținut în acest fișier)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Ț&amp;ară</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Co-&amp;financing (%)</source>
        <translation>Co&amp;finanțare (%)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Enter a number, for example 80.</source>
        <translation>Introduceți un număr, de exemplu 80.</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Cofinanțare</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Orașul nostru</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Add person {name}</source>
        <translation>Adăugare persoană {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editare {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} a fost salvat(ă).</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Ștergere persoane</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Ștergere persoană</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Ștergere {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Ștergere %n persoană</numerusform>
            <numerusform>Ștergere %n persoane</numerusform>
            <numerusform>Ștergere %n de persoane</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data of {name}</source>
        <translation>Export date cu caracter personal pentru {name}</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Fișier JSON (*.json)</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export date cu caracter personal</translation>
    </message>
    <message>
        <source>Everything lagdesk holds about {name} was written to:
{files}</source>
        <translation>Tot ce deține lagdesk despre {name} a fost scris în:
{files}</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone. Attendance at meetings is kept only as anonymous counts by sector and gender; group memberships, consent records and assessments are deleted, and tasks, actions, risks and indicators they were responsible for are kept without them. The undo history is cleared so that no copy of their data stays behind.</source>
        <translation>Ștergeți definitiv {name}? Operațiunea nu poate fi anulată. Prezența la întâlniri se păstrează doar ca numărare anonimă pe sector și gen; apartenențele la grupuri, evidențele consimțămintelor și evaluările se șterg, iar sarcinile, acțiunile, riscurile și indicatorii de care persoana răspundea se păstrează fără ea. Istoricul de anulare se golește, astfel încât să nu rămână nicio copie a datelor sale.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Ștergere definitivă persoană</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Șterge definitiv</translation>
    </message>
    <message numerus="yes">
        <source>{name} was erased. Attendance at %n meetings is kept as anonymous counts.</source>
        <translation>
            <numerusform>{name} a fost șters(ă) definitiv. Prezența la o întâlnire se păstrează ca numărare anonimă.</numerusform>
            <numerusform>{name} a fost șters(ă) definitiv. Prezența la %n întâlniri se păstrează ca numărare anonimă.</numerusform>
            <numerusform>{name} a fost șters(ă) definitiv. Prezența la %n de întâlniri se păstrează ca numărare anonimă.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n places of free text (minutes, notes). Edit those by hand.</source>
        <translation>
            <numerusform>Numele apare încă într-un loc din textul liber (procese-verbale, note). Editați-l manual.</numerusform>
            <numerusform>Numele apare încă în %n locuri din textul liber (procese-verbale, note). Editați-le manual.</numerusform>
            <numerusform>Numele apare încă în %n de locuri din textul liber (procese-verbale, note). Editați-le manual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Persoană nouă</translation>
    </message>
    <message>
        <source>{name} — person</source>
        <translation>{name} — persoană</translation>
    </message>
    <message>
        <source>Optional. Used only in anonymous counts, such as the make-up of a group.</source>
        <translation>Opțional. Folosit doar în numărările anonime, cum ar fi componența unui grup.</translation>
    </message>
    <message>
        <source>for example: procurement officer</source>
        <translation>de exemplu: responsabil achiziții publice</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prenume:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganizație:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gen:</translation>
    </message>
    <message>
        <source>Gender is optional and only counted anonymously.</source>
        <translation>Genul este opțional și se numără doar anonim.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consimțământ</translation>
    </message>
    <message>
        <source>Po&amp;wer and interest</source>
        <translation>&amp;Influență și interes</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportă datele cu caracter personal…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Șterge definitiv această persoană…</translation>
    </message>
    <message>
        <source>Write everything lagdesk holds about this person (JSON and HTML)</source>
        <translation>Scrie tot ce deține lagdesk despre această persoană (JSON și HTML)</translation>
    </message>
    <message>
        <source>Remove the person for good, keeping only anonymous counts</source>
        <translation>Elimină definitiv persoana, păstrând doar numărările anonime</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Indicați atât influența, cât și interesul, sau niciuna.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>tasks</source>
        <translation>sarcini</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acțiuni</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>riscuri</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicatori</translation>
    </message>
    <message>
        <source>export or erase what lagdesk holds about one person</source>
        <translation>exportă sau șterge definitiv ce deține lagdesk despre o persoană</translation>
    </message>
    <message>
        <source>the person&apos;s id or e-mail</source>
        <translation>id-ul sau e-mailul persoanei</translation>
    </message>
    <message>
        <source>write everything held about the person to FILE.json and FILE.html</source>
        <translation>scrie tot ce se deține despre persoană în FILE.json și FILE.html</translation>
    </message>
    <message>
        <source>erase the person, keeping their attendance as anonymous counts</source>
        <translation>șterge definitiv persoana, păstrând prezența ei ca numărare anonimă</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nu cere confirmare</translation>
    </message>
    <message>
        <source>Personal data of {name} written to:</source>
        <translation>Datele cu caracter personal ale persoanei {name} au fost scrise în:</translation>
    </message>
    <message>
        <source>Erasing {name} cannot be undone and there is no terminal to confirm it on: add --yes to erase without asking.</source>
        <translation>Ștergerea definitivă a persoanei {name} nu poate fi anulată și nu există un terminal în care să fie confirmată: adăugați --yes pentru a șterge fără confirmare.</translation>
    </message>
    <message>
        <source>Erase {name} (id {id}) from {path}? This cannot be undone. Type yes to confirm: </source>
        <translation>Ștergeți definitiv {name} (id {id}) din {path}? Operațiunea nu poate fi anulată. Tastați da pentru confirmare: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nu s-a șters nimic.</translation>
    </message>
    <message>
        <source>Erased {name}. Meetings kept as anonymous counts: {meetings}. Removed: group memberships {memberships}, power/interest assessments {assessments}, consent records {consents}, attendance records {attendance}.</source>
        <translation>{name} a fost șters(ă) definitiv. Întâlniri păstrate ca numărare anonimă: {meetings}. Eliminate: apartenențe la grupuri {memberships}, evaluări influență/interes {assessments}, evidențe ale consimțământului {consents}, înregistrări de prezență {attendance}.</translation>
    </message>
    <message>
        <source>Photos showing them, deleted: {photos}.</source>
        <translation>Fotografii în care apare, șterse: {photos}.</translation>
    </message>
    <message>
        <source>Kept without an owner or person responsible: {records}.</source>
        <translation>Păstrate fără responsabil sau persoană responsabilă: {records}.</translation>
    </message>
    <message>
        <source>Free text still names them; edit it where it should not:</source>
        <translation>Textul liber încă o numește; editați-l acolo unde nu ar trebui:</translation>
    </message>
    <message>
        <source>{table}.{column}, record {id}</source>
        <translation>{table}.{column}, înregistrarea {id}</translation>
    </message>
    <message>
        <source>Warning: another program was using {path}, so old copies of the erased data may remain in unused parts of the file. Close every program using it and compact the file before sharing or backing it up.</source>
        <translation>Atenție: alt program folosea {path}, de aceea copii vechi ale datelor șterse pot rămâne în părți nefolosite ale fișierului. Închideți toate programele care îl folosesc și compactați fișierul înainte de a-l partaja sau de a face o copie de rezervă.</translation>
    </message>
    <message>
        <source>No person with the id or e-mail {key}. They may have been erased already.</source>
        <translation>Nu există nicio persoană cu id-ul sau e-mailul {key}. Este posibil să fi fost deja ștearsă.</translation>
    </message>
    <message>
        <source>Several people have the e-mail {email} (ids {ids}); give the id instead.</source>
        <translation>Mai multe persoane au e-mailul {email} (id-uri {ids}); indicați id-ul.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Apartenențe la grupuri</translation>
    </message>
    <message>
        <source>Power and interest assessments</source>
        <translation>Evaluări ale influenței și interesului</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Evidențe ale consimțământului</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Tasks they own</source>
        <translation>Sarcini pe care le are în responsabilitate</translation>
    </message>
    <message>
        <source>Risks they own</source>
        <translation>Riscuri pe care le are în responsabilitate</translation>
    </message>
    <message>
        <source>Actions they are responsible for</source>
        <translation>Acțiuni de care răspunde</translation>
    </message>
    <message>
        <source>Indicators they own</source>
        <translation>Indicatori pe care îi are în responsabilitate</translation>
    </message>
    <message>
        <source>Free text that names them</source>
        <translation>Text liber care o numește</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Înregistrat</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modificare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Tip de grup</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Intrat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ieșit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Influență</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovadă</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retras</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Participant neinvitat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizat la</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id înregistrare</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Personal data held about {name}</source>
        <translation>Date cu caracter personal deținute despre {name}</translation>
    </message>
    <message>
        <source>Exported from lagdesk on {date}.</source>
        <translation>Exportat din lagdesk la {date}.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nimic înregistrat.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: dosarul nu există.</translation>
    </message>
    <message>
        <source>{path}: choose a file name ending in .json.</source>
        <translation>{path}: alegeți un nume de fișier care se termină în .json.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}</source>
        <translation>{path} nu poate fi scris: {detail}</translation>
    </message>
    <message>
        <source>The person could not be erased: {detail}</source>
        <translation>Persoana nu a putut fi ștearsă definitiv: {detail}</translation>
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <source>People in this photo</source>
        <translation>Persoane în această fotografie</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Tastați un nume sau o organizație</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Caută:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>{person} · attended</source>
        <translation>{person} · prezent(ă)</translation>
    </message>
    <message>
        <source>Erasing a person&apos;s data also deletes the photos they are marked in here.</source>
        <translation>Ștergerea datelor unei persoane șterge și fotografiile în care este marcată aici.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Integrated Action Plan of {city}</source>
        <translation>Planul Integrat de Acțiune al orașului {city}</translation>
    </message>
    <message>
        <source>Integrated Action Plan ({network})</source>
        <translation>Plan Integrat de Acțiune ({network})</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Plan Integrat de Acțiune</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>obiectiv</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acțiune</translation>
    </message>
    <message>
        <source>The tag “{tag}” is longer than {limit} characters.</source>
        <translation>Eticheta „{tag}” are mai mult de {limit} caractere.</translation>
    </message>
    <message>
        <source>milestone {field}</source>
        <translation>jalon: {field}</translation>
    </message>
    <message>
        <source>funding {field}</source>
        <translation>finanțare: {field}</translation>
    </message>
    <message>
        <source>Milestone “{title}” is due outside the action&apos;s start and end.</source>
        <translation>Termenul jalonului „{title}” este în afara perioadei acțiunii (început–sfârșit).</translation>
    </message>
    <message>
        <source>The funding lines add up to {funded}, more than the estimated cost of {cost}.</source>
        <translation>Liniile de finanțare însumează {funded}, mai mult decât costul estimat de {cost}.</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>linie de finanțare</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risc</translation>
    </message>
    <message>
        <source>Objective {code} “{title}” cannot be deleted while actions belong to it or to its specific objectives (actions: {count}). Move them to another objective or delete them first.</source>
        <translation>Obiectivul {code} „{title}” nu poate fi șters cât timp îi aparțin acțiuni lui sau obiectivelor sale specifice (acțiuni: {count}). Mutați-le mai întâi la alt obiectiv sau ștergeți-le.</translation>
    </message>
    <message>
        <source>Nothing can go under specific objective {code}: objectives go two levels deep (strategic &gt; specific). Choose a strategic objective.</source>
        <translation>Nimic nu poate fi plasat sub obiectivul specific {code}: obiectivele au două niveluri (strategic &gt; specific). Alegeți un obiectiv strategic.</translation>
    </message>
    <message>
        <source>An objective cannot go under itself.</source>
        <translation>Un obiectiv nu poate fi plasat sub el însuși.</translation>
    </message>
    <message>
        <source>Strategic objective {code} has specific objectives, so it cannot go under another objective: objectives go two levels deep (strategic &gt; specific).</source>
        <translation>Obiectivul strategic {code} are obiective specifice, deci nu poate fi plasat sub alt obiectiv: obiectivele au două niveluri (strategic &gt; specific).</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lider</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Asigurat</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Deficit</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Objective code</source>
        <translation>Cod obiectiv</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Cod acțiune</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organizație lider</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organizații partenere</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Persoană responsabilă</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Progres %</translation>
    </message>
    <message>
        <source>Estimated cost (EUR)</source>
        <translation>Cost estimat (EUR)</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Rezultat așteptat</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Realizări</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Gender dimension</source>
        <translation>Dimensiunea de gen</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanțare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Sumă (EUR)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Cod indicator</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>Cod UE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definiție</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate de măsură</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polaritate</translation>
    </message>
    <message>
        <source>Accumulation</source>
        <translation>Cumulare</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Data valorii de referință</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valoare-țintă</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data țintei</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sursa datelor</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Metoda de colectare</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecvență</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Defalcare</translation>
    </message>
    <message>
        <source>Linked objective codes</source>
        <translation>Coduri obiective legate</translation>
    </message>
    <message>
        <source>Linked action codes</source>
        <translation>Coduri acțiuni legate</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Măsurători</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Value women</source>
        <translation>Valoare femei</translation>
    </message>
    <message>
        <source>Value men</source>
        <translation>Valoare bărbați</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Notă privind sursa</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Introdus de</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscuri</translation>
    </message>
    <message>
        <source>Risk code</source>
        <translation>Cod risc</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Probabilitate (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Impact (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Măsuri de atenuare</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: exportul este un registru de lucru Excel; denumiți-l .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} există deja; alegeți alt nume sau înlocuiți-l.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: dosarul nu există.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} nu poate fi scris: {reason}.</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>actions, funding, indicators, measurements and risks to an .xlsx file</source>
        <translation>acțiuni, finanțare, indicatori, măsurători și riscuri într-un fișier .xlsx</translation>
    </message>
    <message>
        <source>the action plan and indicators from an exported .xlsx file</source>
        <translation>planul de acțiune și indicatorii dintr-un fișier .xlsx exportat</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>verifică și raportează, nu scrie nimic</translation>
    </message>
    <message>
        <source>indicator measurements from an .xlsx or .csv file</source>
        <translation>măsurători ale indicatorilor dintr-un fișier .xlsx sau .csv</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>codificarea textului unui fișier CSV</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>foaia din registrul de lucru care se citește</translation>
    </message>
    <message>
        <source>{actions} actions, {funding} funding lines, {indicators} indicators, {measurements} measurements and {risks} risks written to {path}.</source>
        <translation>{actions} acțiuni, {funding} linii de finanțare, {indicators} indicatori, {measurements} măsurători și {risks} riscuri scrise în {path}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, skipped {skipped}, invalid {invalid}.</source>
        <translation>{sheet}: {rows} rânduri; noi {creates}, omise {skipped}, nevalide {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, removed {deletes}, invalid {invalid}.</source>
        <translation>{sheet}: {rows} rânduri; noi {creates}, modificate {updates}, nemodificate {unchanged}, eliminate {deletes}, nevalide {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, invalid {invalid}.</source>
        <translation>{sheet}: {rows} rânduri; noi {creates}, modificate {updates}, nemodificate {unchanged}, nevalide {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: columns ignored: {columns}.</source>
        <translation>{sheet}: coloane ignorate: {columns}.</translation>
    </message>
    <message>
        <source>{field}: “{old}” -&gt; “{new}”</source>
        <translation>{field}: „{old}” -&gt; „{new}”</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): {fields}</source>
        <translation>  {sheet}, rândul {row} ({code}): {fields}</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): new</source>
        <translation>  {sheet}, rândul {row} ({code}): nou</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): skipped, {reason}</source>
        <translation>  {sheet}, rândul {row} ({code}): omis, {reason}</translation>
    </message>
    <message>
        <source>  {sheet}: removed {line}</source>
        <translation>  {sheet}: eliminat {line}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>{file} ({encoding}, separator {separator}): {sheets}.</source>
        <translation>{file} ({encoding}, separator {separator}): {sheets}.</translation>
    </message>
    <message>
        <source>{file}: {sheets}.</source>
        <translation>{file}: {sheets}.</translation>
    </message>
    <message>
        <source>  ... and {count} more.</source>
        <translation>  ... și încă {count}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Notă: {warning}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file and import it again.</source>
        <translation>lagdesk: rânduri refuzate: {rows}; nu s-a importat nimic. Corectați fișierul și importați-l din nou.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds what the file says.</source>
        <translation>Nimic de importat: baza de date conține deja ce spune fișierul.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulare: nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>The import would create {created}, update {updated} and remove {deleted}.</source>
        <translation>Importul ar crea {created}, ar actualiza {updated} și ar elimina {deleted}.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {deleted} removed.</source>
        <translation>Importat: {created} create, {updated} actualizate, {deleted} eliminate.</translation>
    </message>
    <message>
        <source>the code {code} is also on row {row} of this sheet.</source>
        <translation>codul {code} apare și pe rândul {row} al acestei foi.</translation>
    </message>
    <message>
        <source>there is no organisation {name} in the stakeholder register; add it there first, or correct the name.</source>
        <translation>nu există organizația {name} în registrul părților interesate; adăugați-o mai întâi acolo sau corectați numele.</translation>
    </message>
    <message>
        <source>there is no person {name} in the stakeholder register; write their e-mail address or their first and last name as stored.</source>
        <translation>nu există persoana {name} în registrul părților interesate; scrieți adresa ei de e-mail sau prenumele și numele așa cum sunt înregistrate.</translation>
    </message>
    <message>
        <source>{count} people in the stakeholder register are called {name}; write the e-mail address of the one you mean.</source>
        <translation>{count} persoane din registrul părților interesate se numesc {name}; scrieți adresa de e-mail a celei la care vă referiți.</translation>
    </message>
    <message>
        <source>no objective has the code {code}.</source>
        <translation>niciun obiectiv nu are codul {code}.</translation>
    </message>
    <message>
        <source>{count} objectives have the code {code}; renumber them in lagdesk first.</source>
        <translation>{count} obiective au codul {code}; renumerotați-le mai întâi în lagdesk.</translation>
    </message>
    <message>
        <source>{count} stored actions have the code {code}; give them different codes in lagdesk first.</source>
        <translation>{count} acțiuni înregistrate au codul {code}; dați-le mai întâi coduri diferite în lagdesk.</translation>
    </message>
    <message>
        <source>no action has the code {code}.</source>
        <translation>nicio acțiune nu are codul {code}.</translation>
    </message>
    <message>
        <source>{action}: {source}, {amount} ({status})</source>
        <translation>{action}: {source}, {amount} ({status})</translation>
    </message>
    <message>
        <source>the funding lines of action {code} add up to {total}, more than its estimated cost of {cost}.</source>
        <translation>liniile de finanțare ale acțiunii {code} însumează {total}, mai mult decât costul ei estimat de {cost}.</translation>
    </message>
    <message>
        <source>no indicator has the code {code}.</source>
        <translation>niciun indicator nu are codul {code}.</translation>
    </message>
    <message>
        <source>the date is before the indicator&apos;s baseline date ({baseline}).</source>
        <translation>data este înainte de data valorii de referință a indicatorului ({baseline}).</translation>
    </message>
    <message>
        <source>women and men add up to {sum}, not to the value {value}.</source>
        <translation>femeile și bărbații însumează {sum}, nu valoarea {value}.</translation>
    </message>
    <message>
        <source>the same indicator, date and value are stored already.</source>
        <translation>același indicator, aceeași dată și aceeași valoare sunt deja înregistrate.</translation>
    </message>
    <message>
        <source>it repeats row {row}.</source>
        <translation>repetă rândul {row}.</translation>
    </message>
    <message>
        <source>a measurement of {value} on this date is stored already; this one is added beside it.</source>
        <translation>o măsurătoare de {value} la această dată este deja înregistrată; aceasta se adaugă alături.</translation>
    </message>
    <message>
        <source>the database has no plan yet; create it in lagdesk first.</source>
        <translation>baza de date nu are încă un plan; creați-l mai întâi în lagdesk.</translation>
    </message>
    <message>
        <source>a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it.</source>
        <translation>un plan se importă dintr-un registru de lucru Excel (.xlsx) în forma în care îl exportă lagdesk.</translation>
    </message>
    <message>
        <source>the workbook has none of the sheets {sheets}; its sheets are: {names}.</source>
        <translation>registrul de lucru nu are niciuna dintre foile {sheets}; foile lui sunt: {names}.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>fișierul nu are rânduri.</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, foaia {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet} has no column “{column}”; its columns are: {columns}.</source>
        <translation>foaia {sheet} nu are coloana „{column}”; coloanele ei sunt: {columns}.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>textul are {length} caractere; cel mult {limit}.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} nu este un număr.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} nu este un număr întreg.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} nu este o dată; scrieți-o sub forma AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} nu este una dintre valorile: {choices}.</translation>
    </message>
    <message>
        <source>{item} is {length} characters long; at most {limit}.</source>
        <translation>{item} are {length} caractere; cel mult {limit}.</translation>
    </message>
    <message>
        <source>{file}: the plan was changed (by another import or in the app) after the file was checked; nothing was imported. Check the file again, then import it.</source>
        <translation>{file}: planul a fost modificat (de un alt import sau în aplicație) după verificarea fișierului; nu s-a importat nimic. Verificați din nou fișierul, apoi importați-l.</translation>
    </message>
    <message>
        <source>This preview is of a plan workbook; apply it as a plan import.</source>
        <translation>Această previzualizare este a unui registru de lucru al planului; aplicați-o ca import de plan.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Nothing is written until you press Import. Then the whole file is imported in one step, or nothing if something goes wrong. Undo does not take an import back: check the changes above first.</source>
        <translation>Nu se scrie nimic până nu apăsați Importă. Atunci întregul fișier se importă într-un singur pas sau nimic, dacă ceva nu merge bine. Anularea nu retrage un import: verificați mai întâi modificările de mai sus.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>Import measurements from {file}</source>
        <translation>Import măsurători din {file}</translation>
    </message>
    <message>
        <source>Import the action plan from {file}</source>
        <translation>Import plan de acțiune din {file}</translation>
    </message>
    <message>
        <source>&amp;Changes ({count})</source>
        <translation>&amp;Modificări ({count})</translation>
    </message>
    <message>
        <source>&amp;Problems ({problems}) and notes ({notes})</source>
        <translation>&amp;Probleme ({problems}) și note ({notes})</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>{file} (text encoding {encoding}, separator {separator}).</source>
        <translation>{file} (codificarea textului {encoding}, separator {separator}).</translation>
    </message>
    <message>
        <source>{file}: sheets {sheets}.</source>
        <translation>{file}: foile {sheets}.</translation>
    </message>
    <message>
        <source>New: {count}</source>
        <translation>Noi: {count}</translation>
    </message>
    <message>
        <source>changed: {count}</source>
        <translation>modificate: {count}</translation>
    </message>
    <message>
        <source>unchanged: {count}</source>
        <translation>nemodificate: {count}</translation>
    </message>
    <message>
        <source>funding lines removed: {count}</source>
        <translation>linii de finanțare eliminate: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>omise: {count}</translation>
    </message>
    <message>
        <source>{rows} row(s) have problems, listed under Problems. Nothing can be imported until they are corrected: correct the file and import it again.</source>
        <translation>Rânduri cu probleme: {rows}, enumerate la Probleme. Nu se poate importa nimic până nu sunt corectate: corectați fișierul și importați-l din nou.</translation>
    </message>
    <message>
        <source>Correct the rows with problems first.</source>
        <translation>Corectați mai întâi rândurile cu probleme.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds what the file says.</source>
        <translation>Nimic de modificat: baza de date conține deja ce spune fișierul.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Nu este nimic de importat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>PlanTotals</name>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Asigurat</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potențial</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Deficit</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Pondere asigurată</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Întregul plan</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificat</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminat</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foaie</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nemodificate</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Cu probleme</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation>Problemă sau notă</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce se modifică</translation>
    </message>
</context>
<context>
    <name>PlanTransfers</name>
    <message>
        <source>Export the action plan to Excel</source>
        <translation>Export plan de acțiune în Excel</translation>
    </message>
    <message>
        <source>action-plan-{date}.xlsx</source>
        <translation>plan-de-actiune-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Se scrie {file}…</translation>
    </message>
    <message>
        <source>Import the action plan from Excel</source>
        <translation>Import plan de acțiune din Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Registru de lucru Excel (*.xlsx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Se citește {file}…</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Import măsurători</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Foi de calcul (*.xlsx *.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Se importă {count} rânduri…</translation>
    </message>
    <message>
        <source>{file}: measurements added: {created}, skipped: {skipped}.</source>
        <translation>{file}: măsurători adăugate: {created}, omise: {skipped}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <source>Version {name} is approved and cannot be changed. Save a new version instead.</source>
        <translation>Versiunea {name} este aprobată și nu mai poate fi modificată. Salvați în schimb o versiune nouă.</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>versiune a planului</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nume</translation>
    </message>
    <message>
        <source>A version named {name} already exists.</source>
        <translation>Există deja o versiune cu numele {name}.</translation>
    </message>
    <message>
        <source>There is no action plan yet, so there is nothing to save.</source>
        <translation>Nu există încă un plan de acțiune, deci nu este nimic de salvat.</translation>
    </message>
    <message>
        <source>Version {name} is {old}; it cannot become {new}. Allowed next: {allowed}.</source>
        <translation>Versiunea {name} este {old}; nu poate deveni {new}. Stări următoare permise: {allowed}.</translation>
    </message>
    <message>
        <source>{name} (draft {number})</source>
        <translation>{name} (ciorna {number})</translation>
    </message>
    <message>
        <source>The saved copy of version {name} cannot be read.</source>
        <translation>Copia salvată a versiunii {name} nu poate fi citită.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Action milestones</source>
        <translation>Jaloanele acțiunilor</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Linii de finanțare</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscuri</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Indicator milestones</source>
        <translation>Jaloanele indicatorilor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titlu</translation>
    </message>
    <message>
        <source>city</source>
        <translation>oraș</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>viziune</translation>
    </message>
    <message>
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <source>problem analysis</source>
        <translation>analiza problemei</translation>
    </message>
    <message>
        <source>transnational learning</source>
        <translation>învățare transnațională</translation>
    </message>
    <message>
        <source>code</source>
        <translation>cod</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>parent objective</source>
        <translation>obiectiv părinte</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descriere</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>obiectiv</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>organizație lider</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>parteneri</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>persoană responsabilă</translation>
    </message>
    <message>
        <source>start</source>
        <translation>început</translation>
    </message>
    <message>
        <source>end</source>
        <translation>sfârșit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stare</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>progres %</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>rezultat așteptat</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>realizări</translation>
    </message>
    <message>
        <source>gender dimension</source>
        <translation>dimensiunea de gen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etichete</translation>
    </message>
    <message>
        <source>source decision</source>
        <translation>decizia de origine</translation>
    </message>
    <message>
        <source>due</source>
        <translation>termen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizat</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sursă</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>sumă</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notă</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>probabilitate</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>măsuri de atenuare</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabil</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acțiuni</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>cod UE</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definiție</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unitate de măsură</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>polaritate</translation>
    </message>
    <message>
        <source>accumulation</source>
        <translation>cumulare</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>valoare de referință</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>data valorii de referință</translation>
    </message>
    <message>
        <source>target</source>
        <translation>țintă</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>data țintei</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>sursa datelor</translation>
    </message>
    <message>
        <source>collection method</source>
        <translation>metoda de colectare</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frecvență</translation>
    </message>
    <message>
        <source>disaggregation</source>
        <translation>defalcare</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>obiective</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valoare</translation>
    </message>
    <message>
        <source>Objective {code} “{title}”</source>
        <translation>Obiectivul {code} „{title}”</translation>
    </message>
    <message>
        <source>Action {code} “{title}”</source>
        <translation>Acțiunea {code} „{title}”</translation>
    </message>
    <message>
        <source>Milestone “{title}” of action {code}</source>
        <translation>Jalonul „{title}” al acțiunii {code}</translation>
    </message>
    <message>
        <source>Funding line {source} of action {code}</source>
        <translation>Linia de finanțare {source} a acțiunii {code}</translation>
    </message>
    <message>
        <source>Risk “{title}”</source>
        <translation>Riscul „{title}”</translation>
    </message>
    <message>
        <source>Risk {code} “{title}”</source>
        <translation>Riscul {code} „{title}”</translation>
    </message>
    <message>
        <source>Indicator {code} “{name}”</source>
        <translation>Indicatorul {code} „{name}”</translation>
    </message>
    <message>
        <source>Milestone {date} of indicator {code}</source>
        <translation>Jalonul {date} al indicatorului {code}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acțiune</translation>
    </message>
    <message>
        <source>{item}: {field} set to {new}</source>
        <translation>{item}: {field} setat la {new}</translation>
    </message>
    <message>
        <source>{item}: {field} cleared (was {old})</source>
        <translation>{item}: {field} golit (era {old})</translation>
    </message>
    <message>
        <source>{item}: {field} {old} -&gt; {new}</source>
        <translation>{item}: {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Adăugat: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Eliminat: {item}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Other</source>
        <translation>Alt program</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Select an indicator to see its progress.</source>
        <translation>Selectați un indicator pentru a-i vedea progresul.</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Grafic de progres</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afișează detaliile...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ascunde detaliile...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da la &amp;toate</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nu la t&amp;oate</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiază a&amp;dresa legăturii</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{path} is not a lagdesk file (no SQLite header), so nothing can be recovered from it.</source>
        <translation>{path} nu este un fișier lagdesk (lipsește antetul SQLite), deci nu se poate recupera nimic din el.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} nu poate fi citit: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{path}: cannot write the PDF.</source>
        <translation>{path}: PDF-ul nu poate fi scris.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Părți interesate</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Tip de grup</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Parte din</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Intrat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ieșit</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID întâlnire</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitați</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decizii</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Sarcini deschise</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Data întâlnirii</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Participant neinvitat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Nr. decizie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizat la</translation>
    </message>
    <message>
        <source>Decisions and tasks</source>
        <translation>Decizii și sarcini</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Cod indicator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate de măsură</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Data raportului</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valoare curentă</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Progres așteptat</translation>
    </message>
    <message>
        <source>Measurements used</source>
        <translation>Măsurători folosite</translation>
    </message>
    <message>
        <source>Latest measurement</source>
        <translation>Ultima măsurătoare</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rețea</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>Persoane în registru</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Membrii grupului local</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Întâlniri desfășurate</translation>
    </message>
    <message>
        <source>Attendances at meetings held</source>
        <translation>Prezențe la întâlnirile desfășurate</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Cost estimat</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Finanțare asigurată</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Deficit de finanțare</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Indicators: {status}</source>
        <translation>Indicatori: {status}</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscuri</translation>
    </message>
    <message>
        <source>Personal names</source>
        <translation>Nume personale</translation>
    </message>
    <message>
        <source>Replaced by pseudonyms (P-0001 ...)</source>
        <translation>Înlocuite cu pseudonime (P-0001 ...)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>{file}: the report is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: raportul este un registru de lucru Excel; denumiți-l .xlsx.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: dosarul nu există.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} nu poate fi scris: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Reading the plan…</source>
        <translation>Se citește planul…</translation>
    </message>
    <message>
        <source>Building the chapters and charts…</source>
        <translation>Se generează capitolele și graficele…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Se paginează documentul…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Se desenează graficele…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {pages} pages, as in the PDF.</source>
        <translation>
            <numerusform>Prima pagină (%n din {pages}), ca în PDF.</numerusform>
            <numerusform>Primele %n pagini din {pages}, ca în PDF.</numerusform>
            <numerusform>Primele %n de pagini din {pages}, ca în PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole document: %n pages, as in the PDF.</source>
        <translation>
            <numerusform>Întregul document: %n pagină, ca în PDF.</numerusform>
            <numerusform>Întregul document: %n pagini, ca în PDF.</numerusform>
            <numerusform>Întregul document: %n de pagini, ca în PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {charts} charts. The export writes every chart, one file each.</source>
        <translation>
            <numerusform>Primul %n grafic din {charts}. Exportul scrie toate graficele, fiecare într-un fișier separat.</numerusform>
            <numerusform>Primele %n grafice din {charts}. Exportul scrie toate graficele, fiecare într-un fișier separat.</numerusform>
            <numerusform>Primele %n de grafice din {charts}. Exportul scrie toate graficele, fiecare într-un fișier separat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n charts. The export writes each to a file of its own.</source>
        <translation>
            <numerusform>%n grafic. Exportul îl scrie într-un fișier separat.</numerusform>
            <numerusform>Toate cele %n grafice. Exportul scrie fiecare grafic într-un fișier separat.</numerusform>
            <numerusform>Toate cele %n de grafice. Exportul scrie fiecare grafic într-un fișier separat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <source>The Summary sheet. The workbook also has a sheet each for stakeholders, groups, meetings, attendance, decisions and tasks, objectives, actions, funding, risks, indicators, measurements and progress.</source>
        <translation>Foaia Rezumat. Registrul de lucru mai conține câte o foaie pentru părți interesate, grupuri, întâlniri, prezență, decizii și sarcini, obiective, acțiuni, finanțare, riscuri, indicatori, măsurători și progres.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Se scrie {file}…</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path} ({pages} pages).</source>
        <translation>Planul Integrat de Acțiune a fost scris în {path} (pagini: {pages}).</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path}.</source>
        <translation>Planul Integrat de Acțiune a fost scris în {path}.</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>Se scriu foile…</translation>
    </message>
    <message>
        <source>The Excel report was written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Raportul Excel a fost scris în {path}. Foi: {sheets}; rânduri: {rows}.</translation>
    </message>
    <message>
        <source>{count} charts were written to {path}.</source>
        <translation>Graficele au fost scrise în {path}. Număr de grafice: {count}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Choose a report and its options, look at the preview, then export it. The file is written whole or not at all.</source>
        <translation>Alegeți un raport și opțiunile lui, verificați previzualizarea, apoi exportați-l. Fișierul se scrie fie în întregime, fie deloc.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>The plan document: Word, PDF or web page.</source>
        <translation>Documentul planului: Word, PDF sau pagină web.</translation>
    </message>
    <message>
        <source>Every register on its own sheet, for the council or an audit.</source>
        <translation>Fiecare registru pe o foaie separată, pentru consiliul local sau pentru audit.</translation>
    </message>
    <message>
        <source>&amp;Integrated Action Plan</source>
        <translation>Plan &amp;Integrat de Acțiune</translation>
    </message>
    <message>
        <source>E&amp;xcel report</source>
        <translation>R&amp;aport Excel</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafice</translation>
    </message>
    <message>
        <source>Every chart as a picture, one file each, for slides.</source>
        <translation>Fiecare grafic ca imagine, într-un fișier separat, pentru prezentări.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opțiuni</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lim&amp;ba:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>Ver&amp;siunea planului:</translation>
    </message>
    <message>
        <source>Progress and statuses are worked out on this date.</source>
        <translation>Progresul și stările se calculează la această dată.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>La &amp;data:</translation>
    </message>
    <message>
        <source>Include the &amp;names of local group members</source>
        <translation>Include &amp;numele membrilor grupului local</translation>
    </message>
    <message>
        <source>Without this, members are listed by organisation and role only.</source>
        <translation>Fără această opțiune, membrii sunt enumerați doar după organizație și rol.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise personal data</source>
        <translation>&amp;Pseudonimizează datele cu caracter personal</translation>
    </message>
    <message>
        <source>Names become stable pseudonyms (P-0001 …) and contacts are left out, for sharing outside the city.</source>
        <translation>Numele devin pseudonime stabile (P-0001 …), iar datele de contact sunt omise, pentru partajarea în afara primăriei.</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>P&amp;revizualizează</translation>
    </message>
    <message>
        <source>Show what the report will look like (F5)</source>
        <translation>Afișează cum va arăta raportul (F5)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportă…</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E)</source>
        <translation>Scrie raportul într-un fișier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Press Preview (F5) to see the report before you export it.</source>
        <translation>Apăsați Previzualizează (F5) pentru a vedea raportul înainte de a-l exporta.</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>Planul în forma actuală</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Pagină web (.html)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Registru de lucru Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Imagini PNG</translation>
    </message>
    <message>
        <source>SVG drawings (scalable)</source>
        <translation>Desene SVG (scalabile)</translation>
    </message>
    <message>
        <source>PDF files (one per chart)</source>
        <translation>Fișiere PDF (câte unul pentru fiecare grafic)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Se pregătește previzualizarea…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Previzualizarea a fost anulată.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Preview {number}</source>
        <translation>Previzualizare {number}</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>Dosarul pentru grafice</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Se exportă…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Exportul a fost anulat. Nu a fost scris niciun fișier.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Raportul nu a fost scris</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurare din copia de rezervă</translation>
    </message>
    <message>
        <source>Choose a backup of {name}. The file as it is now is kept beside it, so a restore can be undone by restoring that.</source>
        <translation>Alegeți o copie de rezervă a fișierului {name}. Fișierul, așa cum este acum, se păstrează alături, deci o restaurare poate fi anulată restaurându-l pe acela.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Făcută</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>Această copie</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Acum</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Încă nu există copii de rezervă ale acestui fișier.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurează…</translation>
    </message>
    <message>
        <source>Replace {name} with the backup made {when}? The file as it is now will be kept beside it.</source>
        <translation>Înlocuiți {name} cu copia de rezervă făcută la {when}? Fișierul, așa cum este acum, va fi păstrat alături.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Objectives</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate de măsură</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecvență</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valoare curentă</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotecă</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Proprii</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk {code}</source>
        <translation>Riscul {code}</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Risc nou</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriere:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Probabilitate:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Likelihood × impact: low up to {low}, medium {medium_from} to {medium}, high from {high}</source>
        <translation>Probabilitate × impact: scăzut până la {low}, mediu de la {medium_from} la {medium}, ridicat de la {high}</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Scor:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stare:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nimeni)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Măsuri de atenuare:</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Type part of a code or title</source>
        <translation>Tastați o parte dintr-un cod sau titlu</translation>
    </message>
    <message>
        <source>&amp;Find action:</source>
        <translation>&amp;Găsește acțiunea:</translation>
    </message>
    <message>
        <source>Linked &amp;actions (tick with Space):</source>
        <translation>&amp;Acțiuni legate (bifați cu Spațiu):</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n actions</source>
        <translation>
            <numerusform>Legat de o acțiune</numerusform>
            <numerusform>Legat de %n acțiuni</numerusform>
            <numerusform>Legat de %n de acțiuni</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <source>Risk not saved</source>
        <translation>Riscul nu a fost salvat</translation>
    </message>
</context>
<context>
    <name>RiskMatrixWidget</name>
    <message>
        <source>Likelihood and impact matrix</source>
        <translation>Matricea probabilitate–impact</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Probabilitate ↑</translation>
    </message>
    <message>
        <source>From {low} (1) to {high} (5)</source>
        <translation>De la {low} (1) la {high} (5)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Include &amp;closed risks</source>
        <translation>Include riscurile în&amp;chise</translation>
    </message>
    <message>
        <source>Count closed risks too; otherwise only open and mitigated ones</source>
        <translation>Numără și riscurile închise; altfel doar pe cele deschise și atenuate</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Afișează t&amp;ot</translation>
    </message>
    <message>
        <source>Show every risk in the register again</source>
        <translation>Afișează din nou toate riscurile din registru</translation>
    </message>
    <message>
        <source>Likelihood × imp&amp;act</source>
        <translation>Probabilitate × im&amp;pact</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Probabilitate × impact</translation>
    </message>
    <message numerus="yes">
        <source>%n risks counted, closed ones included</source>
        <translation>
            <numerusform>Un risc numărat, inclusiv cele închise</numerusform>
            <numerusform>%n riscuri numărate, inclusiv cele închise</numerusform>
            <numerusform>%n de riscuri numărate, inclusiv cele închise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open or mitigated risks counted</source>
        <translation>
            <numerusform>Un risc deschis sau atenuat numărat</numerusform>
            <numerusform>%n riscuri deschise sau atenuate numărate</numerusform>
            <numerusform>%n de riscuri deschise sau atenuate numărate</numerusform>
        </translation>
    </message>
    <message>
        <source>Register shows likelihood {likelihood} × impact {impact} only.</source>
        <translation>Registrul arată doar probabilitatea {likelihood} × impactul {impact}.</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>Rare</source>
        <translation>Rară</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Puțin probabilă</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posibilă</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probabilă</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Aproape sigură</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Neglijabil</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sever</translation>
    </message>
    <message>
        <source>low</source>
        <translation>scăzut</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mediu</translation>
    </message>
    <message>
        <source>high</source>
        <translation>ridicat</translation>
    </message>
    <message>
        <source>{value} – {word}</source>
        <translation>{value} – {word}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Măsuri de atenuare</translation>
    </message>
    <message>
        <source>Score {score}: {band}</source>
        <translation>Scor {score}: {band}</translation>
    </message>
    <message>
        <source>Impact {value}: {word}</source>
        <translation>Impact {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {value}: {word}</source>
        <translation>Probabilitate {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} ({likely}) × impact {impact} ({severe}): {count}</source>
        <translation>Probabilitate {likelihood} ({likely}) × impact {impact} ({severe}): {count}</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toate categoriile</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categori&amp;e:</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>Risc &amp;nou</translation>
    </message>
    <message>
        <source>Add a risk to the register (Insert)</source>
        <translation>Adaugă un risc în registru (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it risk</source>
        <translation>&amp;Editează riscul</translation>
    </message>
    <message>
        <source>Edit the selected risk (Enter)</source>
        <translation>Editează riscul selectat (Enter)</translation>
    </message>
    <message>
        <source>Delete ris&amp;k</source>
        <translation>Șterge ris&amp;cul</translation>
    </message>
    <message>
        <source>Delete the selected risk (Del)</source>
        <translation>Șterge riscul selectat (Del)</translation>
    </message>
    <message>
        <source>Risk re&amp;gister</source>
        <translation>Re&amp;gistrul riscurilor</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscuri</translation>
    </message>
    <message>
        <source>{total} risks</source>
        <translation>{total} riscuri</translation>
    </message>
    <message>
        <source>{shown} of {total} risks shown</source>
        <translation>{shown} din {total} riscuri afișate</translation>
    </message>
    <message>
        <source>Add risk {code}</source>
        <translation>Adăugare risc {code}</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Editare risc {code}</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”?</source>
        <translation>Ștergeți riscul {code} „{title}”?</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”? Its links to actions {actions} go with it.</source>
        <translation>Ștergeți riscul {code} „{title}”? Legăturile lui cu acțiunile {actions} se șterg odată cu el.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Ștergere risc</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Risk not deleted</source>
        <translation>Riscul nu a fost șters</translation>
    </message>
    <message>
        <source>Delete risk {code}</source>
        <translation>Ștergere risc {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de rezervă</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Deschide dosarul</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Păstrate în:</translation>
    </message>
    <message>
        <source>Backups of this file:</source>
        <translation>Copii de rezervă ale acestui fișier:</translation>
    </message>
    <message>
        <source>Space they take:</source>
        <translation>Spațiu ocupat:</translation>
    </message>
    <message>
        <source>A backup is made when the file is first opened each day and when it is closed after changes. Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks and one a month for {months} months, within {cap} (or {copies} times the file&apos;s size, if more).</source>
        <translation>O copie de rezervă se face la prima deschidere a fișierului în fiecare zi și la închiderea lui după modificări. Se păstrează: ultimele {last}, una pe zi timp de {days} zile, una pe săptămână timp de {weeks} săptămâni și una pe lună timp de {months} luni, în limita a {cap} (sau de {copies} ori dimensiunea fișierului, dacă este mai mult).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Areas</source>
        <translation>Secțiuni</translation>
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
        <translation>lista de prezență a unei întâlniri într-un fișier PDF</translation>
    </message>
    <message>
        <source>id of the meeting</source>
        <translation>id-ul întâlnirii</translation>
    </message>
    <message>
        <source>Sign-in sheet written to {path}. Invited: {people}. Pages: {pages}.</source>
        <translation>Lista de prezență a fost scrisă în {path}. Invitați: {people}. Pagini: {pages}.</translation>
    </message>
    <message>
        <source>There is no meeting with id {meeting}.</source>
        <translation>Nu există nicio întâlnire cu id-ul {meeting}.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence.</source>
        <translation>Păstrați această listă semnată ca dovadă pentru audit.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence until {date}.</source>
        <translation>Păstrați această listă semnată ca dovadă pentru audit până la {date}.</translation>
    </message>
    <message>
        <source>Sign-in sheet: {title}</source>
        <translation>Listă de prezență: {title}</translation>
    </message>
    <message>
        <source>Programme logo</source>
        <translation>Sigla programului</translation>
    </message>
    <message>
        <source>Attendance sign-in sheet</source>
        <translation>Listă de prezență</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <source>Time: {time} ({zone})</source>
        <translation>Ora: {time} ({zone})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Locul: {place}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Semnătură</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} din {pages}</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalii</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Subtip</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: exportul este un registru de lucru Excel; denumiți-l .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} există deja; alegeți alt nume sau înlocuiți-l.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: dosarul nu există.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} nu poate fi scris: {reason}.</translation>
    </message>
</context>
<context>
    <name>StakeholderList</name>
    <message>
        <source>Name, organisation, e-mail or role</source>
        <translation>Nume, organizație, e-mail sau rol</translation>
    </message>
    <message>
        <source>Name, type, city or e-mail</source>
        <translation>Nume, tip, oraș sau e-mail</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Caută:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Orice sector</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;up:</translation>
    </message>
    <message>
        <source>Mem&amp;bership:</source>
        <translation>Calitate de mem&amp;bru:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Oricine</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Membri actuali</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Foști membri</translation>
    </message>
    <message>
        <source>Never members</source>
        <translation>Niciodată membri</translation>
    </message>
    <message>
        <source>Membership of the chosen group, or of any group when none is chosen</source>
        <translation>Calitatea de membru în grupul ales sau în orice grup, dacă nu este ales niciunul</translation>
    </message>
    <message>
        <source>Gende&amp;r:</source>
        <translation>Ge&amp;n:</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Orice gen</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Persoană &amp;nouă…</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Organizație nouă…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Șter&amp;ge</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Orice grup</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>o persoană</numerusform>
            <numerusform>%Ln persoane</numerusform>
            <numerusform>%Ln de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>o organizație</numerusform>
            <numerusform>%Ln organizații</numerusform>
            <numerusform>%Ln de organizații</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>group</source>
        <translation>grup</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoană</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>calitate de membru</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizație</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>O persoană nu poate fi comasată cu ea însăși.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>O organizație nu poate fi comasată cu ea însăși.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: {detail}</source>
        <translation>Comasarea nu poate fi anulată: {detail}</translation>
    </message>
    <message>
        <source>The merge cannot be undone: the kept record was deleted since.</source>
        <translation>Comasarea nu poate fi anulată: înregistrarea păstrată a fost ștearsă între timp.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: id {id} has been given to a new record since.</source>
        <translation>Comasarea nu poate fi anulată: id-ul {id} a fost atribuit între timp unei înregistrări noi.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gestionare atentă</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Menținere satisfăcută</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Menținere informată</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Alegeți fie o persoană, fie o organizație.</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>evidență a consimțământului</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>Acest consimțământ a fost deja retras la {date}.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Adăugare la grup</translation>
    </message>
    <message>
        <source>There are no groups yet. Create one on the Groups tab first.</source>
        <translation>Nu există încă grupuri. Creați mai întâi unul în fila Grupuri.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to {group}</source>
        <translation>
            <numerusform>Adăugare %n persoană la {group}</numerusform>
            <numerusform>Adăugare %n persoane la {group}</numerusform>
            <numerusform>Adăugare %n de persoane la {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to {group}.</source>
        <translation>
            <numerusform>%n persoană a fost adăugată la {group}.</numerusform>
            <numerusform>%n persoane au fost adăugate la {group}.</numerusform>
            <numerusform>%n de persoane au fost adăugate la {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n era deja membru.</numerusform>
            <numerusform>%n erau deja membri.</numerusform>
            <numerusform>%n erau deja membri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluat la</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Influență</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interes</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Cadran</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dat la</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovadă</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retras la</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situație</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nesalvat încă</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retras</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Valabil</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membri activi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Intrat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ieșit</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Fără organizație</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Toate sectoarele</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} și {last}</translation>
    </message>
    <message numerus="yes">
        <source>attendance at %n meetings</source>
        <translation>
            <numerusform>prezența la %n întâlnire</numerusform>
            <numerusform>prezența la %n întâlniri</numerusform>
            <numerusform>prezența la %n de întâlniri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group memberships</source>
        <translation>
            <numerusform>%n apartenență la grup</numerusform>
            <numerusform>%n apartenențe la grupuri</numerusform>
            <numerusform>%n de apartenențe la grupuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n evidență a consimțământului</numerusform>
            <numerusform>%n evidențe ale consimțământului</numerusform>
            <numerusform>%n de evidențe ale consimțământului</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power/interest assessments</source>
        <translation>
            <numerusform>%n evaluare influență/interes</numerusform>
            <numerusform>%n evaluări influență/interes</numerusform>
            <numerusform>%n de evaluări influență/interes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n sarcină</numerusform>
            <numerusform>%n sarcini</numerusform>
            <numerusform>%n de sarcini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n acțiune</numerusform>
            <numerusform>%n acțiuni</numerusform>
            <numerusform>%n de acțiuni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n risc</numerusform>
            <numerusform>%n riscuri</numerusform>
            <numerusform>%n de riscuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicatori</numerusform>
            <numerusform>%n de indicatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Ștergeți {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Ștergeți această persoană?</numerusform>
            <numerusform>Ștergeți aceste %n persoane?</numerusform>
            <numerusform>Ștergeți aceste %n de persoane?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <translation>Se șterg odată cu persoana: {things}.</translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <comment>several people</comment>
        <translation>Se șterg odată cu persoanele: {things}.</translation>
    </message>
    <message>
        <source>{things} will have no one responsible.</source>
        <translation>Rămân fără responsabil: {things}.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Puteți anula cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation>Ștergeți organizația {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Ștergeți această organizație?</numerusform>
            <numerusform>Ștergeți aceste %n organizații?</numerusform>
            <numerusform>Ștergeți aceste %n de organizații?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who work there stay, without an organisation.</source>
        <translation>
            <numerusform>%n persoană care lucrează acolo rămâne, fără organizație.</numerusform>
            <numerusform>%n persoane care lucrează acolo rămân, fără organizație.</numerusform>
            <numerusform>%n de persoane care lucrează acolo rămân, fără organizație.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its {things} go with it.</source>
        <translation>Se șterg odată cu aceasta: {things}.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions will have no lead organisation.</source>
        <translation>
            <numerusform>%n acțiune va rămâne fără organizație lider.</numerusform>
            <numerusform>%n acțiuni vor rămâne fără organizație lider.</numerusform>
            <numerusform>%n de acțiuni vor rămâne fără organizație lider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lead of %n actions</source>
        <translation>
            <numerusform>rolul de lider la %n acțiune</numerusform>
            <numerusform>rolul de lider la %n acțiuni</numerusform>
            <numerusform>rolul de lider la %n de acțiuni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action partnerships</source>
        <translation>
            <numerusform>%n parteneriat la acțiuni</numerusform>
            <numerusform>%n parteneriate la acțiuni</numerusform>
            <numerusform>%n de parteneriate la acțiuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group {name}?</source>
        <translation>Ștergeți grupul {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n memberships go with it.</source>
        <translation>
            <numerusform>%n apartenență la grup se șterge odată cu acesta.</numerusform>
            <numerusform>%n apartenențe la grup se șterg odată cu acesta.</numerusform>
            <numerusform>%n de apartenențe la grup se șterg odată cu acesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its invitations to %n meetings go with it.</source>
        <translation>
            <numerusform>Invitația grupului la %n întâlnire se șterge odată cu acesta.</numerusform>
            <numerusform>Invitațiile grupului la %n întâlniri se șterg odată cu acesta.</numerusform>
            <numerusform>Invitațiile grupului la %n de întâlniri se șterg odată cu acesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subgroups become top-level groups.</source>
        <translation>
            <numerusform>%n subgrup al acestuia devine grup de nivel superior.</numerusform>
            <numerusform>%n subgrupuri ale acestuia devin grupuri de nivel superior.</numerusform>
            <numerusform>%n de subgrupuri ale acestuia devin grupuri de nivel superior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>Nimic altceva nu face referire la acesta.</translation>
    </message>
    <message>
        <source>Moves to the record you keep: {things}.</source>
        <translation>Se mută la înregistrarea păstrată: {things}.</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Omite acest rând</translation>
    </message>
    <message>
        <source>Update the person</source>
        <translation>Actualizează persoana</translation>
    </message>
    <message>
        <source>Add as another person</source>
        <translation>Adaugă ca altă persoană</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Are probleme</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Deja în registru</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Repetă un rând anterior</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce se face</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>De ce / ce se modifică</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Merge {dropped} into {kept}</source>
        <translation>Comasare {dropped} în {kept}</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(fără organizație)</translation>
    </message>
    <message>
        <source>type to find an organisation</source>
        <translation>tastați pentru a găsi o organizație</translation>
    </message>
    <message>
        <source>No organisation is called {name}. Choose one from the list, or add it on the Organisations tab first.</source>
        <translation>Nicio organizație nu se numește {name}. Alegeți una din listă sau adăugați-o mai întâi în fila Organizații.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&amp;Add to group…</source>
        <translation>&amp;Adaugă la grup…</translation>
    </message>
    <message>
        <source>Add the selected people to a group</source>
        <translation>Adaugă persoanele selectate la un grup</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Comasează…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Comasează într-una singură două dubluri selectate</translation>
    </message>
    <message>
        <source>Import peop&amp;le…</source>
        <translation>Importă pe&amp;rsoane…</translation>
    </message>
    <message>
        <source>Add people from an Excel (.xlsx) or CSV file</source>
        <translation>Adaugă persoane dintr-un fișier Excel (.xlsx) sau CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportă…</translation>
    </message>
    <message>
        <source>Write people and organisations to an Excel workbook</source>
        <translation>Scrie persoanele și organizațiile într-un registru de lucru Excel</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Persoane</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizații</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupuri</translation>
    </message>
    <message>
        <source>Po&amp;wer/interest</source>
        <translation>&amp;Influență/interes</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Părți interesate</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Șter&amp;ge</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Scară:</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Toate obiectivele</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Obiectiv:</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Salvează &amp;imaginea…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, SVG or PDF file</source>
        <translation>Salvează calendarul ca fișier PNG, SVG sau PDF</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Too many actions to name each one: only the objectives are named. Choose an objective to see its actions by name.</source>
        <translation>Prea multe acțiuni pentru a le numi pe fiecare: sunt numite doar obiectivele. Alegeți un obiectiv pentru a-i vedea acțiunile după nume.</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Calendarul acțiunilor</translation>
    </message>
    <message>
        <source>Double-click an action to open it</source>
        <translation>Dublu clic pe o acțiune pentru a o deschide</translation>
    </message>
    <message>
        <source>{dates} · {status} · {progress} % done</source>
        <translation>{dates} · {status} · {progress} % realizat</translation>
    </message>
    <message>
        <source>◆ {date} {title} (done)</source>
        <translation>◆ {date} {title} (realizat)</translation>
    </message>
    <message>
        <source>◇ {date} {title}</source>
        <translation>◇ {date} {title}</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Salvare calendar</translation>
    </message>
    <message>
        <source>action-timeline-{date}.png</source>
        <translation>calendarul-actiunilor-{date}.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagine PNG (*.png);;Imagine SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The image could not be written to {path}: {reason}</source>
        <translation>Imaginea nu a putut fi scrisă în {path}: {reason}</translation>
    </message>
    <message>
        <source>Timeline saved to {path}</source>
        <translation>Calendarul a fost salvat în {path}</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tools used</source>
        <translation>Instrumente folosite</translation>
    </message>
    <message>
        <source>for example: Lego Serious Play</source>
        <translation>de exemplu: Lego Serious Play</translation>
    </message>
    <message>
        <source>Ot&amp;her tool:</source>
        <translation>Alt &amp;instrument:</translation>
    </message>
    <message>
        <source>&amp;Add tool</source>
        <translation>&amp;Adaugă instrument</translation>
    </message>
    <message>
        <source>&amp;Tools used</source>
        <translation>Instrumen&amp;te folosite</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>Funding by source</source>
        <translation>Finanțare pe surse</translation>
    </message>
    <message>
        <source>Cost and funding by objective</source>
        <translation>Cost și finanțare pe obiective</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in an action&apos;s detail.</source>
        <translation>Nu există încă linii de finanțare: adăugați-le în detaliile unei acțiuni.</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>Pe &amp;surse</translation>
    </message>
    <message>
        <source>By &amp;objective</source>
        <translation>Pe &amp;obiective</translation>
    </message>
    <message>
        <source>Plan totals</source>
        <translation>Totaluri plan</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · applied {applied} · potential {potential} · gap {gap}</source>
        <translation>Totaluri plan: cost {cost} · asigurat {secured} · solicitat {applied} · potențial {potential} · deficit {gap}</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import people</source>
        <translation>Import persoane</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Foi de calcul (*.xlsx *.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Se citește {file}…</translation>
    </message>
    <message>
        <source>Reading {file} again…</source>
        <translation>Se citește din nou {file}…</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Se importă {count} rânduri…</translation>
    </message>
    <message>
        <source>Import done. People added: {count}</source>
        <translation>Import finalizat. Persoane adăugate: {count}</translation>
    </message>
    <message>
        <source>updated: {count}</source>
        <translation>actualizate: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>omise: {count}</translation>
    </message>
    <message>
        <source>already up to date: {count}</source>
        <translation>deja actualizate: {count}</translation>
    </message>
    <message>
        <source>rows with problems left out: {count}</source>
        <translation>rânduri cu probleme lăsate deoparte: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>organizații noi: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>grupuri noi: {count}</translation>
    </message>
    <message>
        <source>Export people and organisations</source>
        <translation>Export persoane și organizații</translation>
    </message>
    <message>
        <source>{file} stakeholders.xlsx</source>
        <translation>{file} părți interesate.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {file}.</source>
        <translation>{people} persoane și {organisations} organizații scrise în {file}.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Se scrie {file}…</translation>
    </message>
</context>
<context>
    <name>TransnationalMeetingDialog</name>
    <message>
        <source>Add transnational meeting</source>
        <translation>Adăugare întâlnire transnațională</translation>
    </message>
    <message>
        <source>Edit transnational meeting</source>
        <translation>Editare întâlnire transnațională</translation>
    </message>
    <message>
        <source>for example Transnational meeting in Umeå</source>
        <translation>de exemplu Întâlnire transnațională la Umeå</translation>
    </message>
    <message>
        <source>No host city</source>
        <translation>Fără oraș gazdă</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation>&amp;Oraș gazdă</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Loc</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De la</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Până la</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Save changes to {what}? If you do not, they are lost.</source>
        <translation>Salvați modificările aduse la {what}? Dacă nu, se pierd.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Acest câmp este obligatoriu.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduceți un număr.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} este în afara intervalului {low}–{high}.</translation>
    </message>
    <message>
        <source>{value} is below {low}.</source>
        <translation>{value} este sub {low}.</translation>
    </message>
    <message>
        <source>{later} is before {earlier}.</source>
        <translation>{later} este înainte de {earlier}.</translation>
    </message>
    <message>
        <source>Unknown value {value}.</source>
        <translation>Valoare necunoscută: {value}.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Alegeți fie o persoană, fie o organizație.</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Salvare versiune</translation>
    </message>
    <message>
        <source>A copy of the whole plan as it is now is kept under this name: objectives, actions, funding, risks, indicators and targets. It starts as a draft.</source>
        <translation>Sub acest nume se păstrează o copie a întregului plan în forma actuală: obiective, acțiuni, finanțare, riscuri, indicatori și ținte. Versiunea pornește ca ciornă.</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Redenumire versiune</translation>
    </message>
    <message>
        <source>Change the name or the note of version “{name}”.</source>
        <translation>Modificați numele sau nota versiunii „{name}”.</translation>
    </message>
    <message>
        <source>Optional: why it was saved, who it goes to, what changed</source>
        <translation>Opțional: de ce a fost salvată, cui îi este destinată, ce s-a schimbat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otă:</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>{field}: set to {new}</source>
        <translation>{field}: setat la {new}</translation>
    </message>
    <message>
        <source>{field}: cleared (was {old})</source>
        <translation>{field}: golit (era {old})</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>No differences: the two plans are the same.</source>
        <translation>Nicio diferență: cele două planuri sunt identice.</translation>
    </message>
    <message>
        <source>Added: {added} · Removed: {removed} · Changed: {changed}</source>
        <translation>Adăugate: {added} · Eliminate: {removed} · Modificate: {changed}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Adăugat: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Eliminat: {item}</translation>
    </message>
    <message>
        <source>Changed: {item} — {change}</source>
        <translation>Modificat: {item} — {change}</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Adăugate:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Eliminate:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Modificate:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Înainte:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>După:</translation>
    </message>
    <message>
        <source>No version saved yet. Save a version to keep a copy of the plan as it is now, for review or for comparing later.</source>
        <translation>Nicio versiune salvată încă. Salvați o versiune pentru a păstra o copie a planului în forma actuală, pentru revizuire sau pentru comparații ulterioare.</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Differences</source>
        <translation>Diferențe</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiază în clipboard</translation>
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
        <translation>Nume</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvată</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>{status} (current)</source>
        <translation>{status} (actuală)</translation>
    </message>
    <message>
        <source>{objectives} objectives, {actions} actions, {indicators} indicators</source>
        <translation>{objectives} obiective, {actions} acțiuni, {indicators} indicatori</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <source>Save a version before you send the plan for review. A version keeps a copy of the whole plan; compare versions to see what changed since.</source>
        <translation>Salvați o versiune înainte de a trimite planul spre revizuire. O versiune păstrează o copie a întregului plan; comparați versiunile pentru a vedea ce s-a schimbat între timp.</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Salvează versiunea…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Depune spre revizuire</translation>
    </message>
    <message>
        <source>&amp;Return for changes</source>
        <translation>&amp;Returnează pentru modificări</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobă…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Rede&amp;numește…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Șter&amp;ge…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Compară…</translation>
    </message>
    <message>
        <source>Keep a copy of the plan as it is now</source>
        <translation>Păstrează o copie a planului în forma actuală</translation>
    </message>
    <message>
        <source>Mark the selected version as sent for review</source>
        <translation>Marchează versiunea selectată ca trimisă spre revizuire</translation>
    </message>
    <message>
        <source>Mark the selected version as returned by the reviewer for changes</source>
        <translation>Marchează versiunea selectată ca returnată de evaluator pentru modificări</translation>
    </message>
    <message>
        <source>Mark the selected version as approved; it can no longer be changed</source>
        <translation>Marchează versiunea selectată ca aprobată; nu mai poate fi modificată</translation>
    </message>
    <message>
        <source>See what changed between two versions, or since the selected version</source>
        <translation>Vedeți ce s-a schimbat între două versiuni sau de la versiunea selectată</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiuni</translation>
    </message>
    <message>
        <source>Version “{name}” is approved. Your next change starts a new draft.</source>
        <translation>Versiunea „{name}” este aprobată. Următoarea modificare începe o ciornă nouă.</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versiunea {number}</translation>
    </message>
    <message>
        <source>Version “{name}” saved.</source>
        <translation>Versiunea „{name}” a fost salvată.</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>Aprobare versiune</translation>
    </message>
    <message>
        <source>Approve version “{name}”? An approved version can no longer be renamed, deleted or changed. Later changes to the plan start a new draft.</source>
        <translation>Aprobați versiunea „{name}”? O versiune aprobată nu mai poate fi redenumită, ștearsă sau modificată. Modificările ulterioare ale planului încep o ciornă nouă.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobă</translation>
    </message>
    <message>
        <source>Version “{name}”: {status}.</source>
        <translation>Versiunea „{name}”: {status}.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Ștergere versiune</translation>
    </message>
    <message>
        <source>Delete version “{name}” and the reviews of it? The plan itself does not change. This cannot be undone.</source>
        <translation>Ștergeți versiunea „{name}” și revizuirile ei? Planul însuși nu se modifică. Operațiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Version “{name}” deleted.</source>
        <translation>Versiunea „{name}” a fost ștearsă.</translation>
    </message>
</context>
</TS>
