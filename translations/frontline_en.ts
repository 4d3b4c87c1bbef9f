<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Context</name>
    <message>
        <source>There is no customer %1 that you can see.</source>
        <translation>There is no customer %1 that you can see.</translation>
    </message>
</context>
<context>
    <name>frontline::AccessScope</name>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>There is no member with the code %1.</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>There is no member with the id %1.</translation>
    </message>
    <message>
        <source>The member %1 is no longer active.</source>
        <translation>The member %1 is no longer active.</translation>
    </message>
</context>
<context>
    <name>frontline::ActingAsChooser</name>
    <message>
        <source>Administrator (everything)</source>
        <translation>Administrator (everything)</translation>
    </message>
    <message>
        <source>&amp;Acting as:</source>
        <translation>&amp;Acting as:</translation>
    </message>
    <message>
        <source>Until sign-in arrives, choose whose view of the customers to work with.</source>
        <translation>Until sign-in arrives, choose whose view of the customers to work with.</translation>
    </message>
</context>
<context>
    <name>frontline::ActivityImport</name>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation>No customer.</translation>
    </message>
    <message>
        <source>No customer "%1"; import the customers first.</source>
        <translation>No customer "%1"; import the customers first.</translation>
    </message>
    <message>
        <source>The customer belongs to someone outside your team.</source>
        <translation>The customer belongs to someone outside your team.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" is not a date.</translation>
    </message>
    <message>
        <source>No date.</source>
        <translation>No date.</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; recorded as a visit.</source>
        <translation>Unknown kind "%1"; recorded as a visit.</translation>
    </message>
    <message>
        <source>No member, and the customer has no owner to take.</source>
        <translation>No member, and the customer has no owner to take.</translation>
    </message>
    <message>
        <source>Already recorded.</source>
        <translation>Already recorded.</translation>
    </message>
</context>
<context>
    <name>frontline::ActivityRepository</name>
    <message>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>Unknown kind of activity "%1".</source>
        <translation>Unknown kind of activity "%1".</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>Satisfaction is from 1 to 5.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>The duration cannot be negative.</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before the activity.</source>
        <translation>The next follow-up cannot be before the activity.</translation>
    </message>
    <message>
        <source>Choose who made the contact.</source>
        <translation>Choose who made the contact.</translation>
    </message>
</context>
<context>
    <name>frontline::ActivityTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>frontline::AuditLog</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <source>Permission change</source>
        <translation>Permission change</translation>
    </message>
    <message>
        <source>User change</source>
        <translation>User change</translation>
    </message>
    <message>
        <source>Passphrase change</source>
        <translation>Passphrase change</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>Consent change</translation>
    </message>
    <message>
        <source>Privacy notice change</source>
        <translation>Privacy notice change</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
</context>
<context>
    <name>frontline::BackupCatalog</name>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>changed since verified</source>
        <translation>changed since verified</translation>
    </message>
    <message>
        <source>failed verification</source>
        <translation>failed verification</translation>
    </message>
    <message>
        <source>The file changed since it was made (checksum differs).</source>
        <translation>The file changed since it was made (checksum differs).</translation>
    </message>
</context>
<context>
    <name>frontline::BackupRestore</name>
    <message>
        <source>The open database is not %1.</source>
        <translation>The open database is not %1.</translation>
    </message>
    <message>
        <source>A passphrase is required to encrypt the database.</source>
        <translation>A passphrase is required to encrypt the database.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>A database cannot be restored from itself.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup beside %1: %2</source>
        <translation>Cannot copy the backup beside %1: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program (process %2 on %3). Close it there, then restore.</source>
        <translation>%1 is open in another program (process %2 on %3). Close it there, then restore.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 aside; nothing was restored.</source>
        <translation>Cannot keep a copy of %1 aside; nothing was restored.</translation>
    </message>
    <message>
        <source>Cannot move the restored database to %1.</source>
        <translation>Cannot move the restored database to %1.</translation>
    </message>
</context>
<context>
    <name>frontline::BackupScheduler</name>
    <message>
        <source>Daily backups are off.</source>
        <translation>Daily backups are off.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>The last backup was made on %1.</source>
        <translation>The last backup was made on %1.</translation>
    </message>
    <message>
        <source>Today's backup was made at %1.</source>
        <translation>Today's backup was made at %1.</translation>
    </message>
</context>
<context>
    <name>frontline::BackupVerifier</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1 (or it is not a Frontline backup).</source>
        <translation>The passphrase does not open the backup %1 (or it is not a Frontline backup).</translation>
    </message>
    <message>
        <source>%1 is not a Frontline backup.</source>
        <translation>%1 is not a Frontline backup.</translation>
    </message>
    <message>
        <source>%1 is not encrypted, so it is not a Frontline backup.</source>
        <translation>%1 is not encrypted, so it is not a Frontline backup.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored.</source>
        <translation>The backup %1 is damaged and cannot be restored.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Frontline (schema %2; this version knows %3). Update Frontline to restore it.</source>
        <translation>The backup %1 was made by a newer version of Frontline (schema %2; this version knows %3). Update Frontline to restore it.</translation>
    </message>
</context>
<context>
    <name>frontline::BackupWriter</name>
    <message>
        <source>The disk is full: the backup %1 was not written.</source>
        <translation>The disk is full: the backup %1 was not written.</translation>
    </message>
    <message>
        <source>Writing the backup %1 failed (disk error).</source>
        <translation>Writing the backup %1 failed (disk error).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: check that its folder is writable.</source>
        <translation>The backup %1 cannot be written: check that its folder is writable.</translation>
    </message>
    <message>
        <source>The database stayed busy; the backup %1 was not made. Try again in a moment.</source>
        <translation>The database stayed busy; the backup %1 was not made. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database is damaged; the backup %1 was not made.</source>
        <translation>The database is damaged; the backup %1 was not made.</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>The backup %1 failed: %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>A passphrase is required to encrypt the backup.</source>
        <translation>A passphrase is required to encrypt the backup.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 already exists; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>A change is being saved; make the backup when it is done.</source>
        <translation>A change is being saved; make the backup when it is done.</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>The backup was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The backup %1 did not pass its check and was deleted: %2</source>
        <translation>The backup %1 did not pass its check and was deleted: %2</translation>
    </message>
    <message>
        <source>Cannot rename the finished backup to %1.</source>
        <translation>Cannot rename the finished backup to %1.</translation>
    </message>
</context>
<context>
    <name>frontline::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Change Passphrase</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The whole database is encrypted again with the new passphrase. Copies and backups made before keep the old one.</source>
        <translation>The whole database is encrypted again with the new passphrase. Copies and backups made before keep the old one.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
</context>
<context>
    <name>frontline::CreateCustomerCommand</name>
    <message>
        <source>New customer %1</source>
        <translation>New customer %1</translation>
    </message>
</context>
<context>
    <name>frontline::CreateOpportunityCommand</name>
    <message>
        <source>New opportunity %1</source>
        <translation>New opportunity %1</translation>
    </message>
</context>
<context>
    <name>frontline::CreateOrderCommand</name>
    <message>
        <source>New order %1</source>
        <translation>New order %1</translation>
    </message>
</context>
<context>
    <name>frontline::CreateTaskCommand</name>
    <message>
        <source>New task %1</source>
        <translation>New task %1</translation>
    </message>
</context>
<context>
    <name>frontline::CrmActions</name>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation>Deleted %1. %2 brings it back.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Logged: %1.</translation>
    </message>
    <message>
        <source>Deleted the record of the contact with %1. %2 brings it back.</source>
        <translation>Deleted the record of the contact with %1. %2 brings it back.</translation>
    </message>
    <message>
        <source>The opportunity could not be moved.</source>
        <translation>The opportunity could not be moved.</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>New Order</translation>
    </message>
    <message>
        <source>Support staff can look at orders but not write them.</source>
        <translation>Support staff can look at orders but not write them.</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerDetailView</name>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>WeChat %1</source>
        <translation>WeChat %1</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>People (%1)</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>No contacts recorded.</translation>
    </message>
    <message>
        <source>Open opportunities (%1)</source>
        <translation>Open opportunities (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Together %1, weighted %2</source>
        <translation>Together %1, weighted %2</translation>
    </message>
    <message>
        <source>Order · %1</source>
        <translation>Order · %1</translation>
    </message>
    <message>
        <source>Stage → %1</source>
        <translation>Stage → %1</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>Open tasks (%1)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>&amp;Log Visit…</source>
        <translation>&amp;Log Visit…</translation>
    </message>
    <message>
        <source>Add &amp;Opportunity…</source>
        <translation>Add &amp;Opportunity…</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Add &amp;Task…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Mark &amp;Done</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerEditorDialog</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>%1 (owner: %2) already has this %3.</source>
        <translation>%1 (owner: %2) already has this %3.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message numerus="yes">
        <source>%n more customer(s) share a name, phone or e-mail with it.</source>
        <translation>
            <numerusform>%n more customer share a name, phone or e-mail with it.</numerusform>
            <numerusform>%n more customers share a name, phone or e-mail with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer with this %1 already exists, outside the customers you can see. Ask your manager before adding it again.</source>
        <translation>A customer with this %1 already exists, outside the customers you can see. Ask your manager before adding it again.</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Edit Customer</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Only the name is needed; the rest can follow.</source>
        <translation>Only the name is needed; the rest can follow.</translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation>%1 · created %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>We&amp;Chat:</source>
        <translation>We&amp;Chat:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>A company's or a person's name</source>
        <translation>A company's or a person's name</translation>
    </message>
    <message>
        <source>Several separated by commas</source>
        <translation>Several separated by commas</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>&amp;Open It</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerImport</name>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>customer name</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>short name</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>customer type</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>contact's title</source>
        <translation>contact's title</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>first recorded</source>
        <translation>first recorded</translation>
    </message>
    <message>
        <source>Unknown customer type "%1"; %2 was used.</source>
        <translation>Unknown customer type "%1"; %2 was used.</translation>
    </message>
    <message>
        <source>Unknown status "%1"; the customer is a lead.</source>
        <translation>Unknown status "%1"; the customer is a lead.</translation>
    </message>
    <message>
        <source>Unknown source "%1"; recorded as other.</source>
        <translation>Unknown source "%1"; recorded as other.</translation>
    </message>
    <message>
        <source>The grade is A, B, C or D; "%1" was left out.</source>
        <translation>The grade is A, B, C or D; "%1" was left out.</translation>
    </message>
    <message>
        <source>"%1" is not a date; left out.</source>
        <translation>"%1" is not a date; left out.</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number; kept as written.</source>
        <translation>"%1" is not a valid phone number; kept as written.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address; moved to the notes.</source>
        <translation>"%1" is not an e-mail address; moved to the notes.</translation>
    </message>
    <message>
        <source>E-mail (invalid): %1</source>
        <translation>E-mail (invalid): %1</translation>
    </message>
    <message>
        <source>%1 kept as "%2"; the file says "%3".</source>
        <translation>%1 kept as "%2"; the file says "%3".</translation>
    </message>
    <message>
        <source>The owner stays %1; the file says %2.</source>
        <translation>The owner stays %1; the file says %2.</translation>
    </message>
    <message>
        <source>Same phone or e-mail as "%1"; merged into it, its name kept.</source>
        <translation>Same phone or e-mail as "%1"; merged into it, its name kept.</translation>
    </message>
    <message>
        <source>No customer name.</source>
        <translation>No customer name.</translation>
    </message>
    <message>
        <source>Also looks like other customers in the file; merged into "%1".</source>
        <translation>Also looks like other customers in the file; merged into "%1".</translation>
    </message>
    <message>
        <source>Merged into "%1" (row %2).</source>
        <translation>Merged into "%1" (row %2).</translation>
    </message>
    <message>
        <source>This customer already exists and belongs to someone outside your team.</source>
        <translation>This customer already exists and belongs to someone outside your team.</translation>
    </message>
    <message>
        <source>Already there as "%1"; nothing new.</source>
        <translation>Already there as "%1"; nothing new.</translation>
    </message>
    <message>
        <source>Merged into "%1".</source>
        <translation>Merged into "%1".</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerRepository</name>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Enter the customer's name.</translation>
    </message>
    <message>
        <source>Choose company or individual.</source>
        <translation>Choose company or individual.</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>Unknown status "%1".</translation>
    </message>
    <message>
        <source>The grade is A, B, C or D.</source>
        <translation>The grade is A, B, C or D.</translation>
    </message>
    <message>
        <source>Unknown source channel "%1".</source>
        <translation>Unknown source channel "%1".</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>Give the date marketing consent was obtained.</source>
        <translation>Give the date marketing consent was obtained.</translation>
    </message>
    <message>
        <source>You cannot give a customer to someone outside your team.</source>
        <translation>You cannot give a customer to someone outside your team.</translation>
    </message>
    <message>
        <source>Give the contacts of every customer, or none.</source>
        <translation>Give the contacts of every customer, or none.</translation>
    </message>
    <message>
        <source>Enter the contact's name.</source>
        <translation>Enter the contact's name.</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>frontline::CustomersPage</name>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Any grade</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Any source</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted customer(s), waiting to be restored</source>
        <translation>
            <numerusform>%Ln deleted customer, waiting to be restored</numerusform>
            <numerusform>%Ln deleted customers, waiting to be restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) match</source>
        <translation>
            <numerusform>%Ln customer match</numerusform>
            <numerusform>%Ln customers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nothing was deleted</translation>
    </message>
    <message>
        <source>Customers you delete wait here, to be restored.</source>
        <translation>Customers you delete wait here, to be restored.</translation>
    </message>
    <message>
        <source>Show All Customers</source>
        <translation>Show All Customers</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>No customer matches</translation>
    </message>
    <message>
        <source>Search by name, full pinyin (beijing), initials (bjhl) or phone digits, or clear the filters.</source>
        <translation>Search by name, full pinyin (beijing), initials (bjhl) or phone digits, or clear the filters.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>Add your first customer, or import them from Excel.</source>
        <translation>Add your first customer, or import them from Excel.</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>New Customer…</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Reset Columns</translation>
    </message>
    <message>
        <source>Search by name, pinyin, initials or phone number</source>
        <translation>Search by name, pinyin, initials or phone number</translation>
    </message>
    <message>
        <source>Recently Deleted</source>
        <translation>Recently Deleted</translation>
    </message>
    <message>
        <source>Customers deleted from this list, to restore</source>
        <translation>Customers deleted from this list, to restore</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;New Customer…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Right-click to choose columns; drag to rearrange them.</source>
        <translation>Right-click to choose columns; drag to rearrange them.</translation>
    </message>
</context>
<context>
    <name>frontline::DashboardPage</name>
    <message>
        <source>¥10,000</source>
        <translation>¥10,000</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Everyone I can see</source>
        <translation>Everyone I can see</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>As of %1 · calculated in %2 ms</source>
        <translation>As of %1 · calculated in %2 ms</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>month</comment>
        <extracomment>A month in the period chooser: %1 year, %2 month</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A quarter in the period chooser: %1 year, %2 quarter</extracomment>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <extracomment>A year in the period chooser</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Revenue trend, target and last year</source>
        <translation>Revenue trend, target and last year</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Revenue by rep (top %1 of %2)</source>
        <translation>Revenue by rep (top %1 of %2)</translation>
    </message>
    <message>
        <source>Revenue by rep</source>
        <translation>Revenue by rep</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>Revenue by channel</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>Revenue by region</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Funnel: opportunities created in the period</source>
        <translation>Funnel: opportunities created in the period</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Orders · %1</source>
        <translation>Orders · %1</translation>
    </message>
    <message>
        <source>Visits · %1</source>
        <translation>Visits · %1</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>Open opportunities</translation>
    </message>
    <message>
        <source>Orders of %1 · %2</source>
        <translation>Orders of %1 · %2</translation>
    </message>
    <message>
        <source>Orders · %1 · %2</source>
        <translation>Orders · %1 · %2</translation>
    </message>
    <message>
        <source>Opportunities in %1</source>
        <translation>Opportunities in %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Calculate again with the latest data</source>
        <translation>Calculate again with the latest data</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>frontline::Database</name>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>%1 is already open by %2 (process %3 on %4). Close it there first.</source>
        <translation>%1 is already open by %2 (process %3 on %4). Close it there first.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it or its folder is read-only.</source>
        <translation>The database %1 cannot be written: it or its folder is read-only.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1.</source>
        <translation>Cannot create the lock file beside %1.</translation>
    </message>
    <message>
        <source>A passphrase is required to encrypt the database.</source>
        <translation>A passphrase is required to encrypt the database.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 already exists. Choose another name, or open it instead.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 is not a Frontline database.</source>
        <translation>%1 is not a Frontline database.</translation>
    </message>
    <message>
        <source>%1 must be updated to this version of Frontline, which needs write access.</source>
        <translation>%1 must be updated to this version of Frontline, which needs write access.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>Foreign key violation: row %1 of %2 refers to a missing row in %3</source>
        <translation>Foreign key violation: row %1 of %2 refers to a missing row in %3</translation>
    </message>
</context>
<context>
    <name>frontline::DatabaseError</name>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>The database file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Frontline database.</source>
        <translation>%1 is an unencrypted SQLite database, not a Frontline database.</translation>
    </message>
    <message>
        <source>%1 is not a Frontline database.</source>
        <translation>%1 is not a Frontline database.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or %1 is not a Frontline database).</source>
        <translation>The passphrase is wrong (or %1 is not a Frontline database).</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Try again in a moment.</source>
        <translation>The database %1 is locked by another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it or its folder is read-only.</source>
        <translation>The database %1 cannot be written: it or its folder is read-only.</translation>
    </message>
    <message>
        <source>The disk is full: the change to %1 was not saved.</source>
        <translation>The disk is full: the change to %1 was not saved.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>The database %1 is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: check that the file and its folder are accessible.</source>
        <translation>The database %1 cannot be opened: check that the file and its folder are accessible.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (disk error).</source>
        <translation>Reading or writing %1 failed (disk error).</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Database error in %1: %2</translation>
    </message>
