#include "ActingAsChooser.h"

#include "ComboBoxes.h"
#include "Session.h"
#include "repositories/OrgRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace frontline {

ActingAsChooser::ActingAsChooser(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"actingAsCombo"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, &ActingAsChooser::choose);
    connect(m_session, &Session::scopeChanged, this, &ActingAsChooser::refill);
    connect(m_session, &Session::dataChanged, this, [this](Session::DataKinds kinds) {
        if (kinds & Session::Organisation)
            refill();
    });
    retranslateUi();
}

void ActingAsChooser::refill()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    // With user accounts, who the user is comes from their login, never from a choice here.
    const bool available = m_session->isOpen() && !m_session->loginsRequired();
    setVisible(available);
    if (!available)
        return;
    m_combo->addItem(tr("Administrator (everything)"), qint64(0));
    const QList<Member> members =
        OrgRepository(*m_session->database(), AccessScope::administrator()).members(true);
    for (const Member &m : members)
        m_combo->addItem(combos::memberText(m), m.id);
    combos::select(m_combo, m_session->actingMemberId());
}

void ActingAsChooser::choose(int index)
{
    m_session->setActingMember(m_combo->itemData(index).toLongLong());
    // The session falls back to the administrator for a member who cannot act.
    combos::select(m_combo, m_session->actingMemberId());
}

void ActingAsChooser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ActingAsChooser::retranslateUi()
{
    m_label->setText(tr("&Acting as:"));
    m_combo->setToolTip(tr("Without user accounts, choose whose view of the customers to work with."));
    refill();
}

} // namespace frontline
