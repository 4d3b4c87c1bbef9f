// The dialogs that take a passphrase, typed into as a user would: opening shows why it failed
// and lets the user retry, creating checks the two fields, changing re-keys the file.
#include "UiTest.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/NewDatabaseDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "security/AuditLog.h"
#include "support/TempDatabase.h"
#include "util/Translations.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

const QString Passphrase = QString::fromUtf8(test::TempDatabase::Passphrase);

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template <typename T> T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("No child %s", qPrintable(name));
    return widget;
}

AuditFilter onlyPassphraseChanges()
{
    AuditFilter filter;
    filter.actions = {AuditAction::PassphraseChange};
    return filter;
}

} // namespace

class TestPassphraseDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void wrongPassphraseKeepsTheDialogOpen();
    void openButtonWaitsForAPassphrase();
    void eyeButtonShowsThePassphrase();
    void fileInUseHasItsOwnMessage();
    void newDatabaseChecksBothFields();
    void newDatabaseCreatesTheFile();
    void newDatabaseRefusesAnExistingFile();
    void changePassphraseRekeys();
    void changePassphraseRefusesAWrongCurrentOne();

private:
    QTemporaryDir m_settingsDir;
};

void TestPassphraseDialogs::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestPassphraseDialogs::wrongPassphraseKeepsTheDialogOpen()
{
    test::TempDatabase temp;
    QVERIFY(temp.isValid());
    temp.db().close();
    // What Database itself says about this wrong passphrase is what the dialog must show.
    Database probe;
    const DatabaseError expected = probe.open(temp.path(), SecureBytes::fromString(u"not it"_s));
    QCOMPARE(expected.kind(), DatabaseError::WrongPassphrase);

    Database database;
    PassphraseDialog dialog(database, temp.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = child<PasswordLineEdit>(dialog, u"passphraseEdit"_s);
    auto *error = child<StatusLabel>(dialog, u"errorLabel"_s);
    QVERIFY(!error->isVisible());

    QTest::keyClicks(edit, u"not it"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), expected.message());
    QCOMPARE(error->kind(), StatusLabel::Error);
    QVERIFY(edit->text().isEmpty()); // nothing of the failed attempt stays in the field
    QVERIFY(!database.isOpen());

    test::typeText(edit, Passphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(database.isOpen());
    QVERIFY(dialog.passphrase() == test::TempDatabase::passphrase());
    QVERIFY(edit->text().isEmpty());
}

void TestPassphraseDialogs::openButtonWaitsForAPassphrase()
{
    test::TempDatabase temp;
    temp.db().close();
    Database database;
    PassphraseDialog dialog(database, temp.path());
    dialog.show();
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"passphraseEdit"_s), u"x"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, u"rememberCheck"_s)->isChecked());
}

void TestPassphraseDialogs::eyeButtonShowsThePassphrase()
{
    PasswordLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    auto *eye = edit.findChild<QToolButton *>();
    QVERIFY(eye && eye->isVisible());
    QTest::mouseClick(eye, Qt::LeftButton);
    QCOMPARE(edit.echoMode(), QLineEdit::Normal);
    QTest::mouseClick(eye, Qt::LeftButton);
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
}

void TestPassphraseDialogs::fileInUseHasItsOwnMessage()
{
    test::TempDatabase temp; // stays open: its lock is held
    QVERIFY(temp.isValid());
    Database database;
    PassphraseDialog dialog(database, temp.path());
    dialog.show();
    test::typeText(child<PasswordLineEdit>(dialog, u"passphraseEdit"_s), Passphrase);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString message = child<StatusLabel>(dialog, u"errorLabel"_s)->text();
    Database probe;
    QCOMPARE(message, probe.open(temp.path(), test::TempDatabase::passphrase()).message());
    QVERIFY(message.contains(u"already open"_s));
}

