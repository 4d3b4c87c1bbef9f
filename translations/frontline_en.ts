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
        <source>Without user accounts, choose whose view of the customers to work with.</source>
        <translation>Without user accounts, choose whose view of the customers to work with.</translation>
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
    <name>frontline::AddTeamCommand</name>
    <message>
        <source>New team %1</source>
        <translation>New team %1</translation>
    </message>
</context>
<context>
    <name>frontline::AdminPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Privacy Notice</source>
        <translation>Privacy Notice</translation>
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
    <message>
        <source>Team change</source>
        <translation>Team change</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>Assessment score</translation>
    </message>
    <message>
        <source>Development plan review</source>
        <translation>Development plan review</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>frontline::AuditPanel</name>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>The newest %1 entries: narrow the filter to see older ones.</source>
        <translation>The newest %1 entries: narrow the filter to see older ones.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entrys</numerusform>
        </translation>
    </message>
    <message>
        <source>The log is intact: every entry matches the chain of those before it.</source>
        <translation>The log is intact: every entry matches the chain of those before it.</translation>
    </message>
    <message>
        <source>The log was altered outside Frontline: entry %1 does not match the entries before it.</source>
        <translation>The log was altered outside Frontline: entry %1 does not match the entries before it.</translation>
    </message>
    <message>
        <source>The log could not be checked: %1</source>
        <translation>The log could not be checked: %1</translation>
    </message>
    <message>
        <source>The audit log could not be exported: %1</source>
        <translation>The audit log could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entrys exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>Export the Audit Log</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Search what, where, detail</source>
        <translation>Search what, where, detail</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>frontline::AuditTableModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>(administrator)</source>
        <translation>(administrator)</translation>
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
</context>
<context>
    <name>frontline::AutoImport</name>
    <message>
        <source>Off: files are imported only through the import wizard.</source>
        <translation>Off: files are imported only through the import wizard.</translation>
    </message>
    <message>
        <source>Not running: %1 may not import %2 into this database.</source>
        <translation>Not running: %1 may not import %2 into this database.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>this user</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %2 every %n second(s).</source>
        <translation>
            <numerusform>Watching %1 for %2 every %n second.</numerusform>
            <numerusform>Watching %1 for %2 every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the folder: %1</source>
        <translation>Waiting for the folder: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) imported.</source>
        <translation>
            <numerusform>%1: %n file imported.</numerusform>
            <numerusform>%1: %n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) imported, %2 failed (see the failed folder).</source>
        <translation>
            <numerusform>%1: %n file imported, %2 failed (see the failed folder).</numerusform>
            <numerusform>%1: %n files imported, %2 failed (see the failed folder).</numerusform>
        </translation>
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
    <name>frontline::BackupNowDialog</name>
    <message>
        <source>Back Up Now</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Back up the database now</translation>
    </message>
    <message>
        <source>An encrypted copy, checked before it is kept. You can go on working meanwhile.</source>
        <translation>An encrypted copy, checked before it is kept. You can go on working meanwhile.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>With this database's &amp;passphrase</source>
        <translation>With this database's &amp;passphrase</translation>
    </message>
    <message>
        <source>With &amp;another passphrase</source>
        <translation>With &amp;another passphrase</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Back Up</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Backup Folder</translation>
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
    <name>frontline::BackupsView</name>
    <message>
        <source>Backup Folder</source>
        <translation>Backup Folder</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1, %2.</source>
        <translation>Last scheduled backup: %1, %2.</translation>
    </message>
    <message>
        <source>No scheduled backup yet.</source>
        <translation>No scheduled backup yet.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in this folder, newest first.</source>
        <translation>
            <numerusform>%n backup in this folder, newest first.</numerusform>
            <numerusform>%n backups in this folder, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup settings could not be saved.</source>
        <translation>The backup settings could not be saved.</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Backing up %1…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>The backup was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2, verified).</source>
        <translation>Backed up to %1 (%2, verified).</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) removed by the keep settings.</source>
        <translation>
            <numerusform>%n old backup removed by the keep settings.</numerusform>
            <numerusform>%n old backups removed by the keep settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Backup</source>
        <translation>Verify Backup</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase of %1:</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <source>%1 opens with that passphrase and passed the integrity check.</source>
        <translation>%1 opens with that passphrase and passed the integrity check.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>The previous database is kept as %1.</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>Scheduled backups</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation>&amp;Daily</translation>
    </message>
    <message>
        <source>One backup a day, when Frontline is next open that day.</source>
        <translation>One backup a day, when Frontline is next open that day.</translation>
    </message>
    <message>
        <source>When Frontline &amp;closes</source>
        <translation>When Frontline &amp;closes</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>&amp;Save Settings</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Back Up Now…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
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
</context>
<context>
    <name>frontline::BalanceTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
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
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
</context>
<context>
    <name>frontline::CommissionsPanel</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Bonus or deduction…</source>
        <translation>Bonus or deduction…</translation>
    </message>
    <message>
        <source>What if?</source>
        <translation>What if?</translation>
    </message>
    <message>
        <source>Extra revenue this period (¥)</source>
        <translation>Extra revenue this period (¥)</translation>
    </message>
    <message>
        <source>Commission statements are for a month, a quarter or a year.</source>
        <translation>Commission statements are for a month, a quarter or a year.</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Team total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) · %1 · amounts rounded half up to the fen once per line</source>
        <translation>
            <numerusform>%n statement · %1 · amounts rounded half up to the fen once per line</numerusform>
            <numerusform>%n statements · %1 · amounts rounded half up to the fen once per line</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Statement of %1 · %2</source>
        <translation>Statement of %1 · %2</translation>
    </message>
    <message>
        <source>Base (own revenue): %1</source>
        <translation>Base (own revenue): %1</translation>
    </message>
    <message>
        <source>Target: %1 · attainment %2 · tier %3</source>
        <translation>Target: %1 · attainment %2 · tier %3</translation>
    </message>
    <message>
        <source>from %1 at %2</source>
        <translation>from %1 at %2</translation>
    </message>
    <message>
        <source>Choose a member in the table.</source>
        <translation>Choose a member in the table.</translation>
    </message>
    <message>
        <source>Write an amount in yuan, e.g. 50000.</source>
        <translation>Write an amount in yuan, e.g. 50000.</translation>
    </message>
    <message>
        <source>+%1 commission</source>
        <translation>+%1 commission</translation>
    </message>
    <message>
        <source>Export commission statements</source>
        <translation>Export commission statements</translation>
    </message>
    <message>
        <source>commission-%1.xlsx</source>
        <translation>commission-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1.</source>
        <translation>
            <numerusform>%n statement written to %1.</numerusform>
            <numerusform>%n statements written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bonus or deduction</source>
        <translation>Bonus or deduction</translation>
    </message>
    <message>
        <source>e.g. 500 or -200</source>
        <translation>e.g. 500 or -200</translation>
    </message>
    <message>
        <source>Why (required; shown on the statement)</source>
        <translation>Why (required; shown on the statement)</translation>
    </message>
    <message>
        <source>Amount (¥, negative to deduct)</source>
        <translation>Amount (¥, negative to deduct)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>frontline::ConflictsView</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>this database</source>
        <translation>this database</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>ours</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Same phone number</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>Same e-mail address</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Same name</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n conflict resolved.</numerusform>
            <numerusform>%n conflicts resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>Merge Customers</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its contacts, orders, visits and tasks move to %2. The merge can be undone on the Import/Export page.</source>
        <translation>Merge %1 into %2? Its contacts, orders, visits and tasks move to %2. The merge can be undone on the Import/Export page.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 merged into %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed on two laptops before either saw the other's change. Each holds the later value for now; choose the one to keep (select several rows to decide them at once).</source>
        <translation>
            <numerusform>%n field were changed on two laptops before either saw the other's change. Each holds the later value for now; choose the one to keep (select several rows to decide them at once).</numerusform>
            <numerusform>%n fields were changed on two laptops before either saw the other's change. Each holds the later value for now; choose the one to keep (select several rows to decide them at once).</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change arrived without another one on the same field.</source>
        <translation>No conflicts: every change arrived without another one on the same field.</translation>
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
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation>Holds now</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>Keep &amp;Ours</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Keep &amp;Theirs</translation>
    </message>
    <message>
        <source>Keep What It &amp;Holds</source>
        <translation>Keep What It &amp;Holds</translation>
    </message>
    <message>
        <source>Keep the value each record holds now (the later change).</source>
        <translation>Keep the value each record holds now (the later change).</translation>
    </message>
    <message>
        <source>New customers recorded on two laptops that look like the same company:</source>
        <translation>New customers recorded on two laptops that look like the same company:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Not the Same</source>
        <translation>&amp;Not the Same</translation>
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
    <message>
        <source>Record Payment</source>
        <translation>Record Payment</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>Support staff can look at payments but not record them.</translation>
    </message>
    <message>
        <source>Recorded %1 from %2.</source>
        <translation>Recorded %1 from %2.</translation>
    </message>
    <message>
        <source>Delete Payment</source>
        <translation>Delete Payment</translation>
    </message>
    <message>
        <source>The payment could not be deleted: %1</source>
        <translation>The payment could not be deleted: %1</translation>
    </message>
    <message>
        <source>it may have been changed elsewhere.</source>
        <translation>it may have been changed elsewhere.</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not delete them.</source>
        <translation>Support staff can look at payments but not delete them.</translation>
    </message>
    <message>
        <source>Deleted the payment of %1 from %2. %3 brings it back.</source>
        <translation>Deleted the payment of %1 from %2. %3 brings it back.</translation>
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
    <message>
        <source>billed %1, collected %2</source>
        <translation>billed %1, collected %2</translation>
    </message>
    <message>
        <source>%1 outstanding (%2)</source>
        <translation>%1 outstanding (%2)</translation>
    </message>
    <message>
        <source>%1 paid in advance (%2)</source>
        <translation>%1 paid in advance (%2)</translation>
    </message>
    <message>
        <source>Settled (%1)</source>
        <translation>Settled (%1)</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>and %n earlier</numerusform>
            <numerusform>and %n earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Record &amp;Payment…</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
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
    <message>
        <source>The dashboard is not ready yet.</source>
        <translation>The dashboard is not ready yet.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Dashboard %1.pdf</source>
        <translation>Dashboard %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview the dashboard on A4 pages and print it</source>
        <translation>Preview the dashboard on A4 pages and print it</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard with its charts as an A4 PDF</source>
        <translation>Save the dashboard with its charts as an A4 PDF</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>New customers · %1</source>
        <translation>New customers · %1</translation>
    </message>
    <message>
        <source>Customers who bought again · %1</source>
        <translation>Customers who bought again · %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n customer(s) who bought in %1</source>
        <translation>
            <numerusform>of %n customer who bought in %1</numerusform>
            <numerusform>of %n customers who bought in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers of this region</source>
        <translation>Only customers of this region</translation>
    </message>
    <message>
        <source>Only orders of this sales channel (visits, new customers and opportunities have no channel)</source>
        <translation>Only orders of this sales channel (visits, new customers and opportunities have no channel)</translation>
    </message>
    <message>
        <source>Collected payments by rep (top %1 of %2)</source>
        <translation>Collected payments by rep (top %1 of %2)</translation>
    </message>
    <message>
        <source>Collected payments by rep</source>
        <translation>Collected payments by rep</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Payments of %1 · %2</source>
        <translation>Payments of %1 · %2</translation>
    </message>
    <message>
        <source>What the rep chart shows: revenue, or the payments collected (回款)</source>
        <translation>What the rep chart shows: revenue, or the payments collected (回款)</translation>
    </message>
    <message>
        <source>Payments · %1</source>
        <translation>Payments · %1</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>Finding the customers…</translation>
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
    <message>
        <source>The current passphrase is not right.</source>
        <translation>The current passphrase is not right.</translation>
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
    <name>frontline::DevelopmentPlanPanel</name>
    <message>
        <source>Edit plan…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Set skill…</source>
        <translation>Set skill…</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Add milestone…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviews in evaluations</source>
        <translation>Reviews in evaluations</translation>
    </message>
    <message>
        <source>Add review…</source>
        <translation>Add review…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Career path</source>
        <translation>Career path</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Milestones done</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <source>Start a plan…</source>
        <translation>Start a plan…</translation>
    </message>
    <message>
        <source>%1 has no development plan yet.</source>
        <translation>%1 has no development plan yet.</translation>
    </message>
    <message>
        <source>Career path: %1</source>
        <translation>Career path: %1</translation>
    </message>
    <message>
        <source>Level %1 of 5</source>
        <translation>Level %1 of 5</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Not reviewed yet: a manager adds a review in the monthly or quarterly evaluation.</source>
        <translation>Not reviewed yet: a manager adds a review in the monthly or quarterly evaluation.</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Development Plan of %1</source>
        <translation>Development Plan of %1</translation>
    </message>
    <message>
        <source>Current position:</source>
        <translation>Current position:</translation>
    </message>
    <message>
        <source>Aiming for:</source>
        <translation>Aiming for:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Add Goal</translation>
    </message>
    <message>
        <source>Goal for %1:</source>
        <translation>Goal for %1:</translation>
    </message>
    <message>
        <source>Set Skill</source>
        <translation>Set Skill</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Skill:</translation>
    </message>
    <message>
        <source>Level now (1–5):</source>
        <translation>Level now (1–5):</translation>
    </message>
    <message>
        <source>Level aimed at (1–5):</source>
        <translation>Level aimed at (1–5):</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Add Milestone</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Milestone:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Review of %1's Plan</source>
        <translation>Review of %1's Plan</translation>
    </message>
    <message>
        <source>2025-Q1, 2025-03 or 2025</source>
        <translation>2025-Q1, 2025-03 or 2025</translation>
    </message>
    <message>
        <source>Evaluation period:</source>
        <translation>Evaluation period:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
