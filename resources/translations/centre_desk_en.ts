<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>One-time &amp;password:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Saved. Tick who came, then press OK.</source>
        <translation>Saved. Tick who came, then press OK.</translation>
    </message>
    <message>
        <source>Nobody has an open case in %1.</source>
        <translation>Nobody has an open case in %1.</translation>
    </message>
    <message>
        <source>Added: %1. Already ticked: %2. Press Save or OK to store them.</source>
        <translation>Added: %1. Already ticked: %2. Press Save or OK to store them.</translation>
    </message>
    <message>
        <source>Tick every adult with an open case in %1; those ticked already are skipped</source>
        <translation>Tick every adult with an open case in %1; those ticked already are skipped</translation>
    </message>
    <message>
        <source>the facility typed above</source>
        <translation>the facility typed above</translation>
    </message>
    <message>
        <source>People marked present: %1. Delete this activity and their attendance?</source>
        <translation>People marked present: %1. Delete this activity and their attendance?</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>Delete this activity?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>New activity — %1</source>
        <translation>New activity — %1</translation>
    </message>
    <message>
        <source>Activity — %1</source>
        <translation>Activity — %1</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Title (required):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>Facilit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Held by:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Organisers, teacher or specialists</source>
        <translation>Organisers, teacher or specialists</translation>
    </message>
    <message>
        <source>Penal colony, if held in one</source>
        <translation>Penal colony, if held in one</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This activity or who came has changes that are not saved. Save them before closing?</source>
        <translation>This activity or who came has changes that are not saved. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>AddLessonDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation>Add a lesson</translation>
    </message>
    <message>
        <source>Lesson &amp;date:</source>
        <translation>Lesson &amp;date:</translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <source>Appro&amp;vals waiting for me…</source>
        <translation>Appro&amp;vals waiting for me…</translation>
    </message>
    <message>
        <source>Approve or return the outcomes other staff asked for.</source>
        <translation>Approve or return the outcomes other staff asked for.</translation>
    </message>
</context>
<context>
    <name>ApprovalLine</name>
    <message>
        <source>%1 on %2: pending approval by a second supervisor (requested by %3).</source>
        <translation>%1 on %2: pending approval by a second supervisor (requested by %3).</translation>
    </message>
    <message>
        <source>It is decided at the centre that made it.</source>
        <translation>It is decided at the centre that made it.</translation>
    </message>
    <message>
        <source>The request for “%1” was returned by %2: %3</source>
        <translation>The request for “%1” was returned by %2: %3</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Approvals waiting for me</translation>
    </message>
    <message>
        <source>Outcomes asked for at this centre that wait for a second supervisor: %1. Approve one to change the stage, or return it with a note saying what is missing.</source>
        <translation>Outcomes asked for at this centre that wait for a second supervisor: %1. Approve one to change the stage, or return it with a note saying what is missing.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Nothing waits for your approval.</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Requests waiting</translation>
    </message>
    <message>
        <source>&amp;Note (needed to return):</source>
        <translation>&amp;Note (needed to return):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Return with the note</source>
        <translation>&amp;Return with the note</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Write in the note why the request is returned.</source>
        <translation>Write in the note why the request is returned.</translation>
    </message>
    <message>
        <source>Approved: %1 is now “%2”.</source>
        <translation>Approved: %1 is now “%2”.</translation>
    </message>
    <message>
        <source>Returned to %1's file with the note.</source>
        <translation>Returned to %1's file with the note.</translation>
    </message>
</context>
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
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;New course…</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>New course…</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Where %1 works</source>
        <translation>Where %1 works</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Assessed &amp;on:</translation>
    </message>
    <message>
        <source>Overall &amp;risk:</source>
        <translation>Overall &amp;risk:</translation>
    </message>
    <message>
        <source>Ne&amp;xt assessment:</source>
        <translation>Ne&amp;xt assessment:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Items and scores</source>
        <translation>Items and scores</translation>
    </message>
    <message>
        <source>%1 months after the assessment unless changed</source>
        <translation>%1 months after the assessment unless changed</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Save assessment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Score at least one item or choose the overall risk.</source>
        <translation>Score at least one item or choose the overall risk.</translation>
    </message>
</context>
<context>
    <name>AssessmentsSection</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>No assessment scored yet.</source>
        <translation>No assessment scored yet.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <source>Only a supervisor may delete an assessment made in error.</source>
        <translation>Only a supervisor may delete an assessment made in error.</translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation>Latest scores</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Assessment history</translation>
    </message>
    <message>
        <source>Not assessed yet: the first assessment is due at intake.</source>
        <translation>Not assessed yet: the first assessment is due at intake.</translation>
    </message>
    <message>
        <source>Latest assessment: %1. Next: %2.</source>
        <translation>Latest assessment: %1. Next: %2.</translation>
    </message>
    <message>
        <source>Risk: %1.</source>
        <translation>Risk: %1.</translation>
    </message>
    <message>
        <source>Reassessment overdue.</source>
        <translation>Reassessment overdue.</translation>
    </message>
    <message>
        <source>Delete the chosen assessment made in error?</source>
        <translation>Delete the chosen assessment made in error?</translation>
    </message>
</context>
<context>
    <name>AttendanceChecklist</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Whom to mark present, by name or IIN:</source>
        <translation>Whom to mark present, by name or IIN:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name in any alphabet</source>
        <translation>Name in any alphabet</translation>
    </message>
    <message>
        <source>Find a person in the list</source>
        <translation>Find a person in the list</translation>
    </message>
    <message>
        <source>Expected people; Space marks present</source>
        <translation>Expected people; Space marks present</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <source>Save &amp;attendance</source>
        <translation>Save &amp;attendance</translation>
    </message>
    <message>
        <source>Present: %1 of %2</source>
        <translation>Present: %1 of %2</translation>
    </message>
</context>
<context>
    <name>AttendeesBox</name>
    <message>
        <source>List every adult with an open case in the facility chosen on the left</source>
        <translation>List every adult with an open case in the facility chosen on the left</translation>
    </message>
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
    <name>AuditDetails</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Attendance marked</source>
        <translation>Attendance marked</translation>
    </message>
    <message>
        <source>Attendance removed</source>
        <translation>Attendance removed</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Attendances dropped</source>
        <translation>Attendances dropped</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Backup made before the restore</source>
        <translation>Backup made before the restore</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>Case files joined</source>
        <translation>Case files joined</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Sync clock continues from</source>
        <translation>Sync clock continues from</translation>
    </message>
    <message>
        <source>Club memberships</source>
        <translation>Club memberships</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Descending</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation>Duplicate record</translation>
    </message>
    <message>
        <source>Earlier merges</source>
        <translation>Earlier merges</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Course enrolments</translation>
    </message>
    <message>
        <source>Course enrolments dropped</source>
        <translation>Course enrolments dropped</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Event registrations</source>
        <translation>Event registrations</translation>
    </message>
    <message>
        <source>Event registrations dropped</source>
        <translation>Event registrations dropped</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Fields filled in</source>
        <translation>Fields filled in</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Stage before</source>
        <translation>Stage before</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status before</translation>
    </message>
    <message>
        <source>Full package</source>
        <translation>Full package</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>Printed to</source>
        <translation>Printed to</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Sign-in locked for a minute</source>
        <translation>Sign-in locked for a minute</translation>
    </message>
    <message>
        <source>Merged persons followed</source>
        <translation>Merged persons followed</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>IIN, address and phone withheld</source>
        <translation>IIN, address and phone withheld</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Family links</translation>
    </message>
    <message>
        <source>Family links dropped</source>
        <translation>Family links dropped</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Relays other centres' records</source>
        <translation>Relays other centres' records</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>Settled by</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>Sorted by</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Saved to</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation>Updated records</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Role before</source>
        <translation>Role before</translation>
    </message>
    <message>
        <source>Facilities before</source>
        <translation>Facilities before</translation>
    </message>
    <message>
        <source>Programmes before</source>
        <translation>Programmes before</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Rows left as they were</source>
        <translation>Rows left as they were</translation>
    </message>
    <message>
        <source>Removed without a trace (nothing had been sent to other sites)</source>
        <translation>Removed without a trace (nothing had been sent to other sites)</translation>
    </message>
    <message>
        <source>Persons put back</source>
        <translation>Persons put back</translation>
    </message>
    <message>
        <source>Records deleted</source>
        <translation>Records deleted</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Offence article</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Sentence start</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Sentence end</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Specialists</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>reset to a one-time password</source>
        <translation>reset to a one-time password</translation>
    </message>
    <message>
        <source>changed by its user</source>
        <translation>changed by its user</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>print preview</source>
        <translation>print preview</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>half-year report</source>
        <translation>half-year report</translation>
    </message>
    <message>
        <source>personal details</source>
        <translation>personal details</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>case file</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>interventions</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Locked (away)</source>
        <translation>Locked (away)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Demo data added</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Changed (created, changed, deleted, merged)</source>
        <translation>Changed (created, changed, deleted, merged)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Seen (viewed, printed, exported)</source>
        <translation>Seen (viewed, printed, exported)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Several files</source>
        <translation>Several files</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Sync package</source>
        <translation>Sync package</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Course enrolment</source>
        <translation>Course enrolment</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Club membership</source>
        <translation>Club membership</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <source>Event registration</source>
        <translation>Event registration</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>This centre</source>
        <translation>This centre</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <source>Request for an outcome</source>
        <translation>Request for an outcome</translation>
    </message>
    <message>
        <source>Child in a returnee's register</source>
        <translation>Child in a returnee's register</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Saved group</source>
        <translation>Saved group</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Anyone: type a name or an IIN</source>
        <translation>Anyone: type a name or an IIN</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Pe&amp;riod from:</source>
        <translation>Pe&amp;riod from:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSX…</source>
        <translation>E&amp;xport to XLSX…</translation>
    </message>
    <message>
        <source>Write the dates as dd.mm.yyyy, e.g. 05.03.2024.</source>
        <translation>Write the dates as dd.mm.yyyy, e.g. 05.03.2024.</translation>
    </message>
    <message>
        <source>The period ends before it starts: give a later end date.</source>
        <translation>The period ends before it starts: give a later end date.</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>%1 of %2 entries shown</translation>
    </message>
    <message>
        <source>Checking that no entry was deleted or altered…</source>
        <translation>Checking that no entry was deleted or altered…</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was deleted or altered (%1 entries checked).</source>
        <translation>The audit trail is intact: no entry was deleted or altered (%1 entries checked).</translation>
    </message>
    <message>
        <source>The audit trail is broken: its last record is gone, so deleted entries cannot be ruled out.</source>
        <translation>The audit trail is broken: its last record is gone, so deleted entries cannot be ruled out.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry %1 (after %2) was deleted.</source>
        <translation>The audit trail is broken: entry %1 (after %2) was deleted.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry %1 (%2) was altered.</source>
        <translation>The audit trail is broken: entry %1 (%2) was altered.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <source>Writing %1 entries…</source>
        <translation>Writing %1 entries…</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>Exported %1 entries to %2.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>Back all the data up into a folder, a USB stick for instance.</source>
        <translation>Back all the data up into a folder, a USB stick for instance.</translation>
    </message>
    <message>
        <source>The backups, and replacing the data with one of them.</source>
        <translation>The backups, and replacing the data with one of them.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Backing up the data before closing…</source>
        <translation>Backing up the data before closing…</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups are made when the program closes, at most once a day, and kept for the last 7 days, 4 weeks and 12 months. Restoring replaces all the data with the chosen backup; the current data are backed up first.</source>
        <translation>Backups are made when the program closes, at most once a day, and kept for the last 7 days, 4 weeks and 12 months. Restoring replaces all the data with the chosen backup; the current data are backed up first.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (before a restore)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>There are no backups in %1 yet.</translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation>Back up into</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>The backup was cancelled; nothing was kept.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1? The current data are backed up first.</source>
        <translation>Replace all the data with the backup of %1? The current data are backed up first.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>The restore was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Restored. The data as they were before are backed up in %1. The next sync package to each connected centre asks it for a full package.</source>
        <translation>Restored. The data as they were before are backed up in %1. The next sync package to each connected centre asks it for a full package.</translation>
    </message>
    <message>
        <source>The backup file no longer exists.</source>
        <translation>The backup file no longer exists.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a backup of this database.</source>
        <translation>This file is damaged or is not a backup of this database.</translation>
    </message>
    <message>
        <source>This backup is damaged (incomplete or altered): it was not used and nothing was changed.</source>
        <translation>This backup is damaged (incomplete or altered): it was not used and nothing was changed.</translation>
    </message>
    <message>
        <source>This backup is of another centre's database: nothing was changed.</source>
        <translation>This backup is of another centre's database: nothing was changed.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Centre Desk: update the program first.</source>
        <translation>This backup was made by a newer version of Centre Desk: update the program first.</translation>
    </message>
    <message>
        <source>The data are kept in a PostgreSQL database: back it up and restore it with the server's own tools.</source>
        <translation>The data are kept in a PostgreSQL database: back it up and restore it with the server's own tools.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1.</source>
        <translation>The backup could not be written: %1.</translation>
    </message>
    <message>
        <source>The work failed; nothing was changed.</source>
        <translation>The work failed; nothing was changed.</translation>
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
        <source>This outcome needs four eyes: it is recorded as a request, and the stage changes once a second supervisor approves it.</source>
        <translation>This outcome needs four eyes: it is recorded as a request, and the stage changes once a second supervisor approves it.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>&amp;Request approval</translation>
    </message>
    <message>
        <source>&amp;Change stage</source>
        <translation>&amp;Change stage</translation>
    </message>
