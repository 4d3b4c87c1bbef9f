<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>frontline::Database</name>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open by %2 (process %3 on %4). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is required to encrypt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Frontline database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be updated to this version of Frontline, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key violation: row %1 of %2 refers to a missing row in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::DatabaseError</name>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Frontline database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Frontline database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong (or %1 is not a Frontline database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the change to %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: check that the file and its folder are accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::Keychain</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::Migrations</name>
    <message>
        <source>Unable to read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Frontline (schema %1; this version knows %2). Update Frontline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database structure failed at %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frontline::SqlCipherDriver</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to set the encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to apply the cipher settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to change the encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