void TestPassphraseDialogs::newDatabaseChecksBothFields()
{
    Database database;
    NewDatabaseDialog dialog(database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *passphrase = child<PasswordLineEdit>(dialog, u"passphraseEdit"_s);
    auto *repeat = child<PasswordLineEdit>(dialog, u"repeatEdit"_s);
    auto *hint = child<StatusLabel>(dialog, u"hintLabel"_s);
    QVERIFY(!okButton(dialog)->isEnabled());

    QTest::keyClicks(passphrase, u"abc"_s);
    QCOMPARE(hint->kind(), StatusLabel::Warning); // short
    QVERIFY(hint->text().contains(u"8"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(repeat, u"abc"_s);
    QVERIFY(okButton(dialog)->isEnabled()); // short is allowed, with the warning
    QCOMPARE(hint->kind(), StatusLabel::Warning);

    QTest::keyClicks(repeat, u"d"_s);
    QCOMPARE(hint->kind(), StatusLabel::Error); // different
    QVERIFY(!okButton(dialog)->isEnabled());

    passphrase->clear();
    repeat->clear();
    QTest::keyClicks(passphrase, u"long enough words"_s);
    QTest::keyClicks(repeat, u"long enough"_s); // still typing: not yet an error
    QCOMPARE(hint->kind(), StatusLabel::Hint);
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(repeat, u" words"_s);
    QCOMPARE(hint->kind(), StatusLabel::Hint);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestPassphraseDialogs::newDatabaseCreatesTheFile()
{
    QTemporaryDir dir;
    Database database;
    NewDatabaseDialog dialog(database);
    dialog.show();
    auto *path = child<QLineEdit>(dialog, u"pathEdit"_s);
    path->clear();
    QTest::keyClicks(path, dir.filePath(u"sales"_s)); // ".db" is added
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"passphraseEdit"_s), u"new secret 2024"_s);
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"repeatEdit"_s), u"new secret 2024"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(database.isOpen());
    QCOMPARE(QFileInfo(database.path()).fileName(), u"sales.db"_s);
    QVERIFY(dialog.passphrase() == SecureBytes::fromString(u"new secret 2024"_s));
    database.close();
    QVERIFY(!database.open(dir.filePath(u"sales.db"_s), SecureBytes::fromString(u"new secret 2024"_s)));
}

void TestPassphraseDialogs::newDatabaseRefusesAnExistingFile()
{
    test::TempDatabase temp;
    temp.db().close();
    Database database;
    NewDatabaseDialog dialog(database);
    dialog.show();
    dialog.setPath(temp.path());
    auto *passphrase = child<PasswordLineEdit>(dialog, u"passphraseEdit"_s);
    QTest::keyClicks(passphrase, u"another secret"_s);
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"repeatEdit"_s), u"another secret"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    auto *error = child<StatusLabel>(dialog, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    Database probe;
    QCOMPARE(error->text(), probe.create(temp.path(), SecureBytes::fromString(u"x"_s)).message());
    // What was typed stays, so that only the file name needs changing.
    QCOMPARE(passphrase->text(), u"another secret"_s);
    QVERIFY(!database.isOpen());
}

void TestPassphraseDialogs::changePassphraseRekeys()
{
    test::TempDatabase temp;
    QVERIFY(temp.isValid());
    ChangePassphraseDialog dialog(temp.db());
    dialog.show();
    test::typeText(child<PasswordLineEdit>(dialog, u"currentPassphraseEdit"_s), Passphrase);
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"passphraseEdit"_s), u"brand new words"_s);
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"repeatEdit"_s), u"brand new words"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    temp.db().close();
    Database reopened;
    QCOMPARE(reopened.open(temp.path(), test::TempDatabase::passphrase()).kind(),
             DatabaseError::WrongPassphrase);
    QVERIFY(!reopened.open(temp.path(), SecureBytes::fromString(u"brand new words"_s)));
}

void TestPassphraseDialogs::changePassphraseRefusesAWrongCurrentOne()
{
    test::TempDatabase temp;
    QVERIFY(temp.isValid());
    ChangePassphraseDialog dialog(temp.db());
    dialog.show();
    QPushButton *ok = okButton(dialog);
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"passphraseEdit"_s), u"brand new words"_s);
    QTest::keyClicks(child<PasswordLineEdit>(dialog, u"repeatEdit"_s), u"brand new words"_s);
    // Without the current passphrase there is nothing to click.
    QVERIFY(!ok->isEnabled());
    auto *current = child<PasswordLineEdit>(dialog, u"currentPassphraseEdit"_s);
    QTest::keyClicks(current, u"a guess"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *error = child<StatusLabel>(dialog, u"errorLabel"_s);
    QCOMPARE(error->kind(), StatusLabel::Error);
    QCOMPARE(error->text(), u"The current passphrase is not right."_s);
    QVERIFY(current->text().isEmpty()); // wiped, to type again
    // The file still opens with the old passphrase only, and the attempt is in the audit log.
    const QList<AuditEntry> entries = AuditLog(temp.db()).entries(onlyPassphraseChanges());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, u"failed"_s);
    temp.db().close();
    Database reopened;
    QVERIFY(!reopened.open(temp.path(), test::TempDatabase::passphrase()));
}

QTEST_MAIN(TestPassphraseDialogs)
#include "tst_passphrasedialogs.moc"
