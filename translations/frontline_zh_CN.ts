<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Context</name>
    <message>
        <source>There is no customer %1 that you can see.</source>
        <translation>没有你可以查看的客户 %1。</translation>
    </message>
</context>
<context>
    <name>frontline::AccessScope</name>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>没有编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>没有 ID 为 %1 的成员。</translation>
    </message>
    <message>
        <source>The member %1 is no longer active.</source>
        <translation>成员 %1 已停用。</translation>
    </message>
</context>
<context>
    <name>frontline::ActingAsChooser</name>
    <message>
        <source>Administrator (everything)</source>
        <translation>管理员（全部数据）</translation>
    </message>
    <message>
        <source>&amp;Acting as:</source>
        <translation>当前身份(&amp;A)：</translation>
    </message>
    <message>
        <source>Without user accounts, choose whose view of the customers to work with.</source>
        <translation>在没有用户账户时，选择以谁的视角查看客户。</translation>
    </message>
</context>
<context>
    <name>frontline::ActivityImport</name>
    <message>
        <source>activities</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>member</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation>没有客户。</translation>
    </message>
    <message>
        <source>No customer "%1"; import the customers first.</source>
        <translation>没有客户“%1”；请先导入客户。</translation>
    </message>
    <message>
        <source>The customer belongs to someone outside your team.</source>
        <translation>该客户由本团队以外的人负责。</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>No date.</source>
        <translation>没有日期。</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; recorded as a visit.</source>
        <translation>未知方式“%1”；已记为拜访。</translation>
    </message>
    <message>
        <source>No member, and the customer has no owner to take.</source>
        <translation>没有跟进人，且该客户没有负责人可用。</translation>
    </message>
    <message>
        <source>Already recorded.</source>
        <translation>已记录过。</translation>
    </message>
</context>
<context>
    <name>frontline::ActivityRepository</name>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Unknown kind of activity "%1".</source>
        <translation>未知的联系方式“%1”。</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>满意度为 1 到 5。</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before the activity.</source>
        <translation>下次跟进日期不能早于本次联系。</translation>
    </message>
    <message>
        <source>Choose who made the contact.</source>
        <translation>请选择跟进人。</translation>
    </message>
</context>
<context>
    <name>frontline::ActivityTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>frontline::AddTeamCommand</name>
    <message>
        <source>New team %1</source>
        <translation>新建团队 %1</translation>
    </message>
</context>
<context>
    <name>frontline::AdminPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Privacy Notice</source>
        <translation>隐私声明</translation>
    </message>
</context>
<context>
    <name>frontline::AuditLog</name>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Permission change</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <source>User change</source>
        <translation>用户变更</translation>
    </message>
    <message>
        <source>Passphrase change</source>
        <translation>更改数据库口令</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>数据擦除</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>同意变更</translation>
    </message>
    <message>
        <source>Privacy notice change</source>
        <translation>隐私声明变更</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Team change</source>
        <translation>调整团队</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>考核成绩</translation>
    </message>
    <message>
        <source>Development plan review</source>
        <translation>发展计划评估</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>frontline::AuditPanel</name>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>The newest %1 entries: narrow the filter to see older ones.</source>
        <translation>最新的 %1 条记录：缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The log is intact: every entry matches the chain of those before it.</source>
        <translation>日志完整：每条记录都与之前记录的哈希链一致。</translation>
    </message>
    <message>
        <source>The log was altered outside Frontline: entry %1 does not match the entries before it.</source>
        <translation>日志在 Frontline 之外被改动：第 %1 条记录与之前的记录不一致。</translation>
    </message>
    <message>
        <source>The log could not be checked: %1</source>
        <translation>无法校验日志：%1</translation>
    </message>
    <message>
        <source>The audit log could not be exported: %1</source>
        <translation>无法导出审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Search what, where, detail</source>
        <translation>搜索对象、位置、详情</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>frontline::AuditTableModel</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>(administrator)</source>
        <translation>（管理员）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>frontline::AutoImport</name>
    <message>
        <source>Off: files are imported only through the import wizard.</source>
        <translation>未开启：文件只通过导入向导导入。</translation>
    </message>
    <message>
        <source>Not running: %1 may not import %2 into this database.</source>
        <translation>未运行：%1 无权向此数据库导入%2。</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>此用户</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %2 every %n second(s).</source>
        <translation>
            <numerusform>正在监视 %1，每 %n 秒查看一次，导入%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the folder: %1</source>
        <translation>等待文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) imported.</source>
        <translation>
            <numerusform>%1：已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) imported, %2 failed (see the failed folder).</source>
        <translation>
            <numerusform>%1：已导入 %n 个文件，%2 个失败（见 failed 文件夹）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::BackupCatalog</name>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>changed since verified</source>
        <translation>校验后已变更</translation>
    </message>
    <message>
        <source>failed verification</source>
        <translation>校验未通过</translation>
    </message>
    <message>
        <source>The file changed since it was made (checksum differs).</source>
        <translation>文件在创建后已被改动（校验和不符）。</translation>
    </message>
</context>
<context>
    <name>frontline::BackupNowDialog</name>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>立即备份数据库</translation>
    </message>
    <message>
        <source>An encrypted copy, checked before it is kept. You can go on working meanwhile.</source>
        <translation>生成加密副本，保存前会先校验。备份期间可以继续工作。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>With this database's &amp;passphrase</source>
        <translation>使用本数据库的密码(&amp;P)</translation>
    </message>
    <message>
        <source>With &amp;another passphrase</source>
        <translation>使用另一个密码(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>frontline::BackupRestore</name>
    <message>
        <source>The open database is not %1.</source>
        <translation>当前打开的数据库不是 %1。</translation>
    </message>
    <message>
        <source>A passphrase is required to encrypt the database.</source>
        <translation>加密数据库需要密码。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>数据库不能从自身恢复。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the backup beside %1: %2</source>
        <translation>无法将备份复制到 %1 所在的文件夹：%2</translation>
    </message>
    <message>
        <source>%1 is open in another program (process %2 on %3). Close it there, then restore.</source>
        <translation>%1 已在其他程序中打开（主机 %3 上的进程 %2）。请先在那里关闭，再进行恢复。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 aside; nothing was restored.</source>
        <translation>无法为 %1 另外保留一份副本；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot move the restored database to %1.</source>
        <translation>无法将恢复的数据库移动到 %1。</translation>
    </message>
</context>
<context>
    <name>frontline::BackupScheduler</name>
    <message>
        <source>Daily backups are off.</source>
        <translation>每日备份已关闭。</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>尚未进行过备份。</translation>
    </message>
    <message>
        <source>The last backup was made on %1.</source>
        <translation>上次备份于 %1。</translation>
    </message>
    <message>
        <source>Today's backup was made at %1.</source>
        <translation>今天已于 %1 完成备份。</translation>
    </message>
</context>
<context>
    <name>frontline::BackupVerifier</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>找不到备份文件 %1。</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1 (or it is not a Frontline backup).</source>
        <translation>密码无法打开备份 %1（或它不是 Frontline 备份）。</translation>
    </message>
    <message>
        <source>%1 is not a Frontline backup.</source>
        <translation>%1 不是 Frontline 备份。</translation>
    </message>
    <message>
        <source>%1 is not encrypted, so it is not a Frontline backup.</source>
        <translation>%1 未加密，因此不是 Frontline 备份。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored.</source>
        <translation>备份 %1 已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Frontline (schema %2; this version knows %3). Update Frontline to restore it.</source>
        <translation>备份 %1 由更新版本的 Frontline 创建（数据结构 %2；当前版本只支持到 %3）。请升级 Frontline 后再恢复。</translation>
    </message>
</context>
<context>
    <name>frontline::BackupWriter</name>
    <message>
        <source>The disk is full: the backup %1 was not written.</source>
        <translation>磁盘已满：备份 %1 未能写入。</translation>
    </message>
    <message>
        <source>Writing the backup %1 failed (disk error).</source>
        <translation>写入备份 %1 失败（磁盘错误）。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: check that its folder is writable.</source>
        <translation>无法写入备份 %1：请检查其所在文件夹是否可写。</translation>
    </message>
    <message>
        <source>The database stayed busy; the backup %1 was not made. Try again in a moment.</source>
        <translation>数据库持续繁忙，未能创建备份 %1。请稍后再试。</translation>
    </message>
    <message>
        <source>The database is damaged; the backup %1 was not made.</source>
        <translation>数据库已损坏，未能创建备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>备份 %1 失败：%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>A passphrase is required to encrypt the backup.</source>
        <translation>加密备份需要密码。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖任何文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A change is being saved; make the backup when it is done.</source>
        <translation>正在保存修改，请在保存完成后再备份。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The backup %1 did not pass its check and was deleted: %2</source>
        <translation>备份 %1 未通过校验，已删除：%2</translation>
    </message>
    <message>
        <source>Cannot rename the finished backup to %1.</source>
        <translation>无法将已完成的备份重命名为 %1。</translation>
    </message>
</context>
<context>
    <name>frontline::BackupsView</name>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1, %2.</source>
        <translation>最近一次定时备份：%1，%2。</translation>
    </message>
    <message>
        <source>No scheduled backup yet.</source>
        <translation>尚无定时备份。</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in this folder, newest first.</source>
        <translation>
            <numerusform>此文件夹中有 %n 个备份，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup settings could not be saved.</source>
        <translation>无法保存备份设置。</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2, verified).</source>
        <translation>已备份到 %1（%2，已校验）。</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) removed by the keep settings.</source>
        <translation>
            <numerusform>按保留设置删除了 %n 个旧备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Backup</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>%1 opens with that passphrase and passed the integrity check.</source>
        <translation>%1 可以用该密码打开，并通过了完整性检查。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>数据未作任何更改。</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>原数据库已另存为 %1。</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>定时备份</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation>每天(&amp;D)</translation>
    </message>
    <message>
        <source>One backup a day, when Frontline is next open that day.</source>
        <translation>每天一次，在当天 Frontline 打开时进行。</translation>
    </message>
    <message>
        <source>When Frontline &amp;closes</source>
        <translation>Frontline 关闭时(&amp;C)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>个每日备份</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>个每月备份</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>校验(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>frontline::BalanceTableModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最近回款</translation>
    </message>
</context>
<context>
    <name>frontline::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The whole database is encrypted again with the new passphrase. Copies and backups made before keep the old one.</source>
        <translation>整个数据库将用新密码重新加密。之前的副本和备份仍使用旧密码。</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前口令(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>frontline::CommissionsPanel</name>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Bonus or deduction…</source>
        <translation>奖金或扣款…</translation>
    </message>
    <message>
        <source>What if?</source>
        <translation>模拟测算</translation>
    </message>
    <message>
        <source>Extra revenue this period (¥)</source>
        <translation>本期再多销售（元）</translation>
    </message>
    <message>
        <source>Commission statements are for a month, a quarter or a year.</source>
        <translation>提成明细按月、季度或年度计算。</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) · %1 · amounts rounded half up to the fen once per line</source>
        <translation>
            <numerusform>%n 份明细 · %1 · 每行金额四舍五入到分，只舍入一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>提成明细</translation>
    </message>
    <message>
        <source>Statement of %1 · %2</source>
        <translation>%1 的提成明细 · %2</translation>
    </message>
    <message>
        <source>Base (own revenue): %1</source>
        <translation>提成基数（本人销售额）：%1</translation>
    </message>
    <message>
        <source>Target: %1 · attainment %2 · tier %3</source>
        <translation>目标：%1 · 达成率 %2 · 档位 %3</translation>
    </message>
    <message>
        <source>from %1 at %2</source>
        <translation>%1 起，费率 %2</translation>
    </message>
    <message>
        <source>Choose a member in the table.</source>
        <translation>请在表格中选择一位成员。</translation>
    </message>
    <message>
        <source>Write an amount in yuan, e.g. 50000.</source>
        <translation>请输入金额（元），例如 50000。</translation>
    </message>
    <message>
        <source>+%1 commission</source>
        <translation>提成 +%1</translation>
    </message>
    <message>
        <source>Export commission statements</source>
        <translation>导出提成明细</translation>
    </message>
    <message>
        <source>commission-%1.xlsx</source>
        <translation>提成-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份提成明细写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bonus or deduction</source>
        <translation>奖金或扣款</translation>
    </message>
    <message>
        <source>e.g. 500 or -200</source>
        <translation>例如 500 或 -200</translation>
    </message>
    <message>
        <source>Why (required; shown on the statement)</source>
        <translation>原因（必填，显示在提成明细中）</translation>
    </message>
    <message>
        <source>Amount (¥, negative to deduct)</source>
        <translation>金额（元，负数为扣款）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>frontline::ConflictsView</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>this database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>已解决 %n 个冲突。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its contacts, orders, visits and tasks move to %2. The merge can be undone on the Import/Export page.</source>
        <translation>将 %1 合并到 %2？其联系人、订单、拜访和任务都会转到 %2。合并可在“导入/导出”页撤销。</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 已合并到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed on two laptops before either saw the other's change. Each holds the later value for now; choose the one to keep (select several rows to decide them at once).</source>
        <translation>
            <numerusform>有 %n 个字段在两台电脑上被同时修改。目前各自保留较晚的值；请选择要保留的值（可选中多行一次处理）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change arrived without another one on the same field.</source>
        <translation>没有冲突：所有更改都未与同一字段上的其他更改相撞。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我方的值</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>保留我方(&amp;O)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>保留对方(&amp;T)</translation>
    </message>
    <message>
        <source>Keep What It &amp;Holds</source>
        <translation>保留当前值(&amp;H)</translation>
    </message>
    <message>
        <source>Keep the value each record holds now (the later change).</source>
        <translation>保留每条记录现在的值（较晚的那次修改）。</translation>
    </message>
    <message>
        <source>New customers recorded on two laptops that look like the same company:</source>
        <translation>两台电脑上新建、看起来是同一家公司的客户：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not the Same</source>
        <translation>不是同一客户(&amp;N)</translation>
    </message>
</context>
<context>
    <name>frontline::CreateCustomerCommand</name>
    <message>
        <source>New customer %1</source>
        <translation>新建客户 %1</translation>
    </message>
</context>
<context>
    <name>frontline::CreateOpportunityCommand</name>
    <message>
        <source>New opportunity %1</source>
        <translation>新建商机 %1</translation>
    </message>
</context>
<context>
    <name>frontline::CreateOrderCommand</name>
    <message>
        <source>New order %1</source>
        <translation>新建订单 %1</translation>
    </message>
</context>
<context>
    <name>frontline::CreateTaskCommand</name>
    <message>
        <source>New task %1</source>
        <translation>新建任务 %1</translation>
    </message>
</context>
<context>
    <name>frontline::CrmActions</name>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation>已删除 %1。按 %2 可恢复。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <source>Deleted the record of the contact with %1. %2 brings it back.</source>
        <translation>已删除与 %1 的联系记录。按 %2 可恢复。</translation>
    </message>
    <message>
        <source>The opportunity could not be moved.</source>
        <translation>无法调整商机阶段。</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Support staff can look at orders but not write them.</source>
        <translation>客服支持人员只能查看订单，不能新建或修改。</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>客服人员只能查看回款，不能登记。</translation>
    </message>
    <message>
        <source>Recorded %1 from %2.</source>
        <translation>已登记%2的回款 %1。</translation>
    </message>
    <message>
        <source>Delete Payment</source>
        <translation>删除回款</translation>
    </message>
    <message>
        <source>The payment could not be deleted: %1</source>
        <translation>无法删除该回款：%1</translation>
    </message>
    <message>
        <source>it may have been changed elsewhere.</source>
        <translation>它可能已在别处被修改。</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not delete them.</source>
        <translation>客服人员只能查看回款，不能删除。</translation>
    </message>
    <message>
        <source>Deleted the payment of %1 from %2. %3 brings it back.</source>
        <translation>已删除%2的回款 %1。按 %3 可恢复。</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerDetailView</name>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>WeChat %1</source>
        <translation>微信 %1</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>暂无联系人。</translation>
    </message>
    <message>
        <source>Open opportunities (%1)</source>
        <translation>进行中的商机（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Together %1, weighted %2</source>
        <translation>合计 %1，加权 %2</translation>
    </message>
    <message>
        <source>Order · %1</source>
        <translation>订单 · %1</translation>
    </message>
    <message>
        <source>Stage → %1</source>
        <translation>阶段 → %1</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>未完成任务（%1）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>&amp;Log Visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
    </message>
    <message>
        <source>Add &amp;Opportunity…</source>
        <translation>添加商机(&amp;O)…</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>添加任务(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>billed %1, collected %2</source>
        <translation>应收 %1，已回款 %2</translation>
    </message>
    <message>
        <source>%1 outstanding (%2)</source>
        <translation>未回款 %1（%2）</translation>
    </message>
    <message>
        <source>%1 paid in advance (%2)</source>
        <translation>预付 %1（%2）</translation>
    </message>
    <message>
        <source>Settled (%1)</source>
        <translation>已结清（%1）</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>另有更早的 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>近期回款</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerEditorDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂不分配</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 (owner: %2) already has this %3.</source>
        <translation>%1（负责人：%2）已使用相同的%3。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n more customer(s) share a name, phone or e-mail with it.</source>
        <translation>
            <numerusform>另有 %n 个客户与其名称、电话或邮箱相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer with this %1 already exists, outside the customers you can see. Ask your manager before adding it again.</source>
        <translation>已存在%1相同的客户，但不在你可查看的范围内。再次添加前请先询问你的经理。</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Only the name is needed; the rest can follow.</source>
        <translation>只需填写名称，其他信息可以以后补充。</translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation>%1 · 创建于 %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>简称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>We&amp;Chat:</source>
        <translation>微信(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>大区(&amp;R)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>A company's or a person's name</source>
        <translation>企业名称或个人姓名</translation>
    </message>
    <message>
        <source>Several separated by commas</source>
        <translation>多个请用逗号分隔</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>打开该客户(&amp;O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerImport</name>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact's title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>first recorded</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Unknown customer type "%1"; %2 was used.</source>
        <translation>未知客户类型“%1”；已按 %2 处理。</translation>
    </message>
    <message>
        <source>Unknown status "%1"; the customer is a lead.</source>
        <translation>未知状态“%1”；已设为线索。</translation>
    </message>
    <message>
        <source>Unknown source "%1"; recorded as other.</source>
        <translation>未知来源“%1”；已记为其他。</translation>
    </message>
    <message>
        <source>The grade is A, B, C or D; "%1" was left out.</source>
        <translation>等级应为 A、B、C 或 D；已忽略“%1”。</translation>
    </message>
    <message>
        <source>"%1" is not a date; left out.</source>
        <translation>“%1”不是日期；已忽略。</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number; kept as written.</source>
        <translation>“%1”不是有效的电话号码；按原样保留。</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address; moved to the notes.</source>
        <translation>“%1”不是邮箱地址；已移入备注。</translation>
    </message>
    <message>
        <source>E-mail (invalid): %1</source>
        <translation>邮箱（无效）：%1</translation>
    </message>
    <message>
        <source>%1 kept as "%2"; the file says "%3".</source>
        <translation>%1保留为“%2”；文件中为“%3”。</translation>
    </message>
    <message>
        <source>The owner stays %1; the file says %2.</source>
        <translation>负责人仍为 %1；文件中为 %2。</translation>
    </message>
    <message>
        <source>Same phone or e-mail as "%1"; merged into it, its name kept.</source>
        <translation>与“%1”的电话或邮箱相同；已合并到该客户，保留其名称。</translation>
    </message>
    <message>
        <source>No customer name.</source>
        <translation>没有客户名称。</translation>
    </message>
    <message>
        <source>Also looks like other customers in the file; merged into "%1".</source>
        <translation>与文件中的其他客户也相似；已合并到“%1”。</translation>
    </message>
    <message>
        <source>Merged into "%1" (row %2).</source>
        <translation>已合并到“%1”（第 %2 行）。</translation>
    </message>
    <message>
        <source>This customer already exists and belongs to someone outside your team.</source>
        <translation>该客户已存在，且由本团队以外的人负责。</translation>
    </message>
    <message>
        <source>Already there as "%1"; nothing new.</source>
        <translation>已存在（“%1”）；没有新内容。</translation>
    </message>
    <message>
        <source>Merged into "%1".</source>
        <translation>已合并到“%1”。</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerRepository</name>
    <message>
        <source>Enter the customer's name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>Choose company or individual.</source>
        <translation>请选择企业或个人。</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>The grade is A, B, C or D.</source>
        <translation>等级为 A、B、C 或 D。</translation>
    </message>
    <message>
        <source>Unknown source channel "%1".</source>
        <translation>未知来源渠道“%1”。</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>Give the date marketing consent was obtained.</source>
        <translation>请填写获得营销同意的日期。</translation>
    </message>
    <message>
        <source>You cannot give a customer to someone outside your team.</source>
        <translation>不能把客户分配给本团队以外的人。</translation>
    </message>
    <message>
        <source>Give the contacts of every customer, or none.</source>
        <translation>请为每个客户提供联系人，或都不提供。</translation>
    </message>
    <message>
        <source>Enter the contact's name.</source>
        <translation>请输入联系人姓名。</translation>
    </message>
</context>
<context>
    <name>frontline::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>frontline::CustomersPage</name>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted customer(s), waiting to be restored</source>
        <translation>
            <numerusform>%Ln 个已删除的客户，可恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) match</source>
        <translation>
            <numerusform>%Ln 个客户符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>没有已删除的客户</translation>
    </message>
    <message>
        <source>Customers you delete wait here, to be restored.</source>
        <translation>你删除的客户会暂存在这里，可以随时恢复。</translation>
    </message>
    <message>
        <source>Show All Customers</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <source>Search by name, full pinyin (beijing), initials (bjhl) or phone digits, or clear the filters.</source>
        <translation>可按名称、全拼（beijing）、首字母（bjhl）或电话号码搜索，或清除筛选条件。</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Add your first customer, or import them from Excel.</source>
        <translation>添加第一个客户，或从 Excel 导入客户。</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>Search by name, pinyin, initials or phone number</source>
        <translation>按名称、拼音、首字母或电话号码搜索</translation>
    </message>
    <message>
        <source>Recently Deleted</source>
        <translation>最近删除</translation>
    </message>
    <message>
        <source>Customers deleted from this list, to restore</source>
        <translation>从列表中删除的客户，可以恢复</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Right-click to choose columns; drag to rearrange them.</source>
        <translation>右键单击可选择显示哪些列；拖动可调整列的顺序。</translation>
    </message>
</context>
<context>
    <name>frontline::DashboardPage</name>
    <message>
        <source>¥10,000</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Everyone I can see</source>
        <translation>我可见的全部</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>As of %1 · calculated in %2 ms</source>
        <translation>截至 %1 · 计算用时 %2 毫秒</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>month</comment>
        <extracomment>A month in the period chooser: %1 year, %2 month</extracomment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A quarter in the period chooser: %1 year, %2 quarter</extracomment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <extracomment>A year in the period chooser</extracomment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Revenue trend, target and last year</source>
        <translation>销售额趋势、目标与去年同期</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Revenue by rep (top %1 of %2)</source>
        <translation>各销售代表销售额（%2 人中前 %1 名）</translation>
    </message>
    <message>
        <source>Revenue by rep</source>
        <translation>各销售代表销售额</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>各渠道销售额</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>各区域销售额</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Funnel: opportunities created in the period</source>
        <translation>销售漏斗：本期新建的商机</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Orders · %1</source>
        <translation>订单 · %1</translation>
    </message>
    <message>
        <source>Visits · %1</source>
        <translation>拜访 · %1</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Orders of %1 · %2</source>
        <translation>%1 的订单 · %2</translation>
    </message>
    <message>
        <source>Orders · %1 · %2</source>
        <translation>订单 · %1 · %2</translation>
    </message>
    <message>
        <source>Opportunities in %1</source>
        <translation>处于“%1”阶段的商机</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Calculate again with the latest data</source>
        <translation>用最新数据重新计算</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The dashboard is not ready yet.</source>
        <translation>总览尚未计算完成。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Dashboard %1.pdf</source>
        <translation>总览 %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>总览 %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview the dashboard on A4 pages and print it</source>
        <translation>以 A4 页面预览总览并打印</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard with its charts as an A4 PDF</source>
        <translation>将总览及其图表保存为 A4 PDF</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有大区</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>New customers · %1</source>
        <translation>新客户 · %1</translation>
    </message>
    <message>
        <source>Customers who bought again · %1</source>
        <translation>再次购买的客户 · %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n customer(s) who bought in %1</source>
        <translation>
            <numerusform>（%1 购买过的 %n 位客户中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers of this region</source>
        <translation>只看该大区的客户</translation>
    </message>
    <message>
        <source>Only orders of this sales channel (visits, new customers and opportunities have no channel)</source>
        <translation>只看该销售渠道的订单（拜访、新客户和商机不分渠道）</translation>
    </message>
    <message>
        <source>Collected payments by rep (top %1 of %2)</source>
        <translation>各销售代表回款额（前 %1 名，共 %2 名）</translation>
    </message>
    <message>
        <source>Collected payments by rep</source>
        <translation>各销售代表回款额</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Payments of %1 · %2</source>
        <translation>%1 的回款 · %2</translation>
    </message>
    <message>
        <source>What the rep chart shows: revenue, or the payments collected (回款)</source>
        <translation>销售代表图表显示的内容：销售额或回款额</translation>
    </message>
    <message>
        <source>Payments · %1</source>
        <translation>回款 · %1</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>正在查找客户…</translation>
    </message>
</context>
<context>
    <name>frontline::Database</name>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>%1 is already open by %2 (process %3 on %4). Close it there first.</source>
        <translation>%1 已被 %2 打开（主机 %4 上的进程 %3）。请先在那里关闭。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it or its folder is read-only.</source>
        <translation>无法写入数据库 %1：文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1.</source>
        <translation>无法在 %1 旁创建锁文件。</translation>
    </message>
    <message>
        <source>A passphrase is required to encrypt the database.</source>
        <translation>加密数据库需要密码。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Frontline database.</source>
        <translation>%1 不是 Frontline 数据库。</translation>
    </message>
    <message>
        <source>%1 must be updated to this version of Frontline, which needs write access.</source>
        <translation>%1 需要升级到当前版本的 Frontline，这需要写入权限。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Foreign key violation: row %1 of %2 refers to a missing row in %3</source>
        <translation>外键错误：%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>当前口令不正确。</translation>
    </message>
</context>
<context>
    <name>frontline::DatabaseError</name>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>无法读取数据库文件 %1。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Frontline database.</source>
        <translation>%1 是未加密的 SQLite 数据库，不是 Frontline 数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Frontline database.</source>
        <translation>%1 不是 Frontline 数据库。</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or %1 is not a Frontline database).</source>
        <translation>密码错误（或 %1 不是 Frontline 数据库）。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Try again in a moment.</source>
        <translation>数据库 %1 被另一个程序锁定，请稍后重试。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it or its folder is read-only.</source>
        <translation>无法写入数据库 %1：文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>The disk is full: the change to %1 was not saved.</source>
        <translation>磁盘已满：对 %1 的修改未能保存。</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>数据库 %1 已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: check that the file and its folder are accessible.</source>
        <translation>无法打开数据库 %1：请检查文件及其文件夹是否可以访问。</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (disk error).</source>
        <translation>读写 %1 失败（磁盘错误）。</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>数据库 %1 出错：%2</translation>
    </message>
</context>
<context>
    <name>frontline::DatabaseOpener</name>
    <message>
        <source>The passphrase saved on this computer no longer opens this database. Enter the current one.</source>
        <translation>这台电脑上保存的密码已无法打开这个数据库，请输入当前密码。</translation>
    </message>
    <message>
        <source>Passphrase Not Saved</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <source>The database is open, but its passphrase could not be saved in the system keychain: %1</source>
        <translation>数据库已打开，但密码未能保存到系统钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>frontline::DeleteCustomerCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
</context>
<context>
    <name>frontline::DemoFiller</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>正在创建演示公司…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Frontline Demo</source>
        <translation>Frontline 演示</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>frontline::DemoGenerator</name>
    <message>
        <source>Cancelled: no demo data was written.</source>
        <translation>已取消：未写入任何演示数据。</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>The pipeline has no stage "%1".</source>
        <translation>销售流程中没有阶段“%1”。</translation>
    </message>
    <message>
        <source>There is no room for orders in so short a history; choose more months.</source>
        <translation>历史太短，放不下订单；请选择更多月份。</translation>
    </message>
    <message>
        <source>Creating the organisation and the product catalogue</source>
        <translation>正在创建组织架构和产品目录</translation>
    </message>
    <message>
        <source>Creating customers, activities and orders</source>
        <translation>正在创建客户、拜访和订单</translation>
    </message>
    <message>
        <source>Creating the team's own tasks</source>
        <translation>正在创建团队任务</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>The number of reps must be from 1 to 5,000.</source>
        <translation>销售代表人数须在 1 到 5,000 之间。</translation>
    </message>
    <message>
        <source>The number of customers must be from 0 to 2,000,000.</source>
        <translation>客户数须在 0 到 2,000,000 之间。</translation>
    </message>
    <message>
        <source>The history must be from 1 to 120 months long.</source>
        <translation>历史长度须在 1 到 120 个月之间。</translation>
    </message>
    <message>
        <source>The number of order lines must be from 0 to 50,000,000.</source>
        <translation>订单行数须在 0 到 50,000,000 之间。</translation>
    </message>
    <message>
        <source>Order lines need customers to order them.</source>
        <translation>有订单行就必须有下单的客户。</translation>
    </message>
    <message>
        <source>The end date of the history is not a valid date.</source>
        <translation>历史的结束日期无效。</translation>
    </message>
    <message>
        <source>Demo data needs a database open for writing.</source>
        <translation>写入演示数据需要以可写方式打开数据库。</translation>
    </message>
    <message>
        <source>This database already has customers. Demo data goes only into a new, empty database.</source>
        <translation>此数据库已有客户。演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>frontline::DevelopmentPlanPanel</name>
    <message>
        <source>Edit plan…</source>
        <translation>编辑计划…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Set skill…</source>
        <translation>设定技能…</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>添加里程碑…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviews in evaluations</source>
        <translation>考核评估</translation>
    </message>
    <message>
        <source>Add review…</source>
        <translation>添加评估…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Career path</source>
        <translation>职业路径</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>已完成里程碑</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>下一个里程碑</translation>
    </message>
    <message>
        <source>Start a plan…</source>
        <translation>制定计划…</translation>
    </message>
    <message>
        <source>%1 has no development plan yet.</source>
        <translation>%1 还没有发展计划。</translation>
    </message>
    <message>
        <source>Career path: %1</source>
        <translation>职业路径：%1</translation>
    </message>
    <message>
        <source>Level %1 of 5</source>
        <translation>等级 %1 / 5</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Not reviewed yet: a manager adds a review in the monthly or quarterly evaluation.</source>
        <translation>尚未评估：经理在月度或季度考核时添加评估。</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>尚无计划</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Development Plan of %1</source>
        <translation>%1 的发展计划</translation>
    </message>
    <message>
        <source>Current position:</source>
        <translation>当前岗位：</translation>
    </message>
    <message>
        <source>Aiming for:</source>
        <translation>目标岗位：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Goal for %1:</source>
        <translation>%1 的目标：</translation>
    </message>
    <message>
        <source>Set Skill</source>
        <translation>设定技能</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <source>Level now (1–5):</source>
        <translation>当前等级（1–5）：</translation>
    </message>
    <message>
        <source>Level aimed at (1–5):</source>
        <translation>目标等级（1–5）：</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>里程碑：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Review of %1's Plan</source>
        <translation>评估 %1 的计划</translation>
    </message>
    <message>
        <source>2025-Q1, 2025-03 or 2025</source>
        <translation>2025-Q1、2025-03 或 2025</translation>
    </message>
    <message>
        <source>Evaluation period:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评语：</translation>
    </message>
</context>
<context>
    <name>frontline::DevelopmentPlans</name>
    <message>
        <source>Unknown position "%1".</source>
        <translation>未知职位“%1”。</translation>
    </message>
    <message>
        <source>Unknown plan status "%1".</source>
        <translation>未知计划状态“%1”。</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>没有编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>Enter the goal.</source>
        <translation>请填写目标。</translation>
    </message>
    <message>
        <source>There is no such item in a development plan.</source>
        <translation>发展计划中没有这一项。</translation>
    </message>
    <message>
        <source>Enter the skill's name.</source>
        <translation>请填写技能名称。</translation>
    </message>
    <message>
        <source>A level is between 1 and 5.</source>
        <translation>等级应在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>Enter the milestone.</source>
        <translation>请填写里程碑。</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>请填写截止日期。</translation>
    </message>
    <message>
        <source>Unknown milestone status "%1".</source>
        <translation>未知里程碑状态“%1”。</translation>
    </message>
    <message>
        <source>An evaluation period is a month, quarter or year (2025-03, 2025-Q1, 2025).</source>
        <translation>考核周期是月、季度或年度（2025-03、2025-Q1、2025）。</translation>
    </message>
    <message>
        <source>Enter the review's comment.</source>
        <translation>请填写评语。</translation>
    </message>
    <message>
        <source>Enter the date of the review.</source>
        <translation>请填写评估日期。</translation>
    </message>
    <message>
        <source>A development plan is reviewed by someone else, not its member.</source>
        <translation>发展计划须由他人评估，本人不能自评。</translation>
    </message>
    <message>
        <source>The member has no development plan to review.</source>
        <translation>该成员还没有可评估的发展计划。</translation>
    </message>
</context>
<context>
    <name>frontline::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n order(s) · %1</source>
        <translation>
            <numerusform>%n 个订单 · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) · %1</source>
        <translation>
            <numerusform>%n 个商机 · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activities: %n</source>
        <translation>
            <numerusform>联系记录：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) · %1</source>
        <translation>
            <numerusform>%n 笔回款 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::DutiesDialog</name>
    <message>
        <source>Responsibilities of the %1</source>
        <translation>%1职责</translation>
    </message>
    <message>
        <source>One duty per line, in order. Everyone with this role sees them on the Team page.</source>
        <translation>每行一条职责，按顺序排列。该角色的所有成员都会在“团队”页看到。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The duties could not be saved.</source>
        <translation>职责未能保存。</translation>
    </message>
