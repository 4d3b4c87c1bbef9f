#include "UsersPanel.h"

#include "Session.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/UserDialog.h"
#include "domain/Vocabulary.h"
#include "widgets/StatusLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
enum Column
{
    NameColumn,
    MemberColumn,
    RoleColumn,
    StateColumn,
    LastLoginColumn,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
constexpr int LockedRole = Qt::UserRole + 3;
} // namespace

UsersPanel::UsersPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LastLoginColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);

    m_add = new QPushButton(this);
    m_add->setObjectName(u"addUserButton"_s);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(u"toggleActiveButton"_s);
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(u"unlockUserButton"_s);
    m_status = new StatusLabel(this);
    m_status->setObjectName(u"usersStatus"_s);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_reset, m_toggle, m_unlock})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPanel::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPanel::unlockUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &UsersPanel::resetPassword);
    retranslateUi();
}

void UsersPanel::reload()
{
    const qint64 selected = selectedUserId();
    m_table->setRowCount(0);
    if (!m_session->isOpen() || !m_session->allows(PermissionArea::Users, PermissionAction::View)) {
        updateButtons();
        return;
    }
    const QList<UserAccount> accounts = UserAccounts(*m_session->database()).list();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const UserAccount &a = accounts.at(row);
        const bool locked = a.lockedUntil.isValid() && a.lockedUntil > now;
        QString state = tr("Active");
        if (!a.active)
            state = tr("Disabled");
        else if (locked)
            state = tr("Locked until %1").arg(a.lockedUntil.toLocalTime().toString(u"HH:mm"_s));
        else if (a.mustChangePassword)
            state = tr("Must choose a password");
        const QStringList cells{
            a.name,
            a.memberId ? u"%1 · %2"_s.arg(a.memberName, a.memberCode) : tr("(no member)"),
            Vocabulary::label(Vocabulary::Role, roleKey(a.role)),
            state,
            a.lastLoginAt.isValid() ? a.lastLoginAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                    : tr("never"),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, a.id);
            item->setData(ActiveRole, a.active);
            item->setData(LockedRole, locked);
            m_table->setItem(row, column, item);
        }
    }
    selectUser(selected);
    updateButtons();
}

qint64 UsersPanel::selectedUserId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(IdRole).toLongLong();
}

void UsersPanel::selectUser(qint64 userId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(IdRole).toLongLong() == userId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void UsersPanel::updateButtons()
{
    const bool mayEdit =
        m_session->isOpen() && m_session->allows(PermissionArea::Users, PermissionAction::Edit);
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const bool selected = !items.isEmpty();
    const bool active = selected && items.first()->data(ActiveRole).toBool();
    m_add->setEnabled(mayEdit);
    m_reset->setEnabled(mayEdit && selected);
    m_toggle->setEnabled(mayEdit && selected);
    m_toggle->setText(selected && !active ? tr("&Enable") : tr("&Disable"));
    m_unlock->setEnabled(mayEdit && selected && items.first()->data(LockedRole).toBool());
}

void UsersPanel::done(bool ok, const QString &error, const QString &message)
{
    if (!ok) {
        m_status->showError(error);
        return;
    }
    m_status->showMessage(message, StatusLabel::Success);
    reload();
    Q_EMIT accountsChanged();
}

void UsersPanel::addUser()
{
    if (!m_session->isOpen())
        return;
    UserDialog dialog(*m_session->database(), m_session->user(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    done(true, {}, tr("%1 can log in now.").arg(dialog.userName()));
    selectUser(dialog.userId());
}

std::optional<UserAccount> UsersPanel::selectedAccount() const
{
    const qint64 id = selectedUserId();
    if (!m_session->isOpen() || !id)
        return std::nullopt;
    return UserAccounts(*m_session->database()).get(id);
}

void UsersPanel::resetPassword()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account || !m_reset->isEnabled())
        return;
    PasswordDialog dialog(*m_session->database(), *account, PasswordDialog::Reset, this, m_session->user());
    if (dialog.exec() == QDialog::Accepted)
        done(true, {}, tr("%1 must choose a new password at the next login.").arg(account->name));
}

void UsersPanel::toggleActive()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    QString error;
    const bool ok = UserAccounts(*m_session->database())
                        .setActive(m_session->user(), account->id, !account->active, &error);
    done(ok, error,
         account->active ? tr("%1 can no longer log in.").arg(account->name)
                         : tr("%1 can log in again.").arg(account->name));
}

void UsersPanel::unlockUser()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    QString error;
    const bool ok = UserAccounts(*m_session->database()).unlock(m_session->user(), account->id, &error);
    done(ok, error, tr("%1 is unlocked.").arg(account->name));
}

void UsersPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void UsersPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Member"), tr("Role"), tr("State"), tr("Last login")});
    m_add->setText(tr("&Add User…"));
    m_reset->setText(tr("&Reset Password…"));
    m_unlock->setText(tr("&Unlock"));
    reload();
}

} // namespace frontline