</context>
<context>
    <name>ChildEventDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Registered c&amp;hildren</source>
        <translation>Registered c&amp;hildren</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Atte&amp;ndance</translation>
    </message>
    <message>
        <source>&amp;Register a child…</source>
        <translation>&amp;Register a child…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>&amp;Unregister</translation>
    </message>
    <message>
        <source>&amp;Open the child's file</source>
        <translation>&amp;Open the child's file</translation>
    </message>
    <message>
        <source>&amp;Delete the event…</source>
        <translation>&amp;Delete the event…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Registered children</source>
        <translation>Registered children</translation>
    </message>
    <message>
        <source>Unregister the child</source>
        <translation>Unregister the child</translation>
    </message>
    <message>
        <source>Take %1 off this event's list?</source>
        <translation>Take %1 off this event's list?</translation>
    </message>
    <message>
        <source>%1 children are registered for this event and %2 are marked present. Delete the event with its registrations and attendance? Other sites learn of the deletion at the next sync.</source>
        <translation>%1 children are registered for this event and %2 are marked present. Delete the event with its registrations and attendance? Other sites learn of the deletion at the next sync.</translation>
    </message>
    <message>
        <source>Delete this event?</source>
        <translation>Delete this event?</translation>
    </message>
    <message>
        <source>Delete the event</source>
        <translation>Delete the event</translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>Attendance not saved</translation>
    </message>
    <message>
        <source>The attendance you marked is not saved. Save it before closing?</source>
        <translation>The attendance you marked is not saved. Save it before closing?</translation>
    </message>
    <message>
        <source>%1 — children's event</source>
        <translation>%1 — children's event</translation>
    </message>
    <message>
        <source>Organisers: %1</source>
        <translation>Organisers: %1</translation>
    </message>
    <message>
        <source>Age groups: %1</source>
        <translation>Age groups: %1</translation>
    </message>
    <message>
        <source>Your role can view this event but not change it.</source>
        <translation>Your role can view this event but not change it.</translation>
    </message>
</context>
<context>
    <name>ChildEvents</name>
    <message>
        <source>under 6</source>
        <translation>under 6</translation>
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
        <translation>18 and over</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <source>%1: %2 registered, %3 present</source>
        <translation>%1: %2 registered, %3 present</translation>
    </message>
    <message>
        <source>No children registered yet.</source>
        <translation>No children registered yet.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Consent signed on</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent or guardian</translation>
    </message>
</context>
<context>
    <name>ChildEventsSection</name>
    <message>
        <source>came</source>
        <translation>came</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Consent signed on</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>C&amp;hildren's events</source>
        <translation>C&amp;hildren's events</translation>
    </message>
    <message>
        <source>Children's events</source>
        <translation>Children's events</translation>
    </message>
    <message>
        <source>Came to %1 of %2 events.</source>
        <translation>Came to %1 of %2 events.</translation>
    </message>
    <message>
        <source>In rehabilitation in the family: %1.</source>
        <translation>In rehabilitation in the family: %1.</translation>
    </message>
</context>
<context>
    <name>ChildRecordDialog</name>
    <message>
        <source>Child in the register</source>
        <translation>Child in the register</translation>
    </message>
    <message>
        <source>Add a child to the register</source>
        <translation>Add a child to the register</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <source>&amp;Schooling:</source>
        <translation>&amp;Schooling:</translation>
    </message>
    <message>
        <source>School or &amp;nursery:</source>
        <translation>School or &amp;nursery:</translation>
    </message>
    <message>
        <source>&amp;Health check on:</source>
        <translation>&amp;Health check on:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Psychologist's sessions:</source>
        <translation>&amp;Psychologist's sessions:</translation>
    </message>
    <message>
        <source>&amp;Last session:</source>
        <translation>&amp;Last session:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>ChildrenEventsTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Title, place or organiser</source>
        <translation>Title, place or organiser</translation>
    </message>
    <message>
        <source>Children's events</source>
        <translation>Children's events</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>Registered chil&amp;dren…</source>
        <translation>Registered chil&amp;dren…</translation>
    </message>
</context>
<context>
    <name>ClubMeetings</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Title, place or who held it</source>
        <translation>Title, place or who held it</translation>
    </message>
    <message>
        <source>Meetings of the mothers' club</source>
        <translation>Meetings of the mothers' club</translation>
    </message>
</context>
<context>
    <name>ClubMeetingsPane</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Open / mark attendance…</source>
        <translation>&amp;Open / mark attendance…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
</context>
<context>
    <name>ClubMember</name>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Club member: %1</source>
        <translation>Club member: %1</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Joined on:</source>
        <translation>Joined on:</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Left on:</translation>
    </message>
    <message>
        <source>still a member</source>
        <translation>still a member</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Referred by:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Came to:</source>
        <translation>Came to:</translation>
    </message>
    <message>
        <source>%1 club activities, last on %2</source>
        <translation>%1 club activities, last on %2</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Club activities she came to</source>
        <translation>Club activities she came to</translation>
    </message>
    <message>
        <source>&amp;Correct membership…</source>
        <translation>&amp;Correct membership…</translation>
    </message>
    <message>
        <source>&amp;Leave the club…</source>
        <translation>&amp;Leave the club…</translation>
    </message>
    <message>
        <source>Open her &amp;file</source>
        <translation>Open her &amp;file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ClubMembership</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Referred &amp;by:</translation>
    </message>
    <message>
        <source>A school, a district officer, a member…</source>
        <translation>A school, a district officer, a member…</translation>
    </message>
    <message>
        <source>No children linked: link them in her file (Family).</source>
        <translation>No children linked: link them in her file (Family).</translation>
    </message>
    <message>
        <source>Join the mothers' club</source>
        <translation>Join the mothers' club</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <source>Choose a person to see her children.</source>
        <translation>Choose a person to see her children.</translation>
    </message>
    <message>
        <source>Correct the membership</source>
        <translation>Correct the membership</translation>
    </message>
    <message>
        <source>She has &amp;left the club</source>
        <translation>She has &amp;left the club</translation>
    </message>
    <message>
        <source>L&amp;eft on:</source>
        <translation>L&amp;eft on:</translation>
    </message>
    <message>
        <source>%1 leaves the club</source>
        <translation>%1 leaves the club</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Left on:</translation>
    </message>
</context>
<context>
    <name>ConflictReviewWindow</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>In the record now (newer)</source>
        <translation>In the record now (newer)</translation>
    </message>
    <message>
        <source>The other value (lost the race)</source>
        <translation>The other value (lost the race)</translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation>&amp;Keep this</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Keep the &amp;other</translation>
    </message>
    <message>
        <source>Or type a &amp;new value:</source>
        <translation>Or type a &amp;new value:</translation>
    </message>
    <message>
        <source>&amp;Use typed value</source>
        <translation>&amp;Use typed value</translation>
    </message>
    <message>
        <source>This conflict was already decided.</source>
        <translation>This conflict was already decided.</translation>
    </message>
    <message>
        <source>Decided: the field “%1” of %2 %3 is now “%4”. The decision reaches the other sites with the next export.</source>
        <translation>Decided: the field “%1” of %2 %3 is now “%4”. The decision reaches the other sites with the next export.</translation>
    </message>
    <message>
        <source>Changed at %1, %2</source>
        <translation>Changed at %1, %2</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Open conflicts: %1</translation>
    </message>
    <message>
        <source>Rows held back from packages: %1 (each says why, and whether it is tried again)</source>
        <translation>Rows held back from packages: %1 (each says why, and whether it is tried again)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record the guardian's consent</source>
        <translation>Record the guardian's consent</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>Parent or guardian:</source>
        <translation>Parent or guardian:</translation>
    </message>
    <message>
        <source>Consent &amp;signed on:</source>
        <translation>Consent &amp;signed on:</translation>
    </message>
</context>
<context>
    <name>CourseFormDialog</name>
    <message>
        <source>New Arabic course</source>
        <translation>New Arabic course</translation>
    </message>
    <message>
        <source>Edit the course</source>
        <translation>Edit the course</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>T&amp;eacher:</source>
        <translation>T&amp;eacher:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Sc&amp;hedule:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation>E&amp;nds on:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <source>e.g. Tue, Thu 10:00</source>
        <translation>e.g. Tue, Thu 10:00</translation>
    </message>
    <message>
        <source>The &amp;course takes students</source>
        <translation>The &amp;course takes students</translation>
    </message>