</context>
<context>
    <name>frontline::EditCustomerCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>frontline::EditMemberCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>frontline::EditOrderCommand</name>
    <message>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
</context>
<context>
    <name>frontline::EvaluationsPanel</name>
    <message>
        <source>Run evaluation</source>
        <translation>运行考核</translation>
    </message>
    <message>
        <source>Compute every member's indicators and score now and freeze them as a new version.</source>
        <translation>现在计算每位成员的指标和得分，并冻结为一个新版本。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Make the selected version visible to the team and award the honours.</source>
        <translation>向团队公开所选版本，并颁发荣誉。</translation>
    </message>
    <message>
        <source>Adjust or comment…</source>
        <translation>调整或备注…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>How the score was computed</source>
        <translation>得分计算过程</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Computed score</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>No evaluation of %1 has been published yet.</source>
        <translation>%1 的考核尚未发布。</translation>
    </message>
    <message>
        <source>No evaluation of %1 yet: run one.</source>
        <translation>%1 还没有考核：请运行一次。</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3. It no longer changes; a new run makes version %4.</source>
        <translation>第 %1 版，%3 于 %2 发布。已发布的版本不再改变；重新运行将生成第 %4 版。</translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Version %1 is a draft: adjust it, then publish it for the team to see.</source>
        <translation>第 %1 版是草稿：可先调整，再发布给团队查看。</translation>
    </message>
    <message>
        <source>Scoring the frozen numbers again gives other scores.</source>
        <translation>按冻结的数据重新评分得到的结果不同。</translation>
    </message>
    <message>
        <source>How %1's score was computed</source>
        <translation>%1 的得分计算过程</translation>
    </message>
    <message>
        <source>Run the evaluation again</source>
        <translation>重新运行考核</translation>
    </message>
    <message>
        <source>%1 already has version %2. Running again computes a new version %3 from today's data; version %2 is kept as it is. Run again?</source>
        <translation>%1 已有第 %2 版。重新运行将按当前数据计算新的第 %3 版，第 %2 版保持不变。是否重新运行？</translation>
    </message>
    <message>
        <source>Evaluation of %1: version %2 computed.</source>
        <translation>%1 的考核：已计算第 %2 版。</translation>
    </message>
    <message>
        <source>Computing every member's indicators…</source>
        <translation>正在计算每位成员的指标…</translation>
    </message>
    <message>
        <source>Publish the evaluation</source>
        <translation>发布考核</translation>
    </message>
    <message>
        <source>Publish version %1 of %2? The team will see the results and the ranking, honours are awarded, and this version can no longer change.</source>
        <translation>发布 %2 的第 %1 版？团队将看到结果和排名，系统将颁发荣誉，此版本此后不能再修改。</translation>
    </message>
    <message>
        <source>Version %1 of %2 published.</source>
        <translation>已发布 %2 的第 %1 版。</translation>
    </message>
    <message>
        <source>Adjust %1's score</source>
        <translation>调整 %1 的得分</translation>
    </message>
    <message>
        <source>Why (required; the member sees it)</source>
        <translation>原因（必填，成员可见）</translation>
    </message>
    <message>
        <source>0 points adds a comment without changing the score.</source>
        <translation>0 分表示只添加备注，不改变得分。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Adjust the score</source>
        <translation>调整得分</translation>
    </message>
    <message>
        <source>Review plan…</source>
        <translation>评价发展计划…</translation>
    </message>
    <message>
        <source>Write a review of the member's development plan on this version.</source>
        <translation>在本版本考核中评价该成员的发展计划。</translation>
    </message>
    <message>
        <source>Review %1's development plan</source>
        <translation>评价 %1 的发展计划</translation>
    </message>
    <message>
        <source>Review on version %1 of %2 (the member sees it):</source>
        <translation>%2 第 %1 版考核中的评语（成员可见）：</translation>
    </message>
    <message>
        <source>Review the development plan</source>
        <translation>评价发展计划</translation>
    </message>
    <message>
        <source>Review of the development plan saved.</source>
        <translation>发展计划评语已保存。</translation>
    </message>
</context>
<context>
    <name>frontline::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%L1 rows written…</source>
        <translation>已写入 %L1 行…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform></translation>
    </message>
    <message>
        <source>Some characters have no equivalent in GBK and were replaced; choose UTF-8 to keep them.</source>
        <translation>部分字符在 GBK 中没有对应字符，已被替换；如需保留请选择 UTF-8。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <source>All dates, or 2025-03, 2025-Q1, 2025…</source>
        <translation>全部日期，或 2025-03、2025-Q1、2025…</translation>
    </message>
    <message>
        <source>%1 have no dates</source>
        <translation>%1没有日期</translation>
    </message>
    <message>
        <source>Your role may not export %1; an administrator can allow it on the Administration page.</source>
        <translation>您的角色不能导出%1；管理员可在“管理”页面中开放此权限。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (Excel on any system)</source>
        <translation>CSV，UTF-8（适用于各系统的 Excel）</translation>
    </message>
    <message>
        <source>CSV, GBK (older Chinese Excel)</source>
        <translation>CSV，GBK（旧版中文 Excel）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>frontline::ExportPackageDialog</name>
    <message>
        <source>Export for a Rep</source>
        <translation>为销售代表导出</translation>
    </message>
    <message>
        <source>Export My Changes</source>
        <translation>导出我的更改</translation>
    </message>
    <message>
        <source>A sync package for one rep</source>
        <translation>为一位销售代表生成同步包</translation>
    </message>
    <message>
        <source>Your changes for the manager</source>
        <translation>交给经理的更改</translation>
    </message>
    <message>
        <source>Only that rep's customers and what belongs to them; nobody else's data.</source>
        <translation>仅包含该销售代表的客户及相关数据，不含其他人的数据。</translation>
    </message>
    <message>
        <source>Everything you changed that the manager has not confirmed yet.</source>
        <translation>经理尚未确认收到的全部更改。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>销售代表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有效期(&amp;E)：</translation>
    </message>
    <message>
        <source>Sync Package</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Sync packages (*.flsync);;All files (*)</source>
        <translation>同步包 (*.flsync);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>frontline::Exporter</name>
    <message>
        <source>Unknown kind "%1": use %2.</source>
        <translation>未知的类型“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation>未知的格式“%1”：请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Visits and calls</source>
        <translation>拜访与电话</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>frontline::FolderFileResult</name>
    <message>
        <source>%1: batch %2, %3 read, %4 inserted, %5 rejected → %6</source>
        <translation>%1：批次 %2，读取 %3 行，新增 %4，未导入 %5 → %6</translation>
    </message>
    <message>
        <source>%1 failed: %2 → %3</source>
        <translation>%1 导入失败：%2 → %3</translation>
    </message>
</context>
<context>
    <name>frontline::HonoursPanel</name>
    <message>
        <source>Award an honour…</source>
        <translation>颁发荣誉…</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Awarded by the rules when the evaluation was published</source>
        <translation>考核发布时按规则自动颁发</translation>
    </message>
    <message>
        <source>Awarded by %1</source>
        <translation>由 %1 颁发</translation>
    </message>
    <message>
        <source>No honours for %1 yet. They are awarded when an evaluation is published, or by hand.</source>
        <translation>%1 还没有荣誉。发布考核时会自动颁发，也可以手动颁发。</translation>
    </message>
    <message numerus="yes">
        <source>%n honour(s) in %1</source>
        <translation>
            <numerusform>%1 共 %n 项荣誉</numerusform>
        </translation>
    </message>
    <message>
        <source>Award an honour</source>
        <translation>颁发荣誉</translation>
    </message>
    <message>
        <source>Why (shown on the honour roll)</source>
        <translation>原因（显示在荣誉榜上）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>frontline::ImportFolder</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Name the kind of the files (--kind) or a saved mapping that knows it.</source>
        <translation>请指定文件的类型（--kind），或指定一个已保存且包含类型的映射。</translation>
    </message>
    <message>
        <source>The mapping "%1" is saved for %2: name the kind with --kind.</source>
        <translation>映射“%1”同时保存用于 %2：请用 --kind 指定类型。</translation>
    </message>
    <message>
        <source>The mapping "%1" does not say which kind of records it is for: name the kind with --kind.</source>
        <translation>映射“%1”未说明适用于哪类记录：请用 --kind 指定类型。</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; kinds: %2.</source>
        <translation>未知的类型“%1”；可用类型：%2。</translation>
    </message>
    <message>
        <source>Cannot create the done and failed folders in %1.</source>
        <translation>无法在 %1 中创建 done 和 failed 文件夹。</translation>
    </message>
    <message>
        <source>The file could not be moved to %1.</source>
        <translation>无法将文件移动到 %1。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>映射：%1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Read %1, inserted %2, merged %3, updated %4, skipped %5, rejected %6; %7 warnings.</source>
        <translation>读取 %1 行，新增 %2，合并 %3，更新 %4，跳过 %5，未导入 %6；警告 %7 条。</translation>
    </message>
    <message>
        <source>Rejects: %1</source>
        <translation>未导入的行：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>frontline::ImportHistory</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>没有导入批次 %1。</translation>
    </message>
    <message>
        <source>Batch %1 was already undone.</source>
        <translation>批次 %1 已撤销过。</translation>
    </message>
    <message>
        <source>Only whoever ran an import, a manager or an administrator can undo it.</source>
        <translation>只有执行导入的人、经理或管理员可以撤销导入。</translation>
    </message>
    <message>
        <source>Batch %1 names an unknown table.</source>
        <translation>批次 %1 引用了未知的表。</translation>
    </message>
    <message>
        <source>Records of batch %1 are used by later changes (%2 %3); undo those first.</source>
        <translation>批次 %1 的记录已被后续修改使用（%2 %3）；请先撤销这些修改。</translation>
    </message>
    <message>
        <source>Batch %1 names an unknown column.</source>
        <translation>批次 %1 引用了未知的列。</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>客户不能合并到自身。</translation>
    </message>
    <message>
        <source>Both customers must exist and be yours to merge.</source>
        <translation>两个客户都必须存在且在你的权限范围内，才能合并。</translation>
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
        <translation>有多个成员名为“%1”；已改用 %2。</translation>
    </message>
    <message>
        <source>No member "%1" (strict: unknown members are not created).</source>
        <translation>没有成员“%1”（严格模式：不创建未知成员）。</translation>
    </message>
    <message>
        <source>No member "%1", and only managers add members; %2 was used instead.</source>
        <translation>没有成员“%1”，且只有经理可以添加成员；已改用 %2。</translation>
    </message>
    <message>
        <source>%1 is outside your team; %2 was used instead.</source>
        <translation>%1 不在你的团队中；已改用 %2。</translation>
    </message>
    <message>
        <source>Only managers and administrators import %1.</source>
        <translation>只有经理和管理员可以导入%1。</translation>
    </message>
