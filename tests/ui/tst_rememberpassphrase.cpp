// "Remember on this computer" against a real Secret Service: the passphrase goes to the system
// keychain (never the settings), opens the file next time without a prompt, and is updated or
// forgotten from the settings page. Runs inside with-keyring.sh.
#include "DatabaseOpener.h"
#include "RecentDatabases.h"
#include "UiTest.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "pages/settings/SettingsPage.h"
#include "security/Keychain.h"
#include "support/TempDatabase.h"
#include "util/Translations.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

const QString Passphrase = QString::fromUtf8(test::TempDatabase::Passphrase);

void typePassphraseAndOpen(PassphraseDialog *dialog, bool remember)
{
    auto *check = dialog->findChild<QCheckBox *>(u"rememberCheck"_s);
    if (check->isChecked() != remember)
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
    auto *edit = dialog->findChild<PasswordLineEdit *>(u"passphraseEdit"_s);
    test::typeText(edit, Passphrase);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString entryFor(const test::TempDatabase &temp)
{
    return Keychain::entryForDatabase(temp.path());
}

} // namespace

class TestRememberPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void rememberedPassphraseOpensWithoutAPrompt();
    void staleSavedPassphraseFallsBackToThePrompt();
    void uncheckingRememberForgets();
    void changingThePassphraseUpdatesTheKeychain();
    void forgetRemovesTheSavedPassphrase();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TempDatabase> m_temp;
};

void TestRememberPassphrase::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Keychain::setService(u"FrontlineUiTest"_s);
    Translations::install(u"en"_s);
}

void TestRememberPassphrase::init()
{
    QSettings().clear();
    m_temp = std::make_unique<test::TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_temp->db().close();
}

void TestRememberPassphrase::rememberedPassphraseOpensWithoutAPrompt()
{
    QCOMPARE(Keychain::read(entryFor(*m_temp)).status, Keychain::NotFound);
    test::DialogHandler<PassphraseDialog> prompt(
        [](PassphraseDialog *dialog) { typePassphraseAndOpen(dialog, true); });
    auto database = DatabaseOpener().open(m_temp->path());
    QVERIFY(prompt.handled());
    QVERIFY(database && database->isOpen());

    const Keychain::ReadResult saved = Keychain::read(entryFor(*m_temp));
    QCOMPARE(saved.status, Keychain::Ok);
    QVERIFY(saved.secret == test::TempDatabase::passphrase());
    QVERIFY(RecentDatabases::paths().contains(QFileInfo(m_temp->path()).canonicalFilePath()));
    // The settings hold the path, never the passphrase.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("test.db"));
    QVERIFY(!contents.contains(test::TempDatabase::Passphrase));
    QVERIFY(!contents.contains("correct horse"));
    database.reset();

    test::DialogHandler<PassphraseDialog> noPrompt([](PassphraseDialog *dialog) { dialog->reject(); });
    database = DatabaseOpener().open(m_temp->path());
    QVERIFY(!noPrompt.handled());
    QVERIFY(database && database->isOpen());
}

void TestRememberPassphrase::staleSavedPassphraseFallsBackToThePrompt()
{
    QCOMPARE(Keychain::write(entryFor(*m_temp), SecureBytes::fromString(u"an old passphrase"_s)),
             Keychain::Ok);
    QString shownError;
    bool rememberTicked = false;
    test::DialogHandler<PassphraseDialog> prompt([&](PassphraseDialog *dialog) {
        shownError = dialog->findChild<StatusLabel *>(u"errorLabel"_s)->text();
        rememberTicked = dialog->rememberPassphrase();
        typePassphraseAndOpen(dialog, true);
    });
    auto database = DatabaseOpener().open(m_temp->path());
    QVERIFY(database && database->isOpen());
    QVERIFY(shownError.contains(u"no longer opens"_s));
    QVERIFY(rememberTicked);
    QVERIFY(Keychain::read(entryFor(*m_temp)).secret == test::TempDatabase::passphrase());
}

void TestRememberPassphrase::uncheckingRememberForgets()
{
    QCOMPARE(Keychain::write(entryFor(*m_temp), SecureBytes::fromString(u"an old passphrase"_s)),
             Keychain::Ok);
    test::DialogHandler<PassphraseDialog> prompt(
        [](PassphraseDialog *dialog) { typePassphraseAndOpen(dialog, false); });
    auto database = DatabaseOpener().open(m_temp->path());
    QVERIFY(prompt.handled());
    QVERIFY(database && database->isOpen());
    QCOMPARE(Keychain::read(entryFor(*m_temp)).status, Keychain::NotFound);
}

void TestRememberPassphrase::changingThePassphraseUpdatesTheKeychain()
{
    QVERIFY(!m_temp->reopen());
    QCOMPARE(Keychain::write(entryFor(*m_temp), test::TempDatabase::passphrase()), Keychain::Ok);
    SettingsPage page;
    page.setDatabase(&m_temp->db());
    page.show();
    test::DialogHandler<ChangePassphraseDialog> change([](ChangePassphraseDialog *dialog) {
        test::typeText(dialog->findChild<PasswordLineEdit *>(u"currentPassphraseEdit"_s),
                       QString::fromUtf8(test::TempDatabase::Passphrase));
        QTest::keyClicks(dialog->findChild<PasswordLineEdit *>(u"passphraseEdit"_s), u"the new one"_s);
        QTest::keyClicks(dialog->findChild<PasswordLineEdit *>(u"repeatEdit"_s), u"the new one"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"changePassphraseButton"_s), Qt::LeftButton);
    QVERIFY(change.handled());

    QVERIFY(Keychain::read(entryFor(*m_temp)).secret == SecureBytes::fromString(u"the new one"_s));
    auto *status = page.findChild<StatusLabel *>(u"passphraseStatus"_s);
    QCOMPARE(status->kind(), StatusLabel::Success);
    QVERIFY(status->isVisible());
}

void TestRememberPassphrase::forgetRemovesTheSavedPassphrase()
{
    QVERIFY(!m_temp->reopen());
    QCOMPARE(Keychain::write(entryFor(*m_temp), test::TempDatabase::passphrase()), Keychain::Ok);
    SettingsPage page;
    page.setDatabase(&m_temp->db());
    page.show();
    auto *forget = page.findChild<QPushButton *>(u"forgetPassphraseButton"_s);
    auto *status = page.findChild<StatusLabel *>(u"passphraseStatus"_s);

    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(Keychain::read(entryFor(*m_temp)).status, Keychain::NotFound);
    QCOMPARE(status->kind(), StatusLabel::Success);

    // Nothing left to forget: Secret Service reports success, other keychains "not found".
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(status->kind() == StatusLabel::Success || status->kind() == StatusLabel::Hint);
}

QTEST_MAIN(TestRememberPassphrase)
#include "tst_rememberpassphrase.moc"
