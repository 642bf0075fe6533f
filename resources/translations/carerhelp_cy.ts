<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AnswerInput</name>
    <message>
        <source>Error: {message}</source>
        <translation>Gwall: {message}</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Something went wrong, and CarerHelp could not finish. Every answer saved before this is safe.</source>
        <translation>Aeth rhywbeth o&apos;i le, ac ni allai CarerHelp orffen. Mae pob ateb a gadwyd cyn hyn yn ddiogel.</translation>
    </message>
    <message>
        <source>Record the client&apos;s &amp;consent…</source>
        <translation>Cofnodi &amp;caniatâd y cleient…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Tynnu caniatâd yn ôl…</translation>
    </message>
    <message>
        <source>Set the case&apos;s &amp;status…</source>
        <translation>Gosod &amp;statws yr achos…</translation>
    </message>
    <message>
        <source>Co&amp;py this case for another person cared for</source>
        <translation>Co&amp;pïo&apos;r achos hwn ar gyfer person arall sy&apos;n cael gofal</translation>
    </message>
    <message>
        <source>&amp;Archive or unarchive this case</source>
        <translation>&amp;Archifo&apos;r achos hwn neu ei dynnu o&apos;r archif</translation>
    </message>
    <message>
        <source>&amp;Export this case to a file…</source>
        <translation>Allf&amp;orio&apos;r achos hwn i ffeil…</translation>
    </message>
    <message>
        <source>E&amp;rase this client…</source>
        <translation>&amp;Dileu&apos;r cleient hwn…</translation>
    </message>
    <message>
        <source>&amp;Import a case from a file…</source>
        <translation>&amp;Mewnforio achos o ffeil…</translation>
    </message>
    <message>
        <source>&amp;Export everything (zip)…</source>
        <translation>Allforio &amp;popeth (zip)…</translation>
    </message>
    <message>
        <source>&amp;Anonymised figures for funders (CSV)…</source>
        <translation>&amp;Ffigurau dienw i gyllidwyr (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Erase e&amp;verything…</source>
        <translation>Dileu pop&amp;eth…</translation>
    </message>
    <message>
        <source>Advice-centre &amp;mode (many clients, consent, volunteers)</source>
        <translation>Modd &amp;canolfan gyngor (llawer o gleientiaid, caniatâd, gwirfoddolwyr)</translation>
    </message>
    <message>
        <source>Choose a case in the list first, or open one.</source>
        <translation>Dewiswch achos yn y rhestr yn gyntaf, neu agorwch un.</translation>
    </message>
    <message>
        <source>Record that the client has withdrawn consent? No new letters can then be made.</source>
        <translation>Cofnodi bod y cleient wedi tynnu ei ganiatâd yn ôl? Wedyn ni fydd modd gwneud llythyrau newydd.</translation>
    </message>
    <message>
        <source>Consent is withdrawn. Do you want to erase this client&apos;s information now?</source>
        <translation>Mae&apos;r caniatâd wedi&apos;i dynnu&apos;n ôl. Ydych chi am ddileu gwybodaeth y cleient hwn nawr?</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statws yr achos</translation>
    </message>
    <message>
        <source>Set the status to:</source>
        <translation>Gosod y statws yn:</translation>
    </message>
    <message>
        <source>The case is back in the list.</source>
        <translation>Mae&apos;r achos yn ôl yn y rhestr.</translation>
    </message>
    <message>
        <source>The case is archived. Tick &apos;Show archived cases&apos; to see it.</source>
        <translation>Mae&apos;r achos wedi&apos;i archifo. Ticiwch &apos;Dangos achosion yn yr archif&apos; i&apos;w weld.</translation>
    </message>
    <message>
        <source>Export this case</source>
        <translation>Allforio&apos;r achos hwn</translation>
    </message>
    <message>
        <source>CarerHelp case (*.carerhelp)</source>
        <translation>Achos CarerHelp (*.carerhelp)</translation>
    </message>
    <message>
        <source>Saving the case to a file…</source>
        <translation>Wrthi&apos;n cadw&apos;r achos mewn ffeil…</translation>
    </message>
    <message>
        <source>The case was saved to {path}.</source>
        <translation>Cafodd yr achos ei gadw yn {path}.</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>Mewnforio achos</translation>
    </message>
    <message>
        <source>CarerHelp case (*.carerhelp *.json)</source>
        <translation>Achos CarerHelp (*.carerhelp *.json)</translation>
    </message>
    <message>
        <source>This case has health details, and CarerHelp is in advice-centre mode, so they can only be kept if the client agrees to this:

“{DEFAULT_COVERS}”

Has the client agreed? Choose No to import nothing.</source>
        <translation>Mae manylion iechyd yn yr achos hwn, ac mae CarerHelp yn y modd canolfan gyngor, felly dim ond os yw&apos;r cleient yn cytuno i hyn y gellir eu cadw:

“{DEFAULT_COVERS}”

Ydy&apos;r cleient wedi cytuno? Dewiswch Na i beidio â mewnforio dim.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni chafodd dim ei fewnforio.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 munud</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 munud</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 munud</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 munud</translation>
    </message>
    <message>
        <source>&amp;Volunteers&apos; passwords…</source>
        <translation>Cyfrineiriau&apos;r &amp;gwirfoddolwyr…</translation>
    </message>
    <message>
        <source>&amp;Lock after a time unused…</source>
        <translation>&amp;Cloi ar ôl cyfnod heb ei ddefnyddio…</translation>
    </message>
    <message>
        <source>&amp;Protect my answers with a password…</source>
        <translation>&amp;Diogelu fy atebion â chyfrinair…</translation>
    </message>
    <message>
        <source>Turn password &amp;protection off…</source>
        <translation>Diffodd y &amp;diogelwch cyfrinair…</translation>
    </message>
    <message>
        <source>It is protected with the passphrase: tell it to whoever opens the file by phone or in person, not with the file.</source>
        <translation>Mae wedi&apos;i diogelu â&apos;r cyfrinymadrodd: dywedwch ef wrth bwy bynnag fydd yn agor y ffeil dros y ffôn neu wyneb yn wyneb, nid gyda&apos;r ffeil.</translation>
    </message>
    <message>
        <source>Importing the case…</source>
        <translation>Wrthi&apos;n mewnforio&apos;r achos…</translation>
    </message>
    <message>
        <source>The case was imported. It is at the top of the list.</source>
        <translation>Cafodd yr achos ei fewnforio. Mae ar frig y rhestr.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>y cleient hwn</translation>
    </message>
    <message>
        <source>Erase everything about {name}?

{PLAIN_EXPLANATION}</source>
        <translation>Dileu popeth am {name}?

{PLAIN_EXPLANATION}</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Wrthi&apos;n dileu {name}…</translation>
    </message>
    <message>
        <source>{name} has been erased. {message}</source>
        <translation>Mae {name} wedi&apos;i ddileu. {message}</translation>
    </message>
    <message>
        <source>Erase everything in CarerHelp?

{EVERYTHING_EXPLANATION}</source>
        <translation>Dileu popeth yn CarerHelp?

{EVERYTHING_EXPLANATION}</translation>
    </message>
    <message>
        <source>Are you sure? Every case and every backup will be gone for good. Choose Yes only if you mean to empty CarerHelp completely.</source>
        <translation>Ydych chi&apos;n siŵr? Bydd pob achos a phob copi wrth gefn yn diflannu am byth. Dewiswch Ie dim ond os ydych chi am wagio CarerHelp yn llwyr.</translation>
    </message>
    <message>
        <source>Everything has been erased. CarerHelp is now empty.</source>
        <translation>Mae popeth wedi&apos;i ddileu. Mae CarerHelp yn wag nawr.</translation>
    </message>
    <message>
        <source>Erasing everything…</source>
        <translation>Wrthi&apos;n dileu popeth…</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Allforio popeth</translation>
    </message>
    <message>
        <source>Zip file (*.zip)</source>
        <translation>Ffeil zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Wrthi&apos;n allforio popeth…</translation>
    </message>
    <message>
        <source>Everything was saved to {path}. Keep it safe: it holds personal information.</source>
        <translation>Cafodd popeth ei gadw yn {path}. Cadwch y ffeil yn ddiogel: mae&apos;n cynnwys gwybodaeth bersonol.</translation>
    </message>
    <message>
        <source>Anonymised figures</source>
        <translation>Ffigurau dienw</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Ffeil CSV (*.csv)</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Wrthi&apos;n cyfrif y ffigurau…</translation>
    </message>
    <message>
        <source>The figures were saved to {path}. They hold no names, and counts under 5 are hidden.</source>
        <translation>Cafodd y ffigurau eu cadw yn {path}. Does dim enwau ynddyn nhw, ac mae cyfrifon o dan 5 wedi&apos;u cuddio.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>A checked backup was made: {label}.</source>
        <translation>Cafodd copi wrth gefn ei wneud a&apos;i wirio: {label}.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Does dim copïau wrth gefn eto.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Choose a backup by its date:</source>
        <translation>Dewiswch gopi wrth gefn yn ôl ei ddyddiad:</translation>
    </message>
    <message>
        <source>Put back the backup from {label}? Anything changed since then will be replaced. The current file is kept, not deleted.</source>
        <translation>Adfer y copi wrth gefn o {label}? Bydd unrhyw beth a newidiwyd ers hynny yn cael ei ddisodli. Bydd y ffeil bresennol yn cael ei chadw, nid ei dileu.</translation>
    </message>
    <message>
        <source>Putting back the backup…</source>
        <translation>Wrthi&apos;n adfer y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Restored the backup made on {label}.</source>
        <translation>Wedi adfer y copi wrth gefn a wnaed ar {label}.</translation>
    </message>
    <message>
        <source>Protecting your answers with a password…</source>
        <translation>Wrthi&apos;n diogelu eich atebion â chyfrinair…</translation>
    </message>
    <message>
        <source>Turn password protection off? CarerHelp&apos;s data file and its backups will be kept without encryption again, so anyone who can use this computer, or copies the files, can read them.</source>
        <translation>Diffodd y diogelwch cyfrinair? Bydd ffeil ddata CarerHelp a&apos;i chopïau wrth gefn yn cael eu cadw heb eu hamgryptio eto, felly gall unrhyw un sy&apos;n gallu defnyddio&apos;r cyfrifiadur hwn, neu sy&apos;n copïo&apos;r ffeiliau, eu darllen.</translation>
    </message>
    <message>
        <source>Password protection is off.</source>
        <translation>Mae&apos;r diogelwch cyfrinair wedi&apos;i ddiffodd.</translation>
    </message>
    <message>
        <source>Turning password protection off…</source>
        <translation>Wrthi&apos;n diffodd y diogelwch cyfrinair…</translation>
    </message>
    <message>
        <source>Volunteers get their own passwords once the answers are protected with a password: choose &apos;Protect my answers with a password&apos; first.</source>
        <translation>Mae gwirfoddolwyr yn cael eu cyfrineiriau eu hunain unwaith y bydd yr atebion wedi&apos;u diogelu â chyfrinair: dewiswch &apos;Diogelu fy atebion â chyfrinair&apos; yn gyntaf.</translation>
    </message>
    <message>
        <source>Lock after a time unused</source>
        <translation>Cloi ar ôl cyfnod heb ei ddefnyddio</translation>
    </message>
    <message>
        <source>When nobody has used CarerHelp for this long, it locks itself (password protection must be on):</source>
        <translation>Pan nad oes neb wedi defnyddio CarerHelp am gyhyd â hyn, mae&apos;n cloi ei hun (rhaid i&apos;r diogelwch cyfrinair fod ymlaen):</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Llythyr wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>Yn aros am ateb</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Person cared for</source>
        <translation>Person sy&apos;n cael gofal</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Gwlad</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newid diwethaf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(dim enw eto)</translation>
    </message>
    <message>
        <source>{text} (archived)</source>
        <translation>{text} (yn yr archif)</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Gwirio eich atebion</translation>
    </message>
    <message>
        <source>Read your answers. If something is wrong, press Change next to it. Your answers are saved on this computer as you go.</source>
        <translation>Darllenwch eich atebion. Os oes rhywbeth yn anghywir, pwyswch Newid wrth ei ymyl. Mae eich atebion yn cael eu cadw ar y cyfrifiadur hwn wrth i chi fynd ymlaen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change your answer to: {text}</source>
        <translation>Newid eich ateb i: {text}</translation>
    </message>
    <message>
        <source>Print my answers (large print)</source>
        <translation>Argraffu fy atebion (print bras)</translation>
    </message>
    <message>
        <source>Print my answers in large print</source>
        <translation>Argraffu fy atebion mewn print bras</translation>
    </message>
    <message>
        <source>See what I may be able to get</source>
        <translation>Gweld beth y gallwn ei gael</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>the client</source>
        <translation>y cleient</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Y cleient</translation>
    </message>
    <message>
        <source>Record consent: {client}</source>
        <translation>Cofnodi caniatâd: {client}</translation>
    </message>
    <message>
        <source>Record {client}&apos;s consent</source>
        <translation>Cofnodi caniatâd {client}</translation>
    </message>
    <message>
        <source>Read this to {client}. Only tick the box if they agree. They can change their mind at any time, and then their information can be erased.</source>
        <translation>Darllenwch hyn i {client}. Ticiwch y blwch dim ond os ydyn nhw&apos;n cytuno. Gallan nhw newid eu meddwl unrhyw bryd, ac wedyn gellir dileu eu gwybodaeth.</translation>
    </message>
    <message>
        <source>What {client} agrees to:</source>
        <translation>Yr hyn y mae {client} yn cytuno iddo:</translation>
    </message>
    <message>
        <source>What {client} agrees to</source>
        <translation>Yr hyn y mae {client} yn cytuno iddo</translation>
    </message>
    <message>
        <source>{who} has told me they agree</source>
        <translation>Mae {who} wedi dweud wrtha i eu bod yn cytuno</translation>
    </message>
    <message>
        <source>Recorded by: {name}</source>
        <translation>Cofnodwyd gan: {name}</translation>
    </message>
    <message>
        <source>the person using this computer</source>
        <translation>y person sy&apos;n defnyddio&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
        <source>Tick the box only when {client} has said they agree.</source>
        <translation>Ticiwch y blwch dim ond pan fydd {client} wedi dweud eu bod yn cytuno.</translation>
    </message>
</context>
<context>
    <name>CouncilInput</name>
    <message>
        <source>Choose from the list</source>
        <translation>Dewiswch o&apos;r rhestr</translation>
    </message>
    <message>
        <source>Tip: type the first letters of the name to jump to it.</source>
        <translation>Awgrym: teipiwch lythrennau cyntaf yr enw i neidio ato.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>For example, 27 3 2024</source>
        <translation>Er enghraifft, 27 3 2024</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Enter the date as day, month and year in numbers, like 27 3 2024.</source>
        <translation>Rhowch y dyddiad fel diwrnod, mis a blwyddyn mewn rhifau, er enghraifft 27 3 2024.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Caring diary and earnings</source>
        <translation>Dyddiadur gofalu ac enillion</translation>
    </message>
    <message>
        <source>Back to my results</source>
        <translation>Yn ôl at fy nghanlyniadau</translation>
    </message>
    <message>
        <source>Print my assessment pack</source>
        <translation>Argraffu fy mhecyn asesu</translation>
    </message>
    <message>
        <source>Make the Prepare for your assessment pack</source>
        <translation>Gwneud y pecyn Paratoi ar gyfer eich asesiad</translation>
    </message>
    <message>
        <source>Diary or earnings</source>
        <translation>Dyddiadur neu enillion</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Earnings</source>
        <translation>&amp;Enillion</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <source>Write down each day&apos;s caring. It shows the council what caring is really like, and whether each week (Sunday to Saturday) reached the 35 hours Carer&apos;s Allowance needs.</source>
        <translation>Ysgrifennwch y gofalu a wnaethoch bob dydd. Mae&apos;n dangos i&apos;r cyngor sut beth yw gofalu go iawn, ac a gyrhaeddodd pob wythnos (dydd Sul i ddydd Sadwrn) y 35 awr sydd eu hangen ar gyfer Lwfans Gofalwr.</translation>
    </message>
    <message>
        <source>Person cared for</source>
        <translation>Person sy&apos;n cael gofal</translation>
    </message>
    <message>
        <source>&amp;Person cared for:</source>
        <translation>&amp;Person sy&apos;n cael gofal:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>← Day before</source>
        <translation>← Diwrnod cynt</translation>
    </message>
    <message>
        <source>Go to the day before</source>
        <translation>Mynd i&apos;r diwrnod cynt</translation>
    </message>
    <message>
        <source>Day after →</source>
        <translation>Diwrnod wedyn →</translation>
    </message>
    <message>
        <source>Go to the day after</source>
        <translation>Mynd i&apos;r diwrnod wedyn</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>Hours of caring on this day</source>
        <translation>Oriau gofalu ar y diwrnod hwn</translation>
    </message>
    <message>
        <source>&amp;Hours caring:</source>
        <translation>&amp;Oriau gofalu:</translation>
    </message>
    <message>
        <source>Times you were up in the night</source>
        <translation>Sawl gwaith y buoch chi ar eich traed yn y nos</translation>
    </message>
    <message>
        <source>Times up in the &amp;night:</source>
        <translation>Sawl gwaith ar eich traed yn y &amp;nos:</translation>
    </message>
    <message>
        <source>How you felt</source>
        <translation>Sut roeddech chi&apos;n teimlo</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ddweud</translation>
    </message>
    <message>
        <source>How you &amp;felt:</source>
        <translation>Sut roeddech chi&apos;n &amp;teimlo:</translation>
    </message>
    <message>
        <source>What you helped with:</source>
        <translation>Beth y gwnaethoch chi helpu gydag ef:</translation>
    </message>
    <message>
        <source>A note about the day</source>
        <translation>Nodyn am y diwrnod</translation>
    </message>
    <message>
        <source>N&amp;ote (what happened, in your words):</source>
        <translation>N&amp;odyn (beth ddigwyddodd, yn eich geiriau eich hun):</translation>
    </message>
    <message>
        <source>&amp;Save this day</source>
        <translation>&amp;Cadw&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation>Cadw&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>Same as &amp;yesterday ({SAME_AS_YESTERDAY})</source>
        <translation>Yr un fath â &amp;ddoe ({SAME_AS_YESTERDAY})</translation>
    </message>
    <message>
        <source>Fill in and save the same as the day before</source>
        <translation>Llenwi a chadw&apos;r un fath â&apos;r diwrnod cynt</translation>
    </message>
    <message>
        <source>Diary status</source>
        <translation>Statws y dyddiadur</translation>
    </message>
    <message>
        <source>What the last 4 weeks show</source>
        <translation>Beth mae&apos;r 4 wythnos ddiwethaf yn ei ddangos</translation>
    </message>
    <message>
        <source>Chart of caring hours by week</source>
        <translation>Siart o oriau gofalu fesul wythnos</translation>
    </message>
    <message>
        <source>Caring hours by week</source>
        <translation>Oriau gofalu fesul wythnos</translation>
    </message>
    <message>
        <source>Week (Sunday to Saturday)</source>
        <translation>Wythnos (dydd Sul i ddydd Sadwrn)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Days written down</source>
        <translation>Diwrnodau wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Nights up</source>
        <translation>Nosweithiau ar eich traed</translation>
    </message>
    <message>
        <source>35 hours?</source>
        <translation>35 awr?</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Not written down yet</source>
        <translation>Heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>Saved {day}</source>
        <translation>Wedi cadw {day}</translation>
    </message>
    <message>
        <source>Saved {day}, the same as the day before</source>
        <translation>Wedi cadw {day}, yr un fath â&apos;r diwrnod cynt</translation>
    </message>
    <message>
        <source>Nothing is written down for the day before.</source>
        <translation>Does dim wedi&apos;i gofnodi ar gyfer y diwrnod cynt.</translation>
    </message>
    <message>
        <source>{days_recorded} of 7</source>
        <translation>{days_recorded} o 7</translation>
    </message>
    <message>
        <source>{FULL_CARE_HOURS} hours</source>
        <translation>{FULL_CARE_HOURS} awr</translation>
    </message>
    <message>
        <source>Nothing is written down yet for this person.</source>
        <translation>Does dim wedi&apos;i gofnodi eto ar gyfer y person hwn.</translation>
    </message>
</context>
<context>
    <name>EarningsTab</name>
    <message>
        <source>Write down each payment: the days it was for, and what was taken off. CarerHelp takes off tax, National Insurance, half of what you pay into a pension, and what you pay someone (not a close relative) to care while you work, up to half of your pay. It warns you before a week goes over the limit. If you work for yourself, tick the box below and write down a period of up to a year: your takings, business expenses, and the tax and National Insurance on the profit.</source>
        <translation>Ysgrifennwch bob taliad: y diwrnodau yr oedd ar eu cyfer, a beth a dynnwyd ohono. Mae CarerHelp yn tynnu treth, Yswiriant Gwladol, hanner yr hyn rydych chi&apos;n ei dalu i bensiwn, a&apos;r hyn rydych chi&apos;n ei dalu i rywun (nad yw&apos;n berthynas agos) i ofalu tra byddwch chi&apos;n gweithio, hyd at hanner eich cyflog. Mae&apos;n eich rhybuddio cyn i wythnos fynd dros y terfyn. Os ydych chi&apos;n gweithio i chi&apos;ch hun, ticiwch y blwch isod ac ysgrifennwch gyfnod o hyd at flwyddyn: eich derbyniadau, eich treuliau busnes, a&apos;r dreth a&apos;r Yswiriant Gwladol ar yr elw.</translation>
    </message>
    <message>
        <source>This week&apos;s earnings limit</source>
        <translation>Terfyn enillion yr wythnos hon</translation>
    </message>
    <message>
        <source>First day the pay is for</source>
        <translation>Diwrnod cyntaf y cyflog</translation>
    </message>
    <message>
        <source>Last day the pay is for</source>
        <translation>Diwrnod olaf y cyflog</translation>
    </message>
    <message>
        <source>I &amp;work for myself (self-employed)</source>
        <translation>Rwy&apos;n &amp;gweithio i mi fy hun (hunangyflogedig)</translation>
    </message>
    <message>
        <source>These earnings are from working for myself (self-employed)</source>
        <translation>Mae&apos;r enillion hyn o weithio i mi fy hun (hunangyflogedig)</translation>
    </message>
    <message>
        <source>Write down a period of up to a year: your takings, your business expenses, and the tax and National Insurance on the profit.</source>
        <translation>Ysgrifennwch gyfnod o hyd at flwyddyn: eich derbyniadau, eich treuliau busnes, a&apos;r dreth a&apos;r Yswiriant Gwladol ar yr elw.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Pay before deductions</source>
        <translation>Cyflog cyn didyniadau</translation>
    </message>
    <message>
        <source>Business expenses</source>
        <translation>Treuliau busnes</translation>
    </message>
    <message>
        <source>Income Tax</source>
        <translation>Treth Incwm</translation>
    </message>
    <message>
        <source>National Insurance</source>
        <translation>Yswiriant Gwladol</translation>
    </message>
    <message>
        <source>Paid into a pension</source>
        <translation>Wedi&apos;i dalu i bensiwn</translation>
    </message>
    <message>
        <source>Paid for care while at work</source>
        <translation>Costau gofal tra&apos;n gweithio</translation>
    </message>
    <message>
        <source>A note about this payment</source>
        <translation>Nodyn am y taliad hwn</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;odyn:</translation>
    </message>
    <message>
        <source>&amp;Add this payment</source>
        <translation>&amp;Ychwanegu&apos;r taliad hwn</translation>
    </message>
    <message>
        <source>Add this payment</source>
        <translation>Ychwanegu&apos;r taliad hwn</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen payment</source>
        <translation>&amp;Tynnu&apos;r taliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the chosen payment</source>
        <translation>Tynnu&apos;r taliad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;New payment</source>
        <translation>Taliad &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new payment</source>
        <translation>Dechrau taliad newydd</translation>
    </message>
    <message>
        <source>Write a &amp;change of circumstances letter</source>
        <translation>Ysgrifennu llythyr &amp;newid amgylchiadau</translation>
    </message>
    <message>
        <source>Write a change of circumstances letter to the {name}</source>
        <translation>Ysgrifennu llythyr newid amgylchiadau at {name}</translation>
    </message>
    <message>
        <source>Payments written down</source>
        <translation>Taliadau wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Cyflog</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Wedi&apos;i gyfrif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Earnings by week against the limit</source>
        <translation>Enillion fesul wythnos o&apos;u cymharu â&apos;r terfyn</translation>
    </message>
    <message>
        <source>Week (Sunday to Saturday)</source>
        <translation>Wythnos (dydd Sul i ddydd Sadwrn)</translation>
    </message>
    <message>
        <source>Against the limit</source>
        <translation>O&apos;i gymharu â&apos;r terfyn</translation>
    </message>
    <message>
        <source>Chart of earnings by week against the limit</source>
        <translation>Siart o enillion fesul wythnos o&apos;u cymharu â&apos;r terfyn</translation>
    </message>
    <message>
        <source>A week when the earnings limit changed</source>
        <translation>Wythnos pan newidiodd y terfyn enillion</translation>
    </message>
    <message>
        <source>Takings (money in)</source>
        <translation>Derbyniadau (arian i mewn)</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>{takings} takings, {expenses} expenses</source>
        <translation>{takings} o dderbyniadau, {expenses} o dreuliau</translation>
    </message>
    <message>
        <source>{counted} ({weekly} a week on average)</source>
        <translation>{counted} ({weekly} yr wythnos ar gyfartaledd)</translation>
    </message>
    <message>
        <source> (limit changed this week: the lower one used)</source>
        <translation> (newidiodd y terfyn yr wythnos hon: defnyddiwyd yr un is)</translation>
    </message>
    <message>
        <source>limit {amount}</source>
        <translation>terfyn {amount}</translation>
    </message>
    <message>
        <source>CarerHelp has no confirmed earnings limit for this week.</source>
        <translation>Does gan CarerHelp ddim terfyn enillion wedi&apos;i gadarnhau ar gyfer yr wythnos hon.</translation>
    </message>
    <message>
        <source>&amp;Save changes to this payment</source>
        <translation>&amp;Cadw&apos;r newidiadau i&apos;r taliad hwn</translation>
    </message>
    <message>
        <source>Not kept.</source>
        <translation>Heb ei gadw.</translation>
    </message>
    <message>
        <source>Payment kept.</source>
        <translation>Wedi cadw&apos;r taliad.</translation>
    </message>
    <message>
        <source>Choose a payment in the list first.</source>
        <translation>Dewiswch daliad yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Payment removed.</source>
        <translation>Wedi tynnu&apos;r taliad.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Your letter</source>
        <translation>Eich llythyr</translation>
    </message>
    <message>
        <source>Which letter?</source>
        <translation>Pa lythyr?</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>&amp;Iaith y llythyr:</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Iaith y llythyr</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Who it goes to</source>
        <translation>At bwy mae&apos;n mynd</translation>
    </message>
    <message>
        <source>Your council</source>
        <translation>Eich cyngor</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Enw&apos;r tîm</translation>
    </message>
    <message>
        <source>Address of the council</source>
        <translation>Cyfeiriad y cyngor</translation>
    </message>
    <message>
        <source>Type the council&apos;s address here</source>
        <translation>Teipiwch gyfeiriad y cyngor yma</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Check the address on your council&apos;s website or a recent letter from them.</source>
        <translation>Gwiriwch y cyfeiriad ar wefan eich cyngor neu ar lythyr diweddar ganddyn nhw.</translation>
    </message>
    <message>
        <source>Large print letter</source>
        <translation>Llythyr print bras</translation>
    </message>
    <message>
        <source>Update the letter</source>
        <translation>Diweddaru&apos;r llythyr</translation>
    </message>
    <message>
        <source>Update the letter with these choices</source>
        <translation>Diweddaru&apos;r llythyr gyda&apos;r dewisiadau hyn</translation>
    </message>
    <message>
        <source>Letters made before</source>
        <translation>Llythyrau a wnaed o&apos;r blaen</translation>
    </message>
    <message>
        <source>Letters made before for this case</source>
        <translation>Llythyrau a wnaed o&apos;r blaen ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>Show the chosen letter</source>
        <translation>Dangos y llythyr</translation>
    </message>
    <message>
        <source>Show the chosen earlier letter exactly as it was made</source>
        <translation>Dangos y llythyr cynharach a ddewiswyd yn union fel y cafodd ei wneud</translation>
    </message>
    <message>
        <source>Preview of your letter</source>
        <translation>Rhagolwg o&apos;ch llythyr</translation>
    </message>
    <message>
        <source>The words of your letter</source>
        <translation>Geiriau eich llythyr</translation>
    </message>
    <message>
        <source>The words of your letter:</source>
        <translation>Geiriau eich llythyr:</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Yn ôl at y canlyniadau</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file</source>
        <translation>Cadw&apos;r llythyr fel ffeil PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Argraffu&apos;r llythyr</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Llinell amser…</translation>
    </message>
    <message>
        <source>Show what was sent and what came back</source>
        <translation>Dangos beth a anfonwyd a beth a ddaeth yn ôl</translation>
    </message>
    <message>
        <source>Making your letter…</source>
        <translation>Wrthi&apos;n gwneud eich llythyr…</translation>
    </message>
    <message>
        <source>Your letter is ready. Check it, then print it or save it.</source>
        <translation>Mae eich llythyr yn barod. Gwiriwch ef, yna ei argraffu neu ei gadw.</translation>
    </message>
    <message>
        <source>Something went wrong making the letter. Your answers are safe.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth wneud y llythyr. Mae eich atebion yn ddiogel.</translation>
    </message>
    <message>
        <source>Wait a moment: your letter is being made.</source>
        <translation>Arhoswch funud: mae eich llythyr yn cael ei wneud.</translation>
    </message>
    <message>
        <source>Page {number} of {total} of your letter</source>
        <translation>Tudalen {number} o {total} o&apos;ch llythyr</translation>
    </message>
    <message>
        <source>Recorded as sent on {day}. CarerHelp will show when to chase on the start screen and the timeline.</source>
        <translation>Wedi&apos;i gofnodi fel un a anfonwyd ar {day}. Bydd CarerHelp yn dangos pryd i fynd ar ei ôl ar y sgrin gychwyn ac ar y llinell amser.</translation>
    </message>
    <message>
        <source>Letter to the council</source>
        <translation>Llythyr at y cyngor</translation>
    </message>
    <message>
        <source>Your letter was sent to the printer. A copy is kept in CarerHelp.</source>
        <translation>Cafodd eich llythyr ei anfon i&apos;r argraffydd. Mae copi yn cael ei gadw yn CarerHelp.</translation>
    </message>
    <message>
        <source>Letter to the council - {name}.pdf</source>
        <translation>Llythyr at y cyngor - {name}.pdf</translation>
    </message>
    <message>
        <source>Save your letter</source>
        <translation>Cadw eich llythyr</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Wedi&apos;i gadw fel {path}</translation>
    </message>
    <message>
        <source>No letter has been printed or saved for this case yet.</source>
        <translation>Does dim llythyr wedi&apos;i argraffu na&apos;i gadw ar gyfer yr achos hwn eto.</translation>
    </message>
    <message>
        <source>This is the letter exactly as it was made. You can print it again.</source>
        <translation>Dyma&apos;r llythyr yn union fel y cafodd ei wneud. Gallwch ei argraffu eto.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>CarerHelp is locked</source>
        <translation>Mae CarerHelp wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Everything typed was saved. To carry on, type your password.</source>
        <translation>Cafodd popeth a deipiwyd ei gadw. I barhau, teipiwch eich cyfrinair.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Achos</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About CarerHelp</source>
        <translation>&amp;Ynghylch CarerHelp</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Go to the start screen</source>
        <translation>Mynd i&apos;r sgrin gychwyn</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Maint y &amp;testun:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <source>High contrast colours</source>
        <translation>Lliwiau cyferbyniad uchel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Start a new case</source>
        <translation>Dechrau achos &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hafan</translation>
    </message>
    <message>
        <source>&amp;Timeline: what was sent and what came back</source>
        <translation>&amp;Llinell amser: beth a anfonwyd a beth a ddaeth yn ôl</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Wedi mewngofnodi: {name}</translation>
    </message>
    <message>
        <source>Volunteer signed in: {name}</source>
        <translation>Gwirfoddolwr wedi mewngofnodi: {name}</translation>
    </message>
    <message>
        <source>No volunteer signed in</source>
        <translation>Does dim gwirfoddolwr wedi mewngofnodi</translation>
    </message>
    <message>
        <source>About CarerHelp</source>
        <translation>Ynghylch CarerHelp</translation>
    </message>
    <message>
        <source>CarerHelp {version}

Helps unpaid carers in the UK find the rights and money the law gives them, and write to their council.

Your answers are kept only on this computer, in:
{path}

This is information, not legal advice.</source>
        <translation>CarerHelp {version}

Mae&apos;n helpu gofalwyr di-dâl yn y Deyrnas Unedig i ddod o hyd i&apos;r hawliau a&apos;r arian y mae&apos;r gyfraith yn eu rhoi iddyn nhw, ac i ysgrifennu at eu cyngor.

Mae eich atebion yn cael eu cadw ar y cyfrifiadur hwn yn unig, yn:
{path}

Gwybodaeth yw hon, nid cyngor cyfreithiol.</translation>
    </message>
    <message>
        <source>CarerHelp&apos;s own files are damaged, so it can&apos;t do this. Please reinstall CarerHelp.</source>
        <translation>Mae ffeiliau CarerHelp ei hun wedi&apos;u difrodi, felly ni all wneud hyn. Gosodwch CarerHelp eto.</translation>
    </message>
    <message>
        <source>— new case</source>
        <translation>— achos newydd</translation>
    </message>
    <message>
        <source>a new client</source>
        <translation>cleient newydd</translation>
    </message>
    <message>
        <source>CarerHelp — helping {name}</source>
        <translation>CarerHelp — yn helpu {name}</translation>
    </message>
    <message>
        <source>You are helping: {name}</source>
        <translation>Rydych chi&apos;n helpu: {name}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A question still needs an answer</source>
        <translation>Mae angen ateb cwestiwn o hyd</translation>
    </message>
    <message>
        <source>Please answer this question first:

{text}</source>
        <translation>Atebwch y cwestiwn hwn yn gyntaf:

{text}</translation>
    </message>
    <message>
        <source>Open a case first: its timeline shows what was sent and what came back.</source>
        <translation>Agorwch achos yn gyntaf: mae ei linell amser yn dangos beth a anfonwyd a beth a ddaeth yn ôl.</translation>
    </message>
    <message>
        <source>CarerHelp&apos;s own files for that language are damaged, so it stays as it is. Please reinstall CarerHelp.

Details:
{error}</source>
        <translation>Mae ffeiliau CarerHelp ei hun ar gyfer yr iaith honno wedi&apos;u difrodi, felly mae&apos;n aros fel y mae. Gosodwch CarerHelp eto.

Manylion:
{error}</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>Enter an amount in pounds, like 150 or 150.50.</source>
        <translation>Rhowch swm mewn punnoedd, er enghraifft 150 neu 150.50.</translation>
    </message>
    <message>
        <source>Enter pounds and pence only, like 150.50.</source>
        <translation>Rhowch bunnoedd a cheiniogau yn unig, er enghraifft 150.50.</translation>
    </message>
</context>
<context>
    <name>NeedsDoing</name>
    <message>
        <source>Everyone&apos;s cases</source>
        <translation>Achosion pawb</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <source>&amp;Whose cases:</source>
        <translation>Achosion &amp;pwy:</translation>
    </message>
    <message>
        <source>Show the cases of this volunteer</source>
        <translation>Dangos achosion y gwirfoddolwr hwn</translation>
    </message>
    <message>
        <source>What needs doing, soonest first</source>
        <translation>Beth sydd angen ei wneud, y cynharaf yn gyntaf</translation>
    </message>
    <message>
        <source>Nothing needs doing in the next two weeks.</source>
        <translation>Does dim angen gwneud dim yn ystod y pythefnos nesaf.</translation>
    </message>
    <message>
        <source>Open the chosen case&apos;s timeline</source>
        <translation>Agor llinell amser yr achos a ddewiswyd</translation>
    </message>
    <message>
        <source>Open the timeline of the chosen case</source>
        <translation>Agor llinell amser yr achos a ddewiswyd</translation>
    </message>
    <message>
        <source>A case with no name yet</source>
        <translation>Achos heb enw eto</translation>
    </message>
    <message>
        <source>Overdue since {day} — {who}: {title}. {step}</source>
        <translation>Yn hwyr ers {day} — {who}: {title}. {step}</translation>
    </message>
    <message>
        <source>By {day} — {who}: {title}. {step}</source>
        <translation>Erbyn {day} — {who}: {title}. {step}</translation>
    </message>
    <message>
        <source> (helped by {volunteer})</source>
        <translation> (gyda help {volunteer})</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Volunteer&apos;s name</source>
        <translation>Enw&apos;r gwirfoddolwr</translation>
    </message>
    <message>
        <source>The volunteer&apos;s &amp;name:</source>
        <translation>&amp;Enw&apos;r gwirfoddolwr:</translation>
    </message>
    <message>
        <source>&amp;Password (at least 8 characters):</source>
        <translation>&amp;Cyfrinair (o leiaf 8 nod):</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>Teipiwch y cyfrinair newydd eto</translation>
    </message>
    <message>
        <source>Type the volunteer&apos;s name.</source>
        <translation>Teipiwch enw&apos;r gwirfoddolwr.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>Enter a number, using digits, like 35.</source>
        <translation>Rhowch rif, gan ddefnyddio digidau, er enghraifft 35.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the file with a passphrase?</source>
        <translation>Diogelu&apos;r ffeil â chyfrinymadrodd?</translation>
    </message>
    <message>
        <source>&amp;Protect the file with a passphrase (recommended)</source>
        <translation>&amp;Diogelu&apos;r ffeil â chyfrinymadrodd (argymhellir)</translation>
    </message>
    <message>
        <source>Protect the file with a passphrase</source>
        <translation>Diogelu&apos;r ffeil â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (at least 8 characters):</source>
        <translation>Cyfrin&amp;ymadrodd (o leiaf 8 nod):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Tell the passphrase to whoever opens the file in another way (by phone, or in person), not with the file.</source>
        <translation>Dywedwch y cyfrinymadrodd wrth bwy bynnag fydd yn agor y ffeil mewn ffordd arall (dros y ffôn, neu wyneb yn wyneb), nid gyda&apos;r ffeil.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Save without a passphrase</source>
        <translation>Cadw heb gyfrinymadrodd</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Pwy ydych chi?</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Pwy ydych chi?</translation>
    </message>
    <message>
        <source>The owner (the person who turned protection on)</source>
        <translation>Y perchennog (y person a roddodd y diogelwch ymlaen)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Defnyddio&apos;r cod &amp;adfer yn lle hynny</translation>
    </message>
    <message>
        <source>Use the recovery code instead of a password</source>
        <translation>Defnyddio&apos;r cod adfer yn lle cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Recovery code (24 letters and numbers):</source>
        <translation>Cod &amp;adfer (24 llythyren a rhif):</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>Use a &amp;password instead</source>
        <translation>Defnyddio &amp;cyfrinair yn lle hynny</translation>
    </message>
    <message>
        <source>Use a password instead of the recovery code</source>
        <translation>Defnyddio cyfrinair yn lle&apos;r cod adfer</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Teipiwch y cod adfer.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Teipiwch y cyfrinair.</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect my answers with a password</source>
        <translation>Diogelu fy atebion â chyfrinair</translation>
    </message>
    <message>
        <source>&amp;Choose a password (at least 8 characters; a short sentence is good):</source>
        <translation>&amp;Dewiswch gyfrinair (o leiaf 8 nod; mae brawddeg fer yn dda):</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Dewiswch gyfrinair</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Teipiwch y cyfrinair eto</translation>
    </message>
    <message>
        <source>Protect my answers</source>
        <translation>Diogelu fy atebion</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Math o ffeil:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder uwch</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r ffolder uwch</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder newydd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i olwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i olwg manylion</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd diweddar</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli&apos;n barod.
Ydych chi am roi un newydd yn ei le?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Ni ddaethpwyd o hyd i&apos;r ffeil.
Gwiriwch fod enw cywir y ffeil wedi&apos;i roi.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy nghyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Rhowch werth:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Mae %1 yn bodoli&apos;n barod.
Ydych chi am ysgrifennu drosti?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>Nid yw %1 yn dilyn y drefn gywir. Defnyddiwch &apos;,&apos; i wahanu ystodau a thudalennau, a &apos;-&apos; i ddiffinio ystodau, a gwnewch yn siŵr nad yw ystodau&apos;n gorgyffwrdd.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>Ffolder yw %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Dewisiadau &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Dewisiadau &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Pob tudalen</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>O&apos;r gwaelod i&apos;r brig, o&apos;r chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>O&apos;r gwaelod i&apos;r brig, o&apos;r dde i&apos;r chwith</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Gosodiadau argraffu dwy ochr yn gwrthdaro</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Tudalennau eilrif</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Does dim modd ysgrifennu i&apos;r ffeil %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Tudalennau annilys</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>O&apos;r chwith i&apos;r dde, o&apos;r gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>O&apos;r chwith i&apos;r dde, o&apos;r brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ffeil leol</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Tudalennau odrif</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Does dim modd defnyddio &apos;Tudalennau ar bob dalen&apos; a &apos;Set o dudalennau&apos; gyda&apos;i gilydd.
Diffoddwch un ohonyn nhw.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Argraffu i ffeil ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Argraffu i ffeil (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>O&apos;r dde i&apos;r chwith, o&apos;r gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>O&apos;r dde i&apos;r chwith, o&apos;r brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Ni all y dudalen gyntaf fod ar ôl yr olaf.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Mae&apos;r gosodiadau argraffu dwy ochr yn gwrthdaro. Ydych chi am eu cywiro?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>O&apos;r brig i&apos;r gwaelod, o&apos;r chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>O&apos;r brig i&apos;r gwaelod, o&apos;r dde i&apos;r chwith</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ysgrifennu ffeil PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Uwch</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Mae rhai dewisiadau&apos;n gwrthdaro. Cywirwch nhw.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Coladu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Modd lliw</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copïau</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copïau:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Y dudalen hon</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Argraffu ar y ddwy ochr</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graddlwyd</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Rhwymo ar yr ochr hir</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Gosodiadau allbwn</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Set o dudalennau:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Tudalennau o</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Argraffu&apos;r cyfan</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Beth i&apos;w argraffu</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Am yn ôl</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Y dewis</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Rhwymo ar yr ochr fer</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Rhowch dudalennau neu ystodau, gyda choma rhyngddyn nhw. Mae ystod yn ddau rif gyda chysylltnod rhyngddyn nhw. Er enghraifft, mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Ffeil allbwn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;riodweddau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;lleoliad y ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem</translation>
    </message>
    <message>
        <source>How far through the questions you are</source>
        <translation>Pa mor bell rydych chi drwy&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Yn ôl i&apos;r cwestiwn blaenorol</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Part {section_no} of {sections}: {title}. Question {position} of about {total}.</source>
        <translation>Rhan {section_no} o {sections}: {title}. Cwestiwn {position} o tua {total}.</translation>
    </message>
    <message>
        <source>Save and go back to the summary</source>
        <translation>Cadw a mynd i&apos;r crynodeb</translation>
    </message>
    <message>
        <source>When you have finished typing, press Tab to go to Continue, then press Enter. Or press Ctrl and Enter together.</source>
        <translation>Pan fyddwch wedi gorffen teipio, pwyswch Tab i fynd at Parhau, yna pwyswch Enter. Neu pwyswch Ctrl ac Enter gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>Press Enter to continue. Press Alt and B together to go back.</source>
        <translation>Pwyswch Enter i barhau. Pwyswch Alt a B gyda&apos;i gilydd i fynd yn ôl.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Am {name}</translation>
    </message>
    <message>
        <source>About the first person you care for</source>
        <translation>Am y person cyntaf rydych chi&apos;n gofalu amdano</translation>
    </message>
    <message>
        <source>About the second person you care for</source>
        <translation>Am yr ail berson rydych chi&apos;n gofalu amdano</translation>
    </message>
    <message>
        <source>About the third person you care for</source>
        <translation>Am y trydydd person rydych chi&apos;n gofalu amdano</translation>
    </message>
    <message>
        <source>About the next person you care for</source>
        <translation>Am y person nesaf rydych chi&apos;n gofalu amdano</translation>
    </message>
    <message>
        <source>✓ Saved at {time}</source>
        <translation>✓ Wedi&apos;i gadw am {time}</translation>
    </message>
    <message>
        <source>Couldn&apos;t save your answer. {message}</source>
        <translation>Doedd dim modd cadw eich ateb. {message}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Gwall: {message}</translation>
    </message>
    <message>
        <source>There is a problem. {text}</source>
        <translation>Mae problem. {text}</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <source>This code opens CarerHelp if the password is forgotten. It is shown only now. Print this page, or write the code down, and keep it somewhere safe away from this computer — with your important papers, or locked away.</source>
        <translation>Mae&apos;r cod hwn yn agor CarerHelp os caiff y cyfrinair ei anghofio. Dim ond nawr y caiff ei ddangos. Argraffwch y dudalen hon, neu ysgrifennwch y cod, a&apos;i gadw rywle diogel i ffwrdd o&apos;r cyfrifiadur hwn — gyda&apos;ch papurau pwysig, neu dan glo.</translation>
    </message>
    <message>
        <source>Recovery code: {code}</source>
        <translation>Cod adfer: {code}</translation>
    </message>
    <message>
        <source>If the password and this code are both lost, nothing can be recovered.</source>
        <translation>Os caiff y cyfrinair a&apos;r cod hwn eu colli ill dau, does dim modd adfer dim.</translation>
    </message>
    <message>
        <source>&amp;Print this page…</source>
        <translation>&amp;Argraffu&apos;r dudalen hon…</translation>
    </message>
    <message>
        <source>Print the recovery code page</source>
        <translation>Argraffu tudalen y cod adfer</translation>
    </message>
    <message>
        <source>I have &amp;kept it safe</source>
        <translation>Rwyf wedi&apos;i &amp;gadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>I have kept the recovery code safe</source>
        <translation>Rwyf wedi cadw&apos;r cod adfer yn ddiogel</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>What the law gives you, {name}</source>
        <translation>Beth mae&apos;r gyfraith yn ei roi i chi, {name}</translation>
    </message>
    <message>
        <source>What the law gives you</source>
        <translation>Beth mae&apos;r gyfraith yn ei roi i chi</translation>
    </message>
    <message>
        <source>This is based on your answers. It is not legal advice. Each part says why, and which law it comes from, so you can show it to others.</source>
        <translation>Mae hyn yn seiliedig ar eich atebion. Nid cyngor cyfreithiol yw hwn. Mae pob rhan yn dweud pam, ac o ba gyfraith y daw, fel y gallwch ei ddangos i bobl eraill.</translation>
    </message>
    <message>
        <source>Make my letter to the council</source>
        <translation>Gwneud fy llythyr at y cyngor</translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation>Yn ôl at fy atebion</translation>
    </message>
    <message>
        <source>Back to check my answers</source>
        <translation>Yn ôl i wirio fy atebion</translation>
    </message>
    <message>
        <source>My caring diary and earnings</source>
        <translation>Fy nyddiadur gofalu a&apos;m henillion</translation>
    </message>
    <message>
        <source>Open my caring diary and earnings log</source>
        <translation>Agor fy nyddiadur gofalu a&apos;m cofnod enillion</translation>
    </message>
    <message>
        <source>A new letter can&apos;t be made because consent for this case was withdrawn.</source>
        <translation>Does dim modd gwneud llythyr newydd am fod y caniatâd ar gyfer yr achos hwn wedi&apos;i dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>The law: {citation}</source>
        <translation>Y gyfraith: {citation}</translation>
    </message>
    <message>
        <source>More information: {guidance}</source>
        <translation>Rhagor o wybodaeth: {guidance}</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Beth i&apos;w wneud nesaf:</translation>
    </message>
</context>
<context>
    <name>RoutineBackups</name>
    <message>
        <source>Backup status</source>
        <translation>Statws y copi wrth gefn</translation>
    </message>
    <message>
        <source>Your answers were backed up on {label}.</source>
        <translation>Cafodd copi wrth gefn o&apos;ch atebion ei wneud ar {label}.</translation>
    </message>
    <message>
        <source>Couldn&apos;t make the routine backup. Your answers are still saved. Choose Data, then Back up now, to see why.</source>
        <translation>Doedd dim modd gwneud y copi wrth gefn arferol. Mae eich atebion wedi&apos;u cadw o hyd. Dewiswch Data, yna Gwneud copi wrth gefn nawr, i weld pam.</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>By post</source>
        <translation>Drwy&apos;r post</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Drwy e-bost</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Â llaw</translation>
    </message>
    <message>
        <source>By an online form</source>
        <translation>Drwy ffurflen ar-lein</translation>
    </message>
    <message>
        <source>Have you sent this letter?</source>
        <translation>Ydych chi wedi anfon y llythyr hwn?</translation>
    </message>
    <message>
        <source>If you have, say when and how. CarerHelp adds it to the case&apos;s timeline and reminds you when to chase. If not, choose Not yet: you can add it later from the timeline.</source>
        <translation>Os ydych chi, dywedwch pryd a sut. Bydd CarerHelp yn ei ychwanegu at linell amser yr achos ac yn eich atgoffa pryd i fynd ar ei ôl. Os nad ydych chi, dewiswch Ddim eto: gallwch ei ychwanegu yn nes ymlaen o&apos;r llinell amser.</translation>
    </message>
    <message>
        <source>&amp;Day it was sent:</source>
        <translation>&amp;Diwrnod ei anfon:</translation>
    </message>
    <message>
        <source>Day it was sent</source>
        <translation>Diwrnod ei anfon</translation>
    </message>
    <message>
        <source>How it was sent:</source>
        <translation>Sut cafodd ei anfon:</translation>
    </message>
    <message>
        <source>Their &amp;reference, if they gave one (optional):</source>
        <translation>Eu &amp;cyfeirnod, os rhoddon nhw un (dewisol):</translation>
    </message>
    <message>
        <source>Their reference, if they gave one</source>
        <translation>Eu cyfeirnod, os rhoddon nhw un</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Heb ei anfon eto</translation>
    </message>
    <message>
        <source>Record it as sent</source>
        <translation>Ei gofnodi fel un a anfonwyd</translation>
    </message>
    <message>
        <source>Record the letter as sent</source>
        <translation>Cofnodi bod y llythyr wedi&apos;i anfon</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Get the help you are entitled to as a carer</source>
        <translation>Cael yr help y mae gennych hawl iddo fel gofalwr</translation>
    </message>
    <message>
        <source>Answer some questions about you and the person you look after. CarerHelp tells you which rights and money you may have, and why. Then it writes a letter to your council asking for a carer&apos;s assessment and a break. Everything you type stays on this computer and is saved as you go.</source>
        <translation>Atebwch rai cwestiynau amdanoch chi a&apos;r person rydych chi&apos;n gofalu amdano. Bydd CarerHelp yn dweud wrthych pa hawliau ac arian a allai fod gennych, a pham. Yna bydd yn ysgrifennu llythyr at eich cyngor yn gofyn am asesiad gofalwr a seibiant. Mae popeth rydych chi&apos;n ei deipio yn aros ar y cyfrifiadur hwn ac yn cael ei gadw wrth i chi fynd ymlaen.</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Dechrau achos newydd</translation>
    </message>
    <message>
        <source>Carry on where I left off</source>
        <translation>Parhau o ble gadewais i</translation>
    </message>
    <message>
        <source>Saved cases</source>
        <translation>Achosion wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>&amp;Find a case:</source>
        <translation>&amp;Chwilio am achos:</translation>
    </message>
    <message>
        <source>Name, postcode or notes</source>
        <translation>Enw, cod post neu nodiadau</translation>
    </message>
    <message>
        <source>Find a case by name, postcode or notes</source>
        <translation>Chwilio am achos yn ôl enw, cod post neu nodiadau</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Show cases with this status</source>
        <translation>Dangos achosion sydd â&apos;r statws hwn</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <source>Show archived cases</source>
        <translation>Dangos achosion yn yr archif</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Agor yr achos a ddewiswyd</translation>
    </message>
    <message>
        <source>You have no saved cases yet, so there is nothing to carry on with.</source>
        <translation>Does gennych chi ddim achosion wedi&apos;u cadw eto, felly does dim i barhau ag ef.</translation>
    </message>
    <message>
        <source>a case with no name yet</source>
        <translation>achos heb enw eto</translation>
    </message>
    <message>
        <source>Carry on with {who}.</source>
        <translation>Parhau gyda {who}.</translation>
    </message>
    <message>
        <source>Carry on with {who}</source>
        <translation>Parhau gyda {who}</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>Does dim achosion yn cyfateb.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Does dim achosion eto.</translation>
    </message>
    <message>
        <source>Showing {shown:,} of {total:,} cases. Scroll down to see more.</source>
        <translation>Yn dangos {shown:,} o {total:,} achos. Sgroliwch i lawr i weld rhagor.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n achos.</numerusform>
            <numerusform>%n achos.</numerusform>
            <numerusform>%n achos.</numerusform>
            <numerusform>%n achos.</numerusform>
            <numerusform>%n achos.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no case in the list to open.</source>
        <translation>Does dim achos yn y rhestr i&apos;w agor.</translation>
    </message>
</context>
<context>
    <name>TextAreaInput</name>
    <message>
        <source>You can type {left:,} more characters.</source>
        <translation>Gallwch deipio {left:,} nod arall.</translation>
    </message>
    <message>
        <source>This is {value:,} characters too long.</source>
        <translation>Mae hyn {value:,} nod yn rhy hir.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Write the reminder letter</source>
        <translation>Ysgrifennu&apos;r llythyr atgoffa</translation>
    </message>
    <message>
        <source>Write the formal complaint</source>
        <translation>Ysgrifennu&apos;r gŵyn ffurfiol</translation>
    </message>
    <message>
        <source>Make the ombudsman pack</source>
        <translation>Gwneud y pecyn i&apos;r ombwdsmon</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>yr achos hwn</translation>
    </message>
    <message>
        <source>What was sent and what came back: {name}</source>
        <translation>Beth a anfonwyd a beth a ddaeth yn ôl: {name}</translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation>Llinell amser, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Timeline of this case, oldest first</source>
        <translation>Llinell amser yr achos hwn, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Remove the chosen entry</source>
        <translation>Tynnu&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the chosen entry from the timeline</source>
        <translation>Tynnu&apos;r cofnod a ddewiswyd o&apos;r llinell amser</translation>
    </message>
    <message>
        <source>Print the timeline…</source>
        <translation>Argraffu&apos;r llinell amser…</translation>
    </message>
    <message>
        <source>Print the timeline as evidence</source>
        <translation>Argraffu&apos;r llinell amser fel tystiolaeth</translation>
    </message>
    <message>
        <source>Save the dates to a calendar…</source>
        <translation>Cadw&apos;r dyddiadau mewn calendr…</translation>
    </message>
    <message>
        <source>Save the next dates as a calendar file for your own calendar</source>
        <translation>Cadw&apos;r dyddiadau nesaf fel ffeil calendr ar gyfer eich calendr eich hun</translation>
    </message>
    <message>
        <source>Print the when-to-chase sheet…</source>
        <translation>Argraffu&apos;r daflen pryd-i-fynd-ar-ei-ôl…</translation>
    </message>
    <message>
        <source>Print a one-page sheet of when to chase</source>
        <translation>Argraffu taflen un dudalen yn dangos pryd i fynd ar ei ôl</translation>
    </message>
    <message>
        <source>Add what happened</source>
        <translation>Ychwanegu beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Day it happened</source>
        <translation>Diwrnod y digwyddodd</translation>
    </message>
    <message>
        <source>Day of the assessment</source>
        <translation>Diwrnod yr asesiad</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>Sut cafodd ei anfon</translation>
    </message>
    <message>
        <source>Not a letter I sent</source>
        <translation>Nid llythyr a anfonais i</translation>
    </message>
    <message>
        <source>Their reference (optional)</source>
        <translation>Eu cyfeirnod (dewisol)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>Day of the &amp;assessment:</source>
        <translation>Diwrnod yr &amp;asesiad:</translation>
    </message>
    <message>
        <source>&amp;How it was sent:</source>
        <translation>&amp;Sut cafodd ei anfon:</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>Eu &amp;cyfeirnod:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Add to the timeline</source>
        <translation>Ychwanegu at y llinell amser</translation>
    </message>
    <message>
        <source>Add this to the timeline</source>
        <translation>Ychwanegu hyn at y llinell amser</translation>
    </message>
    <message>
        <source>Nothing yet. Add the day you sent your letter.</source>
        <translation>Dim byd eto. Ychwanegwch y diwrnod yr anfonoch eich llythyr.</translation>
    </message>
    <message>
        <source>Nothing to chase</source>
        <translation>Dim byd i fynd ar ei ôl</translation>
    </message>
    <message>
        <source>When you send a letter, add it here and CarerHelp will say when to chase.</source>
        <translation>Pan fyddwch yn anfon llythyr, ychwanegwch ef yma a bydd CarerHelp yn dweud pryd i fynd ar ei ôl.</translation>
    </message>
    <message>
        <source>There is nothing to chase at the moment.</source>
        <translation>Does dim byd i fynd ar ei ôl ar hyn o bryd.</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (yn hwyr)</translation>
    </message>
    <message>
        <source>Next: {title}, by {day}{late}</source>
        <translation>Nesaf: {title}, erbyn {day}{late}</translation>
    </message>
    <message>
        <source>Why this date: {basis}</source>
        <translation>Pam y dyddiad hwn: {basis}</translation>
    </message>
    <message>
        <source>Added: {event}</source>
        <translation>Wedi ychwanegu: {event}</translation>
    </message>
    <message>
        <source>Choose an entry in the timeline first.</source>
        <translation>Dewiswch gofnod yn y llinell amser yn gyntaf.</translation>
    </message>
    <message>
        <source>Removed the entry.</source>
        <translation>Wedi tynnu&apos;r cofnod.</translation>
    </message>
    <message>
        <source>CarerHelp dates - {name}.ics</source>
        <translation>Dyddiadau CarerHelp - {name}.ics</translation>
    </message>
    <message>
        <source>Save the dates to a calendar file</source>
        <translation>Cadw&apos;r dyddiadau mewn ffeil calendr</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <source>Saved {name}. Open it to add the dates to your own calendar.</source>
        <translation>Wedi cadw {name}. Agorwch y ffeil i ychwanegu&apos;r dyddiadau at eich calendr eich hun.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>The timeline was sent to the printer.</source>
        <translation>Cafodd y llinell amser ei hanfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>When to chase</source>
        <translation>Pryd i fynd ar ei ôl</translation>
    </message>
    <message>
        <source>The when-to-chase sheet was sent to the printer.</source>
        <translation>Cafodd y daflen pryd-i-fynd-ar-ei-ôl ei hanfon i&apos;r argraffydd.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>CarerHelp is protected with a password</source>
        <translation>Mae CarerHelp wedi&apos;i ddiogelu â chyfrinair</translation>
    </message>
    <message>
        <source>Type the password to open your answers.</source>
        <translation>Teipiwch y cyfrinair i agor eich atebion.</translation>
    </message>
    <message>
        <source>&amp;Open CarerHelp</source>
        <translation>&amp;Agor CarerHelp</translation>
    </message>
    <message>
        <source>&amp;Start afresh (all passwords lost)…</source>
        <translation>&amp;Dechrau o&apos;r newydd (pob cyfrinair wedi&apos;i golli)…</translation>
    </message>
    <message>
        <source>Start afresh: every password and the code are lost</source>
        <translation>Dechrau o&apos;r newydd: mae pob cyfrinair a&apos;r cod wedi&apos;u colli</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Quit CarerHelp</source>
        <translation>Gadael CarerHelp</translation>
    </message>
    <message>
        <source>Start afresh?</source>
        <translation>Dechrau o&apos;r newydd?</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Who is helping today?</source>
        <translation>Pwy sy&apos;n helpu heddiw?</translation>
    </message>
    <message>
        <source>Choose your name, or type it if you are new. It is recorded with what you do.</source>
        <translation>Dewiswch eich enw, neu teipiwch ef os ydych chi&apos;n newydd. Mae&apos;n cael ei gofnodi gyda&apos;r hyn rydych chi&apos;n ei wneud.</translation>
    </message>
    <message>
        <source>Volunteers who have helped before</source>
        <translation>Gwirfoddolwyr sydd wedi helpu o&apos;r blaen</translation>
    </message>
    <message>
        <source>Or type your name:</source>
        <translation>Neu teipiwch eich enw:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Parhau</translation>
    </message>
</context>
<context>
    <name>VolunteersDialog</name>
    <message>
        <source>Volunteers&apos; passwords</source>
        <translation>Cyfrineiriau&apos;r gwirfoddolwyr</translation>
    </message>
    <message>
        <source>Each volunteer signs in with their own password. Removing a volunteer stops their password opening CarerHelp; nothing they did is lost.</source>
        <translation>Mae pob gwirfoddolwr yn mewngofnodi â&apos;i gyfrinair ei hun. Mae tynnu gwirfoddolwr yn atal ei gyfrinair rhag agor CarerHelp; does dim o&apos;r hyn a wnaeth yn cael ei golli.</translation>
    </message>
    <message>
        <source>Volunteers who have a password</source>
        <translation>Gwirfoddolwyr sydd â chyfrinair</translation>
    </message>
    <message>
        <source>&amp;Add a volunteer…</source>
        <translation>&amp;Ychwanegu gwirfoddolwr…</translation>
    </message>
    <message>
        <source>Give a new &amp;password…</source>
        <translation>Rhoi &amp;cyfrinair newydd…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Ychwanegu gwirfoddolwr</translation>
    </message>
    <message>
        <source>Give the chosen volunteer a new password</source>
        <translation>Rhoi cyfrinair newydd i&apos;r gwirfoddolwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the chosen volunteer</source>
        <translation>Tynnu&apos;r gwirfoddolwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Dewiswch wirfoddolwr yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>There is already a volunteer called {name}.</source>
        <translation>Mae gwirfoddolwr o&apos;r enw {name} yn barod.</translation>
    </message>
    <message>
        <source>{name} can now sign in with their own password.</source>
        <translation>Gall {name} fewngofnodi â&apos;i gyfrinair ei hun nawr.</translation>
    </message>
    <message>
        <source>A new password for {name}</source>
        <translation>Cyfrinair newydd i {name}</translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation>Mae gan {name} gyfrinair newydd.</translation>
    </message>
    <message>
        <source>Remove a volunteer</source>
        <translation>Tynnu gwirfoddolwr</translation>
    </message>
    <message>
        <source>Stop {name}&apos;s password opening CarerHelp?</source>
        <translation>Atal cyfrinair {name} rhag agor CarerHelp?</translation>
    </message>
    <message>
        <source>{name}&apos;s password no longer opens CarerHelp.</source>
        <translation>Nid yw cyfrinair {name} yn agor CarerHelp mwyach.</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>{weeks} weeks. {flagged} on the wrong side of {line_label}. The numbers are in the table below.</source>
        <translation>{weeks} wythnos. {flagged} ar ochr anghywir {line_label}. Mae&apos;r rhifau yn y tabl isod.</translation>
    </message>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Dim byd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation>Dim byd wedi&apos;i gofnodi eto</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong, and CarerHelp could not finish what you asked. Every answer saved before this is safe. If it happens again, close CarerHelp and open it again.</source>
        <translation>Aeth rhywbeth o&apos;i le, ac ni allai CarerHelp orffen yr hyn a ofynnoch. Mae pob ateb a gadwyd cyn hyn yn ddiogel. Os bydd yn digwydd eto, caewch CarerHelp a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>CarerHelp&apos;s Welsh questions and letters could not be read, so they are in English this time. Please reinstall CarerHelp.

Details:
{error}</source>
        <translation>Doedd dim modd darllen cwestiynau a llythyrau Cymraeg CarerHelp, felly maen nhw yn Saesneg y tro hwn. Gosodwch CarerHelp eto.

Manylion:
{error}</translation>
    </message>
    <message>
        <source>CarerHelp can&apos;t start</source>
        <translation>Does dim modd i CarerHelp ddechrau</translation>
    </message>
    <message>
        <source>CarerHelp&apos;s own files (its questions, letters, rates or list of councils) are damaged, so it can&apos;t start. Please reinstall CarerHelp. Your saved answers are not affected.

Details:
{error}</source>
        <translation>Mae ffeiliau CarerHelp ei hun (ei gwestiynau, ei lythyrau, ei gyfraddau neu ei restr o gynghorau) wedi&apos;u difrodi, felly does dim modd iddo ddechrau. Gosodwch CarerHelp eto. Does dim effaith ar eich atebion sydd wedi&apos;u cadw.

Manylion:
{error}</translation>
    </message>
    <message>
        <source>The locked data was set aside, not deleted, in {folder}. CarerHelp starts again with no cases.</source>
        <translation>Cafodd y data dan glo ei roi o&apos;r neilltu, nid ei ddileu, yn {folder}. Mae CarerHelp yn dechrau eto heb unrhyw achosion.</translation>
    </message>
    <message>
        <source>CarerHelp&apos;s data file is damaged</source>
        <translation>Mae ffeil ddata CarerHelp wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>{error}

CarerHelp can put the damaged file to one side (it is not deleted) and bring back your newest good backup. Do you want to do that now?</source>
        <translation>{error}

Gall CarerHelp roi&apos;r ffeil sydd wedi&apos;i difrodi o&apos;r neilltu (nid yw&apos;n cael ei dileu) a dod â&apos;ch copi wrth gefn da diweddaraf yn ôl. Ydych chi am wneud hynny nawr?</translation>
    </message>
    <message>
        <source>CarerHelp&apos;s data file {path} was opened for reading only ({read_only}). You can look at cases, print and export them, but nothing you change can be kept. To change anything, make it writable again, then start CarerHelp again.</source>
        <translation>Cafodd ffeil ddata CarerHelp {path} ei hagor i&apos;w darllen yn unig ({read_only}). Gallwch edrych ar achosion, eu hargraffu a&apos;u hallforio, ond does dim modd cadw unrhyw beth y byddwch yn ei newid. I newid unrhyw beth, gwnewch hi&apos;n bosibl ysgrifennu i&apos;r ffeil eto, yna dechreuwch CarerHelp eto.</translation>
    </message>
</context>
<context>
    <name>check_answers</name>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>&lt;h1&gt;My answers: {name}&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Fy atebion: {name}&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;My answers&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Fy atebion&lt;/h1&gt;</translation>
    </message>
</context>
<context>
    <name>diary_outputs</name>
    <message>
        <source>{title} - {name}.pdf</source>
        <translation>{title} - {name}.pdf</translation>
    </message>
    <message>
        <source>{title} is kept in CarerHelp.</source>
        <translation>Mae {title} yn cael ei gadw yn CarerHelp.</translation>
    </message>
    <message>
        <source>{title} is kept in CarerHelp and saved as {path}.</source>
        <translation>Mae {title} yn cael ei gadw yn CarerHelp ac wedi&apos;i gadw fel {path}.</translation>
    </message>
    <message>
        <source>Prepare for your assessment</source>
        <translation>Paratoi ar gyfer eich asesiad</translation>
    </message>
    <message>
        <source>Change of circumstances letter</source>
        <translation>Llythyr newid amgylchiadau</translation>
    </message>
</context>
<context>
    <name>earnings_tab</name>
    <message>
        <source>If this is right, that week&apos;s take home pay is over the limit. Social Security Scotland works out your average take home pay, so one week over may not stop your Carer Support Payment, but tell {office} about the change. Keep it anyway?</source>
        <translation>Os yw hyn yn gywir, mae eich cyflog clir yr wythnos honno dros y terfyn. Mae Nawdd Cymdeithasol yr Alban yn cyfrifo eich cyflog clir cyfartalog, felly efallai na fydd un wythnos dros y terfyn yn atal eich Carer Support Payment (taliad yr Alban i ofalwyr), ond dywedwch wrth {office} am y newid. Ei gadw beth bynnag?</translation>
    </message>
    <message>
        <source>If this is right, that week goes over the earnings limit: you would get no Carer&apos;s Allowance for it, and you should tell the {office}. Keep it anyway?</source>
        <translation>Os yw hyn yn gywir, mae&apos;r wythnos honno&apos;n mynd dros y terfyn enillion: ni fyddech yn cael Lwfans Gofalwr amdani, a dylech ddweud wrth {office}. Ei gadw beth bynnag?</translation>
    </message>
    <message>
        <source>This is close to the limit. Keep it?</source>
        <translation>Mae hyn yn agos at y terfyn. Ei gadw?</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>Council or Health and Social Care Trust:</source>
        <translation>Cyngor neu Ymddiriedolaeth Iechyd a Gofal Cymdeithasol:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print your letter</source>
        <translation>Argraffu eich llythyr</translation>
    </message>
    <message>
        <source>My answers</source>
        <translation>Fy atebion</translation>
    </message>
    <message>
        <source>Print my answers</source>
        <translation>Argraffu fy atebion</translation>
    </message>
    <message>
        <source>CarerHelp: your recovery code</source>
        <translation>CarerHelp: eich cod adfer</translation>
    </message>
    <message>
        <source>This code opens CarerHelp on your computer if the password is forgotten.</source>
        <translation>Mae&apos;r cod hwn yn agor CarerHelp ar eich cyfrifiadur os caiff y cyfrinair ei anghofio.</translation>
    </message>
    <message>
        <source>Type it when CarerHelp asks for a password: choose “Use the recovery code instead”. Capital or small letters, spaces and dashes do not matter.</source>
        <translation>Teipiwch ef pan fydd CarerHelp yn gofyn am gyfrinair: dewiswch “Defnyddio&apos;r cod adfer yn lle hynny”. Does dim gwahaniaeth am briflythrennau neu lythrennau bach, bylchau na llinellau toriad.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Ble i&apos;w gadw</translation>
    </message>
    <message>
        <source>Somewhere safe, away from the computer: with your important papers, or locked away. Do not keep it in the same bag as a laptop, and do not save it on the computer.</source>
        <translation>Rhywle diogel, i ffwrdd o&apos;r cyfrifiadur: gyda&apos;ch papurau pwysig, neu dan glo. Peidiwch â&apos;i gadw yn yr un bag â gliniadur, a pheidiwch â&apos;i gadw ar y cyfrifiadur.</translation>
    </message>
    <message>
        <source>Anyone who has this code and your computer can read your answers.</source>
        <translation>Gall unrhyw un sydd â&apos;r cod hwn a&apos;ch cyfrifiadur ddarllen eich atebion.</translation>
    </message>
    <message>
        <source>If it is lost</source>
        <translation>Os caiff ei golli</translation>
    </message>
    <message>
        <source>If the password and this code are both lost, nothing can be recovered: not by CarerHelp, and not by anyone else.</source>
        <translation>Os caiff y cyfrinair a&apos;r cod hwn eu colli ill dau, does dim modd adfer dim: nid gan CarerHelp, nac unrhyw un arall.</translation>
    </message>
    <message>
        <source>CarerHelp recovery code</source>
        <translation>Cod adfer CarerHelp</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Argraffu&apos;r cod adfer</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Protecting your answers encrypts CarerHelp&apos;s data file and every backup, so nobody can read them without the password — not someone who copies the files, and not anyone who opens CarerHelp on this computer.

If you forget the password, the recovery code you will be shown next is the only other way in. If the password and the recovery code are both lost, nothing can be recovered: not by CarerHelp, not by anyone.</source>
        <translation>Mae diogelu eich atebion yn amgryptio ffeil ddata CarerHelp a phob copi wrth gefn, felly does neb yn gallu eu darllen heb y cyfrinair — nid rhywun sy&apos;n copïo&apos;r ffeiliau, na neb sy&apos;n agor CarerHelp ar y cyfrifiadur hwn.

Os byddwch chi&apos;n anghofio&apos;r cyfrinair, y cod adfer a gaiff ei ddangos i chi nesaf yw&apos;r unig ffordd arall i mewn. Os caiff y cyfrinair a&apos;r cod adfer eu colli ill dau, does dim modd adfer dim: nid gan CarerHelp, nid gan neb.</translation>
    </message>
    <message>
        <source>If every password and the recovery code are lost, nothing can be recovered: the protected file can&apos;t be opened by CarerHelp, or by anyone else.

CarerHelp can set the locked file aside (it is kept, not deleted, in a folder beside it, in case a password turns up) and start again with no cases. Start afresh?</source>
        <translation>Os caiff pob cyfrinair a&apos;r cod adfer eu colli, does dim modd adfer dim: ni all CarerHelp, na neb arall, agor y ffeil sydd wedi&apos;i diogelu.

Gall CarerHelp roi&apos;r ffeil dan glo o&apos;r neilltu (caiff ei chadw, nid ei dileu, mewn ffolder wrth ei hymyl, rhag ofn i gyfrinair ddod i&apos;r fei) a dechrau eto heb unrhyw achosion. Dechrau o&apos;r newydd?</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets a copy of this file can read the personal information in it.</source>
        <translation>Heb gyfrinymadrodd, gall unrhyw un sy&apos;n cael copi o&apos;r ffeil hon ddarllen yr wybodaeth bersonol sydd ynddi.</translation>
    </message>
    <message>
        <source>The file is protected</source>
        <translation>Mae&apos;r ffeil wedi&apos;i diogelu</translation>
    </message>
    <message>
        <source>The file {name} is protected with a passphrase. Type the passphrase:</source>
        <translation>Mae&apos;r ffeil {name} wedi&apos;i diogelu â chyfrinymadrodd. Teipiwch y cyfrinymadrodd:</translation>
    </message>
</context>
<context>
    <name>question_page</name>
    <message>
        <source>Choose one of the answers to carry on.</source>
        <translation>Dewiswch un o&apos;r atebion i barhau.</translation>
    </message>
    <message>
        <source>Tick at least one box to carry on.</source>
        <translation>Ticiwch o leiaf un blwch i barhau.</translation>
    </message>
    <message>
        <source>Choose your council from the list to carry on.</source>
        <translation>Dewiswch eich cyngor o&apos;r rhestr i barhau.</translation>
    </message>
    <message>
        <source>Enter a date to carry on.</source>
        <translation>Rhowch ddyddiad i barhau.</translation>
    </message>
    <message>
        <source>Type an answer to carry on.</source>
        <translation>Teipiwch ateb i barhau.</translation>
    </message>
</context>
</TS>