</context>
<context>
    <name>frontline::ImportMapping</name>
    <message>
        <source>The mapping names the field "%1", which this kind does not have.</source>
        <translation>列映射指定了字段“%1”，但此类数据没有该字段。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取列映射文件 %1：%2</translation>
    </message>
    <message>
        <source>There is no saved mapping "%1" for %2, and no such file.</source>
        <translation>没有 %2 的已保存列映射“%1”，也没有同名文件。</translation>
    </message>
    <message>
        <source>The mapping "%1" is not valid JSON: %2</source>
        <translation>列映射“%1”不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>frontline::ImportPage</name>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of %1? The records it added are deleted and the fields it filled get their old values back.</source>
        <translation>要撤销 %1 的导入吗？导入添加的记录将被删除，导入填写的字段将恢复原值。</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n record(s) deleted</source>
        <translation>
            <numerusform>已撤销：删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) given back their old value</source>
        <translation>
            <numerusform>%n 个字段已恢复原值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since and left as they are</source>
        <translation>
            <numerusform>%n 个字段之后已被修改，保持不变</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Nothing imported yet: CSV and Excel files from an ERP, another CRM or a sheet kept by hand.</source>
        <translation>还没有导入过数据：可导入来自 ERP、其他 CRM 或手工维护表格的 CSV 和 Excel 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s); each can be undone as a whole.</source>
        <translation>
            <numerusform>共 %n 次导入；每次导入都可整体撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
    <message>
        <source>Folder to Import From</source>
        <translation>自动导入的文件夹</translation>
    </message>
    <message>
        <source>Columns found from the headers</source>
        <translation>按表头自动识别列</translation>
    </message>
    <message>
        <source>Choose the folder to import from.</source>
        <translation>请选择要导入的文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The automatic import settings could not be saved.</source>
        <translation>无法保存自动导入设置。</translation>
    </message>
    <message>
        <source>Saved. New files are imported, then moved to done or failed.</source>
        <translation>已保存。新文件导入后会移至 done 或 failed 文件夹。</translation>
    </message>
    <message>
        <source>Saved. The folder is no longer watched.</source>
        <translation>已保存。不再监视该文件夹。</translation>
    </message>
    <message>
        <source>Automatic Import</source>
        <translation>自动导入</translation>
    </message>
    <message>
        <source>&amp;Watch a folder and import the files dropped into it</source>
        <translation>监视文件夹，自动导入放入其中的文件(&amp;W)</translation>
    </message>
    <message>
        <source>Each new file is imported once it has stopped changing, then moved to the folder's done subfolder (with its rejects and a .log) or failed subfolder.</source>
        <translation>每个新文件在不再变化后导入，然后移至该文件夹的 done 子文件夹（附未导入行文件和 .log 日志）或 failed 子文件夹。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>列映射(&amp;M)：</translation>
    </message>
    <message>
        <source>Look &amp;every:</source>
        <translation>查看间隔(&amp;E)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport Data…</source>
        <translation>导出数据(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>frontline::ImportStore</name>
    <message>
        <source>The database refused a row (a duplicate code or number).</source>
        <translation>数据库拒绝了一行数据（编号或单号重复）。</translation>
    </message>
</context>
<context>
    <name>frontline::ImportWizard</name>
    <message>
        <source>%1 rows read: %2 new, %3 merged, %4 updated, %5 skipped, %6 rejected; %7 warnings.</source>
        <translation>读取 %1 行：新增 %2，合并 %3，更新 %4，跳过 %5，未导入 %6；警告 %7 条。</translation>
    </message>
    <message>
        <source>Created along the way: %1.</source>
        <translation>导入过程中新建：%1。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>第 %1 行，%2 列</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>CSV or Excel (.xlsx) files from an ERP, another CRM or a sheet kept by hand. Nothing is written until the last step.</source>
        <translation>来自 ERP、其他 CRM 或手工维护表格的 CSV 或 Excel（.xlsx）文件。在最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Chinese (GB18030 / GBK)</source>
        <translation>简体中文（GB18030 / GBK）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>内容类型(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>已保存的列映射(&amp;M)：</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>None: recognise the headers</source>
        <translation>无：自动识别表头</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook with %n sheet(s).</source>
        <translation>
            <numerusform>Excel 工作簿，含 %n 个工作表。</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Text file in %1, columns separated by "%2".</source>
        <translation>%1 编码的文本文件，列分隔符为“%2”。</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>检查列</translation>
    </message>
    <message>
        <source>Each column of the file goes into a field, or is ignored. The rows below are what would be stored; nothing has been written yet.</source>
        <translation>文件的每一列对应一个字段，或忽略。下方各行是将要保存的内容；目前尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Save &amp;Mapping As…</source>
        <translation>列映射另存为(&amp;M)…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>Sheet "%1", header on row %2.</source>
        <translation>工作表“%1”，表头在第 %2 行。</translation>
    </message>
    <message>
        <source>%1 text, header on line %2.</source>
        <translation>%1 文本，表头在第 %2 行。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Name, to use it again for files like this one:</source>
        <translation>名称（以后导入同类文件时可再次使用）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Open the &amp;Rejects File</source>
        <translation>打开未导入行文件(&amp;R)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Importing… %L1 rows so far</source>
        <translation>正在导入… 已处理 %L1 行</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>已停止。未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Imported as batch %1 in %2 s. %3 It can be undone from the import history.</source>
        <translation>已作为批次 %1 导入，用时 %2 秒。%3 可在导入历史中撤销。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格和文本文件 (*.xlsx *.xls *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>frontline::Importer</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message>
        <source>The database refused a write.</source>
        <translation>数据库拒绝了写入。</translation>
    </message>
    <message>
        <source>The rejects file cannot be written: %1</source>
        <translation>无法写入未导入行文件：%1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; use one of: %2.</source>
        <translation>未知类型“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>No header row found: none of the first %1 rows names the columns of %2 (%3). Give the mapping with --mapping.</source>
        <translation>未找到表头行：前 %1 行中没有一行包含%2的列名（%3）。请用 --mapping 指定列映射。</translation>
    </message>
    <message>
        <source>No column for %1 (the header row %2 has: %3). Name the columns with --mapping.</source>
        <translation>没有%1对应的列（表头行 %2 包含：%3）。请用 --mapping 指定列名。</translation>
    </message>
    <message>
        <source>Hidden row skipped.</source>
        <translation>已跳过隐藏行。</translation>
    </message>
    <message>
        <source>Summary row (%1) skipped.</source>
        <translation>已跳过合计行（%1）。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未作任何修改。</translation>
    </message>
</context>
<context>
    <name>frontline::Keychain</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有响应。</translation>
    </message>
</context>
<context>
    <name>frontline::KpiCardWidget</name>
    <message>
        <source>%1 pp</source>
        <extracomment>A change of a rate in percentage points</extracomment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Target %1 · %2 attained</source>
        <translation>目标 %1 · 达成率 %2</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>销售额 %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>vs last period</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>点击查看此数字背后的记录</translation>
    </message>
</context>
<context>
    <name>frontline::LogActivityCommand</name>
    <message>
        <source>Log %1 with %2</source>
        <translation>记录与 %2 的%1</translation>
    </message>
    <message>
        <source>Delete %1 with %2</source>
        <translation>删除与 %2 的%1</translation>
    </message>
</context>
<context>
    <name>frontline::LoginDialog</name>
    <message numerus="yes">
        <source>This account is locked after too many failed logins. Try again in %n minute(s), at %1, or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>登录失败次数过多，该账户已锁定。请在 %n 分钟后（%1）重试，或请管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>该账户已停用。请联系管理员启用。</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <source>%1, you logged in with a password someone else chose. Choose your own before you start: only you should know it.</source>
        <translation>%1，您使用的是他人设置的密码。开始工作前请设置您自己的密码：只应由您本人知道。</translation>
    </message>
    <message>
        <source>&amp;Change and Log In</source>
        <translation>修改并登录(&amp;C)</translation>
    </message>
    <message>
        <source>Log in to this database</source>
        <translation>登录此数据库</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>frontline::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>关于 Frontline(&amp;A)</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>Open one of your databases, or create a new one.</source>
        <translation>打开一个已有的数据库，或新建一个。</translation>
    </message>
    <message>
        <source>Open or Create a Database…</source>
        <translation>打开或新建数据库…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>数据结构版本 %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Frontline databases (*.db);;All files (*)</source>
        <translation>Frontline 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Sales management for frontline sales teams: customers, visits, orders and targets, in an encrypted database on your own computer.</source>
        <translation>面向一线销售团队的销售管理：客户、拜访、订单和目标，全部保存在你自己电脑上的加密数据库中。</translation>
    </message>
    <message>
        <source>Qt %1 · SQLCipher %2</source>
        <translation>Qt %1 · SQLCipher %2</translation>
    </message>
    <message>
        <source>About Frontline</source>
        <translation>关于 Frontline</translation>
    </message>
    <message>
        <source>&amp;Log a Visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a visit, call or message</source>
        <translation>记录拜访、电话或消息</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <source>New O&amp;pportunity…</source>
        <translation>新建商机(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;Order…</source>
        <translation>新建订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>每日备份已写入 %1。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <source>Hide everything and close the database until its passphrase is entered again</source>
        <translation>隐藏所有内容并关闭数据库，直到再次输入口令</translation>
    </message>
    <message>
        <source>Log Out / Switch &amp;User…</source>
        <translation>注销 / 切换用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Frontline is locked</source>
        <translation>Frontline 已锁定</translation>
    </message>
    <message>
        <source>%1 is closed and its passphrase wiped from memory. Enter the passphrase to go on.</source>
        <translation>%1 已关闭，其口令已从内存中清除。请输入口令继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Log in to go on</source>
        <translation>请登录以继续</translation>
    </message>
    <message>
        <source>This database has user accounts: what you may see and do depends on who you are.</source>
        <translation>此数据库设有用户账户：您能查看和操作的内容取决于您的身份。</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>登录(&amp;L)…</translation>
    </message>
    <message>
        <source>Making the daily backup…</source>
        <translation>正在进行每日备份…</translation>
    </message>
    <message>
        <source>Backing up before Frontline closes…</source>
        <translation>Frontline 关闭前正在备份…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>Automatic import: %1</source>
        <translation>自动导入：%1</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>frontline::MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Changes are checked against your permissions and recorded in the audit log.</source>
        <translation>修改会按您的权限检查，并记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>入职日期(&amp;J)：</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Active (unticked: has left the team)</source>
        <translation>在职(&amp;A)（不勾选：已离开团队）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>frontline::MemberImport</name>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>没有姓名。</translation>
    </message>
    <message>
        <source>Unknown role "%1"; rep was used.</source>
        <translation>未知角色“%1”；已按销售代表处理。</translation>
    </message>
    <message>
        <source>No team "%1"; left out.</source>
        <translation>没有团队“%1”；已忽略。</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number; kept as written.</source>
        <translation>“%1”不是有效的电话号码；按原样保留。</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address; left out.</source>
        <translation>“%1”不是邮箱地址；已忽略。</translation>
    </message>
    <message>
        <source>Empty fields filled.</source>
        <translation>已补全空白字段。</translation>
    </message>
    <message>
        <source>Already there; nothing new.</source>
        <translation>已存在；没有新内容。</translation>
    </message>
</context>
<context>
    <name>frontline::Migrations</name>
    <message>
        <source>Unable to read the schema version</source>
        <translation>无法读取数据结构版本</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Frontline (schema %1; this version knows %2). Update Frontline to open it.</source>
        <translation>此数据库由更新版本的 Frontline 写入（数据结构 %1；当前版本只支持到 %2）。请升级 Frontline 后再打开。</translation>
    </message>
    <message>
        <source>Updating the database structure failed at %1; nothing was changed.</source>
        <translation>更新数据结构在 %1 处失败；数据库未作任何改动。</translation>
    </message>
</context>
<context>
    <name>frontline::MilestoneTimeline</name>
    <message>
        <source>No milestones yet.</source>
        <translation>还没有里程碑。</translation>
    </message>
</context>
<context>
    <name>frontline::MoveMemberCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 调至 %2</translation>
    </message>
</context>
<context>
    <name>frontline::MoveStageCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至%2阶段</translation>
    </message>
</context>
<context>
    <name>frontline::MoveTeamCommand</name>
    <message>
        <source>Move %1 below %2</source>
        <translation>将 %1 移到 %2 之下</translation>
    </message>
</context>
<context>
    <name>frontline::MyTasksPanel</name>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>逾期 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Nothing open. Well done.</source>
        <translation>没有未完成的任务，干得好！</translation>
    </message>
    <message numerus="yes">
        <source>%1 overdue · %2 due today · %Ln open</source>
        <translation>
            <numerusform>逾期 %1 项 · 今天到期 %2 项 · 未完成 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>我的任务</translation>
    </message>
</context>
<context>
    <name>frontline::NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Frontline databases (*.db)</source>
        <translation>Frontline 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Everything in it is encrypted with the passphrase you choose here.</source>
        <translation>其中的全部数据都用你在这里设置的密码加密。</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存位置(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>在这台电脑上记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps the passphrase in the system keychain, so that Frontline opens this database without asking.</source>
        <translation>把密码保存在系统钥匙串中，以后打开这个数据库时不再询问。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>frontline::NewPassphraseEdit</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a passphrase of a few words that only you know.</source>
        <translation>请设置一个只有你知道的密码，几个词组合起来最好。</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message numerus="yes">
        <source>Shorter than %n characters: easy to guess. A few words make a stronger passphrase.</source>
        <translation>
            <numerusform>少于 %n 个字符：容易被猜到。用几个词组成的密码更安全。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it once more to make sure.</source>
        <translation>请再输入一次以确认。</translation>
    </message>
    <message>
        <source>Keep it safe: without it nobody can open the database, not even you.</source>
        <translation>请妥善保管：没有密码，任何人都打不开这个数据库，包括你自己。</translation>
    </message>
</context>
<context>
    <name>frontline::NewPasswordEdit</name>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters, not the user name.</source>
        <translation>至少 8 个字符，且不能与用户名相同。</translation>
    </message>
    <message>
        <source>Type it once more to make sure.</source>
        <translation>请再输入一次以确认。</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunitiesPage</name>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) worth %1, weighted %2</source>
        <translation>
            <numerusform>%Ln 个进行中的商机，金额 %1，加权 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move the deal on</source>
        <translation>将卡片拖到其他阶段即可推进商机</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>&amp;New Opportunity…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityDialog</name>
    <message>
        <source>The customer's owner</source>
        <translation>客户负责人</translation>
    </message>
    <message>
        <source>Write the amount in yuan, for example 12000, ¥12,000.00 or 1.2万.</source>
        <translation>请以元为单位填写金额，例如 12000、¥12,000.00 或 1.2万。</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>A deal in the making, with what it is worth.</source>
        <translation>一笔正在跟进的生意及其预计金额。</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or phone number</source>
        <translation>名称、拼音、首字母或电话号码</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What the customer may buy</source>
        <translation>客户可能购买的产品或服务</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>¥ in yuan, e.g. 12000 or 1.2万</source>
        <translation>单位：元，例如 12000 或 1.2万</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>预计成交(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityImport</name>
    <message>
        <source>opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Support staff do not import opportunities.</source>
        <translation>客服支持人员不能导入商机。</translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation>没有客户。</translation>
    </message>
    <message>
        <source>Record %1 appears twice in the file; this row was skipped.</source>
        <translation>记录 %1 在文件中出现了两次；已跳过此行。</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>Unknown stage "%1"; the opportunity is a lead.</source>
        <translation>未知阶段“%1”；已设为线索。</translation>
    </message>
    <message>
        <source>"%1" is not a percentage; the stage's was used.</source>
        <translation>“%1”不是百分比；已使用该阶段的默认概率。</translation>
    </message>
    <message>
        <source>"%1" is not a date; left out.</source>
        <translation>“%1”不是日期；已忽略。</translation>
    </message>
    <message>
        <source>No customer "%1" (strict: unknown customers are not created).</source>
        <translation>没有客户“%1”（严格模式：不创建未知客户）。</translation>
    </message>
    <message>
        <source>The customer "%1" belongs to someone outside your team.</source>
        <translation>客户“%1”由本团队以外的人负责。</translation>
    </message>
    <message>
        <source>No owner, and the customer has none to take.</source>
        <translation>没有负责人，且该客户也没有负责人可用。</translation>
    </message>
    <message>
        <source>Already imported; unchanged.</source>
        <translation>已导入过；未改动。</translation>
    </message>
    <message>
        <source>Updated from the file.</source>
        <translation>已按文件更新。</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityRepository</name>
    <message>
        <source>Enter a title for the opportunity.</source>
        <translation>请输入商机标题。</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The probability is from 0 to 100%.</source>
        <translation>赢单概率为 0 到 100%。</translation>
    </message>
    <message>
        <source>Unknown stage.</source>
        <translation>未知阶段。</translation>
    </message>
    <message>
        <source>Give a stage history for every opportunity, or none.</source>
        <translation>请为每个商机提供阶段历史，或都不提供。</translation>
    </message>
    <message>
        <source>The stage changes must lead from no stage to the opportunity's stage, one after the other in time.</source>
        <translation>阶段变更必须按时间顺序，从无阶段一直到商机当前所处阶段。</translation>
    </message>
</context>
<context>
    <name>frontline::OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
</context>
<context>
    <name>frontline::OrderDialog</name>
    <message>
        <source>The customer's owner</source>
        <translation>客户负责人</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Add a line per product; prices can be changed for this order.</source>
        <translation>每种产品添加一行明细；价格可针对本订单单独修改。</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or phone number</source>
        <translation>名称、拼音、首字母或电话号码</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>订单号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>销售代表(&amp;R)：</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Line</source>
        <translation>删除明细(&amp;V)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Collected %1 of %2, outstanding %3</source>
        <extracomment>%1 collected so far, %2 the order's total, %3 what is left</extracomment>
        <translation>已回款 %1 / %2，未回款 %3</translation>
    </message>
    <message>
        <source>Collected %1 of %2: paid in full</source>
        <translation>已回款 %1 / %2：已全额回款</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>客服人员只能查看回款，不能登记。</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>frontline::OrderImport</name>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Support staff do not import orders.</source>
        <translation>客服支持人员不能导入订单。</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>No customer "%1" (strict: unknown customers are not created).</source>
        <translation>没有客户“%1”（严格模式：不创建未知客户）。</translation>
    </message>
    <message>
        <source>The customer "%1" belongs to someone outside your team.</source>
        <translation>客户“%1”由本团队以外的人负责。</translation>
    </message>
    <message>
        <source>No product "%1" (strict: unknown products are not created).</source>
        <translation>没有产品“%1”（严格模式：不创建未知产品）。</translation>
    </message>
    <message>
        <source>No order number.</source>
        <translation>没有订单号。</translation>
    </message>
    <message>
        <source>"%1" is not a whole, non-zero quantity.</source>
        <translation>“%1”不是非零整数数量。</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>No order date.</source>
        <translation>没有订单日期。</translation>
    </message>
    <message>
        <source>Only a month is given; the order is dated %1.</source>
        <translation>只有月份；订单日期记为 %1。</translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation>没有客户。</translation>
    </message>
    <message>
        <source>No rep, and the customer has no owner to take.</source>
        <translation>没有销售代表，且该客户没有负责人可用。</translation>
    </message>
    <message>
        <source>Unknown order status "%1"; confirmed was used.</source>
        <translation>未知订单状态“%1”；已按已确认处理。</translation>
    </message>
    <message>
        <source>Order %1 is dated by its first line; this line's date %2 was ignored.</source>
        <translation>订单 %1 以第一行的日期为准；已忽略此行的日期 %2。</translation>
    </message>
    <message>
        <source>No product.</source>
        <translation>没有产品。</translation>
    </message>
    <message>
        <source>No amount or price; the line is worth ¥0.00.</source>
        <translation>没有金额或单价；此行金额记为 ¥0.00。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belong to orders already in the database.</source>
        <translation>
            <numerusform>%n 行属于数据库中已有的订单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::OrderLinesModel</name>
    <message>
        <source>Choose a product…</source>
        <translation>选择产品…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>frontline::OrderRepository</name>
    <message>
        <source>Enter the SKU.</source>
        <translation>请输入 SKU。</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>请输入产品名称。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The SKU %1 already exists.</source>
        <translation>SKU %1 已存在。</translation>
    </message>
    <message>
        <source>Enter the order number.</source>
        <translation>请输入订单号。</translation>
    </message>
    <message>
        <source>Enter the order date.</source>
        <translation>请输入订单日期。</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Unknown order status "%1".</source>
        <translation>未知订单状态“%1”。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行明细。</translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation>第 %1 行：请选择产品。</translation>
    </message>
    <message>
        <source>Line %1: the quantity cannot be zero.</source>
        <translation>第 %1 行：数量不能为零。</translation>
    </message>
    <message>
        <source>The order number %1 already exists.</source>
        <translation>订单号 %1 已存在。</translation>
    </message>
</context>
<context>
    <name>frontline::OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>frontline::OrdersPage</name>
    <message>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) match</source>
        <translation>
            <numerusform>%Ln 张订单符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 张订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), together %1 (cancelled ones not counted)</source>
        <translation>
            <numerusform>%Ln 张订单，合计 %1（不含已取消订单）</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders match</source>
        <translation>没有符合条件的订单</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
    <message>
        <source>Nothing was ordered for these filters.</source>
        <translation>当前筛选条件下没有订单。</translation>
    </message>
    <message>
        <source>Write the first one with New Order.</source>
        <translation>点击“新建订单”创建第一张订单。</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>不限开始日期</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>不限结束日期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation>新建订单(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>frontline::OrgRepository</name>
    <message>
        <source>Enter the team's name.</source>
        <translation>请输入团队名称。</translation>
    </message>
    <message>
        <source>Enter the member's name.</source>
        <translation>请输入成员姓名。</translation>
    </message>
    <message>
        <source>A code is a letter followed by up to 15 letters or digits, e.g. R0012.</source>
        <translation>编号以字母开头，后跟最多 15 个字母或数字，例如 R0012。</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>The code %1 is already taken.</source>
        <translation>编号 %1 已被占用。</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>不存在 ID 为 %1 的成员。</translation>
    </message>
    <message>
        <source>There is no team with the id %1.</source>
        <translation>不存在 ID 为 %1 的团队。</translation>
    </message>
    <message>
        <source>There is already a team called %1 there.</source>
        <translation>该位置已有名为 %1 的团队。</translation>
    </message>
    <message>
        <source>A team is a company, a region or a team.</source>
        <translation>团队类型只能是公司、大区或团队。</translation>
    </message>
    <message>
        <source>%1 cannot be moved below itself.</source>
        <translation>%1 不能移到它自己的下级。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n team(s) below it: move or remove them first.</source>
        <translation>
            <numerusform>%1 下面还有 %n 个团队：请先移走或删除它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s): move them to another team first.</source>
        <translation>
            <numerusform>%1 还有 %n 名成员：请先把他们调到其他团队。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no deleted team with the id %1.</source>
        <translation>没有 ID 为 %1 的已删除团队。</translation>
    </message>
    <message>
        <source>%1 cannot come back: the team it was below is gone.</source>
        <translation>%1 无法恢复：它原来的上级团队已不存在。</translation>
    </message>
</context>
<context>
    <name>frontline::PageCatalog</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sales at a glance: revenue against target, the pipeline by stage and this month's visits.</source>
        <translation>销售一览：收入与目标对比、各阶段的商机以及本月的拜访。</translation>
    </message>
    <message>
        <source>Every customer with contacts, region and history, found by name, pinyin or phone number.</source>
        <translation>所有客户及其联系人、地区和往来记录，可按名称、拼音或电话查找。</translation>
    </message>
    <message>
        <source>Plan customer visits and record what was said and agreed.</source>
        <translation>安排客户拜访，记录沟通内容和约定事项。</translation>
    </message>
    <message>
        <source>The sales pipeline: each deal with its stage, expected value and closing date.</source>
        <translation>销售漏斗：每个商机的阶段、预计金额和预计成交日期。</translation>
    </message>
    <message>
        <source>Orders and their lines, with payment and delivery status.</source>
        <translation>订单及明细，含付款和发货状态。</translation>
    </message>
    <message>
        <source>The sales reps, their territories and who reports to whom.</source>
        <translation>销售人员、负责区域和汇报关系。</translation>
    </message>
    <message>
        <source>Targets and results by rep, region and month, with rankings.</source>
        <translation>按人员、地区和月份统计的目标与完成情况，含排名。</translation>
    </message>
    <message>
        <source>Follow-ups and to-dos for you and your team, with due dates.</source>
        <translation>你和团队的跟进事项与待办，含截止日期。</translation>
    </message>
    <message>
        <source>Bring in customers and orders from Excel and CSV files, and export reports.</source>
        <translation>从 Excel 和 CSV 文件导入客户与订单，并导出报表。</translation>
    </message>
    <message>
        <source>Language, database and passphrase.</source>
        <translation>语言、数据库和密码。</translation>
    </message>
    <message>
        <source>Sync &amp; backup</source>
        <translation>同步与备份</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Swap sync packages with the team's laptops, settle conflicts, and keep backups.</source>
        <translation>与团队成员的电脑交换同步包、处理冲突并管理备份。</translation>
    </message>
    <message>
        <source>Users, what each role may do, the audit log and the privacy notice.</source>
        <translation>用户、各角色的权限、审计日志和隐私声明。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Money received from customers, and what each customer still owes.</source>
        <translation>客户回款登记，以及每个客户尚欠的应收款。</translation>
    </message>
</context>
<context>
    <name>frontline::PassphraseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Enter the passphrase for %1</source>
        <translation>请输入 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>在这台电脑上记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps the passphrase in the system keychain, so that Frontline opens this database without asking.</source>
        <translation>把密码保存在系统钥匙串中，以后打开这个数据库时不再询问。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>frontline::PasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>修改您的密码</translation>
    </message>
    <message>
        <source>Type the password you logged in with, then the new one twice.</source>
        <translation>输入您登录时使用的密码，再输入两次新密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new initial password</source>
        <translation>设置新的初始密码</translation>
    </message>
    <message>
        <source>Tell the user this password in person. They must choose their own when they next log in.</source>
        <translation>请当面告知用户此密码。用户下次登录时必须设置自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
</context>
<context>
    <name>frontline::PasswordLineEdit</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentDialog</name>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>客服人员只能查看回款，不能登记。</translation>
    </message>
    <message>
        <source>Not against a particular order</source>
        <translation>不对应具体订单</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, outstanding %4</source>
        <extracomment>An order in the payment dialog's chooser: %1 number, %2 date, %3 total, %4 outstanding</extracomment>
        <translation>%1 · %2 · %3，未回款 %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, paid in full</source>
        <translation>%1 · %2 · %3，已全额回款</translation>
    </message>
    <message>
        <source>billed %1, collected %2</source>
        <translation>应收 %1，已回款 %2</translation>
    </message>
    <message>
        <source>Outstanding %1 (%2).</source>
        <translation>未回款 %1（%2）。</translation>
    </message>
    <message>
        <source>Paid %1 in advance (%2).</source>
        <translation>预付 %1（%2）。</translation>
    </message>
    <message>
        <source>Nothing outstanding (%1).</source>
        <translation>无未回款（%1）。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, such as 12,500 or 1.25万.</source>
        <translation>请输入以元为单位的金额，如 12,500 或 1.25万。</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>回款 %1</translation>
    </message>
    <message>
        <source>Money received from a customer, against one of their orders or on account.</source>
        <translation>客户付来的款项，可对应其某张订单，也可计入往来账。</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or phone number</source>
        <translation>名称、拼音、首字母或电话号码</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>回款日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额(&amp;A)（¥）：</translation>
    </message>
    <message>
        <source>e.g. 12,500.00</source>
        <translation>如 12,500.00</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>付款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Receipt &amp;no.:</source>
        <translation>回款单号(&amp;N)：</translation>
    </message>
    <message>
        <source>Bank slip or receipt number</source>
        <translation>银行回单号或收据号</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentImport</name>
    <message>
        <source>payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Support staff do not import payments.</source>
        <translation>客服人员不能导入回款。</translation>
    </message>
    <message>
        <source>customer or order number</source>
        <translation>客户或订单编号</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>回款单号</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No customer "%1": payments do not create customers; import or add the customer first.</source>
        <translation>没有客户"%1"：导入回款不会新建客户，请先导入或添加该客户。</translation>
    </message>
    <message>
        <source>The customer "%1" belongs to someone outside your team.</source>
        <translation>客户"%1"属于您团队以外的人员。</translation>
    </message>
    <message>
        <source>Receipt %1 is already recorded; skipped as a duplicate.</source>
        <translation>回款单 %1 已经登记过，作为重复记录跳过。</translation>
    </message>
    <message>
        <source>No amount.</source>
        <translation>没有金额。</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1"不是金额。</translation>
    </message>
    <message>
        <source>The amount is zero (a refund is negative).</source>
        <translation>金额为零（退款应为负数）。</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1"不是日期。</translation>
    </message>
    <message>
        <source>No payment date.</source>
        <translation>没有回款日期。</translation>
    </message>
    <message>
        <source>Only a month is given; the payment is dated %1.</source>
        <translation>只给出了月份，回款日期记为 %1。</translation>
    </message>
    <message>
        <source>No order %1; import the orders first.</source>
        <translation>没有订单 %1，请先导入订单。</translation>
    </message>
    <message>
        <source>Order %1 is %2's, not %3's.</source>
        <translation>订单 %1 属于%2，不属于%3。</translation>
    </message>
    <message>
        <source>Order %1 belongs to a customer outside your team.</source>
        <translation>订单 %1 的客户属于您团队以外的人员。</translation>
    </message>
    <message>
        <source>No customer and no order number.</source>
        <translation>既没有客户，也没有订单编号。</translation>
    </message>
    <message>
        <source>Order %1 is cancelled.</source>
        <translation>订单 %1 已取消。</translation>
    </message>
    <message>
        <source>Unknown payment method "%1"; recorded as other.</source>
        <translation>未知的付款方式"%1"，记为其他。</translation>
    </message>
    <message>
        <source>No rep, and the customer has no owner to take.</source>
        <translation>没有业务员，客户也没有负责人可用。</translation>
    </message>
    <message>
        <source>%1 is outside your team; the payment cannot be credited to them.</source>
        <translation>%1 不在您的团队内，回款不能记到其名下。</translation>
    </message>
    <message>
        <source>A payment of %1 from this customer on %2 without a receipt number is already recorded; skipped as a duplicate.</source>
        <translation>该客户 %2 的一笔 %1 回款（无单据编号）已有记录，作为重复项跳过。</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentRepository</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Bank acceptance draft</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>请选择付款的客户。</translation>
    </message>
    <message>
        <source>Enter the date the money was received.</source>
        <translation>请输入到账日期。</translation>
    </message>
    <message>
        <source>The amount cannot be zero (a refund is negative).</source>
        <translation>金额不能为零（退款请填负数）。</translation>
    </message>
    <message>
        <source>Unknown payment method "%1".</source>
        <translation>未知的付款方式“%1”。</translation>
    </message>
    <message>
        <source>The order is not one of this customer's.</source>
        <translation>该订单不属于此客户。</translation>
    </message>
    <message>
        <source>The order is cancelled.</source>
        <translation>该订单已取消。</translation>
    </message>
    <message>
        <source>The receipt number %1 is already recorded.</source>
        <translation>回款单号 %1 已登记过。</translation>
    </message>
    <message>
        <source>The receipt number %1 appears twice.</source>
        <translation>回款单号 %1 出现了两次。</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>回款单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>frontline::PaymentsPage</name>
    <message>
        <source>From any date</source>
        <translation>不限起始日期</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>不限截止日期</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>任意付款方式</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Support staff can look at payments but not record them.</source>
        <translation>客服人员只能查看回款，不能登记。</translation>
    </message>
    <message numerus="yes">
        <source>%1 outstanding from %Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户未回款共 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) match</source>
        <translation>
            <numerusform>符合条件的回款 %Ln 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>共 %Ln 笔回款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), together %1</source>
        <translation>
            <numerusform>%Ln 笔回款，合计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s): billed %1, collected %2, outstanding %3</source>
        <translation>
            <numerusform>%Ln 个客户：应收 %1，已回款 %2，未回款 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No payments match</source>
        <translation>没有符合条件的回款</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>还没有回款</translation>
    </message>
    <message>
        <source>Nothing was received for these filters.</source>
        <translation>在这些筛选条件下没有收到回款。</translation>
    </message>
    <message>
        <source>Record the first one with Record Payment.</source>
        <translation>用“登记回款”录入第一笔。</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>任意客户</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Record Payment…</source>
        <translation>登记回款(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Only customers who owe</source>
        <translation>只看欠款客户</translation>
    </message>
    <message>
        <source>Leave out customers who paid in advance.</source>
        <translation>不显示预付款的客户。</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
</context>
<context>
    <name>frontline::PerformancePage</name>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Rankings, evaluations, honours and commissions</source>
        <translation>排行榜、考核、荣誉与提成</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Honour roll</source>
        <translation>荣誉榜</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read again with the latest data</source>
        <translation>按最新数据重新读取</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Everyone I can see</source>
        <translation>我可见的全部成员</translation>
    </message>
</context>
<context>
    <name>frontline::Permissions</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2 %3.</source>
        <translation>您的角色（%1）无权%2%3。</translation>
    </message>
    <message>
        <source>Only an administrator can change permissions.</source>
        <translation>只有管理员可以更改权限。</translation>
    </message>
    <message>
        <source>The administrator's permissions cannot be changed.</source>
        <translation>管理员的权限不能更改。</translation>
    </message>
    <message>
        <source>The permission matrix has no such cell.</source>
        <translation>权限表中没有这一项。</translation>
    </message>
</context>
<context>
    <name>frontline::PermissionsPanel</name>
    <message>
        <source>%1 may now %2 %3.</source>
        <translation>%1 现在可以%2%3。</translation>
    </message>
    <message>
        <source>%1 may no longer %2 %3.</source>
        <translation>%1 不再可以%2%3。</translation>
    </message>
    <message>
        <source>What each role may do in each area. The administrator may do everything, and only an administrator changes this table. A rep still reaches only their own customers.</source>
        <translation>各角色在各领域可执行的操作。管理员可执行一切操作，且只有管理员能修改此表。销售代表仍然只能访问自己的客户。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
</context>
<context>
    <name>frontline::PipelineBoard</name>
    <message>
        <source>&amp;Move to</source>
        <translation>移至(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
</context>
<context>
    <name>frontline::PrintDocument</name>
    <message>
        <source>Printing needs the graphical part of Frontline (a QApplication).</source>
        <translation>打印需要 Frontline 的图形部分（QApplication）。</translation>
    </message>
    <message>
        <source>Frontline · printed %1</source>
        <translation>Frontline · 打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期间没有数据。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the pages could not be painted.</source>
        <translation>无法写入 %1：页面未能绘制。</translation>
    </message>
</context>
<context>
    <name>frontline::Privacy</name>
    <message>
        <source>There is no customer %1 that you can see.</source>
        <translation>没有您可以查看的客户 %1。</translation>
    </message>
    <message>
        <source>Unknown consent method "%1": use %2.</source>
        <translation>未知的同意方式“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>The consent date must be a date that has passed.</source>
        <translation>同意日期必须是已经过去的日期。</translation>
    </message>
    <message>
        <source>This customer has not given consent, so there is nothing to withdraw.</source>
        <translation>该客户尚未表示同意，无可撤回。</translation>
    </message>
    <message>
        <source>We keep the names, phone numbers and e-mail addresses of our customers and their contacts, and a record of our visits and orders, to serve you and to plan our sales work. The data stays on our company's encrypted computers and is not sold or given to others. We send you marketing only with your consent, which you may withdraw at any time. You may ask to see, correct or erase the data we hold about you: tell your sales representative.</source>
        <translation>我们保存客户及其联系人的姓名、电话和电子邮箱，以及拜访和订单记录，用于为您服务和安排销售工作。这些数据保存在本公司加密的电脑上，不会出售或提供给他人。只有在您同意后我们才会向您发送营销信息，您可以随时撤回同意。您可以要求查看、更正或删除我们保存的关于您的数据：请告知您的销售代表。</translation>
    </message>
    <message>
        <source>Erasing a customer is an administrator's or a manager's decision.</source>
        <translation>擦除客户数据须由管理员或经理决定。</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（已擦除）</translation>
    </message>
</context>
<context>
    <name>frontline::PrivacyNoticePanel</name>
    <message>
        <source>Save the Privacy Notice as PDF</source>
        <translation>将隐私声明保存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The privacy notice is saved.</source>
        <translation>隐私声明已保存。</translation>
    </message>
    <message>
        <source>Privacy Notice</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>What customers are told about the data kept on them. Print it or send the PDF when a customer asks.</source>
        <translation>告知客户我们保存了哪些关于他们的数据。客户询问时可打印或发送 PDF。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Built-in &amp;Text</source>
        <translation>内置文本(&amp;T)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the Privacy Notice</source>
        <translation>打印隐私声明</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>The privacy notice could not be printed.</source>
        <translation>隐私声明无法打印。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>frontline::ProductImport</name>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>No product name or SKU.</source>
        <translation>没有产品名称或 SKU。</translation>
    </message>
    <message>
        <source>"%1" is not a price.</source>
        <translation>“%1”不是价格。</translation>
    </message>
    <message>
        <source>The price stays %1 fen; the file says %2 fen.</source>
        <translation>价格仍为 %1 分；文件中为 %2 分。</translation>
    </message>
    <message>
        <source>Empty fields filled.</source>
        <translation>已补全空白字段。</translation>
    </message>
    <message>
        <source>Already there; nothing new.</source>
        <translation>已存在；没有新内容。</translation>
    </message>
</context>
<context>
    <name>frontline::RankingDelegate</name>
    <message>
        <source>NEW</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>frontline::RankingModel</name>
    <message numerus="yes">
        <source>up %n place(s)</source>
        <translation>
            <numerusform>上升 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n place(s)</source>
        <translation>
            <numerusform>下降 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新上榜</translation>
    </message>
    <message>
        <source>Rank %1 in the previous period</source>
        <translation>上期第 %1 名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>frontline::RankingPanel</name>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>投屏展示</translation>
    </message>
    <message>
        <source>Show the ranking full screen in large type, for a projector (Esc to leave).</source>
        <translation>以大字号全屏显示排行榜，适合投影（按 Esc 退出）。</translation>
    </message>
    <message>
        <source>Ranking · %1 · %2</source>
        <extracomment>The presentation's title: %1 the period, %2 what is ranked</extracomment>
        <translation>排行榜 · %1 · %2</translation>
    </message>
    <message>
        <source>compared with %1 version %2</source>
        <translation>对比 %1 第 %2 版</translation>
    </message>
    <message>
        <source>no published evaluation of the previous period to compare with</source>
        <translation>上一期没有已发布的考核可供对比</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked · evaluation version %1, published %2 · %3</source>
        <translation>
            <numerusform>共 %n 人上榜 · 考核第 %1 版，发布于 %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranked · compared with %1</source>
        <translation>
            <numerusform>共 %n 人上榜 · 对比 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::RemoveTeamCommand</name>
    <message>
        <source>Delete team %1</source>
        <translation>删除团队 %1</translation>
    </message>
</context>
<context>
    <name>frontline::RenameTeamCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 改名为 %2</translation>
    </message>
</context>
<context>
    <name>frontline::ReportPrinter</name>
    <message>
        <source>%1 (top %2 of %3)</source>
        <translation>%1（%3 项中前 %2 项）</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>元</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>frontline::ReportsDialog</name>
    <message>
        <source>Sales summary</source>
        <translation>销售汇总</translation>
    </message>
    <message>
        <source>Ranking of reps</source>
        <translation>销售代表排名</translation>
    </message>
    <message>
        <source>Target attainment</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>2025-03, 2025-Q1, 2025 or FROM..TO</source>
        <translation>2025-03、2025-Q1、2025 或 起..止</translation>
    </message>
    <message>
        <source>A month (2025-03), a quarter (2025-Q1), a year (2025), a week (2025-W07), a day or a range FROM..TO</source>
        <translation>月（2025-03）、季度（2025-Q1）、年（2025）、周（2025-W07）、某一天或区间 起..止</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>分组(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save &amp;Excel…</source>
        <translation>保存 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>还没有可保存的报表。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Rep performance</source>
        <translation>销售代表业绩</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户清单</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSV 编码(&amp;E)：</translation>
    </message>
    <message>
        <source>UTF-8 (Excel, recommended)</source>
        <translation>UTF-8（Excel，推荐）</translation>
    </message>
    <message>
        <source>GBK (older Chinese software)</source>
        <translation>GBK（较旧的中文软件）</translation>
    </message>
    <message>
        <source>How the characters of a CSV file are stored. UTF-8 with a byte-order mark opens correctly in Excel; choose GBK for software that only reads GBK.</source>
        <translation>CSV 文件中字符的存储方式。带 BOM 的 UTF-8 可在 Excel 中正确打开；只能读取 GBK 的软件请选择 GBK。</translation>
    </message>
</context>
<context>
    <name>frontline::Repository</name>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>你无权进行此修改。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
</context>
<context>
    <name>frontline::RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the database with this backup?</source>
        <translation>用此备份替换数据库？</translation>
    </message>
    <message>
        <source>The backup is checked first; if anything is wrong nothing changes. The current database is kept beside it as %1, and the restored one opens in its place.</source>
        <translation>会先检查备份；如有问题，不作任何更改。当前数据库将另存为 %1，恢复后的数据库会在原位置打开。</translation>
    </message>
    <message>
        <source>The backup has &amp;another passphrase:</source>
        <translation>备份使用另一个密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>This database's &amp;passphrase:</source>
        <translation>本数据库的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>That is not this database's passphrase.</source>
        <translation>这不是本数据库的密码。</translation>
    </message>
    <message>
        <source>Enter the backup's passphrase.</source>
        <translation>请输入备份的密码。</translation>
    </message>
</context>
<context>
    <name>frontline::ScorecardPanel</name>
    <message>
        <source>Save scorecard</source>
        <translation>保存考核指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Linear to target</source>
        <translation>按目标线性计分</translation>
    </message>
    <message>
        <source>≥%1 → %2</source>
        <translation>≥%1 → %2 分</translation>
    </message>
    <message>
        <source>The member's target</source>
        <translation>成员本人的目标</translation>
    </message>
    <message>
        <source>Weights add up to 100%.</source>
        <translation>权重合计 100%。</translation>
    </message>
    <message>
        <source>Weights add up to %1%; they must add up to 100%.</source>
        <translation>权重合计 %1%，必须等于 100%。</translation>
    </message>
    <message>
        <source>Scorecard "%1" saved.</source>
        <translation>考核指标“%1”已保存。</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>按阈值计分</translation>
    </message>
    <message>
        <source>80:60, 100:100</source>
        <translation>80:60, 100:100</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>删除考核表</translation>
    </message>
    <message>
        <source>Name of the card</source>
        <translation>考核表名称</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Thresholds (% of target : points)</source>
        <translation>阈值（目标百分比 : 分数）</translation>
    </message>
    <message>
        <source>The most a linear indicator scores, in percent of its target (at least 100%)</source>
        <translation>线性指标的最高得分，以目标的百分比表示（至少 100%）</translation>
    </message>
    <message>
        <source>The points of the highest threshold reached, e.g. 80:60, 100:100, 120:120</source>
        <translation>按达到的最高阈值计分，例如 80:60, 100:100, 120:120</translation>
    </message>
    <message>
        <source>A fixed target in the metric's unit (¥1,000.00, 80%, 4.5); empty: each member's own target</source>
        <translation>以指标单位表示的固定目标（¥1,000.00、80%、4.5）；留空：使用每位成员自己的目标</translation>
    </message>
    <message>
        <source>%1 · no card</source>
        <translation>%1 · 无考核表</translation>
    </message>
    <message>
        <source>No card of its own: its members are scored with the card of %1. Add indicators and save to give it one.</source>
        <translation>尚无专属考核表：其成员按%1的考核表评分。添加指标并保存即可为其建立考核表。</translation>
    </message>
    <message>
        <source>No card: members of this role are not evaluated. Add indicators and save to evaluate them.</source>
        <translation>无考核表：该角色的成员不参与考核。添加指标并保存即可对其考核。</translation>
    </message>
    <message>
        <source>Indicator %1 (%2)</source>
        <translation>第 %1 项指标（%2）</translation>
    </message>
    <message>
        <source>%1: "%2" is not a target (e.g. ¥1,000.00, 80%, 4.5).</source>
        <translation>%1：“%2”不是有效目标（例如 ¥1,000.00、80%、4.5）。</translation>
    </message>
    <message>
        <source>%1: write the thresholds as percent:points, e.g. 80:60, 100:100.</source>
        <translation>%1：阈值请写成 百分比:分数，例如 80:60, 100:100。</translation>
    </message>
    <message>
        <source>Remove the scorecard "%1"? Its members are then scored with their role's card; published evaluations keep the scores they froze.</source>
        <translation>删除考核表“%1”？之后其成员将按所属角色的考核表评分；已发布的考核保留其冻结的分数。</translation>
    </message>
    <message>
        <source>Scorecard "%1" removed.</source>
        <translation>已删除考核表“%1”。</translation>
    </message>
</context>
<context>
    <name>frontline::SessionCommand</name>
    <message>
        <source>“%1” could not be undone.</source>
        <translation>无法撤销“%1”。</translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation>无法重做“%1”。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Record payment %1</source>
        <translation>登记回款 %1</translation>
    </message>
    <message>
        <source>Delete payment %1</source>
        <translation>删除回款 %1</translation>
    </message>
    <message>
        <source>Edit payment %1</source>
        <translation>修改回款 %1</translation>
    </message>
</context>
<context>
    <name>frontline::SetTaskStatusCommand</name>
    <message>
        <source>Complete %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>将 %1 标记为%2</translation>
    </message>
</context>
<context>
    <name>frontline::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Applies at once, to every window.</source>
        <translation>立即生效，适用于所有窗口。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>密钥派生：</translation>
    </message>
    <message>
        <source>Page authentication:</source>
        <translation>页面校验：</translation>
    </message>
    <message>
        <source>Encryption library:</source>
        <translation>加密库：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>A passphrase you asked Frontline to remember is kept in this computer's system keychain, never in Frontline's own files.</source>
        <translation>你让 Frontline 记住的密码保存在这台电脑的系统钥匙串中，绝不会写入 Frontline 自己的文件。</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Forget the Saved Passphrase</source>
        <translation>清除已保存的密码(&amp;F)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>%1, in pages of %2 bytes</source>
        <translation>%1，页大小 %2 字节</translation>
    </message>
    <message>
        <source>%1, %2 iterations</source>
        <translation>%1，迭代 %2 次</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1（SQLite %2）</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The passphrase is changed, here and in the system keychain.</source>
        <translation>密码已修改，系统钥匙串中的密码也已更新。</translation>
    </message>
    <message>
        <source>The passphrase is changed, but the system keychain still holds the old one (%1). Frontline will ask for the new one next time.</source>
        <translation>密码已更改，但系统钥匙串中仍是旧密码（%1）。下次 Frontline 会询问新密码。</translation>
    </message>
    <message>
        <source>Forgotten: Frontline will ask for the passphrase next time.</source>
        <translation>已清除：下次打开时 Frontline 会询问密码。</translation>
    </message>
    <message>
        <source>No passphrase for this database is saved on this computer.</source>
        <translation>这台电脑上没有保存这个数据库的密码。</translation>
    </message>
    <message>
        <source>The system keychain could not be reached: %1</source>
        <translation>无法访问系统钥匙串：%1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Saved: reports print it in their header.</source>
        <translation>已保存：报表会将其印在页眉中。</translation>
    </message>
    <message>
        <source>Your role may not change the settings of this database.</source>
        <translation>您的角色无权修改此数据库的设置。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Printed in the header of reports and the dashboard</source>
        <translation>印在报表和总览的页眉中</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>无操作(&amp;L)</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> 分钟后锁定</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Locking closes the database and wipes its passphrase from memory.</source>
        <translation>锁定时会关闭数据库，并从内存中清除口令。</translation>
    </message>
</context>
<context>
    <name>frontline::SharedSettings</name>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Cannot save the setting: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>frontline::SqlCipherDriver</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>无法准备语句</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>不能一次执行多条语句</translation>
    </message>
    <message>
        <source>The query is empty</source>
        <translation>查询为空</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>参数个数不匹配</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>无法绑定参数</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>无法执行语句</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>无法读取数据行</translation>
    </message>
    <message>
        <source>Unable to open the database file</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>Unable to set the encryption key</source>
        <translation>无法设置加密密钥</translation>
    </message>
    <message>
        <source>Unable to apply the cipher settings</source>
        <translation>无法应用加密设置</translation>
    </message>
    <message>
        <source>Unable to read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>Unable to change the encryption key</source>
        <translation>无法更改加密密钥</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>无法提交事务</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>无法回滚事务</translation>
    </message>
</context>
<context>
    <name>frontline::StageColumn</name>
    <message>
        <source>%1: %2% likely to close</source>
        <translation>%1：成交可能性 %2%</translation>
    </message>
    <message>
        <source>The total of the opportunities in this stage</source>
        <translation>此阶段商机的金额合计</translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>加权 %1</translation>
    </message>
    <message>
        <source>Each amount times its probability</source>
        <translation>各商机金额乘以赢单概率后的合计</translation>
    </message>
</context>
<context>
    <name>frontline::StartDialog</name>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Frontline databases (*.db);;All files (*)</source>
        <translation>Frontline 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Welcome to Frontline</source>
        <translation>欢迎使用 Frontline</translation>
    </message>
    <message>
        <source>Your customers, visits and orders, in an encrypted database on this computer.</source>
        <translation>你的客户、拜访和订单，都保存在这台电脑上的加密数据库中。</translation>
    </message>
    <message>
        <source>&amp;Recent databases:</source>
        <translation>最近打开的数据库(&amp;R)：</translation>
    </message>
    <message>
        <source>No database has been opened on this computer yet.
Create a new one, or browse for a database you were given.</source>
        <translation>这台电脑上还没有打开过数据库。
请新建一个，或浏览找到别人给你的数据库。</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>找不到：%1</translation>
    </message>
</context>
<context>
    <name>frontline::Startup</name>
    <message>
        <source>Frontline: sales management for frontline sales teams.</source>
        <translation>Frontline：面向基层销售团队的销售管理系统。</translation>
    </message>
    <message>
        <source>Open the demo database, created on first use.</source>
        <translation>打开演示数据库（首次使用时创建）。</translation>
    </message>
    <message>
        <source>Open the database FILE: Frontline asks for its passphrase.</source>
        <translation>打开数据库 FILE：Frontline 会询问其密码。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save a picture of the main window, sized to the screen, to FILE (PNG) and quit.</source>
        <translation>将主窗口（按屏幕大小）截图保存为 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>Show page NAME first, one of: %1.</source>
        <translation>先显示页面 NAME，可选：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use LANGUAGE for this run instead of the saved choice, one of: %1.</source>
        <translation>本次运行使用语言 LANGUAGE 而非已保存的设置，可选：%1。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Unknown language %1; choose one of: %2.</source>
        <translation>未知语言 %1；请选择：%2。</translation>
    </message>
    <message>
        <source>Unknown page %1; choose one of: %2.</source>
        <translation>未知页面 %1；请选择：%2。</translation>
    </message>
    <message>
        <source>Use --demo or --database, not both.</source>
        <translation>--demo 和 --database 只能二选一。</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Cannot write the picture to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
</context>
<context>
    <name>frontline::SyncPackageReader</name>
    <message>
        <source>This file is not a Frontline sync package.</source>
        <translation>此文件不是 Frontline 同步包。</translation>
    </message>
    <message>
        <source>The sync package is incomplete (cut off while copying?). Ask for it again.</source>
        <translation>同步包不完整（复制时被截断？）。请重新索取。</translation>
    </message>
    <message>
        <source>This sync package was written by a newer Frontline; update Frontline to read it.</source>
        <translation>此同步包由更新版本的 Frontline 生成；请升级 Frontline 后再读取。</translation>
    </message>
    <message>
        <source>The sync package is damaged or has been altered; it was not used.</source>
        <translation>同步包已损坏或被篡改，未使用。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The sync passphrase does not open this package (wrong passphrase, or a package of another team).</source>
        <translation>同步密码无法打开此同步包（密码错误，或是其他团队的同步包）。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the package.</source>
        <translation>无法为同步包创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot unpack the package: %1</source>
        <translation>无法解开同步包：%1</translation>
    </message>
    <message>
        <source>The sync package is damaged: a %1 record cannot be read; it was not used.</source>
        <translation>同步包已损坏：有一条 %1 记录无法读取，未使用该同步包。</translation>
    </message>
</context>
<context>
    <name>frontline::SyncPackageWriter</name>
    <message>
        <source>A sync passphrase is required.</source>
        <translation>需要同步密码。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the package.</source>
        <translation>无法为同步包创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot derive the package key.</source>
        <translation>无法生成同步包密钥。</translation>
    </message>
    <message>
        <source>Cannot create the package: %1</source>
        <translation>无法创建同步包：%1</translation>
    </message>
    <message>
        <source>The package was not opened.</source>
        <translation>同步包尚未打开。</translation>
    </message>
    <message>
        <source>%1 already exists; a package never overwrites a file.</source>
        <translation>%1 已存在；同步包不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Cannot write the package: %1</source>
        <translation>无法写入同步包：%1</translation>
    </message>
    <message>
        <source>Cannot read the package body: %1</source>
        <translation>无法读取同步包内容：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>frontline::SyncPage</name>
    <message>
        <source>Sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not at the manager yet: export your changes and send the file to your manager.</source>
        <translation>
            <numerusform>此处有 %n 条更改尚未交给经理：请导出您的更改，并把文件交给经理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager has every change made here.</source>
        <translation>此处的所有更改经理都已收到。</translation>
    </message>
    <message>
        <source>This database has not synced yet.</source>
        <translation>此数据库尚未同步过。</translation>
    </message>
    <message>
        <source>Where each member stands (open conflicts: %1).</source>
        <translation>各成员的同步情况（待处理冲突：%1）。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The passphrase could not be saved in the keychain: %1</source>
        <translation>无法将密码保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>The team sync passphrase is set for the packages you write from now on. Tell it to your reps in person.</source>
        <translation>团队同步密码已设置，此后生成的同步包都用它加密。请当面告诉您的销售代表。</translation>
    </message>
    <message>
        <source>There is nobody to export for: add the team's members first.</source>
        <translation>没有可导出的成员：请先添加团队成员。</translation>
    </message>
    <message>
        <source>Writing your changes to %1…</source>
        <translation>正在把您的更改写入 %1…</translation>
    </message>
    <message>
        <source>Writing the package for %1…</source>
        <translation>正在为 %1 生成同步包…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) for %1 to %2. Give the file to the rep; it can be opened until %3.</source>
        <translation>
            <numerusform>已为 %1 写入 %n 条记录到 %2。请把文件交给该销售代表；有效期至 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n changed record(s) to %1. Give the file to your manager; it can be opened until %2.</source>
        <translation>
            <numerusform>已将 %n 条更改写入 %1。请把文件交给经理；有效期至 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Sync Packages</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Sync packages (*.flsync);;All files (*)</source>
        <translation>同步包 (*.flsync);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n package(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个同步包…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 未导入：%2 数据未作任何更改。</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 conflicts, %5 ignored.</source>
        <translation>%1：新增 %2，更新 %3，冲突 %4，忽略 %5。</translation>
    </message>
    <message>
        <source>This database is now %1's.</source>
        <translation>此数据库现在属于 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) may be duplicates: see the Conflicts tab.</source>
        <translation>
            <numerusform>%n 个新客户可能重复：请查看“冲突”标签页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts wait on the Conflicts tab until someone keeps one of the values.</source>
        <translation>冲突会留在“冲突”标签页，直到有人选定保留哪个值。</translation>
    </message>
    <message>
        <source>The manager's database: export a package for each rep, import their changes.</source>
        <translation>经理的数据库：为每位销售代表导出同步包，并导入他们的更改。</translation>
    </message>
    <message>
        <source>%1's database: export your changes for the manager, import the manager's packages.</source>
        <translation>%1 的数据库：为经理导出您的更改，并导入经理发来的同步包。</translation>
    </message>
    <message>
        <source>On the manager's laptop, export a package for a rep; on a rep's new, empty database, import the package the manager wrote.</source>
        <translation>在经理的电脑上为销售代表导出同步包；在销售代表新建的空数据库中导入经理生成的同步包。</translation>
    </message>
    <message>
        <source>&amp;Export for a Rep…</source>
        <translation>为销售代表导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Export My Changes…</source>
        <translation>导出我的更改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import the Manager's Package…</source>
        <translation>导入经理的同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Import Packages…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Team &amp;Passphrase…</source>
        <translation>团队密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Or drop package files (.flsync) anywhere on this page to import them.</source>
        <translation>也可以把同步包文件（.flsync）拖放到本页任意位置来导入。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation>已发出和收到的同步包</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>最近发出</translation>
    </message>
    <message>
        <source>Last changes received</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>待处理冲突</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突 (%1)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>frontline::SyncService</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>This is %1's database: it exports its own changes, not packages for members.</source>
        <translation>这是 %1 的数据库：它只导出自己的更改，不为成员导出同步包。</translation>
    </message>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>没有编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>%1 sees the whole company; sync packages are for members with their own share.</source>
        <translation>%1 可查看全公司数据；同步包只用于拥有自己负责范围的成员。</translation>
    </message>
    <message>
        <source>Only a rep's database exports its changes; on the manager's database name the member to export for (--member CODE).</source>
        <translation>只有销售代表的数据库导出自己的更改；在经理的数据库上请指定要导出的成员（--member 编号）。</translation>
    </message>
    <message>
        <source>Cannot read %1 for the package: %2</source>
        <translation>无法读取 %1 以写入同步包：%2</translation>
    </message>
    <message>
        <source>%1 %2 was taken by another record here; the incoming one is now %3.</source>
        <translation>%1 %2 在本地已被另一条记录使用；导入的记录改为 %3。</translation>
    </message>
    <message>
        <source>This sync package expired on %1; ask for a new one.</source>
        <translation>此同步包已于 %1 过期；请索取新的同步包。</translation>
    </message>
    <message>
        <source>This package was written by this database itself.</source>
        <translation>此同步包由本数据库自己生成。</translation>
    </message>
    <message>
        <source>This sync package belongs to another team.</source>
        <translation>此同步包属于其他团队。</translation>
    </message>
    <message>
        <source>This package is for %1's laptop; it cannot be imported into the manager's database.</source>
        <translation>此同步包是给 %1 的电脑的，不能导入经理的数据库。</translation>
    </message>
    <message>
        <source>This package is for %1, but this is %2's database.</source>
        <translation>此同步包是给 %1 的，但这是 %2 的数据库。</translation>
    </message>
    <message>
        <source>This database already holds data of its own. Import a member's package into a new database (frontline-cli init).</source>
        <translation>此数据库已有自己的数据。请将成员的同步包导入新数据库（frontline-cli init）。</translation>
    </message>
    <message>
        <source>This package holds %1's changes for the manager; import it on the manager's database.</source>
        <translation>此同步包是 %1 给经理的更改；请在经理的数据库中导入。</translation>
    </message>
    <message>
        <source>This database has not exported packages for this team; it cannot take changes from it.</source>
        <translation>此数据库从未为该团队导出过同步包，不能接收其更改。</translation>
    </message>
    <message>
        <source>The package comes from %1, who is not a member in this database.</source>
        <translation>此同步包来自 %1，但此人不是本数据库中的成员。</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>数据库正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The package could not be applied; nothing was changed: %1</source>
        <translation>无法应用同步包，未做任何更改：%1</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved.</source>
        <translation>冲突 %1 已经解决。</translation>
    </message>
    <message>
        <source>Conflict %1 names an unknown field.</source>
        <translation>冲突 %1 涉及未知字段。</translation>
    </message>
    <message>
        <source>The record of conflict %1 is gone.</source>
        <translation>冲突 %1 的记录已不存在。</translation>
    </message>
    <message>
        <source>The record that value refers to is not in this database.</source>
        <translation>该值引用的记录不在本数据库中。</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation>无法更新搜索索引。</translation>
    </message>
</context>
<context>
    <name>frontline::TargetImport</name>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Only managers and administrators import targets.</source>
        <translation>只有经理和管理员可以导入目标。</translation>
    </message>
    <message>
        <source>member or team</source>
        <translation>成员或团队</translation>
    </message>
    <message>
        <source>Several members are called "%1"; use the member code.</source>
        <translation>有多个成员名为“%1”，请使用成员编号。</translation>
    </message>
    <message>
        <source>No member "%1".</source>
        <translation>没有成员“%1”。</translation>
    </message>
    <message>
        <source>No team "%1".</source>
        <translation>没有团队“%1”。</translation>
    </message>
    <message>
        <source>No member or team.</source>
        <translation>没有成员或团队。</translation>
    </message>
    <message>
        <source>"%1" is not a month, quarter or year (2025-03, 2025-Q1, 2025).</source>
        <translation>“%1”不是月份、季度或年度（2025-03、2025-Q1、2025）。</translation>
    </message>
    <message>
        <source>No period.</source>
        <translation>没有期间。</translation>
    </message>
    <message>
        <source>No metric "%1".</source>
        <translation>没有指标“%1”。</translation>
    </message>
    <message>
        <source>Targets are amounts or counts; %1 is a rate.</source>
        <translation>目标是金额或数量；%1 是比率。</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>No target value.</source>
        <translation>没有目标值。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>The same target is there already.</source>
        <translation>相同的目标已存在。</translation>
    </message>
    <message>
        <source>%1 is outside your team; no target was set.</source>
        <translation>%1 不在您的团队中，未设置目标。</translation>
    </message>
    <message>
        <source>Target changed from %1 to %2.</source>
        <translation>目标由 %1 改为 %2。</translation>
    </message>
</context>
<context>
    <name>frontline::TargetsPanel</name>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Member or team</source>
        <translation>成员或团队</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <source>Split team target…</source>
        <translation>分解团队目标…</translation>
    </message>
    <message>
        <source>Double-click a row to set its target. A team's target is split among its reps top-down; the sum of the reps' targets is the bottom-up figure.</source>
        <translation>双击一行可设定其目标。团队目标自上而下分解给销售代表；代表目标之和即自下而上的汇总。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>own target</source>
        <translation>单独设定</translation>
    </message>
    <message>
        <source>sum of its months</source>
        <translation>各月之和</translation>
    </message>
    <message>
        <source>reps' sum</source>
        <translation>代表之和</translation>
    </message>
    <message>
        <source>Sum of the reps' targets (bottom-up): %1</source>
        <translation>代表目标合计（自下而上）：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 from the team's target</source>
        <translation>与团队目标相差 %1</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>设定目标</translation>
    </message>
    <message>
        <source>Target of %1 for %2, in yuan:</source>
        <translation>%1 在 %2 的目标（元）：</translation>
    </message>
    <message>
        <source>Target of %1 for %2:</source>
        <translation>%1 在 %2 的目标：</translation>
    </message>
    <message>
        <source>"%1" is not a target value.</source>
        <translation>“%1”不是有效的目标值。</translation>
    </message>
    <message>
        <source>Split the target of %1 for %2</source>
        <translation>分解 %1 在 %2 的目标</translation>
    </message>
    <message>
        <source>among the reps</source>
        <translation>分给销售代表</translation>
    </message>
    <message>
        <source>into months</source>
        <translation>分到各月</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Total (yuan):</source>
        <translation>总额（元）：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总数：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>分解：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>By last year's seasonality</source>
        <translation>按去年季节性</translation>
    </message>
    <message>
        <source>By weights</source>
        <translation>按权重</translation>
    </message>
    <message>
        <source>By last year's share</source>
        <translation>按去年占比</translation>
    </message>
    <message>
        <source>Enter the total to split.</source>
        <translation>请填写要分解的总额。</translation>
    </message>
</context>
<context>
    <name>frontline::TaskDialog</name>
    <message>
        <source>Choose the customer from the list, or leave the field empty.</source>
        <translation>请从列表中选择客户，或留空。</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>A follow-up or to-do, with who does it and by when.</source>
        <translation>一项跟进或待办事项，写明由谁负责、何时完成。</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>要做的事情</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>还没有评论。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The task with its comments: who wrote what, and when.</source>
        <translation>任务及其评论：谁在何时写了什么。</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>商机(&amp;O)：</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Add a comment: what happened, what is next</source>
        <translation>添加评论：进展如何，下一步做什么</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>frontline::TaskRepository</name>
    <message>
        <source>Enter what is to be done.</source>
        <translation>请输入要做的事情。</translation>
    </message>
    <message>
        <source>Unknown priority "%1".</source>
        <translation>未知优先级“%1”。</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>请选择负责人。</translation>
    </message>
    <message>
        <source>There is no opportunity %1 that you can see.</source>
        <translation>没有您可查看的商机 %1。</translation>
    </message>
    <message>
        <source>The opportunity is another customer's.</source>
        <translation>该商机属于另一个客户。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写评论内容。</translation>
    </message>
    <message>
        <source>There is no task %1 that you can see.</source>
        <translation>没有您可查看的任务 %1。</translation>
    </message>
</context>
<context>
    <name>frontline::TaskRunner</name>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>frontline::TaskTableModel</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>frontline::TasksPage</name>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln 个未完成任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>，%Ln 个已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue</source>
        <translation>没有逾期任务</translation>
    </message>
    <message>
        <source>Every open task is still within its due date.</source>
        <translation>所有未完成任务都还没到截止日期。</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>没有未完成的任务</translation>
    </message>
    <message>
        <source>Follow-ups you add while logging visits, or with New Task, appear here.</source>
        <translation>记录拜访时添加的跟进事项，以及通过“新建任务”添加的任务，都会显示在这里。</translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Team Tasks</source>
        <translation>团队任务</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Show &amp;completed</source>
        <translation>显示已完成(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the task done, or open again (Ctrl+D)</source>
        <translation>将任务标记为完成，或重新打开（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>frontline::TeamPage</name>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in %1 team(s)</source>
        <translation>
            <numerusform>%1 个团队，共 %Ln 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>入职日期：%1</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>名下</translation>
    </message>
    <message>
        <source>Outside the customers you can see.</source>
        <translation>不在你可查看的客户范围内。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) worth %1, weighted %2</source>
        <translation>
            <numerusform>%Ln 个进行中的商机，金额 %1，加权 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln 个未完成任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsibilities of the %1</source>
        <translation>%1职责</translation>
    </message>
    <message>
        <source>No duties are written down for this role yet.</source>
        <translation>这个角色还没有填写职责。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active member(s)</source>
        <translation>
            <numerusform>%Ln 名在职成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) you can see</source>
        <translation>
            <numerusform>你可查看的客户 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Team and members</source>
        <translation>团队和成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>无法调动 %1：%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>发展计划</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>已将 %1 调到 %2。</translation>
    </message>
    <message>
        <source>The team could not be added: %1</source>
        <translation>未能添加团队：%1</translation>
    </message>
    <message>
        <source>%1 could not be renamed: %2</source>
        <translation>%1 未能改名：%2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 未能删除：%2</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Name of the new team below %1:</source>
        <translation>%1 下新团队的名称：</translation>
    </message>
    <message>
        <source>Name of the new team:</source>
        <translation>新团队的名称：</translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation>团队改名</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Move Team</source>
        <translation>移动团队</translation>
    </message>
    <message>
        <source>Move %1 below:</source>
        <translation>将 %1 移到以下团队之下：</translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>删除团队 %1？</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s). Delete the team and move them to:</source>
        <translation>
            <numerusform>%1 有 %n 名成员。删除该团队，并将成员调到：</numerusform>
        </translation>
    </message>
    <message>
        <source>New Team Below…</source>
        <translation>在下级新建团队…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Move Below Another Team…</source>
        <translation>移到其他团队之下…</translation>
    </message>
    <message>
        <source>Delete Team…</source>
        <translation>删除团队…</translation>
    </message>
    <message>
        <source>Edit Member…</source>
        <translation>编辑成员…</translation>
    </message>
    <message>
        <source>Move to Team</source>
        <translation>调到团队</translation>
    </message>
    <message>
        <source>Edit Duties of the %1…</source>
        <translation>编辑%1的职责…</translation>
    </message>
    <message>
        <source>Add a team below the one chosen</source>
        <translation>在所选团队下新建团队</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the team chosen (its members are moved first)</source>
        <translation>删除所选团队（先调走其成员）</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Edit Duties</source>
        <translation>编辑职责</translation>
    </message>
    <message>
        <source>Moved %1 below %2.</source>
        <translation>已将 %1 移到 %2 之下。</translation>
    </message>
