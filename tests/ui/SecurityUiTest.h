// Helpers for the suites of logins and administration: CrmFixture's company with user accounts
// (an administrator "boss", who chose her password, and the rep 张伟 as "zhang.wei", who must
// change the initial one), and a login typed into the login dialog as a user would.
#pragma once

#include "CrmUiTest.h"
#include "dialogs/LoginDialog.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/UserAccounts.h"
#include "widgets/NewPasswordEdit.h"
#include "widgets/PasswordLineEdit.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace frontline::test {

inline const QString BossPassword = QStringLiteral("boss-secret-1");
inline const QString RepInitial = QStringLiteral("initial-pass-1");
inline const QString RepOwn = QStringLiteral("my-own-pass-2");

// Cheap Argon2 parameters: a suite logs in dozens of times.
inline void useFastPasswordHashing()
{
    PasswordHasher::setParametersForTests({1, 8 * 1024});
}

// Adds the accounts to the (closed) CRM database; an empty string on success.
inline QString addAccounts(const CrmDatabase &crm, qint64 *bossId = nullptr, qint64 *repId = nullptr)
{
    std::unique_ptr<Database> db = crm.open();
    if (!db)
        return QStringLiteral("cannot open");
    UserAccounts accounts(*db);
    QString error;
    const qint64 boss = accounts.create(std::nullopt, QStringLiteral("boss"), 0,
                                        SecureBytes::fromString(BossPassword), &error);
    if (!boss)
        return error;
    const qint64 rep = accounts.create(UserAccounts::singleUserSession(), QStringLiteral("zhang.wei"),
                                       crm.fixture.members.value(QStringLiteral("R1")),
                                       SecureBytes::fromString(RepInitial), &error);
    if (!rep)
        return error;
    if (bossId)
        *bossId = boss;
    if (repId)
        *repId = rep;
    return {};
}

// An audit filter for some actions (and a text).
inline AuditFilter auditFilter(const QStringList &actions, const QString &text = QString())
{
    AuditFilter filter;
    filter.actions = actions;
    filter.text = text;
    return filter;
}

inline QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Types name and password into the login dialog and clicks Log In.
inline void typeLogin(LoginDialog *dialog, const QString &name, const QString &password)
{
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"));
    user->selectAll();
    QTest::keyClicks(user, name);
    QTest::keyClicks(dialog->findChild<PasswordLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
}

// Types a new password twice (the forced change, or any NewPasswordEdit in dialog) and clicks OK.
inline void typeNewPassword(QDialog *dialog, const QString &password)
{
    QTest::keyClicks(dialog->findChild<PasswordLineEdit *>(QStringLiteral("newPasswordEdit")), password);
    QTest::keyClicks(dialog->findChild<PasswordLineEdit *>(QStringLiteral("repeatPasswordEdit")), password);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
}

} // namespace frontline::test