</context>
<context>
    <name>frontline::DatabaseOpener</name>
    <message>
        <source>The passphrase saved on this computer no longer opens this database. Enter the current one.</source>
        <translation>The passphrase saved on this computer no longer opens this database. Enter the current one.</translation>
    </message>
    <message>
        <source>Passphrase Not Saved</source>
        <translation>Passphrase Not Saved</translation>
    </message>
    <message>
        <source>The database is open, but its passphrase could not be saved in the system keychain: %1</source>
        <translation>The database is open, but its passphrase could not be saved in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>frontline::DeleteCustomerCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
</context>
<context>
    <name>frontline::DemoFiller</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>Creating the demo company…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Frontline Demo</source>
        <translation>Frontline Demo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>frontline::DemoGenerator</name>
    <message>
        <source>Cancelled: no demo data was written.</source>
        <translation>Cancelled: no demo data was written.</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>The demo data could not be written: %1</translation>
    </message>
    <message>
        <source>The pipeline has no stage "%1".</source>
        <translation>The pipeline has no stage "%1".</translation>
    </message>
    <message>
        <source>There is no room for orders in so short a history; choose more months.</source>
        <translation>There is no room for orders in so short a history; choose more months.</translation>
    </message>
    <message>
        <source>Creating the organisation and the product catalogue</source>
        <translation>Creating the organisation and the product catalogue</translation>
    </message>
    <message>
        <source>Creating customers, activities and orders</source>
        <translation>Creating customers, activities and orders</translation>
    </message>
    <message>
        <source>Creating the team's own tasks</source>
        <translation>Creating the team's own tasks</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>The number of reps must be from 1 to 5,000.</source>
        <translation>The number of reps must be from 1 to 5,000.</translation>
    </message>
    <message>
        <source>The number of customers must be from 0 to 2,000,000.</source>
        <translation>The number of customers must be from 0 to 2,000,000.</translation>
    </message>
    <message>
        <source>The history must be from 1 to 120 months long.</source>
        <translation>The history must be from 1 to 120 months long.</translation>
    </message>
    <message>
        <source>The number of order lines must be from 0 to 50,000,000.</source>
        <translation>The number of order lines must be from 0 to 50,000,000.</translation>
    </message>
    <message>
        <source>Order lines need customers to order them.</source>
        <translation>Order lines need customers to order them.</translation>
    </message>
    <message>
        <source>The end date of the history is not a valid date.</source>
        <translation>The end date of the history is not a valid date.</translation>
    </message>
    <message>
        <source>Demo data needs a database open for writing.</source>
        <translation>Demo data needs a database open for writing.</translation>
    </message>
    <message>
        <source>This database already has customers. Demo data goes only into a new, empty database.</source>
        <translation>This database already has customers. Demo data goes only into a new, empty database.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>frontline::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n order(s) · %1</source>
        <translation>
            <numerusform>%n order · %1</numerusform>
            <numerusform>%n orders · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) · %1</source>
        <translation>
            <numerusform>%n opportunity · %1</numerusform>
            <numerusform>%n opportunitys · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activities: %n</source>
        <translation>
            <numerusform>Activities: %n</numerusform>
            <numerusform>Activities: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::EditCustomerCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>frontline::EditOrderCommand</name>
    <message>
        <source>Edit order %1</source>
        <translation>Edit order %1</translation>
    </message>
</context>
<context>
    <name>frontline::Exporter</name>
    <message>
        <source>Unknown kind "%1": use %2.</source>
        <translation>Unknown kind "%1": use %2.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation>Unknown format "%1": use csv or xlsx.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>frontline::ImportFolder</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Name the kind of the files (--kind) or a saved mapping that knows it.</source>
        <translation>Name the kind of the files (--kind) or a saved mapping that knows it.</translation>
    </message>
    <message>
        <source>The mapping "%1" is saved for %2: name the kind with --kind.</source>
        <translation>The mapping "%1" is saved for %2: name the kind with --kind.</translation>
    </message>
    <message>
        <source>The mapping "%1" does not say which kind of records it is for: name the kind with --kind.</source>
        <translation>The mapping "%1" does not say which kind of records it is for: name the kind with --kind.</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; kinds: %2.</source>
        <translation>Unknown kind "%1"; kinds: %2.</translation>
    </message>
    <message>
        <source>Cannot create the done and failed folders in %1.</source>
        <translation>Cannot create the done and failed folders in %1.</translation>
    </message>
    <message>
        <source>The file could not be moved to %1.</source>
        <translation>The file could not be moved to %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Mapping: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Batch: %1</translation>
    </message>
    <message>
        <source>Read %1, inserted %2, merged %3, updated %4, skipped %5, rejected %6; %7 warnings.</source>
        <translation>Read %1, inserted %2, merged %3, updated %4, skipped %5, rejected %6; %7 warnings.</translation>
    </message>
    <message>
        <source>Rejects: %1</source>
        <translation>Rejects: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>frontline::ImportHistory</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>There is no import batch %1.</translation>
    </message>
    <message>
        <source>Batch %1 was already undone.</source>
        <translation>Batch %1 was already undone.</translation>
    </message>
    <message>
        <source>Only whoever ran an import, a manager or an administrator can undo it.</source>
        <translation>Only whoever ran an import, a manager or an administrator can undo it.</translation>
    </message>
    <message>
        <source>Batch %1 names an unknown table.</source>
        <translation>Batch %1 names an unknown table.</translation>
    </message>
    <message>
        <source>Records of batch %1 are used by later changes (%2 %3); undo those first.</source>
        <translation>Records of batch %1 are used by later changes (%2 %3); undo those first.</translation>
    </message>
    <message>
        <source>Batch %1 names an unknown column.</source>
        <translation>Batch %1 names an unknown column.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>A customer cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Both customers must exist and be yours to merge.</source>
        <translation>Both customers must exist and be yours to merge.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
</context>
<context>
    <name>frontline::ImportKind</name>
    <message>
        <source>Several members are called "%1"; %2 was used instead.</source>
        <translation>Several members are called "%1"; %2 was used instead.</translation>
    </message>
    <message>
        <source>No member "%1" (strict: unknown members are not created).</source>
        <translation>No member "%1" (strict: unknown members are not created).</translation>
    </message>
    <message>
        <source>No member "%1", and only managers add members; %2 was used instead.</source>
        <translation>No member "%1", and only managers add members; %2 was used instead.</translation>
    </message>
    <message>
        <source>%1 is outside your team; %2 was used instead.</source>
        <translation>%1 is outside your team; %2 was used instead.</translation>
    </message>
    <message>
        <source>Only managers and administrators import %1.</source>
        <translation>Only managers and administrators import %1.</translation>
    </message>
</context>
<context>
    <name>frontline::ImportMapping</name>
    <message>
        <source>The mapping names the field "%1", which this kind does not have.</source>
        <translation>The mapping names the field "%1", which this kind does not have.</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Cannot read the mapping file %1: %2</translation>
    </message>
    <message>
        <source>There is no saved mapping "%1" for %2, and no such file.</source>
        <translation>There is no saved mapping "%1" for %2, and no such file.</translation>
    </message>
    <message>
        <source>The mapping "%1" is not valid JSON: %2</source>
        <translation>The mapping "%1" is not valid JSON: %2</translation>
    </message>
</context>
<context>
    <name>frontline::ImportPage</name>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Undo the import of %1? The records it added are deleted and the fields it filled get their old values back.</source>
        <translation>Undo the import of %1? The records it added are deleted and the fields it filled get their old values back.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n record(s) deleted</source>
        <translation>
            <numerusform>Undone: %n record deleted</numerusform>
            <numerusform>Undone: %n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) given back their old value</source>
        <translation>
            <numerusform>%n field given back their old value</numerusform>
            <numerusform>%n fields given back their old value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since and left as they are</source>
        <translation>
            <numerusform>%n field changed since and left as they are</numerusform>
            <numerusform>%n fields changed since and left as they are</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Undone %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Nothing imported yet: CSV and Excel files from an ERP, another CRM or a sheet kept by hand.</source>
        <translation>Nothing imported yet: CSV and Excel files from an ERP, another CRM or a sheet kept by hand.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s); each can be undone as a whole.</source>
        <translation>
            <numerusform>%n import; each can be undone as a whole.</numerusform>
            <numerusform>%n imports; each can be undone as a whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>&amp;Import a File…</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Undo Import</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>frontline::ImportStore</name>
    <message>
        <source>The database refused a row (a duplicate code or number).</source>
        <translation>The database refused a row (a duplicate code or number).</translation>
    </message>
</context>
<context>
    <name>frontline::ImportWizard</name>
    <message>
        <source>%1 rows read: %2 new, %3 merged, %4 updated, %5 skipped, %6 rejected; %7 warnings.</source>
        <translation>%1 rows read: %2 new, %3 merged, %4 updated, %5 skipped, %6 rejected; %7 warnings.</translation>
    </message>
    <message>
        <source>Created along the way: %1.</source>
        <translation>Created along the way: %1.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>Row %1, column %2</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>CSV or Excel (.xlsx) files from an ERP, another CRM or a sheet kept by hand. Nothing is written until the last step.</source>
        <translation>CSV or Excel (.xlsx) files from an ERP, another CRM or a sheet kept by hand. Nothing is written until the last step.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>The file to import</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Chinese (GB18030 / GBK)</source>
        <translation>Chinese (GB18030 / GBK)</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>Traditional Chinese (Big5)</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>&amp;What it holds:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Saved &amp;mapping:</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Import a File</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Spreadsheets and text (*.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>None: recognise the headers</source>
        <translation>None: recognise the headers</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook with %n sheet(s).</source>
        <translation>
            <numerusform>Excel workbook with %n sheet.</numerusform>
            <numerusform>Excel workbook with %n sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Text file in %1, columns separated by "%2".</source>
        <translation>Text file in %1, columns separated by "%2".</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>Each column of the file goes into a field, or is ignored. The rows below are what would be stored; nothing has been written yet.</source>
        <translation>Each column of the file goes into a field, or is ignored. The rows below are what would be stored; nothing has been written yet.</translation>
    </message>
    <message>
        <source>Save &amp;Mapping As…</source>
        <translation>Save &amp;Mapping As…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Sheet "%1", header on row %2.</source>
        <translation>Sheet "%1", header on row %2.</translation>
    </message>
    <message>
        <source>%1 text, header on line %2.</source>
        <translation>%1 text, header on line %2.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Save Mapping</translation>
    </message>
    <message>
        <source>Name, to use it again for files like this one:</source>
        <translation>Name, to use it again for files like this one:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Open the &amp;Rejects File</source>
        <translation>Open the &amp;Rejects File</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Importing… %L1 rows so far</source>
        <translation>Importing… %L1 rows so far</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Stopped. Nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported as batch %1 in %2 s. %3 It can be undone from the import history.</source>
        <translation>Imported as batch %1 in %2 s. %3 It can be undone from the import history.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
</context>
<context>
    <name>frontline::Importer</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <source>The database refused a write.</source>
        <translation>The database refused a write.</translation>
    </message>
    <message>
        <source>The rejects file cannot be written: %1</source>
        <translation>The rejects file cannot be written: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; use one of: %2.</source>
        <translation>Unknown kind "%1"; use one of: %2.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>No header row found: none of the first %1 rows names the columns of %2 (%3). Give the mapping with --mapping.</source>
        <translation>No header row found: none of the first %1 rows names the columns of %2 (%3). Give the mapping with --mapping.</translation>
    </message>
    <message>
        <source>No column for %1 (the header row %2 has: %3). Name the columns with --mapping.</source>
        <translation>No column for %1 (the header row %2 has: %3). Name the columns with --mapping.</translation>
    </message>
    <message>
        <source>Hidden row skipped.</source>
        <translation>Hidden row skipped.</translation>
    </message>
    <message>
        <source>Summary row (%1) skipped.</source>
        <translation>Summary row (%1) skipped.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>frontline::Keychain</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>The system keychain did not answer.</translation>
    </message>
</context>
<context>
    <name>frontline::KpiCardWidget</name>
    <message>
        <source>%1 pp</source>
        <extracomment>A change of a rate in percentage points</extracomment>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Target %1 · %2 attained</source>
        <translation>Target %1 · %2 attained</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>Revenue %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>vs last year</translation>
    </message>
    <message>
        <source>vs last period</source>
        <translation>vs last period</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Click to see the records behind this figure</translation>
    </message>
</context>
<context>
    <name>frontline::LogActivityCommand</name>
    <message>
        <source>Log %1 with %2</source>
        <translation>Log %1 with %2</translation>
    </message>
    <message>
        <source>Delete %1 with %2</source>
        <translation>Delete %1 with %2</translation>
    </message>
</context>
<context>
    <name>frontline::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Close Database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>&amp;About Frontline</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>Open one of your databases, or create a new one.</source>
        <translation>Open one of your databases, or create a new one.</translation>
    </message>
    <message>
        <source>Open or Create a Database…</source>
        <translation>Open or Create a Database…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Schema version %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Frontline databases (*.db);;All files (*)</source>
        <translation>Frontline databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
    <message>
        <source>Sales management for frontline sales teams: customers, visits, orders and targets, in an encrypted database on your own computer.</source>
        <translation>Sales management for frontline sales teams: customers, visits, orders and targets, in an encrypted database on your own computer.</translation>
    </message>
    <message>
        <source>Qt %1 · SQLCipher %2</source>
        <translation>Qt %1 · SQLCipher %2</translation>
    </message>
    <message>
        <source>About Frontline</source>
        <translation>About Frontline</translation>
    </message>
    <message>
        <source>&amp;Log a Visit…</source>
        <translation>&amp;Log a Visit…</translation>
    </message>
    <message>
        <source>Log a visit, call or message</source>
        <translation>Log a visit, call or message</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>New &amp;Customer…</translation>
    </message>
    <message>
        <source>New O&amp;pportunity…</source>
        <translation>New O&amp;pportunity…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>New &amp;Task…</translation>
    </message>
    <message>
        <source>New &amp;Order…</source>
        <translation>New &amp;Order…</translation>
    </message>
</context>
<context>
    <name>frontline::MemberImport</name>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>hire date</source>
        <translation>hire date</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>No name.</translation>
    </message>
    <message>
        <source>Unknown role "%1"; rep was used.</source>
        <translation>Unknown role "%1"; rep was used.</translation>
    </message>
    <message>
        <source>No team "%1"; left out.</source>
        <translation>No team "%1"; left out.</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number; kept as written.</source>
        <translation>"%1" is not a valid phone number; kept as written.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address; left out.</source>
        <translation>"%1" is not an e-mail address; left out.</translation>
    </message>
    <message>
        <source>Empty fields filled.</source>
        <translation>Empty fields filled.</translation>
    </message>
    <message>
        <source>Already there; nothing new.</source>
        <translation>Already there; nothing new.</translation>
    </message>
</context>
<context>
    <name>frontline::Migrations</name>
    <message>
        <source>Unable to read the schema version</source>
        <translation>Unable to read the schema version</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Frontline (schema %1; this version knows %2). Update Frontline to open it.</source>
        <translation>This database was written by a newer version of Frontline (schema %1; this version knows %2). Update Frontline to open it.</translation>
    </message>
    <message>
        <source>Updating the database structure failed at %1; nothing was changed.</source>
        <translation>Updating the database structure failed at %1; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>frontline::MoveStageCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
</context>
<context>
    <name>frontline::NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Frontline databases (*.db)</source>
        <translation>Frontline databases (*.db)</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>Everything in it is encrypted with the passphrase you choose here.</source>
        <translation>Everything in it is encrypted with the passphrase you choose here.</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
        <source>Keeps the passphrase in the system keychain, so that Frontline opens this database without asking.</source>
        <translation>Keeps the passphrase in the system keychain, so that Frontline opens this database without asking.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
</context>
<context>
    <name>frontline::NewPassphraseEdit</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Choose a passphrase of a few words that only you know.</source>
        <translation>Choose a passphrase of a few words that only you know.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>The two passphrases are different.</translation>
    </message>
    <message numerus="yes">
        <source>Shorter than %n characters: easy to guess. A few words make a stronger passphrase.</source>
        <translation>
            <numerusform>Shorter than %n characters: easy to guess. A few words make a stronger passphrase.</numerusform>
            <numerusform>Shorter than %n characters: easy to guess. A few words make a stronger passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it once more to make sure.</source>
        <translation>Type it once more to make sure.</translation>
    </message>
    <message>
        <source>Keep it safe: without it nobody can open the database, not even you.</source>
        <translation>Keep it safe: without it nobody can open the database, not even you.</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunitiesPage</name>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) worth %1, weighted %2</source>
        <translation>
            <numerusform>%Ln open opportunity worth %1, weighted %2</numerusform>
            <numerusform>%Ln open opportunitys worth %1, weighted %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move the deal on</source>
        <translation>Drag a card to another stage to move the deal on</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>&amp;New Opportunity…</source>
        <translation>&amp;New Opportunity…</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityDialog</name>
    <message>
        <source>The customer's owner</source>
        <translation>The customer's owner</translation>
    </message>
    <message>
        <source>Write the amount in yuan, for example 12000, ¥12,000.00 or 1.2万.</source>
        <translation>Write the amount in yuan, for example 12000, ¥12,000.00 or 1.2万.</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>New Opportunity</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>A deal in the making, with what it is worth.</source>
        <translation>A deal in the making, with what it is worth.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or phone number</source>
        <translation>Name, pinyin, initials or phone number</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>What the customer may buy</source>
        <translation>What the customer may buy</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>¥ in yuan, e.g. 12000 or 1.2万</source>
        <translation>¥ in yuan, e.g. 12000 or 1.2万</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Expected close:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityImport</name>
    <message>
        <source>opportunities</source>
        <translation>opportunities</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>external id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>expected close</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Support staff do not import opportunities.</source>
        <translation>Support staff do not import opportunities.</translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation>No customer.</translation>
    </message>
    <message>
        <source>Record %1 appears twice in the file; this row was skipped.</source>
        <translation>Record %1 appears twice in the file; this row was skipped.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" is not an amount.</translation>
    </message>
    <message>
        <source>Unknown stage "%1"; the opportunity is a lead.</source>
        <translation>Unknown stage "%1"; the opportunity is a lead.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage; the stage's was used.</source>
        <translation>"%1" is not a percentage; the stage's was used.</translation>
    </message>
    <message>
        <source>"%1" is not a date; left out.</source>
        <translation>"%1" is not a date; left out.</translation>
    </message>
    <message>
        <source>No customer "%1" (strict: unknown customers are not created).</source>
        <translation>No customer "%1" (strict: unknown customers are not created).</translation>
    </message>
    <message>
        <source>The customer "%1" belongs to someone outside your team.</source>
        <translation>The customer "%1" belongs to someone outside your team.</translation>
    </message>
    <message>
        <source>No owner, and the customer has none to take.</source>
        <translation>No owner, and the customer has none to take.</translation>
    </message>
    <message>
        <source>Already imported; unchanged.</source>
        <translation>Already imported; unchanged.</translation>
    </message>
    <message>
        <source>Updated from the file.</source>
        <translation>Updated from the file.</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityRepository</name>
    <message>
        <source>Enter a title for the opportunity.</source>
        <translation>Enter a title for the opportunity.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The probability is from 0 to 100%.</source>
        <translation>The probability is from 0 to 100%.</translation>
    </message>
    <message>
        <source>Unknown stage.</source>
        <translation>Unknown stage.</translation>
    </message>
    <message>
        <source>Give a stage history for every opportunity, or none.</source>
        <translation>Give a stage history for every opportunity, or none.</translation>
    </message>
    <message>
        <source>The stage changes must lead from no stage to the opportunity's stage, one after the other in time.</source>
        <translation>The stage changes must lead from no stage to the opportunity's stage, one after the other in time.</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