</context>
<context>
    <name>frontline::TeamPassphraseDialog</name>
    <message>
        <source>Team Sync Passphrase</source>
        <translation>团队同步密码</translation>
    </message>
    <message>
        <source>Set the team sync passphrase</source>
        <translation>设置团队同步密码</translation>
    </message>
    <message>
        <source>Enter the team sync passphrase</source>
        <translation>输入团队同步密码</translation>
    </message>
    <message>
        <source>Every package is encrypted with this passphrase. Give it to your reps in person, never with the packages. Packages made with an earlier passphrase can no longer be opened with the new one.</source>
        <translation>所有同步包都用此密码加密。请当面告诉销售代表，切勿与同步包一起发送。用旧密码生成的同步包无法用新密码打开。</translation>
    </message>
    <message>
        <source>The package is encrypted with the team's passphrase. Type it twice, so that a typo does not make a package nobody can open.</source>
        <translation>同步包将用团队密码加密。请输入两次，以免输错后生成谁都打不开的同步包。</translation>
    </message>
    <message>
        <source>The passphrase your manager set for the team's sync packages.</source>
        <translation>经理为团队同步包设置的密码。</translation>
    </message>
    <message>
        <source>&amp;Remember in this computer's keychain</source>
        <translation>保存在本机钥匙串中(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>frontline::TrainingPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均成绩</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新建培训…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: on the list of %Ln session(s), came to %2</source>
        <translation>
            <numerusform>%1：参加名单 %Ln 次培训，出勤 %2 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation>，平均成绩 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln training session(s) you can see</source>
        <translation>
            <numerusform>可见的培训共 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Put %1 on the list</source>
        <translation>将 %1 加入名单</translation>
    </message>
    <message>
        <source>Put the team on the list</source>
        <translation>将团队加入名单</translation>
    </message>
    <message>
        <source>Choose a session to see who came.</source>
        <translation>选择一次培训，查看出勤情况。</translation>
    </message>
    <message>
        <source>Attendance and scores: %1</source>
        <translation>出勤与成绩：%1</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 100.</source>
        <translation>成绩是 0 到 100 之间的整数。</translation>
    </message>
</context>
<context>
    <name>frontline::TrainingRepository</name>
    <message>
        <source>Enter the session's title.</source>
        <translation>请填写培训标题。</translation>
    </message>
    <message>
        <source>Unknown topic "%1".</source>
        <translation>未知培训主题“%1”。</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>请填写培训日期。</translation>
    </message>
    <message>
        <source>A session lasts between 0 and 1,440 minutes.</source>
        <translation>培训时长应在 0 到 1,440 分钟之间。</translation>
    </message>
    <message>
        <source>There is no training session %1.</source>
        <translation>没有编号为 %1 的培训。</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>没有编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>A score is between 0 and 100.</source>
        <translation>成绩应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The member is not on this session's list.</source>
        <translation>该成员不在这次培训的名单上。</translation>
    </message>
</context>
<context>
    <name>frontline::TrainingSessionDialog</name>
    <message>
        <source>Edit Training Session</source>
        <translation>编辑培训</translation>
    </message>
    <message>
        <source>New Training Session</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>编辑培训</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>What is taught, when and by whom. Attendance and scores are recorded on the Training tab.</source>
        <translation>培训内容、时间和讲师。出勤和成绩在“培训”标签页记录。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. New product line, objection handling</source>
        <translation>例如：新产品线、异议处理</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>讲师(&amp;R)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>frontline::UserAccounts</name>
    <message numerus="yes">
        <source>Wrong user name or password (%n attempt(s) left before the account is locked).</source>
        <translation>
            <numerusform>用户名或密码错误（再失败 %n 次账户将被锁定）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1.</source>
        <translation>登录失败次数过多：账户已锁定至 %1。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>此账户已停用。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The failed login could not be recorded.</source>
        <translation>无法记录这次失败的登录。</translation>
    </message>
    <message>
        <source>Only an administrator can change an administrator's account.</source>
        <translation>只有管理员可以更改管理员账户。</translation>
    </message>
    <message>
        <source>A user name is one word without spaces.</source>
        <translation>用户名须为一个词，不能包含空格。</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>没有这个成员。</translation>
    </message>
    <message>
        <source>This database has user accounts: log in as an administrator to add one.</source>
        <translation>此数据库已有用户账户：请以管理员身份登录后再添加。</translation>
    </message>
    <message>
        <source>The first account must be an administrator's.</source>
        <translation>第一个账户必须是管理员账户。</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>已有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>无法计算密码散列（内存不足？）。</translation>
    </message>
    <message>
        <source>That member already has an account.</source>
        <translation>该成员已有账户。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码必须与当前密码不同。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
</context>
<context>
    <name>frontline::UserDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The first account is an administrator's. From now on everyone who opens this database logs in, and sees and does what their role allows.</source>
        <translation>第一个账户属于管理员。此后打开此数据库的每个人都须登录，只能查看和操作其角色允许的内容。</translation>
    </message>
    <message>
        <source>The user gets the role and the customers of the member chosen, and must choose their own password at the first login.</source>
        <translation>该用户获得所选成员的角色和客户，首次登录时必须设置自己的密码。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>No member: an administrator</source>
        <translation>无成员：管理员</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>frontline::UsersPanel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Must choose a password</source>
        <translation>须设置密码</translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation>（无成员）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next login.</source>
        <translation>%1 下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 已无法登录。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>frontline::VisitDialog</name>
    <message>
        <source>Type part of the customer's name, pinyin or phone number, then choose from the list.</source>
        <translation>输入客户名称、拼音或电话号码的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the customer from the list (press Enter on a match).</source>
        <translation>请从列表中选择客户（选中匹配项后按 Enter）。</translation>
    </message>
    <message>
        <source>Log a Visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Log a visit, call or message</source>
        <translation>记录拜访、电话或消息</translation>
    </message>
    <message>
        <source>What was said and agreed, and when to follow up.</source>
        <translation>沟通了什么、约定了什么，以及何时跟进。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or phone number</source>
        <translation>名称、拼音、首字母或电话号码</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>沟通了什么</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>What was agreed, the next step</source>
        <translation>约定事项、下一步计划</translation>
    </message>
    <message>
        <source>&amp;Next follow-up:</source>
        <translation>下次跟进(&amp;N)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>+3 天</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 个月</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction:</source>
        <translation>满意度(&amp;T)：</translation>
    </message>
    <message>
        <source>1 to 5 stars: press a digit, or 0 for none</source>
        <translation>1 到 5 星：按数字键评分，按 0 清除</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>时间(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>跟进人(&amp;B)：</translation>
    </message>
    <message>
        <source>Ctrl+1…5: kind · Alt+3, Alt+W, Alt+M: follow up in 3 days, a week, a month · Ctrl+Enter: save · Esc: cancel</source>
        <translation>Ctrl+1…5：方式 · Alt+3、Alt+W、Alt+M：3 天、1 周、1 个月后跟进 · Ctrl+Enter：保存 · Esc：取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>frontline::VisitsPage</name>
    <message>
        <source>Everyone</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部方式</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) this week</source>
        <translation>
            <numerusform>本周 %Ln 条联系记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln 条联系记录符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) recorded</source>
        <translation>
            <numerusform>共 %Ln 条联系记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts match</source>
        <translation>没有符合条件的联系记录</translation>
    </message>
    <message>
        <source>Nothing was recorded for these filters.</source>
        <translation>当前筛选条件下没有记录。</translation>
    </message>
    <message>
        <source>No visits or calls recorded yet</source>
        <translation>还没有拜访或电话记录</translation>
    </message>
    <message>
        <source>Log one with Ctrl+L, from anywhere in Frontline.</source>
        <translation>在 Frontline 的任何位置按 Ctrl+L 即可记录。</translation>
    </message>
    <message>
        <source>My Week</source>
        <translation>我的本周</translation>
    </message>
    <message>
        <source>Your contacts from Monday to Sunday of this week</source>
        <translation>你本周一至周日的联系记录</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>不限开始日期</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>不限结束日期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Log Visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a visit, call or message (Ctrl+L)</source>
        <translation>记录拜访、电话或消息（Ctrl+L）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>frontline::Vocabulary</name>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认需求</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客服支持</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>customer status</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>pipeline stage</comment>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>pipeline stage</comment>
        <translation>输单</translation>
    </message>
    <message>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <source>Sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <source>Customer communication</source>
        <translation>客户沟通</translation>
    </message>
    <message>
        <source>Senior sales rep</source>
        <translation>高级销售代表</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>development plan</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Metrics</name>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话次数</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途商机金额</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直销</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Collected payments</source>
        <translation>回款额</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::MetricsEngine</name>
    <message>
        <source>New customers cannot be split by channel, product or category.</source>
        <translation>新客户无法按渠道、产品或类别拆分。</translation>
    </message>
    <message>
        <source>Visits and contacts cannot be split by channel, product or category.</source>
        <translation>拜访和联系无法按渠道、产品或类别拆分。</translation>
    </message>
    <message>
        <source>Opportunities cannot be split by channel, product or category.</source>
        <translation>商机无法按渠道、产品或类别拆分。</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>周期无效。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Collected payments cannot be split by channel, product or category.</source>
        <translation>回款不能按渠道、产品或类别拆分。</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Period</name>
    <message>
        <source>"%1" is not a period: use 2025-03-07, 2025-W07, 2025-03, 2025-Q1, 2025 or FROM..TO.</source>
        <translation>“%1”不是有效的周期：请使用 2025-03-07、2025-W07、2025-03、2025-Q1、2025 或 FROM..TO。</translation>
    </message>
    <message>
        <source>The period %1 ends before it starts.</source>
        <translation>周期 %1 的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>%1 week %2 (%3 – %4)</source>
        <extracomment>An ISO week: %1 year, %2 week number, %3 and %4 its Monday and Sunday</extracomment>
        <translation>%1 年第 %2 周（%3 – %4）</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>%1 year, %2 month number</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>%1 year, %2 quarter number</extracomment>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Reports</name>
    <message>
        <source>Attainment is by rep or by team.</source>
        <translation>达成率只能按销售代表或团队统计。</translation>
    </message>
    <message>
        <source>Unknown report "%1": use %2.</source>
        <translation>未知报表“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>Sales by %1</source>
        <translation>按%1统计销售</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Ranking by %1</source>
        <translation>%1排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Attainment of %1 targets</source>
        <translation>%1目标达成情况</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation>截至当日应完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status key</source>
        <translation>状态键</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage key</source>
        <translation>阶段键</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>下一阶段转化率</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前在途</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示值</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Revenue by %1</source>
        <translation>按%1统计销售额</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>销售额目标</translation>
    </message>
    <message>
        <source>Revenue by rep</source>
        <translation>各销售代表销售额</translation>
    </message>
    <message>
        <source>Revenue trend</source>
        <translation>销售额趋势</translation>
    </message>
    <message>
        <source>Rep performance</source>
        <translation>销售代表业绩</translation>
    </message>
    <message>
        <source>The customer list needs the database.</source>
        <translation>客户清单需要打开数据库。</translation>
    </message>
    <message>
        <source>The customer list is filtered by one member, region, grade or status at most.</source>
        <translation>客户清单最多只能按一个成员、大区、等级或状态筛选。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户清单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owner code</source>
        <translation>负责人编号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系日期</translation>
    </message>
    <message>
        <source>Orders in period</source>
        <translation>本期订单数</translation>
    </message>
    <message>
        <source>Revenue in period</source>
        <translation>本期销售额</translation>
    </message>
    <message>
        <source>Orders in all</source>
        <translation>累计订单数</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>累计销售额</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Rollups</name>
    <message>
        <source>The analytics rollups could not be updated: %1</source>
        <translation>无法更新分析汇总数据：%1</translation>
    </message>
