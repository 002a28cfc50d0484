<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ArabicCoursesTab</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Enrolled / places</source>
        <translation>Enrolled / places</translation>
    </message>
    <message>
        <source>Words from the course title or the teacher's name</source>
        <translation>Words from the course title or the teacher's name</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Arabic courses</translation>
    </message>
</context>
<context>
    <name>AttendeesBox</name>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>&amp;Add an attendee (Enter adds the highlighted person):</source>
        <translation>&amp;Add an attendee (Enter adds the highlighted person):</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <source>&amp;Offence article:</source>
        <translation>&amp;Offence article:</translation>
    </message>
    <message>
        <source>Sentence from:</source>
        <translation>Sentence from:</translation>
    </message>
    <message>
        <source>Sentence until:</source>
        <translation>Sentence until:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Referred by:</translation>
    </message>
    <message>
        <source>Risk le&amp;vel:</source>
        <translation>Risk le&amp;vel:</translation>
    </message>
    <message>
        <source>Assigned specia&amp;lists:</source>
        <translation>Assigned specia&amp;lists:</translation>
    </message>
    <message>
        <source>Consent d&amp;ate:</source>
        <translation>Consent d&amp;ate:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Next follow-up:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The participant gave written cons&amp;ent</source>
        <translation>The participant gave written cons&amp;ent</translation>
    </message>
    <message>
        <source>Penal colony, e.g. ИК-5</source>
        <translation>Penal colony, e.g. ИК-5</translation>
    </message>
    <message>
        <source>Anything the next specialist should know</source>
        <translation>Anything the next specialist should know</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Current stage: %1</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>&amp;New stage:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Witnessed by:</source>
        <translation>&amp;Witnessed by:</translation>
    </message>
    <message>
        <source>Why the stage changes: what was seen or said</source>
        <translation>Why the stage changes: what was seen or said</translation>
    </message>
    <message>
        <source>Full name and position of the witness</source>
        <translation>Full name and position of the witness</translation>
    </message>
    <message>
        <source>&amp;Change stage</source>
        <translation>&amp;Change stage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChildrenEventsTab</name>
    <message>
        <source>Child's full name</source>
        <translation>Child's full name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Child's surname and name in any alphabet, or the start of an IIN</source>
        <translation>Child's surname and name in any alphabet, or the start of an IIN</translation>
    </message>
    <message>
        <source>Children registered for children's events</source>
        <translation>Children registered for children's events</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>Open the existing file</translation>
    </message>
    <message>
        <source>Possible duplicate of %1.</source>
        <translation>Possible duplicate of %1.</translation>
    </message>
    <message>
        <source>Check it is not the same person; if it is not, save anyway.</source>
        <translation>Check it is not the same person; if it is not, save anyway.</translation>
    </message>
    <message>
        <source>Open their file</source>
        <translation>Open their file</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>Lin&amp;k relative…</source>
        <translation>Lin&amp;k relative…</translation>
    </message>
    <message>
        <source>Open relative</source>
        <translation>Open relative</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Centre Desk: first-time set-up</source>
        <translation>Centre Desk: first-time set-up</translation>
    </message>
    <message>
        <source>Welcome. Set up Centre Desk on this computer: name the centre, create the first administrator account and, if you wish, a password that encrypts the whole database file.</source>
        <translation>Welcome. Set up Centre Desk on this computer: name the centre, create the first administrator account and, if you wish, a password that encrypts the whole database file.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>&amp;Centre name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Administrator's &amp;user name:</source>
        <translation>Administrator's &amp;user name:</translation>
    </message>
    <message>
        <source>Administrator's &amp;full name:</source>
        <translation>Administrator's &amp;full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word:</source>
        <translation>Repeat the pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Database password:</source>
        <translation>&amp;Database password:</translation>
    </message>
    <message>
        <source>Repeat the database passw&amp;ord:</source>
        <translation>Repeat the database passw&amp;ord:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database file with a password</source>
        <translation>&amp;Encrypt the database file with a password</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Mark the follow-up done</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;What was found:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Renounced radical views</source>
        <translation>Renounced radical views</translation>
    </message>
    <message>
        <source>Rehabilitated</source>
        <translation>Rehabilitated</translation>
    </message>
    <message>
        <source>Relapsed</source>
        <translation>Relapsed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>Ex-convict</source>
        <translation>Ex-convict</translation>
    </message>
    <message>
        <source>At-risk citizen</source>
        <translation>At-risk citizen</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Nursery place</source>
        <translation>Nursery place</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Individual consultation</source>
        <translation>Individual consultation</translation>
    </message>
    <message>
        <source>Group training</source>
        <translation>Group training</translation>
    </message>
    <message>
        <source>Theological lecture</source>
        <translation>Theological lecture</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Club group session</source>
        <translation>Club group session</translation>
    </message>
    <message>
        <source>Club one-to-one session</source>
        <translation>Club one-to-one session</translation>
    </message>
    <message>
        <source>Athletic event</source>
        <translation>Athletic event</translation>
    </message>
    <message>
        <source>Children's event</source>
        <translation>Children's event</translation>
    </message>
    <message>
        <source>Course lesson</source>
        <translation>Course lesson</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Case work</translation>
    </message>
    <message>
        <source>Mothers' club</source>
        <translation>Mothers' club</translation>
    </message>
    <message>
        <source>Children's events</source>
        <translation>Children's events</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Arabic courses</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Housing provider</source>
        <translation>Housing provider</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Nursery</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Non-governmental organisation</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Ward (under their guardianship)</source>
        <translation>Ward (under their guardianship)</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Mothers' club meeting</source>
        <translation>Mothers' club meeting</translation>
    </message>
    <message>
        <source>Course enrolment</source>
        <translation>Course enrolment</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