</context>
<context>
    <name>frontline::OrderDialog</name>
    <message>
        <source>The customer's owner</source>
        <translation>The customer's owner</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>New Order</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>Add a line per product; prices can be changed for this order.</source>
        <translation>Add a line per product; prices can be changed for this order.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or phone number</source>
        <translation>Name, pinyin, initials or phone number</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Add Line</translation>
    </message>
    <message>
        <source>Remo&amp;ve Line</source>
        <translation>Remo&amp;ve Line</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>frontline::OrderImport</name>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>Support staff do not import orders.</source>
        <translation>Support staff do not import orders.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>order date</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>product code</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>unit price</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>order status</translation>
    </message>
    <message>
        <source>No customer "%1" (strict: unknown customers are not created).</source>
        <translation>No customer "%1" (strict: unknown customers are not created).</translation>
    </message>
    <message>
        <source>The customer "%1" belongs to someone outside your team.</source>
        <translation>The customer "%1" belongs to someone outside your team.</translation>
    </message>
    <message>
        <source>No product "%1" (strict: unknown products are not created).</source>
        <translation>No product "%1" (strict: unknown products are not created).</translation>
    </message>
    <message>
        <source>No order number.</source>
        <translation>No order number.</translation>
    </message>
    <message>
        <source>"%1" is not a whole, non-zero quantity.</source>
        <translation>"%1" is not a whole, non-zero quantity.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" is not an amount.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" is not a date.</translation>
    </message>
    <message>
        <source>No order date.</source>
        <translation>No order date.</translation>
    </message>
    <message>
        <source>Only a month is given; the order is dated %1.</source>
        <translation>Only a month is given; the order is dated %1.</translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation>No customer.</translation>
    </message>
    <message>
        <source>No rep, and the customer has no owner to take.</source>
        <translation>No rep, and the customer has no owner to take.</translation>
    </message>
    <message>
        <source>Unknown order status "%1"; confirmed was used.</source>
        <translation>Unknown order status "%1"; confirmed was used.</translation>
    </message>
    <message>
        <source>Order %1 is dated by its first line; this line's date %2 was ignored.</source>
        <translation>Order %1 is dated by its first line; this line's date %2 was ignored.</translation>
    </message>
    <message>
        <source>No product.</source>
        <translation>No product.</translation>
    </message>
    <message>
        <source>No amount or price; the line is worth ¥0.00.</source>
        <translation>No amount or price; the line is worth ¥0.00.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belong to orders already in the database.</source>
        <translation>
            <numerusform>%n row belong to orders already in the database.</numerusform>
            <numerusform>%n rows belong to orders already in the database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::OrderLinesModel</name>
    <message>
        <source>Choose a product…</source>
        <translation>Choose a product…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>frontline::OrderRepository</name>
    <message>
        <source>Enter the SKU.</source>
        <translation>Enter the SKU.</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>Enter the product's name.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>The SKU %1 already exists.</source>
        <translation>The SKU %1 already exists.</translation>
    </message>
    <message>
        <source>Enter the order number.</source>
        <translation>Enter the order number.</translation>
    </message>
    <message>
        <source>Enter the order date.</source>
        <translation>Enter the order date.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>Unknown order status "%1".</source>
        <translation>Unknown order status "%1".</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>An order needs at least one line.</translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation>Line %1: choose a product.</translation>
    </message>
    <message>
        <source>Line %1: the quantity cannot be zero.</source>
        <translation>Line %1: the quantity cannot be zero.</translation>
    </message>
    <message>
        <source>The order number %1 already exists.</source>
        <translation>The order number %1 already exists.</translation>
    </message>
</context>
<context>
    <name>frontline::OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>frontline::OrdersPage</name>
    <message>
        <source>All reps</source>
        <translation>All reps</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) match</source>
        <translation>
            <numerusform>%Ln order match</numerusform>
            <numerusform>%Ln orders match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), together %1 (cancelled ones not counted)</source>
        <translation>
            <numerusform>%Ln order, together %1 (cancelled ones not counted)</numerusform>
            <numerusform>%Ln orders, together %1 (cancelled ones not counted)</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders match</source>
        <translation>No orders match</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <source>Nothing was ordered for these filters.</source>
        <translation>Nothing was ordered for these filters.</translation>
    </message>
    <message>
        <source>Write the first one with New Order.</source>
        <translation>Write the first one with New Order.</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Any customer</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>From any date</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>To any date</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation>&amp;New Order…</translation>
    </message>
</context>
<context>
    <name>frontline::OrgRepository</name>
    <message>
        <source>Enter the team's name.</source>
        <translation>Enter the team's name.</translation>
    </message>
    <message>
        <source>Enter the member's name.</source>
        <translation>Enter the member's name.</translation>
    </message>
    <message>
        <source>A code is a letter followed by up to 15 letters or digits, e.g. R0012.</source>
        <translation>A code is a letter followed by up to 15 letters or digits, e.g. R0012.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>The code %1 is already taken.</source>
        <translation>The code %1 is already taken.</translation>
    </message>
</context>
<context>
    <name>frontline::PageCatalog</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sales at a glance: revenue against target, the pipeline by stage and this month's visits.</source>
        <translation>Sales at a glance: revenue against target, the pipeline by stage and this month's visits.</translation>
    </message>
    <message>
        <source>Every customer with contacts, region and history, found by name, pinyin or phone number.</source>
        <translation>Every customer with contacts, region and history, found by name, pinyin or phone number.</translation>
    </message>
    <message>
        <source>Plan customer visits and record what was said and agreed.</source>
        <translation>Plan customer visits and record what was said and agreed.</translation>
    </message>
    <message>
        <source>The sales pipeline: each deal with its stage, expected value and closing date.</source>
        <translation>The sales pipeline: each deal with its stage, expected value and closing date.</translation>
    </message>
    <message>
        <source>Orders and their lines, with payment and delivery status.</source>
        <translation>Orders and their lines, with payment and delivery status.</translation>
    </message>
    <message>
        <source>The sales reps, their territories and who reports to whom.</source>
        <translation>The sales reps, their territories and who reports to whom.</translation>
    </message>
    <message>
        <source>Targets and results by rep, region and month, with rankings.</source>
        <translation>Targets and results by rep, region and month, with rankings.</translation>
    </message>
    <message>
        <source>Follow-ups and to-dos for you and your team, with due dates.</source>
        <translation>Follow-ups and to-dos for you and your team, with due dates.</translation>
    </message>
    <message>
        <source>Bring in customers and orders from Excel and CSV files, and export reports.</source>
        <translation>Bring in customers and orders from Excel and CSV files, and export reports.</translation>
    </message>
    <message>
        <source>Language, database and passphrase.</source>
        <translation>Language, database and passphrase.</translation>
    </message>
</context>
<context>
    <name>frontline::PassphraseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Enter the passphrase for %1</source>
        <translation>Enter the passphrase for %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
        <source>Keeps the passphrase in the system keychain, so that Frontline opens this database without asking.</source>
        <translation>Keeps the passphrase in the system keychain, so that Frontline opens this database without asking.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>frontline::PasswordLineEdit</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
</context>
<context>
    <name>frontline::Permissions</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2 %3.</source>
        <translation>Your role (%1) may not %2 %3.</translation>
    </message>
    <message>
        <source>Only an administrator can change permissions.</source>
        <translation>Only an administrator can change permissions.</translation>
    </message>
    <message>
        <source>The administrator's permissions cannot be changed.</source>
        <translation>The administrator's permissions cannot be changed.</translation>
    </message>
    <message>
        <source>The permission matrix has no such cell.</source>
        <translation>The permission matrix has no such cell.</translation>
    </message>
</context>
<context>
    <name>frontline::PipelineBoard</name>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Move to</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>Open &amp;Customer</translation>
    </message>
</context>
<context>
    <name>frontline::PlaceholderPage</name>
    <message>
        <source>This page arrives in a later version of Frontline.</source>
        <translation>This page arrives in a later version of Frontline.</translation>
    </message>
</context>
<context>
    <name>frontline::Privacy</name>
    <message>
        <source>There is no customer %1 that you can see.</source>
        <translation>There is no customer %1 that you can see.</translation>
    </message>
    <message>
        <source>Unknown consent method "%1": use %2.</source>
        <translation>Unknown consent method "%1": use %2.</translation>
    </message>
    <message>
        <source>The consent date must be a date that has passed.</source>
        <translation>The consent date must be a date that has passed.</translation>
    </message>
    <message>
        <source>This customer has not given consent, so there is nothing to withdraw.</source>
        <translation>This customer has not given consent, so there is nothing to withdraw.</translation>
    </message>
    <message>
        <source>We keep the names, phone numbers and e-mail addresses of our customers and their contacts, and a record of our visits and orders, to serve you and to plan our sales work. The data stays on our company's encrypted computers and is not sold or given to others. We send you marketing only with your consent, which you may withdraw at any time. You may ask to see, correct or erase the data we hold about you: tell your sales representative.</source>
        <translation>We keep the names, phone numbers and e-mail addresses of our customers and their contacts, and a record of our visits and orders, to serve you and to plan our sales work. The data stays on our company's encrypted computers and is not sold or given to others. We send you marketing only with your consent, which you may withdraw at any time. You may ask to see, correct or erase the data we hold about you: tell your sales representative.</translation>
    </message>
    <message>
        <source>Erasing a customer is an administrator's or a manager's decision.</source>
        <translation>Erasing a customer is an administrator's or a manager's decision.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
</context>
<context>
    <name>frontline::ProductImport</name>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>product name</source>
        <translation>product name</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>unit price</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>No product name or SKU.</source>
        <translation>No product name or SKU.</translation>
    </message>
    <message>
        <source>"%1" is not a price.</source>
        <translation>"%1" is not a price.</translation>
    </message>
    <message>
        <source>The price stays %1 fen; the file says %2 fen.</source>
        <translation>The price stays %1 fen; the file says %2 fen.</translation>
    </message>
    <message>
        <source>Empty fields filled.</source>
        <translation>Empty fields filled.</translation>
    </message>
    <message>
        <source>Already there; nothing new.</source>
        <translation>Already there; nothing new.</translation>
    </message>
</context>
<context>
    <name>frontline::Repository</name>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>You are not allowed to make this change.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
</context>
<context>
    <name>frontline::SessionCommand</name>
    <message>
        <source>“%1” could not be undone.</source>
        <translation>“%1” could not be undone.</translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation>“%1” could not be redone.</translation>
    </message>
</context>
<context>
    <name>frontline::SetTaskStatusCommand</name>
    <message>
        <source>Complete %1</source>
        <translation>Complete %1</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Mark %1 as %2</translation>
    </message>
</context>
<context>
    <name>frontline::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>Applies at once, to every window.</source>
        <translation>Applies at once, to every window.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Key derivation:</translation>
    </message>
    <message>
        <source>Page authentication:</source>
        <translation>Page authentication:</translation>
    </message>
    <message>
        <source>Encryption library:</source>
        <translation>Encryption library:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>A passphrase you asked Frontline to remember is kept in this computer's system keychain, never in Frontline's own files.</source>
        <translation>A passphrase you asked Frontline to remember is kept in this computer's system keychain, never in Frontline's own files.</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase…</source>
        <translation>&amp;Change Passphrase…</translation>
    </message>
    <message>
        <source>&amp;Forget the Saved Passphrase</source>
        <translation>&amp;Forget the Saved Passphrase</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1, in pages of %2 bytes</source>
        <translation>%1, in pages of %2 bytes</translation>
    </message>
    <message>
        <source>%1, %2 iterations</source>
        <translation>%1, %2 iterations</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1 on SQLite %2</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>The passphrase is changed.</translation>
    </message>
    <message>
        <source>The passphrase is changed, here and in the system keychain.</source>
        <translation>The passphrase is changed, here and in the system keychain.</translation>
    </message>
    <message>
        <source>The passphrase is changed, but the system keychain still holds the old one (%1). Frontline will ask for the new one next time.</source>
        <translation>The passphrase is changed, but the system keychain still holds the old one (%1). Frontline will ask for the new one next time.</translation>
    </message>
    <message>
        <source>Forgotten: Frontline will ask for the passphrase next time.</source>
        <translation>Forgotten: Frontline will ask for the passphrase next time.</translation>
    </message>
    <message>
        <source>No passphrase for this database is saved on this computer.</source>
        <translation>No passphrase for this database is saved on this computer.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached: %1</source>
        <translation>The system keychain could not be reached: %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>frontline::SqlCipherDriver</name>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Unable to prepare the statement</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>Unable to execute multiple statements at a time</translation>
    </message>
    <message>
        <source>The query is empty</source>
        <translation>The query is empty</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Parameter count mismatch</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>Unable to bind parameters</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Unable to execute the statement</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Unable to fetch row</translation>
    </message>
    <message>
        <source>Unable to open the database file</source>
        <translation>Unable to open the database file</translation>
    </message>
    <message>
        <source>Unable to set the encryption key</source>
        <translation>Unable to set the encryption key</translation>
    </message>
    <message>
        <source>Unable to apply the cipher settings</source>
        <translation>Unable to apply the cipher settings</translation>
    </message>
    <message>
        <source>Unable to read the database</source>
        <translation>Unable to read the database</translation>
    </message>
    <message>
        <source>Unable to change the encryption key</source>
        <translation>Unable to change the encryption key</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>Unable to begin the transaction</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Unable to commit the transaction</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Unable to roll back the transaction</translation>
    </message>
</context>
<context>
    <name>frontline::StageColumn</name>
    <message>
        <source>%1: %2% likely to close</source>
        <translation>%1: %2% likely to close</translation>
    </message>
    <message>
        <source>The total of the opportunities in this stage</source>
        <translation>The total of the opportunities in this stage</translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>Weighted %1</translation>
    </message>
    <message>
        <source>Each amount times its probability</source>
        <translation>Each amount times its probability</translation>
    </message>
</context>
<context>
    <name>frontline::StartDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Frontline databases (*.db);;All files (*)</source>
        <translation>Frontline databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Welcome to Frontline</source>
        <translation>Welcome to Frontline</translation>
    </message>
    <message>
        <source>Your customers, visits and orders, in an encrypted database on this computer.</source>
        <translation>Your customers, visits and orders, in an encrypted database on this computer.</translation>
    </message>
    <message>
        <source>&amp;Recent databases:</source>
        <translation>&amp;Recent databases:</translation>
    </message>
    <message>
        <source>No database has been opened on this computer yet.
Create a new one, or browse for a database you were given.</source>
        <translation>No database has been opened on this computer yet.
Create a new one, or browse for a database you were given.</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
</context>
<context>
    <name>frontline::Startup</name>
    <message>
        <source>Frontline: sales management for frontline sales teams.</source>
        <translation>Frontline: sales management for frontline sales teams.</translation>
    </message>
    <message>
        <source>Open the demo database, created on first use.</source>
        <translation>Open the demo database, created on first use.</translation>
    </message>
    <message>
        <source>Open the database FILE: Frontline asks for its passphrase.</source>
        <translation>Open the database FILE: Frontline asks for its passphrase.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save a picture of the main window, sized to the screen, to FILE (PNG) and quit.</source>
        <translation>Save a picture of the main window, sized to the screen, to FILE (PNG) and quit.</translation>
    </message>
    <message>
        <source>Show page NAME first, one of: %1.</source>
        <translation>Show page NAME first, one of: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use LANGUAGE for this run instead of the saved choice, one of: %1.</source>
        <translation>Use LANGUAGE for this run instead of the saved choice, one of: %1.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Unknown language %1; choose one of: %2.</source>
        <translation>Unknown language %1; choose one of: %2.</translation>
    </message>
    <message>
        <source>Unknown page %1; choose one of: %2.</source>
        <translation>Unknown page %1; choose one of: %2.</translation>
    </message>
    <message>
        <source>Use --demo or --database, not both.</source>
        <translation>Use --demo or --database, not both.</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Cannot write the picture to %1.</source>
        <translation>Cannot write the picture to %1.</translation>
    </message>