</context>
<context>
    <name>frontline::analytics::Targets</name>
    <message>
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>落后</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ActivityCommand</name>
    <message>
        <source>The customer's id or code.</source>
        <translation>客户的 ID 或编号。</translation>
    </message>
    <message>
        <source>The member's code (list: filter; add: who made the contact).</source>
        <translation>成员编号（list：筛选；add：联系人）。</translation>
    </message>
    <message>
        <source>visit, call, wechat, email or meeting.</source>
        <translation>visit、call、wechat、email 或 meeting。</translation>
    </message>
    <message>
        <source>From this date on (list).</source>
        <translation>从该日期起（list）。</translation>
    </message>
    <message>
        <source>Up to this date (list).</source>
        <translation>截至该日期（list）。</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>最多 N 行（list）。</translation>
    </message>
    <message>
        <source>What was said and done (add).</source>
        <translation>沟通内容（add）。</translation>
    </message>
    <message>
        <source>When it happened, YYYY-MM-DD[THH:MM] local time (add; default now).</source>
        <translation>发生时间，YYYY-MM-DD[THH:MM] 本地时间（add；默认现在）。</translation>
    </message>
    <message>
        <source>Minutes (add).</source>
        <translation>分钟数（add）。</translation>
    </message>
    <message>
        <source>Where (add).</source>
        <translation>地点（add）。</translation>
    </message>
    <message>
        <source>The outcome (add).</source>
        <translation>结果（add）。</translation>
    </message>
    <message>
        <source>The next step (add).</source>
        <translation>下一步（add）。</translation>
    </message>
    <message>
        <source>Next follow-up date: YYYY-MM-DD, +3d, +1w, +1m (add).</source>
        <translation>下次跟进日期：YYYY-MM-DD、+3d、+1w、+1m（add）。</translation>
    </message>
    <message>
        <source>Customer satisfaction 1-5 (add).</source>
        <translation>客户满意度 1-5（add）。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>activity add needs --customer ID|CODE.</source>
        <translation>activity add 需要 --customer ID|CODE。</translation>
    </message>
    <message>
        <source>--when: "%1" is not a date or time.</source>
        <translation>--when：“%1”不是日期或时间。</translation>
    </message>
    <message>
        <source>Logged %1 with %2 (activity %3).</source>
        <translation>已记录与 %2 的%1（联系记录 %3）。</translation>
    </message>
    <message>
        <source>List or log visits, calls and other contacts</source>
        <translation>查看或记录拜访、电话等客户联系</translation>
    </message>
</context>
<context>
    <name>frontline::cli::AuditCommand</name>
    <message>
        <source>Entries on or after this day (audit).</source>
        <translation>此日期及之后的记录（审计）。</translation>
    </message>
    <message>
        <source>Entries on or before this day (audit).</source>
        <translation>此日期及之前的记录（审计）。</translation>
    </message>
    <message>
        <source>Only this action (repeat for several): %1.</source>
        <translation>仅此操作（可重复指定多个）：%1。</translation>
    </message>
    <message>
        <source>Only what this user did (audit).</source>
        <translation>仅此用户的操作（审计）。</translation>
    </message>
    <message>
        <source>table, csv or json (default table; --json means json).</source>
        <translation>table、csv 或 json（默认 table；--json 即 json）。</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>将报表写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>最多 N 行（列表）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli audit %1</source>
        <translation>用法：frontline-cli audit %1</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date.</source>
        <translation>--%1：“%2”不是日期。</translation>
    </message>
    <message>
        <source>Unknown action "%1": use %2.</source>
        <translation>未知操作“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use table, csv or json.</source>
        <translation>未知格式“%1”：请使用 table、csv 或 json。</translation>
    </message>
    <message>
        <source>--format csv needs --out FILE.</source>
        <translation>--format csv 需要同时指定 --out FILE。</translation>
    </message>
    <message>
        <source>The audit log was altered outside Frontline: entry %1 does not match the entries before it.</source>
        <translation>审计日志在 Frontline 之外被改动过：第 %1 条记录与之前的记录不符。</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>审计日志完整无损。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The audit log: view, filter, export, verify</source>
        <translation>审计日志：查看、筛选、导出、校验</translation>
    </message>
</context>
<context>
    <name>frontline::cli::BackupCommand</name>
    <message>
        <source>Write the backup to exactly this file (never overwritten).</source>
        <translation>将备份写入这个文件（不会覆盖已有文件）。</translation>
    </message>
    <message>
        <source>Folder: back up into it with a dated name; with 'list', the folder to list; with 'settings', the folder of scheduled backups.</source>
        <translation>文件夹：备份到该文件夹，文件名带日期；与 'list' 一起使用时，为要列出的文件夹；与 'settings' 一起使用时，为定时备份的文件夹。</translation>
    </message>
    <message>
        <source>Back up only when the daily backup is due (for cron or Task Scheduler).</source>
        <translation>仅在到了每日备份时间时才备份（用于 cron 或任务计划程序）。</translation>
    </message>
    <message>
        <source>With --dir: delete old backups there by the keep settings.</source>
        <translation>与 --dir 一起使用：按保留设置删除该文件夹中的旧备份。</translation>
    </message>
    <message>
        <source>The backup's own passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE); default: the database's.</source>
        <translation>备份自己的密码，从 FILE 读取（或 $FRONTLINE_BACKUP_PASSPHRASE）；默认：与数据库密码相同。</translation>
    </message>
    <message>
        <source>With 'list': open each backup with its passphrase and check it.</source>
        <translation>与 'list' 一起使用：用密码打开每个备份并进行校验。</translation>
    </message>
    <message>
        <source>With 'settings': daily backups on or off.</source>
        <translation>与 'settings' 一起使用：开启或关闭每日备份（on 或 off）。</translation>
    </message>
    <message>
        <source>With 'settings': a backup whenever the app closes, on or off.</source>
        <translation>与 'settings' 一起使用：每次关闭程序时是否备份（on 或 off）。</translation>
    </message>
    <message>
        <source>With 'settings': how many daily backups to keep.</source>
        <translation>与 'settings' 一起使用：每日备份保留最近多少天。</translation>
    </message>
    <message>
        <source>With 'settings': how many monthly backups to keep.</source>
        <translation>与 'settings' 一起使用：每月备份保留最近多少个月。</translation>
    </message>
    <message>
        <source>Use: frontline-cli backup [list|settings] [options]</source>
        <translation>用法：frontline-cli backup [list|settings] [选项]</translation>
    </message>
    <message>
        <source>--daily, --on-exit, --keep-daily and --keep-monthly go with 'backup settings'.</source>
        <translation>--daily、--on-exit、--keep-daily 和 --keep-monthly 只能与 'backup settings' 一起使用。</translation>
    </message>
    <message>
        <source>--verify goes with 'backup list'.</source>
        <translation>--verify 只能与 'backup list' 一起使用。</translation>
    </message>
    <message>
        <source>--out, --if-due and --rotate go with 'backup' alone.</source>
        <translation>--out、--if-due 和 --rotate 只能用于单独的 'backup' 命令。</translation>
    </message>
    <message>
        <source>Give either --out FILE or --dir DIR, not both.</source>
        <translation>请指定 --out FILE 或 --dir DIR 之一，不能同时指定。</translation>
    </message>
    <message>
        <source>--if-due backs up into the scheduled folder; leave out --out and --dir.</source>
        <translation>--if-due 会备份到定时备份文件夹；请不要指定 --out 和 --dir。</translation>
    </message>
    <message>
        <source>--rotate goes with --dir (scheduled backups always rotate).</source>
        <translation>--rotate 需与 --dir 一起使用（定时备份总会自动清理旧备份）。</translation>
    </message>
    <message>
        <source>No backup is due. %1</source>
        <translation>暂无需备份。%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, %4).</source>
        <translation>已将 %1 备份到 %2（%3，%4）。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old backup(s).</source>
        <translation>
            <numerusform>已删除 %n 个旧备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup folder %1.</source>
        <translation>备份文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 中的备份：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>数据结构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Some backups did not pass the check.</source>
        <translation>部分备份未通过校验。</translation>
    </message>
    <message>
        <source>--%1 takes on or off.</source>
        <translation>--%1 只接受 on 或 off。</translation>
    </message>
    <message>
        <source>--%1 takes a number (at least %2).</source>
        <translation>--%1 需要一个数字（至少为 %2）。</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backup folder:   %1%2</source>
        <translation>备份文件夹：  %1%2</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Daily:           %1</source>
        <translation>每日备份：    %1</translation>
    </message>
    <message>
        <source>On exit:         %1</source>
        <translation>退出时备份：  %1</translation>
    </message>
    <message>
        <source>Keep:            %1 daily, %2 monthly</source>
        <translation>保留：        最近 %1 天、最近 %2 个月</translation>
    </message>
    <message>
        <source>Last backup:     %1</source>
        <translation>上次备份：    %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Due now:         %1 (%2)</source>
        <translation>需要备份：    %1（%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Back the database up to an encrypted file; list backups; set the schedule</source>
        <translation>将数据库备份为加密文件；列出备份；设置备份计划</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CheckCommand</name>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 不接受参数。</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>The database has problems:
%1</source>
        <translation>数据库有问题：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check failed (%n problem(s)).</source>
        <translation>
            <numerusform>完整性检查失败（%n 个问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the database's integrity</source>
        <translation>检查数据库完整性</translation>
    </message>
</context>
<context>
    <name>frontline::cli::Cli</name>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>'%1' does not take the option --%2.</source>
        <translation>“%1”不接受选项 --%2。</translation>
    </message>
    <message>
        <source>The database file (default: $FRONTLINE_DB or %1).</source>
        <translation>数据库文件（默认：$FRONTLINE_DB 或 %1）。</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>在标准输出上输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Read the passphrase from FILE (after $FRONTLINE_PASSPHRASE, before the keychain and the prompt).</source>
        <translation>从 FILE 读取密码（在 $FRONTLINE_PASSPHRASE 之后、钥匙串和提示输入之前）。</translation>
    </message>
    <message>
        <source>Run as the member with this CODE, inside their access scope.</source>
        <translation>以编号为 CODE 的成员身份运行，仅限其数据范围。</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Usage: frontline-cli [options] COMMAND [arguments]</source>
        <translation>用法：frontline-cli [选项] 命令 [参数]</translation>
    </message>
    <message>
        <source>Frontline sales management, from the command line.</source>
        <translation>Frontline 销售管理命令行工具。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>全局选项（可放在命令前或后）：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (reason on stderr), 2 usage error.</source>
        <translation>退出码：0 成功，1 失败（原因见标准错误），2 用法错误。</translation>
    </message>
    <message>
        <source>Run 'frontline-cli COMMAND --help' for a command's own options.</source>
        <translation>运行 'frontline-cli 命令 --help' 查看该命令的选项。</translation>
    </message>
    <message>
        <source>Usage: frontline-cli %1 %2[options]</source>
        <translation>用法：frontline-cli %1 %2[选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Log in as NAME (password: $FRONTLINE_PASSWORD or a prompt).</source>
        <translation>以 NAME 登录（密码来自 $FRONTLINE_PASSWORD 或提示输入）。</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CommissionCommand</name>
    <message>
        <source>The month, quarter or year: 2025-03, 2025-Q1, 2025 (default: this month).</source>
        <translation>月份、季度或年份：2025-03、2025-Q1、2025（默认：本月）。</translation>
    </message>
    <message>
        <source>The member's code (statements: only theirs; adjust, simulate).</source>
        <translation>成员编号（提成单：只看此人；adjust、simulate 必填）。</translation>
    </message>
    <message>
        <source>Only the members of this team and the teams below it.</source>
        <translation>只包括此团队及其下级团队的成员。</translation>
    </message>
    <message>
        <source>Statements: table, json, csv or xlsx (csv and xlsx need --out).</source>
        <translation>提成单格式：table、json、csv 或 xlsx（csv 和 xlsx 需要 --out）。</translation>
    </message>
    <message>
        <source>Write the statements to this file.</source>
        <translation>把提成单写入此文件。</translation>
    </message>
    <message>
        <source>plan add: read the plan from this JSON file.</source>
        <translation>plan add：从此 JSON 文件读取方案。</translation>
    </message>
    <message>
        <source>plan add: the plan's name.</source>
        <translation>plan add：方案名称。</translation>
    </message>
    <message>
        <source>plan add: for every member with this role (or use --member).</source>
        <translation>plan add：适用于此角色的所有成员（或用 --member）。</translation>
    </message>
    <message>
        <source>plan add: the first period it is valid for, e.g. 2025-01.</source>
        <translation>plan add：生效的第一个期间，例如 2025-01。</translation>
    </message>
    <message>
        <source>plan add: the last period it is valid for (default: open-ended).</source>
        <translation>plan add：生效的最后一个期间（默认：长期有效）。</translation>
    </message>
    <message>
        <source>plan add: tier (whole amount at the tier reached) or marginal.</source>
        <translation>plan add：tier（全额按达到的档位计提）或 marginal（分段累进）。</translation>
    </message>
    <message>
        <source>plan add: a tier, attainment level and rate in basis points, e.g. 10000:500 (repeat for each tier).</source>
        <translation>plan add：一个档位，达成率起点和提成比例，单位为基点，例如 10000:500（每个档位写一次）。</translation>
    </message>
    <message>
        <source>plan add: the most commission paid per period, in yuan.</source>
        <translation>plan add：每期提成上限，单位元。</translation>
    </message>
    <message>
        <source>plan add: below this attainment (basis points) nothing is paid.</source>
        <translation>plan add：达成率低于此值（基点）不发提成。</translation>
    </message>
    <message>
        <source>plan add: a product category's own rate, e.g. 服务:800 (repeat for several).</source>
        <translation>plan add：某产品类别的单独比例，例如 服务:800（可写多次）。</translation>
    </message>
    <message>
        <source>plan add: notes.</source>
        <translation>plan add：备注。</translation>
    </message>
    <message>
        <source>adjust: the bonus in yuan; negative for a deduction.</source>
        <translation>adjust：奖金金额（元）；负数为扣款。</translation>
    </message>
    <message>
        <source>adjust: why (required).</source>
        <translation>adjust：原因（必填）。</translation>
    </message>
    <message>
        <source>simulate: the extra revenue in yuan.</source>
        <translation>simulate：额外销售额（元）。</translation>
    </message>
    <message>
        <source>simulate: the product category of the extra revenue (default: one without its own rate).</source>
        <translation>simulate：额外销售额的产品类别（默认：没有单独比例的类别）。</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>适用：%1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <source>  from %1: %2%3</source>
        <translation>  自 %1 起：%2%3</translation>
    </message>
    <message>
        <source> (accelerator)</source>
        <translation>（加速）</translation>
    </message>
    <message>
        <source>  category %1: %2</source>
        <translation>  类别 %1：%2</translation>
    </message>
    <message>
        <source>Cap: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <source>Floor: %1</source>
        <translation>门槛：%1</translation>
    </message>
    <message>
        <source>Base: %1   Target: %2   Attainment: %3   Tier: %4</source>
        <translation>提成基数：%1   目标：%2   达成率：%3   档位：%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission %1</source>
        <translation>用法：frontline-cli commission %1</translation>
    </message>
    <message>
        <source>Commission statements are for a month, a quarter or a year.</source>
        <translation>提成单按月、季度或年计算。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>档位数</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission plan %1 ID</source>
        <translation>用法：frontline-cli commission plan %1 ID</translation>
    </message>
    <message>
        <source>Plan %1 removed.</source>
        <translation>方案 %1 已删除。</translation>
    </message>
    <message>
        <source>There is no plan with the id %1 that you can see.</source>
        <translation>没有您可以查看的编号为 %1 的方案。</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission plan add|list|show|remove</source>
        <translation>用法：frontline-cli commission plan add|list|show|remove</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Write a tier as FROM_BP:RATE_BP, e.g. 10000:500.</source>
        <translation>档位写作 起点基点:比例基点，例如 10000:500。</translation>
    </message>
    <message>
        <source>Write a category rate as CATEGORY:RATE_BP, e.g. 服务:800.</source>
        <translation>类别比例写作 类别:比例基点，例如 服务:800。</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>--floor-bp takes a whole number of basis points.</source>
        <translation>--floor-bp 需要整数基点。</translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation>方案 %1 已添加。</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission adjust --member CODE --period PERIOD --amount YUAN --reason TEXT</source>
        <translation>用法：frontline-cli commission adjust --member 编号 --period 期间 --amount 金额 --reason 原因</translation>
    </message>
    <message>
        <source>Bonus of %1 for %2 in %3 recorded.</source>
        <translation>已记录 %2 在 %3 的奖金 %1。</translation>
    </message>
    <message>
        <source>Deduction of %1 for %2 in %3 recorded.</source>
        <translation>已记录 %2 在 %3 的扣款 %1。</translation>
    </message>
    <message>
        <source>Use: frontline-cli commission simulate --member CODE --period PERIOD --extra YUAN</source>
        <translation>用法：frontline-cli commission simulate --member 编号 --period 期间 --extra 金额</translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation>没有名为 %1 的团队。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use table, json, csv or xlsx.</source>
        <translation>未知格式“%1”：请用 table、json、csv 或 xlsx。</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE.</source>
        <translation>--format %1 需要 --out 文件。</translation>
    </message>
    <message>
        <source>You cannot see this member's statement.</source>
        <translation>您无权查看此成员的提成单。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1.</source>
        <translation>
            <numerusform>已把 %n 份提成单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <source>Commission statements · %1</source>
        <translation>提成单 · %1</translation>
    </message>
    <message>
        <source>Commission statements, plans, bonuses and deductions, and what selling more would earn</source>
        <translation>提成单、提成方案、奖金与扣款，以及多卖能多挣多少</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8 (with a BOM, the default) or gbk.</source>
        <translation>CSV 文本编码：utf-8（带 BOM，默认）或 gbk。</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>未知的编码“%1”：请使用 utf-8 或 gbk。</translation>
    </message>
</context>
<context>
    <name>frontline::cli::Context</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>密码文件 %1 为空。</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No passphrase: set FRONTLINE_PASSPHRASE, use --passphrase-file FILE, save it in the keychain, or run in a terminal to be asked.</source>
        <translation>没有密码：请设置 FRONTLINE_PASSPHRASE、使用 --passphrase-file FILE、将其保存在钥匙串中，或在终端中运行以便输入。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>No new passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.</source>
        <translation>没有新密码：请设置 %1、使用 --%2 FILE，或在终端中运行以便输入。</translation>
    </message>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>没有编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>There is no customer %1 that you can see.</source>
        <translation>没有你可查看的客户 %1。</translation>
    </message>
    <message>
        <source>Try 'frontline-cli --help'.</source>
        <translation>请运行 'frontline-cli --help' 查看帮助。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password: set FRONTLINE_PASSWORD or run in a terminal to be asked.</source>
        <translation>没有密码：请设置 FRONTLINE_PASSWORD，或在终端中运行以便输入。</translation>
    </message>
    <message>
        <source>This database has no user accounts (single-user mode): leave out --user, or create the first administrator with 'frontline-cli user add NAME'.</source>
        <translation>此数据库没有用户账户（单用户模式）：请去掉 --user，或用“frontline-cli user add NAME”创建第一个管理员。</translation>
    </message>
    <message>
        <source>This database has user accounts: log in with --user NAME (the password comes from FRONTLINE_PASSWORD or a prompt).</source>
        <translation>此数据库有用户账户：请用 --user NAME 登录（密码来自 FRONTLINE_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>You must change your initial password first: frontline-cli user passwd --user %1</source>
        <translation>您必须先更改初始密码：frontline-cli user passwd --user %1</translation>
    </message>
    <message>
        <source>Only an administrator can act as another member (--as).</source>
        <translation>只有管理员可以代表其他成员操作（--as）。</translation>
    </message>
    <message numerus="yes">
        <source>%n customers are called %1: give the customer's code or id.</source>
        <translation>
            <numerusform>有 %n 个客户名为 %1：请给出客户编号或 id。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::cli::CrmCommand</name>
    <message>
        <source>--%1: "%2" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).</source>
        <translation>--%1：“%2”不是日期（可用 YYYY-MM-DD、today、+3d、+1w、+1m）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli %1 %2</source>
        <translation>用法：frontline-cli %1 %2</translation>
    </message>
    <message>
        <source>There is no team called %1.</source>
        <translation>没有名为 %1 的团队。</translation>
    </message>
    <message numerus="yes">
        <source>%n teams are called %1: give the team's id (frontline-cli team list).</source>
        <translation>
            <numerusform>有 %n 个团队名为 %1：请给出团队编号（frontline-cli team list）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 只能是 yes 或 no。</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CustomerCommand</name>
    <message>
        <source>Only customers of the member with this code (list); the owner (add).</source>
        <translation>仅该编号成员的客户（list）；负责人（add）。</translation>
    </message>
    <message>
        <source>Search name, pinyin, initials, phone, contact (list).</source>
        <translation>按名称、拼音、首字母、电话、联系人搜索（list）。</translation>
    </message>
    <message>
        <source>lead, prospect, active, dormant or lost.</source>
        <translation>lead、prospect、active、dormant 或 lost。</translation>
    </message>
    <message>
        <source>A, B, C or D.</source>
        <translation>A、B、C 或 D。</translation>
    </message>
    <message>
        <source>The region.</source>
        <translation>大区。</translation>
    </message>
    <message>
        <source>phone, email, wechat, visit, referral, trade_show, website, import, other.</source>
        <translation>phone、email、wechat、visit、referral、trade_show、website、import、other。</translation>
    </message>
    <message>
        <source>A tag (list: filter; add: repeat for several).</source>
        <translation>标签（list：筛选；add：可重复指定多个）。</translation>
    </message>
    <message>
        <source>List recently deleted customers instead.</source>
        <translation>改为列出最近删除的客户。</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>最多 N 行（list）。</translation>
    </message>
    <message>
        <source>The name (add).</source>
        <translation>名称（add）。</translation>
    </message>
    <message>
        <source>company or individual (add).</source>
        <translation>company 或 individual（add）。</translation>
    </message>
    <message>
        <source>A phone number (add; repeat for several).</source>
        <translation>电话号码（add；可重复指定多个）。</translation>
    </message>
    <message>
        <source>An e-mail address (add; repeat for several).</source>
        <translation>电子邮箱（add；可重复指定多个）。</translation>
    </message>
    <message>
        <source>The city (add).</source>
        <translation>城市（add）。</translation>
    </message>
    <message>
        <source>The industry (add).</source>
        <translation>行业（add）。</translation>
    </message>
    <message>
        <source>Notes (add).</source>
        <translation>备注（add）。</translation>
    </message>
    <message>
        <source>Add even when a duplicate exists (add).</source>
        <translation>即使存在重复也添加（add）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli customer show ID|CODE</source>
        <translation>用法：frontline-cli customer show ID|编号</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>Possible duplicate of customer %1 (%2, same %3). Use --force to add anyway.</source>
        <translation>可能与客户 %1（%2，%3 相同）重复。如仍要添加，请使用 --force。</translation>
    </message>
    <message>
        <source>A customer with the same %1 already exists (owned by someone else). Use --force to add anyway.</source>
        <translation>已存在 %1 相同的客户（由他人负责）。如仍要添加，请使用 --force。</translation>
    </message>
    <message>
        <source>Added customer %1 %2.</source>
        <translation>已添加客户 %1 %2。</translation>
    </message>
    <message>
        <source>List, show or add customers</source>
        <translation>查看、显示或添加客户</translation>
    </message>
    <message>
        <source>Only the customers behind a dashboard figure for --period (list): new (first purchase), active (bought), retained (bought in the period before and again), lost (bought in the period before, not again).</source>
        <translation>只列出 --period 期间某项仪表盘数字背后的客户（list）：new（首次购买）、active（有购买）、retained（上期购买且本期再次购买）、lost（上期购买、本期未再购买）。</translation>
    </message>
    <message>
        <source>The period for --cohort: 2025-03, 2025-Q1, 2025 or FROM..TO.</source>
        <translation>--cohort 的期间：2025-03、2025-Q1、2025 或 起..止。</translation>
    </message>
    <message>
        <source>--cohort is new, active, retained or lost.</source>
        <translation>--cohort 可为 new、active、retained 或 lost。</translation>
    </message>
    <message>
        <source>--cohort needs --period (2025-03, 2025-Q1, 2025 or FROM..TO). %1</source>
        <translation>--cohort 需要 --period（2025-03、2025-Q1、2025 或 起..止）。%1</translation>
    </message>