</context>
<context>
    <name>LinkRelativeDialog</name>
    <message>
        <source>Link relative</source>
        <translation>Link relative</translation>
    </message>
    <message>
        <source>A relative of %1.</source>
        <translation>A relative of %1.</translation>
    </message>
    <message>
        <source>The relative is their:</source>
        <translation>The relative is their:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>&amp;Already registered</source>
        <translation>&amp;Already registered</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>They are shown under “Already registered”: choose them and link.</source>
        <translation>They are shown under “Already registered”: choose them and link.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Shown: %1 of %2</translation>
    </message>
</context>
<context>
    <name>LogInterventionDialog</name>
    <message>
        <source>Log intervention</source>
        <translation>Log intervention</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitators:</source>
        <translation>Fac&amp;ilitators:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <source>Where, if not in a facility</source>
        <translation>Where, if not in a facility</translation>
    </message>
    <message>
        <source>Who held it</source>
        <translation>Who held it</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Centre Desk: sign in</source>
        <translation>Centre Desk: sign in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Database password:</source>
        <translation>&amp;Database password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Mothers' club</source>
        <translation>&amp;Mothers' club</translation>
    </message>
    <message>
        <source>C&amp;hildren's events</source>
        <translation>C&amp;hildren's events</translation>
    </message>
    <message>
        <source>&amp;Arabic courses</source>
        <translation>&amp;Arabic courses</translation>
    </message>
    <message>
        <source>P&amp;lacements</source>
        <translation>P&amp;lacements</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export for sync…</source>
        <translation>&amp;Export for sync…</translation>
    </message>
    <message>
        <source>&amp;Import sync package…</source>
        <translation>&amp;Import sync package…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Not available in this version yet.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Centre Desk</source>
        <translation>&amp;About Centre Desk</translation>
    </message>
    <message>
        <source>Centre: %1 (%2)</source>
        <translation>Centre: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in: %1, %2</source>
        <translation>Signed in: %1, %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers' club, children's events, Arabic courses and placements.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers' club, children's events, Arabic courses and placements.&lt;br&gt;Data: %2</translation>
    </message>
    <message>
        <source>About Centre Desk</source>
        <translation>About Centre Desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Use at least 8 characters.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>This does not match the IIN.</source>
        <translation>This does not match the IIN.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>An IIN has exactly 12 digits.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN must be from 1 to 6.</source>
        <translation>The 7th digit of an IIN must be from 1 to 6.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real date.</source>
        <translation>The first six digits of the IIN are not a real date.</translation>
    </message>
    <message>
        <source>The IIN's last digit does not match: check for a typo.</source>
        <translation>The IIN's last digit does not match: check for a typo.</translation>
    </message>
    <message>
        <source>A placement cannot move to this status from its current one.</source>
        <translation>A placement cannot move to this status from its current one.</translation>
    </message>
    <message>
        <source>The date is before the placement's last status change.</source>
        <translation>The date is before the placement's last status change.</translation>
    </message>
    <message>
        <source>This child is not linked to the person as their child or ward: link them in the person's file first.</source>
        <translation>This child is not linked to the person as their child or ward: link them in the person's file first.</translation>
    </message>
    <message>
        <source>This partner does not offer this kind of help.</source>
        <translation>This partner does not offer this kind of help.</translation>
    </message>
    <message>
        <source>This partner still has open placements: decline, end or move them first.</source>
        <translation>This partner still has open placements: decline, end or move them first.</translation>
    </message>
    <message>
        <source>This partner is already in the directory for this region.</source>
        <translation>This partner is already in the directory for this region.</translation>
    </message>
    <message>
        <source>The date is before the placement was requested.</source>
        <translation>The date is before the placement was requested.</translation>
    </message>
    <message>
        <source>This follow-up is already marked done.</source>
        <translation>This follow-up is already marked done.</translation>
    </message>
    <message>
        <source>The case cannot move to this stage from its current one.</source>
        <translation>The case cannot move to this stage from its current one.</translation>
    </message>
    <message>
        <source>The date is before the last stage change.</source>
        <translation>The date is before the last stage change.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>This person already has an open case file.</source>
        <translation>This person already has an open case file.</translation>
    </message>
    <message>
        <source>A person cannot be their own relative.</source>
        <translation>A person cannot be their own relative.</translation>
    </message>
    <message>
        <source>These two are already linked this way.</source>
        <translation>These two are already linked this way.</translation>
    </message>
    <message>
        <source>These two are already linked the other way round.</source>
        <translation>These two are already linked the other way round.</translation>
    </message>
    <message>
        <source>The birth dates do not fit: a parent must be older than the child.</source>
        <translation>The birth dates do not fit: a parent must be older than the child.</translation>
    </message>
    <message>
        <source>An individual consultation has exactly one attendee.</source>
        <translation>An individual consultation has exactly one attendee.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <source>The database password is wrong: check it and try again.</source>
        <translation>The database password is wrong: check it and try again.</translation>
    </message>
    <message>
        <source>This database is encrypted: enter its password.</source>
        <translation>This database is encrypted: enter its password.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Centre Desk database.</source>
        <translation>The database file is damaged or is not a Centre Desk database.</translation>
    </message>
    <message>
        <source>There is no Centre Desk database here yet: run first-time set-up.</source>
        <translation>There is no Centre Desk database here yet: run first-time set-up.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Your role does not allow this change.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>This record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered.</source>
        <translation>A person with this IIN is already registered.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
    <message>
        <source>Too many failed attempts: sign-in is locked for a minute.</source>
        <translation>Too many failed attempts: sign-in is locked for a minute.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Something went wrong; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>MothersClubTab</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Surname and name in any alphabet, or the start of an IIN</translation>
    </message>
    <message>
        <source>Members of the mothers' club</source>
        <translation>Members of the mothers' club</translation>
    </message>