</context>
<context>
    <name>frontline::SyncPackageReader</name>
    <message>
        <source>This file is not a Frontline sync package.</source>
        <translation>This file is not a Frontline sync package.</translation>
    </message>
    <message>
        <source>The sync package is incomplete (cut off while copying?). Ask for it again.</source>
        <translation>The sync package is incomplete (cut off while copying?). Ask for it again.</translation>
    </message>
    <message>
        <source>This sync package was written by a newer Frontline; update Frontline to read it.</source>
        <translation>This sync package was written by a newer Frontline; update Frontline to read it.</translation>
    </message>
    <message>
        <source>The sync package is damaged or has been altered; it was not used.</source>
        <translation>The sync package is damaged or has been altered; it was not used.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The sync passphrase does not open this package (wrong passphrase, or a package of another team).</source>
        <translation>The sync passphrase does not open this package (wrong passphrase, or a package of another team).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the package.</source>
        <translation>Cannot create a temporary folder for the package.</translation>
    </message>
    <message>
        <source>Cannot unpack the package: %1</source>
        <translation>Cannot unpack the package: %1</translation>
    </message>
</context>
<context>
    <name>frontline::SyncPackageWriter</name>
    <message>
        <source>A sync passphrase is required.</source>
        <translation>A sync passphrase is required.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the package.</source>
        <translation>Cannot create a temporary folder for the package.</translation>
    </message>
    <message>
        <source>Cannot derive the package key.</source>
        <translation>Cannot derive the package key.</translation>
    </message>
    <message>
        <source>Cannot create the package: %1</source>
        <translation>Cannot create the package: %1</translation>
    </message>
    <message>
        <source>The package was not opened.</source>
        <translation>The package was not opened.</translation>
    </message>
    <message>
        <source>%1 already exists; a package never overwrites a file.</source>
        <translation>%1 already exists; a package never overwrites a file.</translation>
    </message>
    <message>
        <source>Cannot write the package: %1</source>
        <translation>Cannot write the package: %1</translation>
    </message>
    <message>
        <source>Cannot read the package body: %1</source>
        <translation>Cannot read the package body: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>frontline::SyncService</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>This is %1's database: it exports its own changes, not packages for members.</source>
        <translation>This is %1's database: it exports its own changes, not packages for members.</translation>
    </message>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>There is no member with the code %1.</translation>
    </message>
    <message>
        <source>%1 sees the whole company; sync packages are for members with their own share.</source>
        <translation>%1 sees the whole company; sync packages are for members with their own share.</translation>
    </message>
    <message>
        <source>Only a rep's database exports its changes; on the manager's database name the member to export for (--member CODE).</source>
        <translation>Only a rep's database exports its changes; on the manager's database name the member to export for (--member CODE).</translation>
    </message>
    <message>
        <source>Cannot read %1 for the package: %2</source>
        <translation>Cannot read %1 for the package: %2</translation>
    </message>
    <message>
        <source>%1 %2 was taken by another record here; the incoming one is now %3.</source>
        <translation>%1 %2 was taken by another record here; the incoming one is now %3.</translation>
    </message>
    <message>
        <source>This sync package expired on %1; ask for a new one.</source>
        <translation>This sync package expired on %1; ask for a new one.</translation>
    </message>
    <message>
        <source>This package was written by this database itself.</source>
        <translation>This package was written by this database itself.</translation>
    </message>
    <message>
        <source>This sync package belongs to another team.</source>
        <translation>This sync package belongs to another team.</translation>
    </message>
    <message>
        <source>This package is for %1's laptop; it cannot be imported into the manager's database.</source>
        <translation>This package is for %1's laptop; it cannot be imported into the manager's database.</translation>
    </message>
    <message>
        <source>This package is for %1, but this is %2's database.</source>
        <translation>This package is for %1, but this is %2's database.</translation>
    </message>
    <message>
        <source>This database already holds data of its own. Import a member's package into a new database (frontline-cli init).</source>
        <translation>This database already holds data of its own. Import a member's package into a new database (frontline-cli init).</translation>
    </message>
    <message>
        <source>This package holds %1's changes for the manager; import it on the manager's database.</source>
        <translation>This package holds %1's changes for the manager; import it on the manager's database.</translation>
    </message>
    <message>
        <source>This database has not exported packages for this team; it cannot take changes from it.</source>
        <translation>This database has not exported packages for this team; it cannot take changes from it.</translation>
    </message>
    <message>
        <source>The package comes from %1, who is not a member in this database.</source>
        <translation>The package comes from %1, who is not a member in this database.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>The database is busy; try again in a moment.</translation>
    </message>
    <message>
        <source>The package could not be applied; nothing was changed: %1</source>
        <translation>The package could not be applied; nothing was changed: %1</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>this database</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>There is no conflict %1.</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved.</source>
        <translation>Conflict %1 is already resolved.</translation>
    </message>
    <message>
        <source>Conflict %1 names an unknown field.</source>
        <translation>Conflict %1 names an unknown field.</translation>
    </message>
    <message>
        <source>The record of conflict %1 is gone.</source>
        <translation>The record of conflict %1 is gone.</translation>
    </message>
    <message>
        <source>The record that value refers to is not in this database.</source>
        <translation>The record that value refers to is not in this database.</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation>The search index could not be updated.</translation>
    </message>
</context>
<context>
    <name>frontline::TaskDialog</name>
    <message>
        <source>Choose the customer from the list, or leave the field empty.</source>
        <translation>Choose the customer from the list, or leave the field empty.</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>New Task</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>A follow-up or to-do, with who does it and by when.</source>
        <translation>A follow-up or to-do, with who does it and by when.</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Assigned to:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>frontline::TaskRepository</name>
    <message>
        <source>Enter what is to be done.</source>
        <translation>Enter what is to be done.</translation>
    </message>
    <message>
        <source>Unknown priority "%1".</source>
        <translation>Unknown priority "%1".</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>Unknown status "%1".</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Choose who does it.</translation>
    </message>
</context>
<context>
    <name>frontline::TaskTableModel</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>frontline::TasksPage</name>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln open task</numerusform>
            <numerusform>%Ln open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln overdue</numerusform>
            <numerusform>, %Ln overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue</source>
        <translation>Nothing is overdue</translation>
    </message>
    <message>
        <source>Every open task is still within its due date.</source>
        <translation>Every open task is still within its due date.</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>No open tasks</translation>
    </message>
    <message>
        <source>Follow-ups you add while logging visits, or with New Task, appear here.</source>
        <translation>Follow-ups you add while logging visits, or with New Task, appear here.</translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>My Tasks</translation>
    </message>
    <message>
        <source>Team Tasks</source>
        <translation>Team Tasks</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Show &amp;completed</source>
        <translation>Show &amp;completed</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Mark &amp;Done</translation>
    </message>
    <message>
        <source>Mark the task done, or open again (Ctrl+D)</source>
        <translation>Mark the task done, or open again (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation>&amp;New Task…</translation>
    </message>
</context>
<context>
    <name>frontline::TeamPage</name>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (left)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in %1 team(s)</source>
        <translation>
            <numerusform>%Ln member in %1 team</numerusform>
            <numerusform>%Ln members in %1 teams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Joined %1</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>No longer active</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Outside the customers you can see.</source>
        <translation>Outside the customers you can see.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) worth %1, weighted %2</source>
        <translation>
            <numerusform>%Ln open opportunity worth %1, weighted %2</numerusform>
            <numerusform>%Ln open opportunitys worth %1, weighted %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln open task</numerusform>
            <numerusform>%Ln open tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsibilities of the %1</source>
        <translation>Responsibilities of the %1</translation>
    </message>
    <message>
        <source>No duties are written down for this role yet.</source>
        <translation>No duties are written down for this role yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active member(s)</source>
        <translation>
            <numerusform>%Ln active member</numerusform>
            <numerusform>%Ln active members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) you can see</source>
        <translation>
            <numerusform>%Ln customer you can see</numerusform>
            <numerusform>%Ln customers you can see</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Team and members</source>
        <translation>Team and members</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>Open opportunities</translation>
    </message>
</context>
<context>
    <name>frontline::UserAccounts</name>
    <message numerus="yes">
        <source>Wrong user name or password (%n attempt(s) left before the account is locked).</source>
        <translation>
            <numerusform>Wrong user name or password (%n attempt left before the account is locked).</numerusform>
            <numerusform>Wrong user name or password (%n attempts left before the account is locked).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1.</source>
        <translation>Too many failed logins: the account is locked until %1.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The failed login could not be recorded.</source>
        <translation>The failed login could not be recorded.</translation>
    </message>
    <message>
        <source>Only an administrator can change an administrator's account.</source>
        <translation>Only an administrator can change an administrator's account.</translation>
    </message>
    <message>
        <source>A user name is one word without spaces.</source>
        <translation>A user name is one word without spaces.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>There is no such member.</translation>
    </message>
    <message>
        <source>This database has user accounts: log in as an administrator to add one.</source>
        <translation>This database has user accounts: log in as an administrator to add one.</translation>
    </message>
    <message>
        <source>The first account must be an administrator's.</source>
        <translation>The first account must be an administrator's.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>There is already a user named %1.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>The password could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>That member already has an account.</source>
        <translation>That member already has an account.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
</context>
<context>
    <name>frontline::VisitDialog</name>
    <message>
        <source>Type part of the customer's name, pinyin or phone number, then choose from the list.</source>
        <translation>Type part of the customer's name, pinyin or phone number, then choose from the list.</translation>
    </message>
    <message>
        <source>Choose the customer from the list (press Enter on a match).</source>
        <translation>Choose the customer from the list (press Enter on a match).</translation>
    </message>
    <message>
        <source>Log a Visit</source>
        <translation>Log a Visit</translation>
    </message>
    <message>
        <source>Log a visit, call or message</source>
        <translation>Log a visit, call or message</translation>
    </message>
    <message>
        <source>What was said and agreed, and when to follow up.</source>
        <translation>What was said and agreed, and when to follow up.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or phone number</source>
        <translation>Name, pinyin, initials or phone number</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>What was agreed, the next step</source>
        <translation>What was agreed, the next step</translation>
    </message>
    <message>
        <source>&amp;Next follow-up:</source>
        <translation>&amp;Next follow-up:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>+3 days</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 month</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction:</source>
        <translation>Sa&amp;tisfaction:</translation>
    </message>
    <message>
        <source>1 to 5 stars: press a digit, or 0 for none</source>
        <translation>1 to 5 stars: press a digit, or 0 for none</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Ctrl+1…5: kind · Alt+3, Alt+W, Alt+M: follow up in 3 days, a week, a month · Ctrl+Enter: save · Esc: cancel</source>
        <translation>Ctrl+1…5: kind · Alt+3, Alt+W, Alt+M: follow up in 3 days, a week, a month · Ctrl+Enter: save · Esc: cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>frontline::VisitsPage</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) this week</source>
        <translation>
            <numerusform>%Ln contact this week</numerusform>
            <numerusform>%Ln contacts this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln contact match</numerusform>
            <numerusform>%Ln contacts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) recorded</source>
        <translation>
            <numerusform>%Ln contact recorded</numerusform>
            <numerusform>%Ln contacts recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts match</source>
        <translation>No contacts match</translation>
    </message>
    <message>
        <source>Nothing was recorded for these filters.</source>
        <translation>Nothing was recorded for these filters.</translation>
    </message>
    <message>
        <source>No visits or calls recorded yet</source>
        <translation>No visits or calls recorded yet</translation>
    </message>
    <message>
        <source>Log one with Ctrl+L, from anywhere in Frontline.</source>
        <translation>Log one with Ctrl+L, from anywhere in Frontline.</translation>
    </message>
    <message>
        <source>My Week</source>
        <translation>My Week</translation>
    </message>
    <message>
        <source>Your contacts from Monday to Sunday of this week</source>
        <translation>Your contacts from Monday to Sunday of this week</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Any customer</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>From any date</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>To any date</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Log Visit…</source>
        <translation>&amp;Log Visit…</translation>
    </message>
    <message>
        <source>Log a visit, call or message (Ctrl+L)</source>
        <translation>Log a visit, call or message (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>frontline::Vocabulary</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Trade show</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>customer status</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>pipeline stage</comment>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>pipeline stage</comment>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Metrics</name>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Repeat purchase rate</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Open pipeline</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Weighted pipeline</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Customer status</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::MetricsEngine</name>
    <message>
        <source>New customers cannot be split by channel, product or category.</source>
        <translation>New customers cannot be split by channel, product or category.</translation>
    </message>
    <message>
        <source>Visits and contacts cannot be split by channel, product or category.</source>
        <translation>Visits and contacts cannot be split by channel, product or category.</translation>
    </message>
    <message>
        <source>Opportunities cannot be split by channel, product or category.</source>
        <translation>Opportunities cannot be split by channel, product or category.</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>The period is not valid.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>The whole company</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Period</name>
    <message>
        <source>"%1" is not a period: use 2025-03-07, 2025-W07, 2025-03, 2025-Q1, 2025 or FROM..TO.</source>
        <translation>"%1" is not a period: use 2025-03-07, 2025-W07, 2025-03, 2025-Q1, 2025 or FROM..TO.</translation>
    </message>
    <message>
        <source>The period %1 ends before it starts.</source>
        <translation>The period %1 ends before it starts.</translation>
    </message>
    <message>
        <source>%1 week %2 (%3 – %4)</source>
        <extracomment>An ISO week: %1 year, %2 week number, %3 and %4 its Monday and Sunday</extracomment>
        <translation>%1 week %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>%1 year, %2 month number</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>%1 year, %2 quarter number</extracomment>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Reports</name>
    <message>
        <source>Attainment is by rep or by team.</source>
        <translation>Attainment is by rep or by team.</translation>
    </message>
    <message>
        <source>Unknown report "%1": use %2.</source>
        <translation>Unknown report "%1": use %2.</translation>
    </message>
    <message>
        <source>Sales by %1</source>
        <translation>Sales by %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ranking by %1</source>
        <translation>Ranking by %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Attainment of %1 targets</source>
        <translation>Attainment of %1 targets</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation>Expected to date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status key</source>
        <translation>Status key</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Stage key</source>
        <translation>Stage key</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>Conversion to next</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Average days in stage</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>vs previous</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>vs last year</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Rollups</name>
    <message>
        <source>The analytics rollups could not be updated: %1</source>
        <translation>The analytics rollups could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Targets</name>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ActivityCommand</name>
    <message>
        <source>The customer's id or code.</source>
        <translation>The customer's id or code.</translation>
    </message>
    <message>
        <source>The member's code (list: filter; add: who made the contact).</source>
        <translation>The member's code (list: filter; add: who made the contact).</translation>
    </message>
    <message>
        <source>visit, call, wechat, email or meeting.</source>
        <translation>visit, call, wechat, email or meeting.</translation>
    </message>
    <message>
        <source>From this date on (list).</source>
        <translation>From this date on (list).</translation>
    </message>
    <message>
        <source>Up to this date (list).</source>
        <translation>Up to this date (list).</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>At most N rows (list).</translation>
    </message>
    <message>
        <source>What was said and done (add).</source>
        <translation>What was said and done (add).</translation>
    </message>
    <message>
        <source>When it happened, YYYY-MM-DD[THH:MM] local time (add; default now).</source>
        <translation>When it happened, YYYY-MM-DD[THH:MM] local time (add; default now).</translation>
    </message>
    <message>
        <source>Minutes (add).</source>
        <translation>Minutes (add).</translation>
    </message>
    <message>
        <source>Where (add).</source>
        <translation>Where (add).</translation>
    </message>
    <message>
        <source>The outcome (add).</source>
        <translation>The outcome (add).</translation>
    </message>
    <message>
        <source>The next step (add).</source>
        <translation>The next step (add).</translation>
    </message>
    <message>
        <source>Next follow-up date: YYYY-MM-DD, +3d, +1w, +1m (add).</source>
        <translation>Next follow-up date: YYYY-MM-DD, +3d, +1w, +1m (add).</translation>
    </message>
    <message>
        <source>Customer satisfaction 1-5 (add).</source>
        <translation>Customer satisfaction 1-5 (add).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>activity add needs --customer ID|CODE.</source>
        <translation>activity add needs --customer ID|CODE.</translation>
    </message>
    <message>
        <source>--when: "%1" is not a date or time.</source>
        <translation>--when: "%1" is not a date or time.</translation>
    </message>
    <message>
        <source>Logged %1 with %2 (activity %3).</source>
        <translation>Logged %1 with %2 (activity %3).</translation>
    </message>
    <message>
        <source>List or log visits, calls and other contacts</source>
        <translation>List or log visits, calls and other contacts</translation>
    </message>
</context>
<context>
    <name>frontline::cli::AuditCommand</name>
    <message>
        <source>Entries on or after this day (audit).</source>
        <translation>Entries on or after this day (audit).</translation>
    </message>
    <message>
        <source>Entries on or before this day (audit).</source>
        <translation>Entries on or before this day (audit).</translation>
    </message>
    <message>
        <source>Only this action (repeat for several): %1.</source>
        <translation>Only this action (repeat for several): %1.</translation>
    </message>
    <message>
        <source>Only what this user did (audit).</source>
        <translation>Only what this user did (audit).</translation>
    </message>
    <message>
        <source>table, csv or json (default table; --json means json).</source>
        <translation>table, csv or json (default table; --json means json).</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>Write the report to this file instead of standard output.</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>At most N rows (list).</translation>
    </message>
    <message>
        <source>Use: frontline-cli audit %1</source>
        <translation>Use: frontline-cli audit %1</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date.</source>
        <translation>--%1: "%2" is not a date.</translation>
    </message>
    <message>
        <source>Unknown action "%1": use %2.</source>
        <translation>Unknown action "%1": use %2.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use table, csv or json.</source>
        <translation>Unknown format "%1": use table, csv or json.</translation>
    </message>
    <message>
        <source>--format csv needs --out FILE.</source>
        <translation>--format csv needs --out FILE.</translation>
    </message>
    <message>
        <source>The audit log was altered outside Frontline: entry %1 does not match the entries before it.</source>
        <translation>The audit log was altered outside Frontline: entry %1 does not match the entries before it.</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>The audit log is intact.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The audit log: view, filter, export, verify</source>
        <translation>The audit log: view, filter, export, verify</translation>
    </message>
</context>
<context>
    <name>frontline::cli::BackupCommand</name>
    <message>
        <source>Write the backup to exactly this file (never overwritten).</source>
        <translation>Write the backup to exactly this file (never overwritten).</translation>
    </message>
    <message>
        <source>Folder: back up into it with a dated name; with 'list', the folder to list; with 'settings', the folder of scheduled backups.</source>
        <translation>Folder: back up into it with a dated name; with 'list', the folder to list; with 'settings', the folder of scheduled backups.</translation>
    </message>
    <message>
        <source>Back up only when the daily backup is due (for cron or Task Scheduler).</source>
        <translation>Back up only when the daily backup is due (for cron or Task Scheduler).</translation>
    </message>
    <message>
        <source>With --dir: delete old backups there by the keep settings.</source>
        <translation>With --dir: delete old backups there by the keep settings.</translation>
    </message>
    <message>
        <source>The backup's own passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE); default: the database's.</source>
        <translation>The backup's own passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE); default: the database's.</translation>
    </message>
    <message>
        <source>With 'list': open each backup with its passphrase and check it.</source>
        <translation>With 'list': open each backup with its passphrase and check it.</translation>
    </message>
    <message>
        <source>With 'settings': daily backups on or off.</source>
        <translation>With 'settings': daily backups on or off.</translation>
    </message>
    <message>
        <source>With 'settings': a backup whenever the app closes, on or off.</source>
        <translation>With 'settings': a backup whenever the app closes, on or off.</translation>
    </message>
    <message>
        <source>With 'settings': how many daily backups to keep.</source>
        <translation>With 'settings': how many daily backups to keep.</translation>
    </message>
    <message>
        <source>With 'settings': how many monthly backups to keep.</source>
        <translation>With 'settings': how many monthly backups to keep.</translation>
    </message>
    <message>
        <source>Use: frontline-cli backup [list|settings] [options]</source>
        <translation>Use: frontline-cli backup [list|settings] [options]</translation>
    </message>
    <message>
        <source>--daily, --on-exit, --keep-daily and --keep-monthly go with 'backup settings'.</source>
        <translation>--daily, --on-exit, --keep-daily and --keep-monthly go with 'backup settings'.</translation>
    </message>
    <message>
        <source>--verify goes with 'backup list'.</source>
        <translation>--verify goes with 'backup list'.</translation>
    </message>
    <message>
        <source>--out, --if-due and --rotate go with 'backup' alone.</source>
        <translation>--out, --if-due and --rotate go with 'backup' alone.</translation>
    </message>
    <message>
        <source>Give either --out FILE or --dir DIR, not both.</source>
        <translation>Give either --out FILE or --dir DIR, not both.</translation>
    </message>
    <message>
        <source>--if-due backs up into the scheduled folder; leave out --out and --dir.</source>
        <translation>--if-due backs up into the scheduled folder; leave out --out and --dir.</translation>
    </message>
    <message>
        <source>--rotate goes with --dir (scheduled backups always rotate).</source>
        <translation>--rotate goes with --dir (scheduled backups always rotate).</translation>
    </message>
    <message>
        <source>No backup is due. %1</source>
        <translation>No backup is due. %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, %4).</source>
        <translation>Backed up %1 to %2 (%3, %4).</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old backup(s).</source>
        <translation>
            <numerusform>Removed %n old backup.</numerusform>
            <numerusform>Removed %n old backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup folder %1.</source>
        <translation>There is no backup folder %1.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>No backups in %1.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Backups in %1:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
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
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Some backups did not pass the check.</source>
        <translation>Some backups did not pass the check.</translation>
    </message>
    <message>
        <source>--%1 takes on or off.</source>
        <translation>--%1 takes on or off.</translation>
    </message>
    <message>
        <source>--%1 takes a number (at least %2).</source>
        <translation>--%1 takes a number (at least %2).</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>The settings could not be saved in %1.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Backup folder:   %1%2</source>
        <translation>Backup folder:   %1%2</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>Daily:           %1</source>
        <translation>Daily:           %1</translation>
    </message>
    <message>
        <source>On exit:         %1</source>
        <translation>On exit:         %1</translation>
    </message>
    <message>
        <source>Keep:            %1 daily, %2 monthly</source>
        <translation>Keep:            %1 daily, %2 monthly</translation>
    </message>
    <message>
        <source>Last backup:     %1</source>
        <translation>Last backup:     %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Due now:         %1 (%2)</source>
        <translation>Due now:         %1 (%2)</translation>
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
        <source>Back the database up to an encrypted file; list backups; set the schedule</source>
        <translation>Back the database up to an encrypted file; list backups; set the schedule</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CheckCommand</name>
    <message>
        <source>check takes no arguments.</source>
        <translation>check takes no arguments.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <source>The database has problems:
