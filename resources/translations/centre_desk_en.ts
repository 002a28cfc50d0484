<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
</TS>