</context>
<context>
    <name>frontline::DevelopmentPlans</name>
    <message>
        <source>Unknown position "%1".</source>
        <translation>Unknown position "%1".</translation>
    </message>
    <message>
        <source>Unknown plan status "%1".</source>
        <translation>Unknown plan status "%1".</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>There is no member with the id %1.</translation>
    </message>
    <message>
        <source>Enter the goal.</source>
        <translation>Enter the goal.</translation>
    </message>
    <message>
        <source>There is no such item in a development plan.</source>
        <translation>There is no such item in a development plan.</translation>
    </message>
    <message>
        <source>Enter the skill's name.</source>
        <translation>Enter the skill's name.</translation>
    </message>
    <message>
        <source>A level is between 1 and 5.</source>
        <translation>A level is between 1 and 5.</translation>
    </message>
    <message>
        <source>Enter the milestone.</source>
        <translation>Enter the milestone.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Enter the due date.</translation>
    </message>
    <message>
        <source>Unknown milestone status "%1".</source>
        <translation>Unknown milestone status "%1".</translation>
    </message>
    <message>
        <source>An evaluation period is a month, quarter or year (2025-03, 2025-Q1, 2025).</source>
        <translation>An evaluation period is a month, quarter or year (2025-03, 2025-Q1, 2025).</translation>
    </message>
    <message>
        <source>Enter the review's comment.</source>
        <translation>Enter the review's comment.</translation>
    </message>
    <message>
        <source>Enter the date of the review.</source>
        <translation>Enter the date of the review.</translation>
    </message>
    <message>
        <source>A development plan is reviewed by someone else, not its member.</source>
        <translation>A development plan is reviewed by someone else, not its member.</translation>
    </message>
    <message>
        <source>The member has no development plan to review.</source>
        <translation>The member has no development plan to review.</translation>
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
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) · %1</source>
        <translation>
            <numerusform>%n payment · %1</numerusform>
            <numerusform>%n payments · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::DutiesDialog</name>
    <message>
        <source>Responsibilities of the %1</source>
        <translation>Responsibilities of the %1</translation>
    </message>
    <message>
        <source>One duty per line, in order. Everyone with this role sees them on the Team page.</source>
        <translation>One duty per line, in order. Everyone with this role sees them on the Team page.</translation>
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
        <source>The duties could not be saved.</source>
        <translation>The duties could not be saved.</translation>
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
    <name>frontline::EditMemberCommand</name>
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
    <name>frontline::EvaluationsPanel</name>
    <message>
        <source>Run evaluation</source>
        <translation>Run evaluation</translation>
    </message>
    <message>
        <source>Compute every member's indicators and score now and freeze them as a new version.</source>
        <translation>Compute every member's indicators and score now and freeze them as a new version.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Make the selected version visible to the team and award the honours.</source>
        <translation>Make the selected version visible to the team and award the honours.</translation>
    </message>
    <message>
        <source>Adjust or comment…</source>
        <translation>Adjust or comment…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>How the score was computed</source>
        <translation>How the score was computed</translation>
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
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Computed score</source>
        <translation>Computed score</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>No evaluation of %1 has been published yet.</source>
        <translation>No evaluation of %1 has been published yet.</translation>
    </message>
    <message>
        <source>No evaluation of %1 yet: run one.</source>
        <translation>No evaluation of %1 yet: run one.</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3. It no longer changes; a new run makes version %4.</source>
        <translation>Version %1, published %2 by %3. It no longer changes; a new run makes version %4.</translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation>the administrator</translation>
    </message>
    <message>
        <source>Version %1 is a draft: adjust it, then publish it for the team to see.</source>
        <translation>Version %1 is a draft: adjust it, then publish it for the team to see.</translation>
    </message>
    <message>
        <source>Scoring the frozen numbers again gives other scores.</source>
        <translation>Scoring the frozen numbers again gives other scores.</translation>
    </message>
    <message>
        <source>How %1's score was computed</source>
        <translation>How %1's score was computed</translation>
    </message>
    <message>
        <source>Run the evaluation again</source>
        <translation>Run the evaluation again</translation>
    </message>
    <message>
        <source>%1 already has version %2. Running again computes a new version %3 from today's data; version %2 is kept as it is. Run again?</source>
        <translation>%1 already has version %2. Running again computes a new version %3 from today's data; version %2 is kept as it is. Run again?</translation>
    </message>
    <message>
        <source>Evaluation of %1: version %2 computed.</source>
        <translation>Evaluation of %1: version %2 computed.</translation>
    </message>
    <message>
        <source>Computing every member's indicators…</source>
        <translation>Computing every member's indicators…</translation>
    </message>
    <message>
        <source>Publish the evaluation</source>
        <translation>Publish the evaluation</translation>
    </message>
    <message>
        <source>Publish version %1 of %2? The team will see the results and the ranking, honours are awarded, and this version can no longer change.</source>
        <translation>Publish version %1 of %2? The team will see the results and the ranking, honours are awarded, and this version can no longer change.</translation>
    </message>
    <message>
        <source>Version %1 of %2 published.</source>
        <translation>Version %1 of %2 published.</translation>
    </message>
    <message>
        <source>Adjust %1's score</source>
        <translation>Adjust %1's score</translation>
    </message>
    <message>
        <source>Why (required; the member sees it)</source>
        <translation>Why (required; the member sees it)</translation>
    </message>
    <message>
        <source>0 points adds a comment without changing the score.</source>
        <translation>0 points adds a comment without changing the score.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Adjust the score</source>
        <translation>Adjust the score</translation>
    </message>
    <message>
        <source>Review plan…</source>
        <translation>Review plan…</translation>
    </message>
    <message>
        <source>Write a review of the member's development plan on this version.</source>
        <translation>Write a review of the member's development plan on this version.</translation>
    </message>
    <message>
        <source>Review %1's development plan</source>
        <translation>Review %1's development plan</translation>
    </message>
    <message>
        <source>Review on version %1 of %2 (the member sees it):</source>
        <translation>Review on version %1 of %2 (the member sees it):</translation>
    </message>
    <message>
        <source>Review the development plan</source>
        <translation>Review the development plan</translation>
    </message>
    <message>
        <source>Review of the development plan saved.</source>
        <translation>Review of the development plan saved.</translation>
    </message>
</context>
<context>
    <name>frontline::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%L1 rows written…</source>
        <translation>%L1 rows written…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform><numerusform>%n rows written to %1.</numerusform></translation>
    </message>
    <message>
        <source>Some characters have no equivalent in GBK and were replaced; choose UTF-8 to keep them.</source>
        <translation>Some characters have no equivalent in GBK and were replaced; choose UTF-8 to keep them.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>All dates, or 2025-03, 2025-Q1, 2025…</source>
        <translation>All dates, or 2025-03, 2025-Q1, 2025…</translation>
    </message>
    <message>
        <source>%1 have no dates</source>
        <translation>%1 have no dates</translation>
    </message>
    <message>
        <source>Your role may not export %1; an administrator can allow it on the Administration page.</source>
        <translation>Your role may not export %1; an administrator can allow it on the Administration page.</translation>
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
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (Excel on any system)</source>
        <translation>CSV, UTF-8 (Excel on any system)</translation>
    </message>
    <message>
        <source>CSV, GBK (older Chinese Excel)</source>
        <translation>CSV, GBK (older Chinese Excel)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>frontline::ExportPackageDialog</name>
    <message>
        <source>Export for a Rep</source>
        <translation>Export for a Rep</translation>
    </message>
    <message>
        <source>Export My Changes</source>
        <translation>Export My Changes</translation>
    </message>
    <message>
        <source>A sync package for one rep</source>
        <translation>A sync package for one rep</translation>
    </message>
    <message>
        <source>Your changes for the manager</source>
        <translation>Your changes for the manager</translation>
    </message>
    <message>
        <source>Only that rep's customers and what belongs to them; nobody else's data.</source>
        <translation>Only that rep's customers and what belongs to them; nobody else's data.</translation>
    </message>
    <message>
        <source>Everything you changed that the manager has not confirmed yet.</source>
        <translation>Everything you changed that the manager has not confirmed yet.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expires after:</translation>
    </message>
    <message>
        <source>Sync Package</source>
        <translation>Sync Package</translation>
    </message>
    <message>
        <source>Sync packages (*.flsync);;All files (*)</source>
        <translation>Sync packages (*.flsync);;All files (*)</translation>
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
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Visits and calls</source>
        <translation>Visits and calls</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>frontline::FolderFileResult</name>
    <message>
        <source>%1: batch %2, %3 read, %4 inserted, %5 rejected → %6</source>
        <translation>%1: batch %2, %3 read, %4 inserted, %5 rejected → %6</translation>
    </message>
    <message>
        <source>%1 failed: %2 → %3</source>
        <translation>%1 failed: %2 → %3</translation>
    </message>