%1</source>
        <translation>The database has problems:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check failed (%n problem(s)).</source>
        <translation>
            <numerusform>Integrity check failed (%n problem(s)).</numerusform>
            <numerusform>Integrity check failed (%n problem(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the database's integrity</source>
        <translation>Check the database's integrity</translation>
    </message>
</context>
<context>
    <name>frontline::cli::Cli</name>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Unknown command '%1'.</translation>
    </message>
    <message>
        <source>'%1' does not take the option --%2.</source>
        <translation>'%1' does not take the option --%2.</translation>
    </message>
    <message>
        <source>The database file (default: $FRONTLINE_DB or %1).</source>
        <translation>The database file (default: $FRONTLINE_DB or %1).</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Machine-readable output on stdout.</translation>
    </message>
    <message>
        <source>Read the passphrase from FILE (after $FRONTLINE_PASSPHRASE, before the keychain and the prompt).</source>
        <translation>Read the passphrase from FILE (after $FRONTLINE_PASSPHRASE, before the keychain and the prompt).</translation>
    </message>
    <message>
        <source>Run as the member with this CODE, inside their access scope.</source>
        <translation>Run as the member with this CODE, inside their access scope.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Show help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Usage: frontline-cli [options] COMMAND [arguments]</source>
        <translation>Usage: frontline-cli [options] COMMAND [arguments]</translation>
    </message>
    <message>
        <source>Frontline sales management, from the command line.</source>
        <translation>Frontline sales management, from the command line.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Global options (before or after the command):</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (reason on stderr), 2 usage error.</source>
        <translation>Exit codes: 0 success, 1 failure (reason on stderr), 2 usage error.</translation>
    </message>
    <message>
        <source>Run 'frontline-cli COMMAND --help' for a command's own options.</source>
        <translation>Run 'frontline-cli COMMAND --help' for a command's own options.</translation>
    </message>
    <message>
        <source>Usage: frontline-cli %1 %2[options]</source>
        <translation>Usage: frontline-cli %1 %2[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Log in as NAME (password: $FRONTLINE_PASSWORD or a prompt).</source>
        <translation>Log in as NAME (password: $FRONTLINE_PASSWORD or a prompt).</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CommissionCommand</name>
    <message>
        <source>The month, quarter or year: 2025-03, 2025-Q1, 2025 (default: this month).</source>
        <translation>The month, quarter or year: 2025-03, 2025-Q1, 2025 (default: this month).</translation>
    </message>
    <message>
        <source>The member's code (statements: only theirs; adjust, simulate).</source>
        <translation>The member's code (statements: only theirs; adjust, simulate).</translation>
    </message>
    <message>
        <source>Only the members of this team and the teams below it.</source>
        <translation>Only the members of this team and the teams below it.</translation>
    </message>
    <message>
        <source>Statements: table, json, csv or xlsx (csv and xlsx need --out).</source>
        <translation>Statements: table, json, csv or xlsx (csv and xlsx need --out).</translation>
    </message>
    <message>
        <source>Write the statements to this file.</source>
        <translation>Write the statements to this file.</translation>
    </message>
    <message>
        <source>plan add: read the plan from this JSON file.</source>
        <translation>plan add: read the plan from this JSON file.</translation>
    </message>
    <message>
        <source>plan add: the plan's name.</source>
        <translation>plan add: the plan's name.</translation>
    </message>
    <message>
        <source>plan add: for every member with this role (or use --member).</source>
        <translation>plan add: for every member with this role (or use --member).</translation>
    </message>
    <message>
        <source>plan add: the first period it is valid for, e.g. 2025-01.</source>
        <translation>plan add: the first period it is valid for, e.g. 2025-01.</translation>
    </message>
    <message>
        <source>plan add: the last period it is valid for (default: open-ended).</source>
        <translation>plan add: the last period it is valid for (default: open-ended).</translation>
    </message>
    <message>
        <source>plan add: tier (whole amount at the tier reached) or marginal.</source>
        <translation>plan add: tier (whole amount at the tier reached) or marginal.</translation>
    </message>
    <message>
        <source>plan add: a tier, attainment level and rate in basis points, e.g. 10000:500 (repeat for each tier).</source>
        <translation>plan add: a tier, attainment level and rate in basis points, e.g. 10000:500 (repeat for each tier).</translation>
    </message>
    <message>
        <source>plan add: the most commission paid per period, in yuan.</source>
        <translation>plan add: the most commission paid per period, in yuan.</translation>
    </message>
    <message>
        <source>plan add: below this attainment (basis points) nothing is paid.</source>
        <translation>plan add: below this attainment (basis points) nothing is paid.</translation>
    </message>
    <message>
        <source>plan add: a product category's own rate, e.g. 服务:800 (repeat for several).</source>
        <translation>plan add: a product category's own rate, e.g. 服务:800 (repeat for several).</translation>
    </message>
    <message>
        <source>plan add: notes.</source>
        <translation>plan add: notes.</translation>
    </message>
    <message>
        <source>adjust: the bonus in yuan; negative for a deduction.</source>
        <translation>adjust: the bonus in yuan; negative for a deduction.</translation>
    </message>
    <message>
        <source>adjust: why (required).</source>
        <translation>adjust: why (required).</translation>
    </message>
    <message>
        <source>simulate: the extra revenue in yuan.</source>
        <translation>simulate: the extra revenue in yuan.</translation>
    </message>
    <message>
        <source>simulate: the product category of the extra revenue (default: one without its own rate).</source>
        <translation>simulate: the product category of the extra revenue (default: one without its own rate).</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Valid: %1 to %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode: %1</translation>
    </message>
    <message>
        <source>  from %1: %2%3</source>
        <translation>  from %1: %2%3</translation>
    </message>
    <message>
        <source> (accelerator)</source>
        <translation> (accelerator)</translation>
    </message>
    <message>
        <source>  category %1: %2</source>
        <translation>  category %1: %2</translation>
    </message>
    <message>
        <source>Cap: %1</source>
        <translation>Cap: %1</translation>
    </message>
    <message>
        <source>Floor: %1</source>
        <translation>Floor: %1</translation>
    </message>
    <message>
        <source>Base: %1   Target: %2   Attainment: %3   Tier: %4</source>
        <translation>Base: %1   Target: %2   Attainment: %3   Tier: %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission %1</source>
        <translation>Use: frontline-cli commission %1</translation>
    </message>
    <message>
        <source>Commission statements are for a month, a quarter or a year.</source>
        <translation>Commission statements are for a month, a quarter or a year.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
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
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission plan %1 ID</source>
        <translation>Use: frontline-cli commission plan %1 ID</translation>
    </message>
    <message>
        <source>Plan %1 removed.</source>
        <translation>Plan %1 removed.</translation>
    </message>
    <message>
        <source>There is no plan with the id %1 that you can see.</source>
        <translation>There is no plan with the id %1 that you can see.</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission plan add|list|show|remove</source>
        <translation>Use: frontline-cli commission plan add|list|show|remove</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>Write a tier as FROM_BP:RATE_BP, e.g. 10000:500.</source>
        <translation>Write a tier as FROM_BP:RATE_BP, e.g. 10000:500.</translation>
    </message>
    <message>
        <source>Write a category rate as CATEGORY:RATE_BP, e.g. 服务:800.</source>
        <translation>Write a category rate as CATEGORY:RATE_BP, e.g. 服务:800.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" is not an amount.</translation>
    </message>
    <message>
        <source>--floor-bp takes a whole number of basis points.</source>
        <translation>--floor-bp takes a whole number of basis points.</translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation>Plan %1 added.</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission adjust --member CODE --period PERIOD --amount YUAN --reason TEXT</source>
        <translation>Use: frontline-cli commission adjust --member CODE --period PERIOD --amount YUAN --reason TEXT</translation>
    </message>
    <message>
        <source>Bonus of %1 for %2 in %3 recorded.</source>
        <translation>Bonus of %1 for %2 in %3 recorded.</translation>
    </message>
    <message>
        <source>Deduction of %1 for %2 in %3 recorded.</source>
        <translation>Deduction of %1 for %2 in %3 recorded.</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission simulate --member CODE --period PERIOD --extra YUAN</source>
        <translation>Use: frontline-cli commission simulate --member CODE --period PERIOD --extra YUAN</translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation>There is no team named %1.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use table, json, csv or xlsx.</source>
        <translation>Unknown format "%1": use table, json, csv or xlsx.</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE.</source>
        <translation>--format %1 needs --out FILE.</translation>
    </message>
    <message>
        <source>You cannot see this member's statement.</source>
        <translation>You cannot see this member's statement.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Commission %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1.</source>
        <translation>
            <numerusform>%n statement written to %1.</numerusform>
            <numerusform>%n statements written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Team total</translation>
    </message>
    <message>
        <source>Commission statements · %1</source>
        <translation>Commission statements · %1</translation>
    </message>
    <message>
        <source>Commission statements, plans, bonuses and deductions, and what selling more would earn</source>
        <translation>Commission statements, plans, bonuses and deductions, and what selling more would earn</translation>
    </message>
</context>
<context>
    <name>frontline::cli::Context</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>No passphrase: set FRONTLINE_PASSPHRASE, use --passphrase-file FILE, save it in the keychain, or run in a terminal to be asked.</source>
        <translation>No passphrase: set FRONTLINE_PASSPHRASE, use --passphrase-file FILE, save it in the keychain, or run in a terminal to be asked.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>No new passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.</source>
        <translation>No new passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.</translation>
    </message>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>There is no member with the code %1.</translation>
    </message>
    <message>
        <source>There is no customer %1 that you can see.</source>
        <translation>There is no customer %1 that you can see.</translation>
    </message>
    <message>
        <source>Try 'frontline-cli --help'.</source>
        <translation>Try 'frontline-cli --help'.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password: set FRONTLINE_PASSWORD or run in a terminal to be asked.</source>
        <translation>No password: set FRONTLINE_PASSWORD or run in a terminal to be asked.</translation>
    </message>
    <message>
        <source>This database has no user accounts (single-user mode): leave out --user, or create the first administrator with 'frontline-cli user add NAME'.</source>
        <translation>This database has no user accounts (single-user mode): leave out --user, or create the first administrator with 'frontline-cli user add NAME'.</translation>
    </message>
    <message>
        <source>This database has user accounts: log in with --user NAME (the password comes from FRONTLINE_PASSWORD or a prompt).</source>
        <translation>This database has user accounts: log in with --user NAME (the password comes from FRONTLINE_PASSWORD or a prompt).</translation>
    </message>
    <message>
        <source>You must change your initial password first: frontline-cli user passwd --user %1</source>
        <translation>You must change your initial password first: frontline-cli user passwd --user %1</translation>
    </message>
    <message>
        <source>Only an administrator can act as another member (--as).</source>
        <translation>Only an administrator can act as another member (--as).</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CrmCommand</name>
    <message>
        <source>--%1: "%2" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).</source>
        <translation>--%1: "%2" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).</translation>
    </message>
    <message>
        <source>Use: frontline-cli %1 %2</source>
        <translation>Use: frontline-cli %1 %2</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CustomerCommand</name>
    <message>
        <source>Only customers of the member with this code (list); the owner (add).</source>
        <translation>Only customers of the member with this code (list); the owner (add).</translation>
    </message>
    <message>
        <source>Search name, pinyin, initials, phone, contact (list).</source>
        <translation>Search name, pinyin, initials, phone, contact (list).</translation>
    </message>
    <message>
        <source>lead, prospect, active, dormant or lost.</source>
        <translation>lead, prospect, active, dormant or lost.</translation>
    </message>
    <message>
        <source>A, B, C or D.</source>
        <translation>A, B, C or D.</translation>
    </message>
    <message>
        <source>The region.</source>
        <translation>The region.</translation>
    </message>
    <message>
        <source>phone, email, wechat, visit, referral, trade_show, website, import, other.</source>
        <translation>phone, email, wechat, visit, referral, trade_show, website, import, other.</translation>
    </message>
    <message>
        <source>A tag (list: filter; add: repeat for several).</source>
        <translation>A tag (list: filter; add: repeat for several).</translation>
    </message>
    <message>
        <source>List recently deleted customers instead.</source>
        <translation>List recently deleted customers instead.</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>At most N rows (list).</translation>
    </message>
    <message>
        <source>The name (add).</source>
        <translation>The name (add).</translation>
    </message>
    <message>
        <source>company or individual (add).</source>
        <translation>company or individual (add).</translation>
    </message>
    <message>
        <source>A phone number (add; repeat for several).</source>
        <translation>A phone number (add; repeat for several).</translation>
    </message>
    <message>
        <source>An e-mail address (add; repeat for several).</source>
        <translation>An e-mail address (add; repeat for several).</translation>
    </message>
    <message>
        <source>The city (add).</source>
        <translation>The city (add).</translation>
    </message>
    <message>
        <source>The industry (add).</source>
        <translation>The industry (add).</translation>
    </message>
    <message>
        <source>Notes (add).</source>
        <translation>Notes (add).</translation>
    </message>
    <message>
        <source>Add even when a duplicate exists (add).</source>
        <translation>Add even when a duplicate exists (add).</translation>
    </message>
    <message>
        <source>Use: frontline-cli customer show ID|CODE</source>
        <translation>Use: frontline-cli customer show ID|CODE</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Phones: %1</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-mails: %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Possible duplicate of customer %1 (%2, same %3). Use --force to add anyway.</source>
        <translation>Possible duplicate of customer %1 (%2, same %3). Use --force to add anyway.</translation>
    </message>
    <message>
        <source>A customer with the same %1 already exists (owned by someone else). Use --force to add anyway.</source>
        <translation>A customer with the same %1 already exists (owned by someone else). Use --force to add anyway.</translation>
    </message>
    <message>
        <source>Added customer %1 %2.</source>
        <translation>Added customer %1 %2.</translation>
    </message>
    <message>
        <source>List, show or add customers</source>
        <translation>List, show or add customers</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CustomerPrivacy</name>
    <message>
        <source>How consent was given (consent): %1.</source>
        <translation>How consent was given (consent): %1.</translation>
    </message>
    <message>
        <source>When consent was given (consent; default today).</source>
        <translation>When consent was given (consent; default today).</translation>
    </message>
    <message>
        <source>Confirm an erasure (erase).</source>
        <translation>Confirm an erasure (erase).</translation>
    </message>
    <message>
        <source>Use: frontline-cli customer consent ID|CODE yes|no|withdraw [--method METHOD] [--date DATE]</source>
        <translation>Use: frontline-cli customer consent ID|CODE yes|no|withdraw [--method METHOD] [--date DATE]</translation>
    </message>
    <message>
        <source>--date: not a date (use YYYY-MM-DD).</source>
        <translation>--date: not a date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consent withdrawn.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Refusal recorded.</source>
        <translation>Refusal recorded.</translation>
    </message>
    <message>
        <source>Use: frontline-cli customer %1 ID|CODE</source>
        <translation>Use: frontline-cli customer %1 ID|CODE</translation>
    </message>
    <message>
        <source>Erasing a customer cannot be undone; add --yes to confirm.</source>
        <translation>Erasing a customer cannot be undone; add --yes to confirm.</translation>
    </message>
    <message>
        <source>The customer's personal data is erased; a tombstone remains.</source>
        <translation>The customer's personal data is erased; a tombstone remains.</translation>
    </message>
    <message>
        <source>Nothing changed: the customer is not in that state.</source>
        <translation>Nothing changed: the customer is not in that state.</translation>
    </message>
    <message>
        <source>Deleted (it can be restored).</source>
        <translation>Deleted (it can be restored).</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>frontline::cli::DemoCommand</name>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>Random seed: the same seed gives the same data (default 1).</translation>
    </message>
    <message>
        <source>Number of sales reps (default 20).</source>
        <translation>Number of sales reps (default 20).</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>Number of customers (default 2000).</translation>
    </message>
    <message>
        <source>Months of history up to this month (default 24).</source>
        <translation>Months of history up to this month (default 24).</translation>
    </message>
    <message>
        <source>Number of order lines (default 30000).</source>
        <translation>Number of order lines (default 30000).</translation>
    </message>
    <message>
        <source>demo takes no arguments; name the file with --db FILE.</source>
        <translation>demo takes no arguments; name the file with --db FILE.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not "%2".</source>
        <translation>--%1 takes a whole number, not "%2".</translation>
    </message>
    <message>
        <source>Fill a new or empty database with a believable demo company and its history</source>
        <translation>Fill a new or empty database with a believable demo company and its history</translation>
    </message>
    <message>
        <source>Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders (%8 lines, %9), %10 tasks, %11 targets.</source>
        <translation>Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders (%8 lines, %9), %10 tasks, %11 targets.</translation>
    </message>
</context>
<context>
    <name>frontline::cli::EvaluateCommand</name>
    <message>
        <source>Publish the new version at once.</source>
        <translation>Publish the new version at once.</translation>
    </message>
    <message>
        <source>Compute every member's KPI score for a period and freeze it as a new version</source>
        <translation>Compute every member's KPI score for a period and freeze it as a new version</translation>
    </message>
</context>
<context>
    <name>frontline::cli::EvaluationCommand</name>
    <message>
        <source>Evaluation %1 · %2 · version %3 (%4) · data %5</source>
        <translation>Evaluation %1 · %2 · version %3 (%4) · data %5</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>adjust: points to add (negative to take away), e.g. 2.5 or -1.</source>
        <translation>adjust: points to add (negative to take away), e.g. 2.5 or -1.</translation>
    </message>
    <message>
        <source>The reason (adjust, comment; honour award).</source>
        <translation>The reason (adjust, comment; honour award).</translation>
    </message>
    <message>
        <source>Use: frontline-cli evaluation %1</source>
        <translation>Use: frontline-cli evaluation %1</translation>
    </message>
    <message>
        <source>Give the version as --version N.</source>
        <translation>Give the version as --version N.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>There is no version %1 of the evaluation of %2.</source>
        <translation>There is no version %1 of the evaluation of %2.</translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation>%1 has not been evaluated yet.</translation>
    </message>
    <message>
        <source>Give the member with --member.</source>
        <translation>Give the member with --member.</translation>
    </message>
    <message>
        <source>"%1" is not a number of points.</source>
        <translation>"%1" is not a number of points.</translation>
    </message>
    <message>
        <source>List evaluation versions, show a frozen snapshot, adjust or publish one</source>
        <translation>List evaluation versions, show a frozen snapshot, adjust or publish one</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ExportCommand</name>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file's extension).</source>
        <translation>csv or xlsx (default: from the file's extension).</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8 (with a BOM, the default) or gbk.</source>
        <translation>CSV text encoding: utf-8 (with a BOM, the default) or gbk.</translation>
    </message>
    <message>
        <source>Only records of this period: 2025-03, 2025-Q1, 2025 or FROM..TO (orders, activities, opportunities, customers).</source>
        <translation>Only records of this period: 2025-03, 2025-Q1, 2025 or FROM..TO (orders, activities, opportunities, customers).</translation>
    </message>
    <message>
        <source>Use: frontline-cli export KIND --out FILE; kinds: %1.</source>
        <translation>Use: frontline-cli export KIND --out FILE; kinds: %1.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Name the file to write with --out FILE.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation>Unknown format "%1": use csv or xlsx.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>Unknown encoding "%1": use utf-8 or gbk.</translation>
    </message>
    <message>
        <source>%1 have no dates to select by a period.</source>
        <translation>%1 have no dates to select by a period.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n row of %1 written to %2.</numerusform>
            <numerusform>%n rows of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters have no equivalent in %1 and were replaced; use utf-8 to keep them.</source>
        <translation>Some characters have no equivalent in %1 and were replaced; use utf-8 to keep them.</translation>
    </message>
    <message>
        <source>Export customers, contacts, orders… to CSV or Excel, ready to import again</source>
        <translation>Export customers, contacts, orders… to CSV or Excel, ready to import again</translation>
    </message>
</context>
<context>
    <name>frontline::cli::HonourCommand</name>
    <message>
        <source>The honour: %1.</source>
        <translation>The honour: %1.</translation>
    </message>
    <message>
        <source>Why it is given.</source>
        <translation>Why it is given.</translation>
    </message>
    <message>
        <source>Use: frontline-cli honour %1</source>
        <translation>Use: frontline-cli honour %1</translation>
    </message>
    <message>
        <source>Give the member with --member.</source>
        <translation>Give the member with --member.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>List the honour roll or award an honour by hand</source>
        <translation>List the honour roll or award an honour by hand</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ImportCommand</name>
    <message>
        <source>%1 %2: %3 rows read (header on row %4%5%6)</source>
        <translation>%1 %2: %3 rows read (header on row %4%5%6)</translation>
    </message>
    <message>
        <source>Dry run of</source>
        <translation>Dry run of</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>  inserted %1, merged %2, updated %3, skipped %4, rejected %5; %6 warnings</source>
        <translation>  inserted %1, merged %2, updated %3, skipped %4, rejected %5; %6 warnings</translation>
    </message>
    <message>
        <source>  created: %1</source>
        <translation>  created: %1</translation>
    </message>
    <message>
        <source>  filled in: %1</source>
        <translation>  filled in: %1</translation>
    </message>
    <message>
        <source>  columns: %1</source>
        <translation>  columns: %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>  rejects: %1</source>
        <translation>  rejects: %1</translation>
    </message>
    <message>
        <source>  batch %1 (undo with: frontline-cli import undo %1)</source>
        <translation>  batch %1 (undo with: frontline-cli import undo %1)</translation>
    </message>
    <message>
        <source>The sheet of an Excel file (default: the first visible one).</source>
        <translation>The sheet of an Excel file (default: the first visible one).</translation>
    </message>
    <message>
        <source>A saved mapping's name, or a JSON mapping file.</source>
        <translation>A saved mapping's name, or a JSON mapping file.</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file (default: auto).</source>
        <translation>The text encoding of a CSV file (default: auto).</translation>
    </message>
    <message>
        <source>Run the import and roll it back: the preview.</source>
        <translation>Run the import and roll it back: the preview.</translation>
    </message>
    <message>
        <source>Reject rows naming unknown members, customers or products.</source>
        <translation>Reject rows naming unknown members, customers or products.</translation>
    </message>
    <message>
        <source>Skip rows hidden in the Excel sheet.</source>
        <translation>Skip rows hidden in the Excel sheet.</translation>
    </message>
    <message>
        <source>Owner for rows that name none (member code or name).</source>
        <translation>Owner for rows that name none (member code or name).</translation>
    </message>
    <message>
        <source>Where to write the rejected rows (default: beside the file).</source>
        <translation>Where to write the rejected rows (default: beside the file).</translation>
    </message>
    <message>
        <source>Save the mapping used under this name.</source>
        <translation>Save the mapping used under this name.</translation>
    </message>
    <message>
        <source>Use: frontline-cli import %1</source>
        <translation>Use: frontline-cli import %1</translation>
    </message>
    <message>
        <source>Unknown kind or subcommand '%1'; kinds: %2.</source>
        <translation>Unknown kind or subcommand '%1'; kinds: %2.</translation>
    </message>
    <message>
        <source>Use: frontline-cli import %1 FILE</source>
        <translation>Use: frontline-cli import %1 FILE</translation>
    </message>
    <message>
        <source>Use: frontline-cli import undo BATCH</source>
        <translation>Use: frontline-cli import undo BATCH</translation>
    </message>
    <message>
        <source>Use: frontline-cli import merge A B (B is merged into A)</source>
        <translation>Use: frontline-cli import merge A B (B is merged into A)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>"%1" is not a batch number.</source>
        <translation>"%1" is not a batch number.</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 rows deleted, %3 fields restored, %4 left as changed since.</source>
        <translation>Batch %1 undone: %2 rows deleted, %3 fields restored, %4 left as changed since.</translation>
    </message>
    <message>
        <source>Customer %1 merged into %2 (batch %3; undo with: frontline-cli import undo %3).</source>
        <translation>Customer %1 merged into %2 (batch %3; undo with: frontline-cli import undo %3).</translation>
    </message>
    <message>
        <source>Import a CSV or Excel file; history, undo, duplicate review</source>
        <translation>Import a CSV or Excel file; history, undo, duplicate review</translation>
    </message>
</context>
<context>
    <name>frontline::cli::InfoCommand</name>
    <message>
        <source>info takes no arguments.</source>
        <translation>info takes no arguments.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Database:        %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>Schema version:  %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Device id:       %1</source>
        <translation>Device id:       %1</translation>
    </message>
    <message>
        <source>Created:         %1</source>
        <translation>Created:         %1</translation>
    </message>
    <message>
        <source>SQLCipher:       %1 on SQLite %2</source>
        <translation>SQLCipher:       %1 on SQLite %2</translation>
    </message>
    <message>
        <source>Cipher:          %1, page %2 bytes, %3 × %4, %5</source>
        <translation>Cipher:          %1, page %2 bytes, %3 × %4, %5</translation>
    </message>
    <message>
        <source>Open took:       %1 ms</source>
        <translation>Open took:       %1 ms</translation>
    </message>
    <message>
        <source>To open it with the sqlcipher shell, run after PRAGMA key:</source>
        <translation>To open it with the sqlcipher shell, run after PRAGMA key:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Show the database's path, schema version, cipher settings and row counts</source>
        <translation>Show the database's path, schema version, cipher settings and row counts</translation>
    </message>
</context>
<context>
    <name>frontline::cli::InitCommand</name>
    <message>
        <source>The passphrase was not saved in the keychain: %1</source>
        <translation>The passphrase was not saved in the keychain: %1</translation>
    </message>
    <message>
        <source>Save the passphrase in the system keychain.</source>
        <translation>Save the passphrase in the system keychain.</translation>
    </message>
    <message>
        <source>init takes no arguments; name the file with --db FILE.</source>
        <translation>init takes no arguments; name the file with --db FILE.</translation>
    </message>
    <message>
        <source>Created the encrypted database %1 (schema %2).</source>
        <translation>Created the encrypted database %1 (schema %2).</translation>
    </message>
    <message>
        <source>Create a new encrypted database</source>
        <translation>Create a new encrypted database</translation>
    </message>
</context>
<context>
    <name>frontline::cli::MemberCommand</name>
    <message>
        <source>The name (add).</source>
        <translation>The name (add).</translation>
    </message>
    <message>
        <source>admin, manager, rep or support (add; default rep).</source>
        <translation>admin, manager, rep or support (add; default rep).</translation>
    </message>
    <message>
        <source>The team's name (add; list: filter).</source>
        <translation>The team's name (add; list: filter).</translation>
    </message>
    <message>
        <source>The member's code (add; default: the next free one).</source>
        <translation>The member's code (add; default: the next free one).</translation>
    </message>
    <message>
        <source>The phone number (add).</source>
        <translation>The phone number (add).</translation>
    </message>
    <message>
        <source>The e-mail address (add).</source>
        <translation>The e-mail address (add).</translation>
    </message>
    <message>
        <source>Hire date, YYYY-MM-DD (add).</source>
        <translation>Hire date, YYYY-MM-DD (add).</translation>
    </message>
    <message>
        <source>Only active members (list).</source>
        <translation>Only active members (list).</translation>
    </message>
    <message>
        <source>There is no team called %1.</source>
        <translation>There is no team called %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>--role is admin, manager, rep or support.</source>
        <translation>--role is admin, manager, rep or support.</translation>
    </message>
    <message>
        <source>Added member %1 %2.</source>
        <translation>Added member %1 %2.</translation>
    </message>
    <message>
        <source>List or add team members</source>
        <translation>List or add team members</translation>
    </message>
</context>
<context>
    <name>frontline::cli::OpportunityCommand</name>
    <message>
        <source>The customer's id or code.</source>
        <translation>The customer's id or code.</translation>
    </message>
    <message>
        <source>The owner's member code.</source>
        <translation>The owner's member code.</translation>
    </message>
    <message>
        <source>Stage key: lead, qualified, proposal, negotiation, won, lost.</source>
        <translation>Stage key: lead, qualified, proposal, negotiation, won, lost.</translation>
    </message>
    <message>
        <source>Only open opportunities (list).</source>
        <translation>Only open opportunities (list).</translation>
    </message>
    <message>
        <source>The title (add).</source>
        <translation>The title (add).</translation>
    </message>
    <message>
        <source>The amount in yuan, e.g. 12000 or ¥12,000.50 (add).</source>
        <translation>The amount in yuan, e.g. 12000 or ¥12,000.50 (add).</translation>
    </message>
    <message>
        <source>Expected close date (add).</source>
        <translation>Expected close date (add).</translation>
    </message>
    <message>
        <source>The id in another system (add).</source>
        <translation>The id in another system (add).</translation>
    </message>
    <message>
        <source>Why it was won or lost (move).</source>
        <translation>Why it was won or lost (move).</translation>
    </message>
    <message>
        <source>Unknown stage "%1".</source>
        <translation>Unknown stage "%1".</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Use: frontline-cli opportunity move ID --stage STAGE [--reason TEXT]</source>
        <translation>Use: frontline-cli opportunity move ID --stage STAGE [--reason TEXT]</translation>
    </message>
    <message>
        <source>Opportunity %1 is now at %2.</source>
        <translation>Opportunity %1 is now at %2.</translation>
    </message>
    <message>
        <source>opportunity add needs --customer ID|CODE.</source>
        <translation>opportunity add needs --customer ID|CODE.</translation>
    </message>
    <message>
        <source>--amount: "%1" is not an amount.</source>
        <translation>--amount: "%1" is not an amount.</translation>
    </message>
    <message>
        <source>Added opportunity %1 %2.</source>
        <translation>Added opportunity %1 %2.</translation>
    </message>
    <message>
        <source>List or add opportunities, or move one to another stage</source>
        <translation>List or add opportunities, or move one to another stage</translation>
    </message>
</context>
<context>
    <name>frontline::cli::OrderCommand</name>
    <message>
        <source>The customer's id or code.</source>
        <translation>The customer's id or code.</translation>
    </message>
    <message>
        <source>The rep's member code.</source>
        <translation>The rep's member code.</translation>
    </message>
    <message>
        <source>From this date on.</source>
        <translation>From this date on.</translation>
    </message>
    <message>
        <source>Up to this date.</source>
        <translation>Up to this date.</translation>
    </message>
    <message>
        <source>draft, confirmed, shipped, paid or cancelled.</source>
        <translation>draft, confirmed, shipped, paid or cancelled.</translation>
    </message>
    <message>
        <source>The sales channel.</source>
        <translation>The sales channel.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>At most N rows.</translation>
    </message>
    <message>
        <source>Use: frontline-cli order show ID|ORDER_NO</source>
        <translation>Use: frontline-cli order show ID|ORDER_NO</translation>
    </message>
    <message>
        <source>There is no order %1 that you can see.</source>
        <translation>There is no order %1 that you can see.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>List orders or show one with its lines</source>
        <translation>List orders or show one with its lines</translation>
    </message>
</context>
<context>
    <name>frontline::cli::PasswdCommand</name>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>Read the new passphrase from FILE.</translation>
    </message>
    <message>
        <source>passwd takes no arguments.</source>
        <translation>passwd takes no arguments.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>The passphrase of %1 was changed.</translation>
    </message>
    <message>
        <source>Change the database's passphrase</source>
        <translation>Change the database's passphrase</translation>
    </message>
</context>
<context>
    <name>frontline::cli::PermissionCommand</name>
    <message>
        <source>admin, manager, rep or support (list: only this role).</source>
        <translation>admin, manager, rep or support (list: only this role).</translation>
    </message>
    <message>
        <source>Use: frontline-cli permission %1</source>
        <translation>Use: frontline-cli permission %1</translation>
    </message>
    <message>
        <source>Use: frontline-cli permission set admin|manager|rep|support customers|orders|money|performance|settings|users view|edit|delete|export allow|deny</source>
        <translation>Use: frontline-cli permission set admin|manager|rep|support customers|orders|money|performance|settings|users view|edit|delete|export allow|deny</translation>
    </message>
    <message>
        <source>%1 may %2 %3: %4.</source>
        <translation>%1 may %2 %3: %4.</translation>
    </message>
    <message>
        <source>Unknown role "%1".</source>
        <translation>Unknown role "%1".</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>The permission matrix per role: list, or set one cell</source>
        <translation>The permission matrix per role: list, or set one cell</translation>
    </message>
</context>
<context>
    <name>frontline::cli::PrivacyCommand</name>
    <message>
        <source>Replace the privacy notice with the text of FILE (UTF-8).</source>
        <translation>Replace the privacy notice with the text of FILE (UTF-8).</translation>
    </message>
    <message>
        <source>Use: frontline-cli privacy notice [--set FILE]</source>
        <translation>Use: frontline-cli privacy notice [--set FILE]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The privacy notice: show it, or set it from a file</source>
        <translation>The privacy notice: show it, or set it from a file</translation>
    </message>
</context>
<context>
    <name>frontline::cli::RankCommand</name>
    <message>
        <source>score or a measure: %1.</source>
        <translation>score or a measure: %1.</translation>
    </message>
    <message>
        <source>Unknown ranking "%1": use %2.</source>
        <translation>Unknown ranking "%1": use %2.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Rank every member by score or a measure, with movement and medals</source>
        <translation>Rank every member by score or a measure, with movement and medals</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ReportCommand</name>
    <message>
        <source>2025-03, 2025-Q1, 2025, 2025-W07, 2025-03-07 or FROM..TO (default: this month).</source>
        <translation>2025-03, 2025-Q1, 2025, 2025-W07, 2025-03-07 or FROM..TO (default: this month).</translation>
    </message>
    <message>
        <source>rep, team, region, channel, product, category, grade or status.</source>
        <translation>rep, team, region, channel, product, category, grade or status.</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>Write the report to this file instead of standard output.</translation>
    </message>
    <message>
        <source>What ranking and attainment measure (default revenue): %1.</source>
        <translation>What ranking and attainment measure (default revenue): %1.</translation>
    </message>
    <message>
        <source>The day progress is measured on (default: today).</source>
        <translation>The day progress is measured on (default: today).</translation>
    </message>
    <message>
        <source>Use: frontline-cli report %1</source>
        <translation>Use: frontline-cli report %1</translation>
    </message>
    <message>
        <source>Only the database owner can rebuild the rollups.</source>
        <translation>Only the database owner can rebuild the rollups.</translation>
    </message>
    <message>
        <source>Rollups rebuilt in %1 ms.</source>
        <translation>Rollups rebuilt in %1 ms.</translation>
    </message>
    <message>
        <source>Unknown grouping "%1": use rep, team, region, channel, product, category, grade or status.</source>
        <translation>Unknown grouping "%1": use rep, team, region, channel, product, category, grade or status.</translation>
    </message>
    <message>
        <source>Unknown measure "%1".</source>
        <translation>Unknown measure "%1".</translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation>There is no team named %1.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" is not a date.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Sales, ranking, attainment, funnel and dashboard figures for a period; rebuild the rollups</source>
        <translation>Sales, ranking, attainment, funnel and dashboard figures for a period; rebuild the rollups</translation>
    </message>
    <message>
        <source>table, csv, json or xlsx (default table; --json means json; xlsx needs --out).</source>
        <translation>table, csv, json or xlsx (default table; --json means json; xlsx needs --out).</translation>
    </message>
    <message>
        <source>Mask names, phones and e-mails; codes become pseudonyms stable within this run.</source>
        <translation>Mask names, phones and e-mails; codes become pseudonyms stable within this run.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use table, csv, json or xlsx.</source>
        <translation>Unknown format "%1": use table, csv, json or xlsx.</translation>
    </message>
    <message>
        <source>An Excel report is written to a file: add --out FILE.</source>
        <translation>An Excel report is written to a file: add --out FILE.</translation>
    </message>
</context>
<context>
    <name>frontline::cli::RestoreCommand</name>
    <message>
        <source>Replace the database without asking.</source>
        <translation>Replace the database without asking.</translation>
    </message>
    <message>
        <source>The backup's passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE), when it is not the database's.</source>
        <translation>The backup's passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE), when it is not the database's.</translation>
    </message>
    <message>
        <source>Use: frontline-cli restore FILE [--yes]</source>
        <translation>Use: frontline-cli restore FILE [--yes]</translation>
    </message>
    <message>
        <source>restore replaces %1; add --yes to confirm.</source>
        <translation>restore replaces %1; add --yes to confirm.</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The current file is kept as %3. [y/N]</source>
        <translation>Replace %1 with the backup %2? The current file is kept as %3. [y/N]</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>The previous database is kept as %1.</translation>
    </message>
    <message>
        <source>It was updated from schema %1 to %2.</source>
        <translation>It was updated from schema %1 to %2.</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current file is kept aside)</source>
        <translation>Replace the database with a verified backup (the current file is kept aside)</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ScorecardCommand</name>
    <message>
        <source>Only this role's card: admin, manager, rep or support.</source>
        <translation>Only this role's card: admin, manager, rep or support.</translation>
    </message>
    <message>
        <source>Unknown role "%1".</source>
        <translation>Unknown role "%1".</translation>
    </message>
    <message>
        <source>the member's target</source>
        <translation>the member's target</translation>
    </message>
    <message>
        <source>linear, cap %1</source>
        <translation>linear, cap %1</translation>
    </message>
    <message>
        <source>steps %1</source>
        <translation>steps %1</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Show each role's KPI scorecard: indicators, rules, weights</source>
        <translation>Show each role's KPI scorecard: indicators, rules, weights</translation>
    </message>
</context>
<context>
    <name>frontline::cli::SyncCommand</name>
    <message>
        <source>Team sync passphrase: </source>
        <translation>Team sync passphrase: </translation>
    </message>
    <message>
        <source>No sync passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.</source>
        <translation>No sync passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.</translation>
    </message>
    <message>
        <source>export on the manager's database: the member whose share to export.</source>
        <translation>export on the manager's database: the member whose share to export.</translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation>export: the package file to write.</translation>
    </message>
    <message>
        <source>Read the team sync passphrase from FILE (after $FRONTLINE_SYNC_PASSPHRASE).</source>
        <translation>Read the team sync passphrase from FILE (after $FRONTLINE_SYNC_PASSPHRASE).</translation>
    </message>
    <message>
        <source>export: days until the package expires (default 30).</source>
        <translation>export: days until the package expires (default 30).</translation>
    </message>
    <message>
        <source>resolve: keep mine (this database's value) or theirs.</source>
        <translation>resolve: keep mine (this database's value) or theirs.</translation>
    </message>
    <message>
        <source>conflicts: resolved ones too.</source>
        <translation>conflicts: resolved ones too.</translation>
    </message>
    <message>
        <source>Say what to do: export, import, conflicts, resolve, history or status.</source>
        <translation>Say what to do: export, import, conflicts, resolve, history or status.</translation>
    </message>
    <message>
        <source>Unknown sync action '%1'.</source>
        <translation>Unknown sync action '%1'.</translation>
    </message>
    <message>
        <source>Name the package file with --out FILE.</source>
        <translation>Name the package file with --out FILE.</translation>
    </message>
    <message>
        <source>--valid-days takes a number of days from 1 to 365.</source>
        <translation>--valid-days takes a number of days from 1 to 365.</translation>
    </message>
    <message>
        <source>On the manager's database name the member to export for: --member CODE.</source>
        <translation>On the manager's database name the member to export for: --member CODE.</translation>
    </message>
    <message>
        <source>This is %1's database: 'sync export --out FILE' exports its changes.</source>
        <translation>This is %1's database: 'sync export --out FILE' exports its changes.</translation>
    </message>
    <message>
        <source>Wrote %1 records for %2 to %3 (expires %4).</source>
        <translation>Wrote %1 records for %2 to %3 (expires %4).</translation>
    </message>
    <message>
        <source>Wrote %1 changed records for the manager to %2 (expires %3).</source>
        <translation>Wrote %1 changed records for the manager to %2 (expires %3).</translation>
    </message>
    <message>
        <source>Name the package to import: sync import FILE.</source>
        <translation>Name the package to import: sync import FILE.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 conflicts, %4 ignored.</source>
        <translation>Imported: %1 new, %2 updated, %3 conflicts, %4 ignored.</translation>
    </message>
    <message>
        <source>This database is now %1's.</source>
        <translation>This database is now %1's.</translation>
    </message>
    <message>
        <source>See them with 'frontline-cli sync conflicts'.</source>
        <translation>See them with 'frontline-cli sync conflicts'.</translation>
    </message>
    <message>
        <source>%1 new customers may be duplicates: see 'frontline-cli import candidates'.</source>
        <translation>%1 new customers may be duplicates: see 'frontline-cli import candidates'.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Keep one side with 'frontline-cli sync resolve ID --take mine|theirs'.</source>
        <translation>Keep one side with 'frontline-cli sync resolve ID --take mine|theirs'.</translation>
    </message>
    <message>
        <source>Name the conflict: sync resolve ID --take mine|theirs.</source>
        <translation>Name the conflict: sync resolve ID --take mine|theirs.</translation>
    </message>
    <message>
        <source>--take is mine or theirs.</source>
        <translation>--take is mine or theirs.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: kept %2.</source>
        <translation>Conflict %1 resolved: kept %2.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>No packages exported or imported yet.</source>
        <translation>No packages exported or imported yet.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
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
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>%1's database; the manager has its changes up to %2. Open conflicts: %3.</source>
        <translation>%1's database; the manager has its changes up to %2. Open conflicts: %3.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>The manager's database of team %1. Open conflicts: %2.</source>
        <translation>The manager's database of team %1. Open conflicts: %2.</translation>
    </message>
    <message>
        <source>This database has not synced yet.</source>
        <translation>This database has not synced yet.</translation>
    </message>
    <message>
        <source>Sync with other laptops through package files: export, import, conflicts, resolve, history</source>
        <translation>Sync with other laptops through package files: export, import, conflicts, resolve, history</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TargetCommand</name>
    <message>
        <source>2025-03, 2025-Q1 or 2025.</source>
        <translation>2025-03, 2025-Q1 or 2025.</translation>
    </message>
    <message>
        <source>The team's name.</source>
        <translation>The team's name.</translation>
    </message>
    <message>
        <source>The member's code.</source>
        <translation>The member's code.</translation>
    </message>
    <message>
        <source>Give the period with --period (e.g. 2025-03).</source>
        <translation>Give the period with --period (e.g. 2025-03).</translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation>There is no team named %1.</translation>
    </message>
    <message>
        <source>revenue, orders, new_customers, visits… (default revenue).</source>
        <translation>revenue, orders, new_customers, visits… (default revenue).</translation>
    </message>
    <message>
        <source>The target: yuan for money (100000 or 1,000.50), else a count.</source>
        <translation>The target: yuan for money (100000 or 1,000.50), else a count.</translation>
    </message>
    <message>
        <source>split: even, weights or last-year among reps; even or seasonal into months.</source>
        <translation>split: even, weights or last-year among reps; even or seasonal into months.</translation>
    </message>
    <message>
        <source>split --method weights: CODE=WEIGHT,… (e.g. R1=2,R2=1).</source>
        <translation>split --method weights: CODE=WEIGHT,… (e.g. R1=2,R2=1).</translation>
    </message>
    <message>
        <source>split into reps (a team's target) or months (a quarter or year).</source>
        <translation>split into reps (a team's target) or months (a quarter or year).</translation>
    </message>
    <message>
        <source>Show what would be written without writing it.</source>
        <translation>Show what would be written without writing it.</translation>
    </message>
    <message>
        <source>Use: frontline-cli target %1</source>
        <translation>Use: frontline-cli target %1</translation>
    </message>
    <message>
        <source>Unknown metric "%1".</source>
        <translation>Unknown metric "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a target value.</source>
        <translation>"%1" is not a target value.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>In force for %1: %2</source>
        <translation>In force for %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Sum of the reps' targets: %1</source>
        <translation>Sum of the reps' targets: %1</translation>
    </message>
    <message>
        <source>Give one of --member or --team.</source>
        <translation>Give one of --member or --team.</translation>
    </message>
    <message>
        <source>Give the target with --value.</source>
        <translation>Give the target with --value.</translation>
    </message>
    <message>
        <source>Target of %1 for %2, %3: %4</source>
        <translation>Target of %1 for %2, %3: %4</translation>
    </message>
    <message>
        <source>Target deleted.</source>
        <translation>Target deleted.</translation>
    </message>
    <message>
        <source>--into is reps or months.</source>
        <translation>--into is reps or months.</translation>
    </message>
    <message>
        <source>Unknown method "%1".</source>
        <translation>Unknown method "%1".</translation>
    </message>
    <message>
        <source>%1 has no target for %2: give the total with --value.</source>
        <translation>%1 has no target for %2: give the total with --value.</translation>
    </message>
    <message>
        <source>Splitting among reps needs --team.</source>
        <translation>Splitting among reps needs --team.</translation>
    </message>
    <message>
        <source>"%1" is not CODE=WEIGHT.</source>
        <translation>"%1" is not CODE=WEIGHT.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Saved: %1 split %2 into %3 parts.</source>
        <translation>Saved: %1 split %2 into %3 parts.</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Dry run: nothing written.</translation>
    </message>
    <message>
        <source>Set, list, delete or split targets</source>
        <translation>Set, list, delete or split targets</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TaskCommand</name>
    <message>
        <source>The assignee's member code.</source>
        <translation>The assignee's member code.</translation>
    </message>
    <message>
        <source>The related customer's id or code.</source>
        <translation>The related customer's id or code.</translation>
    </message>
    <message>
        <source>open, in_progress, done or cancelled.</source>
        <translation>open, in_progress, done or cancelled.</translation>
    </message>
    <message>
        <source>Only open tasks (list).</source>
        <translation>Only open tasks (list).</translation>
    </message>
    <message>
        <source>Only overdue tasks (list).</source>
        <translation>Only overdue tasks (list).</translation>
    </message>
    <message>
        <source>What is to be done (add).</source>
        <translation>What is to be done (add).</translation>
    </message>
    <message>
        <source>Due date: YYYY-MM-DD, +3d, +1w (add).</source>
        <translation>Due date: YYYY-MM-DD, +3d, +1w (add).</translation>
    </message>
    <message>
        <source>low, normal, high or urgent (add).</source>
        <translation>low, normal, high or urgent (add).</translation>
    </message>
    <message>
        <source>Notes (add).</source>
        <translation>Notes (add).</translation>
    </message>
    <message>
        <source>Use: frontline-cli task done ID</source>
        <translation>Use: frontline-cli task done ID</translation>
    </message>
    <message>
        <source>There is no task %1 that you can change.</source>
        <translation>There is no task %1 that you can change.</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>Task %1 is done.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Added task %1: %2.</source>
        <translation>Added task %1: %2.</translation>
    </message>
    <message>
        <source>List, add or complete tasks</source>
        <translation>List, add or complete tasks</translation>
    </message>
</context>
<context>
    <name>frontline::cli::UserCommand</name>
    <message>
        <source>The member the account belongs to (add).</source>
        <translation>The member the account belongs to (add).</translation>
    </message>
    <message>
        <source>Read the new password from FILE (after $FRONTLINE_NEW_PASSWORD, before the prompt).</source>
        <translation>Read the new password from FILE (after $FRONTLINE_NEW_PASSWORD, before the prompt).</translation>
    </message>
    <message>
        <source>Use: frontline-cli user %1</source>
        <translation>Use: frontline-cli user %1</translation>
    </message>
    <message>
        <source>Added user %1 (%2); they must change the password at their first login.</source>
        <translation>Added user %1 (%2); they must change the password at their first login.</translation>
    </message>
    <message>
        <source>Added user %1 (%2). Logins are now required: use --user %1.</source>
        <translation>Added user %1 (%2). Logins are now required: use --user %1.</translation>
    </message>
    <message>
        <source>This database has no user accounts; 'frontline-cli passwd' changes the database passphrase.</source>
        <translation>This database has no user accounts; 'frontline-cli passwd' changes the database passphrase.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; they must change it at their next login.</source>
        <translation>The password of %1 is reset; they must change it at their next login.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>User accounts: list, add, change password, disable, unlock</source>
        <translation>User accounts: list, add, change password, disable, unlock</translation>
    </message>
</context>
<context>
    <name>frontline::cli::WatchCommand</name>
    <message>
        <source>The kind of the files (default: the mapping's).</source>
        <translation>The kind of the files (default: the mapping's).</translation>
    </message>
    <message>
        <source>A saved mapping's name, or a JSON mapping file.</source>
        <translation>A saved mapping's name, or a JSON mapping file.</translation>
    </message>
    <message>
        <source>Process what is there and exit (for cron or the Task Scheduler).</source>
        <translation>Process what is there and exit (for cron or the Task Scheduler).</translation>
    </message>
    <message>
        <source>Seconds between two looks at the folder (default 10).</source>
        <translation>Seconds between two looks at the folder (default 10).</translation>
    </message>
    <message>
        <source>Use: frontline-cli watch DIR [--kind KIND] [--mapping NAME] [--once]</source>
        <translation>Use: frontline-cli watch DIR [--kind KIND] [--mapping NAME] [--once]</translation>
    </message>
    <message>
        <source>"%1" is not a number of seconds.</source>
        <translation>"%1" is not a number of seconds.</translation>
    </message>
    <message>
        <source>%1: batch %2, %3 read, %4 inserted, %5 rejected → %6</source>
        <translation>%1: batch %2, %3 read, %4 inserted, %5 rejected → %6</translation>
    </message>
    <message>
        <source>%1 failed: %2 → %3</source>
        <translation>%1 failed: %2 → %3</translation>
    </message>
    <message>
        <source>Still being written, left for the next run: %1</source>
        <translation>Still being written, left for the next run: %1</translation>
    </message>
    <message>
        <source>Watching %1 for %2 (Ctrl+C stops).</source>
        <translation>Watching %1 for %2 (Ctrl+C stops).</translation>
    </message>
    <message>
        <source>Import the files dropped into a folder, then move them to done/ or failed/</source>
        <translation>Import the files dropped into a folder, then move them to done/ or failed/</translation>
    </message>
</context>
<context>
    <name>frontline::commission::CommissionCalculator</name>
    <message>
        <source>No revenue target for this period: the plan's tiers and floor need one, so no commission is paid.</source>
        <translation>No revenue target for this period: the plan's tiers and floor need one, so no commission is paid.</translation>
    </message>
    <message>
        <source>Attainment %1 is below the floor of %2: no commission.</source>
        <translation>Attainment %1 is below the floor of %2: no commission.</translation>
    </message>
    <message>
        <source>Category %1: %2 × %3 = %4</source>
        <translation>Category %1: %2 × %3 = %4</translation>
    </message>
    <message>
        <source>accelerator from %1</source>
        <translation>accelerator from %1</translation>
    </message>
    <message>
        <source>tier from %1</source>
        <translation>tier from %1</translation>
    </message>
    <message>
        <source>The plan has no rate table.</source>
        <translation>The plan has no rate table.</translation>
    </message>
    <message>
        <source>Attainment %1 is below the first tier (%2): the rate table pays nothing.</source>
        <translation>Attainment %1 is below the first tier (%2): the rate table pays nothing.</translation>
    </message>
    <message>
        <source>Other revenue: %1 × %2 (%3) = %4</source>
        <translation>Other revenue: %1 × %2 (%3) = %4</translation>
    </message>
    <message>
        <source>Base: %1 × %2 (%3) = %4</source>
        <translation>Base: %1 × %2 (%3) = %4</translation>
    </message>
    <message>
        <source>%1 to %2 (%3): %4 × %5 = %6</source>
        <translation>%1 to %2 (%3): %4 × %5 = %6</translation>
    </message>
    <message>
        <source>Cap of %1: %2 above it is not paid.</source>
        <translation>Cap of %1: %2 above it is not paid.</translation>
    </message>
</context>
<context>
    <name>frontline::commission::CommissionRepository</name>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>There is no member with the code %1.</translation>
    </message>
    <message>
        <source>The plan "%1" for the same people already starts on %2; remove it first.</source>
        <translation>The plan "%1" for the same people already starts on %2; remove it first.</translation>
    </message>
    <message>
        <source>There is no plan with the id %1.</source>
        <translation>There is no plan with the id %1.</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Enter an amount other than zero.</translation>
    </message>
    <message>
        <source>Give the reason for the bonus or deduction.</source>
        <translation>Give the reason for the bonus or deduction.</translation>
    </message>
    <message>
        <source>Choose a month, quarter or year.</source>
        <translation>Choose a month, quarter or year.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choose the member.</translation>
    </message>
</context>
<context>
    <name>frontline::commission::Commissions</name>
    <message>
        <source>No commission plan is in force for %1 in %2.</source>
        <translation>No commission plan is in force for %1 in %2.</translation>
    </message>
    <message>
        <source>Plan "%1" (%2).</source>
        <translation>Plan "%1" (%2).</translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>Commission: %1</translation>
    </message>
    <message>
        <source>Bonus: %1 (%2)</source>
        <translation>Bonus: %1 (%2)</translation>
    </message>
    <message>
        <source>Deduction: %1 (%2)</source>
        <translation>Deduction: %1 (%2)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>If %1 sells %2 more in %3, the commission goes from %4 to %5: %6 more (tier reached: %7 → %8).</source>
        <translation>If %1 sells %2 more in %3, the commission goes from %4 to %5: %6 more (tier reached: %7 → %8).</translation>
    </message>
    <message>
        <source>Commission statements are for a month, a quarter or a year (e.g. 2025-03, 2025-Q1, 2025).</source>
        <translation>Commission statements are for a month, a quarter or a year (e.g. 2025-03, 2025-Q1, 2025).</translation>
    </message>
    <message>
        <source>You cannot see this member's statement.</source>
        <translation>You cannot see this member's statement.</translation>
    </message>
</context>
<context>
    <name>frontline::commission::Plan</name>
    <message>
        <source>Marginal brackets</source>
        <translation>Marginal brackets</translation>
    </message>
    <message>
        <source>Whole amount at the tier reached</source>
        <translation>Whole amount at the tier reached</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>Give the plan a name.</translation>
    </message>
    <message>
        <source>A plan is for either a role or one member.</source>
        <translation>A plan is for either a role or one member.</translation>
    </message>
    <message>
        <source>Enter the first period the plan is valid for.</source>
        <translation>Enter the first period the plan is valid for.</translation>
    </message>
    <message>
        <source>The plan ends before it starts.</source>
        <translation>The plan ends before it starts.</translation>
    </message>
    <message>
        <source>Enter at least one tier (level and rate).</source>
        <translation>Enter at least one tier (level and rate).</translation>
    </message>
    <message>
        <source>Levels and rates cannot be negative.</source>
        <translation>Levels and rates cannot be negative.</translation>
    </message>
    <message>
        <source>Two tiers start at the same level (%1 bp).</source>
        <translation>Two tiers start at the same level (%1 bp).</translation>
    </message>
    <message>
        <source>The cap cannot be negative.</source>
        <translation>The cap cannot be negative.</translation>
    </message>
    <message>
        <source>The floor cannot be negative.</source>
        <translation>The floor cannot be negative.</translation>
    </message>
    <message>
        <source>Each category rate needs a category named once and a rate of 0 or more.</source>
        <translation>Each category rate needs a category named once and a rate of 0 or more.</translation>
    </message>
    <message>
        <source>Unknown plan field "%1".</source>
        <translation>Unknown plan field "%1".</translation>
    </message>
    <message>
        <source>Unknown role "%1": use admin, manager, rep or support.</source>
        <translation>Unknown role "%1": use admin, manager, rep or support.</translation>
    </message>
    <message>
        <source>Unknown mode "%1": use tier or marginal.</source>
        <translation>Unknown mode "%1": use tier or marginal.</translation>
    </message>
    <message>
        <source>Each tier needs whole numbers from_bp and rate_bp.</source>
        <translation>Each tier needs whole numbers from_bp and rate_bp.</translation>
    </message>
    <message>
        <source>cap_fen must be a whole number of fen.</source>
        <translation>cap_fen must be a whole number of fen.</translation>
    </message>
    <message>
        <source>floor_bp must be a whole number of basis points.</source>
        <translation>floor_bp must be a whole number of basis points.</translation>
    </message>
    <message>
        <source>Each category rate needs a category and a whole number rate_bp.</source>
        <translation>Each category rate needs a category and a whole number rate_bp.</translation>
    </message>
</context>
<context>
    <name>frontline::io::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Unknown text encoding "%1".</source>
        <translation>Unknown text encoding "%1".</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (the record runs on for more than %3 million characters).</source>
        <translation>%1, line %2: a quoted field is never closed (the record runs on for more than %3 million characters).</translation>
    </message>
</context>
<context>
    <name>frontline::io::CsvWriter</name>
    <message>
        <source>Unknown text encoding "%1".</source>
        <translation>Unknown text encoding "%1".</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>The file is not open for writing.</translation>
    </message>
</context>
<context>
    <name>frontline::io::RowSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel and save it as .xlsx or .csv.</source>
        <translation>%1 is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>%1 is protected with a password. Open it in Excel or WPS, remove the password and save it again.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls), which cannot be read directly. Open it in Excel or WPS and save it as .xlsx (Excel Workbook) or .csv, then import that file.</source>
        <translation>%1 is an Excel 97–2003 workbook (.xls), which cannot be read directly. Open it in Excel or WPS and save it as .xlsx (Excel Workbook) or .csv, then import that file.</translation>
    </message>
    <message>
        <source>%1 is a web page or XML file with a spreadsheet extension, not a workbook. Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 is a web page or XML file with a spreadsheet extension, not a workbook. Open it in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>frontline::io::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it cannot be opened as a zip archive.</source>
        <translation>%1 is not an Excel workbook (.xlsx): it cannot be opened as a zip archive.</translation>
    </message>
    <message>
        <source>%1 has no visible worksheet.</source>
        <translation>%1 has no visible worksheet.</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2"; its sheets are: %3.</source>
        <translation>%1 has no sheet named "%2"; its sheets are: %3.</translation>
    </message>
    <message>
        <source>The sheet "%1" in %2 is a chart, not a table.</source>
        <translation>The sheet "%1" in %2 is a chart, not a table.</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing.</source>
        <translation>%1 is not a complete Excel workbook: the part %2 is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 in %3, line %4.</source>
        <translation>%1 is damaged: %2 in %3, line %4.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 has no sheets.</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the sheet "%2" (%3) is missing.</source>
        <translation>%1 is not a complete Excel workbook: the sheet "%2" (%3) is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" has a cell beyond column XFD in row %3.</source>
        <translation>%1 is damaged: the sheet "%2" has a cell beyond column XFD in row %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 in the sheet "%3", line %4.</source>
        <translation>%1 is damaged: %2 in the sheet "%3", line %4.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" does not match its checksum.</source>
        <translation>%1 is damaged: the sheet "%2" does not match its checksum.</translation>
    </message>
</context>
<context>
    <name>frontline::io::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>Cannot write %1: the workbook could not be created.</translation>
    </message>
    <message>
        <source>Cannot write %1: the sheet could not be created.</source>
        <translation>Cannot write %1: the sheet could not be created.</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>The file is not open for writing.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows; write CSV for more.</source>
        <translation>An Excel sheet holds at most %1 rows; write CSV for more.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns.</source>
        <translation>An Excel sheet holds at most %1 columns.</translation>
    </message>
    <message>
        <source>Cannot write row %1 of %2: %3</source>
        <translation>Cannot write row %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>frontline::io::ZipReader</name>
    <message>
        <source>The compressed data is damaged (error %1).</source>
        <translation>The compressed data is damaged (error %1).</translation>
    </message>
    <message>
        <source>%1 is not a zip archive or is damaged.</source>
        <translation>%1 is not a zip archive or is damaged.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read (encrypted or an unknown compression).</source>
        <translation>%1 in %2 cannot be read (encrypted or an unknown compression).</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Evaluations</name>
    <message>
        <source>Choose the period to evaluate.</source>
        <translation>Choose the period to evaluate.</translation>
    </message>
    <message>
        <source>There is no such team.</source>
        <translation>There is no such team.</translation>
    </message>
    <message>
        <source>Nobody to evaluate: no active member with a scorecard in this team.</source>
        <translation>Nobody to evaluate: no active member with a scorecard in this team.</translation>
    </message>
    <message>
        <source>There is no such evaluation.</source>
        <translation>There is no such evaluation.</translation>
    </message>
    <message>
        <source>(weight %1%)</source>
        <translation>(weight %1%)</translation>
    </message>
    <message>
        <source>No indicator could be scored: %1 points.</source>
        <translation>No indicator could be scored: %1 points.</translation>
    </message>
    <message>
        <source>Composite: (%1) / %2 = %3</source>
        <translation>Composite: (%1) / %2 = %3</translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation>the administrator</translation>
    </message>
    <message>
        <source>Comment by %1 on %2: %3</source>
        <translation>Comment by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Adjustment %1%2 by %3 on %4: %5</source>
        <translation>Adjustment %1%2 by %3 on %4: %5</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>Score: %1 (kept within 0–100)</source>
        <translation>Score: %1 (kept within 0–100)</translation>
    </message>
    <message>
        <source>Version %1 is published and can no longer change; run the evaluation again for a new version.</source>
        <translation>Version %1 is published and can no longer change; run the evaluation again for a new version.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>An adjustment is between −100 and +100 points.</source>
        <translation>An adjustment is between −100 and +100 points.</translation>
    </message>
    <message>
        <source>This member is not part of the evaluation.</source>
        <translation>This member is not part of the evaluation.</translation>
    </message>
    <message>
        <source>Version %1 is already published.</source>
        <translation>Version %1 is already published.</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Honours</name>
    <message>
        <source>First to target</source>
        <translation>First to target</translation>
    </message>
    <message>
        <source>Most visits</source>
        <translation>Most visits</translation>
    </message>
    <message>
        <source>New-customer champion</source>
        <translation>New-customer champion</translation>
    </message>
    <message>
        <source>Most improved</source>
        <translation>Most improved</translation>
    </message>
    <message>
        <source>On-target streak</source>
        <translation>On-target streak</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>Unknown honour "%1": use %2.</source>
        <translation>Unknown honour "%1": use %2.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation>Choose the period.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>There is no such member.</translation>
    </message>
    <message>
        <source>First to reach the revenue target of %1, on %2.</source>
        <translation>First to reach the revenue target of %1, on %2.</translation>
    </message>
    <message>
        <source>Most visits in %1: %2.</source>
        <translation>Most visits in %1: %2.</translation>
    </message>
    <message>
        <source>Most new customers in %1: %2.</source>
        <translation>Most new customers in %1: %2.</translation>
    </message>
    <message>
        <source>Score up %1 points on %2 (%3 → %4).</source>
        <translation>Score up %1 points on %2 (%3 → %4).</translation>
    </message>
    <message>
        <source>On target %1 months in a row (%2 to %3).</source>
        <translation>On target %1 months in a row (%2 to %3).</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Rankings</name>
    <message>
        <source>Choose the period.</source>
        <translation>Choose the period.</translation>
    </message>
    <message>
        <source>No evaluation of %1 has been published yet.</source>
        <translation>No evaluation of %1 has been published yet.</translation>
    </message>
    <message>
        <source>Unknown ranking "%1": use %2.</source>
        <translation>Unknown ranking "%1": use %2.</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Scorecards</name>
    <message>
        <source>Enter the scorecard's name.</source>
        <translation>Enter the scorecard's name.</translation>
    </message>
    <message>
        <source>A scorecard needs at least one indicator.</source>
        <translation>A scorecard needs at least one indicator.</translation>
    </message>
    <message>
        <source>The weights add up to %1%, not 100%.</source>
        <translation>The weights add up to %1%, not 100%.</translation>
    </message>
    <message>
        <source>%1: a weight cannot be negative.</source>
        <translation>%1: a weight cannot be negative.</translation>
    </message>
    <message>
        <source>%1: a fixed target must be above zero.</source>
        <translation>%1: a fixed target must be above zero.</translation>
    </message>
    <message>
        <source>%1: the cap must be at least 100%.</source>
        <translation>%1: the cap must be at least 100%.</translation>
    </message>
    <message>
        <source>%1: a step rule needs steps.</source>
        <translation>%1: a step rule needs steps.</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Scoring</name>
    <message>
        <source>%1: no value this period, left out.</source>
        <translation>%1: no value this period, left out.</translation>
    </message>
    <message>
        <source>%1: %2, no target, left out.</source>
        <translation>%1: %2, no target, left out.</translation>
    </message>
    <message>
        <source>%1 of target %2 = %3</source>
        <translation>%1 of target %2 = %3</translation>
    </message>
    <message>
        <source>%1 against target %2 (lower is better): 200% − %3 = %4</source>
        <translation>%1 against target %2 (lower is better): 200% − %3 = %4</translation>
    </message>
    <message>
        <source>linear, capped at %1</source>
        <translation>linear, capped at %1</translation>
    </message>
    <message>
        <source>linear up to %1</source>
        <translation>linear up to %1</translation>
    </message>
    <message>
        <source>step reached: %1 and above</source>
        <translation>step reached: %1 and above</translation>
    </message>
    <message>
        <source>below the first step</source>
        <translation>below the first step</translation>
    </message>
    <message>
        <source>%1: %2; %3 → %4 points</source>
        <translation>%1: %2; %3 → %4 points</translation>
    </message>
</context>
<context>
    <name>frontline::performance::TargetPlanner</name>
    <message>
        <source>Targets are for a month, a quarter or a year.</source>
        <translation>Targets are for a month, a quarter or a year.</translation>
    </message>
    <message>
        <source>A target belongs to one member or one team.</source>
        <translation>A target belongs to one member or one team.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>There is no such target.</source>
        <translation>There is no such target.</translation>
    </message>
    <message>
        <source>%1 is not a sum of its parts and cannot be split.</source>
        <translation>%1 is not a sum of its parts and cannot be split.</translation>
    </message>
    <message>
        <source>The team %1 has no active reps.</source>
        <translation>The team %1 has no active reps.</translation>
    </message>
    <message>
        <source>Give a weight to at least one rep.</source>
        <translation>Give a weight to at least one rep.</translation>
    </message>
    <message>
        <source>Only a quarter or a year is split into months.</source>
        <translation>Only a quarter or a year is split into months.</translation>
    </message>
    <message>
        <source>Split a period evenly or by seasonality.</source>
        <translation>Split a period evenly or by seasonality.</translation>
    </message>
</context>
</TS>
