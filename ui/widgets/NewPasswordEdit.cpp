#include "NewPasswordEdit.h"

#include "PasswordLineEdit.h"
#include "StatusLabel.h"
#include "security/UserAccounts.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

NewPasswordEdit::NewPasswordEdit(QWidget *parent) : QWidget(parent)
{
    m_password = new PasswordLineEdit(this);
    m_password->setObjectName(u"newPasswordEdit"_s);
    m_repeat = new PasswordLineEdit(this);
    m_repeat->setObjectName(u"repeatPasswordEdit"_s);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);
    m_hint = new StatusLabel(this);
    m_hint->setObjectName(u"passwordHint"_s);

    m_form = new QFormLayout;
    m_form->setContentsMargins(QMargins());
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addLayout(m_form);
    layout->addWidget(m_hint);

    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordEdit::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordEdit::update);
    setFocusProxy(m_password);
    retranslateUi();
}

void NewPasswordEdit::setUserName(const QString &name)
{
    m_userName = name;
    update();
}

SecureBytes NewPasswordEdit::password() const
{
    return m_password->passphrase();
}

void NewPasswordEdit::wipe()
{
    m_password->wipe();
    m_repeat->wipe();
}

void NewPasswordEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void NewPasswordEdit::retranslateUi()
{
    m_passwordLabel->setText(tr("New &password:"));
    m_repeatLabel->setText(tr("&Repeat:"));
    update();
}

void NewPasswordEdit::update()
{
    const SecureBytes password = m_password->passphrase();
    const QString problem = UserAccounts::passwordProblem(m_userName, password);
    bool acceptable = false;
    if (m_password->text().isEmpty())
        m_hint->showMessage(tr("At least 8 characters, not the user name."), StatusLabel::Hint);
    else if (!problem.isEmpty())
        m_hint->showMessage(problem, StatusLabel::Warning);
    else if (m_repeat->text().isEmpty())
        m_hint->showMessage(tr("Type it once more to make sure."), StatusLabel::Hint);
    else if (!(m_repeat->passphrase() == password))
        m_hint->showMessage(tr("The two passwords are different."), StatusLabel::Error);
    else {
        m_hint->clearMessage();
        acceptable = true;
    }
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace frontline