</context>
<context>
    <name>frontline::HonoursPanel</name>
    <message>
        <source>Award an honour…</source>
        <translation>Award an honour…</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>Honour</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Awarded by the rules when the evaluation was published</source>
        <translation>Awarded by the rules when the evaluation was published</translation>
    </message>
    <message>
        <source>Awarded by %1</source>
        <translation>Awarded by %1</translation>
    </message>
    <message>
        <source>No honours for %1 yet. They are awarded when an evaluation is published, or by hand.</source>
        <translation>No honours for %1 yet. They are awarded when an evaluation is published, or by hand.</translation>
    </message>
    <message numerus="yes">
        <source>%n honour(s) in %1</source>
        <translation>
            <numerusform>%n honour in %1</numerusform>
            <numerusform>%n honours in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Award an honour</source>
        <translation>Award an honour</translation>
    </message>
    <message>
        <source>Why (shown on the honour roll)</source>
        <translation>Why (shown on the honour roll)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
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
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>Folder to Import From</source>
        <translation>Folder to Import From</translation>
    </message>
    <message>
        <source>Columns found from the headers</source>
        <translation>Columns found from the headers</translation>
    </message>
    <message>
        <source>Choose the folder to import from.</source>
        <translation>Choose the folder to import from.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>The automatic import settings could not be saved.</source>
        <translation>The automatic import settings could not be saved.</translation>
    </message>
    <message>
        <source>Saved. New files are imported, then moved to done or failed.</source>
        <translation>Saved. New files are imported, then moved to done or failed.</translation>
    </message>
    <message>
        <source>Saved. The folder is no longer watched.</source>
        <translation>Saved. The folder is no longer watched.</translation>
    </message>
    <message>
        <source>Automatic Import</source>
        <translation>Automatic Import</translation>
    </message>
    <message>
        <source>&amp;Watch a folder and import the files dropped into it</source>
        <translation>&amp;Watch a folder and import the files dropped into it</translation>
    </message>
    <message>
        <source>Each new file is imported once it has stopped changing, then moved to the folder's done subfolder (with its rejects and a .log) or failed subfolder.</source>
        <translation>Each new file is imported once it has stopped changing, then moved to the folder's done subfolder (with its rejects and a .log) or failed subfolder.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapping:</translation>
    </message>
    <message>
        <source>Look &amp;every:</source>
        <translation>Look &amp;every:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>E&amp;xport Data…</source>
        <translation>E&amp;xport Data…</translation>
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
    <message>
        <source>Spreadsheets and text (*.xlsx *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Spreadsheets and text (*.xlsx *.xls *.csv *.tsv *.txt);;All files (*)</translation>
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
    <name>frontline::LoginDialog</name>
    <message numerus="yes">
        <source>This account is locked after too many failed logins. Try again in %n minute(s), at %1, or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked after too many failed logins. Try again in %n minute, at %1, or ask an administrator to unlock it.</numerusform>
            <numerusform>This account is locked after too many failed logins. Try again in %n minutes, at %1, or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Log In</translation>
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
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>%1, you logged in with a password someone else chose. Choose your own before you start: only you should know it.</source>
        <translation>%1, you logged in with a password someone else chose. Choose your own before you start: only you should know it.</translation>
    </message>
    <message>
        <source>&amp;Change and Log In</source>
        <translation>&amp;Change and Log In</translation>
    </message>
    <message>
        <source>Log in to this database</source>
        <translation>Log in to this database</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Log In</translation>
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
    <message>
        <source>Daily backup written to %1.</source>
        <translation>Daily backup written to %1.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>Hide everything and close the database until its passphrase is entered again</source>
        <translation>Hide everything and close the database until its passphrase is entered again</translation>
    </message>
    <message>
        <source>Log Out / Switch &amp;User…</source>
        <translation>Log Out / Switch &amp;User…</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Change My &amp;Password…</translation>
    </message>
    <message>
        <source>Frontline is locked</source>
        <translation>Frontline is locked</translation>
    </message>
    <message>
        <source>%1 is closed and its passphrase wiped from memory. Enter the passphrase to go on.</source>
        <translation>%1 is closed and its passphrase wiped from memory. Enter the passphrase to go on.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Log in to go on</source>
        <translation>Log in to go on</translation>
    </message>
    <message>
        <source>This database has user accounts: what you may see and do depends on who you are.</source>
        <translation>This database has user accounts: what you may see and do depends on who you are.</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Log In…</translation>
    </message>
    <message>
        <source>Making the daily backup…</source>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <source>Backing up before Frontline closes…</source>
        <translation>Backing up before Frontline closes…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>Automatic import: %1</source>
        <translation>Automatic import: %1</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Record &amp;Payment…</translation>
    </message>
</context>
<context>
    <name>frontline::MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>Edit Member</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Changes are checked against your permissions and recorded in the audit log.</source>
        <translation>Changes are checked against your permissions and recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
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
        <source>&amp;Joined:</source>
        <translation>&amp;Joined:</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>&amp;Active (unticked: has left the team)</source>
        <translation>&amp;Active (unticked: has left the team)</translation>
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
    <name>frontline::MilestoneTimeline</name>
    <message>
        <source>No milestones yet.</source>
        <translation>No milestones yet.</translation>
    </message>
</context>
<context>
    <name>frontline::MoveMemberCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
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
    <name>frontline::MoveTeamCommand</name>
    <message>
        <source>Move %1 below %2</source>
        <translation>Move %1 below %2</translation>
    </message>
</context>
<context>
    <name>frontline::MyTasksPanel</name>
    <message>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Nothing open. Well done.</source>
        <translation>Nothing open. Well done.</translation>
    </message>
    <message numerus="yes">
        <source>%1 overdue · %2 due today · %Ln open</source>
        <translation>
            <numerusform>%1 overdue · %2 due today · %Ln open</numerusform>
            <numerusform>%1 overdue · %2 due today · %Ln open</numerusform>
        </translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>My Tasks</translation>
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
    <name>frontline::NewPasswordEdit</name>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>At least 8 characters, not the user name.</source>
        <translation>At least 8 characters, not the user name.</translation>
    </message>
    <message>
        <source>Type it once more to make sure.</source>
        <translation>Type it once more to make sure.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>The two passwords are different.</translation>
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
    <message>
        <source>Collected %1 of %2, outstanding %3</source>
        <extracomment>%1 collected so far, %2 the order's total, %3 what is left</extracomment>
        <translation>Collected %1 of %2, outstanding %3</translation>
    </message>
    <message>
        <source>Collected %1 of %2: paid in full</source>
        <translation>Collected %1 of %2: paid in full</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>Support staff can look at payments but not record them.</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Record &amp;Payment…</translation>
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
    <message>
        <source>There is no member with the id %1.</source>
        <translation>There is no member with the id %1.</translation>
    </message>
    <message>
        <source>There is no team with the id %1.</source>
        <translation>There is no team with the id %1.</translation>
    </message>
    <message>
        <source>There is already a team called %1 there.</source>
        <translation>There is already a team called %1 there.</translation>
    </message>
    <message>
        <source>A team is a company, a region or a team.</source>
        <translation>A team is a company, a region or a team.</translation>
    </message>
    <message>
        <source>%1 cannot be moved below itself.</source>
        <translation>%1 cannot be moved below itself.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n team(s) below it: move or remove them first.</source>
        <translation>
            <numerusform>%1 has %n team below it: move or remove them first.</numerusform>
            <numerusform>%1 has %n teams below it: move or remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s): move them to another team first.</source>
        <translation>
            <numerusform>%1 still has %n member: move them to another team first.</numerusform>
            <numerusform>%1 still has %n members: move them to another team first.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no deleted team with the id %1.</source>
        <translation>There is no deleted team with the id %1.</translation>
    </message>
    <message>
        <source>%1 cannot come back: the team it was below is gone.</source>
        <translation>%1 cannot come back: the team it was below is gone.</translation>
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
    <message>
        <source>Sync &amp; backup</source>
        <translation>Sync &amp; backup</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Swap sync packages with the team's laptops, settle conflicts, and keep backups.</source>
        <translation>Swap sync packages with the team's laptops, settle conflicts, and keep backups.</translation>
    </message>
    <message>
        <source>Users, what each role may do, the audit log and the privacy notice.</source>
        <translation>Users, what each role may do, the audit log and the privacy notice.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Money received from customers, and what each customer still owes.</source>
        <translation>Money received from customers, and what each customer still owes.</translation>
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
    <name>frontline::PasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation>Change My Password</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Type the password you logged in with, then the new one twice.</source>
        <translation>Type the password you logged in with, then the new one twice.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>Set a new initial password</source>
        <translation>Set a new initial password</translation>
    </message>
    <message>
        <source>Tell the user this password in person. They must choose their own when they next log in.</source>
        <translation>Tell the user this password in person. They must choose their own when they next log in.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
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
    <name>frontline::PaymentDialog</name>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>Support staff can look at payments but not record them.</translation>
    </message>
    <message>
        <source>Not against a particular order</source>
        <translation>Not against a particular order</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, outstanding %4</source>
        <extracomment>An order in the payment dialog's chooser: %1 number, %2 date, %3 total, %4 outstanding</extracomment>
        <translation>%1 · %2 · %3, outstanding %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, paid in full</source>
        <translation>%1 · %2 · %3, paid in full</translation>
    </message>
    <message>
        <source>billed %1, collected %2</source>
        <translation>billed %1, collected %2</translation>
    </message>
    <message>
        <source>Outstanding %1 (%2).</source>
        <translation>Outstanding %1 (%2).</translation>
    </message>
    <message>
        <source>Paid %1 in advance (%2).</source>
        <translation>Paid %1 in advance (%2).</translation>
    </message>
    <message>
        <source>Nothing outstanding (%1).</source>
        <translation>Nothing outstanding (%1).</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, such as 12,500 or 1.25万.</source>
        <translation>Enter an amount in yuan, such as 12,500 or 1.25万.</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>Record Payment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Payment %1</translation>
    </message>
    <message>
        <source>Money received from a customer, against one of their orders or on account.</source>
        <translation>Money received from a customer, against one of their orders or on account.</translation>
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
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>&amp;Amount (¥):</translation>
    </message>
    <message>
        <source>e.g. 12,500.00</source>
        <translation>e.g. 12,500.00</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Receipt &amp;no.:</source>
        <translation>Receipt &amp;no.:</translation>
    </message>
    <message>
        <source>Bank slip or receipt number</source>
        <translation>Bank slip or receipt number</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
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
    <name>frontline::PaymentImport</name>
    <message>
        <source>payments</source>
        <translation>payments</translation>
    </message>
    <message>
        <source>Support staff do not import payments.</source>
        <translation>Support staff do not import payments.</translation>
    </message>
    <message>
        <source>customer or order number</source>
        <translation>customer or order number</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>payment date</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>payment method</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>No customer "%1": payments do not create customers; import or add the customer first.</source>
        <translation>No customer "%1": payments do not create customers; import or add the customer first.</translation>
    </message>
    <message>
        <source>The customer "%1" belongs to someone outside your team.</source>
        <translation>The customer "%1" belongs to someone outside your team.</translation>
    </message>
    <message>
        <source>Receipt %1 is already recorded; skipped as a duplicate.</source>
        <translation>Receipt %1 is already recorded; skipped as a duplicate.</translation>
    </message>
    <message>
        <source>No amount.</source>
        <translation>No amount.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" is not an amount.</translation>
    </message>
    <message>
        <source>The amount is zero (a refund is negative).</source>
        <translation>The amount is zero (a refund is negative).</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" is not a date.</translation>
    </message>
    <message>
        <source>No payment date.</source>
        <translation>No payment date.</translation>
    </message>
    <message>
        <source>Only a month is given; the payment is dated %1.</source>
        <translation>Only a month is given; the payment is dated %1.</translation>
    </message>
    <message>
        <source>No order %1; import the orders first.</source>
        <translation>No order %1; import the orders first.</translation>
    </message>
    <message>
        <source>Order %1 is %2's, not %3's.</source>
        <translation>Order %1 is %2's, not %3's.</translation>
    </message>
    <message>
        <source>Order %1 belongs to a customer outside your team.</source>
        <translation>Order %1 belongs to a customer outside your team.</translation>
    </message>
    <message>
        <source>No customer and no order number.</source>
        <translation>No customer and no order number.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled.</source>
        <translation>Order %1 is cancelled.</translation>
    </message>
    <message>
        <source>Unknown payment method "%1"; recorded as other.</source>
        <translation>Unknown payment method "%1"; recorded as other.</translation>
    </message>
    <message>
        <source>No rep, and the customer has no owner to take.</source>
        <translation>No rep, and the customer has no owner to take.</translation>
    </message>
    <message>
        <source>%1 is outside your team; the payment cannot be credited to them.</source>
        <translation>%1 is outside your team; the payment cannot be credited to them.</translation>
    </message>
    <message>
        <source>A payment of %1 from this customer on %2 without a receipt number is already recorded; skipped as a duplicate.</source>
        <translation>A payment of %1 from this customer on %2 without a receipt number is already recorded; skipped as a duplicate.</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentRepository</name>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Bank acceptance draft</source>
        <translation>Bank acceptance draft</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Choose the customer who paid.</translation>
    </message>
    <message>
        <source>Enter the date the money was received.</source>
        <translation>Enter the date the money was received.</translation>
    </message>
    <message>
        <source>The amount cannot be zero (a refund is negative).</source>
        <translation>The amount cannot be zero (a refund is negative).</translation>
    </message>
    <message>
        <source>Unknown payment method "%1".</source>
        <translation>Unknown payment method "%1".</translation>
    </message>
    <message>
        <source>The order is not one of this customer's.</source>
        <translation>The order is not one of this customer's.</translation>
    </message>
    <message>
        <source>The order is cancelled.</source>
        <translation>The order is cancelled.</translation>
    </message>
    <message>
        <source>The receipt number %1 is already recorded.</source>
        <translation>The receipt number %1 is already recorded.</translation>
    </message>
    <message>
        <source>The receipt number %1 appears twice.</source>
        <translation>The receipt number %1 appears twice.</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentsPage</name>
    <message>
        <source>From any date</source>
        <translation>From any date</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>To any date</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>All reps</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Any method</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Dates chosen</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>Support staff can look at payments but not record them.</translation>
    </message>
    <message numerus="yes">
        <source>%1 outstanding from %Ln customer(s)</source>
        <translation>
            <numerusform>%1 outstanding from %Ln customer</numerusform>
            <numerusform>%1 outstanding from %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) match</source>
        <translation>
            <numerusform>%Ln payment match</numerusform>
            <numerusform>%Ln payments match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), together %1</source>
        <translation>
            <numerusform>%Ln payment, together %1</numerusform>
            <numerusform>%Ln payments, together %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s): billed %1, collected %2, outstanding %3</source>
        <translation>
            <numerusform>%Ln customer: billed %1, collected %2, outstanding %3</numerusform>
            <numerusform>%Ln customers: billed %1, collected %2, outstanding %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No payments match</source>
        <translation>No payments match</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>No payments yet</translation>
    </message>
    <message>
        <source>Nothing was received for these filters.</source>
        <translation>Nothing was received for these filters.</translation>
    </message>
    <message>
        <source>Record the first one with Record Payment.</source>
        <translation>Record the first one with Record Payment.</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Any customer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Record Payment…</source>
        <translation>&amp;Record Payment…</translation>
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
        <source>Only customers who owe</source>
        <translation>Only customers who owe</translation>
    </message>
    <message>
        <source>Leave out customers who paid in advance.</source>
        <translation>Leave out customers who paid in advance.</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Record &amp;Payment…</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>Open &amp;Customer</translation>
    </message>
