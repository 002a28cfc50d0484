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
    <name>PagedTableModel</name>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>The follow-up date has passed.</translation>
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
</context>
</TS>