</context>
<context>
    <name>OrganisationFormDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>New partner organisation</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>The follow-up date has passed.</translation>
    </message>
</context>
<context>
    <name>ParticipantFile</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ParticipantFileDialog</name>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>%1 — participant file</source>
        <translation>%1 — participant file</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Stage and its history</source>
        <translation>Stage and its history</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Ti&amp;meline</translation>
    </message>
    <message>
        <source>Famil&amp;y</source>
        <translation>Famil&amp;y</translation>
    </message>
    <message>
        <source>&amp;Open a case file for this person…</source>
        <translation>&amp;Open a case file for this person…</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>Merge &amp;with…</translation>
    </message>
    <message>
        <source>Make one record of two records of the same person.</source>
        <translation>Make one record of two records of the same person.</translation>
    </message>
    <message>
        <source>Only a supervisor can merge records.</source>
        <translation>Only a supervisor can merge records.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter or Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Your role can view this file but not change it.</source>
        <translation>Your role can view this file but not change it.</translation>
    </message>
    <message>
        <source>No case file: the person's details are shown read-only.</source>
        <translation>No case file: the person's details are shown read-only.</translation>
    </message>
    <message>
        <source>Fill in the person and the case, then save.</source>
        <translation>Fill in the person and the case, then save.</translation>
    </message>
    <message>
        <source>Not saved: see above.</source>
        <translation>Not saved: see above.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved yet: see above.</source>
        <translation>Not saved yet: see above.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <source>Choose the other record of %1. Everything recorded for it moves to this file, and it is then removed.</source>
        <translation>Choose the other record of %1. Everything recorded for it moves to this file, and it is then removed.</translation>
    </message>
    <message>
        <source>Merged: everything recorded for %1 is now in this file.</source>
        <translation>Merged: everything recorded for %1 is now in this file.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Close it and lose them?</source>
        <translation>This file has changes that are not saved. Close it and lose them?</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Everything recorded for %1 moves to %2's file, and the record of %1 is removed.</source>
        <translation>Merge %1 into %2? Everything recorded for %1 moves to %2's file, and the record of %1 is removed.</translation>
    </message>
    <message>
        <source>Unlink relative</source>
        <translation>Unlink relative</translation>
    </message>
    <message>
        <source>Remove the family link to %1? Their own record stays.</source>
        <translation>Remove the family link to %1? Their own record stays.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Specialists</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Surname and name in any alphabet, or the start of an IIN</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>Fac&amp;ility:</translation>
    </message>
    <message>
        <source>Spe&amp;cialist:</source>
        <translation>Spe&amp;cialist:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>All facilities</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>All specialists</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-up only</source>
        <translation>&amp;Overdue follow-up only</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;New participant…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>New participant…</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryDialog</name>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, contact person, region or phone</source>
        <translation>Name, contact person, region or phone</translation>
    </message>
    <message>
        <source>Search the partners</source>
        <translation>Search the partners</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Remove “%1” from the directory? Placements that are already closed keep its name.</source>
        <translation>Remove “%1” from the directory? Placements that are already closed keep its name.</translation>
    </message>
    <message>
        <source>Delete the partner</source>
        <translation>Delete the partner</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>S&amp;urname:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Surname and name in any alphabet, or the start of an IIN</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Nobody found: check the spelling or type less.</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Kind of help:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Requested on:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status and history</source>
        <translation>Status and history</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>&amp;Mark done…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule follow-up…</source>
        <translation>Sc&amp;hedule follow-up…</translation>
    </message>
    <message>
        <source>&amp;Delete placement</source>
        <translation>&amp;Delete placement</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Delete the placement</source>
        <translation>Delete the placement</translation>
    </message>
    <message>
        <source>Delete this placement and its follow-ups? Other sites learn of the deletion at the next sync.</source>
        <translation>Delete this placement and its follow-ups? Other sites learn of the deletion at the next sync.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>(removed from the directory)</source>
        <translation>(removed from the directory)</translation>
    </message>
    <message>
        <source>Declined and ended placements do not change any more.</source>
        <translation>Declined and ended placements do not change any more.</translation>
    </message>