</context>
<context>
    <name>frontline::PerformancePage</name>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Rankings, evaluations, honours and commissions</source>
        <translation>Rankings, evaluations, honours and commissions</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Honour roll</source>
        <translation>Honour roll</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read again with the latest data</source>
        <translation>Read again with the latest data</translation>
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
        <source>Everyone I can see</source>
        <translation>Everyone I can see</translation>
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
    <name>frontline::PermissionsPanel</name>
    <message>
        <source>%1 may now %2 %3.</source>
        <translation>%1 may now %2 %3.</translation>
    </message>
    <message>
        <source>%1 may no longer %2 %3.</source>
        <translation>%1 may no longer %2 %3.</translation>
    </message>
    <message>
        <source>What each role may do in each area. The administrator may do everything, and only an administrator changes this table. A rep still reaches only their own customers.</source>
        <translation>What each role may do in each area. The administrator may do everything, and only an administrator changes this table. A rep still reaches only their own customers.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
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
    <name>frontline::PrintDocument</name>
    <message>
        <source>Printing needs the graphical part of Frontline (a QApplication).</source>
        <translation>Printing needs the graphical part of Frontline (a QApplication).</translation>
    </message>
    <message>
        <source>Frontline · printed %1</source>
        <translation>Frontline · printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the pages could not be painted.</source>
        <translation>Cannot write %1: the pages could not be painted.</translation>
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
    <name>frontline::PrivacyNoticePanel</name>
    <message>
        <source>Save the Privacy Notice as PDF</source>
        <translation>Save the Privacy Notice as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>The privacy notice is saved.</source>
        <translation>The privacy notice is saved.</translation>
    </message>
    <message>
        <source>Privacy Notice</source>
        <translation>Privacy Notice</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>What customers are told about the data kept on them. Print it or send the PDF when a customer asks.</source>
        <translation>What customers are told about the data kept on them. Print it or send the PDF when a customer asks.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Built-in &amp;Text</source>
        <translation>Built-in &amp;Text</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Print the Privacy Notice</source>
        <translation>Print the Privacy Notice</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <source>The privacy notice could not be printed.</source>
        <translation>The privacy notice could not be printed.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
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
    <name>frontline::RankingDelegate</name>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
</context>
<context>
    <name>frontline::RankingModel</name>
    <message numerus="yes">
        <source>up %n place(s)</source>
        <translation>
            <numerusform>up %n place</numerusform>
            <numerusform>up %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n place(s)</source>
        <translation>
            <numerusform>down %n place</numerusform>
            <numerusform>down %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Rank %1 in the previous period</source>
        <translation>Rank %1 in the previous period</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
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
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>frontline::RankingPanel</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>Composite score</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Show the ranking full screen in large type, for a projector (Esc to leave).</source>
        <translation>Show the ranking full screen in large type, for a projector (Esc to leave).</translation>
    </message>
    <message>
        <source>Ranking · %1 · %2</source>
        <extracomment>The presentation's title: %1 the period, %2 what is ranked</extracomment>
        <translation>Ranking · %1 · %2</translation>
    </message>
    <message>
        <source>compared with %1 version %2</source>
        <translation>compared with %1 version %2</translation>
    </message>
    <message>
        <source>no published evaluation of the previous period to compare with</source>
        <translation>no published evaluation of the previous period to compare with</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked · evaluation version %1, published %2 · %3</source>
        <translation>
            <numerusform>%n ranked · evaluation version %1, published %2 · %3</numerusform>
            <numerusform>%n ranked · evaluation version %1, published %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranked · compared with %1</source>
        <translation>
            <numerusform>%n ranked · compared with %1</numerusform>
            <numerusform>%n ranked · compared with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::RemoveTeamCommand</name>
    <message>
        <source>Delete team %1</source>
        <translation>Delete team %1</translation>
    </message>
</context>
<context>
    <name>frontline::RenameTeamCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>frontline::ReportPrinter</name>
    <message>
        <source>%1 (top %2 of %3)</source>
        <translation>%1 (top %2 of %3)</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>frontline::ReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>frontline::ReportsDialog</name>
    <message>
        <source>Sales summary</source>
        <translation>Sales summary</translation>
    </message>
    <message>
        <source>Ranking of reps</source>
        <translation>Ranking of reps</translation>
    </message>
    <message>
        <source>Target attainment</source>
        <translation>Target attainment</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>2025-03, 2025-Q1, 2025 or FROM..TO</source>
        <translation>2025-03, 2025-Q1, 2025 or FROM..TO</translation>
    </message>
    <message>
        <source>A month (2025-03), a quarter (2025-Q1), a year (2025), a week (2025-W07), a day or a range FROM..TO</source>
        <translation>A month (2025-03), a quarter (2025-Q1), a year (2025), a week (2025-W07), a day or a range FROM..TO</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
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
        <source>Save &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n row</numerusform>
            <numerusform>%1 · %2 · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>There is no report to save yet.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Rep performance</source>
        <translation>Rep performance</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSV &amp;encoding:</translation>
    </message>
    <message>
        <source>UTF-8 (Excel, recommended)</source>
        <translation>UTF-8 (Excel, recommended)</translation>
    </message>
    <message>
        <source>GBK (older Chinese software)</source>
        <translation>GBK (older Chinese software)</translation>
    </message>
    <message>
        <source>How the characters of a CSV file are stored. UTF-8 with a byte-order mark opens correctly in Excel; choose GBK for software that only reads GBK.</source>
        <translation>How the characters of a CSV file are stored. UTF-8 with a byte-order mark opens correctly in Excel; choose GBK for software that only reads GBK.</translation>
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
    <name>frontline::RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Restore a Backup</translation>
    </message>
    <message>
        <source>Replace the database with this backup?</source>
        <translation>Replace the database with this backup?</translation>
    </message>
    <message>
        <source>The backup is checked first; if anything is wrong nothing changes. The current database is kept beside it as %1, and the restored one opens in its place.</source>
        <translation>The backup is checked first; if anything is wrong nothing changes. The current database is kept beside it as %1, and the restored one opens in its place.</translation>
    </message>
    <message>
        <source>The backup has &amp;another passphrase:</source>
        <translation>The backup has &amp;another passphrase:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>This database's &amp;passphrase:</source>
        <translation>This database's &amp;passphrase:</translation>
    </message>
    <message>
        <source>That is not this database's passphrase.</source>
        <translation>That is not this database's passphrase.</translation>
    </message>
    <message>
        <source>Enter the backup's passphrase.</source>
        <translation>Enter the backup's passphrase.</translation>
    </message>
</context>
<context>
    <name>frontline::ScorecardPanel</name>
    <message>
        <source>Save scorecard</source>
        <translation>Save scorecard</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Better when</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Linear to target</source>
        <translation>Linear to target</translation>
    </message>
    <message>
        <source>≥%1 → %2</source>
        <translation>≥%1 → %2</translation>
    </message>
    <message>
        <source>The member's target</source>
        <translation>The member's target</translation>
    </message>
    <message>
        <source>Weights add up to 100%.</source>
        <translation>Weights add up to 100%.</translation>
    </message>
    <message>
        <source>Weights add up to %1%; they must add up to 100%.</source>
        <translation>Weights add up to %1%; they must add up to 100%.</translation>
    </message>
    <message>
        <source>Scorecard "%1" saved.</source>
        <translation>Scorecard "%1" saved.</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>80:60, 100:100</source>
        <translation>80:60, 100:100</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>Name of the card</source>
        <translation>Name of the card</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Thresholds (% of target : points)</source>
        <translation>Thresholds (% of target : points)</translation>
    </message>
    <message>
        <source>The most a linear indicator scores, in percent of its target (at least 100%)</source>
        <translation>The most a linear indicator scores, in percent of its target (at least 100%)</translation>
    </message>
    <message>
        <source>The points of the highest threshold reached, e.g. 80:60, 100:100, 120:120</source>
        <translation>The points of the highest threshold reached, e.g. 80:60, 100:100, 120:120</translation>
    </message>
    <message>
        <source>A fixed target in the metric's unit (¥1,000.00, 80%, 4.5); empty: each member's own target</source>
        <translation>A fixed target in the metric's unit (¥1,000.00, 80%, 4.5); empty: each member's own target</translation>
    </message>
    <message>
        <source>%1 · no card</source>
        <translation>%1 · no card</translation>
    </message>
    <message>
        <source>No card of its own: its members are scored with the card of %1. Add indicators and save to give it one.</source>
        <translation>No card of its own: its members are scored with the card of %1. Add indicators and save to give it one.</translation>
    </message>
    <message>
        <source>No card: members of this role are not evaluated. Add indicators and save to evaluate them.</source>
        <translation>No card: members of this role are not evaluated. Add indicators and save to evaluate them.</translation>
    </message>
    <message>
        <source>Indicator %1 (%2)</source>
        <translation>Indicator %1 (%2)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a target (e.g. ¥1,000.00, 80%, 4.5).</source>
        <translation>%1: "%2" is not a target (e.g. ¥1,000.00, 80%, 4.5).</translation>
    </message>
    <message>
        <source>%1: write the thresholds as percent:points, e.g. 80:60, 100:100.</source>
        <translation>%1: write the thresholds as percent:points, e.g. 80:60, 100:100.</translation>
    </message>
    <message>
        <source>Remove the scorecard "%1"? Its members are then scored with their role's card; published evaluations keep the scores they froze.</source>
        <translation>Remove the scorecard "%1"? Its members are then scored with their role's card; published evaluations keep the scores they froze.</translation>
    </message>
    <message>
        <source>Scorecard "%1" removed.</source>
        <translation>Scorecard "%1" removed.</translation>
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
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Record payment %1</source>
        <translation>Record payment %1</translation>
    </message>
    <message>
        <source>Delete payment %1</source>
        <translation>Delete payment %1</translation>
    </message>
    <message>
        <source>Edit payment %1</source>
        <translation>Edit payment %1</translation>
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
    <message>
        <source>Saved: reports print it in their header.</source>
        <translation>Saved: reports print it in their header.</translation>
    </message>
    <message>
        <source>Your role may not change the settings of this database.</source>
        <translation>Your role may not change the settings of this database.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>Printed in the header of reports and the dashboard</source>
        <translation>Printed in the header of reports and the dashboard</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min without use</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Locking closes the database and wipes its passphrase from memory.</source>
        <translation>Locking closes the database and wipes its passphrase from memory.</translation>
    </message>