</context>
<context>
    <name>CourseWindow</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Students: %1; lessons held: %2. Delete the course “%3” with its students' enrolments, its lessons and who came to them?</source>
        <translation>Students: %1; lessons held: %2. Delete the course “%3” with its students' enrolments, its lessons and who came to them?</translation>
    </message>
    <message>
        <source>Delete the course “%1”?</source>
        <translation>Delete the course “%1”?</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Enrol a student</source>
        <translation>Enrol a student</translation>
    </message>
    <message>
        <source>Whom to enrol in “%1”?</source>
        <translation>Whom to enrol in “%1”?</translation>
    </message>
    <message>
        <source>The certificate could not be saved there: choose another folder.</source>
        <translation>The certificate could not be saved there: choose another folder.</translation>
    </message>
    <message>
        <source>Certificate %1.pdf</source>
        <translation>Certificate %1.pdf</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Arabic course: %1</source>
        <translation>Arabic course: %1</translation>
    </message>
    <message>
        <source>&amp;Edit the course…</source>
        <translation>&amp;Edit the course…</translation>
    </message>
    <message>
        <source>&amp;Delete the course…</source>
        <translation>&amp;Delete the course…</translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>E&amp;nrol…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Print certificate…</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>S&amp;tudents</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Students of the course</source>
        <translation>Students of the course</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>teacher %1</source>
        <translation>teacher %1</translation>
    </message>
    <message>
        <source>Students: %1 of %2 places; lessons held: %3</source>
        <translation>Students: %1 of %2 places; lessons held: %3</translation>
    </message>
    <message>
        <source>no longer takes students</source>
        <translation>no longer takes students</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Where the data is kept:</source>
        <translation>Where the data is kept:</translation>
    </message>
    <message>
        <source>This PC &amp;alone (a file)</source>
        <translation>This PC &amp;alone (a file)</translation>
    </message>
    <message>
        <source>A PostgreSQL server (se&amp;veral desks)</source>
        <translation>A PostgreSQL server (se&amp;veral desks)</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Server &amp;host:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>User na&amp;me on the server:</source>
        <translation>User na&amp;me on the server:</translation>
    </message>
    <message>
        <source>Password o&amp;n the server:</source>
        <translation>Password o&amp;n the server:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Test connect&amp;ion</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>This database already holds Centre Desk for {centre} ({region}): this desk joins it, and you sign in there with your own account.</source>
        <translation>This database already holds Centre Desk for {centre} ({region}): this desk joins it, and you sign in there with your own account.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. The database is empty: Centre Desk will be set up in it.</source>
        <translation>Connected to PostgreSQL {version}. The database is empty: Centre Desk will be set up in it.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install Centre Desk with it, pip install -e ".[postgresql]".</source>
        <translation>The PostgreSQL driver is not installed: install Centre Desk with it, pip install -e ".[postgresql]".</translation>
    </message>
    <message>
        <source>No computer named {host} was found: check the server's name.</source>
        <translation>No computer named {host} was found: check the server's name.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {host}, port {port}: check that it runs there and accepts connections from this computer.</source>
        <translation>No PostgreSQL server answers at {host}, port {port}: check that it runs there and accepts connections from this computer.</translation>
    </message>
    <message>
        <source>The server refused the user name {user} or its password: check both.</source>
        <translation>The server refused the user name {user} or its password: check both.</translation>
    </message>
    <message>
        <source>The server has no database {database}: create it or correct its name.</source>
        <translation>The server has no database {database}: create it or correct its name.</translation>
    </message>
    <message>
        <source>The server does not let {user} in from this computer: its administrator must allow it (pg_hba.conf).</source>
        <translation>The server does not let {user} in from this computer: its administrator must allow it (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The user {user} may not use the database {database}: the server's administrator must grant it.</source>
        <translation>The user {user} may not use the database {database}: the server's administrator must grant it.</translation>
    </message>
    <message>
        <source>The server is PostgreSQL {version}; Centre Desk needs version 15 or newer.</source>
        <translation>The server is PostgreSQL {version}; Centre Desk needs version 15 or newer.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Renunciation statement</source>
        <translation>Renunciation statement</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Court papers</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>A scanned PDF, JPEG or PNG file of up to %1 MB.</source>
        <translation>A scanned PDF, JPEG or PNG file of up to %1 MB.</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>Attach a scanned document</translation>
    </message>
    <message>
        <source>Scanned documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scanned documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: scan it at a lower resolution or in fewer pages.</source>
        <translation>The file is larger than %1 MB: scan it at a lower resolution or in fewer pages.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached, and this file is none of them.</source>
        <translation>Only PDF, JPEG and PNG files can be attached, and this file is none of them.</translation>
    </message>
    <message>
        <source>The file's name is too long.</source>
        <translation>The file's name is too long.</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translation>No program on this computer opens this file.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove the chosen document from this file?</source>
        <translation>Remove the chosen document from this file?</translation>
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
    <name>EditConflictDialog</name>
    <message>
        <source>Not saved: someone else changed the same fields.</source>
        <translation>Not saved: someone else changed the same fields.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved changes to the same fields. Nothing of yours is saved yet. For each field, keep your value or take theirs; everything else you changed is saved as you typed it.</source>
        <translation>While you were editing, someone else saved changes to the same fields. Nothing of yours is saved yet. For each field, keep your value or take theirs; everything else you changed is saved as you typed it.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Keep all &amp;mine</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Take all &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Save with these choices</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Saved by %1, %2</translation>
    </message>
    <message>
        <source>Saved at another centre, %1</source>
        <translation>Saved at another centre, %1</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>Nothing is recorded here yet: add the first with “%1”.</source>
        <translation>Nothing is recorded here yet: add the first with “%1”.</translation>
    </message>
    <message>
        <source>Nothing is recorded here yet.</source>
        <translation>Nothing is recorded here yet.</translation>
    </message>
    <message>
        <source>Nothing found for “%1” with the filters chosen. Try fewer letters, check the spelling or type it in another alphabet, or clear the filters.</source>
        <translation>Nothing found for “%1” with the filters chosen. Try fewer letters, check the spelling or type it in another alphabet, or clear the filters.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters, check the spelling or type it in another alphabet (Cyrillic or Latin).</source>
        <translation>Nothing found for “%1”. Try fewer letters, check the spelling or type it in another alphabet (Cyrillic or Latin).</translation>
    </message>
    <message>
        <source>Nothing matches the filters chosen. Try fewer filters, or clear them.</source>
        <translation>Nothing matches the filters chosen. Try fewer filters, or clear them.</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatusDialog</name>
    <message>
        <source>Change the status of %1</source>
        <translation>Change the status of %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for sync</source>
        <translation>Export for sync</translation>
    </message>
    <message>
        <source>Choose the sites to send this centre's changes to. The package holds every change they have not acknowledged yet, encrypted so only they can read it.</source>
        <translation>Choose the sites to send this centre's changes to. The package holds every change they have not acknowledged yet, encrypted so only they can read it.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>Last acknowledged</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>This centre has no peers yet: open File → Peers…, save this site's card for the other site and add the card it sends back.</source>
        <translation>This centre has no peers yet: open File → Peers…, save this site's card for the other site and add the card it sends back.</translation>
    </message>
    <message>
        <source>Everything (full package, for a new peer)</source>
        <translation>Everything (full package, for a new peer)</translation>
    </message>
    <message>
        <source>Send every record, not only the changes the chosen peers have not seen.</source>
        <translation>Send every record, not only the changes the chosen peers have not seen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Centre Desk sync packages (*%1)</source>
        <translation>Centre Desk sync packages (*%1)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Writing the sync package…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Wrote %1 rows for %2 to %3 (%4).</source>
        <translation>Wrote %1 rows for %2 to %3 (%4).</translation>
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
    <name>FilePage</name>
    <message>
        <source>The file and its rows</source>
        <translation>The file and its rows</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file, and say what its rows are.</source>
        <translation>Choose an .xlsx or .csv file, and say what its rows are.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>&amp;Rows are:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Hea&amp;der row:</source>
        <translation>Hea&amp;der row:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Data rows below the header: %1. Headers: %2</source>
        <translation>Data rows below the header: %1. Headers: %2</translation>
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
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
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
    <name>GroupListsWindow</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Who is on this list?</source>
        <translation>Who is on this list?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This group list has changes that are not saved. Save them first?</source>
        <translation>This group list has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <source>Group lists</source>
        <translation>Group lists</translation>
    </message>
    <message>
        <source>&amp;Group lists:</source>
        <translation>&amp;Group lists:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <source>Optional: the colony it is of</source>
        <translation>Optional: the colony it is of</translation>
    </message>
    <message>
        <source>N&amp;ew group list</source>
        <translation>N&amp;ew group list</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Take the person selected off the list</source>
        <translation>Take the person selected off the list</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ticked as present when a session that expects this list is recorded as held.</source>
        <translation>Ticked as present when a session that expects this list is recorded as held.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import from spreads&amp;heet…</source>
        <translation>Import from spreads&amp;heet…</translation>
    </message>
    <message>
        <source>Imports (undo an i&amp;mport)…</source>
        <translation>Imports (undo an i&amp;mport)…</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this.</source>
        <translation>Only a supervisor or an administrator may do this.</translation>
    </message>
    <message>
        <source>Bring a register kept in Excel or LibreOffice in: participants, club members, course students, placements or persons.</source>
        <translation>Bring a register kept in Excel or LibreOffice in: participants, club members, course students, placements or persons.</translation>
    </message>
    <message>
        <source>The spreadsheet imports made here, and undoing one.</source>
        <translation>The spreadsheet imports made here, and undoing one.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sync package</source>
        <translation>Import sync package</translation>
    </message>
    <message>
        <source>Choose a package another centre sent. It is checked before anything changes: who signed it, that it is for this site and that it is complete.</source>
        <translation>Choose a package another centre sent. It is checked before anything changes: who signed it, that it is for this site and that it is complete.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Review conflicts…</translation>
    </message>
    <message>
        <source>Centre Desk sync packages (*%1);;All files (*)</source>
        <translation>Centre Desk sync packages (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>a full package</source>
        <translation>a full package</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>From %1, made %2: %3 (%4 rows). Apply it to this centre's database?</source>
        <translation>From %1, made %2: %3 (%4 rows). Apply it to this centre's database?</translation>
    </message>
    <message>
        <source>Imported the package from %1.</source>
        <translation>Imported the package from %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed here and at the other site: the newer value is in the record, the other one waits in the conflict queue.</source>
        <translation>
            <numerusform>%n field(s) changed here and at the other site: the newer value is in the record, the other one waits in the conflict queue.</numerusform>
            <numerusform>%n field(s) changed here and at the other site: the newer value is in the record, the other one waits in the conflict queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held back earlier applied this time.</source>
        <translation>
            <numerusform>%n row(s) held back earlier applied this time.</numerusform>
            <numerusform>%n row(s) held back earlier applied this time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be applied and wait in quarantine; Sync conflicts… says why for each.</source>
        <translation>
            <numerusform>%n row(s) could not be applied and wait in quarantine; Sync conflicts… says why for each.</numerusform>
            <numerusform>%n row(s) could not be applied and wait in quarantine; Sync conflicts… says why for each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Row in file</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Person id</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Rows as</source>
        <translation>Rows as</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>Dry run (nothing written)</translation>
    </message>
    <message>
        <source>Batch (to undo)</source>
        <translation>Batch (to undo)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportsWindow</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet imports at this centre, newest first:</source>
        <translation>&amp;Spreadsheet imports at this centre, newest first:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows were</source>
        <translation>Rows were</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Skipped or refused</source>
        <translation>Skipped or refused</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No spreadsheet has been imported here yet.</source>
        <translation>No spreadsheet has been imported here yet.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Undo the import of %1? What it created is deleted and the fields it filled in are emptied again, except in rows changed since.</source>
        <translation>Undo the import of %1? What it created is deleted and the fields it filled in are emptied again, except in rows changed since.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <source>The undo was cancelled; nothing was changed.</source>
        <translation>The undo was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>This import has already been undone.</translation>
    </message>
    <message>
        <source>Undone: %1 records deleted, fields put back on %2 persons.</source>
        <translation>Undone: %1 records deleted, fields put back on %2 persons.</translation>
    </message>
    <message>
        <source>No sync package had been written since the import, so nothing of it is left in the data; the audit trail keeps the record of the import and of its undo.</source>
        <translation>No sync package had been written since the import, so nothing of it is left in the data; the audit trail keeps the record of the import and of its undo.</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>Views and attitudes</source>
        <translation>Views and attitudes</translation>
    </message>
    <message>
        <source>Justifies violence for a cause</source>
        <translation>Justifies violence for a cause</translation>
    </message>
    <message>
        <source>Rejects people who think differently</source>
        <translation>Rejects people who think differently</translation>
    </message>
    <message>
        <source>Distrusts public institutions</source>
        <translation>Distrusts public institutions</translation>
    </message>
    <message>
        <source>Contacts and influence</source>
        <translation>Contacts and influence</translation>
    </message>
    <message>
        <source>Keeps contact with radical circles</source>
        <translation>Keeps contact with radical circles</translation>
    </message>
    <message>
        <source>Follows radical material online</source>
        <translation>Follows radical material online</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Education and work</translation>
    </message>
    <message>
        <source>Needs schooling or vocational training</source>
        <translation>Needs schooling or vocational training</translation>
    </message>
    <message>
        <source>Needs help finding work</source>
        <translation>Needs help finding work</translation>
    </message>
    <message>
        <source>Family and housing</source>
        <translation>Family and housing</translation>
    </message>
    <message>
        <source>Needs stable housing</source>
        <translation>Needs stable housing</translation>
    </message>
    <message>
        <source>Needs help with family relations</source>
        <translation>Needs help with family relations</translation>
    </message>
    <message>
        <source>Health and wellbeing</source>
        <translation>Health and wellbeing</translation>
    </message>
    <message>
        <source>Needs psychological support</source>
        <translation>Needs psychological support</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>Needs medical care</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Protective factors</translation>
    </message>
    <message>
        <source>Supportive family</source>
        <translation>Supportive family</translation>
    </message>
    <message>
        <source>Takes part in the programme</source>
        <translation>Takes part in the programme</translation>
    </message>
    <message>
        <source>Has goals for the future</source>
        <translation>Has goals for the future</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Protective factor</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Assessment instrument</source>
        <translation>Assessment instrument</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>&amp;Reassess every (months):</source>
        <translation>&amp;Reassess every (months):</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation>Add &amp;domain</translation>
    </message>
    <message>
        <source>Re&amp;move item</source>
        <translation>Re&amp;move item</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Restore the de&amp;fault</source>
        <translation>Restore the de&amp;fault</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keep at least one domain with one item.</source>
        <translation>Keep at least one domain with one item.</translation>
    </message>
    <message>
        <source>Every domain and every item needs its words.</source>
        <translation>Every domain and every item needs its words.</translation>
    </message>
    <message>
        <source>Please correct the instrument: %1.</source>
        <translation>Please correct the instrument: %1.</translation>
    </message>
    <message>
        <source>&amp;Assessment instrument…</source>
        <translation>&amp;Assessment instrument…</translation>
    </message>
    <message>
        <source>Domains and items of the risk and needs assessment.</source>
        <translation>Domains and items of the risk and needs assessment.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
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
        <source>Returnee from a conflict zone</source>
        <translation>Returnee from a conflict zone</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Too young for nursery or school</source>
        <translation>Too young for nursery or school</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Not enrolled anywhere</source>
        <translation>Not enrolled anywhere</translation>
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
    <message>
        <source>withheld</source>
        <translation>withheld</translation>
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
    <name>ListExport</name>
    <message>
        <source>Export to XLSX</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <source>Writing %1 rows…</source>
        <translation>Writing %1 rows…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>ListRefresh</name>
    <message>
        <source>Refresh lists</source>
        <translation>Refresh lists</translation>
    </message>
    <message>
        <source>Show what other desks have saved since the lists were read.</source>
        <translation>Show what other desks have saved since the lists were read.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Export to XLSX…</source>
        <translation>Export to XLSX…</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Every row the search and filters find, in the order shown.</source>
        <translation>Every row the search and filters find, in the order shown.</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Shown: %1 of %2</translation>
    </message>
    <message>
        <source>Shown: at least %1 of %2</source>
        <translation>Shown: at least %1 of %2</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Centre Desk is locked</source>
        <translation>Centre Desk is locked</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to continue; nothing you typed is lost.</source>
        <translation>Signed in: %1. Enter your password to continue; nothing you typed is lost.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Sign &amp;out…</translation>
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
        <source>&amp;Need addressed:</source>
        <translation>&amp;Need addressed:</translation>
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
    <message>
        <source>None named</source>
        <translation>None named</translation>
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
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
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
        <source>M&amp;y work</source>
        <translation>My &amp;work</translation>
    </message>
    <message>
        <source>&amp;Arabic courses</source>
        <translation>&amp;Arabic courses</translation>
    </message>
    <message>
        <source>Children's &amp;events</source>
        <translation>Children's &amp;events</translation>
    </message>
    <message>
        <source>P&amp;lacements</source>
        <translation>P&amp;lacements</translation>
    </message>
    <message>
        <source>E&amp;veryone</source>
        <translation>E&amp;veryone</translation>
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
        <source>Print the selected participant's file, or the files of the whole list.</source>
        <translation>Print the selected participant's file, or the files of the whole list.</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <source>The half-year figures for the ministry, with charts and exports.</source>
        <translation>The half-year figures for the ministry, with charts and exports.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this.</source>
        <translation>Only a supervisor or an administrator may do this.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>A&amp;udit trail…</translation>
    </message>
    <message>
        <source>Who viewed, changed, printed or exported what, and when.</source>
        <translation>Who viewed, changed, printed or exported what, and when.</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
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
        <source>Pee&amp;rs…</source>
        <translation>Pee&amp;rs…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
    <message>
        <source>Write a sync package for other centres.</source>
        <translation>Write a sync package for other centres.</translation>
    </message>
    <message>
        <source>Apply a sync package another centre sent.</source>
        <translation>Apply a sync package another centre sent.</translation>
    </message>
    <message>
        <source>This site's card and the centres it syncs with.</source>
        <translation>This site's card and the centres it syncs with.</translation>
    </message>
    <message>
        <source>Values changed at two sites at once, and rows held in quarantine.</source>
        <translation>Values changed at two sites at once, and rows held in quarantine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers' club, children's events, Arabic courses and placements.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Centre Desk %1&lt;/b&gt;&lt;br&gt;Case management for rehabilitation centres: participants, the mothers' club, children's events, Arabic courses and placements.&lt;br&gt;Data: %2</translation>
    </message>
    <message>
        <source>About Centre Desk</source>
        <translation>About Centre Desk</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Change pass&amp;word…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>&amp;Staff accounts…</translation>
    </message>
    <message>
        <source>Add staff, change their roles, disable accounts, reset passwords.</source>
        <translation>Add staff, change their roles, disable accounts, reset passwords.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns and values</source>
        <translation>Columns and values</translation>
    </message>
    <message>
        <source>Check which field each column fills, and what the words of coded columns mean.</source>
        <translation>Check which field each column fills, and what the words of coded columns mean.</translation>
    </message>
    <message>
        <source>C&amp;olumns of the file:</source>
        <translation>C&amp;olumns of the file:</translation>
    </message>
    <message>
        <source>&amp;Words in the file and what they mean:</source>
        <translation>&amp;Words in the file and what they mean:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Load mapping…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>(unknown: the row is refused)</source>
        <translation>(unknown: the row is refused)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Import mappings (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Load mapping</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1.</source>
        <translation>The mapping could not be saved: %1.</translation>
    </message>
    <message>
        <source>The mapping is saved in %1.</source>
        <translation>The mapping is saved in %1.</translation>
    </message>
    <message>
        <source>This mapping is for other rows: %1.</source>
        <translation>This mapping is for other rows: %1.</translation>
    </message>
    <message>
        <source>The mapping in %1 is used.</source>
        <translation>The mapping in %1 is used.</translation>
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
        <source>The date is earlier than allowed.</source>
        <translation>The date is earlier than allowed.</translation>
    </message>
    <message>
        <source>The date is later than allowed.</source>
        <translation>The date is later than allowed.</translation>
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
        <source>The mothers' club is for women: this person is recorded as male.</source>
        <translation>The mothers' club is for women: this person is recorded as male.</translation>
    </message>
    <message>
        <source>She is already a member: correct her membership instead.</source>
        <translation>She is already a member: correct her membership instead.</translation>
    </message>
    <message>
        <source>She was already a member on this day: two memberships cannot overlap.</source>
        <translation>She was already a member on this day: two memberships cannot overlap.</translation>
    </message>
    <message>
        <source>The date she left is before the date she joined.</source>
        <translation>The date she left is before the date she joined.</translation>
    </message>
    <message>
        <source>This membership has already ended.</source>
        <translation>This membership has already ended.</translation>
    </message>
    <message>
        <source>This person is not the child's parent or guardian: link them in the child's file first.</source>
        <translation>This person is not the child's parent or guardian: link them in the child's file first.</translation>
    </message>
    <message>
        <source>This person is 18 or older on the day of the event.</source>
        <translation>This person is 18 or older on the day of the event.</translation>
    </message>
    <message>
        <source>This child is already registered for the event.</source>
        <translation>This child is already registered for the event.</translation>
    </message>
    <message>
        <source>The child is marked present: untick them in the attendance first.</source>
        <translation>The child is marked present: untick them in the attendance first.</translation>
    </message>
    <message>
        <source>No guardian's consent is recorded for this child: record the consent date first.</source>
        <translation>No guardian's consent is recorded for this child: record the consent date first.</translation>
    </message>
    <message>
        <source>The consent is dated after the event: it must be signed on the event's day or before.</source>
        <translation>The consent is dated after the event: it must be signed on the event's day or before.</translation>
    </message>
    <message>
        <source>Only children registered for the event can be marked present.</source>
        <translation>Only children registered for the event can be marked present.</translation>
    </message>
    <message>
        <source>The event has not been held yet: attendance is marked on the day or later.</source>
        <translation>The event has not been held yet: attendance is marked on the day or later.</translation>
    </message>
    <message>
        <source>Children are marked present: the event cannot move to a later day than today.</source>
        <translation>Children are marked present: the event cannot move to a later day than today.</translation>
    </message>
    <message>
        <source>The person's sex is not recorded: fill it in on their file, then enrol them.</source>
        <translation>The person's sex is not recorded: fill it in on their file, then enrol them.</translation>
    </message>
    <message>
        <source>This person is already a student of this course.</source>
        <translation>This person is already a student of this course.</translation>
    </message>
    <message>
        <source>The course is full: every place is taken. Add places to the course or wait until a student drops out.</source>
        <translation>The course is full: every place is taken. Add places to the course or wait until a student drops out.</translation>
    </message>
    <message>
        <source>This course no longer takes students.</source>
        <translation>This course no longer takes students.</translation>
    </message>
    <message>
        <source>The enrolment date is in the future.</source>
        <translation>The enrolment date is in the future.</translation>
    </message>
    <message>
        <source>The date is before the student enrolled.</source>
        <translation>The date is before the student enrolled.</translation>
    </message>
    <message>
        <source>A completed course is final: its status cannot change.</source>
        <translation>A completed course is final: its status cannot change.</translation>
    </message>
    <message>
        <source>A certificate is printed only for a completed course.</source>
        <translation>A certificate is printed only for a completed course.</translation>
    </message>
    <message>
        <source>This student dropped out: bring them back to the course before marking them present.</source>
        <translation>This student dropped out: bring them back to the course before marking them present.</translation>
    </message>
    <message>
        <source>This lesson has not been held yet: mark who came on its day.</source>
        <translation>This lesson has not been held yet: mark who came on its day.</translation>
    </message>
    <message>
        <source>This person's record no longer exists.</source>
        <translation>This person's record no longer exists.</translation>
    </message>
    <message>
        <source>The lesson's date is outside the course's dates.</source>
        <translation>The lesson's date is outside the course's dates.</translation>
    </message>
    <message>
        <source>A lesson with attendance cannot move into the future.</source>
        <translation>A lesson with attendance cannot move into the future.</translation>
    </message>
    <message>
        <source>The group cannot change while the course has students.</source>
        <translation>The group cannot change while the course has students.</translation>
    </message>
    <message>
        <source>More students hold a place than this: drop students first or keep more places.</source>
        <translation>More students hold a place than this: drop students first or keep more places.</translation>
    </message>
    <message>
        <source>A course has from %1 to %2 places.</source>
        <translation>A course has from %1 to %2 places.</translation>
    </message>
    <message>
        <source>The course cannot start after its first lesson.</source>
        <translation>The course cannot start after its first lesson.</translation>
    </message>
    <message>
        <source>The course cannot end before its last lesson.</source>
        <translation>The course cannot end before its last lesson.</translation>
    </message>
    <message>
        <source>The course has students.</source>
        <translation>The course has students.</translation>
    </message>
    <message>
        <source>The course has lessons.</source>
        <translation>The course has lessons.</translation>
    </message>
    <message>
        <source>This course is for men, and the person's file records a woman: enrol her in a women's course.</source>
        <translation>This course is for men, and the person's file records a woman: enrol her in a women's course.</translation>
    </message>
    <message>
        <source>This course is for women, and the person's file records a man: enrol him in a men's course.</source>
        <translation>This course is for women, and the person's file records a man: enrol him in a men's course.</translation>
    </message>
    <message>
        <source>This programme does not hold this kind of activity.</source>
        <translation>This programme does not hold this kind of activity.</translation>
    </message>
    <message>
        <source>The date is outside the course's start and end.</source>
        <translation>The date is outside the course's start and end.</translation>
    </message>
    <message>
        <source>People are marked present: the date cannot move into the future.</source>
        <translation>People are marked present: the date cannot move into the future.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>This course no longer exists.</translation>
    </message>
    <message>
        <source>Only a lesson belongs to a course.</source>
        <translation>Only a lesson belongs to a course.</translation>
    </message>
    <message>
        <source>This cannot change once the activity is recorded.</source>
        <translation>This cannot change once the activity is recorded.</translation>
    </message>
    <message>
        <source>Nothing was saved: these people no longer exist: %1.</source>
        <translation>Nothing was saved: these people no longer exist: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: these people are not on this activity's list: %1.</source>
        <translation>Nothing was saved: these people are not on this activity's list: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no guardian consent date for %1. Record the consent first.</source>
        <translation>Nothing was saved: there is no guardian consent date for %1. Record the consent first.</translation>
    </message>
    <message>
        <source>Nothing was saved: the activity has not been held yet; mark attendance on or after its date.</source>
        <translation>Nothing was saved: the activity has not been held yet; mark attendance on or after its date.</translation>
    </message>
    <message>
        <source>Nothing was saved: this activity is for adults, and these people are under 18 on its day: %1.</source>
        <translation>Nothing was saved: this activity is for adults, and these people are under 18 on its day: %1.</translation>
    </message>
    <message>
        <source>no guardian consent date yet</source>
        <translation>no guardian consent date yet</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>not on the list</translation>
    </message>
    <message>
        <source>This programme does not hold this kind of session.</source>
        <translation>This programme does not hold this kind of session.</translation>
    </message>
    <message>
        <source>The plan ended before this date: choose a day on which it still runs.</source>
        <translation>The plan ended before this date: choose a day on which it still runs.</translation>
    </message>
    <message>
        <source>The plan has no session on this day.</source>
        <translation>The plan has no session on this day.</translation>
    </message>
    <message>
        <source>This session is already recorded as held: correct its activity instead.</source>
        <translation>This session is already recorded as held: correct its activity instead.</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>This session was cancelled.</translation>
    </message>
    <message>
        <source>This choice no longer exists: choose another.</source>
        <translation>This choice no longer exists: choose another.</translation>
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
        <source>This stage needs a second supervisor's approval: request it.</source>
        <translation>This stage needs a second supervisor's approval: request it.</translation>
    </message>
    <message>
        <source>This stage needs no approval: change the stage directly.</source>
        <translation>This stage needs no approval: change the stage directly.</translation>
    </message>
    <message>
        <source>A request for this file already awaits approval: it must be approved or returned first.</source>
        <translation>A request for this file already awaits approval: it must be approved or returned first.</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can make a request.</source>
        <translation>Only a signed-in staff member can make a request.</translation>
    </message>
    <message>
        <source>You made this request: a second supervisor must approve or return it.</source>
        <translation>You made this request: a second supervisor must approve or return it.</translation>
    </message>
    <message>
        <source>This request was made at another centre: only its supervisors decide it.</source>
        <translation>This request was made at another centre: only its supervisors decide it.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>This request has already been decided.</translation>
    </message>
    <message>
        <source>The file's stage has changed since the request: return it with a note.</source>
        <translation>The file's stage has changed since the request: return it with a note.</translation>
    </message>
    <message>
        <source>Only the file of a returnee from a conflict zone has a children's register.</source>
        <translation>Only the file of a returnee from a conflict zone has a children's register.</translation>
    </message>
    <message>
        <source>Link the child to the returnee in the family first.</source>
        <translation>Link the child to the returnee in the family first.</translation>
    </message>
    <message>
        <source>This child is already in the register.</source>
        <translation>This child is already in the register.</translation>
    </message>
    <message>
        <source>Enter the number of sessions held before the date of the last one.</source>
        <translation>Enter the number of sessions held before the date of the last one.</translation>
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
        <source>This person is under 18 on this day: only adults can take part.</source>
        <translation>This person is under 18 on this day: only adults can take part.</translation>
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
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>This is one of the commonest passwords: choose a less guessable one, such as a few unrelated words.</source>
        <translation>This is one of the commonest passwords: choose a less guessable one, such as a few unrelated words.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>This account belongs to another centre: only that centre can change it.</source>
        <translation>This account belongs to another centre: only that centre can change it.</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another account an administrator first.</source>
        <translation>This is the last active administrator: make another account an administrator first.</translation>
    </message>
    <message>
        <source>No case names this facility any more: untick it, or name it on a case first.</source>
        <translation>No case names this facility any more: untick it, or name it on a case first.</translation>
    </message>
    <message>
        <source>This is not one of the centre's programmes.</source>
        <translation>This is not one of the centre's programmes.</translation>
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
    <name>ModalHost</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Left on</source>
        <translation>Left on</translation>
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
    <message>
        <source>&amp;Join the club…</source>
        <translation>&amp;Join the club…</translation>
    </message>
    <message>
        <source>Member's histor&amp;y…</source>
        <translation>Member's histor&amp;y…</translation>
    </message>
    <message>
        <source>C&amp;urrent members only</source>
        <translation>C&amp;urrent members only</translation>
    </message>
    <message>
        <source>No&amp;t come:</source>
        <translation>No&amp;t come:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation>for %1 days</translation>
    </message>
    <message>
        <source>since a date…</source>
        <translation>since a date…</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>Person's details</source>
        <translation>Person's details</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Reassessment</translation>
    </message>
    <message>
        <source>First assessment (participants never assessed: %1)</source>
        <translation>First assessment (participants never assessed: %1)</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1, field “%2”</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Facility or place</source>
        <translation>Facility or place</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Value changed at two sites</source>
        <translation>Value changed at two sites</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Sessions this month</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Sessions I lead, today to Sunday</source>
        <translation>Sessions I lead, today to Sunday</translation>
    </message>
    <message>
        <source>Follow-ups of my participants</source>
        <translation>Follow-ups of my participants</translation>
    </message>
    <message>
        <source>Placement follow-ups</source>
        <translation>Placement follow-ups</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Assessments due</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Approvals waiting for me</translation>
    </message>
    <message>
        <source>Sync conflicts to review</source>
        <translation>Sync conflicts to review</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Due by Sunday, %1 — %2 participants in my care</source>
        <translation>Due by Sunday, %1 — %2 participants in my care</translation>
    </message>
    <message>
        <source>Caseloads of the staff (this month: %1)</source>
        <translation>Caseloads of the staff (this month: %1)</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (the first %2 of %3)</translation>
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
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Who has seen &amp;this file…</source>
        <translation>Who has seen &amp;this file…</translation>
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
        <source>This file has changes that are not saved. Save them before closing?</source>
        <translation>This file has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the same fields.</source>
        <translation>Not saved: someone else changed the same fields.</translation>
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
    <name>ParticipantFileReport</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Printed by %1 on %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Participant files</source>
        <translation>Participant files</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Case and stage history</source>
        <translation>Case and stage history</translation>
    </message>
    <message>
        <source>Risk and needs assessments</source>
        <translation>Risk and needs assessments</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Mothers' club, children's events and courses</source>
        <translation>Mothers' club, children's events and courses</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>About the case</source>
        <translation>About the case</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>About the person</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Arabic courses</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
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
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Children’s events attended</source>
        <translation>Children’s events attended</translation>
    </message>
    <message>
        <source>Club meetings attended</source>
        <translation>Club meetings attended</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>IIN, address and phone are withheld: your role prints a shortened file.</source>
        <translation>IIN, address and phone are withheld: your role prints a shortened file.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Lessons attended</source>
        <translation>Lessons attended</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Mothers’ club membership</source>
        <translation>Mothers’ club membership</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No case file.</source>
        <translation>No case file.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Offence article</source>
        <translation>Offence article</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Specialists</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>withheld</translation>
    </message>
    <message>
        <source>Next assessment</source>
        <translation>Next assessment</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>not assessed yet: due at intake</source>
        <translation>not assessed yet: due at intake</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Renunciation statement</source>
        <translation>Renunciation statement</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Court papers</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
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
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Specialist:</translation>
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
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>Fac&amp;ility:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Reassessment overd&amp;ue</source>
        <translation>Reassessment overd&amp;ue</translation>
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
        <source>New participant…</source>
        <translation>New participant…</translation>
    </message>
    <message>
        <source>Print files of this list…</source>
        <translation>Print files of this list…</translation>
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
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now: at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>You signed in with a one-time password. Choose your own password now: at least %1 characters; a few unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
</context>
<context>
    <name>PeersWindow</name>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>Last acknowledged</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Relays for other centres</source>
        <translation>Relays for other centres</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>This site: %1 (%2), site id %3</source>
        <translation>This site: %1 (%2), site id %3</translation>
    </message>
    <message>
        <source>Sites exchange their cards once: save this site's card and give it to the other centre, then add the card it sends back. A card holds only public keys. A new peer may send only its own records until you tick “Relays other centres' records” for it.</source>
        <translation>Sites exchange their cards once: save this site's card and give it to the other centre, then add the card it sends back. A card holds only public keys. A new peer may send only its own records until you tick “Relays other centres' records” for it.</translation>
    </message>
    <message>
        <source>&amp;Save site card…</source>
        <translation>&amp;Save site card…</translation>
    </message>
    <message>
        <source>&amp;Add peer…</source>
        <translation>&amp;Add peer…</translation>
    </message>
    <message>
        <source>&amp;Relays other centres' records</source>
        <translation>&amp;Relays other centres' records</translation>
    </message>
    <message>
        <source>A regional office relays the records of its centres; a centre usually sends only its own.</source>
        <translation>A regional office relays the records of its centres; a centre usually sends only its own.</translation>
    </message>
    <message>
        <source>Peers: %1</source>
        <translation>Peers: %1</translation>
    </message>
    <message>
        <source>%1 may now pass on other centres' records; those waiting in quarantine are tried again at the next import.</source>
        <translation>%1 may now pass on other centres' records; those waiting in quarantine are tried again at the next import.</translation>
    </message>
    <message>
        <source>%1 may now send only its own records; other centres' records from it will wait in quarantine.</source>
        <translation>%1 may now send only its own records; other centres' records from it will wait in quarantine.</translation>
    </message>
    <message>
        <source>Saved this site's card to %1.</source>
        <translation>Saved this site's card to %1.</translation>
    </message>
    <message>
        <source>Added %1 as a peer.</source>
        <translation>Added %1 as a peer.</translation>
    </message>
    <message>
        <source>Site cards (*%1);;All files (*)</source>
        <translation>Site cards (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>Save site card</source>
        <translation>Save site card</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Add peer</translation>
    </message>
</context>
<context>
    <name>PeopleDirectoryTab</name>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>mothers' club</source>
        <translation>mothers' club</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>At the centre as</source>
        <translation>At the centre as</translation>
    </message>
    <message>
        <source>Any part of the name in any alphabet, or the start of an IIN</source>
        <translation>Any part of the name in any alphabet, or the start of an IIN</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>People directory</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>At the &amp;centre as:</source>
        <translation>At the &amp;centre as:</translation>
    </message>
    <message>
        <source>No one is registered yet.</source>
        <translation>No one is registered yet.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Nobody found: check the spelling or type less.</translation>
    </message>
    <message>
        <source>Several people match: choose one with the arrow keys or the mouse, or type more.</source>
        <translation>Several people match: choose one with the arrow keys or the mouse, or type more.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Narrow the matches by case category, facility, age and role</source>
        <translation>Narrow the matches by case category, facility, age and role</translation>
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
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <source>P&amp;atronymic:</source>
        <translation>P&amp;atronymic:</translation>
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
    <message>
        <source>The birth date or sex differs from the IIN's digits. Since 2013 this can be right: check them against the identity document.</source>
        <translation>The birth date or sex differs from the IIN's digits. Since 2013 this can be right: check them against the identity document.</translation>
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
        <source>Nobody found: check the spelling, type less or widen the filters.</source>
        <translation>Nobody found: check the spelling, type less or widen the filters.</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling or type less.</source>
        <translation>Nobody found: check the spelling or type less.</translation>
    </message>
    <message>
        <source>Several people match: choose one with the arrow keys or the mouse, or type more.</source>
        <translation>Several people match: choose one with the arrow keys or the mouse, or type more.</translation>
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
    <name>PickFilters</name>
    <message>
        <source>Under 6</source>
        <translation>Under 6</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6 to 9</translation>
    </message>
    <message>
        <source>10 to 13</source>
        <translation>10 to 13</translation>
    </message>
    <message>
        <source>14 to 17</source>
        <translation>14 to 17</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18 and over</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Case category</translation>
    </message>
    <message>
        <source>Any facility</source>
        <translation>Any facility</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Role: participant or family member</source>
        <translation>Role: participant or family member</translation>
    </message>
    <message>
        <source>Add &amp;everyone of %1</source>
        <translation>Add &amp;everyone of %1</translation>
    </message>
    <message>
        <source>Add &amp;everyone of the facility</source>
        <translation>Add &amp;everyone of the facility</translation>
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
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
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
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Follow-&amp;up overdue</source>
        <translation>Follow-&amp;up overdue</translation>
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
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>New p&amp;lan…</source>
        <translation>New p&amp;lan…</translation>
    </message>
    <message>
        <source>A weekly plan: its days, time, place, who leads it and who is expected.</source>
        <translation>A weekly plan: its days, time, place, who leads it and who is expected.</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Edit plan…</translation>
    </message>
    <message>
        <source>Change the plan of the session selected from a day onward; the sessions before it stay.</source>
        <translation>Change the plan of the session selected from a day onward; the sessions before it stay.</translation>
    </message>
    <message>
        <source>C&amp;ancel session…</source>
        <translation>C&amp;ancel session…</translation>
    </message>
    <message>
        <source>Cancel only the session selected, with a reason.</source>
        <translation>Cancel only the session selected, with a reason.</translation>
    </message>
    <message>
        <source>&amp;Move session…</source>
        <translation>&amp;Move session…</translation>
    </message>
    <message>
        <source>Move only the session selected to another day or time.</source>
        <translation>Move only the session selected to another day or time.</translation>
    </message>
    <message>
        <source>Holi&amp;day…</source>
        <translation>Holi&amp;day…</translation>
    </message>
    <message>
        <source>A day on which no planned session takes place.</source>
        <translation>A day on which no planned session takes place.</translation>
    </message>
    <message>
        <source>&amp;Group lists…</source>
        <translation>&amp;Group lists…</translation>
    </message>
    <message>
        <source>The saved lists of people a plan may expect.</source>
        <translation>The saved lists of people a plan may expect.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Title (required):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Delete this plan? Its sessions leave the week plan; sessions already held stay recorded.</source>
        <translation>Delete this plan? Its sessions leave the week plan; sessions already held stay recorded.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>Facilit&amp;y:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Pla&amp;ce:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>Durat&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Change &amp;from:</source>
        <translation>Change &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Led by:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>&amp;Expected:</translation>
    </message>
    <message>
        <source>Cou&amp;rse:</source>
        <translation>Cou&amp;rse:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Blank: the plan runs on.</source>
        <translation>Blank: the plan runs on.</translation>
    </message>
    <message>
        <source>Penal colony, if held in one</source>
        <translation>Penal colony, if held in one</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>Nobody named yet</translation>
    </message>
    <message>
        <source>The facility's participants</source>
        <translation>The facility's participants</translation>
    </message>
    <message>
        <source>Who is ticked when a session is recorded as held: a saved group list, or everyone with an open case in the facility.</source>
        <translation>Who is ticked when a session is recorded as held: a saved group list, or everyone with an open case in the facility.</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>No course</translation>
    </message>
    <message>
        <source>The plan runs from %1. The changes apply from the day in “Change from”; the sessions before it stay as planned.</source>
        <translation>The plan runs from %1. The changes apply from the day in “Change from”; the sessions before it stay as planned.</translation>
    </message>
    <message>
        <source>End pl&amp;an…</source>
        <translation>End pl&amp;an…</translation>
    </message>
    <message>
        <source>The plan's last session: no session after the day you give.</source>
        <translation>The plan's last session: no session after the day you give.</translation>
    </message>
    <message>
        <source>Delete pla&amp;n…</source>
        <translation>Delete pla&amp;n…</translation>
    </message>
    <message>
        <source>Remove the plan; sessions already held stay recorded.</source>
        <translation>Remove the plan; sessions already held stay recorded.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Person on file</source>
        <translation>Person on file</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose for each row: create, merge into the person on file, or skip.</source>
        <translation>Nothing is written yet. Choose for each row: create, merge into the person on file, or skip.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>Rows matching people on file</source>
        <translation>Rows matching people on file</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row</source>
        <translation>Rows repeating an earlier row</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>&amp;All rows found as:</source>
        <translation>&amp;All rows found as:</translation>
    </message>
    <message>
        <source>A&amp;pply to them</source>
        <translation>A&amp;pply to them</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>On file</translation>
    </message>
    <message>
        <source>Ro&amp;w and the person on file:</source>
        <translation>Ro&amp;w and the person on file:</translation>
    </message>
    <message>
        <source>Mer&amp;ge into:</source>
        <translation>Mer&amp;ge into:</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Reading the rows…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Rows: %1 (%2).</source>
        <translation>Rows: %1 (%2).</translation>
    </message>
    <message>
        <source>No column is mapped to: %1.</source>
        <translation>No column is mapped to: %1.</translation>
    </message>
</context>
<context>
    <name>PrintFilesDialog</name>
    <message>
        <source>Print participant files</source>
        <translation>Print participant files</translation>
    </message>
    <message>
        <source>The file of %1.</source>
        <translation>The file of %1.</translation>
    </message>
    <message>
        <source>%1 participant files, each from a new page.</source>
        <translation>%1 participant files, each from a new page.</translation>
    </message>
    <message>
        <source>Your role prints a shortened file: IIN, address and phone are shown as "withheld".</source>
        <translation>Your role prints a shortened file: IIN, address and phone are shown as "withheld".</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Preview shows up to %1 files; print or save more.</source>
        <translation>Preview shows up to %1 files; print or save more.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Participant files</source>
        <translation>Participant files</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1 files to PDF…</source>
        <translation>Saving %1 files to PDF…</translation>
    </message>
    <message>
        <source>Printing %1 files…</source>
        <translation>Printing %1 files…</translation>
    </message>
    <message>
        <source>%1 files, %2 pages: done.</source>
        <translation>%1 files, %2 pages: done.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Cancelled: printing stopped.</source>
        <translation>Cancelled: printing stopped.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Print the files of all %1 participants in this list?</source>
        <translation>Print the files of all %1 participants in this list?</translation>
    </message>
</context>
<context>
    <name>RegisterGrid</name>
    <message>
        <source>%1, lesson of %2: %3</source>
        <translation>%1, lesson of %2: %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lesson %1 of %2</translation>
    </message>
</context>
<context>
    <name>RegisterGridPanel</name>
    <message>
        <source>Add &amp;lesson…</source>
        <translation>Add &amp;lesson…</translation>
    </message>
    <message>
        <source>Register: students and lessons</source>
        <translation>Register: students and lessons</translation>
    </message>
    <message>
        <source>Students: %1. Lessons: %2. Arrow keys move, Space marks present.</source>
        <translation>Students: %1. Lessons: %2. Arrow keys move, Space marks present.</translation>
    </message>
    <message>
        <source>Students: %1. Lessons: %2. Read only.</source>
        <translation>Students: %1. Lessons: %2. Read only.</translation>
    </message>
</context>
<context>
    <name>RegisteredChildren</name>
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
</context>
<context>
    <name>RegisteredChildrenDialog</name>
    <message>
        <source>Children registered for events</source>
        <translation>Children registered for events</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegisteredChildrenList</name>
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
    <name>RegistrationDialog</name>
    <message>
        <source>Register a child</source>
        <translation>Register a child</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <source>&amp;Parent or guardian:</source>
        <translation>&amp;Parent or guardian:</translation>
    </message>
    <message>
        <source>Consent &amp;signed on:</source>
        <translation>Consent &amp;signed on:</translation>
    </message>
    <message>
        <source>Surname and name in any alphabet, or the start of an IIN</source>
        <translation>Surname and name in any alphabet, or the start of an IIN</translation>
    </message>
    <message>
        <source>Leave the consent date blank until the parent or guardian has signed: the child can be marked present only once it is recorded.</source>
        <translation>Leave the consent date blank until the parent or guardian has signed: the child can be marked present only once it is recorded.</translation>
    </message>
    <message>
        <source>— choose the child first —</source>
        <translation>— choose the child first —</translation>
    </message>
    <message>
        <source>— choose who registers the child —</source>
        <translation>— choose who registers the child —</translation>
    </message>
    <message>
        <source>— nobody linked —</source>
        <translation>— nobody linked —</translation>
    </message>
    <message>
        <source>No parent or guardian is linked to this child: link them in the child's file (Family) first.</source>
        <translation>No parent or guardian is linked to this child: link them in the child's file (Family) first.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>What was imported</source>
        <translation>What was imported</translation>
    </message>
    <message>
        <source>A supervisor can undo the whole import later: File → Imports…</source>
        <translation>A supervisor can undo the whole import later: File → Imports…</translation>
    </message>
    <message>
        <source>Rows &amp;not imported and why:</source>
        <translation>Rows &amp;not imported and why:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing the rows…</source>
        <translation>Importing the rows…</translation>
    </message>
    <message>
        <source>The report could not be saved beside the file: %1.</source>
        <translation>The report could not be saved beside the file: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Created: %1. Merged: %2. Skipped: %3. Refused: %4.</source>
        <translation>Created: %1. Merged: %2. Skipped: %3. Refused: %4.</translation>
    </message>
    <message>
        <source>The report is saved beside the file: %1</source>
        <translation>The report is saved beside the file: %1</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Reset password of %1</translation>
    </message>
    <message>
        <source>Give the person this one-time password in private: they choose their own at the next sign-in.</source>
        <translation>Give the person this one-time password in private: they choose their own at the next sign-in.</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>One-time &amp;password:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
</context>
<context>
    <name>ReturneeChildrenSection</name>
    <message>
        <source>%1, last on %2</source>
        <translation>%1, last on %2</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Children's register</source>
        <translation>Children's register</translation>
    </message>
    <message>
        <source>Children brought back with the returnee: %1.</source>
        <translation>Children brought back with the returnee: %1.</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Add a child…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Remove from the register</translation>
    </message>
    <message>
        <source>Take %1 off the children's register? The person and the family link stay.</source>
        <translation>Take %1 off the children's register? The person and the family link stay.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>RowsBehindDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
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
    <name>SessionDialogs</name>
    <message>
        <source>Cancel this session</source>
        <translation>Cancel this session</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>e.g. quarantine in the colony</source>
        <translation>e.g. quarantine in the colony</translation>
    </message>
    <message>
        <source>Move this session</source>
        <translation>Move this session</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;New date:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>No planned session takes place on a holiday; a session moved onto it does.</source>
        <translation>No planned session takes place on a holiday; a session moved onto it does.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Nauryz</source>
        <translation>e.g. Nauryz</translation>
    </message>
    <message>
        <source>End plan</source>
        <translation>End plan</translation>
    </message>
    <message>
        <source>%1: the plan runs from %2.</source>
        <translation>%1: the plan runs from %2.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Participants (a person and their case)</source>
        <translation>Participants (a person and their case)</translation>
    </message>
    <message>
        <source>Mothers' club members</source>
        <translation>Mothers' club members</translation>
    </message>
    <message>
        <source>Arabic course students</source>
        <translation>Arabic course students</translation>
    </message>
    <message>
        <source>Placements (requests for a job, housing or a nursery place)</source>
        <translation>Placements (requests for a job, housing or a nursery place)</translation>
    </message>
    <message>
        <source>Persons only (family members)</source>
        <translation>Persons only (family members)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Full name (surname, name, patronymic)</source>
        <translation>Full name (surname, name, patronymic)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Offence article</source>
        <translation>Offence article</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Sentence start</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Sentence end</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Joined the club on</source>
        <translation>Joined the club on</translation>
    </message>
    <message>
        <source>Reason for joining</source>
        <translation>Reason for joining</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Kind of help</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Notes on the placement</source>
        <translation>Notes on the placement</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Same IIN on file</source>
        <translation>Same IIN on file</translation>
    </message>
    <message>
        <source>Look-alike on file</source>
        <translation>Look-alike on file</translation>
    </message>
    <message>
        <source>Same as an earlier row</source>
        <translation>Same as an earlier row</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>%1 is empty but required.</source>
        <translation>%1 is empty but required.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 is too long.</translation>
    </message>
    <message>
        <source>%1: not a date that exists (write dd.mm.yyyy).</source>
        <translation>%1: not a date that exists (write dd.mm.yyyy).</translation>
    </message>
    <message>
        <source>%1: before 1900 or after today.</source>
        <translation>%1: before 1900 or after today.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 is in the future.</translation>
    </message>
    <message>
        <source>%1: an unknown value; choose what it means in the value table.</source>
        <translation>%1: an unknown value; choose what it means in the value table.</translation>
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
        <source>The IIN belongs to a deleted record.</source>
        <translation>The IIN belongs to a deleted record.</translation>
    </message>
    <message>
        <source>%1 does not agree with the IIN.</source>
        <translation>%1 does not agree with the IIN.</translation>
    </message>
    <message>
        <source>%1: this stage is recorded in the case itself (with its witness or a second supervisor's approval); import the row as intake or active.</source>
        <translation>%1: this stage is recorded in the case itself (with its witness or a second supervisor's approval); import the row as intake or active.</translation>
    </message>
    <message>
        <source>%1 is before the start of the sentence.</source>
        <translation>%1 is before the start of the sentence.</translation>
    </message>
    <message>
        <source>No open course has this title.</source>
        <translation>No open course has this title.</translation>
    </message>
    <message>
        <source>No partner organisation has this name.</source>
        <translation>No partner organisation has this name.</translation>
    </message>
    <message>
        <source>Only women join the mothers' club.</source>
        <translation>Only women join the mothers' club.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 is not valid.</translation>
    </message>
    <message>
        <source>A person on file has a look-alike name and the same birth date: decide whether to merge or create.</source>
        <translation>A person on file has a look-alike name and the same birth date: decide whether to merge or create.</translation>
    </message>
    <message>
        <source>An earlier row of the file is the same person.</source>
        <translation>An earlier row of the file is the same person.</translation>
    </message>
    <message>
        <source>Skipped as chosen.</source>
        <translation>Skipped as chosen.</translation>
    </message>
    <message>
        <source>Merge was chosen without a person to merge into.</source>
        <translation>Merge was chosen without a person to merge into.</translation>
    </message>
    <message>
        <source>The file is too large: split it into smaller files.</source>
        <translation>The file is too large: split it into smaller files.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>The file holds no rows to import.</translation>
    </message>
    <message>
        <source>This is not an .xlsx or .csv file: save it as .xlsx or .csv and import that.</source>
        <translation>This is not an .xlsx or .csv file: save it as .xlsx or .csv and import that.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text: save it from the spreadsheet program as CSV (UTF-8).</source>
        <translation>The file is neither UTF-8 nor Windows-1251 text: save it from the spreadsheet program as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The CSV file is damaged: save it again from the spreadsheet program.</source>
        <translation>The CSV file is damaged: save it again from the spreadsheet program.</translation>
    </message>
    <message>
        <source>The workbook is damaged: save it again from the spreadsheet program.</source>
        <translation>The workbook is damaged: save it again from the spreadsheet program.</translation>
    </message>
    <message>
        <source>The workbook holds formulas saved without their values: open it in the spreadsheet program and save it again.</source>
        <translation>The workbook holds formulas saved without their values: open it in the spreadsheet program and save it again.</translation>
    </message>
    <message>
        <source>A cell holds more than 32,767 characters.</source>
        <translation>A cell holds more than 32,767 characters.</translation>
    </message>
    <message>
        <source>The file has more than 100,000 rows: split it into smaller files.</source>
        <translation>The file has more than 100,000 rows: split it into smaller files.</translation>
    </message>
    <message>
        <source>The file has more than 256 columns: keep only the columns to import.</source>
        <translation>The file has more than 256 columns: keep only the columns to import.</translation>
    </message>
    <message>
        <source>This file is not a Centre Desk import mapping.</source>
        <translation>This file is not a Centre Desk import mapping.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read.</source>
        <translation>The mapping file cannot be read.</translation>
    </message>
    <message>
        <source>The file has no sheet of this name.</source>
        <translation>The file has no sheet of this name.</translation>
    </message>
    <message>
        <source>Left as they are, because they were changed after the import: rows %1.</source>
        <translation>Left as they are, because they were changed after the import: rows %1.</translation>
    </message>
    <message>
        <source>Left as they are, because records added after the import refer to them: rows %1.</source>
        <translation>Left as they are, because records added after the import refer to them: rows %1.</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active, one-time password</source>
        <translation>Active, one-time password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>Works in</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>The accounts of this centre. A disabled account cannot sign in; its records and history stay. Accounts of other centres are managed there.</source>
        <translation>The accounts of this centre. A disabled account cannot sign in; its records and history stay. Accounts of other centres are managed there.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>&amp;Works in…</source>
        <translation>&amp;Works in…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable %1? They will not be able to sign in; their records stay.</source>
        <translation>Disable %1? They will not be able to sign in; their records stay.</translation>
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
    <name>Statistics</name>
    <message>
        <source>Activities per month by programme</source>
        <translation>Activities per month by programme</translation>
    </message>
    <message>
        <source>Participants by stage (today)</source>
        <translation>Participants by stage (today)</translation>
    </message>
    <message>
        <source>Placements by kind and status (today)</source>
        <translation>Placements by kind and status (today)</translation>
    </message>
    <message>
        <source>Individuals rehabilitated</source>
        <translation>Individuals rehabilitated</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>Unique people involved</source>
        <translation>Unique people involved</translation>
    </message>
    <message>
        <source>Meetings held in penal facilities</source>
        <translation>Meetings held in penal facilities</translation>
    </message>
    <message>
        <source>Unique inmates involved</source>
        <translation>Unique inmates involved</translation>
    </message>
    <message>
        <source>Inmates who openly renounced radical views</source>
        <translation>Inmates who openly renounced radical views</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Courses completed</translation>
    </message>
    <message>
        <source>Placements made</source>
        <translation>Placements made</translation>
    </message>
    <message>
        <source>Returnees from conflict zones in work</source>
        <translation>Returnees from conflict zones in work</translation>
    </message>
    <message>
        <source>Returnees' children in the children's register</source>
        <translation>Returnees' children in the children's register</translation>
    </message>
    <message>
        <source>Persons whose case reached the stage “rehabilitated” in the period and did not relapse after it within the period; each person once. Only approved outcomes count: a request still waiting for a second supervisor does not.</source>
        <translation>Persons whose case reached the stage “rehabilitated” in the period and did not relapse after it within the period; each person once. Only approved outcomes count: a request still waiting for a second supervisor does not.</translation>
    </message>
    <message>
        <source>Activities held in the period, both of its days included: in all and per programme.</source>
        <translation>Activities held in the period, both of its days included: in all and per programme.</translation>
    </message>
    <message>
        <source>Persons present at the period's activities, each counted once. Someone who came to two programmes counts once in the total and once under each programme, so the programme lines add up to more than the total. Children present at children's events are counted.</source>
        <translation>Persons present at the period's activities, each counted once. Someone who came to two programmes counts once in the total and once under each programme, so the programme lines add up to more than the total. Children present at children's events are counted.</translation>
    </message>
    <message>
        <source>Activities of the period held in a penal facility.</source>
        <translation>Activities of the period held in a penal facility.</translation>
    </message>
    <message>
        <source>Persons present at meetings held in penal facilities whose case was an inmate's on the day of the meeting; each person once.</source>
        <translation>Persons present at meetings held in penal facilities whose case was an inmate's on the day of the meeting; each person once.</translation>
    </message>
    <message>
        <source>Persons whose case, an inmate's on that day, reached the stage “renounced radical views” in the period and did not relapse after it within the period.</source>
        <translation>Persons whose case, an inmate's on that day, reached the stage “renounced radical views” in the period and did not relapse after it within the period.</translation>
    </message>
    <message>
        <source>Course certificates dated in the period; someone who completed two courses counts twice.</source>
        <translation>Course certificates dated in the period; someone who completed two courses counts twice.</translation>
    </message>
    <message>
        <source>Placements that became “placed” in the period, per kind of help.</source>
        <translation>Placements that became “placed” in the period, per kind of help.</translation>
    </message>
    <message>
        <source>Persons whose case is a returnee's (on the period's last day), taken in by the end of the period and not closed before it began; each person once.</source>
        <translation>Persons whose case is a returnee's (on the period's last day), taken in by the end of the period and not closed before it began; each person once.</translation>
    </message>
    <message>
        <source>Children in the children's register of those returnees' cases; each child once.</source>
        <translation>Children in the children's register of those returnees' cases; each child once.</translation>
    </message>
    <message>
        <source>A facility narrows activities to those held in it, and rehabilitations, renunciations, courses and placements to persons whose case names it (for a stage, the case that reached it).</source>
        <translation>A facility narrows activities to those held in it, and rehabilitations, renunciations, courses and placements to persons whose case names it (for a stage, the case that reached it).</translation>
    </message>
    <message>
        <source>A region narrows activities, and the persons present at them, to those recorded by a centre of the region (this centre, or a peer centre of that region), so the regions add up to the whole; rehabilitations, renunciations, courses and placements to persons living in the region.</source>
        <translation>A region narrows activities, and the persons present at them, to those recorded by a centre of the region (this centre, or a peer centre of that region), so the regions add up to the whole; rehabilitations, renunciations, courses and placements to persons living in the region.</translation>
    </message>
    <message>
        <source>Deleted records are not counted; two records of one person merged into one count once.</source>
        <translation>Deleted records are not counted; two records of one person merged into one count once.</translation>
    </message>
    <message>
        <source>Rehabilitated on</source>
        <translation>Rehabilitated on</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Renounced on</source>
        <translation>Renounced on</translation>
    </message>
    <message>
        <source>Certificate of</source>
        <translation>Certificate of</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Placed on</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Last came on</source>
        <translation>Last came on</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Activities attended</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>Taken in on</translation>
    </message>
    <message>
        <source>Children in the register</source>
        <translation>Children in the register</translation>
    </message>
    <message>
        <source>Health check on</source>
        <translation>Health check on</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Half-year statistics</source>
        <translation>Half-year statistics</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>Facility: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>All facilities and regions</source>
        <translation>All facilities and regions</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Printed by %1 on %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>What the figures count</source>
        <translation>What the figures count</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Still to come</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Held without a plan</source>
        <translation>Held without a plan</translation>
    </message>
    <message>
        <source>Sessions of the week's plans taking place in the period. Planned: those not cancelled, that is held, missed and still to come. Held: recorded as an activity; missed: their day has passed and no activity was recorded; still to come: today's and later ones. Cancelled: on their own or by a holiday. Held without a plan: activities of the period that no plan's session became. A session counts under its plan's facility and programme; a facility or a region narrows the plans as it narrows activities.</source>
        <translation>Sessions of the week's plans taking place in the period. Planned: those not cancelled, that is held, missed and still to come. Held: recorded as an activity; missed: their day has passed and no activity was recorded; still to come: today's and later ones. Cancelled: on their own or by a holiday. Held without a plan: activities of the period that no plan's session became. A session counts under its plan's facility and programme; a facility or a region narrows the plans as it narrows activities.</translation>
    </message>
    <message>
        <source>Planned against held</source>
        <translation>Planned against held</translation>
    </message>
    <message>
        <source>By facility</source>
        <translation>By facility</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>By programme</translation>
    </message>
    <message>
        <source>No facility</source>
        <translation>No facility</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rows behind it</source>
        <translation>Rows behind it</translation>
    </message>
    <message>
        <source>Sheet “%1”</source>
        <translation>Sheet “%1”</translation>
    </message>
    <message>
        <source>Sheet “%1”, rows whose “%2” is %3</source>
        <translation>Sheet “%1”, rows whose “%2” is %3</translation>
    </message>
    <message>
        <source>Sheet “%1”, rows where “%2” is filled in</source>
        <translation>Sheet “%1”, rows where “%2” is filled in</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation>F&amp;acility:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>First half of %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>Second half of %1</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Other period</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>All facilities</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>F&amp;igures</translation>
    </message>
    <message>
        <source>Pla&amp;nned against held</source>
        <translation>Pla&amp;nned against held</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation>Counting cancelled.</translation>
    </message>
    <message>
        <source>Figures for %1 to %2.</source>
        <translation>Figures for %1 to %2.</translation>
    </message>
    <message>
        <source>Statistics, %1</source>
        <translation>Statistics, %1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Save the statistics</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved the statistics to %1.</source>
        <translation>Saved the statistics to %1.</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>What you typed here is not saved. Save it before closing?</source>
        <translation>What you typed here is not saved. Save it before closing?</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The file is not a Centre Desk sync package.</source>
        <translation>The file is not a Centre Desk sync package.</translation>
    </message>
    <message>
        <source>The package was made for another site, not this one.</source>
        <translation>The package was made for another site, not this one.</translation>
    </message>
    <message>
        <source>The package is incomplete or damaged: copy it again from the sender.</source>
        <translation>The package is incomplete or damaged: copy it again from the sender.</translation>
    </message>
    <message>
        <source>The package was altered after it was signed: do not use it.</source>
        <translation>The package was altered after it was signed: do not use it.</translation>
    </message>
    <message>
        <source>The package comes from a site that is not among this site's peers: add its site card under Peers… first.</source>
        <translation>The package comes from a site that is not among this site's peers: add its site card under Peers… first.</translation>
    </message>
    <message>
        <source>The package was made by a newer Centre Desk: update this installation first.</source>
        <translation>The package was made by a newer Centre Desk: update this installation first.</translation>
    </message>
    <message>
        <source>The file is not a Centre Desk site card.</source>
        <translation>The file is not a Centre Desk site card.</translation>
    </message>
    <message>
        <source>This is this site's own card: add the other site's card instead.</source>
        <translation>This is this site's own card: add the other site's card instead.</translation>
    </message>
    <message>
        <source>A peer with this site id is already known with other keys: check the card with its sender.</source>
        <translation>A peer with this site id is already known with other keys: check the card with its sender.</translation>
    </message>
    <message>
        <source>One of the chosen peers is no longer known: open Peers… and check.</source>
        <translation>One of the chosen peers is no longer known: open Peers… and check.</translation>
    </message>
    <message>
        <source>More than one peer has that name: choose it by site id.</source>
        <translation>More than one peer has that name: choose it by site id.</translation>
    </message>
    <message>
        <source>Choose at least one peer to export for.</source>
        <translation>Choose at least one peer to export for.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Arabic courses</source>
        <translation>Arabic courses</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>Club memberships</source>
        <translation>Club memberships</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Course enrolments</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Family links</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Assigned specialists</source>
        <translation>Assigned specialists</translation>
    </message>
    <message>
        <source>Event registrations</source>
        <translation>Event registrations</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Placement status changes</source>
        <translation>Placement status changes</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Stage changes</translation>
    </message>
    <message>
        <source>It refers to a record this site does not have yet; it is tried again at every import.</source>
        <translation>It refers to a record this site does not have yet; it is tried again at every import.</translation>
    </message>
    <message>
        <source>It duplicates a record this site already has (%1).</source>
        <translation>It duplicates a record this site already has (%1).</translation>
    </message>
    <message>
        <source>Its clock stamp is more than a day ahead of this PC's clock (%1); it is tried again at every import.</source>
        <translation>Its clock stamp is more than a day ahead of this PC's clock (%1); it is tried again at every import.</translation>
    </message>
    <message>
        <source>A required value is missing (%1); it is kept for review, not tried again.</source>
        <translation>A required value is missing (%1); it is kept for review, not tried again.</translation>
    </message>
    <message>
        <source>Category changes</source>
        <translation>Category changes</translation>
    </message>
    <message>
        <source>Outcomes awaiting approval</source>
        <translation>Outcomes awaiting approval</translation>
    </message>
    <message>
        <source>Returnees' children</source>
        <translation>Returnees' children</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Cancelled, moved and held sessions</source>
        <translation>Cancelled, moved and held sessions</translation>
    </message>
    <message>
        <source>Saved groups</source>
        <translation>Saved groups</translation>
    </message>
    <message>
        <source>Members of saved groups</source>
        <translation>Members of saved groups</translation>
    </message>
    <message>
        <source>A value is not valid here (%1); it is kept for review, not tried again.</source>
        <translation>A value is not valid here (%1); it is kept for review, not tried again.</translation>
    </message>
    <message>
        <source>It would change one of this site's own user accounts, which only this site may change (%1); it is kept for review, not tried again.</source>
        <translation>It would change one of this site's own user accounts, which only this site may change (%1); it is kept for review, not tried again.</translation>
    </message>
    <message>
        <source>It approves or changes a request for an outcome made at another centre, which only that centre's supervisors may decide (%1); it is kept for review, not tried again.</source>
        <translation>It approves or changes a request for an outcome made at another centre, which only that centre's supervisors may decide (%1); it is kept for review, not tried again.</translation>
    </message>
    <message>
        <source>It claims a change this site never made (%1); it is kept for review, not tried again.</source>
        <translation>It claims a change this site never made (%1); it is kept for review, not tried again.</translation>
    </message>
    <message>
        <source>It passes on a change made at another centre, and this peer does not relay for other centres (%1); tick “Relays other centres' records” under Peers… if it should.</source>
        <translation>It passes on a change made at another centre, and this peer does not relay for other centres (%1); tick “Relays other centres' records” under Peers… if it should.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
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
        <source>Offence article</source>
        <translation>Offence article</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Sentence start</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Sentence end</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
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
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Log intervention…</source>
        <translation>Log intervention…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Enter or a double-click opens a session, meeting, event or lesson.</source>
        <translation>Enter or a double-click opens a session, meeting, event or lesson.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Centre Desk — user guide</source>
        <translation>Centre Desk — user guide</translation>
    </message>
</context>
<context>
    <name>WeekActions</name>
    <message>
        <source>&amp;Week plan…</source>
        <translation>Wee&amp;k plan…</translation>
    </message>
    <message>
        <source>The week's planned, held and missed sessions by day and facility.</source>
        <translation>The week's planned, held and missed sessions by day and facility.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Save the week's schedule</source>
        <translation>Save the week's schedule</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Schedule of the week: %1</source>
        <translation>Schedule of the week: %1</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>all facilities</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held ✓</source>
        <translation>Held ✓</translation>
    </message>
    <message>
        <source>Missed ✗</source>
        <translation>Missed ✗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source> (no plan)</source>
        <translation> (no plan)</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (moved from %1)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>No facility</source>
        <translation>No facility</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>Week plan</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Next week ▶</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Specialist:</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>All facilities</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Enter or a double-click on a planned session records it as held and opens its register with the expected people ticked.</source>
        <translation>Enter or a double-click on a planned session records it as held and opens its register with the expected people ticked.</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Week of %1 – %2</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>This session was cancelled.</translation>
    </message>
    <message>
        <source>This session is still to come: it can be recorded as held on its day.</source>
        <translation>This session is still to come: it can be recorded as held on its day.</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>The schedule could not be saved: %1</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Schedule %1</translation>
    </message>
</context>
<context>
    <name>WorkAreas</name>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>No case names a facility yet.</source>
        <translation>No case names a facility yet.</translation>
    </message>
    <message>
        <source>Works in fac&amp;ilities:</source>
        <translation>Works in fac&amp;ilities:</translation>
    </message>
    <message>
        <source>Works in pro&amp;grammes:</source>
        <translation>Works in pro&amp;grammes:</translation>
    </message>
</context>
</TS>