</context>
<context>
    <name>PlacementFormDialog</name>
    <message>
        <source>New placement</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>Edit the placement</source>
        <translation>Edit the placement</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Kind of help:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Requested on:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Surname and name in any alphabet, or the start of an IIN</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation>— not chosen yet —</translation>
    </message>
    <message>
        <source>— choose the child —</source>
        <translation>— choose the child —</translation>
    </message>
    <message>
        <source>No children are linked to this person</source>
        <translation>No children are linked to this person</translation>
    </message>
</context>
<context>
    <name>PlacementModels</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Surname and name, the start of an IIN, or an organisation</source>
        <translation>Surname and name, the start of an IIN, or an organisation</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;New placement…</translation>
    </message>
    <message>
        <source>Partner &amp;organisations…</source>
        <translation>Partner &amp;organisations…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Follow-up &amp;overdue</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Schedule a follow-up</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;What to check:</translation>
    </message>
</context>
<context>
    <name>StageSection</name>
    <message>
        <source>Stage: not yet recorded</source>
        <translation>Stage: not yet recorded</translation>
    </message>
    <message>
        <source>Stage: %1 since %2</source>
        <translation>Stage: %1 since %2</translation>
    </message>
    <message>
        <source>Chan&amp;ge stage…</source>
        <translation>Chan&amp;ge stage…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the placement's status</source>
        <translation>Change the placement's status</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>New &amp;status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Choose the partner organisation first: press “Edit…” in the placement window.</source>
        <translation>Choose the partner organisation first: press “Edit…” in the placement window.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Log in&amp;tervention…</source>
        <translation>Log in&amp;tervention…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
</TS>