</context>
<context>
    <name>frontline::SharedSettings</name>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Cannot save the setting: %1</source>
        <translation>Cannot save the setting: %1</translation>
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
    <message>
        <source>The sync package is damaged: a %1 record cannot be read; it was not used.</source>
        <translation>The sync package is damaged: a %1 record cannot be read; it was not used.</translation>
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
    <name>frontline::SyncPage</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not at the manager yet: export your changes and send the file to your manager.</source>
        <translation>
            <numerusform>%n change made here are not at the manager yet: export your changes and send the file to your manager.</numerusform>
            <numerusform>%n changes made here are not at the manager yet: export your changes and send the file to your manager.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager has every change made here.</source>
        <translation>The manager has every change made here.</translation>
    </message>
    <message>
        <source>This database has not synced yet.</source>
        <translation>This database has not synced yet.</translation>
    </message>
    <message>
        <source>Where each member stands (open conflicts: %1).</source>
        <translation>Where each member stands (open conflicts: %1).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The passphrase could not be saved in the keychain: %1</source>
        <translation>The passphrase could not be saved in the keychain: %1</translation>
    </message>
    <message>
        <source>The team sync passphrase is set for the packages you write from now on. Tell it to your reps in person.</source>
        <translation>The team sync passphrase is set for the packages you write from now on. Tell it to your reps in person.</translation>
    </message>
    <message>
        <source>There is nobody to export for: add the team's members first.</source>
        <translation>There is nobody to export for: add the team's members first.</translation>
    </message>
    <message>
        <source>Writing your changes to %1…</source>
        <translation>Writing your changes to %1…</translation>
    </message>
    <message>
        <source>Writing the package for %1…</source>
        <translation>Writing the package for %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) for %1 to %2. Give the file to the rep; it can be opened until %3.</source>
        <translation>
            <numerusform>Wrote %n record for %1 to %2. Give the file to the rep; it can be opened until %3.</numerusform>
            <numerusform>Wrote %n records for %1 to %2. Give the file to the rep; it can be opened until %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n changed record(s) to %1. Give the file to your manager; it can be opened until %2.</source>
        <translation>
            <numerusform>Wrote %n changed record to %1. Give the file to your manager; it can be opened until %2.</numerusform>
            <numerusform>Wrote %n changed records to %1. Give the file to your manager; it can be opened until %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Sync Packages</source>
        <translation>Import Sync Packages</translation>
    </message>
    <message>
        <source>Sync packages (*.flsync);;All files (*)</source>
        <translation>Sync packages (*.flsync);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n package(s)…</source>
        <translation>
            <numerusform>Importing %n package…</numerusform>
            <numerusform>Importing %n packages…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 was not imported: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 conflicts, %5 ignored.</source>
        <translation>%1: %2 new, %3 updated, %4 conflicts, %5 ignored.</translation>
    </message>
    <message>
        <source>This database is now %1's.</source>
        <translation>This database is now %1's.</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) may be duplicates: see the Conflicts tab.</source>
        <translation>
            <numerusform>%n new customer may be duplicates: see the Conflicts tab.</numerusform>
            <numerusform>%n new customers may be duplicates: see the Conflicts tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts wait on the Conflicts tab until someone keeps one of the values.</source>
        <translation>Conflicts wait on the Conflicts tab until someone keeps one of the values.</translation>
    </message>
    <message>
        <source>The manager's database: export a package for each rep, import their changes.</source>
        <translation>The manager's database: export a package for each rep, import their changes.</translation>
    </message>
    <message>
        <source>%1's database: export your changes for the manager, import the manager's packages.</source>
        <translation>%1's database: export your changes for the manager, import the manager's packages.</translation>
    </message>
    <message>
        <source>On the manager's laptop, export a package for a rep; on a rep's new, empty database, import the package the manager wrote.</source>
        <translation>On the manager's laptop, export a package for a rep; on a rep's new, empty database, import the package the manager wrote.</translation>
    </message>
    <message>
        <source>&amp;Export for a Rep…</source>
        <translation>&amp;Export for a Rep…</translation>
    </message>
    <message>
        <source>&amp;Export My Changes…</source>
        <translation>&amp;Export My Changes…</translation>
    </message>
    <message>
        <source>&amp;Import the Manager's Package…</source>
        <translation>&amp;Import the Manager's Package…</translation>
    </message>
    <message>
        <source>&amp;Import Packages…</source>
        <translation>&amp;Import Packages…</translation>
    </message>
    <message>
        <source>Team &amp;Passphrase…</source>
        <translation>Team &amp;Passphrase…</translation>
    </message>
    <message>
        <source>Or drop package files (.flsync) anywhere on this page to import them.</source>
        <translation>Or drop package files (.flsync) anywhere on this page to import them.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation>Packages sent and received</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>Last package sent</translation>
    </message>
    <message>
        <source>Last changes received</source>
        <translation>Last changes received</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
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
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
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
    <name>frontline::TargetImport</name>
    <message>
        <source>targets</source>
        <translation>targets</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metric</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>target value</translation>
    </message>
    <message>
        <source>Only managers and administrators import targets.</source>
        <translation>Only managers and administrators import targets.</translation>
    </message>
    <message>
        <source>member or team</source>
        <translation>member or team</translation>
    </message>
    <message>
        <source>Several members are called "%1"; use the member code.</source>
        <translation>Several members are called "%1"; use the member code.</translation>
    </message>
    <message>
        <source>No member "%1".</source>
        <translation>No member "%1".</translation>
    </message>
    <message>
        <source>No team "%1".</source>
        <translation>No team "%1".</translation>
    </message>
    <message>
        <source>No member or team.</source>
        <translation>No member or team.</translation>
    </message>
    <message>
        <source>"%1" is not a month, quarter or year (2025-03, 2025-Q1, 2025).</source>
        <translation>"%1" is not a month, quarter or year (2025-03, 2025-Q1, 2025).</translation>
    </message>
    <message>
        <source>No period.</source>
        <translation>No period.</translation>
    </message>
    <message>
        <source>No metric "%1".</source>
        <translation>No metric "%1".</translation>
    </message>
    <message>
        <source>Targets are amounts or counts; %1 is a rate.</source>
        <translation>Targets are amounts or counts; %1 is a rate.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" is not an amount.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>"%1" is not a whole number.</translation>
    </message>
    <message>
        <source>No target value.</source>
        <translation>No target value.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>The same target is there already.</source>
        <translation>The same target is there already.</translation>
    </message>
    <message>
        <source>%1 is outside your team; no target was set.</source>
        <translation>%1 is outside your team; no target was set.</translation>
    </message>
    <message>
        <source>Target changed from %1 to %2.</source>
        <translation>Target changed from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>frontline::TargetsPanel</name>
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
        <source>Member or team</source>
        <translation>Member or team</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>Set target…</translation>
    </message>
    <message>
        <source>Split team target…</source>
        <translation>Split team target…</translation>
    </message>
    <message>
        <source>Double-click a row to set its target. A team's target is split among its reps top-down; the sum of the reps' targets is the bottom-up figure.</source>
        <translation>Double-click a row to set its target. A team's target is split among its reps top-down; the sum of the reps' targets is the bottom-up figure.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>own target</source>
        <translation>own target</translation>
    </message>
    <message>
        <source>sum of its months</source>
        <translation>sum of its months</translation>
    </message>
    <message>
        <source>reps' sum</source>
        <translation>reps' sum</translation>
    </message>
    <message>
        <source>Sum of the reps' targets (bottom-up): %1</source>
        <translation>Sum of the reps' targets (bottom-up): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 from the team's target</source>
        <translation>%1 from the team's target</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Set target</translation>
    </message>
    <message>
        <source>Target of %1 for %2, in yuan:</source>
        <translation>Target of %1 for %2, in yuan:</translation>
    </message>
    <message>
        <source>Target of %1 for %2:</source>
        <translation>Target of %1 for %2:</translation>
    </message>
    <message>
        <source>"%1" is not a target value.</source>
        <translation>"%1" is not a target value.</translation>
    </message>
    <message>
        <source>Split the target of %1 for %2</source>
        <translation>Split the target of %1 for %2</translation>
    </message>
    <message>
        <source>among the reps</source>
        <translation>among the reps</translation>
    </message>
    <message>
        <source>into months</source>
        <translation>into months</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Total (yuan):</source>
        <translation>Total (yuan):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>Evenly</translation>
    </message>
    <message>
        <source>By last year's seasonality</source>
        <translation>By last year's seasonality</translation>
    </message>
    <message>
        <source>By weights</source>
        <translation>By weights</translation>
    </message>
    <message>
        <source>By last year's share</source>
        <translation>By last year's share</translation>
    </message>
    <message>
        <source>Enter the total to split.</source>
        <translation>Enter the total to split.</translation>
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
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>The task with its comments: who wrote what, and when.</source>
        <translation>The task with its comments: who wrote what, and when.</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>&amp;Opportunity:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Add a comment: what happened, what is next</source>
        <translation>Add a comment: what happened, what is next</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <message>
        <source>There is no opportunity %1 that you can see.</source>
        <translation>There is no opportunity %1 that you can see.</translation>
    </message>
    <message>
        <source>The opportunity is another customer's.</source>
        <translation>The opportunity is another customer's.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
    <message>
        <source>There is no task %1 that you can see.</source>
        <translation>There is no task %1 that you can see.</translation>
    </message>
</context>
<context>
    <name>frontline::TaskRunner</name>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>%1 could not be moved: %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Moved %1 to %2.</translation>
    </message>
    <message>
        <source>The team could not be added: %1</source>
        <translation>The team could not be added: %1</translation>
    </message>
    <message>
        <source>%1 could not be renamed: %2</source>
        <translation>%1 could not be renamed: %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 could not be deleted: %2</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>New Team</translation>
    </message>
    <message>
        <source>Name of the new team below %1:</source>
        <translation>Name of the new team below %1:</translation>
    </message>
    <message>
        <source>Name of the new team:</source>
        <translation>Name of the new team:</translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation>Rename Team</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>New name of %1:</translation>
    </message>
    <message>
        <source>Move Team</source>
        <translation>Move Team</translation>
    </message>
    <message>
        <source>Move %1 below:</source>
        <translation>Move %1 below:</translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>Delete Team</translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>Delete the team %1?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s). Delete the team and move them to:</source>
        <translation>
            <numerusform>%1 has %n member. Delete the team and move them to:</numerusform>
            <numerusform>%1 has %n members. Delete the team and move them to:</numerusform>
        </translation>
    </message>
    <message>
        <source>New Team Below…</source>
        <translation>New Team Below…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move Below Another Team…</source>
        <translation>Move Below Another Team…</translation>
    </message>
    <message>
        <source>Delete Team…</source>
        <translation>Delete Team…</translation>
    </message>
    <message>
        <source>Edit Member…</source>
        <translation>Edit Member…</translation>
    </message>
    <message>
        <source>Move to Team</source>
        <translation>Move to Team</translation>
    </message>
    <message>
        <source>Edit Duties of the %1…</source>
        <translation>Edit Duties of the %1…</translation>
    </message>
    <message>
        <source>Add a team below the one chosen</source>
        <translation>Add a team below the one chosen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the team chosen (its members are moved first)</source>
        <translation>Delete the team chosen (its members are moved first)</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>Edit Member</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Edit Duties</source>
        <translation>Edit Duties</translation>
    </message>
    <message>
        <source>Moved %1 below %2.</source>
        <translation>Moved %1 below %2.</translation>
    </message>
</context>
<context>
    <name>frontline::TeamPassphraseDialog</name>
    <message>
        <source>Team Sync Passphrase</source>
        <translation>Team Sync Passphrase</translation>
    </message>
    <message>
        <source>Set the team sync passphrase</source>
        <translation>Set the team sync passphrase</translation>
    </message>
    <message>
        <source>Enter the team sync passphrase</source>
        <translation>Enter the team sync passphrase</translation>
    </message>
    <message>
        <source>Every package is encrypted with this passphrase. Give it to your reps in person, never with the packages. Packages made with an earlier passphrase can no longer be opened with the new one.</source>
        <translation>Every package is encrypted with this passphrase. Give it to your reps in person, never with the packages. Packages made with an earlier passphrase can no longer be opened with the new one.</translation>
    </message>
    <message>
        <source>The package is encrypted with the team's passphrase. Type it twice, so that a typo does not make a package nobody can open.</source>
        <translation>The package is encrypted with the team's passphrase. Type it twice, so that a typo does not make a package nobody can open.</translation>
    </message>
    <message>
        <source>The passphrase your manager set for the team's sync packages.</source>
        <translation>The passphrase your manager set for the team's sync packages.</translation>
    </message>
    <message>
        <source>&amp;Remember in this computer's keychain</source>
        <translation>&amp;Remember in this computer's keychain</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>frontline::TrainingPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
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
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: on the list of %Ln session(s), came to %2</source>
        <translation>
            <numerusform>%1: on the list of %Ln session, came to %2</numerusform>
            <numerusform>%1: on the list of %Ln sessions, came to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation>, average score %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln training session(s) you can see</source>
        <translation>
            <numerusform>%Ln training session you can see</numerusform>
            <numerusform>%Ln training sessions you can see</numerusform>
        </translation>
    </message>
    <message>
        <source>Put %1 on the list</source>
        <translation>Put %1 on the list</translation>
    </message>
    <message>
        <source>Put the team on the list</source>
        <translation>Put the team on the list</translation>
    </message>
    <message>
        <source>Choose a session to see who came.</source>
        <translation>Choose a session to see who came.</translation>
    </message>
    <message>
        <source>Attendance and scores: %1</source>
        <translation>Attendance and scores: %1</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 100.</source>
        <translation>A score is a whole number from 0 to 100.</translation>
    </message>
</context>
<context>
    <name>frontline::TrainingRepository</name>
    <message>
        <source>Enter the session's title.</source>
        <translation>Enter the session's title.</translation>
    </message>
    <message>
        <source>Unknown topic "%1".</source>
        <translation>Unknown topic "%1".</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Enter the date of the session.</translation>
    </message>
    <message>
        <source>A session lasts between 0 and 1,440 minutes.</source>
        <translation>A session lasts between 0 and 1,440 minutes.</translation>
    </message>
    <message>
        <source>There is no training session %1.</source>
        <translation>There is no training session %1.</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>There is no member with the id %1.</translation>
    </message>
    <message>
        <source>A score is between 0 and 100.</source>
        <translation>A score is between 0 and 100.</translation>
    </message>
    <message>
        <source>The member is not on this session's list.</source>
        <translation>The member is not on this session's list.</translation>
    </message>