</context>
<context>
    <name>frontline::cli::CustomerPrivacy</name>
    <message>
        <source>How consent was given (consent): %1.</source>
        <translation>同意的方式（consent）：%1。</translation>
    </message>
    <message>
        <source>When consent was given (consent; default today).</source>
        <translation>同意的日期（consent；默认今天）。</translation>
    </message>
    <message>
        <source>Confirm an erasure (erase).</source>
        <translation>确认擦除（erase）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli customer consent ID|CODE yes|no|withdraw [--method METHOD] [--date DATE]</source>
        <translation>用法：frontline-cli customer consent ID|CODE yes|no|withdraw [--method METHOD] [--date DATE]</translation>
    </message>
    <message>
        <source>--date: not a date (use YYYY-MM-DD).</source>
        <translation>--date：不是日期（请使用 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>已撤回同意。</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>已记录同意。</translation>
    </message>
    <message>
        <source>Refusal recorded.</source>
        <translation>已记录拒绝。</translation>
    </message>
    <message>
        <source>Use: frontline-cli customer %1 ID|CODE</source>
        <translation>用法：frontline-cli customer %1 ID|CODE</translation>
    </message>
    <message>
        <source>Erasing a customer cannot be undone; add --yes to confirm.</source>
        <translation>擦除客户数据无法撤销；请加 --yes 确认。</translation>
    </message>
    <message>
        <source>The customer's personal data is erased; a tombstone remains.</source>
        <translation>该客户的个人数据已擦除；仅保留删除标记。</translation>
    </message>
    <message>
        <source>Nothing changed: the customer is not in that state.</source>
        <translation>未作更改：客户不处于该状态。</translation>
    </message>
    <message>
        <source>Deleted (it can be restored).</source>
        <translation>已删除（可以恢复）。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
</context>
<context>
    <name>frontline::cli::DemoCommand</name>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>随机种子：相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>Number of sales reps (default 20).</source>
        <translation>销售代表人数（默认 20）。</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>客户数（默认 2000）。</translation>
    </message>
    <message>
        <source>Months of history up to this month (default 24).</source>
        <translation>截至本月的历史月数（默认 24）。</translation>
    </message>
    <message>
        <source>Number of order lines (default 30000).</source>
        <translation>订单行数（默认 30000）。</translation>
    </message>
    <message>
        <source>demo takes no arguments; name the file with --db FILE.</source>
        <translation>demo 不接受参数；请用 --db FILE 指定文件。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not "%2".</source>
        <translation>--%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Fill a new or empty database with a believable demo company and its history</source>
        <translation>用逼真的演示公司及其历史数据填充新的或空的数据库</translation>
    </message>
    <message>
        <source>Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders (%8 lines, %9), %10 payments (%11), %12 tasks, %13 targets.</source>
        <translation>已在 %2 秒内填充 %1：%3 名成员、%4 个客户、%5 条联系记录、%6 个商机、%7 个订单（%8 行，%9）、%10 笔回款（%11）、%12 个任务、%13 个目标。</translation>
    </message>
</context>
<context>
    <name>frontline::cli::EvaluateCommand</name>
    <message>
        <source>Publish the new version at once.</source>
        <translation>立即发布新版本。</translation>
    </message>
    <message>
        <source>Compute every member's KPI score for a period and freeze it as a new version</source>
        <translation>计算每位成员某期间的 KPI 得分并冻结为新版本</translation>
    </message>
</context>
<context>
    <name>frontline::cli::EvaluationCommand</name>
    <message>
        <source>Evaluation %1 · %2 · version %3 (%4) · data %5</source>
        <translation>考核 %1 · %2 · 第 %3 版（%4）· 数据 %5</translation>
    </message>
    <message>
        <source>company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>adjust: points to add (negative to take away), e.g. 2.5 or -1.</source>
        <translation>adjust：加分（负数为减分），如 2.5 或 -1。</translation>
    </message>
    <message>
        <source>The reason (adjust, comment; honour award).</source>
        <translation>原因（调整、备注；授予荣誉）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli evaluation %1</source>
        <translation>用法：frontline-cli evaluation %1</translation>
    </message>
    <message>
        <source>Give the version as --version N.</source>
        <translation>请用 --version N 指定版本。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>There is no version %1 of the evaluation of %2.</source>
        <translation>%2 的考核没有第 %1 版。</translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation>%1 尚未考核。</translation>
    </message>
    <message>
        <source>Give the member with --member.</source>
        <translation>请用 --member 指定成员。</translation>
    </message>
    <message>
        <source>"%1" is not a number of points.</source>
        <translation>“%1”不是有效的分数。</translation>
    </message>
    <message>
        <source>review: the review of the member's development plan.</source>
        <translation>review：对该成员发展计划的评语。</translation>
    </message>
    <message>
        <source>Give the review with --comment.</source>
        <translation>请用 --comment 填写评语。</translation>
    </message>
    <message>
        <source>List evaluation versions, show a frozen snapshot, adjust or publish one, review a plan</source>
        <translation>列出考核版本，显示冻结的快照，调整或发布某一版本，评价发展计划</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ExportCommand</name>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file's extension).</source>
        <translation>csv 或 xlsx（默认：按文件扩展名）。</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8 (with a BOM, the default) or gbk.</source>
        <translation>CSV 文本编码：utf-8（带 BOM，默认）或 gbk。</translation>
    </message>
    <message>
        <source>Only records of this period: 2025-03, 2025-Q1, 2025 or FROM..TO (orders, activities, opportunities, customers).</source>
        <translation>只导出该期间的记录：2025-03、2025-Q1、2025 或 起..止（订单、活动、商机、客户）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli export KIND --out FILE; kinds: %1.</source>
        <translation>用法：frontline-cli export 类型 --out 文件；可用类型：%1。</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>请用 --out 文件 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation>未知的格式“%1”：请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>未知的编码“%1”：请使用 utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>%1 have no dates to select by a period.</source>
        <translation>%1 没有可按期间筛选的日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 written to %2.</source>
        <translation>
            <numerusform>已将 %n 行 %1 写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters have no equivalent in %1 and were replaced; use utf-8 to keep them.</source>
        <translation>部分字符在 %1 中没有对应字符，已被替换；如需保留请使用 utf-8。</translation>
    </message>
    <message>
        <source>Export customers, contacts, orders… to CSV or Excel, ready to import again</source>
        <translation>将客户、联系人、订单等导出为 CSV 或 Excel，可直接再次导入</translation>
    </message>
</context>
<context>
    <name>frontline::cli::HonourCommand</name>
    <message>
        <source>The honour: %1.</source>
        <translation>荣誉：%1。</translation>
    </message>
    <message>
        <source>Why it is given.</source>
        <translation>授予原因。</translation>
    </message>
    <message>
        <source>Use: frontline-cli honour %1</source>
        <translation>用法：frontline-cli honour %1</translation>
    </message>
    <message>
        <source>Give the member with --member.</source>
        <translation>请用 --member 指定成员。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>List the honour roll or award an honour by hand</source>
        <translation>查看荣誉榜或手动授予荣誉</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ImportCommand</name>
    <message>
        <source>%1 %2: %3 rows read (header on row %4%5%6)</source>
        <translation>%1 %2：读取 %3 行（表头在第 %4 行%5%6）</translation>
    </message>
    <message>
        <source>Dry run of</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>  inserted %1, merged %2, updated %3, skipped %4, rejected %5; %6 warnings</source>
        <translation>  新增 %1，合并 %2，更新 %3，跳过 %4，未导入 %5；警告 %6 条</translation>
    </message>
    <message>
        <source>  created: %1</source>
        <translation>  新建：%1</translation>
    </message>
    <message>
        <source>  filled in: %1</source>
        <translation>  补全：%1</translation>
    </message>
    <message>
        <source>  columns: %1</source>
        <translation>  列：%1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>  rejects: %1</source>
        <translation>  未导入行：%1</translation>
    </message>
    <message>
        <source>  batch %1 (undo with: frontline-cli import undo %1)</source>
        <translation>  批次 %1（撤销：frontline-cli import undo %1）</translation>
    </message>
    <message>
        <source>The sheet of an Excel file (default: the first visible one).</source>
        <translation>Excel 文件中的工作表（默认：第一个可见工作表）。</translation>
    </message>
    <message>
        <source>A saved mapping's name, or a JSON mapping file.</source>
        <translation>已保存的列映射名称，或 JSON 列映射文件。</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file (default: auto).</source>
        <translation>CSV 文件的文本编码（默认：auto，自动检测）。</translation>
    </message>
    <message>
        <source>Run the import and roll it back: the preview.</source>
        <translation>执行导入后回滚，即预览（试运行）。</translation>
    </message>
    <message>
        <source>Reject rows naming unknown members, customers or products.</source>
        <translation>引用未知成员、客户或产品的行不予导入。</translation>
    </message>
    <message>
        <source>Skip rows hidden in the Excel sheet.</source>
        <translation>跳过 Excel 工作表中的隐藏行。</translation>
    </message>
    <message>
        <source>Owner for rows that name none (member code or name).</source>
        <translation>未指定负责人的行使用此负责人（成员编号或姓名）。</translation>
    </message>
    <message>
        <source>Where to write the rejected rows (default: beside the file).</source>
        <translation>未导入行的写入位置（默认：与文件同一目录）。</translation>
    </message>
    <message>
        <source>Save the mapping used under this name.</source>
        <translation>将所用列映射以此名称保存。</translation>
    </message>
    <message>
        <source>Use: frontline-cli import %1</source>
        <translation>用法：frontline-cli import %1</translation>
    </message>
    <message>
        <source>Unknown kind or subcommand '%1'; kinds: %2.</source>
        <translation>未知类型或子命令“%1”；可用类型：%2。</translation>
    </message>
    <message>
        <source>Use: frontline-cli import %1 FILE</source>
        <translation>用法：frontline-cli import %1 FILE</translation>
    </message>
    <message>
        <source>Use: frontline-cli import undo BATCH</source>
        <translation>用法：frontline-cli import undo BATCH</translation>
    </message>
    <message>
        <source>Use: frontline-cli import merge A B (B is merged into A)</source>
        <translation>用法：frontline-cli import merge A B（将 B 合并到 A）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>"%1" is not a batch number.</source>
        <translation>“%1”不是批次号。</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 rows deleted, %3 fields restored, %4 left as changed since.</source>
        <translation>批次 %1 已撤销：删除 %2 行，恢复 %3 个字段，%4 个字段之后已被修改，保持不变。</translation>
    </message>
    <message>
        <source>Customer %1 merged into %2 (batch %3; undo with: frontline-cli import undo %3).</source>
        <translation>客户 %1 已合并到 %2（批次 %3；撤销：frontline-cli import undo %3）。</translation>
    </message>
    <message>
        <source>Import a CSV or Excel file; history, undo, duplicate review</source>
        <translation>导入 CSV 或 Excel 文件；查看导入历史、撤销导入、处理疑似重复</translation>
    </message>
</context>
<context>
    <name>frontline::cli::InfoCommand</name>
    <message>
        <source>info takes no arguments.</source>
        <translation>info 不接受参数。</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>数据库：      %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>数据结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>Device id:       %1</source>
        <translation>设备 ID：     %1</translation>
    </message>
    <message>
        <source>Created:         %1</source>
        <translation>创建时间：    %1</translation>
    </message>
    <message>
        <source>SQLCipher:       %1 on SQLite %2</source>
        <translation>SQLCipher：   %1，基于 SQLite %2</translation>
    </message>
    <message>
        <source>Cipher:          %1, page %2 bytes, %3 × %4, %5</source>
        <translation>加密：        %1，页大小 %2 字节，%3 × %4，%5</translation>
    </message>
    <message>
        <source>Open took:       %1 ms</source>
        <translation>打开耗时：    %1 毫秒</translation>
    </message>
    <message>
        <source>To open it with the sqlcipher shell, run after PRAGMA key:</source>
        <translation>要用 sqlcipher 命令行打开，请在 PRAGMA key 之后执行：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Show the database's path, schema version, cipher settings and row counts</source>
        <translation>显示数据库路径、数据结构版本、加密设置和行数</translation>
    </message>
</context>
<context>
    <name>frontline::cli::InitCommand</name>
    <message>
        <source>The passphrase was not saved in the keychain: %1</source>
        <translation>密码未保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Save the passphrase in the system keychain.</source>
        <translation>将密码保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>init takes no arguments; name the file with --db FILE.</source>
        <translation>init 不接受参数；请用 --db FILE 指定文件。</translation>
    </message>
    <message>
        <source>Created the encrypted database %1 (schema %2).</source>
        <translation>已创建加密数据库 %1（数据结构 %2）。</translation>
    </message>
    <message>
        <source>Create a new encrypted database</source>
        <translation>创建新的加密数据库</translation>
    </message>
</context>
<context>
    <name>frontline::cli::MemberCommand</name>
    <message>
        <source>The member's code (add; default: the next free one).</source>
        <translation>成员编号（add；默认：下一个可用编号）。</translation>
    </message>
    <message>
        <source>Only active members (list).</source>
        <translation>仅在职成员（list）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>--role is admin, manager, rep or support.</source>
        <translation>--role 为 admin、manager、rep 或 support。</translation>
    </message>
    <message>
        <source>Added member %1 %2.</source>
        <translation>已添加成员 %1 %2。</translation>
    </message>
    <message>
        <source>The name (add, edit).</source>
        <translation>姓名（add、edit）。</translation>
    </message>
    <message>
        <source>admin, manager, rep or support (add: default rep; edit).</source>
        <translation>admin、manager、rep 或 support（add：默认 rep；edit）。</translation>
    </message>
    <message>
        <source>yes: the manager role; no: back to rep (edit).</source>
        <translation>yes：设为经理角色；no：改回销售代表（edit）。</translation>
    </message>
    <message>
        <source>The team, by id or name (add, edit; list: filter).</source>
        <translation>团队，编号或名称（add、edit；list：筛选）。</translation>
    </message>
    <message>
        <source>The phone number (add, edit).</source>
        <translation>电话号码（add、edit）。</translation>
    </message>
    <message>
        <source>The e-mail address (add, edit).</source>
        <translation>邮箱地址（add、edit）。</translation>
    </message>
    <message>
        <source>Hire date, YYYY-MM-DD (add, edit).</source>
        <translation>入职日期，YYYY-MM-DD（add、edit）。</translation>
    </message>
    <message>
        <source>active or inactive (edit).</source>
        <translation>active（在职）或 inactive（离职）（edit）。</translation>
    </message>
    <message>
        <source>One line of the role's duties (duties; repeat for several).</source>
        <translation>角色职责中的一行（duties；多行请重复使用）。</translation>
    </message>
    <message>
        <source>Remove all of the role's duties (duties).</source>
        <translation>清除该角色的全部职责（duties）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli member duties ROLE [--duty TEXT]… [--clear]</source>
        <translation>用法：frontline-cli member duties ROLE [--duty TEXT]… [--clear]</translation>
    </message>
    <message>
        <source>The role is admin, manager, rep or support.</source>
        <translation>角色只能是 admin、manager、rep 或 support。</translation>
    </message>
    <message>
        <source>The duties could not be saved.</source>
        <translation>职责未能保存。</translation>
    </message>
    <message>
        <source>No duties are written down for this role.</source>
        <translation>该角色尚未填写职责。</translation>
    </message>
    <message>
        <source>Use: frontline-cli member edit CODE [--name …] [--role …] [--team …] [--status active|inactive] …</source>
        <translation>用法：frontline-cli member edit CODE [--name …] [--role …] [--team …] [--status active|inactive] …</translation>
    </message>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>没有编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>--status is active or inactive.</source>
        <translation>--status 只能是 active 或 inactive。</translation>
    </message>
    <message>
        <source>Saved member %1 %2.</source>
        <translation>已保存成员 %1 %2。</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>List, add or edit team members, or a role's duties</source>
        <translation>列出、添加或编辑团队成员，或角色职责</translation>
    </message>
</context>
<context>
    <name>frontline::cli::OpportunityCommand</name>
    <message>
        <source>The customer's id or code.</source>
        <translation>客户的 ID 或编号。</translation>
    </message>
    <message>
        <source>The owner's member code.</source>
        <translation>负责人的成员编号。</translation>
    </message>
    <message>
        <source>Stage key: lead, qualified, proposal, negotiation, won, lost.</source>
        <translation>阶段：lead、qualified、proposal、negotiation、won、lost。</translation>
    </message>
    <message>
        <source>Only open opportunities (list).</source>
        <translation>仅进行中的商机（list）。</translation>
    </message>
    <message>
        <source>The title (add).</source>
        <translation>标题（add）。</translation>
    </message>
    <message>
        <source>The amount in yuan, e.g. 12000 or ¥12,000.50 (add).</source>
        <translation>金额（元），例如 12000 或 ¥12,000.50（add）。</translation>
    </message>
    <message>
        <source>Expected close date (add).</source>
        <translation>预计成交日期（add）。</translation>
    </message>
    <message>
        <source>The id in another system (add).</source>
        <translation>在其他系统中的 ID（add）。</translation>
    </message>
    <message>
        <source>Why it was won or lost (move).</source>
        <translation>赢单或输单原因（move）。</translation>
    </message>
    <message>
        <source>Unknown stage "%1".</source>
        <translation>未知阶段“%1”。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Use: frontline-cli opportunity move ID --stage STAGE [--reason TEXT]</source>
        <translation>用法：frontline-cli opportunity move ID --stage 阶段 [--reason 原因]</translation>
    </message>
    <message>
        <source>Opportunity %1 is now at %2.</source>
        <translation>商机 %1 现处于 %2 阶段。</translation>
    </message>
    <message>
        <source>opportunity add needs --customer ID|CODE.</source>
        <translation>opportunity add 需要 --customer ID|编号。</translation>
    </message>
    <message>
        <source>--amount: "%1" is not an amount.</source>
        <translation>--amount：“%1”不是金额。</translation>
    </message>
    <message>
        <source>Added opportunity %1 %2.</source>
        <translation>已添加商机 %1 %2。</translation>
    </message>
    <message>
        <source>List or add opportunities, or move one to another stage</source>
        <translation>查看或添加商机，或调整商机阶段</translation>
    </message>
</context>
<context>
    <name>frontline::cli::OrderCommand</name>
    <message>
        <source>The customer's id or code.</source>
        <translation>客户的 ID 或编号。</translation>
    </message>
    <message>
        <source>The rep's member code.</source>
        <translation>销售代表的成员编号。</translation>
    </message>
    <message>
        <source>From this date on.</source>
        <translation>从该日期起。</translation>
    </message>
    <message>
        <source>Up to this date.</source>
        <translation>截至该日期。</translation>
    </message>
    <message>
        <source>draft, confirmed, shipped, paid or cancelled.</source>
        <translation>draft、confirmed、shipped、paid 或 cancelled。</translation>
    </message>
    <message>
        <source>The sales channel.</source>
        <translation>销售渠道。</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>最多 N 行。</translation>
    </message>
    <message>
        <source>Use: frontline-cli order show ID|ORDER_NO</source>
        <translation>用法：frontline-cli order show ID|订单号</translation>
    </message>
    <message>
        <source>There is no order %1 that you can see.</source>
        <translation>没有你可查看的订单 %1。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>List orders or show one with its lines</source>
        <translation>查看订单列表或某张订单的明细</translation>
    </message>
</context>
<context>
    <name>frontline::cli::PasswdCommand</name>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>从 FILE 读取新密码。</translation>
    </message>
    <message>
        <source>passwd takes no arguments.</source>
        <translation>passwd 不接受参数。</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <source>Change the database's passphrase</source>
        <translation>更改数据库密码</translation>
    </message>
