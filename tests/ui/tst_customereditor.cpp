// The customer editor: the repository's field errors appear under the field they are about, in
// the user's language; a phone, e-mail or name that another customer has brings a warning while
// typing, with "Open It" when that customer is one the user can see and without a name when it
// is not; saving creates the customer through the undo stack.
#include "CrmUiTest.h"
#include "dialogs/CustomerEditorDialog.h"
#include "repositories/CustomerRepository.h"
#include "util/Translations.h"
#include "widgets/StatusLabel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

// Translates every Frontline string to "X-" + source, as a stand-in for the user's language.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArray(context).startsWith("frontline::"))
            return QString();
        return u"X-"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QPushButton *saveButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

class TestCustomerEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyNameShowsTheErrorUnderTheName();
    void errorsAreInTheUsersLanguage();
    void existingPhoneWarnsWithOpenIt();
    void duplicateOutsideTheScopeIsNotNamed();
    void savingCreatesTheCustomer();

private:
    void actAs(const QString &code);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Session> m_session;
};

void TestCustomerEditor::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCustomerEditor::init()
{
    QSettings().clear();
    m_db = m_crm->open();
    QVERIFY(m_db);
    m_stack = std::make_unique<QUndoStack>();
    m_session = std::make_unique<Session>(m_stack.get());
    m_session->setDatabase(m_db.get());
}

void TestCustomerEditor::cleanup()
{
    // Whatever a test created goes again, so that the next starts from the fixture.
    while (m_stack->canUndo())
        m_stack->undo();
    m_session.reset();
    m_stack.reset();
    m_db.reset();
}

void TestCustomerEditor::actAs(const QString &code)
{
    m_session->setActingMember(m_crm->fixture.members.value(code));
    QCOMPARE(m_session->actingMemberId(), m_crm->fixture.members.value(code));
}

void TestCustomerEditor::emptyNameShowsTheErrorUnderTheName()
{
    CustomerEditorDialog dialog(m_session.get(), Customer());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = test::child<QLineEdit>(&dialog, u"nameEdit"_s);
    auto *error = test::child<StatusLabel>(&dialog, u"nameError"_s);
    QVERIFY(!error->isVisible());

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // not saved
    QVERIFY(error->isVisible());
    QCOMPARE(error->kind(), StatusLabel::Error);
    QCOMPARE(error->text(), u"Enter the customer's name."_s);
    // Next to the name: right under its field, starting where it starts.
    const QRect field = name->geometry();
    const QRect message = error->geometry();
    QCOMPARE(error->parentWidget(), name->parentWidget());
    QCOMPARE(message.left(), field.left());
    QVERIFY2(
        message.top() >= field.bottom() && message.top() - field.bottom() <= 8,
        qPrintable(u"field %1–%2, message at %3"_s.arg(field.top()).arg(field.bottom()).arg(message.top())));
    QVERIFY(name->hasFocus());
    QCOMPARE(CustomerRepository(*m_db, AccessScope::administrator()).count({}), 3);

    // Typing a name takes the message away.
    test::typeText(name, u"杭州西湖茶业"_s);
    QVERIFY(!error->isVisible());
}

void TestCustomerEditor::errorsAreInTheUsersLanguage()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    CustomerEditorDialog dialog(m_session.get(), Customer());
    dialog.show();
    test::typeText(test::child<QLineEdit>(&dialog, u"emailEdit"_s), u"not-an-address"_s);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(test::child<StatusLabel>(&dialog, u"nameError"_s)->text(), u"X-Enter the customer's name."_s);
    QCOMPARE(test::child<StatusLabel>(&dialog, u"emailError"_s)->text(),
             u"X-\"not-an-address\" is not an e-mail address."_s);
    QCOMPARE(saveButton(dialog)->text(), u"X-Save"_s);
}

void TestCustomerEditor::existingPhoneWarnsWithOpenIt()
{
    CustomerEditorDialog dialog(m_session.get(), Customer());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = test::child<StatusLabel>(&dialog, u"duplicateLabel"_s);
    auto *openIt = test::child<QPushButton>(&dialog, u"openExistingButton"_s);
    test::typeText(test::child<QLineEdit>(&dialog, u"nameEdit"_s), u"华联超市"_s);
    // Written differently from the stored "138 0013 8000": the same number all the same.
    test::typeText(test::child<QLineEdit>(&dialog, u"phoneEdit"_s), u"+86 138-0013-8000"_s);
    QTRY_VERIFY(warning->isVisible());
    QCOMPARE(warning->kind(), StatusLabel::Warning);
    QVERIFY2(warning->text().contains(u"北京华联商厦"_s), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(u"phone number"_s), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(u"张伟"_s), qPrintable(warning->text())); // its owner
    QVERIFY(openIt->isVisible());

    QTest::mouseClick(openIt, Qt::LeftButton);
    QCOMPARE(dialog.result(), CustomerEditorDialog::OpenExisting);
    QCOMPARE(dialog.existingId(), m_crm->fixture.customers.value(u"c1"_s));
    QCOMPARE(m_stack->count(), 0); // nothing saved
}

void TestCustomerEditor::duplicateOutsideTheScopeIsNotNamed()
{
    actAs(u"R2"_s);
    CustomerEditorDialog dialog(m_session.get(), Customer());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::typeText(test::child<QLineEdit>(&dialog, u"emailEdit"_s), u"gz@baiyun.com"_s); // R3's customer
    dialog.checkDuplicates();
    auto *warning = test::child<StatusLabel>(&dialog, u"duplicateLabel"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"outside the customers you can see"_s), qPrintable(warning->text()));
    QVERIFY(!warning->text().contains(u"广州白云制药"_s));
    QVERIFY(!test::child<QPushButton>(&dialog, u"openExistingButton"_s)->isVisible());
}

void TestCustomerEditor::savingCreatesTheCustomer()
{
    actAs(u"R1"_s);
    CustomerEditorDialog dialog(m_session.get(), Customer());
    dialog.show();
    test::typeText(test::child<QLineEdit>(&dialog, u"nameEdit"_s), u"杭州西湖茶业"_s);
    test::typeText(test::child<QLineEdit>(&dialog, u"phoneEdit"_s), u"0571-87001234"_s);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Customer> saved =
        CustomerRepository(*m_db, AccessScope::administrator()).get(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->name, u"杭州西湖茶业"_s);
    QCOMPARE(saved->ownerId, m_crm->fixture.members.value(u"R1"_s)); // a rep's own
    QCOMPARE(saved->phones(), QStringList{u"+8657187001234"_s});
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"New customer 杭州西湖茶业"_s);
}

QTEST_MAIN(TestCustomerEditor)
#include "tst_customereditor.moc"