</context>
<context>
    <name>frontline::TrainingSessionDialog</name>
    <message>
        <source>Edit Training Session</source>
        <translation>Edit Training Session</translation>
    </message>
    <message>
        <source>New Training Session</source>
        <translation>New Training Session</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>Edit training session</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>New training session</translation>
    </message>
    <message>
        <source>What is taught, when and by whom. Attendance and scores are recorded on the Training tab.</source>
        <translation>What is taught, when and by whom. Attendance and scores are recorded on the Training tab.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>e.g. New product line, objection handling</source>
        <translation>e.g. New product line, objection handling</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
    <name>frontline::UserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>The first account is an administrator's. From now on everyone who opens this database logs in, and sees and does what their role allows.</source>
        <translation>The first account is an administrator's. From now on everyone who opens this database logs in, and sees and does what their role allows.</translation>
    </message>
    <message>
        <source>The user gets the role and the customers of the member chosen, and must choose their own password at the first login.</source>
        <translation>The user gets the role and the customers of the member chosen, and must choose their own password at the first login.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>No member: an administrator</source>
        <translation>No member: an administrator</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>frontline::UsersPanel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Must choose a password</source>
        <translation>Must choose a password</translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation>(no member)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
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
        <source>%1 can log in now.</source>
        <translation>%1 can log in now.</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next login.</source>
        <translation>%1 must choose a new password at the next login.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
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
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Add User…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Reset Password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
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
    <message>
        <source>Product knowledge</source>
        <translation>Product knowledge</translation>
    </message>
    <message>
        <source>Sales skills</source>
        <translation>Sales skills</translation>
    </message>
    <message>
        <source>Customer communication</source>
        <translation>Customer communication</translation>
    </message>
    <message>
        <source>Senior sales rep</source>
        <translation>Senior sales rep</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>development plan</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
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
    <message>
        <source>Collected payments</source>
        <translation>Collected payments</translation>
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
    <message>
        <source>Collected payments cannot be split by channel, product or category.</source>
        <translation>Collected payments cannot be split by channel, product or category.</translation>
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
    <message>
        <source>Revenue by %1</source>
        <translation>Revenue by %1</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Revenue target</translation>
    </message>
    <message>
        <source>Revenue by rep</source>
        <translation>Revenue by rep</translation>
    </message>
    <message>
        <source>Revenue trend</source>
        <translation>Revenue trend</translation>
    </message>
    <message>
        <source>Rep performance</source>
        <translation>Rep performance</translation>
    </message>
    <message>
        <source>The customer list needs the database.</source>
        <translation>The customer list needs the database.</translation>
    </message>
    <message>
        <source>The customer list is filtered by one member, region, grade or status at most.</source>
        <translation>The customer list is filtered by one member, region, grade or status at most.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Owner code</source>
        <translation>Owner code</translation>
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
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Orders in period</source>
        <translation>Orders in period</translation>
    </message>
    <message>
        <source>Revenue in period</source>
        <translation>Revenue in period</translation>
    </message>
    <message>
        <source>Orders in all</source>
        <translation>Orders in all</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Lifetime value</translation>
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
            <numerusform>Integrity check failed (%n problem).</numerusform>
            <numerusform>Integrity check failed (%n problems).</numerusform>
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
        <source>Name</source>
        <translation>Name</translation>
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
    <message>
        <source>CSV text encoding: utf-8 (with a BOM, the default) or gbk.</source>
        <translation>CSV text encoding: utf-8 (with a BOM, the default) or gbk.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>Unknown encoding "%1": use utf-8 or gbk.</translation>
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
    <message numerus="yes">
        <source>%n customers are called %1: give the customer's code or id.</source>
        <translation>
            <numerusform>%n customers are called %1: give the customer's code or id.</numerusform>
            <numerusform>%n customers are called %1: give the customer's code or id.</numerusform>
        </translation>
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
    <message>
        <source>There is no team called %1.</source>
        <translation>There is no team called %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n teams are called %1: give the team's id (frontline-cli team list).</source>
        <translation>
            <numerusform>%n teams are called %1: give the team's id (frontline-cli team list).</numerusform>
            <numerusform>%n teams are called %1: give the team's id (frontline-cli team list).</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 is yes or no.</translation>
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
    <message>
        <source>Only the customers behind a dashboard figure for --period (list): new (first purchase), active (bought), retained (bought in the period before and again), lost (bought in the period before, not again).</source>
        <translation>Only the customers behind a dashboard figure for --period (list): new (first purchase), active (bought), retained (bought in the period before and again), lost (bought in the period before, not again).</translation>
    </message>
    <message>
        <source>The period for --cohort: 2025-03, 2025-Q1, 2025 or FROM..TO.</source>
        <translation>The period for --cohort: 2025-03, 2025-Q1, 2025 or FROM..TO.</translation>
    </message>
    <message>
        <source>--cohort is new, active, retained or lost.</source>
        <translation>--cohort is new, active, retained or lost.</translation>
    </message>
    <message>
        <source>--cohort needs --period (2025-03, 2025-Q1, 2025 or FROM..TO). %1</source>
        <translation>--cohort needs --period (2025-03, 2025-Q1, 2025 or FROM..TO). %1</translation>
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
        <source>Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders (%8 lines, %9), %10 payments (%11), %12 tasks, %13 targets.</source>
        <translation>Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders (%8 lines, %9), %10 payments (%11), %12 tasks, %13 targets.</translation>
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
        <source>review: the review of the member's development plan.</source>
        <translation>review: the review of the member's development plan.</translation>
    </message>
    <message>
        <source>Give the review with --comment.</source>
        <translation>Give the review with --comment.</translation>
    </message>
    <message>
        <source>List evaluation versions, show a frozen snapshot, adjust or publish one, review a plan</source>
        <translation>List evaluation versions, show a frozen snapshot, adjust or publish one, review a plan</translation>
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
        <source>The member's code (add; default: the next free one).</source>
        <translation>The member's code (add; default: the next free one).</translation>
    </message>
    <message>
        <source>Only active members (list).</source>
        <translation>Only active members (list).</translation>
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
        <source>The name (add, edit).</source>
        <translation>The name (add, edit).</translation>
    </message>
    <message>
        <source>admin, manager, rep or support (add: default rep; edit).</source>
        <translation>admin, manager, rep or support (add: default rep; edit).</translation>
    </message>
    <message>
        <source>yes: the manager role; no: back to rep (edit).</source>
        <translation>yes: the manager role; no: back to rep (edit).</translation>
    </message>
    <message>
        <source>The team, by id or name (add, edit; list: filter).</source>
        <translation>The team, by id or name (add, edit; list: filter).</translation>
    </message>
    <message>
        <source>The phone number (add, edit).</source>
        <translation>The phone number (add, edit).</translation>
    </message>
    <message>
        <source>The e-mail address (add, edit).</source>
        <translation>The e-mail address (add, edit).</translation>
    </message>
    <message>
        <source>Hire date, YYYY-MM-DD (add, edit).</source>
        <translation>Hire date, YYYY-MM-DD (add, edit).</translation>
    </message>
    <message>
        <source>active or inactive (edit).</source>
        <translation>active or inactive (edit).</translation>
    </message>
    <message>
        <source>One line of the role's duties (duties; repeat for several).</source>
        <translation>One line of the role's duties (duties; repeat for several).</translation>
    </message>
    <message>
        <source>Remove all of the role's duties (duties).</source>
        <translation>Remove all of the role's duties (duties).</translation>
    </message>
    <message>
        <source>Use: frontline-cli member duties ROLE [--duty TEXT]… [--clear]</source>
        <translation>Use: frontline-cli member duties ROLE [--duty TEXT]… [--clear]</translation>
    </message>
    <message>
        <source>The role is admin, manager, rep or support.</source>
        <translation>The role is admin, manager, rep or support.</translation>
    </message>
    <message>
        <source>The duties could not be saved.</source>
        <translation>The duties could not be saved.</translation>
    </message>
    <message>
        <source>No duties are written down for this role.</source>
        <translation>No duties are written down for this role.</translation>
    </message>
    <message>
        <source>Use: frontline-cli member edit CODE [--name …] [--role …] [--team …] [--status active|inactive] …</source>
        <translation>Use: frontline-cli member edit CODE [--name …] [--role …] [--team …] [--status active|inactive] …</translation>
    </message>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>There is no member with the code %1.</translation>
    </message>
    <message>
        <source>--status is active or inactive.</source>
        <translation>--status is active or inactive.</translation>
    </message>
    <message>
        <source>Saved member %1 %2.</source>
        <translation>Saved member %1 %2.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List, add or edit team members, or a role's duties</source>
        <translation>List, add or edit team members, or a role's duties</translation>
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
    <name>frontline::cli::PaymentCommand</name>
    <message>
        <source>The customer's id, code or name (add: who paid, or taken from --order; list, balances: filter).</source>
        <translation>The customer's id, code or name (add: who paid, or taken from --order; list, balances: filter).</translation>
    </message>
    <message>
        <source>The order number the payment is for (add; list: filter).</source>
        <translation>The order number the payment is for (add; list: filter).</translation>
    </message>
    <message>
        <source>The amount in yuan, e.g. 1234.50, ¥1.2万 or -500 for a refund (add).</source>
        <translation>The amount in yuan, e.g. 1234.50, ¥1.2万 or -500 for a refund (add).</translation>
    </message>
    <message>
        <source>The day the money was received (add; default today).</source>
        <translation>The day the money was received (add; default today).</translation>
    </message>
    <message>
        <source>transfer, cash, wechat, alipay, card, cheque, draft or other.</source>
        <translation>transfer, cash, wechat, alipay, card, cheque, draft or other.</translation>
    </message>
    <message>
        <source>The receipt or bank slip number; a number already recorded is refused (add).</source>
        <translation>The receipt or bank slip number; a number already recorded is refused (add).</translation>
    </message>
    <message>
        <source>The rep credited (add; default: the order's rep, else the customer's owner; list: filter).</source>
        <translation>The rep credited (add; default: the order's rep, else the customer's owner; list: filter).</translation>
    </message>
    <message>
        <source>Notes (add).</source>
        <translation>Notes (add).</translation>
    </message>
    <message>
        <source>Received in this period: 2025-03, 2025-Q1, 2025 or FROM..TO (list).</source>
        <translation>Received in this period: 2025-03, 2025-Q1, 2025 or FROM..TO (list).</translation>
    </message>
    <message>
        <source>Received on or after this date (list).</source>
        <translation>Received on or after this date (list).</translation>
    </message>
    <message>
        <source>Received on or before this date (list).</source>
        <translation>Received on or before this date (list).</translation>
    </message>
    <message>
        <source>Only this team and the teams below it, by id or name (list: credited reps; balances: customers' owners).</source>
        <translation>Only this team and the teams below it, by id or name (list: credited reps; balances: customers' owners).</translation>
    </message>
    <message>
        <source>At most N rows (list, balances).</source>
        <translation>At most N rows (list, balances).</translation>
    </message>
    <message>
        <source>Use: frontline-cli payment %1 ID</source>
        <translation>Use: frontline-cli payment %1 ID</translation>
    </message>
    <message>
        <source>There is no payment %1 that you can change.</source>
        <translation>There is no payment %1 that you can change.</translation>
    </message>
    <message>
        <source>Deleted payment %1.</source>
        <translation>Deleted payment %1.</translation>
    </message>
    <message>
        <source>Restored payment %1.</source>
        <translation>Restored payment %1.</translation>
    </message>
    <message>
        <source>The team has no active members.</source>
        <translation>The team has no active members.</translation>
    </message>
    <message>
        <source>There is no order %1 that you can see.</source>
        <translation>There is no order %1 that you can see.</translation>
    </message>
    <message>
        <source>--method is one of %1.</source>
        <translation>--method is one of %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <source>Billed (¥)</source>
        <translation>Billed (¥)</translation>
    </message>
    <message>
        <source>Collected (¥)</source>
        <translation>Collected (¥)</translation>
    </message>
    <message>
        <source>Outstanding (¥)</source>
        <translation>Outstanding (¥)</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Payments: %1, total %2</source>
        <translation>Payments: %1, total %2</translation>
    </message>
    <message>
        <source>payment add needs --customer ID|CODE|NAME or --order ORDER_NO.</source>
        <translation>payment add needs --customer ID|CODE|NAME or --order ORDER_NO.</translation>
    </message>
    <message>
        <source>payment add needs --amount YUAN.</source>
        <translation>payment add needs --amount YUAN.</translation>
    </message>
    <message>
        <source>--amount: "%1" is not an amount.</source>
        <translation>--amount: "%1" is not an amount.</translation>
    </message>
    <message>
        <source>Recorded payment %1: %2 from %3 on %4, credited to %5.</source>
        <translation>Recorded payment %1: %2 from %3 on %4, credited to %5.</translation>
    </message>
    <message>
        <source>Record, list, delete or restore collected payments, or show what customers owe</source>
        <translation>Record, list, delete or restore collected payments, or show what customers owe</translation>
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
    <name>frontline::cli::PlanCommand</name>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Skills:</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Milestones:</translation>
    </message>
    <message>
        <source> overdue</source>
        <translation> overdue</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Reviews:</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>The member's code.</source>
        <translation>The member's code.</translation>
    </message>
    <message>
        <source>set: the current position (rep, senior_rep, team_lead, manager).</source>
        <translation>set: the current position (rep, senior_rep, team_lead, manager).</translation>
    </message>
    <message>
        <source>set: the position the plan leads to.</source>
        <translation>set: the position the plan leads to.</translation>
    </message>
    <message>
        <source>set: draft, active, on_hold or completed; milestone: planned, in_progress, done or missed.</source>
        <translation>set: draft, active, on_hold or completed; milestone: planned, in_progress, done or missed.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>goal: what is to be achieved.</source>
        <translation>goal: what is to be achieved.</translation>
    </message>
    <message>
        <source>skill: the skill's name.</source>
        <translation>skill: the skill's name.</translation>
    </message>
    <message>
        <source>skill: the current level, 1 to 5.</source>
        <translation>skill: the current level, 1 to 5.</translation>
    </message>
    <message>
        <source>skill: the level aimed at, 1 to 5.</source>
        <translation>skill: the level aimed at, 1 to 5.</translation>
    </message>
    <message>
        <source>milestone: what marks it.</source>
        <translation>milestone: what marks it.</translation>
    </message>
    <message>
        <source>milestone: the due date.</source>
        <translation>milestone: the due date.</translation>
    </message>
    <message>
        <source>review: the evaluation period, e.g. 2025-Q1 or 2025-03.</source>
        <translation>review: the evaluation period, e.g. 2025-Q1 or 2025-03.</translation>
    </message>
    <message>
        <source>review: the reviewer's comment.</source>
        <translation>review: the reviewer's comment.</translation>
    </message>
    <message>
        <source>review: the day of the review (default today).</source>
        <translation>review: the day of the review (default today).</translation>
    </message>
    <message>
        <source>achieve: mark the goal as not achieved.</source>
        <translation>achieve: mark the goal as not achieved.</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan %1</source>
        <translation>Use: frontline-cli plan %1</translation>
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
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>There is no development plan of %1 that you can see.</source>
        <translation>There is no development plan of %1 that you can see.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Give the member with --member CODE.</source>
        <translation>Give the member with --member CODE.</translation>
    </message>
    <message>
        <source>Development plan saved.</source>
        <translation>Development plan saved.</translation>
    </message>
    <message>
        <source>Goal added.</source>
        <translation>Goal added.</translation>
    </message>
    <message>
        <source>A level is a number from 1 to 5.</source>
        <translation>A level is a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Skill saved.</source>
        <translation>Skill saved.</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan milestone ID --status STATUS</source>
        <translation>Use: frontline-cli plan milestone ID --status STATUS</translation>
    </message>
    <message>
        <source>Give the new status with --status.</source>
        <translation>Give the new status with --status.</translation>
    </message>
    <message>
        <source>Milestone %1 is now %2.</source>
        <translation>Milestone %1 is now %2.</translation>
    </message>
    <message>
        <source>Milestone added.</source>
        <translation>Milestone added.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>Review recorded.</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan achieve GOAL_ID [--undo]</source>
        <translation>Use: frontline-cli plan achieve GOAL_ID [--undo]</translation>
    </message>
    <message>
        <source>Goal %1 updated.</source>
        <translation>Goal %1 updated.</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan remove goal|skill|milestone ID</source>
        <translation>Use: frontline-cli plan remove goal|skill|milestone ID</translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>Removed %1 %2.</translation>
    </message>
    <message>
        <source>Personal development plans: career path, goals, skills, milestones, reviews</source>
        <translation>Personal development plans: career path, goals, skills, milestones, reviews</translation>
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
        <source>Mask names, phones and e-mails; codes become pseudonyms stable within this run.</source>
        <translation>Mask names, phones and e-mails; codes become pseudonyms stable within this run.</translation>
    </message>
    <message>
        <source>An Excel report is written to a file: add --out FILE.</source>
        <translation>An Excel report is written to a file: add --out FILE.</translation>
    </message>
    <message>
        <source>table, csv, json, xlsx or pdf (default table; --json means json; xlsx and pdf need --out).</source>
        <translation>table, csv, json, xlsx or pdf (default table; --json means json; xlsx and pdf need --out).</translation>
    </message>
    <message>
        <source>Unknown format "%1": use table, csv, json, xlsx or pdf.</source>
        <translation>Unknown format "%1": use table, csv, json, xlsx or pdf.</translation>
    </message>
    <message>
        <source>A PDF report is written to a file: add --out FILE.</source>
        <translation>A PDF report is written to a file: add --out FILE.</translation>
    </message>
    <message>
        <source>The dashboard's PDF is for everyone you may see or one --team; it takes no other filter and no --anonymize.</source>
        <translation>The dashboard's PDF is for everyone you may see or one --team; it takes no other filter and no --anonymize.</translation>
    </message>
    <message>
        <source>This frontline-cli was built without the GUI libraries (FRONTLINE_BUILD_GUI=OFF): PDF is not available; use xlsx or csv.</source>
        <translation>This frontline-cli was built without the GUI libraries (FRONTLINE_BUILD_GUI=OFF): PDF is not available; use xlsx or csv.</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8 (with a BOM in a file, the default) or gbk.</source>
        <translation>CSV text encoding: utf-8 (with a BOM in a file, the default) or gbk.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>Unknown encoding "%1": use utf-8 or gbk.</translation>
    </message>
    <message>
        <source>--encoding is for --format csv.</source>
        <translation>--encoding is for --format csv.</translation>
    </message>
    <message>
        <source>frontline-cli: some characters have no %1 equivalent and were written as "?".
</source>
        <translation>frontline-cli: some characters have no %1 equivalent and were written as "?".
</translation>
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
        <source>The card of a role or position: %1.</source>
        <translation>The card of a role or position: %1.</translation>
    </message>
    <message>
        <source>show: the card this member is scored with.</source>
        <translation>show: the card this member is scored with.</translation>
    </message>
    <message>
        <source>set: the card's name.</source>
        <translation>set: the card's name.</translation>
    </message>
    <message>
        <source>set: the card as JSON (what show --json prints).</source>
        <translation>set: the card as JSON (what show --json prints).</translation>
    </message>
    <message>
        <source>set, repeatable, replaces the indicators: "metric=revenue weight=40 [direction=lower] [rule=steps steps=80:60,100:100] [cap=120] [target=4.5]" (cap and thresholds in percent; target fixed, in the metric's unit; without it the member's own target).</source>
        <translation>set, repeatable, replaces the indicators: "metric=revenue weight=40 [direction=lower] [rule=steps steps=80:60,100:100] [cap=120] [target=4.5]" (cap and thresholds in percent; target fixed, in the metric's unit; without it the member's own target).</translation>
    </message>
    <message>
        <source>set: check the card without saving it.</source>
        <translation>set: check the card without saving it.</translation>
    </message>
    <message>
        <source>"%1" in "%2" is not KEY=VALUE with KEY metric, weight, direction, rule, steps, cap or target.</source>
        <translation>"%1" in "%2" is not KEY=VALUE with KEY metric, weight, direction, rule, steps, cap or target.</translation>
    </message>
    <message>
        <source>"%1": give metric= one of %2.</source>
        <translation>"%1": give metric= one of %2.</translation>
    </message>
    <message>
        <source>"%1": weight is a whole percent, direction higher or lower, rule linear or steps, cap a percentage.</source>
        <translation>"%1": weight is a whole percent, direction higher or lower, rule linear or steps, cap a percentage.</translation>
    </message>
    <message>
        <source>"%1" is not PERCENT:POINTS (80:60).</source>
        <translation>"%1" is not PERCENT:POINTS (80:60).</translation>
    </message>
    <message>
        <source>"%1" is not a target for %2.</source>
        <translation>"%1" is not a target for %2.</translation>
    </message>
    <message>
        <source>Use: frontline-cli scorecard %1</source>
        <translation>Use: frontline-cli scorecard %1</translation>
    </message>
    <message>
        <source>Unknown role "%1": use %2.</source>
        <translation>Unknown role "%1": use %2.</translation>
    </message>
    <message>
        <source>Give the card with --role.</source>
        <translation>Give the card with --role.</translation>
    </message>
    <message>
        <source>Give one of --role or --member.</source>
        <translation>Give one of --role or --member.</translation>
    </message>
    <message>
        <source>Give the indicators with --file or with --indicator, not both.</source>
        <translation>Give the indicators with --file or with --indicator, not both.</translation>
    </message>
    <message>
        <source>%1 is outside what you may see.</source>
        <translation>%1 is outside what you may see.</translation>
    </message>
    <message>
        <source>%1 has no scorecard: their role is not evaluated.</source>
        <translation>%1 has no scorecard: their role is not evaluated.</translation>
    </message>
    <message>
        <source>There is no scorecard for %1; members of it are scored with their role's card.</source>
        <translation>There is no scorecard for %1; members of it are scored with their role's card.</translation>
    </message>
    <message>
        <source>Scorecard for %1 removed.</source>
        <translation>Scorecard for %1 removed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 is not JSON: %2</translation>
    </message>
    <message>
        <source>Dry run: the card is valid, nothing written.</source>
        <translation>Dry run: the card is valid, nothing written.</translation>
    </message>
    <message>
        <source>Scorecard saved.</source>
        <translation>Scorecard saved.</translation>
    </message>
    <message>
        <source>List, show, set or remove the KPI scorecard of a role or position</source>
        <translation>List, show, set or remove the KPI scorecard of a role or position</translation>
    </message>
</context>
<context>
    <name>frontline::cli::SettingsCommand</name>
    <message>
        <source>Use: frontline-cli settings %1</source>
        <translation>Use: frontline-cli settings %1</translation>
    </message>
    <message>
        <source>Unknown setting "%1": use %2.</source>
        <translation>Unknown setting "%1": use %2.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>The team's shared settings (company name on reports): list, get KEY, set KEY VALUE</source>
        <translation>The team's shared settings (company name on reports): list, get KEY, set KEY VALUE</translation>
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
    <message>
        <source>Changes not yet at the manager: %1.</source>
        <translation>Changes not yet at the manager: %1.</translation>
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
    <message>
        <source>revenue, collected, orders, new_customers, visits… (default revenue).</source>
        <translation>revenue, collected, orders, new_customers, visits… (default revenue).</translation>
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
        <source>The related opportunity's id (add; its customer is the task's).</source>
        <translation>The related opportunity's id (add; its customer is the task's).</translation>
    </message>
    <message>
        <source>Only the tasks assigned to you (list; with --as or a login).</source>
        <translation>Only the tasks assigned to you (list; with --as or a login).</translation>
    </message>
    <message>
        <source>Only tasks of members of this team and the teams below it (list).</source>
        <translation>Only tasks of members of this team and the teams below it (list).</translation>
    </message>
    <message>
        <source>Use: frontline-cli task comment ID TEXT</source>
        <translation>Use: frontline-cli task comment ID TEXT</translation>
    </message>
    <message>
        <source>Comment added to task %1.</source>
        <translation>Comment added to task %1.</translation>
    </message>
    <message>
        <source>Use: frontline-cli task show ID</source>
        <translation>Use: frontline-cli task show ID</translation>
    </message>
    <message>
        <source>There is no task %1 that you can see.</source>
        <translation>There is no task %1 that you can see.</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Task %1: %2</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Assigned to: %1</translation>
    </message>
    <message>
        <source>Status: %1, priority %2</source>
        <translation>Status: %1, priority %2</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Opportunity: %1 (%2)</source>
        <translation>Opportunity: %1 (%2)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>--mine needs a member: log in as one, or use --as CODE (the administrator has no tasks).</source>
        <translation>--mine needs a member: log in as one, or use --as CODE (the administrator has no tasks).</translation>
    </message>
    <message>
        <source>--mine and --assignee name different members.</source>
        <translation>--mine and --assignee name different members.</translation>
    </message>
    <message>
        <source>--opportunity is the opportunity's id (frontline-cli opportunity list).</source>
        <translation>--opportunity is the opportunity's id (frontline-cli opportunity list).</translation>
    </message>
    <message>
        <source>List, show, add, complete or comment on tasks</source>
        <translation>List, show, add, complete or comment on tasks</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TeamCommand</name>
    <message>
        <source>The team above, by id or name (add; default: the top of the tree).</source>
        <translation>The team above, by id or name (add; default: the top of the tree).</translation>
    </message>
    <message>
        <source>company, region or team (add; default team).</source>
        <translation>company, region or team (add; default team).</translation>
    </message>
    <message>
        <source>The team the members of a removed team go to, by id or name (remove).</source>
        <translation>The team the members of a removed team go to, by id or name (remove).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
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
        <source>Above</source>
        <translation>Above</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Use: frontline-cli team add NAME [--parent TEAM] [--kind KIND]</source>
        <translation>Use: frontline-cli team add NAME [--parent TEAM] [--kind KIND]</translation>
    </message>
    <message>
        <source>Added team %1 (%2).</source>
        <translation>Added team %1 (%2).</translation>
    </message>
    <message>
        <source>Use: frontline-cli team rename TEAM NEW-NAME</source>
        <translation>Use: frontline-cli team rename TEAM NEW-NAME</translation>
    </message>
    <message>
        <source>Team %1 is now called %2.</source>
        <translation>Team %1 is now called %2.</translation>
    </message>
    <message>
        <source>Use: frontline-cli team move TEAM NEW-PARENT</source>
        <translation>Use: frontline-cli team move TEAM NEW-PARENT</translation>
    </message>
    <message>
        <source>Team %1 is now below %2.</source>
        <translation>Team %1 is now below %2.</translation>
    </message>
    <message>
        <source>Use: frontline-cli team remove TEAM [--move-members-to TEAM]</source>
        <translation>Use: frontline-cli team remove TEAM [--move-members-to TEAM]</translation>
    </message>
    <message>
        <source>Removed team %1.</source>
        <translation>Removed team %1.</translation>
    </message>
    <message>
        <source>List, add, rename, move or remove teams</source>
        <translation>List, add, rename, move or remove teams</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TrainingCommand</name>
    <message>
        <source>--%1: "%2" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).</source>
        <translation>--%1: "%2" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).</translation>
    </message>
    <message>
        <source>The session's title (add, edit).</source>
        <translation>The session's title (add, edit).</translation>
    </message>
    <message>
        <source>product_knowledge, sales_skills, customer_communication or other (add, edit; list: filter).</source>
        <translation>product_knowledge, sales_skills, customer_communication or other (add, edit; list: filter).</translation>
    </message>
    <message>
        <source>The day it is held (add, edit).</source>
        <translation>The day it is held (add, edit).</translation>
    </message>
    <message>
        <source>Who gives it (add, edit).</source>
        <translation>Who gives it (add, edit).</translation>
    </message>
    <message>
        <source>Minutes (add, edit).</source>
        <translation>Minutes (add, edit).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>The member's code (attend, score; list: their trainings).</source>
        <translation>The member's code (attend, score; list: their trainings).</translation>
    </message>
    <message>
        <source>attend: on the list, but did not come.</source>
        <translation>attend: on the list, but did not come.</translation>
    </message>
    <message>
        <source>score: 0 to 100, or none to clear it.</source>
        <translation>score: 0 to 100, or none to clear it.</translation>
    </message>
    <message>
        <source>list: sessions on or after this day.</source>
        <translation>list: sessions on or after this day.</translation>
    </message>
    <message>
        <source>list: sessions on or before this day.</source>
        <translation>list: sessions on or before this day.</translation>
    </message>
    <message>
        <source>Use: frontline-cli training %1</source>
        <translation>Use: frontline-cli training %1</translation>
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
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Use: frontline-cli training edit ID [--title …]</source>
        <translation>Use: frontline-cli training edit ID [--title …]</translation>
    </message>
    <message>
        <source>There is no training session %1 that you can see.</source>
        <translation>There is no training session %1 that you can see.</translation>
    </message>
    <message>
        <source>--duration: "%1" is not a number of minutes.</source>
        <translation>--duration: "%1" is not a number of minutes.</translation>
    </message>
    <message>
        <source>Added training session %1: %2.</source>
        <translation>Added training session %1: %2.</translation>
    </message>
    <message>
        <source>Changed training session %1.</source>
        <translation>Changed training session %1.</translation>
    </message>
    <message>
        <source>Use: frontline-cli training %1 ID</source>
        <translation>Use: frontline-cli training %1 ID</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %Ln minute(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %Ln minute</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>no trainer</source>
        <translation>no trainer</translation>
    </message>
    <message>
        <source>came</source>
        <translation>came</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>There is no training session %1 that you can change.</source>
        <translation>There is no training session %1 that you can change.</translation>
    </message>
    <message>
        <source>Removed training session %1.</source>
        <translation>Removed training session %1.</translation>
    </message>
    <message>
        <source>Give the member with --member CODE.</source>
        <translation>Give the member with --member CODE.</translation>
    </message>
    <message>
        <source>%1 came to session %2.</source>
        <translation>%1 came to session %2.</translation>
    </message>
    <message>
        <source>%1 is on the list of session %2 but did not come.</source>
        <translation>%1 is on the list of session %2 but did not come.</translation>
    </message>
    <message>
        <source>Give the score with --score (0 to 100, or none).</source>
        <translation>Give the score with --score (0 to 100, or none).</translation>
    </message>
    <message>
        <source>--score: "%1" is not a score from 0 to 100.</source>
        <translation>--score: "%1" is not a score from 0 to 100.</translation>
    </message>
    <message>
        <source>Score of %1 in session %2: %3.</source>
        <translation>Score of %1 in session %2: %3.</translation>
    </message>
    <message>
        <source>Training sessions: list, show, add, edit, attendance and assessment scores</source>
        <translation>Training sessions: list, show, add, edit, attendance and assessment scores</translation>
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
    <message>
        <source>Watch the folder saved in the database (the app's Automatic Import), with its kind, mapping and interval; no DIR.</source>
        <translation>Watch the folder saved in the database (the app's Automatic Import), with its kind, mapping and interval; no DIR.</translation>
    </message>
    <message>
        <source>Save DIR, the kind, the mapping and the interval as the database's Automatic Import, which the app then runs while the database is open.</source>
        <translation>Save DIR, the kind, the mapping and the interval as the database's Automatic Import, which the app then runs while the database is open.</translation>
    </message>
    <message>
        <source>Turn the database's Automatic Import off, and exit.</source>
        <translation>Turn the database's Automatic Import off, and exit.</translation>
    </message>
    <message>
        <source>Use one of --saved, --remember and --forget.</source>
        <translation>Use one of --saved, --remember and --forget.</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>The settings could not be saved in %1.</translation>
    </message>
    <message>
        <source>Automatic import is off.</source>
        <translation>Automatic import is off.</translation>
    </message>
    <message>
        <source>This database has no Automatic Import turned on: save one in the app, or with watch DIR --kind KIND --remember.</source>
        <translation>This database has no Automatic Import turned on: save one in the app, or with watch DIR --kind KIND --remember.</translation>
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
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation>Unknown format "%1": use csv or xlsx.</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Commission %1</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>From attainment</source>
        <translation>From attainment</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>Unknown encoding "%1": use utf-8 or gbk.</translation>
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
        <source>%1 is a web page or XML file with a spreadsheet extension, not a workbook. Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 is a web page or XML file with a spreadsheet extension, not a workbook. Open it in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>frontline::io::XlsReader</name>
    <message>
        <source>%1 could not be read as an Excel 97–2003 workbook (FreeXL error %2). Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 could not be read as an Excel 97–2003 workbook (FreeXL error %2). Open it in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>%1 is protected with a password. Open it in Excel or WPS, remove the password and save it again.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 has no worksheet.</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2"; its sheets are: %3.</source>
        <translation>%1 has no sheet named "%2"; its sheets are: %3.</translation>
    </message>
    <message>
        <source>The sheet "%1" in %2 could not be read.</source>
        <translation>The sheet "%1" in %2 could not be read.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet "%2" in %3 could not be read.</source>
        <translation>Row %1 of the sheet "%2" in %3 could not be read.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls). This copy of Frontline was built without FreeXL, which reads them: install FreeXL (Debian/Ubuntu: libfreexl-dev; macOS: brew install freexl) and build again, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 is an Excel 97–2003 workbook (.xls). This copy of Frontline was built without FreeXL, which reads them: install FreeXL (Debian/Ubuntu: libfreexl-dev; macOS: brew install freexl) and build again, or open the file in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 could not be read: the Excel 97–2003 reader gave no answer for %2 seconds (the file may be damaged). Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 could not be read: the Excel 97–2003 reader gave no answer for %2 seconds (the file may be damaged). Open it in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 could not be read: the Excel 97–2003 reader stopped on it (the file may be damaged). Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 could not be read: the Excel 97–2003 reader stopped on it (the file may be damaged). Open it in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) is missing. Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) is missing. Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) could not be started (%3). Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) could not be started (%3). Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) belongs to another version of Frontline. Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) belongs to another version of Frontline. Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</translation>
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
    <message>
        <source>Cannot write %1: the chart could not be created.</source>
        <translation>Cannot write %1: the chart could not be created.</translation>
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
    <message>
        <source>Development plan: %1 → %2 (%3), %4 of %5 milestones done.</source>
        <translation>Development plan: %1 → %2 (%3), %4 of %5 milestones done.</translation>
    </message>
    <message>
        <source>Goal achieved: %1</source>
        <translation>Goal achieved: %1</translation>
    </message>
    <message>
        <source>Goal open: %1</source>
        <translation>Goal open: %1</translation>
    </message>
    <message>
        <source>Milestone due %1: %2 — %3, overdue</source>
        <translation>Milestone due %1: %2 — %3, overdue</translation>
    </message>
    <message>
        <source>Milestone due %1: %2 — %3</source>
        <translation>Milestone due %1: %2 — %3</translation>
    </message>
    <message>
        <source>Review of this version by %1 on %2: %3</source>
        <translation>Review of this version by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Review of version %1 by %2 on %3: %4</source>
        <translation>Review of version %1 by %2 on %3: %4</translation>
    </message>
    <message>
        <source>Review of %1 by %2 on %3: %4</source>
        <translation>Review of %1 by %2 on %3: %4</translation>
    </message>
    <message>
        <source>The member has no line in this evaluation.</source>
        <translation>The member has no line in this evaluation.</translation>
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
        <source>"%1" is not a role or position a scorecard is for: use %2.</source>
        <translation>"%1" is not a role or position a scorecard is for: use %2.</translation>
    </message>
    <message>
        <source>unknown metric "%1"</source>
        <translation>unknown metric "%1"</translation>
    </message>
    <message>
        <source>direction is higher or lower</source>
        <translation>direction is higher or lower</translation>
    </message>
    <message>
        <source>rule is linear or steps</source>
        <translation>rule is linear or steps</translation>
    </message>
    <message>
        <source>target_source is target or fixed</source>
        <translation>target_source is target or fixed</translation>
    </message>
    <message>
        <source>steps are THRESHOLD_BP:POINTS, ascending (8000:60,10000:100)</source>
        <translation>steps are THRESHOLD_BP:POINTS, ascending (8000:60,10000:100)</translation>
    </message>
    <message>
        <source>Indicator %1: %2.</source>
        <translation>Indicator %1: %2.</translation>
    </message>
    <message>
        <source>Indicator %1 (%2)</source>
        <translation>Indicator %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the metric is already on the card.</source>
        <translation>%1: the metric is already on the card.</translation>
    </message>
    <message>
        <source>%1: a step rule needs thresholds.</source>
        <translation>%1: a step rule needs thresholds.</translation>
    </message>
    <message>
        <source>%1: thresholds must be above zero and ascending (%2 after %3).</source>
        <translation>%1: thresholds must be above zero and ascending (%2 after %3).</translation>
    </message>
    <message>
        <source>%1: step points cannot be negative.</source>
        <translation>%1: step points cannot be negative.</translation>
    </message>
    <message>
        <source>The sales rep's scorecard is the default and cannot be removed.</source>
        <translation>The sales rep's scorecard is the default and cannot be removed.</translation>
    </message>
    <message>
        <source>There is no scorecard for "%1".</source>
        <translation>There is no scorecard for "%1".</translation>
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
    <message>
        <source>The targets of %1 are outside what you may see.</source>
        <translation>The targets of %1 are outside what you may see.</translation>
    </message>
    <message>
        <source>A rep sees only their own targets, not those of the team %1.</source>
        <translation>A rep sees only their own targets, not those of the team %1.</translation>
    </message>
    <message>
        <source>The targets of the team %1 are outside what you may see.</source>
        <translation>The targets of the team %1 are outside what you may see.</translation>
    </message>
</context>
</TS>