</context>
<context>
    <name>frontline::cli::PaymentCommand</name>
    <message>
        <source>The customer's id, code or name (add: who paid, or taken from --order; list, balances: filter).</source>
        <translation>客户的 id、编号或名称（add：付款客户，或取自 --order；list、balances：筛选）。</translation>
    </message>
    <message>
        <source>The order number the payment is for (add; list: filter).</source>
        <translation>回款对应的订单编号（add；list：筛选）。</translation>
    </message>
    <message>
        <source>The amount in yuan, e.g. 1234.50, ¥1.2万 or -500 for a refund (add).</source>
        <translation>金额（元），例如 1234.50、¥1.2万，退款用 -500（add）。</translation>
    </message>
    <message>
        <source>The day the money was received (add; default today).</source>
        <translation>到账日期（add；默认今天）。</translation>
    </message>
    <message>
        <source>transfer, cash, wechat, alipay, card, cheque, draft or other.</source>
        <translation>transfer（转账）、cash（现金）、wechat（微信）、alipay（支付宝）、card（刷卡）、cheque（支票）、draft（承兑汇票）或 other（其他）。</translation>
    </message>
    <message>
        <source>The receipt or bank slip number; a number already recorded is refused (add).</source>
        <translation>回款单号或银行流水号；已登记的单号会被拒绝（add）。</translation>
    </message>
    <message>
        <source>The rep credited (add; default: the order's rep, else the customer's owner; list: filter).</source>
        <translation>记入的业务员（add；默认为订单的业务员，否则为客户负责人；list：筛选）。</translation>
    </message>
    <message>
        <source>Notes (add).</source>
        <translation>备注（add）。</translation>
    </message>
    <message>
        <source>Received in this period: 2025-03, 2025-Q1, 2025 or FROM..TO (list).</source>
        <translation>在此期间到账：2025-03、2025-Q1、2025 或 起..止（list）。</translation>
    </message>
    <message>
        <source>Received on or after this date (list).</source>
        <translation>在此日期当天或之后到账（list）。</translation>
    </message>
    <message>
        <source>Received on or before this date (list).</source>
        <translation>在此日期当天或之前到账（list）。</translation>
    </message>
    <message>
        <source>Only this team and the teams below it, by id or name (list: credited reps; balances: customers' owners).</source>
        <translation>仅限此团队及其下级团队，按 id 或名称（list：记入的业务员；balances：客户负责人）。</translation>
    </message>
    <message>
        <source>At most N rows (list, balances).</source>
        <translation>最多 N 行（list、balances）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli payment %1 ID</source>
        <translation>用法：frontline-cli payment %1 ID</translation>
    </message>
    <message>
        <source>There is no payment %1 that you can change.</source>
        <translation>没有您可以修改的回款 %1。</translation>
    </message>
    <message>
        <source>Deleted payment %1.</source>
        <translation>已删除回款 %1。</translation>
    </message>
    <message>
        <source>Restored payment %1.</source>
        <translation>已恢复回款 %1。</translation>
    </message>
    <message>
        <source>The team has no active members.</source>
        <translation>该团队没有在职成员。</translation>
    </message>
    <message>
        <source>There is no order %1 that you can see.</source>
        <translation>没有您可以查看的订单 %1。</translation>
    </message>
    <message>
        <source>--method is one of %1.</source>
        <translation>--method 只能是以下之一：%1。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Billed (¥)</source>
        <translation>应收（¥）</translation>
    </message>
    <message>
        <source>Collected (¥)</source>
        <translation>已回款（¥）</translation>
    </message>
    <message>
        <source>Outstanding (¥)</source>
        <translation>未回款（¥）</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最近回款</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Payments: %1, total %2</source>
        <translation>回款笔数：%1，合计 %2</translation>
    </message>
    <message>
        <source>payment add needs --customer ID|CODE|NAME or --order ORDER_NO.</source>
        <translation>payment add 需要 --customer ID|CODE|NAME 或 --order ORDER_NO。</translation>
    </message>
    <message>
        <source>payment add needs --amount YUAN.</source>
        <translation>payment add 需要 --amount 金额（元）。</translation>
    </message>
    <message>
        <source>--amount: "%1" is not an amount.</source>
        <translation>--amount："%1"不是金额。</translation>
    </message>
    <message>
        <source>Recorded payment %1: %2 from %3 on %4, credited to %5.</source>
        <translation>已登记回款 %1：%3 于 %4 付款 %2，记入 %5。</translation>
    </message>
    <message>
        <source>Record, list, delete or restore collected payments, or show what customers owe</source>
        <translation>登记、列出、删除或恢复回款，或查看客户欠款</translation>
    </message>
</context>
<context>
    <name>frontline::cli::PermissionCommand</name>
    <message>
        <source>admin, manager, rep or support (list: only this role).</source>
        <translation>admin、manager、rep 或 support（list：仅此角色）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli permission %1</source>
        <translation>用法：frontline-cli permission %1</translation>
    </message>
    <message>
        <source>Use: frontline-cli permission set admin|manager|rep|support customers|orders|money|performance|settings|users view|edit|delete|export allow|deny</source>
        <translation>用法：frontline-cli permission set admin|manager|rep|support customers|orders|money|performance|settings|users view|edit|delete|export allow|deny</translation>
    </message>
    <message>
        <source>%1 may %2 %3: %4.</source>
        <translation>%1 %2 %3：%4。</translation>
    </message>
    <message>
        <source>Unknown role "%1".</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>The permission matrix per role: list, or set one cell</source>
        <translation>各角色的权限表：列出或设置一项</translation>
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
        <translation>目标：</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>里程碑：</translation>
    </message>
    <message>
        <source> overdue</source>
        <translation> 已逾期</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The member's code.</source>
        <translation>成员编号。</translation>
    </message>
    <message>
        <source>set: the current position (rep, senior_rep, team_lead, manager).</source>
        <translation>set：当前岗位（rep、senior_rep、team_lead、manager）。</translation>
    </message>
    <message>
        <source>set: the position the plan leads to.</source>
        <translation>set：计划的目标岗位。</translation>
    </message>
    <message>
        <source>set: draft, active, on_hold or completed; milestone: planned, in_progress, done or missed.</source>
        <translation>set：draft、active、on_hold 或 completed；milestone：planned、in_progress、done 或 missed。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>goal: what is to be achieved.</source>
        <translation>goal：要达成的目标。</translation>
    </message>
    <message>
        <source>skill: the skill's name.</source>
        <translation>skill：技能名称。</translation>
    </message>
    <message>
        <source>skill: the current level, 1 to 5.</source>
        <translation>skill：当前等级，1 到 5。</translation>
    </message>
    <message>
        <source>skill: the level aimed at, 1 to 5.</source>
        <translation>skill：目标等级，1 到 5。</translation>
    </message>
    <message>
        <source>milestone: what marks it.</source>
        <translation>milestone：里程碑内容。</translation>
    </message>
    <message>
        <source>milestone: the due date.</source>
        <translation>milestone：截止日期。</translation>
    </message>
    <message>
        <source>review: the evaluation period, e.g. 2025-Q1 or 2025-03.</source>
        <translation>review：考核周期，例如 2025-Q1 或 2025-03。</translation>
    </message>
    <message>
        <source>review: the reviewer's comment.</source>
        <translation>review：评语。</translation>
    </message>
    <message>
        <source>review: the day of the review (default today).</source>
        <translation>review：评估日期（默认今天）。</translation>
    </message>
    <message>
        <source>achieve: mark the goal as not achieved.</source>
        <translation>achieve：标记目标为未达成。</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan %1</source>
        <translation>用法：frontline-cli plan %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>There is no development plan of %1 that you can see.</source>
        <translation>没有您可见的 %1 的发展计划。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Give the member with --member CODE.</source>
        <translation>请用 --member CODE 指定成员。</translation>
    </message>
    <message>
        <source>Development plan saved.</source>
        <translation>发展计划已保存。</translation>
    </message>
    <message>
        <source>Goal added.</source>
        <translation>已添加目标。</translation>
    </message>
    <message>
        <source>A level is a number from 1 to 5.</source>
        <translation>等级是 1 到 5 之间的数字。</translation>
    </message>
    <message>
        <source>Skill saved.</source>
        <translation>技能已保存。</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan milestone ID --status STATUS</source>
        <translation>用法：frontline-cli plan milestone ID --status STATUS</translation>
    </message>
    <message>
        <source>Give the new status with --status.</source>
        <translation>请用 --status 指定新状态。</translation>
    </message>
    <message>
        <source>Milestone %1 is now %2.</source>
        <translation>里程碑 %1 现为“%2”。</translation>
    </message>
    <message>
        <source>Milestone added.</source>
        <translation>已添加里程碑。</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>评估已记录。</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan achieve GOAL_ID [--undo]</source>
        <translation>用法：frontline-cli plan achieve GOAL_ID [--undo]</translation>
    </message>
    <message>
        <source>Goal %1 updated.</source>
        <translation>目标 %1 已更新。</translation>
    </message>
    <message>
        <source>Use: frontline-cli plan remove goal|skill|milestone ID</source>
        <translation>用法：frontline-cli plan remove goal|skill|milestone ID</translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>已删除 %1 %2。</translation>
    </message>
    <message>
        <source>Personal development plans: career path, goals, skills, milestones, reviews</source>
        <translation>个人发展计划：职业路径、目标、技能、里程碑、评估</translation>
    </message>
</context>
<context>
    <name>frontline::cli::PrivacyCommand</name>
    <message>
        <source>Replace the privacy notice with the text of FILE (UTF-8).</source>
        <translation>用 FILE（UTF-8）中的文字替换隐私声明。</translation>
    </message>
    <message>
        <source>Use: frontline-cli privacy notice [--set FILE]</source>
        <translation>用法：frontline-cli privacy notice [--set FILE]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The privacy notice: show it, or set it from a file</source>
        <translation>隐私声明：显示，或从文件设置</translation>
    </message>
</context>
<context>
    <name>frontline::cli::RankCommand</name>
    <message>
        <source>score or a measure: %1.</source>
        <translation>得分或指标：%1。</translation>
    </message>
    <message>
        <source>Unknown ranking "%1": use %2.</source>
        <translation>未知排名“%1”：请用 %2。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新上榜</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Rank every member by score or a measure, with movement and medals</source>
        <translation>按得分或指标为每位成员排名，含升降与奖牌</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ReportCommand</name>
    <message>
        <source>2025-03, 2025-Q1, 2025, 2025-W07, 2025-03-07 or FROM..TO (default: this month).</source>
        <translation>2025-03、2025-Q1、2025、2025-W07、2025-03-07 或 FROM..TO（默认：本月）。</translation>
    </message>
    <message>
        <source>rep, team, region, channel, product, category, grade or status.</source>
        <translation>rep、team、region、channel、product、category、grade 或 status。</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>将报表写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>What ranking and attainment measure (default revenue): %1.</source>
        <translation>排名和达成率所用的指标（默认 revenue）：%1。</translation>
    </message>
    <message>
        <source>The day progress is measured on (default: today).</source>
        <translation>计算进度所依据的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli report %1</source>
        <translation>用法：frontline-cli report %1</translation>
    </message>
    <message>
        <source>Only the database owner can rebuild the rollups.</source>
        <translation>只有数据库所有者才能重建汇总数据。</translation>
    </message>
    <message>
        <source>Rollups rebuilt in %1 ms.</source>
        <translation>汇总数据已重建，用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>Unknown grouping "%1": use rep, team, region, channel, product, category, grade or status.</source>
        <translation>未知分组“%1”：请使用 rep、team、region、channel、product、category、grade 或 status。</translation>
    </message>
    <message>
        <source>Unknown measure "%1".</source>
        <translation>未知指标“%1”。</translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation>没有名为 %1 的团队。</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Sales, ranking, attainment, funnel and dashboard figures for a period; rebuild the rollups</source>
        <translation>查看某一周期的销售、排名、达成率、漏斗和总览数据；重建汇总数据</translation>
    </message>
    <message>
        <source>Mask names, phones and e-mails; codes become pseudonyms stable within this run.</source>
        <translation>遮盖姓名、电话和电子邮箱；编号换成本次导出内一致的假名。</translation>
    </message>
    <message>
        <source>An Excel report is written to a file: add --out FILE.</source>
        <translation>Excel 报表需写入文件：请加上 --out 文件。</translation>
    </message>
    <message>
        <source>table, csv, json, xlsx or pdf (default table; --json means json; xlsx and pdf need --out).</source>
        <translation>table、csv、json、xlsx 或 pdf（默认 table；--json 即 json；xlsx 和 pdf 需要 --out）。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use table, csv, json, xlsx or pdf.</source>
        <translation>未知格式“%1”：请使用 table、csv、json、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>A PDF report is written to a file: add --out FILE.</source>
        <translation>PDF 报表需写入文件：请加上 --out FILE。</translation>
    </message>
    <message>
        <source>The dashboard's PDF is for everyone you may see or one --team; it takes no other filter and no --anonymize.</source>
        <translation>总览的 PDF 针对您可查看的全部人员或一个 --team；不接受其他筛选条件，也不接受 --anonymize。</translation>
    </message>
    <message>
        <source>This frontline-cli was built without the GUI libraries (FRONTLINE_BUILD_GUI=OFF): PDF is not available; use xlsx or csv.</source>
        <translation>此 frontline-cli 构建时未包含图形界面库（FRONTLINE_BUILD_GUI=OFF），无法生成 PDF；请使用 xlsx 或 csv。</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8 (with a BOM in a file, the default) or gbk.</source>
        <translation>CSV 文本编码：utf-8（写入文件时带 BOM，默认）或 gbk。</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>未知的编码“%1”：请使用 utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>--encoding is for --format csv.</source>
        <translation>--encoding 仅用于 --format csv。</translation>
    </message>
    <message>
        <source>frontline-cli: some characters have no %1 equivalent and were written as "?".
</source>
        <translation>frontline-cli：部分字符在 %1 中没有对应字符，已写为“?”。
</translation>
    </message>
</context>
<context>
    <name>frontline::cli::RestoreCommand</name>
    <message>
        <source>Replace the database without asking.</source>
        <translation>不经确认直接替换数据库。</translation>
    </message>
    <message>
        <source>The backup's passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE), when it is not the database's.</source>
        <translation>备份的密码，从 FILE 读取（或 $FRONTLINE_BACKUP_PASSPHRASE），在与数据库密码不同时使用。</translation>
    </message>
    <message>
        <source>Use: frontline-cli restore FILE [--yes]</source>
        <translation>用法：frontline-cli restore FILE [--yes]</translation>
    </message>
    <message>
        <source>restore replaces %1; add --yes to confirm.</source>
        <translation>restore 会替换 %1；请加上 --yes 确认。</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The current file is kept as %3. [y/N]</source>
        <translation>用备份 %2 替换 %1？当前文件将保留为 %3。[y/N]</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>It was updated from schema %1 to %2.</source>
        <translation>数据结构已从 %1 升级到 %2。</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current file is kept aside)</source>
        <translation>用经过校验的备份替换数据库（当前文件会另行保留）</translation>
    </message>
</context>
<context>
    <name>frontline::cli::ScorecardCommand</name>
    <message>
        <source>the member's target</source>
        <translation>成员目标</translation>
    </message>
    <message>
        <source>linear, cap %1</source>
        <translation>线性，封顶 %1</translation>
    </message>
    <message>
        <source>steps %1</source>
        <translation>阶梯 %1</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The card of a role or position: %1.</source>
        <translation>角色或职级的考核表：%1。</translation>
    </message>
    <message>
        <source>show: the card this member is scored with.</source>
        <translation>show：该成员评分所用的考核表。</translation>
    </message>
    <message>
        <source>set: the card's name.</source>
        <translation>set：考核表名称。</translation>
    </message>
    <message>
        <source>set: the card as JSON (what show --json prints).</source>
        <translation>set：JSON 格式的考核表（即 show --json 的输出）。</translation>
    </message>
    <message>
        <source>set, repeatable, replaces the indicators: "metric=revenue weight=40 [direction=lower] [rule=steps steps=80:60,100:100] [cap=120] [target=4.5]" (cap and thresholds in percent; target fixed, in the metric's unit; without it the member's own target).</source>
        <translation>set，可重复，替换全部指标："metric=revenue weight=40 [direction=lower] [rule=steps steps=80:60,100:100] [cap=120] [target=4.5]"（上限和阈值为百分比；target 为固定目标，使用指标的单位；省略则使用成员自己的目标）。</translation>
    </message>
    <message>
        <source>set: check the card without saving it.</source>
        <translation>set：只检查考核表，不保存。</translation>
    </message>
    <message>
        <source>"%1" in "%2" is not KEY=VALUE with KEY metric, weight, direction, rule, steps, cap or target.</source>
        <translation>“%2”中的“%1”不是 键=值 格式，键应为 metric、weight、direction、rule、steps、cap 或 target。</translation>
    </message>
    <message>
        <source>"%1": give metric= one of %2.</source>
        <translation>“%1”：请用 metric= 指定以下之一：%2。</translation>
    </message>
    <message>
        <source>"%1": weight is a whole percent, direction higher or lower, rule linear or steps, cap a percentage.</source>
        <translation>“%1”：weight 为整数百分比，direction 为 higher 或 lower，rule 为 linear 或 steps，cap 为百分比。</translation>
    </message>
    <message>
        <source>"%1" is not PERCENT:POINTS (80:60).</source>
        <translation>“%1”不是 百分比:分数 格式（80:60）。</translation>
    </message>
    <message>
        <source>"%1" is not a target for %2.</source>
        <translation>“%1”不是%2的有效目标。</translation>
    </message>
    <message>
        <source>Use: frontline-cli scorecard %1</source>
        <translation>用法：frontline-cli scorecard %1</translation>
    </message>
    <message>
        <source>Unknown role "%1": use %2.</source>
        <translation>未知角色“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>Give the card with --role.</source>
        <translation>请用 --role 指定考核表。</translation>
    </message>
    <message>
        <source>Give one of --role or --member.</source>
        <translation>请指定 --role 或 --member 之一。</translation>
    </message>
    <message>
        <source>Give the indicators with --file or with --indicator, not both.</source>
        <translation>请用 --file 或 --indicator 指定指标，不能同时使用。</translation>
    </message>
    <message>
        <source>%1 is outside what you may see.</source>
        <translation>%1 不在您的查看范围内。</translation>
    </message>
    <message>
        <source>%1 has no scorecard: their role is not evaluated.</source>
        <translation>%1 没有考核表：其角色不参与考核。</translation>
    </message>
    <message>
        <source>There is no scorecard for %1; members of it are scored with their role's card.</source>
        <translation>%1 没有考核表；其成员按所属角色的考核表评分。</translation>
    </message>
    <message>
        <source>Scorecard for %1 removed.</source>
        <translation>已删除 %1 的考核表。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Dry run: the card is valid, nothing written.</source>
        <translation>试运行：考核表有效，未写入任何内容。</translation>
    </message>
    <message>
        <source>Scorecard saved.</source>
        <translation>考核表已保存。</translation>
    </message>
    <message>
        <source>List, show, set or remove the KPI scorecard of a role or position</source>
        <translation>列出、显示、设置或删除某角色或职级的 KPI 考核表</translation>
    </message>
</context>
<context>
    <name>frontline::cli::SettingsCommand</name>
    <message>
        <source>Use: frontline-cli settings %1</source>
        <translation>用法：frontline-cli settings %1</translation>
    </message>
    <message>
        <source>Unknown setting "%1": use %2.</source>
        <translation>未知设置“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The team's shared settings (company name on reports): list, get KEY, set KEY VALUE</source>
        <translation>团队共享设置（报表上的公司名称）：list、get KEY、set KEY VALUE</translation>
    </message>
