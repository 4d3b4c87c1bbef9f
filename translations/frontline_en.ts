<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
            <numerusform>%n more customer share a name, phone or e-mail with it.</numerusform><numerusform>%n more customers share a name, phone or e-mail with it.</numerusform></translation>
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
            <numerusform>%Ln deleted customer, waiting to be restored</numerusform><numerusform>%Ln deleted customers, waiting to be restored</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) match</source>
        <translation>
            <numerusform>%Ln customer match</numerusform><numerusform>%Ln customers match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform><numerusform>%Ln customers</numerusform></translation>
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
    <name>frontline::Keychain</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>The system keychain did not answer.</translation>
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
            <numerusform>%Ln open opportunity worth %1, weighted %2</numerusform><numerusform>%Ln open opportunitys worth %1, weighted %2</numerusform></translation>
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
            <numerusform>%Ln order match</numerusform><numerusform>%Ln orders match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform><numerusform>%Ln orders</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), together %1 (cancelled ones not counted)</source>
        <translation>
            <numerusform>%Ln order, together %1 (cancelled ones not counted)</numerusform><numerusform>%Ln orders, together %1 (cancelled ones not counted)</numerusform></translation>
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
            <numerusform>%Ln task</numerusform><numerusform>%Ln tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln open task</numerusform><numerusform>%Ln open tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln overdue</numerusform><numerusform>, %Ln overdue</numerusform></translation>
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
            <numerusform>%Ln member in %1 team</numerusform><numerusform>%Ln members in %1 teams</numerusform></translation>
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
            <numerusform>%Ln customer</numerusform><numerusform>%Ln customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) worth %1, weighted %2</source>
        <translation>
            <numerusform>%Ln open opportunity worth %1, weighted %2</numerusform><numerusform>%Ln open opportunitys worth %1, weighted %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln open task</numerusform><numerusform>%Ln open tasks</numerusform></translation>
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
            <numerusform>%Ln active member</numerusform><numerusform>%Ln active members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) you can see</source>
        <translation>
            <numerusform>%Ln customer you can see</numerusform><numerusform>%Ln customers you can see</numerusform></translation>
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
            <numerusform>%Ln contact this week</numerusform><numerusform>%Ln contacts this week</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln contact match</numerusform><numerusform>%Ln contacts match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) recorded</source>
        <translation>
            <numerusform>%Ln contact recorded</numerusform><numerusform>%Ln contacts recorded</numerusform></translation>
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
        <source>Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders (%8 lines, %9), %10 tasks.</source>
        <translation>Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders (%8 lines, %9), %10 tasks.</translation>
    </message>
    <message>
        <source>Fill a new or empty database with a believable demo company and its history</source>
        <translation>Fill a new or empty database with a believable demo company and its history</translation>
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
</TS>