</context>
<context>
    <name>frontline::cli::SyncCommand</name>
    <message>
        <source>Team sync passphrase: </source>
        <translation>团队同步密码：</translation>
    </message>
    <message>
        <source>No sync passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.</source>
        <translation>没有同步密码：请设置 %1、使用 --%2 文件，或在终端中运行以便输入。</translation>
    </message>
    <message>
        <source>export on the manager's database: the member whose share to export.</source>
        <translation>export（经理的数据库）：要导出其负责范围的成员。</translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation>export：要写入的同步包文件。</translation>
    </message>
    <message>
        <source>Read the team sync passphrase from FILE (after $FRONTLINE_SYNC_PASSPHRASE).</source>
        <translation>从文件读取团队同步密码（在 $FRONTLINE_SYNC_PASSPHRASE 之后）。</translation>
    </message>
    <message>
        <source>export: days until the package expires (default 30).</source>
        <translation>export：同步包的有效天数（默认 30）。</translation>
    </message>
    <message>
        <source>resolve: keep mine (this database's value) or theirs.</source>
        <translation>resolve：保留 mine（本数据库的值）或 theirs（对方的值）。</translation>
    </message>
    <message>
        <source>conflicts: resolved ones too.</source>
        <translation>conflicts：也列出已解决的冲突。</translation>
    </message>
    <message>
        <source>Say what to do: export, import, conflicts, resolve, history or status.</source>
        <translation>请指定操作：export、import、conflicts、resolve、history 或 status。</translation>
    </message>
    <message>
        <source>Unknown sync action '%1'.</source>
        <translation>未知的同步操作“%1”。</translation>
    </message>
    <message>
        <source>Name the package file with --out FILE.</source>
        <translation>请用 --out 文件 指定同步包文件。</translation>
    </message>
    <message>
        <source>--valid-days takes a number of days from 1 to 365.</source>
        <translation>--valid-days 的取值为 1 到 365 天。</translation>
    </message>
    <message>
        <source>On the manager's database name the member to export for: --member CODE.</source>
        <translation>在经理的数据库上请指定要导出的成员：--member 编号。</translation>
    </message>
    <message>
        <source>This is %1's database: 'sync export --out FILE' exports its changes.</source>
        <translation>这是 %1 的数据库：用“sync export --out 文件”导出其更改。</translation>
    </message>
    <message>
        <source>Wrote %1 records for %2 to %3 (expires %4).</source>
        <translation>已为 %2 写入 %1 条记录到 %3（%4 过期）。</translation>
    </message>
    <message>
        <source>Wrote %1 changed records for the manager to %2 (expires %3).</source>
        <translation>已为经理写入 %1 条更改的记录到 %2（%3 过期）。</translation>
    </message>
    <message>
        <source>Name the package to import: sync import FILE.</source>
        <translation>请指定要导入的同步包：sync import 文件。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 conflicts, %4 ignored.</source>
        <translation>已导入：新增 %1，更新 %2，冲突 %3，忽略 %4。</translation>
    </message>
    <message>
        <source>This database is now %1's.</source>
        <translation>此数据库现在属于 %1。</translation>
    </message>
    <message>
        <source>See them with 'frontline-cli sync conflicts'.</source>
        <translation>请用“frontline-cli sync conflicts”查看。</translation>
    </message>
    <message>
        <source>%1 new customers may be duplicates: see 'frontline-cli import candidates'.</source>
        <translation>%1 个新客户可能重复：请查看“frontline-cli import candidates”。</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>没有待解决的冲突。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>本方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Keep one side with 'frontline-cli sync resolve ID --take mine|theirs'.</source>
        <translation>用“frontline-cli sync resolve 编号 --take mine|theirs”保留一方。</translation>
    </message>
    <message>
        <source>Name the conflict: sync resolve ID --take mine|theirs.</source>
        <translation>请指定冲突：sync resolve 编号 --take mine|theirs。</translation>
    </message>
    <message>
        <source>--take is mine or theirs.</source>
        <translation>--take 的取值为 mine 或 theirs。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: kept %2.</source>
        <translation>冲突 %1 已解决：保留%2。</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>本方的值</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <source>No packages exported or imported yet.</source>
        <translation>尚未导出或导入任何同步包。</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>%1's database; the manager has its changes up to %2. Open conflicts: %3.</source>
        <translation>%1 的数据库；经理已收到截至 %2 的更改。未解决的冲突：%3。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>The manager's database of team %1. Open conflicts: %2.</source>
        <translation>团队 %1 的经理数据库。未解决的冲突：%2。</translation>
    </message>
    <message>
        <source>This database has not synced yet.</source>
        <translation>此数据库尚未同步过。</translation>
    </message>
    <message>
        <source>Sync with other laptops through package files: export, import, conflicts, resolve, history</source>
        <translation>通过同步包文件与其他电脑同步：导出、导入、冲突、解决、历史</translation>
    </message>
    <message>
        <source>Changes not yet at the manager: %1.</source>
        <translation>尚未交给经理的更改：%1 条。</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TargetCommand</name>
    <message>
        <source>2025-03, 2025-Q1 or 2025.</source>
        <translation>2025-03、2025-Q1 或 2025。</translation>
    </message>
    <message>
        <source>The team's name.</source>
        <translation>团队名称。</translation>
    </message>
    <message>
        <source>The member's code.</source>
        <translation>成员编号。</translation>
    </message>
    <message>
        <source>Give the period with --period (e.g. 2025-03).</source>
        <translation>请用 --period 指定期间（如 2025-03）。</translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation>没有名为 %1 的团队。</translation>
    </message>
    <message>
        <source>The target: yuan for money (100000 or 1,000.50), else a count.</source>
        <translation>目标：金额以元计（100000 或 1,000.50），其他为数量。</translation>
    </message>
    <message>
        <source>split: even, weights or last-year among reps; even or seasonal into months.</source>
        <translation>split：在销售代表间按 even（平均）、weights（权重）或 last-year（去年占比）分解；按月分解用 even 或 seasonal（季节性）。</translation>
    </message>
    <message>
        <source>split --method weights: CODE=WEIGHT,… (e.g. R1=2,R2=1).</source>
        <translation>split --method weights：编号=权重,…（如 R1=2,R2=1）。</translation>
    </message>
    <message>
        <source>split into reps (a team's target) or months (a quarter or year).</source>
        <translation>分解到销售代表（团队目标）或月份（季度或年度）。</translation>
    </message>
    <message>
        <source>Show what would be written without writing it.</source>
        <translation>只显示将写入的内容，不实际写入。</translation>
    </message>
    <message>
        <source>Use: frontline-cli target %1</source>
        <translation>用法：frontline-cli target %1</translation>
    </message>
    <message>
        <source>Unknown metric "%1".</source>
        <translation>未知指标“%1”。</translation>
    </message>
    <message>
        <source>"%1" is not a target value.</source>
        <translation>“%1”不是有效的目标值。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>In force for %1: %2</source>
        <translation>%1 生效目标：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sum of the reps' targets: %1</source>
        <translation>销售代表目标合计：%1</translation>
    </message>
    <message>
        <source>Give one of --member or --team.</source>
        <translation>请指定 --member 或 --team 之一。</translation>
    </message>
    <message>
        <source>Give the target with --value.</source>
        <translation>请用 --value 指定目标。</translation>
    </message>
    <message>
        <source>Target of %1 for %2, %3: %4</source>
        <translation>%1 的 %2 %3目标：%4</translation>
    </message>
    <message>
        <source>Target deleted.</source>
        <translation>目标已删除。</translation>
    </message>
    <message>
        <source>--into is reps or months.</source>
        <translation>--into 只能是 reps 或 months。</translation>
    </message>
    <message>
        <source>Unknown method "%1".</source>
        <translation>未知分解方式“%1”。</translation>
    </message>
    <message>
        <source>%1 has no target for %2: give the total with --value.</source>
        <translation>%1 在 %2 没有目标：请用 --value 指定总额。</translation>
    </message>
    <message>
        <source>Splitting among reps needs --team.</source>
        <translation>分解到销售代表需要 --team。</translation>
    </message>
    <message>
        <source>"%1" is not CODE=WEIGHT.</source>
        <translation>“%1”不是 编号=权重 格式。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Saved: %1 split %2 into %3 parts.</source>
        <translation>已保存：%1 按 %2 分解为 %3 份。</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Set, list, delete or split targets</source>
        <translation>设置、列出、删除或分解目标</translation>
    </message>
    <message>
        <source>revenue, collected, orders, new_customers, visits… (default revenue).</source>
        <translation>revenue（销售额）、collected（回款）、orders、new_customers、visits…（默认 revenue）。</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TaskCommand</name>
    <message>
        <source>The assignee's member code.</source>
        <translation>负责人的成员编号。</translation>
    </message>
    <message>
        <source>The related customer's id or code.</source>
        <translation>相关客户的 ID 或编号。</translation>
    </message>
    <message>
        <source>open, in_progress, done or cancelled.</source>
        <translation>open、in_progress、done 或 cancelled。</translation>
    </message>
    <message>
        <source>Only open tasks (list).</source>
        <translation>仅未完成任务（list）。</translation>
    </message>
    <message>
        <source>Only overdue tasks (list).</source>
        <translation>仅逾期任务（list）。</translation>
    </message>
    <message>
        <source>What is to be done (add).</source>
        <translation>要做的事情（add）。</translation>
    </message>
    <message>
        <source>Due date: YYYY-MM-DD, +3d, +1w (add).</source>
        <translation>截止日期：YYYY-MM-DD、+3d、+1w（add）。</translation>
    </message>
    <message>
        <source>low, normal, high or urgent (add).</source>
        <translation>low、normal、high 或 urgent（add）。</translation>
    </message>
    <message>
        <source>Notes (add).</source>
        <translation>备注（add）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli task done ID</source>
        <translation>用法：frontline-cli task done ID</translation>
    </message>
    <message>
        <source>There is no task %1 that you can change.</source>
        <translation>没有你可修改的任务 %1。</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>任务 %1 已完成。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Added task %1: %2.</source>
        <translation>已添加任务 %1：%2。</translation>
    </message>
    <message>
        <source>The related opportunity's id (add; its customer is the task's).</source>
        <translation>相关商机的编号（add；任务的客户即该商机的客户）。</translation>
    </message>
    <message>
        <source>Only the tasks assigned to you (list; with --as or a login).</source>
        <translation>只列出分配给您的任务（list；需 --as 或登录）。</translation>
    </message>
    <message>
        <source>Only tasks of members of this team and the teams below it (list).</source>
        <translation>只列出该团队及其下级团队成员的任务（list）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli task comment ID TEXT</source>
        <translation>用法：frontline-cli task comment ID TEXT</translation>
    </message>
    <message>
        <source>Comment added to task %1.</source>
        <translation>已为任务 %1 添加评论。</translation>
    </message>
    <message>
        <source>Use: frontline-cli task show ID</source>
        <translation>用法：frontline-cli task show ID</translation>
    </message>
    <message>
        <source>There is no task %1 that you can see.</source>
        <translation>没有您可查看的任务 %1。</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Status: %1, priority %2</source>
        <translation>状态：%1，优先级 %2</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>截止：%1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Opportunity: %1 (%2)</source>
        <translation>商机：%1（%2）</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>评论：</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>--mine needs a member: log in as one, or use --as CODE (the administrator has no tasks).</source>
        <translation>--mine 需要一名成员：请以成员身份登录，或使用 --as CODE（管理员没有自己的任务）。</translation>
    </message>
    <message>
        <source>--mine and --assignee name different members.</source>
        <translation>--mine 与 --assignee 指的是不同的成员。</translation>
    </message>
    <message>
        <source>--opportunity is the opportunity's id (frontline-cli opportunity list).</source>
        <translation>--opportunity 是商机的编号（frontline-cli opportunity list）。</translation>
    </message>
    <message>
        <source>List, show, add, complete or comment on tasks</source>
        <translation>列出、查看、添加、完成任务或添加评论</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TeamCommand</name>
    <message>
        <source>The team above, by id or name (add; default: the top of the tree).</source>
        <translation>上级团队，编号或名称（add；默认：组织树的顶层）。</translation>
    </message>
    <message>
        <source>company, region or team (add; default team).</source>
        <translation>company、region 或 team（add；默认 team）。</translation>
    </message>
    <message>
        <source>The team the members of a removed team go to, by id or name (remove).</source>
        <translation>被删除团队的成员要调去的团队，编号或名称（remove）。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>在职成员</translation>
    </message>
    <message>
        <source>Use: frontline-cli team add NAME [--parent TEAM] [--kind KIND]</source>
        <translation>用法：frontline-cli team add NAME [--parent TEAM] [--kind KIND]</translation>
    </message>
    <message>
        <source>Added team %1 (%2).</source>
        <translation>已添加团队 %1（%2）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli team rename TEAM NEW-NAME</source>
        <translation>用法：frontline-cli team rename TEAM NEW-NAME</translation>
    </message>
    <message>
        <source>Team %1 is now called %2.</source>
        <translation>团队 %1 已改名为 %2。</translation>
    </message>
    <message>
        <source>Use: frontline-cli team move TEAM NEW-PARENT</source>
        <translation>用法：frontline-cli team move TEAM NEW-PARENT</translation>
    </message>
    <message>
        <source>Team %1 is now below %2.</source>
        <translation>团队 %1 现在位于 %2 之下。</translation>
    </message>
    <message>
        <source>Use: frontline-cli team remove TEAM [--move-members-to TEAM]</source>
        <translation>用法：frontline-cli team remove TEAM [--move-members-to TEAM]</translation>
    </message>
    <message>
        <source>Removed team %1.</source>
        <translation>已删除团队 %1。</translation>
    </message>
    <message>
        <source>List, add, rename, move or remove teams</source>
        <translation>列出、添加、改名、移动或删除团队</translation>
    </message>
</context>
<context>
    <name>frontline::cli::TrainingCommand</name>
    <message>
        <source>--%1: "%2" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).</source>
        <translation>--%1：“%2”不是日期（请用 YYYY-MM-DD、today、+3d、+1w、+1m）。</translation>
    </message>
    <message>
        <source>The session's title (add, edit).</source>
        <translation>培训标题（add、edit）。</translation>
    </message>
    <message>
        <source>product_knowledge, sales_skills, customer_communication or other (add, edit; list: filter).</source>
        <translation>product_knowledge、sales_skills、customer_communication 或 other（add、edit；list：筛选）。</translation>
    </message>
    <message>
        <source>The day it is held (add, edit).</source>
        <translation>培训日期（add、edit）。</translation>
    </message>
    <message>
        <source>Who gives it (add, edit).</source>
        <translation>讲师（add、edit）。</translation>
    </message>
    <message>
        <source>Minutes (add, edit).</source>
        <translation>时长，分钟（add、edit）。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>The member's code (attend, score; list: their trainings).</source>
        <translation>成员编号（attend、score；list：该成员的培训）。</translation>
    </message>
    <message>
        <source>attend: on the list, but did not come.</source>
        <translation>attend：在名单上但未出勤。</translation>
    </message>
    <message>
        <source>score: 0 to 100, or none to clear it.</source>
        <translation>score：0 到 100，或 none 清除成绩。</translation>
    </message>
    <message>
        <source>list: sessions on or after this day.</source>
        <translation>list：此日期及之后的培训。</translation>
    </message>
    <message>
        <source>list: sessions on or before this day.</source>
        <translation>list：此日期及之前的培训。</translation>
    </message>
    <message>
        <source>Use: frontline-cli training %1</source>
        <translation>用法：frontline-cli training %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Use: frontline-cli training edit ID [--title …]</source>
        <translation>用法：frontline-cli training edit ID [--title …]</translation>
    </message>
    <message>
        <source>There is no training session %1 that you can see.</source>
        <translation>没有您可见的编号为 %1 的培训。</translation>
    </message>
    <message>
        <source>--duration: "%1" is not a number of minutes.</source>
        <translation>--duration：“%1”不是分钟数。</translation>
    </message>
    <message>
        <source>Added training session %1: %2.</source>
        <translation>已新增培训 %1：%2。</translation>
    </message>
    <message>
        <source>Changed training session %1.</source>
        <translation>已修改培训 %1。</translation>
    </message>
    <message>
        <source>Use: frontline-cli training %1 ID</source>
        <translation>用法：frontline-cli training %1 ID</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %Ln minute(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>no trainer</source>
        <translation>无讲师</translation>
    </message>
    <message>
        <source>came</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>There is no training session %1 that you can change.</source>
        <translation>没有您可修改的编号为 %1 的培训。</translation>
    </message>
    <message>
        <source>Removed training session %1.</source>
        <translation>已删除培训 %1。</translation>
    </message>
    <message>
        <source>Give the member with --member CODE.</source>
        <translation>请用 --member CODE 指定成员。</translation>
    </message>
    <message>
        <source>%1 came to session %2.</source>
        <translation>%1 参加了培训 %2。</translation>
    </message>
    <message>
        <source>%1 is on the list of session %2 but did not come.</source>
        <translation>%1 在培训 %2 的名单上，但未出勤。</translation>
    </message>
    <message>
        <source>Give the score with --score (0 to 100, or none).</source>
        <translation>请用 --score 指定成绩（0 到 100，或 none）。</translation>
    </message>
    <message>
        <source>--score: "%1" is not a score from 0 to 100.</source>
        <translation>--score：“%1”不是 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>Score of %1 in session %2: %3.</source>
        <translation>%1 在培训 %2 的成绩：%3。</translation>
    </message>
    <message>
        <source>Training sessions: list, show, add, edit, attendance and assessment scores</source>
        <translation>培训：列出、查看、新增、编辑、出勤与考核成绩</translation>
    </message>
</context>
<context>
    <name>frontline::cli::UserCommand</name>
    <message>
        <source>The member the account belongs to (add).</source>
        <translation>账户所属的成员（add）。</translation>
    </message>
    <message>
        <source>Read the new password from FILE (after $FRONTLINE_NEW_PASSWORD, before the prompt).</source>
        <translation>从 FILE 读取新密码（先于提示输入，后于 $FRONTLINE_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli user %1</source>
        <translation>用法：frontline-cli user %1</translation>
    </message>
    <message>
        <source>Added user %1 (%2); they must change the password at their first login.</source>
        <translation>已添加用户 %1（%2）；其首次登录时必须更改密码。</translation>
    </message>
    <message>
        <source>Added user %1 (%2). Logins are now required: use --user %1.</source>
        <translation>已添加用户 %1（%2）。现在需要登录：请使用 --user %1。</translation>
    </message>
    <message>
        <source>This database has no user accounts; 'frontline-cli passwd' changes the database passphrase.</source>
        <translation>此数据库没有用户账户；“frontline-cli passwd”用于更改数据库口令。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>您的密码已更改。</translation>
    </message>
    <message>
        <source>The password of %1 is reset; they must change it at their next login.</source>
        <translation>%1 的密码已重置；其下次登录时必须更改。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>User accounts: list, add, change password, disable, unlock</source>
        <translation>用户账户：列出、添加、改密码、停用、解锁</translation>
    </message>
</context>
<context>
    <name>frontline::cli::WatchCommand</name>
    <message>
        <source>The kind of the files (default: the mapping's).</source>
        <translation>文件的类型（默认：取自映射）。</translation>
    </message>
    <message>
        <source>A saved mapping's name, or a JSON mapping file.</source>
        <translation>已保存映射的名称，或 JSON 映射文件。</translation>
    </message>
    <message>
        <source>Process what is there and exit (for cron or the Task Scheduler).</source>
        <translation>处理现有文件后退出（用于 cron 或 Windows 任务计划程序）。</translation>
    </message>
    <message>
        <source>Seconds between two looks at the folder (default 10).</source>
        <translation>两次检查文件夹之间的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Use: frontline-cli watch DIR [--kind KIND] [--mapping NAME] [--once]</source>
        <translation>用法：frontline-cli watch 文件夹 [--kind 类型] [--mapping 名称] [--once]</translation>
    </message>
    <message>
        <source>"%1" is not a number of seconds.</source>
        <translation>“%1”不是有效的秒数。</translation>
    </message>
    <message>
        <source>Still being written, left for the next run: %1</source>
        <translation>仍在写入，留待下次处理：%1</translation>
    </message>
    <message>
        <source>Watching %1 for %2 (Ctrl+C stops).</source>
        <translation>正在监视 %1，导入%2（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Import the files dropped into a folder, then move them to done/ or failed/</source>
        <translation>导入放入文件夹的文件，然后移到 done/ 或 failed/</translation>
    </message>
    <message>
        <source>Watch the folder saved in the database (the app's Automatic Import), with its kind, mapping and interval; no DIR.</source>
        <translation>监视数据库中保存的文件夹（即应用中的“自动导入”），使用其记录类型、列映射和查看间隔；不需要 DIR。</translation>
    </message>
    <message>
        <source>Save DIR, the kind, the mapping and the interval as the database's Automatic Import, which the app then runs while the database is open.</source>
        <translation>将 DIR、记录类型、列映射和查看间隔保存为数据库的“自动导入”，数据库在应用中打开时即自动运行。</translation>
    </message>
    <message>
        <source>Turn the database's Automatic Import off, and exit.</source>
        <translation>关闭数据库的“自动导入”，然后退出。</translation>
    </message>
    <message>
        <source>Use one of --saved, --remember and --forget.</source>
        <translation>--saved、--remember 和 --forget 只能选用其一。</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
    <message>
        <source>Automatic import is off.</source>
        <translation>自动导入已关闭。</translation>
    </message>
    <message>
        <source>This database has no Automatic Import turned on: save one in the app, or with watch DIR --kind KIND --remember.</source>
        <translation>此数据库未开启“自动导入”：请在应用中设置，或使用 watch DIR --kind KIND --remember。</translation>
    </message>
</context>
<context>
    <name>frontline::commission::CommissionCalculator</name>
    <message>
        <source>No revenue target for this period: the plan's tiers and floor need one, so no commission is paid.</source>
        <translation>本期没有销售额目标：方案的档位和门槛需要目标，因此不发提成。</translation>
    </message>
    <message>
        <source>Attainment %1 is below the floor of %2: no commission.</source>
        <translation>达成率 %1 低于门槛 %2：不发提成。</translation>
    </message>
    <message>
        <source>Category %1: %2 × %3 = %4</source>
        <translation>类别 %1：%2 × %3 = %4</translation>
    </message>
    <message>
        <source>accelerator from %1</source>
        <translation>自 %1 起加速</translation>
    </message>
    <message>
        <source>tier from %1</source>
        <translation>自 %1 起的档位</translation>
    </message>
    <message>
        <source>The plan has no rate table.</source>
        <translation>方案没有比例表。</translation>
    </message>
    <message>
        <source>Attainment %1 is below the first tier (%2): the rate table pays nothing.</source>
        <translation>达成率 %1 低于第一档（%2）：比例表部分不发提成。</translation>
    </message>
    <message>
        <source>Other revenue: %1 × %2 (%3) = %4</source>
        <translation>其他销售额：%1 × %2（%3）= %4</translation>
    </message>
    <message>
        <source>Base: %1 × %2 (%3) = %4</source>
        <translation>提成基数：%1 × %2（%3）= %4</translation>
    </message>
    <message>
        <source>%1 to %2 (%3): %4 × %5 = %6</source>
        <translation>%1 至 %2（%3）：%4 × %5 = %6</translation>
    </message>
    <message>
        <source>Cap of %1: %2 above it is not paid.</source>
        <translation>上限 %1：超出的 %2 不发。</translation>
    </message>
</context>
<context>
    <name>frontline::commission::CommissionRepository</name>
    <message>
        <source>There is no member with the code %1.</source>
        <translation>没有编号为 %1 的成员。</translation>
    </message>
    <message>
        <source>The plan "%1" for the same people already starts on %2; remove it first.</source>
        <translation>同一适用对象的方案“%1”已从 %2 开始生效；请先删除它。</translation>
    </message>
    <message>
        <source>There is no plan with the id %1.</source>
        <translation>没有编号为 %1 的方案。</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>请输入不为零的金额。</translation>
    </message>
    <message>
        <source>Give the reason for the bonus or deduction.</source>
        <translation>请填写奖金或扣款的原因。</translation>
    </message>
    <message>
        <source>Choose a month, quarter or year.</source>
        <translation>请选择月份、季度或年份。</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>请选择成员。</translation>
    </message>
</context>
<context>
    <name>frontline::commission::Commissions</name>
    <message>
        <source>No commission plan is in force for %1 in %2.</source>
        <translation>%1 在 %2 没有生效的提成方案。</translation>
    </message>
    <message>
        <source>Plan "%1" (%2).</source>
        <translation>方案“%1”（%2）。</translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>提成：%1</translation>
    </message>
    <message>
        <source>Bonus: %1 (%2)</source>
        <translation>奖金：%1（%2）</translation>
    </message>
    <message>
        <source>Deduction: %1 (%2)</source>
        <translation>扣款：%1（%2）</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>If %1 sells %2 more in %3, the commission goes from %4 to %5: %6 more (tier reached: %7 → %8).</source>
        <translation>如果 %1 在 %3 多卖 %2，提成从 %4 变为 %5：多挣 %6（达到的档位：%7 → %8）。</translation>
    </message>
    <message>
        <source>Commission statements are for a month, a quarter or a year (e.g. 2025-03, 2025-Q1, 2025).</source>
        <translation>提成单按月、季度或年计算（例如 2025-03、2025-Q1、2025）。</translation>
    </message>
    <message>
        <source>You cannot see this member's statement.</source>
        <translation>您无权查看此成员的提成单。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation>未知的格式“%1”：请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>提成 %1</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>费率表</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>From attainment</source>
        <translation>起始达成率</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": use utf-8 or gbk.</source>
        <translation>未知的编码“%1”：请使用 utf-8 或 gbk。</translation>
    </message>
</context>
<context>
    <name>frontline::commission::Plan</name>
    <message>
        <source>Marginal brackets</source>
        <translation>分段累进</translation>
    </message>
    <message>
        <source>Whole amount at the tier reached</source>
        <translation>全额按达到的档位计提</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>请给方案起个名称。</translation>
    </message>
    <message>
        <source>A plan is for either a role or one member.</source>
        <translation>方案适用于一个角色或一名成员，二者选一。</translation>
    </message>
    <message>
        <source>Enter the first period the plan is valid for.</source>
        <translation>请输入方案生效的第一个期间。</translation>
    </message>
    <message>
        <source>The plan ends before it starts.</source>
        <translation>方案的结束早于开始。</translation>
    </message>
    <message>
        <source>Enter at least one tier (level and rate).</source>
        <translation>请至少输入一个档位（起点和比例）。</translation>
    </message>
    <message>
        <source>Levels and rates cannot be negative.</source>
        <translation>起点和比例不能为负数。</translation>
    </message>
    <message>
        <source>Two tiers start at the same level (%1 bp).</source>
        <translation>有两个档位起点相同（%1 基点）。</translation>
    </message>
    <message>
        <source>The cap cannot be negative.</source>
        <translation>上限不能为负数。</translation>
    </message>
    <message>
        <source>The floor cannot be negative.</source>
        <translation>门槛不能为负数。</translation>
    </message>
    <message>
        <source>Each category rate needs a category named once and a rate of 0 or more.</source>
        <translation>每个类别比例需要一个只出现一次的类别和不小于 0 的比例。</translation>
    </message>
    <message>
        <source>Unknown plan field "%1".</source>
        <translation>未知的方案字段“%1”。</translation>
    </message>
    <message>
        <source>Unknown role "%1": use admin, manager, rep or support.</source>
        <translation>未知角色“%1”：请用 admin、manager、rep 或 support。</translation>
    </message>
    <message>
        <source>Unknown mode "%1": use tier or marginal.</source>
        <translation>未知方式“%1”：请用 tier 或 marginal。</translation>
    </message>
    <message>
        <source>Each tier needs whole numbers from_bp and rate_bp.</source>
        <translation>每个档位需要整数 from_bp 和 rate_bp。</translation>
    </message>
    <message>
        <source>cap_fen must be a whole number of fen.</source>
        <translation>cap_fen 必须是整数（分）。</translation>
    </message>
    <message>
        <source>floor_bp must be a whole number of basis points.</source>
        <translation>floor_bp 必须是整数基点。</translation>
    </message>
    <message>
        <source>Each category rate needs a category and a whole number rate_bp.</source>
        <translation>每个类别比例需要类别和整数 rate_bp。</translation>
    </message>
</context>
<context>
    <name>frontline::io::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Unknown text encoding "%1".</source>
        <translation>未知文本编码“%1”。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (the record runs on for more than %3 million characters).</source>
        <translation>%1 第 %2 行：带引号的字段没有闭合（该记录已超过 %3 百万个字符）。</translation>
    </message>
</context>
<context>
    <name>frontline::io::CsvWriter</name>
    <message>
        <source>Unknown text encoding "%1".</source>
        <translation>未知文本编码“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>frontline::io::RowSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel and save it as .xlsx or .csv.</source>
        <translation>%1 是 OpenDocument 电子表格（.ods）。请用 WPS、LibreOffice 或 Excel 打开，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>%1 有密码保护。请用 Excel 或 WPS 打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <source>%1 is a web page or XML file with a spreadsheet extension, not a workbook. Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 是扩展名为电子表格的网页或 XML 文件，不是工作簿。请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv。</translation>
    </message>
</context>
<context>
    <name>frontline::io::XlsReader</name>
    <message>
        <source>%1 could not be read as an Excel 97–2003 workbook (FreeXL error %2). Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>无法将 %1 作为 Excel 97–2003 工作簿读取（FreeXL 错误 %2）。请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>%1 有密码保护。请用 Excel 或 WPS 打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2"; its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；现有工作表：%3。</translation>
    </message>
    <message>
        <source>The sheet "%1" in %2 could not be read.</source>
        <translation>无法读取 %2 中的工作表“%1”。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet "%2" in %3 could not be read.</source>
        <translation>无法读取 %3 中工作表“%2”的第 %1 行。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls). This copy of Frontline was built without FreeXL, which reads them: install FreeXL (Debian/Ubuntu: libfreexl-dev; macOS: brew install freexl) and build again, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>%1 是 Excel 97–2003 工作簿（.xls）。此版本的 Frontline 构建时没有读取它所需的 FreeXL：请安装 FreeXL（Debian/Ubuntu：libfreexl-dev；macOS：brew install freexl）后重新构建，或用 Excel 或 WPS 打开该文件，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 could not be read: the Excel 97–2003 reader gave no answer for %2 seconds (the file may be damaged). Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>无法读取 %1：Excel 97–2003 读取程序 %2 秒没有响应（文件可能已损坏）。请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 could not be read: the Excel 97–2003 reader stopped on it (the file may be damaged). Open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>无法读取 %1：Excel 97–2003 读取程序在读取该文件时中止（文件可能已损坏）。请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) is missing. Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>无法读取 %1：缺少 Frontline 的 Excel 97–2003 文件读取程序（%2）。请重新安装 Frontline，或用 Excel 或 WPS 打开该文件，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) could not be started (%3). Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>无法读取 %1：无法启动 Frontline 的 Excel 97–2003 文件读取程序（%2）（%3）。请重新安装 Frontline，或用 Excel 或 WPS 打开该文件，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) belongs to another version of Frontline. Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>无法读取 %1：Frontline 的 Excel 97–2003 文件读取程序（%2）属于另一个版本的 Frontline。请重新安装 Frontline，或用 Excel 或 WPS 打开该文件，另存为 .xlsx 或 .csv。</translation>
    </message>
</context>
<context>
    <name>frontline::io::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it cannot be opened as a zip archive.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：无法作为 zip 压缩包打开。</translation>
    </message>
    <message>
        <source>%1 has no visible worksheet.</source>
        <translation>%1 没有可见的工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2"; its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；现有工作表：%3。</translation>
    </message>
    <message>
        <source>The sheet "%1" in %2 is a chart, not a table.</source>
        <translation>%2 中的工作表“%1”是图表，不是表格。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing.</source>
        <translation>%1 不是完整的 Excel 工作簿：缺少部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 in %3, line %4.</source>
        <translation>%1 已损坏：%3 第 %4 行：%2。</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 没有工作表。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the sheet "%2" (%3) is missing.</source>
        <translation>%1 不是完整的 Excel 工作簿：缺少工作表“%2”（%3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" has a cell beyond column XFD in row %3.</source>
        <translation>%1 已损坏：工作表“%2”第 %3 行有超出 XFD 列的单元格。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 in the sheet "%3", line %4.</source>
        <translation>%1 已损坏：工作表“%3”第 %4 行：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" does not match its checksum.</source>
        <translation>%1 已损坏：工作表“%2”与其校验和不符。</translation>
    </message>
</context>
<context>
    <name>frontline::io::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>无法写入 %1：无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cannot write %1: the sheet could not be created.</source>
        <translation>无法写入 %1：无法创建工作表。</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows; write CSV for more.</source>
        <translation>Excel 工作表最多容纳 %1 行；更多数据请导出为 CSV。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns.</source>
        <translation>Excel 工作表最多容纳 %1 列。</translation>
    </message>
    <message>
        <source>Cannot write row %1 of %2: %3</source>
        <translation>无法写入 %2 的第 %1 行：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: the chart could not be created.</source>
        <translation>无法写入 %1：无法创建图表。</translation>
    </message>
</context>
<context>
    <name>frontline::io::ZipReader</name>
    <message>
        <source>The compressed data is damaged (error %1).</source>
        <translation>压缩数据已损坏（错误 %1）。</translation>
    </message>
    <message>
        <source>%1 is not a zip archive or is damaged.</source>
        <translation>%1 不是 zip 压缩包或已损坏。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read (encrypted or an unknown compression).</source>
        <translation>无法读取 %2 中的 %1（已加密或压缩方式未知）。</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Evaluations</name>
    <message>
        <source>Choose the period to evaluate.</source>
        <translation>请选择考核期间。</translation>
    </message>
    <message>
        <source>There is no such team.</source>
        <translation>没有该团队。</translation>
    </message>
    <message>
        <source>Nobody to evaluate: no active member with a scorecard in this team.</source>
        <translation>无人可考核：该团队没有配置了考核表的在职成员。</translation>
    </message>
    <message>
        <source>There is no such evaluation.</source>
        <translation>没有该考核。</translation>
    </message>
    <message>
        <source>(weight %1%)</source>
        <translation>（权重 %1%）</translation>
    </message>
    <message>
        <source>No indicator could be scored: %1 points.</source>
        <translation>没有可计分的指标：%1 分。</translation>
    </message>
    <message>
        <source>Composite: (%1) / %2 = %3</source>
        <translation>综合：(%1) / %2 = %3</translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Comment by %1 on %2: %3</source>
        <translation>%1 于 %2 备注：%3</translation>
    </message>
    <message>
        <source>Adjustment %1%2 by %3 on %4: %5</source>
        <translation>调整 %1%2，%3 于 %4：%5</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Score: %1 (kept within 0–100)</source>
        <translation>得分：%1（限定在 0–100）</translation>
    </message>
    <message>
        <source>Version %1 is published and can no longer change; run the evaluation again for a new version.</source>
        <translation>第 %1 版已发布，不能再修改；请重新考核生成新版本。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>An adjustment is between −100 and +100 points.</source>
        <translation>调整分须在 −100 到 +100 之间。</translation>
    </message>
    <message>
        <source>This member is not part of the evaluation.</source>
        <translation>该成员不在此次考核中。</translation>
    </message>
    <message>
        <source>Version %1 is already published.</source>
        <translation>第 %1 版已发布。</translation>
    </message>
    <message>
        <source>Development plan: %1 → %2 (%3), %4 of %5 milestones done.</source>
        <translation>发展计划：%1 → %2（%3），已完成 %4/%5 个里程碑。</translation>
    </message>
    <message>
        <source>Goal achieved: %1</source>
        <translation>已达成目标：%1</translation>
    </message>
    <message>
        <source>Goal open: %1</source>
        <translation>未达成目标：%1</translation>
    </message>
    <message>
        <source>Milestone due %1: %2 — %3, overdue</source>
        <translation>里程碑 %1 到期：%2 — %3，已逾期</translation>
    </message>
    <message>
        <source>Milestone due %1: %2 — %3</source>
        <translation>里程碑 %1 到期：%2 — %3</translation>
    </message>
    <message>
        <source>Review of this version by %1 on %2: %3</source>
        <translation>%1 于 %2 对本版本的评语：%3</translation>
    </message>
    <message>
        <source>Review of version %1 by %2 on %3: %4</source>
        <translation>%2 于 %3 对第 %1 版的评语：%4</translation>
    </message>
    <message>
        <source>Review of %1 by %2 on %3: %4</source>
        <translation>%2 于 %3 对 %1 的评语：%4</translation>
    </message>
    <message>
        <source>The member has no line in this evaluation.</source>
        <translation>该成员不在此次考核中。</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Honours</name>
    <message>
        <source>First to target</source>
        <translation>率先达标</translation>
    </message>
    <message>
        <source>Most visits</source>
        <translation>拜访之星</translation>
    </message>
    <message>
        <source>New-customer champion</source>
        <translation>新客户冠军</translation>
    </message>
    <message>
        <source>Most improved</source>
        <translation>进步之星</translation>
    </message>
    <message>
        <source>On-target streak</source>
        <translation>连续达标</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Unknown honour "%1": use %2.</source>
        <translation>未知荣誉“%1”：请用 %2。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation>请选择期间。</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>没有该成员。</translation>
    </message>
    <message>
        <source>First to reach the revenue target of %1, on %2.</source>
        <translation>%2 率先达成销售额目标 %1。</translation>
    </message>
    <message>
        <source>Most visits in %1: %2.</source>
        <translation>%1 拜访最多：%2 次。</translation>
    </message>
    <message>
        <source>Most new customers in %1: %2.</source>
        <translation>%1 新客户最多：%2 个。</translation>
    </message>
    <message>
        <source>Score up %1 points on %2 (%3 → %4).</source>
        <translation>较 %2 提高 %1 分（%3 → %4）。</translation>
    </message>
    <message>
        <source>On target %1 months in a row (%2 to %3).</source>
        <translation>连续 %1 个月达标（%2 至 %3）。</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Rankings</name>
    <message>
        <source>Choose the period.</source>
        <translation>请选择期间。</translation>
    </message>
    <message>
        <source>No evaluation of %1 has been published yet.</source>
        <translation>%1 的考核尚未发布。</translation>
    </message>
    <message>
        <source>Unknown ranking "%1": use %2.</source>
        <translation>未知排名“%1”：请用 %2。</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Scorecards</name>
    <message>
        <source>Enter the scorecard's name.</source>
        <translation>请输入考核表名称。</translation>
    </message>
    <message>
        <source>A scorecard needs at least one indicator.</source>
        <translation>考核表至少需要一个指标。</translation>
    </message>
    <message>
        <source>The weights add up to %1%, not 100%.</source>
        <translation>权重合计为 %1%，不是 100%。</translation>
    </message>
    <message>
        <source>%1: a weight cannot be negative.</source>
        <translation>%1：权重不能为负。</translation>
    </message>
    <message>
        <source>%1: a fixed target must be above zero.</source>
        <translation>%1：固定目标必须大于零。</translation>
    </message>
    <message>
        <source>%1: the cap must be at least 100%.</source>
        <translation>%1：封顶至少为 100%。</translation>
    </message>
    <message>
        <source>"%1" is not a role or position a scorecard is for: use %2.</source>
        <translation>“%1”不是考核表适用的角色或职级：请使用 %2。</translation>
    </message>
    <message>
        <source>unknown metric "%1"</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>direction is higher or lower</source>
        <translation>方向为 higher（越高越好）或 lower（越低越好）</translation>
    </message>
    <message>
        <source>rule is linear or steps</source>
        <translation>规则为 linear（线性）或 steps（阈值）</translation>
    </message>
    <message>
        <source>target_source is target or fixed</source>
        <translation>target_source 为 target（成员目标）或 fixed（固定目标）</translation>
    </message>
    <message>
        <source>steps are THRESHOLD_BP:POINTS, ascending (8000:60,10000:100)</source>
        <translation>阈值格式为 基点:分数，且递增（8000:60,10000:100）</translation>
    </message>
    <message>
        <source>Indicator %1: %2.</source>
        <translation>第 %1 项指标：%2。</translation>
    </message>
    <message>
        <source>Indicator %1 (%2)</source>
        <translation>第 %1 项指标（%2）</translation>
    </message>
    <message>
        <source>%1: the metric is already on the card.</source>
        <translation>%1：该指标已在考核表中。</translation>
    </message>
    <message>
        <source>%1: a step rule needs thresholds.</source>
        <translation>%1：阈值规则需要设置阈值。</translation>
    </message>
    <message>
        <source>%1: thresholds must be above zero and ascending (%2 after %3).</source>
        <translation>%1：阈值必须大于零且递增（%2 位于 %3 之后）。</translation>
    </message>
    <message>
        <source>%1: step points cannot be negative.</source>
        <translation>%1：阈值分数不能为负。</translation>
    </message>
    <message>
        <source>The sales rep's scorecard is the default and cannot be removed.</source>
        <translation>销售代表的考核表是默认考核表，不能删除。</translation>
    </message>
    <message>
        <source>There is no scorecard for "%1".</source>
        <translation>“%1”没有考核表。</translation>
    </message>
</context>
<context>
    <name>frontline::performance::Scoring</name>
    <message>
        <source>%1: no value this period, left out.</source>
        <translation>%1：本期无数值，不计入。</translation>
    </message>
    <message>
        <source>%1: %2, no target, left out.</source>
        <translation>%1：%2，无目标，不计入。</translation>
    </message>
    <message>
        <source>%1 of target %2 = %3</source>
        <translation>%1 / 目标 %2 = %3</translation>
    </message>
    <message>
        <source>%1 against target %2 (lower is better): 200% − %3 = %4</source>
        <translation>%1 对比目标 %2（越低越好）：200% − %3 = %4</translation>
    </message>
    <message>
        <source>linear, capped at %1</source>
        <translation>线性，封顶 %1</translation>
    </message>
    <message>
        <source>linear up to %1</source>
        <translation>线性，最高 %1</translation>
    </message>
    <message>
        <source>step reached: %1 and above</source>
        <translation>达到阶梯：%1 及以上</translation>
    </message>
    <message>
        <source>below the first step</source>
        <translation>低于第一级阶梯</translation>
    </message>
    <message>
        <source>%1: %2; %3 → %4 points</source>
        <translation>%1：%2；%3 → %4 分</translation>
    </message>
</context>
<context>
    <name>frontline::performance::TargetPlanner</name>
    <message>
        <source>Targets are for a month, a quarter or a year.</source>
        <translation>目标只能按月、季度或年度设置。</translation>
    </message>
    <message>
        <source>A target belongs to one member or one team.</source>
        <translation>目标属于一位成员或一个团队。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负。</translation>
    </message>
    <message>
        <source>There is no such target.</source>
        <translation>没有该目标。</translation>
    </message>
    <message>
        <source>%1 is not a sum of its parts and cannot be split.</source>
        <translation>%1 不是各部分之和，不能分解。</translation>
    </message>
    <message>
        <source>The team %1 has no active reps.</source>
        <translation>团队 %1 没有在职销售代表。</translation>
    </message>
    <message>
        <source>Give a weight to at least one rep.</source>
        <translation>请至少给一位销售代表设置权重。</translation>
    </message>
    <message>
        <source>Only a quarter or a year is split into months.</source>
        <translation>只有季度或年度可以分解到月。</translation>
    </message>
    <message>
        <source>Split a period evenly or by seasonality.</source>
        <translation>期间只能平均分解或按季节性分解。</translation>
    </message>
    <message>
        <source>The targets of %1 are outside what you may see.</source>
        <translation>%1 的目标不在您的查看范围内。</translation>
    </message>
    <message>
        <source>A rep sees only their own targets, not those of the team %1.</source>
        <translation>销售代表只能查看自己的目标，不能查看团队 %1 的目标。</translation>
    </message>
    <message>
        <source>The targets of the team %1 are outside what you may see.</source>
        <translation>团队 %1 的目标不在您的查看范围内。</translation>
    </message>
</context>
</TS>
